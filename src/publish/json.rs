//! results.json for web publication: the facts of results.csv nested by indicator (with
//! its metadata), then level, then unit. Keys are sorted, so the file is deterministic.

use crate::aggregate::YearRun;
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
            for (k, v) in [
                ("result", r.result().to_string()),
                ("value", r.value()),
                ("numerator", r.numerator()),
                ("denominator", r.denominator()),
                ("reason", r.reason.clone()),
            ] {
                if !v.is_empty() {
                    cell.insert(k.to_string(), Value::String(v));
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
                "mätdatum": m.matdatum.unwrap_or(run.program.matdatum).to_string(),
                "mätperiod": m.matperiod.map(|(a, b)| format!("{a}..{b}")),
                "mått": m.matt,
                "syfte": m.syfte,
                "teknisk_beskrivning": m.teknisk_beskrivning,
            },
            "results": levels,
        }));
    }
    let doc = json!({
        "year": run.program.year,
        "mätdatum": run.program.matdatum.to_string(),
        "indicators": indicators,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("json");
    s.push('\n');
    s.into_bytes()
}
