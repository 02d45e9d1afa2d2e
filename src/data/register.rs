//! A `per person` source (register.csv): read in one streaming pass. Each record is
//! decoded into whole numbers, tested against every register indicator's subgroup,
//! population and counts, and added to the counts of the kommun it belongs to. Memory is
//! bounded by indicators × kommuner × counts, whatever the number of records.
//!
//! A record with a wrong value (a code that is not 0/1, text in a number column, an
//! unknown kommun, a blank in a column that is not `valfri`) is a review finding of
//! severity error with its line, and is not counted; the file itself must be well formed.

use super::survey::Finding;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::{ColType, RowCond, RowNum, SourceDef, SourceMeasure};
use crate::syntax::ast::BinOp;
use crate::syntax::ast::Severity;
use std::collections::HashMap;
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

/// Reads `path` once and counts, for each of `measures`, per kommun of `kommuner`.
pub fn scan(
    path: &Path,
    display: &str,
    source: &SourceDef,
    measures: &[&SourceMeasure],
    kommuner: &[String],
) -> Result<RegisterCounts, Diagnostic> {
    let file = std::fs::File::open(path).map_err(|e| {
        Diagnostic::error(Code::DataRead, format!("cannot read the file: {e}"))
            .at(path, None, None)
            .help("check that the data directory has the layout of docs/data-formats.md")
    })?;
    scan_reader(
        std::io::BufReader::with_capacity(1 << 20, file),
        path,
        display,
        source,
        measures,
        kommuner,
    )
}

pub fn scan_reader<R: std::io::Read>(
    reader: R,
    path: &Path,
    display: &str,
    source: &SourceDef,
    measures: &[&SourceMeasure],
    kommuner: &[String],
) -> Result<RegisterCounts, Diagnostic> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut record = csv::ByteRecord::new();
    // Header: every declared column, no other.
    let header = loop {
        if !rdr
            .read_byte_record(&mut record)
            .map_err(|e| csv_error(path, e))?
        {
            return Err(Diagnostic::error(Code::EmptyData, "the file is empty")
                .at(path, None, None)
                .help("the file needs a header row naming the columns of the `källa`"));
        }
        if !(record.len() == 1 && record[0].iter().all(u8::is_ascii_whitespace)) {
            break record.clone();
        }
    };
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
                    format!("the column `{name}` appears twice in the header"),
                )
                .at(path, Some(1), Some(&name))
                .help("remove one of the two columns"))
            }
            None => {
                let names: Vec<&str> = source.columns.iter().map(|c| c.name.as_str()).collect();
                let mut d = Diagnostic::error(Code::DataHeader, format!("unknown column `{name}`"))
                    .at(path, Some(1), Some(&name));
                d = match crate::diagnostic::did_you_mean(&name, names.iter().copied()) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!(
                        "the columns of `källa {}` are: {}",
                        source.name,
                        names.join(",")
                    )),
                };
                return Err(d);
            }
        }
    }
    if let Some(c) = position.iter().position(|p| *p == usize::MAX) {
        return Err(Diagnostic::error(
            Code::DataHeader,
            format!("the column `{}` is missing", source.columns[c].name),
        )
        .at(path, Some(1), None)
        .help(format!(
            "`källa {}` declares it; add it to the file or remove it from the declaration",
            source.name
        )));
    }
    let width = header.len();
    let kommun_index: HashMap<Vec<u8>, usize> = kommuner
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_bytes().to_vec(), i))
        .collect();
    let mut out = RegisterCounts {
        counts: measures
            .iter()
            .map(|m| vec![vec![0; m.counts.len()]; kommuner.len()])
            .collect(),
        ..RegisterCounts::default()
    };
    let mut skipped: HashMap<&'static str, u64> = HashMap::new();
    let mut values: Vec<Option<i64>> = vec![None; source.columns.len()];
    // Records repeat a small number of distinct value combinations (birth year, flags):
    // what each combination adds is computed once and remembered.
    let mut memo: HashMap<Vec<Option<i64>>, Vec<Vec<usize>>> = HashMap::new();
    let kommun_col = source.kommun;
    // Only the columns a condition reads are decoded and remembered (not `lopnr`, which
    // is different on every record and would defeat the memo).
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
    while rdr
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(path, e))?
    {
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.len() == 1 && record[0].iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if record.len() != width {
            return Err(Diagnostic::error(
                Code::DataRow,
                format!("the row has {} cells, the header {width}", record.len()),
            )
            .at(path, Some(line), None)
            .help("every row has one cell per column"));
        }
        out.records += 1;
        let mut kommun = None;
        let mut bad: Option<(&'static str, usize, String)> = None;
        for (c, col) in source.columns.iter().enumerate() {
            let raw = trim(&record[position[c]]);
            if c == kommun_col {
                match kommun_index.get(raw) {
                    Some(&k) => kommun = Some(k),
                    None => {
                        bad.get_or_insert((
                            "unknown_kommun",
                            c,
                            String::from_utf8_lossy(raw).into_owned(),
                        ));
                    }
                }
                continue;
            }
            if col.ty == ColType::Text || !used[c] {
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
            let n = skipped.entry(rule).or_default();
            *n += 1;
            if *n as usize <= MAX_FINDINGS_PER_RULE {
                out.findings.push(Finding {
                    enhet: kommun.map(|k| kommuner[k].clone()).unwrap_or_default(),
                    rule: rule.to_string(),
                    severity: Severity::Fel,
                    variables: vec![source.columns[c].name.clone()],
                    values: format!("{}={value}; personen räknas inte", source.columns[c].name),
                    file: display.to_string(),
                    line: Some(line),
                });
            }
            continue;
        }
        let Some(k) = kommun else { continue };
        values[kommun_col] = None;
        let adds = match memo.get(&values) {
            Some(a) => a,
            None => {
                let a = measures.iter().map(|m| contributions(m, &values)).collect();
                memo.entry(values.clone()).or_insert(a)
            }
        };
        for (m, add) in adds.iter().enumerate() {
            let counts = &mut out.counts[m][k];
            for &i in add {
                counts[i] += 1;
            }
        }
    }
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
            Diagnostic::error(Code::EmptyData, "the file has a header but no rows")
                .at(path, Some(1), None)
                .help("an export with no data is a failed export: export it again"),
        );
    }
    Ok(out)
}

fn mark_columns(c: &RowCond, used: &mut [bool]) {
    match c {
        RowCond::Const(_) => {}
        RowCond::And(cs) | RowCond::Or(cs) => cs.iter().for_each(|c| mark_columns(c, used)),
        RowCond::Not(c) => mark_columns(c, used),
        RowCond::Blank(i) => used[*i] = true,
        RowCond::Cmp(_, a, b) => {
            for n in [a, b] {
                if let RowNum::Col(i) = n {
                    used[*i] = true;
                }
            }
        }
    }
}

/// Which counts of a measure one record adds to.
fn contributions(m: &SourceMeasure, values: &[Option<i64>]) -> Vec<usize> {
    if let Some((_, _, g)) = &m.subgroup {
        if !row_cond(g, values) {
            return vec![];
        }
    }
    if !row_cond(&m.population, values) {
        return vec![];
    }
    m.counts
        .iter()
        .enumerate()
        .filter(|(_, (_, c))| row_cond(c, values))
        .map(|(i, _)| i)
        .collect()
}

pub fn row_cond(c: &RowCond, v: &[Option<i64>]) -> bool {
    match c {
        RowCond::Const(b) => *b,
        RowCond::And(cs) => cs.iter().all(|c| row_cond(c, v)),
        RowCond::Or(cs) => cs.iter().any(|c| row_cond(c, v)),
        RowCond::Not(c) => !row_cond(c, v),
        RowCond::Blank(i) => v[*i].is_none(),
        RowCond::Cmp(op, a, b) => {
            let get = |n: &RowNum| match n {
                RowNum::Col(i) => v[*i],
                RowNum::Const(x) => Some(*x),
            };
            match (get(a), get(b)) {
                (Some(a), Some(b)) => match op {
                    BinOp::Eq => a == b,
                    BinOp::Lt => a < b,
                    BinOp::Le => a <= b,
                    BinOp::Gt => a > b,
                    BinOp::Ge => a >= b,
                    _ => false,
                },
                _ => false,
            }
        }
    }
}

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

fn parse_int(b: &[u8]) -> Option<i64> {
    std::str::from_utf8(b).ok()?.parse().ok()
}

fn csv_error(path: &Path, e: csv::Error) -> Diagnostic {
    let line = e.position().map(|p| p.line());
    Diagnostic::error(Code::DataRow, format!("not valid CSV: {e}"))
        .at(path, line, None)
        .help("check the quoting of this line: a cell with a comma must be in double quotes")
}
