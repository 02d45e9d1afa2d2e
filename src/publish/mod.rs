//! Publication: the output files of a run, written atomically.

pub mod atomic;
pub mod manifest;
pub mod results;
