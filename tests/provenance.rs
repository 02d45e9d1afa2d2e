//! OUT/manifest.json and `oj verify`: every input and output hashed, nothing that depends
//! on time, and a verification that notices a changed input or output.

mod common;
use common::copy_tree;

use std::path::Path;
use std::process::Command;

fn oj(root: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_oj"))
        .env_remove("OJ_LANG")
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn manifest_and_verify() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    copy_tree(&repo.join("data/example"), &root.join("data"));
    copy_tree(&repo.join("indicators"), &root.join("indicators"));
    let eval = ["eval", "--year", "2015", "--data", "data", "--out", "out"];
    assert!(oj(root, &eval).0);

    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("out/manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["year"], 2015);
    assert_eq!(manifest["kind"], "eval");
    assert_eq!(
        manifest["command"],
        "oj eval --year 2015 --data data --out out --indicators indicators"
    );
    let names = |key: &str| -> Vec<String> {
        manifest[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names("data"),
        [
            "2014/survey.csv",
            "2015/bakgrund.csv",
            "2015/register.csv",
            "2015/survey.csv",
            "units.csv"
        ]
    );
    let indicator_files = names("indicators");
    for f in [
        "2014/01_foraldrar.oj",
        "2014/codebook.yaml",
        "2015/13_register.oj",
        "2015/codebook.yaml",
    ] {
        assert!(
            indicator_files.contains(&f.to_string()),
            "{f} not in {indicator_files:?}"
        );
    }
    assert_eq!(names("outputs"), ["results.csv", "review.csv"]);
    let hash = |key: &str, name: &str| -> String {
        manifest[key]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == name)
            .unwrap()["sha256"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        hash("outputs", "results.csv"),
        oj::publish::manifest::sha256(&std::fs::read(root.join("out/results.csv")).unwrap())
    );

    // The same run again writes the same manifest, byte for byte.
    let first = std::fs::read(root.join("out/manifest.json")).unwrap();
    assert!(oj(root, &eval).0);
    assert_eq!(
        first,
        std::fs::read(root.join("out/manifest.json")).unwrap()
    );

    let (ok, text) = oj(root, &["verify", "out"]);
    assert!(ok, "{text}");
    assert!(text.contains("verifierad"), "{text}");

    // From another directory the recorded (relative) directories are not there: said so,
    // with how to go on; named with --indicators and --data, the run verifies.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = root.join("out");
    let (ok, text) = oj(elsewhere.path(), &["verify", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        text.contains("katalogen indicators finns inte här") && text.contains("--indicators"),
        "{text}"
    );
    let (ok, text) = oj(
        elsewhere.path(),
        &[
            "verify",
            out.to_str().unwrap(),
            "--indicators",
            root.join("indicators").to_str().unwrap(),
            "--data",
            root.join("data").to_str().unwrap(),
        ],
    );
    assert!(ok, "{text}");
    assert!(text.contains("verifierad"), "{text}");
    // A directory named on the command line that is not there is said as such.
    let (ok, text) = oj(
        elsewhere.path(),
        &[
            "verify",
            out.to_str().unwrap(),
            "--indicators",
            "no-such-dir",
        ],
    );
    assert!(!ok);
    assert!(
        text.contains("katalogen no-such-dir (--indicators) finns inte"),
        "{text}"
    );

    // A changed input is named.
    let survey = root.join("data/2015/survey.csv");
    let original = std::fs::read(&survey).unwrap();
    let mut changed = original.clone();
    changed.extend_from_slice(b"\n");
    std::fs::write(&survey, &changed).unwrap();
    let (ok, text) = oj(root, &["verify", "out"]);
    assert!(!ok);
    assert!(
        text.contains("data/2015/survey.csv: har ändrats sedan körningen"),
        "{text}"
    );
    std::fs::write(&survey, &original).unwrap();

    // So is a changed output.
    let review = root.join("out/review.csv");
    let mut edited = std::fs::read(&review).unwrap();
    edited.extend_from_slice(b"0114,extra,fel,,,,\n");
    std::fs::write(&review, edited).unwrap();
    let (ok, text) = oj(root, &["verify", "out"]);
    assert!(!ok);
    assert!(
        text.contains("out/review.csv: skiljer sig från filen som körningen skrev"),
        "{text}"
    );

    assert!(oj(root, &eval).0);

    // A manifest with an entry removed does not verify: the sets are compared, not only
    // the files both name.
    let path = root.join("out/manifest.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut m: serde_json::Value = serde_json::from_str(&text).unwrap();
    m["outputs"].as_array_mut().unwrap().pop();
    std::fs::write(&path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    let (ok, text) = oj(root, &["verify", "out"]);
    assert!(!ok);
    assert!(
        text.contains("manifestet listar andra utdatafiler än en ny körning ger"),
        "{text}"
    );
    // The same for an input left out of the manifest.
    assert!(oj(root, &eval).0);
    let mut m2: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    m2["data"].as_array_mut().unwrap().remove(0);
    std::fs::write(&path, serde_json::to_string_pretty(&m2).unwrap()).unwrap();
    let (ok, text) = oj(root, &["verify", "out"]);
    assert!(!ok);
    assert!(
        text.contains("manifestet listar andra datafiler än en ny körning läser"),
        "{text}"
    );
}
