//! `oj test`: the examples written beside each indicator, run through the evaluator.

use crate::diagnostic::{Code, Diagnostic};
use crate::eval::source::{compute, lan_table, SlotValue};
use crate::eval::{evaluate_unit, UnitAnswers, UnitResult};
use crate::ir::logic::Cell;
use crate::ir::{ExampleCell, ExpectedIr, Indicator, Kind, Program, SourceExpected, SourceMeasure};
use crate::num;

pub struct Report {
    pub passed: usize,
    pub failed: Vec<Diagnostic>,
    pub without_examples: Vec<Diagnostic>,
}

fn cell(c: &ExampleCell) -> Cell {
    match c {
        ExampleCell::Blank => Cell::Blank,
        ExampleCell::Code(x) => Cell::Code(*x),
        ExampleCell::Number(n) => Cell::Number(n.clone()),
        ExampleCell::VetEj => Cell::VetEj,
    }
}

/// The variables an error-severity review rule (`granskning … fel`) makes unusable for
/// an example, as the evaluator does for a unit: a rule that reads only variables the
/// indicator reads is run on the example's answers; one that reads others cannot be.
fn flagged_by_reviews(
    program: &Program,
    ind: &crate::ir::Indicator,
    answers: &crate::eval::UnitAnswers,
) -> std::collections::BTreeMap<String, String> {
    use crate::ir::logic::Cell;
    let mut flagged = std::collections::BTreeMap::new();
    let find = |var: &str| -> Option<Cell> {
        ind.questions.iter().enumerate().find_map(|(q, question)| {
            let i = question.vars.iter().position(|v| v == var)?;
            Some(answers.cells[q][i].clone())
        })
    };
    for rev in &program.reviews {
        if rev.severity != crate::syntax::ast::Severity::Fel {
            continue;
        }
        let cells: Option<Vec<Vec<Cell>>> = rev
            .questions
            .iter()
            .map(|q| q.vars.iter().map(|v| find(v)).collect())
            .collect();
        let Some(cells) = cells else { continue };
        let view = crate::eval::UnitAnswers {
            previous: vec![None; cells.len()],
            cells,
        };
        if rev
            .requirements
            .iter()
            .any(|r| crate::eval::violated(r, &view))
        {
            for q in &rev.questions {
                for v in &q.vars {
                    flagged.entry(v.clone()).or_insert_with(|| rev.name.clone());
                }
            }
        }
    }
    flagged
}

/// Runs every example of the year through the evaluator, review rules included.
pub fn run(program: &Program) -> Report {
    let mut report = Report {
        passed: 0,
        failed: vec![],
        without_examples: vec![],
    };
    for ind in &program.indicators {
        let has_examples = match &ind.kind {
            Kind::Source(m) => m.subgroup.is_some() || !m.examples.is_empty(),
            _ => !ind.examples.is_empty(),
        };
        if !has_examples {
            report.without_examples.push(
                Diagnostic::warning(
                    Code::NoExamples,
                    crate::t!("examples-run-no-examples", id = &ind.id),
                )
                .label(ind.span, crate::t!("examples-run-no-examples-label"))
                .help(crate::t!("examples-run-no-examples-help")),
            );
        }
        if let Kind::Source(m) = &ind.kind {
            // Subgroups share the definition and its examples: run them once.
            if m.subgroup.is_none() {
                run_source_examples(ind, m, &mut report);
            }
            continue;
        }
        for ex in &ind.examples {
            let answers = UnitAnswers {
                cells: ex
                    .answers
                    .iter()
                    .map(|cs| cs.iter().map(cell).collect())
                    .collect(),
                previous: ex.previous.iter().map(|p| p.as_ref().map(cell)).collect(),
            };
            // A tick box left out of an example is "Ej vald", as a blank cell in the data.
            let answers = UnitAnswers {
                cells: answers
                    .cells
                    .into_iter()
                    .zip(&ind.questions)
                    .map(|(cs, q)| {
                        cs.into_iter()
                            .map(|c| {
                                match (c, q.value_set.as_ref().and_then(|v| v.blank_means())) {
                                    (Cell::Blank, Some(code)) => Cell::Code(code),
                                    (c, _) => c,
                                }
                            })
                            .collect()
                    })
                    .collect(),
                previous: answers.previous,
            };
            let flagged = flagged_by_reviews(program, ind, &answers);
            let (result, _) = evaluate_unit(ind, &answers, true, Some(&flagged));
            let got = UnitResult::shown(ind, &result);
            let want = match &ex.expected {
                ExpectedIr::Outcome(o) => o.label().to_string(),
                ExpectedIr::Value(v) => UnitResult::shown(
                    ind,
                    &UnitResult::Value {
                        value: v.clone(),
                        taljare: num::int(0),
                        namnare: num::int(1),
                    },
                ),
            };
            if got == want {
                report.passed += 1;
            } else {
                let reason = match &result {
                    UnitResult::Outcome {
                        reason: Some(r), ..
                    } => format!(" ({r})"),
                    _ => String::new(),
                };
                let title = quoted_title(&ex.title);
                report.failed.push(
                    Diagnostic::error(
                        Code::ExampleFailed,
                        crate::t!(
                            "examples-run-failed",
                            title = &title,
                            id = &ind.id,
                            want = &want,
                            got = &got,
                            reason = reason
                        ),
                    )
                    .label(ex.span, crate::t!("examples-run-gives", got = &got))
                    .help(match &result {
                        // An outcome: the rules that give it decided.
                        UnitResult::Outcome { .. } => {
                            crate::t!("examples-run-failed-help", got = &got)
                        }
                        _ => crate::t!("examples-run-failed-value-help"),
                    }),
                );
            }
        }
    }
    report
}

/// ` "title"` of an example, or nothing.
fn quoted_title(title: &Option<String>) -> String {
    title
        .as_ref()
        .map(|t| format!(" \"{t}\""))
        .unwrap_or_default()
}

fn slot_values(m: &SourceMeasure, values: &[Option<num::Num>]) -> Vec<SlotValue> {
    (0..m.slots.len())
        .map(|i| match values.get(i).cloned().flatten() {
            Some(v) => Ok(v),
            None => Err(format!("saknar värde: {}", m.slot_names[i])),
        })
        .collect()
}

fn expected_text(ind: &Indicator, e: &SourceExpected) -> String {
    match e {
        SourceExpected::Suppressed => "x".to_string(),
        SourceExpected::Bortfall => "Bortfall".to_string(),
        SourceExpected::Value(v) => num::format_rounded(v, ind.decimals()),
    }
}

/// Län examples: the kommuner of one län with their counts, and the published result of
/// some of them and of the län, after the secondary suppression.
fn run_lan_examples(ind: &Indicator, m: &SourceMeasure, report: &mut Report) {
    for ex in &m.lan_examples {
        let kommuner: Vec<(String, Vec<SlotValue>)> = ex
            .members
            .iter()
            .map(|(code, values)| (code.clone(), slot_values(m, values)))
            .collect();
        let (results, lan) = lan_table(m, &kommuner);
        let mut wrong = vec![];
        for (unit, e) in &ex.expected {
            let got = if unit == "län" {
                UnitResult::shown(ind, &lan)
            } else {
                let i = kommuner
                    .iter()
                    .position(|(c, _)| c == unit)
                    .expect("checked");
                UnitResult::shown(ind, &results[i])
            };
            let want = expected_text(ind, e);
            if got != want {
                wrong.push(crate::t!(
                    "examples-run-lan-wrong",
                    unit = unit,
                    want = want,
                    got = got
                ));
            }
        }
        if wrong.is_empty() {
            report.passed += 1;
        } else {
            let title = quoted_title(&ex.title);
            report.failed.push(
                Diagnostic::error(
                    Code::ExampleFailed,
                    crate::t!(
                        "examples-run-lan-failed",
                        title = title,
                        id = &ind.id,
                        wrong = wrong.join("; ")
                    ),
                )
                .label(ex.span, crate::t!("examples-run-lan-label"))
                .help(crate::t!("examples-run-lan-help")),
            );
        }
    }
}

/// Examples of a source indicator give the slot values (counts, columns, survey sums) of
/// one kommun and the published result.
fn run_source_examples(ind: &Indicator, m: &SourceMeasure, report: &mut Report) {
    run_lan_examples(ind, m, report);
    for ex in &m.examples {
        let slots = slot_values(m, &ex.values);
        let result = compute(m, &slots);
        let got = UnitResult::shown(ind, &result);
        let want = expected_text(ind, &ex.expected);
        if got == want {
            report.passed += 1;
        } else {
            let title = quoted_title(&ex.title);
            report.failed.push(
                Diagnostic::error(
                    Code::ExampleFailed,
                    crate::t!(
                        "examples-run-source-failed",
                        title = title,
                        id = &ind.id,
                        want = want,
                        got = &got
                    ),
                )
                .label(ex.span, crate::t!("examples-run-gives", got = &got))
                .help(crate::t!("examples-run-source-help")),
            );
        }
    }
}
