//! The `oj` command line. Renders diagnostics; all logic lives in the library.

use clap::{Parser as ClapParser, Subcommand};
use oj::check::{check_year, year_dirs};
use oj::diagnostic::{render_all, Diagnostic};
use oj::run::{self, RunError};
use oj::source::Sources;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapParser)]
#[command(
    name = "oj",
    version,
    about = "Indicator engine for Öppna jämförelser, social barn- och ungdomsvård"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Evaluate without an input the indicators read: `previous-survey` (last year's
    /// survey, read by `föregående`) or a `källa` file (`register.csv`). Without it, a
    /// missing input is an error; with it, a warning is printed and every affected row
    /// says so. Repeatable.
    #[arg(long, global = true, value_name = "INPUT")]
    without: Vec<String>,
}

/// The year, its data and its indicators: what every command that evaluates reads.
#[derive(clap::Args)]
struct YearData {
    /// The publication year: INDICATORS/YEAR and DATA/YEAR.
    #[arg(long)]
    year: u32,
    /// Data directory: units.csv and YEAR/survey.csv, YEAR's `källa` files
    /// (docs/data-formats.md).
    #[arg(long)]
    data: PathBuf,
    /// The indicators directory, with one directory per year.
    #[arg(long, default_value = "indicators")]
    indicators: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Check indicator files against their codebook; report every problem at once.
    ///
    /// Example: oj check indicators/2015    (or `oj check --format github` in CI)
    Check {
        /// Year directories, or a directory of years (default: indicators).
        paths: Vec<PathBuf>,
        /// How diagnostics are printed: for people (default), one JSON object per line,
        /// or GitHub Actions annotations (`oj check --format github` in a workflow).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Lay out indicator files canonically: indentation, aligned rules, part and column
    /// lists, blank lines; comments and strings untouched.
    ///
    /// Example: oj fmt indicators        (rewrites what is not formatted)
    ///          oj fmt --check indicators (lists it and exits 1; for CI)
    Fmt {
        /// Files or directories (searched for .oj files; default: indicators)
        paths: Vec<PathBuf>,
        /// Change nothing: list the files that are not formatted, exit 1 if any
        #[arg(long)]
        check: bool,
    },
    /// Run the examples written beside each indicator.
    ///
    /// Example: oj test indicators/2015
    Test {
        /// Year directories, or a directory of years (default: indicators)
        paths: Vec<PathBuf>,
    },
    /// Evaluate every indicator for every unit and write results.csv and review.csv.
    ///
    /// Example: oj eval --year 2015 --data data/example --out out/2015
    Eval {
        #[command(flatten)]
        run: YearData,
        /// The directory to write results.csv, review.csv and manifest.json into
        #[arg(long)]
        out: PathBuf,
    },
    /// What the methodology changed between two years: per indicator added, removed,
    /// changed rule, changed dates or texts, unchanged; and the review rules.
    ///
    /// Example: oj diff 2014 2015
    Diff {
        /// The earlier year
        old: u32,
        /// The later year
        new: u32,
        /// The indicators directory, with one directory per year
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
    },
    /// Start next year's methodology: write INDICATORS/YEAR/ar.oj (inheriting YEAR-1,
    /// mätdatum one year on) and INDICATORS/YEAR/codebook.yaml (YEAR-1's codebook with its
    /// dates one year on). Never overwrites.
    ///
    /// Example: oj new-year 2016
    NewYear {
        /// The new publication year; YEAR-1 must exist and check.
        year: u32,
        /// The indicators directory, with one directory per year
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
    },
    /// What YEAR's methodology does to the figures: evaluates the answers of YEAR-1
    /// (DATA/YEAR-1, with DATA/YEAR-2/survey.csv for föregående) under YEAR-1's and
    /// YEAR's definitions and writes OUT/impact.csv (every published figure that
    /// differs) and OUT/impact.md (a summary per indicator, also printed).
    ///
    /// Example: oj impact --year 2016 --data data --out out/impact-2016
    Impact {
        #[command(flatten)]
        run: YearData,
        /// Where impact.csv and impact.md are written.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a run's manifest: the inputs are unchanged and a new run gives the same bytes.
    ///
    /// Example: oj verify out/2015
    Verify {
        /// The output directory of an `oj eval` or `oj publish` (with manifest.json)
        out: PathBuf,
    },
    /// Write a synthetic national register.csv (for tests and benchmarks).
    ///
    /// Example: oj generate-register --year 2015 --rows 100000 --units data/example/units.csv --out /tmp/register.csv
    GenerateRegister {
        /// The year whose `källa` declares the register's columns.
        #[arg(long)]
        year: u32,
        /// The indicators directory, with one directory per year
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
        /// The `källa` to generate (a `per person` source).
        #[arg(long, default_value = "register")]
        source: String,
        /// Number of person records.
        #[arg(long)]
        rows: u64,
        /// The seed of the pseudo-random draws: the same seed, the same file
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// units.csv whose kommuner the persons are spread over (by folkmängd).
        #[arg(long)]
        units: PathBuf,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the SQL (DuckDB) that computes a register's indicators from its CSV file.
    ///
    /// Example: oj sql --year 2015 --register data/example/2015/register.csv --units data/example/units.csv
    Sql {
        /// The publication year whose indicators are compiled
        #[arg(long)]
        year: u32,
        /// The indicators directory, with one directory per year
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
        /// The `källa` to compile.
        #[arg(long, default_value = "register")]
        source: String,
        /// The register CSV as the SQL engine sees it.
        #[arg(long)]
        register: String,
        /// units.csv as the SQL engine sees it.
        #[arg(long)]
        units: String,
    },
    /// Everything `eval` writes, and the Excel workbook (results.xlsx) and results.json.
    ///
    /// Example: oj publish --year 2015 --data data/example --series 2014 --out out/2015
    Publish {
        #[command(flatten)]
        run: YearData,
        /// Earlier years whose comparable indicators get a sheet in the workbook: 2014
        #[arg(long, value_delimiter = ',')]
        series: Vec<u32>,
        /// The directory to write the outputs into
        #[arg(long)]
        out: PathBuf,
    },
    /// The web comparison tool: a static site (index.html, data.js, the downloads) of
    /// every unit's results, working from file:// and any static host.
    ///
    /// Example: oj site --year 2015 --data data/example --series 2014 --out out/site
    Site {
        #[command(flatten)]
        run: YearData,
        /// Earlier years whose comparable indicators get a time series: 2014
        #[arg(long, value_delimiter = ',')]
        series: Vec<u32>,
        /// The directory to write the site into (created; replaced all-or-nothing)
        #[arg(long)]
        out: PathBuf,
    },
    /// The language server for editors (Language Server Protocol over stdin/stdout): the
    /// checker's diagnostics as you type, hover, completion, go to definition, references,
    /// outline and quick fixes. Started by the editor (docs/editor.md), not by hand.
    ///
    /// Example (in an editor's configuration): command "oj", arguments ["lsp"]
    Lsp,
    /// The methodology guide, generated from the indicators: guide.md and guide.html.
    ///
    /// Example: oj doc --year 2015 --out out/guide
    Doc {
        /// The publication year
        #[arg(long)]
        year: u32,
        /// The directory to write guide.md and guide.html into
        #[arg(long)]
        out: PathBuf,
        /// The indicators directory, with one directory per year
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
    },
    /// A regional comparison report (HTML with tables and charts) for chosen kommuner.
    ///
    /// Example: oj report --year 2015 --data data/example --units 0114,0123 --compare 01,riket --out out/report
    Report {
        #[command(flatten)]
        run: YearData,
        /// Kommuner or enheter, comma separated: 0114,0123 (at least one)
        #[arg(long, value_delimiter = ',', required = true, num_args = 1..)]
        units: Vec<String>,
        /// Länskoder and/or `riket`, comma separated: 01,06,riket
        #[arg(long, value_delimiter = ',')]
        compare: Vec<String>,
        /// The directory to write report.html into
        #[arg(long)]
        out: PathBuf,
    },
    /// Show the answers and the rule behind one unit's result, or the units behind a
    /// län's, riket's or group's figure.
    ///
    /// Example: oj explain --year 2015 --data data/example social_jour 0114
    Explain {
        #[command(flatten)]
        run: YearData,
        /// Explain YEAR's answers under the definitions of another year (as `oj impact`
        /// computes them), e.g. `--year 2015 --definitions 2016` for a unit that
        /// `oj impact --year 2016` lists.
        #[arg(long, value_name = "YEAR")]
        definitions: Option<u32>,
        /// The indicator's id: social_jour, extern_skola, behorig_gy_sverige
        indicator: String,
        /// A kommun or stadsdel (0114, 018001), a länskod (01), `riket`, a
        /// befolkningsgrupp or a kommungrupp
        unit: String,
    },
}

fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// `oj fmt`: every .oj file under the paths, formatted in place (each written
/// atomically), or with `--check` only listed.
fn fmt(paths: Vec<PathBuf>, check: bool) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("indicators")]
    } else {
        paths
    };
    let mut files = vec![];
    let mut stack = paths;
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            match std::fs::read_dir(&p) {
                Ok(rd) => stack.extend(rd.flatten().map(|e| e.path())),
                Err(e) => {
                    eprintln!("error: cannot read {}: {e}", p.display());
                    return ExitCode::from(1);
                }
            }
        } else if p.extension().is_some_and(|x| x == "oj") {
            files.push(p);
        } else if !p.exists() {
            eprintln!(
                "error: {} does not exist; give .oj files or directories of them",
                p.display()
            );
            return ExitCode::from(1);
        }
    }
    files.sort();
    let mut unformatted = 0;
    for f in &files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", f.display());
                return ExitCode::from(1);
            }
        };
        let formatted = match oj::syntax::format::format_checked(&text) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("error: {}: {e}", f.display());
                return ExitCode::from(1);
            }
        };
        if formatted == text {
            continue;
        }
        unformatted += 1;
        if check {
            println!(
                "{}: not formatted (run `oj fmt {}`)",
                f.display(),
                f.display()
            );
            continue;
        }
        // `a.oj` has the parent "": the working directory.
        let dir = f
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        let written = oj::publish::atomic::Outputs::new(dir).and_then(|mut o| {
            o.write(
                f.file_name().unwrap_or_default().to_string_lossy().as_ref(),
                formatted.as_bytes(),
            )?;
            o.commit()
        });
        match written {
            Ok(_) => println!("formatted {}", f.display()),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", f.display());
                return ExitCode::from(1);
            }
        }
    }
    if check && unformatted > 0 {
        ExitCode::from(1)
    } else {
        if !check {
            println!("{} file(s), {unformatted} reformatted", files.len());
        }
        ExitCode::SUCCESS
    }
}

/// How `oj check` prints diagnostics.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Rendered for people, with the source lines (the default).
    Human,
    /// One JSON object per line: code, name, severity, message, help, file, line, column,
    /// end_line, end_column.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    Github,
}

fn print_diagnostics(ds: &[Diagnostic], sources: &Sources) {
    if !ds.is_empty() {
        eprintln!("{}", render_all(ds, sources, color()));
    }
}

fn report_run_error(e: RunError) -> ExitCode {
    match e {
        RunError::Check(c) => {
            print_diagnostics(&c.diagnostics.0, &c.sources);
            eprintln!(
                "The indicator files have {} error(s); run `oj check` for the full list.",
                c.diagnostics.errors()
            );
        }
        RunError::Data(d) => print_diagnostics(&[d], &Sources::default()),
    }
    ExitCode::from(1)
}

fn dirs(paths: Vec<PathBuf>) -> Result<Vec<PathBuf>, ExitCode> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("indicators")]
    } else {
        paths
    };
    let mut out = vec![];
    for p in paths {
        match year_dirs(&p) {
            Ok(d) if !d.is_empty() => out.extend(d),
            Ok(_) => {
                eprintln!("error: {} holds no indicator files (*.oj)", p.display());
                return Err(ExitCode::from(2));
            }
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", p.display());
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok(out)
}

/// Writes the generated register next to its destination and renames it into place.
fn write_generated(
    source: &oj::ir::SourceDef,
    units: &oj::data::Units,
    rows: u64,
    seed: u64,
    out: &std::path::Path,
) -> std::io::Result<()> {
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir)?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file());
    oj::generate::register(source, units, rows, seed, &mut w)?;
    drop(w);
    // A data file, readable like the others (the temporary file is 0600).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(out).map_err(|e| e.error)?;
    Ok(())
}

/// Checks the year's indicators and evaluates them on the data; a failure is reported
/// and becomes the exit code.
fn evaluate(
    indicators: &std::path::Path,
    year: u32,
    data: &std::path::Path,
    without: &run::Without,
) -> Result<(run::YearRun, Sources), ExitCode> {
    let (program, sources) = run::load_program(indicators, year).map_err(report_run_error)?;
    without
        .check_names(&program)
        .map_err(|d| report_run_error(RunError::Data(d)))?;
    let r = run::evaluate_year(program, data, without).map_err(report_run_error)?;
    for w in &r.warnings {
        eprintln!("warning: {w}");
    }
    Ok((r, sources))
}

/// `oj eval` and `oj publish`: evaluate, write the outputs and the manifest, summarise.
fn publish(
    indicators: &std::path::Path,
    year: u32,
    data: &std::path::Path,
    out: &std::path::Path,
    publication: bool,
    series: &[u32],
    without: &run::Without,
) -> ExitCode {
    let (r, _) = match evaluate(indicators, year, data, without) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let how = run::Invocation {
        indicators,
        data,
        out,
        publication,
        series,
        without,
    };
    let written = run::write_outputs_with_manifest(&r, &how);
    if written.is_ok() {
        print!("{}", run::summary(&r));
    }
    wrote("the outputs", out, written)
}

/// Prints the files written, or the error.
fn wrote(what: &str, out: &std::path::Path, written: std::io::Result<Vec<PathBuf>>) -> ExitCode {
    match written {
        Ok(files) => {
            for f in files {
                println!("Wrote {}", f.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {what} to {}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let without = run::Without::parse(&cli.without);
    match cli.command {
        Command::Check { paths, format } => {
            let dirs = match dirs(paths) {
                Ok(d) => d,
                Err(c) => return c,
            };
            let mut errors = 0;
            // The years are independent: checked side by side, reported in order.
            let checked: Vec<_> = std::thread::scope(|s| {
                let handles: Vec<_> = dirs.iter().map(|dir| s.spawn(|| check_year(dir))).collect();
                handles.into_iter().map(|h| h.join()).collect()
            });
            for (dir, c) in dirs.iter().zip(checked) {
                let c = match c {
                    Ok(c) => c,
                    Err(panic) => std::panic::resume_unwind(panic),
                };
                errors += c.diagnostics.errors();
                match format {
                    Format::Human => print_diagnostics(&c.diagnostics.0, &c.sources),
                    // Machine formats: only the diagnostics, on stdout.
                    Format::Json => {
                        print!(
                            "{}",
                            oj::diagnostic::machine::json_lines(&c.diagnostics.0, &c.sources)
                        );
                        continue;
                    }
                    Format::Github => {
                        print!(
                            "{}",
                            oj::diagnostic::machine::github(&c.diagnostics.0, &c.sources)
                        );
                        continue;
                    }
                }
                let n = c.defined;
                let hints = match c.diagnostics.hints() {
                    0 => String::new(),
                    h => format!(", {h} hint(s)"),
                };
                println!(
                    "{}: {} indicators, {} error(s), {} warning(s){hints}",
                    dir.display(),
                    n,
                    c.diagnostics.errors(),
                    c.diagnostics.warnings()
                );
            }
            if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Fmt { paths, check } => fmt(paths, check),
        Command::Test { paths } => {
            let dirs = match dirs(paths) {
                Ok(d) => d,
                Err(c) => return c,
            };
            let (mut passed, mut failed) = (0, 0);
            for dir in dirs {
                let c = check_year(&dir);
                print_diagnostics(&c.diagnostics.0, &c.sources);
                let Some(program) = c.program else {
                    failed += 1;
                    continue;
                };
                let report = oj::examples::run(&program);
                print_diagnostics(&report.without_examples, &c.sources);
                print_diagnostics(&report.failed, &c.sources);
                println!(
                    "{}: {} examples passed, {} failed",
                    dir.display(),
                    report.passed,
                    report.failed.len()
                );
                passed += report.passed;
                failed += report.failed.len();
            }
            println!("{passed} passed, {failed} failed");
            if failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Eval {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                },
            out,
        } => publish(&indicators, year, &data, &out, false, &[], &without),
        Command::Diff {
            old,
            new,
            indicators,
        } => {
            let (old, _) = match run::load_program(&indicators, old) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            let (new, _) = match run::load_program(&indicators, new) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            print!("{}", oj::diff::diff(&old, &new).render());
            ExitCode::SUCCESS
        }
        Command::Publish {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                },
            series,
            out,
        } => publish(&indicators, year, &data, &out, true, &series, &without),
        Command::Site {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                },
            series,
            out,
        } => {
            let (r, _) = match evaluate(&indicators, year, &data, &without) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let how = run::Invocation {
                indicators: &indicators,
                data: &data,
                out: &out,
                publication: true,
                series: &series,
                without: &without,
            };
            let ok = wrote("the site", &out, run::write_site(&r, &how));
            if ok == ExitCode::SUCCESS {
                println!("Open {} in a browser.", out.join("index.html").display());
            }
            ok
        }
        Command::Lsp => match oj::lsp::run_stdio() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: oj lsp: {e}");
                ExitCode::from(1)
            }
        },
        Command::Doc {
            year,
            out,
            indicators,
        } => {
            let (program, _) = match run::load_program(&indicators, year) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            let written = oj::publish::atomic::Outputs::new(&out).and_then(|mut o| {
                o.write("guide.md", oj::guide::markdown(&program).as_bytes())?;
                o.write("guide.html", oj::guide::html(&program).as_bytes())?;
                o.commit()
            });
            wrote("the guide", &out, written)
        }
        Command::Report {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                },
            units,
            compare,
            out,
        } => {
            let (r, _) = match evaluate(&indicators, year, &data, &without) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let chosen = match oj::report::units(&r, &units, &compare) {
                Ok(u) => u,
                Err(msg) => {
                    eprintln!("error: {msg}");
                    return ExitCode::from(2);
                }
            };
            let written = oj::report::html(&r, &chosen)
                .map_err(std::io::Error::other)
                .and_then(|html| {
                    let mut o = oj::publish::atomic::Outputs::new(&out)?;
                    o.write("report.html", html.as_bytes())?;
                    o.commit()
                });
            wrote("the report", &out, written)
        }
        Command::NewYear { year, indicators } => match oj::new_year::new_year(&indicators, year) {
            Ok(files) => {
                for f in files {
                    println!("Wrote {}", f.display());
                }
                println!(
                    "Next: edit {0}/codebook.yaml to the new questionnaire, then `oj check {0}`",
                    run::year_dir(&indicators, year).display()
                );
                ExitCode::SUCCESS
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                ExitCode::from(1)
            }
        },
        Command::Impact {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                },
            out,
        } => {
            let Some(old_year) = year.checked_sub(1) else {
                eprintln!("error: {year} has no year before it");
                return ExitCode::from(2);
            };
            let (old, _) = match run::load_program(&indicators, old_year) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            let (new, _) = match run::load_program(&indicators, year) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            if let Err(d) = without.check_names(&new) {
                return report_run_error(RunError::Data(d));
            }
            let impact = match oj::impact::impact(old, &new, &data, &without) {
                Ok(i) => i,
                Err(e) => return report_run_error(e),
            };
            for w in impact.before.warnings.iter().chain(&impact.after.warnings) {
                eprintln!("warning: {w}");
            }
            let summary = impact.summary();
            let written = oj::publish::atomic::Outputs::new(&out).and_then(|mut o| {
                o.write("impact.csv", &impact.csv())?;
                o.write("impact.md", summary.as_bytes())?;
                o.commit()
            });
            if written.is_ok() {
                print!("{summary}");
            }
            wrote("the impact", &out, written)
        }
        Command::Verify { out } => match run::verify(&out) {
            Ok(report) => {
                print!("{report}");
                ExitCode::SUCCESS
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                ExitCode::from(1)
            }
        },
        Command::GenerateRegister {
            year,
            indicators,
            source,
            rows,
            seed,
            units,
            out,
        } => {
            let (program, _) = match run::load_program(&indicators, year) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            let Some(def) = program
                .sources
                .iter()
                .find(|s| s.name == source && s.per == oj::ir::Per::Person)
            else {
                let names: Vec<&str> = program
                    .sources
                    .iter()
                    .filter(|s| s.per == oj::ir::Per::Person)
                    .map(|s| s.name.as_str())
                    .collect();
                eprintln!(
                    "error: the {year} indicators declare no `källa {source} … per person`; they declare: {}",
                    if names.is_empty() { "none".to_string() } else { names.join(", ") }
                );
                return ExitCode::from(2);
            };
            let units = match oj::data::Units::load(&units) {
                Ok(u) => u,
                Err(d) => return report_run_error(RunError::Data(d)),
            };
            match write_generated(def, &units, rows, seed, &out) {
                Ok(()) => {
                    println!("Wrote {rows} records to {}", out.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: cannot write {}: {e}", out.display());
                    ExitCode::from(1)
                }
            }
        }
        Command::Sql {
            year,
            indicators,
            source,
            register,
            units,
        } => {
            let (program, _) = match run::load_program(&indicators, year) {
                Ok(p) => p,
                Err(e) => return report_run_error(e),
            };
            match oj::sql::register_query(&program, &source, &register, &units) {
                Ok(q) => {
                    println!("{q}");
                    ExitCode::SUCCESS
                }
                Err(msg) => {
                    eprintln!("error: {msg}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Explain {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                },
            definitions,
            indicator,
            unit,
        } => {
            let (r, sources) = match definitions.filter(|d| *d != year) {
                None => match evaluate(&indicators, year, &data, &without) {
                    Ok(x) => x,
                    Err(code) => return code,
                },
                Some(defs) => {
                    let (old, _) = match run::load_program(&indicators, year) {
                        Ok(p) => p,
                        Err(e) => return report_run_error(e),
                    };
                    let (new, sources) = match run::load_program(&indicators, defs) {
                        Ok(p) => p,
                        Err(e) => return report_run_error(e),
                    };
                    let translated = oj::impact::translate(&new, &old);
                    if let Some(n) = translated
                        .not_computable
                        .iter()
                        .find(|n| n.indicator == indicator)
                    {
                        eprintln!(
                            "error: {indicator} of {defs} cannot be computed on the answers of {year}: {}",
                            n.reason
                        );
                        return ExitCode::from(1);
                    }
                    match run::evaluate_year(translated.program, &data, &without) {
                        Ok(r) => {
                            println!("{year} års svar med {defs} års definitioner (oj impact)");
                            (r, sources)
                        }
                        Err(e) => return report_run_error(e),
                    }
                }
            };
            match oj::explain::explain(&r, &sources, &indicator, &unit) {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(msg) => {
                    eprintln!("error: {msg}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every option of every command says what it is, and every command has an example.
    #[test]
    fn every_option_is_described_and_every_command_has_an_example() {
        let cli = Cli::command();
        let mut missing = vec![];
        for sub in cli.get_subcommands() {
            let about = sub
                .get_long_about()
                .map(|a| a.to_string())
                .unwrap_or_default();
            if !about.contains("Example") {
                missing.push(format!("{}: no example", sub.get_name()));
            }
            for arg in sub.get_arguments() {
                if arg.get_id() != "help" && arg.get_help().is_none() {
                    missing.push(format!(
                        "{} {}: no description",
                        sub.get_name(),
                        arg.get_id()
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
