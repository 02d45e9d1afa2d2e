//! Review rules (granskning) written in the indicator files, run on every responding unit.

use crate::data::{Finding, Survey};
use crate::ir::logic::{eval_cond, eval_num, Answers};
use crate::ir::Answer;
use crate::ir::{Cond, Program};
use crate::syntax::ast::Severity;
use std::collections::BTreeMap;
use std::collections::BTreeSet;

/// A requirement applies only where every number it compares exists: a blank or Vet ej
/// is not a violation of `F2 <= F1`.
fn applicable(c: &Cond, a: &dyn Answers) -> bool {
    match c {
        Cond::And(v) | Cond::Or(v) => v.iter().all(|c| applicable(c, a)),
        Cond::Not(c) => applicable(c, a),
        Cond::Atom(Answer::Compare { lhs, rhs, .. }) => {
            matches!(eval_num(lhs, a), Some(Some(_))) && matches!(eval_num(rhs, a), Some(Some(_)))
        }
        _ => true,
    }
}

/// Whether a requirement of a review rule is violated by these answers (one that does
/// not apply, a comparison with a missing number, is not).
pub fn violated(requirement: &Cond, a: &dyn Answers) -> bool {
    applicable(requirement, a) && eval_cond(requirement, a) == Some(false)
}

pub fn run_reviews(
    program: &Program,
    survey: &Survey,
    responded: &BTreeSet<String>,
) -> Vec<Finding> {
    run_reviews_of(program, survey, responded, false)
}

/// [`run_reviews`] of only the error-severity rules: what flags answers, for a survey
/// whose findings are not published (the previous year's).
pub fn run_error_reviews(
    program: &Program,
    survey: &Survey,
    responded: &BTreeSet<String>,
) -> Vec<Finding> {
    run_reviews_of(program, survey, responded, true)
}

fn run_reviews_of(
    program: &Program,
    survey: &Survey,
    responded: &BTreeSet<String>,
    errors_only: bool,
) -> Vec<Finding> {
    let mut out = vec![];
    let file = survey.path.display().to_string();
    // Each review's columns looked up once, each unit's row once.
    let columns: Vec<_> = program
        .reviews
        .iter()
        .map(|rev| super::survey_columns(&rev.questions, survey))
        .collect();
    for enhet in responded {
        let row = survey.rows.get(enhet);
        for (rev, columns) in program.reviews.iter().zip(&columns) {
            if errors_only && rev.severity != Severity::Fel {
                continue;
            }
            let answers = super::RowAnswers {
                row,
                columns,
                previous: vec![],
            };
            // A cell that is already invalid is reported once, by its own rule.
            if answers.any_invalid() {
                continue;
            }
            for req in &rev.requirements {
                if violated(req, &answers) {
                    let variables: Vec<String> =
                        rev.questions.iter().flat_map(|q| q.vars.clone()).collect();
                    // Codes with their labels, so that a reader needs no codebook:
                    // `B1_lss_barn=1 (Ja)`.
                    let values = variables
                        .iter()
                        .map(|v| {
                            let raw = survey.raw(enhet, v).unwrap_or("");
                            let label = program
                                .codebook
                                .get(v)
                                .and_then(|var| var.values.as_ref())
                                .zip(raw.trim().parse::<i64>().ok())
                                .and_then(|(vs, code)| vs.label_of(code));
                            match label {
                                Some(l) => format!("{v}={raw} ({l})"),
                                None => format!("{v}={raw}"),
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    out.push(Finding {
                        enhet: enhet.clone(),
                        rule: rev.name.clone(),
                        severity: rev.severity,
                        variables,
                        values,
                        file: file.clone(),
                        line: survey.rows.get(enhet).map(|r| r.line),
                    });
                }
            }
        }
    }
    out
}

/// Per unit: variable → the error-severity rule that flagged it (the first, in the order
/// of the findings). A flagged variable makes what reads it Bortfall.
pub type Flagged = BTreeMap<String, BTreeMap<String, String>>;

pub fn flagged<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Flagged {
    let mut flagged = Flagged::new();
    for f in findings.into_iter().filter(|f| f.severity == Severity::Fel) {
        let m = flagged.entry(f.enhet.clone()).or_default();
        for v in &f.variables {
            m.entry(v.clone()).or_insert_with(|| f.rule.clone());
        }
    }
    flagged
}
