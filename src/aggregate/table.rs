//! The published table of a year: one row per unit and indicator, then the figures of
//! each group level, as results.csv and every other writer publish them.

use super::{aggregate, groups, AggNumber, Aggregate, Level};
use crate::data::Units;
use crate::eval::{Evaluation, UnitResult};
use crate::ir::{Kind, Program};
use crate::num::{self, Num};
use crate::syntax::ast::Outcome;

/// What one published cell says.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// A unit's classification (Ja, Delvis, Nej, Ej aktuellt), or Bortfall.
    Outcome(Outcome),
    /// Suppressed: published as `x`.
    Suppressed,
    /// A value (a share of Ja, a percentage, a ratio), exact; published rounded half away
    /// from zero to `decimals`.
    Value { exact: Num, decimals: u32 },
}

/// One published row: a unit or group, an indicator, its figure and counts. Writers
/// format it (results.csv, the workbook, JSON, the report); none of them parses it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub year: u32,
    pub level: Level,
    pub unit: String,
    pub indicator: String,
    pub figure: Figure,
    /// Täljare and nämnare as published (none for register cells, which could reveal a
    /// suppressed one).
    pub numerator: AggNumber,
    pub denominator: AggNumber,
    pub reason: String,
}

impl Row {
    fn new(year: u32, level: Level, unit: String, indicator: String, figure: Figure) -> Row {
        Row {
            year,
            level,
            unit,
            indicator,
            figure,
            numerator: AggNumber::None,
            denominator: AggNumber::None,
            reason: String::new(),
        }
    }
    /// results.csv's `result`: the outcome, `x`, or nothing for a value.
    pub fn result(&self) -> &str {
        match &self.figure {
            Figure::Outcome(o) => o.label(),
            Figure::Suppressed => "x",
            Figure::Value { .. } => "",
        }
    }
    /// The value as published, rounded: `45.0`.
    pub fn value(&self) -> String {
        match &self.figure {
            // Rounding the exact value is the same as rounding it rounded: once is enough.
            Figure::Value { exact, decimals } => num::format_rounded(exact, *decimals),
            _ => String::new(),
        }
    }
    /// The published value exactly as rounded, and its decimals.
    pub fn rounded(&self) -> Option<(Num, u32)> {
        match &self.figure {
            Figure::Value { exact, decimals } => {
                Some((num::round_half_away(exact, *decimals), *decimals))
            }
            _ => None,
        }
    }
    pub fn numerator(&self) -> String {
        agg_number(&self.numerator)
    }
    pub fn denominator(&self) -> String {
        agg_number(&self.denominator)
    }
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
    let groups = groups(units, eval);
    // Reserved whole: the rows are most of a run's memory, and a vector grown by
    // doubling would hold up to twice that and copy it on the way.
    let survey_indicators = program
        .indicators
        .iter()
        .filter(|ind| !matches!(ind.kind, Kind::Source(_)))
        .count();
    let keys: usize = groups.values().map(|keys| keys.len()).sum();
    let sources = source_rows(program, eval);
    let mut out = Vec::with_capacity((eval.units.len() + keys) * survey_indicators + sources.len());
    for (u, enhet) in eval.units.iter().enumerate() {
        for (i, ind) in program.indicators.iter().enumerate() {
            if matches!(ind.kind, Kind::Source(_)) {
                continue;
            }
            let row = row_of(
                program.year,
                Level::Enhet,
                enhet.clone(),
                ind.id.clone(),
                &eval.results[i][u],
                decimals_of(program, i),
                true,
            );
            out.push(row);
        }
    }
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
                let row = match agg {
                    Aggregate::Bortfall {
                        numerator,
                        denominator,
                    } => Row {
                        numerator,
                        denominator,
                        reason: "inga enheter med resultat".into(),
                        ..Row::new(
                            program.year,
                            *level,
                            key.clone(),
                            ind.id.clone(),
                            Figure::Outcome(Outcome::Bortfall),
                        )
                    },
                    Aggregate::Value {
                        value,
                        numerator,
                        denominator,
                    } => Row {
                        numerator,
                        denominator,
                        ..Row::new(
                            program.year,
                            *level,
                            key.clone(),
                            ind.id.clone(),
                            Figure::Value {
                                exact: value,
                                decimals,
                            },
                        )
                    },
                };
                out.push(row);
            }
        }
    }
    out.extend(sources);
    // Only the levels each indicator is published at (`publiceras`): every output reads
    // these rows, so none shows a figure the spec does not publish.
    let levels: rustc_hash::FxHashMap<&str, &[Level]> = program
        .indicators
        .iter()
        .map(|ind| (ind.id.as_str(), ind.levels.as_slice()))
        .collect();
    out.retain(|r| {
        levels
            .get(r.indicator.as_str())
            .is_none_or(|ls| ls.contains(&r.level))
    });
    // One order for survey and source rows: level, unit, indicator in file order.
    let order: rustc_hash::FxHashMap<&str, usize> = program
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.as_str(), i))
        .collect();
    // Keys computed once per row, not once per comparison, and as numbers: a unit's
    // place among the units' codes in their string order. The rows are sorted in place
    // (a second vector of rows would double the peak memory of the run).
    let mut rank: rustc_hash::FxHashMap<&str, usize> =
        out.iter().map(|r| (r.unit.as_str(), 0)).collect();
    let mut codes: Vec<&str> = rank.keys().copied().collect();
    codes.sort_unstable();
    for (i, c) in codes.into_iter().enumerate() {
        rank.insert(c, i);
    }
    let mut keys: Vec<_> = out
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                (
                    r.level,
                    rank[r.unit.as_str()],
                    order.get(r.indicator.as_str()).copied(),
                ),
                i,
            )
        })
        .collect();
    // Stable: the rows come mostly in order already (by unit, then by group), runs the
    // merge sort finds and keeps.
    keys.sort_by_key(|(key, _)| *key);
    permute(&mut out, keys.into_iter().map(|(_, i)| i).collect());
    out
}

/// Puts `rows` in the order `order` lists their indices, in place by swaps (a second
/// vector of rows would double the peak memory of the run).
fn permute<T>(rows: &mut [T], mut order: Vec<usize>) {
    for i in 0..rows.len() {
        // The row that belongs at `i` may itself have been swapped away already: follow
        // where it went.
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        order[i] = from;
        rows.swap(i, from);
    }
}

/// The row of a unit result (a unit's, or a source indicator's kommun, län or riket).
fn row_of(
    year: u32,
    level: Level,
    unit: String,
    indicator: String,
    r: &UnitResult,
    decimals: u32,
    publish_counts: bool,
) -> Row {
    match r {
        UnitResult::Outcome { outcome, reason } => Row {
            reason: reason.clone().unwrap_or_default(),
            ..Row::new(year, level, unit, indicator, Figure::Outcome(*outcome))
        },
        UnitResult::Suppressed { reason } => Row {
            reason: reason.clone(),
            ..Row::new(year, level, unit, indicator, Figure::Suppressed)
        },
        UnitResult::Value {
            value,
            taljare,
            namnare,
        } => {
            let mut row = Row::new(
                year,
                level,
                unit,
                indicator,
                Figure::Value {
                    exact: value.clone(),
                    decimals,
                },
            );
            if publish_counts {
                row.numerator = AggNumber::Sum(taljare.clone());
                row.denominator = AggNumber::Sum(namnare.clone());
            }
            row
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
            let row = row_of(
                program.year,
                level,
                unit,
                ind.id.clone(),
                r,
                d,
                publish_counts,
            );
            out.push(row);
        }
    }
    out
}

#[cfg(test)]
mod permute_tests {
    #[test]
    fn every_order_of_five_rows_is_applied() {
        // All 120 permutations, each applied to rows that name their own index.
        let mut perms = vec![vec![]];
        for n in 0..5 {
            perms = perms
                .into_iter()
                .flat_map(|p: Vec<usize>| {
                    (0..=n).map(move |at| {
                        let mut q = p.clone();
                        q.insert(at, n);
                        q
                    })
                })
                .collect();
        }
        assert_eq!(perms.len(), 120);
        for order in perms {
            let mut rows: Vec<String> = (0..5).map(|i| format!("r{i}")).collect();
            super::permute(&mut rows, order.clone());
            let want: Vec<String> = order.iter().map(|i| format!("r{i}")).collect();
            assert_eq!(rows, want, "order {order:?}");
        }
    }
}
