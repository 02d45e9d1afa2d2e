//! `oj diff`: the methodology changes between two years. For 2014 → 2015 it must show
//! exactly methodology.md §6 (new parties and indicators, kompetens_a removed, mätdatum
//! moved a year) and nothing else; an edited copy shows each kind of change.

use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn program(indicators: &Path, year: u32) -> oj::ir::Program {
    oj::run::load_program(indicators, year)
        .ok()
        .unwrap_or_else(|| panic!("{year} must check"))
        .0
}

#[test]
fn diff_2014_2015_is_methodology_section_6() {
    let dir = manifest().join("indicators");
    let d = oj::diff::diff(&program(&dir, 2014), &program(&dir, 2015));
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

/// A 2016 that inherits 2015 and changes one rule, one text and one mätperiod, adds an
/// indicator and retires one.
#[test]
fn each_kind_of_change_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    for year in ["2014", "2015"] {
        let dst = root.join(year);
        std::fs::create_dir_all(&dst).unwrap();
        for f in std::fs::read_dir(manifest().join("indicators").join(year)).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), dst.join(f.file_name())).unwrap();
        }
    }
    let y = root.join("2016");
    std::fs::create_dir_all(&y).unwrap();
    std::fs::write(
        y.join("ar.oj"),
        "år 2016 {\n    ärver \"../2015\"\n    kodbok \"../2015/codebook.yaml\"\n    mätdatum 2015-11-01\n}\n",
    )
    .unwrap();
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
