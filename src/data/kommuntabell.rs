//! A `per kommun` source (bakgrund.csv): one row per kommun, typed columns. The file is
//! small (290 rows) and read whole. A blank cell, or a kommun missing from the file, is a
//! blank value (the measures that read it are Bortfall: "Tom cell = bortfall"); a cell that
//! is not a number is a review finding of severity error and also blank.

use super::survey::Finding;
use super::table;
use super::units::Units;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::{ColType, SourceDef};
use crate::num::{self, Num};
use crate::syntax::ast::Severity;
use std::collections::BTreeMap;
use std::path::Path;

/// A cell of a per-kommun table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(Num),
    Blank,
    /// Not a valid value; a finding says why.
    Invalid,
}

#[derive(Debug, Clone, Default)]
pub struct KommunTable {
    /// kommunkod → one value per declared column.
    pub rows: BTreeMap<String, Vec<Value>>,
    pub findings: Vec<Finding>,
}

impl KommunTable {
    pub fn value(&self, kommun: &str, column: usize) -> &Value {
        self.rows.get(kommun).map_or(&Value::Blank, |r| &r[column])
    }
}

pub fn load(
    path: &Path,
    display: &str,
    source: &SourceDef,
    units: &Units,
) -> Result<KommunTable, Diagnostic> {
    let t = table::read(path)?;
    let names: Vec<&str> = source.columns.iter().map(|c| c.name.as_str()).collect();
    table::require_columns(path, &t, &names)?;
    let pos: Vec<usize> = names
        .iter()
        .map(|n| t.column(n).expect("required above"))
        .collect();
    let key = source.kommun;
    let mut out = KommunTable::default();
    for (line, cells) in &t.rows {
        let kommun = cells[pos[key]].trim().to_string();
        match units.get(&kommun) {
            Some(u) if u.kind == super::UnitKind::Kommun => {}
            _ => {
                return Err(Diagnostic::error(
                    Code::UnknownUnit,
                    crate::t!("data-not-a-kommun", kommun = &kommun),
                )
                .at(path, Some(*line), Some(&source.columns[key].name))
                .help(crate::t!("data-not-a-kommun-help")));
            }
        }
        if out.rows.contains_key(&kommun) {
            return Err(Diagnostic::error(
                Code::DuplicateUnit,
                crate::t!("data-kommun-twice", kommun = &kommun),
            )
            .at(path, Some(*line), Some(&source.columns[key].name))
            .help(crate::t!("data-kommun-twice-help")));
        }
        let mut row = Vec::with_capacity(names.len());
        for (c, col) in source.columns.iter().enumerate() {
            let text = cells[pos[c]].trim();
            let v = if c == key || col.ty == ColType::Text || text.is_empty() {
                Value::Blank
            } else {
                let parsed = num::parse_decimal(text).filter(|n| {
                    !(num::is_negative(n)
                        || (matches!(col.ty, ColType::Heltal | ColType::Flagga) && !n.is_integer())
                        || (col.ty == ColType::Flagga && num::as_integer(n).is_none_or(|i| i > 1)))
                });
                match parsed {
                    Some(n) => Value::Number(n),
                    None => {
                        out.findings.push(Finding {
                            enhet: kommun.clone(),
                            rule: "not_a_number".into(),
                            severity: Severity::Fel,
                            variables: vec![col.name.clone()],
                            values: format!("{}={text}", col.name),
                            file: display.to_string(),
                            line: Some(*line),
                        });
                        Value::Invalid
                    }
                }
            };
            row.push(v);
        }
        out.rows.insert(kommun, row);
    }
    Ok(out)
}
