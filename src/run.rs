//! The stages wired together for one publication year, as the CLI and the tests run them.

use crate::check::{check_year, Checked};
use crate::data::table::{self, Table};
use crate::data::{kommuntabell, register};
use crate::data::{Survey, Units};
use crate::diagnostic::{Code, Diagnostic};
use crate::eval::source::{evaluate_sources, SourceData, SurveyYear};
use crate::eval::{evaluate, PreviousYear};
use crate::ir::{Kind, Per, Program, SourceMeasure};
use crate::publish::atomic::Outputs;
use crate::publish::manifest::{hash_files, sha256, sha256_file, FileHash, Manifest, RunKind};
use crate::publish::results;
use std::path::{Path, PathBuf};

pub use crate::aggregate::YearRun;
pub use crate::data::Without;

/// The indicator directory of a year: `INDICATORS/YEAR`.
pub fn year_dir(indicators: &Path, year: u32) -> PathBuf {
    indicators.join(year.to_string())
}

pub enum RunError {
    /// The indicator files do not check: their diagnostics, with sources to render them.
    Check(Box<Checked>),
    /// An input file is malformed.
    Data(Diagnostic),
}

pub fn load_program(
    indicators: &Path,
    year: u32,
) -> Result<(Program, crate::source::Sources), RunError> {
    let dir = year_dir(indicators, year);
    if !dir.is_dir() {
        let years: Vec<String> = crate::check::year_dirs(indicators)
            .unwrap_or_default()
            .iter()
            .filter_map(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        return Err(RunError::Data(
            Diagnostic::error(
                Code::UnknownYear,
                crate::t!("run-unknown-year", year = year.to_string()),
            )
            .at(&dir, None, None)
            .help(if years.is_empty() {
                crate::t!(
                    "run-unknown-year-no-years",
                    dir = indicators.display().to_string()
                )
            } else if year
                .checked_sub(1)
                .is_some_and(|before| year_dir(indicators, before).is_dir())
            {
                // `oj new-year` starts a year from the year before it.
                crate::t!(
                    "run-unknown-year-years",
                    years = years.join(", "),
                    year = year.to_string()
                )
            } else {
                crate::t!("run-unknown-year-only", years = years.join(", "))
            }),
        ));
    }
    let checked = check_year(&dir);
    match checked.program {
        Some(p) => Ok((p, checked.sources)),
        None => Err(RunError::Check(Box::new(checked))),
    }
}

/// The data files of a year that need nothing from the indicator files (units.csv and
/// the surveys of the year and of the year before), read and split into cells while the
/// indicator files are checked: neither waits for the other on a machine with two
/// cores. The evaluation uses a file only where it would have read it, and reports its
/// error there.
#[derive(Default)]
pub struct Prefetched {
    units: Option<Result<Units, Diagnostic>>,
    surveys: Vec<(PathBuf, Result<Table, Diagnostic>)>,
}

impl Prefetched {
    /// The year's survey, and last year's unless the run goes without it.
    pub fn read(data: &Path, year: u32, without: &Without) -> Prefetched {
        let previous = year.checked_sub(1).filter(|_| !without.previous_survey);
        let surveys = [Some(year), previous]
            .into_iter()
            .flatten()
            .map(|y| data.join(y.to_string()).join("survey.csv"))
            .filter(|p| p.is_file())
            .map(|p| {
                let t = table::read(&p);
                (p, t)
            })
            .collect();
        Prefetched {
            units: Some(Units::load(&data.join("units.csv"))),
            surveys,
        }
    }

    fn units(&mut self, path: &Path) -> Result<Units, Diagnostic> {
        self.units.take().unwrap_or_else(|| Units::load(path))
    }

    fn survey(
        &mut self,
        path: &Path,
        codebook: &crate::codebook::Codebook,
        units: &Units,
    ) -> Result<Survey, Diagnostic> {
        let table = match self.surveys.iter().position(|(p, _)| p == path) {
            Some(i) => self.surveys.swap_remove(i).1,
            None => table::read(path),
        }?;
        Survey::from_table(path, &table, codebook, units)
    }
}

/// Checks the indicator files of `year` and, at the same time, reads the data files
/// that do not depend on them ([`Prefetched`]).
pub fn load_program_and_data(
    indicators: &Path,
    year: u32,
    data: &Path,
    without: &Without,
) -> (
    Result<(Program, crate::source::Sources), RunError>,
    Prefetched,
) {
    std::thread::scope(|s| {
        // The reading thread formats its messages in the language of this one.
        let lang = crate::locale::current();
        let reading =
            s.spawn(move || crate::locale::with(lang, || Prefetched::read(data, year, without)));
        let program = load_program(indicators, year);
        let prefetched = reading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (program, prefetched)
    })
}

/// Reads the data of `year` and evaluates the checked program on it. An input the
/// indicators read and `without` does not name must be there.
pub fn evaluate_year(
    program: Program,
    data: &Path,
    without: &Without,
) -> Result<YearRun, RunError> {
    evaluate_year_with(program, data, without, Prefetched::default())
}

/// [`evaluate_year`] with what was read ahead.
pub fn evaluate_year_with(
    program: Program,
    data: &Path,
    without: &Without,
    mut prefetched: Prefetched,
) -> Result<YearRun, RunError> {
    let year = program.year;
    let units = prefetched
        .units(&data.join("units.csv"))
        .map_err(RunError::Data)?;
    let survey_path = data.join(year.to_string()).join("survey.csv");
    let mut warnings = vec![];
    let reads_previous = reads_previous_survey(&program);
    let prev_name = year.checked_sub(1).map(|y| format!("{y}/survey.csv"));
    let prev_path = prev_name.as_ref().map(|n| data.join(n));
    let data_dir = data.join(year.to_string());
    // The sources (a register is most of the reading) are read on a second thread while
    // the surveys are decoded and evaluated: neither needs the other.
    let lang = crate::locale::current();
    let (survey, previous, mut evaluation, source_data) = std::thread::scope(|s| {
        let sources = s.spawn(|| {
            crate::locale::with(lang, || {
                let mut warnings = vec![];
                read_sources(&program, &units, &data_dir, year, without, &mut warnings)
                    .map(|data| (data, warnings))
            })
        });
        let mut survey = prefetched
            .survey(&survey_path, &program.codebook, &units)
            .map_err(RunError::Data)?;
        relabel(&mut survey, &format!("{year}/survey.csv"));
        let previous = match (&program.previous_codebook, &prev_path, &prev_name) {
            (Some(cb), Some(path), Some(name)) if reads_previous.is_some() => {
                let indicators = reads_previous.as_deref().unwrap_or_default();
                if without.previous_survey {
                    warnings.push(crate::t!(
                        "run-without-previous",
                        file = name,
                        indicators = indicators
                    ));
                    None
                } else if !path.is_file() {
                    return Err(RunError::Data(
                        Diagnostic::error(
                            Code::MissingInput,
                            crate::t!(
                                "run-previous-missing",
                                year = year.to_string(),
                                indicators = indicators,
                                file = name
                            ),
                        )
                        .at(path, None, None)
                        .help(crate::t!(
                            "run-previous-missing-help",
                            path = path.display().to_string(),
                            without = Without::PREVIOUS_SURVEY
                        )),
                    ));
                } else {
                    let mut s = prefetched
                        .survey(path, cb, &units)
                        .map_err(RunError::Data)?;
                    relabel(&mut s, name);
                    Some(s)
                }
            }
            (None, _, _) if reads_previous.is_some() => {
                // The year declares no previous year (no `ärver` of the year before, no
                // `föregående_kodbok`): the methodology's "no previous-year answer, no
                // correction", said aloud.
                warnings.push(crate::t!(
                    "run-no-previous-year",
                    year = year.to_string(),
                    indicators = reads_previous.as_deref().unwrap_or_default()
                ));
                None
            }
            _ => None,
        };
        let prev = previous
            .as_ref()
            .zip(program.previous_codebook.as_ref())
            .map(|(survey, codebook)| PreviousYear { survey, codebook });
        let evaluation = evaluate(&program, &units, &survey, prev.as_ref());
        let (source_data, source_warnings) = sources
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        warnings.extend(source_warnings);
        Ok((survey, previous, evaluation, source_data))
    })?;
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
        SurveyYear::reviewed(&survey, evaluation.flagged.clone())
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
    let mut rows = crate::aggregate::table::rows(&program, &units, &evaluation);
    if without.previous_survey {
        if let Some(reads) = &reads_previous {
            let note = format!(
                "utan föregående års enkät ({})",
                prev_name.as_deref().unwrap_or_default()
            );
            let ids: Vec<&str> = reads.split(", ").collect();
            for row in rows
                .iter_mut()
                .filter(|r| ids.contains(&r.indicator.as_str()))
            {
                row.reason = if row.reason.is_empty() {
                    note.clone()
                } else {
                    format!("{}; {note}", row.reason)
                };
            }
        }
    }
    let mut data_files = vec![data.join("units.csv"), survey_path.clone()];
    if let (Some(_), Some(p)) = (&previous, &prev_path) {
        data_files.push(p.clone());
    }
    data_files.extend(
        program
            .sources
            .iter()
            .filter(|s| !without.sources.contains(&s.file))
            .map(|s| data_dir.join(&s.file))
            .filter(|p| p.is_file()),
    );
    Ok(YearRun {
        data_files,
        program,
        units,
        survey,
        previous,
        evaluation,
        rows,
        without: without.clone(),
        warnings,
    })
}

/// The indicators that read last year's survey (`föregående` in a rule or a source
/// slot), comma separated, or `None`.
fn reads_previous_survey(program: &Program) -> Option<String> {
    let mut ids = vec![];
    for ind in &program.indicators {
        let mut refs = vec![];
        for r in &ind.rules {
            crate::ir::logic::cond_vars(&r.when, &mut refs);
        }
        let in_rules = refs.iter().any(|(_, _, prev)| *prev);
        let in_slots = match &ind.kind {
            Kind::Source(m) => m
                .slots
                .iter()
                .any(|s| matches!(s, crate::ir::Slot::Survey { previous: true, .. })),
            _ => false,
        };
        if in_rules || in_slots {
            ids.push(ind.id.clone());
        }
    }
    (!ids.is_empty()).then(|| ids.join(", "))
}

/// Reads each `källa` of the program from `DATA/YEAR/<file>`: registers in one streaming
/// pass, per-kommun tables whole. A missing file is an error, unless the run goes
/// without it (then its indicators are Bortfall with the reason "… saknas").
fn read_sources(
    program: &Program,
    units: &Units,
    dir: &Path,
    year: u32,
    without: &Without,
    warnings: &mut Vec<String>,
) -> Result<Vec<SourceData>, RunError> {
    let mut kommuner: Vec<String> = units.kommuner().map(|u| u.enhet.clone()).collect();
    kommuner.sort();
    let mut out = vec![];
    for (i, source) in program.sources.iter().enumerate() {
        let path = dir.join(&source.file);
        let display = format!("{year}/{}", source.file);
        let readers: Vec<&str> = program
            .indicators
            .iter()
            .filter(|ind| matches!(&ind.kind, Kind::Source(m) if m.source == i))
            .map(|ind| ind.id.as_str())
            .collect();
        if without.sources.contains(&source.file) {
            warnings.push(if readers.is_empty() {
                crate::t!("run-without-source-unread", file = &display)
            } else {
                crate::t!(
                    "run-without-source",
                    file = &display,
                    indicators = readers.join(", ")
                )
            });
            out.push(SourceData::Absent(source.file.clone()));
            continue;
        }
        if !path.is_file() {
            if readers.is_empty() {
                out.push(SourceData::Absent(source.file.clone()));
                continue;
            }
            return Err(RunError::Data(
                Diagnostic::error(
                    Code::MissingInput,
                    crate::t!(
                        "run-source-missing",
                        file = &display,
                        year = year.to_string(),
                        indicators = readers.join(", ")
                    ),
                )
                .at(&path, None, None)
                .help(crate::t!(
                    "run-source-missing-help",
                    path = path.display().to_string(),
                    file = &source.file
                )),
            ));
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
    for (name, bytes) in output_files(run) {
        outputs.write(name, &bytes)?;
    }
    outputs.commit()
}

/// The output files of `oj eval`, by name.
pub fn output_files(run: &YearRun) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("results.csv", results::results_csv(&run.rows)),
        ("review.csv", results::review_csv(&run.evaluation.findings)),
    ]
}

/// The output files of `oj publish`: those of `oj eval`, the workbook and the JSON.
pub fn publication_files(run: &YearRun) -> std::io::Result<Vec<(&'static str, Vec<u8>)>> {
    publication_files_with_series(run, &[])
}

/// [`publication_files`], the workbook with the years of `earlier` for comparison.
pub fn publication_files_with_series(
    run: &YearRun,
    earlier: &[&YearRun],
) -> std::io::Result<Vec<(&'static str, Vec<u8>)>> {
    let mut files = output_files(run);
    let xlsx = crate::publish::xlsx::workbook_with_series(run, earlier)
        .map_err(|e| std::io::Error::other(format!("results.xlsx: {e}")))?;
    files.push(("results.xlsx", xlsx));
    files.push(("results.json", crate::publish::json::results_json(run)));
    Ok(files)
}

/// The files of `oj site`: the front end, `data.js` with this year's figures (and the
/// comparable indicators of the `series` years), and the downloads results.csv and
/// results.xlsx, written all-or-nothing into `how.out`.
pub fn write_site(run: &YearRun, how: &Invocation) -> std::io::Result<Vec<PathBuf>> {
    let earlier = earlier_runs(how)?;
    let earlier: Vec<&YearRun> = earlier.iter().collect();
    let mut outputs = Outputs::new(how.out)?;
    for (name, text) in crate::site::ASSETS {
        outputs.write(name, text.as_bytes())?;
    }
    outputs.write("data.js", crate::site::data_js(run, &earlier).as_bytes())?;
    outputs.write("results.csv", &results::results_csv(&run.rows))?;
    let xlsx = crate::publish::xlsx::workbook_with_series(run, &earlier)
        .map_err(|e| std::io::Error::other(format!("results.xlsx: {e}")))?;
    outputs.write("results.xlsx", &xlsx)?;
    outputs.commit()
}

/// How a run was asked for: what the manifest records.
pub struct Invocation<'a> {
    pub indicators: &'a Path,
    pub data: &'a Path,
    pub out: &'a Path,
    /// `oj publish` (workbook and JSON too) rather than `oj eval`.
    pub publication: bool,
    /// Earlier years for the workbook's sheet of comparable indicators.
    pub series: &'a [u32],
    /// Inputs the run goes without (`--without`).
    pub without: &'a Without,
}

/// The years of `--series`, before anything is evaluated: each earlier than the year
/// published, each once, each a year of `indicators`. Why not, in words, if not.
pub fn check_series(indicators: &Path, year: u32, series: &[u32]) -> Result<(), String> {
    // An indicator directory that cannot be read is reported where the year is loaded,
    // in its own words; here it would look like a directory without years.
    let Ok(dirs) = crate::check::year_dirs(indicators) else {
        return Ok(());
    };
    let years: Vec<u32> = dirs
        .iter()
        .filter_map(|d| d.file_name()?.to_str()?.parse().ok())
        .filter(|&y| y < year)
        .collect();
    let earlier = || {
        if years.is_empty() {
            crate::t!("run-series-no-earlier", year = year.to_string())
        } else {
            let list: Vec<String> = years.iter().map(u32::to_string).collect();
            crate::t!("run-series-earlier-are", years = list.join(", "))
        }
    };
    for (i, &y) in series.iter().enumerate() {
        let said = if y >= year {
            crate::t!(
                "run-series-not-earlier",
                series = y.to_string(),
                year = year.to_string()
            )
        } else if series[..i].contains(&y) {
            crate::t!("run-series-twice", series = y.to_string())
        } else if !years.contains(&y) {
            crate::t!(
                "run-series-unknown",
                series = y.to_string(),
                dir = indicators.display().to_string()
            )
        } else {
            continue;
        };
        return Err(format!("{said}; {}", earlier()));
    }
    Ok(())
}

/// The earlier years of a publication, evaluated from the same directories.
fn earlier_runs(how: &Invocation) -> std::io::Result<Vec<YearRun>> {
    how.series
        .iter()
        .map(|&y| {
            let not_checked = || {
                std::io::Error::other(crate::t!("run-earlier-not-checked", year = y.to_string()))
            };
            let (program, _) = load_program(how.indicators, y).map_err(|_| not_checked())?;
            evaluate_year(program, how.data, how.without).map_err(|e| match e {
                RunError::Data(d) => std::io::Error::other(format!("{y}: {}", d.message)),
                RunError::Check(_) => not_checked(),
            })
        })
        .collect()
}

/// The manifest of a run whose outputs are `outputs`.
pub fn manifest(
    run: &YearRun,
    how: &Invocation,
    outputs: &[(&'static str, Vec<u8>)],
) -> std::io::Result<Manifest> {
    Ok(Manifest {
        engine: format!("oj {}", env!("CARGO_PKG_VERSION")),
        year: run.program.year,
        kind: if how.publication {
            RunKind::Publish
        } else {
            RunKind::Eval
        },
        command: format!(
            "oj {} --year {} --data {} --out {} --indicators {}{}{}",
            if how.publication { "publish" } else { "eval" },
            run.program.year,
            how.data.display(),
            how.out.display(),
            how.indicators.display(),
            if how.series.is_empty() {
                String::new()
            } else {
                format!(
                    " --series {}",
                    how.series
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(",")
                )
            },
            how.without
                .values()
                .iter()
                .map(|v| format!(" --without {v}"))
                .collect::<String>()
        ),
        series: how.series.to_vec(),
        without: how.without.values(),
        indicators_dir: how.indicators.display().to_string(),
        data_dir: how.data.display().to_string(),
        indicators: hash_files(how.indicators, &run.program.files)?,
        data: hash_files(how.data, &run.data_files)?,
        outputs: outputs
            .iter()
            .map(|(name, bytes)| FileHash {
                path: name.to_string(),
                sha256: sha256(bytes),
            })
            .collect(),
    })
}

/// Writes results.csv, review.csv and, last, manifest.json, all atomically.
/// With `how.publication`, also results.xlsx and results.json.
pub fn write_outputs_with_manifest(
    run: &YearRun,
    how: &Invocation,
) -> std::io::Result<Vec<PathBuf>> {
    let files = if how.publication {
        let earlier = earlier_runs(how)?;
        publication_files_with_series(run, &earlier.iter().collect::<Vec<_>>())?
    } else {
        output_files(run)
    };
    let manifest = manifest(run, how, &files)?;
    let mut outputs = Outputs::new(how.out)?;
    for (name, bytes) in &files {
        outputs.write(name, bytes)?;
    }
    outputs.write("manifest.json", &manifest.to_json())?;
    outputs.commit()
}

/// `oj verify OUT`: the inputs named in the manifest still have their hashes, and running
/// the same evaluation again gives byte-identical outputs. Returns the report, or the
/// first difference.
pub fn verify(
    out: &Path,
    indicators: Option<&Path>,
    data: Option<&Path>,
) -> Result<String, String> {
    let recorded = Manifest::read(&out.join("manifest.json"))?;
    // The directories as the run recorded them (relative to where it ran), unless the
    // command names them: a run verified from elsewhere, or moved.
    let dir = |given: Option<&Path>, recorded: &str, option: &str| match given {
        Some(dir) if dir.is_dir() => Ok(dir.to_path_buf()),
        Some(dir) => Err(crate::t!(
            "run-verify-no-given-dir",
            dir = dir.display().to_string(),
            option = option
        )),
        None if Path::new(recorded).is_dir() => Ok(PathBuf::from(recorded)),
        None => Err(crate::t!(
            "run-verify-no-dir",
            dir = recorded,
            option = option
        )),
    };
    let indicators = dir(indicators, &recorded.indicators_dir, "--indicators")?;
    let data = dir(data, &recorded.data_dir, "--data")?;
    for (base, files) in [(&indicators, &recorded.indicators), (&data, &recorded.data)] {
        for f in files {
            let path = base.join(&f.path);
            let hash = sha256_file(&path).map_err(|e| cannot_read(&path, e))?;
            if hash != f.sha256 {
                return Err(crate::t!(
                    "run-verify-changed",
                    file = path.display().to_string()
                ));
            }
        }
    }
    for f in &recorded.outputs {
        let path = out.join(&f.path);
        let hash = sha256_file(&path).map_err(|e| cannot_read(&path, e))?;
        if hash != f.sha256 {
            return Err(crate::t!(
                "run-verify-output-differs",
                file = path.display().to_string()
            ));
        }
    }
    let (program, _) = load_program(&indicators, recorded.year)
        .map_err(|_| crate::t!("run-verify-not-checked", year = recorded.year.to_string()))?;
    let without = Without::parse(&recorded.without);
    let run = evaluate_year(program, &data, &without).map_err(|e| match e {
        RunError::Data(d) => d.message,
        RunError::Check(_) => crate::t!("run-verify-not-checked-now"),
    })?;
    let publication = recorded.kind == RunKind::Publish;
    let how = Invocation {
        indicators: &indicators,
        data: &data,
        out,
        publication,
        series: &recorded.series,
        without: &without,
    };
    let files = if publication {
        let earlier = earlier_runs(&how).map_err(|e| e.to_string())?;
        publication_files_with_series(&run, &earlier.iter().collect::<Vec<_>>())
            .map_err(|e| e.to_string())?
    } else {
        output_files(&run)
    };
    let again = manifest(&run, &how, &files).map_err(|e| e.to_string())?;
    // The same files, not only the same bytes in the files both name: a manifest with
    // an entry removed or added does not verify.
    for (what, recorded, again) in [
        (Listed::Outputs, &recorded.outputs, &again.outputs),
        (Listed::Indicators, &recorded.indicators, &again.indicators),
        (Listed::Data, &recorded.data, &again.data),
    ] {
        let names = |v: &Vec<FileHash>| v.iter().map(|f| f.path.clone()).collect::<Vec<_>>();
        if names(recorded) != names(again) {
            let (recorded, now, files) = (recorded.len(), again.len(), names(again).join(", "));
            return Err(match what {
                Listed::Outputs => crate::t!(
                    "run-verify-other-outputs",
                    recorded = recorded,
                    now = now,
                    files = files
                ),
                Listed::Indicators => crate::t!(
                    "run-verify-other-indicators",
                    recorded = recorded,
                    now = now,
                    files = files
                ),
                Listed::Data => crate::t!(
                    "run-verify-other-data",
                    recorded = recorded,
                    now = now,
                    files = files
                ),
            });
        }
        for (f, g) in recorded.iter().zip(again) {
            if f != g {
                return Err(crate::t!(
                    "run-verify-different-bytes",
                    file = out.join(&f.path).display().to_string()
                ));
            }
        }
    }
    Ok(crate::t!(
        "run-verify-ok",
        dir = out.display().to_string(),
        indicators = recorded.indicators.len(),
        data = recorded.data.len(),
        outputs = recorded.outputs.len()
    ) + "\n")
}

/// The lists of files a manifest records, for the message when a new run has others.
enum Listed {
    Outputs,
    Indicators,
    Data,
}

fn cannot_read(path: &Path, e: std::io::Error) -> String {
    crate::t!(
        "run-verify-cannot-read",
        file = path.display().to_string(),
        error = crate::diagnostic::io_error(&e)
    )
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
    let mut s = crate::t!(
        "run-summary",
        year = run.program.year.to_string(),
        indicators = run.program.indicators.len(),
        units = total,
        responded = responded,
        rate = format!("{rate:.0}")
    ) + "\n";
    let mut by_rule: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for f in &e.findings {
        *by_rule
            .entry((f.severity.label(), f.rule.as_str()))
            .or_default() += 1;
    }
    if by_rule.is_empty() {
        s.push_str(&crate::t!("run-summary-review-none"));
        s.push('\n');
    } else {
        s.push_str(&crate::t!(
            "run-summary-review",
            findings = e.findings.len()
        ));
        s.push('\n');
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
    s.push_str(&crate::t!(
        "run-summary-results",
        results = e.results.iter().map(Vec::len).sum::<usize>(),
        bortfall = bortfall
    ));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read ahead: this year's survey and last year's, but not last year's when the run
    /// goes without it (it would be read for nothing).
    #[test]
    fn last_years_survey_is_read_ahead_only_when_the_run_may_use_it() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/example");
        let read = |without: &Without| -> Vec<PathBuf> {
            Prefetched::read(&data, 2015, without)
                .surveys
                .into_iter()
                .map(|(p, t)| {
                    assert!(t.is_ok(), "{}", p.display());
                    p
                })
                .collect()
        };
        let both = read(&Without::default());
        assert_eq!(
            both,
            [data.join("2015/survey.csv"), data.join("2014/survey.csv")]
        );
        let without = Without {
            previous_survey: true,
            ..Without::default()
        };
        assert_eq!(read(&without), [data.join("2015/survey.csv")]);
    }
}
