//! Aggregation of unit results to län, riket, befolkningsgrupp and kommungrupp
//! (methodology.md §2). Groups are read from units.csv, never computed.

use crate::data::Units;
use crate::eval::{scaled, Evaluation, UnitResult};
use crate::ir::{Aggregation, Kind, Program};
use crate::num::{self, Num};
use crate::syntax::ast::Outcome;

pub mod table;
mod year;

use std::collections::BTreeMap;
pub use table::Row;
pub use year::YearRun;

/// The levels are the units' (data::units); aggregation computes the figures of all
/// but the first.
pub use crate::data::Level;

/// An aggregate figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Aggregate {
    /// No eligible unit.
    Bortfall {
        numerator: AggNumber,
        denominator: AggNumber,
    },
    Value {
        value: Num,
        numerator: AggNumber,
        denominator: AggNumber,
    },
}

/// The numerator and denominator of an aggregate: a count of units, a sum, or nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum AggNumber {
    Count(u64),
    Sum(Num),
    None,
}

/// The group key of a unit at a level.
pub fn group_of(units: &Units, enhet: &str, level: Level) -> Option<String> {
    let u = units.get(enhet)?;
    Some(match level {
        Level::Enhet => u.enhet.clone(),
        Level::Lan => u.lan.clone(),
        Level::Riket => "riket".into(),
        Level::Befolkningsgrupp => u.befolkningsgrupp.clone(),
        Level::Kommungrupp => u.kommungrupp.clone(),
    })
}

/// `groups[level][key]` → indices into `eval.units`, keys in byte order.
pub fn groups(units: &Units, eval: &Evaluation) -> BTreeMap<Level, BTreeMap<String, Vec<usize>>> {
    let mut out: BTreeMap<Level, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for level in Level::GROUPS {
        let m = out.entry(level).or_default();
        for (i, enhet) in eval.units.iter().enumerate() {
            if let Some(key) = group_of(units, enhet, level) {
                m.entry(key).or_default().push(i);
            }
        }
    }
    out
}

pub fn aggregate(
    program: &Program,
    ind_index: usize,
    results: &[UnitResult],
    members: &[usize],
) -> Aggregate {
    let ind = &program.indicators[ind_index];
    match (&ind.kind, ind.aggregation) {
        // Recomputed per level by `eval::source`.
        (Kind::Source(_), _) => Aggregate::Bortfall {
            numerator: AggNumber::None,
            denominator: AggNumber::None,
        },
        (Kind::Classification, _) | (_, Aggregation::AndelJa) => {
            let mut ja = 0u64;
            let mut n = 0u64;
            for &i in members {
                if let UnitResult::Outcome { outcome, .. } = &results[i] {
                    match outcome {
                        Outcome::Ja => {
                            ja += 1;
                            n += 1;
                        }
                        Outcome::Delvis | Outcome::Nej => n += 1,
                        _ => {}
                    }
                }
            }
            if n == 0 {
                return Aggregate::Bortfall {
                    numerator: AggNumber::Count(0),
                    denominator: AggNumber::Count(0),
                };
            }
            Aggregate::Value {
                value: num::int(100) * num::int(ja as i64) / num::int(n as i64),
                numerator: AggNumber::Count(ja),
                denominator: AggNumber::Count(n),
            }
        }
        (Kind::Measure(m), Aggregation::Poolad) => {
            let mut t = num::int(0);
            let mut n = num::int(0);
            let mut any = false;
            for &i in members {
                if let UnitResult::Value {
                    taljare, namnare, ..
                } = &results[i]
                {
                    t += taljare;
                    n += namnare;
                    any = true;
                }
            }
            if !any || num::is_zero(&n) {
                return Aggregate::Bortfall {
                    numerator: AggNumber::Sum(t),
                    denominator: AggNumber::Sum(n),
                };
            }
            Aggregate::Value {
                value: scaled(m.scale, &t, &n),
                numerator: AggNumber::Sum(t),
                denominator: AggNumber::Sum(n),
            }
        }
        (Kind::Measure(_), Aggregation::Medelvarde | Aggregation::Kalla) => {
            let values: Vec<&Num> = members
                .iter()
                .filter_map(|&i| match &results[i] {
                    UnitResult::Value { value, .. } => Some(value),
                    _ => None,
                })
                .collect();
            if values.is_empty() {
                return Aggregate::Bortfall {
                    numerator: AggNumber::None,
                    denominator: AggNumber::Count(0),
                };
            }
            let sum: Num = values.iter().fold(num::int(0), |acc, v| acc + *v);
            let count = values.len() as u64;
            Aggregate::Value {
                value: sum / num::int(count as i64),
                numerator: AggNumber::None,
                denominator: AggNumber::Count(count),
            }
        }
    }
}
