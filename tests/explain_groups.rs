//! `oj explain` for every published row: a län, riket or group figure lists the units
//! counted by result and those left out, with täljare and nämnare as published; a
//! suppressed register cell says which condition fired (with its values), a secondary
//! suppression which kommun forced it, and that the counts are confidential; last year's
//! answer is shown with its label, or that the unit did not answer last year.

mod common;

use oj::aggregate::Level;

#[test]
fn a_group_figure_lists_its_units() {
    let (run, sources) = common::example_run(2015);
    let text = oj::explain::explain(&run, &sources, "social_jour", "01").unwrap();
    let row = run
        .rows
        .iter()
        .find(|r| r.level == Level::Lan && r.unit == "01" && r.indicator == "social_jour")
        .unwrap();
    assert!(
        text.contains(&format!(
            "Län 01 Stockholms län: {} %",
            row.value().trim_end_matches(".0")
        )),
        "{text}"
    );
    // Every unit of the län is listed once, under its result.
    let members: Vec<&str> = run
        .units
        .reporting()
        .filter(|u| u.lan == "01")
        .map(|u| u.enhet.as_str())
        .collect();
    for code in &members {
        assert_eq!(
            text.matches(&format!("    {code} ")).count(),
            1,
            "{code} in\n{text}"
        );
    }
    // The Ja units are the täljare, the counted ones the nämnare.
    let ja = text.split("  Ja (").nth(1).unwrap();
    let n_ja: usize = ja[..ja.find(')').unwrap()].parse().unwrap();
    assert_eq!(n_ja.to_string(), row.numerator());
    let counted = text.split("Räknade (").nth(1).unwrap();
    let n: usize = counted[..counted.find(')').unwrap()].parse().unwrap();
    assert_eq!(n.to_string(), row.denominator());
    assert!(text.contains(&format!(
        "Täljare {}, nämnare {}",
        row.numerator(),
        row.denominator()
    )));
    // Riket and a kommungrupp by name too; an unknown code is still an error.
    assert!(oj::explain::explain(&run, &sources, "social_jour", "riket")
        .unwrap()
        .contains("Riket: "));
    assert!(oj::explain::explain(&run, &sources, "social_jour", "Storstäder").is_ok());
    assert!(oj::explain::explain(&run, &sources, "social_jour", "99").is_err());
}

#[test]
fn suppression_says_why_and_keeps_counts_confidential() {
    let (run, sources) = common::example_run(2015);
    // 0125: primary suppression, n < 20.
    let text = oj::explain::explain(&run, &sources, "behorig_gy", "0125").unwrap();
    assert!(text.contains("gäller: n < 20 (n = 15)"), "{text}");
    assert!(text.contains("konfidentiella"), "{text}");
    // 1381: secondary, forced by 1315 Hylte in the same län.
    let text = oj::explain::explain(&run, &sources, "behorig_gy", "1381").unwrap();
    assert!(
        text.contains("Sekundär sekretess: 1315 Hylte i länet är undertryckt"),
        "{text}"
    );
}

#[test]
fn last_years_answer_with_its_label() {
    let (run, sources) = common::example_run(2015);
    let text = oj::explain::explain(&run, &sources, "extern_skola", "0114").unwrap();
    assert!(
        text.contains("1 = \"Ja\"                 (föregående år)"),
        "{text}"
    );
    // 0192 is not in the 2014 survey.
    let text = oj::explain::explain(&run, &sources, "extern_skola", "0192").unwrap();
    assert!(text.contains("svarade inte förra året"), "{text}");
}
