//! The year's questionnaire codebook (`codebook.yaml`): variable ids, question texts with
//! `<mätdatum>`/`<mätperiod>` placeholders, types and answer value sets.

use crate::diagnostic::{Code, Diagnostic};
use crate::num::{self, Num};
use crate::syntax::ast::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarType {
    Categorical,
    Number,
    Text,
}

impl VarType {
    pub fn label(self) -> &'static str {
        match self {
            VarType::Categorical => "categorical",
            VarType::Number => "number",
            VarType::Text => "text",
        }
    }
}

/// One answer value set: code → label, in code order.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueSet {
    pub name: String,
    pub values: Vec<(i64, String)>,
}

impl ValueSet {
    pub fn label_of(&self, code: i64) -> Option<&str> {
        self.values
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| l.as_str())
    }
    pub fn code_of(&self, label: &str) -> Option<i64> {
        self.values
            .iter()
            .find(|(_, l)| l == label)
            .map(|(c, _)| *c)
    }
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.values.iter().map(|(_, l)| l.as_str())
    }
    /// A tick-box value set (`kryss`: Vald / Ej vald): a blank cell means "Ej vald".
    pub fn is_tick_box(&self) -> bool {
        self.values.len() == 2
            && self.code_of("Ej vald").is_some()
            && self.code_of("Vald").is_some()
    }
    /// The code that a blank cell stands for, if any (tick boxes: Ej vald).
    pub fn blank_means(&self) -> Option<i64> {
        if self.is_tick_box() {
            self.code_of("Ej vald")
        } else {
            None
        }
    }
}

/// The valid answers of a number variable: whole or decimal, at least `min`.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberDomain {
    /// The lowest valid answer (`min`; 0 unless the codebook says otherwise).
    pub min: Num,
    /// Whole numbers only (`integer: true`).
    pub integer: bool,
    /// Missing codes at or above `min` (`-9` with `min: -10`): read as Vet ej, so never
    /// a number of the domain.
    pub excluded: Vec<Num>,
}

impl Default for NumberDomain {
    fn default() -> Self {
        NumberDomain {
            min: num::int(0),
            integer: false,
            excluded: vec![],
        }
    }
}

impl NumberDomain {
    /// The smallest valid answer.
    pub fn first(&self) -> Num {
        let mut x = if self.integer {
            self.min.ceil()
        } else {
            self.min.clone()
        };
        while self.excluded.contains(&x) {
            x += num::int(1);
        }
        x
    }
}

#[derive(Debug, Clone)]
pub struct Variable {
    pub id: String,
    pub text: String,
    pub ty: VarType,
    pub values: Option<ValueSet>,
    /// Codes of a number variable that mean "no number" (-9: Vet ej).
    pub missing_codes: Vec<(i64, String)>,
    /// Number variables: which numbers are valid answers.
    pub domain: NumberDomain,
    pub unit: Option<String>,
    pub period: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Codebook {
    pub path: PathBuf,
    pub survey: String,
    pub publication_year: u32,
    pub matdatum: String,
    pub variables: Vec<Variable>,
    index: BTreeMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodebook {
    survey: String,
    publication_year: u32,
    matdatum: String,
    #[serde(default)]
    collected: Option<String>,
    #[serde(default)]
    unit_id: Option<String>,
    value_sets: BTreeMap<String, Pairs>,
    variables: Vec<RawVariable>,
}

/// Codes with their labels as written (`1: Ja`), in file order: a code or a label
/// written twice is reported, where a map would silently keep the last.
struct Pairs(Vec<(i64, String)>);

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = Pairs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("codes with their labels, such as `1: Ja`")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Pairs, A::Error> {
                let mut out = vec![];
                while let Some(entry) = map.next_entry::<i64, String>()? {
                    out.push(entry);
                }
                Ok(Pairs(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

impl Pairs {
    /// In code order, as a [`ValueSet`] holds them.
    fn sorted(&self) -> Vec<(i64, String)> {
        let mut v = self.0.clone();
        v.sort_by_key(|(c, _)| *c);
        v
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariable {
    id: String,
    text: String,
    #[serde(rename = "type")]
    ty: String,
    #[serde(default)]
    values: Option<String>,
    #[serde(default)]
    missing_codes: Option<Pairs>,
    #[serde(default)]
    min: Option<serde_yaml::Value>,
    #[serde(default)]
    integer: Option<bool>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    period: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

impl Codebook {
    pub fn load(path: &Path) -> Result<Codebook, Vec<Diagnostic>> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Diagnostic::error(
                Code::CodebookLoad,
                crate::t!(
                    "codebook-cannot-read",
                    error = crate::diagnostic::io_error(&e)
                ),
            )
            .at(path, None, None)
            .help(crate::t!("codebook-cannot-read-help"))]
        })?;
        Codebook::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Codebook, Vec<Diagnostic>> {
        let raw: RawCodebook = serde_yaml::from_str(text).map_err(|e| {
            let line = e.location().map(|l| l.line() as u64);
            vec![Diagnostic::error(
                Code::CodebookInvalid,
                crate::t!("codebook-invalid", error = yaml_error(&e)),
            )
            .at(path, line, None)
            .help(crate::t!("codebook-invalid-help"))]
        })?;
        let _ = (&raw.collected, &raw.unit_id);
        let lines = YamlLines(text);
        let mut errors = vec![];
        // Lines are looked for only for an error: scanning the text for every variable
        // would double the cost of reading a codebook.
        for (name, set) in &raw.value_sets {
            repeated(
                &set.0,
                path,
                &mut errors,
                |code, nth| {
                    let at = lines.value_set(name);
                    at.and_then(|l| lines.entry(l, code, nth)).or(at)
                },
                |what| crate::t!("codebook-value-set-named", set = name, what = what),
            );
        }
        let mut variables = vec![];
        let mut index = BTreeMap::new();
        for (i, v) in raw.variables.into_iter().enumerate() {
            // For an error: the line of its `id:` (the second, for an id written twice).
            let nth = usize::from(index.contains_key(&v.id));
            let at = || lines.variable(&v.id, nth);
            let line = || at().map(|l| l as u64 + 1);
            if let Some(codes) = &v.missing_codes {
                repeated(
                    &codes.0,
                    path,
                    &mut errors,
                    |code, nth| at().and_then(|l| lines.entry(l, code, nth)).or(at()),
                    |what| crate::t!("codebook-missing-codes-of", id = &v.id, what = what),
                );
            }
            let ty = match v.ty.as_str() {
                "categorical" => VarType::Categorical,
                "number" => VarType::Number,
                "text" => VarType::Text,
                other => {
                    errors.push(
                        Diagnostic::error(
                            Code::CodebookInvalid,
                            crate::t!("codebook-unknown-type", id = &v.id, ty = other),
                        )
                        .at(path, line(), None)
                        .help(crate::t!("codebook-unknown-type-help")),
                    );
                    continue;
                }
            };
            let values = match (&ty, &v.values) {
                (VarType::Categorical, Some(set)) => match raw.value_sets.get(set) {
                    Some(vs) if vs.0.is_empty() => {
                        errors.push(
                            Diagnostic::error(
                                Code::CodebookInvalid,
                                crate::t!("codebook-empty-value-set", id = &v.id, set = set),
                            )
                            .at(path, line(), None)
                            .help(crate::t!("codebook-empty-value-set-help")),
                        );
                        continue;
                    }
                    Some(vs) => Some(ValueSet {
                        name: set.clone(),
                        values: vs.sorted(),
                    }),
                    None => {
                        let known: Vec<&str> = raw.value_sets.keys().map(String::as_str).collect();
                        errors.push(
                            Diagnostic::error(
                                Code::CodebookInvalid,
                                crate::t!("codebook-unknown-value-set", id = &v.id, set = set),
                            )
                            .at(path, line(), None)
                            .help(crate::t!(
                                "codebook-unknown-value-set-help",
                                known = known.join(", ")
                            )),
                        );
                        continue;
                    }
                },
                (VarType::Categorical, None) => {
                    errors.push(
                        Diagnostic::error(
                            Code::CodebookInvalid,
                            crate::t!("codebook-no-values", id = &v.id),
                        )
                        .at(path, line(), None)
                        .help(crate::t!("codebook-no-values-help")),
                    );
                    continue;
                }
                _ => None,
            };
            let mut domain = NumberDomain {
                integer: v.integer.unwrap_or(false),
                ..NumberDomain::default()
            };
            if let Some(min) = &v.min {
                let text = match min {
                    serde_yaml::Value::Number(n) => n.to_string(),
                    serde_yaml::Value::String(s) => s.clone(),
                    _ => String::new(),
                };
                match num::parse_decimal(&text) {
                    Some(m) => domain.min = m,
                    None => {
                        errors.push(
                            Diagnostic::error(
                                Code::CodebookInvalid,
                                crate::t!("codebook-min-not-number", id = &v.id, min = &text),
                            )
                            .at(path, line(), None)
                            .help(crate::t!("codebook-min-not-number-help")),
                        );
                        continue;
                    }
                }
            }
            if domain.integer {
                domain.min = domain.min.ceil();
            }
            domain.excluded = v
                .missing_codes
                .iter()
                .flat_map(|m| m.0.iter())
                .map(|(c, _)| num::int(*c))
                .filter(|c| *c >= domain.min)
                .collect();
            if ty != VarType::Number && (v.min.is_some() || v.integer.is_some()) {
                errors.push(
                    Diagnostic::error(
                        Code::CodebookInvalid,
                        crate::t!("codebook-domain-not-number", id = &v.id, ty = ty.label()),
                    )
                    .at(path, line(), None)
                    .help(crate::t!("codebook-domain-not-number-help")),
                );
                continue;
            }
            if index.insert(v.id.clone(), variables.len()).is_some() {
                errors.push(
                    Diagnostic::error(
                        Code::CodebookInvalid,
                        crate::t!(
                            "codebook-duplicate-variable",
                            id = &v.id,
                            entry = (i + 1).to_string()
                        ),
                    )
                    .at(path, line(), None)
                    .help(crate::t!("codebook-duplicate-variable-help")),
                );
                continue;
            }
            // The question text as respondents and the guide show it: every placeholder
            // filled from mätdatum and the variable's period.
            let matperiod = match v.period.as_deref().map(|p| (p, Date::parse_period(p))) {
                Some((p, None)) => {
                    errors.push(
                        Diagnostic::error(
                            Code::CodebookInvalid,
                            crate::t!("codebook-bad-period", id = &v.id, period = p),
                        )
                        .at(path, line(), None)
                        .help(crate::t!("codebook-bad-period-help")),
                    );
                    continue;
                }
                Some((_, dates)) => dates,
                None => None,
            };
            let dates = TextDates {
                matdatum: Date::parse(&raw.matdatum),
                matperiod,
            };
            for u in fill_placeholders(&v.text, &dates).1 {
                errors.push(
                    Diagnostic::error(
                        Code::Placeholder,
                        crate::t!(
                            "codebook-unfilled-placeholder",
                            id = &v.id,
                            placeholder = &u.placeholder,
                            reason = &u.reason
                        ),
                    )
                    .at(path, line(), None)
                    .help(if u.needs_period {
                        crate::t!("codebook-unfilled-period-help", id = &v.id)
                    } else {
                        placeholder_help()
                    }),
                );
            }
            variables.push(Variable {
                id: v.id,
                text: v.text,
                ty,
                values,
                missing_codes: v.missing_codes.map(|m| m.sorted()).unwrap_or_default(),
                domain,
                unit: v.unit,
                period: v.period,
                source: v.source,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Codebook {
            path: path.to_path_buf(),
            survey: raw.survey,
            publication_year: raw.publication_year,
            matdatum: raw.matdatum,
            variables,
            index,
        })
    }

    pub fn get(&self, id: &str) -> Option<&Variable> {
        self.index.get(id).map(|&i| &self.variables[i])
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.variables.iter().map(|v| v.id.as_str())
    }

    /// The question text with its placeholders filled in from the codebook's mätdatum
    /// and the variable's period (checked when the codebook was loaded).
    pub fn question_text(&self, var: &Variable) -> String {
        fill_placeholders(&var.text, &self.text_dates(var)).0
    }

    /// The dates a variable's text is filled from.
    pub fn text_dates(&self, var: &Variable) -> TextDates {
        TextDates {
            matdatum: Date::parse(&self.matdatum),
            matperiod: var.period.as_deref().and_then(Date::parse_period),
        }
    }
}

/// A code or a label written twice in `pairs` (a value set, a variable's missing codes):
/// a survey's code would mean either answer, or an answer would silently vanish. `line`
/// places the `nth` entry of a code (0-based line); `named` says whose pairs they are.
fn repeated(
    pairs: &[(i64, String)],
    path: &Path,
    errors: &mut Vec<Diagnostic>,
    line: impl Fn(i64, usize) -> Option<usize>,
    named: impl Fn(String) -> String,
) {
    for (i, (code, label)) in pairs.iter().enumerate() {
        let before = &pairs[..i];
        let what = if before.iter().any(|(c, _)| c == code) {
            let nth = before.iter().filter(|(c, _)| c == code).count();
            Some((
                crate::t!("codebook-repeated-code", code = code.to_string()),
                line(*code, nth),
            ))
        } else {
            before.iter().find(|(_, l)| l == label).map(|(first, _)| {
                (
                    crate::t!(
                        "codebook-repeated-label",
                        label = label,
                        first = first.to_string(),
                        code = code.to_string()
                    ),
                    line(*code, 0),
                )
            })
        };
        if let Some((what, at)) = what {
            errors.push(
                Diagnostic::error(Code::CodebookInvalid, named(what))
                    .at(path, at.map(|l| l as u64 + 1), None)
                    .help(crate::t!("codebook-repeated-help")),
            );
        }
    }
}

/// Where things are in a codebook's text, for diagnostics (the YAML reader keeps no
/// positions for what it read well): 0-based line numbers, found by how a codebook is
/// written (docs/codebook.md), `None` where it is written otherwise.
struct YamlLines<'a>(&'a str);

impl YamlLines<'_> {
    fn indent(line: &str) -> usize {
        line.len() - line.trim_start().len()
    }
    /// The key of a `key: value` line, quotes and a list's `- ` taken off.
    fn key(line: &str) -> Option<&str> {
        let t = line.trim_start();
        let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
        let (k, _) = t.split_once(':')?;
        Some(k.trim().trim_matches(|c| c == '\'' || c == '"'))
    }
    /// The `nth` variable with this id: its `id:` line.
    fn variable(&self, id: &str, nth: usize) -> Option<usize> {
        self.0
            .lines()
            .enumerate()
            .filter(|(_, l)| {
                Self::key(l) == Some("id")
                    && l.split_once(':')
                        .map(|(_, v)| v.trim().trim_matches(|c| c == '\'' || c == '"'))
                        == Some(id)
            })
            .nth(nth)
            .map(|(i, _)| i)
    }
    /// The value set `name`'s line under `value_sets:`.
    fn value_set(&self, name: &str) -> Option<usize> {
        let lines: Vec<&str> = self.0.lines().collect();
        let start = lines.iter().position(|l| l.trim_end() == "value_sets:")?;
        lines[start + 1..]
            .iter()
            .take_while(|l| l.trim().is_empty() || l.starts_with(' ') || l.starts_with('#'))
            .position(|l| Self::indent(l) > 0 && Self::key(l) == Some(name))
            .map(|i| start + 1 + i)
    }
    /// The `nth` entry `code:` in the block that `parent`'s line opens (a value set, a
    /// variable, whose `missing_codes:` it searches).
    fn entry(&self, parent: usize, code: i64, nth: usize) -> Option<usize> {
        let lines: Vec<&str> = self.0.lines().collect();
        let base = Self::indent(lines.get(parent)?);
        let code = code.to_string();
        lines[parent + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, l)| {
                l.trim().is_empty() || Self::indent(l) > base || l.trim_start().starts_with('#')
            })
            .filter(|(_, l)| Self::key(l) == Some(code.as_str()))
            .nth(nth)
            .map(|(i, _)| parent + 1 + i)
    }
}

/// A YAML reader's error in the reader's language, where it is one of the common ones.
fn yaml_error(e: &serde_yaml::Error) -> String {
    let text = e.to_string();
    // "missing field `type` at line 494 column 3": the line is given separately.
    let text = text.split(" at line ").next().unwrap_or(&text);
    // "variables[103]: missing field `type`": where in the codebook, then what.
    let (at, text) = match text.split_once(": ") {
        Some((at, rest)) if !at.contains(' ') => (format!("{at}: "), rest),
        _ => (String::new(), text),
    };
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_string);
    let said = if let Some(field) = text.strip_prefix("missing field ").and_then(quoted) {
        crate::t!("codebook-yaml-missing-field", field = field)
    } else if let Some(rest) = text.strip_prefix("unknown field ") {
        // "unknown field `tpye`, expected one of `id`, `text`, `type`, …": the fields there are.
        let field = quoted(rest).unwrap_or_default();
        let fields: Vec<&str> = rest
            .split_once("expected ")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        crate::t!(
            "codebook-yaml-unknown-field",
            field = field,
            fields = fields.join(", ")
        )
    } else if let Some(field) = text.strip_prefix("duplicate field ").and_then(quoted) {
        crate::t!("codebook-yaml-duplicate-field", field = field)
    } else {
        text.to_string()
    };
    format!("{at}{said}")
}

/// The dates a text's placeholders are filled from: an indicator's (or the year's)
/// mätdatum and mätperiod, or a codebook variable's.
#[derive(Debug, Clone, Copy)]
pub struct TextDates {
    pub matdatum: Option<Date>,
    pub matperiod: Option<(Date, Date)>,
}

/// The placeholders a text may use, as the questionnaire writes them (`<mätdatum>`, or
/// `[mätperioden]` in brackets); [`placeholder_meaning`] says what each is filled with.
pub const PLACEHOLDERS: [&str; 5] = [
    "mätdatum",
    "mätperiod",
    "mätperioden",
    "mätperiodens startdatum",
    "mätperiodens slutdatum",
];

/// What a placeholder of [`PLACEHOLDERS`] is filled with, in words.
pub fn placeholder_meaning(name: &str) -> String {
    match name {
        "mätdatum" => crate::t!("codebook-placeholder-matdatum"),
        "mätperiod" => crate::t!("codebook-placeholder-matperiod"),
        "mätperioden" => crate::t!("codebook-placeholder-matperioden"),
        "mätperiodens startdatum" => crate::t!("codebook-placeholder-start"),
        "mätperiodens slutdatum" => crate::t!("codebook-placeholder-end"),
        _ => String::new(),
    }
}

/// A placeholder of a text that could not be filled, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfilled {
    /// As written, with its brackets: `<de senaste två åren>`.
    pub placeholder: String,
    pub reason: String,
    /// Unfilled because the text has no mätperiod: the help says to give it one.
    pub needs_period: bool,
}

/// Fills every placeholder of `text`: `<name>` for any name of letters and spaces, and
/// `[name]` for names that begin with `mät` (other bracketed words, `[22]` or `[sic]`,
/// are ordinary text). What cannot be filled stays as written and is returned.
pub fn fill_placeholders(text: &str, dates: &TextDates) -> (String, Vec<Unfilled>) {
    let mut out = String::with_capacity(text.len());
    let mut unfilled = vec![];
    let mut rest = text;
    while let Some(i) = rest.find(['<', '[']) {
        out.push_str(&rest[..i]);
        let open = rest.as_bytes()[i] as char;
        let close = if open == '<' { '>' } else { ']' };
        let after = &rest[i + 1..];
        let name = after.find(close).map(|j| &after[..j]).filter(|n| {
            !n.is_empty()
                && n.chars().count() <= 40
                && n.chars().next().is_some_and(char::is_alphabetic)
                && n.chars().all(|c| c.is_alphabetic() || c == ' ')
                && (open == '<' || n.starts_with("mät"))
        });
        let Some(name) = name else {
            out.push(open);
            rest = after;
            continue;
        };
        let written = format!("{open}{name}{close}");
        let period = || {
            dates
                .matperiod
                .ok_or_else(|| crate::t!("codebook-placeholder-no-period"))
        };
        let needs_period = dates.matperiod.is_none() && name.starts_with("mätperiod");
        let filled = match name {
            "mätdatum" => dates
                .matdatum
                .map(|d| d.swedish())
                .ok_or_else(|| crate::t!("codebook-placeholder-no-matdatum")),
            "mätperiod" | "mätperioden" => period().map(Date::swedish_period),
            "mätperiodens startdatum" => period().map(|(a, _)| a.swedish()),
            "mätperiodens slutdatum" => period().map(|(_, b)| b.swedish()),
            _ => Err(crate::t!("codebook-placeholder-unknown")),
        };
        match filled {
            Ok(f) => out.push_str(&f),
            Err(reason) => {
                out.push_str(&written);
                unfilled.push(Unfilled {
                    placeholder: written.clone(),
                    reason,
                    needs_period,
                });
            }
        }
        rest = &after[name.len() + close.len_utf8()..];
    }
    out.push_str(rest);
    (out, unfilled)
}

/// The help of an unfilled placeholder: the placeholders there are.
pub fn placeholder_help() -> String {
    let known: Vec<String> = PLACEHOLDERS
        .iter()
        .map(|n| format!("<{n}> ({})", placeholder_meaning(n)))
        .collect();
    crate::t!("codebook-placeholders", list = known.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(period: bool) -> TextDates {
        TextDates {
            matdatum: Date::parse("2014-11-01"),
            matperiod: period.then(|| Date::parse_period("2013-11-01..2014-11-01").unwrap()),
        }
    }

    /// A code or label written twice is an error at its line, in a value set and among
    /// a variable's missing codes; written once each, the pairs are kept in code order.
    #[test]
    fn a_code_or_label_written_twice_is_an_error_at_its_line() {
        let codebook = |sets: &str, missing: &str| {
            format!(
                "survey: s\npublication_year: 2015\nmatdatum: '2014-11-01'\nvalue_sets:\n{sets}variables:\n\
                 - id: A1\n  text: t\n  type: categorical\n  values: ja_nej\n\
                 - id: F1\n  text: t\n  type: number\n  missing_codes:\n{missing}"
            )
        };
        let errors = |text: &str| -> Vec<(Option<u64>, String)> {
            crate::locale::with(crate::locale::Lang::En, || {
                Codebook::parse(Path::new("codebook.yaml"), text)
                    .err()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|d| (d.location.and_then(|l| l.line), d.message))
                    .collect()
            })
        };
        let good = codebook("  ja_nej:\n    2: Nej\n    1: Ja\n", "    -9: Vet ej\n");
        let cb = Codebook::parse(Path::new("codebook.yaml"), &good).unwrap();
        let values = &cb.get("A1").unwrap().values.as_ref().unwrap().values;
        assert_eq!(values, &[(1, "Ja".to_string()), (2, "Nej".to_string())]);
        assert_eq!(
            errors(&codebook(
                "  ja_nej:\n    1: Ja\n    1: Nej\n",
                "    -9: Vet ej\n"
            )),
            [(
                Some(7),
                "value set `ja_nej`: code 1 is written twice".to_string()
            )]
        );
        assert_eq!(
            errors(&codebook(
                "  ja_nej:\n    1: Ja\n    2: Ja\n",
                "    -9: Vet ej\n"
            )),
            [(
                Some(7),
                "value set `ja_nej`: the answer “Ja” has both code 1 and code 2".to_string()
            )]
        );
        assert_eq!(
            errors(&codebook(
                "  ja_nej:\n    1: Ja\n    2: Nej\n",
                "    -9: Vet ej\n    -8: Vet ej\n"
            )),
            [(
                Some(18),
                "`missing_codes` of variable `F1`: the answer “Vet ej” has both code -9 and code -8"
                    .to_string()
            )]
        );
    }

    /// The YAML reader's common errors in the run's language, with the fields there are.
    #[test]
    fn a_misspelt_field_names_the_fields_there_are() {
        let text = "survey: s\npublication_year: 2015\nmatdatum: '2014-11-01'\nvalue_sets: {}\nvariables:\n- id: F1\n  text: t\n  tpye: number\n";
        let message = crate::locale::with(crate::locale::Lang::En, || {
            Codebook::parse(Path::new("codebook.yaml"), text).unwrap_err()[0]
                .message
                .clone()
        });
        assert!(
            message.contains(
                "variables[0]: unknown field `tpye`; the fields here are: id, text, type,"
            ),
            "{message}"
        );
        let missing = "survey: s\npublication_year: 2015\nmatdatum: '2014-11-01'\nvalue_sets: {}\nvariables:\n- id: F1\n  text: t\n";
        let message = crate::locale::with(crate::locale::Lang::Sv, || {
            Codebook::parse(Path::new("codebook.yaml"), missing).unwrap_err()[0]
                .message
                .clone()
        });
        assert!(message.contains("fältet `type` saknas"), "{message}");
    }

    #[test]
    fn fills_every_placeholder_in_swedish() {
        let (text, unfilled) = fill_placeholders(
            "Har ni den <mätdatum> … under perioden <mätperiod>, [mätperioden], från \
             <mätperiodens startdatum> till <mätperiodens slutdatum>? Se [22] och a < b > c.",
            &dates(true),
        );
        assert!(unfilled.is_empty(), "{unfilled:?}");
        assert_eq!(
            text,
            "Har ni den 1 november 2014 … under perioden 1 november 2013–1 november 2014, \
             1 november 2013–1 november 2014, från 1 november 2013 till 1 november 2014? \
             Se [22] och a < b > c."
        );
    }

    #[test]
    fn reports_what_it_cannot_fill_and_keeps_it() {
        let (text, unfilled) =
            fill_placeholders("<de senaste två åren> och <mätperiod>", &dates(false));
        assert_eq!(text, "<de senaste två åren> och <mätperiod>");
        assert_eq!(
            unfilled
                .iter()
                .map(|u| u.placeholder.as_str())
                .collect::<Vec<_>>(),
            ["<de senaste två åren>", "<mätperiod>"]
        );
        assert!(unfilled[1].needs_period && !unfilled[0].needs_period);
    }

    #[test]
    fn a_codebook_text_with_an_unknown_placeholder_is_an_error() {
        let yaml = "survey: s\npublication_year: 2015\nmatdatum: '2014-11-01'\n\
                    value_sets:\n  ja_nej: {1: Ja, 2: Nej}\nvariables:\n\
                    - id: G1\n  text: Har ni <mätdatum> en plan?\n  type: categorical\n  values: ja_nej\n\
                    - id: G2\n  text: Reviderad under <mätperiod>?\n  type: categorical\n  values: ja_nej\n\
                    - id: G3\n  text: Under <de senaste två åren>?\n  type: categorical\n  values: ja_nej\n  period: 2012-11-01..2014-11-01\n";
        let errors = Codebook::parse(Path::new("codebook.yaml"), yaml).unwrap_err();
        let messages: Vec<String> = errors.iter().map(|d| d.message.clone()).collect();
        assert_eq!(errors.len(), 2, "{messages:#?}");
        assert!(errors.iter().all(|d| d.code == Code::Placeholder));
        assert!(messages[0].contains("`G2`") && messages[0].contains("<mätperiod>"));
        assert!(messages[1].contains("`G3`") && messages[1].contains("<de senaste två åren>"));
        let fixed = yaml
            .replace(
                "Reviderad under <mätperiod>?",
                "Reviderad under <mätperiod>?\n  period: 2012-11-01..2014-11-01",
            )
            .replace("<de senaste två åren>", "<mätperiod>");
        let cb = Codebook::parse(Path::new("codebook.yaml"), &fixed).unwrap();
        assert_eq!(
            cb.question_text(cb.get("G1").unwrap()),
            "Har ni 1 november 2014 en plan?"
        );
        assert_eq!(
            cb.question_text(cb.get("G2").unwrap()),
            "Reviderad under 1 november 2012–1 november 2014?"
        );
    }
}
