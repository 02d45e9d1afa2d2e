//! The checked IR written back as text, with answer labels instead of codes: one
//! canonical line per question, rule and measure field. Two years whose codebooks number
//! the same answers differently give the same text for the same rule, which is what
//! `oj diff` compares; the methodology guide can print the same lines.

use crate::ir::ArithOp;
use crate::ir::{Answer, Check};
use crate::ir::{Cond, Indicator, Kind, NumExpr, Quant, Question, Review, Scale};

/// The computation of an indicator: questions, rules and measure, one line each.
pub fn computation(ind: &Indicator) -> Vec<String> {
    let qs = &ind.questions;
    let mut out: Vec<String> = qs.iter().map(|q| question(q, qs)).collect();
    for r in &ind.rules {
        out.push(format!("{} när {}", r.outcome.label(), cond(&r.when, qs)));
    }
    match &ind.kind {
        Kind::Classification => out.push(format!("aggregering {}", ind.aggregation.keyword())),
        Kind::Measure(m) => {
            out.push(format!("täljare {}", num(&m.taljare, qs)));
            out.push(format!("nämnare {}", num(&m.namnare, qs)));
            out.push(format!("värde {} {} decimaler", scale(m.scale), m.decimals));
            out.push(format!("aggregering {}", ind.aggregation.keyword()));
        }
        // Source measures carry no codes: their IR, without spans, is already canonical.
        Kind::Source(m) => {
            let mut m = (**m).clone();
            m.examples.clear();
            m.lan_examples.clear();
            m.slot_spans.clear();
            out.push(format!("{m:?}"));
        }
    }
    out
}

/// A review rule's questions and requirements.
pub fn review(r: &Review) -> Vec<String> {
    let qs = &r.questions;
    let mut out: Vec<String> = qs.iter().map(|q| question(q, qs)).collect();
    out.push(format!("allvarlighet {}", r.severity.label()));
    for c in &r.requirements {
        out.push(format!("krav {}", cond(c, qs)));
    }
    out
}

fn scale(s: Scale) -> &'static str {
    match s {
        Scale::Percent => "procent",
        Scale::Ratio => "kvot",
    }
}

fn question(q: &Question, qs: &[Question]) -> String {
    let vars = if q.is_list {
        format!("[{}]", q.vars.join(", "))
    } else {
        q.vars.join(", ")
    };
    let mut s = format!("fråga {} = {vars}", q.name);
    if q.optional {
        s.push_str(" valfri");
    }
    if let Some(c) = &q.asked_when {
        s.push_str(&format!(" när {}", cond(c, qs)));
    }
    s
}

fn label(q: &Question, code: i64) -> String {
    q.value_set
        .as_ref()
        .and_then(|vs| vs.label_of(code))
        .map(|l| format!("\"{l}\""))
        .unwrap_or_else(|| format!("kod {code}"))
}

/// A condition in the language's own words.
pub fn cond(c: &Cond, qs: &[Question]) -> String {
    let part = |c: &Cond| match c {
        Cond::And(..) | Cond::Or(..) => format!("({})", cond(c, qs)),
        _ => cond(c, qs),
    };
    match c {
        Cond::Const(b) => if *b { "sant" } else { "falskt" }.into(),
        Cond::And(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" och "),
        Cond::Or(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" eller "),
        Cond::Not(c) => format!("inte {}", part(c)),
        Cond::Atom(Answer::HasCode {
            q,
            quant,
            previous,
            codes,
            ..
        }) => {
            let question = &qs[*q];
            let subject = subject(question, *quant, *previous);
            let labels: Vec<String> = codes.iter().map(|c| label(question, *c)).collect();
            if labels.len() == 1 {
                format!("{subject} = {}", labels[0])
            } else {
                format!("{subject} i [{}]", labels.join(", "))
            }
        }
        Cond::Atom(Answer::IsBlank { q, quant, .. }) => {
            format!("{} saknas", subject(&qs[*q], *quant, false))
        }
        Cond::Atom(Answer::Compare { op, lhs, rhs, .. }) => {
            format!("{} {} {}", num(lhs, qs), op.symbol(), num(rhs, qs))
        }
    }
}

fn subject(q: &Question, quant: Quant, previous: bool) -> String {
    let s = match quant {
        Quant::One => q.name.clone(),
        Quant::Any => format!("någon({})", q.name),
        Quant::All => format!("alla({})", q.name),
        Quant::None => format!("ingen({})", q.name),
    };
    if previous {
        format!("föregående({s})")
    } else {
        s
    }
}

/// A number expression in the language's own words.
pub fn num(n: &NumExpr, qs: &[Question]) -> String {
    match n {
        NumExpr::Const(c) => crate::num::format_exact(c, 0),
        NumExpr::Var(q) => qs[*q].name.clone(),
        NumExpr::Sum(q) => format!("summa({})", qs[*q].name),
        NumExpr::Count(q) => format!("antal({})", qs[*q].name),
        NumExpr::Neg(a) => format!("-{}", num(a, qs)),
        NumExpr::Bin(op, a, b) => {
            // Parentheses where the reading would change: `a - (b - c)`, `(a + b) * c`.
            let side = |x: &NumExpr, right: bool| match x {
                NumExpr::Bin(inner, ..)
                    if precedence(*inner) < precedence(*op)
                        || (right
                            && precedence(*inner) == precedence(*op)
                            && matches!(op, ArithOp::Sub | ArithOp::Div)) =>
                {
                    format!("({})", num(x, qs))
                }
                _ => num(x, qs),
            };
            format!("{} {} {}", side(a, false), op.symbol(), side(b, true))
        }
    }
}

fn precedence(op: ArithOp) -> u8 {
    op.precedence()
}

/// A formula over a source indicator's slots as the language writes it: `t / n`.
pub fn slot_num(n: &crate::ir::SlotNum, names: &[String]) -> String {
    use crate::ir::SlotNum;
    match n {
        SlotNum::Const(c) => plain(c),
        SlotNum::Slot(i) => names[*i].clone(),
        SlotNum::Neg(a) => format!("-{}", slot_num(a, names)),
        SlotNum::Bin(op, a, b) => format!(
            "{} {} {}",
            slot_num(a, names),
            op.symbol(),
            slot_num(b, names)
        ),
    }
}

/// A number as a reader writes it: `7`, `50.49` (at most two decimals shown).
pub fn plain(n: &crate::num::Num) -> String {
    let s = crate::num::format_rounded(n, 2);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

pub fn slot_cond(c: &crate::ir::SlotCond, names: &[String]) -> String {
    use crate::ir::CmpOp;
    use crate::ir::{SlotCond, SlotNum};
    let is_range = |c: &SlotCond| {
        matches!(c, SlotCond::And(cs) if matches!(cs.as_slice(),
            [SlotCond::Atom(Check::Cmp(CmpOp::Ge, a, SlotNum::Const(_))), SlotCond::Atom(Check::Cmp(CmpOp::Le, b, SlotNum::Const(_)))] if a == b))
    };
    let part = |c: &SlotCond| match c {
        SlotCond::And(_) | SlotCond::Or(_) if !is_range(c) => {
            format!("({})", slot_cond(c, names))
        }
        _ => slot_cond(c, names),
    };
    match c {
        SlotCond::Const(b) => b.to_string(),
        // `x i 1..3` is checked as `x >= 1 och x <= 3`: show it as written.
        SlotCond::And(cs) => match cs.as_slice() {
            [SlotCond::Atom(Check::Cmp(CmpOp::Ge, a, SlotNum::Const(lo))), SlotCond::Atom(Check::Cmp(CmpOp::Le, b, SlotNum::Const(hi)))]
                if a == b =>
            {
                format!("{} i {}..{}", slot_num(a, names), plain(lo), plain(hi))
            }
            _ => cs.iter().map(part).collect::<Vec<_>>().join(" och "),
        },
        SlotCond::Or(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" eller "),
        SlotCond::Not(c) => format!("inte ({})", slot_cond(c, names)),
        SlotCond::Atom(Check::Blank(i)) => format!("{} saknas", names[*i]),
        SlotCond::Atom(Check::Cmp(op, a, b)) => format!(
            "{} {} {}",
            slot_num(a, names),
            op.symbol(),
            slot_num(b, names)
        ),
    }
}
