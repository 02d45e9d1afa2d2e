//! Exact decision of linear arithmetic over the answers, for the totality proof.
//!
//! A formula is a boolean combination of atoms `Σ aᵢ·xᵢ + c ⋈ 0` (⋈ one of `<`, `≤`,
//! `=`) over numeric answers `xᵢ`, each with its domain (a lower bound, whole or decimal).
//! [`Formula::regions`] enumerates the truth assignments of the atoms that satisfy the
//! formula and are feasible, each with a concrete point: a DPLL search over the atoms
//! whose theory check is Fourier–Motzkin elimination over exact rationals (strict and
//! non-strict inequalities), with branch and bound for whole numbers. Nothing is sampled;
//! a budget that runs out is reported as [`Undecided`], never as an answer.

use crate::num::{self, Num};
use num_integer::Integer;
use num_traits::{One, Zero};
use std::collections::BTreeMap;

/// Index of a numeric variable of the formula.
pub type Var = usize;

/// The domain of one numeric answer: the codebook's `min` and `integer`.
pub use crate::codebook::NumberDomain as Domain;

/// A linear expression `Σ coef·x + constant`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Lin {
    pub coef: BTreeMap<Var, Num>,
    pub constant: Num,
}

impl Lin {
    pub fn constant(c: Num) -> Lin {
        Lin {
            coef: BTreeMap::new(),
            constant: c,
        }
    }
    pub fn var(v: Var) -> Lin {
        Lin {
            coef: BTreeMap::from([(v, num::int(1))]),
            constant: num::int(0),
        }
    }
    pub fn as_constant(&self) -> Option<&Num> {
        self.coef.is_empty().then_some(&self.constant)
    }
    pub fn add(mut self, other: &Lin) -> Lin {
        for (v, c) in &other.coef {
            let e = self.coef.entry(*v).or_insert_with(Num::zero);
            *e += c;
            if e.is_zero() {
                self.coef.remove(v);
            }
        }
        self.constant += &other.constant;
        self
    }
    pub fn scale(mut self, k: &Num) -> Lin {
        if k.is_zero() {
            return Lin::constant(Num::zero());
        }
        for c in self.coef.values_mut() {
            *c *= k;
        }
        self.constant *= k;
        self
    }
    pub fn neg(self) -> Lin {
        self.scale(&num::int(-1))
    }
    fn eval(&self, point: &[Num]) -> Num {
        let mut s = self.constant.clone();
        for (v, c) in &self.coef {
            s += c * &point[*v];
        }
        s
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rel {
    /// `e < 0`
    Lt,
    /// `e ≤ 0`
    Le,
    /// `e = 0`
    Eq,
}

/// An atom `e ⋈ 0`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Atom {
    pub expr: Lin,
    pub rel: Rel,
}

impl Atom {
    fn holds(&self, point: &[Num]) -> bool {
        let v = self.expr.eval(point);
        match self.rel {
            Rel::Lt => v.is_negative(),
            Rel::Le => !v.is_positive(),
            Rel::Eq => v.is_zero(),
        }
    }
}

/// A formula in negation normal form over atoms (by index into [`Formula::atoms`]).
#[derive(Debug, Clone, PartialEq)]
pub enum F {
    Const(bool),
    /// Atom `i` holds (`true`) or does not hold (`false`).
    Lit(usize, bool),
    And(Vec<F>),
    Or(Vec<F>),
}

impl F {
    pub fn and(parts: Vec<F>) -> F {
        let mut out = vec![];
        for p in parts {
            match p {
                F::Const(true) => {}
                F::Const(false) => return F::Const(false),
                F::And(v) => out.extend(v),
                p => out.push(p),
            }
        }
        match out.len() {
            0 => F::Const(true),
            1 => out.pop().unwrap_or(F::Const(true)),
            _ => F::And(out),
        }
    }
    pub fn or(parts: Vec<F>) -> F {
        let mut out = vec![];
        for p in parts {
            match p {
                F::Const(false) => {}
                F::Const(true) => return F::Const(true),
                F::Or(v) => out.extend(v),
                p => out.push(p),
            }
        }
        match out.len() {
            0 => F::Const(false),
            1 => out.pop().unwrap_or(F::Const(false)),
            _ => F::Or(out),
        }
    }
    pub fn not(self) -> F {
        match self {
            F::Const(b) => F::Const(!b),
            F::Lit(i, b) => F::Lit(i, !b),
            F::And(v) => F::or(v.into_iter().map(F::not).collect()),
            F::Or(v) => F::and(v.into_iter().map(F::not).collect()),
        }
    }
    /// The formula with the assigned atoms replaced by their values.
    fn simplify(&self, assigned: &[Option<bool>]) -> F {
        match self {
            F::Const(b) => F::Const(*b),
            F::Lit(i, pol) => match assigned[*i] {
                Some(v) => F::Const(v == *pol),
                None => F::Lit(*i, *pol),
            },
            F::And(v) => F::and(v.iter().map(|f| f.simplify(assigned)).collect()),
            F::Or(v) => F::or(v.iter().map(|f| f.simplify(assigned)).collect()),
        }
    }
    fn first_atom(&self) -> Option<usize> {
        match self {
            F::Const(_) => None,
            F::Lit(i, _) => Some(*i),
            F::And(v) | F::Or(v) => v.iter().find_map(F::first_atom),
        }
    }
    pub fn eval(&self, atoms: &[Atom], point: &[Num]) -> bool {
        match self {
            F::Const(b) => *b,
            F::Lit(i, pol) => atoms[*i].holds(point) == *pol,
            F::And(v) => v.iter().all(|f| f.eval(atoms, point)),
            F::Or(v) => v.iter().any(|f| f.eval(atoms, point)),
        }
    }
}

/// The atoms and variables of one decision problem.
#[derive(Debug, Default)]
pub struct Space {
    pub atoms: Vec<Atom>,
    pub domains: Vec<Domain>,
}

/// The work budget ran out before the question was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Undecided;

/// Work units (constraints built, branches taken) the decisions of one indicator may
/// spend together.
pub const BUDGET: usize = 20_000_000;

impl Space {
    /// The literal `e ⋈ 0`, with the atom interned in a canonical form (integer
    /// coefficients without a common factor, first coefficient positive) so that the
    /// same comparison written twice is one atom.
    pub fn compare(&mut self, expr: Lin, rel: Rel) -> F {
        if let Some(c) = expr.as_constant() {
            return F::Const(match rel {
                Rel::Lt => c.is_negative(),
                Rel::Le => !c.is_positive(),
                Rel::Eq => c.is_zero(),
            });
        }
        let expr = normalise(expr);
        let first_negative = expr.coef.values().next().is_some_and(|c| c.is_negative());
        let (expr, rel, polarity) = if first_negative {
            // e < 0 ⇔ ¬(−e ≤ 0); e ≤ 0 ⇔ ¬(−e < 0); e = 0 ⇔ −e = 0.
            match rel {
                Rel::Lt => (expr.neg(), Rel::Le, false),
                Rel::Le => (expr.neg(), Rel::Lt, false),
                Rel::Eq => (expr.neg(), Rel::Eq, true),
            }
        } else {
            (expr, rel, true)
        };
        let atom = Atom { expr, rel };
        let i = match self.atoms.iter().position(|a| *a == atom) {
            Some(i) => i,
            None => {
                self.atoms.push(atom);
                self.atoms.len() - 1
            }
        };
        F::Lit(i, polarity)
    }

    /// Every feasible region of `f`: a consistent assignment of the atoms `f` depends on
    /// that makes it true, with a point of the domain inside it. At most `limit`
    /// regions; `Ok(vec![])` means `f` is unsatisfiable over the domain.
    pub fn regions(
        &self,
        f: &F,
        limit: usize,
        budget: &mut usize,
    ) -> Result<Vec<Vec<Num>>, Undecided> {
        let mut search = Dpll {
            space: self,
            assigned: vec![None; self.atoms.len()],
            found: vec![],
            limit,
            budget: *budget,
        };
        let r = search.run(f);
        *budget = search.budget;
        r?;
        Ok(search.found)
    }

    /// One point where `f` holds, if there is one.
    pub fn model(&self, f: &F, budget: &mut usize) -> Result<Option<Vec<Num>>, Undecided> {
        Ok(self.regions(f, 1, budget)?.into_iter().next())
    }
}

fn normalise(mut e: Lin) -> Lin {
    // Clear denominators, then divide by the gcd of the numerators.
    let mut lcm = num_bigint::BigInt::one();
    for c in e.coef.values().chain(std::iter::once(&e.constant)) {
        lcm = lcm.lcm(&c.denom());
    }
    let lcm = Num::from_integer(lcm);
    e = e.scale(&lcm);
    let mut g = num_bigint::BigInt::zero();
    for c in e.coef.values() {
        g = g.gcd(&c.numer());
    }
    if !g.is_zero() && !g.is_one() {
        // Only the coefficients' gcd: the constant may then be fractional, which keeps
        // `2x ≤ 1` and `x ≤ 1/2` one atom.
        e = e.scale(&Num::from_big(1.into(), g));
    }
    e
}

struct Dpll<'a> {
    space: &'a Space,
    assigned: Vec<Option<bool>>,
    found: Vec<Vec<Num>>,
    limit: usize,
    budget: usize,
}

impl Dpll<'_> {
    fn run(&mut self, f: &F) -> Result<(), Undecided> {
        if self.found.len() >= self.limit {
            return Ok(());
        }
        self.budget = self.budget.checked_sub(1).ok_or(Undecided)?;
        let g = f.simplify(&self.assigned);
        if g == F::Const(false) {
            return Ok(());
        }
        let point = solve(self.space, &self.assigned, &mut self.budget)?;
        let Some(point) = point else {
            return Ok(()); // the literals so far contradict each other
        };
        let Some(atom) = g.first_atom() else {
            self.found.push(point);
            return Ok(());
        };
        for value in [true, false] {
            self.assigned[atom] = Some(value);
            let r = self.run(&g);
            self.assigned[atom] = None;
            r?;
        }
        Ok(())
    }
}

/// `Σ coef·x + constant < 0` (strict) or `≤ 0`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Ineq {
    expr: Lin,
    strict: bool,
}

/// A point satisfying the assigned literals and the domains, if there is one.
fn solve(
    space: &Space,
    assigned: &[Option<bool>],
    budget: &mut usize,
) -> Result<Option<Vec<Num>>, Undecided> {
    let mut ineqs = vec![];
    let mut eqs = vec![];
    let mut diseqs = vec![];
    for (atom, value) in space.atoms.iter().zip(assigned) {
        let Some(value) = value else { continue };
        let e = atom.expr.clone();
        match (atom.rel, value) {
            (Rel::Lt, true) => ineqs.push(Ineq {
                expr: e,
                strict: true,
            }),
            (Rel::Lt, false) => ineqs.push(Ineq {
                expr: e.neg(),
                strict: false,
            }),
            (Rel::Le, true) => ineqs.push(Ineq {
                expr: e,
                strict: false,
            }),
            (Rel::Le, false) => ineqs.push(Ineq {
                expr: e.neg(),
                strict: true,
            }),
            (Rel::Eq, true) => eqs.push(e),
            (Rel::Eq, false) => diseqs.push(e),
        }
    }
    for (v, d) in space.domains.iter().enumerate() {
        // min − x ≤ 0
        ineqs.push(Ineq {
            expr: Lin::constant(d.min.clone()).add(&Lin::var(v).neg()),
            strict: false,
        });
        // A missing code is Vet ej, never a number: x ≠ c.
        for c in &d.excluded {
            diseqs.push(Lin::var(v).add(&Lin::constant(-c.clone())));
        }
    }
    // Over whole numbers with whole coefficients, an equality whose constant is not
    // whole has no solution (`n1 = n2 + 0.5`): decided here, not by branching forever.
    for e in &eqs {
        if !e.coef.is_empty() && e.coef.keys().all(|v| space.domains[*v].integer) {
            let n = normalise(e.clone());
            if !n.constant.is_integer() {
                return Ok(None);
            }
        }
    }
    // Each `e ≠ 0` is `e < 0` or `−e < 0`: try the combinations.
    solve_diseqs(space, ineqs, &eqs, &diseqs, budget)
}

fn solve_diseqs(
    space: &Space,
    ineqs: Vec<Ineq>,
    eqs: &[Lin],
    diseqs: &[Lin],
    budget: &mut usize,
) -> Result<Option<Vec<Num>>, Undecided> {
    let Some((first, rest)) = diseqs.split_first() else {
        return branch_and_bound(space, ineqs, eqs, budget);
    };
    for side in [first.clone(), first.clone().neg()] {
        let mut with = ineqs.clone();
        with.push(Ineq {
            expr: side,
            strict: true,
        });
        if let Some(p) = solve_diseqs(space, with, eqs, rest, budget)? {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

/// Rational feasibility, then whole numbers by branching on a fractional value.
fn branch_and_bound(
    space: &Space,
    mut ineqs: Vec<Ineq>,
    eqs: &[Lin],
    budget: &mut usize,
) -> Result<Option<Vec<Num>>, Undecided> {
    *budget = budget.checked_sub(1).ok_or(Undecided)?;
    for i in ineqs.iter_mut() {
        tighten(space, i);
    }
    let Some(point) = rational_point(space, &ineqs, eqs, budget)? else {
        return Ok(None);
    };
    let fractional = space
        .domains
        .iter()
        .enumerate()
        .find(|(v, d)| d.integer && !point[*v].is_integer());
    let Some((v, _)) = fractional else {
        return Ok(Some(point));
    };
    let floor = point[v].floor();
    // x ≤ ⌊p⌋  or  ⌊p⌋ + 1 − x ≤ 0
    let below = Ineq {
        expr: Lin::var(v).add(&Lin::constant(-floor.clone())),
        strict: false,
    };
    let above = Ineq {
        expr: Lin::constant(floor + num::int(1)).add(&Lin::var(v).neg()),
        strict: false,
    };
    for extra in [below, above] {
        let mut with = ineqs.clone();
        with.push(extra);
        if let Some(p) = branch_and_bound(space, with, eqs, budget)? {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

/// Over whole-number variables with whole coefficients, `e < 0` is `e + 1 ≤ 0` and
/// `Σ a·x ≤ −c` is `Σ a·x ≤ ⌊−c⌋`: the cuts that make most whole-number cases exact
/// without branching.
fn tighten(space: &Space, i: &mut Ineq) {
    let all_integer = i.expr.coef.keys().all(|v| space.domains[*v].integer);
    if !all_integer || i.expr.coef.is_empty() {
        return;
    }
    let e = normalise(i.expr.clone());
    // normalise gives whole coprime coefficients; only the constant may be fractional.
    let c = e.constant.clone();
    let bound = if i.strict {
        // Σ a·x < −c  ⇔  Σ a·x ≤ ⌈−c⌉ − 1
        (-c).ceil() - num::int(1)
    } else {
        (-c).floor()
    };
    let mut expr = e;
    expr.constant = -bound;
    *i = Ineq {
        expr,
        strict: false,
    };
}

/// Fourier–Motzkin with equality substitution; a point chosen back to front, preferring
/// whole numbers and short decimals so that a counterexample reads like an answer.
fn rational_point(
    space: &Space,
    ineqs: &[Ineq],
    eqs: &[Lin],
    budget: &mut usize,
) -> Result<Option<Vec<Num>>, Undecided> {
    let n = space.domains.len();
    let mut ineqs: Vec<Ineq> = ineqs.to_vec();
    let mut eqs: Vec<Lin> = eqs.to_vec();
    // Equalities: solve each for one variable and substitute it everywhere.
    let mut substituted: Vec<(Var, Lin)> = vec![];
    while let Some(e) = eqs.pop() {
        let Some((&v, a)) = e.coef.iter().next().map(|(v, a)| (v, a.clone())) else {
            if !e.constant.is_zero() {
                return Ok(None);
            }
            continue;
        };
        // x_v = −(e − a·x_v)/a
        let mut rest = e.clone();
        rest.coef.remove(&v);
        let value = rest.scale(&(-num::int(1) / a));
        let sub = |l: &Lin| substitute(l, v, &value);
        eqs = eqs.iter().map(sub).collect();
        for i in ineqs.iter_mut() {
            i.expr = sub(&i.expr);
        }
        for (_, s) in substituted.iter_mut() {
            *s = sub(s);
        }
        substituted.push((v, value));
    }
    let eliminated: Vec<Var> = substituted.iter().map(|(v, _)| *v).collect();
    let order: Vec<Var> = (0..n).filter(|v| !eliminated.contains(v)).collect();
    // Fourier–Motzkin: stages[k] holds the constraints over order[k..].
    let mut stages: Vec<Vec<Ineq>> = vec![];
    let mut current = dedup(ineqs);
    for &v in &order {
        let (mut with, without): (Vec<Ineq>, Vec<Ineq>) = current
            .into_iter()
            .partition(|i| i.expr.coef.contains_key(&v));
        let mut next = without;
        let (pos, neg): (Vec<&Ineq>, Vec<&Ineq>) =
            with.iter().partition(|i| i.expr.coef[&v].is_positive());
        *budget = budget
            .checked_sub(pos.len() * neg.len() + 1)
            .ok_or(Undecided)?;
        for p in &pos {
            for q in &neg {
                let (a, b) = (p.expr.coef[&v].clone(), -q.expr.coef[&v].clone());
                let expr = p.expr.clone().scale(&b).add(&q.expr.clone().scale(&a));
                next.push(Ineq {
                    expr,
                    strict: p.strict || q.strict,
                });
            }
        }
        with.sort();
        stages.push(with);
        current = dedup(next);
        if current.iter().any(contradicts) {
            return Ok(None);
        }
    }
    if current.iter().any(contradicts) {
        return Ok(None);
    }
    // Back-substitution: the last variable eliminated first.
    let mut point: Vec<Option<Num>> = vec![None; n];
    for (k, &v) in order.iter().enumerate().rev() {
        let (mut lo, mut hi): (Option<Bound>, Option<Bound>) = (None, None);
        for i in &stages[k] {
            let a = i.expr.coef[&v].clone();
            let mut rest = i.expr.constant.clone();
            for (w, c) in &i.expr.coef {
                if *w != v {
                    rest += c * point[*w].as_ref().expect("assigned later variable");
                }
            }
            // a·x + rest (<|≤) 0
            let bound = -rest / &a;
            if a.is_positive() {
                if hi
                    .as_ref()
                    .is_none_or(|(h, s)| bound < *h || (bound == *h && !s))
                {
                    hi = Some((bound, i.strict));
                }
            } else if lo
                .as_ref()
                .is_none_or(|(l, s)| bound > *l || (bound == *l && !s))
            {
                lo = Some((bound, i.strict));
            }
        }
        point[v] = Some(pick(lo, hi, space.domains[v].integer));
    }
    for (v, value) in substituted.iter().rev() {
        let mut x = value.constant.clone();
        for (w, c) in &value.coef {
            x += c * point[*w].as_ref().expect("free variable assigned");
        }
        point[*v] = Some(x);
    }
    Ok(Some(
        point.into_iter().map(|p| p.unwrap_or_default()).collect(),
    ))
}

fn substitute(l: &Lin, v: Var, value: &Lin) -> Lin {
    match l.coef.get(&v) {
        None => l.clone(),
        Some(a) => {
            let a = a.clone();
            let mut rest = l.clone();
            rest.coef.remove(&v);
            rest.add(&value.clone().scale(&a))
        }
    }
}

fn contradicts(i: &Ineq) -> bool {
    i.expr.coef.is_empty()
        && (i.expr.constant.is_positive() || (i.strict && i.expr.constant.is_zero()))
}

fn dedup(v: Vec<Ineq>) -> Vec<Ineq> {
    let mut out: Vec<Ineq> = v
        .into_iter()
        .filter(|i| !i.expr.coef.is_empty() || contradicts(i))
        .map(|i| Ineq {
            // normalise scales by a positive factor: the direction stays.
            expr: normalise(i.expr),
            strict: i.strict,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A bound of an interval: the number, and whether it is strict.
type Bound = (Num, bool);

/// A value in the interval, as simple as possible: a whole number, else the fewest
/// decimals, else the midpoint.
fn pick(lo: Option<Bound>, hi: Option<Bound>, integer: bool) -> Num {
    let fits = |x: &Num| {
        lo.as_ref()
            .is_none_or(|(l, s)| if *s { x > l } else { x >= l })
            && hi
                .as_ref()
                .is_none_or(|(h, s)| if *s { x < h } else { x <= h })
    };
    let start = lo
        .as_ref()
        .map(|(l, _)| l.clone())
        .unwrap_or_else(Num::zero);
    let places = if integer { 0..=0 } else { 0..=6 };
    for p in places {
        let scale = Num::from_integer(num_bigint::BigInt::from(10u32).pow(p));
        // The smallest multiple of 10^-p at or after the lower bound, and the next one.
        let first = (&start * &scale).floor() / &scale;
        let step = Num::one() / &scale;
        for k in 0..3 {
            let x = &first + &step * num::int(k);
            if fits(&x) {
                return x;
            }
        }
    }
    match (lo, hi) {
        (Some((l, _)), Some((h, _))) => (l + h) / num::int(2),
        (Some((l, _)), None) => l + num::int(1),
        (None, Some((h, _))) => h - num::int(1),
        (None, None) => Num::zero(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Num {
        num::parse_decimal(s).unwrap()
    }

    fn space(n: usize, integer: bool) -> Space {
        Space {
            atoms: vec![],
            domains: vec![
                Domain {
                    min: Num::zero(),
                    integer,
                    excluded: vec![],
                };
                n
            ],
        }
    }

    /// x ⋈ c
    fn cmp(s: &mut Space, v: Var, op: &str, c: &str) -> F {
        let e = Lin::var(v).add(&Lin::constant(-dec(c)));
        match op {
            "<" => s.compare(e, Rel::Lt),
            "<=" => s.compare(e, Rel::Le),
            ">" => s.compare(e.neg(), Rel::Lt),
            ">=" => s.compare(e.neg(), Rel::Le),
            "=" => s.compare(e, Rel::Eq),
            _ => s.compare(e, Rel::Eq).not(),
        }
    }

    #[test]
    fn overlap_between_close_constants_is_found() {
        let mut s = space(1, false);
        let ja = cmp(&mut s, 0, ">", "0.3");
        let nej = cmp(&mut s, 0, "<", "0.5");
        let p = s
            .model(&F::and(vec![ja, nej]), &mut BUDGET.clone())
            .unwrap()
            .unwrap();
        assert_eq!(p[0], dec("0.4"));
    }

    #[test]
    fn gap_narrower_than_a_half_is_found() {
        let mut s = space(1, false);
        let ja = cmp(&mut s, 0, "<", "1.1");
        let nej = cmp(&mut s, 0, ">", "1.2");
        let gap = F::and(vec![ja.not(), nej.not()]);
        let p = s.model(&gap, &mut BUDGET.clone()).unwrap().unwrap();
        assert!(p[0] >= dec("1.1") && p[0] <= dec("1.2"), "{p:?}");
    }

    #[test]
    fn non_negative_domain_has_no_false_alarm() {
        let mut s = space(1, false);
        let ja = cmp(&mut s, 0, ">", "10");
        let lo = cmp(&mut s, 0, ">=", "0");
        let hi = cmp(&mut s, 0, "<=", "10");
        let nej = F::and(vec![lo, hi]);
        assert_eq!(
            s.model(&F::and(vec![ja.not(), nej.not()]), &mut BUDGET.clone())
                .unwrap(),
            None
        );
    }

    #[test]
    fn whole_numbers_have_no_room_between_neighbours() {
        let mut s = space(1, true);
        let a = cmp(&mut s, 0, ">", "2");
        let b = cmp(&mut s, 0, "<", "3");
        assert_eq!(
            s.model(&F::and(vec![a.clone(), b.clone()]), &mut BUDGET.clone())
                .unwrap(),
            None
        );
        let mut s = space(1, false);
        let a = cmp(&mut s, 0, ">", "2");
        let b = cmp(&mut s, 0, "<", "3");
        assert_eq!(
            s.model(&F::and(vec![a, b]), &mut BUDGET.clone())
                .unwrap()
                .unwrap()[0],
            dec("2.1")
        );
    }

    #[test]
    fn disequality_and_sums() {
        // x + y = 1, x ≠ y, both ≥ 0: x = 0, y = 1 (or the other way round).
        let mut s = space(2, false);
        let sum = Lin::var(0)
            .add(&Lin::var(1))
            .add(&Lin::constant(num::int(-1)));
        let eq = s.compare(sum, Rel::Eq);
        let ne = s
            .compare(Lin::var(0).add(&Lin::var(1).neg()), Rel::Eq)
            .not();
        let f = F::and(vec![eq, ne]);
        let p = s.model(&f, &mut BUDGET.clone()).unwrap().unwrap();
        assert!(f.eval(&s.atoms, &p), "{p:?}");
    }

    #[test]
    fn whole_numbers_make_a_half_unreachable() {
        // n1 = n2 + 0.5 has no whole-number solution: decided, not branched on forever.
        let mut s = space(2, true);
        let e = Lin::var(0)
            .add(&Lin::var(1).neg())
            .add(&Lin::constant(dec("-0.5")));
        let f = s.compare(e, Rel::Eq);
        assert_eq!(s.model(&f, &mut BUDGET.clone()).unwrap(), None);
    }

    #[test]
    fn missing_codes_are_not_numbers() {
        // min -10 with the missing code -9: x > -9.5 and x < -8.5 leaves no number.
        let mut s = space(1, true);
        s.domains[0].min = num::int(-10);
        s.domains[0].excluded = vec![num::int(-9)];
        let a = cmp_neg(&mut s, ">", "-9.5");
        let b = cmp_neg(&mut s, "<", "-8.5");
        assert_eq!(
            s.model(&F::and(vec![a, b]), &mut BUDGET.clone()).unwrap(),
            None
        );
    }

    /// x ⋈ c for a constant that may be negative.
    fn cmp_neg(s: &mut Space, op: &str, c: &str) -> F {
        let e = Lin::var(0).add(&Lin::constant(-dec(c)));
        match op {
            "<" => s.compare(e, Rel::Lt),
            _ => s.compare(e.neg(), Rel::Lt),
        }
    }

    #[test]
    fn regions_are_disjoint_and_each_satisfies() {
        let mut s = space(1, false);
        let a = cmp(&mut s, 0, "<", "1");
        let b = cmp(&mut s, 0, ">", "2");
        let c = cmp(&mut s, 0, ">", "3");
        let d = cmp(&mut s, 0, "<", "4");
        // neither x < 1 nor 2 < x < 4 … gaps [1, 2] and [4, ∞) and x > 3 part is covered
        let covered = F::or(vec![
            a,
            F::and(vec![b, d.clone()]),
            F::and(vec![c, d.not()]),
        ]);
        let gaps = s
            .regions(&covered.clone().not(), 10, &mut BUDGET.clone())
            .unwrap();
        assert!(!gaps.is_empty());
        for p in &gaps {
            assert!(!covered.eval(&s.atoms, p), "{p:?}");
        }
    }
}
