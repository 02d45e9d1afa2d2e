//! The checked, typed intermediate representation: what the evaluator runs and what a
//! future SQL backend or language server reads. Families are expanded, names resolved to
//! codebook variables, answer labels to codes, and every indicator is known to be either a
//! total classification or a well-formed measure.

use crate::codebook::{Codebook, ValueSet, VarType};
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
    /// Indicators of the inherited year that this year does not publish: (id, reason).
    pub removed: Vec<(String, String)>,
    /// The year this one inherits from, if any.
    pub parent: Option<u32>,
}

impl Program {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

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

/// A condition over the answers.
#[derive(Debug, Clone)]
pub enum Cond {
    Const(bool),
    And(Vec<Cond>, Span),
    Or(Vec<Cond>, Span),
    Not(Box<Cond>, Span),
    /// The answer (or, with a quantifier, the answers) has one of these codes.
    HasCode {
        q: QId,
        quant: Quant,
        previous: bool,
        codes: Vec<i64>,
        span: Span,
    },
    /// The answer is blank.
    IsBlank {
        q: QId,
        quant: Quant,
        span: Span,
    },
    /// A comparison of numbers; false when an operand has no number.
    Compare {
        op: BinOp,
        lhs: NumExpr,
        rhs: NumExpr,
        span: Span,
    },
}

impl Cond {
    pub fn span(&self) -> Option<Span> {
        match self {
            Cond::Const(_) => None,
            Cond::And(_, s) | Cond::Or(_, s) | Cond::Not(_, s) => Some(*s),
            Cond::HasCode { span, .. }
            | Cond::IsBlank { span, .. }
            | Cond::Compare { span, .. } => Some(*span),
        }
    }
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
    Bin(BinOp, Box<NumExpr>, Box<NumExpr>),
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
}

impl Aggregation {
    pub fn keyword(self) -> &'static str {
        match self {
            Aggregation::AndelJa => "andel_ja",
            Aggregation::Poolad => "poolad",
            Aggregation::Medelvarde => "medelvärde",
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
    pub span: Span,
}

impl Indicator {
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
    pub name: String,
    pub severity: Severity,
    pub part: Option<(String, String)>,
    pub questions: Vec<Question>,
    pub requirements: Vec<Cond>,
    pub span: Span,
}
