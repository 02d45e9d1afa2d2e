//! Review rules (`granskning`): questions and requirements into the IR.

use super::scope::Scope;
use crate::diagnostic::Diagnostic;
use crate::ir::{self};
use crate::syntax::ast::{self};

impl Scope<'_> {
    pub(super) fn review(&mut self, rev: &ast::Review) -> Option<ir::Review> {
        self.questions(&rev.questions);
        let mut reqs = vec![];
        for r in &rev.requirements {
            if let Some(c) = self.cond(r, false) {
                reqs.push(c);
            }
        }
        if self.diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        Some(ir::Review {
            name: rev.name.node.clone(),
            identity: rev.identity(),
            severity: rev.severity.node,
            part: self.part.as_ref().map(|(_, k, l)| (k.clone(), l.clone())),
            questions: self.questions.clone(),
            requirements: reqs,
            span: rev.span,
        })
    }
}
