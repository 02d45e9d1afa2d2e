//! Rendering diagnostics with miette. The library never prints; the CLI and the tests call
//! these functions. `render_plain` is fixed-width and colourless, for snapshots.

use super::{Diagnostic, Level};
use crate::source::Sources;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;

/// A diagnostic bound to its source text, in the shape miette wants.
struct Bound {
    message: String,
    code: Option<String>,
    level: Level,
    help: Option<String>,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
}

impl fmt::Debug for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Bound {}

impl miette::Diagnostic for Bound {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.level {
            Level::Error => miette::Severity::Error,
            Level::Warning => miette::Severity::Warning,
            Level::Hint => miette::Severity::Advice,
        })
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

fn bind(d: &Diagnostic, sources: &Sources) -> Bound {
    let mut message = d.message.clone();
    if let Some(loc) = &d.location {
        let mut at = loc.file.display().to_string();
        if let Some(line) = loc.line {
            at.push_str(", ");
            at.push_str(&crate::t!("diagnostic-line", line = line));
        }
        if let Some(col) = &loc.column {
            at.push_str(", ");
            at.push_str(&crate::t!("diagnostic-column", column = col));
        }
        message = format!("{at}: {message}");
    }
    let (source, labels) = match d.primary_span() {
        Some(primary) => {
            let file = sources.get(primary.file);
            let ends: Vec<usize> = d
                .labels
                .iter()
                .filter(|l| l.span.file == primary.file)
                .flat_map(|l| [l.span.start as usize, l.span.end as usize])
                .collect();
            let (text, shift) = trim_long_lines(&file.text, &ends);
            let labels = d
                .labels
                .iter()
                .filter(|l| l.span.file == primary.file)
                .enumerate()
                .map(|(i, l)| {
                    let start = shift(l.span.start as usize);
                    let span = SourceSpan::new(start.into(), shift(l.span.end as usize) - start);
                    let text = if l.message.is_empty() {
                        None
                    } else {
                        Some(l.message.clone())
                    };
                    if i == 0 {
                        LabeledSpan::new_primary_with_span(text, span)
                    } else {
                        LabeledSpan::new_with_span(text, span)
                    }
                })
                .collect();
            let name = file.path.display().to_string().replace('\\', "/");
            (Some(NamedSource::new(name, text)), labels)
        }
        None => (None, vec![]),
    };
    Bound {
        message,
        code: Some(d.code.id()),
        level: d.level,
        help: d.help.clone(),
        source,
        labels,
    }
}

/// Lines longer than this (by 20 characters or more) are cut in source frames, unless a label starts or ends on
/// them: a 2 000-character `teknisk_beskrivning` beside an error says nothing.
const LINE_LIMIT: usize = 100;

/// The text with long lines cut (`…`), and the map from an offset of the original to
/// the same place in the cut text (only offsets on uncut lines are asked for).
fn trim_long_lines(text: &str, keep: &[usize]) -> (String, impl Fn(usize) -> usize) {
    let mut out = String::with_capacity(text.len().min(1 << 16));
    // (original line start, bytes removed before it)
    let mut removed_at: Vec<(usize, usize)> = vec![];
    let mut removed = 0;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        removed_at.push((start, removed));
        let body = line.trim_end_matches(['\n', '\r']);
        let touched = keep.iter().any(|&o| o >= start && o <= end);
        // Cut only where it saves a good deal, so the marker never lengthens a line.
        if body.chars().count() > LINE_LIMIT + 20 && !touched {
            let cut: String = body.chars().take(LINE_LIMIT).collect();
            let kept = format!("{cut} …{}", &line[body.len()..]);
            removed += line.len() - kept.len();
            out.push_str(&kept);
        } else {
            out.push_str(line);
        }
        start = end;
    }
    let shift = move |offset: usize| {
        let i = removed_at.partition_point(|(s, _)| *s <= offset);
        let before = if i == 0 { 0 } else { removed_at[i - 1].1 };
        offset - before
    };
    (out, shift)
}

fn render_with(d: &Diagnostic, sources: &Sources, theme: GraphicalTheme, width: usize) -> String {
    let handler = GraphicalReportHandler::new_themed(theme).with_width(width);
    let mut bound = bind(d, sources);
    // miette writes the help line after the source frame, introduced by the English word
    // `help:`; we leave it out of miette's report and write it in its place ourselves.
    let help = bound.help.take();
    let mut out = String::new();
    if handler.render_report(&mut out, &bound).is_err() {
        return format!("{}: {}", d.code.id(), d.message);
    }
    if let Some(help) = help {
        out.push_str(&render_help(&help, &handler, width));
    }
    out
}

/// The help line as miette lays it out (`  help: text`, wrapped with the following lines
/// under the text), with the word for "help" in the thread's language. miette itself
/// wraps the text: we let it render a report of nothing but the help, with the width
/// narrowed by as much as our word is longer than `help`, and then put our word in
/// place of its.
fn render_help(help: &str, handler: &GraphicalReportHandler, width: usize) -> String {
    const MIETTE: &str = "  help: ";
    let word = crate::t!("diagnostic-help");
    let ours = format!("  {word}: ");
    let wider = ours.chars().count().saturating_sub(MIETTE.len());
    let width = width.saturating_sub(wider);
    let only_help = Bound {
        // One line that is cut off below: miette always writes the message.
        message: "-".into(),
        code: None,
        level: Level::Hint,
        help: Some(help.to_string()),
        source: None,
        labels: vec![],
    };
    let mut rendered = String::new();
    if handler
        .clone()
        .with_width(width)
        .render_report(&mut rendered, &only_help)
        .is_err()
    {
        return format!("{ours}{help}\n");
    }
    let block = rendered.split_once('\n').map_or("", |(_, rest)| rest);
    if wider == 0 && word == "help" {
        return block.to_string();
    }
    let indent = " ".repeat(ours.chars().count());
    let mut out = String::with_capacity(block.len());
    for (i, line) in block.split_inclusive('\n').enumerate() {
        if i == 0 {
            out.push_str(&line.replacen(MIETTE, &ours, 1));
        } else if let Some(rest) = line.strip_prefix(&" ".repeat(MIETTE.len())) {
            out.push_str(&indent);
            out.push_str(rest);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Fixed width, no colour: for snapshots and for output that is not a terminal.
pub fn render_plain(d: &Diagnostic, sources: &Sources) -> String {
    render_with(d, sources, GraphicalTheme::unicode_nocolor(), 90)
}

/// For a terminal: colour when `color` is set.
pub fn render(d: &Diagnostic, sources: &Sources, color: bool) -> String {
    if !color {
        return render_plain(d, sources);
    }
    render_with(d, sources, GraphicalTheme::unicode(), 100)
}

pub fn render_all(ds: &[Diagnostic], sources: &Sources, color: bool) -> String {
    ds.iter()
        .map(|d| render(d, sources, color))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::locale::{self, Lang};

    /// A diagnostic with a source frame and a help long enough to wrap.
    fn example() -> (Diagnostic, Sources) {
        let mut sources = Sources::default();
        let file = sources.add("a.oj", "indikator a {\n    fråga a1 = A1\n}\n".into());
        let help = "write it as `Ja när <villkor>`, e.g. `Ja när d1 = \"Ja\"`; ".repeat(4);
        let d = Diagnostic::error(Code::Syntax, "a message")
            .label(crate::source::Span::new(file, 18, 23), "here")
            .help(help);
        (d, sources)
    }

    /// miette's own rendering, `help:` and all.
    fn miette(d: &Diagnostic, sources: &Sources, theme: GraphicalTheme, width: usize) -> String {
        let mut out = String::new();
        GraphicalReportHandler::new_themed(theme)
            .with_width(width)
            .render_report(&mut out, &bind(d, sources))
            .unwrap();
        out
    }

    #[test]
    fn in_english_the_help_line_is_miettes_own_byte_for_byte() {
        let (d, sources) = example();
        let plain = locale::with(Lang::En, || render_plain(&d, &sources));
        assert_eq!(
            plain,
            miette(&d, &sources, GraphicalTheme::unicode_nocolor(), 90)
        );
        assert!(plain.contains("\n  help: "), "{plain}");
        let colour = locale::with(Lang::En, || render(&d, &sources, true));
        assert_eq!(colour, miette(&d, &sources, GraphicalTheme::unicode(), 100));
    }

    #[test]
    fn in_swedish_the_help_line_says_hjalp_and_keeps_within_the_width() {
        let (d, sources) = example();
        let plain = locale::with(Lang::Sv, || render_plain(&d, &sources));
        let english = locale::with(Lang::En, || render_plain(&d, &sources));
        let help_at = plain.find("\n  hjälp: ").expect(&plain);
        assert_eq!(
            plain[..help_at],
            english[..english.find("\n  help: ").unwrap()]
        );
        let lines: Vec<&str> = plain[help_at + 1..].lines().collect();
        assert!(lines.len() > 1, "{plain}");
        for l in &lines[1..] {
            assert!(
                l.starts_with(&" ".repeat(9)) && !l.starts_with(&" ".repeat(10)),
                "{plain}"
            );
        }
        assert!(lines.iter().all(|l| l.chars().count() <= 88), "{plain}");
    }
}
