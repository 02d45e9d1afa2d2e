//! A register with two geographies (issue 12, item 3): the placed children count for the
//! placing kommun, their jämnåriga for their folkbokföringskommun, each indicator saying
//! which (`källa ung efter …`); a blank in a `valfri` kommun column counts for no kommun
//! by that geography. Figures checked against counts made here without the engine.

mod common;

use std::collections::BTreeMap;

const SPEC: &str = r#"
källa ung "ung.csv" per person {
    lopnr                heltal
    placerande_kommun    kommun valfri
    folkbokforingskommun kommun valfri
    placerad             flagga
    klarat               flagga
}

indikator placerade {
    indikatornamn "Andel placerade som klarat"
    område "Test"
    typ resultat
    riktning "Högt värde är bra"

    källa ung efter placerande_kommun
    population placerad = 1
    räkna n
    räkna t när klarat = 1
    täljare t
    nämnare n
    värde procent

    exempel { n = 10, t = 5 } => 50
}

indikator jamnariga {
    indikatornamn "Andel jämnåriga som aldrig placerats och som klarat"
    område "Test"
    typ resultat
    riktning "Högt värde är bra"
    publiceras riket

    källa ung efter folkbokforingskommun
    population placerad = 0
    räkna n
    räkna t när klarat = 1
    täljare t
    nämnare n
    värde procent

    exempel { n = 10, t = 5 } => 50
}
"#;

/// (placerande, folkbokförings, placerad, klarat)
const PERSONS: &[(&str, &str, u8, u8)] = &[
    ("0114", "0115", 1, 1),
    ("0114", "0114", 1, 0),
    ("0115", "0114", 1, 1),
    ("", "0114", 0, 1),
    ("", "0114", 0, 0),
    ("", "0115", 0, 1),
    ("", "", 0, 1), // folkbokförd nowhere: counts for no kommun
];

fn year(spec: &str) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::year_dir(&indicators, 2015, "2014-11-01", false, &[("ung.oj", spec)]);
    let mut csv = String::from("lopnr,placerande_kommun,folkbokforingskommun,placerad,klarat\n");
    for (i, (p, f, placerad, klarat)) in PERSONS.iter().enumerate() {
        csv.push_str(&format!("{i},{p},{f},{placerad},{klarat}\n"));
    }
    let data = tmp.path().join("data");
    common::data_dir(&data, &[("ung.csv", &csv)]);
    (tmp, indicators, data)
}

#[test]
fn each_indicator_places_its_persons_by_its_own_column() {
    let (_tmp, indicators, data) = year(SPEC);
    let (program, _) = oj::run::load_program(&indicators, 2015)
        .ok()
        .expect("the spec checks");
    let run = oj::run::evaluate_year(program, &data, &oj::run::Without::default())
        .ok()
        .expect("the data reads");
    // Counted here: (n, t) per kommun of each geography.
    let mut placed: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    let mut peers = (0u32, 0u32);
    for (p, f, placerad, klarat) in PERSONS {
        if *placerad == 1 {
            let e = placed.entry(p).or_default();
            e.0 += 1;
            e.1 += u32::from(*klarat);
        } else if !f.is_empty() {
            peers.0 += 1;
            peers.1 += u32::from(*klarat);
        }
    }
    for (kommun, (n, t)) in &placed {
        let row = run
            .rows
            .iter()
            .find(|r| r.indicator == "placerade" && r.unit == *kommun)
            .unwrap();
        assert_eq!(
            row.value(),
            format!("{}.0", (200 * t + n) / (2 * n)),
            "{kommun}"
        );
    }
    // Jämnåriga: riket only, from the persons with a folkbokföringskommun (3 of 4 klarat
    // minus the one with none: 2 of 3).
    let rows: Vec<_> = run
        .rows
        .iter()
        .filter(|r| r.indicator == "jamnariga")
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].unit, "riket");
    assert_eq!(
        rows[0].value(),
        format!("{}.0", (200 * peers.1 + peers.0) / (2 * peers.0))
    );
    // The SQL backend compiles one geography and says so.
    let err = oj::sql::register_query(&run.program, "ung", "ung.csv", "units.csv").unwrap_err();
    assert!(err.contains("folkbokforingskommun"), "{err}");
}

#[test]
fn several_kommun_columns_need_the_indicator_to_choose() {
    let (_tmp, indicators, _) =
        year(&SPEC.replace("källa ung efter placerande_kommun", "källa ung"));
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
            .any(|m| m.contains("har flera kommunkolumner")),
        "{messages:#?}"
    );
}
