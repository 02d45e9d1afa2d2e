//! `oj diff OLD NEW`: what the methodology changed between two years, per indicator:
//! added, removed, changed rule, changed dates or texts, unchanged; and the review rules.
//! Compares the checked IR (`describe` writes rules with labels, not codes), so layout,
//! comments and the codebook's numbering are not changes; texts are compared as written,
//! with `{mätår}` unfilled, and mätperioder relative to mätdatum, so that what only moves
//! with the year is reported once, for the year.
//!
//! The codebooks are compared too, variable by variable (`CodebookChange`): texts as
//! written, with `<mätdatum>`/`<mätperiod>` unfilled; value sets by label, so that a
//! renumbered code is its own kind of change (it changes no rule); periods by length,
//! so that a period that only moved with the year is not a change.

use crate::codebook::{Codebook, NumberDomain, ValueSet, VarType, Variable};
use crate::describe;
use crate::ir::{Indicator, Program};
use crate::num;
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
    /// Codebook changes, variable by variable: in the new codebook's order (a variable's
    /// changes in the order of `CodebookChange`'s kinds), then removed variables in the
    /// old codebook's order.
    pub codebook: Vec<CodebookChange>,
    /// Variables in both codebooks without any change.
    pub codebook_unchanged: usize,
    /// The `källa` declarations: added, removed, or their columns changed, one line each
    /// (`+ källa ung`, `~ källa register: + gy_examen_ar heltal`).
    pub sources: Vec<String>,
}

/// One change of one codebook variable between the two years.
#[derive(Debug, Clone, PartialEq)]
pub enum CodebookChange {
    Added {
        id: String,
        ty: VarType,
        /// The value set's name (categorical) or the unit (number), if any.
        detail: Option<String>,
        text: String,
    },
    Removed {
        id: String,
        ty: VarType,
        text: String,
    },
    /// The question text changed (compared as written, placeholders unfilled).
    Retexted {
        id: String,
        old: String,
        new: String,
    },
    Type {
        id: String,
        old: VarType,
        new: VarType,
    },
    Unit {
        id: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// The valid answers of a number variable (`min`, `integer`).
    Domain {
        id: String,
        old: NumberDomain,
        new: NumberDomain,
    },
    /// The answer options changed: labels only in the new value set (`added`) and only
    /// in the old one (`removed`), in code order. Rules that name a removed label no
    /// longer check.
    Labels {
        id: String,
        added: Vec<String>,
        removed: Vec<String>,
    },
    /// Labels kept under other codes: (label, old code, new code). Changes no rule,
    /// since indicator files name labels; only the survey file's codes differ.
    Renumbered {
        id: String,
        codes: Vec<(String, i64, i64)>,
    },
    /// The codes that mean "no number" (`missing_codes`) changed.
    MissingCodes {
        id: String,
        old: Vec<(i64, String)>,
        new: Vec<(i64, String)>,
    },
    /// The period's length changed (a period that only moved is not a change), or a
    /// period was added or dropped.
    Period {
        id: String,
        old: Option<String>,
        new: Option<String>,
    },
}

impl CodebookChange {
    /// The variable the change is about.
    pub fn id(&self) -> &str {
        match self {
            CodebookChange::Added { id, .. }
            | CodebookChange::Removed { id, .. }
            | CodebookChange::Retexted { id, .. }
            | CodebookChange::Type { id, .. }
            | CodebookChange::Unit { id, .. }
            | CodebookChange::Domain { id, .. }
            | CodebookChange::Labels { id, .. }
            | CodebookChange::Renumbered { id, .. }
            | CodebookChange::MissingCodes { id, .. }
            | CodebookChange::Period { id, .. } => id,
        }
    }
}

/// Compares two checked years.
pub fn diff(old: &Program, new: &Program) -> Diff {
    let years = new.matdatum.year - old.matdatum.year;
    let mut indicators = vec![];
    for n in &new.indicators {
        let change = match old.indicator(&n.id) {
            None => Change::Added,
            Some(o) => compare(old, o, new, n, years),
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
        // A review family has one rule per part: each part compared on its own.
        format!("{} ({})", r.identity, vars.join(", "))
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
    let (codebook, codebook_unchanged) = codebook_changes(&old.codebook, &new.codebook);
    let sources = source_changes(old, new);
    Diff {
        old_year: old.year,
        new_year: new.year,
        old_matdatum: old.matdatum,
        new_matdatum: new.matdatum,
        indicators,
        reviews,
        codebook,
        codebook_unchanged,
        sources,
    }
}

/// The `källa` declarations compared by name, their columns by name: added, removed,
/// retyped (type or `valfri`), described anew, moved to another file.
fn source_changes(old: &Program, new: &Program) -> Vec<String> {
    let column = |c: &crate::ir::ColumnDef| {
        let opt = if c.optional { " valfri" } else { "" };
        format!("{} {}{opt}", c.name, c.ty.keyword())
    };
    let mut out = vec![];
    for n in &new.sources {
        let Some(o) = old.sources.iter().find(|o| o.name == n.name) else {
            out.push(format!("+ källa {} \"{}\"", n.name, n.file));
            continue;
        };
        let mut lines = vec![];
        if o.file != n.file {
            lines.push(format!("fil {} → {}", o.file, n.file));
        }
        for c in &n.columns {
            match o.columns.iter().find(|oc| oc.name == c.name) {
                None => lines.push(format!("+ {}", column(c))),
                Some(oc) if column(oc) != column(c) => {
                    lines.push(format!("~ {} → {}", column(oc), column(c)))
                }
                Some(oc) if oc.description != c.description => {
                    lines.push(format!("~ {}: ny beskrivning", c.name))
                }
                Some(_) => {}
            }
        }
        for oc in &o.columns {
            if !n.columns.iter().any(|c| c.name == oc.name) {
                lines.push(format!("- {}", column(oc)));
            }
        }
        out.extend(
            lines
                .into_iter()
                .map(|l| format!("~ källa {}: {l}", n.name)),
        );
    }
    for o in &old.sources {
        if !new.sources.iter().any(|n| n.name == o.name) {
            out.push(format!("- källa {} \"{}\"", o.name, o.file));
        }
    }
    out
}

/// The changes between two codebooks, and how many variables of both have none.
pub fn codebook_changes(old: &Codebook, new: &Codebook) -> (Vec<CodebookChange>, usize) {
    let mut out = vec![];
    let mut unchanged = 0;
    for n in &new.variables {
        match old.get(&n.id) {
            None => out.push(CodebookChange::Added {
                id: n.id.clone(),
                ty: n.ty,
                detail: match n.ty {
                    VarType::Categorical => n.values.as_ref().map(|v| v.name.clone()),
                    _ => n.unit.clone(),
                },
                text: n.text.clone(),
            }),
            Some(o) => {
                let before = out.len();
                compare_variable(o, n, &mut out);
                if out.len() == before {
                    unchanged += 1;
                }
            }
        }
    }
    for o in &old.variables {
        if new.get(&o.id).is_none() {
            out.push(CodebookChange::Removed {
                id: o.id.clone(),
                ty: o.ty,
                text: o.text.clone(),
            });
        }
    }
    (out, unchanged)
}

fn compare_variable(o: &Variable, n: &Variable, out: &mut Vec<CodebookChange>) {
    let id = || n.id.clone();
    if o.text != n.text {
        out.push(CodebookChange::Retexted {
            id: id(),
            old: o.text.clone(),
            new: n.text.clone(),
        });
    }
    if o.ty != n.ty {
        out.push(CodebookChange::Type {
            id: id(),
            old: o.ty,
            new: n.ty,
        });
    }
    if o.unit != n.unit {
        out.push(CodebookChange::Unit {
            id: id(),
            old: o.unit.clone(),
            new: n.unit.clone(),
        });
    }
    // A domain describes number variables only; a change of type says the rest.
    if o.ty == VarType::Number && n.ty == VarType::Number && o.domain != n.domain {
        out.push(CodebookChange::Domain {
            id: id(),
            old: o.domain.clone(),
            new: n.domain.clone(),
        });
    }
    if let (Some(a), Some(b)) = (&o.values, &n.values) {
        value_set_changes(&n.id, a, b, out);
    }
    if o.missing_codes != n.missing_codes {
        out.push(CodebookChange::MissingCodes {
            id: id(),
            old: o.missing_codes.clone(),
            new: n.missing_codes.clone(),
        });
    }
    let changed_period = match (&o.period, &n.period) {
        (None, None) => false,
        (Some(a), Some(b)) => match (Date::parse_period(a), Date::parse_period(b)) {
            // Moved by whole years (also over a 29 February), or as long as before.
            (Some((a1, a2)), Some((b1, b2))) => {
                let same_days = |x: Date, y: Date| (x.month, x.day) == (y.month, y.day);
                let moved = same_days(a1, b1)
                    && same_days(a2, b2)
                    && a2.year - a1.year == b2.year - b1.year;
                !moved && period_length(a) != period_length(b)
            }
            // Not two dates: compared as written.
            _ => a.trim() != b.trim(),
        },
        _ => true,
    };
    if changed_period {
        out.push(CodebookChange::Period {
            id: id(),
            old: o.period.clone(),
            new: n.period.clone(),
        });
    }
}

/// Value sets compared by label: labels gained or lost, then labels under new codes.
fn value_set_changes(id: &str, a: &ValueSet, b: &ValueSet, out: &mut Vec<CodebookChange>) {
    let added: Vec<String> = b
        .labels()
        .filter(|l| a.code_of(l).is_none())
        .map(String::from)
        .collect();
    let removed: Vec<String> = a
        .labels()
        .filter(|l| b.code_of(l).is_none())
        .map(String::from)
        .collect();
    if !added.is_empty() || !removed.is_empty() {
        out.push(CodebookChange::Labels {
            id: id.to_string(),
            added,
            removed,
        });
    }
    let codes: Vec<(String, i64, i64)> = b
        .values
        .iter()
        .filter_map(|(code, label)| match a.code_of(label) {
            Some(old) if old != *code => Some((label.clone(), old, *code)),
            _ => None,
        })
        .collect();
    if !codes.is_empty() {
        out.push(CodebookChange::Renumbered {
            id: id.to_string(),
            codes,
        });
    }
}

/// A period `2013-01-01..2014-11-01` as its length in whole months and days
/// (`(22, 0)`), the same for every year it is moved to.
fn period_length(period: &str) -> Option<(i64, i64)> {
    let (a, b) = Date::parse_period(period)?;
    let mut months = (b.year - a.year) as i64 * 12 + b.month as i64 - a.month as i64;
    if b.day < a.day {
        months -= 1;
    }
    // The day of month reached after `months` whole months from `a`, clamped to the
    // month's length, then the days from there to `b`.
    let total = a.year as i64 * 12 + a.month as i64 - 1 + months;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let day = (a.day as i64).min(Date::days_in_month(y as i32, m as u32) as i64);
    let days = day_number(b.year as i64, b.month as i64, b.day as i64) - day_number(y, m, day);
    Some((months, days))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `2011-11-01..2013-11-01 (2 years)`.
fn describe_period(period: &Option<String>) -> String {
    let Some(p) = period else {
        return crate::t!("tools-diff-none");
    };
    let Some((months, days)) = period_length(p) else {
        return p.clone();
    };
    let mut parts = vec![];
    let (y, m) = (months / 12, months % 12);
    if y > 0 {
        parts.push(crate::t!("tools-diff-years", n = y));
    }
    if m > 0 {
        parts.push(crate::t!("tools-diff-months", n = m));
    }
    if days > 0 || parts.is_empty() {
        parts.push(crate::t!("tools-diff-days", n = days));
    }
    format!("{p} ({})", parts.join(" "))
}

fn describe_domain(d: &NumberDomain) -> String {
    let min = num::format_exact(&d.min, 0);
    if d.integer {
        crate::t!("tools-diff-domain-whole", min = min)
    } else {
        crate::t!("tools-diff-domain-decimals", min = min)
    }
}

fn describe_codes(codes: &[(i64, String)]) -> String {
    if codes.is_empty() {
        return crate::t!("tools-diff-none");
    }
    let items: Vec<String> = codes.iter().map(|(c, l)| format!("{c} {l}")).collect();
    items.join(", ")
}

fn compare(old: &Program, o: &Indicator, new: &Program, n: &Indicator, years: i32) -> Change {
    let (a, b) = (describe::computation(old, o), describe::computation(new, n));
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
                "\n{}",
                crate::t!(
                    "tools-diff-year",
                    old = self.old_matdatum.to_string(),
                    new = self.new_matdatum.to_string()
                )
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
                            let and =
                                crate::t!("tools-diff-and-fields", fields = fields.join(", "));
                            let _ = writeln!(s, "  ~ {id} {and}");
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
        group(
            &crate::t!("tools-diff-added"),
            &|c| matches!(c, Change::Added),
            &mut s,
        );
        group(
            &crate::t!("tools-diff-removed"),
            &|c| matches!(c, Change::Removed { .. }),
            &mut s,
        );
        group(
            &crate::t!("tools-diff-changed-rule"),
            &|c| matches!(c, Change::Rule { .. }),
            &mut s,
        );
        group(
            &crate::t!("tools-diff-changed-texts"),
            &|c| matches!(c, Change::Texts { .. }),
            &mut s,
        );
        let unchanged: Vec<&str> = self
            .indicators
            .iter()
            .filter(|(_, _, c)| *c == Change::Unchanged)
            .map(|(id, _, _)| id.as_str())
            .collect();
        let _ = writeln!(
            s,
            "\n{} ({}):",
            crate::t!("tools-diff-unchanged"),
            unchanged.len()
        );
        let mut line = String::from(" ");
        for id in unchanged {
            if line.len() + id.len() > 88 {
                let _ = writeln!(s, "{line}");
                line = String::from(" ");
            }
            line.push(' ');
            line.push_str(id);
        }
        if !line.trim().is_empty() {
            let _ = writeln!(s, "{line}");
        }
        let count =
            |pick: &dyn Fn(&Change) -> bool| self.reviews.iter().filter(|(_, c)| pick(c)).count();
        let _ = writeln!(
            s,
            "\n{}",
            crate::t!(
                "tools-diff-reviews",
                added = count(&|c| matches!(c, Change::Added)),
                removed = count(&|c| matches!(c, Change::Removed { .. })),
                changed = count(&|c| matches!(c, Change::Rule { .. })),
                unchanged = count(&|c| *c == Change::Unchanged)
            )
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
        if !self.sources.is_empty() {
            let _ = writeln!(s, "\n{}", crate::t!("tools-diff-sources"));
            for l in &self.sources {
                let _ = writeln!(s, "  {l}");
            }
        }
        self.render_codebook(&mut s);
        s
    }

    /// The codebook section of `render`.
    fn render_codebook(&self, s: &mut String) {
        let count = |pick: &dyn Fn(&CodebookChange) -> bool| {
            self.codebook.iter().filter(|c| pick(c)).count()
        };
        let mut changed: Vec<&str> = self
            .codebook
            .iter()
            .filter(|c| {
                !matches!(
                    c,
                    CodebookChange::Added { .. } | CodebookChange::Removed { .. }
                )
            })
            .map(CodebookChange::id)
            .collect();
        changed.dedup();
        let _ = writeln!(
            s,
            "\n{}",
            crate::t!(
                "tools-diff-codebook",
                added = count(&|c| matches!(c, CodebookChange::Added { .. })),
                removed = count(&|c| matches!(c, CodebookChange::Removed { .. })),
                changed = changed.len(),
                unchanged = self.codebook_unchanged
            )
        );
        let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| crate::t!("tools-diff-none"));
        for c in &self.codebook {
            let id = c.id();
            match c {
                CodebookChange::Added {
                    ty, detail, text, ..
                } => {
                    let what = match detail {
                        Some(d) => format!("{}, {d}", ty.label()),
                        None => ty.label().to_string(),
                    };
                    let _ = writeln!(s, "  + {id} ({what}): {text}");
                }
                CodebookChange::Removed { ty, text, .. } => {
                    let _ = writeln!(s, "  - {id} ({}): {text}", ty.label());
                }
                CodebookChange::Retexted { old, new, .. } => {
                    let text = crate::t!("tools-diff-text");
                    let _ = writeln!(s, "  ~ {id}: {text}\n      - {old}\n      + {new}");
                }
                CodebookChange::Type { old, new, .. } => {
                    let what = crate::t!("tools-diff-type");
                    let _ = writeln!(s, "  ~ {id}: {what} {} → {}", old.label(), new.label());
                }
                CodebookChange::Unit { old, new, .. } => {
                    let what = crate::t!("tools-diff-unit");
                    let _ = writeln!(s, "  ~ {id}: {what} {} → {}", opt(old), opt(new));
                }
                CodebookChange::Domain { old, new, .. } => {
                    let _ = writeln!(
                        s,
                        "  ~ {id}: {} {} → {}",
                        crate::t!("tools-diff-domain"),
                        describe_domain(old),
                        describe_domain(new)
                    );
                }
                CodebookChange::Labels { added, removed, .. } => {
                    let quote = |ls: &[String]| {
                        ls.iter()
                            .map(|l| format!("\"{l}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    let mut parts = vec![];
                    if !added.is_empty() {
                        parts.push(crate::t!("tools-diff-labels-added", labels = quote(added)));
                    }
                    if !removed.is_empty() {
                        parts.push(crate::t!(
                            "tools-diff-labels-removed",
                            labels = quote(removed)
                        ));
                    }
                    let what = crate::t!("tools-diff-answer-labels");
                    let _ = writeln!(s, "  ~ {id}: {what} {}", parts.join("; "));
                }
                CodebookChange::Renumbered { codes, .. } => {
                    let items: Vec<String> = codes
                        .iter()
                        .map(|(l, a, b)| format!("\"{l}\" {a} → {b}"))
                        .collect();
                    let _ = writeln!(
                        s,
                        "  ~ {id}: {}",
                        crate::t!("tools-diff-renumbered", codes = items.join(", "))
                    );
                }
                CodebookChange::MissingCodes { old, new, .. } => {
                    let _ = writeln!(
                        s,
                        "  ~ {id}: {} {} → {}",
                        crate::t!("tools-diff-missing-codes"),
                        describe_codes(old),
                        describe_codes(new)
                    );
                }
                CodebookChange::Period { old, new, .. } => {
                    let _ = writeln!(
                        s,
                        "  ~ {id}: {} {} → {}",
                        crate::t!("tools-diff-period"),
                        describe_period(old),
                        describe_period(new)
                    );
                }
            }
        }
    }
}
