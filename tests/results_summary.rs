//! A readable snapshot of each year's results.csv on the example data: per indicator the
//! count of each unit result and the riket figure. The rows themselves are compared one by
//! one with the independent reference in tests/expected_results.rs; this summary is what a
//! reviewer reads when a change moves results.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write;

fn summary(year: u32) -> String {
    let (run, _) = common::example_run(year);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<28} {:>4} {:>6} {:>4} {:>4} {:>8} {:>3} {:>6}  riket",
        "indicator", "Ja", "Delvis", "Nej", "EjA", "Bortfall", "x", "värde"
    );
    for ind in &run.program.indicators {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut riket = String::new();
        for r in run.rows.iter().filter(|r| r.indicator == ind.id) {
            match r.level.label() {
                "enhet" => {
                    let key = match r.result() {
                        "" => "värde",
                        "Ej aktuellt" => "EjA",
                        other => other,
                    };
                    *counts.entry(key).or_default() += 1;
                }
                "riket" => {
                    riket = if r.value().is_empty() {
                        r.result().to_string()
                    } else {
                        r.value().clone()
                    }
                }
                _ => {}
            }
        }
        let c = |k: &str| counts.get(k).copied().unwrap_or(0);
        let _ = writeln!(
            out,
            "{:<28} {:>4} {:>6} {:>4} {:>4} {:>8} {:>3} {:>6}  {riket}",
            ind.id,
            c("Ja"),
            c("Delvis"),
            c("Nej"),
            c("EjA"),
            c("Bortfall"),
            c("x"),
            c("värde")
        );
    }
    out
}

#[test]
fn results_2014() {
    insta::assert_snapshot!(summary(2014));
}

#[test]
fn results_2015() {
    insta::assert_snapshot!(summary(2015));
}
