//! Source text → AST. pest's `Pair`/`Rule` never leave this module: the rest of the
//! engine sees only [`ast`]. Syntax errors become [`Diagnostic`]s with a span.

pub mod ast;
mod errors;
pub mod format;
mod grammar;
mod parse;
pub mod print;

pub use errors::MAX_NESTING;
pub use parse::{parse_file, FIRST_YEAR, LAST_YEAR};
