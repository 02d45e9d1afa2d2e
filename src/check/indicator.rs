//! One indicator as a whole: its questions, rules or measure, metadata and examples
//! checked together into an `ir::Indicator`, with its totality decided.

use super::scope::Scope;
use super::totality;
use crate::codebook::VarType;
use crate::diagnostic::{did_you_mean, Code, Diagnostic};
use crate::ir::Answer;
use crate::ir::{self, Aggregation, Cond, Kind, Measure, NumExpr, QId, Scale};
use crate::syntax::ast::{self, Date, Outcome};

impl Scope<'_> {
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
                                Diagnostic::error(
                                    Code::UnknownScale,
                                    crate::t!("indicator-unknown-scale", scale = other),
                                )
                                .label(s.span, crate::t!("indicator-unknown-scale-label"))
                                .help(crate::t!("indicator-unknown-scale-help")),
                            );
                            None
                        }
                    };
                    let d = decimals.as_ref().map(|d| d.node).unwrap_or(0);
                    if d > 6 {
                        self.error(
                            Diagnostic::error(
                                Code::UnknownScale,
                                crate::t!("indicator-too-many-decimals", decimals = d),
                            )
                            .label(*span, crate::t!("indicator-too-many-decimals-label"))
                            .help(crate::t!("indicator-too-many-decimals-help")),
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
                                crate::t!("indicator-unknown-aggregation", aggregation = other),
                            )
                            .label(a.span, crate::t!("indicator-unknown-aggregation-label"));
                            d = match did_you_mean(other, ["andel_ja", "poolad", "medelvärde"]) {
                                Some(s) => d.did_you_mean(s),
                                None => d.help(crate::t!("indicator-aggregations-are")),
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
                        Diagnostic::error(
                            Code::OutcomeInMeasure,
                            crate::t!(
                                "indicator-outcome-in-measure",
                                outcome = r.outcome.to_string()
                            ),
                        )
                        .label(r.span, crate::t!("indicator-outcome-in-measure-label"))
                        .help(crate::t!("indicator-outcome-in-measure-help")),
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
            if let Some((first, rest)) = missing.split_first() {
                let fields = rest.iter().fold(first.to_string(), |acc, field| {
                    crate::t!("indicator-and", first = acc, second = *field)
                });
                self.error(
                    Diagnostic::error(
                        Code::MissingMeasureField,
                        crate::t!("indicator-missing-measure-field", fields = fields),
                    )
                    .label(
                        ind.id.span,
                        crate::t!("indicator-missing-measure-field-label"),
                    )
                    .help(crate::t!("indicator-missing-measure-field-help")),
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
                    Diagnostic::error(Code::NoRules, crate::t!("indicator-no-rules", id = id))
                        .label(ind.id.span, crate::t!("indicator-no-rules-label"))
                        .help(crate::t!("indicator-no-rules-help")),
                );
            }
            Some(Kind::Classification)
        };
        let aggregation = match (&kind, aggregation) {
            (Some(Kind::Classification), Some((a, span))) if a != Aggregation::AndelJa => {
                self.error(
                    Diagnostic::error(
                        Code::AggregationMismatch,
                        crate::t!(
                            "indicator-classification-aggregation",
                            aggregation = a.keyword()
                        ),
                    )
                    .label(
                        span,
                        crate::t!("indicator-classification-aggregation-label"),
                    )
                    .help(crate::t!("indicator-classification-aggregation-help")),
                );
                Aggregation::AndelJa
            }
            (Some(Kind::Measure(_)), Some((Aggregation::AndelJa, span))) => {
                self.error(
                    Diagnostic::error(
                        Code::AggregationMismatch,
                        crate::t!("indicator-measure-andel-ja"),
                    )
                    .label(span, crate::t!("indicator-measure-andel-ja-label"))
                    .help(crate::t!("indicator-measure-andel-ja-help")),
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
                    Diagnostic::warning(
                        Code::UnusedQuestion,
                        crate::t!("indicator-unused-question", name = &q.name),
                    )
                    .label(q.span, crate::t!("indicator-unused-question-label"))
                    .help(crate::t!("indicator-unused-question-help")),
                );
            }
        }
        let kind = kind?;
        let levels = self.levels(&ind.levels, false);
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
            levels,
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
}

pub(super) fn cond_mentions(c: &Cond, q: QId) -> bool {
    match c {
        Cond::Const(_) => false,
        Cond::And(v) | Cond::Or(v) => v.iter().any(|c| cond_mentions(c, q)),
        Cond::Not(c) => cond_mentions(c, q),
        Cond::Atom(Answer::HasCode { q: x, .. }) | Cond::Atom(Answer::IsBlank { q: x, .. }) => {
            *x == q
        }
        Cond::Atom(Answer::Compare { lhs, rhs, .. }) => {
            num_mentions(lhs, q) || num_mentions(rhs, q)
        }
    }
}

pub(super) fn num_mentions(n: &NumExpr, q: QId) -> bool {
    match n {
        NumExpr::Const(_) => false,
        NumExpr::Var(x) | NumExpr::Sum(x) | NumExpr::Count(x) => *x == q,
        NumExpr::Neg(a) => num_mentions(a, q),
        NumExpr::Bin(_, a, b) => num_mentions(a, q) || num_mentions(b, q),
    }
}
