//! The checked IR written back as text, with answer labels instead of codes: one
//! canonical line per question, rule and measure field. Two years whose codebooks number
//! the same answers differently give the same text for the same rule, which is what
//! `oj diff` compares; the methodology guide can print the same lines.

use crate::ir::ArithOp;
use crate::ir::{Answer, Check};
use crate::ir::{Cond, Indicator, Kind, NumExpr, Quant, Question, Review, Scale};

/// The computation of an indicator: questions, rules and measure, one line each.
pub fn computation(program: &crate::ir::Program, ind: &Indicator) -> Vec<String> {
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
        // As the language writes it, columns by name: inserting a column in a
        // redeclared `källa` changes no rule, and `mätår-26` is the same rule every year.
        Kind::Source(m) => out.extend(source(program, m)),
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

/// A source indicator's rule, one line per statement, as the language writes it.
fn source(program: &crate::ir::Program, m: &crate::ir::SourceMeasure) -> Vec<String> {
    use crate::ir::Slot;
    let src = &program.sources[m.source];
    let names = &m.slot_names;
    let mut out = vec![if m.kommun == src.kommun {
        format!("källa {}", src.name)
    } else {
        format!("källa {} efter {}", src.name, src.columns[m.kommun].name)
    }];
    if let Some((key, label, c)) = &m.subgroup {
        out.push(format!(
            "undergrupp {key} \"{label}\" när {}",
            row_cond(c, &src.columns)
        ));
    }
    if !matches!(m.population, crate::ir::RowCond::Const(true)) {
        out.push(format!(
            "population {}",
            row_cond(&m.population, &src.columns)
        ));
    }
    for (name, c) in &m.counts {
        match c {
            crate::ir::RowCond::Const(true) => out.push(format!("räkna {name}")),
            c => out.push(format!("räkna {name} när {}", row_cond(c, &src.columns))),
        }
    }
    for (i, slot) in m.slots.iter().enumerate() {
        match slot {
            Slot::Survey { question, previous } => {
                let read = &m.survey[*question];
                let when = read
                    .valid_when
                    .as_ref()
                    .map(|c| {
                        format!(
                            " giltig när {}",
                            slot_cond(c, std::slice::from_ref(&read.name))
                        )
                    })
                    .unwrap_or_default();
                let year = if *previous { " (föregående år)" } else { "" };
                out.push(format!("fråga {} = {}{when}{year}", names[i], read.var));
            }
            Slot::Column(c) => {
                out.push(format!("{} = kolumnen {}", names[i], src.columns[*c].name))
            }
            Slot::Count(_) | Slot::External { .. } => {}
        }
    }
    out.push(format!("täljare {}", slot_num(&m.taljare, names)));
    out.push(format!("nämnare {}", slot_num(&m.namnare, names)));
    out.push(format!("värde {} {} decimaler", scale(m.scale), m.decimals));
    if let Some(c) = &m.suppression {
        out.push(format!("sekretess när {}", slot_cond(c, names)));
    }
    if let Some(s) = m.secondary {
        out.push(format!("sekundärsekretess minsta {}", names[s]));
    }
    out
}

/// A condition over a person record as the language writes it: `fodelsear i
/// mätår-26..mätår-18 och pnr_ok = 1`.
pub fn row_cond(c: &crate::ir::RowCond, columns: &[crate::ir::ColumnDef]) -> String {
    use crate::ir::{CmpOp, RowCond, RowNum};
    let bound = |x: &RowNum| match x {
        RowNum::Const(v) => Some(v.to_string()),
        RowNum::Year(0) => Some("mätår".to_string()),
        RowNum::Year(o) if *o > 0 => Some(format!("mätår+{o}")),
        RowNum::Year(o) => Some(format!("mätår{o}")),
        _ => None,
    };
    let range = |c: &RowCond| match c {
        RowCond::And(cs) => match cs.as_slice() {
            [RowCond::Atom(Check::Cmp(CmpOp::Ge, a, lo)), RowCond::Atom(Check::Cmp(CmpOp::Le, b, hi))]
                if a == b =>
            {
                Some(format!(
                    "{} i {}..{}",
                    row_num(a, columns),
                    bound(lo)?,
                    bound(hi)?
                ))
            }
            _ => None,
        },
        _ => None,
    };
    let part = |c: &RowCond| match c {
        RowCond::And(_) | RowCond::Or(_) if range(c).is_none() => {
            format!("({})", row_cond(c, columns))
        }
        _ => row_cond(c, columns),
    };
    if let Some(r) = range(c) {
        return r;
    }
    match c {
        RowCond::Const(b) => b.to_string(),
        RowCond::And(cs) => {
            // A range may stand anywhere in a longer conjunction.
            let mut words = vec![];
            let mut i = 0;
            while i < cs.len() {
                let pair = cs.get(i..i + 2).map(|p| RowCond::And(p.to_vec()));
                match pair.as_ref().and_then(range) {
                    Some(r) => {
                        words.push(r);
                        i += 2;
                    }
                    None => {
                        words.push(part(&cs[i]));
                        i += 1;
                    }
                }
            }
            words.join(" och ")
        }
        RowCond::Or(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" eller "),
        RowCond::Not(c) => format!("inte ({})", row_cond(c, columns)),
        RowCond::Atom(Check::Blank(i)) => format!("{} saknas", columns[*i].name),
        RowCond::Atom(Check::Cmp(op, a, b)) => format!(
            "{} {} {}",
            row_num(a, columns),
            op.symbol(),
            row_num(b, columns)
        ),
    }
}

/// A number of a person record as the language writes it.
pub fn row_num(n: &crate::ir::RowNum, columns: &[crate::ir::ColumnDef]) -> String {
    use crate::ir::RowNum;
    match n {
        RowNum::Col(i) => columns[*i].name.clone(),
        RowNum::Const(v) => v.to_string(),
        RowNum::Year(0) => "mätår".into(),
        RowNum::Year(o) if *o > 0 => format!("mätår + {o}"),
        RowNum::Year(o) => format!("mätår - {}", -o),
        RowNum::Bin(op, a, b) => {
            let side = |x: &RowNum| match x {
                RowNum::Bin(inner, ..) if inner.precedence() < op.precedence() => {
                    format!("({})", row_num(x, columns))
                }
                _ => row_num(x, columns),
            };
            format!("{} {} {}", side(a), op.symbol(), side(b))
        }
    }
}
