//! What the IR's conditions and numbers mean: their evaluation over answers, in
//! three-valued logic (`None`: not known yet), and the Bortfall principle. It belongs to
//! the IR, below every stage that uses it: the data stage reads answers into [`Cell`]s,
//! the evaluator and `oj explain` evaluate with it, examples run through it, and the
//! checker's exact decision (check::totality) is tested against it by brute force.

use crate::ir::{Answer, ArithOp, Cond, Logic, NumExpr, QId, Quant};
use crate::num::{self, Num};

/// One answer as the engine sees it after reading and validating the cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Blank,
    Code(i64),
    Number(Num),
    /// -9: Vet ej.
    VetEj,
    /// The cell failed an error-severity review (unknown code, not a number …).
    Invalid,
}

/// Where answers come from: the evaluator's unit row, an example, or the checker's
/// partial assignment (which answers `None` for what it has not decided).
pub trait Answers {
    fn cell(&self, q: QId, i: usize) -> Option<&Cell>;
    fn previous(&self, q: QId) -> Option<&Cell>;
    fn len(&self, q: QId) -> usize;
}

fn quantify(
    a: &dyn Answers,
    q: QId,
    quant: Quant,
    previous: bool,
    test: impl Fn(&Cell) -> bool,
) -> Option<bool> {
    if previous {
        return a.previous(q).map(&test);
    }
    // A quantifier is the connective over the list's elements: `någon` is `or`,
    // `alla` is `and`, `ingen` is `not or`; the same three-valued logic.
    let elems = || {
        (0..a.len(q))
            .map(|i| Logic::Atom(a.cell(q, i).map(&test)))
            .collect()
    };
    let known = |b: &Option<bool>| *b;
    match quant {
        Quant::One => a.cell(q, 0).map(&test),
        Quant::Any => Logic::Or(elems()).eval(&known),
        Quant::All => Logic::And(elems()).eval(&known),
        Quant::None => Logic::Or(elems()).eval(&known).map(|b| !b),
    }
}

pub fn eval_cond(c: &Cond, a: &dyn Answers) -> Option<bool> {
    c.eval(&|atom| eval_answer(atom, a))
}

/// One atom of a survey condition over the answers.
pub fn eval_answer(atom: &Answer, a: &dyn Answers) -> Option<bool> {
    match atom {
        Answer::HasCode {
            q,
            quant,
            previous,
            codes,
            ..
        } => quantify(
            a,
            *q,
            *quant,
            *previous,
            |cell| matches!(cell, Cell::Code(x) if codes.contains(x)),
        ),
        Answer::IsBlank { q, quant, .. } => {
            quantify(a, *q, *quant, false, |cell| matches!(cell, Cell::Blank))
        }
        Answer::Compare { op, lhs, rhs, .. } => {
            let (l, r) = (eval_num(lhs, a), eval_num(rhs, a));
            match (l, r) {
                (Some(Some(l)), Some(Some(r))) => Some(op.holds(&l, &r)),
                // A missing number makes the comparison false, once it is known to be missing.
                (Some(None), _) | (_, Some(None)) => Some(false),
                _ => None,
            }
        }
    }
}

/// `None`: not known yet; `Some(None)`: known to have no number (blank, Vet ej, ÷0).
pub fn eval_num(n: &NumExpr, a: &dyn Answers) -> Option<Option<Num>> {
    Some(match n {
        NumExpr::Const(c) => Some(c.clone()),
        NumExpr::Var(q) => match a.cell(*q, 0)? {
            Cell::Number(x) => Some(x.clone()),
            _ => None,
        },
        NumExpr::Sum(q) => {
            let mut sum = num::int(0);
            for i in 0..a.len(*q) {
                match a.cell(*q, i)? {
                    Cell::Number(x) => sum += x,
                    Cell::Blank => {}
                    _ => return Some(None),
                }
            }
            Some(sum)
        }
        NumExpr::Count(q) => {
            let mut n = 0;
            for i in 0..a.len(*q) {
                if !matches!(a.cell(*q, i)?, Cell::Blank) {
                    n += 1;
                }
            }
            Some(num::int(n))
        }
        NumExpr::Neg(x) => eval_num(x, a)?.map(|x| -x),
        NumExpr::Bin(op, l, r) => {
            let l = eval_num(l, a);
            let r = eval_num(r, a);
            match (l, r) {
                (Some(Some(l)), Some(Some(r))) => match op {
                    ArithOp::Add => Some(l + r),
                    ArithOp::Sub => Some(l - r),
                    ArithOp::Mul => Some(l * r),
                    ArithOp::Div => num::checked_div(&l, &r),
                },
                (Some(None), _) | (_, Some(None)) => None,
                _ => return None,
            }
        }
    })
}

/// The (question, element) answers a condition reads, in order of appearance.
pub fn cond_vars(c: &Cond, out: &mut Vec<(QId, Option<usize>, bool)>) {
    for atom in c.atoms() {
        match atom {
            Answer::HasCode { q, previous, .. } => out.push((*q, None, *previous)),
            Answer::IsBlank { q, .. } => out.push((*q, None, false)),
            Answer::Compare { lhs, rhs, .. } => {
                num_vars(lhs, out);
                num_vars(rhs, out);
            }
        }
    }
}

pub fn num_vars(n: &NumExpr, out: &mut Vec<(QId, Option<usize>, bool)>) {
    match n {
        NumExpr::Const(_) => {}
        NumExpr::Var(q) | NumExpr::Sum(q) | NumExpr::Count(q) => out.push((*q, None, false)),
        NumExpr::Neg(x) => num_vars(x, out),
        NumExpr::Bin(_, a, b) => {
            num_vars(a, out);
            num_vars(b, out);
        }
    }
}

/// Why a unit has no usable answer for an indicator, before any rule is looked at.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    /// A question the questionnaire asks in this situation is blank.
    Blank { q: QId, i: usize },
    /// A number is -9, Vet ej.
    VetEj { q: QId, i: usize },
}

/// The methodology's Bortfall principle: a blank answer to a question that is asked in
/// the situation at hand (its `när` holds), or a Vet ej number, makes the indicator
/// `Bortfall`, whatever the other answers. Three-valued like [`eval_cond`].
pub fn missing_answer(
    questions: &[crate::ir::Question],
    a: &dyn Answers,
) -> Option<Option<Missing>> {
    let mut unknown = false;
    for (q, question) in questions.iter().enumerate() {
        for i in 0..question.vars.len() {
            match a.cell(q, i) {
                None => unknown = true,
                Some(Cell::VetEj) => return Some(Some(Missing::VetEj { q, i })),
                Some(Cell::Blank) if !question.optional && question.can_be_blank() => {
                    let asked = match &question.asked_when {
                        None => Some(true),
                        Some(c) => eval_cond(c, a),
                    };
                    match asked {
                        Some(true) => return Some(Some(Missing::Blank { q, i })),
                        None => unknown = true,
                        Some(false) => {}
                    }
                }
                Some(_) => {}
            }
        }
    }
    if unknown {
        None
    } else {
        Some(None)
    }
}
