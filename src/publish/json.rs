//! results.json for web publication: the facts of results.csv nested by indicator (with
//! its metadata), then level, then unit. Keys are sorted, so the file is deterministic.

use crate::aggregate::{AggNumber, YearRun};
use serde_json::{json, Map, Value};

pub fn results_json(run: &YearRun) -> Vec<u8> {
    let mut indicators = vec![];
    for ind in &run.program.indicators {
        let m = &ind.meta;
        let mut levels: Map<String, Value> = Map::new();
        for r in run.rows.iter().filter(|r| r.indicator == ind.id) {
            let level = levels
                .entry(r.level.label().to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            let mut cell = Map::new();
            let mut text = |k: &str, v: String| {
                if !v.is_empty() {
                    cell.insert(k.to_string(), Value::String(v));
                }
            };
            text("result", r.result().to_string());
            text("reason", r.reason.clone());
            // Numbers as JSON numbers: the double nearest the published decimal, which
            // JSON writes back with the same digits (`28.5`, `4.8`).
            if let Some((v, _)) = r.rounded() {
                cell.insert("value".into(), number(&v));
            }
            for (k, n) in [("numerator", &r.numerator), ("denominator", &r.denominator)] {
                match n {
                    AggNumber::Count(c) => {
                        cell.insert(k.into(), Value::from(*c));
                    }
                    AggNumber::Sum(x) => {
                        cell.insert(k.into(), number(x));
                    }
                    AggNumber::None => {}
                }
            }
            level
                .as_object_mut()
                .expect("an object")
                .insert(r.unit.clone(), Value::Object(cell));
        }
        indicators.push(json!({
            "id": ind.id,
            "metadata": {
                "indikatornamn": m.indikatornamn,
                "kortnamn": m.kortnamn,
                "område": m.omrade,
                "kvalitetsområde": m.kvalitetsomrade,
                "typ": m.typ,
                "målvärde": m.malvarde,
                "riktning": m.riktning,
                "mätdatum": super::about::matdatum(&run.program, ind).map(|d| d.to_string()),
                "mätperiod": m.matperiod.map(|(a, b)| format!("{a}..{b}")),
                "mått": m.matt,
                "syfte": m.syfte,
                "teknisk_beskrivning": m.teknisk_beskrivning,
                "publiceras": ind.levels.iter().map(|l| l.keyword()).collect::<Vec<_>>(),
            },
            "results": levels,
        }));
    }
    let doc = json!({
        "year": run.program.year,
        "teckenförklaring": super::legend::legend(&run.program),
        "mätdatum": run.program.matdatum.to_string(),
        "indicators": indicators,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("json");
    s.push('\n');
    s.into_bytes()
}

fn number(x: &crate::num::Num) -> Value {
    match crate::num::as_integer(x) {
        Some(i) => Value::from(i),
        None => serde_json::Number::from_f64(crate::num::to_f64(x))
            .map(Value::Number)
            .unwrap_or(Value::Null),
    }
}
