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
                        crate::t!("syntax-nesting-too-deep", max = MAX_NESTING),
                    )
                    .label(
                        Span::new(file, i, i + 1),
                        crate::t!("syntax-nesting-too-deep-label"),
                    )
                    .help(crate::t!("syntax-nesting-too-deep-help")));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// What the parser expected, as a methodologist says it: a keyword as written, anything
/// else in words.
fn describe(rule: &Rule) -> Option<String> {
    let keyword = |k: &str| Some(k.to_string());
    match rule {
        Rule::EOI => Some(crate::t!("syntax-rule-eof")),
        Rule::year_block => keyword("`år`"),
        Rule::indicator | Rule::kw_indikator => keyword("`indikator`"),
        Rule::review | Rule::kw_granskning => keyword("`granskning`"),
        Rule::removal | Rule::kw_utgar => keyword("`utgår`"),
        Rule::template => Some(crate::t!("syntax-rule-template")),
        Rule::name => Some(crate::t!("syntax-rule-name")),
        Rule::field_name | Rule::setting => Some(crate::t!("syntax-rule-field")),
        Rule::string => Some(crate::t!("syntax-rule-string")),
        Rule::date => Some(crate::t!("syntax-rule-date")),
        Rule::period => Some(crate::t!("syntax-rule-period")),
        Rule::number | Rule::negative_number => Some(crate::t!("syntax-rule-number")),
        Rule::integer => Some(crate::t!("syntax-rule-integer")),
        Rule::expr => Some(crate::t!("syntax-rule-expr")),
        Rule::outcome | Rule::outcome_rule => Some(crate::t!("syntax-rule-outcome")),
        Rule::question | Rule::kw_fraga => keyword("`fråga`"),
        Rule::example | Rule::kw_exempel => keyword("`exempel`"),
        Rule::measure_field => Some(crate::t!("syntax-rule-measure-field")),
        Rule::meta_field => Some(crate::t!("syntax-rule-meta-field")),
        Rule::member => Some(crate::t!("syntax-rule-member")),
        Rule::kw_nar | Rule::asked_when => keyword("`när`"),
        Rule::op_or | Rule::op_and => keyword("`och` / `eller`"),
        Rule::op_eq | Rule::op_ne | Rule::op_lt | Rule::op_le | Rule::op_gt | Rule::op_ge => {
            Some(crate::t!("syntax-rule-comparison"))
        }
        Rule::op_add | Rule::op_sub | Rule::op_mul | Rule::op_div => {
            Some(crate::t!("syntax-rule-operator"))
        }
        Rule::op_is_blank | Rule::kw_saknas => keyword("`saknas`"),
        Rule::op_is_not_blank => keyword("`besvarad`"),
        Rule::op_in => keyword("`i [...]`"),
        Rule::call | Rule::function => Some(crate::t!("syntax-rule-function")),
        Rule::severity => Some(crate::t!("syntax-rule-severity")),
        Rule::requirement | Rule::kw_krav => keyword("`krav`"),
        Rule::binding => Some(crate::t!("syntax-rule-binding")),
        Rule::expected => Some(crate::t!("syntax-rule-expected")),
        Rule::parts | Rule::kw_for => keyword("`för del i { … }`"),
        Rule::part => Some(crate::t!("syntax-rule-part")),
        Rule::variable_list => Some(crate::t!("syntax-rule-variable-list")),
        Rule::optional | Rule::kw_valfri => keyword("`valfri`"),
        Rule::literal_list => Some(crate::t!("syntax-rule-literal-list")),
        Rule::blank_lit => keyword("`saknas`"),
        Rule::source_block | Rule::kw_kalla => keyword("`källa`"),
        Rule::column => Some(crate::t!("syntax-rule-column")),
        Rule::source_field => Some(crate::t!("syntax-rule-source-field")),
        Rule::valid_when | Rule::kw_giltig => keyword("`giltig när`"),
        Rule::op_range => Some(crate::t!("syntax-rule-range")),
        _ => None,
    }
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
    let mut wanted: Vec<String> = expected.iter().filter_map(describe).collect();
    wanted.sort();
    wanted.dedup();
    let found = if token.is_empty() {
        crate::t!("syntax-rule-eof")
    } else {
        format!("`{}`", token.chars().take(30).collect::<String>())
    };
    let message = if wanted.is_empty() && token.is_empty() {
        crate::t!("syntax-unexpected-eof")
    } else if wanted.is_empty() {
        crate::t!("syntax-unexpected", found = found)
    } else {
        crate::t!(
            "syntax-expected-found",
            expected = join_or(&wanted),
            found = found
        )
    };
    // A text without its closing quote makes the quotes of the whole file odd: name the
    // first line where they do not pair up (texts are written on one line).
    if let Some((_, line_end, first_quote)) = unpaired_quote_line(text) {
        return Diagnostic::error(Code::UnterminatedString, crate::t!("syntax-unpaired-quote"))
            .label(
                Span::new(file, first_quote, line_end.max(first_quote + 1)),
                crate::t!("syntax-unpaired-quote-label"),
            )
            .help(crate::t!("syntax-unpaired-quote-help"));
    }
    // An unterminated string swallows the rest of the file: say so.
    let quotes =
        text[..start].chars().filter(|c| *c == '"').count() - text[..start].matches("\\\"").count();
    if token.starts_with('"') && !text[start + 1..].contains('"')
        || quotes % 2 == 1 && start == text.len()
    {
        let at = text[..start].rfind('"').unwrap_or(start);
        return Diagnostic::error(Code::UnterminatedString, crate::t!("syntax-unterminated"))
            .label(
                Span::new(file, at, at + 1),
                crate::t!("syntax-unterminated-label"),
            )
            .help(crate::t!("syntax-unterminated-help"));
    }
    let _ = unexpected;
    // The file ends inside a block: point at the block that is not closed.
    if token.is_empty() {
        if let Some(open) = unclosed_brace(text) {
            let line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
            let head = text[line_start..open].trim();
            return Diagnostic::error(Code::Syntax, crate::t!("syntax-unclosed-block"))
                .label(
                    Span::new(file, open, open + 1),
                    crate::t!("syntax-unclosed-block-label"),
                )
                .help(crate::t!("syntax-unclosed-block-help", head = head));
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
                crate::t!("syntax-rule-needs-nar", outcome = o.trim()),
            )
            .label(span, crate::t!("syntax-rule-needs-nar-label"))
            .help(crate::t!("syntax-rule-needs-nar-help", outcome = o.trim()));
        }
    }
    // A misspelt keyword (`Delvs när`, `exampel {`, `fraga a1 =`, `… oc b = "Ja"`): the
    // parser reads it as a name and stops further on; the word is on the line, before
    // the place it stopped or at it. Not where a more precise help applies (`==`, `0,5`).
    let misspelt = precise_help(token)
        .is_none()
        .then(|| misspelt_keyword(text, line_start, token_end))
        .flatten();
    if let Some((at, word, meant)) = misspelt {
        return Diagnostic::error(
            Code::Syntax,
            crate::t!("syntax-misspelt-keyword", word = word),
        )
        .label(
            Span::new(file, at, at + word.len()),
            crate::t!("syntax-misspelt-keyword-label"),
        )
        .did_you_mean(meant);
    }
    // `mätdatum 2014-11-1`: the parser read `2014` and stops at `-11-1`.
    if token.starts_with('-') {
        let word_start = text[..start]
            .rfind(|c: char| c.is_whitespace() || c == '"')
            .map_or(0, |i| i + 1);
        let date = &text[word_start..token_end];
        if looks_like_a_date(date) {
            return Diagnostic::error(Code::Syntax, crate::t!("syntax-bad-date", date = date))
                .label(
                    Span::new(file, word_start, token_end),
                    crate::t!("syntax-here"),
                )
                .help(crate::t!("syntax-help-date"));
        }
    }
    let span = Span::new(
        file,
        start,
        token_end
            .max(start + usize::from(start < text.len()))
            .min(text.len()),
    );
    let mut d = Diagnostic::error(Code::Syntax, message).label(span, crate::t!("syntax-here"));
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
    if let Some(help) = precise_help(token) {
        return Some(help);
    }
    if expected.contains(&Rule::string) && !token.starts_with('"') {
        return Some(crate::t!(
            "syntax-help-quote-text",
            text = token.trim_matches(|c| c == '\'' || c == '"')
        ));
    }
    None
}

/// The help for a token that says itself what is wrong: `==`, `&&`, `or`, `0,5`, `'Ja'`.
fn precise_help(token: &str) -> Option<String> {
    if token.starts_with("==") {
        return Some(crate::t!("syntax-help-double-equals"));
    }
    if token == "&&" || token == "and" {
        return Some(crate::t!("syntax-help-and"));
    }
    if token == "||" || token == "or" {
        return Some(crate::t!("syntax-help-or"));
    }
    // `0,5`: the parser read `0` and stops at `,5`.
    let decimal_comma = token.starts_with(',')
        && token[1..].starts_with(|c: char| c.is_ascii_digit())
        || token.contains(',') && token.starts_with(|c: char| c.is_ascii_digit());
    if decimal_comma {
        return Some(crate::t!("syntax-help-decimal-comma"));
    }
    if token.starts_with('\'') {
        return Some(crate::t!("syntax-help-single-quotes"));
    }
    None
}

/// The words of the language, from its grammar (the quoted words of its rules, comments
/// left out): what a misspelt word is compared with.
fn vocabulary() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let grammar = include_str!("../../grammar/oj.pest");
        let mut words: Vec<&'static str> = grammar
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .flat_map(|l| l.split('"').skip(1).step_by(2))
            // `Ej` and `aktuellt` are one outcome, never written alone.
            .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
            .filter(|w| !matches!(*w, "Ej" | "aktuellt"))
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    })
}

/// The words of `line` outside texts, comments, `{…}` and `[…]` (parts, placeholders,
/// qualifiers), with their offsets.
fn words_of(line: &str) -> Vec<(usize, &str)> {
    let line = &line[..line.find('#').unwrap_or(line.len())];
    let (mut in_text, mut depth, mut start) = (false, 0usize, None);
    let mut words = vec![];
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match c {
            '"' => in_text = !in_text,
            '{' | '[' if !in_text => depth += 1,
            '}' | ']' if !in_text => depth = depth.saturating_sub(1),
            _ => {}
        }
        let part = !in_text && depth == 0 && (c.is_alphanumeric() || c == '_');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// The names a file declares (`fråga a1 =`, `för del i`, `räkna t`, `undergrupp _x`,
/// `indikator id`): names, however close to a keyword, are not misspelt keywords.
fn declared_names(text: &str) -> Vec<&str> {
    const DECLARING: [&str; 8] = [
        "fråga",
        "för",
        "räkna",
        "undergrupp",
        "indikator",
        "granskning",
        "källa",
        "utgår",
    ];
    let mut names = vec![];
    for line in text.lines() {
        let words = words_of(line);
        for pair in words.windows(2) {
            if DECLARING.contains(&pair[0].1) {
                names.push(pair[1].1);
            }
        }
    }
    names
}

/// The first word of `text[line_start..end]` (outside texts, comments, `{…}` and `[…]`)
/// that is not a word of the language nor a name the file declares, but one letter or
/// two from a word of the language: (where, the word, the keyword). Names of questions
/// and variables have digits or `_`, and one letter is a name. Two letters swapped
/// (`Nje`) count as one edit.
fn misspelt_keyword(
    text: &str,
    line_start: usize,
    end: usize,
) -> Option<(usize, &str, &'static str)> {
    let line = &text[line_start..end.min(text.len())];
    let declared = declared_names(text);
    words_of(line).into_iter().find_map(|(at, word)| {
        let letters = word.chars().count();
        if letters < 2
            || !word.chars().all(char::is_alphabetic)
            || vocabulary().contains(&word)
            || declared.contains(&word)
        {
            return None;
        }
        let limit = if letters <= 4 { 1 } else { 2 };
        vocabulary()
            .iter()
            .map(|k| (strsim::osa_distance(word, k), *k))
            .filter(|(d, _)| *d <= limit)
            .min()
            .map(|(_, k)| (line_start + at, word, k))
    })
}

/// Whether a word is written like a date but not as `ÅÅÅÅ-MM-DD` (`2014-11-1`).
fn looks_like_a_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && (parts[1].len() != 2 || parts[2].len() != 2)
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => crate::t!("syntax-list-or", init = init.join(", "), last = last),
    }
}
