//! `oj eval` on the bundled example data reproduces the results that an independent
//! implementation of methodology.md computed (tests/expected, copied from the reference).
//! The contract's first eight columns are compared row for row; `reason` is ours.

use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn evaluate(year: u32) -> oj::run::YearRun {
    let (program, _) = oj::run::load_program(&manifest().join("indicators"), year)
        .unwrap_or_else(|_| panic!("indicators/{year} must check"));
    match oj::run::evaluate_year(
        program,
        &manifest().join("data/example"),
        &oj::run::Without::default(),
    ) {
        Ok(r) => r,
        Err(_) => panic!("the example data must load"),
    }
}

/// Compares our rows of survey indicators (`register = false`) or of source indicators
/// (register indicators and bakgrundsmått) with a reference file. The reference lists
/// source rows by indicator, level and unit; ours are by level, unit and indicator.
fn compare_file(year: u32, file: &str, register: bool) {
    let run = evaluate(year);
    let source_ids: Vec<&str> = run
        .program
        .indicators
        .iter()
        .filter(|i| matches!(i.kind, oj::ir::Kind::Source(_)))
        .map(|i| i.id.as_str())
        .collect();
    let mut rows: Vec<oj::aggregate::Row> = run
        .rows
        .iter()
        .filter(|r| source_ids.contains(&r.indicator.as_str()) == register)
        .cloned()
        .collect();
    if register {
        let pos = |id: &str| run.program.indicators.iter().position(|i| i.id == id);
        rows.sort_by(|a, b| {
            (pos(&a.indicator), a.level, &a.unit).cmp(&(pos(&b.indicator), b.level, &b.unit))
        });
    }
    let ours = read_csv(&oj::publish::results::results_csv(&rows));
    let expected = read_csv(&std::fs::read(manifest().join("tests/expected").join(file)).unwrap());
    assert_eq!(ours[0][..8], expected[0][..], "header");
    assert_eq!(ours.len(), expected.len(), "row count {year}");
    let mut diffs = vec![];
    for (i, (a, b)) in ours.iter().zip(&expected).enumerate() {
        if a[..8] != b[..] {
            diffs.push(format!(
                "row {}: ours {:?}\n        expected {:?}",
                i + 1,
                &a[..8],
                b
            ));
        }
    }
    assert!(
        diffs.is_empty(),
        "{} rows differ in {year}:\n{}",
        diffs.len(),
        diffs
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn compare(year: u32) {
    compare_file(year, &format!("results-{year}.csv"), false);
}

#[test]
fn results_2014_match_the_reference() {
    compare(2014);
}

#[test]
fn results_2015_match_the_reference() {
    compare(2015);
}

/// Register indicators and bakgrundsmått: every kommun, län and riket row, every `x`.
#[test]
fn register_2015_matches_the_reference() {
    compare_file(2015, "register-2015.csv", true);
}

/// Every reporting unit appears once per indicator, with a result or a reason.
#[test]
fn every_unit_is_accounted_for() {
    let run = evaluate(2015);
    let unit_rows: Vec<_> = run
        .rows
        .iter()
        .filter(|r| r.level == oj::aggregate::Level::Enhet)
        .collect();
    let sources = run
        .program
        .indicators
        .iter()
        .filter(|i| matches!(i.kind, oj::ir::Kind::Source(_)))
        .count();
    assert_eq!(
        unit_rows.len(),
        run.evaluation.units.len() * (run.program.indicators.len() - sources)
            + run.evaluation.sources.kommuner.len() * sources
    );
    for r in unit_rows {
        assert!(
            !r.result().is_empty() || !r.value().is_empty(),
            "{} {} has neither result nor value",
            r.unit,
            r.indicator
        );
        if r.result() == "Bortfall" {
            assert!(
                !r.reason.is_empty(),
                "{} {} is Bortfall without a reason",
                r.unit,
                r.indicator
            );
        }
    }
}

/// The rättning rule: a unit whose C1 was Nej in 2014 and that now answers C1 = Ja,
/// C2 = Nej is Ja in 2015; the same answers without a 2014 Nej stay Nej.
#[test]
fn rattning_uses_the_previous_year() {
    let run = evaluate(2015);
    let prev = run.previous.as_ref().expect("2014 survey is read for 2015");
    let ind = run
        .program
        .indicators
        .iter()
        .position(|i| i.id == "extern_tandvard")
        .unwrap();
    let code = |s: &oj::data::Survey, e: &str, v: &str| s.raw(e, v).unwrap_or("").to_string();
    let (mut corrected, mut uncorrected) = (0, 0);
    for (u, enhet) in run.evaluation.units.iter().enumerate() {
        if code(&run.survey, enhet, "C1_tandvard") == "1"
            && code(&run.survey, enhet, "C2_tandvard") == "2"
        {
            let got = &run.evaluation.results[ind][u];
            let was_nej = code(prev, enhet, "C1_tandvard") == "2";
            let want = if was_nej {
                oj::syntax::ast::Outcome::Ja
            } else {
                oj::syntax::ast::Outcome::Nej
            };
            assert!(
                matches!(got, oj::eval::UnitResult::Outcome { outcome, .. } if *outcome == want),
                "{enhet}: {got:?}"
            );
            if was_nej {
                corrected += 1
            } else {
                uncorrected += 1
            }
        }
    }
    assert!(
        corrected > 0 && uncorrected > 0,
        "the example data exercise both branches ({corrected}, {uncorrected})"
    );
}
