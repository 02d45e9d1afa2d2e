//! Proves that a classification is total and unambiguous: every combination of answers
//! reaches exactly one outcome. A search over partial answers, deciding one answer at a
//! time only where a rule still depends on it, evaluated with the evaluator's own logic
//! (src/eval/logic.rs). A gap or an overlap is reported with a concrete combination.

use crate::codebook::VarType;
use crate::diagnostic::{Code, Diagnostic};
use crate::eval::logic::{cond_constants, cond_vars, eval_cond, missing_answer, Answers, Cell};
use crate::ir::{Indicator, Kind, QId};
use crate::num::{self, Num};
use crate::syntax::ast::Outcome;

/// Search nodes before giving up with a clear message.
pub const MAX_NODES: usize = 200_000;

struct Partial {
    cells: Vec<Vec<Option<Cell>>>,
    previous: Vec<Option<Cell>>,
}

impl Answers for Partial {
    fn cell(&self, q: QId, i: usize) -> Option<&Cell> {
        self.cells[q][i].as_ref()
    }
    fn previous(&self, q: QId) -> Option<&Cell> {
        self.previous[q].as_ref()
    }
    fn len(&self, q: QId) -> usize {
        self.cells[q].len()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Var {
    Cur(QId, usize),
    Prev(QId),
}

struct Search<'a> {
    ind: &'a Indicator,
    samples: Vec<Num>,
    nodes: usize,
    aborted: bool,
    reached: Vec<bool>,
    gap: Option<String>,
    overlap: Option<(usize, usize, String)>,
}

pub fn analyse(ind: &Indicator) -> Vec<Diagnostic> {
    if !matches!(ind.kind, Kind::Classification) {
        return vec![];
    }
    let mut samples = vec![num::int(0), num::int(1)];
    for r in &ind.rules {
        cond_constants(&r.when, &mut samples);
    }
    for q in &ind.questions {
        if let Some(c) = &q.asked_when {
            cond_constants(c, &mut samples);
        }
    }
    let half = Num::new(1.into(), 2.into());
    let mut extra = vec![];
    for s in &samples {
        extra.push(s - &half);
        extra.push(s + &half);
    }
    samples.extend(extra);
    samples.sort();
    samples.dedup();
    let mut search = Search {
        ind,
        samples,
        nodes: 0,
        aborted: false,
        reached: vec![false; ind.rules.len()],
        gap: None,
        overlap: None,
    };
    let mut partial = Partial {
        cells: ind
            .questions
            .iter()
            .map(|q| vec![None; q.vars.len()])
            .collect(),
        previous: vec![None; ind.questions.len()],
    };
    search.run(&mut partial);
    let mut out = vec![];
    if search.aborted {
        out.push(
            Diagnostic::warning(Code::TooManyCombinations, format!("`{}`: the rules depend on too many answers together to prove them total ({} combinations searched)", ind.id, MAX_NODES))
                .label(ind.span, "not proved total")
                .help("split the rule: put parts of it in their own indicator or use `någon(...)`/`alla(...)` over a list; examples still run"),
        );
        return out;
    }
    if let Some(w) = search.gap {
        out.push(
            Diagnostic::error(
                Code::NotTotal,
                format!("`{}` gives no result for some answers", ind.id),
            )
            .label(ind.span, "not total")
            .help(format!(
                "no rule matches when {w}; add a rule for this case"
            )),
        );
    }
    if let Some((a, b, w)) = search.overlap {
        let (ra, rb) = (&ind.rules[a], &ind.rules[b]);
        out.push(
            Diagnostic::error(
                Code::Overlap,
                format!("`{}`: two rules with different outcomes both match", ind.id),
            )
            .label(rb.span, format!("{} …", rb.outcome))
            .label(ra.span, format!("{} …", ra.outcome))
            .help(format!(
                "both match when {w}; make the conditions exclusive"
            )),
        );
    }
    if out.is_empty() {
        for (i, r) in ind.rules.iter().enumerate() {
            // A label that only other parts of the family offer never matches here.
            if !search.reached[i] && !mentions_no_code(&r.when) {
                let covered = r.outcome == Outcome::Bortfall;
                let d = if covered {
                    Diagnostic::warning(Code::RedundantBortfall, "this Bortfall rule never decides anything")
                        .label(r.span, "never the deciding rule")
                        .help("a blank answer to an asked question, and Vet ej, are Bortfall already; remove the rule")
                } else {
                    Diagnostic::warning(Code::Unreachable, format!("this `{}` rule can never match", r.outcome))
                        .label(r.span, "unreachable")
                        .help("its condition contradicts itself or is only met by answers that are already Bortfall; check it or remove it")
                };
                out.push(d);
            }
        }
    }
    out
}

impl Search<'_> {
    fn domain(&self, var: Var) -> Vec<Cell> {
        let q = match var {
            Var::Cur(q, _) | Var::Prev(q) => &self.ind.questions[q],
        };
        match q.ty {
            VarType::Categorical => {
                let vs = q
                    .value_set
                    .as_ref()
                    .expect("categorical question has a value set");
                let mut d: Vec<Cell> = vs.values.iter().map(|(c, _)| Cell::Code(*c)).collect();
                if vs.blank_means().is_none() || matches!(var, Var::Prev(_)) {
                    d.push(Cell::Blank);
                }
                d
            }
            VarType::Number => {
                let mut d: Vec<Cell> = self.samples.iter().cloned().map(Cell::Number).collect();
                d.push(Cell::Blank);
                d.push(Cell::VetEj);
                d
            }
            VarType::Text => vec![Cell::Blank],
        }
    }

    /// The first undecided answer that `undecided` conditions read.
    fn next_var(&self, p: &Partial) -> Option<Var> {
        let mut refs = vec![];
        for q in self.ind.questions.iter() {
            if let Some(c) = &q.asked_when {
                cond_vars(c, &mut refs);
            }
        }
        for r in &self.ind.rules {
            cond_vars(&r.when, &mut refs);
        }
        // Every question counts too: a blank in any of them can be Bortfall.
        for q in 0..self.ind.questions.len() {
            refs.push((q, None, false));
        }
        for (q, _, prev) in refs {
            if prev {
                if p.previous[q].is_none() {
                    return Some(Var::Prev(q));
                }
            } else if let Some(i) = p.cells[q].iter().position(Option::is_none) {
                return Some(Var::Cur(q, i));
            }
        }
        None
    }

    fn run(&mut self, p: &mut Partial) {
        if self.aborted || (self.gap.is_some() && self.overlap.is_some()) {
            return;
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            self.aborted = true;
            return;
        }
        let missing = missing_answer(&self.ind.questions, p);
        if let Some(Some(_)) = missing {
            return; // Bortfall by the principle, whatever the rules say.
        }
        let values: Vec<Option<bool>> = self
            .ind
            .rules
            .iter()
            .map(|r| eval_cond(&r.when, p))
            .collect();
        if missing.is_none() || values.iter().any(Option::is_none) {
            // Decide the next answer a still-undecided condition reads.
            let var = self.next_var_for(p, &values, missing.is_none());
            let Some(var) = var else {
                return;
            };
            for cell in self.domain(var) {
                match var {
                    Var::Cur(q, i) => p.cells[q][i] = Some(cell),
                    Var::Prev(q) => p.previous[q] = Some(cell),
                }
                self.run(p);
            }
            match var {
                Var::Cur(q, i) => p.cells[q][i] = None,
                Var::Prev(q) => p.previous[q] = None,
            }
            return;
        }
        let matching: Vec<usize> = values
            .iter()
            .enumerate()
            .filter(|(_, v)| **v == Some(true))
            .map(|(i, _)| i)
            .collect();
        if matching.is_empty() {
            if self.gap.is_none() {
                self.gap = Some(self.witness(p));
            }
            return;
        }
        for &i in &matching {
            self.reached[i] = true;
        }
        let first = &self.ind.rules[matching[0]];
        if let Some(&other) = matching
            .iter()
            .find(|&&j| self.ind.rules[j].outcome != first.outcome)
        {
            if self.overlap.is_none() {
                self.overlap = Some((matching[0], other, self.witness(p)));
            }
        }
    }

    fn next_var_for(
        &self,
        p: &Partial,
        values: &[Option<bool>],
        missing_unknown: bool,
    ) -> Option<Var> {
        // Prefer answers read by an undecided rule, so that the search stays small.
        for (r, v) in self.ind.rules.iter().zip(values) {
            if v.is_none() {
                let mut refs = vec![];
                cond_vars(&r.when, &mut refs);
                for (q, _, prev) in refs {
                    if prev {
                        if p.previous[q].is_none() {
                            return Some(Var::Prev(q));
                        }
                    } else if let Some(i) = p.cells[q].iter().position(Option::is_none) {
                        return Some(Var::Cur(q, i));
                    }
                }
            }
        }
        if missing_unknown || values.iter().any(Option::is_none) {
            return self.next_var(p);
        }
        None
    }

    /// `a1 = "Ja", a2 saknas` for the answers decided so far.
    fn witness(&self, p: &Partial) -> String {
        let mut parts = vec![];
        for (qi, q) in self.ind.questions.iter().enumerate() {
            for (i, cell) in p.cells[qi].iter().enumerate() {
                if let Some(cell) = cell {
                    let name = if q.is_list {
                        format!("{}[{}]", q.name, q.vars[i])
                    } else {
                        q.name.clone()
                    };
                    parts.push(format!("{name} {}", describe(q, cell)));
                }
            }
            if let Some(cell) = &p.previous[qi] {
                parts.push(format!("föregående({}) {}", q.name, describe(q, cell)));
            }
        }
        if parts.is_empty() {
            "any answers are given".into()
        } else {
            parts.join(", ")
        }
    }
}

fn describe(q: &crate::ir::Question, cell: &Cell) -> String {
    match cell {
        Cell::Blank => "saknas".into(),
        Cell::Code(c) => format!(
            "= \"{}\"",
            q.value_set
                .as_ref()
                .and_then(|v| v.label_of(*c))
                .unwrap_or("?")
        ),
        Cell::Number(n) => format!("= {}", num::format_exact(n, 0).trim_end_matches('.')),
        Cell::VetEj => "= \"Vet ej\"".into(),
        Cell::Invalid => "is invalid".into(),
    }
}

fn mentions_no_code(c: &crate::ir::Cond) -> bool {
    use crate::ir::Cond;
    match c {
        Cond::And(v, _) | Cond::Or(v, _) => v.iter().any(mentions_no_code),
        Cond::Not(c, _) => mentions_no_code(c),
        Cond::HasCode { codes, .. } => codes.contains(&crate::check::NO_CODE),
        _ => false,
    }
}
