//! Examples (`exempel { … } => Ja`): answers resolved to codes and numbers.

use super::scope::Scope;
use crate::codebook::VarType;
use crate::diagnostic::{did_you_mean, Code, Diagnostic};
use crate::ir::{self, ExampleCell, ExpectedIr};
use crate::num;
use crate::source::Span;
use crate::syntax::ast::{self};

impl Scope<'_> {
    pub(super) fn example(
        &mut self,
        ex: &ast::Example,
        ind: &ir::Indicator,
    ) -> Option<ir::Example> {
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
                    crate::t!(
                        "examples-unknown-question",
                        question = &b.name.node,
                        indicator = &ind.id
                    ),
                )
                .label(b.name.span, crate::t!("examples-unknown-question-label"));
                let names: Vec<String> = self.names.keys().cloned().collect();
                d = match did_you_mean(&b.name.node, names.iter().map(String::as_str)) {
                    Some(s) => d.did_you_mean(s),
                    None => d.help(crate::t!(
                        "examples-questions",
                        questions = names.join(", ")
                    )),
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
                        if question.is_list {
                            crate::t!(
                                "examples-takes-list",
                                question = &question.name,
                                count = question.vars.len()
                            )
                        } else {
                            crate::t!("examples-takes-one", question = &question.name)
                        },
                    )
                    .label(b.value.span, crate::t!("examples-wrong-count-label"))
                    .help(if question.is_list {
                        crate::t!(
                            "examples-write-list",
                            question = &question.name,
                            items = question
                                .vars
                                .iter()
                                .map(|_| "…")
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    } else {
                        crate::t!("examples-write-one", question = &question.name)
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
                    Diagnostic::error(Code::ExampleBadValue, crate::t!("examples-suppressed"))
                        .label(ex.expected.span, crate::t!("examples-suppressed-label"))
                        .help(crate::t!("examples-suppressed-help")),
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

    pub(super) fn example_cell(
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
                        crate::t!(
                            "examples-wrong-kind",
                            question = &q.name,
                            kind = q.ty.label()
                        ),
                    )
                    .label(v.span, crate::t!("examples-wrong-kind-label"))
                    .help(if q.ty == VarType::Number {
                        crate::t!("examples-wrong-kind-help-number")
                    } else {
                        crate::t!("examples-wrong-kind-help-label")
                    }),
                );
                None
            }
        }
    }

    pub(super) fn code_in(&mut self, q: &ir::Question, label: &str, span: Span) -> Option<i64> {
        let vs = q.value_set.as_ref()?;
        if let Some(c) = vs.code_of(label) {
            return Some(c);
        }
        let labels: Vec<&str> = vs.labels().collect();
        let d = Diagnostic::error(
            Code::UnknownLabel,
            crate::t!("examples-unknown-label", label = label, question = &q.name),
        )
        .label(span, crate::t!("examples-unknown-label-label"));
        let d = match did_you_mean(label, labels.iter().copied()) {
            Some(s) => d.help(crate::t!("examples-did-you-mean-label", label = s)),
            None => d.help(crate::t!(
                "examples-answers",
                answers = labels
                    .iter()
                    .map(|l| format!("\"{l}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        self.error(d);
        None
    }
}
