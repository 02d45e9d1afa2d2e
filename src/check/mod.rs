//! AST + codebook → IR. Loads a year directory (following `ärver`), expands families,
//! resolves names against the codebook, type-checks rules, checks metadata and proves every
//! classification total. Every problem of the run is reported, not only the first.

mod linear;
mod load;
mod resolve;
mod source;
pub mod totality;

pub use load::{load_year, LoadedYear};
pub use resolve::NO_CODE;

use crate::diagnostic::Diagnostics;
use crate::ir::Program;
use crate::source::Sources;
use std::path::Path;

/// The outcome of checking one year directory.
pub struct Checked {
    pub sources: Sources,
    pub program: Option<Program>,
    pub diagnostics: Diagnostics,
}

/// Loads and checks one year directory (`indicators/2015`).
pub fn check_year(dir: &Path) -> Checked {
    let mut sources = Sources::default();
    let mut diagnostics = Diagnostics::default();
    let program = match load_year(dir, &mut sources, &mut diagnostics) {
        Some(loaded) => resolve::resolve(&loaded, &sources, &mut diagnostics),
        None => None,
    };
    diagnostics.sort();
    let program = if diagnostics.has_errors() {
        None
    } else {
        program
    };
    Checked {
        sources,
        program,
        diagnostics,
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
