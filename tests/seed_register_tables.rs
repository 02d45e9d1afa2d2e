//! The register indicators and bakgrundsmått of the eight nordväst kommuner, riket,
//! Stockholms län and Jönköpings län reproduce the tables printed in seed report 003
//! ("Resultat placerade barns utbildningsnivå" and "Bakgrundsmått"), transcribed in
//! tests/fixtures/seed003-register.tsv.

mod common;

use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The report's cell for one of our rows: `59%`, `1,7%`, `484`, `x`, or empty (Bortfall).
fn as_printed(result: &str, value: &str, percent: bool, decimals: u32) -> String {
    match result {
        "x" => "x".into(),
        "Bortfall" => String::new(),
        _ => {
            // Whole numbers print without decimals; one decimal keeps its comma.
            let v = if decimals == 0 {
                value.strip_suffix(".0").unwrap_or(value)
            } else {
                value
            }
            .replace('.', ",");
            if percent {
                format!("{v}%")
            } else {
                v
            }
        }
    }
}

#[test]
fn nordvast_register_and_background_tables() {
    let (run, _) = common::example_run(2015);
    let text =
        std::fs::read_to_string(manifest().join("tests/fixtures/seed003-register.tsv")).unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let mut checked = 0;
    let mut diffs = vec![];
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let unit = cells[0];
        let level = match unit.len() {
            2 => "lan",
            4 => "enhet",
            _ => "riket",
        };
        for (indicator, printed) in header.iter().zip(&cells).skip(1) {
            let row = run
                .rows
                .iter()
                .find(|r| r.level.label() == level && r.unit == unit && r.indicator == *indicator)
                .unwrap_or_else(|| panic!("no row for {unit} {indicator}"));
            let percent = *indicator != "bg_barn_per_handlaggare";
            let decimals = run.program.indicator(indicator).unwrap().decimals();
            let ours = as_printed(row.result(), &row.value(), percent, decimals);
            if ours != *printed {
                diffs.push(format!(
                    "{unit} {indicator}: report {printed:?}, ours {ours:?}"
                ));
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 11 * 10);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
