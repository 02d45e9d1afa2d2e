//! `results.csv` and `review.csv`: the contract other tools read.
//! `year,level,unit,indicator,result,value,numerator,denominator,reason`, sorted by level,
//! unit and indicator (in the order the indicator files define them).

pub use crate::aggregate::table::Row;
use crate::data::Finding;

pub const HEADER: &str = "year,level,unit,indicator,result,value,numerator,denominator,reason";

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
                r.result().to_string(),
                r.value(),
                r.numerator(),
                r.denominator(),
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
