//! `oj`: the indicator engine for Öppna jämförelser, social barn- och ungdomsvård.
//!
//! The pipeline (docs/architecture.md):
//! source → [`syntax`] (pest → AST) → [`check`] (codebook, types, totality → [`ir`]) →
//! [`eval`] (units × indicators, review rules) → [`aggregate`] (län, riket, groups) →
//! [`publish`] (results.csv, review.csv). [`run`] wires the stages for the CLI.

pub mod aggregate;
pub mod check;
pub mod codebook;
pub mod data;
pub mod describe;
pub mod diagnostic;
pub mod diff;
pub mod eval;
pub mod examples;
pub mod explain;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod generate;
pub mod guide;
pub mod impact;
pub mod ir;
pub mod locale;
pub mod lsp;
pub mod new_year;
pub mod num;
pub mod publish;
pub mod report;
pub mod run;
pub mod site;
pub mod source;
pub mod sql;
pub mod syntax;
