//! `results.csv` and `review.csv`: the contract other tools read.
//! `year,level,unit,indicator,result,value,numerator,denominator,reason`, sorted by level,
//! unit and indicator (in the order the indicator files define them).

use crate::aggregate::{aggregate, groups, AggNumber, Aggregate, Level};
use crate::data::{Finding, Units};
use crate::eval::{Evaluation, UnitResult};
use crate::ir::{Kind, Program, Scale};
use crate::num;

pub const HEADER: &str = "year,level,unit,indicator,result,value,numerator,denominator,reason";

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
    match &program.indicators[ind].kind {
        Kind::Measure(m) => m.decimals,
        Kind::Classification => 0,
    }
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
                UnitResult::Value {
                    value,
                    taljare,
                    namnare,
                } => {
                    row.value = num::format_rounded(value, decimals_of(program, i));
                    row.numerator = num::format_exact(taljare, 1);
                    row.denominator = num::format_exact(namnare, 1);
                }
            }
            out.push(row);
        }
    }
    let groups = groups(units, eval);
    for (level, keys) in &groups {
        for (key, members) in keys {
            for (i, ind) in program.indicators.iter().enumerate() {
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
    out
}

fn csv_bytes(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(vec![]);
    w.write_record(header).expect("writing to memory");
    for r in rows {
        w.write_record(&r).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

pub fn results_csv(rows: &[Row]) -> Vec<u8> {
    let header: Vec<&str> = HEADER.split(',').collect();
    csv_bytes(
        &header,
        rows.iter().map(|r| {
            vec![
                r.year.to_string(),
                r.level.label().to_string(),
                r.unit.clone(),
                r.indicator.clone(),
                r.result.clone(),
                r.value.clone(),
                r.numerator.clone(),
                r.denominator.clone(),
                r.reason.clone(),
            ]
        }),
    )
}

pub const REVIEW_HEADER: &str = "enhet,rule,severity,variables,values,file,line";

pub fn review_csv(findings: &[Finding]) -> Vec<u8> {
    let header: Vec<&str> = REVIEW_HEADER.split(',').collect();
    csv_bytes(
        &header,
        findings.iter().map(|f| {
            vec![
                f.enhet.clone(),
                f.rule.clone(),
                f.severity.label().to_string(),
                f.variables.join(" "),
                f.values.clone(),
                f.file.clone(),
                f.line.map(|l| l.to_string()).unwrap_or_default(),
            ]
        }),
    )
}
