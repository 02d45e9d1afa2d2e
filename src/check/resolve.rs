//! A year's items into the IR, against the year's codebook: families expanded
//! (`families`), each indicator checked in its own `Scope` (`scope`: names and types;
//! `meta`: texts and dates; `examples`; `indicator`: the whole), review rules (`reviews`),
//! sources (`source`); retired indicators left out before anything is resolved; a
//! family's repeated mistakes reported once.

use super::families::{expand, expand_with, family_labels};
use super::load::LoadedYear;
use super::scope::Scope;
use super::source;
use crate::codebook::Codebook;
use crate::diagnostic::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::ir::{self};
use crate::source::{Sources, Span};
use crate::syntax::ast::{self, Item};
use std::collections::BTreeMap;

/// `defined` counts the indicators the year defines (family parts each, retired ones
/// not), whether or not they check: what `oj check` reports.
pub fn resolve(
    loaded: &LoadedYear,
    sources: &mut Sources,
    diags: &mut Diagnostics,
    defined: &mut usize,
) -> Option<ir::Program> {
    // The two codebooks need nothing from each other: the previous year's is read on a
    // second thread (YAML is a sixth of checking a year).
    let lang = crate::locale::current();
    let (codebook, previous_codebook) = std::thread::scope(|s| {
        let previous = loaded
            .previous_codebook
            .as_ref()
            .map(|p| s.spawn(move || crate::locale::with(lang, || Codebook::load(p))));
        let codebook = Codebook::load(&loaded.codebook);
        let previous = previous.map(|h| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        (codebook, previous)
    });
    let codebook = match codebook {
        Ok(cb) => cb,
        Err(errs) => {
            for e in errs {
                diags.push(
                    place_in_codebook(e, &loaded.codebook, sources).unwrap_or_else(|e| {
                        e.label(
                            loaded.codebook_span,
                            crate::t!("resolve-codebook-named-here"),
                        )
                    }),
                );
            }
            return None;
        }
    };
    let sources: &Sources = sources;
    // The codebook describes the questionnaire of this publication year.
    if codebook.publication_year != loaded.year {
        diags.push(
            Diagnostic::error(
                Code::YearMismatch,
                crate::t!(
                    "resolve-codebook-year",
                    codebook_year = codebook.publication_year.to_string(),
                    year = loaded.year.to_string()
                ),
            )
            // The line of the codebook, as written there.
            .label(
                loaded.codebook_span,
                format!("publication_year: {}", codebook.publication_year),
            )
            .label(loaded.year_span, crate::t!("resolve-the-year"))
            .help(crate::t!(
                "resolve-codebook-year-help",
                year = loaded.year.to_string()
            )),
        );
    }
    if codebook.matdatum != loaded.matdatum.to_string() {
        diags.push(
            Diagnostic::error(
                Code::YearMismatch,
                crate::t!(
                    "resolve-codebook-matdatum",
                    codebook_matdatum = &codebook.matdatum,
                    matdatum = loaded.matdatum.to_string()
                ),
            )
            // The line of the codebook, as written there.
            .label(
                loaded.codebook_span,
                format!("matdatum: '{}'", codebook.matdatum),
            )
            .help(crate::t!(
                "resolve-codebook-matdatum-help",
                matdatum = loaded.matdatum.to_string(),
                codebook_matdatum = &codebook.matdatum
            )),
        );
    }
    let previous_codebook = match previous_codebook {
        Some(loaded) => match loaded {
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
                let mut scope = Scope::new(&codebook, sources, None);
                let resolved =
                    source::indicator(&mut scope, ind, &source_defs, &codebook, loaded.matdatum);
                *defined += resolved.len().max(1);
                diags.extend(scope.diags);
                for r in resolved {
                    if let Some(first) = first_span.get(&r.id) {
                        diags.push(duplicate_indicator(&r.id, ind.id.span, *first));
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
                    let mut scope = Scope::new(&codebook, sources, part.clone());
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
                            diags.push(duplicate_indicator(&r.id, ind.id.span, *first));
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
                            crate::t!("resolve-all-parts", message = &d.message, count = n_parts)
                        } else {
                            crate::t!(
                                "resolve-some-parts",
                                message = &d.message,
                                count = parts.len(),
                                parts = parts.join(", ")
                            )
                        };
                    }
                    diags.push(d);
                }
            }
            Item::Review(rev) => {
                for (part, _) in expand_with(&rev.name, rev.parts.as_ref(), diags, false) {
                    let mut scope = Scope::new(&codebook, sources, part.clone());
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
            Item::Year(_)
            | Item::Removal(_)
            | Item::Extension(_)
            | Item::Change(_)
            | Item::Source(_) => {}
        }
    }
    // Source indicators with subgroups publish several ids; each can be retired.
    indicators.retain(|i| !retire(&i.id, &mut removed));
    for r in &loaded.removals {
        if !removed.iter().any(|(id, _)| *id == r.id.node) {
            let mut d = Diagnostic::error(
                Code::UnknownRemoval,
                crate::t!("resolve-unknown-retired", id = &r.id.node),
            )
            .label(r.id.span, crate::t!("resolve-unknown-indicator-label"));
            let ids = inherited_ids.iter().map(String::as_str);
            if let Some(s) = did_you_mean(&r.id.node, ids) {
                d = d.did_you_mean(s);
            } else {
                d = d.help(crate::t!("resolve-unknown-retired-help"));
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

/// E0105: an indicator id defined a second time in a year.
fn duplicate_indicator(
    id: &str,
    second: crate::source::Span,
    first: crate::source::Span,
) -> Diagnostic {
    Diagnostic::error(
        Code::DuplicateIndicator,
        crate::t!("resolve-duplicate-indicator", id = id),
    )
    .label(second, crate::t!("resolve-second-definition"))
    .label(first, crate::t!("resolve-first-definition"))
    .help(crate::t!("resolve-duplicate-indicator-help"))
}

/// A codebook error at its line of the codebook, shown there (the codebook's text joins
/// the year's sources for it); the error unchanged when its line is not known.
fn place_in_codebook(
    mut e: Diagnostic,
    path: &std::path::Path,
    sources: &mut Sources,
) -> Result<Diagnostic, Diagnostic> {
    let Some(line) = e.location.as_ref().and_then(|l| l.line) else {
        return Err(e);
    };
    let Ok(text) = std::fs::read_to_string(path) else {
        return Err(e);
    };
    // The line's byte range, without its indentation and line end.
    let mut offset = 0;
    let Some((begin, end)) = text.split_inclusive('\n').enumerate().find_map(|(i, l)| {
        let at = offset;
        offset += l.len();
        (i as u64 + 1 == line).then(|| {
            (
                at + (l.len() - l.trim_start().len()),
                at + l.trim_end().len(),
            )
        })
    }) else {
        return Err(e);
    };
    let file = sources
        .find(path)
        .unwrap_or_else(|| sources.add(path, text.clone()));
    e.location = None;
    Ok(e.label(
        Span::new(file, begin, end.max(begin)),
        crate::t!("resolve-codebook-line"),
    ))
}
