//! Publication: the output files of a run, written atomically.

pub mod atomic;
pub mod results;
