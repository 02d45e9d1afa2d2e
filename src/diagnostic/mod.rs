//! Diagnostics as data. Every stage returns [`Diagnostic`]s; only the edge (the CLI, the
//! tests, a future language server) renders them, with miette ([`render`]) or as JSON.

mod codes;
pub mod machine;
mod render;

pub use codes::Code;
pub use render::{render, render_all, render_plain};

use crate::source::Span;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
    /// A suggestion that changes nothing if ignored.
    Hint,
}

/// A labelled place in an indicator file.
#[derive(Debug, Clone)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A place in a data file (CSV, codebook), where we do not keep the text as a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: PathBuf,
    pub line: Option<u64>,
    pub column: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub code: Code,
    pub level: Level,
    pub message: String,
    /// The first label is the primary one.
    pub labels: Vec<Label>,
    /// Boxed: most diagnostics point into an indicator file, and a small `Diagnostic`
    /// keeps `Result<_, Diagnostic>` cheap to return.
    pub location: Option<Box<Location>>,
    pub help: Option<String>,
    /// The text that replaces the primary label's span to fix the problem (the name a
    /// "did you mean" offers): the language server's quick fix.
    pub suggestion: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            level: Level::Error,
            message: message.into(),
            labels: vec![],
            location: None,
            help: None,
            suggestion: None,
        }
    }
    pub fn warning(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Warning,
            ..Diagnostic::error(code, message)
        }
    }
    pub fn label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    /// "did you mean `name`?" as the help, and `name` as the fix an editor can apply.
    pub fn did_you_mean(self, name: impl Into<String>) -> Diagnostic {
        let name = name.into();
        self.help(crate::t!("diagnostic-did-you-mean", name = &name))
            .suggestion(name)
    }
    /// The text that replaces the primary label's span to fix the problem.
    pub fn suggestion(mut self, fix: impl Into<String>) -> Diagnostic {
        self.suggestion = Some(fix.into());
        self
    }
    pub fn at(
        mut self,
        file: impl Into<PathBuf>,
        line: Option<u64>,
        column: Option<&str>,
    ) -> Diagnostic {
        self.location = Some(Box::new(Location {
            file: file.into(),
            line,
            column: column.map(str::to_string),
        }));
        self
    }
    pub fn hint(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Hint,
            ..Diagnostic::error(code, message)
        }
    }
    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.first().map(|l| l.span)
    }
}

/// The diagnostics of a run, in a stable order (file, position, code).
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(ds);
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
    pub fn errors(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.0.iter().filter(|d| d.level == Level::Warning).count()
    }
    pub fn hints(&self) -> usize {
        self.0.iter().filter(|d| d.level == Level::Hint).count()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            let ka = a.primary_span().map(|s| (s.file, s.start));
            let kb = b.primary_span().map(|s| (s.file, s.start));
            ka.cmp(&kb)
                .then(a.code.cmp(&b.code))
                .then(a.message.cmp(&b.message))
        });
    }
}

/// What went wrong with a file, in the thread's language: the operating system's own
/// words ("No such file or directory (os error 2)") are English whatever the run's
/// language. Errors the program made itself (`ErrorKind::Other`) are already in it.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => crate::t!("io-not-found"),
        PermissionDenied => crate::t!("io-permission-denied"),
        AlreadyExists => crate::t!("io-already-exists"),
        IsADirectory => crate::t!("io-is-a-directory"),
        NotADirectory => crate::t!("io-not-a-directory"),
        ReadOnlyFilesystem => crate::t!("io-read-only"),
        StorageFull => crate::t!("io-storage-full"),
        // read_to_string of bytes that are not UTF-8.
        InvalidData
            if e.get_ref()
                .is_some_and(|i| i.is::<std::string::FromUtf8Error>())
                || e.to_string().contains("UTF-8") =>
        {
            crate::t!("io-not-utf8")
        }
        _ => e.to_string(),
    }
}

/// "Did you mean …?": the candidate closest to `word`, if it is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    // Swedish written without å, ä, ö (`lan` for `län`, `fraga` for `fråga`) is the
    // commonest slip: a candidate equal but for those letters is the answer.
    let fold = |s: &str| -> String {
        s.to_lowercase()
            .chars()
            .map(|c| match c {
                'å' | 'ä' => 'a',
                'ö' => 'o',
                c => c,
            })
            .collect()
    };
    let folded = fold(word);
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    if let Some(c) = candidates.iter().find(|c| fold(c) == folded) {
        return Some(c);
    }
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(&lower, &c.to_lowercase());
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}
