//! Syntax errors a methodologist can act on: pest's "expected one of …" turned into the
//! place and the fix (an unterminated text found on its own line, a `}` left open, `==`
//! for `=`, a decimal comma), and a refusal of pathological nesting before pest recurses.

use super::grammar::Rule;
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, Span};

/// Deepest nesting of brackets we parse; deeper input is refused before pest recurses.
pub const MAX_NESTING: usize = 64;

/// Refuses bracket nesting deeper than [`MAX_NESTING`], so that a pathological file
/// gets a diagnostic instead of a stack overflow in the recursive-descent parser.
pub(super) fn check_nesting(file: FileId, text: &str) -> Result<(), Diagnostic> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(Diagnostic::error(
                        Code::NestingTooDeep,
                        format!("brackets nested more than {MAX_NESTING} levels deep"),
                    )
                    .label(Span::new(file, i, i + 1), "too deep here")
                    .help("split the expression: give parts of it their own `fråga` or rule"));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn describe(rule: &Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::EOI => "end of file",
        Rule::year_block => "`år`",
        Rule::indicator | Rule::kw_indikator => "`indikator`",
        Rule::review | Rule::kw_granskning => "`granskning`",
        Rule::removal | Rule::kw_utgar => "`utgår`",
        Rule::template => "an id such as `A1_{del}`",
        Rule::name => "a name",
        Rule::field_name | Rule::setting => "a field such as `indikatornamn`",
        Rule::string => "a text in quotes",
        Rule::date => "a date (YYYY-MM-DD)",
        Rule::period => "a period (YYYY-MM-DD..YYYY-MM-DD)",
        Rule::number | Rule::negative_number => "a number",
        Rule::integer => "a whole number",
        Rule::expr => "an expression",
        Rule::outcome | Rule::outcome_rule => "an outcome (Ja, Delvis, Nej, Ej aktuellt, Bortfall)",
        Rule::question | Rule::kw_fraga => "`fråga`",
        Rule::example | Rule::kw_exempel => "`exempel`",
        Rule::measure_field => "`täljare`, `nämnare`, `värde` or `aggregering`",
        Rule::meta_field => "a metadata field",
        Rule::member => "a field, `fråga`, a rule or `exempel`",
        Rule::kw_nar | Rule::asked_when => "`när`",
        Rule::op_or | Rule::op_and => "`och` / `eller`",
        Rule::op_eq | Rule::op_ne | Rule::op_lt | Rule::op_le | Rule::op_gt | Rule::op_ge => {
            "a comparison (=, !=, <, <=, >, >=)"
        }
        Rule::op_add | Rule::op_sub | Rule::op_mul | Rule::op_div => "an operator (+ - * /)",
        Rule::op_is_blank | Rule::kw_saknas => "`saknas`",
        Rule::op_is_not_blank => "`besvarad`",
        Rule::op_in => "`i [...]`",
        Rule::call | Rule::function => "a function such as `någon(...)`",
        Rule::severity => "`fel` or `varning`",
        Rule::requirement | Rule::kw_krav => "`krav`",
        Rule::binding => "an answer such as `a1 = \"Ja\"`",
        Rule::expected => "an expected outcome or number",
        Rule::parts | Rule::kw_for => "`för del i { … }`",
        Rule::part => "a part: key and text, e.g. `hvb \"HVB\"`",
        Rule::variable_list => "a list of variable ids `[…]`",
        Rule::optional | Rule::kw_valfri => "`valfri`",
        Rule::literal_list => "a list `[…]`",
        Rule::blank_lit => "`saknas`",
        Rule::source_block | Rule::kw_kalla => "`källa`",
        Rule::column => "a column: name and type, e.g. `fodelsear heltal`",
        Rule::source_field => "`källa`, `undergrupp`, `population`, `räkna` or `sekretess`",
        Rule::valid_when | Rule::kw_giltig => "`giltig när`",
        Rule::op_range => "a range `i 1988..1996`",
        _ => return None,
    })
}

pub(super) fn syntax_error(file: FileId, text: &str, e: pest::error::Error<Rule>) -> Diagnostic {
    let (start, end) = match e.location {
        pest::error::InputLocation::Pos(p) => (p, p),
        pest::error::InputLocation::Span((s, e)) => (s, e),
    };
    // Point at the offending token, not at an empty position.
    let token_end = text[start..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, _)| start + i)
        .unwrap_or(text.len())
        .max(end);
    let token = &text[start..token_end];
    let (expected, unexpected) = match &e.variant {
        pest::error::ErrorVariant::ParsingError {
            positives,
            negatives,
        } => (positives.clone(), negatives.clone()),
        pest::error::ErrorVariant::CustomError { .. } => (vec![], vec![]),
    };
    let mut wanted: Vec<&str> = expected.iter().filter_map(describe).collect();
    wanted.sort();
    wanted.dedup();
    let found = if token.is_empty() {
        "end of file".to_string()
    } else {
        format!("`{}`", token.chars().take(30).collect::<String>())
    };
    let message = if wanted.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {}, found {found}", join_or(&wanted))
    };
    // A text without its closing quote makes the quotes of the whole file odd: name the
    // first line where they do not pair up (texts are written on one line).
    if let Some((_, line_end, first_quote)) = unpaired_quote_line(text) {
        return Diagnostic::error(
            Code::UnterminatedString,
            "a text on this line has no closing quote",
        )
        .label(
            Span::new(file, first_quote, line_end.max(first_quote + 1)),
            "the quotes on this line do not pair up",
        )
        .help("add the missing `\"` where the text ends; a text is written on one line");
    }
    // An unterminated string swallows the rest of the file: say so.
    let quotes =
        text[..start].chars().filter(|c| *c == '"').count() - text[..start].matches("\\\"").count();
    if token.starts_with('"') && !text[start + 1..].contains('"')
        || quotes % 2 == 1 && start == text.len()
    {
        let at = text[..start].rfind('"').unwrap_or(start);
        return Diagnostic::error(Code::UnterminatedString, "this text has no closing quote")
            .label(Span::new(file, at, at + 1), "the text starts here")
            .help("add the closing `\"` at the end of the text");
    }
    let _ = unexpected;
    // The file ends inside a block: point at the block that is not closed.
    if token.is_empty() {
        if let Some(open) = unclosed_brace(text) {
            let line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
            let head = text[line_start..open].trim();
            return Diagnostic::error(Code::Syntax, "the file ends before this block is closed")
                .label(Span::new(file, open, open + 1), "opened here, never closed")
                .help(format!("add `}}` after the last line of `{head} {{`"));
        }
    }
    // `Ja d1 = "Ja"`: a rule without `när`.
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_head = text[line_start..start].trim_start();
    let outcome_first = ["Ja ", "Delvis ", "Nej ", "Ej aktuellt ", "Bortfall "]
        .iter()
        .find(|o| line_head.starts_with(**o));
    if let Some(o) = outcome_first {
        if !line_head.contains(" när ") {
            let span = Span::new(file, start, token_end.max(start + 1).min(text.len()));
            return Diagnostic::error(
                Code::Syntax,
                format!("a rule needs `när` after `{}`", o.trim()),
            )
            .label(span, "expected `när` before the condition")
            .help(format!(
                "write it as `{} när <villkor>`, e.g. `Ja när d1 = \"Ja\"`",
                o.trim()
            ));
        }
    }
    let span = Span::new(
        file,
        start,
        token_end
            .max(start + usize::from(start < text.len()))
            .min(text.len()),
    );
    let mut d = Diagnostic::error(Code::Syntax, message).label(span, "here");
    // `d1 == "Ja"`: the parser took the first `=` and stops at the second.
    let token = if token.starts_with('=') && text[..start].ends_with('=') {
        "=="
    } else {
        token
    };
    if let Some(h) = syntax_help(token, &expected) {
        d = d.help(h);
    }
    d
}

/// The innermost `{` that is never closed (texts and comments skipped).
fn unclosed_brace(text: &str) -> Option<usize> {
    let mut stack = vec![];
    let mut in_string = false;
    let mut in_comment = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_comment {
            in_comment = c != '\n';
            continue;
        }
        if in_string {
            match c {
                '\\' if !escaped => {
                    escaped = true;
                    continue;
                }
                '"' if !escaped => in_string = false,
                _ => {}
            }
            escaped = false;
            continue;
        }
        match c {
            '"' => in_string = true,
            '#' => in_comment = true,
            '{' => stack.push(i),
            '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// When the unescaped quotes of the file (outside comments) do not pair up: the first
/// line on which they do not, as (line start, line end, first quote on the line).
fn unpaired_quote_line(text: &str) -> Option<(usize, usize, usize)> {
    let mut in_string = false;
    let mut first_odd = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let was = in_string;
        let mut first_quote = None;
        let mut escaped = false;
        for (i, c) in line.char_indices() {
            match c {
                '\\' if in_string && !escaped => {
                    escaped = true;
                    continue;
                }
                '"' if !escaped => {
                    in_string = !in_string;
                    first_quote.get_or_insert(offset + i);
                }
                '#' if !in_string => break,
                _ => {}
            }
            escaped = false;
        }
        if in_string != was && first_odd.is_none() {
            let end = offset + line.trim_end_matches(['\n', '\r']).len();
            first_odd = first_quote.map(|q| (offset, end, q));
        }
        offset += line.len();
    }
    if in_string {
        first_odd
    } else {
        None
    }
}

fn syntax_help(token: &str, expected: &[Rule]) -> Option<String> {
    if token.starts_with("==") {
        return Some("write `=` (one equals sign) to compare".into());
    }
    if token == "&&" || token == "and" {
        return Some("write `och`".into());
    }
    if token == "||" || token == "or" {
        return Some("write `eller`".into());
    }
    // `0,5`: the parser read `0` and stops at `,5`.
    let decimal_comma = token.starts_with(',')
        && token[1..].starts_with(|c: char| c.is_ascii_digit())
        || token.contains(',') && token.starts_with(|c: char| c.is_ascii_digit());
    if decimal_comma {
        return Some(
            "numbers in indicator files use a decimal point: write 0.5, not 0,5 (data files may use 12,5)".into(),
        );
    }
    if token.starts_with('\'') {
        return Some("texts and answer labels use double quotes \"…\", not single quotes".into());
    }
    if expected.contains(&Rule::string) && !token.starts_with('"') {
        return Some(format!(
            "texts are written in double quotes: \"{}\"",
            token.trim_matches(|c| c == '\'' || c == '"')
        ));
    }
    None
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
