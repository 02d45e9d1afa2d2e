//! `survey.csv`: one row per responding unit, one column per codebook variable. Cells are
//! decoded against the codebook here; a cell that is not a valid answer becomes
//! [`Cell::Invalid`] and a review finding of severity error (`unknown_code`,
//! `not_a_number`, `negative_number`, `not_a_whole_number`), as methodology.md's review rules say.

use super::table::{self, Record, Table};
use super::units::Units;
use crate::codebook::{Codebook, VarType};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::logic::Cell;
use crate::num;
use crate::syntax::ast::Severity;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A review finding: a rule that a unit's answers break.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub enhet: String,
    pub rule: String,
    pub severity: Severity,
    /// The variables involved; with severity error, every indicator reading one of them
    /// is Bortfall for this unit.
    pub variables: Vec<String>,
    /// `F2_socionom=45; F1_handlaggare=40`
    pub values: String,
    pub file: String,
    pub line: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    /// Raw cell text per codebook variable (codebook order), trimmed.
    pub raw: Record,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct Survey {
    pub path: PathBuf,
    /// Variable id → index into a row's cells (codebook order).
    pub index: BTreeMap<String, usize>,
    pub rows: BTreeMap<String, Row>,
    pub findings: Vec<Finding>,
}

impl Survey {
    pub fn load(path: &Path, codebook: &Codebook, units: &Units) -> Result<Survey, Diagnostic> {
        let t = table::read(path)?;
        Survey::from_table(path, &t, codebook, units)
    }

    pub fn from_table(
        path: &Path,
        t: &Table,
        codebook: &Codebook,
        units: &Units,
    ) -> Result<Survey, Diagnostic> {
        let mut expected: Vec<&str> = vec!["enhet"];
        expected.extend(codebook.ids());
        for name in &t.header {
            if !expected.contains(&name.as_str()) {
                let mut d = Diagnostic::error(
                    Code::DataHeader,
                    crate::t!(
                        "data-not-in-codebook",
                        name = name,
                        year = codebook.publication_year.to_string()
                    ),
                )
                .at(path, Some(1), Some(name));
                d = match crate::diagnostic::did_you_mean(name, expected.iter().copied()) {
                    Some(s) => {
                        let d = d.did_you_mean(s);
                        let help = format!(
                            "{} {}",
                            d.help.as_deref().unwrap_or_default(),
                            crate::t!("data-same-year-otherwise")
                        );
                        d.help(help)
                    }
                    None => d.help(crate::t!("data-same-year-help")),
                };
                return Err(d);
            }
        }
        let missing: Vec<&str> = expected
            .iter()
            .copied()
            .filter(|n| t.column(n).is_none())
            .collect();
        if !missing.is_empty() {
            let list = if missing.len() > 5 {
                crate::t!(
                    "data-list-and-more",
                    list = missing[..5].join(", "),
                    more = missing.len() - 5
                )
            } else {
                missing.join(", ")
            };
            return Err(Diagnostic::error(
                Code::DataHeader,
                crate::t!("data-missing-columns", n = missing.len(), list = list),
            )
            .at(path, Some(1), None)
            .help(crate::t!("data-missing-columns-help")));
        }
        let enhet_col = t.column("enhet").expect("checked above");
        let cols: Vec<usize> = codebook
            .ids()
            .map(|id| t.column(id).expect("checked above"))
            .collect();
        let index = codebook
            .ids()
            .enumerate()
            .map(|(i, id)| (id.to_string(), i))
            .collect();
        let file = path.display().to_string();
        let mut rows = BTreeMap::new();
        let mut findings = vec![];
        for (line, cells) in &t.rows {
            let enhet = table::trim(&cells[enhet_col]).to_string();
            let Some(unit) = units.get(&enhet) else {
                return Err(Diagnostic::error(
                    Code::UnknownUnit,
                    crate::t!("data-not-a-unit", enhet = &enhet),
                )
                .at(path, Some(*line), Some("enhet"))
                .help(crate::t!("data-not-a-unit-help")));
            };
            if unit.kind == super::UnitKind::Kommun && units.has_stadsdelar(&unit.enhet) {
                return Err(Diagnostic::error(
                    Code::UnknownUnit,
                    crate::t!("data-answers-through-stadsdelar", enhet = &enhet),
                )
                .at(path, Some(*line), Some("enhet"))
                .help(crate::t!("data-answers-through-stadsdelar-help")));
            }
            if let Some(first) = rows.get(&enhet).map(|r: &Row| r.line) {
                return Err(Diagnostic::error(
                    Code::DuplicateUnit,
                    crate::t!(
                        "data-unit-two-rows",
                        enhet = &enhet,
                        first = first.to_string()
                    ),
                )
                .at(path, Some(*line), Some("enhet"))
                .help(crate::t!("data-unit-two-rows-help")));
            }
            let mut raw = Record::with_capacity(cols.len(), cells.text_len());
            let mut decoded = Vec::with_capacity(cols.len());
            for (var, &c) in codebook.variables.iter().zip(&cols) {
                let text = table::trim(&cells[c]);
                raw.push(text);
                let (cell, problem) = decode(var, text);
                if let Some(rule) = problem {
                    findings.push(Finding {
                        enhet: enhet.clone(),
                        rule: rule.to_string(),
                        severity: Severity::Fel,
                        variables: vec![var.id.clone()],
                        values: format!("{}={}", var.id, text),
                        file: file.clone(),
                        line: Some(*line),
                    });
                }
                decoded.push(cell);
            }
            rows.insert(
                enhet,
                Row {
                    line: *line,
                    raw,
                    cells: decoded,
                },
            );
        }
        Ok(Survey {
            path: path.to_path_buf(),
            index,
            rows,
            findings,
        })
    }

    /// A unit responded when it has a row with at least one answer.
    pub fn responded(&self, enhet: &str) -> bool {
        self.rows.get(enhet).is_some_and(|r| r.raw.text_len() > 0)
    }

    pub fn cell(&self, enhet: &str, var: &str) -> Option<&Cell> {
        let i = *self.index.get(var)?;
        self.rows.get(enhet).map(|r| &r.cells[i])
    }

    pub fn raw(&self, enhet: &str, var: &str) -> Option<&str> {
        let i = *self.index.get(var)?;
        self.rows.get(enhet).map(|r| &r.raw[i])
    }
}

/// Decodes one cell; the second value names the review rule it breaks, if any.
pub fn decode(var: &crate::codebook::Variable, text: &str) -> (Cell, Option<&'static str>) {
    match var.ty {
        VarType::Text => (Cell::Blank, None),
        VarType::Categorical => {
            let vs = var
                .values
                .as_ref()
                .expect("codebook: categorical variables have a value set");
            if text.is_empty() {
                return (
                    vs.blank_means().map(Cell::Code).unwrap_or(Cell::Blank),
                    None,
                );
            }
            let plain = text.strip_prefix('-').unwrap_or(text);
            match text.parse::<i64>() {
                Ok(code)
                    if !plain.is_empty()
                        && plain.bytes().all(|b| b.is_ascii_digit())
                        && vs.label_of(code).is_some() =>
                {
                    (Cell::Code(code), None)
                }
                _ => (Cell::Invalid, Some("unknown_code")),
            }
        }
        VarType::Number => {
            if text.is_empty() {
                return (Cell::Blank, None);
            }
            match num::parse_decimal(text) {
                None => (Cell::Invalid, Some("not_a_number")),
                Some(n) => {
                    if let Some(code) = num::as_integer(&n) {
                        if var.missing_codes.iter().any(|(c, _)| *c == code) {
                            return (Cell::VetEj, None);
                        }
                    }
                    if n < var.domain.min {
                        (Cell::Invalid, Some("negative_number"))
                    } else if var.domain.integer && !n.is_integer() {
                        (Cell::Invalid, Some("not_a_whole_number"))
                    } else {
                        (Cell::Number(n), None)
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod domain_tests {
    use super::*;
    use crate::codebook::Codebook;

    #[test]
    fn numbers_are_read_against_their_declared_domain() {
        let cb = Codebook::parse(
            std::path::Path::new("codebook.yaml"),
            "survey: t\npublication_year: 2015\nmatdatum: '2014-11-01'\nvalue_sets: {}\nvariables:\n- {id: N, text: n, type: number, integer: true, missing_codes: {-9: Vet ej}}\n- {id: M, text: m, type: number, min: -10}\n",
        )
        .unwrap();
        let (n, m) = (cb.get("N").unwrap(), cb.get("M").unwrap());
        assert_eq!(decode(n, "3"), (Cell::Number(num::int(3)), None));
        assert_eq!(
            decode(n, "2,5"),
            (Cell::Invalid, Some("not_a_whole_number"))
        );
        assert_eq!(decode(n, "-9"), (Cell::VetEj, None));
        assert_eq!(decode(n, "-1"), (Cell::Invalid, Some("negative_number")));
        assert_eq!(decode(m, "-10"), (Cell::Number(num::int(-10)), None));
        assert_eq!(decode(m, "-10.5"), (Cell::Invalid, Some("negative_number")));
        assert!(Codebook::parse(
            std::path::Path::new("codebook.yaml"),
            "survey: t\npublication_year: 2015\nmatdatum: '2014-11-01'\nvalue_sets: {}\nvariables:\n- {id: M, text: m, type: number, min: noll}\n",
        )
        .is_err());
    }
}
