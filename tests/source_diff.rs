//! A `källa` redeclared in the next year (a file of the same name replaces the inherited
//! one, docs/language.md §13): `oj diff` lists the columns added and retyped, and the
//! register indicators, whose rules name columns, not positions, are unchanged.

mod common;

use std::path::Path;

#[test]
fn a_redeclared_source_is_shown_and_changes_no_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &indicators);
    let register = std::fs::read_to_string(indicators.join("2015/13_register.oj")).unwrap();
    let redeclared = register
        .replace(
            "    placerande_kommun        kommun ",
            "    gy_examen_ar             heltal valfri \"året för gymnasieexamen\"\n    placerande_kommun        kommun ",
        )
        .replace("    folkbokford              flagga ", "    folkbokford              flagga valfri ");
    assert_ne!(redeclared, register);
    common::year_dir(
        &indicators,
        2016,
        "2015-11-01",
        true,
        &[("13_register.oj", &redeclared)],
    );
    let (old, _) = oj::run::load_program(&indicators, 2015).ok().unwrap();
    let (new, _) = oj::run::load_program(&indicators, 2016)
        .ok()
        .expect("the redeclared source checks");
    let d = oj::diff::diff(&old, &new);
    assert_eq!(
        d.sources,
        [
            "~ källa register: + gy_examen_ar heltal valfri",
            "~ källa register: ~ folkbokford flagga → folkbokford flagga valfri",
        ]
    );
    for (id, _, change) in d
        .indicators
        .iter()
        .filter(|(id, _, _)| id.starts_with("behorig_gy"))
    {
        assert!(
            matches!(change, oj::diff::Change::Unchanged),
            "{id}: {change:?}"
        );
    }
    assert!(d.render().contains("Källor (källa):"));
}
