//! The methodology guide generated from the indicators: snapshots of a few sections
//! (one per kind of indicator), and a changed rule changes the guide's Beräkning.

mod common;

use std::path::Path;

fn program(dir: &Path, year: u32) -> oj::ir::Program {
    oj::run::load_program(dir, year)
        .ok()
        .expect("indicators check")
        .0
}

/// The Markdown section of one indicator.
fn section(md: &str, id: &str) -> String {
    let start = md
        .find(&format!("(`{id}`)"))
        .expect("the indicator has a section");
    let start = md[..start].rfind("### ").unwrap();
    let end = md[start + 4..]
        .find("\n##")
        .map_or(md.len(), |e| start + 4 + e);
    md[start..end].to_string()
}

#[test]
fn guide_sections() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators");
    let md = oj::guide::markdown(&program(&dir, 2015));
    for id in [
        "social_jour",
        "extern_kriminalvard",
        "bedomning_utagerande",
        "kompetens_b",
        "behorig_gy_sverige",
        "bg_barn_per_handlaggare",
    ] {
        insta::assert_snapshot!(id, section(&md, id));
    }
    // One chapter per Indikatorsområde, in the order the areas first appear (as the
    // workbook's sheets), even where an area's indicators are not next to each other in
    // the files (arbetsledning, of Handläggarnas kompetensutveckling, is in 11_kompetens).
    let chapters: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    let mut areas: Vec<String> = vec![];
    for ind in &program(&dir, 2015).indicators {
        if !areas.contains(&ind.meta.omrade) {
            areas.push(ind.meta.omrade.clone());
        }
    }
    assert_eq!(chapters[0], "Teckenförklaring");
    assert_eq!(
        chapters[1..],
        areas.iter().map(String::as_str).collect::<Vec<_>>()[..]
    );
}

#[test]
fn a_changed_rule_changes_the_guide() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators");
    common::copy_tree(&root, tmp.path());
    let before = section(
        &oj::guide::markdown(&program(tmp.path(), 2015)),
        "social_jour",
    );
    let jour = tmp.path().join("2014/10_jour.oj");
    let text = std::fs::read_to_string(&jour).unwrap();
    let text = text
        .replace("    Delvis när l1 = \"Nej\" och l2 = \"Ja\"\n", "")
        .replace(
            "Nej    när l1 = \"Nej\" och l2 = \"Nej\"",
            "Nej    när l1 = \"Nej\"",
        )
        .replace("    exempel { l1 = \"Nej\", l2 = \"Ja\" } => Delvis\n", "")
        .replace("    exempel { l1 = \"Nej\", l2 = \"Nej\" } => Nej\n", "")
        .replace("    exempel { l1 = \"Nej\" } => Bortfall\n", "")
        .replace("    fråga l2 = L2_nagon_jour när l1 = \"Nej\"\n", "");
    std::fs::write(&jour, text).unwrap();
    let after = section(
        &oj::guide::markdown(&program(tmp.path(), 2015)),
        "social_jour",
    );
    assert!(
        before.contains("- Delvis: fråga L1 besvarad med ”Nej” och fråga L2 besvarad med ”Ja”."),
        "{before}"
    );
    assert!(!after.contains("- Delvis:"), "{after}");
    assert!(
        after.contains("- Nej: fråga L1 besvarad med ”Nej”."),
        "{after}"
    );
}

/// A `valfri` question's blank is an ordinary answer: Beräkning's Bortfall line does not
/// say that a blank question makes the unit Bortfall without saying which.
#[test]
fn bortfall_says_that_a_valfri_question_may_be_blank() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators");
    common::copy_tree(&root, tmp.path());
    let general = "- Bortfall: enheten har inte svarat, en fråga som ställs har lämnats obesvarad, eller svaret har underkänts i granskningen.";
    let md = oj::guide::markdown(&program(tmp.path(), 2015));
    assert!(section(&md, "social_jour").contains(general));
    // L2 valfri: a blank L2 is Nej.
    let jour = tmp.path().join("2014/10_jour.oj");
    let text = std::fs::read_to_string(&jour)
        .unwrap()
        .replace(
            "fråga l2 = L2_nagon_jour när l1 = \"Nej\"",
            "fråga l2 = L2_nagon_jour valfri när l1 = \"Nej\"",
        )
        .replace(
            "Nej    när l1 = \"Nej\" och l2 = \"Nej\"",
            "Nej    när l1 = \"Nej\" och (l2 = \"Nej\" eller l2 saknas)",
        )
        .replace(
            "    exempel { l1 = \"Nej\" } => Bortfall\n",
            "    exempel { l1 = \"Nej\" } => Nej\n",
        );
    std::fs::write(&jour, text).unwrap();
    let after = section(
        &oj::guide::markdown(&program(tmp.path(), 2015)),
        "social_jour",
    );
    assert!(
        after.contains("- Bortfall: enheten har inte svarat, en fråga som ställs och inte är valfri har lämnats obesvarad, eller svaret har underkänts i granskningen."),
        "{after}"
    );
    assert!(!after.contains(general), "{after}");
}
