//! results.xlsx: the published workbook. One sheet per indicator area (område) in the
//! layout of the agency's tables: enheter grouped by län, each län's row after its units,
//! riket last; one column per indicator. Ja/Delvis/Nej as text, figures as numbers with
//! number formats (Excel shows the decimal comma of the reader's locale), `x` for
//! suppressed, blank for Bortfall, `–` for Ej aktuellt. Then the response rates and the
//! indicators' metadata. Byte-identical across runs: the creation date is the year's
//! mätdatum, not the clock.

use crate::aggregate::table::Figure;
use crate::aggregate::Level;
use crate::aggregate::Row;
use crate::aggregate::YearRun;
use crate::ir::{Indicator, Kind, Scale};
use crate::syntax::ast::Outcome;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};
use std::collections::BTreeMap;

/// What a cell shows, as written to the workbook (also what the read-back test expects).
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    Text(String),
    /// The number and its Excel number format.
    Number(f64, &'static str),
    Blank,
}

/// The published cell of one results.csv row.
pub fn cell(ind: &Indicator, row: &Row) -> CellValue {
    let v = match &row.figure {
        Figure::Outcome(Outcome::EjAktuellt) => return CellValue::Text("–".into()),
        Figure::Outcome(Outcome::Bortfall) => return CellValue::Blank,
        Figure::Outcome(o) => return CellValue::Text(o.label().into()),
        Figure::Suppressed => return CellValue::Text("x".into()),
        // The value exactly as results.csv publishes it, rounded.
        Figure::Value { .. } => match row.rounded() {
            Some((v, _)) => v,
            None => return CellValue::Blank,
        },
    };
    // A percentage is stored as a fraction, divided exactly before it becomes a double:
    // 1.3 % is 0.013, not 0.013000000000000001.
    let fraction = || crate::num::to_f64(&(&v / crate::num::int(100)));
    let (scale, decimals) = match &ind.kind {
        Kind::Measure(m) => (m.scale, m.decimals),
        Kind::Source(m) => (m.scale, m.decimals),
        // The share of Ja of an aggregate.
        Kind::Classification => (Scale::Percent, 0),
    };
    match (scale, decimals) {
        (Scale::Percent, 0) => CellValue::Number(fraction(), "0%"),
        (Scale::Percent, _) => CellValue::Number(fraction(), "0.0%"),
        (Scale::Ratio, 0) => CellValue::Number(crate::num::to_f64(&v), "0"),
        (Scale::Ratio, _) => CellValue::Number(crate::num::to_f64(&v), "0.0"),
    }
}

/// The widest table (in Excel's character units) that is fitted to one landscape A4 page
/// wide: about 100 units fit at 100 % (LibreOffice, measured by tests/workbook_pdf.rs), so
/// this keeps the print at 70 % or more (11 pt text printed at 7.7 pt or larger).
const FIT_WIDTH: f64 = 145.0;

/// The units that fit on one landscape A4 page at the 75 % a wider sheet is printed at.
const PAGE_WIDTH_75: f64 = 125.0;

/// Print setup of a table sheet `width` units wide: landscape A4; a table up to
/// [`FIT_WIDTH`] fitted to one page wide (as many pages down as it takes), a wider one
/// printed at 75 % over several pages across with its key columns `0..=keys` repeated on
/// each; the column header row `header` repeated on every page; the sheet's name and the
/// page number in the footer.
fn print_setup(ws: &mut Worksheet, header: u32, width: f64, keys: u16) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    if width <= FIT_WIDTH {
        ws.set_print_fit_to_pages(1, 0);
    } else {
        ws.set_print_scale(75);
        ws.set_repeat_columns(0, keys)?;
    }
    // Only the column headers repeat: the title and the legend are read once, on the
    // sheet's first page, and the footer names the sheet on every page.
    ws.set_repeat_rows(header, header)?;
    ws.set_footer("&L&A&RSida &P av &N");
    Ok(())
}

/// The width (in Excel's character units) of a column headed by `text`, wrapped over
/// lines: at least `min`, and wide enough for the longest word, so that no word is cut
/// over two lines ("familjehemsvården"); with the number of lines the text then takes.
fn header_fit(text: &str, min: f64) -> (f64, usize) {
    // Header cells are bold: a character takes about 1.15 units, plus the cell's margins.
    let units = |chars: usize| chars as f64 * 1.15 + 1.5;
    let longest = text.split_whitespace().map(|w| w.chars().count()).max();
    let width = units(longest.unwrap_or(0)).max(min);
    (width, wrapped_lines(text, width, 0.95))
}

/// The lines `text` takes in a wrapping cell `width` units wide, words kept whole and line
/// breaks kept, a character taking `per_char` units on average (about 0.95 for bold
/// text, 0.7 for regular).
fn wrapped_lines(text: &str, width: f64, per_char: f64) -> usize {
    let fits = ((width - 1.0) / per_char).floor().max(1.0) as usize;
    let mut lines = 0;
    for paragraph in text.split('\n') {
        let mut used = 0;
        lines += 1;
        for word in paragraph.split_whitespace() {
            let n = word.chars().count();
            if used == 0 {
                used = n;
            } else if used + 1 + n > fits {
                lines += 1;
                used = n;
            } else {
                used += 1 + n;
            }
            // A word longer than the line wraps inside itself.
            while used > fits {
                lines += 1;
                used -= fits;
            }
        }
    }
    lines.max(1)
}

/// A paragraph above a table of columns `widths` (the legend): wrapped within the columns
/// of the first printed page (a merged cell), not overflowing to the right, where it
/// would widen the printed page and shrink the whole sheet to fit it, nor running over
/// several pages of a wide sheet; the row as tall as its lines.
fn write_paragraph(
    ws: &mut Worksheet,
    row: u32,
    text: &str,
    widths: &[f64],
) -> Result<(), XlsxError> {
    let total: f64 = widths.iter().sum();
    let page = if total <= FIT_WIDTH {
        total
    } else {
        PAGE_WIDTH_75
    };
    let mut width = 0.0;
    let mut last = 0u16;
    for (c, w) in widths.iter().enumerate() {
        if c > 0 && width + w > page {
            break;
        }
        width += w;
        last = c as u16;
    }
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    if last == 0 {
        ws.write_string_with_format(row, 0, text, &wrap)?;
    } else {
        ws.merge_range(row, 0, row, last, text, &wrap)?;
    }
    // Text is narrower than Excel's width unit (the width of a `0`).
    let per_line = (width * 1.05).max(10.0);
    let lines = (text.chars().count() as f64 / per_line).ceil().max(1.0) as usize;
    ws.set_row_height(row, lines as f64 * 15.0)?;
    Ok(())
}

/// Excel's default column width (columns we do not size, such as the code column).
const DEFAULT_WIDTH: f64 = 8.43;

/// The header row's height for cells of `lines` lines (11 pt text: 15 pt a line).
fn header_height(lines: usize) -> f64 {
    (lines as f64 * 15.0 + 4.0).max(30.0)
}

/// A valid, unique sheet name (at most 31 characters, none of `[]:*?/\`): whole when it
/// fits, else cut at a word boundary and not after a word that leads on: "Brukarnas
/// uppfattning", not "Brukarnas uppfattning om ver".
fn sheet_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    // Whole when it fits Excel's 31 characters and no other sheet has it.
    let whole = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if whole.chars().count() <= 31 && !used.iter().any(|u| u.eq_ignore_ascii_case(&whole)) {
        used.push(whole.clone());
        return whole;
    }
    // 28 leaves room for " 2" … " 99" when two names cut to the same words.
    const ROOM: usize = 28;
    let mut base = String::new();
    for word in clean.split_whitespace() {
        let len = base.chars().count() + usize::from(!base.is_empty()) + word.chars().count();
        if len > ROOM {
            break;
        }
        if !base.is_empty() {
            base.push(' ');
        }
        base.push_str(word);
    }
    if base.is_empty() {
        // One word longer than a sheet name: cut it.
        base = clean.chars().take(ROOM).collect();
    }
    base = base
        .trim_end_matches([',', ';', ':', '-', '–', ' '])
        .to_string();
    // A cut name does not end on a word that leads on ("uppfattning om", "insatser i").
    const LEADS_ON: [&str; 19] = [
        "och", "eller", "samt", "i", "på", "för", "om", "av", "med", "till", "utanför", "inom",
        "vid", "efter", "under", "över", "mot", "från", "hos",
    ];
    while let Some((head, last)) = base.rsplit_once(' ') {
        if !LEADS_ON.contains(&last) {
            break;
        }
        base = head
            .trim_end_matches([',', ';', ':', '-', '–', ' '])
            .to_string();
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{base} {n}");
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

/// The areas in the order their first indicator appears, with their indicators.
pub fn areas(run: &YearRun) -> Vec<(String, Vec<&Indicator>)> {
    let mut out: Vec<(String, Vec<&Indicator>)> = vec![];
    for ind in &run.program.indicators {
        match out.iter_mut().find(|(a, _)| *a == ind.meta.omrade) {
            Some((_, v)) => v.push(ind),
            None => out.push((ind.meta.omrade.clone(), vec![ind])),
        }
    }
    out
}

/// The rows of an area sheet: (level, code, name) of each unit, grouped by län, then
/// the län, then riket. Areas of source indicators list kommuner; the others enheter.
pub fn sheet_units(run: &YearRun, per_kommun: bool) -> Vec<(Level, String, String)> {
    let units: Vec<&crate::data::Unit> = if per_kommun {
        run.units.kommuner().collect()
    } else {
        run.units.reporting().collect()
    };
    let mut by_lan: BTreeMap<&str, Vec<&crate::data::Unit>> = BTreeMap::new();
    for u in units {
        by_lan.entry(u.lan.as_str()).or_default().push(u);
    }
    let mut out = vec![];
    for (lan, mut members) in by_lan {
        members.sort_by(|a, b| a.enhet.cmp(&b.enhet));
        for u in &members {
            out.push((Level::Enhet, u.enhet.clone(), u.namn.clone()));
        }
        out.push((Level::Lan, lan.to_string(), members[0].lansnamn.clone()));
    }
    out.push((Level::Riket, "riket".into(), "Riket".into()));
    out
}

pub fn workbook(run: &YearRun) -> Result<Vec<u8>, XlsxError> {
    workbook_with_series(run, &[])
}

/// The indicators whose rule is the same in every one of `runs` (per `oj diff`): they can
/// be compared across the years.
pub fn comparable(runs: &[&YearRun]) -> Vec<String> {
    let Some(last) = runs.last() else {
        return vec![];
    };
    last.program
        .indicators
        .iter()
        .map(|i| i.id.clone())
        .filter(|id| {
            runs.windows(2).all(|w| {
                let d = crate::diff::diff(&w[0].program, &w[1].program);
                d.indicators.iter().any(|(i, _, c)| {
                    i == id
                        && matches!(
                            c,
                            crate::diff::Change::Unchanged | crate::diff::Change::Texts { .. }
                        )
                })
            })
        })
        .collect()
}

/// The workbook, with a sheet "Jämförbara indikatorer" when earlier years are given:
/// every indicator comparable across the years, for every year.
pub fn workbook_with_series(run: &YearRun, earlier: &[&YearRun]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let d = run.program.matdatum;
    let created = ExcelDateTime::from_ymd(d.year as u16, d.month as u8, d.day as u8)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!(
                "Öppna jämförelser {}: social barn- och ungdomsvård",
                run.program.year
            ))
            .set_author("oj")
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    let header = Format::new().set_bold().set_text_wrap();
    let rows: BTreeMap<(Level, &str, &str), &Row> = run
        .rows
        .iter()
        .map(|r| ((r.level, r.unit.as_str(), r.indicator.as_str()), r))
        .collect();
    let mut used = vec![];
    for (area, inds) in areas(run) {
        // The legend of this sheet's indicators: a rule of another area is not theirs.
        let legend = super::legend::paragraph_of(&run.program, &inds);
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&area, &mut used))?;
        ws.write_string_with_format(
            0,
            0,
            format!("Öppna jämförelser {}: {area}", run.program.year),
            &bold,
        )?;
        ws.write_string_with_format(3, 0, "Kod", &header)?;
        ws.write_string_with_format(3, 1, "Enhet", &header)?;
        ws.set_column_width(1, 30)?;
        let mut lines = 1;
        let mut widths = vec![DEFAULT_WIDTH, 30.0];
        for (c, ind) in inds.iter().enumerate() {
            let col = 2 + c as u16;
            let name = ind.short_name();
            let (width, n) = header_fit(&name, 16.0);
            lines = lines.max(n);
            widths.push(width);
            ws.write_string_with_format(3, col, name, &header)?;
            ws.set_column_width(col, width)?;
        }
        ws.set_row_height(3, header_height(lines))?;
        write_paragraph(ws, 1, &legend, &widths)?;
        ws.set_freeze_panes(4, 2)?;
        print_setup(ws, 3, widths.iter().sum(), 1)?;
        let per_kommun = inds.iter().all(|i| matches!(i.kind, Kind::Source(_)));
        for (r, (level, code, name)) in sheet_units(run, per_kommun).iter().enumerate() {
            let row = 4 + r as u32;
            let (code_fmt, name_fmt) = if *level == Level::Enhet {
                (Format::new(), Format::new())
            } else {
                (bold.clone(), bold.clone())
            };
            ws.write_string_with_format(row, 0, code.as_str(), &code_fmt)?;
            ws.write_string_with_format(row, 1, name.as_str(), &name_fmt)?;
            for (c, ind) in inds.iter().enumerate() {
                let col = 2 + c as u16;
                let Some(result) = rows.get(&(*level, code.as_str(), ind.id.as_str())) else {
                    if !ind.levels.contains(level) {
                        let text = super::legend::NOT_PUBLISHED.to_string();
                        write_cell(ws, row, col, &CellValue::Text(text))?;
                    }
                    continue;
                };
                write_cell(ws, row, col, &cell(ind, result))?;
            }
        }
    }
    if !earlier.is_empty() {
        let mut runs: Vec<&YearRun> = earlier.to_vec();
        runs.push(run);
        runs.sort_by_key(|r| r.program.year);
        series_sheet(&mut wb, &runs, &mut used)?;
    }
    response_sheet(&mut wb, run, &mut used)?;
    metadata_sheet(&mut wb, run, &mut used)?;
    wb.save_to_buffer()
}

fn write_cell(ws: &mut Worksheet, row: u32, col: u16, value: &CellValue) -> Result<(), XlsxError> {
    match value {
        CellValue::Text(t) => {
            ws.write_string(row, col, t.as_str())?;
        }
        CellValue::Number(v, format) => {
            ws.write_number_with_format(row, col, *v, &Format::new().set_num_format(*format))?;
        }
        CellValue::Blank => {}
    }
    Ok(())
}

/// Every comparable indicator for every year: one column per (indicator, year).
fn series_sheet(
    wb: &mut Workbook,
    runs: &[&YearRun],
    used: &mut Vec<String>,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let header = Format::new().set_bold().set_text_wrap();
    let ids = comparable(runs);
    let last = runs.last().expect("at least one year");
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name("Jämförbara indikatorer", used))?;
    let years: Vec<String> = runs.iter().map(|r| r.program.year.to_string()).collect();
    ws.write_string_with_format(
        0,
        0,
        format!("Jämförbara indikatorer {}", years.join(", ")),
        &bold,
    )?;
    let shown: Vec<&Indicator> = ids
        .iter()
        .filter_map(|id| last.program.indicator(id))
        .collect();
    let legend = format!(
        "Indikatorer med samma beräkning alla år. {}",
        super::legend::paragraph_of(&last.program, &shown)
    );
    ws.write_string_with_format(3, 0, "Kod", &header)?;
    ws.write_string_with_format(3, 1, "Enhet", &header)?;
    ws.set_column_width(1, 30)?;
    let lookups: Vec<BTreeMap<(Level, &str, &str), &Row>> = runs
        .iter()
        .map(|r| {
            r.rows
                .iter()
                .map(|x| ((x.level, x.unit.as_str(), x.indicator.as_str()), x))
                .collect()
        })
        .collect();
    let mut col = 2u16;
    let mut lines = 1;
    let mut widths = vec![DEFAULT_WIDTH, 30.0];
    let mut columns = vec![];
    for id in &ids {
        for (k, r) in runs.iter().enumerate() {
            let Some(ind) = r.program.indicator(id) else {
                continue;
            };
            let name = ind.short_name();
            let text = format!("{name} {}", r.program.year);
            let (width, n) = header_fit(&text, 14.0);
            lines = lines.max(n);
            widths.push(width);
            ws.write_string_with_format(3, col, text, &header)?;
            ws.set_column_width(col, width)?;
            columns.push((col, k, ind));
            col += 1;
        }
    }
    ws.set_row_height(3, header_height(lines))?;
    write_paragraph(ws, 1, &legend, &widths)?;
    ws.set_freeze_panes(4, 2)?;
    print_setup(ws, 3, widths.iter().sum(), 1)?;
    for (r, (level, code, name)) in sheet_units(last, false).iter().enumerate() {
        let row = 4 + r as u32;
        // Län and riket in bold, as on the area sheets.
        let key = if *level == Level::Enhet {
            Format::new()
        } else {
            bold.clone()
        };
        ws.write_string_with_format(row, 0, code.as_str(), &key)?;
        ws.write_string_with_format(row, 1, name.as_str(), &key)?;
        for (col, k, ind) in &columns {
            if let Some(result) = lookups[*k].get(&(*level, code.as_str(), ind.id.as_str())) {
                write_cell(ws, row, *col, &cell(ind, result))?;
            }
        }
    }
    Ok(())
}

/// Which enheter answered, and the share per län and riket.
fn response_sheet(
    wb: &mut Workbook,
    run: &YearRun,
    used: &mut Vec<String>,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name("Svarsfrekvens", used))?;
    ws.write_string_with_format(
        0,
        0,
        format!("Svarsfrekvens, enkäten {}", run.program.year),
        &bold,
    )?;
    for (c, h) in ["Kod", "Enhet", "Svarat"].iter().enumerate() {
        ws.write_string_with_format(2, c as u16, *h, &bold)?;
    }
    ws.set_column_width(1, 30)?;
    ws.set_freeze_panes(3, 2)?;
    print_setup(ws, 2, DEFAULT_WIDTH + 30.0 + DEFAULT_WIDTH, 1)?;
    let responded = &run.evaluation.responded;
    let mut lan_counts: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for (row, (level, code, name)) in (3..).zip(sheet_units(run, false)) {
        let (code_fmt, fmt) = if level == Level::Enhet {
            (Format::new(), Format::new())
        } else {
            (bold.clone(), bold.clone())
        };
        ws.write_string_with_format(row, 0, code.as_str(), &code_fmt)?;
        ws.write_string_with_format(row, 1, name.as_str(), &fmt)?;
        match level {
            Level::Enhet => {
                let answered = responded.contains(&code);
                ws.write_string(row, 2, if answered { "Ja" } else { "Nej" })?;
                let lan = run
                    .units
                    .get(&code)
                    .map(|u| u.lan.clone())
                    .unwrap_or_default();
                let e = lan_counts.entry(lan).or_default();
                e.0 += answered as u32;
                e.1 += 1;
            }
            _ => {
                let (a, n) = if level == Level::Riket {
                    lan_counts
                        .values()
                        .fold((0, 0), |acc, (a, n)| (acc.0 + a, acc.1 + n))
                } else {
                    lan_counts.get(&code).copied().unwrap_or_default()
                };
                if n > 0 {
                    ws.write_number_with_format(
                        row,
                        2,
                        a as f64 / n as f64,
                        &Format::new().set_bold().set_num_format("0%"),
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// The height (in points, at 100 %) of the rows a landscape A4 page prints below its
/// repeated header row: 595 pt of paper less the default margins, with room to spare for
/// the difference between the row heights set here and those a program draws.
const PAGE_ROWS_HEIGHT_100: f64 = 440.0;

/// Each indicator's metadata as the guide says it ([`super::about`]), down the page: one
/// row per field (Indikatornamn, Syfte, Teknisk beskrivning, the questions, Beräkning),
/// the indicator's id on every row so that a filter shows one indicator or one field of
/// all. Read top to bottom and printed so: an indicator that fits on a page starts a new
/// page when it would not fit on the rest of the current one.
fn metadata_sheet(
    wb: &mut Workbook,
    run: &YearRun,
    used: &mut Vec<String>,
) -> Result<(), XlsxError> {
    // Read from the top of each row, as a text is.
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    // An indicator's first row: its name, with a rule above it.
    let first = wrap
        .clone()
        .set_bold()
        .set_border_top(rust_xlsxwriter::FormatBorder::Thin);
    let grey = wrap.clone().set_font_color(0x808080);
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name("Om indikatorerna", used))?;
    let sections = super::about::sections(&run.program);
    let headers = ["Id", "Uppgift", "Text"];
    // The id and field columns as wide as their longest word in bold (an indicator's
    // first row is bold): a word wrapped inside a row's height runs into the next row.
    let widest = |words: &mut dyn Iterator<Item = &str>| {
        words.map(|w| w.chars().count()).max().unwrap_or(0) as f64 * 1.15 + 1.5
    };
    let widths = [
        widest(&mut sections.iter().map(|s| s.id.as_str())).max(12.0),
        widest(
            &mut sections
                .iter()
                .flat_map(|s| s.table.iter().map(|(k, _)| *k)),
        )
        .max(widest(&mut ["Beräkning", "Fråga"].into_iter())),
        80.0,
    ];
    let header = Format::new().set_bold();
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &header)?;
        ws.set_column_width(c as u16, widths[c])?;
    }
    ws.set_freeze_panes(1, 0)?;
    let total: f64 = widths.iter().sum();
    print_setup(ws, 0, total, 0)?;
    // The rows of a page are this many points at the scale it prints at: fitted to the
    // page's width (about 100 units fit at 100 %), or 75 % when wider (print_setup).
    let page = if total <= FIT_WIDTH {
        PAGE_ROWS_HEIGHT_100 * total.max(100.0) / 100.0
    } else {
        PAGE_ROWS_HEIGHT_100 / 0.75
    };
    let mut row = 1u32;
    let mut on_page = 0.0;
    let mut breaks = vec![];
    for sec in sections {
        let mut fields: Vec<(&str, String)> = sec.table.clone();
        for (id, text, options) in &sec.questions {
            fields.push((
                "Fråga",
                super::about::Section::question_line(id, text, options),
            ));
        }
        fields.push(("Beräkning", sec.computation.join("\n")));
        // A row per paragraph: a row is never split over two pages, so a long text in
        // one row would leave the rest of a page blank, and a paragraph's height is
        // estimated closer than a whole text's. (field, paragraph, the field's first)
        let lines: Vec<(&str, &str, bool)> = fields
            .iter()
            .flat_map(|(field, text)| {
                text.split('\n')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .enumerate()
                    .map(move |(i, p)| (*field, p, i == 0))
            })
            .collect();
        // As tall as its text: a wrapped cell does not grow its row by itself in every
        // spreadsheet program, and then overprints the next row. 0.85 units a character:
        // LibreOffice draws Calibri with a wider font where Calibri is not installed.
        // The first row (the indicator's name) is bold: 0.95.
        let heights: Vec<f64> = lines
            .iter()
            .enumerate()
            .map(|(i, (_, text, _))| {
                let per_char = if i == 0 { 0.95 } else { 0.85 };
                wrapped_lines(text, widths[2], per_char) as f64 * 15.0 + 4.0
            })
            .collect();
        let block: f64 = heights.iter().sum();
        // A block longer than a page runs on from where the last one ended: a new page
        // would only leave the rest of this one blank.
        if on_page > 0.0 && on_page + block > page && block <= page {
            breaks.push(row);
            on_page = 0.0;
        }
        on_page += block;
        while on_page > page {
            on_page -= page;
        }
        for (i, ((field, text, field_first), height)) in lines.iter().zip(heights).enumerate() {
            let (key, body) = match (i, field_first) {
                (0, _) => (&first, &first),
                (_, true) => (&wrap, &wrap),
                // A paragraph after the first: its id and field greyed, there for a
                // filter, not to be read again.
                (_, false) => (&grey, &wrap),
            };
            ws.write_string_with_format(row, 0, &sec.id, key)?;
            ws.write_string_with_format(row, 1, *field, key)?;
            ws.write_string_with_format(row, 2, *text, body)?;
            ws.set_row_height(row, height)?;
            row += 1;
        }
    }
    ws.autofilter(0, 0, row.saturating_sub(1).max(1), 2)?;
    ws.set_page_breaks(&breaks)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::sheet_name;

    #[test]
    fn sheet_names_are_whole_words_within_31_characters() {
        let mut used = vec![];
        // Cut at a word, not after a word that leads on.
        let a = sheet_name("Brukarnas uppfattning om verksamheten", &mut used);
        assert_eq!(a, "Brukarnas uppfattning");
        let b = sheet_name("Trygghet och säkerhet för placerade barn", &mut used);
        assert_eq!(b, "Trygghet och säkerhet");
        // The same words twice are told apart.
        let c = sheet_name("Brukarnas uppfattning om verksamheterna", &mut used);
        assert_eq!(c, "Brukarnas uppfattning 2");
        let d = sheet_name("Socialtjänstlagsövergångsbestämmelserna", &mut used);
        assert_eq!(d.chars().count(), 28);
        // 31 characters fit whole (counted in characters, not bytes: å, ä, ö are two).
        let e = sheet_name("Placerade barns utbildningsnivå", &mut used);
        assert_eq!(e, "Placerade barns utbildningsnivå");
        // A second sheet of the same name is cut (and numbered if it must be).
        let f = sheet_name("Placerade barns utbildningsnivå", &mut used);
        assert_eq!(f, "Placerade barns");
        for n in [a, b, c, d, e, f] {
            assert!(n.chars().count() <= 31);
        }
    }
}
