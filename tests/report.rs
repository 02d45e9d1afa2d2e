//! `oj report`: the tables of the regional report for the eight nordväst kommuner
//! against Stockholms län, Jönköpings län and riket (the seed report's selection), as
//! text; their numbers are those of results.csv.

mod common;

#[test]
fn nordvast_report_tables() {
    let (run, _) = common::example_run(2015);
    let codes = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
    let units = oj::report::units(
        &run,
        &codes("0114,0123,0125,0139,0163,0183,0184,0191"),
        &codes("01,06,riket"),
    )
    .unwrap();
    let tables = oj::report::tables(&run, &units);
    // Every cell is results.csv's row, as printed.
    for t in &tables {
        for (u, cells) in &t.rows {
            for ((id, _), cell) in t.indicators.iter().zip(cells) {
                let row = run
                    .rows
                    .iter()
                    .find(|r| r.level == u.level && r.unit == u.code && r.indicator == *id)
                    .unwrap();
                let ind = run.program.indicator(id).unwrap();
                assert_eq!(*cell, oj::report::printed(ind, row), "{} {id}", u.code);
            }
        }
    }
    insta::assert_snapshot!(oj::report::tables_text(&tables));
    let html = oj::report::html(&run, &units).unwrap();
    assert_eq!(
        html.matches("<figure class=\"chart\"><svg").count(),
        tables.iter().filter(|t| !t.figures.is_empty()).count()
    );
    assert!(matches!(
        oj::report::units(&run, &codes("9999"), &[]),
        Err(e) if e.contains("9999")
    ));
}
