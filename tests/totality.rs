//! The exact decision of rule sets (src/check/totality.rs, src/check/linear.rs).
//!
//! The probes are indicator files checked against a small codebook whose numbers have
//! each kind of domain; each names the defect of the sampling search it replaced. The
//! property test builds random rule sets over two numbers and a categorical answer and
//! compares the decision with brute force by the evaluator (`ir::logic`) over a grid
//! that has a point in every region the rules' comparisons cut the numbers into.

use oj::check::totality::{decide, Decision};
use oj::codebook::{NumberDomain, ValueSet, VarType};
use oj::ir::logic::{eval_cond, missing_answer, Answers, Cell};
use oj::ir::Answer;
use oj::ir::{Aggregation, CmpOp, Cond, Indicator, Kind, Meta, NumExpr, Quant, Question, RuleIr};
use oj::num::{self, Num};
use oj::source::Span;
use oj::syntax::ast::Outcome;
use proptest::prelude::*;
use std::collections::BTreeSet;

const CODEBOOK: &str = r#"
survey: test
publication_year: 2015
matdatum: '2014-11-01'
value_sets:
  ja_nej:
    1: Ja
    2: Nej
variables:
- id: K1
  text: Ja eller nej?
  type: categorical
  values: ja_nej
- id: F1
  text: Ett tal
  type: number
  missing_codes: {-9: Vet ej}
- id: F2
  text: Ett annat tal
  type: number
  missing_codes: {-9: Vet ej}
- id: N1
  text: Ett heltal
  type: number
  integer: true
- id: M1
  text: Ett tal som kan vara negativt
  type: number
  min: -10
- id: M2
  text: Ett tal som kan vara negativt, med Vet ej
  type: number
  min: -10
  missing_codes: {-9: Vet ej}
"#;

/// Checks one indicator (its questions and rules) and returns the rendered diagnostics,
/// with those of its examples when it checks.
fn check(body: &str) -> String {
    check_file(&format!(
        "indikator prov {{\n    indikatornamn \"Prov\"\n    område \"Test\"\n    typ struktur\n    målvärde \"Ja\"\n{body}\n}}\n"
    ))
}

/// Checks a file of the year against the test codebook, its examples included.
fn check_file(text: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let year = tmp.path().join("2015");
    std::fs::create_dir(&year).unwrap();
    std::fs::write(year.join("codebook.yaml"), CODEBOOK).unwrap();
    std::fs::write(
        year.join("ar.oj"),
        "år 2015 { kodbok \"codebook.yaml\" mätdatum 2014-11-01 }\n",
    )
    .unwrap();
    std::fs::write(year.join("a.oj"), text).unwrap();
    let checked = oj::check::check_year(&year);
    let mut diagnostics = checked.diagnostics.0.clone();
    if let Some(program) = &checked.program {
        diagnostics.extend(oj::examples::run(program).failed);
    }
    diagnostics
        .iter()
        .map(|d| {
            let mut s = format!("{} {}", d.code.id(), d.message);
            if let Some(h) = &d.help {
                s.push_str(&format!("\n  help: {h}"));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn overlap_between_constants_closer_than_a_half() {
    let out = check("    fråga f1 = F1\n    Ja när f1 > 0.3\n    Nej när f1 < 0.5");
    assert!(out.contains("E0302"), "{out}");
    assert!(out.contains("{ f1 = 0.4 }"), "{out}");
}

#[test]
fn gap_narrower_than_a_half() {
    let out = check("    fråga f1 = F1\n    Ja när f1 < 1.1\n    Nej när f1 > 1.2");
    assert!(out.contains("E0301"), "{out}");
    assert!(out.contains("{ f1 = 1.1 }"), "{out}");
}

#[test]
fn counterexamples_stay_in_the_domain() {
    // Survey numbers are never negative: `f1 >= 0` covers every answered f1.
    let out = check("    fråga f1 = F1\n    Ja när f1 >= 0");
    assert_eq!(out, "");
    // A gap is shown with a number of the domain, not -0.5.
    let out = check("    fråga f1 = F1\n    Ja när f1 > 0");
    assert!(out.contains("{ f1 = 0 }"), "{out}");
}

#[test]
fn non_negative_numbers_are_no_false_alarm() {
    let out = check("    fråga f1 = F1\n    Ja när f1 > 10\n    Nej när f1 >= 0 och f1 <= 10");
    assert_eq!(out, "");
}

#[test]
fn a_declared_minimum_is_the_domain() {
    let out = check("    fråga m1 = M1\n    Ja när m1 >= 0");
    assert!(out.contains("E0301"), "{out}");
    assert!(out.contains("{ m1 = -10 }"), "{out}");
}

#[test]
fn a_missing_code_in_the_domain_is_vet_ej_not_a_number() {
    // -9 is Vet ej (Bortfall), so no rule needs to cover it.
    let out = check("    fråga m2 = M2\n    Ja när m2 > -9\n    Nej när m2 < -9");
    assert_eq!(out, "");
}

#[test]
fn a_negative_counterexample_can_be_pasted_as_an_example() {
    let body = "    fråga m1 = M1\n    Ja när m1 >= 0";
    let out = check(body);
    let witness = out
        .lines()
        .find(|l| l.trim_start().starts_with('{'))
        .unwrap()
        .trim();
    assert_eq!(witness, "{ m1 = -10 }");
    // Pasted beside the completed rules, it parses, checks and passes as an example.
    let fixed = format!("{body}\n    Nej när m1 < 0\n    exempel {witness} => Nej");
    assert_eq!(check(&fixed), "");
}

#[test]
fn whole_numbers_have_nothing_between_neighbours() {
    assert_eq!(
        check("    fråga n1 = N1\n    Ja när n1 >= 3\n    Nej när n1 <= 2"),
        ""
    );
    // No whole number is both above 2 and below 3.
    assert_eq!(
        check("    fråga n1 = N1\n    Ja när n1 > 2\n    Nej när n1 < 3"),
        ""
    );
    // The same rules over decimals leave the numbers between 2 and 3.
    let out = check("    fråga f1 = F1\n    Ja när f1 >= 3\n    Nej när f1 <= 2");
    assert!(out.contains("{ f1 = 2.1 }"), "{out}");
}

#[test]
fn comparisons_between_answers_and_sums() {
    let out = check(
        "    fråga f1 = F1\n    fråga f2 = F2\n    Ja när f1 + f2 > 10 och f1 < f2\n    Nej när f1 + f2 <= 10\n    Delvis när f1 > f2",
    );
    assert!(out.contains("E0301"), "{out}");
    // The gap is f1 = f2 > 5.
    assert!(out.contains("{ f1 = 6, f2 = 6 }"), "{out}");
}

#[test]
fn summa_over_ten_elements_is_decided() {
    let out = check(
        "    fråga f = [F1, F2, M1, N1, F1, F2, M1, N1, F1, F2] valfri\n    Ja när summa(f) > 40\n    Nej när summa(f) <= 40",
    );
    assert_eq!(out, "");
}

#[test]
fn answer_times_answer_is_an_error() {
    let out = check(
        "    fråga f1 = F1\n    fråga f2 = F2\n    Ja när f1 * f2 > 1\n    Nej när f1 * f2 <= 1",
    );
    assert!(out.contains("E0313"), "{out}");
}

#[test]
fn examples_apply_error_review_rules_as_the_evaluator_does() {
    let file = |expected: &str| {
        format!(
            "granskning f2_le_f1 fel {{\n    fråga a = F1\n    fråga b = F2\n    krav b <= a\n}}\n\n\
             indikator kvot {{\n    indikatornamn \"Kvot\"\n    område \"Test\"\n    typ struktur\n    riktning \"Högt värde är bra\"\n    \
             fråga f1 = F1\n    fråga f2 = F2\n    täljare f2\n    nämnare f1\n    värde procent\n    aggregering poolad\n    \
             exempel {{ f1 = 10, f2 = 12 }} => {expected}\n    exempel {{ f1 = 12, f2 = 6 }} => 50\n}}\n"
        )
    };
    // F2 > F1 breaks the error-severity rule: the unit is Bortfall, as in eval.
    assert_eq!(check_file(&file("Bortfall")), "");
    let out = check_file(&file("120"));
    assert!(out.contains("E0401"), "{out}");
}

// ---------------------------------------------------------------------------------
// Property test: the decision against brute force over a grid.

const CONSTANTS: [(i64, i64); 6] = [(0, 1), (1, 2), (1, 1), (3, 2), (2, 1), (3, 1)];

#[derive(Debug, Clone)]
enum Atom {
    /// x op c (var 0 = x, 1 = y)
    VarConst(usize, CmpOp, usize),
    /// x op y
    VarVar(CmpOp),
    /// k = "Ja" (code 1) or "Nej" (code 2)
    K(i64),
}

#[derive(Debug, Clone)]
enum C {
    Atom(Atom),
    And(Vec<C>),
    Or(Vec<C>),
    Not(Box<C>),
}

fn op() -> impl Strategy<Value = CmpOp> {
    prop_oneof![
        Just(CmpOp::Lt),
        Just(CmpOp::Le),
        Just(CmpOp::Gt),
        Just(CmpOp::Ge),
        Just(CmpOp::Eq),
        Just(CmpOp::Ne)
    ]
}

fn atom() -> impl Strategy<Value = Atom> {
    prop_oneof![
        (0..2usize, op(), 0..CONSTANTS.len()).prop_map(|(v, o, c)| Atom::VarConst(v, o, c)),
        op().prop_map(Atom::VarVar),
        (1..3i64).prop_map(Atom::K),
    ]
}

fn cond() -> impl Strategy<Value = C> {
    atom().prop_map(C::Atom).prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 2..3).prop_map(C::And),
            prop::collection::vec(inner.clone(), 2..3).prop_map(C::Or),
            inner.prop_map(|c| C::Not(Box::new(c))),
        ]
    })
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![Just(Outcome::Ja), Just(Outcome::Delvis), Just(Outcome::Nej)]
}

fn constant(i: usize) -> Num {
    let (n, d) = CONSTANTS[i];
    num::int(n) / num::int(d)
}

fn lower(c: &C) -> Cond {
    let span = Span::default();
    match c {
        C::Atom(Atom::VarConst(v, op, k)) => Cond::Atom(Answer::Compare {
            op: *op,
            lhs: NumExpr::Var(1 + v),
            rhs: NumExpr::Const(constant(*k)),
            span,
        }),
        C::Atom(Atom::VarVar(op)) => Cond::Atom(Answer::Compare {
            op: *op,
            lhs: NumExpr::Var(1),
            rhs: NumExpr::Var(2),
            span,
        }),
        C::Atom(Atom::K(code)) => Cond::Atom(Answer::HasCode {
            q: 0,
            quant: Quant::One,
            previous: false,
            codes: vec![*code],
            span,
        }),
        C::And(v) => Cond::And(v.iter().map(lower).collect()),
        C::Or(v) => Cond::Or(v.iter().map(lower).collect()),
        C::Not(c) => Cond::Not(Box::new(lower(c))),
    }
}

fn question(name: &str, ty: VarType, optional: bool) -> Question {
    Question {
        name: name.into(),
        vars: vec![name.to_uppercase()],
        is_list: false,
        ty,
        value_set: (ty == VarType::Categorical).then(|| ValueSet {
            name: "ja_nej".into(),
            values: vec![(1, "Ja".into()), (2, "Nej".into())],
        }),
        domain: NumberDomain::default(),
        optional,
        asked_when: None,
        span: Span::default(),
    }
}

fn indicator(rules: &[(Outcome, C)], y_optional: bool) -> Indicator {
    Indicator {
        id: "prov".into(),
        family: None,
        part: None,
        meta: Meta::default(),
        questions: vec![
            question("k", VarType::Categorical, false),
            question("x", VarType::Number, false),
            question("y", VarType::Number, y_optional),
        ],
        rules: rules
            .iter()
            .map(|(o, c)| RuleIr {
                outcome: *o,
                when: lower(c),
                span: Span::default(),
            })
            .collect(),
        kind: Kind::Classification,
        aggregation: Aggregation::AndelJa,
        examples: vec![],
        levels: oj::ir::Level::ALL.to_vec(),
        span: Span::default(),
        id_span: Span::default(),
    }
}

struct Row(Vec<Cell>);

impl Answers for Row {
    fn cell(&self, q: usize, _: usize) -> Option<&Cell> {
        Some(&self.0[q])
    }
    fn previous(&self, _: usize) -> Option<&Cell> {
        Some(&Cell::Blank)
    }
    fn len(&self, _: usize) -> usize {
        1
    }
}

/// Every boundary constant, two points inside every interval between neighbours (so
/// that x < y, x = y and x > y each occur inside one), and two beyond the largest.
fn grid() -> Vec<Cell> {
    let mut cs: Vec<Num> = (0..CONSTANTS.len()).map(constant).collect();
    cs.sort();
    cs.dedup();
    let mut points = vec![];
    for w in cs.windows(2) {
        let step = (&w[1] - &w[0]) / num::int(3);
        points.push(w[0].clone());
        points.push(&w[0] + &step);
        points.push(&w[0] + &step * num::int(2));
    }
    let last = cs.last().unwrap().clone();
    points.push(last.clone());
    points.push(&last + num::int(1));
    points.push(&last + num::int(2));
    let mut cells: Vec<Cell> = points.into_iter().map(Cell::Number).collect();
    cells.push(Cell::Blank);
    cells.push(Cell::VetEj);
    cells
}

struct Brute {
    gap: bool,
    overlaps: BTreeSet<(usize, usize)>,
    reached: Vec<bool>,
}

fn matching(ind: &Indicator, a: &dyn Answers) -> Vec<usize> {
    ind.rules
        .iter()
        .enumerate()
        .filter(|(_, r)| eval_cond(&r.when, a) == Some(true))
        .map(|(i, _)| i)
        .collect()
}

fn brute(ind: &Indicator) -> Brute {
    let mut b = Brute {
        gap: false,
        overlaps: BTreeSet::new(),
        reached: vec![false; ind.rules.len()],
    };
    let g = grid();
    for k in [Cell::Code(1), Cell::Code(2), Cell::Blank] {
        for x in &g {
            for y in &g {
                let row = Row(vec![k.clone(), x.clone(), y.clone()]);
                if missing_answer(&ind.questions, &row) != Some(None) {
                    continue; // Bortfall
                }
                let m = matching(ind, &row);
                if m.is_empty() {
                    b.gap = true;
                }
                for &i in &m {
                    b.reached[i] = true;
                    for &j in &m {
                        if i < j && ind.rules[i].outcome != ind.rules[j].outcome {
                            b.overlaps.insert((i, j));
                        }
                    }
                }
            }
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn decision_agrees_with_brute_force(
        rules in prop::collection::vec((outcome(), cond()), 1..4),
        y_optional in any::<bool>(),
    ) {
        let ind = indicator(&rules, y_optional);
        let d: Decision = decide(&ind).expect("small rule sets are decided");
        let b = brute(&ind);
        prop_assert_eq!(d.gap_count > 0, b.gap, "gap: {:?}", d.gaps);
        let overlaps: BTreeSet<(usize, usize)> = d.overlaps.keys().copied().collect();
        prop_assert_eq!(&overlaps, &b.overlaps);
        prop_assert_eq!(&d.reached, &b.reached);
        // Every counterexample is an answered combination in the gap or the overlap.
        for w in &d.gaps {
            prop_assert_eq!(missing_answer(&ind.questions, w), Some(None));
            prop_assert!(matching(&ind, w).is_empty(), "{:?}", w);
            for row in &w.cells {
                for c in row {
                    if let Cell::Number(x) = c {
                        prop_assert!(*x >= num::int(0));
                    }
                }
            }
        }
        for ((i, j), (w, _)) in &d.overlaps {
            prop_assert_eq!(missing_answer(&ind.questions, w), Some(None));
            let m = matching(&ind, w);
            prop_assert!(m.contains(i) && m.contains(j), "{:?} {:?}", w, m);
        }
    }
}
