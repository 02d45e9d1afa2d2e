//! The checked, typed intermediate representation: what the evaluator runs and what a
//! future SQL backend or language server reads. Families are expanded, names resolved to
//! codebook variables, answer labels to codes, and every indicator is known to be either a
//! total classification or a well-formed measure.

pub mod logic;

use crate::codebook::{Codebook, NumberDomain, ValueSet, VarType};
use crate::num::Num as Rational;
use crate::source::Span;
use crate::syntax::ast::{BinOp, Date, Outcome, Severity};

/// One publication year's checked indicator set.
#[derive(Debug, Clone)]
pub struct Program {
    pub year: u32,
    pub matdatum: Date,
    pub codebook: Codebook,
    /// The previous publication year's codebook, for `föregående(...)`.
    pub previous_codebook: Option<Codebook>,
    pub indicators: Vec<Indicator>,
    pub reviews: Vec<Review>,
    /// The year's sources (`källa`), in file order.
    pub sources: Vec<SourceDef>,
    /// Indicators of the inherited year that this year does not publish: (id, reason).
    pub removed: Vec<(String, String)>,
    /// The year this one inherits from, if any.
    pub parent: Option<u32>,
    /// Every file the year was read from: indicator files (its own and inherited) and
    /// codebooks (for the manifest).
    pub files: Vec<std::path::PathBuf>,
}

impl Program {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// A comparison. Its own type, so that a condition cannot hold `och` or `+` where a
/// comparison belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// The comparison as written: `=`, `!=`, `<`, `<=`, `>`, `>=`.
    pub fn symbol(self) -> &'static str {
        self.binop().symbol()
    }
    /// Whether `a op b`: the one definition every evaluator uses.
    pub fn holds<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
    pub fn from_binop(op: BinOp) -> Option<CmpOp> {
        Some(match op {
            BinOp::Eq => CmpOp::Eq,
            BinOp::Ne => CmpOp::Ne,
            BinOp::Lt => CmpOp::Lt,
            BinOp::Le => CmpOp::Le,
            BinOp::Gt => CmpOp::Gt,
            BinOp::Ge => CmpOp::Ge,
            _ => return None,
        })
    }
    pub fn binop(self) -> BinOp {
        match self {
            CmpOp::Eq => BinOp::Eq,
            CmpOp::Ne => BinOp::Ne,
            CmpOp::Lt => BinOp::Lt,
            CmpOp::Le => BinOp::Le,
            CmpOp::Gt => BinOp::Gt,
            CmpOp::Ge => BinOp::Ge,
        }
    }
}

/// Arithmetic between numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl ArithOp {
    pub fn symbol(self) -> &'static str {
        self.binop().symbol()
    }
    pub fn from_binop(op: BinOp) -> Option<ArithOp> {
        Some(match op {
            BinOp::Add => ArithOp::Add,
            BinOp::Sub => ArithOp::Sub,
            BinOp::Mul => ArithOp::Mul,
            BinOp::Div => ArithOp::Div,
            _ => return None,
        })
    }
    pub fn binop(self) -> BinOp {
        match self {
            ArithOp::Add => BinOp::Add,
            ArithOp::Sub => BinOp::Sub,
            ArithOp::Mul => BinOp::Mul,
            ArithOp::Div => BinOp::Div,
        }
    }
    /// The operator's precedence as the language parses it (for writing it back).
    pub fn precedence(self) -> u8 {
        match self {
            ArithOp::Add | ArithOp::Sub => 1,
            ArithOp::Mul | ArithOp::Div => 2,
        }
    }
}

/// The code that matches no answer: a label this part of a family does not offer
/// ("samma ansvariga chef" in a part whose question has no such answer).
pub const NO_CODE: i64 = i64::MIN;

/// Index of a question within its indicator or review.
pub type QId = usize;

#[derive(Debug, Clone)]
pub struct Question {
    pub name: String,
    /// Codebook variable ids; one unless the question is a list.
    pub vars: Vec<String>,
    pub is_list: bool,
    pub ty: VarType,
    pub value_set: Option<ValueSet>,
    /// Numbers: the valid answers (whole or decimal, the lowest).
    pub domain: NumberDomain,
    /// A blank answer is allowed (numbers: left out of `summa`).
    pub optional: bool,
    /// The questionnaire asks this question only when the condition holds; a blank
    /// answer when it is asked makes the indicator `Bortfall`.
    pub asked_when: Option<Cond>,
    pub span: Span,
}

impl Question {
    /// Whether a blank answer can occur at all (tick boxes and text cannot be blank
    /// in a way that matters).
    pub fn can_be_blank(&self) -> bool {
        match self.ty {
            VarType::Categorical => self
                .value_set
                .as_ref()
                .is_some_and(|vs| vs.blank_means().is_none()),
            VarType::Number => true,
            VarType::Text => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quant {
    /// A single question.
    One,
    /// `någon(lista)`
    Any,
    /// `alla(lista)`
    All,
    /// `ingen(lista)`
    None,
}

/// One condition language for every condition of a year: `and`, `or`, `not` and
/// constants over atoms. A survey rule's atoms are [`Answer`]s (three-valued: an answer
/// can be not known yet, in the checker's partial assignments); a register row's or a
/// kommun's slots' atoms are [`Check`]s. [`Logic::eval`] is the one evaluator of the
/// connectives, in Kleene's three-valued logic; [`Logic::holds`] is its two-valued case.
#[derive(Debug, Clone, PartialEq)]
pub enum Logic<A> {
    Const(bool),
    And(Vec<Logic<A>>),
    Or(Vec<Logic<A>>),
    Not(Box<Logic<A>>),
    Atom(A),
}

impl<A> Logic<A> {
    /// The truth value, `None` when not known yet: `and` is false as soon as one part is
    /// false, true when all are true; `or` dually; `not` of unknown is unknown.
    pub fn eval(&self, atom: &impl Fn(&A) -> Option<bool>) -> Option<bool> {
        match self {
            Logic::Const(b) => Some(*b),
            Logic::And(cs) => {
                let mut unknown = false;
                for c in cs {
                    match c.eval(atom) {
                        Some(false) => return Some(false),
                        None => unknown = true,
                        Some(true) => {}
                    }
                }
                (!unknown).then_some(true)
            }
            Logic::Or(cs) => {
                let mut unknown = false;
                for c in cs {
                    match c.eval(atom) {
                        Some(true) => return Some(true),
                        None => unknown = true,
                        Some(false) => {}
                    }
                }
                (!unknown).then_some(false)
            }
            Logic::Not(c) => c.eval(atom).map(|b| !b),
            Logic::Atom(a) => atom(a),
        }
    }

    /// The truth value when every atom is known: [`Logic::eval`]'s two-valued case,
    /// written out because the register scan runs it on every person record.
    pub fn holds(&self, atom: &impl Fn(&A) -> bool) -> bool {
        match self {
            Logic::Const(b) => *b,
            Logic::And(cs) => cs.iter().all(|c| c.holds(atom)),
            Logic::Or(cs) => cs.iter().any(|c| c.holds(atom)),
            Logic::Not(c) => !c.holds(atom),
            Logic::Atom(a) => atom(a),
        }
    }

    /// The same condition over other atoms.
    pub fn map<B>(&self, f: &impl Fn(&A) -> B) -> Logic<B> {
        match self {
            Logic::Const(b) => Logic::Const(*b),
            Logic::And(cs) => Logic::And(cs.iter().map(|c| c.map(f)).collect()),
            Logic::Or(cs) => Logic::Or(cs.iter().map(|c| c.map(f)).collect()),
            Logic::Not(c) => Logic::Not(Box::new(c.map(f))),
            Logic::Atom(a) => Logic::Atom(f(a)),
        }
    }

    /// Every atom, in order of appearance.
    pub fn atoms(&self) -> Vec<&A> {
        fn walk<'a, A>(c: &'a Logic<A>, out: &mut Vec<&'a A>) {
            match c {
                Logic::Const(_) => {}
                Logic::And(cs) | Logic::Or(cs) => cs.iter().for_each(|c| walk(c, out)),
                Logic::Not(c) => walk(c, out),
                Logic::Atom(a) => out.push(a),
            }
        }
        let mut out = vec![];
        walk(self, &mut out);
        out
    }
}

/// A condition over the answers.
pub type Cond = Logic<Answer>;

/// What a survey condition asks of the answers.
#[derive(Debug, Clone)]
pub enum Answer {
    /// The answer (or, with a quantifier, the answers) has one of these codes.
    HasCode {
        q: QId,
        quant: Quant,
        previous: bool,
        codes: Vec<i64>,
        span: Span,
    },
    /// The answer is blank.
    IsBlank { q: QId, quant: Quant, span: Span },
    /// A comparison of numbers; false when an operand has no number.
    Compare {
        op: CmpOp,
        lhs: NumExpr,
        rhs: NumExpr,
        span: Span,
    },
}

/// A number expression.
#[derive(Debug, Clone)]
pub enum NumExpr {
    Const(Rational),
    Var(QId),
    /// Sum of the answered numbers of a list (or the one number).
    Sum(QId),
    /// How many elements of a list are answered.
    Count(QId),
    Neg(Box<NumExpr>),
    Bin(ArithOp, Box<NumExpr>, Box<NumExpr>),
}

#[derive(Debug, Clone)]
pub struct RuleIr {
    pub outcome: Outcome,
    pub when: Cond,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// 100 × täljare / nämnare
    Percent,
    /// täljare / nämnare
    Ratio,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregation {
    /// Share of units with `Ja` among units with Ja, Delvis or Nej.
    AndelJa,
    /// Σ täljare / Σ nämnare over units with a result.
    Poolad,
    /// Unweighted mean of the unit values.
    Medelvarde,
    /// Source indicators: recomputed from the counts or sums of the whole level.
    Kalla,
}

impl Aggregation {
    pub fn keyword(self) -> &'static str {
        match self {
            Aggregation::AndelJa => "andel_ja",
            Aggregation::Poolad => "poolad",
            Aggregation::Medelvarde => "medelvärde",
            Aggregation::Kalla => "poolad",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Measure {
    pub taljare: NumExpr,
    pub namnare: NumExpr,
    pub scale: Scale,
    pub decimals: u32,
}

#[derive(Debug, Clone)]
pub enum Kind {
    Classification,
    Measure(Measure),
    /// Computed per kommun from a `källa` (register or per-kommun table).
    Source(Box<SourceMeasure>),
}

/// The publishable metadata of an indicator (the guide's table).
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub indikatornamn: String,
    pub kortnamn: Option<String>,
    pub omrade: String,
    pub kvalitetsomrade: Option<String>,
    pub typ: String,
    pub malvarde: Option<String>,
    pub riktning: Option<String>,
    pub matdatum: Option<Date>,
    pub matperiod: Option<(Date, Date)>,
    pub syfte: Option<String>,
    pub matt: Option<String>,
    pub teknisk_beskrivning: Option<String>,
    /// The texts as written, before `{mätår}` is filled in (for `oj diff`).
    pub texts: Vec<(&'static str, String)>,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    /// The family template (`extern_{del}`) and this part's key and label.
    pub family: Option<String>,
    pub part: Option<(String, String)>,
    pub meta: Meta,
    pub questions: Vec<Question>,
    /// Classification rules, or the Bortfall / Ej aktuellt rules of a measure.
    pub rules: Vec<RuleIr>,
    pub kind: Kind,
    pub aggregation: Aggregation,
    pub examples: Vec<Example>,
    /// The levels the indicator is published at (`publiceras`; all when not given), in
    /// the order of [`Level::ALL`].
    pub levels: Vec<Level>,
    /// The whole definition.
    pub span: Span,
    /// Its id as written (`extern_{del}`): where a diagnostic about the whole
    /// indicator points, so that it does not print the whole block.
    pub id_span: Span,
}

impl Indicator {
    /// The indicator as a table heads it: its kortnamn, else its name.
    pub fn short_name(&self) -> String {
        self.meta
            .kortnamn
            .clone()
            .unwrap_or_else(|| self.meta.indikatornamn.clone())
    }

    /// The decimals a value is published with (a classification: none).
    pub fn decimals(&self) -> u32 {
        match &self.kind {
            Kind::Measure(m) => m.decimals,
            Kind::Source(m) => m.decimals,
            Kind::Classification => 0,
        }
    }

    /// Every codebook variable the indicator reads (current year), in question order.
    pub fn reads(&self) -> impl Iterator<Item = &str> {
        self.questions
            .iter()
            .flat_map(|q| q.vars.iter().map(String::as_str))
    }
}

/// An answer in an example (already resolved to codes and numbers).
#[derive(Debug, Clone, PartialEq)]
pub enum ExampleCell {
    Blank,
    Code(i64),
    Number(Rational),
    VetEj,
}

#[derive(Debug, Clone)]
pub struct Example {
    pub title: Option<String>,
    /// Per question: one cell per variable.
    pub answers: Vec<Vec<ExampleCell>>,
    /// Per question: the previous year's answer, when given.
    pub previous: Vec<Option<ExampleCell>>,
    pub expected: ExpectedIr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExpectedIr {
    Outcome(Outcome),
    Value(Rational),
}

#[derive(Debug, Clone)]
pub struct Review {
    /// The published name (review.csv's `rule`).
    pub name: String,
    /// What the rule is known by across years: `metod_utan_anvandning[missbruk]`.
    pub identity: String,
    pub severity: Severity,
    pub part: Option<(String, String)>,
    pub questions: Vec<Question>,
    pub requirements: Vec<Cond>,
    pub span: Span,
}

/// The levels at which figures are published: each unit, and the groups of units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Enhet,
    Lan,
    Riket,
    Befolkningsgrupp,
    Kommungrupp,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Enhet => "enhet",
            Level::Lan => "lan",
            Level::Riket => "riket",
            Level::Befolkningsgrupp => "befolkningsgrupp",
            Level::Kommungrupp => "kommungrupp",
        }
    }
    pub const ALL: [Level; 5] = [
        Level::Enhet,
        Level::Lan,
        Level::Riket,
        Level::Befolkningsgrupp,
        Level::Kommungrupp,
    ];
    /// How the language names the level (`publiceras enhet, län, riket`).
    pub fn keyword(self) -> &'static str {
        match self {
            Level::Lan => "län",
            other => other.label(),
        }
    }
    /// As a Swedish sentence says it: `enhet (kommun eller stadsdel)`, `län`, …
    pub fn swedish(self) -> &'static str {
        match self {
            Level::Enhet => "kommun eller stadsdel",
            Level::Lan => "län",
            Level::Riket => "riket",
            Level::Befolkningsgrupp => "befolkningsgrupp",
            Level::Kommungrupp => "kommungrupp",
        }
    }
    pub const GROUPS: [Level; 4] = [
        Level::Lan,
        Level::Riket,
        Level::Befolkningsgrupp,
        Level::Kommungrupp,
    ];
}

// ---- sources: registers and per-kommun tables (methodology.md §4, §5) ---------------

/// A data file of the year beside survey.csv, declared with `källa`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDef {
    pub name: String,
    /// File name inside `DATA/YEAR/`.
    pub file: String,
    pub per: Per,
    pub columns: Vec<ColumnDef>,
    /// The column of type `kommun`: the kommun a row belongs to.
    pub kommun: usize,
    pub span: Span,
}

impl SourceDef {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// One row per person, counted for the kommun in its kommun column.
    Person,
    /// One row per kommun.
    Kommun,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDef {
    pub name: String,
    pub ty: ColType,
    /// A blank cell is a value (`saknas`), not an error.
    pub optional: bool,
    /// How a reader says the column (`födelseår`); the guide falls back to the name.
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    /// A whole number.
    Heltal,
    /// A decimal number (`12,5` or `12.5`).
    Tal,
    /// 1 or 0.
    Flagga,
    /// A four-digit kommunkod of units.csv.
    Kommun,
    /// Free text, never read by a rule.
    Text,
}

impl ColType {
    pub const ALL: [(&'static str, ColType); 5] = [
        ("heltal", ColType::Heltal),
        ("tal", ColType::Tal),
        ("flagga", ColType::Flagga),
        ("kommun", ColType::Kommun),
        ("text", ColType::Text),
    ];
    pub fn keyword(self) -> &'static str {
        ColType::ALL.iter().find(|(_, t)| *t == self).unwrap().0
    }
}

/// A condition over one record's values: a person record of a register (numbers are
/// [`RowNum`]) or a kommun's slots (numbers are [`SlotNum`]). Lowered once
/// (check::source) and evaluated by [`Test::holds`].
pub type Test<N> = Logic<Check<N>>;

/// What a record condition asks of one record.
#[derive(Debug, Clone, PartialEq)]
pub enum Check<N> {
    /// The value at this index is blank.
    Blank(usize),
    /// False when an operand is blank.
    Cmp(CmpOp, N, N),
}

impl<N> Logic<Check<N>> {
    /// Whether the test holds, with `value` giving a number (`None`: blank) and `blank`
    /// whether the value at an index is blank. A comparison with a blank is false.
    pub fn test<V: PartialOrd>(
        &self,
        value: &impl Fn(&N) -> Option<V>,
        blank: &impl Fn(usize) -> bool,
    ) -> bool {
        self.holds(&|c| match c {
            Check::Blank(i) => blank(*i),
            Check::Cmp(op, a, b) => match (value(a), value(b)) {
                (Some(a), Some(b)) => op.holds(&a, &b),
                _ => false,
            },
        })
    }
}

/// A condition over one person record, compiled for the one-pass register scan: columns
/// are indices into the record, values whole numbers (blank = `None`).
pub type RowCond = Test<RowNum>;

#[derive(Debug, Clone, PartialEq)]
pub enum RowNum {
    Col(usize),
    Const(i64),
    /// `mätår+N`: the year of the indicator's mätdatum plus N ([`SourceMeasure::matar`]),
    /// kept symbolic so that an inherited indicator moves with the year.
    Year(i64),
    /// `gy_examen_ar - fodelsear`: whole-number arithmetic (`+`, `-`, `*`); blank when a
    /// column it reads is blank.
    Bin(ArithOp, Box<RowNum>, Box<RowNum>),
}

impl RowNum {
    /// The number of one record (`None`: a column it reads is blank). Division is not a
    /// person-condition operator (the checker refuses it): whole numbers stay whole.
    pub fn value(&self, record: &[Option<i64>], matar: i64) -> Option<i64> {
        match self {
            RowNum::Col(i) => record[*i],
            RowNum::Const(x) => Some(*x),
            RowNum::Year(o) => matar.checked_add(*o),
            RowNum::Bin(op, a, b) => {
                let (a, b) = (a.value(record, matar)?, b.value(record, matar)?);
                // Beyond i64 is no year, age or count of a register: no value.
                match op {
                    ArithOp::Add => a.checked_add(b),
                    ArithOp::Sub => a.checked_sub(b),
                    ArithOp::Mul => a.checked_mul(b),
                    ArithOp::Div => None,
                }
            }
        }
    }

    /// With `mätår` replaced by the year it stands for (for the guide and SQL, which
    /// show and compute years).
    pub fn at_year(&self, matar: i64) -> RowNum {
        match self {
            RowNum::Year(o) => RowNum::Const(matar + o),
            RowNum::Bin(op, a, b) => {
                RowNum::Bin(*op, Box::new(a.at_year(matar)), Box::new(b.at_year(matar)))
            }
            other => other.clone(),
        }
    }

    /// A condition with every `mätår` replaced by the year.
    pub fn cond_at_year(c: &RowCond, matar: i64) -> RowCond {
        c.map(&|a| match a {
            Check::Blank(i) => Check::Blank(*i),
            Check::Cmp(op, x, y) => Check::Cmp(*op, x.at_year(matar), y.at_year(matar)),
        })
    }

    /// The columns it reads.
    pub fn columns(&self, out: &mut Vec<usize>) {
        match self {
            RowNum::Col(i) => out.push(*i),
            RowNum::Const(_) | RowNum::Year(_) => {}
            RowNum::Bin(_, a, b) => {
                a.columns(out);
                b.columns(out);
            }
        }
    }
}

/// What a value slot of a source indicator's formulas holds for one kommun.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    /// One of the indicator's own counts (`räkna`).
    Count(usize),
    /// Another indicator's count in the same kommun and subgroup (`behorig_gy.m`).
    External { indicator: String, count: String },
    /// A column of a per-kommun source.
    Column(usize),
    /// A survey number summed over the kommun's enheter (`fråga`), this year or the
    /// previous (`föregående(f1)`).
    Survey { question: usize, previous: bool },
}

/// A number over slots (täljare, nämnare), computed exactly.
#[derive(Debug, Clone, PartialEq)]
pub enum SlotNum {
    Const(Rational),
    Slot(usize),
    Neg(Box<SlotNum>),
    Bin(ArithOp, Box<SlotNum>, Box<SlotNum>),
}

/// A condition over slots (sekretess, giltig när).
pub type SlotCond = Test<SlotNum>;

/// A survey question read by a per-kommun indicator: summed over the kommun's enheter.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyRead {
    pub name: String,
    pub var: String,
    /// Each enhet's answer must satisfy this (slot 0 is the answer).
    pub valid_when: Option<SlotCond>,
}

/// An indicator computed per kommun from a source: a register indicator (counts over
/// person records) or a bakgrundsmått (columns of a per-kommun table, survey sums).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceMeasure {
    pub source: usize,
    /// The column of type `kommun` that places a person (`källa register efter …`): the
    /// kommun the record counts for.
    pub kommun: usize,
    /// The year `mätår` stands for in its conditions: the year of the indicator's
    /// mätdatum.
    pub matar: i64,
    /// `(key, label, condition)` of the subgroup this indicator is restricted to.
    pub subgroup: Option<(String, String, RowCond)>,
    pub population: RowCond,
    pub counts: Vec<(String, RowCond)>,
    pub survey: Vec<SurveyRead>,
    pub slots: Vec<Slot>,
    pub slot_names: Vec<String>,
    /// Where each slot is first named (diagnostics, hover).
    pub slot_spans: Vec<Span>,
    pub taljare: SlotNum,
    pub namnare: SlotNum,
    pub scale: Scale,
    pub decimals: u32,
    pub suppression: Option<SlotCond>,
    /// Secondary suppression within a län, smallest value of this slot first.
    pub secondary: Option<usize>,
    /// Suppression linked across a total and its subgroups (`sekundärsekretess
    /// undergrupper minsta n`): the total's id, the slot that orders them, and how many
    /// subgroups the definition has (a retired one is never published).
    pub linked: Option<(String, usize, usize)>,
    pub examples: Vec<SourceExample>,
    /// Examples over the kommuner of one län (suppression across kommuner).
    pub lan_examples: Vec<LanExample>,
}

/// `exempel "…" län { 0114 { n = 15, t = 5 } … } => { 0114 x, län 55 }`, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct LanExample {
    pub title: Option<String>,
    /// (kommunkod, value per slot)
    pub members: Vec<(String, Vec<Option<Rational>>)>,
    /// (kommunkod or `län`, expected)
    pub expected: Vec<(String, SourceExpected)>,
    pub span: Span,
}

/// `exempel { n = 40, t = 3, behorig_gy.m = 2 } => x`, resolved to slots.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceExample {
    pub title: Option<String>,
    /// Per slot: the given value (`None`: blank / not given).
    pub values: Vec<Option<Rational>>,
    pub expected: SourceExpected,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SourceExpected {
    Value(Rational),
    Suppressed,
    Bortfall,
}

#[cfg(test)]
mod tests {
    use super::Logic;

    /// Kleene's logic as an order false < unknown < true: `and` is the minimum, `or`
    /// the maximum, `not` the reflection. Every tree of two levels over three atoms with
    /// every assignment of the three values.
    #[test]
    fn eval_is_kleene_and_holds_is_its_two_valued_case() {
        let rank = |v: Option<bool>| match v {
            Some(false) => 0,
            None => 1,
            Some(true) => 2,
        };
        let atoms = || (0..3).map(Logic::Atom).collect::<Vec<_>>();
        let mut trees: Vec<Logic<usize>> = vec![Logic::Const(true), Logic::Const(false)];
        trees.extend(atoms());
        for t in trees.clone() {
            trees.push(Logic::Not(Box::new(t)));
        }
        trees.push(Logic::And(atoms()));
        trees.push(Logic::Or(atoms()));
        trees.push(Logic::And(vec![]));
        trees.push(Logic::Or(vec![]));
        trees.push(Logic::Or(vec![
            Logic::And(atoms()),
            Logic::Not(Box::new(Logic::Atom(1))),
        ]));
        let values = [Some(false), None, Some(true)];
        fn reference(
            t: &Logic<usize>,
            v: &[Option<bool>; 3],
            rank: &dyn Fn(Option<bool>) -> i32,
        ) -> i32 {
            match t {
                Logic::Const(b) => rank(Some(*b)),
                Logic::Atom(i) => rank(v[*i]),
                Logic::Not(c) => 2 - reference(c, v, rank),
                Logic::And(cs) => cs.iter().map(|c| reference(c, v, rank)).min().unwrap_or(2),
                Logic::Or(cs) => cs.iter().map(|c| reference(c, v, rank)).max().unwrap_or(0),
            }
        }
        for a in values {
            for b in values {
                for c in values {
                    let v = [a, b, c];
                    for t in &trees {
                        let got = t.eval(&|i: &usize| v[*i]);
                        assert_eq!(rank(got), reference(t, &v, &rank), "{t:?} on {v:?}");
                        if v.iter().all(Option::is_some) {
                            assert_eq!(t.holds(&|i: &usize| v[*i].unwrap()), got.unwrap());
                        }
                    }
                }
            }
        }
    }
}
