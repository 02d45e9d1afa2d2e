//! Names and types: one indicator's (or review rule's) questions resolved against the
//! codebook, and its conditions and numbers type-checked into the IR. A `Scope` holds
//! what one indicator has declared; the other concerns (metadata, examples, review rules,
//! the indicator as a whole) add their methods to it in their own modules.

use super::families::PartCx;
use crate::codebook::{Codebook, VarType};
use crate::diagnostic::{did_you_mean, Code, Diagnostic};
use crate::ir::Answer;
use crate::ir::{self, Cond, NumExpr, QId, Quant};
use crate::num;
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, Func};
use std::collections::BTreeMap;

/// The comparison an AST operator stands for; only called where the pattern has
/// matched a comparison.
pub(super) fn cmp_op(op: BinOp) -> ir::CmpOp {
    ir::CmpOp::from_binop(op).expect("the pattern matched a comparison")
}

/// The arithmetic an AST operator stands for; only called where the pattern has matched
/// `+ - * /`.
pub(super) fn arith_op(op: BinOp) -> ir::ArithOp {
    ir::ArithOp::from_binop(op).expect("the pattern matched arithmetic")
}

pub(crate) struct Scope<'a> {
    pub(super) codebook: &'a Codebook,
    /// The text of the files, to point a diagnostic inside a string literal.
    pub(super) sources: &'a crate::source::Sources,
    pub(super) part: PartCx,
    pub questions: Vec<ir::Question>,
    pub(super) names: BTreeMap<String, QId>,
    pub(super) used: Vec<bool>,
    pub diags: Vec<Diagnostic>,
    /// Per question name, the answer labels it has in any part of the family: a label
    /// that only some parts offer ("samma ansvariga chef" for skola) never matches in
    /// the others, instead of being an error.
    pub(super) family_labels: BTreeMap<String, std::collections::BTreeSet<String>>,
}

/// What a name or call stands for in a condition.
pub(super) enum Operand {
    Cat {
        q: QId,
        quant: Quant,
        previous: bool,
    },
    Num(NumExpr),
}

impl<'a> Scope<'a> {
    pub(super) fn new(
        codebook: &'a Codebook,
        sources: &'a crate::source::Sources,
        part: PartCx,
    ) -> Self {
        Scope {
            codebook,
            sources,
            part,
            questions: vec![],
            names: BTreeMap::new(),
            used: vec![],
            diags: vec![],
            family_labels: BTreeMap::new(),
        }
    }

    pub(super) fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// `A1_{del}` → `A1_hvb`
    pub(super) fn substitute(&mut self, t: &ast::Name) -> Option<String> {
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
                        .map(|(v, _, _)| crate::t!("scope-only-placeholder", placeholder = v))
                        .unwrap_or_else(|| crate::t!("scope-no-parts"));
                    self.error(
                        Diagnostic::error(
                            Code::UnknownPlaceholder,
                            crate::t!("scope-unknown-placeholder", placeholder = ph),
                        )
                        .label(t.span, crate::t!("scope-unknown-placeholder-label"))
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
    pub(super) fn text(&self, s: &str) -> String {
        match &self.part {
            Some((var, _, label)) => s.replace(&format!("{{{var}}}"), label),
            None => s.to_string(),
        }
    }

    pub(super) fn questions(&mut self, qs: &[ast::Question]) {
        for q in qs {
            if let Some(&first) = self.names.get(&q.name.node) {
                let fs = self.questions[first].span;
                self.error(
                    Diagnostic::error(
                        Code::DuplicateQuestion,
                        crate::t!("scope-duplicate-question", name = &q.name.node),
                    )
                    .label(q.name.span, crate::t!("scope-declared-again"))
                    .label(fs, crate::t!("scope-first-declaration"))
                    .help(crate::t!("scope-duplicate-question-help")),
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
                        crate::t!(
                            "scope-unknown-variable",
                            id = &id,
                            year = self.codebook.publication_year.to_string()
                        ),
                    )
                    .label(v.span, crate::t!("scope-unknown-variable-label"));
                    d = match did_you_mean(&id, self.codebook.ids()) {
                        Some(s) => d.did_you_mean(s),
                        None => d.help(crate::t!(
                            "scope-variables-listed-in",
                            path = self.codebook.path.display().to_string()
                        )),
                    };
                    self.error(d);
                    ok = false;
                    continue;
                };
                if var.ty == VarType::Text {
                    self.error(
                        Diagnostic::error(
                            Code::TextVariable,
                            crate::t!("scope-text-variable", id = &id),
                        )
                        .label(v.span, crate::t!("scope-text-variable-label"))
                        .help(crate::t!("scope-text-variable-help")),
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
                                crate::t!("scope-mixed-list", name = &q.name.node),
                            )
                            .label(
                                v.span,
                                crate::t!(
                                    "scope-mixed-list-label",
                                    id = &id,
                                    kind = var.ty.label()
                                ),
                            )
                            .help(crate::t!("scope-mixed-list-help")),
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

    pub(super) fn lookup(&mut self, name: &ast::Name) -> Option<QId> {
        if let Some(&q) = self.names.get(&name.node) {
            self.used[q] = true;
            if self.questions[q].ty == VarType::Text {
                return None; // already reported
            }
            return Some(q);
        }
        let mut d = Diagnostic::error(
            Code::UnknownName,
            crate::t!("scope-unknown-name", name = &name.node),
        )
        .label(name.span, crate::t!("scope-unknown-name-label"));
        let names: Vec<String> = self.names.keys().cloned().collect();
        if let Some(s) = did_you_mean(&name.node, names.iter().map(String::as_str)) {
            d = d.did_you_mean(s);
        } else if self.codebook.get(&name.node).is_some() {
            d = d.help(crate::t!(
                "scope-declare-first",
                question = name.node.to_lowercase(),
                variable = &name.node
            ));
        } else if ["Ja", "Nej", "Delvis", "Vald"].contains(&name.node.as_str()) {
            d = d.help(crate::t!("scope-label-in-quotes", label = &name.node));
        } else if names.is_empty() {
            d = d.help(crate::t!("scope-declare-questions"));
        } else {
            d = d.help(crate::t!("scope-questions-here", names = names.join(", ")));
        }
        self.error(d);
        None
    }

    pub(super) fn operand(&mut self, e: &Expr, allow_previous: bool) -> Option<Operand> {
        match &e.node {
            ExprKind::Name(n) => {
                let q = self.lookup(&ast::Spanned::new(n.clone(), e.span))?;
                let question = &self.questions[q];
                match question.ty {
                    VarType::Categorical if question.is_list => {
                        self.error(
                            Diagnostic::error(
                                Code::ListNotAllowed,
                                crate::t!(
                                    "scope-list-of-questions",
                                    name = n,
                                    count = question.vars.len()
                                ),
                            )
                            .label(e.span, crate::t!("scope-a-list"))
                            .help(crate::t!("scope-say-which", name = n)),
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
                                crate::t!(
                                    "scope-list-of-numbers",
                                    name = n,
                                    count = question.vars.len()
                                ),
                            )
                            .label(e.span, crate::t!("scope-a-list"))
                            .help(crate::t!("scope-use-sum-or-count", name = n)),
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
                                    crate::t!(
                                        "scope-not-a-list",
                                        function = f.keyword(),
                                        name = &arg.node
                                    ),
                                )
                                .label(arg.span, crate::t!("scope-not-a-list-label"))
                                .help(crate::t!("scope-compare-directly", name = &arg.node)),
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
                                    crate::t!(
                                        "scope-quantifier-on-numbers",
                                        function = f.keyword(),
                                        name = &arg.node
                                    ),
                                )
                                .label(e.span, crate::t!("scope-numbers"))
                                .help(crate::t!("scope-use-sum", name = &arg.node)),
                            );
                            None
                        }
                    }
                    Func::Summa | Func::Antal => {
                        if *f == Func::Summa && is_cat {
                            self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    crate::t!("scope-sum-of-categorical", name = &arg.node),
                                )
                                .label(e.span, crate::t!("scope-categorical"))
                                .help(crate::t!("scope-sum-of-categorical-help")),
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
                                    crate::t!("scope-previous-outside-rule"),
                                )
                                .label(e.span, crate::t!("scope-not-allowed-here"))
                                .help(crate::t!("scope-previous-outside-rule-help")),
                            );
                            return None;
                        }
                        if !is_cat || question.is_list {
                            self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    crate::t!("scope-previous-not-single"),
                                )
                                .label(e.span, crate::t!("scope-previous-not-single-label"))
                                .help(crate::t!("scope-previous-not-single-help")),
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
                    self.type_error(inner, true);
                    None
                }
            },
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div), l, r) => {
                let l = self.num(l, allow_previous);
                let r = self.num(r, allow_previous);
                Some(Operand::Num(NumExpr::Bin(
                    arith_op(*op),
                    Box::new(l?),
                    Box::new(r?),
                )))
            }
            ExprKind::Text(t) => {
                self.error(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        crate::t!("scope-label-alone", label = t),
                    )
                    .label(e.span, crate::t!("scope-a-label"))
                    .help(crate::t!("scope-label-alone-help", label = t)),
                );
                None
            }
            _ => {
                self.error(
                    Diagnostic::error(Code::TypeMismatch, crate::t!("scope-condition-as-value"))
                        .label(e.span, crate::t!("scope-a-condition"))
                        .help(crate::t!("scope-condition-as-value-help")),
                );
                None
            }
        }
    }

    /// A number where an answer label is expected (`expects_number` false: a number
    /// found where a categorical question is expected), or the other way round.
    pub(super) fn type_error(&mut self, e: &Expr, expects_number: bool) {
        let (message, found, help) = if expects_number {
            (
                crate::t!("scope-expected-number-found-label"),
                crate::t!("scope-an-answer-label"),
                crate::t!("scope-number-operators-help"),
            )
        } else {
            (
                crate::t!("scope-expected-categorical-found-number"),
                crate::t!("scope-a-number"),
                crate::t!("scope-categorical-compare-help"),
            )
        };
        self.error(
            Diagnostic::error(Code::TypeMismatch, message)
                .label(e.span, found)
                .help(help),
        );
    }

    pub(super) fn num(&mut self, e: &Expr, allow_previous: bool) -> Option<NumExpr> {
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
                        crate::t!(
                            "scope-categorical-not-number",
                            name = &self.questions[q].name
                        ),
                    )
                    .label(e.span, crate::t!("scope-categorical"))
                    .help(crate::t!("scope-compare-with-labels", labels = vs)),
                );
                None
            }
        }
    }

    /// Resolves a label of question `q` to its code, with help when it is not one.
    pub(super) fn code(&mut self, q: QId, label: &ast::Spanned<String>) -> Option<i64> {
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
            return Some(ir::NO_CODE);
        }
        let labels: Vec<&str> = vs.labels().collect();
        let containing: Vec<&str> = labels
            .iter()
            .copied()
            .filter(|l| l.to_lowercase().contains(&label.node.to_lowercase()))
            .collect();
        let help = if containing.len() == 1 {
            crate::t!("scope-did-you-mean-label", label = containing[0])
        } else if let Some(s) = did_you_mean(&label.node, labels.iter().copied()) {
            crate::t!("scope-did-you-mean-label", label = s)
        } else {
            crate::t!(
                "scope-answers-are",
                name = &question.name,
                variables = question.vars.join(", "),
                labels = labels
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
                crate::t!(
                    "scope-unknown-label",
                    label = &label.node,
                    name = &name,
                    variable = &var
                ),
            )
            .label(label.span, crate::t!("scope-unknown-label-label"))
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
                        (BinOp::And, Cond::And(v)) | (BinOp::Or, Cond::Or(v)) => parts.extend(v),
                        (_, c) => parts.push(c),
                    }
                }
                Some(if *op == BinOp::And {
                    Cond::And(parts)
                } else {
                    Cond::Or(parts)
                })
            }
            ExprKind::Not(inner) => Some(Cond::Not(Box::new(self.cond(inner, allow_previous)?))),
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
                            crate::t!(
                                "scope-label-in-quotes-compare",
                                name = &self.questions[q].name,
                                label = label
                            )
                        } else {
                            let labels: Vec<String> = self.questions[q]
                                .value_set
                                .as_ref()
                                .map(|vs| vs.labels().map(|l| format!("\"{l}\"")).collect())
                                .unwrap_or_default();
                            crate::t!(
                                "scope-compare-with-answers",
                                name = &self.questions[q].name,
                                labels = labels.join(", ")
                            )
                        };
                        self.error(
                            Diagnostic::error(
                                Code::UnknownName,
                                crate::t!("scope-unknown-name", name = label),
                            )
                            .label(
                                span,
                                if is_label {
                                    crate::t!("scope-label-without-quotes")
                                } else {
                                    crate::t!("scope-unknown-name-label")
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
                            Cond::Atom(Answer::HasCode {
                                q,
                                quant,
                                previous,
                                codes: vec![code],
                                span: e.span,
                            })
                        }
                        Operand::Num(_) => {
                            self.error(
                                Diagnostic::error(
                                    Code::TypeMismatch,
                                    crate::t!(
                                        "scope-number-compared-with-label",
                                        label = &label.node
                                    ),
                                )
                                .label(other.span, crate::t!("scope-a-number"))
                                .label(label.span, crate::t!("scope-a-label"))
                                .help(crate::t!("scope-number-compared-with-label-help")),
                            );
                            return None;
                        }
                    },
                    None => {
                        let (a, b) = (self.num(l, allow_previous), self.num(r, allow_previous));
                        Cond::Atom(Answer::Compare {
                            op: ir::CmpOp::Eq,
                            lhs: a?,
                            rhs: b?,
                            span: e.span,
                        })
                    }
                };
                Some(if *op == BinOp::Ne {
                    Cond::Not(Box::new(c))
                } else {
                    c
                })
            }
            ExprKind::Binary(op @ (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), l, r) => {
                let (a, b) = (self.num(l, allow_previous), self.num(r, allow_previous));
                Some(Cond::Atom(Answer::Compare {
                    op: cmp_op(*op),
                    lhs: a?,
                    rhs: b?,
                    span: e.span,
                }))
            }
            ExprKind::In(inner, labels) => match self.operand(inner, allow_previous)? {
                Operand::Cat { q, quant, previous } => {
                    let codes: Vec<Option<i64>> = labels.iter().map(|l| self.code(q, l)).collect();
                    let codes: Option<Vec<i64>> = codes.into_iter().collect();
                    Some(Cond::Atom(Answer::HasCode {
                        q,
                        quant,
                        previous,
                        codes: codes?,
                        span: e.span,
                    }))
                }
                Operand::Num(_) => {
                    self.type_error(inner, false);
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
                                crate::t!("scope-blank-of-non-question"),
                            )
                            .label(inner.span, crate::t!("scope-not-a-question"))
                            .help(crate::t!("scope-blank-of-non-question-help")),
                        );
                        return None;
                    }
                };
                if self.questions[q].is_list && quant == Quant::One {
                    let n = self.questions[q].name.clone();
                    self.error(
                        Diagnostic::error(
                            Code::ListNotAllowed,
                            crate::t!("scope-blank-of-list", name = &n),
                        )
                        .label(inner.span, crate::t!("scope-a-list"))
                        .help(crate::t!("scope-blank-of-list-help", name = &n)),
                    );
                    return None;
                }
                let c = Cond::Atom(Answer::IsBlank {
                    q,
                    quant,
                    span: e.span,
                });
                Some(if blank { c } else { Cond::Not(Box::new(c)) })
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
                            crate::t!("scope-question-as-condition", name = n),
                        )
                        .label(e.span, crate::t!("scope-a-question"))
                        .help(crate::t!(
                            "scope-question-as-condition-help",
                            name = n,
                            label = &first
                        )),
                    );
                }
                None
            }
            _ => {
                self.error(
                    Diagnostic::error(Code::TypeMismatch, crate::t!("scope-condition-expected"))
                        .label(e.span, crate::t!("scope-not-a-condition"))
                        .help(crate::t!("scope-condition-expected-help")),
                );
                None
            }
        }
    }
}
