//! Mätperioder of the calendar relative to mätår (`kalenderåret mätår-1`, `läsåret
//! mätår-1`): resolved from the year of mätdatum, moved by inheritance, filled into
//! `<mätperiod>`, and after mätdatum an error.

mod common;

use common::year_dir;
use std::path::Path;

const INDICATOR: &str = r#"
indikator kal {
    indikatornamn "Kalenderår"
    område "Test"
    typ process
    målvärde "Ja"
    mätperiod PERIOD
    mått "Under <mätperiod>"

    fråga k1 = K1_oppenvard

    Ja  när k1 = "Ja"
    Nej när k1 = "Nej"
}
"#;

fn period_of(root: &Path, y: u32) -> String {
    let checked = oj::check::check_year(&root.join(y.to_string()));
    let program = checked
        .program
        .unwrap_or_else(|| panic!("{:#?}", checked.diagnostics.0));
    let ind = program.indicator("kal").unwrap();
    let (a, b) = ind.meta.matperiod.unwrap();
    format!("{a}..{b} {}", ind.meta.matt.clone().unwrap())
}

#[test]
fn calendar_periods_move_with_the_year() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("indicators");
    let kal = INDICATOR.replace("PERIOD", "kalenderåret mätår-1");
    year_dir(&root, 2015, "2014-11-01", false, &[("kal.oj", &kal)]);
    year_dir(&root, 2016, "2015-11-01", true, &[]);
    assert_eq!(
        period_of(&root, 2015),
        "2013-01-01..2013-12-31 Under 1 januari 2013–31 december 2013"
    );
    assert_eq!(
        period_of(&root, 2016),
        "2014-01-01..2014-12-31 Under 1 januari 2014–31 december 2014"
    );
}

#[test]
fn a_school_year_and_a_period_after_matdatum() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("indicators");
    let las = INDICATOR.replace("PERIOD", "läsåret mätår-1");
    year_dir(&root, 2015, "2014-11-01", false, &[("kal.oj", &las)]);
    assert!(period_of(&root, 2015).starts_with("2013-07-01..2014-06-30"));

    let late = tempfile::tempdir().unwrap();
    let root = late.path().join("indicators");
    let now = INDICATOR.replace("PERIOD", "kalenderåret mätår");
    year_dir(&root, 2015, "2014-11-01", false, &[("kal.oj", &now)]);
    let checked = oj::check::check_year(&root.join("2015"));
    let codes: Vec<String> = checked.diagnostics.0.iter().map(|d| d.code.id()).collect();
    assert!(codes.contains(&"E0206".to_string()), "{codes:?}");
}
