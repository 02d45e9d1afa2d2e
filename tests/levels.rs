//! `publiceras`: an indicator published at some levels only. Every output follows:
//! results.csv (and so `oj verify`), the workbook (`..` where a level is not published),
//! results.json, the guide, the legend, the report, `oj explain` and the SQL backend.

mod common;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use oj::aggregate::Level;
use std::io::Cursor;

/// The 2015 run of the example data with `extra` added as a file of the year.
fn run_with(extra: &str) -> oj::aggregate::YearRun {
    common::edited_run(|dir| std::fs::write(dir.join("2015/zz_levels.oj"), extra).unwrap())
}

const LEVELS: &str = "\
ändra social_jour { publiceras enhet }
ändra behorig_gy { publiceras riket }
";

#[test]
fn only_the_published_levels_are_in_any_output() {
    let plain = run_with("");
    let run = run_with(LEVELS);
    let levels = |run: &oj::aggregate::YearRun, id: &str| {
        let mut ls: Vec<Level> = run
            .rows
            .iter()
            .filter(|r| r.indicator == id)
            .map(|r| r.level)
            .collect();
        ls.dedup();
        ls
    };
    assert_eq!(levels(&run, "social_jour"), [Level::Enhet]);
    // The subgroups of a family of subgroups follow their indicator.
    for id in ["behorig_gy", "behorig_gy_sverige", "behorig_gy_utland"] {
        assert_eq!(levels(&run, id), [Level::Riket], "{id}");
    }
    // Everything else, and the published rows of these two, exactly as before.
    let kept: Vec<_> = plain
        .rows
        .iter()
        .filter(|r| {
            let hidden_jour = r.indicator == "social_jour" && r.level != Level::Enhet;
            let hidden_gy = r.indicator.starts_with("behorig_gy") && r.level != Level::Riket;
            !hidden_jour && !hidden_gy
        })
        .map(|r| {
            (
                r.level,
                r.unit.clone(),
                r.indicator.clone(),
                r.result().to_string(),
                r.value(),
            )
        })
        .collect();
    let now: Vec<_> = run
        .rows
        .iter()
        .map(|r| {
            (
                r.level,
                r.unit.clone(),
                r.indicator.clone(),
                r.result().to_string(),
                r.value(),
            )
        })
        .collect();
    assert_eq!(now, kept);

    // The workbook: `..` in the län and riket rows of social_jour, and a legend for it.
    let bytes = oj::publish::xlsx::workbook(&run).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let jour = run.program.indicator("social_jour").unwrap();
    let title = jour
        .meta
        .kortnamn
        .clone()
        .unwrap_or(jour.meta.indikatornamn.clone());
    // The sheet of social_jour's area: the one with its column.
    let (rows, header, col) = wb
        .sheet_names()
        .iter()
        .find_map(|name| {
            let rows: Vec<Vec<String>> = wb
                .worksheet_range(name)
                .unwrap()
                .rows()
                .map(|r| r.iter().map(Data::to_string).collect())
                .collect();
            let header = rows
                .iter()
                .position(|r| r.first().is_some_and(|c| c == "Kod"))?;
            let col = rows[header].iter().position(|c| *c == title)?;
            Some((rows, header, col))
        })
        .expect("a sheet with a social_jour column");
    assert!(header > 1);
    let riket = rows.iter().find(|r| r[0] == "riket").expect("a riket row");
    assert_eq!(riket[col], "..");
    let lan = rows.iter().find(|r| r[0] == "01").expect("a län row");
    assert_eq!(lan[col], "..");
    let unit = rows.iter().find(|r| r[0] == "0114").unwrap();
    let published = run
        .rows
        .iter()
        .find(|r| r.unit == "0114" && r.indicator == "social_jour")
        .unwrap();
    assert_eq!(unit[col], published.result());
    // The sheet's legend names its own indicator (by name) and no other area's.
    assert!(
        rows[1][0].ends_with(".. = redovisas inte på denna nivå (Social jourverksamhet)."),
        "{}",
        rows[1][0]
    );

    // results.json, the guide, explain.
    let json: serde_json::Value =
        serde_json::from_slice(&oj::publish::json::results_json(&run)).unwrap();
    let ind = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "social_jour")
        .unwrap();
    assert_eq!(ind["metadata"]["publiceras"], serde_json::json!(["enhet"]));
    assert!(ind["results"].get("lan").is_none() && ind["results"].get("riket").is_none());
    let guide = oj::guide::markdown(&run.program);
    assert!(guide.contains("| Redovisningsnivå | Kommun eller stadsdel |"));
    assert!(guide.contains("| Redovisningsnivå | Riket |"));
    let sources = oj::source::Sources::default();
    let text = oj::explain::explain(&run, &sources, "behorig_gy", "0114");
    let text = text.unwrap();
    assert!(
        text.contains("Publiceras inte för enheten: indikatorn redovisas per riket"),
        "{text}"
    );

    // The SQL backend selects only the published levels.
    let sql =
        oj::sql::register_query(&run.program, "register", "register.csv", "units.csv").unwrap();
    assert!(
        sql.contains("(indicator = 'behorig_gy' AND level IN ('riket'))"),
        "{sql}"
    );
}
