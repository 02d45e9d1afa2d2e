//! Which inputs a run reads: a missing input the indicators read is an error unless the
//! run says it goes without it.

use crate::diagnostic::{Code, Diagnostic};
use crate::ir::Program;

/// Inputs the indicators read that a run goes without, said explicitly
/// (`--without previous-survey`, `--without register.csv`). Without this, a missing input
/// that the indicators read is an error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Without {
    /// Last year's survey (`DATA/YEAR-1/survey.csv`), read by `föregående`.
    pub previous_survey: bool,
    /// `källa` files, by file name as the `källa` declares it.
    pub sources: Vec<String>,
}

impl Without {
    pub const PREVIOUS_SURVEY: &'static str = "previous-survey";

    /// From the command line's `--without` values.
    pub fn parse(values: &[String]) -> Without {
        let mut w = Without::default();
        for v in values {
            if v == Self::PREVIOUS_SURVEY {
                w.previous_survey = true;
            } else if !w.sources.contains(v) {
                w.sources.push(v.clone());
            }
        }
        w.sources.sort();
        w
    }

    /// Every `--without` value names an input of `program` (the year asked for; other
    /// years of the same run, `--series` or `oj impact`, may not read it).
    pub fn check_names(&self, program: &Program) -> Result<(), Diagnostic> {
        let Some(f) = self
            .sources
            .iter()
            .find(|f| !program.sources.iter().any(|s| &s.file == *f))
        else {
            return Ok(());
        };
        let mut known: Vec<String> = vec![Without::PREVIOUS_SURVEY.into()];
        known.extend(program.sources.iter().map(|s| s.file.clone()));
        Err(Diagnostic::error(
            Code::MissingInput,
            crate::t!(
                "data-without-unknown",
                input = f.as_str(),
                year = program.year.to_string()
            ),
        )
        .help(crate::t!(
            "data-without-unknown-help",
            known = known.join(", ")
        )))
    }

    /// The `--without` values, in a stable order (for the manifest).
    pub fn values(&self) -> Vec<String> {
        let mut v = vec![];
        if self.previous_survey {
            v.push(Self::PREVIOUS_SURVEY.to_string());
        }
        v.extend(self.sources.iter().cloned());
        v
    }
}
