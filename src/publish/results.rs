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
    // The two halves of the rows are written on two threads and joined: a results.csv
    // has a row per unit, group and indicator, and its text is the largest piece of work
    // after the evaluation (the bytes are those one writer would write).
    let (first, second) = rows.split_at(rows.len() / 2);
    let (mut out, rest) = std::thread::scope(|s| {
        let rest = s.spawn(|| results_records(second, false));
        let out = results_records(first, true);
        (
            out,
            rest.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        )
    });
    out.extend_from_slice(&rest);
    out
}

/// The records of `rows`, after the header when `header`.
fn results_records(rows: &[Row], header: bool) -> Vec<u8> {
    // Field by field, borrowing what the row holds: a vector of owned strings per row was
    // most of the cost of writing it.
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::with_capacity(rows.len() * 64));
    if header {
        w.write_record(HEADER.split(','))
            .expect("writing to memory");
    }
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

#[cfg(test)]
mod halves_tests {
    use super::*;
    use crate::aggregate::table::Figure;
    use crate::aggregate::AggNumber;
    use crate::ir::Level;
    use crate::syntax::ast::Outcome;

    fn row(i: usize) -> Row {
        Row {
            year: 2015,
            level: if i.is_multiple_of(3) {
                Level::Lan
            } else {
                Level::Enhet
            },
            unit: format!("{:04}", i),
            indicator: "socionom".into(),
            figure: match i % 3 {
                0 => Figure::Outcome(Outcome::Delvis),
                1 => Figure::Suppressed,
                _ => Figure::Value {
                    exact: crate::num::int(i as i64) / crate::num::int(3),
                    decimals: 1,
                },
            },
            numerator: AggNumber::Count(i as u64),
            denominator: AggNumber::None,
            // A reason the writer must quote.
            reason: if i.is_multiple_of(2) {
                "a, \"b\"".into()
            } else {
                String::new()
            },
        }
    }

    #[test]
    fn the_halves_join_into_what_one_writer_writes() {
        for n in 0..7 {
            let rows: Vec<Row> = (0..n).map(row).collect();
            let one = results_records(&rows, true);
            assert_eq!(results_csv(&rows), one, "{n} rows");
            let text = String::from_utf8(one).unwrap();
            assert_eq!(text.lines().count(), n + 1, "{text}");
            assert!(text.starts_with(HEADER));
        }
    }
}
