//! The survey indicators of the eight nordväst kommuner, riket, Stockholms län and
//! Jönköpings län reproduce the tables printed in seed report 003 (transcribed in
//! tests/fixtures/seed003-survey.tsv). The report prints `Delvis` as `Nej`.

mod common;

use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The report's cell for one of our rows: `Ja`, `Nej` (also for Delvis), `86%`, `4,8`.
fn as_printed(result: &str, value: &str, percent: bool) -> String {
    match result {
        "Ja" => "Ja".into(),
        "Nej" | "Delvis" => "Nej".into(),
        "" => {
            let v = if percent {
                value.strip_suffix(".0").unwrap_or(value)
            } else {
                value
            };
            let v = v.replace('.', ",");
            if percent {
                format!("{v}%")
            } else {
                v
            }
        }
        other => other.to_string(),
    }
}

#[test]
fn nordvast_survey_tables() {
    let (run, _) = common::example_run(2015);
    let text =
        std::fs::read_to_string(manifest().join("tests/fixtures/seed003-survey.tsv")).unwrap();
    let mut header: Vec<String> = vec![];
    let (mut checked, mut diffs) = (0, vec![]);
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells[0] == "table" {
            header = cells[1..].iter().map(|s| s.to_string()).collect();
            continue;
        }
        let unit = cells[0];
        let level = match unit.len() {
            2 => "lan",
            4 => "enhet",
            _ => "riket",
        };
        for (indicator, printed) in header.iter().zip(&cells[1..]) {
            let row = run
                .rows
                .iter()
                .find(|r| r.level.label() == level && r.unit == unit && r.indicator == *indicator)
                .unwrap_or_else(|| panic!("no row for {unit} {indicator}"));
            // Shares of Ja and percentages print as %, arbetsledning as hours.
            let percent = indicator != "arbetsledning";
            let ours = as_printed(row.result(), &row.value(), percent);
            if ours != *printed {
                diffs.push(format!(
                    "{unit} {indicator}: report {printed:?}, ours {ours:?} ({})",
                    row.result()
                ));
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 11 * 42);
    assert!(
        diffs.is_empty(),
        "{} cells differ:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}
