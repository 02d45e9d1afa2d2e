//! `oj site`: the web comparison tool as a static site generated from the same run as
//! the workbook: `index.html`, `style.css` and `app.js` (the front end in `site/`, plain
//! HTML, CSS and JavaScript) beside `data.js`, the run's figures, legend and guide texts
//! as one `window.OJ_DATA = {…};` (a script, not JSON fetched, so the site works from
//! `file://`), and the downloads results.csv and results.xlsx. The contract of `data.js`
//! is written down in site/README.md.

use crate::aggregate::{Level, YearRun};
use crate::ir::{Kind, Scale};
use serde_json::{json, Map, Value};

/// The front end, compiled into the binary so that `oj site` needs no files beside it.
pub const ASSETS: [(&str, &str); 3] = [
    ("index.html", include_str!("../site/index.html")),
    ("style.css", include_str!("../site/style.css")),
    ("app.js", include_str!("../site/app.js")),
];

/// `data.js` for `run`, with the figures of the `earlier` years for every indicator whose
/// definition is the same in all of them (`oj diff`'s comparison, as the workbook's
/// comparable-indicators sheet).
pub fn data_js(run: &YearRun, earlier: &[&YearRun]) -> String {
    let program = &run.program;
    let units: Vec<Value> = run
        .units
        .reporting()
        .map(|u| {
            json!({
                "code": u.enhet,
                "name": u.namn,
                "type": match u.kind {
                    crate::data::units::UnitKind::Kommun => "kommun",
                    crate::data::units::UnitKind::Stadsdel => "stadsdel",
                },
                "kommun": u.kommun,
                "lan": u.lan,
                "befolkningsgrupp": u.befolkningsgrupp,
                "kommungrupp": u.kommungrupp,
            })
        })
        .collect();
    let mut lan: Vec<(String, String)> = run
        .units
        .all
        .iter()
        .map(|u| (u.lan.clone(), u.lansnamn.clone()))
        .collect();
    lan.sort();
    lan.dedup();
    let areas: Vec<Value> = crate::publish::xlsx::areas(run)
        .into_iter()
        .map(|(name, inds)| {
            json!({
                "name": name,
                "indicators": inds.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let sections = crate::publish::about::sections(program);
    let mut indicators = Map::new();
    for (ind, sec) in program.indicators.iter().zip(&sections) {
        let (kind, unit, per_kommun) = match &ind.kind {
            Kind::Classification => ("classification", Value::Null, false),
            Kind::Measure(m) => ("measure", scale(m.scale), false),
            Kind::Source(m) => ("source", scale(m.scale), true),
        };
        // The guide's table without the name, which is the heading already.
        let guide: Vec<Value> = sec
            .table
            .iter()
            .filter(|(k, _)| *k != "Indikatornamn")
            .map(|(k, v)| json!([k, v]))
            .collect();
        indicators.insert(
            ind.id.clone(),
            json!({
                "name": ind.meta.indikatornamn,
                "short": ind.short_name(),
                "area": ind.meta.omrade,
                "kind": kind,
                "unit": unit,
                "decimals": ind.decimals(),
                "perKommun": per_kommun,
                "guide": guide,
                "computation": sec.computation,
            }),
        );
    }
    let mut series = Map::new();
    if !earlier.is_empty() {
        let mut runs: Vec<&YearRun> = earlier.to_vec();
        runs.push(run);
        runs.sort_by_key(|r| r.program.year);
        for id in crate::publish::xlsx::comparable(&runs) {
            let mut years = Map::new();
            for r in runs.iter().filter(|r| r.program.year != program.year) {
                years.insert(r.program.year.to_string(), results_of(r, &id));
            }
            series.insert(id, Value::Object(years));
        }
    }
    let mut results = Map::new();
    for ind in &program.indicators {
        results.insert(ind.id.clone(), results_of(run, &ind.id));
    }
    let doc = json!({
        "year": program.year,
        "title": format!("Öppna jämförelser {}: social barn- och ungdomsvård", program.year),
        "matdatum": program.matdatum.swedish(),
        "legend": crate::publish::legend::legend(program),
        "units": units,
        "lan": lan.iter().map(|(code, name)| json!({"code": code, "name": name})).collect::<Vec<_>>(),
        "areas": areas,
        "indicators": indicators,
        "results": results,
        "series": series,
        "downloads": ["results.csv", "results.xlsx"],
    });
    // One line of JSON: a few hundred kB, read once by the browser.
    format!("window.OJ_DATA = {};\n", doc)
}

fn scale(s: Scale) -> Value {
    match s {
        Scale::Percent => json!("procent"),
        Scale::Ratio => json!("kvot"),
    }
}

/// An indicator's published cells, `level → unit → [result, value]`, exactly as
/// results.csv has them.
fn results_of(run: &YearRun, id: &str) -> Value {
    let mut levels = Map::new();
    for r in run.rows.iter().filter(|r| r.indicator == id) {
        let level = levels
            .entry(level_key(r.level))
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(m) = level {
            m.insert(r.unit.clone(), json!([r.result(), r.value()]));
        }
    }
    Value::Object(levels)
}

fn level_key(l: Level) -> String {
    l.label().to_string()
}
