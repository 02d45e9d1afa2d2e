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
                    format!("the source `{}` is declared twice", b.name.node),
                )
                .label(b.name.span, "declared again")
                .label(first.span, "first declaration")
                .help("give each source its own name"),
            );
            continue;
        }
        // A source is a file of DATA/YEAR: a name, never a path (docs/security.md).
        let f = &b.file.node;
        if f.is_empty() || f.contains(['/', '\\']) || f.starts_with('.') {
            diags.push(
                Diagnostic::error(
                    Code::SourceInvalid,
                    format!("`{f}` is not a file name of the year's data directory"),
                )
                .label(b.file.span, "a path, not a file name")
                .help(
                    "write the file's name only, e.g. \"register.csv\"; it is read from DATA/YEAR/",
                ),
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
                        format!("`per {other}`: a source holds one row per person or per kommun"),
                    )
                    .label(b.per.span, "unknown row kind")
                    .help("write `per person` (a register) or `per kommun` (a table of kommuner)"),
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
                        format!("the column `{}` is declared twice", c.name.node),
                    )
                    .label(c.name.span, "declared again")
                    .help("each column of the file is declared once"),
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
                    format!("unknown column type `{}`", c.ty.node),
                )
                .label(c.ty.span, "unknown type");
                d = match did_you_mean(&c.ty.node, names.iter().copied()) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!("the column types are: {}", names.join(", "))),
                };
                diags.push(d);
                ok = false;
                continue;
            };
            if ty == ColType::Tal && per == Per::Person {
                diags.push(
                    Diagnostic::error(
                        Code::SourceInvalid,
                        format!("`{}`: person records are counted on whole numbers", c.name.node),
                    )
                    .label(c.ty.span, "a decimal column in a register")
                    .help("declare it `heltal` (or `flagga`); decimal columns belong to `per kommun` tables"),
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
            let need = if per == Per::Kommun {
                "exactly one"
            } else {
                "at least one"
            };
            diags.push(
                Diagnostic::error(
                    Code::SourceInvalid,
                    format!(
                        "the source `{}` needs {need} column of type `kommun`, it has {}",
                        b.name.node,
                        kommun.len()
                    ),
                )
                .label(b.name.span, "which kommun does a row belong to?")
                .help("mark the column that holds the kommunkod, e.g. `placerande_kommun kommun`"),
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
                    format!("`{}` is not a column of type `kommun`", col.node)
                } else {
                    format!("`{}` is not a column of `{}`", col.node, source.name)
                };
                let mut d = Diagnostic::error(Code::SourceField, what)
                    .label(col.span, "not a kommun column");
                d = match did_you_mean(&col.node, kommun_columns.iter().copied()) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!(
                        "the kommun columns are: {}",
                        kommun_columns.join(", ")
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
                    format!(
                        "`{}` has several kommun columns ({}): say which one places this indicator's persons",
                        source.name,
                        kommun_columns.join(", ")
                    ),
                )
                .label(ind.id.span, "which kommun does a person count for?")
                .help(format!("write `källa {} efter {}`", source.name, kommun_columns[0])),
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
            Diagnostic::error(
                Code::SourceField,
                "`population`, `räkna`, `undergrupp` and `sekretess` belong to an indicator with a `källa`",
            )
            .label(span, "no source to count in")
            .help("name the register the indicator counts in, e.g. `källa register`"),
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
            format!("there is no source `{}`", name.node),
        )
        .label(name.span, "unknown source");
        d = match did_you_mean(&name.node, names.iter().copied()) {
            Some(s) => d.help(format!("did you mean `{s}`?")),
            None if names.is_empty() => d.help(
                "declare it with `källa NAMN \"fil.csv\" per person { … }` in the year's files",
            ),
            None => d.help(format!("the sources are: {}", names.join(", "))),
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
            Diagnostic::error(
                Code::SourceField,
                "a source indicator cannot have parts (`för … i`)",
            )
            .label(ind.id.span, "parts")
            .help("use `undergrupp` for subgroups of the population"),
        );
    }
    if !ind.rules.is_empty() {
        cx.diags.push(
            Diagnostic::error(Code::SourceField, "a source indicator has no outcome rules")
                .label(ind.rules[0].span, "a rule")
                .help("it publishes täljare / nämnare; blanks and zero nämnare are Bortfall by themselves"),
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
                    format!(
                        "`{}` has one row per kommun: there are no persons to count",
                        source.name
                    ),
                )
                .label(field_span(f), "needs a `per person` source")
                .help("use the table's columns directly in `täljare` and `nämnare`"),
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
                            format!("the count `{}` is defined twice", name.node),
                        )
                        .label(name.span, "again")
                        .help("give each count its own name"),
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
                                format!("unknown value scale `{other}`"),
                            )
                            .label(s.span, "unknown scale")
                            .help("write `värde procent` or `värde kvot 1 decimal`"),
                        );
                        None
                    }
                };
            }
            ast::MeasureField::Aggregering(a) => {
                if a.node != "poolad" {
                    cx.diags.push(
                        Diagnostic::error(Code::AggregationMismatch, format!("a source indicator is aggregated by recomputing it for the whole län and riket, not `{}`", a.node))
                            .label(a.span, "not for a source indicator")
                            .help("remove the line: counts and sums of the whole level are used (methodology.md §2)"),
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
            Diagnostic::error(Code::MissingMeasureField, format!("the measure has no {}", missing.join(" and ")))
                .label(ind.id.span, "incomplete measure")
                .help("a source indicator needs `täljare …`, `nämnare …` and `värde procent` (or `värde kvot N decimaler`)"),
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
                    "a län example shows suppression across the kommuner of a register",
                )
                .label(x.span, "needs a `per person` source")
                .help("give per-kommun tables one example per kommun: `exempel { … } => …`"),
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
                "`sekundärsekretess undergrupper` protects a total and its subgroups together, but this indicator has no `undergrupp`",
            )
            .label(span, "no subgroups to protect")
            .help("add the subgroups (`undergrupp _sverige \"födda i Sverige\" när …`), or remove the line"),
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
            let help = match target {
                Some(t) if t.counts.iter().any(|(n, _)| n == count) => continue,
                Some(t) => {
                    let names: Vec<&str> = t.counts.iter().map(|(n, _)| n.as_str()).collect();
                    match did_you_mean(count, names.iter().copied()) {
                        Some(s) => format!("did you mean `{indicator}.{s}`?"),
                        None => format!("the counts of `{indicator}` are: {}", names.join(", ")),
                    }
                }
                None => "name an indicator of the same `källa` and one of its `räkna` counts; both must have the same subgroups".into(),
            };
            diags.push(
                Diagnostic::error(
                    Code::UnknownCount,
                    format!(
                        "`{indicator}.{count}` is not a count of an indicator of the same source"
                    ),
                )
                .label(*span, "unknown count")
                .help(help),
            );
        }
    }
}

/// What the leaves of a record condition are: for a person record, columns and whole
/// numbers; for a kommun, slots (counts, columns, survey sums) and exact numbers.
struct Leaf<N> {
    /// What a comparison compares, for messages: `column`, `value`.
    what: &'static str,
    text_help: &'static str,
    blank_of: &'static str,
    num: fn(&mut Cx, &Expr) -> Option<N>,
    /// An end of a range: a whole number, or `mätår±N`.
    bound: fn(&Cx, ast::Bound) -> N,
    blank: fn(&mut Cx, &ast::Name) -> Option<usize>,
    otherwise: fn(&mut Cx, &Expr),
}

const ROW: Leaf<RowNum> = Leaf {
    what: "column",
    text_help: "register columns hold numbers: write e.g. `fodd_i_sverige = 1`",
    blank_of: "a column",
    num: |cx, e| cx.row_num(e),
    bound: |_, b| match b {
        ast::Bound::Whole(v) => RowNum::Const(v),
        ast::Bound::Matar(o) => RowNum::Year(o),
    },
    blank: |cx, n| cx.column(&n.node, n.span),
    otherwise: |cx, e| cx.unsupported(e, "a condition"),
};

const SLOT: Leaf<SlotNum> = Leaf {
    what: "value",
    text_help: "counts, columns and survey sums are numbers: write e.g. `n < 20`",
    blank_of: "a name",
    num: |cx, e| cx.slot_num(e),
    bound: |cx, b| match b {
        ast::Bound::Whole(v) => SlotNum::Const(num::int(v)),
        ast::Bound::Matar(o) => SlotNum::Const(num::int(cx.matar + o)),
    },
    blank: |cx, n| cx.slot_of_name(n),
    otherwise: |cx, e| {
        cx.diags.push(
            Diagnostic::error(Code::TypeMismatch, "a condition is expected here")
                .label(e.span, "not a condition")
                .help("e.g. `n < 20 eller t i 1..3`"),
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
                        format!("`{name}` is a kommun column: it places a person, and is not tested in a condition"),
                    )
                    .label(span, "a kommun column")
                    .help("to count by this kommun write `källa … efter COLUMN`; to test whether a person has one, add a flag column"),
                );
                None
            }
            Some(c) if self.source.columns[c].ty == ColType::Text => {
                self.diags.push(
                    Diagnostic::error(
                        Code::TextVariable,
                        format!("`{name}` is a text column and cannot be used in a rule"),
                    )
                    .label(span, "text")
                    .help("declare it as `heltal`, `tal` or `flagga` if it holds numbers"),
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
                    format!(
                        "`{name}` is not a column of the source `{}`",
                        self.source.name
                    ),
                )
                .label(span, "unknown column");
                d = match did_you_mean(name, names.iter().copied()) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!("the columns are: {}", names.join(", "))),
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
                            format!("`{s}`: person records are compared with whole numbers"),
                        )
                        .label(e.span, "not a whole number")
                        .help("write a whole number, e.g. `fodelsear >= 1988`"),
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
                    Diagnostic::error(
                        Code::TypeMismatch,
                        "person conditions compute with whole numbers: `+`, `-` and `*`, not `/`",
                    )
                    .label(e.span, "a division")
                    .help("multiply the other side instead: `a / b <= 2` is `a <= 2 * b` for a positive b"),
                );
                None
            }
            _ => {
                self.unsupported(
                    e,
                    "a column, a whole number, `mätår` or arithmetic of these",
                );
                None
            }
        }
    }

    fn unsupported(&mut self, e: &Expr, what: &str) {
        self.diags.push(
            Diagnostic::error(Code::TypeMismatch, format!("expected {what} here"))
                .label(e.span, "not accepted here")
                .help("conditions on person records compare columns and whole numbers, with `+`, `-` and `*` (`gy_examen_ar - fodelsear <= 20`), test blanks (`saknas`) or ranges (`fodelsear i mätår-26..mätår-18`)"),
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
                        Diagnostic::error(
                            Code::TypeMismatch,
                            format!("the {} is compared with the text \"{t}\"", leaf.what),
                        )
                        .label(span, "a text")
                        .help(leaf.text_help),
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
                    self.unsupported(inner, leaf.blank_of);
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
                Diagnostic::error(Code::SourceField, "a register indicator counts persons; it reads no survey questions")
                    .label(q.span, "a survey question")
                    .help("survey questions can be read by indicators of a `per kommun` source, summed over the kommun's enheter"),
            );
            return;
        }
        let Some(var) = q.variables.first() else {
            return;
        };
        let Some(v) = self.codebook.get(&var.node) else {
            let mut d = Diagnostic::error(
                Code::UnknownVariable,
                format!(
                    "`{}` is not a variable of the {} codebook",
                    var.node, self.codebook.publication_year
                ),
            )
            .label(var.span, "unknown variable");
            if let Some(s) = did_you_mean(&var.node, self.codebook.ids()) {
                d = d.help(format!("did you mean `{s}`?"));
            }
            self.diags.push(d);
            return;
        };
        if v.ty != VarType::Number || q.is_list {
            self.diags.push(
                Diagnostic::error(Code::TypeMismatch, format!("`{}` is summed over the kommun's enheter, so it must be one number variable", var.node))
                    .label(var.span, "not a number")
                    .help("a per-kommun indicator reads survey numbers such as `F1_handlaggare`"),
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
                    Diagnostic::error(
                        Code::UnknownName,
                        "`giltig när` reads only the question's own answer",
                    )
                    .label(e.span, "reads something else")
                    .help(format!("write e.g. `giltig när {} > 0`", q.name.node)),
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
            format!("`{}` is not a count, question or column here", n.node),
        )
        .label(n.span, "unknown name");
        d = match did_you_mean(&n.node, names.iter().map(String::as_str)) {
            Some(s) => d.help(format!("did you mean `{s}`?")),
            None if names.is_empty() => d.help("define counts with `räkna n när …`"),
            None => d.help(format!("the names here are: {}", names.join(", "))),
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
                    self.unsupported(e, "a column or question");
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
                            format!("`{}` is not a survey question of this indicator", arg.node),
                        )
                        .label(arg.span, "unknown question")
                        .help(format!("declare it: `fråga {} = VARIABEL`", arg.node)),
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
                    self.unsupported(e, "a number");
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
                    Diagnostic::error(Code::TypeMismatch, "a number is expected here")
                        .label(e.span, "not a number")
                        .help("täljare and nämnare are arithmetic over counts, columns and questions, e.g. `n - 0.30 * m`"),
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
                        format!("`{}` is not a kommun of this example", unit.node),
                    )
                    .label(unit.span, "not in the example")
                    .help("expect a result for a kommun given in the example, or for `län`"),
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
                        format!(
                            "a source indicator publishes a number, `x` or Bortfall, never `{o}`"
                        ),
                    )
                    .label(e.span, "not a possible result")
                    .help("write the expected value, e.g. `=> 55`, or `=> x`"),
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
                            format!("`{}` takes a number", b.name.node),
                        )
                        .label(b.value.span, "not a number")
                        .help(format!(
                            "write e.g. `{} = 25` or `{} = saknas`",
                            b.name.node, b.name.node
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
