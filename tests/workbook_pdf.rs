//! results.xlsx as it prints: rendered to PDF by LibreOffice (Debian's
//! `libreoffice-calc-nogui`, with `pdfinfo`/`pdftotext` from `poppler-utils`; .ci/run
//! installs both), then read as text. Every page is landscape A4; every page has its
//! sheet's repeated column header row; no number is too wide for its column (`###`); no
//! word of a column header is cut over two lines; the text is printed at a readable size
//! (fitting a sheet to the page's width does not shrink it to a few points). OJ_SKIP_LIBREOFFICE=1 skips the test where
//! LibreOffice is not installed; without it, a missing LibreOffice fails the test.

mod common;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use std::collections::BTreeSet;
use std::io::Cursor;
use std::path::Path;
use std::process::Command;

fn libreoffice() -> Option<&'static str> {
    let found = ["/usr/bin/soffice", "/usr/bin/libreoffice"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    if found.is_none() {
        if std::env::var_os("OJ_SKIP_LIBREOFFICE").is_some() {
            eprintln!("OJ_SKIP_LIBREOFFICE is set: not rendering the workbook");
            return None;
        }
        panic!("LibreOffice is not installed (apt-get install libreoffice-calc-nogui poppler-utils; .ci/run does it), or set OJ_SKIP_LIBREOFFICE=1");
    }
    found
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn the_workbook_prints_as_published() {
    let Some(soffice) = libreoffice() else { return };
    let (r14, _) = common::example_run(2014);
    let (r15, _) = common::example_run(2015);
    let bytes = oj::publish::xlsx::workbook_with_series(&r15, &[&r14]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("results.xlsx");
    std::fs::write(&xlsx, &bytes).unwrap();
    // A profile of its own, so that the test neither reads nor changes the user's.
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let out = Command::new("timeout")
        .args(["300", soffice, "--headless", "--norestore", &profile])
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&xlsx)
        .output()
        .unwrap();
    let pdf = dir.path().join("results.pdf");
    assert!(
        pdf.exists(),
        "LibreOffice wrote no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Landscape A4 on every page.
    let info = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "10000"])
        .arg(&pdf)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8(info.stdout).unwrap();
    let sizes: Vec<&str> = info
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .collect();
    assert!(sizes.len() > 10, "{info}");
    for s in &sizes {
        let dims: Vec<f64> = s
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        let (w, h) = (dims[dims.len() - 2], dims[dims.len() - 1]);
        assert!(w > h && (w - 842.0).abs() < 2.0, "not landscape A4: {s}");
    }

    let layout = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let layout = String::from_utf8(layout.stdout).unwrap();
    let pages: Vec<&str> = layout
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), sizes.len());

    // Readable: the median height of a printed word (pdftotext -bbox) is at least 7 pt.
    // Text overflowing a cell to the right widens what is fitted to the page, and the
    // whole sheet then shrinks to a few points.
    let bbox = Command::new("pdftotext")
        .arg("-bbox")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let bbox = String::from_utf8(bbox.stdout).unwrap();
    let attr = |l: &str, name: &str| -> f64 {
        let at = l.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        l[at..].split('"').next().unwrap().parse().unwrap()
    };
    let mut heights: Vec<f64> = bbox
        .lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .map(|l| attr(l, "yMax") - attr(l, "yMin"))
        .collect();
    heights.sort_by(f64::total_cmp);
    let median = heights[heights.len() / 2];
    assert!(
        median >= 7.0,
        "printed text is {median:.1} pt high: shrunk to fit"
    );

    // What the workbook says, read back: each sheet's first cell (the repeated title or
    // header) and every word of the column headers of the area sheets (row 4).
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut header_starts = BTreeSet::new();
    let mut header_words = BTreeSet::new();
    for name in wb.sheet_names().to_vec() {
        let range = wb.worksheet_range(&name).unwrap();
        let first = text(&range.get_value((0, 0)).cloned().unwrap_or(Data::Empty));
        // The column header row: the first row whose first cell is a short label
        // (`Kod`, `Id`), not a title.
        let header = (0..4u32)
            .map(|r| text(&range.get_value((r, 0)).cloned().unwrap_or(Data::Empty)))
            .find(|t| !t.is_empty() && t.split_whitespace().count() == 1)
            .unwrap_or_else(|| panic!("sheet {name}: no column header row"));
        header_starts.insert(header);
        if first.starts_with("Öppna jämförelser") || first.starts_with("Jämförbara") {
            for c in 2..range.width() as u32 {
                let h = text(&range.get_value((3, c)).cloned().unwrap_or(Data::Empty));
                header_words.extend(
                    h.split_whitespace()
                        .filter(|w| w.chars().count() >= 8)
                        .map(str::to_string),
                );
            }
        }
    }
    assert!(header_words.len() > 20, "{header_words:?}");

    for (n, page) in pages.iter().enumerate() {
        // The header row repeats on every page: a line of it starts with its first cell.
        assert!(
            page.lines().any(|l| header_starts
                .iter()
                .any(|h| l.trim_start().starts_with(h.as_str()))),
            "page {}: has no column header row",
            n + 1
        );
        assert!(
            !page.contains("###"),
            "page {}: a value too wide for its column",
            n + 1
        );
    }
    // The words printed in the header blocks of the area sheets: the lines of a page down
    // to its `Kod` row (the headers are bottom-aligned: their last line is that row).
    let printed: BTreeSet<&str> = pages
        .iter()
        .filter(|p| {
            let first = p
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim();
            first.starts_with("Öppna jämförelser") || first.starts_with("Jämförbara")
        })
        .flat_map(|p| {
            let lines: Vec<&str> = p.lines().collect();
            let kod = lines
                .iter()
                .position(|l| l.trim_start().starts_with("Kod "))
                .unwrap_or(0);
            lines[..=kod].to_vec()
        })
        .flat_map(str::split_whitespace)
        .collect();
    let cut: Vec<&String> = header_words
        .iter()
        .filter(|w| !printed.contains(w.as_str()))
        .collect();
    assert!(cut.is_empty(), "header words cut over two lines: {cut:?}");
}
