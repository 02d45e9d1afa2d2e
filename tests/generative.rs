//! Generative tests (proptest): random survey data, with valid and invalid codes, blanks,
//! Vet ej, decimal commas, text and absurd numbers, for a random subset of responding
//! units. Whatever the answers: no panic; every reporting unit has exactly one row per
//! survey indicator, with a result or a reason; and every aggregate equals the sum of
//! its parts (the Ja count and eligible count of a län are those of its units, riket's
//! the sum over län; pooled täljare and nämnare likewise).

use oj::ir::{Kind, Program};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn program() -> &'static Program {
    static P: OnceLock<Program> = OnceLock::new();
    P.get_or_init(|| {
        oj::run::load_program(&root().join("indicators"), 2015)
            .ok()
            .expect("indicators check")
            .0
    })
}

fn units() -> &'static oj::data::Units {
    static U: OnceLock<oj::data::Units> = OnceLock::new();
    U.get_or_init(|| oj::data::Units::load(&root().join("data/example/units.csv")).unwrap())
}

/// A survey of the 2015 codebook: each reporting unit responds with probability
/// `respond`/100, and each cell is valid with probability `valid`/100.
fn survey_csv(seed: u64, respond: u64, valid: u64) -> String {
    let codebook = &program().codebook;
    let mut rng = oj::generate::Rng::new(seed);
    let mut out = String::from("enhet");
    for v in &codebook.variables {
        out.push(',');
        out.push_str(&v.id);
    }
    out.push('\n');
    for u in units().reporting() {
        if rng.below(100) >= respond {
            continue;
        }
        out.push_str(&u.enhet);
        for v in &codebook.variables {
            out.push(',');
            let cell = if rng.below(100) < valid {
                match (&v.values, v.ty) {
                    (Some(vs), _) => {
                        let codes: Vec<i64> = vs.values.iter().map(|(c, _)| *c).collect();
                        codes[rng.below(codes.len() as u64) as usize].to_string()
                    }
                    (None, oj::codebook::VarType::Number) => match rng.below(4) {
                        0 => "\"12,5\"".into(),
                        1 => "-9".into(),
                        _ => rng.below(80).to_string(),
                    },
                    _ => "fritext".into(),
                }
            } else {
                ["", "", "99", "abc", "-3", "1e400", "NaN", " 1 ", "0"][rng.below(9) as usize]
                    .to_string()
            };
            out.push_str(&cell);
        }
        out.push('\n');
    }
    out
}

fn rows_of(csv: &str) -> Option<Vec<oj::aggregate::Row>> {
    let path = Path::new("survey.csv");
    let table = oj::data::table::parse(path, csv.as_bytes()).ok()?;
    let survey = oj::data::Survey::from_table(path, &table, &program().codebook, units())
        .unwrap_or_else(|d| panic!("a well-formed survey is rejected: {}", d.message));
    let eval = oj::eval::evaluate(program(), units(), &survey, None);
    Some(oj::aggregate::table::rows(program(), units(), &eval))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn every_unit_once_and_aggregates_add_up(seed in any::<u64>(), respond in 1u64..100, valid in 0u64..100) {
        let csv = survey_csv(seed, respond, valid);
        // A survey where nobody responded has no rows: a structural error, not a panic.
        let Some(rows) = rows_of(&csv) else { return Ok(()); };
        let survey_indicators: Vec<&oj::ir::Indicator> = program()
            .indicators
            .iter()
            .filter(|i| !matches!(i.kind, Kind::Source(_)))
            .collect();
        let reporting: Vec<&str> = units().reporting().map(|u| u.enhet.as_str()).collect();
        // Every reporting unit exactly once per survey indicator, with a result or reason.
        let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for r in rows.iter().filter(|r| r.level == oj::aggregate::Level::Enhet) {
            *seen.entry((r.unit.as_str(), r.indicator.as_str())).or_default() += 1;
            prop_assert!(!r.result().is_empty() || !r.value().is_empty(), "{} {} empty", r.unit, r.indicator);
            if r.result() == "Bortfall" {
                prop_assert!(!r.reason.is_empty(), "{} {} Bortfall without reason", r.unit, r.indicator);
            }
        }
        for ind in &survey_indicators {
            for u in &reporting {
                prop_assert_eq!(seen.get(&(*u, ind.id.as_str())).copied(), Some(1), "{} {}", u, ind.id);
            }
        }
        // Aggregates: a län is the sum of its units, riket the sum of the län.
        for ind in survey_indicators.iter().filter(|i| matches!(i.kind, Kind::Classification)) {
            let mut by_lan: BTreeMap<String, (u64, u64)> = BTreeMap::new();
            for r in rows.iter().filter(|r| r.level == oj::aggregate::Level::Enhet && r.indicator == ind.id) {
                let lan = units().get(&r.unit).unwrap().lan.clone();
                let e = by_lan.entry(lan).or_default();
                match r.result() {
                    "Ja" => { e.0 += 1; e.1 += 1; }
                    "Delvis" | "Nej" => e.1 += 1,
                    _ => {}
                }
            }
            let (mut ja, mut n) = (0, 0);
            for r in rows.iter().filter(|r| r.level == oj::aggregate::Level::Lan && r.indicator == ind.id) {
                let (j, d) = by_lan.get(&r.unit).copied().unwrap_or_default();
                prop_assert_eq!(&r.numerator(), &j.to_string(), "{} län {}", ind.id, r.unit);
                prop_assert_eq!(&r.denominator(), &d.to_string(), "{} län {}", ind.id, r.unit);
                ja += j;
                n += d;
            }
            let riket = rows.iter().find(|r| r.level == oj::aggregate::Level::Riket && r.indicator == ind.id).unwrap();
            prop_assert_eq!(&riket.numerator(), &ja.to_string());
            prop_assert_eq!(&riket.denominator(), &n.to_string());
        }
        for ind in survey_indicators.iter().filter(|i| matches!(i.kind, Kind::Measure(_)) && i.aggregation == oj::ir::Aggregation::Poolad) {
            let sum = |level: oj::aggregate::Level, pick: fn(&oj::aggregate::Row) -> String| {
                rows.iter()
                    .filter(|r| r.level == level && r.indicator == ind.id && !r.numerator().is_empty())
                    .map(|r| oj::num::parse_decimal(&pick(r)).unwrap())
                    .fold(oj::num::int(0), |a, b| a + b)
            };
            let riket = rows.iter().find(|r| r.level == oj::aggregate::Level::Riket && r.indicator == ind.id).unwrap();
            if !riket.numerator().is_empty() {
                prop_assert_eq!(oj::num::parse_decimal(&riket.numerator()).unwrap(), sum(oj::aggregate::Level::Enhet, |r| r.numerator()));
                prop_assert_eq!(oj::num::parse_decimal(&riket.denominator()).unwrap(), sum(oj::aggregate::Level::Enhet, |r| r.denominator()));
            }
        }
    }
}
