//! `oj explain` for source indicators: the counts or values behind a kommun's register
//! figure or bakgrundsmått, the formulas, and why a cell is `x` or Bortfall.

mod common;

fn explain(indicator: &str, unit: &str) -> String {
    let (run, sources) = common::example_run(2015);
    oj::explain::explain(&run, &sources, indicator, unit).unwrap_or_else(|e| format!("error: {e}"))
}

#[test]
fn a_suppressed_register_cell() {
    insta::assert_snapshot!(explain("behorig_gy", "0125"));
}

#[test]
fn a_register_cell_with_the_gymnasium_reduction() {
    insta::assert_snapshot!(explain("hogskolebehorig_sverige", "0114"));
}

#[test]
fn a_big_city_with_a_stadsdel_that_did_not_answer() {
    insta::assert_snapshot!(explain("bg_barn_per_handlaggare", "0180"));
}

#[test]
fn a_stadsdel_is_sent_to_its_kommun() {
    insta::assert_snapshot!(explain("behorig_gy", "018001"));
}
