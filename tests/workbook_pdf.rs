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
use std::process::Command;

fn libreoffice() -> Option<std::path::PathBuf> {
    common::installed(
        &["/usr/bin/soffice", "/usr/bin/libreoffice"],
        "OJ_SKIP_LIBREOFFICE",
        "apt-get install libreoffice-calc-nogui poppler-utils",
    )
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
        .arg("300")
        .arg(&soffice)
        .args(["--headless", "--norestore", &profile])
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

    // Each page's word heights (pdftotext -bbox), for its median: readable text is at
    // least 7 pt. Text overflowing a cell to the right widens what is fitted to the page,
    // and a sheet fitted to one page wide shrinks with its width: both make a few points.
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
    let boxes: Vec<Vec<[f64; 4]>> = bbox
        .split("<page ")
        .skip(1)
        .map(|page| {
            page.lines()
                .filter(|l| l.trim_start().starts_with("<word "))
                .map(|l| {
                    [
                        attr(l, "xMin"),
                        attr(l, "yMin"),
                        attr(l, "xMax"),
                        attr(l, "yMax"),
                    ]
                })
                .collect()
        })
        .collect();
    assert_eq!(boxes.len(), pages.len());
    let medians: Vec<f64> = boxes
        .iter()
        .map(|b| {
            let mut h: Vec<f64> = b.iter().map(|w| w[3] - w[1]).collect();
            h.sort_by(f64::total_cmp);
            h.get(h.len() / 2).copied().unwrap_or(0.0)
        })
        .collect();
    // Text printed over text: two words whose boxes overlap by more than a third of the
    // smaller (a wrapped cell in a row too low for it runs into the next row).
    let overprinted = |page: &[[f64; 4]]| -> Option<(usize, usize)> {
        let mut b: Vec<(usize, [f64; 4])> = page.iter().copied().enumerate().collect();
        b.sort_by(|x, y| x.1[1].total_cmp(&y.1[1]));
        for i in 0..b.len() {
            for j in i + 1..b.len() {
                let (p, q) = (b[i].1, b[j].1);
                if q[1] >= p[3] {
                    break;
                }
                let w = p[2].min(q[2]) - p[0].max(q[0]);
                let h = p[3].min(q[3]) - p[1].max(q[1]);
                let area = |r: [f64; 4]| (r[2] - r[0]) * (r[3] - r[1]);
                if w > 0.0 && h > 0.0 && w * h > area(p).min(area(q)) / 3.0 {
                    return Some((b[i].0, b[j].0));
                }
            }
        }
        None
    };

    // What the workbook says, read back, per sheet: its name (printed in the footer of
    // each of its pages), the first cell of its column header row (`Kod`, `Id`), and
    // every long word of the column headers of the area and comparison sheets.
    struct Sheet {
        name: String,
        header: String,
        words: BTreeSet<String>,
        /// The long words of the paragraph under the title (the legend), printed whole
        /// on the sheet's first page.
        legend: BTreeSet<String>,
        pages: Vec<usize>,
    }
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut sheets = vec![];
    for name in wb.sheet_names().to_vec() {
        let range = wb.worksheet_range(&name).unwrap();
        let cell = |r: u32, c: u32| text(&range.get_value((r, c)).cloned().unwrap_or(Data::Empty));
        let first = cell(0, 0);
        // The column header row: the first row whose first cell is a short label, not
        // a title.
        let header = (0..4u32)
            .map(|r| cell(r, 0))
            .find(|t| !t.is_empty() && t.split_whitespace().count() == 1)
            .unwrap_or_else(|| panic!("sheet {name}: no column header row"));
        let mut words = BTreeSet::new();
        let legend: BTreeSet<String> = cell(1, 0)
            .split_whitespace()
            .filter(|w| w.chars().count() >= 8)
            .map(str::to_string)
            .collect();
        if first.starts_with("Öppna jämförelser") || first.starts_with("Jämförbara") {
            for c in 2..range.width() as u32 {
                words.extend(
                    cell(3, c)
                        .split_whitespace()
                        .filter(|w| w.chars().count() >= 8)
                        .map(str::to_string),
                );
            }
        }
        sheets.push(Sheet {
            name,
            header,
            words,
            legend,
            pages: vec![],
        });
    }
    assert!(sheets.iter().map(|s| s.words.len()).sum::<usize>() > 20);
    // Every word of "Om indikatorerna"'s texts, to be found printed: a row estimated too
    // low for its wrapped text is cut off in print.
    let about_words: BTreeSet<String> = {
        let range = wb.worksheet_range("Om indikatorerna").unwrap();
        (1..range.height() as u32)
            .flat_map(|r| {
                text(&range.get_value((r, 2)).cloned().unwrap_or(Data::Empty))
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let indicators = r15.program.indicators.len();

    for (n, page) in pages.iter().enumerate() {
        let footer = page
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap()
            .trim();
        let sheet = sheets
            .iter_mut()
            .filter(|s| footer.starts_with(s.name.as_str()))
            .max_by_key(|s| s.name.len())
            .unwrap_or_else(|| panic!("page {}: the footer names no sheet: `{footer}`", n + 1));
        sheet.pages.push(n);
        // The header row repeats on every page: a line of it starts with its first cell.
        assert!(
            page.lines()
                .any(|l| l.trim_start().starts_with(sheet.header.as_str())),
            "page {} ({}): has no column header row",
            n + 1,
            sheet.name
        );
        assert!(
            !page.contains("###"),
            "page {} ({}): a value too wide for its column",
            n + 1,
            sheet.name
        );
        if let Some((a, b)) = overprinted(&boxes[n]) {
            panic!(
                "page {} ({}): words printed over each other (word {a} and word {b} of the page)",
                n + 1,
                sheet.name
            );
        }
        assert!(
            medians[n] >= 7.0,
            "page {} ({}): text printed {:.1} pt high, shrunk to fit",
            n + 1,
            sheet.name,
            medians[n]
        );
    }
    let about = sheets
        .iter()
        .find(|s| s.name == "Om indikatorerna")
        .expect("an Om indikatorerna sheet");
    // Down the page, an indicator's texts take a page or two; across it (one row per
    // indicator) they took six or more.
    assert!(
        about.pages.len() < 2 * indicators,
        "Om indikatorerna prints {} pages for {indicators} indicators",
        about.pages.len()
    );
    let printed: BTreeSet<&str> = about
        .pages
        .iter()
        .flat_map(|&n| pages[n].split_whitespace())
        .collect();
    let cut: Vec<&String> = about_words
        .iter()
        .filter(|w| !printed.contains(w.as_str()))
        .collect();
    assert!(
        cut.is_empty(),
        "Om indikatorerna: words not printed: {cut:?}"
    );
    for sheet in &sheets {
        assert!(
            !sheet.pages.is_empty(),
            "sheet {} printed no page",
            sheet.name
        );
        let first: BTreeSet<&str> = pages[sheet.pages[0]].split_whitespace().collect();
        let lost: Vec<&String> = sheet
            .legend
            .iter()
            .filter(|w| !first.contains(w.as_str()))
            .collect();
        assert!(
            lost.is_empty(),
            "sheet {}: the legend is not printed whole on its first page: {lost:?}",
            sheet.name
        );
        // The words printed in the header blocks of the sheet's pages: the lines down to
        // the header row's last line (the headers are bottom-aligned: it is the `Kod` row).
        let printed: BTreeSet<&str> = sheet
            .pages
            .iter()
            .flat_map(|&n| {
                let lines: Vec<&str> = pages[n].lines().collect();
                let kod = lines
                    .iter()
                    .position(|l| l.trim_start().starts_with(&format!("{} ", sheet.header)))
                    .unwrap_or(0);
                lines[..=kod].to_vec()
            })
            .flat_map(str::split_whitespace)
            .collect();
        let cut: Vec<&String> = sheet
            .words
            .iter()
            .filter(|w| !printed.contains(w.as_str()))
            .collect();
        assert!(
            cut.is_empty(),
            "sheet {}: header words not printed whole in its header rows: {cut:?}",
            sheet.name
        );
    }
}
