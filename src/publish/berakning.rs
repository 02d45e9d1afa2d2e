//! Beräkning: how an indicator is computed, written from its rules in the language of
//! the questionnaire (questions by number, answers by label, register populations in the
//! words of the `källa`, decimal commas). Printed by the guide, the workbook's "Om
//! indikatorerna", the web comparison tool and the language server's hover.

use crate::codebook::Codebook;
use crate::ir::{Answer, Check};
use crate::ir::{ArithOp, CmpOp};
use crate::ir::{Cond, Indicator, Kind, NumExpr, Program, Quant, Question, Scale, Slot};
use crate::syntax::ast::Outcome;

/// "Beräkning" from the rules: one line per outcome, the rules of an outcome joined with
/// "eller".
pub fn computation(program: &Program, ind: &Indicator, cb: &Codebook) -> Vec<String> {
    let _ = cb;
    let qs = &Named::new(cb, ind);
    let mut out = vec![];
    match &ind.kind {
        Kind::Source(m) => {
            let src = &program.sources[m.source];
            let names = &m.slot_names;
            out.push(format!(
                "Källa: {} (en rad per {}).",
                src.file,
                match src.per {
                    crate::ir::Per::Person => "person",
                    crate::ir::Per::Kommun => "kommun",
                }
            ));
            if let Some((_, label, _)) = &m.subgroup {
                out.push(format!("Undergrupp: {label}."));
            }
            if src.per == crate::ir::Per::Person {
                out.push(format!(
                    "Population: {}.",
                    row_cond(
                        &crate::ir::RowNum::cond_at_year(&m.population, m.matar),
                        &src.columns
                    )
                ));
            }
            for (i, slot) in m.slots.iter().enumerate() {
                match slot {
                    Slot::Count(c) => {
                        let cond = &m.counts[*c].1;
                        let which = if matches!(cond, crate::ir::RowCond::Const(true)) {
                            String::new()
                        } else {
                            format!(
                                " där {}",
                                row_cond(
                                    &crate::ir::RowNum::cond_at_year(cond, m.matar),
                                    &src.columns
                                )
                            )
                        };
                        out.push(format!(
                            "{}: antal personer i populationen{which}.",
                            names[i]
                        ));
                    }
                    Slot::External { indicator, count } => {
                        out.push(format!(
                            "{}: räkningen {count} av {indicator}, i samma kommun och undergrupp.",
                            names[i]
                        ));
                    }
                    Slot::Survey { previous, .. } => {
                        let year = if *previous {
                            "föregående års"
                        } else {
                            "årets"
                        };
                        out.push(format!(
                            "{}: {year} enkätsvar, summerat över kommunens enheter (stadsdelar).",
                            names[i]
                        ));
                    }
                    Slot::Column(_) => {}
                }
            }
            out.push(format!("Täljare: {}.", formula(&m.taljare, names)));
            out.push(format!("Nämnare: {}.", formula(&m.namnare, names)));
            out.push(value_text(m.scale, m.decimals));
            out.extend(super::legend::suppression_rule(program, ind));
            out.extend(super::legend::secondary_rule(program, ind));
            out.extend(super::legend::linked_rule(program, ind));
        }
        Kind::Classification => {
            let conds = |outcome: Outcome| -> Vec<String> {
                ind.rules
                    .iter()
                    .filter(|r| r.outcome == outcome && !never(&r.when))
                    .map(|r| cond(&r.when, qs))
                    .collect()
            };
            for outcome in [
                Outcome::Ja,
                Outcome::Delvis,
                Outcome::Nej,
                Outcome::EjAktuellt,
            ] {
                let conds = conds(outcome);
                if !conds.is_empty() {
                    out.push(format!("{}: {}.", outcome.label(), conds.join("; eller ")));
                }
            }
            // Every way to Bortfall in one line: the rules' own and the survey's.
            let mut bortfall = conds(Outcome::Bortfall);
            // A blank answer to a `valfri` question is an ordinary answer, not Bortfall.
            bortfall.push(if ind.questions.iter().any(|q| q.optional) {
                "enheten har inte svarat, en fråga som ställs och inte är valfri har lämnats obesvarad, eller svaret har underkänts i granskningen".into()
            } else {
                "enheten har inte svarat, en fråga som ställs har lämnats obesvarad, eller svaret har underkänts i granskningen".into()
            });
            out.push(format!("Bortfall: {}.", bortfall.join("; eller ")));
        }
        Kind::Measure(m) => {
            // Every way to Bortfall in one line: the rules' own and the measure's.
            let mut bortfall = vec![];
            for r in &ind.rules {
                if r.outcome == Outcome::Bortfall {
                    bortfall.push(cond(&r.when, qs));
                } else {
                    out.push(format!("{}: {}.", r.outcome.label(), cond(&r.when, qs)));
                }
            }
            out.push(format!("Täljare: {}.", num(&m.taljare, qs)));
            out.push(format!("Nämnare: {}.", num(&m.namnare, qs)));
            out.push(value_text(m.scale, m.decimals));
            // A blank answer to a `valfri` question is an ordinary answer, not Bortfall.
            bortfall.push(if ind.questions.iter().any(|q| q.optional) {
                "ett svar är Vet ej eller ett tal som inte är valfritt saknas".into()
            } else {
                "ett tal saknas eller är Vet ej".into()
            });
            bortfall.push("nämnaren är 0".into());
            let last = bortfall.pop().unwrap_or_default();
            let sep = if bortfall.len() > 1 { ";" } else { "," };
            out.push(format!(
                "Bortfall: {}{sep} eller {last}.",
                bortfall.join("; ")
            ));
        }
    }
    // How the levels above the unit are computed, at the levels it is published at.
    let above: Vec<&str> = ind
        .levels
        .iter()
        .filter_map(|l| match l {
            crate::ir::Level::Enhet => None,
            crate::ir::Level::Lan => Some("län"),
            crate::ir::Level::Riket => Some("riket"),
            crate::ir::Level::Befolkningsgrupp => Some("befolkningsgrupper"),
            crate::ir::Level::Kommungrupp => Some("kommungrupper"),
        })
        .collect();
    if let Some((last, init)) = above.split_last() {
        let levels = if init.is_empty() {
            last.to_string()
        } else {
            format!("{} och {last}", init.join(", "))
        };
        let how = match ind.aggregation {
            crate::ir::Aggregation::AndelJa => "andelen enheter med Ja bland enheterna med Ja, Delvis eller Nej (Ej aktuellt och Bortfall räknas inte)".to_string(),
            crate::ir::Aggregation::Poolad => "summan av enheternas täljare delad med summan av deras nämnare, bland enheterna med ett resultat".to_string(),
            crate::ir::Aggregation::Medelvarde => "medelvärdet av enheternas värden, där varje enhet väger lika, bland enheterna med ett resultat".to_string(),
            crate::ir::Aggregation::Kalla => format!("beräknas på nytt ur källans uppgifter för alla kommuner i {} tillsammans", above.iter().map(|l| match *l { "län" => "länet", "riket" => "riket", "befolkningsgrupper" => "befolkningsgruppen", _ => "kommungruppen" }).collect::<Vec<_>>().join(" eller ")),
        };
        out.push(format!("{}: {how}.", capitalise(&levels)));
    }
    out
}

/// A condition on a person record in words.
fn row_cond(c: &crate::ir::RowCond, columns: &[crate::ir::ColumnDef]) -> String {
    use crate::ir::{RowCond, RowNum};
    // A column as the `källa` describes it (`födelseår`), or by its name.
    let said = |i: usize| {
        columns[i]
            .description
            .clone()
            .unwrap_or_else(|| columns[i].name.clone())
    };
    fn n(x: &RowNum, said: &dyn Fn(usize) -> String) -> String {
        match x {
            RowNum::Col(i) => said(*i),
            RowNum::Const(v) | RowNum::Year(v) => v.to_string(),
            RowNum::Bin(op, a, b) => {
                let sym = match op {
                    ArithOp::Add => "+",
                    ArithOp::Sub => "−",
                    ArithOp::Mul => "×",
                    ArithOp::Div => "/",
                };
                format!("({} {sym} {})", n(a, said), n(b, said))
            }
        }
    }
    let n = |x: &RowNum| n(x, &said);
    let part = |c: &RowCond| match c {
        RowCond::And(_) | RowCond::Or(_) => format!("({})", row_cond(c, columns)),
        _ => row_cond(c, columns),
    };
    match c {
        RowCond::Const(b) => if *b { "alla" } else { "inga" }.into(),
        RowCond::And(cs) => {
            // `x i 1988..1996` is checked as `x >= 1988 och x <= 1996`: said as a range,
            // wherever the pair stands in the conjunction.
            let mut words = vec![];
            let mut i = 0;
            while i < cs.len() {
                match (&cs[i], cs.get(i + 1)) {
                    (
                        RowCond::Atom(Check::Cmp(CmpOp::Ge, a, RowNum::Const(lo))),
                        Some(RowCond::Atom(Check::Cmp(CmpOp::Le, b, RowNum::Const(hi)))),
                    ) if a == b => {
                        words.push(format!("{} {lo}–{hi}", n(a)));
                        i += 2;
                    }
                    (c, _) => {
                        words.push(part(c));
                        i += 1;
                    }
                }
            }
            words.join(" och ")
        }
        RowCond::Or(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" eller "),
        RowCond::Not(c) => format!("inte {}", part(c)),
        RowCond::Atom(Check::Blank(i)) => match (&columns[*i].description, columns[*i].ty) {
            (Some(d), crate::ir::ColType::Flagga) => {
                format!("uppgift saknas om huruvida personen {d}")
            }
            _ => format!("{} saknas", said(*i)),
        },
        // A described flag is said as what it means: `placerad hela åk 9`, or `inte …`.
        RowCond::Atom(Check::Cmp(CmpOp::Eq, RowNum::Col(i), RowNum::Const(v)))
            if columns[*i].ty == crate::ir::ColType::Flagga
                && columns[*i].description.is_some()
                && (*v == 0 || *v == 1) =>
        {
            // `är född i Sverige` → `personen är född i Sverige` / `personen inte är …`.
            let not = if *v == 0 { "inte " } else { "" };
            format!("personen {not}{}", said(*i))
        }
        RowCond::Atom(Check::Cmp(op, a, b)) => format!("{} {} {}", n(a), op.symbol(), n(b)),
    }
}

/// A formula over slots as a reader writes it: `n − 0,3 × m`.
fn formula(n: &crate::ir::SlotNum, names: &[String]) -> String {
    use crate::ir::SlotNum;
    match n {
        SlotNum::Const(c) => crate::describe::plain(c).replace('.', ","),
        SlotNum::Slot(i) => names[*i].clone(),
        SlotNum::Neg(a) => format!("−{}", formula(a, names)),
        SlotNum::Bin(op, a, b) => {
            let side = |x: &SlotNum| match x {
                SlotNum::Bin(inner, ..) if inner.precedence() < op.precedence() => {
                    format!("({})", formula(x, names))
                }
                _ => formula(x, names),
            };
            let sym = match op {
                ArithOp::Mul => "×",
                ArithOp::Div => "/",
                ArithOp::Sub => "−",
                ArithOp::Add => "+",
            };
            format!("{} {sym} {}", side(a), side(b))
        }
    }
}

fn value_text(scale: Scale, decimals: u32) -> String {
    let rounding = match decimals {
        0 => "heltal".to_string(),
        1 => "en decimal".to_string(),
        n => format!("{n} decimaler"),
    };
    match scale {
        Scale::Percent => {
            format!("Värde: 100 × täljare / nämnare, avrundat till {rounding} (procent).")
        }
        Scale::Ratio => format!("Värde: täljare / nämnare, avrundat till {rounding}."),
    }
}

/// An indicator's questions with the names a reader knows them by.
struct Named<'a> {
    qs: &'a [Question],
    names: Vec<String>,
}

impl<'a> Named<'a> {
    /// A question as the questionnaire numbers it: `fråga G1` for `G1_samlad_plan`,
    /// `fråga G3` for the list `[G3_handledning, G3_fortbildning, …]`, `frågorna F2, F3`
    /// for several. The number is the part of the id before the first `_` (capitals,
    /// digits, at most one small letter), and it names the question only when the
    /// codebook has no other variable under that number, or only the same question for
    /// the family's other parts (`A1_oppenvard` is fråga A1 in the part öppenvård).
    /// Otherwise, the number and the variable: `fråga F4 (F4_gt5)`; without a number,
    /// the variable ids.
    fn new(cb: &Codebook, ind: &'a Indicator) -> Named<'a> {
        fn number(id: &str) -> Option<&str> {
            let (head, _) = id.split_once('_')?;
            let letters = head.chars().take_while(|c| c.is_ascii_uppercase()).count();
            let rest = &head[letters..];
            let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
            let tail = &rest[digits..];
            (letters > 0
                && digits > 0
                && tail.len() <= 1
                && tail.chars().all(|c| c.is_ascii_lowercase()))
            .then_some(head)
        }
        let part_key = ind.part.as_ref().map(|(k, _)| k.as_str());
        let name = |q: &Question| -> String {
            let numbers: Option<Vec<&str>> = q.vars.iter().map(|v| number(v)).collect();
            let Some(mut numbers) = numbers else {
                return q.vars.join(", ");
            };
            numbers.dedup();
            // Another variable under the same number that is not this question's, nor
            // this question's in another part of the family.
            let other_part = |id: &str| {
                part_key.is_some_and(|k| {
                    q.vars
                        .iter()
                        .any(|v| v.strip_suffix(k).is_some_and(|stem| id.starts_with(stem)))
                })
            };
            let shared = cb.ids().any(|id| {
                number(id).is_some_and(|n| numbers.contains(&n))
                    && !q.vars.iter().any(|v| v == id)
                    && !other_part(id)
            });
            match (numbers.as_slice(), shared) {
                ([one], false) => format!("fråga {one}"),
                (many, false) => format!("frågorna {}", many.join(", ")),
                ([one], true) => format!("fråga {one} ({})", q.vars.join(", ")),
                (_, true) => q.vars.join(", "),
            }
        };
        Named {
            qs: &ind.questions,
            names: ind.questions.iter().map(name).collect(),
        }
    }
}

fn labels(q: &Question, codes: &[i64]) -> String {
    let ls: Vec<String> = codes
        .iter()
        .map(|c| {
            q.value_set
                .as_ref()
                .and_then(|vs| vs.label_of(*c))
                .map(|l| format!("”{l}”"))
                .unwrap_or_else(|| format!("kod {c}"))
        })
        .collect();
    ls.join(" eller ")
}

/// A rule that can never match in this part of a family: it asks for an answer that only
/// other parts offer (`check::NO_CODE`).
fn never(c: &Cond) -> bool {
    match c {
        Cond::Atom(Answer::HasCode { codes, .. }) => codes.iter().all(|c| *c == crate::ir::NO_CODE),
        Cond::And(cs) => cs.iter().any(never),
        Cond::Or(cs) => cs.iter().all(never),
        _ => false,
    }
}

/// A condition in plain Swedish.
fn cond(c: &Cond, qs: &Named) -> String {
    match c {
        Cond::Const(b) => if *b { "alltid" } else { "aldrig" }.into(),
        Cond::And(cs) => cs
            .iter()
            .map(|c| part(c, qs))
            .collect::<Vec<_>>()
            .join(" och "),
        Cond::Or(cs) => cs
            .iter()
            .map(|c| part(c, qs))
            .collect::<Vec<_>>()
            .join(" eller "),
        Cond::Not(inner) => match &**inner {
            Cond::Atom(Answer::IsBlank { q, quant, .. }) => match quant {
                Quant::One => format!("{} besvarad", qs.names[*q].clone()),
                _ => format!("inte {}", cond(inner, qs)),
            },
            _ => format!("inte ({})", cond(inner, qs)),
        },
        Cond::Atom(Answer::HasCode {
            q,
            quant,
            previous,
            codes,
            ..
        }) => {
            let answer = labels(&qs.qs[*q], codes);
            let vars = qs.names[*q].clone();
            match (quant, previous) {
                (_, true) => format!("förra årets svar på {vars} var {answer}"),
                (Quant::One, _) => format!("{vars} besvarad med {answer}"),
                (Quant::Any, _) => format!("minst en delfråga i {vars} besvarad med {answer}"),
                (Quant::All, _) => format!("alla delfrågor i {vars} besvarade med {answer}"),
                (Quant::None, _) => format!("ingen delfråga i {vars} besvarad med {answer}"),
            }
        }
        Cond::Atom(Answer::IsBlank { q, quant, .. }) => match quant {
            Quant::One => format!("{} obesvarad", qs.names[*q].clone()),
            Quant::All => format!("alla delfrågor i {} obesvarade", qs.names[*q].clone()),
            _ => format!("någon delfråga i {} obesvarad", qs.names[*q].clone()),
        },
        Cond::Atom(Answer::Compare { op, lhs, rhs, .. }) => {
            let word = match op {
                CmpOp::Eq => "är lika med",
                CmpOp::Ne => "är skild från",
                CmpOp::Lt => "är mindre än",
                CmpOp::Le => "är högst",
                CmpOp::Gt => "är större än",
                CmpOp::Ge => "är minst",
            };
            format!("{} {word} {}", num(lhs, qs), num(rhs, qs))
        }
    }
}

fn part(c: &Cond, qs: &Named) -> String {
    match c {
        Cond::And(..) | Cond::Or(..) => format!("({})", cond(c, qs)),
        _ => cond(c, qs),
    }
}

fn num(n: &NumExpr, qs: &Named) -> String {
    match n {
        NumExpr::Const(c) => crate::num::format_exact(c, 0).replace('.', ","),
        NumExpr::Var(q) => qs.names[*q].clone(),
        NumExpr::Sum(q) => format!("summan av {}", qs.names[*q].clone()),
        NumExpr::Count(q) => format!("antalet besvarade av {}", qs.names[*q].clone()),
        NumExpr::Neg(a) => format!("−{}", num(a, qs)),
        NumExpr::Bin(op, a, b) => {
            let sym = match op {
                ArithOp::Mul => "×",
                ArithOp::Div => "/",
                ArithOp::Sub => "−",
                ArithOp::Add => "+",
            };
            let side = |x: &NumExpr| match x {
                NumExpr::Bin(..) => format!("({})", num(x, qs)),
                _ => num(x, qs),
            };
            format!("{} {sym} {}", side(a), side(b))
        }
    }
}

/// `s` with its first letter in upper case.
pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
