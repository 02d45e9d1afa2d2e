//! `oj diff OLD NEW`: what the methodology changed between two years, per indicator:
//! added, removed, changed rule, changed dates or texts, unchanged; and the review rules.
//! Compares the checked IR (`describe` writes rules with labels, not codes), so layout,
//! comments and the codebook's numbering are not changes; texts are compared as written,
//! with `{mätår}` unfilled, and mätperioder relative to mätdatum, so that what only moves
//! with the year is reported once, for the year.

use crate::describe;
use crate::ir::{Indicator, Program};
use crate::syntax::ast::Date;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What happened to one indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Added,
    Removed {
        reason: String,
    },
    /// The computation changed: these lines were removed (`-`) and added (`+`); and
    /// the metadata fields that changed with it.
    Rule {
        lines: Vec<String>,
        fields: Vec<String>,
    },
    /// Only metadata changed: the fields that differ.
    Texts {
        fields: Vec<String>,
    },
    Unchanged,
}

#[derive(Debug, Clone)]
pub struct Diff {
    pub old_year: u32,
    pub new_year: u32,
    pub old_matdatum: Date,
    pub new_matdatum: Date,
    /// In the new year's order, then removed ones in the old year's order.
    pub indicators: Vec<(String, String, Change)>,
    /// Review rules: (name, change), keyed by name and the variables read.
    pub reviews: Vec<(String, Change)>,
}

/// Compares two checked years.
pub fn diff(old: &Program, new: &Program) -> Diff {
    let years = new.matdatum.year - old.matdatum.year;
    let mut indicators = vec![];
    for n in &new.indicators {
        let change = match old.indicator(&n.id) {
            None => Change::Added,
            Some(o) => compare(o, n, years),
        };
        indicators.push((n.id.clone(), n.meta.indikatornamn.clone(), change));
    }
    for o in &old.indicators {
        if new.indicator(&o.id).is_none() {
            let reason = new
                .removed
                .iter()
                .find(|(id, _)| *id == o.id)
                .map(|(_, r)| r.clone())
                .unwrap_or_default();
            indicators.push((
                o.id.clone(),
                o.meta.indikatornamn.clone(),
                Change::Removed { reason },
            ));
        }
    }
    let key = |r: &crate::ir::Review| {
        let vars: Vec<&str> = r
            .questions
            .iter()
            .flat_map(|q| q.vars.iter().map(String::as_str))
            .collect();
        format!("{} ({})", r.name, vars.join(", "))
    };
    let old_reviews: BTreeMap<String, Vec<String>> = old
        .reviews
        .iter()
        .map(|r| (key(r), describe::review(r)))
        .collect();
    let new_reviews: BTreeMap<String, Vec<String>> = new
        .reviews
        .iter()
        .map(|r| (key(r), describe::review(r)))
        .collect();
    let mut reviews = vec![];
    for (k, lines) in &new_reviews {
        let change = match old_reviews.get(k) {
            None => Change::Added,
            Some(o) if o == lines => Change::Unchanged,
            Some(o) => Change::Rule {
                lines: line_diff(o, lines),
                fields: vec![],
            },
        };
        reviews.push((k.clone(), change));
    }
    for k in old_reviews.keys() {
        if !new_reviews.contains_key(k) {
            reviews.push((
                k.clone(),
                Change::Removed {
                    reason: String::new(),
                },
            ));
        }
    }
    Diff {
        old_year: old.year,
        new_year: new.year,
        old_matdatum: old.matdatum,
        new_matdatum: new.matdatum,
        indicators,
        reviews,
    }
}

fn compare(o: &Indicator, n: &Indicator, years: i32) -> Change {
    let (a, b) = (describe::computation(o), describe::computation(n));
    let mut fields = vec![];
    let texts = |i: &Indicator| -> BTreeMap<&'static str, String> {
        i.meta.texts.iter().cloned().collect()
    };
    let (ta, tb) = (texts(o), texts(n));
    for k in ta.keys().chain(tb.keys()) {
        if ta.get(k) != tb.get(k) && !fields.contains(&k.to_string()) {
            fields.push(k.to_string());
        }
    }
    let shift = |d: Date| Date {
        year: d.year + years,
        ..d
    };
    if o.meta.matperiod.map(|(a, b)| (shift(a), shift(b))) != n.meta.matperiod {
        fields.push("mätperiod".into());
    }
    if o.meta.matdatum.map(shift) != n.meta.matdatum {
        fields.push("mätdatum".into());
    }
    if a != b {
        Change::Rule {
            lines: line_diff(&a, &b),
            fields,
        }
    } else if fields.is_empty() {
        Change::Unchanged
    } else {
        Change::Texts { fields }
    }
}

/// Lines only in `a` as `- …`, lines only in `b` as `+ …`, in order.
fn line_diff(a: &[String], b: &[String]) -> Vec<String> {
    let mut out: Vec<String> = a
        .iter()
        .filter(|l| !b.contains(l))
        .map(|l| format!("- {l}"))
        .collect();
    out.extend(
        b.iter()
            .filter(|l| !a.contains(l))
            .map(|l| format!("+ {l}")),
    );
    out
}

impl Diff {
    /// The report printed by `oj diff`.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "oj diff {} → {}", self.old_year, self.new_year);
        if self.old_matdatum != self.new_matdatum {
            let _ = writeln!(
                s,
                "\nThe year: mätdatum {} → {}; every mätperiod that ends at mätdatum moves with it,\nand so do the years written {{mätår}} in texts.",
                self.old_matdatum, self.new_matdatum
            );
        }
        let group = |title: &str, pick: &dyn Fn(&Change) -> bool, s: &mut String| {
            let items: Vec<&(String, String, Change)> =
                self.indicators.iter().filter(|(_, _, c)| pick(c)).collect();
            let _ = writeln!(s, "\n{title} ({}):", items.len());
            for (id, name, c) in items {
                match c {
                    Change::Added => {
                        let _ = writeln!(s, "  + {id}: {name}");
                    }
                    Change::Removed { reason } if reason.is_empty() => {
                        let _ = writeln!(s, "  - {id}: {name}");
                    }
                    Change::Removed { reason } => {
                        let _ = writeln!(s, "  - {id}: {name} (utgår: {reason})");
                    }
                    Change::Rule { lines, fields } => {
                        if fields.is_empty() {
                            let _ = writeln!(s, "  ~ {id}");
                        } else {
                            let _ = writeln!(s, "  ~ {id} (and {})", fields.join(", "));
                        }
                        for l in lines {
                            let _ = writeln!(s, "      {l}");
                        }
                    }
                    Change::Texts { fields } => {
                        let _ = writeln!(s, "  ~ {id}: {}", fields.join(", "));
                    }
                    Change::Unchanged => {
                        let _ = writeln!(s, "    {id}");
                    }
                }
            }
        };
        group("Added", &|c| matches!(c, Change::Added), &mut s);
        group("Removed", &|c| matches!(c, Change::Removed { .. }), &mut s);
        group(
            "Changed rule",
            &|c| matches!(c, Change::Rule { .. }),
            &mut s,
        );
        group(
            "Changed dates or texts",
            &|c| matches!(c, Change::Texts { .. }),
            &mut s,
        );
        let unchanged: Vec<&str> = self
            .indicators
            .iter()
            .filter(|(_, _, c)| *c == Change::Unchanged)
            .map(|(id, _, _)| id.as_str())
            .collect();
        let _ = writeln!(s, "\nUnchanged ({}):", unchanged.len());
        let mut line = String::from(" ");
        for id in unchanged {
            if line.len() + id.len() > 88 {
                let _ = writeln!(s, "{line}");
                line = String::from(" ");
            }
            line.push(' ');
            line.push_str(id);
        }
        if line.trim().len() > 0 {
            let _ = writeln!(s, "{line}");
        }
        let count =
            |pick: &dyn Fn(&Change) -> bool| self.reviews.iter().filter(|(_, c)| pick(c)).count();
        let _ = writeln!(
            s,
            "\nReview rules: {} added, {} removed, {} changed, {} unchanged",
            count(&|c| matches!(c, Change::Added)),
            count(&|c| matches!(c, Change::Removed { .. })),
            count(&|c| matches!(c, Change::Rule { .. })),
            count(&|c| *c == Change::Unchanged)
        );
        for (k, c) in &self.reviews {
            match c {
                Change::Added => {
                    let _ = writeln!(s, "  + {k}");
                }
                Change::Removed { .. } => {
                    let _ = writeln!(s, "  - {k}");
                }
                Change::Rule { lines, .. } => {
                    let _ = writeln!(s, "  ~ {k}");
                    for l in lines {
                        let _ = writeln!(s, "      {l}");
                    }
                }
                _ => {}
            }
        }
        s
    }
}
