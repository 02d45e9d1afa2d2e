//! Source files as they arrive: a wrong value in a well-formed file is a finding and
//! Bortfall for what reads it; a structural error stops the run; a missing file makes
//! its indicators Bortfall for every kommun, with the reason.

use std::path::{Path, PathBuf};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn copy_example(dir: &Path) -> PathBuf {
    let src = manifest().join("data/example");
    for sub in ["2014", "2015"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        for f in std::fs::read_dir(src.join(sub)).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), dir.join(sub).join(f.file_name())).unwrap();
        }
    }
    std::fs::copy(src.join("units.csv"), dir.join("units.csv")).unwrap();
    dir.to_path_buf()
}

fn run(data: &Path) -> Result<oj::run::YearRun, String> {
    run_without(data, &oj::run::Without::default())
}

fn run_without(data: &Path, without: &oj::run::Without) -> Result<oj::run::YearRun, String> {
    let (program, _) = oj::run::load_program(&manifest().join("indicators"), 2015)
        .ok()
        .expect("indicators check");
    oj::run::evaluate_year(program, data, without).map_err(|e| match e {
        oj::run::RunError::Data(d) => format!(
            "{} ({:?})",
            d.message,
            d.location.as_ref().and_then(|l| l.line)
        ),
        oj::run::RunError::Check(_) => "check".into(),
    })
}

fn row<'a>(
    run: &'a oj::run::YearRun,
    level: &str,
    unit: &str,
    ind: &str,
) -> &'a oj::aggregate::Row {
    run.rows
        .iter()
        .find(|r| r.level.label() == level && r.unit == unit && r.indicator == ind)
        .unwrap_or_else(|| panic!("no row {level} {unit} {ind}"))
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, f(text)).unwrap();
}

#[test]
fn a_bad_bakgrund_cell_is_a_finding_and_bortfall() {
    let tmp = tempfile::tempdir().unwrap();
    let data = copy_example(tmp.path());
    edit(&data.join("2015/bakgrund.csv"), |t| {
        t.replace(
            "0115,84171,22897,19462,257,57,75",
            "0115,84171,22897,19462,257,57,NaN",
        )
    });
    let run = run(&data).unwrap();
    let r = row(&run, "enhet", "0115", "bg_familjehem_andel");
    assert_eq!(
        (r.result(), r.reason.as_str()),
        ("Bortfall", "ogiltigt värde: barn_heldygn")
    );
    // What does not read the cell is published.
    assert_eq!(row(&run, "enhet", "0115", "bg_andel_0_20").value(), "27.0");
    let f = run
        .evaluation
        .findings
        .iter()
        .find(|f| f.enhet == "0115" && f.file == "2015/bakgrund.csv")
        .expect("a finding for the cell");
    assert_eq!(
        (f.rule.as_str(), f.values.as_str(), f.line),
        ("not_a_number", "barn_heldygn=NaN", Some(3))
    );
}

#[test]
fn going_without_the_bakgrund_file_makes_every_kommun_bortfall() {
    let tmp = tempfile::tempdir().unwrap();
    let data = copy_example(tmp.path());
    std::fs::remove_file(data.join("2015/bakgrund.csv")).unwrap();
    // Missing without a word is an error (tests/missing_inputs.rs).
    let err = run(&data).err().unwrap();
    assert!(err.starts_with("2015/bakgrund.csv saknas"), "{err}");
    let without = oj::run::Without {
        previous_survey: false,
        sources: vec!["bakgrund.csv".into()],
    };
    let run = run_without(&data, &without).unwrap();
    let rows: Vec<_> = run
        .rows
        .iter()
        .filter(|r| r.indicator == "bg_andel_0_20")
        .collect();
    assert_eq!(rows.len(), 290 + 21 + 1);
    for r in rows {
        assert_eq!(r.result(), "Bortfall", "{} {}", r.level.label(), r.unit);
    }
    assert_eq!(
        row(&run, "enhet", "0114", "bg_andel_0_20").reason,
        "bakgrund.csv saknas"
    );
    // The register indicators do not depend on it.
    assert_eq!(row(&run, "enhet", "0114", "behorig_gy").value(), "59.0");
}

#[test]
fn structural_errors_in_sources_stop_the_run() {
    type Edit = fn(String) -> String;
    let cases: [(&str, Edit, &str); 4] = [
        (
            "bakgrund.csv",
            |t| t + "0115,1,1,1,1,1,1\n",
            "kommunen `0115` har två rader (Some(291))",
        ),
        (
            "bakgrund.csv",
            |t| t.replace("0114,", "9999,"),
            "`9999` är ingen kommun i units.csv (Some(2))",
        ),
        (
            "register.csv",
            |t| t.replacen("fodd_i_sverige", "fodd_sverige", 1),
            "okänd kolumn `fodd_sverige` (Some(1))",
        ),
        (
            "register.csv",
            |t| t + "1,2,3\n",
            "raden har 3 celler, rubrikraden 9 (Some(11125))",
        ),
    ];
    for (file, change, message) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let data = copy_example(tmp.path());
        edit(&data.join("2015").join(file), change);
        assert_eq!(run(&data).err().as_deref(), Some(message), "{file}");
    }
}

#[test]
fn bad_register_records_are_findings_and_not_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let data = copy_example(tmp.path());
    let clean = run(&data).unwrap();
    edit(&data.join("2015/register.csv"), |t| {
        t + "999001,1990,1,0114,1,1,1,x,1\n999002,1990,1,9999,1,1,1,1,1\n999003,,1,0114,1,1,1,1,1\n"
    });
    let dirty = run(&data).unwrap();
    let findings: Vec<(String, Option<u64>)> = dirty
        .evaluation
        .findings
        .iter()
        .filter(|f| f.file == "2015/register.csv")
        .map(|f| (f.rule.clone(), f.line))
        .collect();
    let mut findings = findings;
    findings.sort_by_key(|f| f.1);
    assert_eq!(
        findings,
        [
            ("unknown_code".to_string(), Some(11125)),
            ("unknown_kommun".to_string(), Some(11126)),
            ("blank_value".to_string(), Some(11127)),
        ]
    );
    // Not counted: every published figure is unchanged.
    let figures = |r: &oj::run::YearRun| -> Vec<(String, String, String)> {
        r.rows
            .iter()
            .map(|x| (x.unit.clone(), x.indicator.clone(), x.value().clone()))
            .collect()
    };
    assert_eq!(figures(&clean), figures(&dirty));
}
