//! Evaluation: every indicator for every reporting unit, and the review rules.
//!
//! For one unit and one indicator the order is fixed by the methodology:
//! 1. the unit did not respond → `Bortfall` (ej svarat);
//! 2. a variable the indicator reads failed an error-severity review rule → `Bortfall`;
//! 3. a question asked in the situation at hand is blank, or a number is Vet ej → `Bortfall`;
//! 4. the rules (classification) or täljare/nämnare (measure).

mod review;
pub mod source;

pub use review::{run_reviews, violated};

use crate::data::{Finding, Survey, Units};
use crate::ir::logic::{eval_cond, eval_num, missing_answer, Answers, Cell, Missing};
use crate::ir::{Indicator, Kind, Program, Question, Scale};
use crate::num::{self, Num};
use crate::syntax::ast::Outcome;
use std::collections::{BTreeMap, BTreeSet};

/// One unit's result for one indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum UnitResult {
    Outcome {
        outcome: Outcome,
        reason: Option<String>,
    },
    /// A measure: the exact value (before rounding), täljare and nämnare.
    Value {
        value: Num,
        taljare: Num,
        namnare: Num,
    },
    /// `x`: suppressed (register indicators): `sekretess` or `sekundär sekretess`.
    Suppressed { reason: String },
}

impl UnitResult {
    /// The result as published for a unit: `Ja`, `x`, `45.0`.
    pub fn shown(ind: &Indicator, r: &UnitResult) -> String {
        match r {
            UnitResult::Outcome { outcome, .. } => outcome.label().to_string(),
            UnitResult::Suppressed { .. } => "x".to_string(),
            UnitResult::Value { value, .. } => num::format_rounded(value, ind.decimals()),
        }
    }

    pub fn bortfall(reason: impl Into<String>) -> UnitResult {
        UnitResult::Outcome {
            outcome: Outcome::Bortfall,
            reason: Some(reason.into()),
        }
    }
}

/// Why a result came out as it did, for `oj explain`.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    pub responded: bool,
    /// (rule name, variables) of an error-severity review that made it Bortfall.
    pub review: Option<(String, Vec<String>)>,
    pub missing: Option<Missing>,
    /// Each rule's truth value (None: not evaluated).
    pub rules: Vec<Option<bool>>,
    pub fired: Option<usize>,
}

/// A unit's answers to one indicator's questions.
pub struct UnitAnswers {
    pub cells: Vec<Vec<Cell>>,
    /// Per question; empty when no question is read with `föregående`.
    pub previous: Vec<Option<Cell>>,
}

impl Answers for UnitAnswers {
    fn cell(&self, q: usize, i: usize) -> Option<&Cell> {
        Some(&self.cells[q][i])
    }
    fn previous(&self, q: usize) -> Option<&Cell> {
        Some(previous_or_blank(&self.previous, q))
    }
    fn len(&self, q: usize) -> usize {
        self.cells[q].len()
    }
}

/// The previous year's answer to question `q`. No previous answer (new party, no file,
/// not read) is simply blank: no correction.
fn previous_or_blank(previous: &[Option<Cell>], q: usize) -> &Cell {
    previous
        .get(q)
        .and_then(Option::as_ref)
        .unwrap_or(&Cell::Blank)
}

/// The previous publication year's survey, with the codebook to read its codes by label.
pub struct PreviousYear<'a> {
    pub survey: &'a Survey,
    pub codebook: &'a crate::codebook::Codebook,
}

impl UnitAnswers {
    pub fn gather(
        questions: &[Question],
        survey: &Survey,
        enhet: &str,
        previous: Option<&PreviousYear>,
        program: &Program,
    ) -> UnitAnswers {
        let all = vec![true; questions.len()];
        UnitAnswers::gather_reading(questions, survey, enhet, previous, program, &all)
    }

    /// [`UnitAnswers::gather`], looking up the previous year's answer only of the
    /// questions marked in `reads_previous` (the others are never read with
    /// `föregående`).
    pub fn gather_reading(
        questions: &[Question],
        survey: &Survey,
        enhet: &str,
        previous: Option<&PreviousYear>,
        program: &Program,
        reads_previous: &[bool],
    ) -> UnitAnswers {
        let columns = survey_columns(questions, survey);
        UnitAnswers::gather_row(
            questions,
            &columns,
            survey.rows.get(enhet),
            enhet,
            previous,
            program,
            reads_previous,
        )
    }

    /// [`UnitAnswers::gather_reading`] with the unit's row and the questions' columns
    /// already looked up: the evaluator looks each up once, not once per cell.
    pub fn gather_row(
        questions: &[Question],
        columns: &[Vec<Option<usize>>],
        row: Option<&crate::data::survey::Row>,
        enhet: &str,
        previous: Option<&PreviousYear>,
        program: &Program,
        reads_previous: &[bool],
    ) -> UnitAnswers {
        let cells = columns
            .iter()
            .map(|cols| {
                cols.iter()
                    .map(|c| match (row, c) {
                        (Some(r), Some(c)) => r.cells[*c].clone(),
                        _ => Cell::Blank,
                    })
                    .collect()
            })
            .collect();
        UnitAnswers {
            cells,
            previous: previous_cells(questions, enhet, previous, program, reads_previous),
        }
    }
}

/// A unit's answers read in place from its survey row, the evaluator's path: no cell is
/// copied.
pub(crate) struct RowAnswers<'a> {
    pub row: Option<&'a crate::data::survey::Row>,
    pub columns: &'a [Vec<Option<usize>>],
    pub previous: Vec<Option<Cell>>,
}

impl RowAnswers<'_> {
    /// Some answer read is not a valid answer (reported by its own review rule).
    pub fn any_invalid(&self) -> bool {
        self.row.is_some_and(|r| {
            self.columns
                .iter()
                .flatten()
                .flatten()
                .any(|&c| r.cells[c] == Cell::Invalid)
        })
    }
}

impl Answers for RowAnswers<'_> {
    fn cell(&self, q: usize, i: usize) -> Option<&Cell> {
        Some(match (self.row, self.columns[q][i]) {
            (Some(r), Some(c)) => &r.cells[c],
            _ => &Cell::Blank,
        })
    }
    fn previous(&self, q: usize) -> Option<&Cell> {
        Some(previous_or_blank(&self.previous, q))
    }
    fn len(&self, q: usize) -> usize {
        self.columns[q].len()
    }
}

/// The previous year's answer to each question marked in `reads_previous`, in this
/// year's codes; empty (no allocation) when none is read.
fn previous_cells(
    questions: &[Question],
    enhet: &str,
    previous: Option<&PreviousYear>,
    program: &Program,
    reads_previous: &[bool],
) -> Vec<Option<Cell>> {
    if previous.is_none() || !reads_previous.iter().any(|r| *r) {
        return vec![];
    }
    questions
        .iter()
        .zip(reads_previous)
        .map(|(q, &reads)| {
            let p = previous.filter(|_| reads)?;
            let var = q.vars.first()?;
            let cell = p.survey.cell(enhet, var)?;
            // Translate the previous year's code to this year's by its label.
            match cell {
                Cell::Code(c) => {
                    let label = p.codebook.get(var)?.values.as_ref()?.label_of(*c)?;
                    let code = program.codebook.get(var)?.values.as_ref()?.code_of(label)?;
                    Some(Cell::Code(code))
                }
                _ => None,
            }
        })
        .collect()
}

/// The survey column of each variable of each question.
pub fn survey_columns(questions: &[Question], survey: &Survey) -> Vec<Vec<Option<usize>>> {
    questions
        .iter()
        .map(|q| {
            q.vars
                .iter()
                .map(|v| survey.index.get(v).copied())
                .collect()
        })
        .collect()
}

/// Which questions of an indicator a rule reads with `föregående(...)`.
fn previous_reads(ind: &Indicator) -> Vec<bool> {
    let mut out = vec![false; ind.questions.len()];
    let conds = ind
        .rules
        .iter()
        .map(|r| &r.when)
        .chain(ind.questions.iter().filter_map(|q| q.asked_when.as_ref()));
    for c in conds {
        for atom in c.atoms() {
            if let crate::ir::Answer::HasCode {
                q, previous: true, ..
            } = atom
            {
                out[*q] = true;
            }
        }
    }
    out
}

/// Evaluates one indicator on one unit's answers.
pub fn evaluate_unit(
    ind: &Indicator,
    answers: &dyn Answers,
    responded: bool,
    flagged: Option<&BTreeMap<String, String>>,
) -> (UnitResult, Trace) {
    let mut trace = Trace {
        responded,
        ..Trace::default()
    };
    if !responded {
        return (UnitResult::bortfall("ej svarat"), trace);
    }
    if let Some(flagged) = flagged {
        let hit: Vec<String> = ind
            .reads()
            .filter(|v| flagged.contains_key(*v))
            .map(str::to_string)
            .collect();
        if let Some(first) = hit.first() {
            let rule = flagged[first].clone();
            trace.review = Some((rule.clone(), hit.clone()));
            return (
                UnitResult::bortfall(format!("granskning {rule}: {}", hit.join(", "))),
                trace,
            );
        }
    }
    if let Some(Some(m)) = missing_answer(&ind.questions, answers) {
        let reason = match &m {
            Missing::Blank { q, i } => format!("saknar svar: {}", ind.questions[*q].vars[*i]),
            Missing::VetEj { q, i } => format!("Vet ej: {}", ind.questions[*q].vars[*i]),
        };
        trace.missing = Some(m);
        return (UnitResult::bortfall(reason), trace);
    }
    trace.rules = ind
        .rules
        .iter()
        .map(|r| eval_cond(&r.when, answers))
        .collect();
    let fired = trace.rules.iter().position(|v| *v == Some(true));
    trace.fired = fired;
    match &ind.kind {
        // Computed per kommun by `source::evaluate_sources`, never per enhet.
        Kind::Source(_) => (UnitResult::bortfall("beräknas per kommun"), trace),
        Kind::Classification => match fired {
            Some(i) => {
                let outcome = ind.rules[i].outcome;
                let reason = (outcome == Outcome::Bortfall).then(|| "regel".to_string());
                (UnitResult::Outcome { outcome, reason }, trace)
            }
            // The checker proves this cannot happen for categorical rules; numbers outside
            // the sampled ranges are reported rather than dropped.
            None => (UnitResult::bortfall("ingen regel gällde"), trace),
        },
        Kind::Measure(m) => {
            if let Some(i) = fired {
                let outcome = ind.rules[i].outcome;
                let reason = (outcome == Outcome::Bortfall).then(|| "regel".to_string());
                return (UnitResult::Outcome { outcome, reason }, trace);
            }
            let t = eval_num(&m.taljare, answers).flatten();
            let n = eval_num(&m.namnare, answers).flatten();
            match (t, n) {
                (Some(t), Some(n)) => {
                    if num::is_zero(&n) {
                        return (UnitResult::bortfall("nämnaren är 0"), trace);
                    }
                    let value = scaled(m.scale, &t, &n);
                    (
                        UnitResult::Value {
                            value,
                            taljare: t,
                            namnare: n,
                        },
                        trace,
                    )
                }
                _ => (UnitResult::bortfall("täljare eller nämnare saknas"), trace),
            }
        }
    }
}

/// The exact value of a measure: 100 × t / n (in that order) or t / n.
pub fn scaled(scale: Scale, t: &Num, n: &Num) -> Num {
    match scale {
        Scale::Percent => num::int(100) * t / n,
        Scale::Ratio => t / n,
    }
}

/// The results of a year: `results[indicator][unit]`, in program and unit order.
pub struct Evaluation {
    pub year: u32,
    /// Reporting units, sorted by code.
    pub units: Vec<String>,
    pub responded: BTreeSet<String>,
    /// Survey indicators only; the entry of a source indicator is empty.
    pub results: Vec<Vec<UnitResult>>,
    pub findings: Vec<Finding>,
    /// What the error-severity review rules flagged, per responding unit.
    pub flagged: review::Flagged,
    /// The source indicators (registers, bakgrundsmått), per kommun, län and riket.
    pub sources: source::SourceEvaluation,
}

pub fn evaluate(
    program: &Program,
    units: &Units,
    survey: &Survey,
    previous: Option<&PreviousYear>,
) -> Evaluation {
    let reporting: Vec<String> = units.reporting().map(|u| u.enhet.clone()).collect();
    let responded: BTreeSet<String> = reporting
        .iter()
        .filter(|e| survey.responded(e))
        .cloned()
        .collect();
    let mut findings: Vec<Finding> = survey
        .findings
        .iter()
        .filter(|f| responded.contains(&f.enhet))
        .cloned()
        .collect();
    findings.extend(run_reviews(program, survey, &responded));
    findings.sort();
    let flagged = review::flagged(&findings);
    // Each unit's row, looked up once.
    let rows: Vec<Option<&crate::data::survey::Row>> =
        reporting.iter().map(|e| survey.rows.get(e)).collect();
    let unit_responded: Vec<bool> = reporting.iter().map(|e| responded.contains(e)).collect();
    let unit_flagged: Vec<_> = reporting.iter().map(|e| flagged.get(e)).collect();
    let results = program
        .indicators
        .iter()
        .map(|ind| {
            if matches!(ind.kind, Kind::Source(_)) {
                return vec![];
            }
            let reads_previous = previous_reads(ind);
            let columns = survey_columns(&ind.questions, survey);
            reporting
                .iter()
                .zip(&rows)
                .enumerate()
                .map(|(u, (enhet, row))| {
                    let answers = RowAnswers {
                        row: *row,
                        columns: &columns,
                        previous: previous_cells(
                            &ind.questions,
                            enhet,
                            previous,
                            program,
                            &reads_previous,
                        ),
                    };
                    evaluate_unit(ind, &answers, unit_responded[u], unit_flagged[u]).0
                })
                .collect()
        })
        .collect();
    Evaluation {
        year: program.year,
        units: reporting,
        responded,
        results,
        findings,
        flagged,
        sources: source::SourceEvaluation::default(),
    }
}
