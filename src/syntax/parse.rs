use super::ast::*;
use super::errors::{check_nesting, syntax_error};
use super::grammar::{OjParser, Rule};
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Span};
use pest::iterators::{Pair, Pairs};
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest::Parser as _;
use std::sync::OnceLock;

/// The publication years the engine accepts: Öppna jämförelser began in the 2000s; a
/// year outside this range is a typing error, and `year - 1` never underflows.
pub const FIRST_YEAR: u32 = 1990;
pub const LAST_YEAR: u32 = 2100;

/// Parses one indicator file. A syntax error yields one diagnostic (pest stops at the
/// first); the checker then reports every semantic error of the files that parsed.
pub fn parse_file(file: FileId, text: &str) -> Result<File, Diagnostic> {
    check_nesting(file, text)?;
    let mut pairs = OjParser::parse(Rule::file, text).map_err(|e| syntax_error(file, text, e))?;
    let cx = Cx { file };
    let root = pairs.next().expect("file rule always yields one pair");
    let mut items = vec![];
    for pair in root.into_inner() {
        match pair.as_rule() {
            Rule::year_block => items.push(Item::Year(cx.year_block(pair)?)),
            Rule::indicator => items.push(Item::Indicator(cx.indicator(pair)?)),
            Rule::review => items.push(Item::Review(cx.review(pair)?)),
            Rule::source_block => items.push(Item::Source(cx.source_block(pair))),
            Rule::removal => items.push(Item::Removal(cx.removal(pair))),
            Rule::extension => items.push(Item::Extension(cx.extension(pair))),
            Rule::change => items.push(Item::Change(cx.change(pair)?)),
            Rule::EOI => {}
            r => unreachable!("grammar: unexpected item {r:?}"),
        }
    }
    Ok(File { items })
}

struct Cx {
    file: FileId,
}

fn pratt() -> &'static PrattParser<Rule> {
    static P: OnceLock<PrattParser<Rule>> = OnceLock::new();
    P.get_or_init(|| {
        PrattParser::new()
            .op(Op::infix(Rule::op_or, Assoc::Left))
            .op(Op::infix(Rule::op_and, Assoc::Left))
            .op(Op::prefix(Rule::op_not))
            .op(Op::infix(Rule::op_eq, Assoc::Left)
                | Op::infix(Rule::op_ne, Assoc::Left)
                | Op::infix(Rule::op_lt, Assoc::Left)
                | Op::infix(Rule::op_le, Assoc::Left)
                | Op::infix(Rule::op_gt, Assoc::Left)
                | Op::infix(Rule::op_ge, Assoc::Left))
            .op(Op::postfix(Rule::op_is_blank)
                | Op::postfix(Rule::op_is_not_blank)
                | Op::postfix(Rule::op_in)
                | Op::postfix(Rule::op_range))
            .op(Op::infix(Rule::op_add, Assoc::Left) | Op::infix(Rule::op_sub, Assoc::Left))
            .op(Op::infix(Rule::op_mul, Assoc::Left) | Op::infix(Rule::op_div, Assoc::Left))
            .op(Op::prefix(Rule::op_neg))
    })
}

impl Cx {
    /// The pair's span without the trailing whitespace and comments pest includes.
    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        let text = s.as_str();
        let mut end = text.len();
        loop {
            let trimmed = text[..end].trim_end();
            // Drop a trailing comment line: `… # comment`
            match trimmed
                .rfind('\n')
                .map(|i| &trimmed[i + 1..])
                .unwrap_or(trimmed)
                .trim_start()
                .starts_with('#')
                && trimmed.contains('\n')
            {
                true => end = trimmed.rfind('\n').unwrap_or(0),
                false => {
                    end = trimmed.len();
                    break;
                }
            }
        }
        Span::new(self.file, s.start(), s.start() + end)
    }
    fn name(&self, pair: Pair<Rule>) -> Name {
        Spanned::new(pair.as_str().to_string(), self.span(&pair))
    }
    fn string(&self, pair: Pair<Rule>) -> Spanned<String> {
        let span = self.span(&pair);
        let inner = pair.into_inner().next().map(|p| p.as_str()).unwrap_or("");
        Spanned::new(unescape(inner), span)
    }

    fn date(&self, pair: Pair<Rule>) -> Result<Date, Diagnostic> {
        let span = self.span(&pair);
        let s = pair.as_str();
        let year: i32 = s[0..4].parse().unwrap_or(0);
        let month: u32 = s[5..7].parse().unwrap_or(0);
        let day: u32 = s[8..10].parse().unwrap_or(0);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        if day == 0 || day > days_in_month {
            return Err(Diagnostic::error(
                Code::InvalidDate,
                crate::t!("syntax-invalid-date", date = s),
            )
            .label(span, crate::t!("syntax-invalid-date-label"))
            .help(crate::t!("syntax-invalid-date-help")));
        }
        Ok(Date { year, month, day })
    }

    /// `mätår`, `mätår-26`, `mätår+1`: the offset from the year of mätdatum.
    fn year_offset(&self, p: Pair<Rule>) -> Result<i64, Diagnostic> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        Ok(match (it.next(), it.next()) {
            (Some(sign), Some(n)) => {
                // A publication compares years within a lifetime: ±200 is plenty, and
                // keeps every year computed from it far from overflow.
                let n: i64 = n
                    .as_str()
                    .parse()
                    .ok()
                    .filter(|n: &i64| *n <= 200)
                    .ok_or_else(|| {
                        Diagnostic::error(Code::Syntax, crate::t!("syntax-year-offset-too-far"))
                            .label(span, crate::t!("syntax-year-offset-too-far-label"))
                            .help(crate::t!("syntax-year-offset-too-far-help"))
                    })?;
                if sign.as_str() == "-" {
                    -n
                } else {
                    n
                }
            }
            _ => 0,
        })
    }

    fn value(&self, pair: Pair<Rule>) -> Result<Spanned<Value>, Diagnostic> {
        let span = self.span(&pair);
        let v = match pair.as_rule() {
            Rule::string => Value::Text(self.string(pair).node),
            Rule::word => Value::Word(pair.as_str().to_string()),
            Rule::integer => Value::Integer(pair.as_str().parse().unwrap_or(u64::MAX)),
            Rule::date => Value::Date(self.date(pair)?),
            Rule::relative_period => {
                let mut it = pair.into_inner();
                let n: u32 = it.next().unwrap().as_str().parse().unwrap_or(u32::MAX / 12);
                let unit = it.next().unwrap();
                Value::Months(if unit.as_rule() == Rule::kw_ar_unit {
                    n.saturating_mul(12)
                } else {
                    n
                })
            }
            Rule::period => {
                let mut it = pair.into_inner();
                let a = self.date(it.next().unwrap())?;
                let b = self.date(it.next().unwrap())?;
                Value::Period(a, b)
            }
            Rule::calendar_period => {
                let mut it = pair.into_inner();
                let kind = match it.next().unwrap().as_str() {
                    "läsåret" => CalendarPeriod::Lasar,
                    _ => CalendarPeriod::Kalenderar,
                };
                let offset = self.year_offset(it.next().unwrap())?;
                Value::Calendar(kind, offset)
            }
            r => unreachable!("grammar: value {r:?}"),
        };
        Ok(Spanned::new(v, span))
    }

    fn year_block(&self, pair: Pair<Rule>) -> Result<YearBlock, Diagnostic> {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // kw_ar
        let y = it.next().unwrap();
        let year_span = self.span(&y);
        let year = match y.as_str().parse::<u32>() {
            Ok(n) if (FIRST_YEAR..=LAST_YEAR).contains(&n) => Spanned::new(n, year_span),
            _ => {
                return Err(Diagnostic::error(
                    Code::YearOutOfRange,
                    crate::t!("syntax-year-out-of-range", year = y.as_str()),
                )
                .label(
                    year_span,
                    crate::t!(
                        "syntax-year-out-of-range-label",
                        first = FIRST_YEAR.to_string(),
                        last = LAST_YEAR.to_string()
                    ),
                )
                .help(crate::t!("syntax-year-out-of-range-help")))
            }
        };
        let mut settings = vec![];
        for s in it {
            let mut kv = s.into_inner();
            let key = self.name(kv.next().unwrap());
            let value = self.value(kv.next().unwrap())?;
            settings.push(Setting { key, value });
        }
        Ok(YearBlock {
            year,
            settings,
            span,
        })
    }

    fn removal(&self, pair: Pair<Rule>) -> Removal {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next();
        let target = it.next().unwrap();
        let (id, review) = if target.as_rule() == Rule::review_ref {
            let mut r = target.into_inner();
            r.next(); // granskning
            let id = self.name(r.next().unwrap());
            let q = r.next().map(|q| self.name(q.into_inner().next().unwrap()));
            (id, Some(q))
        } else {
            (self.name(target), None)
        };
        let reason = it.next().map(|p| self.string(p));
        Removal {
            id,
            review,
            reason,
            span,
        }
    }

    fn extension(&self, pair: Pair<Rule>) -> Extension {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // utöka
        let id = self.name(it.next().unwrap());
        it.next(); // med
        let parts = it.map(|p| self.part(p)).collect();
        Extension { id, parts, span }
    }

    fn change(&self, pair: Pair<Rule>) -> Result<Change, Diagnostic> {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // ändra
        let id = self.name(it.next().unwrap());
        let (mut meta, mut levels) = (vec![], vec![]);
        for p in it {
            if p.as_rule() == Rule::publication {
                levels.push(self.publication(p));
                continue;
            }
            let mut kv = p.into_inner();
            let key = self.name(kv.next().unwrap());
            let value = self.value(kv.next().unwrap())?;
            meta.push(MetaField { key, value });
        }
        Ok(Change {
            id,
            meta,
            levels,
            span,
        })
    }

    /// `publiceras enhet, län, riket`
    fn publication(&self, p: Pair<Rule>) -> Publication {
        let span = self.span(&p);
        let levels = p.into_inner().skip(1).map(|w| self.name(w)).collect();
        Publication { levels, span }
    }

    /// `hvb "hem för vård eller boende (HVB)"`
    fn part(&self, pair: Pair<Rule>) -> Part {
        let mut kv = pair.into_inner();
        Part {
            key: self.name(kv.next().unwrap()),
            label: self.string(kv.next().unwrap()),
        }
    }

    fn parts(&self, pair: Pair<Rule>) -> Parts {
        let mut it = pair.into_inner();
        it.next(); // för
        let var = self.name(it.next().unwrap());
        it.next(); // i
        let parts = it.map(|p| self.part(p)).collect();
        Parts { var, parts }
    }

    fn indicator(&self, pair: Pair<Rule>) -> Result<Indicator, Diagnostic> {
        let span = self.span(&pair);
        let mut it = pair.into_inner().peekable();
        it.next(); // kw
        let id = self.name(it.next().unwrap());
        let mut ind = Indicator {
            id,
            parts: None,
            meta: vec![],
            questions: vec![],
            rules: vec![],
            measure: vec![],
            source: vec![],
            examples: vec![],
            levels: vec![],
            span,
        };
        for p in it {
            match p.as_rule() {
                Rule::parts => ind.parts = Some(self.parts(p)),
                Rule::meta_field => {
                    let mut kv = p.into_inner();
                    let key = self.name(kv.next().unwrap());
                    let value = self.value(kv.next().unwrap())?;
                    ind.meta.push(MetaField { key, value });
                }
                Rule::question => ind.questions.push(self.question(p)?),
                Rule::outcome_rule => ind.rules.push(self.outcome_rule(p)?),
                Rule::measure_field => ind.measure.push(self.measure_field(p)?),
                Rule::example => ind.examples.push(self.example(p)?),
                Rule::publication => ind.levels.push(self.publication(p)),
                Rule::source_ref
                | Rule::subgroup
                | Rule::population
                | Rule::count
                | Rule::suppression
                | Rule::secondary
                | Rule::linked_secondary
                | Rule::lan_example => ind.source.push(self.source_field(p)?),
                r => unreachable!("grammar: indicator member {r:?}"),
            }
        }
        Ok(ind)
    }

    fn question(&self, pair: Pair<Rule>) -> Result<Question, Diagnostic> {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // fråga
        let name = self.name(it.next().unwrap());
        let mut q = Question {
            name,
            variables: vec![],
            is_list: false,
            optional: false,
            asked_when: None,
            valid_when: None,
            span,
        };
        for p in it {
            match p.as_rule() {
                Rule::template => q.variables.push(self.name(p)),
                Rule::variable_list => {
                    q.is_list = true;
                    q.variables = p.into_inner().map(|v| self.name(v)).collect();
                }
                Rule::optional => q.optional = true,
                Rule::asked_when => {
                    let e = p.into_inner().nth(1).unwrap();
                    q.asked_when = Some(self.expr(e)?);
                }
                Rule::valid_when => {
                    let e = p.into_inner().nth(2).unwrap();
                    q.valid_when = Some(self.expr(e)?);
                }
                r => unreachable!("grammar: question {r:?}"),
            }
        }
        Ok(q)
    }

    fn source_block(&self, pair: Pair<Rule>) -> SourceBlock {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // källa
        let name = self.name(it.next().unwrap());
        let file = self.string(it.next().unwrap());
        it.next(); // per
        let per = self.name(it.next().unwrap());
        let columns = it
            .map(|c| {
                let cspan = self.span(&c);
                let mut kv = c.into_inner();
                let name = self.name(kv.next().unwrap());
                let ty = self.name(kv.next().unwrap());
                let (mut optional, mut description) = (false, None);
                for p in kv {
                    match p.as_rule() {
                        Rule::optional => optional = true,
                        _ => description = Some(self.string(p).node),
                    }
                }
                Column {
                    name,
                    ty,
                    optional,
                    description,
                    span: cspan,
                }
            })
            .collect();
        SourceBlock {
            name,
            file,
            per,
            columns,
            span,
        }
    }

    fn source_field(&self, pair: Pair<Rule>) -> Result<SourceField, Diagnostic> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        if rule == Rule::lan_example {
            return self.lan_example(pair).map(SourceField::LanExample);
        }
        let mut it = pair.into_inner();
        it.next(); // keyword
        Ok(match rule {
            Rule::source_ref => {
                let name = self.name(it.next().unwrap());
                let column = it.nth(1).map(|p| self.name(p));
                SourceField::Source(name, column)
            }
            Rule::subgroup => {
                let key = self.name(it.next().unwrap());
                let label = self.string(it.next().unwrap());
                it.next(); // när
                SourceField::Subgroup {
                    key,
                    label,
                    when: self.expr(it.next().unwrap())?,
                    span,
                }
            }
            Rule::population => SourceField::Population(self.expr(it.next().unwrap())?),
            Rule::count => {
                let name = self.name(it.next().unwrap());
                let when = match it.nth(1) {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                SourceField::Count { name, when, span }
            }
            Rule::suppression => SourceField::Suppression(self.expr(it.nth(1).unwrap())?),
            Rule::secondary => SourceField::Secondary(self.name(it.nth(1).unwrap())),
            Rule::linked_secondary => SourceField::LinkedSecondary(self.name(it.nth(2).unwrap())),
            r => unreachable!("grammar: source field {r:?}"),
        })
    }

    fn lan_example(&self, pair: Pair<Rule>) -> Result<LanExample, Diagnostic> {
        let span = self.span(&pair);
        let mut ex = LanExample {
            title: None,
            members: vec![],
            expected: vec![],
            span,
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_exempel | Rule::kw_lan => {}
                Rule::string => ex.title = Some(self.string(p)),
                Rule::lan_member => {
                    let mut it = p.into_inner();
                    let code = self.string_of(it.next().unwrap());
                    let bindings = it.map(|b| self.binding(b)).collect();
                    ex.members.push((code, bindings));
                }
                Rule::lan_expected => {
                    let mut it = p.into_inner();
                    let unit = self.string_of(it.next().unwrap());
                    let e = it.next().unwrap();
                    ex.expected.push((unit, self.expected(e)));
                }
                r => unreachable!("grammar: län example {r:?}"),
            }
        }
        Ok(ex)
    }

    /// A token's text with its span.
    fn string_of(&self, pair: Pair<Rule>) -> Spanned<String> {
        Spanned::new(pair.as_str().to_string(), self.span(&pair))
    }

    fn binding(&self, p: Pair<Rule>) -> Binding {
        let mut previous = false;
        let mut name = None;
        let mut value = None;
        for b in p.into_inner() {
            match b.as_rule() {
                Rule::previous_kw => previous = true,
                Rule::name | Rule::qualified => name = Some(self.name(b)),
                _ => value = Some(self.example_value(b)),
            }
        }
        Binding {
            previous,
            name: name.unwrap(),
            value: value.unwrap(),
        }
    }

    fn expected(&self, p: Pair<Rule>) -> Spanned<Expected> {
        let espan = self.span(&p);
        let inner = p.into_inner().next().unwrap();
        let e = match inner.as_rule() {
            Rule::outcome => Expected::Outcome(self.outcome(inner).node),
            Rule::suppressed => Expected::Suppressed,
            _ => Expected::Number(inner.as_str().to_string()),
        };
        Spanned::new(e, espan)
    }

    fn outcome(&self, pair: Pair<Rule>) -> Spanned<Outcome> {
        let span = self.span(&pair);
        let o = match pair.into_inner().next().unwrap().as_rule() {
            Rule::o_ja => Outcome::Ja,
            Rule::o_delvis => Outcome::Delvis,
            Rule::o_nej => Outcome::Nej,
            Rule::o_ej_aktuellt => Outcome::EjAktuellt,
            _ => Outcome::Bortfall,
        };
        Spanned::new(o, span)
    }

    fn outcome_rule(&self, pair: Pair<Rule>) -> Result<Rule_, Diagnostic> {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        let outcome = self.outcome(it.next().unwrap());
        it.next(); // när
        let when = self.expr(it.next().unwrap())?;
        Ok(Rule_ {
            outcome,
            when,
            span,
        })
    }

    fn measure_field(&self, pair: Pair<Rule>) -> Result<MeasureField, Diagnostic> {
        let inner = pair.into_inner().next().unwrap();
        let span = self.span(&inner);
        let rule = inner.as_rule();
        let mut it = inner.into_inner();
        it.next(); // keyword
        Ok(match rule {
            Rule::taljare => MeasureField::Taljare(self.expr(it.next().unwrap())?),
            Rule::namnare => MeasureField::Namnare(self.expr(it.next().unwrap())?),
            Rule::varde => {
                let scale = self.name(it.next().unwrap());
                let decimals = it
                    .next()
                    .map(|p| Spanned::new(p.as_str().parse().unwrap_or(u32::MAX), self.span(&p)));
                MeasureField::Varde {
                    scale,
                    decimals,
                    span,
                }
            }
            Rule::aggregering => MeasureField::Aggregering(self.name(it.next().unwrap())),
            r => unreachable!("grammar: measure {r:?}"),
        })
    }

    fn example(&self, pair: Pair<Rule>) -> Result<Example, Diagnostic> {
        let span = self.span(&pair);
        let mut ex = Example {
            title: None,
            bindings: vec![],
            expected: Spanned::new(Expected::Outcome(Outcome::Bortfall), span),
            span,
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_exempel => {}
                Rule::string => ex.title = Some(self.string(p)),
                Rule::binding => ex.bindings.push(self.binding(p)),
                Rule::expected => ex.expected = self.expected(p),
                r => unreachable!("grammar: example {r:?}"),
            }
        }
        Ok(ex)
    }

    fn example_value(&self, pair: Pair<Rule>) -> Spanned<ExampleValue> {
        let span = self.span(&pair);
        let v = match pair.as_rule() {
            Rule::blank_lit => ExampleValue::Blank,
            Rule::string => ExampleValue::Text(self.string(pair).node),
            Rule::number | Rule::negative_number => ExampleValue::Number(pair.as_str().to_string()),
            Rule::literal_list => {
                ExampleValue::List(pair.into_inner().map(|p| self.example_value(p)).collect())
            }
            r => unreachable!("grammar: example value {r:?}"),
        };
        Spanned::new(v, span)
    }

    fn review(&self, pair: Pair<Rule>) -> Result<Review, Diagnostic> {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // kw
        let name = self.name(it.next().unwrap());
        let mut sev = it.next().unwrap();
        let mut qualifier = None;
        if sev.as_rule() == Rule::qualifier {
            qualifier = Some(self.name(sev.into_inner().next().unwrap()));
            sev = it.next().unwrap();
        }
        let sev_span = self.span(&sev);
        let severity = match sev.into_inner().next().unwrap().as_rule() {
            Rule::kw_fel => Severity::Fel,
            _ => Severity::Varning,
        };
        let mut r = Review {
            name,
            qualifier,
            severity: Spanned::new(severity, sev_span),
            parts: None,
            questions: vec![],
            requirements: vec![],
            span,
        };
        for p in it {
            match p.as_rule() {
                Rule::parts => r.parts = Some(self.parts(p)),
                Rule::question => r.questions.push(self.question(p)?),
                Rule::requirement => r
                    .requirements
                    .push(self.expr(p.into_inner().nth(1).unwrap())?),
                rr => unreachable!("grammar: review {rr:?}"),
            }
        }
        Ok(r)
    }

    fn expr(&self, pair: Pair<Rule>) -> Result<Expr, Diagnostic> {
        self.pratt(pair.into_inner())
    }

    fn pratt(&self, pairs: Pairs<Rule>) -> Result<Expr, Diagnostic> {
        pratt()
            .map_primary(|p| self.primary(p))
            .map_prefix(|op, rhs| {
                let rhs = rhs?;
                let span = self.span(&op).to(rhs.span);
                Ok(match op.as_rule() {
                    Rule::op_not => Spanned::new(ExprKind::Not(Box::new(rhs)), span),
                    _ => Spanned::new(ExprKind::Neg(Box::new(rhs)), span),
                })
            })
            .map_postfix(|lhs, op| {
                let lhs = lhs?;
                let span = lhs.span.to(self.span(&op));
                Ok(match op.as_rule() {
                    Rule::op_is_blank => Spanned::new(ExprKind::IsBlank(Box::new(lhs)), span),
                    Rule::op_is_not_blank => {
                        Spanned::new(ExprKind::IsAnswered(Box::new(lhs)), span)
                    }
                    Rule::op_range => {
                        let mut ends = op.into_inner().skip(1).map(|p| {
                            let too_large = |p: &Pair<Rule>| {
                                Diagnostic::error(
                                    Code::Syntax,
                                    crate::t!("syntax-number-too-large"),
                                )
                                .label(self.span(p), crate::t!("syntax-number-too-large-label"))
                                .help(crate::t!("syntax-number-too-large-help"))
                            };
                            if p.as_rule() == Rule::year_offset {
                                return self.year_offset(p).map(Bound::Matar);
                            }
                            p.as_str()
                                .parse::<i64>()
                                .map(Bound::Whole)
                                .map_err(|_| too_large(&p))
                        });
                        let lo = ends.next().unwrap()?;
                        let hi = ends.next().unwrap()?;
                        Spanned::new(ExprKind::Range(Box::new(lhs), lo, hi), span)
                    }
                    _ => {
                        let labels = op.into_inner().skip(1).map(|l| self.string(l)).collect();
                        Spanned::new(ExprKind::In(Box::new(lhs), labels), span)
                    }
                })
            })
            .map_infix(|lhs, op, rhs| {
                let (lhs, rhs) = (lhs?, rhs?);
                let bop = match op.as_rule() {
                    Rule::op_or => BinOp::Or,
                    Rule::op_and => BinOp::And,
                    Rule::op_eq => BinOp::Eq,
                    Rule::op_ne => BinOp::Ne,
                    Rule::op_lt => BinOp::Lt,
                    Rule::op_le => BinOp::Le,
                    Rule::op_gt => BinOp::Gt,
                    Rule::op_ge => BinOp::Ge,
                    Rule::op_add => BinOp::Add,
                    Rule::op_sub => BinOp::Sub,
                    Rule::op_mul => BinOp::Mul,
                    _ => BinOp::Div,
                };
                let span = lhs.span.to(rhs.span);
                Ok(Spanned::new(
                    ExprKind::Binary(bop, Box::new(lhs), Box::new(rhs)),
                    span,
                ))
            })
            .parse(pairs)
    }

    fn primary(&self, p: Pair<Rule>) -> Result<Expr, Diagnostic> {
        let span = self.span(&p);
        Ok(match p.as_rule() {
            Rule::number => Spanned::new(ExprKind::Number(p.as_str().to_string()), span),
            Rule::string => Spanned::new(ExprKind::Text(self.string(p).node), span),
            Rule::name => Spanned::new(ExprKind::Name(p.as_str().to_string()), span),
            Rule::qualified => {
                let mut it = p.into_inner();
                let a = it.next().unwrap().as_str().to_string();
                let b = it.next().unwrap().as_str().to_string();
                Spanned::new(ExprKind::Qualified(a, b), span)
            }
            Rule::expr => self.expr(p)?,
            Rule::call => {
                let mut it = p.into_inner();
                let f = match it.next().unwrap().as_str() {
                    "någon" => Func::Nagon,
                    "alla" => Func::Alla,
                    "ingen" => Func::Ingen,
                    "summa" => Func::Summa,
                    "antal" => Func::Antal,
                    _ => Func::Foregaende,
                };
                Spanned::new(ExprKind::Call(f, self.name(it.next().unwrap())), span)
            }
            r => unreachable!("grammar: primary {r:?}"),
        })
    }
}

type Rule_ = super::ast::Rule;

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}
