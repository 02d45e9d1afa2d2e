//! The stages wired together for one publication year, as the CLI and the tests run them.

use crate::check::{check_year, Checked};
use crate::data::{kommuntabell, register};
use crate::data::{Survey, Units};
use crate::diagnostic::{Code, Diagnostic};
use crate::eval::source::{evaluate_sources, SourceData, SurveyYear};
use crate::eval::{evaluate, Evaluation, PreviousYear};
use crate::ir::{Kind, Per, Program, SourceMeasure};
use crate::publish::atomic::Outputs;
use crate::publish::results;
use std::path::{Path, PathBuf};

/// Everything a year's evaluation produced.
pub struct YearRun {
    pub program: Program,
    pub units: Units,
    pub survey: Survey,
    pub previous: Option<Survey>,
    pub evaluation: Evaluation,
    pub rows: Vec<results::Row>,
}

/// The indicator directory of a year: `INDICATORS/YEAR`.
pub fn year_dir(indicators: &Path, year: u32) -> PathBuf {
    indicators.join(year.to_string())
}

pub enum RunError {
    /// The indicator files do not check: their diagnostics, with sources to render them.
    Check(Checked),
    /// An input file is malformed.
    Data(Diagnostic),
}

pub fn load_program(
    indicators: &Path,
    year: u32,
) -> Result<(Program, crate::source::Sources), RunError> {
    let dir = year_dir(indicators, year);
    if !dir.is_dir() {
        let mut sources = crate::source::Sources::default();
        let _ = &mut sources;
        return Err(RunError::Data(
            Diagnostic::error(
                Code::DataRead,
                format!("there are no indicator files for {year}"),
            )
            .at(&dir, None, None)
            .help(
                "give the indicators directory with --indicators; it holds one directory per year",
            ),
        ));
    }
    let checked = check_year(&dir);
    match checked.program {
        Some(p) => Ok((p, checked.sources)),
        None => Err(RunError::Check(checked)),
    }
}

/// Reads the data of `year` and evaluates the checked program on it.
pub fn evaluate_year(program: Program, data: &Path) -> Result<YearRun, RunError> {
    let year = program.year;
    let units = Units::load(&data.join("units.csv")).map_err(RunError::Data)?;
    let survey_path = data.join(year.to_string()).join("survey.csv");
    let mut survey =
        Survey::load(&survey_path, &program.codebook, &units).map_err(RunError::Data)?;
    relabel(&mut survey, &format!("{year}/survey.csv"));
    let prev_path = data.join((year - 1).to_string()).join("survey.csv");
    let previous = match (&program.previous_codebook, prev_path.is_file()) {
        (Some(cb), true) => {
            let mut s = Survey::load(&prev_path, cb, &units).map_err(RunError::Data)?;
            relabel(&mut s, &format!("{}/survey.csv", year - 1));
            Some(s)
        }
        _ => None,
    };
    let prev = previous
        .as_ref()
        .zip(program.previous_codebook.as_ref())
        .map(|(survey, codebook)| PreviousYear { survey, codebook });
    let mut evaluation = evaluate(&program, &units, &survey, prev.as_ref());
    let data_dir = data.join(year.to_string());
    let source_data = read_sources(&program, &units, &data_dir, year)?;
    // The review rules are run again only on a survey that a source indicator sums.
    let reads = |prev: bool| {
        program.indicators.iter().any(|i| match &i.kind {
            Kind::Source(m) => m.slots.iter().any(
                |s| matches!(s, crate::ir::Slot::Survey { previous, .. } if *previous == prev),
            ),
            _ => false,
        })
    };
    let current = if reads(false) {
        SurveyYear::new(&program, &survey, &units)
    } else {
        SurveyYear::unread(&survey)
    };
    let previous_year = previous
        .as_ref()
        .filter(|_| reads(true))
        .map(|s| SurveyYear::new(&program, s, &units));
    evaluation.sources = evaluate_sources(
        &program,
        &units,
        &source_data,
        &current,
        previous_year.as_ref(),
    );
    evaluation
        .findings
        .extend(evaluation.sources.findings.iter().cloned());
    evaluation.findings.sort();
    let rows = results::rows(&program, &units, &evaluation);
    Ok(YearRun {
        program,
        units,
        survey,
        previous,
        evaluation,
        rows,
    })
}

/// Reads each `källa` of the program from `DATA/YEAR/<file>`: registers in one streaming
/// pass, per-kommun tables whole. A missing file makes its indicators Bortfall.
fn read_sources(
    program: &Program,
    units: &Units,
    dir: &Path,
    year: u32,
) -> Result<Vec<SourceData>, RunError> {
    let mut kommuner: Vec<String> = units.kommuner().map(|u| u.enhet.clone()).collect();
    kommuner.sort();
    let mut out = vec![];
    for (i, source) in program.sources.iter().enumerate() {
        let path = dir.join(&source.file);
        let display = format!("{year}/{}", source.file);
        if !path.is_file() {
            out.push(SourceData::Absent(source.file.clone()));
            continue;
        }
        out.push(match source.per {
            Per::Person => {
                let measures: Vec<&SourceMeasure> = program
                    .indicators
                    .iter()
                    .filter_map(|ind| match &ind.kind {
                        Kind::Source(m) if m.source == i => Some(&**m),
                        _ => None,
                    })
                    .collect();
                SourceData::Register(
                    register::scan(&path, &display, source, &measures, &kommuner)
                        .map_err(RunError::Data)?,
                )
            }
            Per::Kommun => SourceData::Table(
                kommuntabell::load(&path, &display, source, units).map_err(RunError::Data)?,
            ),
        });
    }
    Ok(out)
}

/// Findings name the file relative to the data directory, so outputs do not depend on
/// where the data lie.
fn relabel(survey: &mut Survey, name: &str) {
    for f in &mut survey.findings {
        f.file = name.to_string();
    }
    survey.path = PathBuf::from(name);
}

/// Writes results.csv and review.csv atomically.
pub fn write_outputs(run: &YearRun, out: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut outputs = Outputs::new(out)?;
    outputs.write("results.csv", &results::results_csv(&run.rows))?;
    outputs.write("review.csv", &results::review_csv(&run.evaluation.findings))?;
    outputs.commit()
}

/// The one-screen summary printed after `oj eval`.
pub fn summary(run: &YearRun) -> String {
    use std::collections::BTreeMap;
    let e = &run.evaluation;
    let total = e.units.len();
    let responded = e.responded.len();
    let rate = if total == 0 {
        0.0
    } else {
        100.0 * responded as f64 / total as f64
    };
    let mut s = format!(
        "Öppna jämförelser {}: {} indicators, {} reporting units, {} responded ({:.0} %)\n",
        run.program.year,
        run.program.indicators.len(),
        total,
        responded,
        rate
    );
    let mut by_rule: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for f in &e.findings {
        *by_rule
            .entry((f.severity.label(), f.rule.as_str()))
            .or_default() += 1;
    }
    if by_rule.is_empty() {
        s.push_str("Review: no findings\n");
    } else {
        s.push_str(&format!("Review: {} findings\n", e.findings.len()));
        for ((sev, rule), n) in by_rule {
            s.push_str(&format!("  {sev:<8} {rule:<28} {n:>4}\n"));
        }
    }
    let bortfall = e
        .results
        .iter()
        .flatten()
        .filter(|r| {
            matches!(
                r,
                crate::eval::UnitResult::Outcome {
                    outcome: crate::syntax::ast::Outcome::Bortfall,
                    ..
                }
            )
        })
        .count();
    s.push_str(&format!(
        "Unit results: {} ({} Bortfall)\n",
        e.results.iter().map(Vec::len).sum::<usize>(),
        bortfall
    ));
    s
}
