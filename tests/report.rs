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
    // A question of several parts is shown whole, not its first part.
    for whole in [
        "utagerande och/eller annat normbrytande beteende: CBCL, EARL, ESTER, SAVRY, SDQ",
        "om barnets rättigheter, kontaktuppgifter till socialsekreterare och IVO:s funktion",
        "Person 1–10 med arbetsledande/stödjande funktion",
    ] {
        assert!(html.contains(whole), "the report does not show {whole:?}");
    }
    // One chart of an area's percentages, one per other indicator: a percentage never
    // shares an axis with barn per handläggare.
    let expected: usize = tables
        .iter()
        .map(|t| {
            let percent = usize::from(t.figures.iter().any(|f| f.percent));
            let mut others: Vec<&str> = t
                .figures
                .iter()
                .filter(|f| !f.percent)
                .map(|f| f.indicator.as_str())
                .collect();
            others.dedup();
            percent + others.len()
        })
        .sum();
    assert_eq!(
        html.matches("<figure class=\"chart\"><svg").count(),
        expected
    );
    for t in &tables {
        let charts = oj::report::charts(t).unwrap();
        for svg in &charts {
            // Fonts of at least 12 px, decimal commas on the axes.
            for size in svg.split("font-size=\"").skip(1) {
                let px: f64 = size[..size.find('"').unwrap()]
                    .trim_end_matches("px")
                    .parse()
                    .unwrap();
                assert!(px >= 12.0, "{} has a {px} px font", t.area);
            }
        }
        let mixed = charts
            .iter()
            .any(|svg| svg.contains(" %<") && svg.contains("barn per"));
        assert!(!mixed, "{}: a percent axis with a ratio", t.area);
    }
    // A suppressed cell (0125's behorig_gy) is x in the table and in the chart.
    let t = tables
        .iter()
        .find(|t| t.figures.iter().any(|f| f.value.is_none()))
        .expect("a suppressed cell among the nordväst kommuner");
    let f = t.figures.iter().find(|f| f.value.is_none()).unwrap();
    assert_eq!(f.printed, "x");
    let charts = oj::report::charts(t).unwrap();
    assert!(charts.iter().any(|s| s.contains(&format!("{}: x", f.unit))));
    assert!(matches!(
        oj::report::units(&run, &codes("9999"), &[]),
        Err(e) if e.contains("9999")
    ));
}
