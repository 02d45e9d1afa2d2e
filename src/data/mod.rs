//! Reading the input files of a publication run (formats: docs/data-formats.md).
//! Structural problems (a missing column, a duplicate enhet, a ragged row) stop the run
//! with a diagnostic that names file, line and column; a wrong *value* in a well-formed
//! file is a review finding (see [`survey`]), never a reason to stop.

pub mod inputs;
pub mod kommuntabell;
pub mod register;
pub mod survey;
pub mod table;
pub mod units;

pub use inputs::Without;
pub use survey::{Finding, Survey};
pub use units::{Level, Unit, UnitKind, Units};
