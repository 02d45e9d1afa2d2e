//! A register whose counts are known by construction: for every kommun and subgroup the
//! test decides how many persons are in each population, how many lack a result and how
//! many are behöriga, writes those persons (plus persons that must not count), runs the
//! engine and checks every published cell, every `x` and every level against figures
//! computed here with integer arithmetic, independently of the engine.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What the test puts in one kommun for one subgroup (born in Sweden or not).
#[derive(Clone, Copy, Default, Debug)]
struct Spec {
    /// Born 1990 (in both populations).
    a: u64,
    /// Born 1995 (only in the grundskola population).
    b: u64,
    /// Of a + b: grundskola result blank.
    m: u64,
    /// Of a + b: behörig to gymnasiet.
    t: u64,
    /// Of a: högskolebehörig.
    g: u64,
}

impl std::ops::Add for Spec {
    type Output = Spec;
    fn add(self, o: Spec) -> Spec {
        Spec {
            a: self.a + o.a,
            b: self.b + o.b,
            m: self.m + o.m,
            t: self.t + o.t,
            g: self.g + o.g,
        }
    }
}

fn spec(rng: &mut oj::generate::Rng) -> Spec {
    let a = rng.next_u64() % 40;
    let b = rng.next_u64() % 20;
    let m = rng.next_u64() % (a + b + 1) / 3;
    let t = rng.next_u64() % (a + b - m + 1);
    // g among the a persons born 1990 (independent of t).
    let g = rng.next_u64() % (a + 1);
    Spec { a, b, m, t, g }
}

/// `round(p / q)` half away from zero, for p, q ≥ 0, q > 0, as results.csv prints it.
fn percent(p: u128, q: u128) -> String {
    format!("{}.0", (2 * p + q) / (2 * q))
}

/// (published value or "x" candidate, unreduced population, täljare) of each indicator.
fn cells(s: Spec) -> [(Option<String>, u64, u64); 2] {
    let n = s.a + s.b;
    // behorig_gy: 100 t / (n − 0.3 m) = 1000 t / (10 n − 3 m)
    let gy = (10 * n > 3 * s.m).then(|| percent(1000 * s.t as u128, (10 * n - 3 * s.m) as u128));
    // hogskolebehorig: nämnare a − 0.3 m a / n = a (10 n − 3 m) / (10 n)
    let hs = (s.a > 0 && 10 * n > 3 * s.m).then(|| {
        percent(
            100 * s.g as u128 * 10 * n as u128,
            s.a as u128 * (10 * n - 3 * s.m) as u128,
        )
    });
    [(gy, n, s.t), (hs, s.a, s.g)]
}

fn suppressed(n: u64, t: u64) -> bool {
    n < 20 || (1..=3).contains(&t) || (1..=3).contains(&(n - t))
}

fn person(out: &mut String, id: &mut u64, kommun: &str, fields: (u32, u8, u8, u8, u8, &str, &str)) {
    let (year, sverige, ak9, pnr, folk, grund, gymn) = fields;
    *id += 1;
    let _ = writeln!(
        out,
        "{id},{year},{sverige},{kommun},{ak9},{pnr},{folk},{grund},{gymn}"
    );
}

#[test]
fn every_cell_of_a_constructed_register() {
    let units = oj::data::Units::load(&manifest().join("data/example/units.csv")).unwrap();
    let mut kommuner: Vec<(String, String)> = units
        .kommuner()
        .map(|u| (u.enhet.clone(), u.lan.clone()))
        .collect();
    kommuner.sort();
    let mut rng = oj::generate::Rng::new(2015);
    // specs[kommun] = [född i Sverige, född utomlands]
    let specs: BTreeMap<String, [Spec; 2]> = kommuner
        .iter()
        .map(|(k, _)| (k.clone(), [spec(&mut rng), spec(&mut rng)]))
        .collect();

    // `person` writes the columns in the order the 2015 `källa register` declares them.
    let header: Vec<String> = common::register_source()
        .columns
        .iter()
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(
        header.join(","),
        "lopnr,fodelsear,fodd_i_sverige,placerande_kommun,placerad_hela_ak9,pnr_ok,folkbokford,grundskola_behorig,gymnasie_hogskolebehorig"
    );
    let mut csv = header.join(",");
    csv.push('\n');
    let mut id = 0;
    for (k, groups) in &specs {
        for (i, s) in groups.iter().enumerate() {
            let sv = if i == 0 { 1 } else { 0 };
            for p in 0..s.a + s.b {
                let year = if p < s.a { 1990 } else { 1995 };
                let grund = if p < s.m {
                    ""
                } else if p < s.m + s.t {
                    "1"
                } else {
                    "0"
                };
                let gymn = if p < s.a && p < s.g { "1" } else { "0" };
                person(&mut csv, &mut id, k, (year, sv, 1, 1, 1, grund, gymn));
            }
            // Persons that must not count anywhere.
            person(&mut csv, &mut id, k, (1987, sv, 1, 1, 1, "1", "1")); // born too early
            person(&mut csv, &mut id, k, (1990, sv, 0, 1, 1, "1", "1")); // not placed all of åk 9
            person(&mut csv, &mut id, k, (1990, sv, 1, 0, 1, "1", "1")); // incomplete pnr
            person(&mut csv, &mut id, k, (1990, sv, 1, 1, 0, "", "")); // no result, not folkbokförd
        }
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    std::fs::create_dir_all(data.join("2015")).unwrap();
    std::fs::copy(
        manifest().join("data/example/units.csv"),
        data.join("units.csv"),
    )
    .unwrap();
    std::fs::copy(
        manifest().join("data/example/2015/survey.csv"),
        data.join("2015/survey.csv"),
    )
    .unwrap();
    std::fs::write(data.join("2015/register.csv"), csv).unwrap();

    let (program, _) = oj::run::load_program(&manifest().join("indicators"), 2015)
        .ok()
        .expect("indicators check");
    // Only the register is constructed: the run says so.
    let without = oj::run::Without {
        previous_survey: true,
        sources: vec!["bakgrund.csv".into()],
    };
    let run = oj::run::evaluate_year(program, data, &without)
        .ok()
        .expect("data load");
    // (level, unit, indicator) → (result, value, numerator, denominator)
    type Key = (String, String, String);
    type Cells = (String, String, String, String);
    let got: BTreeMap<Key, Cells> = run
        .rows
        .iter()
        .map(|r| {
            (
                (
                    r.level.label().to_string(),
                    r.unit.clone(),
                    r.indicator.clone(),
                ),
                (
                    r.result().to_string(),
                    r.value(),
                    r.numerator(),
                    r.denominator(),
                ),
            )
        })
        .collect();

    let indicators = [("behorig_gy", 0), ("hogskolebehorig", 1)];
    type Select = fn(&[Spec; 2]) -> Spec;
    let subgroups: [(&str, Select); 3] = [
        ("", |g| g[0] + g[1]),
        ("_sverige", |g| g[0]),
        ("_utland", |g| g[1]),
    ];
    let mut checked = 0;
    let mut secondary = 0;
    for (base, which) in indicators {
        for (suffix, pick) in subgroups {
            let id = format!("{base}{suffix}");
            // Expected per kommun, before and after the secondary suppression.
            let mut lan_members: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            let mut kommun_cell: BTreeMap<&str, (Option<String>, u64, bool)> = BTreeMap::new();
            for (k, lan) in &kommuner {
                let (v, n, t) = cells(pick(&specs[k]))[which].clone();
                kommun_cell.insert(k, (v, n, suppressed(n, t)));
                lan_members.entry(lan).or_default().push(k);
            }
            let mut lan_cell: BTreeMap<&str, (Option<String>, bool)> = BTreeMap::new();
            for (lan, members) in &lan_members {
                let total = members
                    .iter()
                    .map(|k| pick(&specs[*k]))
                    .fold(Spec::default(), |a, b| a + b);
                let (v, n, t) = cells(total)[which].clone();
                lan_cell.insert(lan, (v, suppressed(n, t)));
            }
            for (lan, members) in &lan_members {
                let x: Vec<&&str> = members.iter().filter(|k| kommun_cell[**k].2).collect();
                if lan_cell[lan].1 || x.len() != 1 {
                    continue;
                }
                let smallest = members
                    .iter()
                    .filter(|k| !kommun_cell[**k].2)
                    .min_by_key(|k| (kommun_cell[**k].1, **k));
                secondary += 1;
                match smallest {
                    Some(k) => kommun_cell.get_mut(*k).unwrap().2 = true,
                    None => lan_cell.get_mut(lan).unwrap().1 = true,
                }
            }
            let riket = specs.values().map(pick).fold(Spec::default(), |a, b| a + b);
            let (rv, rn, rt) = cells(riket)[which].clone();
            let expect = |level: &str, unit: &str, value: &Option<String>, x: bool| {
                let g = got
                    .get(&(level.to_string(), unit.to_string(), id.clone()))
                    .unwrap_or_else(|| panic!("no row for {level} {unit} {id}"));
                let want = if x {
                    ("x".to_string(), String::new())
                } else {
                    (
                        String::new(),
                        value.clone().expect("published cells have a value"),
                    )
                };
                assert_eq!((&g.0, &g.1), (&want.0, &want.1), "{level} {unit} {id}");
                assert!(
                    g.2.is_empty() && g.3.is_empty(),
                    "{level} {unit} {id}: counts published"
                );
            };
            for (k, (v, _, x)) in &kommun_cell {
                expect("enhet", k, v, *x);
                checked += 1;
            }
            for (lan, (v, x)) in &lan_cell {
                expect("lan", lan, v, *x);
                checked += 1;
            }
            expect("riket", "riket", &rv, suppressed(rn, rt));
            checked += 1;
        }
    }
    assert_eq!(checked, 6 * (kommuner.len() + 21 + 1));
    assert!(
        secondary > 0,
        "the constructed data should exercise secondary suppression"
    );
}
