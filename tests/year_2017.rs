//! The later publications' kinds of indicators, written as a methodologist would from the
//! docs in a 2017 year that inherits 2015 (issue 12): (A) gymnasium by age 20 for the
//! placed, by sex, with a cohort relative to mätår; (B) a second register geography, the
//! jämnåriga published for riket only; (C) a Ja/Nej/Ej aktuellt survey indicator; (D) a
//! survey ratio published for kommuner only; (E) an inherited indicator renamed without
//! restating it; (F) a register indicator over a calendar year relative to mätår. Data
//! are generated here and every figure of A, B and D is checked against a count made
//! here without the engine.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

const SPEC_2017: &str = r#"
källa ung "ung.csv" per person {
    lopnr                heltal
    placerande_kommun    kommun valfri "senast placerande kommun"
    folkbokforingskommun kommun valfri "folkbokföringskommun"
    fodelsear            heltal        "födelseår"
    kon                  flagga        "är kvinna"
    placerad_ak9         flagga        "var placerad hela åk 9"
    gy_examen_ar         heltal valfri "året för gymnasieexamen"
    psykofarmaka         flagga        "hade långvarig förskrivning av två eller fler psykofarmaka"
    placerad_ar          heltal valfri "året för placeringen"
}

# (A) Gymnasieexamen vid 20 års ålder, för kvinnor och män.
indikator gymnasium_20 {
    indikatornamn "Andel unga vuxna {undergrupp} placerade hela åk 9 som fullföljt gymnasiet vid 20 års ålder"
    område "Placerade barns utbildningsnivå"
    typ resultat
    riktning "Högt värde är bra"

    källa ung efter placerande_kommun
    undergrupp _kvinnor "kvinnor" när kon = 1
    undergrupp _man     "män" när kon = 0
    population fodelsear i mätår-22..mätår-19 och placerad_ak9 = 1
    räkna n
    räkna t när gy_examen_ar - fodelsear <= 20
    täljare t
    nämnare n
    värde procent

    exempel { n = 40, t = 30 } => 75
}

# (B) Psykofarmaka bland 15–16-åringar placerade hela åk 9 …
indikator psykofarmaka_placerade {
    indikatornamn "Andel placerade 15–16-åringar med långvarig förskrivning av psykofarmaka"
    område "Placerade barns hälsa"
    typ resultat
    riktning "Lågt värde är bra"

    källa ung efter placerande_kommun
    population mätår - fodelsear i 15..16 och placerad_ak9 = 1
    räkna n
    räkna t när psykofarmaka = 1
    täljare t
    nämnare n
    värde procent

    exempel { n = 40, t = 4 } => 10
}

# … och bland jämnåriga som aldrig placerats, per folkbokföringskommun, för riket.
indikator psykofarmaka_jamnariga {
    indikatornamn "Andel jämnåriga 15–16-åringar med långvarig förskrivning av psykofarmaka"
    område "Placerade barns hälsa"
    typ resultat
    riktning "Lågt värde är bra"
    publiceras riket

    källa ung efter folkbokforingskommun
    population mätår - fodelsear i 15..16 och placerad_ak9 = 0
    räkna n
    räkna t när psykofarmaka = 1
    täljare t
    nämnare n
    värde procent

    exempel { n = 40, t = 2 } => 5
}

# (C) Ja, Nej eller Ej aktuellt.
indikator rutin_ekbist {
    indikatornamn "Rutin för samordning med ekonomiskt bistånd"
    område "Intern samordning i enskilda ärenden"
    typ struktur
    målvärde "Ja"

    fråga b1 = B1_ekbist

    Ja          när b1 = "Ja"
    Nej         när b1 = "Nej"
    Ej aktuellt när b1 = "Ej aktuellt, verksamheterna bedrivs av samma personal och ansvarig chef"

    exempel { b1 = "Ja" } => Ja
}

# (D) En kvot ur enkäten, bara för kommunerna.
indikator socionomer_andel {
    indikatornamn "Andel handläggare med socionomexamen"
    område "Handläggarnas kompetens"
    typ struktur
    riktning "Högt värde är bra"
    publiceras enhet

    fråga f1 = F1_handlaggare
    fråga f2 = F2_socionom

    täljare f2
    nämnare f1
    värde procent

    exempel { f1 = 20, f2 = 15 } => 75
}

# (E) Ett nytt namn, samma regel.
ändra social_jour {
    indikatornamn "Socialjour med socionomer dygnet runt"
}

# (F) Placerade under kalenderåret före mätåret.
indikator placerade_kalenderar {
    indikatornamn "Andel placerade under kalenderåret som klarat gymnasiet"
    område "Placerade barns utbildningsnivå"
    typ resultat
    riktning "Högt värde är bra"
    mätperiod kalenderåret mätår-1
    mått "Placerade under <mätperiod>"

    källa ung efter placerande_kommun
    population placerad_ar = mätår - 1
    räkna n
    räkna t när gy_examen_ar besvarad
    täljare t
    nämnare n
    värde procent

    exempel { n = 10, t = 5 } => 50
}
"#;

struct Person {
    placing: Option<String>,
    living: Option<String>,
    born: i64,
    woman: bool,
    placed: bool,
    exam: Option<i64>,
    drugs: bool,
    placed_year: Option<i64>,
}

#[test]
fn a_2017_year_with_the_later_kinds_of_indicators() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &indicators);
    let dir = indicators.join("2017");
    std::fs::create_dir_all(&dir).unwrap();
    let codebook = std::fs::read_to_string(indicators.join("2015/codebook.yaml"))
        .unwrap()
        .replace("publication_year: 2015", "publication_year: 2017")
        .replace("matdatum: '2014-11-01'", "matdatum: '2016-11-01'");
    std::fs::write(dir.join("codebook.yaml"), codebook).unwrap();
    std::fs::write(
        dir.join("ar.oj"),
        "år 2017 {\n    ärver \"../2015\"\n    kodbok \"codebook.yaml\"\n    mätdatum 2016-11-01\n}\n",
    )
    .unwrap();
    std::fs::write(dir.join("20_senare.oj"), SPEC_2017).unwrap();

    // Data: the example's units and 2015 files, and a generated register `ung`.
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("2017")).unwrap();
    std::fs::copy(root.join("data/example/units.csv"), data.join("units.csv")).unwrap();
    for f in ["survey.csv", "register.csv", "bakgrund.csv"] {
        std::fs::copy(
            root.join("data/example/2015").join(f),
            data.join("2017").join(f),
        )
        .unwrap();
    }
    let units = oj::data::Units::load(&data.join("units.csv")).unwrap();
    let mut kommuner: Vec<String> = units.all.iter().map(|u| u.kommun.clone()).collect();
    kommuner.sort();
    kommuner.dedup();
    let mut x: u64 = 2017;
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    let mut persons = vec![];
    for _ in 0..30_000 {
        let placed = next(3) == 0;
        let k = kommuner[next(kommuner.len() as u64) as usize].clone();
        let born = 1990 + next(12) as i64;
        persons.push(Person {
            placing: placed.then(|| k.clone()),
            living: (next(20) != 0).then(|| kommuner[next(kommuner.len() as u64) as usize].clone()),
            born,
            woman: next(2) == 0,
            placed,
            exam: (next(4) != 0).then(|| born + 17 + next(6) as i64),
            drugs: next(10) == 0,
            placed_year: placed.then(|| 2012 + next(5) as i64),
        });
    }
    let mut csv = String::from(
        "lopnr,placerande_kommun,folkbokforingskommun,fodelsear,kon,placerad_ak9,gy_examen_ar,psykofarmaka,placerad_ar\n",
    );
    let opt = |v: &Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for (i, p) in persons.iter().enumerate() {
        csv.push_str(&format!(
            "{i},{},{},{},{},{},{},{},{}\n",
            p.placing.clone().unwrap_or_default(),
            p.living.clone().unwrap_or_default(),
            p.born,
            u8::from(p.woman),
            u8::from(p.placed),
            opt(&p.exam),
            u8::from(p.drugs),
            opt(&p.placed_year),
        ));
    }
    std::fs::write(data.join("2017/ung.csv"), csv).unwrap();

    let (program, _) = oj::run::load_program(&indicators, 2017)
        .ok()
        .expect("the 2017 files check");
    let without = oj::run::Without {
        previous_survey: true,
        ..Default::default()
    };
    let run = oj::run::evaluate_year(program, &data, &without)
        .ok()
        .expect("the 2017 data reads");
    let value = |unit: &str, id: &str| -> Option<String> {
        run.rows
            .iter()
            .find(|r| r.unit == unit && r.indicator == id)
            .map(|r| {
                if r.result().is_empty() {
                    r.value()
                } else {
                    r.result().to_string()
                }
            })
    };
    let percent = |t: i64, n: i64| format!("{}.0", (200 * t + n) / (2 * n));
    let mätår = 2016;

    // (A), per kommun and sex, and riket: born mätår-22..mätår-19, exam by 20.
    let mut a: BTreeMap<(String, &str), (i64, i64)> = BTreeMap::new();
    for p in persons
        .iter()
        .filter(|p| p.placed && (mätår - 22..=mätår - 19).contains(&p.born))
    {
        let k = p.placing.clone().unwrap();
        let sex = if p.woman { "_kvinnor" } else { "_man" };
        let ok = i64::from(p.exam.is_some_and(|e| e - p.born <= 20));
        for key in [
            (k.clone(), ""),
            (k.clone(), sex),
            ("riket".into(), ""),
            ("riket".into(), sex),
        ] {
            let e = a.entry(key).or_default();
            e.0 += 1;
            e.1 += ok;
        }
    }
    let mut checked = 0;
    for ((unit, sub), (n, t)) in &a {
        let id = format!("gymnasium_20{sub}");
        assert_eq!(value(unit, &id), Some(percent(*t, *n)), "{unit} {id}");
        checked += 1;
    }
    assert!(checked > 500, "A: {checked}");

    // (B): placed 15–16 per placing kommun; jämnåriga 15–16 never placed, riket only,
    // persons with no folkbokföringskommun not counted.
    let mut placed_b: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    let mut peers = (0i64, 0i64);
    for p in persons
        .iter()
        .filter(|p| (15..=16).contains(&(mätår - p.born)))
    {
        if p.placed {
            let e = placed_b.entry(p.placing.clone().unwrap()).or_default();
            e.0 += 1;
            e.1 += i64::from(p.drugs);
        } else if p.living.is_some() {
            peers.0 += 1;
            peers.1 += i64::from(p.drugs);
        }
    }
    for (k, (n, t)) in &placed_b {
        assert_eq!(
            value(k, "psykofarmaka_placerade"),
            Some(percent(*t, *n)),
            "{k}"
        );
    }
    let peer_rows: Vec<_> = run
        .rows
        .iter()
        .filter(|r| r.indicator == "psykofarmaka_jamnariga")
        .collect();
    assert_eq!(peer_rows.len(), 1, "riket only");
    assert_eq!(
        value("riket", "psykofarmaka_jamnariga"),
        Some(percent(peers.1, peers.0))
    );

    // (C): Ja, Nej or Ej aktuellt, as the survey says.
    let mut survey = csv::Reader::from_path(data.join("2017/survey.csv")).unwrap();
    let header: Vec<String> = survey
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (b1, f1, f2) = (col("B1_ekbist"), col("F1_handlaggare"), col("F2_socionom"));
    let mut c_checked = 0;
    let mut d_checked = 0;
    for record in survey.records() {
        let record = record.unwrap();
        let f: Vec<&str> = record.iter().collect();
        let unit = f[0];
        if units.get(unit).is_none() {
            continue;
        }
        let expected_c = match f[b1] {
            "1" => Some("Ja"),
            "2" => Some("Nej"),
            "3" => Some("Ej aktuellt"),
            _ => None,
        };
        if let Some(e) = expected_c {
            assert_eq!(value(unit, "rutin_ekbist").as_deref(), Some(e), "{unit}");
            c_checked += 1;
        }
        // (D): F2 / F1 for each unit with both numbers (decimals with a comma or point).
        // Decimals in thousandths, exactly (the survey has at most two decimals).
        let num = |s: &str| -> Option<i64> {
            let s = s.trim().replace(',', ".");
            let (i, d) = s.split_once('.').unwrap_or((&s, ""));
            if i.is_empty() && d.is_empty() {
                return None;
            }
            let d = format!("{d:0<3}");
            Some(i.parse::<i64>().ok()? * 1000 + d[..3].parse::<i64>().ok()?)
        };
        // A unit whose F1 or F2 failed an error-severity review rule (`krav F2 <= F1` …)
        // is Bortfall, as the methodology says.
        let flagged = run.evaluation.findings.iter().any(|x| {
            x.enhet == unit
                && x.severity == oj::syntax::ast::Severity::Fel
                && x.variables
                    .iter()
                    .any(|v| v == "F1_handlaggare" || v == "F2_socionom")
        });
        if flagged {
            assert_eq!(
                value(unit, "socionomer_andel").as_deref(),
                Some("Bortfall"),
                "{unit}"
            );
            continue;
        }
        if let (Some(n1), Some(n2)) = (num(f[f1]), num(f[f2])) {
            if n1 > 0 && n2 >= 0 {
                // 100 × F2 / F1, whole percent, half away from zero.
                let expected = format!("{}.0", (200 * n2 + n1) / (2 * n1));
                assert_eq!(value(unit, "socionomer_andel"), Some(expected), "{unit}");
                d_checked += 1;
            }
        }
    }
    assert!(
        c_checked > 200 && d_checked > 200,
        "C {c_checked}, D {d_checked}"
    );
    assert!(
        run.rows
            .iter()
            .filter(|r| r.indicator == "socionomer_andel")
            .all(|r| r.level == oj::aggregate::Level::Enhet),
        "D is published for kommuner (enheter) only"
    );

    // (E): the new name, the 2015 rule: the same results as the 2015 definition.
    let jour = run.program.indicator("social_jour").unwrap();
    assert_eq!(
        jour.meta.indikatornamn,
        "Socialjour med socionomer dygnet runt"
    );
    let (p2015, _) = oj::run::load_program(&indicators, 2015).ok().unwrap();
    let d = oj::diff::diff(&p2015, &run.program);
    let change = d
        .indicators
        .iter()
        .find(|(id, _, _)| id == "social_jour")
        .unwrap();
    assert!(
        matches!(change.2, oj::diff::Change::Texts { .. }),
        "{:?}",
        change.2
    );

    // (F): the calendar year before mätår, in the guide.
    let f = run.program.indicator("placerade_kalenderar").unwrap();
    assert_eq!(
        f.meta.matt.as_deref(),
        Some("Placerade under 1 januari 2015–31 december 2015")
    );
    let mut f_counts = (0i64, 0i64);
    for p in persons.iter().filter(|p| p.placed_year == Some(mätår - 1)) {
        f_counts.0 += 1;
        f_counts.1 += i64::from(p.exam.is_some());
    }
    assert_eq!(
        value("riket", "placerade_kalenderar"),
        Some(percent(f_counts.1, f_counts.0))
    );
}
