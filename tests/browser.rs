//! The HTML report and guide in a real browser: headless Chromium (Debian's `chromium`,
//! installed by .ci/run) loads each page without console errors, the screenshot is not
//! blank, and the report's charts are in the rendered page. Without Chromium the test
//! fails, unless OJ_SKIP_BROWSER=1 says to skip it.

mod common;

use std::path::Path;
use std::process::Command;

fn run_browser(browser: &Path, args: &[&str], page: &Path) -> (String, String) {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn report_and_guide_render_in_chromium() {
    let Some(browser) = common::browser() else {
        return;
    };
    let (run, _) = common::example_run(2015);
    let guide = oj::guide::html(&run.program);
    let codes = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
    let units = oj::report::units(
        &run,
        &codes("0114,0123,0125,0139,0163,0183,0184,0191"),
        &codes("01,06,riket"),
    )
    .unwrap();
    let report = oj::report::html(&run, &units).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    for (name, html, charts) in [
        ("report.html", &report, true),
        ("guide.html", &guide, false),
    ] {
        let page = tmp.path().join(name);
        std::fs::write(&page, html).unwrap();
        let shot = tmp.path().join(format!("{name}.png"));
        let (_, stderr) = run_browser(
            &browser,
            &[
                &format!("--screenshot={}", shot.display()),
                "--window-size=1000,1400",
            ],
            &page,
        );
        assert!(
            common::console_errors(&stderr).is_empty(),
            "{name}: {:?}",
            common::console_errors(&stderr)
        );
        let png =
            std::fs::read(&shot).unwrap_or_else(|_| panic!("{name}: no screenshot\n{stderr}"));
        assert_eq!(&png[1..4], b"PNG");
        // A blank page compresses to a few kB; text, tables and charts do not.
        assert!(
            png.len() > 30_000,
            "{name}: the screenshot looks blank ({} bytes)",
            png.len()
        );
        let (dom, _) = run_browser(&browser, &["--dump-dom"], &page);
        assert!(
            dom.contains("<table"),
            "{name}: no table in the rendered page"
        );
        if charts {
            let rendered_charts = dom.matches("<figure class=\"chart\"><svg").count();
            assert!(
                rendered_charts >= 5,
                "{name}: {rendered_charts} charts rendered"
            );
            assert!(dom.contains("<rect"), "{name}: the charts have no bars");
        }
    }
}
