//! A small, strict CSV table reader: header + rows of the same width, UTF-8 (a BOM is
//! accepted), every cell kept as text with its line number for messages.

use crate::diagnostic::{Code, Diagnostic};
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Table {
    pub header: Vec<String>,
    /// (line number in the file, cells)
    pub rows: Vec<(u64, Record)>,
}

/// The cells of one row, as read, in one buffer: a row is two allocations rather than
/// one per cell (a survey row has over a hundred cells).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    text: String,
    /// Where each cell ends in `text`.
    ends: Vec<usize>,
}

impl Record {
    pub fn with_capacity(cells: usize, bytes: usize) -> Record {
        Record {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(cells),
        }
    }
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.ends.push(self.text.len());
    }
    pub fn len(&self) -> usize {
        self.ends.len()
    }
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
    /// The length of all cells together, in bytes.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.text[start..end])
    }
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| &self[i])
    }
}

/// A cell without surrounding whitespace. Most cells have none, and are returned as
/// they are without the Unicode-aware scan of `str::trim`.
pub fn trim(cell: &str) -> &str {
    match (cell.as_bytes().first(), cell.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => cell,
        (None, _) => cell,
        _ => cell.trim(),
    }
}

impl std::ops::Index<usize> for Record {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(cell) => cell,
            None => panic!("cell {i} of a row of {}", self.len()),
        }
    }
}

impl<const N: usize> PartialEq<[&str; N]> for Record {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.len() == N && self.iter().zip(other).all(|(a, b)| a == *b)
    }
}

impl Table {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

pub fn read(path: &Path) -> Result<Table, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            Code::DataRead,
            crate::t!("data-cannot-read", error = crate::diagnostic::io_error(&e)),
        )
        .at(path, None, None)
        .help(crate::t!("data-cannot-read-help"))
    })?;
    parse(path, &bytes)
}

pub fn parse(path: &Path, bytes: &[u8]) -> Result<Table, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(
            Diagnostic::error(Code::EmptyData, crate::t!("data-empty-file"))
                .at(path, None, None)
                .help(crate::t!("data-empty-file-help")),
        );
    }
    // Records end at `\n` only, so that line numbers are right in CRLF files too (the csv
    // crate's default CRLF handling reports a record one line early); the `\r` left at
    // the end of a line is removed below.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(bytes);
    let mut header: Option<Vec<String>> = None;
    let mut rows = vec![];
    for rec in reader.byte_records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line());
            Diagnostic::error(
                Code::DataRow,
                crate::t!("data-invalid-csv", error = e.to_string()),
            )
            .at(path, line, None)
            .help(crate::t!("data-invalid-csv-help"))
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut cells = Record::with_capacity(rec.len(), rec.as_slice().len());
        let last = rec.len().saturating_sub(1);
        for (i, field) in rec.iter().enumerate() {
            let field = if i == last {
                field.strip_suffix(b"\r").unwrap_or(field)
            } else {
                field
            };
            match std::str::from_utf8(field) {
                Ok(s) => cells.push(s),
                Err(_) => {
                    let col = header
                        .as_ref()
                        .and_then(|h| h.get(i).cloned())
                        .unwrap_or_else(|| format!("{}", i + 1));
                    return Err(
                        Diagnostic::error(Code::DataRead, crate::t!("data-not-utf8"))
                            .at(path, Some(line), Some(&col))
                            .help(crate::t!("data-not-utf8-help")),
                    );
                }
            }
        }
        // An empty trailing line (or a line of only commas' worth of nothing) is not a row.
        if cells.len() == 1 && cells[0].trim().is_empty() {
            continue;
        }
        match &header {
            None => {
                // Swedish Excel saves "CSV" with semicolons: one header cell full of them.
                if cells.len() == 1 && cells[0].matches(';').count() >= 1 {
                    return Err(
                        Diagnostic::error(Code::DataHeader, crate::t!("data-semicolons"))
                            .at(path, Some(line), None)
                            .help(crate::t!("data-semicolons-help")),
                    );
                }
                let h: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
                let mut seen = std::collections::BTreeSet::new();
                for name in &h {
                    if name.is_empty() {
                        return Err(Diagnostic::error(
                            Code::DataHeader,
                            crate::t!("data-empty-column-name"),
                        )
                        .at(path, Some(line), None)
                        .help(crate::t!("data-empty-column-name-help")));
                    }
                    if !seen.insert(name.clone()) {
                        return Err(Diagnostic::error(
                            Code::DataHeader,
                            crate::t!("data-duplicate-column", name = name),
                        )
                        .at(path, Some(line), Some(name))
                        .help(crate::t!("data-duplicate-column-help")));
                    }
                }
                header = Some(h);
            }
            Some(h) => {
                if cells.len() != h.len() {
                    return Err(Diagnostic::error(
                        Code::DataRow,
                        crate::t!("data-ragged-row", cells = cells.len(), width = h.len()),
                    )
                    .at(path, Some(line), None)
                    .help(crate::t!("data-ragged-row-comma-help")));
                }
                rows.push((line, cells));
            }
        }
    }
    let header = header.ok_or_else(|| {
        Diagnostic::error(Code::EmptyData, crate::t!("data-no-header"))
            .at(path, None, None)
            .help(crate::t!("data-no-header-help"))
    })?;
    if rows.is_empty() {
        return Err(
            Diagnostic::error(Code::EmptyData, crate::t!("data-no-rows"))
                .at(path, Some(1), None)
                .help(crate::t!("data-no-rows-help")),
        );
    }
    Ok(Table { header, rows })
}

/// Checks that exactly the `expected` columns are present (any order).
pub fn require_columns(path: &Path, table: &Table, expected: &[&str]) -> Result<(), Diagnostic> {
    for name in &table.header {
        if !expected.contains(&name.as_str()) {
            let mut d = Diagnostic::error(
                Code::DataHeader,
                crate::t!("data-unknown-column", name = name),
            )
            .at(path, Some(1), Some(name));
            d = match crate::diagnostic::did_you_mean(name, expected.iter().copied()) {
                Some(s) => d.did_you_mean(s),
                None => d.help(crate::t!("data-columns-are", columns = expected.join(","))),
            };
            return Err(d);
        }
    }
    for name in expected {
        if table.column(name).is_none() {
            return Err(Diagnostic::error(
                Code::DataHeader,
                crate::t!("data-missing-column", name = *name),
            )
            .at(path, Some(1), None)
            .help(crate::t!("data-columns-are", columns = expected.join(","))));
        }
    }
    Ok(())
}

#[cfg(test)]
mod semicolon_tests {
    #[test]
    fn a_semicolon_file_is_refused_with_how_to_save_it() {
        let e = super::parse(
            std::path::Path::new("survey.csv"),
            "enhet;A1_oppenvard\n0114;1\n".as_bytes(),
        )
        .err()
        .unwrap();
        assert_eq!(e.message, crate::t!("data-semicolons"));
        assert!(e.help.unwrap().contains("CSV UTF-8 (kommaavgränsad)"));
        // A comma file whose cells hold semicolons is read as it is.
        let t = super::parse(
            std::path::Path::new("survey.csv"),
            "enhet,text\n0114,\"a; b\"\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(t.rows[0].1, ["0114", "a; b"]);
    }
}
