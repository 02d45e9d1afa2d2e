//! Decides that a classification is total and unambiguous: every answer combination in
//! the domain reaches exactly one outcome, or is Bortfall by the Bortfall principle.
//!
//! Two levels, both exact. A search decides the answers that are not numbers one at a
//! time, only where a condition still waits for them: categorical codes, blank, Vet ej,
//! and whether a number question holds a number at all. Where nothing waits any more, the
//! conditions are formulas over linear comparisons of the numbers, and `check::linear`
//! decides gap, overlap and reachability over the numbers' domain (non-negative unless
//! the codebook says otherwise, whole or decimal) in rational arithmetic. The semantics
//! are those of `ir::logic` (three-valued, a missing number makes a comparison false);
//! a property test compares the two on grids of answers.

use super::linear::{Lin, Rel, Space, Undecided, F};
use crate::codebook::VarType;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::logic::{Answers, Cell};
use crate::ir::Answer;
use crate::ir::{ArithOp, CmpOp};
use crate::ir::{Cond, Indicator, Kind, NumExpr, QId, Quant};
use crate::num::{self, Num};
use crate::source::Span;
use crate::syntax::ast::Outcome;
use std::collections::BTreeMap;

/// Search nodes before the checker gives up; reaching it is an error, never a pass.
pub const MAX_NODES: usize = 200_000;

/// Counterexamples shown per diagnostic.
const SHOWN: usize = 10;

/// What one answer is known to be, in the search.
#[derive(Debug, Clone, PartialEq)]
enum St {
    Code(i64),
    Blank,
    VetEj,
    /// Some number of the question's domain; which one is decided by `linear`.
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Var {
    Cur(QId, usize),
    Prev(QId),
}

struct Partial {
    cells: Vec<Vec<Option<St>>>,
    previous: Vec<Option<St>>,
}

/// A condition under a partial assignment: a formula over the numbers' comparisons, or
/// the first answer it still waits for.
type Sym = Result<F, Var>;

enum NumSym {
    /// Known to have no number (blank, Vet ej, division by zero).
    None,
    Lin(Lin),
}

/// Why the decision could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum Abort {
    /// More than [`MAX_NODES`] answer combinations had to be searched.
    TooMany,
    /// The arithmetic decision ran out of its budget.
    Undecided,
    /// A condition multiplies or divides two answers.
    Nonlinear(Span),
}

/// The decision for one classification.
#[derive(Debug, Clone)]
pub struct Decision {
    /// Answers (the first [`SHOWN`]) that no rule matches, and how many gap regions there are.
    pub gaps: Vec<Witness>,
    pub gap_count: usize,
    /// Pairs of rules with different outcomes that both match: an example, and in how
    /// many regions.
    pub overlaps: BTreeMap<(usize, usize), (Witness, usize)>,
    /// Per rule: whether some answered combination matches it.
    pub reached: Vec<bool>,
}

/// Decides totality, overlap and reachability of a classification exactly.
pub fn decide(ind: &Indicator) -> Result<Decision, Abort> {
    let mut read_by_nar = vec![false; ind.questions.len()];
    for q in &ind.questions {
        if let Some(c) = &q.asked_when {
            let mut refs = vec![];
            crate::ir::logic::cond_vars(c, &mut refs);
            for (r, _, _) in refs {
                read_by_nar[r] = true;
            }
        }
    }
    let mut search = Search {
        ind,
        read_by_nar,
        nodes: 0,
        budget: super::linear::BUDGET,
        decision: Decision {
            reached: vec![false; ind.rules.len()],
            gaps: vec![],
            gap_count: 0,
            overlaps: BTreeMap::new(),
        },
    };
    let mut partial = Partial {
        cells: ind
            .questions
            .iter()
            .map(|q| vec![None; q.vars.len()])
            .collect(),
        previous: vec![None; ind.questions.len()],
    };
    search.run(&mut partial)?;
    Ok(search.decision)
}

pub fn analyse(ind: &Indicator) -> Vec<Diagnostic> {
    if !matches!(ind.kind, Kind::Classification) {
        return vec![];
    }
    let search = match decide(ind) {
        Ok(d) => d,
        Err(Abort::Nonlinear(span)) => {
            return vec![Diagnostic::error(
                Code::NonlinearCondition,
                crate::t!("totality-nonlinear", indicator = &ind.id),
            )
            .label(span, crate::t!("totality-nonlinear-label"))
            .help(crate::t!("totality-nonlinear-help"))];
        }
        Err(budget) => {
            let (message, help) = if budget == Abort::TooMany {
                (
                    crate::t!(
                        "totality-too-many-answers",
                        indicator = &ind.id,
                        combinations = MAX_NODES
                    ),
                    crate::t!("totality-too-many-answers-help"),
                )
            } else {
                (
                    crate::t!("totality-too-many-comparisons", indicator = &ind.id),
                    crate::t!("totality-too-many-comparisons-help"),
                )
            };
            return vec![Diagnostic::error(Code::TooManyCombinations, message)
                .label(ind.id_span, crate::t!("totality-not-proved-label"))
                .help(help)];
        }
    };
    let mut out = vec![];
    if !search.gaps.is_empty() {
        let more = search.gap_count.saturating_sub(search.gaps.len());
        let mut help = crate::t!("totality-gap-help");
        for w in &search.gaps {
            help.push_str(&format!("\n  {}", w.to_example(ind)));
        }
        if more > 0 {
            help.push_str("\n  ");
            help.push_str(&crate::t!("totality-gap-help-more", more = more));
        }
        help.push('\n');
        help.push_str(&crate::t!("totality-gap-help-add-rule"));
        out.push(
            Diagnostic::error(
                Code::NotTotal,
                crate::t!("totality-not-total", indicator = &ind.id),
            )
            .label(ind.id_span, crate::t!("totality-not-total-label"))
            .help(help),
        );
    }
    for ((a, b), (w, count)) in &search.overlaps {
        let (ra, rb) = (&ind.rules[*a], &ind.rules[*b]);
        let example = w.to_example(ind);
        let help = if *count > 1 {
            crate::t!(
                "totality-overlap-help-more",
                example = example,
                others = count - 1
            )
        } else {
            crate::t!("totality-overlap-help", example = example)
        };
        out.push(
            Diagnostic::error(
                Code::Overlap,
                crate::t!("totality-overlap", indicator = &ind.id),
            )
            .label(rb.span, format!("{} …", rb.outcome))
            .label(ra.span, format!("{} …", ra.outcome))
            .help(help),
        );
    }
    if out.is_empty() {
        for (i, r) in ind.rules.iter().enumerate() {
            // A label that only other parts of the family offer never matches here.
            if !search.reached[i] && !mentions_no_code(&r.when) {
                let covered = r.outcome == Outcome::Bortfall;
                let d = if covered {
                    Diagnostic::warning(
                        Code::RedundantBortfall,
                        crate::t!("totality-redundant-bortfall"),
                    )
                    .label(r.span, crate::t!("totality-redundant-bortfall-label"))
                    .help(crate::t!("totality-redundant-bortfall-help"))
                } else {
                    Diagnostic::warning(
                        Code::Unreachable,
                        crate::t!("totality-unreachable", outcome = r.outcome.to_string()),
                    )
                    .label(r.span, crate::t!("totality-unreachable-label"))
                    .help(crate::t!("totality-unreachable-help"))
                };
                out.push(d);
            }
        }
    }
    out.extend(asked_always(ind));
    out
}

struct Search<'a> {
    ind: &'a Indicator,
    /// Questions that some question's `när` reads.
    read_by_nar: Vec<bool>,
    nodes: usize,
    /// What the arithmetic decisions of this indicator may still spend.
    budget: usize,
    decision: Decision,
}

impl Search<'_> {
    fn domain(&self, var: Var) -> Vec<St> {
        let q = match var {
            Var::Cur(q, _) | Var::Prev(q) => &self.ind.questions[q],
        };
        match q.ty {
            VarType::Categorical => {
                let vs = q
                    .value_set
                    .as_ref()
                    .expect("categorical question has a value set");
                let mut d: Vec<St> = vs.values.iter().map(|(c, _)| St::Code(*c)).collect();
                // Last year's answer is blank when the unit did not answer then.
                if vs.blank_means().is_none() || matches!(var, Var::Prev(_)) {
                    d.push(St::Blank);
                }
                d
            }
            VarType::Number => vec![St::Number, St::Blank, St::VetEj],
            VarType::Text => vec![St::Blank],
        }
    }

    fn run(&mut self, p: &mut Partial) -> Result<(), Abort> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Abort::TooMany);
        }
        let (missing, rules, mut space, vars) = {
            let mut ctx = Ctx {
                ind: self.ind,
                p,
                space: Space::default(),
                vars: vec![],
                nonlinear: None,
            };
            let rules: Vec<Sym> = self.ind.rules.iter().map(|r| ctx.cond(&r.when)).collect();
            // Once no rule waits for an answer, an undecided answer that no `när` reads
            // matters only for being missing; the questions asked here are about answered
            // units, so it can be taken as answered (any valid code or number).
            let rules_decided = rules.iter().all(Result::is_ok);
            let missing = ctx.missing(rules_decided.then_some(&self.read_by_nar[..]));
            if let Some(span) = ctx.nonlinear {
                return Err(Abort::Nonlinear(span));
            }
            (missing, rules, ctx.space, ctx.vars)
        };
        if missing == Ok(F::Const(true)) {
            return Ok(()); // Bortfall by the principle, whatever the rules say.
        }
        let waiting = rules
            .iter()
            .chain(std::iter::once(&missing))
            .find_map(|s| s.as_ref().err().copied());
        if let Some(var) = waiting {
            for st in self.domain(var) {
                set(p, var, Some(st));
                let r = self.run(p);
                set(p, var, None);
                r?;
            }
            return Ok(());
        }
        // Nothing waits: every condition is a formula over the numbers.
        let (Ok(missing), Some(rules)) = (
            missing,
            rules
                .into_iter()
                .map(Result::ok)
                .collect::<Option<Vec<F>>>(),
        ) else {
            return Ok(());
        };
        space.domains = vars
            .iter()
            .map(|(q, _)| self.ind.questions[*q].domain.clone())
            .collect();
        let answered = missing.not();
        let undecided = |_: Undecided| Abort::Undecided;
        // Gaps: answered, and no rule matches.
        let mut gap = vec![answered.clone()];
        gap.extend(rules.iter().map(|r| r.clone().not()));
        let gap = F::and(gap);
        let regions = space
            .regions(&gap, SHOWN, &mut self.budget)
            .map_err(undecided)?;
        self.decision.gap_count += regions.len();
        for point in regions {
            // The solver's point is checked against the formula it came from.
            debug_assert!(
                gap.eval(&space.atoms, &point),
                "gap witness outside its region"
            );
            if self.decision.gaps.len() < SHOWN {
                self.decision.gaps.push(witness(self.ind, p, &vars, &point));
            }
        }
        for (i, r) in rules.iter().enumerate() {
            if !self.decision.reached[i] {
                let f = F::and(vec![answered.clone(), r.clone()]);
                self.decision.reached[i] = space
                    .model(&f, &mut self.budget)
                    .map_err(undecided)?
                    .is_some();
            }
        }
        for a in 0..rules.len() {
            for b in a + 1..rules.len() {
                if self.ind.rules[a].outcome == self.ind.rules[b].outcome {
                    continue;
                }
                let f = F::and(vec![answered.clone(), rules[a].clone(), rules[b].clone()]);
                if let Some(point) = space.model(&f, &mut self.budget).map_err(undecided)? {
                    debug_assert!(
                        f.eval(&space.atoms, &point),
                        "overlap witness outside its region"
                    );
                    let entry = self
                        .decision
                        .overlaps
                        .entry((a, b))
                        .or_insert_with(|| (witness(self.ind, p, &vars, &point), 0));
                    entry.1 += 1;
                }
            }
        }
        Ok(())
    }
}

/// Combinations of answers the lint below goes through at most.
const LINT_COMBINATIONS: usize = 20_000;

/// A question without `när` is asked always, so a blank answer makes the indicator
/// Bortfall; if the rules read it only under some answers of another question, a unit
/// that skipped it there is Bortfall for nothing. The hint names the `när` to write.
/// Decided by going through every combination of the indicator's single categorical
/// questions (indicators with numbers, lists or more combinations are left alone).
fn asked_always(ind: &Indicator) -> Vec<Diagnostic> {
    let qs = &ind.questions;
    let simple = qs.iter().all(|q| {
        q.ty == VarType::Categorical
            && !q.is_list
            && q.value_set.as_ref().is_some_and(|v| !v.values.is_empty())
    });
    let uses_previous = ind.rules.iter().any(|r| {
        let mut refs = vec![];
        crate::ir::logic::cond_vars(&r.when, &mut refs);
        refs.iter().any(|(_, _, prev)| *prev)
    });
    let codes: Vec<Vec<i64>> = qs
        .iter()
        .map(|q| {
            q.value_set
                .as_ref()
                .map(|v| v.values.iter().map(|(c, _)| *c).collect())
                .unwrap_or_default()
        })
        .collect();
    let total: usize = codes.iter().map(Vec::len).product();
    if !simple || uses_previous || qs.len() < 2 || total > LINT_COMBINATIONS {
        return vec![];
    }
    struct Row(Vec<Cell>);
    impl Answers for Row {
        fn cell(&self, q: QId, _: usize) -> Option<&Cell> {
            Some(&self.0[q])
        }
        fn previous(&self, _: QId) -> Option<&Cell> {
            Some(&Cell::Blank)
        }
        fn len(&self, _: QId) -> usize {
            1
        }
    }
    let matching = |row: &Row| -> Vec<bool> {
        ind.rules
            .iter()
            .map(|r| crate::ir::logic::eval_cond(&r.when, row) == Some(true))
            .collect()
    };
    let mut out = vec![];
    for (q, question) in qs.iter().enumerate() {
        if question.asked_when.is_some() || question.optional || !question.can_be_blank() {
            continue;
        }
        // Under which answers of the others does q's answer change which rules match?
        let mut needed: Vec<Vec<bool>> = codes.iter().map(|c| vec![false; c.len()]).collect();
        let mut idx = vec![0usize; qs.len()];
        loop {
            if idx[q] == 0 {
                let mut results = vec![];
                for k in 0..codes[q].len() {
                    let mut cells: Vec<Cell> = idx
                        .iter()
                        .enumerate()
                        .map(|(j, &i)| Cell::Code(codes[j][i]))
                        .collect();
                    cells[q] = Cell::Code(codes[q][k]);
                    results.push(matching(&Row(cells)));
                }
                if results.iter().any(|r| *r != results[0]) {
                    for (j, &i) in idx.iter().enumerate() {
                        needed[j][i] = true;
                    }
                }
            }
            // Next combination.
            let mut j = 0;
            while j < idx.len() {
                idx[j] += 1;
                if idx[j] < codes[j].len() {
                    break;
                }
                idx[j] = 0;
                j += 1;
            }
            if j == idx.len() {
                break;
            }
        }
        let Some(p) = (0..qs.len())
            .find(|&p| p != q && needed[p].iter().any(|&n| n) && needed[p].iter().any(|&n| !n))
        else {
            continue;
        };
        let vs = qs[p].value_set.as_ref().expect("simple");
        let labels: Vec<String> = codes[p]
            .iter()
            .zip(&needed[p])
            .filter(|(_, n)| **n)
            .filter_map(|(c, _)| vs.label_of(*c).map(|l| format!("\"{l}\"")))
            .collect();
        let when = if labels.len() == 1 {
            format!("{} = {}", qs[p].name, labels[0])
        } else {
            format!("{} i [{}]", qs[p].name, labels.join(", "))
        };
        out.push(
            Diagnostic::hint(
                Code::AskedAlways,
                crate::t!(
                    "totality-asked-always",
                    question = &question.name,
                    when = &when
                ),
            )
            .label(question.span, crate::t!("totality-asked-always-label"))
            .help(crate::t!(
                "totality-asked-always-help",
                question = &question.name,
                variable = question.vars[0].to_string(),
                when = &when
            )),
        );
    }
    out
}

fn set(p: &mut Partial, var: Var, st: Option<St>) {
    match var {
        Var::Cur(q, i) => p.cells[q][i] = st,
        Var::Prev(q) => p.previous[q] = st,
    }
}

/// The conditions of one search node as formulas.
struct Ctx<'a> {
    ind: &'a Indicator,
    p: &'a Partial,
    space: Space,
    /// The numeric answers of the formulas: (question, element).
    vars: Vec<(QId, usize)>,
    nonlinear: Option<Span>,
}

impl Ctx<'_> {
    fn var(&mut self, q: QId, i: usize) -> Lin {
        let v = match self.vars.iter().position(|&x| x == (q, i)) {
            Some(v) => v,
            None => {
                self.vars.push((q, i));
                self.vars.len() - 1
            }
        };
        Lin::var(v)
    }

    /// The Bortfall principle (`ir::logic::missing_answer`) as a formula: some asked
    /// question is blank, or some number is Vet ej.
    fn missing(&mut self, free_unless_read: Option<&[bool]>) -> Sym {
        let (ind, p) = (self.ind, self.p);
        let mut parts = vec![];
        for (q, question) in ind.questions.iter().enumerate() {
            let blank_matters = !question.optional && question.can_be_blank();
            for i in 0..question.vars.len() {
                match &p.cells[q][i] {
                    Some(St::VetEj) => parts.push(Ok(F::Const(true))),
                    Some(St::Blank) if blank_matters => parts.push(match &question.asked_when {
                        None => Ok(F::Const(true)),
                        Some(c) => self.cond(c),
                    }),
                    Some(_) => {}
                    None => {
                        let asked = match &question.asked_when {
                            None => Ok(F::Const(true)),
                            Some(c) => self.cond(c),
                        };
                        if free_unless_read.is_some_and(|read| !read[q]) {
                            continue;
                        }
                        let can_vet_ej = question.ty == VarType::Number;
                        if can_vet_ej || (blank_matters && asked != Ok(F::Const(false))) {
                            parts.push(Err(Var::Cur(q, i)));
                        }
                    }
                }
            }
        }
        or(parts)
    }

    fn cond(&mut self, c: &Cond) -> Sym {
        match c {
            Cond::Const(b) => Ok(F::Const(*b)),
            Cond::And(v) => {
                let parts = v.iter().map(|c| self.cond(c)).collect();
                and(parts)
            }
            Cond::Or(v) => {
                let parts = v.iter().map(|c| self.cond(c)).collect();
                or(parts)
            }
            Cond::Not(c) => self.cond(c).map(F::not),
            Cond::Atom(Answer::HasCode {
                q,
                quant,
                previous,
                codes,
                ..
            }) => self.quantify(
                *q,
                *quant,
                *previous,
                |st| matches!(st, St::Code(x) if codes.contains(x)),
            ),
            Cond::Atom(Answer::IsBlank { q, quant, .. }) => {
                self.quantify(*q, *quant, false, |st| matches!(st, St::Blank))
            }
            Cond::Atom(Answer::Compare { op, lhs, rhs, span }) => {
                let (l, r) = (self.num(lhs, *span), self.num(rhs, *span));
                match (l, r) {
                    (Ok(NumSym::None), _) | (_, Ok(NumSym::None)) => Ok(F::Const(false)),
                    (Err(v), _) | (_, Err(v)) => Err(v),
                    (Ok(NumSym::Lin(l)), Ok(NumSym::Lin(r))) => {
                        let d = l.add(&r.neg()); // l − r
                        Ok(match op {
                            CmpOp::Eq => self.space.compare(d, Rel::Eq),
                            CmpOp::Ne => self.space.compare(d, Rel::Eq).not(),
                            CmpOp::Lt => self.space.compare(d, Rel::Lt),
                            CmpOp::Le => self.space.compare(d, Rel::Le),
                            CmpOp::Gt => self.space.compare(d.neg(), Rel::Lt),
                            CmpOp::Ge => self.space.compare(d.neg(), Rel::Le),
                        })
                    }
                }
            }
        }
    }

    fn quantify(&self, q: QId, quant: Quant, previous: bool, test: impl Fn(&St) -> bool) -> Sym {
        let one = |cell: &Option<St>, var: Var| -> Sym {
            match cell {
                Some(st) => Ok(F::Const(test(st))),
                None => Err(var),
            }
        };
        if previous {
            return one(&self.p.previous[q], Var::Prev(q));
        }
        let cells = &self.p.cells[q];
        let elems = || -> Vec<Sym> {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| one(c, Var::Cur(q, i)))
                .collect()
        };
        match quant {
            Quant::One => one(&cells[0], Var::Cur(q, 0)),
            Quant::Any => or(elems()),
            Quant::All => and(elems()),
            Quant::None => or(elems()).map(F::not),
        }
    }

    fn num(&mut self, n: &NumExpr, span: Span) -> Result<NumSym, Var> {
        Ok(match n {
            NumExpr::Const(c) => NumSym::Lin(Lin::constant(c.clone())),
            NumExpr::Var(q) => match &self.p.cells[*q][0] {
                None => return Err(Var::Cur(*q, 0)),
                Some(St::Number) => NumSym::Lin(self.var(*q, 0)),
                Some(_) => NumSym::None,
            },
            NumExpr::Sum(q) => {
                let mut sum = Lin::constant(Num::zero());
                for i in 0..self.p.cells[*q].len() {
                    match &self.p.cells[*q][i] {
                        None => return Err(Var::Cur(*q, i)),
                        Some(St::Number) => {
                            let v = self.var(*q, i);
                            sum = sum.add(&v);
                        }
                        Some(St::Blank) => {}
                        Some(_) => return Ok(NumSym::None),
                    }
                }
                NumSym::Lin(sum)
            }
            NumExpr::Count(q) => {
                let mut n = 0;
                for i in 0..self.p.cells[*q].len() {
                    match &self.p.cells[*q][i] {
                        None => return Err(Var::Cur(*q, i)),
                        Some(St::Blank) => {}
                        Some(_) => n += 1,
                    }
                }
                NumSym::Lin(Lin::constant(num::int(n)))
            }
            NumExpr::Neg(x) => match self.num(x, span)? {
                NumSym::Lin(l) => NumSym::Lin(l.neg()),
                NumSym::None => NumSym::None,
            },
            NumExpr::Bin(op, l, r) => {
                let (l, r) = (self.num(l, span), self.num(r, span));
                let (l, r) = match (l, r) {
                    (Ok(NumSym::None), _) | (_, Ok(NumSym::None)) => return Ok(NumSym::None),
                    (Err(v), _) | (_, Err(v)) => return Err(v),
                    (Ok(NumSym::Lin(l)), Ok(NumSym::Lin(r))) => (l, r),
                };
                match op {
                    ArithOp::Add => NumSym::Lin(l.add(&r)),
                    ArithOp::Sub => NumSym::Lin(l.add(&r.neg())),
                    ArithOp::Mul => match (l.as_constant(), r.as_constant()) {
                        (Some(k), _) => NumSym::Lin(r.scale(&k.clone())),
                        (_, Some(k)) => NumSym::Lin(l.scale(&k.clone())),
                        _ => {
                            self.nonlinear.get_or_insert(span);
                            NumSym::None
                        }
                    },
                    ArithOp::Div => match r.as_constant() {
                        Some(k) if k.is_zero() => NumSym::None,
                        Some(k) => NumSym::Lin(l.scale(&(num::int(1) / k))),
                        None => {
                            self.nonlinear.get_or_insert(span);
                            NumSym::None
                        }
                    },
                }
            }
        })
    }
}

/// Kleene conjunction: false wins, then waiting, then the formula.
fn and(parts: Vec<Sym>) -> Sym {
    let mut fs = vec![];
    let mut waiting = None;
    for p in parts {
        match p {
            Ok(F::Const(false)) => return Ok(F::Const(false)),
            Ok(f) => fs.push(f),
            Err(v) => {
                waiting.get_or_insert(v);
            }
        }
    }
    match waiting {
        Some(v) => Err(v),
        None => Ok(F::and(fs)),
    }
}

fn or(parts: Vec<Sym>) -> Sym {
    let mut fs = vec![];
    let mut waiting = None;
    for p in parts {
        match p {
            Ok(F::Const(true)) => return Ok(F::Const(true)),
            Ok(f) => fs.push(f),
            Err(v) => {
                waiting.get_or_insert(v);
            }
        }
    }
    match waiting {
        Some(v) => Err(v),
        None => Ok(F::or(fs)),
    }
}

/// A complete answer combination: one cell per element of each question, and last
/// year's answer per question. What the search left undecided is filled with an answer
/// that changes nothing: a valid answer where a blank could be Bortfall, else blank.
#[derive(Debug, Clone, PartialEq)]
pub struct Witness {
    pub cells: Vec<Vec<Cell>>,
    pub previous: Vec<Cell>,
}

impl Answers for Witness {
    fn cell(&self, q: QId, i: usize) -> Option<&Cell> {
        Some(&self.cells[q][i])
    }
    fn previous(&self, q: QId) -> Option<&Cell> {
        Some(&self.previous[q])
    }
    fn len(&self, q: QId) -> usize {
        self.cells[q].len()
    }
}

fn witness(ind: &Indicator, p: &Partial, vars: &[(QId, usize)], point: &[Num]) -> Witness {
    let cell = |q: QId, i: usize, st: &Option<St>| -> Cell {
        let question = &ind.questions[q];
        match st {
            None if needs_answer(question) => match &question.value_set {
                Some(vs) if !vs.values.is_empty() => Cell::Code(vs.values[0].0),
                _ => Cell::Number(question.domain.first()),
            },
            None | Some(St::Blank) => Cell::Blank,
            Some(St::VetEj) => Cell::VetEj,
            Some(St::Code(c)) => Cell::Code(*c),
            Some(St::Number) => Cell::Number(
                vars.iter()
                    .position(|&v| v == (q, i))
                    .map(|v| point[v].clone())
                    // A number no comparison reads: any valid one will do.
                    .unwrap_or_else(|| question.domain.first()),
            ),
        }
    };
    Witness {
        cells: p
            .cells
            .iter()
            .enumerate()
            .map(|(q, cs)| cs.iter().enumerate().map(|(i, c)| cell(q, i, c)).collect())
            .collect(),
        previous: p
            .previous
            .iter()
            .map(|st| match st {
                Some(St::Code(c)) => Cell::Code(*c),
                _ => Cell::Blank,
            })
            .collect(),
    }
}

impl Witness {
    /// The answers as an `exempel` writes them: `{ l1 = "Nej", f1 = 0.4, föregående c1 = "Ja" }`.
    pub fn to_example(&self, ind: &Indicator) -> String {
        let value = |q: usize, c: &Cell| -> String {
            match c {
                Cell::Blank | Cell::Invalid => "saknas".into(),
                Cell::VetEj => "\"Vet ej\"".into(),
                Cell::Code(code) => format!(
                    "\"{}\"",
                    ind.questions[q]
                        .value_set
                        .as_ref()
                        .and_then(|v| v.label_of(*code))
                        .unwrap_or("?")
                ),
                Cell::Number(x) => number(x),
            }
        };
        let mut parts = vec![];
        for (q, question) in ind.questions.iter().enumerate() {
            let cells = &self.cells[q];
            if question.is_list {
                if cells.iter().all(|c| *c == Cell::Blank) {
                    continue;
                }
                let elems: Vec<String> = cells.iter().map(|c| value(q, c)).collect();
                parts.push(format!("{} = [{}]", question.name, elems.join(", ")));
            } else if cells[0] != Cell::Blank {
                parts.push(format!("{} = {}", question.name, value(q, &cells[0])));
            }
        }
        for (q, question) in ind.questions.iter().enumerate() {
            if self.previous[q] != Cell::Blank {
                parts.push(format!(
                    "föregående {} = {}",
                    question.name,
                    value(q, &self.previous[q])
                ));
            }
        }
        if parts.is_empty() {
            "{ }".into()
        } else {
            format!("{{ {} }}", parts.join(", "))
        }
    }
}

/// Whether leaving the answer out of an example could make it Bortfall.
fn needs_answer(q: &crate::ir::Question) -> bool {
    q.ty == VarType::Number || (!q.optional && q.can_be_blank())
}

/// A number as an example writes it: `12`, `0.4`, `-10`, every decimal exactly; a
/// fraction without a finite decimal expansion (only an equality can force one) as `1/3`.
fn number(x: &Num) -> String {
    match num::decimal_places(x) {
        Some(places) => num::format_fixed(x, places),
        None => format!("{}/{}", x.numer(), x.denom()),
    }
}

fn mentions_no_code(c: &Cond) -> bool {
    match c {
        Cond::And(v) | Cond::Or(v) => v.iter().any(mentions_no_code),
        Cond::Not(c) => mentions_no_code(c),
        Cond::Atom(Answer::HasCode { codes, .. }) => codes.contains(&crate::ir::NO_CODE),
        _ => false,
    }
}
