//! A year evaluated and aggregated: everything its publication is written from.

use super::table::Row;
use crate::data::{Survey, Units, Without};
use crate::eval::Evaluation;
use crate::ir::Program;
use std::path::PathBuf;

/// Everything a year's evaluation produced.
pub struct YearRun {
    pub program: Program,
    pub units: Units,
    pub survey: Survey,
    pub previous: Option<Survey>,
    pub evaluation: Evaluation,
    pub rows: Vec<Row>,
    /// Every data file read (for the manifest).
    pub data_files: Vec<PathBuf>,
    /// What the run went without, as asked.
    pub without: Without,
    /// Said to whoever ran it: what the run went without and which indicators it affects.
    pub warnings: Vec<String>,
}
