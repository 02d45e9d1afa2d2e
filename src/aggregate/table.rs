//! The published table of a year: one row per unit and indicator, then the figures of
//! each group level, as results.csv and every other writer publish them.

use super::{aggregate, groups, AggNumber, Aggregate, Level};
use crate::data::Units;
use crate::eval::{Evaluation, UnitResult};
use crate::ir::{Kind, Program, Scale};
use crate::num;

/// One row of results.csv.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub year: u32,
    pub level: Level,
    pub unit: String,
    pub indicator: String,
    pub result: String,
    pub value: String,
    pub numerator: String,
    pub denominator: String,
    pub reason: String,
}

fn decimals_of(program: &Program, ind: usize) -> u32 {
    program.indicators[ind].decimals()
}

fn agg_number(n: &AggNumber) -> String {
    match n {
        AggNumber::Count(c) => num::format_count(*c),
        AggNumber::Sum(s) => num::format_exact(s, 1),
        AggNumber::None => String::new(),
    }
}

/// Every row of a year: unit rows, then the aggregates of each level.
pub fn rows(program: &Program, units: &Units, eval: &Evaluation) -> Vec<Row> {
    let mut out = vec![];
    for (u, enhet) in eval.units.iter().enumerate() {
        for (i, ind) in program.indicators.iter().enumerate() {
            if matches!(ind.kind, Kind::Source(_)) {
                continue;
            }
            let mut row = Row {
                year: program.year,
                level: Level::Enhet,
                unit: enhet.clone(),
                indicator: ind.id.clone(),
                result: String::new(),
                value: String::new(),
                numerator: String::new(),
                denominator: String::new(),
                reason: String::new(),
            };
            match &eval.results[i][u] {
                UnitResult::Outcome { outcome, reason } => {
                    row.result = outcome.label().to_string();
                    row.reason = reason.clone().unwrap_or_default();
                }
                r => fill(&mut row, r, decimals_of(program, i), true),
            }
            out.push(row);
        }
    }
    let groups = groups(units, eval);
    for (level, keys) in &groups {
        for (key, members) in keys {
            for (i, ind) in program.indicators.iter().enumerate() {
                if matches!(ind.kind, Kind::Source(_)) {
                    continue;
                }
                let agg = aggregate(program, i, &eval.results[i], members);
                let decimals = match (&ind.kind, ind.aggregation) {
                    (Kind::Measure(m), _) => m.decimals,
                    _ => 0,
                };
                let _ = Scale::Percent;
                let mut row = Row {
                    year: program.year,
                    level: *level,
                    unit: key.clone(),
                    indicator: ind.id.clone(),
                    result: String::new(),
                    value: String::new(),
                    numerator: String::new(),
                    denominator: String::new(),
                    reason: String::new(),
                };
                match agg {
                    Aggregate::Bortfall {
                        numerator,
                        denominator,
                    } => {
                        row.result = "Bortfall".into();
                        row.numerator = agg_number(&numerator);
                        row.denominator = agg_number(&denominator);
                        row.reason = "inga enheter med resultat".into();
                    }
                    Aggregate::Value {
                        value,
                        numerator,
                        denominator,
                    } => {
                        row.value = num::format_rounded(&value, decimals);
                        row.numerator = agg_number(&numerator);
                        row.denominator = agg_number(&denominator);
                    }
                }
                out.push(row);
            }
        }
    }
    out.extend(source_rows(program, eval));
    // One order for survey and source rows: level, unit, indicator in file order.
    let order: std::collections::HashMap<&str, usize> = program
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.as_str(), i))
        .collect();
    out.sort_by(|a, b| {
        (a.level, &a.unit, order.get(a.indicator.as_str())).cmp(&(
            b.level,
            &b.unit,
            order.get(b.indicator.as_str()),
        ))
    });
    out
}

/// The result, value, numerator, denominator and reason of a unit result.
fn fill(row: &mut Row, r: &UnitResult, decimals: u32, publish_counts: bool) {
    match r {
        UnitResult::Outcome { outcome, reason } => {
            row.result = outcome.label().to_string();
            row.reason = reason.clone().unwrap_or_default();
        }
        UnitResult::Suppressed { reason } => {
            row.result = "x".into();
            row.reason = reason.clone();
        }
        UnitResult::Value {
            value,
            taljare,
            namnare,
        } => {
            row.value = num::format_rounded(value, decimals);
            if publish_counts {
                row.numerator = num::format_exact(taljare, 1);
                row.denominator = num::format_exact(namnare, 1);
            }
        }
    }
}

/// Rows of the source indicators: kommun, län and riket. Register rows never carry
/// täljare and nämnare (published counts could be subtracted to recover a suppressed
/// cell: methodology.md §4).
fn source_rows(program: &Program, eval: &Evaluation) -> Vec<Row> {
    let mut out = vec![];
    let src = &eval.sources;
    for (&i, results) in &src.results {
        let ind = &program.indicators[i];
        let Kind::Source(m) = &ind.kind else { continue };
        let publish_counts = program.sources[m.source].per == crate::ir::Per::Kommun;
        let d = decimals_of(program, i);
        let rows = src
            .kommuner
            .iter()
            .zip(results)
            .map(|(k, r)| (Level::Enhet, k.clone(), r))
            .chain(
                src.aggregates[&i]
                    .iter()
                    .map(|(l, k, r)| (*l, k.clone(), r)),
            );
        for (level, unit, r) in rows {
            let mut row = Row {
                year: program.year,
                level,
                unit,
                indicator: ind.id.clone(),
                result: String::new(),
                value: String::new(),
                numerator: String::new(),
                denominator: String::new(),
                reason: String::new(),
            };
            fill(&mut row, r, d, publish_counts);
            out.push(row);
        }
    }
    out
}
