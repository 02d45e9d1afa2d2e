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
