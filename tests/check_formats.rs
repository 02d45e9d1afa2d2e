//! `oj check --format json` and `--format github`: the same diagnostics as the default
//! output, for machines (an agency's CI annotates the changed lines).

mod common;

use std::path::Path;
use std::process::Command;

fn broken_year() -> (tempfile::TempDir, std::path::PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &dir);
    let file = dir.join("2015/11_kompetens.oj");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "fråga g7 = G7_handlaggare_arsarbetare",
        "fråga g7 = G7_handlaggare_arsarbetar",
    );
    std::fs::write(&file, text).unwrap();
    let year = dir.join("2015");
    (tmp, year)
}

fn check(year: &Path, format: &str) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .args(["check", "--format", format])
        .arg(year)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap(),
    )
}

#[test]
fn json_lines_name_the_code_and_the_place() {
    let (tmp, year) = broken_year();
    let (out, code) = check(&year, "json");
    assert_eq!(code, 1, "errors still fail the run");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 1, "{out}");
    let d = &lines[0];
    assert_eq!(d["code"], "E0101");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["line"], 19);
    assert_eq!(d["column"], 16);
    assert_eq!(d["end_column"], 41);
    assert_eq!(d["help"], "menade du `G7_handlaggare_arsarbetare`?");
    assert!(d["file"]
        .as_str()
        .unwrap()
        .ends_with("2015/11_kompetens.oj"));
    drop(tmp);
}

#[test]
fn github_annotations() {
    let (tmp, year) = broken_year();
    let (out, code) = check(&year, "github");
    assert_eq!(code, 1);
    let out = out.replace(&tmp.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(out, @"::error title=E0101 unknown-variable,file=[TMP]/indicators/2015/11_kompetens.oj,line=19,col=16,endLine=19,endColumn=41::`G7_handlaggare_arsarbetar` är inte en variabel i kodboken för 2015%0Ahjälp: menade du `G7_handlaggare_arsarbetare`?");
    // A clean year prints nothing and passes.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (out, code) = check(&root.join("indicators/2015"), "github");
    assert_eq!((out.as_str(), code), ("", 0));
}
