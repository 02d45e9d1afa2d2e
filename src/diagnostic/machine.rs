//! Diagnostics for machines: one JSON object per line (`oj check --format json`), or
//! GitHub Actions workflow commands (`--format github`) so that an agency's CI shows each
//! problem on its line of the changed file.

use super::{Diagnostic, Level};
use crate::source::Sources;
use serde_json::json;
use std::path::PathBuf;

/// Where a diagnostic is: file, and 1-based line, column, end line and end column (in
/// characters) where known.
struct Place {
    file: Option<PathBuf>,
    start: Option<(usize, usize)>,
    end: Option<(usize, usize)>,
}

fn place(d: &Diagnostic, sources: &Sources) -> Place {
    if let Some(label) = d.labels.first() {
        let file = sources.get(label.span.file);
        return Place {
            file: Some(file.path.clone()),
            start: Some(file.line_col(label.span.start as usize)),
            end: Some(file.line_col(label.span.end as usize)),
        };
    }
    match &d.location {
        Some(loc) => Place {
            file: Some(loc.file.clone()),
            start: loc.line.map(|l| (l as usize, 1)),
            end: None,
        },
        None => Place {
            file: None,
            start: None,
            end: None,
        },
    }
}

fn severity(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Hint => "hint",
    }
}

/// One JSON object per line: code, severity, message, help, file, line, column,
/// end_line, end_column (null where unknown).
pub fn json_lines(ds: &[Diagnostic], sources: &Sources) -> String {
    let mut out = String::new();
    for d in ds {
        let p = place(d, sources);
        let obj = json!({
            "code": d.code.id(),
            "name": d.code.slug(),
            "severity": severity(d.level),
            "message": d.message,
            "help": d.help,
            "file": p.file.map(|f| f.display().to_string()),
            "line": p.start.map(|s| s.0),
            "column": p.start.map(|s| s.1),
            "end_line": p.end.map(|e| e.0),
            "end_column": p.end.map(|e| e.1),
        });
        out.push_str(&obj.to_string());
        out.push('\n');
    }
    out
}

/// GitHub Actions workflow commands: `::error file=…,line=…::E0101 …`.
pub fn github(ds: &[Diagnostic], sources: &Sources) -> String {
    // The workflow-command escapes: data `%`, CR, LF; properties also `:` and `,`.
    fn data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn property(s: &str) -> String {
        data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for d in ds {
        let p = place(d, sources);
        let command = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Hint => "notice",
        };
        let mut props = vec![format!(
            "title={}",
            property(&format!("{} {}", d.code.id(), d.code.slug()))
        )];
        if let Some(f) = &p.file {
            props.push(format!("file={}", property(&f.display().to_string())));
        }
        if let Some((l, c)) = p.start {
            props.push(format!("line={l}"));
            props.push(format!("col={c}"));
        }
        if let Some((l, c)) = p.end {
            props.push(format!("endLine={l}"));
            props.push(format!("endColumn={c}"));
        }
        let mut message = d.message.clone();
        if let Some(h) = &d.help {
            message = format!("{message}\n{}: {h}", crate::t!("diagnostic-help"));
        }
        out.push_str(&format!(
            "::{command} {}::{}\n",
            props.join(","),
            data(&message)
        ));
    }
    out
}
