//! `oj publish`: results.xlsx read back with calamine and every cell of every area sheet
//! checked against results.csv; the workbook and the JSON are byte-identical across runs;
//! results.json holds every row of results.csv.

mod common;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use oj::aggregate::Level;
use oj::publish::xlsx::{areas, cell, sheet_units, CellValue};
use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

fn run() -> oj::run::YearRun {
    let _root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::example_run(2015).0
}

#[test]
fn every_workbook_cell_is_the_results_csv_row() {
    let run = run();
    let bytes = oj::publish::xlsx::workbook(&run).unwrap();
    assert_eq!(
        bytes,
        oj::publish::xlsx::workbook(&run).unwrap(),
        "byte-identical"
    );
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names().to_vec();
    let rows: BTreeMap<(Level, &str, &str), &oj::aggregate::Row> = run
        .rows
        .iter()
        .map(|r| ((r.level, r.unit.as_str(), r.indicator.as_str()), r))
        .collect();
    let mut checked = 0;
    for (i, (area, inds)) in areas(&run).iter().enumerate() {
        let range = wb.worksheet_range(&names[i]).unwrap();
        let get = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
        assert_eq!(
            get(0, 0),
            Data::String(format!("Öppna jämförelser 2015: {area}"))
        );
        let per_kommun = inds
            .iter()
            .all(|i| matches!(i.kind, oj::ir::Kind::Source(_)));
        for (r, (level, code, name)) in sheet_units(&run, per_kommun).iter().enumerate() {
            let row = 4 + r as u32;
            assert_eq!(get(row, 0), Data::String(code.clone()));
            assert_eq!(get(row, 1), Data::String(name.clone()));
            for (c, ind) in inds.iter().enumerate() {
                let result = rows[&(*level, code.as_str(), ind.id.as_str())];
                let got = get(row, 2 + c as u32);
                let ok = match (cell(ind, result), &got) {
                    (CellValue::Text(t), Data::String(s)) => t == *s,
                    (CellValue::Number(v, _), Data::Float(f)) => (v - f).abs() < 1e-9,
                    (CellValue::Blank, Data::Empty) => true,
                    _ => false,
                };
                assert!(
                    ok,
                    "{area}: {code} {}: sheet {got:?}, results.csv {:?} {:?}",
                    ind.id,
                    result.result(),
                    result.value()
                );
                // And the number is the published figure: 86 % is 0.86.
                if let Data::Float(f) = got {
                    let value: f64 = result.value().parse().unwrap();
                    let shown = if matches!(cell(ind, result), CellValue::Number(_, f) if f.ends_with('%'))
                    {
                        f * 100.0
                    } else {
                        f
                    };
                    assert!((shown - value).abs() < 1e-9, "{code} {}", ind.id);
                }
                checked += 1;
            }
        }
    }
    // Every enhet, län and riket row of results.csv that an area sheet shows.
    let shown = run
        .rows
        .iter()
        .filter(|r| matches!(r.level, Level::Enhet | Level::Lan | Level::Riket))
        .count();
    assert_eq!(checked, shown);
    assert!(
        names.contains(&"Svarsfrekvens".to_string())
            && names.contains(&"Om indikatorerna".to_string())
    );
    // "Om indikatorerna": the guide's sections down the sheet, a row per paragraph of
    // each field, the id on every row. Read back, each indicator's rows say what the
    // guide says: its table, its questions and Beräkning, in that order.
    let meta = wb.worksheet_range("Om indikatorerna").unwrap();
    let get = |r: usize, c: usize| {
        meta.get_value((r as u32, c as u32))
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    assert_eq!(
        (get(0, 0), get(0, 1), get(0, 2)),
        ("Id".into(), "Uppgift".into(), "Text".into())
    );
    let mut by_id: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut order = vec![];
    for r in 1..meta.height() {
        let id = get(r, 0);
        if !by_id.contains_key(&id) {
            order.push(id.clone());
        }
        by_id.entry(id).or_default().push((get(r, 1), get(r, 2)));
    }
    let sections = oj::publish::about::sections(&run.program);
    let ids: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();
    assert_eq!(order, ids, "every indicator once, in publication order");
    assert_eq!(order[0], "foraldrar_oppenvard");
    for sec in &sections {
        let mut expected: Vec<(String, String)> = vec![];
        let mut field = |name: &str, text: &str| {
            for p in text.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
                expected.push((name.to_string(), p.to_string()));
            }
        };
        for (k, v) in &sec.table {
            field(k, v);
        }
        for (id, text, options) in &sec.questions {
            field(
                "Fråga",
                &oj::publish::about::Section::question_line(id, text, options),
            );
        }
        field("Beräkning", &sec.computation.join("\n"));
        assert_eq!(by_id[&sec.id], expected, "{}", sec.id);
    }
    let fields: Vec<&String> = by_id["foraldrar_oppenvard"]
        .iter()
        .map(|(f, _)| f)
        .collect();
    for f in [
        "Indikatornamn",
        "Syfte",
        "Redovisningsnivå",
        "Fråga",
        "Beräkning",
    ] {
        assert!(fields.iter().any(|g| *g == f), "no {f} row");
    }
}

#[test]
fn json_holds_every_row() {
    let run = run();
    let bytes = oj::publish::json::results_json(&run);
    assert_eq!(bytes, oj::publish::json::results_json(&run));
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let legend = doc["teckenförklaring"].as_array().unwrap();
    assert_eq!(
        legend.len(),
        oj::publish::legend::legend(&run.program).len()
    );
    let indicators = doc["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), run.program.indicators.len());
    let mut n = 0;
    for r in &run.rows {
        let ind = indicators
            .iter()
            .find(|i| i["id"] == r.indicator.as_str())
            .unwrap();
        let cell = &ind["results"][r.level.label()][&r.unit];
        assert!(
            cell.is_object(),
            "{} {} {}",
            r.level.label(),
            r.unit,
            r.indicator
        );
        if !r.result().is_empty() {
            assert_eq!(cell["result"], r.result(), "{} {}", r.unit, r.indicator);
        }
        // Numbers are JSON numbers, the same as results.csv's decimals.
        for (k, v) in [
            ("value", r.value()),
            ("numerator", r.numerator()),
            ("denominator", r.denominator()),
        ] {
            if v.is_empty() {
                assert!(cell.get(k).is_none(), "{} {} {k}", r.unit, r.indicator);
            } else {
                let n = cell[k]
                    .as_f64()
                    .unwrap_or_else(|| panic!("{k} is a number: {cell}"));
                assert_eq!(
                    n,
                    v.parse::<f64>().unwrap(),
                    "{} {} {k}",
                    r.unit,
                    r.indicator
                );
            }
        }
        n += 1;
    }
    assert_eq!(n, run.rows.len());
}

#[test]
fn comparable_indicators_of_several_years() {
    let _root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run_of = |year| common::example_run(year).0;
    let (r14, r15) = (run_of(2014), run_of(2015));
    // Comparable: the indicators oj diff finds unchanged (38 for 2014 → 2015).
    let ids = oj::publish::xlsx::comparable(&[&r14, &r15]);
    assert_eq!(ids.len(), 38);
    assert!(
        ids.contains(&"social_jour".to_string()) && !ids.contains(&"arbetsledning".to_string())
    );
    let bytes = oj::publish::xlsx::workbook_with_series(&r15, &[&r14]).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = wb.worksheet_range("Jämförbara indikatorer").unwrap();
    assert_eq!(sheet.width(), 2 + 2 * ids.len());
    // The riket row: social_jour 2014 and 2015 as in each year's results.
    let riket = (0..sheet.height() as u32)
        .find(|r| sheet.get_value((*r, 0)) == Some(&Data::String("riket".into())))
        .unwrap();
    let col = 2 + 2 * ids.iter().position(|i| i == "social_jour").unwrap() as u32;
    for (k, run) in [&r14, &r15].iter().enumerate() {
        let want: f64 = run
            .rows
            .iter()
            .find(|r| r.level == Level::Riket && r.indicator == "social_jour")
            .unwrap()
            .value()
            .parse()
            .unwrap();
        assert_eq!(
            sheet.get_value((riket, col + k as u32)),
            Some(&Data::Float(want / 100.0))
        );
    }
}
