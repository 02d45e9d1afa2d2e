//! Sources (`källa`) and the indicators computed from them: register indicators (counts
//! over person records, methodology.md §4) and bakgrundsmått (columns of a per-kommun
//! table and survey sums, §5). Resolves names to columns, counts and slots, and builds
//! [`ir::SourceMeasure`]s.

use super::scope::{arith_op, cmp_op, Scope};
use crate::codebook::{Codebook, VarType};
use crate::diagnostic::{did_you_mean, Code, Diagnostic};
use crate::ir::{
    self, ColType, ColumnDef, Kind, Per, RowCond, RowNum, Scale, Slot, SlotCond, SlotNum,
    SourceDef, SourceExpected, SourceMeasure, SurveyRead,
};
use crate::ir::{ArithOp, Check};
use crate::ir::{CmpOp, Test};
use crate::num;
use crate::source::Span;
use crate::syntax::ast::{self, BinOp, Date, Expr, ExprKind, Func, SourceField};

/// The year's `källa` blocks, checked.
pub(super) fn sources(blocks: &[&ast::SourceBlock], diags: &mut Vec<Diagnostic>) -> Vec<SourceDef> {
    let mut out: Vec<SourceDef> = vec![];
    for b in blocks {
        if let Some(first) = out.iter().find(|s| s.name == b.name.node) {
            diags.push(
                Diagnostic::error(
                    Code::SourceInvalid,
                    crate::t!("source-declared-twice", source = &b.name.node),
                )
                .label(b.name.span, crate::t!("source-declared-again"))
                .label(first.span, crate::t!("source-first-declaration"))
                .help(crate::t!("source-declared-twice-help")),
            );
            continue;
        }
        // A source is a file of DATA/YEAR: a name, never a path (docs/security.md).
        let f = &b.file.node;
        if f.is_empty() || f.contains(['/', '\\']) || f.starts_with('.') {
            diags.push(
                Diagnostic::error(
                    Code::SourceInvalid,
                    crate::t!("source-not-a-file-name", file = f),
                )
                .label(b.file.span, crate::t!("source-not-a-file-name-label"))
                .help(crate::t!("source-not-a-file-name-help")),
            );
            continue;
        }
        let per = match b.per.node.as_str() {
            "person" => Per::Person,
            "kommun" => Per::Kommun,
            other => {
                diags.push(
                    Diagnostic::error(
                        Code::SourceInvalid,
                        crate::t!("source-unknown-per", per = other),
                    )
                    .label(b.per.span, crate::t!("source-unknown-per-label"))
                    .help(crate::t!("source-unknown-per-help")),
                );
                continue;
            }
        };
        let mut columns: Vec<ColumnDef> = vec![];
        let mut ok = true;
        for c in &b.columns {
            if columns.iter().any(|d| d.name == c.name.node) {
                diags.push(
                    Diagnostic::error(
                        Code::SourceInvalid,
                        crate::t!("source-column-declared-twice", column = &c.name.node),
                    )
                    .label(c.name.span, crate::t!("source-declared-again"))
                    .help(crate::t!("source-column-declared-twice-help")),
                );
                ok = false;
                continue;
            }
            let Some(ty) = ColType::ALL
                .iter()
                .find(|(k, _)| *k == c.ty.node)
                .map(|(_, t)| *t)
            else {
                let names: Vec<&str> = ColType::ALL.iter().map(|(k, _)| *k).collect();
                let mut d = Diagnostic::error(
                    Code::SourceInvalid,
                    crate::t!("source-unknown-column-type", column_type = &c.ty.node),
                )
                .label(c.ty.span, crate::t!("source-unknown-column-type-label"));
                d = match did_you_mean(&c.ty.node, names.iter().copied()) {
                    Some(s) => d.did_you_mean(s),
                    None => d.help(crate::t!("source-column-types", types = names.join(", "))),
                };
                diags.push(d);
                ok = false;
                continue;
            };
            if ty == ColType::Tal && per == Per::Person {
                diags.push(
                    Diagnostic::error(
                        Code::SourceInvalid,
                        crate::t!("source-decimal-in-register", column = &c.name.node),
                    )
                    .label(c.ty.span, crate::t!("source-decimal-in-register-label"))
                    .help(crate::t!("source-decimal-in-register-help")),
                );
                ok = false;
                continue;
            }
            columns.push(ColumnDef {
                name: c.name.node.clone(),
                ty,
                optional: c.optional,
                description: c.description.clone(),
            });
        }
        let kommun: Vec<usize> = columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.ty == ColType::Kommun)
            .map(|(i, _)| i)
            .collect();
        // A register may place its persons by several kommun columns (placerande kommun,
        // folkbokföringskommun); a table of kommuner has one row per kommun, so one.
        if kommun.is_empty() || (per == Per::Kommun && kommun.len() != 1) {
            let message = if per == Per::Kommun {
                crate::t!(
                    "source-needs-one-kommun-column",
                    source = &b.name.node,
                    count = kommun.len()
                )
            } else {
                crate::t!(
                    "source-needs-a-kommun-column",
                    source = &b.name.node,
                    count = kommun.len()
                )
            };
            diags.push(
                Diagnostic::error(Code::SourceInvalid, message)
                    .label(b.name.span, crate::t!("source-kommun-column-label"))
                    .help(crate::t!("source-kommun-column-help")),
            );
            ok = false;
        }
        if ok {
            out.push(SourceDef {
                name: b.name.node.clone(),
                file: b.file.node.clone(),
                per,
                columns,
                kommun: kommun[0],
                span: b.span,
            });
        }
    }
    out
}

/// The kommun column that places the indicator's persons: the one `källa … efter COL`
/// names, or the source's only one.
fn placing_column(
    source: &SourceDef,
    ind: &ast::Indicator,
    diags: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let named = ind.source.iter().find_map(|f| match f {
        SourceField::Source(_, c) => c.as_ref(),
        _ => None,
    });
    let kommun_columns: Vec<&str> = source
        .columns
        .iter()
        .filter(|c| c.ty == ColType::Kommun)
        .map(|c| c.name.as_str())
        .collect();
    match named {
        Some(col) => match source.column(&col.node) {
            Some(c) if source.columns[c].ty == ColType::Kommun => Some(c),
            found => {
                let what = if found.is_some() {
                    crate::t!("source-not-kommun-column", column = &col.node)
                } else {
                    crate::t!(
                        "source-not-a-column-of",
                        column = &col.node,
                        source = &source.name
                    )
                };
                let mut d = Diagnostic::error(Code::SourceField, what)
                    .label(col.span, crate::t!("source-not-kommun-column-label"));
                d = match did_you_mean(&col.node, kommun_columns.iter().copied()) {
                    Some(s) => d.did_you_mean(s),
                    None => d.help(crate::t!(
                        "source-kommun-columns",
                        columns = kommun_columns.join(", ")
                    )),
                };
                diags.push(d);
                None
            }
        },
        None if kommun_columns.len() > 1 => {
            diags.push(
                Diagnostic::error(
                    Code::SourceField,
                    crate::t!(
                        "source-several-kommun-columns",
                        source = &source.name,
                        columns = kommun_columns.join(", ")
                    ),
                )
                .label(
                    ind.id.span,
                    crate::t!("source-several-kommun-columns-label"),
                )
                .help(crate::t!(
                    "source-several-kommun-columns-help",
                    source = &source.name,
                    column = kommun_columns[0]
                )),
            );
            None
        }
        None => Some(source.kommun),
    }
}

/// Whether an indicator is computed from a source: it names one with `källa`.
pub(super) fn source_name(ind: &ast::Indicator) -> Option<&ast::Name> {
    ind.source.iter().find_map(|f| match f {
        SourceField::Source(n, _) => Some(n),
        _ => None,
    })
}

/// Checks an indicator that has source fields but is a survey indicator.
pub(super) fn misplaced_fields(ind: &ast::Indicator, diags: &mut Vec<Diagnostic>) {
    if let Some(span) = ind.source.iter().map(field_span).next() {
        diags.push(
            Diagnostic::error(Code::SourceField, crate::t!("source-misplaced-fields"))
                .label(span, crate::t!("source-misplaced-fields-label"))
                .help(crate::t!("source-misplaced-fields-help")),
        );
    }
}

fn field_span(f: &SourceField) -> Span {
    match f {
        SourceField::Source(n, _) | SourceField::Secondary(n) | SourceField::LinkedSecondary(n) => {
            n.span
        }
        SourceField::Subgroup { span, .. } | SourceField::Count { span, .. } => *span,
        SourceField::Population(e) | SourceField::Suppression(e) => e.span,
        SourceField::LanExample(x) => x.span,
    }
}

/// Resolves a source indicator: one [`ir::Indicator`] per subgroup (the whole population
/// first, then `id` + key for each `undergrupp`).
pub(super) fn indicator(
    scope: &mut Scope,
    ind: &ast::Indicator,
    sources: &[SourceDef],
    codebook: &Codebook,
    matdatum: Date,
) -> Vec<ir::Indicator> {
    let name = source_name(ind).expect("called for source indicators");
    let Some(si) = sources.iter().position(|s| s.name == name.node) else {
        let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        let mut d = Diagnostic::error(
            Code::UnknownSource,
            crate::t!("source-unknown", source = &name.node),
        )
        .label(name.span, crate::t!("source-unknown-label"));
        d = match did_you_mean(&name.node, names.iter().copied()) {
            Some(s) => d.did_you_mean(s),
            None if names.is_empty() => d.help(crate::t!("source-unknown-help-declare")),
            None => d.help(crate::t!(
                "source-unknown-help-list",
                sources = names.join(", ")
            )),
        };
        scope.diags.push(d);
        return vec![];
    };
    let source = &sources[si];
    let kommun = placing_column(source, ind, &mut scope.diags);
    let meta = scope.meta(&ind.meta, matdatum, ind.id.span);
    let matar = meta.matdatum.unwrap_or(matdatum).year as i64;
    let mut cx = Cx {
        source,
        matar,
        codebook,
        counts: vec![],
        survey: vec![],
        slots: vec![],
        slot_names: vec![],
        slot_spans: vec![],
        diags: vec![],
    };
    if ind.parts.is_some() {
        cx.diags.push(
            Diagnostic::error(Code::SourceField, crate::t!("source-no-parts"))
                .label(ind.id.span, crate::t!("source-no-parts-label"))
                .help(crate::t!("source-no-parts-help")),
        );
    }
    if !ind.rules.is_empty() {
        cx.diags.push(
            Diagnostic::error(Code::SourceField, crate::t!("source-no-rules"))
                .label(ind.rules[0].span, crate::t!("source-no-rules-label"))
                .help(crate::t!("source-no-rules-help")),
        );
    }
    // Population, counts and subgroups: person sources only.
    let mut population = RowCond::Const(true);
    let mut subgroups = vec![];
    let mut suppression = None;
    let mut secondary = None;
    let mut linked: Option<(Span, usize)> = None;
    for f in &ind.source {
        let person_only = matches!(
            f,
            SourceField::Population(_) | SourceField::Count { .. } | SourceField::Subgroup { .. }
        );
        if person_only && source.per != Per::Person {
            cx.diags.push(
                Diagnostic::error(
                    Code::SourceField,
                    crate::t!("source-no-persons", source = &source.name),
                )
                .label(field_span(f), crate::t!("source-needs-person-source"))
                .help(crate::t!("source-no-persons-help")),
            );
            continue;
        }
        match f {
            SourceField::Source(_, _) => {}
            SourceField::Population(e) => {
                if let Some(c) = cx.row_cond(e) {
                    population = c;
                }
            }
            SourceField::Count { name, when, .. } => {
                if cx.counts.iter().any(|(n, _)| *n == name.node) {
                    cx.diags.push(
                        Diagnostic::error(
                            Code::DuplicateQuestion,
                            crate::t!("source-count-defined-twice", count = &name.node),
                        )
                        .label(name.span, crate::t!("source-count-defined-twice-label"))
                        .help(crate::t!("source-count-defined-twice-help")),
                    );
                    continue;
                }
                let c = match when {
                    Some(e) => cx.row_cond(e),
                    None => Some(RowCond::Const(true)),
                };
                // A count whose condition has an error is still declared, so that
                // täljare and nämnare do not report it a second time as unknown.
                cx.counts
                    .push((name.node.clone(), c.unwrap_or(RowCond::Const(false))));
            }
            SourceField::Subgroup {
                key, label, when, ..
            } => {
                if let Some(c) = cx.row_cond(when) {
                    subgroups.push((key.node.clone(), label.node.clone(), c));
                }
            }
            SourceField::Suppression(_)
            | SourceField::Secondary(_)
            | SourceField::LinkedSecondary(_)
            | SourceField::LanExample(_) => {}
        }
    }
    // Survey questions: per-kommun sources only (summed over the kommun's enheter).
    for q in &ind.questions {
        cx.survey_question(q);
    }
    let mut taljare = None;
    let mut namnare = None;
    let mut scale = None;
    for f in &ind.measure {
        match f {
            ast::MeasureField::Taljare(e) => taljare = cx.slot_num(e),
            ast::MeasureField::Namnare(e) => namnare = cx.slot_num(e),
            ast::MeasureField::Varde {
                scale: s, decimals, ..
            } => {
                let d = decimals.as_ref().map(|d| d.node).unwrap_or(0).min(6);
                scale = match s.node.as_str() {
                    "procent" => Some((Scale::Percent, d)),
                    "kvot" => Some((Scale::Ratio, d)),
                    other => {
                        cx.diags.push(
                            Diagnostic::error(
                                Code::UnknownScale,
                                crate::t!("source-unknown-scale", scale = other),
                            )
                            .label(s.span, crate::t!("source-unknown-scale-label"))
                            .help(crate::t!("source-unknown-scale-help")),
                        );
                        None
                    }
                };
            }
            ast::MeasureField::Aggregering(a) => {
                if a.node != "poolad" {
                    cx.diags.push(
                        Diagnostic::error(
                            Code::AggregationMismatch,
                            crate::t!("source-aggregation", aggregation = &a.node),
                        )
                        .label(a.span, crate::t!("source-aggregation-label"))
                        .help(crate::t!("source-aggregation-help")),
                    );
                }
            }
        }
    }
    for f in &ind.source {
        match f {
            SourceField::Suppression(e) => suppression = cx.slot_cond(e),
            SourceField::Secondary(n) => {
                secondary = cx.slot_of_name(n);
            }
            SourceField::LinkedSecondary(n) => {
                linked = cx.slot_of_name(n).map(|s| (n.span, s));
            }
            _ => {}
        }
    }
    let mut missing = vec![];
    if !ind
        .measure
        .iter()
        .any(|f| matches!(f, ast::MeasureField::Taljare(_)))
    {
        missing.push("täljare");
    }
    if !ind
        .measure
        .iter()
        .any(|f| matches!(f, ast::MeasureField::Namnare(_)))
    {
        missing.push("nämnare");
    }
    if !ind
        .measure
        .iter()
        .any(|f| matches!(f, ast::MeasureField::Varde { .. }))
    {
        missing.push("värde");
    }
    if !missing.is_empty() {
        cx.diags.push(
            Diagnostic::error(
                Code::MissingMeasureField,
                crate::t!(
                    "source-missing-measure",
                    fields = missing.join(&crate::t!("source-missing-measure-and"))
                ),
            )
            .label(ind.id.span, crate::t!("source-missing-measure-label"))
            .help(crate::t!("source-missing-measure-help")),
        );
    }
    let examples: Vec<ir::SourceExample> =
        ind.examples.iter().filter_map(|e| cx.example(e)).collect();
    let mut lan_examples = vec![];
    for f in &ind.source {
        let SourceField::LanExample(x) = f else {
            continue;
        };
        if source.per != Per::Person {
            cx.diags.push(
                Diagnostic::error(
                    Code::SourceField,
                    crate::t!("source-lan-example-per-kommun"),
                )
                .label(x.span, crate::t!("source-needs-person-source"))
                .help(crate::t!("source-lan-example-per-kommun-help")),
            );
            continue;
        }
        if let Some(e) = cx.lan_example(x) {
            lan_examples.push(e);
        }
    }
    let levels = scope.levels(&ind.levels, true);
    if let (Some((span, _)), true) = (linked, subgroups.is_empty()) {
        cx.diags.push(
            Diagnostic::error(
                Code::SourceField,
                crate::t!("source-linked-without-subgroups"),
            )
            .label(span, crate::t!("source-linked-without-subgroups-label"))
            .help(crate::t!("source-linked-without-subgroups-help")),
        );
    }
    let failed = cx.diags.iter().any(Diagnostic::is_error);
    scope.diags.append(&mut cx.diags);
    if failed {
        return vec![];
    }
    let (Some(taljare), Some(namnare), Some((scale, decimals))) = (taljare, namnare, scale) else {
        return vec![];
    };
    let Some(kommun) = kommun else {
        return vec![];
    };
    let base = SourceMeasure {
        source: si,
        kommun,
        matar,
        subgroup: None,
        population,
        counts: cx.counts,
        survey: cx.survey,
        slots: cx.slots,
        slot_names: cx.slot_names,
        slot_spans: cx.slot_spans,
        taljare,
        namnare,
        scale,
        decimals,
        suppression,
        secondary,
        linked: None,
        examples,
        lan_examples,
    };
    let mut out = vec![];
    let defined_subgroups = subgroups.len();
    let groups = std::iter::once(None).chain(subgroups.into_iter().map(Some));
    for g in groups {
        let mut m = base.clone();
        let mut meta = meta.clone();
        let label = g.as_ref().map(|(_, l, _)| l.as_str()).unwrap_or("");
        if g.is_some() && !meta.indikatornamn.contains("{undergrupp}") {
            meta.indikatornamn = format!("{}, {label}", meta.indikatornamn);
        }
        fill_subgroup(&mut meta, label);
        let id = match &g {
            None => ind.id.node.clone(),
            Some((key, _, _)) => format!("{}{key}", ind.id.node),
        };
        // Another indicator's counts are read in the same subgroup.
        if let Some((key, _, _)) = &g {
            for s in &mut m.slots {
                if let Slot::External { indicator, .. } = s {
                    indicator.push_str(key);
                }
            }
        }
        m.subgroup = g;
        m.linked = linked.map(|(_, slot)| (ind.id.node.clone(), slot, defined_subgroups));
        out.push(ir::Indicator {
            id,
            family: None,
            part: None,
            meta,
            questions: vec![],
            rules: vec![],
            kind: Kind::Source(Box::new(m)),
            aggregation: ir::Aggregation::Kalla,
            examples: vec![],
            levels: levels.clone(),
            span: ind.span,
            id_span: ind.id.span,
        });
    }
    out
}

/// `{undergrupp}` in a text is the subgroup's label, or nothing for the whole population.
fn fill_subgroup(meta: &mut ir::Meta, label: &str) {
    let fill = |t: &mut String| {
        if t.contains("{undergrupp}") {
            *t = t
                .replace("{undergrupp}", label)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
    };
    fill(&mut meta.indikatornamn);
    for t in [
        &mut meta.kortnamn,
        &mut meta.syfte,
        &mut meta.matt,
        &mut meta.teknisk_beskrivning,
    ]
    .into_iter()
    .flatten()
    {
        fill(t);
    }
}

/// Checks that every `indikator.räkning` names a count of an indicator of the year.
pub(super) fn check_external_counts(indicators: &[ir::Indicator], diags: &mut Vec<Diagnostic>) {
    for ind in indicators {
        let Kind::Source(m) = &ind.kind else { continue };
        // Subgroups repeat their base indicator's formulas: check those once.
        if m.subgroup.is_some() {
            continue;
        }
        for (s, span) in m.slots.iter().zip(&m.slot_spans) {
            let Slot::External { indicator, count } = s else {
                continue;
            };
            let target = indicators
                .iter()
                .find(|i| i.id == *indicator)
                .and_then(|t| match &t.kind {
                    Kind::Source(t) if t.source == m.source => Some(t),
                    _ => None,
                });
            let d = Diagnostic::error(
                Code::UnknownCount,
                crate::t!("source-unknown-count", indicator = indicator, count = count),
            )
            .label(*span, crate::t!("source-unknown-count-label"));
            let d = match target {
                Some(t) if t.counts.iter().any(|(n, _)| n == count) => continue,
                Some(t) => {
                    let names: Vec<&str> = t.counts.iter().map(|(n, _)| n.as_str()).collect();
                    match did_you_mean(count, names.iter().copied()) {
                        Some(s) => d.did_you_mean(format!("{indicator}.{s}")),
                        None => d.help(crate::t!(
                            "source-counts-of",
                            indicator = indicator,
                            counts = names.join(", ")
                        )),
                    }
                }
                None => d.help(crate::t!("source-unknown-count-help")),
            };
            diags.push(d);
        }
    }
}

/// What the leaves of a record condition are: for a person record, columns and whole
/// numbers; for a kommun, slots (counts, columns, survey sums) and exact numbers.
struct Leaf<N> {
    /// The message for a comparison with a text (of a column, of a value), its help, and
    /// the message for a blank test of something that is not a name.
    compared_with_text: fn(&str) -> String,
    text_help: fn() -> String,
    blank_of: fn() -> String,
    num: fn(&mut Cx, &Expr) -> Option<N>,
    /// An end of a range: a whole number, or `mätår±N`.
    bound: fn(&Cx, ast::Bound) -> N,
    blank: fn(&mut Cx, &ast::Name) -> Option<usize>,
    otherwise: fn(&mut Cx, &Expr),
}

const ROW: Leaf<RowNum> = Leaf {
    compared_with_text: |t| crate::t!("source-column-compared-with-text", text = t),
    text_help: || crate::t!("source-column-compared-with-text-help"),
    blank_of: || crate::t!("source-expected-column"),
    num: |cx, e| cx.row_num(e),
    bound: |_, b| match b {
        ast::Bound::Whole(v) => RowNum::Const(v),
        ast::Bound::Matar(o) => RowNum::Year(o),
    },
    blank: |cx, n| cx.column(&n.node, n.span),
    otherwise: |cx, e| cx.unsupported(e, crate::t!("source-expected-condition")),
};

const SLOT: Leaf<SlotNum> = Leaf {
    compared_with_text: |t| crate::t!("source-value-compared-with-text", text = t),
    text_help: || crate::t!("source-value-compared-with-text-help"),
    blank_of: || crate::t!("source-expected-name"),
    num: |cx, e| cx.slot_num(e),
    bound: |cx, b| match b {
        ast::Bound::Whole(v) => SlotNum::Const(num::int(v)),
        ast::Bound::Matar(o) => SlotNum::Const(num::int(cx.matar + o)),
    },
    blank: |cx, n| cx.slot_of_name(n),
    otherwise: |cx, e| {
        cx.diags.push(
            Diagnostic::error(Code::TypeMismatch, crate::t!("source-condition-expected"))
                .label(e.span, crate::t!("source-condition-expected-label"))
                .help(crate::t!("source-condition-expected-help")),
        );
    },
};

struct Cx<'a> {
    source: &'a SourceDef,
    /// The year `mätår` stands for: the year of the indicator's mätdatum.
    matar: i64,
    codebook: &'a Codebook,
    counts: Vec<(String, RowCond)>,
    survey: Vec<SurveyRead>,
    slots: Vec<Slot>,
    slot_names: Vec<String>,
    slot_spans: Vec<Span>,
    diags: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn column(&mut self, name: &str, span: Span) -> Option<usize> {
        match self.source.column(name) {
            // A kommun column places a person (`källa … efter`); the scan never reads it
            // as a value, so a condition on it would silently be blank.
            Some(c) if self.source.columns[c].ty == ColType::Kommun => {
                self.diags.push(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        crate::t!("source-kommun-column-in-condition", column = name),
                    )
                    .label(span, crate::t!("source-kommun-column-in-condition-label"))
                    .help(crate::t!("source-kommun-column-in-condition-help")),
                );
                None
            }
            Some(c) if self.source.columns[c].ty == ColType::Text => {
                self.diags.push(
                    Diagnostic::error(
                        Code::TextVariable,
                        crate::t!("source-text-column", column = name),
                    )
                    .label(span, crate::t!("source-text-column-label"))
                    .help(crate::t!("source-text-column-help")),
                );
                None
            }
            Some(c) => Some(c),
            None => {
                let names: Vec<&str> = self
                    .source
                    .columns
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect();
                let mut d = Diagnostic::error(
                    Code::UnknownName,
                    crate::t!(
                        "source-unknown-column",
                        column = name,
                        source = &self.source.name
                    ),
                )
                .label(span, crate::t!("source-unknown-column-label"));
                d = match did_you_mean(name, names.iter().copied()) {
                    Some(s) => d.did_you_mean(s),
                    None => d.help(crate::t!("source-columns", columns = names.join(", "))),
                };
                self.diags.push(d);
                None
            }
        }
    }

    fn row_num(&mut self, e: &Expr) -> Option<RowNum> {
        match &e.node {
            // `mätår`: the year of mätdatum, unless the source has a column of that name.
            ExprKind::Name(n) if n == "mätår" && self.source.column(n).is_none() => {
                Some(RowNum::Year(0))
            }
            ExprKind::Name(n) => self.column(n, e.span).map(RowNum::Col),
            ExprKind::Number(s) => match s.parse::<i64>() {
                Ok(v) => Some(RowNum::Const(v)),
                Err(_) => {
                    self.diags.push(
                        Diagnostic::error(
                            Code::TypeMismatch,
                            crate::t!("source-not-whole-number", number = s),
                        )
                        .label(e.span, crate::t!("source-not-whole-number-label"))
                        .help(crate::t!("source-not-whole-number-help")),
                    );
                    None
                }
            },
            ExprKind::Neg(inner) => match self.row_num(inner)? {
                RowNum::Const(v) => Some(RowNum::Const(-v)),
                RowNum::Year(o) => Some(RowNum::Bin(
                    ArithOp::Sub,
                    Box::new(RowNum::Const(0)),
                    Box::new(RowNum::Year(o)),
                )),
                x => Some(RowNum::Bin(
                    ArithOp::Sub,
                    Box::new(RowNum::Const(0)),
                    Box::new(x),
                )),
            },
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul), l, r) => {
                let (a, b) = (self.row_num(l), self.row_num(r));
                let op = ArithOp::from_binop(*op).expect("an arithmetic operator");
                // `mätår - 26` is one year, kept symbolic.
                // Folded only while the sum stays a number (checked: the constants are
                // the user's).
                Some(match (op, a?, b?) {
                    (ArithOp::Add, RowNum::Year(o), RowNum::Const(c))
                    | (ArithOp::Add, RowNum::Const(c), RowNum::Year(o))
                        if o.checked_add(c).is_some_and(|s| s.abs() <= 200) =>
                    {
                        RowNum::Year(o + c)
                    }
                    (ArithOp::Sub, RowNum::Year(o), RowNum::Const(c))
                        if o.checked_sub(c).is_some_and(|s| s.abs() <= 200) =>
                    {
                        RowNum::Year(o - c)
                    }
                    (ArithOp::Add, RowNum::Const(x), RowNum::Const(y))
                        if x.checked_add(y).is_some() =>
                    {
                        RowNum::Const(x + y)
                    }
                    (ArithOp::Sub, RowNum::Const(x), RowNum::Const(y))
                        if x.checked_sub(y).is_some() =>
                    {
                        RowNum::Const(x - y)
                    }
                    (op, a, b) => RowNum::Bin(op, Box::new(a), Box::new(b)),
                })
            }
            ExprKind::Binary(BinOp::Div, _, _) => {
                self.diags.push(
                    Diagnostic::error(Code::TypeMismatch, crate::t!("source-division"))
                        .label(e.span, crate::t!("source-division-label"))
                        .help(crate::t!("source-division-help")),
                );
                None
            }
            _ => {
                self.unsupported(e, crate::t!("source-expected-row-number"));
                None
            }
        }
    }

    /// `message`: what was expected here, a whole sentence (`source-expected-…`).
    fn unsupported(&mut self, e: &Expr, message: String) {
        self.diags.push(
            Diagnostic::error(Code::TypeMismatch, message)
                .label(e.span, crate::t!("source-unsupported-label"))
                .help(crate::t!("source-unsupported-help")),
        );
    }

    /// A condition over one person record.
    fn row_cond(&mut self, e: &Expr) -> Option<RowCond> {
        self.test(e, &ROW)
    }

    /// A condition over a kommun's slots (sekretess, giltig när).
    fn slot_cond(&mut self, e: &Expr) -> Option<SlotCond> {
        self.test(e, &SLOT)
    }

    /// A condition over one record, person or kommun: the shape is the same, only what
    /// a number, a whole-number constant and a blank are differs (`Leaf`).
    fn test<N: Clone>(&mut self, e: &Expr, leaf: &Leaf<N>) -> Option<Test<N>> {
        match &e.node {
            ExprKind::Binary(op @ (BinOp::And | BinOp::Or), l, r) => {
                let (l, r) = (self.test(l, leaf), self.test(r, leaf));
                let mut parts = vec![];
                for c in [l?, r?] {
                    match (op, c) {
                        (BinOp::And, Test::And(v)) | (BinOp::Or, Test::Or(v)) => parts.extend(v),
                        (_, c) => parts.push(c),
                    }
                }
                Some(if *op == BinOp::And {
                    Test::And(parts)
                } else {
                    Test::Or(parts)
                })
            }
            ExprKind::Not(inner) => Some(Test::Not(Box::new(self.test(inner, leaf)?))),
            ExprKind::Binary(
                op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge),
                l,
                r,
            ) => {
                if let Some((t, span)) = [l, r].iter().find_map(|x| match &x.node {
                    ExprKind::Text(t) => Some((t.clone(), x.span)),
                    _ => None,
                }) {
                    self.diags.push(
                        Diagnostic::error(Code::TypeMismatch, (leaf.compared_with_text)(&t))
                            .label(span, crate::t!("source-compared-with-text-label"))
                            .help((leaf.text_help)()),
                    );
                    return None;
                }
                let (a, b) = ((leaf.num)(self, l), (leaf.num)(self, r));
                // `!=` is `inte (… = …)`: one comparison fewer for the evaluators and SQL.
                let c = Test::Atom(Check::Cmp(
                    cmp_op(if *op == BinOp::Ne { BinOp::Eq } else { *op }),
                    a?,
                    b?,
                ));
                Some(if *op == BinOp::Ne {
                    Test::Not(Box::new(c))
                } else {
                    c
                })
            }
            ExprKind::Range(inner, lo, hi) => {
                let x = (leaf.num)(self, inner)?;
                Some(Test::And(vec![
                    Test::Atom(Check::Cmp(CmpOp::Ge, x.clone(), (leaf.bound)(self, *lo))),
                    Test::Atom(Check::Cmp(CmpOp::Le, x, (leaf.bound)(self, *hi))),
                ]))
            }
            ExprKind::IsBlank(inner) | ExprKind::IsAnswered(inner) => {
                let ExprKind::Name(n) = &inner.node else {
                    self.unsupported(inner, (leaf.blank_of)());
                    return None;
                };
                let i = (leaf.blank)(self, &ast::Spanned::new(n.clone(), inner.span))?;
                let blank = Test::Atom(Check::Blank(i));
                Some(if matches!(e.node, ExprKind::IsBlank(_)) {
                    blank
                } else {
                    Test::Not(Box::new(blank))
                })
            }
            _ => {
                (leaf.otherwise)(self, e);
                None
            }
        }
    }

    fn survey_question(&mut self, q: &ast::Question) {
        if self.source.per != Per::Kommun {
            self.diags.push(
                Diagnostic::error(Code::SourceField, crate::t!("source-survey-in-register"))
                    .label(q.span, crate::t!("source-survey-in-register-label"))
                    .help(crate::t!("source-survey-in-register-help")),
            );
            return;
        }
        let Some(var) = q.variables.first() else {
            return;
        };
        let Some(v) = self.codebook.get(&var.node) else {
            let mut d = Diagnostic::error(
                Code::UnknownVariable,
                crate::t!(
                    "source-unknown-variable",
                    variable = &var.node,
                    year = self.codebook.publication_year.to_string()
                ),
            )
            .label(var.span, crate::t!("source-unknown-variable-label"));
            if let Some(s) = did_you_mean(&var.node, self.codebook.ids()) {
                d = d.did_you_mean(s);
            }
            self.diags.push(d);
            return;
        };
        if v.ty != VarType::Number || q.is_list {
            self.diags.push(
                Diagnostic::error(
                    Code::TypeMismatch,
                    crate::t!("source-survey-not-number", variable = &var.node),
                )
                .label(var.span, crate::t!("source-not-a-number-label"))
                .help(crate::t!("source-survey-not-number-help")),
            );
            return;
        }
        let valid_when = q.valid_when.as_ref().and_then(|e| {
            // Inside `giltig när`, the question's own name is the enhet's answer (slot 0).
            let mut inner = Cx {
                source: self.source,
                matar: self.matar,
                codebook: self.codebook,
                counts: vec![],
                survey: vec![],
                slots: vec![Slot::Survey {
                    question: 0,
                    previous: false,
                }],
                slot_names: vec![q.name.node.clone()],
                slot_spans: vec![q.name.span],
                diags: vec![],
            };
            inner.survey.push(SurveyRead {
                name: q.name.node.clone(),
                var: var.node.clone(),
                valid_when: None,
            });
            let c = inner.slot_cond(e);
            if inner.slots.len() > 1 {
                self.diags.push(
                    Diagnostic::error(Code::UnknownName, crate::t!("source-valid-when-other"))
                        .label(e.span, crate::t!("source-valid-when-other-label"))
                        .help(crate::t!(
                            "source-valid-when-other-help",
                            question = &q.name.node
                        )),
                );
                return None;
            }
            self.diags.extend(inner.diags);
            c
        });
        self.survey.push(SurveyRead {
            name: q.name.node.clone(),
            var: var.node.clone(),
            valid_when,
        });
    }

    fn intern(&mut self, slot: Slot, name: String, span: Span) -> usize {
        if let Some(i) = self.slots.iter().position(|s| *s == slot) {
            return i;
        }
        self.slots.push(slot);
        self.slot_names.push(name);
        self.slot_spans.push(span);
        self.slots.len() - 1
    }

    fn slot_of_name(&mut self, n: &ast::Name) -> Option<usize> {
        if let Some(i) = self.counts.iter().position(|(c, _)| *c == n.node) {
            return Some(self.intern(Slot::Count(i), n.node.clone(), n.span));
        }
        if let Some(i) = self.survey.iter().position(|q| q.name == n.node) {
            return Some(self.intern(
                Slot::Survey {
                    question: i,
                    previous: false,
                },
                n.node.clone(),
                n.span,
            ));
        }
        if self.source.per == Per::Kommun {
            if let Some(c) = self.source.column(&n.node) {
                if self.source.columns[c].ty != ColType::Text {
                    return Some(self.intern(Slot::Column(c), n.node.clone(), n.span));
                }
            }
        }
        let mut names: Vec<String> = self.counts.iter().map(|(c, _)| c.clone()).collect();
        names.extend(self.survey.iter().map(|q| q.name.clone()));
        if self.source.per == Per::Kommun {
            names.extend(self.source.columns.iter().map(|c| c.name.clone()));
        }
        let mut d = Diagnostic::error(
            Code::UnknownName,
            crate::t!("source-unknown-name", name = &n.node),
        )
        .label(n.span, crate::t!("source-unknown-name-label"));
        d = match did_you_mean(&n.node, names.iter().map(String::as_str)) {
            Some(s) => d.did_you_mean(s),
            None if names.is_empty() => d.help(crate::t!("source-unknown-name-help-define")),
            None => d.help(crate::t!("source-names", names = names.join(", "))),
        };
        self.diags.push(d);
        None
    }

    fn slot_num(&mut self, e: &Expr) -> Option<SlotNum> {
        match &e.node {
            ExprKind::Name(n) => self
                .slot_of_name(&ast::Spanned::new(n.clone(), e.span))
                .map(SlotNum::Slot),
            ExprKind::Qualified(ind, count) => {
                if self.source.per != Per::Person {
                    self.unsupported(e, crate::t!("source-expected-column-or-question"));
                    return None;
                }
                let name = format!("{ind}.{count}");
                Some(SlotNum::Slot(self.intern(
                    Slot::External {
                        indicator: ind.clone(),
                        count: count.clone(),
                    },
                    name,
                    e.span,
                )))
            }
            ExprKind::Call(Func::Foregaende, arg) => {
                let Some(i) = self.survey.iter().position(|q| q.name == arg.node) else {
                    self.diags.push(
                        Diagnostic::error(
                            Code::UnknownName,
                            crate::t!("source-unknown-question", question = &arg.node),
                        )
                        .label(arg.span, crate::t!("source-unknown-question-label"))
                        .help(crate::t!(
                            "source-unknown-question-help",
                            question = &arg.node
                        )),
                    );
                    return None;
                };
                Some(SlotNum::Slot(self.intern(
                    Slot::Survey {
                        question: i,
                        previous: true,
                    },
                    format!("föregående {}", arg.node),
                    e.span,
                )))
            }
            ExprKind::Number(s) => match num::parse_decimal(s) {
                Some(v) => Some(SlotNum::Const(v)),
                None => {
                    self.unsupported(e, crate::t!("source-expected-number"));
                    None
                }
            },
            ExprKind::Neg(inner) => Some(SlotNum::Neg(Box::new(self.slot_num(inner)?))),
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div), l, r) => {
                let (a, b) = (self.slot_num(l), self.slot_num(r));
                Some(SlotNum::Bin(arith_op(*op), Box::new(a?), Box::new(b?)))
            }
            _ => {
                self.diags.push(
                    Diagnostic::error(Code::TypeMismatch, crate::t!("source-number-expected"))
                        .label(e.span, crate::t!("source-not-a-number-label"))
                        .help(crate::t!("source-number-expected-help")),
                );
                None
            }
        }
    }

    fn lan_example(&mut self, x: &ast::LanExample) -> Option<ir::LanExample> {
        let mut members = vec![];
        let mut ok = true;
        for (code, bindings) in &x.members {
            match self.bindings(bindings) {
                Some(given) => members.push((code.node.clone(), given)),
                None => ok = false,
            }
        }
        let mut expected = vec![];
        for (unit, e) in &x.expected {
            if unit.node != "län" && !members.iter().any(|(c, _)| *c == unit.node) {
                self.diags.push(
                    Diagnostic::error(
                        Code::ExampleBadValue,
                        crate::t!("source-example-unknown-kommun", kommun = &unit.node),
                    )
                    .label(unit.span, crate::t!("source-example-unknown-kommun-label"))
                    .help(crate::t!("source-example-unknown-kommun-help")),
                );
                ok = false;
                continue;
            }
            expected.push((unit.node.clone(), self.expected(e)?));
        }
        if !ok {
            return None;
        }
        let n = self.slots.len();
        Some(ir::LanExample {
            title: x.title.as_ref().map(|t| t.node.clone()),
            members: members
                .into_iter()
                .map(|(code, given)| {
                    let mut values = vec![None; n];
                    for (s, v) in given {
                        values[s] = v;
                    }
                    (code, values)
                })
                .collect(),
            expected,
            span: x.span,
        })
    }

    fn expected(&mut self, e: &ast::Spanned<ast::Expected>) -> Option<SourceExpected> {
        Some(match &e.node {
            ast::Expected::Suppressed => SourceExpected::Suppressed,
            ast::Expected::Outcome(ast::Outcome::Bortfall) => SourceExpected::Bortfall,
            ast::Expected::Number(n) => SourceExpected::Value(num::parse_decimal(n)?),
            ast::Expected::Outcome(o) => {
                self.diags.push(
                    Diagnostic::error(
                        Code::ExampleBadValue,
                        crate::t!("source-example-outcome", outcome = o.to_string()),
                    )
                    .label(e.span, crate::t!("source-example-outcome-label"))
                    .help(crate::t!("source-example-outcome-help")),
                );
                return None;
            }
        })
    }

    fn example(&mut self, ex: &ast::Example) -> Option<ir::SourceExample> {
        let given = self.bindings(&ex.bindings);
        let expected = self.expected(&ex.expected);
        let (given, expected) = (given?, expected?);
        // Slots are interned as names are met, so size the vector at the end.
        let mut values = vec![None; self.slots.len()];
        for (s, v) in given {
            values[s] = v;
        }
        Some(ir::SourceExample {
            title: ex.title.as_ref().map(|t| t.node.clone()),
            values,
            expected,
            span: ex.span,
        })
    }

    /// The slot values an example gives.
    fn bindings(&mut self, bindings: &[ast::Binding]) -> Option<Vec<(usize, Option<num::Num>)>> {
        let mut given: Vec<(usize, Option<num::Num>)> = vec![];
        let mut ok = true;
        for b in bindings {
            let slot = if b.previous {
                let e = ast::Spanned::new(
                    ExprKind::Call(Func::Foregaende, b.name.clone()),
                    b.name.span,
                );
                self.slot_num(&e).and_then(|s| match s {
                    SlotNum::Slot(i) => Some(i),
                    _ => None,
                })
            } else if let Some((ind, count)) = b.name.node.split_once('.') {
                match self.slot_num(&ast::Spanned::new(
                    ExprKind::Qualified(ind.into(), count.into()),
                    b.name.span,
                )) {
                    Some(SlotNum::Slot(i)) => Some(i),
                    _ => None,
                }
            } else {
                self.slot_of_name(&b.name)
            };
            let Some(slot) = slot else {
                ok = false;
                continue;
            };
            let value = match &b.value.node {
                ast::ExampleValue::Blank => None,
                ast::ExampleValue::Number(n) => num::parse_decimal(n),
                _ => {
                    self.diags.push(
                        Diagnostic::error(
                            Code::ExampleBadValue,
                            crate::t!("source-example-takes-number", name = &b.name.node),
                        )
                        .label(b.value.span, crate::t!("source-not-a-number-label"))
                        .help(crate::t!(
                            "source-example-takes-number-help",
                            name = &b.name.node
                        )),
                    );
                    ok = false;
                    continue;
                }
            };
            given.push((slot, value));
        }
        ok.then_some(given)
    }
}
