//! The abstract syntax tree of an indicator file: what the methodologist wrote, with
//! spans, before any name is resolved. Family templates (`A1_{del}`) are kept as written;
//! they are expanded by the checker.

use crate::source::Span;
use std::fmt;

/// A node with its position. `Debug` prints `node @ start..end`. Equality compares
/// positions too; `syntax::print::same_tree` compares two trees without them.
#[derive(Clone, PartialEq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

impl<T: fmt::Debug> fmt::Debug for Spanned<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.node.fmt(f)?;
        write!(f, " @ {:?}", self.span)
    }
}

pub type Name = Spanned<String>;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct File {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Year(YearBlock),
    Indicator(Indicator),
    Review(Review),
    Removal(Removal),
    Extension(Extension),
    Change(Change),
    Source(SourceBlock),
}

/// `källa register "register.csv" per person { fodelsear heltal … }`
#[derive(Debug, Clone, PartialEq)]
pub struct SourceBlock {
    pub name: Name,
    pub file: Spanned<String>,
    /// `person` or `kommun`, as written.
    pub per: Name,
    pub columns: Vec<Column>,
    pub span: Span,
}

/// `grundskola_behorig flagga valfri`
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: Name,
    pub ty: Name,
    pub optional: bool,
    /// How a reader says the column (`"födelseår"`), for the guide's Beräkning.
    pub description: Option<String>,
    pub span: Span,
}

/// `utöka extern_{del} med { kriminalvard "Kriminalvården" }`
#[derive(Debug, Clone, PartialEq)]
pub struct Extension {
    pub id: Name,
    pub parts: Vec<Part>,
    pub span: Span,
}

/// `ändra samlad_plan { indikatornamn "…" }`: metadata of an inherited indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub id: Name,
    pub meta: Vec<MetaField>,
    /// `publiceras …`: replaces the inherited levels.
    pub levels: Vec<Publication>,
    pub span: Span,
}

/// `år 2015 { kodbok "codebook.yaml" mätdatum 2014-11-01 … }`
#[derive(Debug, Clone, PartialEq)]
pub struct YearBlock {
    pub year: Spanned<u32>,
    pub settings: Vec<Setting>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub key: Name,
    pub value: Spanned<Value>,
}

/// `utgår kompetens_a "skäl"`
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    pub id: Name,
    /// `utgår granskning …`: a review rule, by name and qualifier.
    pub review: Option<Option<Name>>,
    pub reason: Option<Spanned<String>>,
    pub span: Span,
}

/// A metadata value as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Word(String),
    Date(Date),
    Period(Date, Date),
    /// `24 månader` (or `2 år`) ending at mätdatum, as a number of months.
    Months(u32),
    /// `kalenderåret mätår-1` (1 January–31 December) or `läsåret mätår-1` (1 July–30
    /// June of the next year), the year relative to the year of mätdatum.
    Calendar(CalendarPeriod, i64),
    Integer(u64),
}

/// A calendar date as written (`2014-11-01`); validated by the checker.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `2014-11-01`; `None` unless it is a real calendar date.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=Date::days_in_month(year, month)).contains(&day))
            .then_some(Date { year, month, day })
    }

    /// The days of a month of the Gregorian calendar.
    pub fn days_in_month(year: i32, month: u32) -> u32 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        match month {
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 31,
        }
    }

    /// Parses a period written `2013-11-01..2014-11-01`.
    pub fn parse_period(s: &str) -> Option<(Date, Date)> {
        let (a, b) = s.trim().split_once("..")?;
        Some((Date::parse(a)?, Date::parse(b)?))
    }

    /// As a Swedish text writes a date: `1 november 2014`.
    pub fn swedish(&self) -> String {
        const MONTHS: [&str; 12] = [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ];
        let month = MONTHS[(self.month as usize).clamp(1, 12) - 1];
        format!("{} {month} {}", self.day, self.year)
    }

    /// A period as a Swedish text writes it: `1 november 2013–1 november 2014`.
    pub fn swedish_period((a, b): (Date, Date)) -> String {
        format!("{}–{}", a.swedish(), b.swedish())
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A kind of calendar period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarPeriod {
    /// 1 January – 31 December.
    Kalenderar,
    /// 1 July – 30 June of the next year, the Swedish school year.
    Lasar,
}

impl CalendarPeriod {
    pub fn keyword(self) -> &'static str {
        match self {
            CalendarPeriod::Kalenderar => "kalenderåret",
            CalendarPeriod::Lasar => "läsåret",
        }
    }
    /// The first and last day of the period that begins in `year`.
    pub fn dates(self, year: i32) -> (Date, Date) {
        match self {
            CalendarPeriod::Kalenderar => (
                Date {
                    year,
                    month: 1,
                    day: 1,
                },
                Date {
                    year,
                    month: 12,
                    day: 31,
                },
            ),
            CalendarPeriod::Lasar => (
                Date {
                    year,
                    month: 7,
                    day: 1,
                },
                Date {
                    year: year + 1,
                    month: 6,
                    day: 30,
                },
            ),
        }
    }
}

/// An end of a range: `1988`, or relative to the year of mätdatum, `mätår-26`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Whole(i64),
    /// `mätår+N` (N may be negative): moves with the year when inherited.
    Matar(i64),
}

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bound::Whole(v) => write!(f, "{v}"),
            Bound::Matar(0) => write!(f, "mätår"),
            Bound::Matar(o) if *o > 0 => write!(f, "mätår+{o}"),
            Bound::Matar(o) => write!(f, "mätår{o}"),
        }
    }
}

/// `indikator foraldrar_{del} för del i { … } { … }`
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: Name,
    pub parts: Option<Parts>,
    pub meta: Vec<MetaField>,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    pub measure: Vec<MeasureField>,
    /// Members of an indicator computed from a `källa`.
    pub source: Vec<SourceField>,
    pub examples: Vec<Example>,
    /// `publiceras enhet, län, riket` (each line as written; the checker allows one).
    pub levels: Vec<Publication>,
    pub span: Span,
}

/// `publiceras enhet, riket`: the levels an indicator is published at.
#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    pub levels: Vec<Name>,
    pub span: Span,
}

/// The members of an indicator that is computed from a source (`källa`).
#[derive(Debug, Clone, PartialEq)]
pub enum SourceField {
    /// `källa register`, or `källa register efter folkbokforingskommun`
    Source(Name, Option<Name>),
    /// `undergrupp _sverige "födda i Sverige" när fodd_i_sverige = 1`
    Subgroup {
        key: Name,
        label: Spanned<String>,
        when: Expr,
        span: Span,
    },
    /// `population fodelsear i 1988..1996 och …`
    Population(Expr),
    /// `räkna m när grundskola_behorig saknas` (no condition: every person)
    Count {
        name: Name,
        when: Option<Expr>,
        span: Span,
    },
    /// `sekretess när n < 20 eller …`
    Suppression(Expr),
    /// `sekundärsekretess minsta n`
    Secondary(Name),
    /// `sekundärsekretess undergrupper minsta n`
    LinkedSecondary(Name),
    /// `exempel "…" län { 0114 { n = 15 } … } => { 0114 x, län 55 }`
    LanExample(LanExample),
}

/// An example over the kommuner of one län (for suppression across kommuner).
#[derive(Debug, Clone, PartialEq)]
pub struct LanExample {
    pub title: Option<Spanned<String>>,
    /// (kommunkod, its values)
    pub members: Vec<(Spanned<String>, Vec<Binding>)>,
    /// (kommunkod, or `län`, expected)
    pub expected: Vec<(Spanned<String>, Spanned<Expected>)>,
    pub span: Span,
}

/// `för del i { oppenvard "öppenvården" … }`
#[derive(Debug, Clone, PartialEq)]
pub struct Parts {
    pub var: Name,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub key: Name,
    pub label: Spanned<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetaField {
    pub key: Name,
    pub value: Spanned<Value>,
}

/// `fråga a2 = A2_{del} när a1 = "Ja"` or `fråga g6 = [G6_1, G6_2] valfri`
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub name: Name,
    pub variables: Vec<Name>,
    pub is_list: bool,
    pub optional: bool,
    pub asked_when: Option<Expr>,
    /// `giltig när f1 > 0`
    pub valid_when: Option<Expr>,
    pub span: Span,
}

/// `Ja när a1 = "Ja" och a2 = "Ja"`
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub outcome: Spanned<Outcome>,
    pub when: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    Ja,
    Delvis,
    Nej,
    EjAktuellt,
    Bortfall,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Ja => "Ja",
            Outcome::Delvis => "Delvis",
            Outcome::Nej => "Nej",
            Outcome::EjAktuellt => "Ej aktuellt",
            Outcome::Bortfall => "Bortfall",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum MeasureField {
    Taljare(Expr),
    Namnare(Expr),
    /// `värde procent` / `värde kvot 1 decimal`
    Varde {
        scale: Name,
        decimals: Option<Spanned<u32>>,
        span: Span,
    },
    /// `aggregering poolad`
    Aggregering(Name),
}

/// `exempel "text" { a1 = "Ja", föregående c1 = "Nej" } => Ja`
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub title: Option<Spanned<String>>,
    pub bindings: Vec<Binding>,
    pub expected: Spanned<Expected>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub previous: bool,
    pub name: Name,
    pub value: Spanned<ExampleValue>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExampleValue {
    Blank,
    Text(String),
    Number(String),
    List(Vec<Spanned<ExampleValue>>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Outcome(Outcome),
    Number(String),
    /// `x`: suppressed.
    Suppressed,
}

/// `granskning socionom_le_total fel { krav F2_socionom <= F1_handlaggare }`
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub name: Name,
    /// `[missbruk]`: tells apart rules that share a published name.
    pub qualifier: Option<Name>,
    pub severity: Spanned<Severity>,
    pub parts: Option<Parts>,
    pub questions: Vec<Question>,
    pub requirements: Vec<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Fel,
    Varning,
}

impl Review {
    /// What the rule is known by in `utgår` and when a year replaces it:
    /// `metod_utan_anvandning[missbruk]`, or the name alone.
    pub fn identity(&self) -> String {
        review_identity(
            &self.name.node,
            self.qualifier.as_ref().map(|q| q.node.as_str()),
        )
    }
}

pub fn review_identity(name: &str, qualifier: Option<&str>) -> String {
    match qualifier {
        Some(q) => format!("{name}[{q}]"),
        None => name.to_string(),
    }
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Fel => "fel",
            Severity::Varning => "varning",
        }
    }
}

pub type Expr = Spanned<ExprKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// A local question name, or a codebook variable id.
    Name(String),
    Text(String),
    Number(String),
    Call(Func, Name),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    IsBlank(Box<Expr>),
    IsAnswered(Box<Expr>),
    In(Box<Expr>, Vec<Spanned<String>>),
    /// `fodelsear i 1988..1996`, both ends included.
    Range(Box<Expr>, Bound, Bound),
    /// `behorig_gy.m`: another indicator's count, same unit and subgroup.
    Qualified(String, String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Func {
    /// `någon(lista)`: at least one element.
    Nagon,
    /// `alla(lista)`: every element.
    Alla,
    /// `ingen(lista)`: no element.
    Ingen,
    /// `summa(lista)`: sum of the answered numbers.
    Summa,
    /// `antal(lista)`: how many are answered.
    Antal,
    /// `föregående(fråga)`: the same unit's answer in the previous publication year.
    Foregaende,
}

impl Func {
    pub fn keyword(self) -> &'static str {
        match self {
            Func::Nagon => "någon",
            Func::Alla => "alla",
            Func::Ingen => "ingen",
            Func::Summa => "summa",
            Func::Antal => "antal",
            Func::Foregaende => "föregående",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "eller",
            BinOp::And => "och",
            BinOp::Eq => "=",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
        }
    }
}
