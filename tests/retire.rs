//! Retiring and replacing anything in a year that inherits: an indicator whose questions
//! left the questionnaire, a review rule (by name and qualifier), a review family that
//! follows `utöka` of its indicator family.

mod common;

use oj::check::check_year;
use std::path::{Path, PathBuf};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `indicators/` with a 2016 made by `oj new-year 2016`, whose codebook has lost the
/// questions that `drop_vars` start with.
fn year_2016(drop_vars: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("indicators"), tmp.path());
    oj::new_year::new_year(tmp.path(), 2016).unwrap();
    let dir = tmp.path().join("2016");
    let cb = std::fs::read_to_string(dir.join("codebook.yaml")).unwrap();
    let mut out = String::new();
    let mut skipping = false;
    for line in cb.split_inclusive('\n') {
        if let Some(id) = line.strip_prefix("- id: ") {
            skipping = drop_vars.iter().any(|d| id.trim().starts_with(d));
        } else if !line.starts_with(' ') {
            skipping = false;
        }
        if !skipping {
            out.push_str(line);
        }
    }
    std::fs::write(dir.join("codebook.yaml"), out).unwrap();
    (tmp, dir)
}

/// The rendered diagnostics, with the temporary directory as `[TMP]`.
fn rendered(dir: &Path, tmp: &Path) -> String {
    let checked = check_year(dir);
    checked
        .diagnostics
        .0
        .iter()
        .map(|d| oj::diagnostic::render_plain(d, &checked.sources))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(&tmp.display().to_string(), "[TMP]")
}

fn codes(dir: &Path) -> Vec<String> {
    check_year(dir)
        .diagnostics
        .0
        .iter()
        .map(|d| format!("{} {}", d.code.id(), d.message))
        .collect()
}

const FORALDRAFORMAGA: &[&str] = &["I1_foraldraformaga", "I2_foraldraformaga_"];

#[test]
fn an_indicator_whose_questions_left_can_be_retired() {
    let (_tmp, dir) = year_2016(FORALDRAFORMAGA);
    // Without retiring anything, the inherited indicator and review rule fail to resolve,
    // and each diagnostic says where the text came from and where the fix goes.
    let before = codes(&dir);
    assert!(before.iter().any(|d| d.starts_with("E0101")), "{before:?}");
    insta::assert_snapshot!(rendered(&dir, _tmp.path()));
    std::fs::write(
        dir.join("07_bedomning.oj"),
        "utgår bedomning_foraldraformaga \"frågan ställs inte från 2016\"\n\
         utgår granskning metod_utan_anvandning[foraldraformaga] \"frågan ställs inte från 2016\"\n",
    )
    .unwrap();
    let checked = check_year(&dir);
    assert!(checked.diagnostics.is_empty(), "{:?}", codes(&dir));
    let program = checked.program.unwrap();
    assert!(program.indicator("bedomning_foraldraformaga").is_none());
    assert!(program.removed.contains(&(
        "bedomning_foraldraformaga".into(),
        "frågan ställs inte från 2016".into()
    )));
    let methods: Vec<&str> = program
        .reviews
        .iter()
        .filter(|r| r.name == "metod_utan_anvandning")
        .map(|r| r.questions[0].vars[0].as_str())
        .collect();
    assert_eq!(methods, ["I1_utagerande", "I1_missbruk"]);
    // The two other bedömning indicators are still there.
    assert!(program.indicator("bedomning_missbruk").is_some());
    // Asked for 2015's answers under 2016's definitions, `oj explain` says that 2016
    // retires it, and why.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .args([
            "explain",
            "--year",
            "2015",
            "--definitions",
            "2016",
            "--data",
        ])
        .arg(manifest().join("data/example"))
        .arg("--indicators")
        .arg(_tmp.path())
        .args(["bedomning_foraldraformaga", "0114"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).trim(),
        "fel: bedomning_foraldraformaga utgår 2016: frågan ställs inte från 2016"
    );
}

#[test]
fn retiring_a_review_rule_that_does_not_exist_says_what_there_is() {
    let (_tmp, dir) = year_2016(&[]);
    std::fs::write(
        dir.join("12_granskning.oj"),
        "utgår granskning metod_utan_anvandning[foraldraformgaa]\n",
    )
    .unwrap();
    let d = codes(&dir);
    assert_eq!(
        d,
        ["E0213 `utgår granskning metod_utan_anvandning[foraldraformgaa]`: ingen ärvd granskningsregel har det här namnet"]
    );
    let checked = check_year(&dir);
    assert_eq!(
        checked.diagnostics.0[0].help.as_deref(),
        Some("menade du `utgår granskning metod_utan_anvandning[foraldraformaga]`?")
    );
    insta::assert_snapshot!(rendered(&dir, _tmp.path()));
}

#[test]
fn a_review_rule_is_replaced_by_its_name_and_qualifier() {
    let (_tmp, dir) = year_2016(&[]);
    std::fs::write(
        dir.join("12_granskning.oj"),
        "granskning metod_utan_anvandning[missbruk] fel {\n    fråga i1 = I1_missbruk\n    fråga metoder = [I2_missbruk_adad, I2_missbruk_addis]\n    krav inte (i1 = \"Nej\" och någon(metoder) = \"Vald\")\n}\n",
    )
    .unwrap();
    let program = check_year(&dir).program.unwrap();
    let rules: Vec<(String, usize, String)> = program
        .reviews
        .iter()
        .filter(|r| r.name == "metod_utan_anvandning")
        .map(|r| {
            (
                r.questions[0].vars[0].clone(),
                r.questions[1].vars.len(),
                r.severity.label().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rules,
        [
            ("I1_utagerande".to_string(), 6, "varning".to_string()),
            ("I1_missbruk".to_string(), 2, "fel".to_string()),
            ("I1_foraldraformaga".to_string(), 4, "varning".to_string()),
        ]
    );
}

#[test]
fn two_review_rules_with_one_identity_are_an_error() {
    let (_tmp, dir) = year_2016(&[]);
    std::fs::write(
        dir.join("20_nya.oj"),
        "granskning g8_rimlig varning {\n    fråga f1 = F1_handlaggare\n    krav f1 <= 1000\n}\n\
         granskning g8_rimlig varning {\n    fråga f2 = F2_socionom\n    krav f2 <= 1000\n}\n",
    )
    .unwrap();
    let d = codes(&dir);
    assert_eq!(d, ["E0115 två granskningsregler heter `g8_rimlig`"]);
}

#[test]
fn extending_a_family_extends_its_review_family() {
    let (_tmp, dir) = year_2016(&[]);
    // The new party's questions, as the 2015 codebook has the others.
    let cb = std::fs::read_to_string(dir.join("codebook.yaml")).unwrap();
    let c1 = cb.find("- id: C1_migrationsverket").unwrap();
    let block_end = cb[c1..]
        .find("- id: C2_migrationsverket")
        .map(|i| c1 + i)
        .unwrap();
    let c2_end = cb[block_end + 1..]
        .find("- id: ")
        .map(|i| block_end + 1 + i)
        .unwrap();
    let ivo = cb[c1..c2_end]
        .replace("migrationsverket", "ivo")
        .replace("Migrationsverket", "IVO");
    let cb = format!("{}{}{}", &cb[..c2_end], ivo, &cb[c2_end..]);
    std::fs::write(dir.join("codebook.yaml"), cb).unwrap();
    std::fs::write(
        dir.join("03_extern.oj"),
        "utöka extern_{del} med {\n    ivo \"Inspektionen för vård och omsorg (IVO)\"\n}\n",
    )
    .unwrap();
    let checked = check_year(&dir);
    assert!(checked.diagnostics.is_empty(), "{:?}", codes(&dir));
    let program = checked.program.unwrap();
    assert!(program.indicator("extern_ivo").is_some());
    let parts: Vec<&str> = program
        .reviews
        .iter()
        .filter(|r| r.name == "inconsistent_followup")
        .filter_map(|r| r.part.as_ref().map(|(k, _)| k.as_str()))
        .collect();
    assert!(parts.contains(&"ivo"), "{parts:?}");
    assert!(parts.contains(&"migrationsverket"));
    // Each part once.
    let mut unique = parts.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), parts.len());
}

#[test]
fn a_review_family_over_other_parts_is_named_when_not_extended() {
    let (_tmp, dir) = year_2016(&[]);
    std::fs::write(
        dir.join("12_granskning.oj"),
        "granskning bara_skola varning för del i {\n    forskola \"\" skola \"\"\n} {\n    fråga c1 = C1_{del}\n    krav c1 = \"Ja\" eller c1 = \"Nej\"\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("03_extern.oj"),
        "utöka intern_{del} med {\n    skola \"skolan\"\n}\n",
    )
    .unwrap();
    // intern has no `skola` questions: only the warning is of interest here.
    let d = codes(&dir);
    assert!(
        !d.iter().any(|x| x.starts_with("E0116")),
        "a review over none of the family's parts is not the family's: {d:?}"
    );
    std::fs::write(
        dir.join("03_extern.oj"),
        "utöka extern_{del} med {\n    migrationsverket2 \"Migrationsverket igen\"\n}\n",
    )
    .unwrap();
    let d = codes(&dir);
    assert!(
        d.contains(&"E0116 `utöka extern_{del}` lägger till migrationsverket2, men granskningsregeln `bara_skola` över några av samma delar utökas inte".to_string()),
        "{d:?}"
    );
    let checked = check_year(&dir);
    let warning = checked
        .diagnostics
        .0
        .iter()
        .find(|d| d.code.id() == "E0116")
        .unwrap();
    insta::assert_snapshot!(oj::diagnostic::render_plain(warning, &checked.sources)
        .replace(&_tmp.path().display().to_string(), "[TMP]"));
}

#[test]
fn retiring_a_review_rule_keeps_this_years_own_rule_of_that_name() {
    // The new rule is in a file that sorts before the retirement: order does not matter.
    let (_tmp, dir) = year_2016(&[]);
    std::fs::write(
        dir.join("01_ny_granskning.oj"),
        "granskning metod_utan_anvandning[missbruk] fel {\n    fråga i1 = I1_missbruk\n    fråga metoder = [I2_missbruk_adad]\n    krav inte (i1 = \"Nej\" och någon(metoder) = \"Vald\")\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("12_granskning.oj"),
        "utgår granskning metod_utan_anvandning[missbruk] \"ersätts\"\n",
    )
    .unwrap();
    let checked = check_year(&dir);
    assert!(checked.diagnostics.is_empty(), "{:?}", codes(&dir));
    let program = checked.program.unwrap();
    let missbruk: Vec<usize> = program
        .reviews
        .iter()
        .filter(|r| r.identity == "metod_utan_anvandning[missbruk]")
        .map(|r| r.questions[1].vars.len())
        .collect();
    assert_eq!(missbruk, [1]);
}

#[test]
fn an_indicator_retired_earlier_can_come_back() {
    // 2015 retired kompetens_a; 2016 publishes it again by defining it.
    let (_tmp, dir) = year_2016(&[]);
    let kompetens =
        std::fs::read_to_string(manifest().join("indicators/2014/11_kompetens.oj")).unwrap();
    let start = kompetens.find("indikator kompetens_a").unwrap();
    let end = start + kompetens[start..].find("\n}\n").unwrap() + 3;
    // In a file of the same name as the one that had it, it takes its old place.
    std::fs::write(dir.join("11_kompetens.oj"), &kompetens[start..end]).unwrap();
    let checked = check_year(&dir);
    assert!(!checked.diagnostics.has_errors(), "{:?}", codes(&dir));
    let program = checked.program.unwrap();
    assert!(program.indicator("kompetens_a").is_some());
    assert!(!program.removed.iter().any(|(id, _)| id == "kompetens_a"));
}

#[test]
fn a_metadata_only_change_keeps_the_rule() {
    let (tmp, dir) = year_2016(&[]);
    std::fs::write(
        dir.join("10_jour.oj"),
        "ändra social_jour {\n    indikatornamn \"Socialjour med socionomer\"\n    kortnamn \"Socialjour\"\n}\n",
    )
    .unwrap();
    let checked = check_year(&dir);
    assert!(checked.diagnostics.is_empty(), "{:?}", codes(&dir));
    let new = checked.program.unwrap();
    let ind = new.indicator("social_jour").unwrap();
    assert_eq!(ind.meta.indikatornamn, "Socialjour med socionomer");
    assert_eq!(ind.meta.kortnamn.as_deref(), Some("Socialjour"));
    // The other fields and the rules are the inherited ones: `oj diff` sees a text change.
    let old = check_year(&tmp.path().join("2015")).program.unwrap();
    assert_eq!(
        ind.meta.omrade,
        old.indicator("social_jour").unwrap().meta.omrade
    );
    let diff = oj::diff::diff(&old, &new).render();
    assert!(diff.contains("Ändrad regel (0)"), "{diff}");
    let texts = &diff[diff
        .find("Ändrade datum eller texter (1)")
        .expect("one text change")..];
    assert!(texts.contains("social_jour"), "{diff}");
    // An id that is not inherited is named.
    std::fs::write(
        dir.join("10_jour.oj"),
        "ändra social_jourr { kortnamn \"x\" }\n",
    )
    .unwrap();
    assert_eq!(
        codes(&dir),
        ["E0213 `ändra social_jourr`: ingen ärvd indikator har det här id:t"]
    );
}
