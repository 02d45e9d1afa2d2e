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
    // Field by field, borrowing what the row holds: one results.csv has a row per unit,
    // group and indicator, and a vector of owned strings per row was most of the cost
    // of writing it.
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::with_capacity(rows.len() * 64));
    w.write_record(HEADER.split(','))
        .expect("writing to memory");
    let mut year = (u32::MAX, String::new());
    for r in rows {
        if year.0 != r.year {
            year = (r.year, r.year.to_string());
        }
        let fields: [&str; 5] = [&year.1, r.level.label(), &r.unit, &r.indicator, r.result()];
        for f in fields {
            w.write_field(f).expect("writing to memory");
        }
        w.write_field(r.value()).expect("writing to memory");
        w.write_field(r.numerator()).expect("writing to memory");
        w.write_field(r.denominator()).expect("writing to memory");
        w.write_field(&r.reason).expect("writing to memory");
        w.write_record(None::<&[u8]>).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
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
