//! `units.csv`: the reporting units, their kommun, län and groups. Groups are data,
//! never computed here: the agency changes the schemes between years.

use super::table::{self, Table};
use crate::diagnostic::{Code, Diagnostic};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Kommun,
    Stadsdel,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub enhet: String,
    pub namn: String,
    pub kind: UnitKind,
    pub kommun: String,
    pub lan: String,
    pub lansnamn: String,
    /// Inhabitants; blank for stadsdelar in the reference file.
    pub folkmangd: Option<u64>,
    pub befolkningsgrupp: String,
    pub kommungrupp: String,
}

#[derive(Debug, Clone, Default)]
pub struct Units {
    /// All units, sorted by code.
    pub all: Vec<Unit>,
    index: BTreeMap<String, usize>,
}

pub const COLUMNS: &[&str] = &[
    "enhet",
    "namn",
    "typ",
    "kommun",
    "lan",
    "lansnamn",
    "folkmangd",
    "befolkningsgrupp",
    "kommungrupp",
];

impl Units {
    pub fn load(path: &Path) -> Result<Units, Diagnostic> {
        let t = table::read(path)?;
        Units::from_table(path, &t)
    }

    pub fn from_table(path: &Path, t: &Table) -> Result<Units, Diagnostic> {
        table::require_columns(path, t, COLUMNS)?;
        let col = |n: &str| t.column(n).expect("checked by require_columns");
        let mut all = vec![];
        let mut lines = BTreeMap::new();
        for (line, cells) in &t.rows {
            let get = |n: &str| cells[col(n)].trim().to_string();
            let enhet = get("enhet");
            let bad = |column: &str, what: String, help: String| {
                Diagnostic::error(Code::DataRow, what)
                    .at(path, Some(*line), Some(column))
                    .help(help)
            };
            if !(enhet.len() == 4 || enhet.len() == 6) || !enhet.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad(
                    "enhet",
                    crate::t!("data-not-a-unit-code", enhet = &enhet),
                    crate::t!("data-not-a-unit-code-help"),
                ));
            }
            let kind = match get("typ").as_str() {
                "kommun" => UnitKind::Kommun,
                "stadsdel" => UnitKind::Stadsdel,
                other => {
                    return Err(bad(
                        "typ",
                        crate::t!("data-unknown-unit-type", ty = other),
                        crate::t!("data-unknown-unit-type-help"),
                    ))
                }
            };
            let kommun = get("kommun");
            if kind == UnitKind::Kommun && kommun != enhet
                || kind == UnitKind::Stadsdel && !enhet.starts_with(&kommun)
            {
                return Err(bad(
                    "kommun",
                    crate::t!("data-unit-names-kommun", enhet = &enhet, kommun = &kommun),
                    crate::t!("data-unit-names-kommun-help"),
                ));
            }
            let lan = get("lan");
            if lan.len() != 2 || !kommun.starts_with(&lan) {
                return Err(bad(
                    "lan",
                    crate::t!("data-unit-names-lan", enhet = &enhet, lan = &lan),
                    crate::t!("data-unit-names-lan-help"),
                ));
            }
            let folkmangd = match get("folkmangd").as_str() {
                "" if kind == UnitKind::Stadsdel => None,
                s => Some(s.parse().map_err(|_| {
                    bad(
                        "folkmangd",
                        crate::t!("data-not-inhabitants", value = s),
                        crate::t!("data-not-inhabitants-help"),
                    )
                })?),
            };
            if let Some(first) = lines.insert(enhet.clone(), *line) {
                return Err(Diagnostic::error(
                    Code::DuplicateUnit,
                    crate::t!(
                        "data-unit-listed-twice",
                        enhet = &enhet,
                        first = first.to_string()
                    ),
                )
                .at(path, Some(*line), Some("enhet"))
                .help(crate::t!("data-unit-listed-twice-help")));
            }
            all.push(Unit {
                enhet,
                namn: get("namn"),
                kind,
                kommun,
                lan,
                lansnamn: get("lansnamn"),
                folkmangd,
                befolkningsgrupp: get("befolkningsgrupp"),
                kommungrupp: get("kommungrupp"),
            });
        }
        all.sort_by(|a, b| a.enhet.cmp(&b.enhet));
        for s in all.iter().filter(|u| u.kind == UnitKind::Stadsdel) {
            if !all
                .iter()
                .any(|k| k.kind == UnitKind::Kommun && k.enhet == s.kommun)
            {
                return Err(Diagnostic::error(
                    Code::DataRow,
                    crate::t!(
                        "data-stadsdel-without-kommun",
                        stadsdel = &s.enhet,
                        kommun = &s.kommun
                    ),
                )
                .at(path, lines.get(&s.enhet).copied(), Some("kommun"))
                .help(crate::t!("data-stadsdel-without-kommun-help")));
            }
        }
        let index = all
            .iter()
            .enumerate()
            .map(|(i, u)| (u.enhet.clone(), i))
            .collect();
        Ok(Units { all, index })
    }

    pub fn get(&self, enhet: &str) -> Option<&Unit> {
        self.index.get(enhet).map(|&i| &self.all[i])
    }

    /// Whether a kommun answers the survey through its stadsdelar.
    pub fn has_stadsdelar(&self, kommun: &str) -> bool {
        self.all
            .iter()
            .any(|u| u.kind == UnitKind::Stadsdel && u.kommun == kommun)
    }

    /// The units that answer the survey: stadsdelar, and kommuner without stadsdelar.
    pub fn reporting(&self) -> impl Iterator<Item = &Unit> {
        self.all
            .iter()
            .filter(move |u| u.kind == UnitKind::Stadsdel || !self.has_stadsdelar(&u.enhet))
    }

    /// The kommuner (the big cities as whole kommuner).
    pub fn kommuner(&self) -> impl Iterator<Item = &Unit> {
        self.all.iter().filter(|u| u.kind == UnitKind::Kommun)
    }
}

pub use crate::ir::Level;
