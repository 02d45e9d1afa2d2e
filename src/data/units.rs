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
            let bad = |column: &str, what: String, help: &str| {
                Diagnostic::error(Code::DataRow, what)
                    .at(path, Some(*line), Some(column))
                    .help(help.to_string())
            };
            if !(enhet.len() == 4 || enhet.len() == 6) || !enhet.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad(
                    "enhet",
                    format!("`{enhet}` is not a unit code"),
                    "a kommun has a four-digit code, a stadsdel six digits",
                ));
            }
            let kind = match get("typ").as_str() {
                "kommun" => UnitKind::Kommun,
                "stadsdel" => UnitKind::Stadsdel,
                other => {
                    return Err(bad(
                        "typ",
                        format!("unknown unit type `{other}`"),
                        "the type is `kommun` or `stadsdel`",
                    ))
                }
            };
            let kommun = get("kommun");
            if kind == UnitKind::Kommun && kommun != enhet
                || kind == UnitKind::Stadsdel && !enhet.starts_with(&kommun)
            {
                return Err(bad(
                    "kommun",
                    format!("unit `{enhet}` names kommun `{kommun}`"),
                    "a kommun names itself; a stadsdel's code starts with its kommun's code",
                ));
            }
            let lan = get("lan");
            if lan.len() != 2 || !kommun.starts_with(&lan) {
                return Err(bad(
                    "lan",
                    format!("unit `{enhet}` names län `{lan}`"),
                    "the länskod is the first two digits of the kommunkod",
                ));
            }
            let folkmangd = match get("folkmangd").as_str() {
                "" if kind == UnitKind::Stadsdel => None,
                s => Some(s.parse().map_err(|_| {
                    bad(
                        "folkmangd",
                        format!("`{s}` is not a number of inhabitants"),
                        "write a whole number (a stadsdel may leave it blank)",
                    )
                })?),
            };
            if let Some(first) = lines.insert(enhet.clone(), *line) {
                return Err(Diagnostic::error(
                    Code::DuplicateUnit,
                    format!("unit `{enhet}` is listed twice (first on line {first})"),
                )
                .at(path, Some(*line), Some("enhet"))
                .help("remove one of the rows"));
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
                    format!(
                        "stadsdel `{}` belongs to kommun `{}`, which is not listed",
                        s.enhet, s.kommun
                    ),
                )
                .at(path, lines.get(&s.enhet).copied(), Some("kommun"))
                .help("add the kommun's own row"));
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
