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
