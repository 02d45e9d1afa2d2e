//! AST + codebook → IR. Loads a year directory (following `ärver`), expands families,
//! resolves names against the codebook, type-checks rules, checks metadata and proves every
//! classification total. Every problem of the run is reported, not only the first.

mod examples;
mod families;
mod indicator;
mod linear;
mod load;
pub use load::normalise;
pub mod meta;
mod resolve;
mod reviews;
mod scope;
mod source;
pub mod totality;

pub use load::{load_year, LoadedYear};

use crate::diagnostic::Diagnostics;
use crate::ir::Program;
use crate::source::Sources;
use std::path::Path;

/// The outcome of checking one year directory.
pub struct Checked {
    pub sources: Sources,
    pub program: Option<Program>,
    /// The program as far as it resolved when there are errors (the indicators that
    /// failed left out): never evaluated or published, but an editor's hover and
    /// completion read its codebook and indicators.
    pub partial: Option<Program>,
    pub diagnostics: Diagnostics,
    /// How many indicators the year defines, whether or not they check.
    pub defined: usize,
}

/// Loads and checks one year directory (`indicators/2015`).
pub fn check_year(dir: &Path) -> Checked {
    check_year_with(dir, Default::default())
}

/// [`check_year`] with the texts of `overlay` in place of those files on disk: the
/// unsaved buffers of an editor, checked by the same checker.
pub fn check_year_with(
    dir: &Path,
    overlay: std::collections::BTreeMap<std::path::PathBuf, String>,
) -> Checked {
    let mut sources = Sources::with_overlay(overlay);
    let mut diagnostics = Diagnostics::default();
    let mut defined = 0;
    let program = match load_year(dir, &mut sources, &mut diagnostics) {
        Some(loaded) => resolve::resolve(&loaded, &mut sources, &mut diagnostics, &mut defined),
        None => None,
    };
    inherited_provenance(dir, &sources, &mut diagnostics);
    diagnostics.sort();
    let (program, partial) = if diagnostics.has_errors() {
        (None, program)
    } else {
        (program, None)
    };
    Checked {
        sources,
        program,
        partial,
        diagnostics,
        defined,
    }
}

/// A problem in text this year inherited is fixed in this year's files, not the old
/// year's: each such diagnostic says where the text came from and where the fix goes.
fn inherited_provenance(dir: &Path, sources: &Sources, diagnostics: &mut Diagnostics) {
    let own = load::normalise(dir);
    for d in diagnostics.0.iter_mut() {
        let Some(span) = d.primary_span() else {
            continue;
        };
        // Problems in definitions (names, rules, examples, sources), not in the year
        // blocks and files, which the year's own diagnostics already place.
        let number: u32 = d.code.id()[1..].parse().unwrap_or_default();
        if !matches!(number, 100..=199 | 300..=499 | 700..=799) {
            continue;
        }
        let from = &sources.get(span.file).path;
        if from.parent().is_some_and(|p| load::normalise(p) == own) {
            continue;
        }
        let name = from
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let note = crate::t!(
            "check-inherited",
            from = from.display().to_string(),
            file = own.join(&name).display().to_string()
        );
        d.help = Some(match d.help.take() {
            Some(h) => format!("{h}\n{note}"),
            None => note,
        });
    }
}

/// The year directories under `path`: `path` itself if it holds `.oj` files, else its
/// subdirectories that do, in name order.
pub fn year_dirs(path: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let has_oj = |p: &Path| -> bool {
        std::fs::read_dir(p)
            .map(|rd| {
                rd.flatten()
                    .any(|e| e.path().extension().is_some_and(|x| x == "oj"))
            })
            .unwrap_or(false)
    };
    if path.is_file() {
        return Ok(vec![path.parent().unwrap_or(Path::new(".")).to_path_buf()]);
    }
    if has_oj(path) {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut dirs: Vec<_> = std::fs::read_dir(path)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && has_oj(p))
        .collect();
    dirs.sort();
    Ok(dirs)
}
