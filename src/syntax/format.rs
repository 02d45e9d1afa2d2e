//! `oj fmt`: the canonical layout of an indicator file. It works on lines, not on the
//! syntax tree, so that every comment stays where it was written and no text inside a
//! string is touched:
//!
//! - four spaces per level of `{ … }`; a line that continues an expression (inside
//!   `( … )` or `[ … ]`, or starting with `och`/`eller`) keeps its indentation relative
//!   to the line it continues, so hand-made alignment of long conditions survives;
//! - the outcomes of consecutive rules padded so that their `när` line up, the keys of a
//!   family's parts padded so that their labels line up, and a `källa`'s columns
//!   aligned (name, type, description);
//! - no trailing spaces, no two blank lines in a row, no blank line right after `{` or
//!   before `}`, one newline at the end.
//!
//! Only whitespace between tokens changes, so the meaning cannot: tests/fmt.rs checks
//! that every file parses to the same syntax tree after formatting, and that formatting
//! twice changes nothing.

const INDENT: &str = "    ";
const OUTCOMES: [&str; 5] = ["Ej aktuellt", "Delvis", "Bortfall", "Nej", "Ja"];

/// What one source line holds, for layout.
struct Line {
    /// The line without its leading and trailing whitespace.
    text: String,
    /// Its indentation as written, in characters (tabs count four).
    written: usize,
    /// The `{ … }` depth at its start.
    depth: usize,
    /// Whether it continues the previous line's expression.
    continues: bool,
    /// It starts inside a string that spans lines: kept exactly as written.
    verbatim: bool,
    /// A string is still open at its end: what follows on the next lines is text.
    opens: bool,
}

impl Line {
    /// Part of a string that spans lines: never aligned, never dropped.
    fn in_text(&self) -> bool {
        self.verbatim || self.opens
    }
}

/// The canonical layout of `source` (an indicator file).
pub fn format(source: &str) -> String {
    let source = source.replace("\r\n", "\n");
    let lines = scan(&source);
    let mut out: Vec<String> = vec![];
    // Per statement: (its written indentation, its canonical one), for continuations.
    let mut statement = (0usize, 0usize);
    for line in &lines {
        if line.verbatim {
            out.push(line.text.clone());
            continue;
        }
        if line.text.is_empty() {
            out.push(String::new());
            continue;
        }
        let closes = line.text.starts_with('}');
        let depth = if closes {
            line.depth.saturating_sub(1)
        } else {
            line.depth
        };
        let canonical = depth * INDENT.len();
        let indent = if line.continues {
            // As far right of the statement as it was written, never left of the block.
            ((statement.1 + line.written).saturating_sub(statement.0)).max(canonical)
        } else {
            statement = (line.written, canonical);
            canonical
        };
        out.push(format!("{}{}", " ".repeat(indent), line.text));
    }
    align(&mut out, &lines);
    let keep: Vec<bool> = lines.iter().map(|l| l.verbatim).collect();
    tidy(out, &keep)
}

/// [`format`], refusing a result that changed more than whitespace between tokens: the
/// text of every string and comment and the sequence of tokens must be the same. `oj
/// fmt` and the language server write nothing else.
pub fn format_checked(source: &str) -> Result<String, String> {
    let formatted = format(source);
    if skeleton(source) == skeleton(&formatted) {
        Ok(formatted)
    } else {
        Err(crate::t!("syntax-format-refused"))
    }
}

/// The text without the whitespace outside strings: the tokens, every string exactly,
/// every comment without its surrounding whitespace.
fn skeleton(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    let mut comment = String::new();
    let mut place = Place::Code;
    for c in text.chars() {
        let before = place;
        place = place.next(c);
        match before {
            Place::Comment if c == '\n' => {
                out.push_str(comment.trim());
                out.push('\n');
                comment.clear();
            }
            Place::Comment => comment.push(c),
            Place::String | Place::Escape => out.push(c),
            Place::Code if c.is_whitespace() => {}
            Place::Code => out.push(c),
        }
    }
    out.push_str(comment.trim());
    out
}

/// Where a character of an indicator file stands, for counting brackets and keeping
/// text: in code, in a string (just after a `\` in one), or in a comment.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Code,
    String,
    Escape,
    Comment,
}

impl Place {
    /// Where the character after `c` stands.
    fn next(self, c: char) -> Place {
        match (self, c) {
            (Place::Code, '"') => Place::String,
            (Place::Code, '#') => Place::Comment,
            (Place::String, '\\') => Place::Escape,
            (Place::String, '"') => Place::Code,
            (Place::Escape, _) => Place::String,
            (Place::Comment, '\n') => Place::Code,
            (p, _) => p,
        }
    }

    fn in_string(self) -> bool {
        matches!(self, Place::String | Place::Escape)
    }
}

/// Splits into lines with their depth and whether they continue an expression.
fn scan(source: &str) -> Vec<Line> {
    let mut out = vec![];
    let (mut depth, mut open) = (0usize, 0usize); // braces; parens and brackets
    let mut place = Place::Code;
    for raw in source.split('\n') {
        // A line that starts or ends inside a string keeps that whitespace: it is text.
        let verbatim = place.in_string();
        let text = if verbatim { raw } else { raw.trim_start() };
        let opens = string_open_after(text, place);
        let text = if opens {
            text.to_string()
        } else {
            text.trim_end().to_string()
        };
        let written = raw
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let first = text.split_whitespace().next().unwrap_or("");
        let continues = !text.is_empty()
            && !text.starts_with('#')
            && (open > 0 || first == "och" || first == "eller");
        out.push(Line {
            text: text.clone(),
            written,
            depth,
            continues: continues && !verbatim,
            verbatim,
            opens,
        });
        // Count brackets in code only; a comment ends with its line.
        for c in text.chars() {
            if place == Place::Code {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    '(' | '[' => open += 1,
                    ')' | ']' => open = open.saturating_sub(1),
                    _ => {}
                }
            }
            place = place.next(c);
        }
        place = place.next('\n');
    }
    out
}

/// Whether a string is still open at the end of `line`, which begins at `place`.
fn string_open_after(line: &str, place: Place) -> bool {
    line.chars().fold(place, Place::next).in_string()
}

/// Column alignment within runs of similar lines.
fn align(out: &mut [String], lines: &[Line]) {
    // Rules: `Ja när …`, `Ej aktuellt när …`.
    let outcome = |t: &str| -> Option<usize> {
        OUTCOMES.iter().find_map(|o| {
            let rest = t.strip_prefix(o)?;
            let gap = rest.len() - rest.trim_start().len();
            (gap > 0 && rest.trim_start().starts_with("när ")).then_some(o.len())
        })
    };
    align_runs(out, lines, |l| {
        if l.in_text() {
            None
        } else {
            outcome(&l.text).map(|n| (n, 1))
        }
    });
    // A family's parts `key "label"` and a källa's columns `name type …`: inside their
    // blocks only.
    let mut block: Option<&str> = None;
    let mut runs: Vec<(usize, usize)> = vec![]; // (first line, one past last) per block
    let mut start = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.as_str();
        match block {
            None => {
                if t.starts_with("indikator ") && t.contains(" för ") && t.ends_with('{')
                    || t.starts_with("utöka ") && t.ends_with('{')
                    || t.starts_with("källa ") && t.contains(" per ") && t.ends_with('{')
                {
                    block = Some(if t.starts_with("källa") {
                        "källa"
                    } else {
                        "parts"
                    });
                    start = i + 1;
                }
            }
            Some(_) => {
                if t.starts_with('}') {
                    runs.push((start, i));
                    block = None;
                }
            }
        }
    }
    for (a, b) in runs {
        // Fields: the first word, then (for columns) the type and `valfri`.
        let fields: Vec<Option<Vec<String>>> = (a..b)
            .map(|i| {
                if lines[i].in_text() {
                    None
                } else {
                    columns(&lines[i].text)
                }
            })
            .collect();
        let widths = |k: usize| {
            fields
                .iter()
                .flatten()
                .filter(|f| f.len() > k + 1)
                .map(|f| f[k].chars().count())
                .max()
                .unwrap_or(0)
        };
        let (w0, w1) = (widths(0), widths(1));
        for (i, f) in (a..b).zip(&fields) {
            let Some(f) = f else { continue };
            let indent: String = out[i].chars().take_while(|c| *c == ' ').collect();
            let mut s = String::new();
            for (k, part) in f.iter().enumerate() {
                if k > 0 {
                    s.push(' ');
                }
                s.push_str(part);
                let w = match k {
                    0 => w0,
                    1 => w1,
                    _ => 0,
                };
                if k + 1 < f.len() && w > 0 {
                    s.push_str(&" ".repeat(w - part.chars().count()));
                }
            }
            out[i] = format!("{indent}{s}");
        }
    }
}

/// A part line (`key "label"`) or column line (`name type [valfri] ["text"]`) as
/// fields: the name, the type with `valfri`, the text; `None` for anything else.
fn columns(t: &str) -> Option<Vec<String>> {
    if t.starts_with('#') || t.is_empty() {
        return None;
    }
    let (head, text) = match t.find('"') {
        Some(q) => (t[..q].trim_end(), Some(t[q..].to_string())),
        None => (t, None),
    };
    if head.contains('#') || text.as_deref().is_some_and(|s| !s.ends_with('"')) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let mut f = match words.as_slice() {
        [name] => vec![name.to_string()],
        [name, rest @ ..] => vec![name.to_string(), rest.join(" ")],
        [] => return None,
    };
    if let Some(text) = text {
        f.push(text);
    }
    Some(f)
}

/// Pads the first `n` characters of each line of a run where `key` matches, so that what
/// follows lines up; `key` returns (width of the padded head, unused).
fn align_runs(out: &mut [String], lines: &[Line], key: impl Fn(&Line) -> Option<(usize, usize)>) {
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && key(&lines[j]).is_some() {
            j += 1;
        }
        if j > i {
            let width = (i..j)
                .map(|k| lines[k].text[..key(&lines[k]).unwrap().0].chars().count())
                .max()
                .unwrap_or(0);
            for k in i..j {
                let t = &lines[k].text;
                let n = key(&lines[k]).unwrap().0;
                let head = &t[..n];
                let rest = t[n..].trim_start();
                let indent: String = out[k].chars().take_while(|c| *c == ' ').collect();
                let pad = width - head.chars().count();
                out[k] = format!("{indent}{head}{} {rest}", " ".repeat(pad));
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Blank lines: none at the start, none doubled, none after `{` or before `}`; one
/// newline at the end.
fn tidy(lines: Vec<String>, keep: &[bool]) -> String {
    let mut out: Vec<String> = vec![];
    for (line, &keep) in lines.into_iter().zip(keep) {
        // Lines inside a string are text: kept, blank or not.
        if keep {
            out.push(line);
            continue;
        }
        let blank = line.trim().is_empty();
        if blank {
            let after_open = out.last().is_some_and(|l| {
                let t = l.trim_end();
                t.ends_with('{') && !t.trim_start().starts_with('#')
            });
            if out.is_empty() || out.last().is_some_and(|l| l.is_empty()) || after_open {
                continue;
            }
            out.push(String::new());
        } else {
            if line.trim_start().starts_with('}') && out.last().is_some_and(|l| l.is_empty()) {
                out.pop();
            }
            out.push(line);
        }
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_aligns_and_is_idempotent() {
        let messy = "indikator x för del i {\n  a \"A\"\n bbb \"B\"\n} {\n\n\n  fråga a1 = A1_{del}\n      Ja när a1 = \"Ja\"   \n  Ej aktuellt när a1 = \"Ej aktuellt\"\n Nej  när a1 = \"Nej\"\n  # en kommentar\n population x i 1..3\n             och y = 1\n\n}\n\n\n";
        let formatted = format(messy);
        assert_eq!(
            formatted,
            "indikator x för del i {\n    a   \"A\"\n    bbb \"B\"\n} {\n    fråga a1 = A1_{del}\n    Ja          när a1 = \"Ja\"\n    Ej aktuellt när a1 = \"Ej aktuellt\"\n    Nej         när a1 = \"Nej\"\n    # en kommentar\n    population x i 1..3\n                och y = 1\n}\n"
        );
        assert_eq!(format(&formatted), formatted);
    }

    #[test]
    fn text_inside_a_string_is_never_aligned_or_dropped() {
        let text = "indikator x {\n    syfte \"Första stycket\n\n\nJa   när a1 = 1\n{\n   \n}\"\n    typ struktur\n}\n";
        assert_eq!(format(text), text);
        let column = "källa r \"r.csv\" per person {\n    a   heltal \"en text som\nfortsätter   efter   reform\"\n    kommun kommun\n}\n";
        let out = format(column);
        assert!(out.contains("fortsätter   efter   reform\""), "{out}");
        assert_eq!(format_checked(column), Ok(out.clone()));
    }

    #[test]
    fn a_string_over_several_lines_is_left_as_written() {
        let text = "indikator x {\n    syfte \"Första raden   \n      andra raden { }\n\"\n    typ struktur\n}\n";
        assert_eq!(format(text), text);
    }

    #[test]
    fn strings_and_comments_do_not_count_braces() {
        let text = "indikator x {\n    mått \"{ inte ett block\"\n    # { inte heller\n    typ struktur\n}\n";
        assert_eq!(format(text), text);
    }
}
