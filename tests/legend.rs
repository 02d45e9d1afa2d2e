//! Every published sentence that states a rule comes from the spec: change the
//! suppression thresholds in a copy of the indicator files and the guide, the workbook,
//! the report and results.json all say the new numbers, and none the old.

mod common;

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use std::io::Cursor;

/// A YearRun of 2015 on the example data, from indicator files edited by `edit`.
fn run_with(edit: impl Fn(&str) -> String) -> oj::aggregate::YearRun {
    common::edited_run(|dir| {
        let file = dir.join("2015/13_register.oj");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, edit(&text)).unwrap();
    })
}

/// Every text a reader sees a rule in: guide (Markdown and HTML), the workbook's cells,
/// the report, results.json.
fn outputs(run: &oj::aggregate::YearRun) -> Vec<(&'static str, String)> {
    let program = &run.program;
    let bytes = oj::publish::xlsx::workbook(run).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut cells = String::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        for c in range.used_cells() {
            cells.push_str(&c.2.to_string());
            cells.push('\n');
        }
    }
    let units = oj::report::units(run, &["0114".into()], &["riket".into()]).unwrap();
    vec![
        ("guide.md", oj::guide::markdown(program)),
        ("guide.html", oj::guide::html(program)),
        ("results.xlsx", cells),
        ("report.html", oj::report::html(run, &units).unwrap()),
        (
            "results.json",
            String::from_utf8(oj::publish::json::results_json(run)).unwrap(),
        ),
    ]
}

/// The text without its `exempel` (they state the shipped thresholds and would fail
/// under new ones): from each `exempel` line to the line with its `=>`.
fn without_examples(t: &str) -> String {
    let mut out = vec![];
    let mut skipping = false;
    for l in t.lines() {
        if l.trim_start().starts_with("exempel") {
            skipping = true;
        }
        if !skipping {
            out.push(l);
        }
        if skipping && l.contains("=>") {
            skipping = false;
        }
    }
    out.join("\n")
}

#[test]
fn the_legend_follows_the_spec_in_every_output() {
    let as_shipped = run_with(|t| t.to_string());
    let original = "populationen är färre än 20 personer, täljaren är 1–3 personer eller \
                    populationen minus täljaren är 1–3 personer";
    for (name, text) in outputs(&as_shipped) {
        assert!(text.contains(original), "{name} states the shipped rule");
        assert!(
            text.contains("Tom cell = bortfall"),
            "{name} explains a blank"
        );
        assert!(
            text.contains("Sekundär sekretess"),
            "{name} states secondary suppression"
        );
    }

    let edited = run_with(|t| {
        let n = t
            .matches("sekretess när n < 20 eller t i 1..3 eller n - t i 1..3")
            .count();
        assert_eq!(n, 2, "both register indicators state the rule");
        without_examples(&t.replace(
            "sekretess när n < 20 eller t i 1..3 eller n - t i 1..3",
            "sekretess när n < 25 eller t i 1..4 eller n - t i 1..4",
        ))
    });
    let changed = "populationen är färre än 25 personer, täljaren är 1–4 personer eller \
                   populationen minus täljaren är 1–4 personer";
    for (name, text) in outputs(&edited) {
        assert!(text.contains(changed), "{name} states the edited rule");
        assert!(!text.contains(original), "{name} still states the old rule");
        assert!(
            !text.contains("färre än 20"),
            "{name} still says 20 somewhere"
        );
    }
}

#[test]
fn indicators_with_different_rules_are_named() {
    // One register indicator keeps 20, the other gets 30: two sentences, each naming
    // the indicators it applies to.
    let run = run_with(|t| {
        let at = t.find("indikator hogskolebehorig").unwrap();
        let (head, tail) = t.split_at(at);
        let tail = tail.replacen("n < 20", "n < 30", 1);
        without_examples(&format!("{head}{tail}"))
    });
    let legend = oj::publish::legend::legend(&run.program);
    let suppression: Vec<&String> = legend.iter().filter(|l| l.starts_with("x = ")).collect();
    assert_eq!(suppression.len(), 2, "{legend:#?}");
    // Named as a reader knows them (kortnamn), not by id.
    assert!(
        suppression[0].contains("färre än 20")
            && suppression[0].contains("(Gäller Behörighet till gymnasiet, ")
            && !suppression[0].contains("högskola"),
        "{}",
        suppression[0]
    );
    assert!(
        suppression[1].contains("färre än 30")
            && suppression[1].contains("(Gäller Behörighet till högskola, ")
            && !suppression[1].contains("gymnasiet"),
        "{}",
        suppression[1]
    );
    // A sheet of another area (Bakgrundsmått) states neither rule: they are not its.
    let area: Vec<&oj::ir::Indicator> = run
        .program
        .indicators
        .iter()
        .filter(|i| i.meta.omrade == "Bakgrundsmått")
        .collect();
    let own = oj::publish::legend::legend_of(&run.program, &area);
    assert!(!own.iter().any(|l| l.contains("sekretess")), "{own:#?}");
}
