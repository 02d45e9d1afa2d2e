//! Rendering diagnostics with miette. The library never prints; the CLI and the tests call
//! these functions. `render_plain` is fixed-width and colourless, for snapshots.

use super::{Diagnostic, Level};
use crate::source::Sources;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;

/// A diagnostic bound to its source text, in the shape miette wants.
struct Bound {
    message: String,
    code: String,
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
        Some(Box::new(&self.code))
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
        code: d.code.id(),
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

fn render_with(d: &Diagnostic, sources: &Sources, handler: &GraphicalReportHandler) -> String {
    let bound = bind(d, sources);
    let mut out = String::new();
    if handler.render_report(&mut out, &bound).is_err() {
        out = format!("{}: {}", d.code.id(), d.message);
    }
    out
}

/// Fixed width, no colour: for snapshots and for output that is not a terminal.
pub fn render_plain(d: &Diagnostic, sources: &Sources) -> String {
    let handler =
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(90);
    render_with(d, sources, &handler)
}

/// For a terminal: colour when `color` is set.
pub fn render(d: &Diagnostic, sources: &Sources, color: bool) -> String {
    if !color {
        return render_plain(d, sources);
    }
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode()).with_width(100);
    render_with(d, sources, &handler)
}

pub fn render_all(ds: &[Diagnostic], sources: &Sources, color: bool) -> String {
    ds.iter()
        .map(|d| render(d, sources, color))
        .collect::<Vec<_>>()
        .join("\n")
}
