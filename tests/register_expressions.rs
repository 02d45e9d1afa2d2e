//! Person conditions with arithmetic and years relative to mätår (issue 12, item 1): a
//! "gymnasium by age 20" indicator over a generated register, its figures checked
//! against a count made here without the engine, and the same definition inherited by
//! the next year moving its birth cohort by itself.

mod common;

use std::collections::BTreeMap;

const SOURCE: &str = r#"
källa ung "ung.csv" per person {
    lopnr        heltal
    fodelsear    heltal "födelseår"
    kommun       kommun
    placerad     flagga "var placerad hela åk 9"
    gy_examen_ar heltal valfri "året för gymnasieexamen"
}

indikator gymnasium_20 {
    indikatornamn "Andel unga vuxna placerade hela åk 9 som fullföljt gymnasiet vid 20 års ålder"
    område "Placerade barns utbildningsnivå"
    typ resultat
    riktning "Högt värde är bra"

    källa ung
    population fodelsear i mätår-22..mätår-19 och placerad = 1
    räkna n
    räkna t när gy_examen_ar - fodelsear <= 20
    täljare t
    nämnare n
    värde procent

    sekretess när n < 5

    exempel { n = 10, t = 4 } => 40
    exempel { n = 4, t = 4 } => x
}
"#;

/// Persons over every kommun: birth years 1988–2000, a quarter not placed, exam years
/// from 17 to 23 years after birth or none. Deterministic (a linear congruential walk).
/// A person of the generated register: birth year, kommun, placed, exam year.
type Person = (i64, String, i64, Option<i64>);

fn register(kommuner: &[String]) -> (String, Vec<Person>) {
    let mut rows = vec![];
    let mut x: u64 = 7;
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    for i in 0..20000 {
        let kommun = kommuner[next(kommuner.len() as u64) as usize].clone();
        let born = 1988 + next(13) as i64;
        let placed = (next(4) != 0) as i64;
        let exam = match next(8) {
            0 => None,
            k => Some(born + 16 + k as i64),
        };
        rows.push((born, kommun, placed, exam));
        let _ = i;
    }
    let mut csv = String::from("lopnr,fodelsear,kommun,placerad,gy_examen_ar\n");
    for (i, (born, kommun, placed, exam)) in rows.iter().enumerate() {
        let exam = exam.map(|e| e.to_string()).unwrap_or_default();
        csv.push_str(&format!("{i},{born},{kommun},{placed},{exam}\n"));
    }
    (csv, rows)
}

#[test]
fn arithmetic_and_relative_years_in_person_conditions() {
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::year_dir(
        &indicators,
        2015,
        "2014-11-01",
        false,
        &[("ung.oj", SOURCE)],
    );
    let data = tmp.path().join("data");
    common::data_dir(&data, &[]);
    let units = oj::data::Units::load(&data.join("units.csv")).unwrap();
    let mut kommuner: Vec<String> = units.all.iter().map(|u| u.kommun.clone()).collect();
    kommuner.sort();
    kommuner.dedup();
    let (csv, rows) = register(&kommuner);
    std::fs::write(data.join("2015/ung.csv"), csv).unwrap();

    let (program, _) = oj::run::load_program(&indicators, 2015)
        .ok()
        .expect("the indicator checks");
    let run = oj::run::evaluate_year(program, &data, &oj::run::Without::default())
        .ok()
        .expect("the data reads");

    // Independently: mätår is 2014, so born 1992–1995, placed, exam by age 20.
    let mut counts: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for (born, kommun, placed, exam) in &rows {
        if (1992..=1995).contains(born) && *placed == 1 {
            let e = counts.entry(kommun.as_str()).or_default();
            e.0 += 1;
            if exam.is_some_and(|y| y - born <= 20) {
                e.1 += 1;
            }
        }
    }
    let (mut compared, mut published) = (0, 0);
    for k in &kommuner {
        let row = run
            .rows
            .iter()
            .find(|r| r.indicator == "gymnasium_20" && r.unit == *k)
            .unwrap_or_else(|| panic!("a row for {k}"));
        let (n, t) = counts.get(k.as_str()).copied().unwrap_or((0, 0));
        // Suppression is tested first, on the counts (n = 0 is suppressed too, before
        // any division: methodology.md §4); then 100 t / n, whole percent, half away
        // from zero, written with `.0` as results.csv does.
        let expected = if n < 5 {
            "x".to_string()
        } else {
            format!("{}.0", (200 * t + n) / (2 * n))
        };
        let got = if row.value().is_empty() {
            row.result().to_string()
        } else {
            row.value()
        };
        assert_eq!(got, expected, "{k}: n = {n}, t = {t}");
        compared += 1;
        published += usize::from(n >= 5);
    }
    assert_eq!(compared, kommuner.len());
    assert!(published > 200, "only {published} kommuner have a figure");

    // The guide says the cohort in years, the diff of the next year says nothing changed,
    // and the next year's cohort is one year later.
    let guide = oj::guide::markdown(&run.program);
    assert!(guide.contains("födelseår 1992–1995"), "{guide}");
    assert!(
        guide.contains("där (året för gymnasieexamen − födelseår) <= 20"),
        "{guide}"
    );
    common::year_dir(&indicators, 2016, "2015-11-01", true, &[]);
    let (next, _) = oj::run::load_program(&indicators, 2016)
        .ok()
        .expect("the inherited year checks");
    let diff = oj::diff::diff(&run.program, &next);
    let change = diff
        .indicators
        .iter()
        .find(|(id, _, _)| id == "gymnasium_20")
        .map(|(_, _, c)| c)
        .unwrap();
    assert!(matches!(change, oj::diff::Change::Unchanged), "{change:?}");
    assert!(oj::guide::markdown(&next).contains("födelseår 1993–1996"));
}

#[test]
fn person_conditions_refuse_division_and_texts() {
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    let bad = SOURCE.replace(
        "räkna t när gy_examen_ar - fodelsear <= 20",
        "räkna t när gy_examen_ar / fodelsear <= 20",
    );
    common::year_dir(&indicators, 2015, "2014-11-01", false, &[("ung.oj", &bad)]);
    let checked = oj::check::check_year(&indicators.join("2015"));
    let messages: Vec<String> = checked
        .diagnostics
        .0
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`+`, `-` och `*`, inte `/`")),
        "{messages:#?}"
    );
}
