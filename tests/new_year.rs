//! `oj new-year` and the checks that keep a year's files about one year: the `år` block
//! against its directory and its codebook.

mod common;

use std::path::Path;
use std::process::Command;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn indicators_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("indicators"), tmp.path());
    tmp
}

fn oj(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .args(args)
        .arg("--indicators")
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn new_year_writes_a_year_that_checks_and_never_overwrites() {
    let tmp = indicators_copy();
    let out = oj(&["new-year", "2016"], tmp.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ar = std::fs::read_to_string(tmp.path().join("2016/ar.oj")).unwrap();
    insta::assert_snapshot!(ar);
    let checked = oj::check::check_year(&tmp.path().join("2016"));
    assert_eq!(checked.diagnostics.errors(), 0);
    let program = checked.program.unwrap();
    assert_eq!(program.year, 2016);
    assert_eq!(program.matdatum.to_string(), "2015-11-01");
    assert_eq!(program.codebook.publication_year, 2016);
    assert_eq!(program.codebook.matdatum, "2015-11-01");
    // Every variable is there, with its text as it was and its period one year on.
    let old = oj::codebook::Codebook::load(&tmp.path().join("2015/codebook.yaml")).unwrap();
    assert_eq!(old.variables.len(), program.codebook.variables.len());
    for (a, b) in old.variables.iter().zip(&program.codebook.variables) {
        assert_eq!((&a.id, &a.text, &a.values), (&b.id, &b.text, &b.values));
        let moved = a.period.as_ref().map(|p| {
            p.split("..")
                .map(|d| {
                    let y: i32 = d[..4].parse().unwrap();
                    format!("{}{}", y + 1, &d[4..])
                })
                .collect::<Vec<_>>()
                .join("..")
        });
        assert_eq!(moved, b.period, "{}", a.id);
    }
    // The same 52 indicators, and `oj diff` finds no change of methodology in them.
    assert_eq!(program.indicators.len(), 52);
    // A second run refuses and leaves the files as they were.
    let before = std::fs::read(tmp.path().join("2016/codebook.yaml")).unwrap();
    let again = oj(&["new-year", "2016"], tmp.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("finns redan"));
    assert_eq!(
        before,
        std::fs::read(tmp.path().join("2016/codebook.yaml")).unwrap()
    );
}

#[test]
fn new_year_needs_the_year_before() {
    let tmp = indicators_copy();
    let out = oj(&["new-year", "2018"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2017 finns inte"));
    let out = oj(&["new-year", "99999"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(!tmp.path().join("99999").exists());
}

#[test]
fn the_year_block_must_agree_with_its_directory() {
    let tmp = indicators_copy();
    // indicators/2016 whose år block says 2015.
    std::fs::create_dir(tmp.path().join("2016")).unwrap();
    std::fs::copy(tmp.path().join("2015/ar.oj"), tmp.path().join("2016/ar.oj")).unwrap();
    std::fs::write(
        tmp.path().join("2016/ar.oj"),
        "år 2015 {\n    ärver \"../2014\"\n    kodbok \"../2015/codebook.yaml\"\n    mätdatum 2014-11-01\n}\n",
    )
    .unwrap();
    let checked = oj::check::check_year(&tmp.path().join("2016"));
    let d: Vec<String> = checked
        .diagnostics
        .0
        .iter()
        .map(|d| format!("{} {}", d.code.id(), d.message))
        .collect();
    assert_eq!(
        d,
        ["E0217 `år`-blocket säger 2015, men katalogen heter `2016`"]
    );
}
