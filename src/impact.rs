//! `oj impact`: what a year's methodology does to figures before it is published. The
//! answers of the year before are evaluated twice, under that year's definitions
//! (before) and under the new year's (after), and every published figure that differs is
//! listed, with a summary per indicator.
//!
//! The new rules meet the old answers by variable id and answer label: each question is
//! re-pointed at the old codebook's variable and each answer code in a condition is
//! translated through its label ([`translate`]). Where a new rule reads a question or an
//! answer the old codebook lacks, that indicator cannot be computed on the old answers and
//! is reported with the reason, never guessed at.

use crate::aggregate::Row;
use crate::aggregate::YearRun;
use crate::codebook::{Codebook, VarType};
use crate::data::Without;
use crate::ir::Answer;
use crate::ir::{Cond, Indicator, Kind, Program, Question, Review};
use crate::run::{evaluate_year, RunError};
use std::collections::BTreeMap;

/// An indicator of the new year that cannot be evaluated on the old answers.
#[derive(Debug, Clone, PartialEq)]
pub struct NotComputable {
    pub indicator: String,
    pub reason: String,
}

/// The new year's program re-pointed at the old year's codebooks, and what could not be.
pub struct Translated {
    pub program: Program,
    pub not_computable: Vec<NotComputable>,
    /// Review rules of the new year that cannot read the old answers: (identity, why).
    /// Left out of the evaluation, and said so, since a `fel` rule changes Bortfall.
    pub dropped_reviews: Vec<(String, String)>,
}

/// The new program's indicators and review rules, evaluated against `old`'s codebook
/// (and its previous codebook for `föregående`), year and mätdatum.
pub fn translate(new: &Program, old: &Program) -> Translated {
    let mut not_computable = vec![];
    let mut indicators = vec![];
    for ind in &new.indicators {
        match translate_indicator(ind, new, old) {
            Ok(i) => indicators.push(i),
            Err(reason) => not_computable.push(NotComputable {
                indicator: ind.id.clone(),
                reason,
            }),
        }
    }
    // A review rule the old answers cannot be read for is left out, and listed.
    let mut dropped_reviews: Vec<(String, String)> = vec![];
    let mut reviews: Vec<Review> = vec![];
    for r in &new.reviews {
        let cx = Cx { new, old };
        let mut t = r.clone();
        let translated = t
            .questions
            .iter_mut()
            .try_for_each(|q| cx.question(q))
            .and_then(|_| {
                r.requirements
                    .iter()
                    .map(|c| cx.cond(c, &r.questions))
                    .collect::<Result<Vec<_>, _>>()
            });
        match translated {
            Ok(requirements) => {
                t.requirements = requirements;
                reviews.push(t);
            }
            Err(why) => {
                let id = match &r.part {
                    Some((k, _)) => format!("{} ({k})", r.identity),
                    None => r.identity.clone(),
                };
                if !dropped_reviews.iter().any(|(d, _)| *d == id) {
                    dropped_reviews.push((id, why));
                }
            }
        }
    }
    let mut files = new.files.clone();
    files.push(old.codebook.path.clone());
    Translated {
        program: Program {
            year: old.year,
            matdatum: old.matdatum,
            codebook: old.codebook.clone(),
            previous_codebook: old.previous_codebook.clone(),
            indicators,
            reviews,
            sources: new.sources.clone(),
            removed: vec![],
            parent: old.parent,
            files,
        },
        not_computable,
        dropped_reviews,
    }
}

struct Cx<'a> {
    new: &'a Program,
    old: &'a Program,
}

impl Cx<'_> {
    /// Points a question at the old codebook's variables; the new codes of its answers,
    /// as (new code → old code) by label.
    fn question(&self, q: &mut Question) -> Result<(), String> {
        let old_year = self.old.year;
        let mut value_set = None;
        for v in &q.vars {
            let Some(var) = self.old.codebook.get(v) else {
                return Err(format!("läser {v}, som inte finns i {old_year} års kodbok"));
            };
            if var.ty != q.ty {
                return Err(format!(
                    "läser {v} som {}, men {old_year} är den {}",
                    q.ty.label(),
                    var.ty.label()
                ));
            }
            if q.ty == VarType::Categorical {
                match &value_set {
                    None => value_set = var.values.clone(),
                    Some(vs) if Some(vs) != var.values.as_ref() => {
                        return Err(format!(
                            "listan {} har variabler med olika svarsalternativ {old_year}",
                            q.name
                        ))
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some(var) = q.vars.first().and_then(|v| self.old.codebook.get(v)) {
            q.domain = var.domain.clone();
        }
        q.value_set = value_set;
        Ok(())
    }

    /// The condition with every answer code translated through its label.
    fn cond(&self, c: &Cond, questions: &[Question]) -> Result<Cond, String> {
        Ok(match c {
            Cond::Const(b) => Cond::Const(*b),
            Cond::And(v) => Cond::And(
                v.iter()
                    .map(|c| self.cond(c, questions))
                    .collect::<Result<_, _>>()?,
            ),
            Cond::Or(v) => Cond::Or(
                v.iter()
                    .map(|c| self.cond(c, questions))
                    .collect::<Result<_, _>>()?,
            ),
            Cond::Not(c) => Cond::Not(Box::new(self.cond(c, questions)?)),
            Cond::Atom(Answer::HasCode {
                q,
                quant,
                previous,
                codes,
                span,
            }) => {
                // Last year's answers are read into the current codebook's codes (by
                // label, eval::PreviousYear), so a `föregående` code is translated like
                // any other: from the new year's codebook to the old year's.
                let var = &questions[*q].vars[0];
                let year = self.old.year;
                let codes = codes
                    .iter()
                    .map(|c| translate_code(*c, var, &self.new.codebook, &self.old.codebook, year))
                    .collect::<Result<_, _>>()?;
                Cond::Atom(Answer::HasCode {
                    q: *q,
                    quant: *quant,
                    previous: *previous,
                    codes,
                    span: *span,
                })
            }
            Cond::Atom(Answer::IsBlank { .. }) | Cond::Atom(Answer::Compare { .. }) => c.clone(),
        })
    }
}

/// A code of `from` as the code of the same label in `to`.
fn translate_code(
    code: i64,
    var: &str,
    from: &Codebook,
    to: &Codebook,
    year: u32,
) -> Result<i64, String> {
    if code == crate::ir::NO_CODE {
        return Ok(code);
    }
    let label = from
        .get(var)
        .and_then(|v| v.values.as_ref())
        .and_then(|vs| vs.label_of(code))
        .ok_or_else(|| format!("läser ett svar på {var} som kodboken inte namnger"))?;
    to.get(var)
        .and_then(|v| v.values.as_ref())
        .and_then(|vs| vs.code_of(label))
        .ok_or_else(|| {
            format!("läser svaret \"{label}\" på {var}, som inte finns i {year} års kodbok")
        })
}

fn translate_indicator(ind: &Indicator, new: &Program, old: &Program) -> Result<Indicator, String> {
    let cx = Cx { new, old };
    let mut ind = ind.clone();
    let original = ind.questions.clone();
    for q in ind.questions.iter_mut() {
        cx.question(q)?;
    }
    for (q, orig) in ind.questions.iter_mut().zip(&original) {
        if let Some(c) = &orig.asked_when {
            q.asked_when = Some(cx.cond(c, &original)?);
        }
    }
    for r in ind.rules.iter_mut() {
        r.when = cx.cond(&r.when, &original)?;
    }
    ind.examples.clear();
    if let Kind::Source(m) = &mut ind.kind {
        // `mätår` in the new definitions is the old year's: the same definition applied
        // to last year's data counts last year's cohort.
        m.matar -= i64::from(new.matdatum.year - old.matdatum.year);
        let source = &new.sources[m.source];
        // The same columns (a description is text, not data).
        let shape = |s: &crate::ir::SourceDef| -> Vec<(String, crate::ir::ColType, bool)> {
            s.columns
                .iter()
                .map(|c| (c.name.clone(), c.ty, c.optional))
                .collect()
        };
        match old.sources.iter().find(|s| s.file == source.file) {
            Some(o) if shape(o) == shape(source) => {}
            Some(_) => {
                return Err(format!(
                    "källan {} har andra kolumner {} än {}",
                    source.file, new.year, old.year
                ))
            }
            None => return Err(format!("källan {} läses inte {}", source.file, old.year)),
        }
        for s in &m.survey {
            match old.codebook.get(&s.var) {
                Some(v) if v.ty == VarType::Number => {}
                _ => {
                    return Err(format!(
                        "läser {}, som inte är ett tal i {} års kodbok",
                        s.var, old.year
                    ))
                }
            }
        }
        m.examples.clear();
        m.lan_examples.clear();
    }
    Ok(ind)
}

/// The two evaluations of the old year's answers.
pub struct Impact {
    pub old_year: u32,
    pub new_year: u32,
    pub before: YearRun,
    pub after: YearRun,
    pub not_computable: Vec<NotComputable>,
    /// Review rules of the new year left out of `after`, with why.
    pub dropped_reviews: Vec<(String, String)>,
    /// Indicators of the new year that the old year does not have, and the old year's
    /// that the new one does not publish (with its `utgår` reason when there is one).
    pub added: Vec<String>,
    pub retired: Vec<(String, String)>,
    /// Indikatornamn of every indicator of either year.
    pub names: BTreeMap<String, String>,
}

/// Evaluates the answers of `old.year` under both years' definitions.
pub fn impact(
    old: Program,
    new: &Program,
    data: &std::path::Path,
    without: &Without,
) -> Result<Impact, RunError> {
    let translated = translate(new, &old);
    let added = new
        .indicators
        .iter()
        .filter(|i| old.indicator(&i.id).is_none())
        .map(|i| i.id.clone())
        .collect();
    let retired = old
        .indicators
        .iter()
        .filter(|i| new.indicator(&i.id).is_none())
        .map(|i| {
            let reason = new
                .removed
                .iter()
                .find(|(id, _)| *id == i.id)
                .map(|(_, r)| r.clone())
                .unwrap_or_default();
            (i.id.clone(), reason)
        })
        .collect();
    let names = old
        .indicators
        .iter()
        .chain(&new.indicators)
        .map(|i| (i.id.clone(), i.meta.indikatornamn.clone()))
        .collect();
    let (old_year, new_year) = (old.year, new.year);
    let before = evaluate_year(old, data, without)?;
    let after = evaluate_year(translated.program, data, without)?;
    Ok(Impact {
        old_year,
        new_year,
        before,
        after,
        not_computable: translated.not_computable,
        dropped_reviews: translated.dropped_reviews,
        added,
        retired,
        names,
    })
}

/// What results.csv publishes for a row: its value when it has one, else its result.
pub fn figure(r: &Row) -> String {
    match r.figure {
        crate::aggregate::table::Figure::Value { .. } => r.value(),
        _ => r.result().to_string(),
    }
}

/// One published figure that differs.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub indicator: String,
    pub level: crate::aggregate::Level,
    pub unit: String,
    pub before: String,
    pub after: String,
}

impl Impact {
    /// The indicators evaluated both ways, in the new year's order.
    fn compared(&self) -> Vec<&str> {
        self.after
            .program
            .indicators
            .iter()
            .map(|i| i.id.as_str())
            .filter(|id| self.before.program.indicator(id).is_some())
            .collect()
    }

    /// Every published figure of an indicator present in both years that differs, by
    /// indicator (the new year's order), level and unit.
    pub fn changes(&self) -> Vec<Change> {
        let before: BTreeMap<(&str, crate::aggregate::Level, &str), &Row> = self
            .before
            .rows
            .iter()
            .map(|r| ((r.indicator.as_str(), r.level, r.unit.as_str()), r))
            .collect();
        let order: BTreeMap<&str, usize> = self
            .compared()
            .into_iter()
            .enumerate()
            .map(|(i, id)| (id, i))
            .collect();
        let mut out: Vec<(usize, Change)> = vec![];
        for r in &self.after.rows {
            let Some(&pos) = order.get(r.indicator.as_str()) else {
                continue;
            };
            let Some(b) = before.get(&(r.indicator.as_str(), r.level, r.unit.as_str())) else {
                continue;
            };
            if figure(b) != figure(r) {
                out.push((
                    pos,
                    Change {
                        indicator: r.indicator.clone(),
                        level: r.level,
                        unit: r.unit.clone(),
                        before: figure(b).to_string(),
                        after: figure(r).to_string(),
                    },
                ));
            }
        }
        out.sort_by(|(pa, a), (pb, b)| (pa, a.level, &a.unit).cmp(&(pb, b.level, &b.unit)));
        out.into_iter().map(|(_, c)| c).collect()
    }

    /// `impact.csv`: `indicator,level,unit,before,after`.
    pub fn csv(&self) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(vec![]);
        let _ = w.write_record(["indicator", "level", "unit", "before", "after"]);
        for c in self.changes() {
            let _ = w.write_record([
                c.indicator.as_str(),
                c.level.label(),
                c.unit.as_str(),
                c.before.as_str(),
                c.after.as_str(),
            ]);
        }
        w.into_inner().unwrap_or_default()
    }

    /// The summary, printed and written to `impact.md`.
    pub fn summary(&self) -> String {
        let (old, new) = (self.old_year, self.new_year);
        let changes = self.changes();
        let mut s = format!(
            "# Verkan av {new} års definitioner\n\n\
             Svaren från {old} beräknade med {old} års definitioner (före) och med {new} års (efter).\n\
             Varje publicerad siffra som skiljer sig står i impact.csv.\n\n"
        );
        let name = |id: &str| -> String { self.names.get(id).cloned().unwrap_or_default() };
        let mut unchanged = vec![];
        let mut changed_section = String::new();
        for id in self.compared() {
            let mine: Vec<&Change> = changes.iter().filter(|c| c.indicator == id).collect();
            if mine.is_empty() {
                unchanged.push(id);
                continue;
            }
            let mut transitions: BTreeMap<String, usize> = BTreeMap::new();
            let before_rows: BTreeMap<&str, &Row> = self
                .before
                .rows
                .iter()
                .filter(|r| r.indicator == id && r.level == crate::aggregate::Level::Enhet)
                .map(|r| (r.unit.as_str(), r))
                .collect();
            for r in self
                .after
                .rows
                .iter()
                .filter(|r| r.indicator == id && r.level == crate::aggregate::Level::Enhet)
            {
                let Some(b) = before_rows.get(r.unit.as_str()) else {
                    continue;
                };
                if figure(b) != figure(r) {
                    let kind = |r: &Row| match r.figure {
                        crate::aggregate::table::Figure::Value { .. } => "värde".to_string(),
                        _ => r.result().to_string(),
                    };
                    *transitions
                        .entry(format!("{}→{}", kind(b), kind(r)))
                        .or_default() += 1;
                }
            }
            let mut transitions: Vec<(String, usize)> = transitions.into_iter().collect();
            transitions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let units: usize = transitions.iter().map(|(_, n)| n).sum();
            let riket = |run: &YearRun| {
                run.rows
                    .iter()
                    .find(|r| r.indicator == id && r.level == crate::aggregate::Level::Riket)
                    .map(|r| figure(r).to_string())
                    .unwrap_or_default()
            };
            changed_section.push_str(&format!(
                "- **{id}** ({}): {units} enheter ändras{}; riket {} → {}; {} publicerade siffror ändras\n",
                name(id),
                if transitions.is_empty() {
                    String::new()
                } else {
                    format!(
                        " ({})",
                        transitions
                            .iter()
                            .map(|(t, n)| format!("{t} {n}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
                riket(&self.before),
                riket(&self.after),
                mine.len()
            ));
        }
        s.push_str(&format!(
            "## Ändrade indikatorer\n\n{}",
            if changed_section.is_empty() {
                "Inga.\n".to_string()
            } else {
                changed_section
            }
        ));
        s.push_str(&format!(
            "\n## Oförändrade indikatorer: {}\n\n{}\n",
            unchanged.len(),
            if unchanged.is_empty() {
                "Inga.".into()
            } else {
                unchanged.join(", ")
            }
        ));
        s.push_str(&format!("\n## Nya {new} (finns inte {old})\n\n"));
        if self.added.is_empty() {
            s.push_str("Inga.\n");
        }
        for id in &self.added {
            let why = self
                .not_computable
                .iter()
                .find(|n| n.indicator == *id)
                .map(|n| format!(": kan inte beräknas på svaren från {old}: {}", n.reason))
                .unwrap_or_default();
            s.push_str(&format!("- {id} ({}){why}\n", name(id)));
        }
        s.push_str(&format!("\n## Utgår {new}\n\n"));
        if self.retired.is_empty() {
            s.push_str("Inga.\n");
        }
        for (id, reason) in &self.retired {
            let reason = if reason.is_empty() {
                String::new()
            } else {
                format!(": {reason}")
            };
            s.push_str(&format!("- {id} ({}){reason}\n", name(id)));
        }
        let blocked: Vec<&NotComputable> = self
            .not_computable
            .iter()
            .filter(|n| !self.added.contains(&n.indicator))
            .collect();
        s.push_str(&format!("\n## Kan inte beräknas på svaren från {old}\n\n"));
        if blocked.is_empty() {
            s.push_str("Inga.\n");
        }
        for n in blocked {
            s.push_str(&format!("- {}: {}\n", n.indicator, n.reason));
        }
        if !self.dropped_reviews.is_empty() {
            s.push_str(&format!(
                "\n## Granskningsregler {new} som inte kan läsa svaren från {old}\n\n\
                 De är inte med i beräkningen efter; en regel av graden fel kan ändra Bortfall.\n\n"
            ));
            for (id, why) in &self.dropped_reviews {
                s.push_str(&format!("- {id}: {why}\n"));
            }
        }
        s
    }
}
