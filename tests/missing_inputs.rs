//! No silent inputs: an input the indicators read (last year's survey for `föregående`,
//! a `källa` file) that is missing stops `oj eval` with an error naming it, unless the run
//! says `--without …`; then a warning is printed, every affected row says so, and the
//! manifest records it so that `oj verify` recomputes the same run.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example data with `remove` deleted, in a temporary directory.
fn data_without(remove: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("data/example"), &tmp.path().join("data"));
    std::fs::remove_file(tmp.path().join("data").join(remove)).unwrap();
    tmp
}

fn eval(tmp: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .current_dir(manifest())
        .args(["eval", "--year", "2015", "--data"])
        .arg(tmp.join("data"))
        .arg("--out")
        .arg(tmp.join("out"))
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(bytes: &[u8], tmp: &Path) -> String {
    String::from_utf8_lossy(bytes).replace(&tmp.display().to_string(), "[TMP]")
}

fn results(tmp: &Path) -> String {
    std::fs::read_to_string(tmp.join("out/results.csv")).unwrap()
}

fn records(csv_text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn reads_previous(indicator: &str) -> bool {
    indicator.starts_with("extern_") || indicator == "bg_barn_per_handlaggare"
}

#[test]
fn a_missing_previous_survey_is_an_error() {
    let tmp = data_without("2014/survey.csv");
    let out = eval(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!tmp.path().join("out").exists(), "nothing is written");
    insta::assert_snapshot!(text(&out.stderr, tmp.path()));
}

#[test]
fn going_without_the_previous_survey_is_said_and_marked() {
    let tmp = data_without("2014/survey.csv");
    let out = eval(tmp.path(), &["--without", "previous-survey"]);
    assert!(out.status.success(), "{}", text(&out.stderr, tmp.path()));
    let stderr = text(&out.stderr, tmp.path());
    assert!(
        stderr.contains("varning: beräknat utan förra årets enkät (2014/survey.csv)"),
        "{stderr}"
    );
    // The rättning rule reads föregående in each extern part, and barn per handläggare
    // reads last year's F1: every row of those indicators carries the note, and no
    // other row does.
    let rows = results(tmp.path());
    let mut marked = std::collections::BTreeSet::new();
    for f in records(&rows) {
        let marked_row = f[8].contains("utan föregående års enkät (2014/survey.csv)");
        if reads_previous(&f[3]) {
            assert!(marked_row, "{f:?}");
            marked.insert(f[3].to_string());
        } else {
            assert!(!marked_row, "{f:?}");
        }
    }
    assert!(marked.len() >= 10, "{marked:?}");
    // The manifest records it, and verify recomputes the same run.
    let m = std::fs::read_to_string(tmp.path().join("out/manifest.json")).unwrap();
    assert!(
        m.contains("\"without\": [\n    \"previous-survey\"\n  ]"),
        "{m}"
    );
    assert!(m.contains("--without previous-survey"), "{m}");
    let verify = Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .current_dir(manifest())
        .arg("verify")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}",
        text(&verify.stderr, tmp.path())
    );
}

#[test]
fn going_without_the_previous_survey_changes_the_rattning_rows_only() {
    // With the survey present, `--without previous-survey` does not read it: the results
    // are those of a year in which no unit answered last year.
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("data/example"), &tmp.path().join("data"));
    assert!(eval(tmp.path(), &[]).status.success());
    let with = results(tmp.path());
    assert!(eval(tmp.path(), &["--without", "previous-survey"])
        .status
        .success());
    let without = results(tmp.path());
    let (with, without) = (records(&with), records(&without));
    assert_eq!(with.len(), without.len());
    let changed: Vec<_> = with.iter().zip(&without).filter(|(a, b)| a != b).collect();
    assert!(!changed.is_empty());
    for (a, _) in &changed {
        assert!(reads_previous(&a[3]), "{a:?}");
    }
}

#[test]
fn a_missing_register_is_an_error() {
    let tmp = data_without("2015/register.csv");
    let out = eval(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!tmp.path().join("out").exists());
    insta::assert_snapshot!(text(&out.stderr, tmp.path()));
}

#[test]
fn a_missing_bakgrund_file_is_an_error() {
    let tmp = data_without("2015/bakgrund.csv");
    let out = eval(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(text(&out.stderr, tmp.path()));
}

#[test]
fn going_without_the_register_publishes_its_indicators_as_bortfall() {
    let tmp = data_without("2015/register.csv");
    let out = eval(tmp.path(), &["--without", "register.csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr, tmp.path()));
    let stderr = text(&out.stderr, tmp.path());
    assert!(
        stderr.contains("varning: beräknat utan 2015/register.csv, som du bad om: Bortfall för "),
        "{stderr}"
    );
    let rows = results(tmp.path());
    let register_rows: Vec<&str> = rows
        .lines()
        .filter(|l| l.contains("register.csv saknas"))
        .collect();
    assert!(!register_rows.is_empty());
    for r in register_rows {
        assert!(r.contains(",Bortfall,"), "{r}");
    }
}

#[test]
fn an_unknown_without_lists_what_there_is() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("data/example"), &tmp.path().join("data"));
    let out = eval(tmp.path(), &["--without", "registret.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr, tmp.path());
    assert!(
        stderr.contains("previous-survey, register.csv, bakgrund.csv"),
        "{stderr}"
    );
}

#[test]
fn a_year_without_a_previous_year_says_so() {
    // 2014 reads föregående (the rättning rule) but declares no previous year.
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("data/example"), &tmp.path().join("data"));
    let out = Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .current_dir(manifest())
        .args(["eval", "--year", "2014", "--data"])
        .arg(tmp.path().join("data"))
        .arg("--out")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = text(&out.stderr, tmp.path());
    assert!(
        stderr.contains(
            "men 2014 anger inget föregående år: ingen enhet har något svar från förra året"
        ),
        "{stderr}"
    );
}

#[test]
fn without_names_only_the_year_asked_for() {
    // 2014, compared in the workbook, has no register: `--without register.csv` is about
    // 2015 and does not make the 2014 run fail.
    let tmp = data_without("2015/register.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .current_dir(manifest())
        .args(["publish", "--year", "2015", "--series", "2014", "--data"])
        .arg(tmp.path().join("data"))
        .arg("--out")
        .arg(tmp.path().join("out"))
        .args(["--without", "register.csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr, tmp.path()));
    // The file the run went without is not in the manifest, even when it is there.
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&manifest().join("data/example"), &tmp.path().join("data"));
    assert!(eval(tmp.path(), &["--without", "register.csv"])
        .status
        .success());
    let m = std::fs::read_to_string(tmp.path().join("out/manifest.json")).unwrap();
    assert!(!m.contains("2015/register.csv"), "{m}");
}
