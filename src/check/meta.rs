//! Metadata and dates: the publishable texts of an indicator, `{mätår}` and the other
//! placeholders, mätdatum and mätperiod, and the period against the codebook's.

use super::scope::Scope;
use crate::codebook::{fill_placeholders, placeholder_help, TextDates};
use crate::diagnostic::{did_you_mean, Code, Diagnostic};
use crate::ir::{Level, Meta};
use crate::source::Span;
use crate::syntax::ast::{self, Date, Value};
use std::collections::BTreeMap;

pub const META_KEYS: &[&str] = &[
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

impl Scope<'_> {
    /// A `{…}` in a text that nothing fills in is most likely a misspelled `{mätår}`,
    /// `{del}` or `{undergrupp}`: it would be published as written.
    pub(super) fn unknown_text_placeholders(&mut self, text: &str, span: Span) {
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
                        crate::t!("meta-unfilled-placeholder", name = name),
                    )
                    .label(span, crate::t!("meta-published-as-written"))
                    .help(crate::t!("meta-unfilled-placeholder-help")),
                );
                return;
            }
            rest = &after[close + 1..];
        }
    }

    /// The levels of `publiceras enhet, län, riket`; every level when not given. A
    /// source indicator (computed per kommun) has no befolkningsgrupp or kommungrupp
    /// figures to publish.
    pub(super) fn levels(&mut self, pubs: &[ast::Publication], per_kommun: bool) -> Vec<Level> {
        let available: Vec<Level> = if per_kommun {
            vec![Level::Enhet, Level::Lan, Level::Riket]
        } else {
            Level::ALL.to_vec()
        };
        let Some(first) = pubs.first() else {
            return available;
        };
        for again in &pubs[1..] {
            self.error(
                Diagnostic::error(
                    Code::DuplicateMetadata,
                    crate::t!("meta-duplicate-publication"),
                )
                .label(again.span, crate::t!("meta-again-here"))
                .label(first.span, crate::t!("meta-first-here"))
                .help(crate::t!("meta-duplicate-publication-help")),
            );
        }
        let mut out = vec![];
        for name in &first.levels {
            let word = name.node.as_str();
            let Some(level) = Level::ALL.iter().copied().find(|l| l.keyword() == word) else {
                let words: Vec<&str> = available.iter().map(|l| l.keyword()).collect();
                let mut d = Diagnostic::error(
                    Code::InvalidMetadata,
                    crate::t!("meta-unknown-level", level = word),
                )
                .label(name.span, crate::t!("meta-unknown-level-label"));
                d = match did_you_mean(word, words.iter().copied()) {
                    Some(s) => d.did_you_mean(s),
                    None => d.help(crate::t!("meta-levels-are", levels = words.join(", "))),
                };
                self.error(d);
                continue;
            };
            if !available.contains(&level) {
                self.error(
                    Diagnostic::error(
                        Code::InvalidMetadata,
                        crate::t!("meta-level-not-computed", level = level.keyword()),
                    )
                    .label(name.span, crate::t!("meta-level-not-computed-label"))
                    .help(crate::t!("meta-level-not-computed-help")),
                );
                continue;
            }
            if out.contains(&level) {
                self.error(
                    Diagnostic::error(
                        Code::DuplicateMetadata,
                        crate::t!("meta-duplicate-level", level = word),
                    )
                    .label(name.span, crate::t!("meta-again-here"))
                    .help(crate::t!("meta-duplicate-level-help")),
                );
                continue;
            }
            out.push(level);
        }
        // In the order of Level::ALL, whatever the order written.
        out.sort();
        out
    }

    /// E0214: the question text shows the codebook's `period:` to respondents; an
    /// indicator that states another mätperiod publishes a guide that contradicts the
    /// questionnaire.
    pub(super) fn period_against_codebook(&mut self, ind: &ast::Indicator, meta: &Meta) {
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
                            crate::t!(
                                "meta-period-differs",
                                period = &ours,
                                variable = v,
                                codebook_period = &period
                            ),
                        )
                        .label(span, crate::t!("meta-period-differs-label"))
                        .help(crate::t!("meta-period-differs-help")),
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
        let mut calendar = None;
        let mut fixed_period = false;
        let mut text_spans: Vec<(&str, Span)> = vec![];
        for f in fields {
            let key = f.key.node.as_str();
            if !META_KEYS.contains(&key) {
                let mut d = Diagnostic::error(
                    Code::UnknownMetadata,
                    crate::t!("meta-unknown-field", key = key),
                )
                .label(f.key.span, crate::t!("meta-unknown-field-label"));
                d = match did_you_mean(key, META_KEYS.iter().copied()) {
                    Some(s) => d.did_you_mean(s),
                    None => d.help(crate::t!("meta-fields-are", fields = META_KEYS.join(", "))),
                };
                self.error(d);
                continue;
            }
            if let Some(first) =
                seen.insert(META_KEYS.iter().find(|k| **k == key).unwrap(), f.key.span)
            {
                self.error(
                    Diagnostic::error(
                        Code::DuplicateMetadata,
                        crate::t!("meta-duplicate-field", key = key),
                    )
                    .label(f.key.span, crate::t!("meta-again-here"))
                    .label(first, crate::t!("meta-first-here"))
                    .help(crate::t!("meta-duplicate-field-help")),
                );
                continue;
            }
            if let Value::Text(t) = &f.value.node {
                self.unknown_text_placeholders(t, f.value.span);
                text_spans.push((key, f.value.span));
            }
            let text = match &f.value.node {
                Value::Text(t) => Some(self.text(t)),
                Value::Word(w) => Some(w.clone()),
                _ => None,
            };
            let bad = |s: &mut Self, message: String| {
                s.error(
                    Diagnostic::error(Code::InvalidMetadata, message)
                        .label(f.value.span, crate::t!("meta-not-accepted-here"))
                        .help(crate::t!(
                            "meta-write-example",
                            key = key,
                            example = example_for(key)
                        )),
                )
            };
            match key {
                "mätdatum" => match f.value.node {
                    Value::Date(d) => meta.matdatum = Some(d),
                    _ => bad(self, crate::t!("meta-takes-date", key = key)),
                },
                "mätperiod" => match f.value.node {
                    Value::Period(a, b) => {
                        meta.matperiod = Some((a, b));
                        period_span = Some(f.value.span);
                        fixed_period = true;
                    }
                    Value::Months(m) => {
                        months = Some(m);
                        period_span = Some(f.value.span);
                    }
                    Value::Calendar(kind, offset) => {
                        calendar = Some((kind, offset));
                        period_span = Some(f.value.span);
                    }
                    _ => bad(self, crate::t!("meta-takes-period", key = key)),
                },
                "typ" => match text.as_deref() {
                    Some(t @ ("struktur" | "process" | "resultat")) => meta.typ = t.to_string(),
                    _ => bad(self, crate::t!("meta-takes-typ", key = key)),
                },
                _ => match text {
                    None => bad(self, crate::t!("meta-takes-text", key = key)),
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
        // A text that moves with the year (`{mätår}`) beside a mätperiod that does not:
        // the year an indicator is inherited into, they disagree.
        if let (true, Some(ps)) = (fixed_period, period_span) {
            let moving: Vec<&str> = meta
                .texts
                .iter()
                .filter(|(_, t)| t.contains("{mätår"))
                .map(|(k, _)| *k)
                .collect();
            if let Some(first) = moving.first() {
                self.diags.push(
                    Diagnostic::warning(
                        Code::FixedPeriodMovingText,
                        crate::t!("meta-fixed-period-moving-text", key = *first),
                    )
                    .label(ps, crate::t!("meta-fixed-period-moving-text-label"))
                    .help(crate::t!("meta-fixed-period-moving-text-help")),
                );
            }
        }
        // A calendar period moves with the year of mätdatum, as `12 månader` does.
        if let Some((kind, offset)) = calendar {
            let year = matdatum.year as i64 + offset;
            meta.matperiod = i32::try_from(year).ok().map(|y| kind.dates(y));
        }
        // `<mätdatum>`, `<mätperiod>`, `[mätperioden]` … from the questionnaire: filled
        // from this indicator's dates; one that cannot be filled is an error, since the
        // guide would publish it as written.
        let dates = TextDates {
            matdatum: Some(matdatum),
            matperiod: meta.matperiod,
        };
        for (key, span) in text_spans {
            let text = match key {
                "indikatornamn" => Some(&mut meta.indikatornamn),
                "kortnamn" => meta.kortnamn.as_mut(),
                "område" => Some(&mut meta.omrade),
                "kvalitetsområde" => meta.kvalitetsomrade.as_mut(),
                "målvärde" => meta.malvarde.as_mut(),
                "riktning" => meta.riktning.as_mut(),
                "syfte" => meta.syfte.as_mut(),
                "mått" => meta.matt.as_mut(),
                "teknisk_beskrivning" => meta.teknisk_beskrivning.as_mut(),
                _ => None,
            };
            let Some(text) = text else { continue };
            let (filled, unfilled) = fill_placeholders(text, &dates);
            *text = filled;
            // Each placeholder where it is written in the string literal.
            let raw = self
                .sources
                .get(span.file)
                .text
                .get(span.start as usize..span.end as usize);
            let mut from = 0;
            for u in unfilled {
                let at = raw.and_then(|r| r[from..].find(&u.placeholder).map(|i| from + i));
                let label = match at {
                    Some(i) => {
                        from = i + u.placeholder.len();
                        let start = span.start as usize + i;
                        Span::new(span.file, start, start + u.placeholder.len())
                    }
                    None => span,
                };
                // A mätperiod placeholder that had no mätperiod to fill it with.
                let help = if u.needs_period {
                    crate::t!("meta-placeholder-needs-period-help")
                } else {
                    placeholder_help()
                };
                self.error(
                    Diagnostic::error(
                        Code::Placeholder,
                        crate::t!(
                            "meta-unfilled-text-placeholder",
                            key = key,
                            placeholder = &u.placeholder,
                            reason = &u.reason
                        ),
                    )
                    .label(label, crate::t!("meta-published-as-written"))
                    .help(help),
                );
            }
        }
        if let (Some((a, b)), Some(ps)) = (meta.matperiod, period_span) {
            if b < a {
                self.error(
                    Diagnostic::error(
                        Code::PeriodReversed,
                        crate::t!(
                            "meta-period-reversed",
                            end = b.to_string(),
                            start = a.to_string()
                        ),
                    )
                    .label(ps, crate::t!("meta-period-reversed-label"))
                    .help(crate::t!(
                        "meta-period-reversed-help",
                        end = b.to_string(),
                        start = a.to_string()
                    )),
                );
            } else if b > matdatum {
                self.error(
                    Diagnostic::error(
                        Code::PeriodAfterMatdatum,
                        crate::t!(
                            "meta-period-after-matdatum",
                            end = b.to_string(),
                            matdatum = matdatum.to_string()
                        ),
                    )
                    .label(ps, crate::t!("meta-period-after-matdatum-label"))
                    .help(crate::t!(
                        "meta-period-after-matdatum-help",
                        start = a.to_string(),
                        matdatum = matdatum.to_string()
                    )),
                );
            }
        }
        for (key, present) in [
            ("indikatornamn", !meta.indikatornamn.is_empty()),
            ("område", !meta.omrade.is_empty()),
            ("typ", !meta.typ.is_empty() || seen.contains_key("typ")),
            // `målvärde` stands for either: the message names both.
            (
                "målvärde",
                meta.malvarde.is_some() || meta.riktning.is_some(),
            ),
        ] {
            if !present {
                let message = if key == "målvärde" {
                    crate::t!("meta-missing-target")
                } else {
                    crate::t!("meta-missing-field", key = key)
                };
                self.error(
                    Diagnostic::error(Code::MissingMetadata, message)
                        .label(span, crate::t!("meta-missing-label"))
                        .help(crate::t!(
                            "meta-missing-help",
                            key = key,
                            example = example_for(key)
                        )),
                );
            }
        }
        meta
    }
}

/// The texts of an indicator as written (family parts filled in, years not): what
/// `oj diff` compares, so that a text that only moves with mätdatum is not a change.
pub(super) fn meta_texts(meta: &Meta) -> Vec<(&'static str, String)> {
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

pub(super) fn example_for(key: &str) -> String {
    match key {
        "mätdatum" => "2014-11-01".into(),
        "mätperiod" => crate::t!("meta-example-period"),
        "typ" => "process".into(),
        "indikatornamn" => "\"Social jourverksamhet\"".into(),
        "område" => "\"Samverkan\"".into(),
        "målvärde" => "\"Ja\"".into(),
        _ => "\"…\"".into(),
    }
}

/// The date `months` months before `d` (same day of month, clamped).
pub fn months_before(d: Date, months: u32) -> Date {
    let total = d.year * 12 + (d.month as i32 - 1) - months as i32;
    let year = total.div_euclid(12);
    let month = (total.rem_euclid(12) + 1) as u32;
    Date {
        year,
        month,
        day: d.day.min(Date::days_in_month(year, month)),
    }
}
