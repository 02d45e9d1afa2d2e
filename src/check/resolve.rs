//! Name resolution and type checking: AST items → IR, against the year's codebook.

use super::load::LoadedYear;
use super::source;
use super::totality;
use crate::codebook::{Codebook, VarType};
use crate::diagnostic::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::ir::{
    self, Aggregation, Cond, ExampleCell, ExpectedIr, Kind, Measure, Meta, NumExpr, QId, Quant,
    Scale,
};
use crate::num;
use crate::source::{Sources, Span};
use crate::syntax::ast::{self, BinOp, Date, Expr, ExprKind, Func, Item, Outcome, Value};
use std::collections::BTreeMap;

/// `defined` counts the indicators the year defines (family parts each, retired ones
/// not), whether or not they check: what `oj check` reports.
pub fn resolve(
    loaded: &LoadedYear,
    sources: &Sources,
    diags: &mut Diagnostics,
    defined: &mut usize,
) -> Option<ir::Program> {
    let codebook = match Codebook::load(&loaded.codebook) {
        Ok(cb) => cb,
        Err(errs) => {
            for e in errs {
                diags.push(e.label(loaded.codebook_span, "the codebook named here"));
            }
            return None;
        }
    };
    // The codebook describes the questionnaire of this publication year.
    if codebook.publication_year != loaded.year {
        diags.push(
            Diagnostic::error(
                Code::YearMismatch,
                format!(
                    "the codebook is for {}, but the `år` block says {}",
                    codebook.publication_year, loaded.year
                ),
            )
            .label(loaded.codebook_span, format!("publication_year: {}", codebook.publication_year))
            .label(loaded.year_span, "the year")
            .help(format!(
                "each year has its own codebook: `oj new-year {}` writes one from the year before, or set `publication_year: {}` in the codebook named here",
                loaded.year, loaded.year
            )),
        );
    }
    if codebook.matdatum != loaded.matdatum.to_string() {
        diags.push(
            Diagnostic::error(
                Code::YearMismatch,
                format!(
                    "the codebook's mätdatum is {}, but the `år` block says {}",
                    codebook.matdatum, loaded.matdatum
                ),
            )
            .label(loaded.codebook_span, format!("matdatum: '{}'", codebook.matdatum))
            .help(format!(
                "the questionnaire's dates follow mätdatum: set `matdatum: '{}'` in the codebook named here, or `mätdatum {}` in the `år` block",
                loaded.matdatum, codebook.matdatum
            )),
        );
    }
    let previous_codebook = match &loaded.previous_codebook {
        Some(p) => match Codebook::load(p) {
            Ok(cb) => Some(cb),
            Err(errs) => {
                diags.extend(errs);
                return None;
            }
        },
        None => None,
    };
    let mut indicators: Vec<ir::Indicator> = vec![];
    let mut reviews = vec![];
    let blocks: Vec<&ast::SourceBlock> = loaded
        .items()
        .filter_map(|i| match i {
            Item::Source(b) => Some(b),
            _ => None,
        })
        .collect();
    let mut source_diags = vec![];
    let source_defs = source::sources(&blocks, &mut source_diags);
    diags.extend(source_diags);
    let mut first_span: BTreeMap<String, Span> = BTreeMap::new();
    let mut seen = std::collections::BTreeSet::new();
    // `utgår` is applied before anything is resolved: a retired indicator may read
    // questions that left this year's codebook.
    let retired: BTreeMap<&str, &ast::Removal> = loaded
        .removals
        .iter()
        .map(|r| (r.id.node.as_str(), r))
        .collect();
    let mut removed = vec![];
    let retire = |id: &str, removed: &mut Vec<(String, String)>| -> bool {
        match retired.get(id) {
            Some(r) => {
                removed.push((
                    id.to_string(),
                    r.reason
                        .as_ref()
                        .map(|s| s.node.clone())
                        .unwrap_or_default(),
                ));
                true
            }
            None => false,
        }
    };
    let mut inherited_ids: Vec<String> = vec![];
    for item in loaded.items() {
        match item {
            Item::Indicator(ind) if source::source_name(ind).is_some() => {
                inherited_ids.push(ind.id.node.clone());
                if retire(&ind.id.node, &mut removed) {
                    continue;
                }
                let mut scope = Scope::new(&codebook, None);
                let resolved =
                    source::indicator(&mut scope, ind, &source_defs, &codebook, loaded.matdatum);
                *defined += resolved.len().max(1);
                diags.extend(scope.diags);
                for r in resolved {
                    if let Some(first) = first_span.get(&r.id) {
                        diags.push(
                            Diagnostic::error(
                                Code::DuplicateIndicator,
                                format!("indicator `{}` is defined twice", r.id),
                            )
                            .label(ind.id.span, "second definition")
                            .label(*first, "first definition")
                            .help(
                                "indicator ids are unique within a year: rename one, or remove it",
                            ),
                        );
                        continue;
                    }
                    first_span.insert(r.id.clone(), ind.id.span);
                    indicators.push(r);
                }
            }
            Item::Indicator(ind) => {
                let mut misplaced = vec![];
                source::misplaced_fields(ind, &mut misplaced);
                diags.extend(misplaced);
                let mut instances = expand(&ind.id, ind.parts.as_ref(), diags);
                inherited_ids.extend(instances.iter().map(|(_, id)| id.clone()));
                // Labels are the whole family's, retired parts included: a label only a
                // retired part offered still never matches in the others.
                let family_labels = family_labels(ind, &instances, &codebook);
                instances.retain(|(_, id)| !retire(id, &mut removed));
                let n_parts = instances.len();
                *defined += n_parts;
                // A family repeats the same mistake once per part: one diagnostic per
                // mistake, naming the parts it affects.
                let mut grouped: Vec<(String, Diagnostic, Vec<String>)> = vec![];
                for (part, id) in instances {
                    let mut scope = Scope::new(&codebook, part.clone());
                    scope.family_labels = family_labels.clone();
                    let resolved = scope.indicator(ind, &id, loaded.matdatum);
                    let part_key = part.as_ref().map(|(_, k, _)| k.clone());
                    for mut d in scope.diags {
                        if ind.parts.is_some() {
                            let (inst, tmpl) = (format!("`{id}`"), format!("`{}`", ind.id.node));
                            d.message = d.message.replace(&inst, &tmpl);
                            d.help = d.help.map(|h| h.replace(&inst, &tmpl));
                        }
                        let key = format!("{:?}", (d.code, d.primary_span(), &d.message, &d.help));
                        match grouped.iter_mut().find(|(k, _, _)| *k == key) {
                            Some((_, _, parts)) => parts.extend(part_key.clone()),
                            None => grouped.push((key, d, part_key.iter().cloned().collect())),
                        }
                    }
                    if let Some(r) = resolved {
                        if let Some(first) = first_span.get(&r.id) {
                            diags.push(
                                Diagnostic::error(Code::DuplicateIndicator, format!("indicator `{}` is defined twice", r.id))
                                    .label(ind.id.span, "second definition")
                                    .label(*first, "first definition")
                                    .help("indicator ids are unique within a year: rename one, or remove it"),
                            );
                            continue;
                        }
                        first_span.insert(r.id.clone(), ind.id.span);
                        indicators.push(r);
                    }
                }
                for (key, mut d, parts) in grouped {
                    if !seen.insert(key) {
                        continue;
                    }
                    if ind.parts.is_some() && !parts.is_empty() {
                        d.message = if parts.len() == n_parts && n_parts > 1 {
                            format!("{} (all {n_parts} parts)", d.message)
                        } else {
                            format!(
                                "{} (part{} {})",
                                d.message,
                                if parts.len() > 1 { "s" } else { "" },
                                parts.join(", ")
                            )
                        };
                    }
                    diags.push(d);
                }
            }
            Item::Review(rev) => {
                for (part, _) in expand_with(&rev.name, rev.parts.as_ref(), diags, false) {
                    let mut scope = Scope::new(&codebook, part.clone());
                    let r = scope.review(rev);
                    for d in scope.diags {
                        let key = (d.code, d.primary_span(), d.message.clone());
                        if seen.insert(format!("{key:?}")) {
                            diags.push(d);
                        }
                    }
                    reviews.extend(r);
                }
            }
            Item::Year(_) | Item::Removal(_) | Item::Extension(_) | Item::Source(_) => {}
        }
    }
    // Source indicators with subgroups publish several ids; each can be retired.
    indicators.retain(|i| !retire(&i.id, &mut removed));
    for r in &loaded.removals {
        if !removed.iter().any(|(id, _)| *id == r.id.node) {
            let mut d = Diagnostic::error(
                Code::UnknownRemoval,
                format!("`utgår {}`: no inherited indicator has this id", r.id.node),
            )
            .label(r.id.span, "unknown indicator");
            let ids = inherited_ids.iter().map(String::as_str);
            if let Some(s) = did_you_mean(&r.id.node, ids) {
                d = d.help(format!("did you mean `{s}`?"));
            } else {
                d = d.help("`utgår` removes an indicator of the inherited year; check the id");
            }
            diags.push(d);
        }
    }
    // In file order, as the indicators are.
    removed.sort_by_key(|(id, _)| {
        loaded
            .removals
            .iter()
            .position(|r| r.id.node == *id)
            .unwrap_or(usize::MAX)
    });
    let mut external = vec![];
    source::check_external_counts(&indicators, &mut external);
    diags.extend(external);
    let mut files: Vec<std::path::PathBuf> = sources.iter().map(|(_, f)| f.path.clone()).collect();
    files.push(loaded.codebook.clone());
    files.extend(loaded.previous_codebook.clone());
    Some(ir::Program {
        files,
        year: loaded.year,
        sources: source_defs,
        matdatum: loaded.matdatum,
        codebook,
        previous_codebook,
        indicators,
        reviews,
        removed,
        parent: loaded.parent_year,
    })
}

/// The texts of an indicator as written (family parts filled in, years not): what
/// `oj diff` compares, so that a text that only moves with mätdatum is not a change.
fn meta_texts(meta: &Meta) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("indikatornamn", meta.indikatornamn.clone()),
        ("område", meta.omrade.clone()),
        ("typ", meta.typ.clone()),
    ];
    for (k, v) in [
        ("kortnamn", &meta.kortnamn),
        ("kvalitetsområde", &meta.kvalitetsomrade),
        ("målvärde", &meta.malvarde),
        ("riktning", &meta.riktning),
        ("syfte", &meta.syfte),
        ("mått", &meta.matt),
        ("teknisk_beskrivning", &meta.teknisk_beskrivning),
    ] {
        if let Some(v) = v {
            out.push((k, v.clone()));
        }
    }
    out
}

/// `{mätår}`, `{mätår-2}`, `{mätår+1}` → the year of mätdatum, minus or plus N.
pub fn fill_years(text: &str, year: i32) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("{mätår") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "{mätår".len()..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[i..]);
            return out;
        };
        let offset = &after[..close];
        let n = if offset.is_empty() {
            Some(0)
        } else if let Some(x) = offset.strip_prefix('-') {
            x.parse::<i32>().ok().map(|x| -x)
        } else if let Some(x) = offset.strip_prefix('+') {
            x.parse::<i32>().ok()
        } else {
            None
        };
        match n {
            Some(n) => out.push_str(&(year + n).to_string()),
            None => out.push_str(&rest[i..i + "{mätår".len() + close + 1]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A part of a family: (placeholder, key, label).
type PartCx = Option<(String, String, String)>;

/// The instances of a possibly templated id: one per part, or the id itself.
fn expand(
    id: &ast::Name,
    parts: Option<&ast::Parts>,
    diags: &mut Diagnostics,
) -> Vec<(PartCx, String)> {
    expand_with(id, parts, diags, true)
}

/// Review families share one name across parts (review.csv names the rule, the values
/// name the part), so their name needs no placeholder.
fn expand_with(
    id: &ast::Name,
    parts: Option<&ast::Parts>,
    diags: &mut Diagnostics,
    needs_placeholder: bool,
) -> Vec<(PartCx, String)> {
    match parts {
        None => {
            if id.node.contains('{') {
                diags.push(
                    Diagnostic::error(Code::UnknownPlaceholder, format!("`{}` has a placeholder but no parts", id.node))
                        .label(id.span, "placeholder without `för … i { … }`")
                        .help("add the parts after the id: `för del i { tandvard \"tandvården\" … }`, or remove the braces"),
                );
                return vec![];
            }
            vec![(None, id.node.clone())]
        }
        Some(p) => {
            let placeholder = format!("{{{}}}", p.var.node);
            if needs_placeholder && !id.node.contains(&placeholder) {
                diags.push(
                    Diagnostic::error(
                        Code::MissingPlaceholder,
                        format!("every part of `{}` would get the same id", id.node),
                    )
                    .label(id.span, format!("no `{placeholder}` in the id"))
                    .help(format!(
                        "put the placeholder in the id, e.g. `{}_{placeholder}`",
                        id.node
                    )),
                );
                return vec![];
            }
            let mut keys = BTreeMap::new();
            let mut out = vec![];
            for part in &p.parts {
                if let Some(first) = keys.insert(part.key.node.clone(), part.key.span) {
                    diags.push(
                        Diagnostic::error(
                            Code::DuplicatePart,
                            format!("part `{}` is listed twice", part.key.node),
                        )
                        .label(part.key.span, "again here")
                        .label(first, "first here")
                        .help("remove one of them"),
                    );
                    continue;
                }
                out.push((
                    Some((
                        p.var.node.clone(),
                        part.key.node.clone(),
                        part.label.node.clone(),
                    )),
                    id.node.replace(&placeholder, &part.key.node),
                ));
            }
            out
        }
    }
}

pub(crate) struct Scope<'a> {
    codebook: &'a Codebook,
    part: PartCx,
    pub questions: Vec<ir::Question>,
    names: BTreeMap<String, QId>,
    used: Vec<bool>,
    pub diags: Vec<Diagnostic>,
    /// Per question name, the answer labels it has in any part of the family: a label
    /// that only some parts offer ("samma ansvariga chef" for skola) never matches in
    /// the others, instead of being an error.
    family_labels: BTreeMap<String, std::collections::BTreeSet<String>>,
}

/// The code that matches no answer: a label this part of a family does not offer.
pub const NO_CODE: i64 = i64::MIN;

fn family_labels(
    ind: &ast::Indicator,
    instances: &[(PartCx, String)],
    codebook: &Codebook,
) -> BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut out: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    for (part, _) in instances {
        for q in &ind.questions {
            for v in &q.variables {
                let id = match part {
                    Some((var, key, _)) => v.node.replace(&format!("{{{var}}}"), key),
                    None => v.node.clone(),
                };
                if let Some(vs) = codebook.get(&id).and_then(|x| x.values.as_ref()) {
                    out.entry(q.name.node.clone())
                        .or_default()
                        .extend(vs.labels().map(str::to_string));
                }
            }
        }
    }
    out
}

/// What a name or call stands for in a condition.
enum Operand {
    Cat {
        q: QId,
        quant: Quant,
        previous: bool,
    },
    Num(NumExpr),
}

const META_KEYS: &[&str] = &[
    "indikatornamn",
    "kortnamn",
    "område",
    "kvalitetsområde",
    "typ",
    "målvärde",
    "riktning",
    "mätdatum",
    "mätperiod",
    "syfte",
    "mått",
    "teknisk_beskrivning",
];

impl<'a> Scope<'a> {
    pub(super) fn new(codebook: &'a Codebook, part: PartCx) -> Self {
        Scope {
            codebook,
            part,
            questions: vec![],
            names: BTreeMap::new(),
            used: vec![],
            diags: vec![],
            family_labels: BTreeMap::new(),
        }
    }

    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// `A1_{del}` → `A1_hvb`
    fn substitute(&mut self, t: &ast::Name) -> Option<String> {
        let mut out = String::new();
        let mut rest = t.node.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').map(|c| open + c)?;
            let ph = &rest[open + 1..close];
            match &self.part {
                Some((var, key, _)) if var == ph => out.push_str(key),
                _ => {
                    let have = self
                        .part
                        .as_ref()
                        .map(|(v, _, _)| format!("the only placeholder here is `{{{v}}}`"))
                        .unwrap_or_else(|| "this indicator has no parts".into());
                    self.error(
                        Diagnostic::error(
                            Code::UnknownPlaceholder,
                            format!("unknown placeholder `{{{ph}}}`"),
                        )
                        .label(t.span, "unknown placeholder")
                        .help(have),
                    );
                    return None;
                }
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        Some(out)
    }

    /// `"… med {del}"` → `"… med tandvården"`
    fn text(&self, s: &str) -> String {
        match &self.part {
            Some((var, _, label)) => s.replace(&format!("{{{var}}}"), label),
            None => s.to_string(),
        }
    }

    fn questions(&mut self, qs: &[ast::Question]) {
        for q in qs {
            if let Some(&first) = self.names.get(&q.name.node) {
                let fs = self.questions[first].span;
                self.error(
                    Diagnostic::error(
                        Code::DuplicateQuestion,
                        format!("`{}` is declared twice", q.name.node),
                    )
                    .label(q.name.span, "declared again")
                    .label(fs, "first declaration")
                    .help("give each question its own name"),
                );
                continue;
            }
            let mut vars = vec![];
            let mut ty: Option<VarType> = None;
            let mut value_set = None;
            let mut domain = crate::codebook::NumberDomain::default();
            let mut ok = true;
            for v in &q.variables {
                let Some(id) = self.substitute(v) else {
                    ok = false;
                    continue;
                };
                let Some(var) = self.codebook.get(&id) else {
                    let mut d = Diagnostic::error(
                        Code::UnknownVariable,
                        format!(
                            "`{id}` is not a variable of the {} codebook",
                            self.codebook.publication_year
                        ),
                    )
                    .label(v.span, "unknown variable");
                    d = match did_you_mean(&id, self.codebook.ids()) {
                        Some(s) => d.help(format!("did you mean `{s}`?")),
                        None => d.help(format!(
                            "the variables are listed in {}",
                            self.codebook.path.display()
                        )),
                    };
                    self.error(d);
                    ok = false;
                    continue;
                };
                if var.ty == VarType::Text {
                    self.error(
                        Diagnostic::error(Code::TextVariable, format!("`{id}` is a free-text variable and cannot be used in a rule"))
                            .label(v.span, "free text")
                            .help("rules read categorical or number variables; free text is only shown in explain"),
                    );
                    ok = false;
                    continue;
                }
                // The loosest domain of a list's numbers: a proof over it holds for each.
                domain.min = domain.min.clone().min(var.domain.min.clone());
                domain.excluded.retain(|c| var.domain.excluded.contains(c));
                domain.integer &= var.domain.integer;
                match ty {
                    None => {
                        ty = Some(var.ty);
                        value_set = var.values.clone();
                        domain = var.domain.clone();
                    }
                    Some(t)
                        if t != var.ty
                            || (t == VarType::Categorical
                                && value_set.as_ref().map(|v| &v.values)
                                    != var.values.as_ref().map(|v| &v.values)) =>
                    {
                        self.error(
                            Diagnostic::error(
                                Code::TypeMismatch,
                                format!(
                                    "the list `{}` mixes variables of different kinds",
                                    q.name.node
                                ),
                            )
                            .label(
                                v.span,
                                format!("`{id}` is {} with other answers", var.ty.label()),
                            )
                            .help("a list holds variables with the same type and answer options"),
                        );
                        ok = false;
                    }
                    Some(_) => {}
                }
                vars.push(id);
            }
            let idx = self.questions.len();
            self.names.insert(q.name.node.clone(), idx);
            self.used.push(false);
            self.questions.push(ir::Question {
                name: q.name.node.clone(),
                vars,
                is_list: q.is_list,
                ty: if ok {
                    ty.unwrap_or(VarType::Text)
                } else {
                    VarType::Text
                },
                value_set,
                domain,
                optional: q.optional,
                asked_when: None,
                span: q.span,
            });
        }
        // `när` conditions may refer to any question, so they are resolved last.
        for q in qs {
            if let (Some(cond), Some(&idx)) = (&q.asked_when, self.names.get(&q.name.node)) {
                if self.questions[idx].span != q.span {
                    continue;
                }
                let c = self.cond(cond, false);
                self.questions[idx].asked_when = c;
            }
        }
    }

    fn lookup(&mut self, name: &ast::Name) -> Option<QId> {
        if let Some(&q) = self.names.get(&name.node) {
            self.used[q] = true;
            if self.questions[q].ty == VarType::Text {
                return None; // already reported
            }
            return Some(q);
        }
        let mut d = Diagnostic::error(
            Code::UnknownName,
            format!("`{}` is not a question of this indicator", name.node),
        )
        .label(name.span, "unknown name");
        let names: Vec<String> = self.names.keys().cloned().collect();
        if let Some(s) = did_you_mean(&name.node, names.iter().map(String::as_str)) {
            d = d.help(format!("did you mean `{s}`?"));
        } else if self.codebook.get(&name.node).is_some() {
            d = d.help(format!(
                "declare it first: `fråga {} = {}`",
                name.node.to_lowercase(),
                name.node
            ));
        } else if ["Ja", "Nej", "Delvis", "Vald"].contains(&name.node.as_str()) {
            d = d.help(format!(
                "answer labels are written in quotes: \"{}\"",
                name.node
            ));
        } else if names.is_empty() {
            d = d.help("declare the questions the rule reads with `fråga namn = VARIABEL`");
        } else {
            d = d.help(format!("the questions here are: {}", names.join(", ")));
        }
        self.error(d);
        None
    }

    fn operand(&mut self, e: &Expr, allow_previous: bool) -> Option<Operand> {
        match &e.node {
            ExprKind::Name(n) => {
                let q = self.lookup(&ast::Spanned::new(n.clone(), e.span))?;
                let question = &self.questions[q];
                match question.ty {
                    VarType::Categorical if question.is_list => {
                        self.error(
                            Diagnostic::error(
                                Code::ListNotAllowed,
                                format!("`{n}` is a list of {} questions", question.vars.len()),
                            )
                            .label(e.span, "a list")
                            .help(format!(
                                "say which: `någon({n}) = …`, `alla({n}) = …` or `ingen({n}) = …`"
                            )),
                        );
                        None
                    }
                    VarType::Categorical => Some(Operand::Cat {
                        q,
                        quant: Quant::One,
                        previous: false,
                    }),
                    VarType::Number if question.is_list => {
                        self.error(
                            Diagnostic::error(
                                Code::ListNotAllowed,
                                format!("`{n}` is a list of {} numbers", question.vars.len()),
                            )
                            .label(e.span, "a list")
                            .help(format!("use `summa({n})` or `antal({n})`")),
                        );
                        None
                    }
                    VarType::Number => Some(Operand::Num(NumExpr::Var(q))),
                    VarType::Text => None,
                }
            }
            ExprKind::Call(f, arg) => {
                let q = self.lookup(arg)?;
                let question = &self.questions[q];
                let is_cat = question.ty == VarType::Categorical;
                match f {
                    Func::Nagon | Func::Alla | Func::Ingen => {
                        if !question.is_list {
                            self.error(
                                Diagnostic::error(
                                    Code::ListExpected,
                                    format!(
                                        "`{}` takes a list, and `{}` is one question",
                                        f.keyword(),
                                        arg.node
                                    ),
                                )
                                .label(arg.span, "not a list")
                                .help(format!("compare the question directly: `{} = …`", arg.node)),
                            );
                            return None;
                        }
                        let quant = match f {
                            Func::Nagon => Quant::Any,
                            Func::Alla => Quant::All,
                            _ => Quant::None,
                        };
                        if is_cat {
                            Some(Operand::Cat {
                                q,
                                quant,
                                previous: false,
                            })
                        } else {
                            self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    format!(
                                        "`{}({})` compares answer labels, but `{}` holds numbers",
                                        f.keyword(),
                                        arg.node,
                                        arg.node
                                    ),
                                )
                                .label(e.span, "numbers")
                                .help(format!("use `summa({})` to add them up", arg.node)),
                            );
                            None
                        }
                    }
                    Func::Summa | Func::Antal => {
                        if *f == Func::Summa && is_cat {
                            self.error(
                                Diagnostic::error(Code::TypeMismatch, format!("`summa` adds numbers, but `{}` is categorical", arg.node))
                                    .label(e.span, "categorical")
                                    .help("count answers with `antal(…)`, or test them with `någon(…) = \"…\"`"),
                            );
                            return None;
                        }
                        Some(Operand::Num(if *f == Func::Summa {
                            NumExpr::Sum(q)
                        } else {
                            NumExpr::Count(q)
                        }))
                    }
                    Func::Foregaende => {
                        if !allow_previous {
                            self.error(
                                Diagnostic::error(
                                    Code::PreviousOutsideRule,
                                    "`föregående(...)` can only be used in an indicator's rules",
                                )
                                .label(e.span, "not allowed here")
                                .help("move the condition into a rule of the indicator"),
                            );
                            return None;
                        }
                        if !is_cat || question.is_list {
                            self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    "`föregående(...)` reads one categorical question",
                                )
                                .label(e.span, "not a single categorical question")
                                .help("use it as `föregående(c1) = \"Nej\"`"),
                            );
                            return None;
                        }
                        Some(Operand::Cat {
                            q,
                            quant: Quant::One,
                            previous: true,
                        })
                    }
                }
            }
            ExprKind::Number(s) => Some(Operand::Num(NumExpr::Const(num::parse_decimal(s)?))),
            ExprKind::Neg(inner) => match self.operand(inner, allow_previous)? {
                Operand::Num(n) => Some(Operand::Num(NumExpr::Neg(Box::new(n)))),
                Operand::Cat { .. } => {
                    self.type_error(inner, "a number", "an answer label");
                    None
                }
            },
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div), l, r) => {
                let l = self.num(l, allow_previous);
                let r = self.num(r, allow_previous);
                Some(Operand::Num(NumExpr::Bin(*op, Box::new(l?), Box::new(r?))))
            }
            ExprKind::Text(t) => {
                self.error(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        format!("the label \"{t}\" stands alone"),
                    )
                    .label(e.span, "a label")
                    .help(format!("compare a question with it: `fråga = \"{t}\"`")),
                );
                None
            }
            _ => {
                self.error(
                    Diagnostic::error(Code::TypeMismatch, "a condition is used where a value is expected")
                        .label(e.span, "a condition")
                        .help("values are questions, numbers and sums; conditions combine them with och/eller"),
                );
                None
            }
        }
    }

    fn type_error(&mut self, e: &Expr, expected: &str, found: &str) {
        self.error(
            Diagnostic::error(Code::TypeMismatch, format!("expected {expected}, found {found}"))
                .label(e.span, found.to_string())
                .help(if expected.contains("number") {
                    "arithmetic and <, <=, >, >= take number questions; categorical questions are compared with = \"label\"".to_string()
                } else {
                    "categorical questions are compared with answer labels in quotes".to_string()
                }),
        );
    }

    fn num(&mut self, e: &Expr, allow_previous: bool) -> Option<NumExpr> {
        match self.operand(e, allow_previous)? {
            Operand::Num(n) => Some(n),
            Operand::Cat { q, .. } => {
                let vs = self.questions[q]
                    .value_set
                    .as_ref()
                    .map(|v| {
                        v.labels()
                            .map(|l| format!("\"{l}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                self.error(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        format!(
                            "`{}` is categorical, but a number is needed here",
                            self.questions[q].name
                        ),
                    )
                    .label(e.span, "categorical")
                    .help(format!("compare it with one of its labels instead: {vs}")),
                );
                None
            }
        }
    }

    /// Resolves a label of question `q` to its code, with help when it is not one.
    fn code(&mut self, q: QId, label: &ast::Spanned<String>) -> Option<i64> {
        let question = &self.questions[q];
        let vs = question.value_set.as_ref()?;
        if let Some(c) = vs.code_of(&label.node) {
            return Some(c);
        }
        if self
            .family_labels
            .get(&question.name)
            .is_some_and(|ls| ls.contains(&label.node))
        {
            return Some(NO_CODE);
        }
        let labels: Vec<&str> = vs.labels().collect();
        let containing: Vec<&str> = labels
            .iter()
            .copied()
            .filter(|l| l.to_lowercase().contains(&label.node.to_lowercase()))
            .collect();
        let help = if containing.len() == 1 {
            format!("did you mean \"{}\"?", containing[0])
        } else if let Some(s) = did_you_mean(&label.node, labels.iter().copied()) {
            format!("did you mean \"{s}\"?")
        } else {
            format!(
                "the answers of `{}` ({}) are: {}",
                question.name,
                question.vars.join(", "),
                labels
                    .iter()
                    .map(|l| format!("\"{l}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let name = question.name.clone();
        let var = question.vars.first().cloned().unwrap_or_default();
        self.error(
            Diagnostic::error(
                Code::UnknownLabel,
                format!("\"{}\" is not an answer of `{name}` ({var})", label.node),
            )
            .label(label.span, "not an answer of this question")
            .help(help),
        );
        None
    }

    pub(crate) fn cond(&mut self, e: &Expr, allow_previous: bool) -> Option<Cond> {
        match &e.node {
            ExprKind::Binary(op @ (BinOp::And | BinOp::Or), l, r) => {
                let (l, r) = (self.cond(l, allow_previous), self.cond(r, allow_previous));
                let (l, r) = (l?, r?);
                // Flatten chains of the same operator.
                let mut parts = vec![];
                for c in [l, r] {
                    match (op, c) {
                        (BinOp::And, Cond::And(v, _)) | (BinOp::Or, Cond::Or(v, _)) => {
                            parts.extend(v)
                        }
                        (_, c) => parts.push(c),
                    }
                }
                Some(if *op == BinOp::And {
                    Cond::And(parts, e.span)
                } else {
                    Cond::Or(parts, e.span)
                })
            }
            ExprKind::Not(inner) => Some(Cond::Not(
                Box::new(self.cond(inner, allow_previous)?),
                e.span,
            )),
            ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne), l, r) => {
                // `d1 = Ja`: a label without quotes. Say only that, not also that a
                // categorical question is not a number.
                if let (ExprKind::Name(a), ExprKind::Name(b)) = (&l.node, &r.node) {
                    let (q, label, span) = match (self.names.get(a), self.names.get(b)) {
                        (Some(&q), None) => (q, b, r.span),
                        (None, Some(&q)) => (q, a, l.span),
                        _ => (usize::MAX, a, l.span),
                    };
                    if q != usize::MAX && self.questions[q].ty == VarType::Categorical {
                        self.used[q] = true;
                        let is_label = self.questions[q]
                            .value_set
                            .as_ref()
                            .is_some_and(|vs| vs.code_of(label).is_some());
                        let help = if is_label {
                            format!(
                                "answer labels are written in quotes: `{} = \"{label}\"`",
                                self.questions[q].name
                            )
                        } else {
                            let labels: Vec<String> = self.questions[q]
                                .value_set
                                .as_ref()
                                .map(|vs| vs.labels().map(|l| format!("\"{l}\"")).collect())
                                .unwrap_or_default();
                            format!(
                                "compare `{}` with one of its answers, in quotes: {}",
                                self.questions[q].name,
                                labels.join(", ")
                            )
                        };
                        self.error(
                            Diagnostic::error(
                                Code::UnknownName,
                                format!("`{label}` is not a question of this indicator"),
                            )
                            .label(
                                span,
                                if is_label {
                                    "a label without quotes"
                                } else {
                                    "unknown name"
                                },
                            )
                            .help(help),
                        );
                        return None;
                    }
                }
                let (text, other) = match (&l.node, &r.node) {
                    (_, ExprKind::Text(t)) => (Some(ast::Spanned::new(t.clone(), r.span)), l),
                    (ExprKind::Text(t), _) => (Some(ast::Spanned::new(t.clone(), l.span)), r),
                    _ => (None, l),
                };
                let c = match text {
                    Some(label) => match self.operand(other, allow_previous)? {
                        Operand::Cat { q, quant, previous } => {
                            let code = self.code(q, &label)?;
                            Cond::HasCode {
                                q,
                                quant,
                                previous,
                                codes: vec![code],
                                span: e.span,
                            }
                        }
                        Operand::Num(_) => {
                            self.error(
                                Diagnostic::error(Code::TypeMismatch, format!("a number is compared with the label \"{}\"", label.node))
                                    .label(other.span, "a number")
                                    .label(label.span, "a label")
                                    .help("compare numbers with numbers, e.g. `f1 > 0`; \"Vet ej\" and blanks make the indicator Bortfall by themselves"),
                            );
                            return None;
                        }
                    },
                    None => {
                        let (a, b) = (self.num(l, allow_previous), self.num(r, allow_previous));
                        Cond::Compare {
                            op: BinOp::Eq,
                            lhs: a?,
                            rhs: b?,
                            span: e.span,
                        }
                    }
                };
                Some(if *op == BinOp::Ne {
                    Cond::Not(Box::new(c), e.span)
                } else {
                    c
                })
            }
            ExprKind::Binary(op @ (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), l, r) => {
                let (a, b) = (self.num(l, allow_previous), self.num(r, allow_previous));
                Some(Cond::Compare {
                    op: *op,
                    lhs: a?,
                    rhs: b?,
                    span: e.span,
                })
            }
            ExprKind::In(inner, labels) => match self.operand(inner, allow_previous)? {
                Operand::Cat { q, quant, previous } => {
                    let codes: Vec<Option<i64>> = labels.iter().map(|l| self.code(q, l)).collect();
                    let codes: Option<Vec<i64>> = codes.into_iter().collect();
                    Some(Cond::HasCode {
                        q,
                        quant,
                        previous,
                        codes: codes?,
                        span: e.span,
                    })
                }
                Operand::Num(_) => {
                    self.type_error(inner, "a categorical question", "a number");
                    None
                }
            },
            ExprKind::IsBlank(inner) | ExprKind::IsAnswered(inner) => {
                let blank = matches!(e.node, ExprKind::IsBlank(_));
                let (q, quant) = match &inner.node {
                    ExprKind::Name(n) => (
                        self.lookup(&ast::Spanned::new(n.clone(), inner.span))?,
                        Quant::One,
                    ),
                    ExprKind::Call(f @ (Func::Nagon | Func::Alla | Func::Ingen), arg) => {
                        let q = self.lookup(arg)?;
                        let quant = match f {
                            Func::Nagon => Quant::Any,
                            Func::Alla => Quant::All,
                            _ => Quant::None,
                        };
                        (q, quant)
                    }
                    _ => {
                        self.error(
                            Diagnostic::error(
                                Code::TypeMismatch,
                                "`saknas` and `besvarad` apply to a question",
                            )
                            .label(inner.span, "not a question")
                            .help("write e.g. `a2 saknas` or `alla(g6) saknas`"),
                        );
                        return None;
                    }
                };
                if self.questions[q].is_list && quant == Quant::One {
                    let n = self.questions[q].name.clone();
                    self.error(
                        Diagnostic::error(Code::ListNotAllowed, format!("`{n}` is a list"))
                            .label(inner.span, "a list")
                            .help(format!(
                                "say which: `alla({n}) saknas` or `någon({n}) saknas`"
                            )),
                    );
                    return None;
                }
                let c = Cond::IsBlank {
                    q,
                    quant,
                    span: e.span,
                };
                Some(if blank {
                    c
                } else {
                    Cond::Not(Box::new(c), e.span)
                })
            }
            ExprKind::Name(n) => {
                if let Some(q) = self.lookup(&ast::Spanned::new(n.clone(), e.span)) {
                    let first = self.questions[q]
                        .value_set
                        .as_ref()
                        .and_then(|v| v.labels().next().map(str::to_string))
                        .unwrap_or_else(|| "Ja".into());
                    self.error(
                        Diagnostic::error(
                            Code::TypeMismatch,
                            format!("`{n}` is a question, not a condition"),
                        )
                        .label(e.span, "a question")
                        .help(format!("compare it with an answer: `{n} = \"{first}\"`")),
                    );
                }
                None
            }
            _ => {
                self.error(
                    Diagnostic::error(Code::TypeMismatch, "a condition is expected here")
                        .label(e.span, "not a condition")
                        .help("a condition compares a question with an answer (`a1 = \"Ja\"`), numbers (`f1 > 0`), or tests `saknas`"),
                );
                None
            }
        }
    }

    /// A `{…}` in a text that nothing fills in is most likely a misspelled `{mätår}`,
    /// `{del}` or `{undergrupp}`: it would be published as written.
    fn unknown_text_placeholders(&mut self, text: &str, span: Span) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { return };
            let name = &after[..close];
            let known = name.starts_with("mätår")
                || name == "undergrupp"
                || self.part.as_ref().is_some_and(|(var, _, _)| var == name);
            let word = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == '+');
            if word && !known {
                self.diags.push(
                    Diagnostic::warning(
                        Code::UnknownPlaceholder,
                        format!("`{{{name}}}` in this text is not filled in"),
                    )
                    .label(span, "published as written")
                    .help("texts fill in `{mätår}` (or `{mätår-1}` …), the family's part (`{del}`) and `{undergrupp}`; check the spelling"),
                );
                return;
            }
            rest = &after[close + 1..];
        }
    }

    /// E0214: the question text shows the codebook's `period:` to respondents; an
    /// indicator that states another mätperiod publishes a guide that contradicts the
    /// questionnaire.
    fn period_against_codebook(&mut self, ind: &ast::Indicator, meta: &Meta) {
        let Some((a, b)) = meta.matperiod else { return };
        let ours = format!("{a}..{b}");
        let span = ind
            .meta
            .iter()
            .find(|f| f.key.node == "mätperiod")
            .map(|f| f.value.span)
            .unwrap_or(ind.id.span);
        for q in &self.questions {
            for v in &q.vars {
                let Some(period) = self.codebook.get(v).and_then(|v| v.period.clone()) else {
                    continue;
                };
                if period.trim() != ours {
                    self.diags.push(
                        Diagnostic::warning(
                            Code::PeriodDiffersFromCodebook,
                            format!("the mätperiod {ours} differs from the codebook's period of `{v}` ({period})"),
                        )
                        .label(span, "mätperiod of the indicator")
                        .help("the questionnaire shows the codebook's period to the respondents: make the two agree, or correct the codebook"),
                    );
                    return;
                }
            }
        }
    }

    pub(super) fn meta(
        &mut self,
        fields: &[ast::MetaField],
        year_matdatum: Date,
        span: Span,
    ) -> Meta {
        let mut meta = Meta::default();
        let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
        let mut period_span = None;
        let mut months = None;
        for f in fields {
            let key = f.key.node.as_str();
            if !META_KEYS.contains(&key) {
                let mut d =
                    Diagnostic::error(Code::UnknownMetadata, format!("unknown field `{key}`"))
                        .label(f.key.span, "not a field of an indicator");
                d = match did_you_mean(key, META_KEYS.iter().copied()) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!("the fields are: {}", META_KEYS.join(", "))),
                };
                self.error(d);
                continue;
            }
            if let Some(first) =
                seen.insert(META_KEYS.iter().find(|k| **k == key).unwrap(), f.key.span)
            {
                self.error(
                    Diagnostic::error(Code::DuplicateMetadata, format!("`{key}` is given twice"))
                        .label(f.key.span, "again here")
                        .label(first, "first here")
                        .help("keep one of them"),
                );
                continue;
            }
            if let Value::Text(t) = &f.value.node {
                self.unknown_text_placeholders(t, f.value.span);
            }
            let text = match &f.value.node {
                Value::Text(t) => Some(self.text(t)),
                Value::Word(w) => Some(w.clone()),
                _ => None,
            };
            let bad = |s: &mut Self, what: &str| {
                s.error(
                    Diagnostic::error(Code::InvalidMetadata, format!("`{key}` takes {what}"))
                        .label(f.value.span, "not accepted here")
                        .help(format!("write e.g. `{key} {}`", example_for(key))),
                )
            };
            match key {
                "mätdatum" => match f.value.node {
                    Value::Date(d) => meta.matdatum = Some(d),
                    _ => bad(self, "a date"),
                },
                "mätperiod" => match f.value.node {
                    Value::Period(a, b) => {
                        meta.matperiod = Some((a, b));
                        period_span = Some(f.value.span);
                    }
                    Value::Months(m) => {
                        months = Some(m);
                        period_span = Some(f.value.span);
                    }
                    _ => bad(self, "a period"),
                },
                "typ" => match text.as_deref() {
                    Some(t @ ("struktur" | "process" | "resultat")) => meta.typ = t.to_string(),
                    _ => bad(self, "struktur, process or resultat"),
                },
                _ => match text {
                    None => bad(self, "a text in quotes"),
                    Some(t) => match key {
                        "indikatornamn" => meta.indikatornamn = t,
                        "kortnamn" => meta.kortnamn = Some(t),
                        "område" => meta.omrade = t,
                        "kvalitetsområde" => meta.kvalitetsomrade = Some(t),
                        "målvärde" => meta.malvarde = Some(t),
                        "riktning" => meta.riktning = Some(t),
                        "syfte" => meta.syfte = Some(t),
                        "mått" => meta.matt = Some(t),
                        _ => meta.teknisk_beskrivning = Some(t),
                    },
                },
            }
        }
        let matdatum = meta.matdatum.unwrap_or(year_matdatum);
        // `{mätår}` and `{mätår-1}` in texts: the year of mätdatum, so that a text with
        // dates moves with the year instead of being rewritten every year.
        meta.texts = meta_texts(&meta);
        let year = matdatum.year;
        for t in [
            &mut meta.matt,
            &mut meta.syfte,
            &mut meta.teknisk_beskrivning,
            &mut meta.malvarde,
            &mut meta.riktning,
            &mut meta.kortnamn,
        ]
        .into_iter()
        .flatten()
        {
            *t = fill_years(t, year);
        }
        meta.indikatornamn = fill_years(&meta.indikatornamn, year);
        if let Some(m) = months {
            meta.matperiod = Some((months_before(matdatum, m), matdatum));
        }
        if let (Some((a, b)), Some(ps)) = (meta.matperiod, period_span) {
            if b < a {
                self.error(
                    Diagnostic::error(
                        Code::PeriodReversed,
                        format!("the mätperiod ends ({b}) before it starts ({a})"),
                    )
                    .label(ps, "ends before it starts")
                    .help(format!("write the earlier date first: {b}..{a}")),
                );
            } else if b > matdatum {
                self.error(
                    Diagnostic::error(
                        Code::PeriodAfterMatdatum,
                        format!("the mätperiod ends ({b}) after mätdatum ({matdatum})"),
                    )
                    .label(ps, "ends after mätdatum")
                    .help(format!(
                        "a mätperiod ends on or before mätdatum: {a}..{matdatum}"
                    )),
                );
            }
        }
        for (key, present) in [
            ("indikatornamn", !meta.indikatornamn.is_empty()),
            ("område", !meta.omrade.is_empty()),
            ("typ", !meta.typ.is_empty() || seen.contains_key("typ")),
            (
                "målvärde` or `riktning",
                meta.malvarde.is_some() || meta.riktning.is_some(),
            ),
        ] {
            if !present {
                self.error(
                    Diagnostic::error(
                        Code::MissingMetadata,
                        format!("the indicator has no `{key}`"),
                    )
                    .label(span, "missing metadata")
                    .help({
                        let field = key.split('`').next().unwrap_or(key);
                        format!(
                            "add e.g. `{field} {}`: the published guide prints it",
                            example_for(field)
                        )
                    }),
                );
            }
        }
        meta
    }

    pub(crate) fn indicator(
        &mut self,
        ind: &ast::Indicator,
        id: &str,
        year_matdatum: Date,
    ) -> Option<ir::Indicator> {
        let meta = self.meta(&ind.meta, year_matdatum, ind.id.span);
        self.questions(&ind.questions);
        self.period_against_codebook(ind, &meta);
        let mut rules = vec![];
        for r in &ind.rules {
            if let Some(c) = self.cond(&r.when, true) {
                rules.push(ir::RuleIr {
                    outcome: r.outcome.node,
                    when: c,
                    span: r.span,
                });
            }
        }
        // Measure fields.
        let mut taljare = None;
        let mut namnare = None;
        let mut scale = None;
        let mut aggregation = None;
        for f in &ind.measure {
            match f {
                ast::MeasureField::Taljare(e) => taljare = Some((self.num(e, false), e.span)),
                ast::MeasureField::Namnare(e) => namnare = Some((self.num(e, false), e.span)),
                ast::MeasureField::Varde {
                    scale: s,
                    decimals,
                    span,
                } => {
                    let sc = match s.node.as_str() {
                        "procent" => Some(Scale::Percent),
                        "kvot" => Some(Scale::Ratio),
                        other => {
                            self.error(
                                Diagnostic::error(Code::UnknownScale, format!("unknown value scale `{other}`"))
                                    .label(s.span, "unknown scale")
                                    .help("write `värde procent` (100 × täljare / nämnare) or `värde kvot 1 decimal` (täljare / nämnare)"),
                            );
                            None
                        }
                    };
                    let d = decimals.as_ref().map(|d| d.node).unwrap_or(0);
                    if d > 6 {
                        self.error(
                            Diagnostic::error(
                                Code::UnknownScale,
                                format!("{d} decimals is more than the 6 the engine publishes"),
                            )
                            .label(*span, "too many decimals")
                            .help("publish at most 6 decimals"),
                        );
                    }
                    scale = sc.map(|sc| (sc, d.min(6)));
                }
                ast::MeasureField::Aggregering(a) => {
                    aggregation = match a.node.as_str() {
                        "andel_ja" => Some((Aggregation::AndelJa, a.span)),
                        "poolad" => Some((Aggregation::Poolad, a.span)),
                        "medelvärde" => Some((Aggregation::Medelvarde, a.span)),
                        other => {
                            let mut d = Diagnostic::error(
                                Code::UnknownAggregation,
                                format!("unknown aggregation `{other}`"),
                            )
                            .label(a.span, "unknown aggregation");
                            d = match did_you_mean(other, ["andel_ja", "poolad", "medelvärde"]) {
                                Some(s) => d.help(format!("did you mean `{s}`?")),
                                None => d.help("the aggregations are andel_ja (classifications), poolad and medelvärde (measures)"),
                            };
                            self.error(d);
                            None
                        }
                    };
                }
            }
        }
        let is_measure = taljare.is_some() || namnare.is_some() || scale.is_some();
        let kind = if is_measure {
            for r in &rules {
                if !matches!(r.outcome, Outcome::Bortfall | Outcome::EjAktuellt) {
                    self.error(
                        Diagnostic::error(Code::OutcomeInMeasure, format!("a measure cannot be `{}`", r.outcome))
                            .label(r.span, "a classification rule in a measure")
                            .help("a measure publishes a number; its rules can only make it `Bortfall` or `Ej aktuellt`. Remove `täljare`/`nämnare` to make it a classification"),
                    );
                }
            }
            let mut missing = vec![];
            if taljare.is_none() {
                missing.push("täljare");
            }
            if namnare.is_none() {
                missing.push("nämnare");
            }
            if scale.is_none()
                && !ind
                    .measure
                    .iter()
                    .any(|f| matches!(f, ast::MeasureField::Varde { .. }))
            {
                missing.push("värde");
            }
            if !missing.is_empty() {
                self.error(
                    Diagnostic::error(Code::MissingMeasureField, format!("the measure has no {}", missing.join(" and ")))
                        .label(ind.id.span, "incomplete measure")
                        .help("a measure needs `täljare …`, `nämnare …` and `värde procent` (or `värde kvot N decimaler`)"),
                );
                None
            } else {
                match (taljare.and_then(|t| t.0), namnare.and_then(|n| n.0), scale) {
                    (Some(t), Some(n), Some((sc, d))) => Some(Kind::Measure(Measure {
                        taljare: t,
                        namnare: n,
                        scale: sc,
                        decimals: d,
                    })),
                    _ => None,
                }
            }
        } else {
            if rules.is_empty() && ind.rules.is_empty() {
                self.error(
                    Diagnostic::error(Code::NoRules, format!("`{id}` has neither rules nor täljare/nämnare"))
                        .label(ind.id.span, "nothing to compute")
                        .help("add rules such as `Ja när a1 = \"Ja\"`, or a measure with `täljare`, `nämnare` and `värde`"),
                );
            }
            Some(Kind::Classification)
        };
        let aggregation = match (&kind, aggregation) {
            (Some(Kind::Classification), Some((a, span))) if a != Aggregation::AndelJa => {
                self.error(
                    Diagnostic::error(
                        Code::AggregationMismatch,
                        format!(
                            "a classification is aggregated as the share of Ja, not `{}`",
                            a.keyword()
                        ),
                    )
                    .label(span, "not for a classification")
                    .help("remove the line, or write `aggregering andel_ja`"),
                );
                Aggregation::AndelJa
            }
            (Some(Kind::Measure(_)), Some((Aggregation::AndelJa, span))) => {
                self.error(
                    Diagnostic::error(Code::AggregationMismatch, "a measure has no Ja to count")
                        .label(span, "not for a measure")
                        .help("aggregate a measure with `poolad` (Σ täljare / Σ nämnare) or `medelvärde`"),
                );
                Aggregation::Poolad
            }
            (Some(Kind::Measure(_)), None) => Aggregation::Poolad,
            (_, Some((a, _))) => a,
            (_, None) => Aggregation::AndelJa,
        };
        for (i, used) in self.used.clone().into_iter().enumerate() {
            let mentioned_in_asked = self
                .questions
                .iter()
                .any(|q| q.asked_when.as_ref().is_some_and(|c| cond_mentions(c, i)));
            // Without rules nothing reads anything: E0304 says so already.
            let no_rules = rules.is_empty() && ind.rules.is_empty() && !is_measure;
            if !used && !mentioned_in_asked && !no_rules && self.questions[i].ty != VarType::Text {
                let q = &self.questions[i];
                self.diags.push(
                    Diagnostic::warning(Code::UnusedQuestion, format!("`{}` is declared but no rule reads it", q.name))
                        .label(q.span, "unused")
                        .help("the indicator still counts it as read (a blank answer makes it Bortfall); remove it if that is not intended"),
                );
            }
        }
        let kind = kind?;
        let mut indicator = ir::Indicator {
            id: id.to_string(),
            family: ind.parts.as_ref().map(|_| ind.id.node.clone()),
            part: self.part.as_ref().map(|(_, k, l)| (k.clone(), l.clone())),
            meta,
            questions: self.questions.clone(),
            rules,
            kind,
            aggregation,
            examples: vec![],
            span: ind.span,
            id_span: ind.id.span,
        };
        if self.diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        let findings = totality::analyse(&indicator);
        let ok = !findings.iter().any(Diagnostic::is_error);
        self.diags.extend(findings);
        indicator.examples = ind
            .examples
            .iter()
            .filter_map(|e| self.example(e, &indicator))
            .collect();
        if ok {
            Some(indicator)
        } else {
            None
        }
    }

    fn example(&mut self, ex: &ast::Example, ind: &ir::Indicator) -> Option<ir::Example> {
        let mut answers: Vec<Vec<ExampleCell>> = ind
            .questions
            .iter()
            .map(|q| q.vars.iter().map(|_| ExampleCell::Blank).collect())
            .collect();
        let mut previous = vec![None; ind.questions.len()];
        let mut ok = true;
        for b in &ex.bindings {
            let Some(&q) = self.names.get(&b.name.node) else {
                let mut d = Diagnostic::error(
                    Code::ExampleUnknownName,
                    format!(
                        "the example sets `{}`, which is not a question of `{}`",
                        b.name.node, ind.id
                    ),
                )
                .label(b.name.span, "unknown question");
                let names: Vec<String> = self.names.keys().cloned().collect();
                d = match did_you_mean(&b.name.node, names.iter().map(String::as_str)) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!("the questions are: {}", names.join(", "))),
                };
                self.error(d);
                ok = false;
                continue;
            };
            let question = ind.questions[q].clone();
            let values: Vec<&ast::Spanned<ast::ExampleValue>> = match &b.value.node {
                ast::ExampleValue::List(items) => items.iter().collect(),
                _ => vec![&b.value],
            };
            let is_list_value = matches!(b.value.node, ast::ExampleValue::List(_));
            if question.is_list != is_list_value
                || (is_list_value && values.len() != question.vars.len())
                || (b.previous && question.is_list)
            {
                self.error(
                    Diagnostic::error(
                        Code::ExampleBadValue,
                        format!(
                            "`{}` takes {}",
                            question.name,
                            if question.is_list {
                                format!("a list of {} answers", question.vars.len())
                            } else {
                                "one answer".into()
                            }
                        ),
                    )
                    .label(b.value.span, "wrong number of answers")
                    .help(if question.is_list {
                        format!(
                            "write `{} = [{}]`",
                            question.name,
                            question
                                .vars
                                .iter()
                                .map(|_| "…")
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    } else {
                        format!("write `{} = \"…\"`", question.name)
                    }),
                );
                ok = false;
                continue;
            }
            let mut cells = vec![];
            for v in values {
                match self.example_cell(&question, v) {
                    Some(c) => cells.push(c),
                    None => ok = false,
                }
            }
            if cells.len() != question.vars.len() {
                continue;
            }
            if b.previous {
                previous[q] = cells.pop();
            } else {
                answers[q] = cells;
            }
        }
        let expected = match &ex.expected.node {
            ast::Expected::Outcome(o) => ExpectedIr::Outcome(*o),
            ast::Expected::Number(n) => match num::parse_decimal(n) {
                Some(v) => ExpectedIr::Value(v),
                None => return None,
            },
            ast::Expected::Suppressed => {
                self.error(
                    Diagnostic::error(
                        Code::ExampleBadValue,
                        "only a register indicator can be suppressed (`x`)",
                    )
                    .label(ex.expected.span, "not a possible result")
                    .help("expect an outcome such as `Ja` or a number"),
                );
                return None;
            }
        };
        if !ok {
            return None;
        }
        Some(ir::Example {
            title: ex.title.as_ref().map(|t| t.node.clone()),
            answers,
            previous,
            expected,
            span: ex.span,
        })
    }

    fn example_cell(
        &mut self,
        q: &ir::Question,
        v: &ast::Spanned<ast::ExampleValue>,
    ) -> Option<ExampleCell> {
        match (&v.node, q.ty) {
            (ast::ExampleValue::Blank, _) => Some(ExampleCell::Blank),
            (ast::ExampleValue::Text(t), VarType::Categorical) => {
                let code = self.code_in(q, t, v.span)?;
                Some(ExampleCell::Code(code))
            }
            (ast::ExampleValue::Text(t), VarType::Number) if t == "Vet ej" => {
                Some(ExampleCell::VetEj)
            }
            (ast::ExampleValue::Number(n), VarType::Number) => {
                num::parse_decimal(n).map(ExampleCell::Number)
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        Code::ExampleBadValue,
                        format!("`{}` is {}, and this answer is not", q.name, q.ty.label()),
                    )
                    .label(v.span, "wrong kind of answer")
                    .help(if q.ty == VarType::Number {
                        "give a number (12.5), \"Vet ej\" or saknas"
                    } else {
                        "give an answer label in quotes, or saknas"
                    }),
                );
                None
            }
        }
    }

    fn code_in(&mut self, q: &ir::Question, label: &str, span: Span) -> Option<i64> {
        let vs = q.value_set.as_ref()?;
        if let Some(c) = vs.code_of(label) {
            return Some(c);
        }
        let labels: Vec<&str> = vs.labels().collect();
        let d = Diagnostic::error(
            Code::UnknownLabel,
            format!("\"{label}\" is not an answer of `{}`", q.name),
        )
        .label(span, "not an answer of this question");
        let d = match did_you_mean(label, labels.iter().copied()) {
            Some(s) => d.help(format!("did you mean \"{s}\"?")),
            None => d.help(format!(
                "the answers are: {}",
                labels
                    .iter()
                    .map(|l| format!("\"{l}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        self.error(d);
        None
    }

    fn review(&mut self, rev: &ast::Review) -> Option<ir::Review> {
        self.questions(&rev.questions);
        let mut reqs = vec![];
        for r in &rev.requirements {
            if let Some(c) = self.cond(r, false) {
                reqs.push(c);
            }
        }
        if self.diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        Some(ir::Review {
            name: rev.name.node.clone(),
            identity: rev.identity(),
            severity: rev.severity.node,
            part: self.part.as_ref().map(|(_, k, l)| (k.clone(), l.clone())),
            questions: self.questions.clone(),
            requirements: reqs,
            span: rev.span,
        })
    }
}

fn cond_mentions(c: &Cond, q: QId) -> bool {
    match c {
        Cond::Const(_) => false,
        Cond::And(v, _) | Cond::Or(v, _) => v.iter().any(|c| cond_mentions(c, q)),
        Cond::Not(c, _) => cond_mentions(c, q),
        Cond::HasCode { q: x, .. } | Cond::IsBlank { q: x, .. } => *x == q,
        Cond::Compare { lhs, rhs, .. } => num_mentions(lhs, q) || num_mentions(rhs, q),
    }
}

fn num_mentions(n: &NumExpr, q: QId) -> bool {
    match n {
        NumExpr::Const(_) => false,
        NumExpr::Var(x) | NumExpr::Sum(x) | NumExpr::Count(x) => *x == q,
        NumExpr::Neg(a) => num_mentions(a, q),
        NumExpr::Bin(_, a, b) => num_mentions(a, q) || num_mentions(b, q),
    }
}

fn example_for(key: &str) -> &'static str {
    match key {
        "mätdatum" => "2014-11-01",
        "mätperiod" => "2013-11-01..2014-11-01  (or: 12 månader)",
        "typ" => "process",
        "indikatornamn" => "\"Social jourverksamhet\"",
        "område" => "\"Samverkan\"",
        "målvärde" => "\"Ja\"",
        _ => "\"…\"",
    }
}

/// The date `months` months before `d` (same day of month, clamped).
pub fn months_before(d: Date, months: u32) -> Date {
    let total = d.year * 12 + (d.month as i32 - 1) - months as i32;
    let year = total.div_euclid(12);
    let month = (total.rem_euclid(12) + 1) as u32;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let dim = match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    };
    Date {
        year,
        month,
        day: d.day.min(dim),
    }
}
