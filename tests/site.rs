//! `oj site` in a real browser: the site of the example data (2015 with the 2014 series)
//! opened in headless Chromium at deep links; every figure a unit's page shows, and the
//! rows of an indicator's page, compared with results.csv; the front end's own
//! interaction checks (site/sample/interaction-test.html: keyboard focus, filters,
//! sorting, search, labels, heading order, script errors) run against the same site; no
//! console errors. Without Chromium the test fails, unless OJ_SKIP_BROWSER=1.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// The DOM after the page's scripts ran, and Chromium's log.
fn dump(browser: &Path, url: &str, extra: &[&str]) -> (String, String) {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=10000",
        ])
        .args(extra)
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("chromium runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The value of `attr="…"` in `tag`.
fn attr<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let key = format!("{attr}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// The rows `<tr data-KEY="…">…</tr>` of the table with `id`: key → the row's HTML.
fn rows(dom: &str, table: &str, key: &str) -> BTreeMap<String, String> {
    let start = dom
        .find(&format!("id=\"{table}\""))
        .unwrap_or_else(|| panic!("no #{table} in the page"));
    let end = start + dom[start..].find("</table>").unwrap();
    let mut out = BTreeMap::new();
    for part in dom[start..end].split("<tr ").skip(1) {
        let open = &part[..part.find('>').unwrap()];
        if let Some(k) = attr(open, key) {
            out.insert(
                k.to_string(),
                part[..part.find("</tr>").unwrap()].to_string(),
            );
        }
    }
    out
}

/// The `data-varde` of the cell with `data-niva="level"` in a row.
fn cell<'a>(row: &'a str, level: &str) -> Option<&'a str> {
    row.split("<td ")
        .find(|c| attr(c, "data-niva") == Some(level))
        .and_then(|c| attr(c, "data-varde"))
}

/// What the page shows for a results.csv row: the result, or the value with a decimal
/// comma, a whole figure without its `.0` (a percent sign is the page's formatting and is
/// compared without it).
fn shown(result: &str, value: &str, decimals: u32) -> String {
    match (result, value) {
        ("", "") => "Bortfall".into(),
        ("", v) if decimals == 0 => v.trim_end_matches(".0").replace('.', ","),
        ("", v) => v.replace('.', ","),
        (r, _) => r.into(),
    }
}

#[test]
fn the_site_shows_what_results_csv_says() {
    let Some(browser) = common::browser() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let (run, _) = common::example_run(2015);
    let how = oj::run::Invocation {
        indicators: &root.join("indicators"),
        data: &root.join("data/example"),
        out: &out,
        publication: true,
        series: &[2014],
        without: &oj::run::Without::default(),
    };
    let files = oj::run::write_site(&run, &how).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "index.html",
            "style.css",
            "app.js",
            "data.js",
            "results.csv",
            "results.xlsx"
        ]
    );
    let size: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();
    assert!(size < 4_000_000, "the whole site is {size} bytes");
    // Deterministic: the same run writes the same site.
    let again = tmp.path().join("again");
    let how_again = oj::run::Invocation { out: &again, ..how };
    oj::run::write_site(&run, &how_again).unwrap();
    for n in &names {
        assert_eq!(
            std::fs::read(out.join(n)).unwrap(),
            std::fs::read(again.join(n)).unwrap(),
            "{n}"
        );
    }

    // results.csv as the page must show it: (level, unit, indicator) → text.
    let mut published = BTreeMap::new();
    let mut csv = csv::Reader::from_path(out.join("results.csv")).unwrap();
    for record in csv.records() {
        let record = record.unwrap();
        let f: Vec<&str> = record.iter().collect();
        let decimals = run.program.indicator(f[3]).unwrap().decimals();
        published.insert(
            (f[1].to_string(), f[2].to_string(), f[3].to_string()),
            shown(f[4], f[5], decimals),
        );
    }
    let units = &run.units;
    let page = |fragment: &str| {
        let url = format!("file://{}#{fragment}", out.join("index.html").display());
        let (dom, log) = dump(&browser, &url, &[]);
        let errors = common::console_errors(&log);
        assert!(errors.is_empty(), "{fragment}: {errors:#?}");
        dom
    };
    let mut compared = 0;
    // A kommun, a stadsdel (register figures are its kommun's), a kommun of another län.
    for code in ["0114", "018001", "2580"] {
        let unit = units.get(code).unwrap();
        let dom = page(&format!("enhet={code}&indikator=samlad_plan"));
        let table = rows(&dom, "enhet-tabell", "data-indikator");
        assert_eq!(
            table.len(),
            run.program.indicators.len(),
            "{code}: one row per indicator"
        );
        for ind in &run.program.indicators {
            let row = &table[&ind.id];
            let per_kommun = matches!(ind.kind, oj::ir::Kind::Source(_));
            let own = if per_kommun {
                &unit.kommun
            } else {
                &unit.enhet
            };
            for (level, key) in [
                ("enhet", own.as_str()),
                ("lan", unit.lan.as_str()),
                ("riket", "riket"),
                ("befolkningsgrupp", unit.befolkningsgrupp.as_str()),
                ("kommungrupp", unit.kommungrupp.as_str()),
            ] {
                let Some(expected) =
                    published.get(&(level.to_string(), key.to_string(), ind.id.clone()))
                else {
                    continue;
                };
                let got = cell(row, level)
                    .unwrap_or_else(|| panic!("{code} {}: no {level} cell", ind.id));
                assert_eq!(
                    got.trim_end_matches(" %"),
                    expected,
                    "{code} {} {level}",
                    ind.id
                );
                compared += 1;
            }
        }
        // The indicator view lists every unit with its result.
        let list = rows(&dom, "indikator-tabell", "data-enhet");
        let reporting = units.reporting().count();
        assert_eq!(list.len(), reporting, "every reporting unit has a row");
        for (enhet, row) in list.iter().take(40) {
            let expected = &published[&("enhet".into(), enhet.clone(), "samlad_plan".into())];
            assert_eq!(
                cell(row, "enhet").unwrap().trim_end_matches(" %"),
                expected,
                "{enhet}"
            );
            compared += 1;
        }
    }
    assert!(compared > 600, "only {compared} cells compared");

    // A register indicator's page lists kommuner, the big cities whole.
    let dom = page("indikator=behorig_gy");
    let list = rows(&dom, "indikator-tabell", "data-enhet");
    assert!(list.contains_key("0180") && !list.contains_key("018001"));
    assert_eq!(
        cell(&list["0180"], "enhet").unwrap().trim_end_matches(" %"),
        published[&("enhet".into(), "0180".into(), "behorig_gy".into())]
    );

    // The front end's interaction checks, on this site.
    std::fs::copy(
        root.join("site/sample/interaction-test.html"),
        out.join("interaction-test.html"),
    )
    .unwrap();
    let url = format!("file://{}", out.join("interaction-test.html").display());
    let (dom, _) = dump(
        &browser,
        &url,
        &[
            "--allow-file-access-from-files",
            "--virtual-time-budget=30000",
        ],
    );
    let result = dom
        .lines()
        .find(|l| l.starts_with("RESULT"))
        .unwrap_or_else(|| panic!("the interaction checks did not finish:\n{dom}"));
    let failed: Vec<&str> = dom.lines().filter(|l| l.starts_with("FAIL")).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(result.contains(" 0 failed"), "{result}");
}
