//! `oj diff`: the methodology changes between two years. For 2014 → 2015 its indicator
//! part must show exactly methodology.md §6 (new parties and indicators, kompetens_a
//! removed, mätdatum moved a year) and nothing else, and its codebook part exactly the
//! variables the 2015 questionnaire added; edited copies show each kind of change.

mod common;

use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The 2016 codebook as `oj new-year 2016` writes it: the 2015 one with its dates a
/// year on.
fn codebook_2016() -> String {
    let text = std::fs::read_to_string(manifest().join("indicators/2015/codebook.yaml")).unwrap();
    oj::new_year::shift_codebook(&text, 2015, 2016)
}

fn program(indicators: &Path, year: u32) -> oj::ir::Program {
    oj::run::load_program(indicators, year)
        .ok()
        .unwrap_or_else(|| panic!("{year} must check"))
        .0
}

/// The snapshot's indicator part is methodology.md §6; its codebook part, checked here
/// on its own, is the 19 variables the 2015 codebook added (the questions of the new
/// indicators), and nothing else: every other variable keeps its text, type, value set
/// and period length, its period only moved a year.
#[test]
fn diff_2014_2015_is_methodology_section_6() {
    let dir = manifest().join("indicators");
    let d = oj::diff::diff(&program(&dir, 2014), &program(&dir, 2015));
    let mut added = vec![
        "C1_kriminalvard",
        "C2_kriminalvard",
        "C1_migrationsverket",
        "C2_migrationsverket",
    ];
    let g6: Vec<String> = (1..=10).map(|i| format!("G6_arbetsledning_{i}")).collect();
    added.extend(g6.iter().map(String::as_str));
    added.extend([
        "G7_handlaggare_arsarbetare",
        "H3_erbjudit_grundutbildning",
        "H4_ett_hem_att_vaxa_i",
        "H4_annan",
        "H4_annan_vilken",
    ]);
    assert!(
        d.codebook
            .iter()
            .all(|c| matches!(c, oj::diff::CodebookChange::Added { .. })),
        "{:#?}",
        d.codebook
    );
    let ids: Vec<&str> = d.codebook.iter().map(|c| c.id()).collect();
    assert_eq!(ids, added);
    assert_eq!(
        d.codebook_unchanged, 109,
        "every 2014 variable is unchanged"
    );
    insta::assert_snapshot!(d.render());
}

#[test]
fn texts_with_years_move_with_matdatum() {
    let dir = manifest().join("indicators");
    let text = |year| {
        program(&dir, year)
            .indicator("bbic")
            .unwrap()
            .meta
            .teknisk_beskrivning
            .clone()
            .unwrap()
    };
    assert!(
        text(2015).ends_with(
            "Mätdatum: 31 mars 2010 och 2011 samt 1 november 2011, 2012, 2013 och 2014."
        ),
        "{}",
        text(2015)
    );
    assert!(
        text(2014).ends_with(
            "Mätdatum: 31 mars 2009 och 2010 samt 1 november 2010, 2011, 2012 och 2013."
        ),
        "{}",
        text(2014)
    );
}

/// The repository's years and a 2016 as `oj new-year 2016` starts it.
fn new_2016() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("indicators"), tmp.path());
    oj::new_year::new_year(tmp.path(), 2016).unwrap();
    tmp
}

/// A 2016 that inherits 2015 and changes one rule, one text and one mätperiod, and
/// retires an indicator; its codebook is 2015's a year on, which is no codebook change.
#[test]
fn each_kind_of_change_is_reported() {
    let tmp = new_2016();
    let root = tmp.path();
    let y = root.join("2016");
    std::fs::write(y.join("codebook.yaml"), codebook_2016()).unwrap();
    // Same file name as in 2014: replaces the inherited social_jour.
    std::fs::write(
        y.join("10_jour.oj"),
        r#"indikator social_jour {
    indikatornamn "Social jourverksamhet dygnet runt"
    område "Tillgänglighet utanför kontorstid"
    typ struktur
    målvärde "Ja"

    fråga l1 = L1_jour_socionom_all_tid
    fråga l2 = L2_nagon_jour när l1 = "Nej"

    Ja  när l1 = "Ja"
    Nej när l1 = "Nej"

    exempel { l1 = "Ja" } => Ja
    exempel { l1 = "Nej" } => Nej
}

utgår bedomning_missbruk "ersätts 2016"
"#,
    )
    .unwrap();
    // Same file name as in 2015: a new syfte and a shorter mätperiod, same rule.
    let familjehem = std::fs::read_to_string(manifest().join("indicators/2015/06_familjehem.oj"))
        .unwrap()
        .lines()
        .map(|l| {
            if l.starts_with("    syfte ") {
                "    syfte \"Nytt syfte 2016.\"".to_string()
            } else {
                l.replace("mätperiod 22 månader", "mätperiod 10 månader")
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(y.join("06_familjehem.oj"), familjehem).unwrap();
    let d = oj::diff::diff(&program(root, 2015), &program(root, 2016));
    let text = d.render();
    let find = |id: &str| {
        d.indicators
            .iter()
            .find(|(i, _, _)| i == id)
            .map(|(_, _, c)| c.clone())
    };
    assert!(
        matches!(find("social_jour"), Some(oj::diff::Change::Rule { .. })),
        "{text}"
    );
    assert_eq!(
        find("bedomning_missbruk"),
        Some(oj::diff::Change::Removed {
            reason: "ersätts 2016".into()
        })
    );
    assert_eq!(find("bbic"), Some(oj::diff::Change::Unchanged));
    assert_eq!(
        find("grundutbildning_familjehem"),
        Some(oj::diff::Change::Texts {
            fields: vec!["syfte".into(), "mätperiod".into()]
        })
    );
    insta::assert_snapshot!(text);
}

/// Replaces `from` by `to` in `text`, once; `from` must be there.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} once in the codebook"
    );
    text.replacen(from, to, 1)
}

/// A 2016 that inherits 2015 unchanged but has its own codebook: the 2015 codebook with
/// every date a year on (so every period moves, which is not a change) and a variable
/// added, one removed, one re-texted, a label added to one variable's answers, a code
/// renumbered and one period shortened.
#[test]
fn each_kind_of_codebook_change_is_reported() {
    use oj::diff::CodebookChange;
    let tmp = new_2016();
    let root = tmp.path();
    let y = root.join("2016");
    let mut codebook = codebook_2016();
    // Two value sets: one with a label more, one with Nej under another code.
    codebook = edit(
        &codebook,
        "value_sets:\n",
        "value_sets:\n  ja_nej_planerat:\n    1: Ja\n    2: Nej\n    3: Planerat\n  ja_nej_2016:\n    1: Ja\n    3: Nej\n",
    );
    // Added: the new party's first question (no indicator reads it yet).
    codebook = edit(
        &codebook,
        "- id: D1_bbic_licens\n",
        "- id: C1_ivo\n  text: Har ni den <mätdatum> skriftliga och på ledningsnivå beslutade överenskommelser för hur samverkan på handläggarnivå i enskilda ärenden ska ske med Inspektionen för vård och omsorg?\n  type: categorical\n  values: overenskommelse\n- id: D1_bbic_licens\n",
    );
    // Removed: a free-text question no indicator reads.
    codebook = edit(
        &codebook,
        "- id: H4_annan_vilken\n  text: Ange vilken annan grundutbildning.\n  type: text\n",
        "",
    );
    // Re-texted: the question grundutbildning_familjehem reads.
    codebook = edit(
        &codebook,
        "genomfört Socialstyrelsens grundutbildning ”Ett hem att växa i” under <mätperiod>?",
        "genomfört Socialstyrelsens webbutbildning ”Ett hem att växa i” under <mätperiod>?",
    );
    // A label added: H4_annan (read by no indicator) can also be "Planerat".
    codebook = edit(
        &codebook,
        "genomfört annan grundutbildning under <mätperiod>?\n  type: categorical\n  values: ja_nej\n",
        "genomfört annan grundutbildning under <mätperiod>?\n  type: categorical\n  values: ja_nej_planerat\n",
    );
    // Renumbered: social_jour's first question has Nej as 3; its rules name labels.
    codebook = edit(
        &codebook,
        "all tid utanför kontorstid året runt?\n  type: categorical\n  values: ja_nej\n",
        "all tid utanför kontorstid året runt?\n  type: categorical\n  values: ja_nej_2016\n",
    );
    // A shorter period: H3 (read by no indicator) asks about 10 months, not 22.
    codebook = edit(
        &codebook,
        "till era anlitade jour- och familjehem?\n  type: categorical\n  values: ja_nej\n  period: 2014-01-01..2015-11-01\n",
        "till era anlitade jour- och familjehem?\n  type: categorical\n  values: ja_nej\n  period: 2015-01-01..2015-11-01\n",
    );
    std::fs::write(y.join("codebook.yaml"), codebook).unwrap();

    let d = oj::diff::diff(&program(root, 2015), &program(root, 2016));
    let text = d.render();
    assert!(
        d.indicators
            .iter()
            .all(|(_, _, c)| *c == oj::diff::Change::Unchanged),
        "a new codebook alone changes no indicator:\n{text}"
    );
    let hem = "Har ett eller flera av era anlitade jour- och/eller familjehem påbörjat eller genomfört Socialstyrelsens";
    assert_eq!(
        d.codebook,
        vec![
            CodebookChange::Added {
                id: "C1_ivo".into(),
                ty: oj::codebook::VarType::Categorical,
                detail: Some("overenskommelse".into()),
                text: "Har ni den <mätdatum> skriftliga och på ledningsnivå beslutade överenskommelser för hur samverkan på handläggarnivå i enskilda ärenden ska ske med Inspektionen för vård och omsorg?".into(),
            },
            CodebookChange::Period {
                id: "H3_erbjudit_grundutbildning".into(),
                old: Some("2013-01-01..2014-11-01".into()),
                new: Some("2015-01-01..2015-11-01".into()),
            },
            CodebookChange::Retexted {
                id: "H4_ett_hem_att_vaxa_i".into(),
                old: format!("{hem} grundutbildning ”Ett hem att växa i” under <mätperiod>?"),
                new: format!("{hem} webbutbildning ”Ett hem att växa i” under <mätperiod>?"),
            },
            CodebookChange::Labels {
                id: "H4_annan".into(),
                added: vec!["Planerat".into()],
                removed: vec![],
            },
            CodebookChange::Renumbered {
                id: "L1_jour_socionom_all_tid".into(),
                codes: vec![("Nej".into(), 2, 3)],
            },
            CodebookChange::Removed {
                id: "H4_annan_vilken".into(),
                ty: oj::codebook::VarType::Text,
                text: "Ange vilken annan grundutbildning.".into(),
            },
        ]
    );
    assert_eq!(d.codebook_unchanged, 128 - 5, "{text}");
    for expected in [
        "Kodbokens variabler: 1 tillagd, 1 borttagen, 4 ändrade, 123 oförändrade",
        "  + C1_ivo (categorical, overenskommelse): Har ni den <mätdatum> skriftliga",
        "  - H4_annan_vilken (text): Ange vilken annan grundutbildning.",
        "  ~ H4_ett_hem_att_vaxa_i: text",
        "      - Har ett eller flera av era anlitade jour- och/eller familjehem påbörjat eller genomfört Socialstyrelsens grundutbildning",
        "      + Har ett eller flera av era anlitade jour- och/eller familjehem påbörjat eller genomfört Socialstyrelsens webbutbildning",
        "  ~ H4_annan: svarsalternativ tillagda \"Planerat\"",
        "  ~ L1_jour_socionom_all_tid: koderna har numrerats om, svarsalternativen är kvar: \"Nej\" 2 → 3 (ändrar ingen regel: indikatorfilerna anger svarsalternativ)",
        "  ~ H3_erbjudit_grundutbildning: period 2013-01-01..2014-11-01 (1 år 10 månader) → 2015-01-01..2015-11-01 (10 månader)",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
    insta::assert_snapshot!(text);
}

fn parse_codebook(variables: &str) -> oj::codebook::Codebook {
    let text = format!(
        "survey: test\npublication_year: 2016\nmatdatum: '2015-11-01'\nvalue_sets:\n  a:\n    1: Ja\n    2: Nej\n    3: Vet ej\n  b:\n    1: Ja\n    2: Nej, inte alls\n    4: Vet ej\nvariables:\n{variables}"
    );
    oj::codebook::Codebook::parse(std::path::Path::new("codebook.yaml"), &text)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The kinds the edited year does not show: type, unit, domain, missing codes, a
/// label removed, and periods (moved, changed in length, given or dropped).
#[test]
fn codebook_types_units_domains_and_periods() {
    use oj::codebook::VarType;
    use oj::diff::CodebookChange;
    let old = parse_codebook(
        "- id: q1\n  text: Fråga <mätdatum>?\n  type: categorical\n  values: a\n\
         - id: n1\n  text: Antal?\n  type: number\n  unit: personer\n  missing_codes: {-9: Vet ej}\n\
         - id: n2\n  text: Timmar?\n  type: number\n  min: 0\n  period: 2012-11-01..2014-11-01\n\
         - id: n3\n  text: Andel?\n  type: number\n  period: 2015-02-28..2016-03-01\n\
         - id: t1\n  text: Vilken?\n  type: text\n  period: 2014-01-01..2014-11-01\n",
    );
    let new = parse_codebook(
        "- id: q1\n  text: Fråga <mätdatum>?\n  type: categorical\n  values: b\n\
         - id: n1\n  text: Antal?\n  type: number\n  unit: årsarbetare\n  integer: true\n  min: -1\n  missing_codes: {-9: Vet ej, -8: Ej aktuellt}\n\
         - id: n2\n  text: Timmar?\n  type: text\n  period: 2014-11-01..2015-11-01\n\
         - id: n3\n  text: Andel?\n  type: number\n  period: 2016-02-28..2017-03-01\n\
         - id: t1\n  text: Vilken?\n  type: text\n",
    );
    let (changes, unchanged) = oj::diff::codebook_changes(&old, &new);
    assert_eq!(
        unchanged, 1,
        "n3: a period that moved a year (over 29 February) is no change"
    );
    let kinds: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c.id(),
                format!("{c:?}").split([' ', '{']).next().unwrap()
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "q1 Labels",
            "q1 Renumbered",
            "n1 Unit",
            "n1 Domain",
            "n1 MissingCodes",
            "n2 Type",
            "n2 Period",
            "t1 Period",
        ]
    );
    assert_eq!(
        changes[0],
        CodebookChange::Labels {
            id: "q1".into(),
            added: vec!["Nej, inte alls".into()],
            removed: vec!["Nej".into()],
        }
    );
    assert_eq!(
        changes[1],
        CodebookChange::Renumbered {
            id: "q1".into(),
            codes: vec![("Vet ej".into(), 3, 4)],
        }
    );
    assert_eq!(
        changes[5],
        CodebookChange::Type {
            id: "n2".into(),
            old: VarType::Number,
            new: VarType::Text,
        }
    );
    let d = oj::diff::Diff {
        old_year: 2015,
        new_year: 2016,
        old_matdatum: oj::syntax::ast::Date {
            year: 2014,
            month: 11,
            day: 1,
        },
        new_matdatum: oj::syntax::ast::Date {
            year: 2015,
            month: 11,
            day: 1,
        },
        indicators: vec![],
        reviews: vec![],
        sources: vec![],
        codebook: changes,
        codebook_unchanged: unchanged,
    };
    let text = d.render();
    let codebook = &text[text.find("Kodbokens variabler:").expect(&text)..];
    insta::assert_snapshot!(codebook);
}
