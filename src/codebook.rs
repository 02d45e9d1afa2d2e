//! The year's questionnaire codebook (`codebook.yaml`): variable ids, question texts with
//! `<mätdatum>`/`<mätperiod>` placeholders, types and answer value sets.

use crate::diagnostic::{Code, Diagnostic};
use crate::num::{self, Num};
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
    value_sets: BTreeMap<String, BTreeMap<i64, String>>,
    variables: Vec<RawVariable>,
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
    missing_codes: Option<BTreeMap<i64, String>>,
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
            vec![Diagnostic::error(Code::CodebookLoad, format!("cannot read the codebook: {e}"))
                .at(path, None, None)
                .help("check the `kodbok` setting of the `år` block; the path is relative to that file")]
        })?;
        Codebook::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Codebook, Vec<Diagnostic>> {
        let raw: RawCodebook = serde_yaml::from_str(text).map_err(|e| {
            let line = e.location().map(|l| l.line() as u64);
            vec![Diagnostic::error(Code::CodebookInvalid, format!("not a valid codebook: {e}"))
                .at(path, line, None)
                .help("a codebook has `survey`, `publication_year`, `matdatum`, `value_sets` and `variables`; see docs/codebook.md")]
        })?;
        let _ = (&raw.collected, &raw.unit_id);
        let mut errors = vec![];
        let mut variables = vec![];
        let mut index = BTreeMap::new();
        for (i, v) in raw.variables.into_iter().enumerate() {
            let ty = match v.ty.as_str() {
                "categorical" => VarType::Categorical,
                "number" => VarType::Number,
                "text" => VarType::Text,
                other => {
                    errors.push(
                        Diagnostic::error(
                            Code::CodebookInvalid,
                            format!("variable `{}` has unknown type `{other}`", v.id),
                        )
                        .at(path, None, Some(&v.id))
                        .help("the type is one of categorical, number, text"),
                    );
                    continue;
                }
            };
            let values = match (&ty, &v.values) {
                (VarType::Categorical, Some(set)) => {
                    match raw.value_sets.get(set) {
                        Some(vs) if vs.is_empty() => {
                            errors.push(
                                Diagnostic::error(Code::CodebookInvalid, format!("variable `{}` uses value set `{set}`, which has no answers", v.id))
                                    .at(path, None, Some(&v.id))
                                    .help("give the value set its codes and labels, e.g. `1: Ja` and `2: Nej`"),
                            );
                            continue;
                        }
                        Some(vs) => Some(ValueSet {
                            name: set.clone(),
                            values: vs.iter().map(|(c, l)| (*c, l.clone())).collect(),
                        }),
                        None => {
                            let known: Vec<&str> =
                                raw.value_sets.keys().map(String::as_str).collect();
                            errors.push(
                            Diagnostic::error(Code::CodebookInvalid, format!("variable `{}` uses value set `{set}`, which is not defined", v.id))
                                .at(path, None, Some(&v.id))
                                .help(format!("define it under `value_sets`, or use one of: {}", known.join(", "))),
                        );
                            continue;
                        }
                    }
                }
                (VarType::Categorical, None) => {
                    errors.push(
                        Diagnostic::error(
                            Code::CodebookInvalid,
                            format!("categorical variable `{}` has no `values`", v.id),
                        )
                        .at(path, None, Some(&v.id))
                        .help("name its value set, e.g. `values: ja_nej`"),
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
                                format!(
                                    "variable `{}` has `min: {text}`, which is not a number",
                                    v.id
                                ),
                            )
                            .at(path, None, Some(&v.id))
                            .help(
                                "write the lowest valid answer as a plain number, e.g. `min: -100`",
                            ),
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
                .flat_map(|m| m.keys())
                .map(|c| num::int(*c))
                .filter(|c| *c >= domain.min)
                .collect();
            if ty != VarType::Number && (v.min.is_some() || v.integer.is_some()) {
                errors.push(
                    Diagnostic::error(
                        Code::CodebookInvalid,
                        format!(
                            "variable `{}` is {} but has `min` or `integer`",
                            v.id,
                            ty.label()
                        ),
                    )
                    .at(path, None, Some(&v.id))
                    .help("`min` and `integer` describe number variables only; remove them"),
                );
                continue;
            }
            if index.insert(v.id.clone(), variables.len()).is_some() {
                errors.push(
                    Diagnostic::error(
                        Code::CodebookInvalid,
                        format!("variable `{}` is defined twice (entry {})", v.id, i + 1),
                    )
                    .at(path, None, Some(&v.id))
                    .help("every variable id must be unique; remove or rename one"),
                );
                continue;
            }
            variables.push(Variable {
                id: v.id,
                text: v.text,
                ty,
                values,
                missing_codes: v
                    .missing_codes
                    .map(|m| m.into_iter().collect())
                    .unwrap_or_default(),
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

    /// The question text with `<mätdatum>` and `<mätperiod>` filled in.
    pub fn question_text(&self, var: &Variable) -> String {
        let period = var
            .period
            .as_deref()
            .map(|p| p.replace("..", "–"))
            .unwrap_or_else(|| "mätperioden".into());
        var.text
            .replace("<mätdatum>", &self.matdatum)
            .replace("<mätperiod>", &period)
    }
}
