//! A `per person` source (register.csv): read in one streaming pass. Each record is
//! decoded into whole numbers, tested against every register indicator's subgroup,
//! population and counts, and added to the counts of the kommun it belongs to. Memory is
//! bounded by indicators × kommuner × counts, whatever the number of records.
//!
//! A large file is split at line boundaries into one part per core, each read by its own
//! thread and counted separately; counts add up, so the parts are summed. A file with a
//! double quote anywhere (a quoted cell could hold a line break) is read by one thread.
//!
//! A record with a wrong value (a code that is not 0/1, text in a number column, an
//! unknown kommun, a blank in a column that is not `valfri`) is a review finding of
//! severity error with its line, and is not counted; the file itself must be well formed.

use super::survey::Finding;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::Check;
use crate::ir::{ColType, RowCond, RowNum, SourceDef, SourceMeasure};
use crate::syntax::ast::Severity;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read, Seek};
use std::path::Path;

/// Counts per indicator, per kommun, per `räkna` (in the order of the indicator's counts).
#[derive(Debug, Clone, Default)]
pub struct RegisterCounts {
    pub counts: Vec<Vec<Vec<u64>>>,
    pub records: u64,
    pub findings: Vec<Finding>,
}

/// At most this many findings are listed per rule; the rest are summed in one line, so a
/// broken export of 10^7 rows does not produce a review file of 10^7 lines.
const MAX_FINDINGS_PER_RULE: usize = 1000;

/// Files smaller than this are read by one thread.
const PARALLEL_FROM_BYTES: u64 = 4 << 20;

fn read_error(path: &Path, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(
        Code::DataRead,
        crate::t!("data-cannot-read", error = crate::diagnostic::io_error(&e)),
    )
    .at(path, None, None)
    .help(crate::t!("data-cannot-read-help"))
}

/// Reads `path` once and counts, for each of `measures`, per kommun of `kommuner`.
pub fn scan(
    path: &Path,
    display: &str,
    source: &SourceDef,
    measures: &[&SourceMeasure],
    kommuner: &[String],
) -> Result<RegisterCounts, Diagnostic> {
    let big = std::fs::metadata(path).is_ok_and(|m| m.len() >= PARALLEL_FROM_BYTES);
    let threads = if big {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8)
    } else {
        1
    };
    scan_with(path, display, source, measures, kommuner, threads)
}

/// [`scan`] with a given number of threads (tests use several on small files).
pub fn scan_with(
    path: &Path,
    display: &str,
    source: &SourceDef,
    measures: &[&SourceMeasure],
    kommuner: &[String],
    threads: usize,
) -> Result<RegisterCounts, Diagnostic> {
    let mut file = std::fs::File::open(path).map_err(|e| read_error(path, e))?;
    let len = file.metadata().map_err(|e| read_error(path, e))?.len();
    // The header: the first non-empty line.
    let mut reader = std::io::BufReader::new(&mut file);
    let mut header_line = Vec::new();
    let mut header_end = 0u64;
    let mut header_lines = 0u64;
    loop {
        header_line.clear();
        let n = reader
            .read_until(b'\n', &mut header_line)
            .map_err(|e| read_error(path, e))?;
        if n == 0 {
            return Err(
                Diagnostic::error(Code::EmptyData, crate::t!("data-empty-file"))
                    .at(path, None, None)
                    .help(crate::t!("data-empty-file-source-help")),
            );
        }
        header_end += n as u64;
        header_lines += 1;
        if !header_line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
    }
    drop(reader);
    let header = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(header_line.as_slice())
        .byte_records()
        .next()
        .transpose()
        .map_err(|e| csv_error(path, 0, e))?
        .unwrap_or_default();
    let counter = Counter::new(path, display, source, measures, kommuner, &header)?;
    let parts = if threads > 1 {
        split(&mut file, header_end, len, threads).map_err(|e| read_error(path, e))?
    } else {
        vec![(header_end, len)]
    };
    let results: Vec<Result<Part, ScanError>> = if parts.len() == 1 {
        vec![counter.clone().part(path, parts[0])]
    } else {
        // The parts' messages in the language of the thread that asked for the scan.
        let lang = crate::locale::current();
        std::thread::scope(|s| {
            let handles: Vec<_> = parts
                .iter()
                .map(|&range| {
                    let c = counter.clone();
                    s.spawn(move || crate::locale::with(lang, || c.part(path, range)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a register thread panicked"))
                .collect()
        })
    };
    // A quote may hide a line break inside a cell, where a part may have been cut: read
    // such a file again, whole, by one thread.
    if parts.len() > 1 && results.iter().any(|r| matches!(r, Ok(p) if p.quoted)) {
        return scan_with(path, display, source, measures, kommuner, 1);
    }
    let mut out = RegisterCounts {
        counts: measures
            .iter()
            .map(|m| vec![vec![0; m.counts.len()]; kommuner.len()])
            .collect(),
        ..RegisterCounts::default()
    };
    let mut line_offset = header_lines;
    let mut skipped: BTreeMap<&'static str, u64> = BTreeMap::new();
    for r in results {
        let part = match r {
            Ok(p) => p,
            Err(e) => return Err(e.into_diagnostic(path, line_offset)),
        };
        for (m, per_kommun) in part.counts.iter().enumerate() {
            for (k, counts) in per_kommun.iter().enumerate() {
                for (i, c) in counts.iter().enumerate() {
                    out.counts[m][k][i] += c;
                }
            }
        }
        out.records += part.records;
        for mut f in part.findings {
            f.line = f.line.map(|l| l + line_offset);
            out.findings.push(f);
        }
        for (rule, n) in part.skipped {
            *skipped.entry(rule).or_default() += n;
        }
        line_offset += part.lines;
    }
    // The first findings of each rule, in file order; the rest summed.
    out.findings.sort_by_key(|f| f.line);
    let mut listed: HashMap<String, usize> = HashMap::new();
    out.findings.retain(|f| {
        let n = listed.entry(f.rule.clone()).or_default();
        *n += 1;
        *n <= MAX_FINDINGS_PER_RULE
    });
    for (rule, n) in skipped {
        if n as usize > MAX_FINDINGS_PER_RULE {
            out.findings.push(Finding {
                enhet: String::new(),
                rule: rule.to_string(),
                severity: Severity::Fel,
                variables: vec![],
                values: format!(
                    "{} fler rader med samma fel räknas inte",
                    n as usize - MAX_FINDINGS_PER_RULE
                ),
                file: display.to_string(),
                line: None,
            });
        }
    }
    if out.records == 0 {
        return Err(
            Diagnostic::error(Code::EmptyData, crate::t!("data-no-rows"))
                .at(path, Some(1), None)
                .help(crate::t!("data-no-rows-help")),
        );
    }
    Ok(out)
}

/// Splits `[start, len)` into about `n` parts that begin at the start of a line.
fn split(
    file: &mut std::fs::File,
    start: u64,
    len: u64,
    n: usize,
) -> std::io::Result<Vec<(u64, u64)>> {
    let mut bounds = vec![start];
    for i in 1..n as u64 {
        let guess = start + (len - start) * i / n as u64;
        file.seek(std::io::SeekFrom::Start(guess))?;
        let mut r = std::io::BufReader::new(&mut *file);
        let mut skip = Vec::new();
        let read = r.read_until(b'\n', &mut skip)? as u64;
        let b = (guess + read).min(len);
        if b > *bounds.last().unwrap() {
            bounds.push(b);
        }
    }
    bounds.push(len);
    bounds.dedup();
    Ok(bounds.windows(2).map(|w| (w[0], w[1])).collect())
}

/// What one part of the file gave.
struct Part {
    counts: Vec<Vec<Vec<u64>>>,
    records: u64,
    /// Line breaks in the part: the next part's lines start after them.
    lines: u64,
    findings: Vec<Finding>,
    skipped: BTreeMap<&'static str, u64>,
    quoted: bool,
}

/// A structural error, with its line counted from the start of its part.
enum ScanError {
    Ragged {
        line: u64,
        cells: usize,
        width: usize,
    },
    Csv {
        line: u64,
        message: String,
    },
    Io(String),
}

impl ScanError {
    fn into_diagnostic(self, path: &Path, offset: u64) -> Diagnostic {
        match self {
            ScanError::Ragged { line, cells, width } => Diagnostic::error(
                Code::DataRow,
                crate::t!("data-ragged-row", cells = cells, width = width),
            )
            .at(path, Some(line + offset), None)
            .help(crate::t!("data-ragged-row-help")),
            ScanError::Csv { line, message } => Diagnostic::error(
                Code::DataRow,
                crate::t!("data-invalid-csv", error = message),
            )
            .at(path, Some(line + offset), None)
            .help(crate::t!("data-invalid-csv-help")),
            ScanError::Io(e) => {
                Diagnostic::error(Code::DataRead, crate::t!("data-cannot-read", error = e))
                    .at(path, None, None)
                    .help(crate::t!("data-cannot-read-readable-help"))
            }
        }
    }
}

/// Counts the bytes it passes on: line breaks, and whether a double quote occurs.
struct Watch<R> {
    inner: R,
    lines: u64,
    quoted: bool,
}

impl<R: Read> Read for Watch<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            self.lines += (b == b'\n') as u64;
            self.quoted |= b == b'"';
        }
        Ok(n)
    }
}

/// The per-record work, shared by every part.
#[derive(Clone)]
struct Counter<'a> {
    display: &'a str,
    source: &'a SourceDef,
    measures: &'a [&'a SourceMeasure],
    kommuner: &'a [String],
    /// File position of each declared column.
    position: Vec<usize>,
    width: usize,
    /// Columns a condition reads (not `lopnr`, different on every record, which would
    /// defeat the memo).
    used: Vec<bool>,
    kommun_index: HashMap<Vec<u8>, usize, BuildFx>,
}

impl<'a> Counter<'a> {
    fn new(
        path: &Path,
        display: &'a str,
        source: &'a SourceDef,
        measures: &'a [&'a SourceMeasure],
        kommuner: &'a [String],
        header: &csv::ByteRecord,
    ) -> Result<Counter<'a>, Diagnostic> {
        let mut position = vec![usize::MAX; source.columns.len()];
        for (i, raw) in header.iter().enumerate() {
            let raw = if i == 0 {
                raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
            } else {
                raw
            };
            let name = String::from_utf8_lossy(raw).trim().to_string();
            match source.column(&name) {
                Some(c) if position[c] == usize::MAX => position[c] = i,
                Some(_) => {
                    return Err(Diagnostic::error(
                        Code::DataHeader,
                        crate::t!("data-duplicate-column", name = &name),
                    )
                    .at(path, Some(1), Some(&name))
                    .help(crate::t!("data-duplicate-column-help")))
                }
                None => {
                    let names: Vec<&str> = source.columns.iter().map(|c| c.name.as_str()).collect();
                    let mut d = Diagnostic::error(
                        Code::DataHeader,
                        crate::t!("data-unknown-column", name = &name),
                    )
                    .at(path, Some(1), Some(&name));
                    d = match crate::diagnostic::did_you_mean(&name, names.iter().copied()) {
                        Some(s) => d.did_you_mean(s),
                        None => d.help(crate::t!(
                            "data-source-columns-are",
                            source = &source.name,
                            columns = names.join(",")
                        )),
                    };
                    return Err(d);
                }
            }
        }
        if let Some(c) = position.iter().position(|p| *p == usize::MAX) {
            return Err(Diagnostic::error(
                Code::DataHeader,
                crate::t!("data-missing-column", name = &source.columns[c].name),
            )
            .at(path, Some(1), None)
            .help(crate::t!(
                "data-missing-column-source-help",
                source = &source.name
            )));
        }
        let mut used = vec![false; source.columns.len()];
        for m in measures {
            let conds = m
                .subgroup
                .iter()
                .map(|(_, _, c)| c)
                .chain([&m.population])
                .chain(m.counts.iter().map(|(_, c)| c));
            for c in conds {
                mark_columns(c, &mut used);
            }
        }
        Ok(Counter {
            display,
            source,
            measures,
            kommuner,
            position,
            width: header.len(),
            used,
            kommun_index: kommuner
                .iter()
                .enumerate()
                .map(|(i, k)| (k.as_bytes().to_vec(), i))
                .collect(),
        })
    }

    /// Counts the records of `[start, end)` of the file.
    fn part(self, path: &Path, (start, end): (u64, u64)) -> Result<Part, ScanError> {
        // Its own handle: a cloned descriptor would share the file position between parts.
        let mut f = std::fs::File::open(path).map_err(|e| ScanError::Io(e.to_string()))?;
        f.seek(std::io::SeekFrom::Start(start))
            .map_err(|e| ScanError::Io(e.to_string()))?;
        let mut watch = Watch {
            inner: std::io::BufReader::with_capacity(1 << 20, f.take(end - start)),
            lines: 0,
            quoted: false,
        };
        // Records end at `\n` only, so that line numbers are right in CRLF files too; a `\r`
        // left at the end of the last cell is removed by `trim`.
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(&mut watch);
        let mut record = csv::ByteRecord::new();
        let mut part = Part {
            counts: self
                .measures
                .iter()
                .map(|m| vec![vec![0; m.counts.len()]; self.kommuner.len()])
                .collect(),
            records: 0,
            lines: 0,
            findings: vec![],
            skipped: BTreeMap::new(),
            quoted: false,
        };
        let mut values: Vec<Option<i64>> = vec![None; self.source.columns.len()];
        // Records repeat a small number of distinct value combinations (birth year,
        // flags): what each combination adds is computed once and remembered.
        let mut memo: HashMap<Vec<Option<i64>>, Vec<Vec<usize>>, BuildFx> = HashMap::default();
        // The kommun columns that place some indicator's persons (several when indicators
        // count by different geographies: placerande kommun, folkbokföringskommun).
        let mut kommun_cols: Vec<usize> = self.measures.iter().map(|m| m.kommun).collect();
        kommun_cols.sort_unstable();
        kommun_cols.dedup();
        if kommun_cols.is_empty() {
            kommun_cols.push(self.source.kommun);
        }
        let mut placed: Vec<Option<usize>> = vec![None; self.source.columns.len()];
        loop {
            match rdr.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    return Err(ScanError::Csv {
                        line,
                        message: e.to_string(),
                    });
                }
            }
            // Lines are counted from 1 within the part; the caller adds the lines before it.
            let line = record.position().map_or(0, |p| p.line() - 1);
            if record.len() == 1 && record[0].iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if record.len() != self.width {
                return Err(ScanError::Ragged {
                    line: line + 1,
                    cells: record.len(),
                    width: self.width,
                });
            }
            part.records += 1;
            let mut bad: Option<(&'static str, usize, String)> = None;
            for (c, col) in self.source.columns.iter().enumerate() {
                let raw = trim(&record[self.position[c]]);
                if col.ty == ColType::Kommun {
                    if !kommun_cols.contains(&c) {
                        continue;
                    }
                    // A blank in a `valfri` kommun column: the person counts for no kommun
                    // by that geography (not folkbokförd, say), and is no error.
                    placed[c] = match self.kommun_index.get(raw) {
                        Some(&k) => Some(k),
                        None if raw.is_empty() && col.optional => None,
                        None => {
                            bad.get_or_insert((
                                "unknown_kommun",
                                c,
                                String::from_utf8_lossy(raw).into_owned(),
                            ));
                            None
                        }
                    };
                    continue;
                }
                if col.ty == ColType::Text || !self.used[c] {
                    continue;
                }
                values[c] = if raw.is_empty() {
                    if !col.optional {
                        bad.get_or_insert(("blank_value", c, String::new()));
                    }
                    None
                } else {
                    match parse_int(raw) {
                        Some(v) if col.ty != ColType::Flagga || v == 0 || v == 1 => Some(v),
                        _ => {
                            let rule = if col.ty == ColType::Flagga {
                                "unknown_code"
                            } else {
                                "not_a_number"
                            };
                            bad.get_or_insert((rule, c, String::from_utf8_lossy(raw).into_owned()));
                            None
                        }
                    }
                };
            }
            if let Some((rule, c, value)) = bad {
                let n = part.skipped.entry(rule).or_default();
                *n += 1;
                if *n as usize <= MAX_FINDINGS_PER_RULE {
                    let kommun = kommun_cols.iter().find_map(|&c| placed[c]);
                    part.findings.push(Finding {
                        enhet: kommun.map(|k| self.kommuner[k].clone()).unwrap_or_default(),
                        rule: rule.to_string(),
                        severity: Severity::Fel,
                        variables: vec![self.source.columns[c].name.clone()],
                        values: format!(
                            "{}={value}; personen räknas inte",
                            self.source.columns[c].name
                        ),
                        file: self.display.to_string(),
                        line: Some(line + 1),
                    });
                }
                continue;
            }
            if kommun_cols.iter().all(|&c| placed[c].is_none()) {
                continue;
            }
            let adds = match memo.get(&values) {
                Some(a) => a,
                None => {
                    let a = self
                        .measures
                        .iter()
                        .map(|m| contributions(m, &values))
                        .collect();
                    memo.entry(values.clone()).or_insert(a)
                }
            };
            for (m, add) in adds.iter().enumerate() {
                let Some(k) = placed[self.measures[m].kommun] else {
                    continue;
                };
                let counts = &mut part.counts[m][k];
                for &i in add {
                    counts[i] += 1;
                }
            }
        }
        drop(rdr);
        part.lines = watch.lines;
        part.quoted = watch.quoted;
        Ok(part)
    }
}

fn mark_columns(c: &RowCond, used: &mut [bool]) {
    match c {
        RowCond::Const(_) => {}
        RowCond::And(cs) | RowCond::Or(cs) => cs.iter().for_each(|c| mark_columns(c, used)),
        RowCond::Not(c) => mark_columns(c, used),
        RowCond::Atom(Check::Blank(i)) => used[*i] = true,
        RowCond::Atom(Check::Cmp(_, a, b)) => {
            let mut cols = vec![];
            a.columns(&mut cols);
            b.columns(&mut cols);
            for i in cols {
                used[i] = true;
            }
        }
    }
}

/// Which counts of a measure one record adds to.
fn contributions(m: &SourceMeasure, values: &[Option<i64>]) -> Vec<usize> {
    if let Some((_, _, g)) = &m.subgroup {
        if !row_cond(g, values, m.matar) {
            return vec![];
        }
    }
    if !row_cond(&m.population, values, m.matar) {
        return vec![];
    }
    m.counts
        .iter()
        .enumerate()
        .filter(|(_, (_, c))| row_cond(c, values, m.matar))
        .map(|(i, _)| i)
        .collect()
}

/// Whether a record's values (`None`: blank) pass the condition, `mätår` being `matar`.
pub fn row_cond(c: &RowCond, v: &[Option<i64>], matar: i64) -> bool {
    c.test(&|n: &RowNum| n.value(v, matar), &|i| v[i].is_none())
}

/// rustc's FxHash for the memo's and the kommun index's short keys: the keys are record
/// values, not attacker-chosen table sizes, and the maps stay small.
type BuildFx = rustc_hash::FxBuildHasher;

fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

/// A whole number of at most 18 digits, optionally negative; anything else is `None`.
fn parse_int(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (d - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

fn csv_error(path: &Path, _line: u64, e: csv::Error) -> Diagnostic {
    let line = e.position().map(|p| p.line());
    Diagnostic::error(
        Code::DataRow,
        crate::t!("data-invalid-csv", error = e.to_string()),
    )
    .at(path, line, None)
    .help(crate::t!("data-invalid-csv-help"))
}

/// For fuzzing: [`scan_with`] on bytes (written to a temporary file), in two parts so that
/// the splitting is exercised too.
pub fn scan_reader_for_fuzzing(
    bytes: &[u8],
    source: &SourceDef,
    measures: &[&SourceMeasure],
    kommuner: &[String],
) -> Result<RegisterCounts, Diagnostic> {
    let mut f = tempfile::NamedTempFile::new().map_err(|e| read_error(Path::new("fuzz"), e))?;
    std::io::Write::write_all(&mut f, bytes).map_err(|e| read_error(f.path(), e))?;
    scan_with(f.path(), "fuzz.csv", source, measures, kommuner, 2)
}
