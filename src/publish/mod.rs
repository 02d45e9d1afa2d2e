//! Publication: the output files of a run, written atomically.

pub mod about;
pub mod atomic;
pub mod berakning;
pub mod figure;
pub mod html;
pub mod json;
pub mod legend;
pub mod manifest;
pub mod results;
pub mod xlsx;
