//! The sentences that state a publication rule: what `x`, a blank cell and `–` mean, and
//! how secondary suppression works. Generated from the year's indicators (their
//! `sekretess när …`, `sekundärsekretess minsta …` and outcomes), so that the guide,
//! the workbook, the report and results.json say the same thing and follow the spec:
//! change `sekretess när n < 20` to `n < 25` and every output says 25.

use crate::ir::{
    ArithOp, Check, CmpOp, Indicator, Kind, Level, Per, Program, Slot, SlotCond, SlotNum,
    SourceMeasure,
};
use crate::syntax::ast::Outcome;

/// The legend of a published table, one sentence per rule, in this order: suppression
/// (one sentence per distinct condition, naming its indicators when they differ), secondary
/// suppression, Bortfall, Ej aktuellt (only when an indicator can be Ej aktuellt).
pub fn legend(program: &Program) -> Vec<String> {
    legend_of(program, &program.indicators.iter().collect::<Vec<_>>())
}

/// The legend of a table of `inds` (an area sheet, the comparison sheet): only the rules
/// of those indicators, and a rule that covers some of them says which.
pub fn legend_of(program: &Program, inds: &[&Indicator]) -> Vec<String> {
    let mut out = scoped(inds, |i| suppression_rule(program, i).into_iter().collect());
    out.extend(scoped(inds, |i| {
        secondary_rule(program, i)
            .into_iter()
            .chain(linked_rule(program, i))
            .collect()
    }));
    out.push("Tom cell = bortfall: uppgift saknas eller har underkänts i granskningen.".into());
    if can_be_ej_aktuellt(inds) {
        out.push("– = ej aktuellt.".into());
    }
    if let Some(s) = not_published(inds) {
        out.push(s);
    }
    out
}

/// Distinct sentences in publication order, each followed by which of `inds` it is
/// about when that is not all of them: `(Gäller Placerade barns utbildningsnivå.)`.
fn scoped(inds: &[&Indicator], sentences: impl Fn(&Indicator) -> Vec<String>) -> Vec<String> {
    let mut rules: Vec<(String, Vec<&Indicator>)> = vec![];
    for ind in inds {
        for s in sentences(ind) {
            match rules.iter_mut().find(|(r, _)| *r == s) {
                Some((_, covered)) => covered.push(ind),
                None => rules.push((s, vec![ind])),
            }
        }
    }
    rules
        .into_iter()
        .map(|(s, covered)| match scope(&covered, inds) {
            Some(scope) => format!("{s} (Gäller {scope}.)"),
            None => s,
        })
        .collect()
}

/// Which of `inds` the `covered` ones are, in words: nothing when they are all; the
/// areas (Indikatorsområde) when they are whole areas; else the indicators' names.
fn scope(covered: &[&Indicator], inds: &[&Indicator]) -> Option<String> {
    if covered.len() == inds.len() {
        return None;
    }
    let mut areas: Vec<&str> = vec![];
    for i in covered {
        if !areas.contains(&i.meta.omrade.as_str()) {
            areas.push(&i.meta.omrade);
        }
    }
    let whole = inds
        .iter()
        .filter(|i| areas.contains(&i.meta.omrade.as_str()))
        .all(|i| covered.iter().any(|c| c.id == i.id));
    let names: Vec<String> = if whole {
        areas.iter().map(|a| a.to_string()).collect()
    } else {
        covered.iter().map(|i| i.short_name()).collect()
    };
    Some(match names.split_last() {
        Some((last, init)) if !init.is_empty() => format!("{} och {last}", init.join(", ")),
        _ => names.concat(),
    })
}

/// What a cell shows at a level its indicator is not published at (`publiceras`).
pub const NOT_PUBLISHED: &str = "..";

/// The sentence for `..`, when an indicator is published at fewer levels than it has.
fn not_published(inds: &[&Indicator]) -> Option<String> {
    let restricted: Vec<String> = inds
        .iter()
        .filter(|ind| {
            let all = if matches!(ind.kind, Kind::Source(_)) {
                3
            } else {
                Level::ALL.len()
            };
            ind.levels.len() < all
        })
        .map(|ind| ind.short_name())
        .collect();
    (!restricted.is_empty()).then(|| {
        format!(
            "{NOT_PUBLISHED} = redovisas inte på denna nivå ({}).",
            restricted.join(", ")
        )
    })
}

/// The levels an indicator is published at, as the guide says them: `kommun eller
/// stadsdel, län och riket`.
pub fn levels_sentence(ind: &Indicator) -> String {
    let words: Vec<&str> = ind
        .levels
        .iter()
        .map(|l| match (l, &ind.kind) {
            (Level::Enhet, Kind::Source(_)) => "kommun",
            (l, _) => l.swedish(),
        })
        .collect();
    let mut s = match words.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} och {last}", init.join(", ")),
    };
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s
}

/// The legend as one paragraph.
pub fn paragraph(program: &Program) -> String {
    legend(program).join(" ")
}

/// The legend of a table of `inds` as one paragraph.
pub fn paragraph_of(program: &Program, inds: &[&Indicator]) -> String {
    legend_of(program, inds).join(" ")
}

/// The sentence of one suppression rule: `x = sekretess: värdet visas inte när …`.
pub fn suppression_rule(program: &Program, ind: &Indicator) -> Option<String> {
    let (m, per) = source_measure(program, ind)?;
    let c = m.suppression.as_ref()?;
    Some(format!(
        "x = sekretess: värdet visas inte när {}.",
        cond_words(c, m, per)
    ))
}

/// The sentence of suppression linked across a total and its subgroups.
pub fn linked_rule(program: &Program, ind: &Indicator) -> Option<String> {
    let (m, _) = source_measure(program, ind)?;
    let (_, slot, _) = m.linked.as_ref()?;
    let smallest = match slot_words(*slot, m).as_str() {
        "populationen" => "den minsta populationen".to_string(),
        other => format!("det minsta värdet av {other}"),
    };
    Some(format!(
        "Länkad sekretess: när värdet för alla publiceras och exakt en undergrupp är \
         undertryckt (för en kommun, ett län eller riket), undertrycks också den publicerade \
         undergrupp som har {smallest}, eller värdet för alla om ingen annan undergrupp \
         publiceras; annars kunde den undertryckta räknas fram."
    ))
}

/// The sentence of secondary suppression for one indicator.
pub fn secondary_rule(program: &Program, ind: &Indicator) -> Option<String> {
    let (m, _) = source_measure(program, ind)?;
    let slot = m.secondary?;
    let smallest = match slot_words(slot, m).as_str() {
        "populationen" => "den minsta populationen".to_string(),
        other => format!("det minsta värdet av {other}"),
    };
    Some(format!(
        "Sekundär sekretess: är exakt en kommun i ett län undertryckt, undertrycks också den \
         av länets publicerade kommuner som har {smallest} (vid lika den med lägst \
         kommunkod); har länet ingen annan publicerad kommun, undertrycks länets värde."
    ))
}

fn can_be_ej_aktuellt(inds: &[&Indicator]) -> bool {
    inds.iter()
        .any(|ind| ind.rules.iter().any(|r| r.outcome == Outcome::EjAktuellt))
}

fn source_measure<'a>(program: &Program, ind: &'a Indicator) -> Option<(&'a SourceMeasure, Per)> {
    match &ind.kind {
        Kind::Source(m) => Some((m, program.sources[m.source].per)),
        _ => None,
    }
}

/// A suppression condition in words: `populationen är färre än 20 personer, täljaren
/// är 1–3 personer eller populationen minus täljaren är 1–3 personer`.
fn cond_words(c: &SlotCond, m: &SourceMeasure, per: Per) -> String {
    match c {
        SlotCond::Or(cs) => list(cs.iter().map(|c| cond_words(c, m, per)), "eller"),
        SlotCond::And(cs) => match range(c) {
            Some((x, lo, hi)) => format!(
                "{} är {}–{}{}",
                num_words(x, m, false),
                number(lo),
                number(hi),
                unit(x, m, per)
            ),
            None => list(cs.iter().map(|c| cond_words(c, m, per)), "och"),
        },
        SlotCond::Not(c) => format!("det inte gäller att {}", cond_words(c, m, per)),
        SlotCond::Const(true) => "alltid".into(),
        SlotCond::Const(false) => "aldrig".into(),
        SlotCond::Atom(Check::Blank(i)) => format!("{} saknas", slot_words(*i, m)),
        SlotCond::Atom(Check::Cmp(op, a, b)) => {
            let said = match op {
                CmpOp::Lt => "är färre än",
                CmpOp::Le => "är högst",
                CmpOp::Gt => "är fler än",
                CmpOp::Ge => "är minst",
                CmpOp::Eq => "är",
                CmpOp::Ne => "inte är",
            };
            let u = if matches!(b, SlotNum::Const(_)) {
                unit(a, m, per)
            } else {
                ""
            };
            format!(
                "{} {said} {}{u}",
                num_words(a, m, false),
                num_words(b, m, true)
            )
        }
    }
}

/// `x i a..b`, which the checker lowers to `x >= a och x <= b`.
fn range(c: &SlotCond) -> Option<(&SlotNum, &crate::num::Num, &crate::num::Num)> {
    match c {
        SlotCond::And(cs) => match cs.as_slice() {
            [SlotCond::Atom(Check::Cmp(CmpOp::Ge, a, SlotNum::Const(lo))), SlotCond::Atom(Check::Cmp(CmpOp::Le, b, SlotNum::Const(hi)))]
                if a == b =>
            {
                Some((a, lo, hi))
            }
            _ => None,
        },
        _ => None,
    }
}

/// ` personer` after a count of a per-person register.
fn unit(x: &SlotNum, m: &SourceMeasure, per: Per) -> &'static str {
    fn counts_only(x: &SlotNum, m: &SourceMeasure) -> bool {
        match x {
            SlotNum::Const(_) => true,
            SlotNum::Slot(i) => matches!(m.slots[*i], Slot::Count(_)),
            SlotNum::Neg(a) => counts_only(a, m),
            SlotNum::Bin(op, a, b) => {
                matches!(op, ArithOp::Add | ArithOp::Sub) && counts_only(a, m) && counts_only(b, m)
            }
        }
    }
    if per == Per::Person && counts_only(x, m) {
        " personer"
    } else {
        ""
    }
}

fn num_words(x: &SlotNum, m: &SourceMeasure, operand: bool) -> String {
    match x {
        SlotNum::Const(c) => number(c),
        SlotNum::Slot(i) => slot_words(*i, m),
        SlotNum::Neg(a) => format!("minus {}", num_words(a, m, true)),
        SlotNum::Bin(op, a, b) => {
            let said = match op {
                ArithOp::Add => "plus",
                ArithOp::Sub => "minus",
                ArithOp::Mul => "gånger",
                ArithOp::Div => "delat med",
            };
            let s = format!("{} {said} {}", num_words(a, m, true), num_words(b, m, true));
            if operand {
                format!("({s})")
            } else {
                s
            }
        }
    }
}

/// A slot by its role: the count without a condition is the population, the slot the
/// täljare is is the täljare; any other by its name in the spec.
fn slot_words(i: usize, m: &SourceMeasure) -> String {
    if let Slot::Count(c) = m.slots[i] {
        if matches!(m.counts[c].1, SlotCondRow::Const(true)) {
            return "populationen".into();
        }
    }
    if m.taljare == SlotNum::Slot(i) {
        return "täljaren".into();
    }
    if m.namnare == SlotNum::Slot(i) {
        return "nämnaren".into();
    }
    m.slot_names[i].clone()
}

type SlotCondRow = crate::ir::RowCond;

/// A number with a decimal comma: `0,5`, `20`.
fn number(n: &crate::num::Num) -> String {
    crate::describe::plain(n).replace('.', ",")
}

fn list(parts: impl Iterator<Item = String>, last: &str) -> String {
    let parts: Vec<String> = parts.collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{} {last} {tail}", init.join(", ")),
    }
}
