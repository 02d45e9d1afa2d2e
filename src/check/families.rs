//! Families: `indikator extern_{del} för del i { … }` expanded into one indicator per
//! part, and the answer labels any part of a family offers.

use crate::codebook::Codebook;
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::syntax::ast::{self};
use std::collections::BTreeMap;

/// A part of a family: (placeholder, key, label).
pub(super) type PartCx = Option<(String, String, String)>;

/// The instances of a possibly templated id: one per part, or the id itself.
pub(super) fn expand(
    id: &ast::Name,
    parts: Option<&ast::Parts>,
    diags: &mut Diagnostics,
) -> Vec<(PartCx, String)> {
    expand_with(id, parts, diags, true)
}

/// Review families share one name across parts (review.csv names the rule, the values
/// name the part), so their name needs no placeholder.
pub(super) fn expand_with(
    id: &ast::Name,
    parts: Option<&ast::Parts>,
    diags: &mut Diagnostics,
    needs_placeholder: bool,
) -> Vec<(PartCx, String)> {
    match parts {
        None => {
            if id.node.contains('{') {
                diags.push(
                    Diagnostic::error(
                        Code::UnknownPlaceholder,
                        crate::t!("families-placeholder-without-parts", id = &id.node),
                    )
                    .label(
                        id.span,
                        crate::t!("families-placeholder-without-parts-label"),
                    )
                    .help(crate::t!("families-placeholder-without-parts-help")),
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
                        crate::t!("families-missing-placeholder", id = &id.node),
                    )
                    .label(
                        id.span,
                        crate::t!(
                            "families-missing-placeholder-label",
                            placeholder = &placeholder
                        ),
                    )
                    .help(crate::t!(
                        "families-missing-placeholder-help",
                        id = &id.node,
                        placeholder = &placeholder
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
                            crate::t!("families-duplicate-part", part = &part.key.node),
                        )
                        .label(part.key.span, crate::t!("families-duplicate-part-again"))
                        .label(first, crate::t!("families-duplicate-part-first"))
                        .help(crate::t!("families-duplicate-part-help")),
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

pub(super) fn family_labels(
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
