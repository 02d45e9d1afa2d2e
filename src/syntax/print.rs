//! A compact, readable print of the AST as S-expressions, one member per line, for
//! snapshot tests and debugging: `(Ja (och (= l1 "Nej") (= l2 "Ja")))`. Items carry the
//! line and column of their name.

use super::ast::*;
use std::fmt::Write;

/// Prints `file`; `text` is the source, for line and column numbers.
pub fn sexpr(file: &File, text: &str) -> String {
    print(file, Some(text))
}

/// Whether two trees say the same, wherever their nodes stand: the comparison that
/// keeps positions out of AST equality (`Span` itself compares positions honestly).
pub fn same_tree(a: &File, b: &File) -> bool {
    print(a, None) == print(b, None)
}

fn print(file: &File, text: Option<&str>) -> String {
    let mut p = Printer {
        text,
        out: String::new(),
    };
    for item in &file.items {
        p.item(item);
    }
    p.out
}

struct Printer<'a> {
    /// The source, for positions; `None` prints none.
    text: Option<&'a str>,
    out: String,
}

impl Printer<'_> {
    fn at(&self, offset: usize) -> String {
        let Some(text) = self.text else {
            return String::new();
        };
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before
            .rfind('\n')
            .map_or(before.chars().count(), |i| before[i + 1..].chars().count())
            + 1;
        format!("@{line}:{col}")
    }

    fn line(&mut self, indent: usize, s: &str) {
        let _ = writeln!(self.out, "{}{s}", "  ".repeat(indent));
    }

    fn item(&mut self, item: &Item) {
        match item {
            Item::Year(y) => {
                self.line(
                    0,
                    &format!(
                        "(år {} {}",
                        y.year.node,
                        self.at(y.year.span.start as usize)
                    ),
                );
                for s in &y.settings {
                    self.line(1, &format!("({} {})", s.key.node, value(&s.value.node)));
                }
                self.line(0, ")");
            }
            Item::Removal(r) => {
                let reason = r
                    .reason
                    .as_ref()
                    .map(|s| format!(" {}", q(&s.node)))
                    .unwrap_or_default();
                let target = match &r.review {
                    Some(q) => format!(
                        "granskning {}",
                        crate::syntax::ast::review_identity(
                            &r.id.node,
                            q.as_ref().map(|q| q.node.as_str())
                        )
                    ),
                    None => r.id.node.clone(),
                };
                self.line(
                    0,
                    &format!(
                        "(utgår {target}{reason} {})",
                        self.at(r.id.span.start as usize)
                    ),
                );
            }
            Item::Extension(e) => {
                self.line(
                    0,
                    &format!("(utöka {} {}", e.id.node, self.at(e.id.span.start as usize)),
                );
                for p in &e.parts {
                    self.line(1, &format!("({} {})", p.key.node, q(&p.label.node)));
                }
                self.line(0, ")");
            }
            Item::Change(c) => {
                self.line(
                    0,
                    &format!("(ändra {} {}", c.id.node, self.at(c.id.span.start as usize)),
                );
                for m in &c.meta {
                    self.line(1, &format!("({} {})", m.key.node, value(&m.value.node)));
                }
                for p in &c.levels {
                    let names: Vec<&str> = p.levels.iter().map(|n| n.node.as_str()).collect();
                    self.line(1, &format!("(publiceras {})", names.join(" ")));
                }
                self.line(0, ")");
            }
            Item::Source(s) => {
                self.line(
                    0,
                    &format!(
                        "(källa {} {} per {} {}",
                        s.name.node,
                        q(&s.file.node),
                        s.per.node,
                        self.at(s.name.span.start as usize)
                    ),
                );
                for c in &s.columns {
                    let opt = if c.optional { " valfri" } else { "" };
                    let text = c
                        .description
                        .as_ref()
                        .map(|d| format!(" {}", q(d)))
                        .unwrap_or_default();
                    self.line(1, &format!("({} {}{opt}{text})", c.name.node, c.ty.node));
                }
                self.line(0, ")");
            }
            Item::Review(r) => {
                self.line(
                    0,
                    &format!(
                        "(granskning {} {} {}",
                        r.identity(),
                        r.severity.node.label(),
                        self.at(r.name.span.start as usize)
                    ),
                );
                if let Some(parts) = &r.parts {
                    self.parts(parts);
                }
                for qn in &r.questions {
                    self.question(qn);
                }
                for e in &r.requirements {
                    self.line(1, &format!("(krav {})", expr(e)));
                }
                self.line(0, ")");
            }
            Item::Indicator(ind) => {
                self.line(
                    0,
                    &format!(
                        "(indikator {} {}",
                        ind.id.node,
                        self.at(ind.id.span.start as usize)
                    ),
                );
                if let Some(parts) = &ind.parts {
                    self.parts(parts);
                }
                for m in &ind.meta {
                    self.line(1, &format!("({} {})", m.key.node, value(&m.value.node)));
                }
                for qn in &ind.questions {
                    self.question(qn);
                }
                for f in &ind.source {
                    self.source_field(f);
                }
                for r in &ind.rules {
                    self.line(1, &format!("({} {})", r.outcome.node, expr(&r.when)));
                }
                for f in &ind.measure {
                    let s = match f {
                        MeasureField::Taljare(e) => format!("(täljare {})", expr(e)),
                        MeasureField::Namnare(e) => format!("(nämnare {})", expr(e)),
                        MeasureField::Varde {
                            scale, decimals, ..
                        } => match decimals {
                            Some(d) => format!("(värde {} {} decimaler)", scale.node, d.node),
                            None => format!("(värde {})", scale.node),
                        },
                        MeasureField::Aggregering(a) => format!("(aggregering {})", a.node),
                    };
                    self.line(1, &s);
                }
                for p in &ind.levels {
                    let names: Vec<&str> = p.levels.iter().map(|n| n.node.as_str()).collect();
                    self.line(1, &format!("(publiceras {})", names.join(" ")));
                }
                for e in &ind.examples {
                    let title = e
                        .title
                        .as_ref()
                        .map(|t| format!(" {}", q(&t.node)))
                        .unwrap_or_default();
                    self.line(
                        1,
                        &format!(
                            "(exempel{title} {} => {})",
                            bindings(&e.bindings),
                            expected(&e.expected.node)
                        ),
                    );
                }
                self.line(0, ")");
            }
        }
    }

    fn parts(&mut self, parts: &Parts) {
        let ps: Vec<String> = parts
            .parts
            .iter()
            .map(|p| format!("({} {})", p.key.node, q(&p.label.node)))
            .collect();
        self.line(1, &format!("(för {} {})", parts.var.node, ps.join(" ")));
    }

    fn question(&mut self, qn: &Question) {
        let vars: Vec<&str> = qn.variables.iter().map(|v| v.node.as_str()).collect();
        let mut s = if qn.is_list {
            format!("(fråga {} [{}]", qn.name.node, vars.join(" "))
        } else {
            format!("(fråga {} {}", qn.name.node, vars.join(" "))
        };
        if qn.optional {
            s.push_str(" valfri");
        }
        if let Some(e) = &qn.asked_when {
            let _ = write!(s, " (när {})", expr(e));
        }
        if let Some(e) = &qn.valid_when {
            let _ = write!(s, " (giltig när {})", expr(e));
        }
        s.push(')');
        self.line(1, &s);
    }

    fn source_field(&mut self, f: &SourceField) {
        let s = match f {
            SourceField::Source(n, None) => format!("(källa {})", n.node),
            SourceField::Source(n, Some(c)) => format!("(källa {} efter {})", n.node, c.node),
            SourceField::Subgroup {
                key, label, when, ..
            } => format!(
                "(undergrupp {} {} {})",
                key.node,
                q(&label.node),
                expr(when)
            ),
            SourceField::Population(e) => format!("(population {})", expr(e)),
            SourceField::Count {
                name,
                when: Some(e),
                ..
            } => format!("(räkna {} {})", name.node, expr(e)),
            SourceField::Count {
                name, when: None, ..
            } => format!("(räkna {})", name.node),
            SourceField::Suppression(e) => format!("(sekretess {})", expr(e)),
            SourceField::Secondary(n) => format!("(sekundärsekretess minsta {})", n.node),
            SourceField::LinkedSecondary(n) => {
                format!("(sekundärsekretess undergrupper minsta {})", n.node)
            }
            SourceField::LanExample(x) => {
                let title = x
                    .title
                    .as_ref()
                    .map(|t| format!(" {}", q(&t.node)))
                    .unwrap_or_default();
                let members: Vec<String> = x
                    .members
                    .iter()
                    .map(|(c, b)| format!("({} {})", c.node, bindings(b)))
                    .collect();
                let want: Vec<String> = x
                    .expected
                    .iter()
                    .map(|(u, e)| format!("({} {})", u.node, expected(&e.node)))
                    .collect();
                format!(
                    "(exempel{title} län {} => {})",
                    members.join(" "),
                    want.join(" ")
                )
            }
        };
        self.line(1, &s);
    }
}

/// A text in quotes; long texts (the guide's prose) are cut to keep the print readable.
fn q(s: &str) -> String {
    if s.chars().count() > 80 {
        let cut: String = s.chars().take(77).collect();
        format!("{:?}", format!("{cut}…"))
    } else {
        format!("{s:?}")
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Text(t) => q(t),
        Value::Word(w) => w.clone(),
        Value::Date(d) => d.to_string(),
        Value::Period(a, b) => format!("{a}..{b}"),
        Value::Months(m) => format!("{m} månader"),
        Value::Calendar(k, o) => format!("{} {}", k.keyword(), Bound::Matar(*o)),
        Value::Integer(i) => i.to_string(),
    }
}

fn bindings(bs: &[Binding]) -> String {
    let parts: Vec<String> = bs
        .iter()
        .map(|b| {
            let prev = if b.previous { "föregående " } else { "" };
            format!("({prev}{} {})", b.name.node, example_value(&b.value.node))
        })
        .collect();
    format!("{{{}}}", parts.join(" "))
}

fn example_value(v: &ExampleValue) -> String {
    match v {
        ExampleValue::Blank => "saknas".into(),
        ExampleValue::Text(t) => q(t),
        ExampleValue::Number(n) => n.clone(),
        ExampleValue::List(items) => {
            let xs: Vec<String> = items.iter().map(|i| example_value(&i.node)).collect();
            format!("[{}]", xs.join(" "))
        }
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::Outcome(o) => o.label().to_string(),
        Expected::Number(n) => n.clone(),
        Expected::Suppressed => "x".into(),
    }
}

/// An expression as an S-expression.
pub fn expr(e: &Expr) -> String {
    match &e.node {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Text(t) => q(t),
        ExprKind::Number(n) => n.clone(),
        ExprKind::Call(f, a) => format!("({} {})", f.keyword(), a.node),
        ExprKind::Not(a) => format!("(inte {})", expr(a)),
        ExprKind::Neg(a) => format!("(- {})", expr(a)),
        ExprKind::Binary(op, a, b) => format!("({} {} {})", op.symbol(), expr(a), expr(b)),
        ExprKind::IsBlank(a) => format!("(saknas {})", expr(a)),
        ExprKind::IsAnswered(a) => format!("(besvarad {})", expr(a)),
        ExprKind::In(a, labels) => {
            let ls: Vec<String> = labels.iter().map(|l| q(&l.node)).collect();
            format!("(i {} [{}])", expr(a), ls.join(" "))
        }
        ExprKind::Range(a, lo, hi) => format!("(i {} {lo}..{hi})", expr(a)),
        ExprKind::Qualified(a, b) => format!("{a}.{b}"),
    }
}
