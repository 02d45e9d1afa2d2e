//! `sekundärsekretess undergrupper minsta n`: a total and its subgroups protected
//! together. Without the rule, a kommun's total and one subgroup are published while the
//! other subgroup is `x` (it could be worked out from them); with it, the other subgroup
//! is suppressed too. The 2015 files do not state the rule and keep their results.

mod common;

const SPEC: &str = r#"
källa ung "ung.csv" per person {
    lopnr   heltal
    kommun  kommun
    sverige flagga
    klarat  flagga
}

indikator klarat {
    indikatornamn "Andel som klarat {undergrupp}"
    område "Test"
    typ resultat
    riktning "Högt värde är bra"

    källa ung
    undergrupp _sverige "födda i Sverige" när sverige = 1
    undergrupp _utland  "födda i annat land" när sverige = 0
    räkna n
    räkna t när klarat = 1
    täljare t
    nämnare n
    värde procent
    sekretess när n < 3
LINKED
    exempel { n = 10, t = 5 } => 50
}
"#;

/// kommun → (born in Sweden, passed): the persons of the register.
const PERSONS: &[(&str, &[(u8, u8)])] = &[
    // 0114: 8 born in Sweden, 2 abroad: the abroad cell is x, the total and the Swedish
    // published would give it away.
    (
        "0114",
        &[
            (1, 1),
            (1, 1),
            (1, 0),
            (1, 1),
            (1, 0),
            (1, 1),
            (1, 1),
            (1, 0),
            (0, 1),
            (0, 0),
        ],
    ),
    // 0115: both subgroups large enough: nothing suppressed.
    ("0115", &[(1, 1), (1, 0), (1, 1), (0, 1), (0, 0), (0, 1)]),
];

fn run(linked: bool) -> oj::aggregate::YearRun {
    run_with(linked, "")
}

fn run_with(linked: bool, extra: &str) -> oj::aggregate::YearRun {
    let tmp = tempfile::tempdir().unwrap();
    let line = if linked {
        "    sekundärsekretess undergrupper minsta n"
    } else {
        ""
    };
    let spec = SPEC.replace("LINKED", line) + extra;
    common::year_dir(
        &tmp.path().join("indicators"),
        2015,
        "2014-11-01",
        false,
        &[("ung.oj", &spec)],
    );
    let mut csv = String::from("lopnr,kommun,sverige,klarat\n");
    let mut n = 0;
    for (kommun, persons) in PERSONS {
        for (sverige, klarat) in *persons {
            n += 1;
            csv.push_str(&format!("{n},{kommun},{sverige},{klarat}\n"));
        }
    }
    let data = tmp.path().join("data");
    common::data_dir(&data, &[("ung.csv", &csv)]);
    let (program, _) = oj::run::load_program(&tmp.path().join("indicators"), 2015)
        .ok()
        .expect("the spec checks");
    oj::run::evaluate_year(program, &data, &oj::run::Without::default())
        .ok()
        .expect("the data reads")
}

fn cell(run: &oj::aggregate::YearRun, unit: &str, id: &str) -> String {
    let r = run
        .rows
        .iter()
        .find(|r| r.unit == unit && r.indicator == id)
        .unwrap_or_else(|| panic!("{unit} {id}"));
    if r.result().is_empty() {
        r.value()
    } else {
        r.result().to_string()
    }
}

#[test]
fn a_total_and_its_subgroups_are_protected_together() {
    let without = run(false);
    // Derivable: 0114's total (60 %, 6 of 10) and Swedish-born (63 %, 5 of 8) published,
    // abroad x: 1 of 2, as anyone with the counts could work out.
    assert_eq!(cell(&without, "0114", "klarat"), "60.0");
    assert_eq!(cell(&without, "0114", "klarat_sverige"), "63.0");
    assert_eq!(cell(&without, "0114", "klarat_utland"), "x");

    let with = run(true);
    assert_eq!(cell(&with, "0114", "klarat"), "60.0");
    assert_eq!(cell(&with, "0114", "klarat_sverige"), "x");
    assert_eq!(cell(&with, "0114", "klarat_utland"), "x");
    let reason = &with
        .rows
        .iter()
        .find(|r| r.unit == "0114" && r.indicator == "klarat_sverige")
        .unwrap()
        .reason;
    assert_eq!(reason, "sekundär sekretess (undergrupper)");
    // Nothing to protect in 0115; the rest of the table as without the rule.
    for id in ["klarat", "klarat_sverige", "klarat_utland"] {
        assert_eq!(cell(&with, "0115", id), cell(&without, "0115", id), "{id}");
    }
    let changed: Vec<String> = with
        .rows
        .iter()
        .zip(&without.rows)
        .filter(|(a, b)| (a.result(), a.value()) != (b.result(), b.value()))
        .map(|(a, _)| format!("{} {} {}", a.level.label(), a.unit, a.indicator))
        .collect();
    assert_eq!(changed, ["enhet 0114 klarat_sverige"]);
    // The rule is stated in the legend and the guide, and refused by the SQL backend.
    let legend = oj::publish::legend::legend(&with.program).join(" ");
    assert!(legend.contains("Länkad sekretess"), "{legend}");
    assert!(oj::sql::register_query(&with.program, "ung", "ung.csv", "units.csv").is_err());
}

#[test]
fn a_retired_subgroup_is_never_published_so_nothing_is_added() {
    // Without the Swedish-born subgroup, 0114's abroad cell (x) cannot be worked out from
    // the total alone: the total stays published.
    let retired = "\nutgår klarat_sverige \"publiceras inte i år\"\n";
    let run = run_with(true, retired);
    assert!(run.program.indicator("klarat_sverige").is_none());
    assert_eq!(cell(&run, "0114", "klarat_utland"), "x");
    assert_eq!(cell(&run, "0114", "klarat"), "60.0");
}
