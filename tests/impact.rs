//! `oj impact`: the new rules meet the old answers by variable and label. A year whose
//! rules did not change changes no figure (the translation is faithful); a rule that
//! reads what the old codebook lacks is reported, not guessed at.

mod common;

use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn impact(indicators: &Path, year: u32) -> oj::impact::Impact {
    let (old, _) = oj::run::load_program(indicators, year - 1).ok().unwrap();
    let (new, _) = oj::run::load_program(indicators, year).ok().unwrap();
    oj::impact::impact(
        old,
        &new,
        &manifest().join("data/example"),
        &oj::run::Without::default(),
    )
    .ok()
    .unwrap()
}

#[test]
fn unchanged_definitions_change_no_figure() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("indicators"), tmp.path());
    oj::new_year::new_year(tmp.path(), 2016).unwrap();
    let i = impact(tmp.path(), 2016);
    assert_eq!(i.changes(), vec![]);
    assert!(i.not_computable.is_empty(), "{:?}", i.not_computable);
    assert_eq!(i.csv(), b"indicator,level,unit,before,after\n");
    // Every row of every indicator was compared: the two runs publish the same rows.
    assert_eq!(i.before.rows.len(), i.after.rows.len());
}

#[test]
fn the_2015_definitions_on_the_2014_answers() {
    let i = impact(&manifest().join("indicators"), 2015);
    // 2015 changed no rule of an indicator it shares with 2014 (methodology.md §6).
    assert_eq!(i.changes(), vec![]);
    assert_eq!(
        i.retired,
        [(
            "kompetens_a".to_string(),
            "publiceras inte från 2015".to_string()
        )]
    );
    let blocked: Vec<&str> = i
        .not_computable
        .iter()
        .map(|n| n.indicator.as_str())
        .collect();
    assert_eq!(blocked.len(), 14);
    assert!(blocked.iter().all(|id| i.added.iter().any(|a| a == id)));
    insta::assert_snapshot!(i.summary());
}

#[test]
fn a_label_the_old_codebook_lacks_makes_the_indicator_not_computable() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("indicators"), tmp.path());
    oj::new_year::new_year(tmp.path(), 2016).unwrap();
    let cb_path = tmp.path().join("2016/codebook.yaml");
    let cb = std::fs::read_to_string(&cb_path).unwrap();
    // A third answer option for the BBIC licence question in 2016.
    let cb = cb.replacen(
        "value_sets:\n",
        "value_sets:\n  licens:\n    1: Ja\n    2: Nej\n    3: Ja, tillfällig licens\n",
        1,
    );
    let i = cb.find("- id: D1_bbic_licens").unwrap();
    let j = i + cb[i..].find("values: ja_nej").unwrap();
    let cb = format!(
        "{}values: licens{}",
        &cb[..j],
        &cb[j + "values: ja_nej".len()..]
    );
    std::fs::write(&cb_path, cb).unwrap();
    std::fs::write(
        tmp.path().join("2016/04_bbic.oj"),
        std::fs::read_to_string(tmp.path().join("2014/04_bbic.oj"))
            .unwrap()
            .replace(
                "Ja  när d1 = \"Ja\"",
                "Ja  när d1 i [\"Ja\", \"Ja, tillfällig licens\"]",
            ),
    )
    .unwrap();
    let checked = oj::check::check_year(&tmp.path().join("2016"));
    assert!(
        !checked.diagnostics.has_errors(),
        "{:?}",
        checked.diagnostics
    );
    let i = impact(tmp.path(), 2016);
    assert_eq!(
        i.not_computable,
        [oj::impact::NotComputable {
            indicator: "bbic".into(),
            reason: "läser svaret \"Ja, tillfällig licens\" på D1_bbic_licens, som inte finns i 2015 års kodbok".into(),
        }]
    );
}

#[test]
fn codes_renumbered_with_labels_kept_change_no_figure() {
    // The 2016 codebook numbers the agreement answers the other way round (Nej = 1,
    // Ja = 2): the rules name labels, so the extern family, rättning included, gives the
    // same figures on the 2015 answers (and their 2014 answers for föregående).
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("indicators"), tmp.path());
    oj::new_year::new_year(tmp.path(), 2016).unwrap();
    let cb_path = tmp.path().join("2016/codebook.yaml");
    let cb = std::fs::read_to_string(&cb_path).unwrap().replace(
        "  overenskommelse:\n    1: Ja\n    2: Nej\n",
        "  overenskommelse:\n    1: Nej\n    2: Ja\n",
    );
    assert!(cb.contains("    1: Nej\n    2: Ja\n"));
    std::fs::write(&cb_path, cb).unwrap();
    let i = impact(tmp.path(), 2016);
    assert!(i.not_computable.is_empty(), "{:?}", i.not_computable);
    assert_eq!(i.changes(), vec![]);
}
