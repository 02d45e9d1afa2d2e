//! The `oj` command line. Renders diagnostics; all logic lives in the library.
//!
//! Everything it says is in the Fluent files (locales/*/cli.ftl), the help included: the
//! clap tree below carries no text, [`localize`] puts the texts of the chosen language on
//! it before it parses. The language is chosen before clap parses (`--lang`, else
//! `OJ_LANG`, else Swedish), so that the help is in it. clap's own parse errors
//! ("error: unexpected argument …", "For more information, try '--help'.") stay in
//! clap's English: clap has no way to translate them.

use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser as ClapParser, Subcommand};
use oj::check::{check_year, year_dirs};
use oj::diagnostic::{render_all, Diagnostic};
use oj::locale::Lang;
use oj::run::{self, RunError};
use oj::source::Sources;
use oj::t;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

// The texts of the command line (about, long about with its example, the help of each
// argument) are in locales/*/cli.ftl, set by `localize`; none here.
#[derive(ClapParser)]
#[command(
    name = "oj",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    // Read before clap parses (`language`); declared so that clap accepts it and
    // describes it.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["sv", "en"])]
    lang: Option<String>,
}

// The year, its data and its indicators: what every command that evaluates reads; and
// the inputs it may go without (an option of these commands only: elsewhere it would be
// accepted and mean nothing).
#[derive(clap::Args)]
struct YearData {
    #[arg(long)]
    year: u32,
    #[arg(long)]
    data: PathBuf,
    #[arg(long, default_value = "indicators")]
    indicators: PathBuf,
    #[arg(long, value_name = "INPUT")]
    without: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    Check {
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    Fmt {
        paths: Vec<PathBuf>,
        #[arg(long)]
        check: bool,
    },
    Test {
        paths: Vec<PathBuf>,
    },
    Eval {
        #[command(flatten)]
        run: YearData,
        #[arg(long)]
        out: PathBuf,
    },
    Diff {
        old: u32,
        new: u32,
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
    },
    NewYear {
        year: u32,
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
    },
    Impact {
        #[command(flatten)]
        run: YearData,
        #[arg(long)]
        out: PathBuf,
    },
    Verify {
        out: PathBuf,
        #[arg(long)]
        indicators: Option<PathBuf>,
        #[arg(long)]
        data: Option<PathBuf>,
    },
    GenerateRegister {
        #[arg(long)]
        year: u32,
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
        #[arg(long, default_value = "register")]
        source: String,
        #[arg(long)]
        rows: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        units: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    Sql {
        #[arg(long)]
        year: u32,
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
        #[arg(long, default_value = "register")]
        source: String,
        #[arg(long)]
        register: String,
        #[arg(long)]
        units: String,
    },
    Publish {
        #[command(flatten)]
        run: YearData,
        #[arg(long, value_delimiter = ',')]
        series: Vec<u32>,
        #[arg(long)]
        out: PathBuf,
    },
    Site {
        #[command(flatten)]
        run: YearData,
        #[arg(long, value_delimiter = ',')]
        series: Vec<u32>,
        #[arg(long)]
        out: PathBuf,
    },
    Lsp,
    Doc {
        #[arg(long)]
        year: u32,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "indicators")]
        indicators: PathBuf,
    },
    Report {
        #[command(flatten)]
        run: YearData,
        #[arg(long, value_delimiter = ',', required = true, num_args = 1..)]
        units: Vec<String>,
        #[arg(long, value_delimiter = ',')]
        compare: Vec<String>,
        #[arg(long)]
        out: PathBuf,
    },
    Explain {
        // The positional arguments first: the help shows its sections in the order their
        // first argument is declared, and "Arguments" comes before "Options".
        indicator: String,
        unit: String,
        #[command(flatten)]
        run: YearData,
        #[arg(long, value_name = "YEAR")]
        definitions: Option<u32>,
    },
    // Our own `help` subcommand (clap's is disabled): it prints the localized help.
    Help {
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// The language of the run: `--lang` (looked for before clap parses, so that the help is
/// in it), else `OJ_LANG`, else Swedish. An `OJ_LANG` that names no language we speak is
/// an error, said in both languages; a `--lang` clap will refuse (`--lang fr`) is left to
/// clap's error.
fn language(args: impl IntoIterator<Item = OsString>) -> Result<Lang, String> {
    if let Some(tag) = lang_arg(args) {
        return Ok(Lang::parse(&tag).unwrap_or(Lang::Sv));
    }
    match std::env::var_os("OJ_LANG") {
        Some(v) if !v.is_empty() => v.to_str().and_then(Lang::parse).ok_or_else(|| {
            let values: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
            t!(
                "cli-lang-unknown",
                value = v.to_string_lossy().to_string(),
                values = values.join(", ")
            )
        }),
        _ => Ok(Lang::Sv),
    }
}

/// The value of `--lang X` or `--lang=X` among the arguments (not after `--`).
fn lang_arg(args: impl IntoIterator<Item = OsString>) -> Option<String> {
    let mut args = args.into_iter().skip(1);
    while let Some(a) = args.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        } else if a == "--lang" {
            return args.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// The message `id` of the thread's language, if it is defined there: for the ids the
/// help computes (`cli-<command>-<arg>`), which tests/locale.rs cannot see; the test at
/// the bottom checks them.
fn lookup(id: &str) -> Option<String> {
    oj::locale::try_message_in(oj::locale::current(), id, &[]).ok()
}

/// The command line with its texts in the thread's language.
fn localize(cmd: clap::Command) -> clap::Command {
    Localizer::new().root(cmd)
}

/// The arguments shared by many commands: one message each, `cli-arg-<id>`, unless the
/// command has its own `cli-<command>-<id>`.
const SHARED_ARGS: [&str; 6] = ["year", "data", "indicators", "out", "without", "lang"];

/// The arguments of every command (`global`), listed after each command's own options,
/// in this order, and before the help flag.
const GLOBAL_ARGS: [&str; 1] = ["lang"];
const ORDER_GLOBAL: usize = 900;
const ORDER_HELP: usize = 1000;

/// Puts the texts of the thread's language on the clap tree, recording the ids it
/// looks up (for the test). The language is the one of the thread when it is made.
struct Localizer {
    used: Vec<String>,
    /// The section headings (clap's `string` feature takes them as owned strings).
    commands: String,
    arguments: String,
    options: String,
}

impl Localizer {
    fn new() -> Localizer {
        Localizer {
            used: vec![],
            commands: t!("cli-heading-commands"),
            arguments: t!("cli-heading-arguments"),
            options: t!("cli-heading-options"),
        }
    }

    /// The message `id` (a computed id: the test checks it); the id itself if missing.
    fn text(&mut self, id: String) -> String {
        let text = lookup(&id).unwrap_or_else(|| id.clone());
        self.used.push(id);
        text
    }

    fn help_flag(&self, help: String) -> Arg {
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(help)
            .help_heading(self.options.clone())
            .display_order(ORDER_HELP)
    }

    fn root(&mut self, cmd: clap::Command) -> clap::Command {
        let about = self.text("cli-about".into());
        let help = self.text("cli-arg-help".into());
        let version = self.text("cli-arg-version".into());
        let mut cmd = template(cmd)
            .about(about)
            .subcommand_help_heading(self.commands.clone())
            .mut_args(|a| self.arg(None, a, false))
            .arg(self.help_flag(help))
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(version)
                    .help_heading(self.options.clone())
                    .display_order(ORDER_HELP + 1),
            );
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(&name, |sub| self.subcommand(sub, &name));
        }
        cmd
    }

    fn subcommand(&mut self, sub: clap::Command, name: &str) -> clap::Command {
        let about = self.text(format!("cli-{name}-about"));
        let long = self.text(format!("cli-{name}-long"));
        let help = self.text("cli-arg-help-short".into());
        let long_help = self.text("cli-arg-help-long".into());
        let mut positional = 0;
        template(sub)
            .about(about)
            .long_about(long)
            .mut_args(|a| {
                // The positional arguments in their order (clap sorts a section by
                // display order, then by name).
                let a = if a.is_positional() {
                    positional += 1;
                    a.display_order(positional)
                } else {
                    a
                };
                self.arg(Some(name), a, true)
            })
            .arg(self.help_flag(help).long_help(long_help))
    }

    /// The help of an argument of the command `sub` (`None`: the root), with its default
    /// and its possible values in the thread's language (clap's `[default: …]` and
    /// `[possible values: …]` are English, and hidden). `long`: the command has a long
    /// help, where these go on a paragraph of their own, as clap puts them.
    fn arg(&mut self, sub: Option<&str>, arg: Arg, long: bool) -> Arg {
        let id = arg.get_id().as_str().to_string();
        let key = match sub.map(|s| format!("cli-{s}-{id}")) {
            Some(own) if lookup(&own).is_some() || !SHARED_ARGS.contains(&id.as_str()) => own,
            _ => format!("cli-arg-{id}"),
        };
        let help = self.text(key.clone());
        let takes_values = arg.get_action().takes_values();
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let values: Vec<PossibleValue> = if takes_values {
            arg.get_value_parser()
                .possible_values()
                .map(|v| v.filter(|v| !v.is_hide_set()).collect())
                .unwrap_or_default()
        } else {
            vec![]
        };
        // A description of each possible value (`cli-<command>-<arg>-<value>`), if the
        // values have them: listed in the long help, as clap lists a `value_enum`'s.
        let described: Vec<(&str, String)> = values
            .iter()
            .filter_map(|v| {
                let id = format!("{key}-{}", v.get_name());
                lookup(&id).map(|_| (v.get_name(), self.text(id)))
            })
            .collect();
        let default = (takes_values && !defaults.is_empty())
            .then(|| t!("cli-default", value = defaults.join(" ")));
        let names = (!values.is_empty()).then(|| {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            t!("cli-possible-values", values = names.join(", "))
        });
        let short: Vec<&str> = [Some(help.as_str()), default.as_deref(), names.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let order = match GLOBAL_ARGS.iter().position(|g| *g == id) {
            Some(i) => ORDER_GLOBAL + i,
            None => arg.get_display_order(),
        };
        let heading = if arg.is_positional() {
            self.arguments.clone()
        } else {
            self.options.clone()
        };
        let mut arg = arg
            .help(short.join(" "))
            .help_heading(heading)
            .display_order(order);
        if takes_values {
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
        if long && (default.is_some() || names.is_some()) {
            let mut text = help;
            if !values.is_empty() && described.len() == values.len() {
                let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
                text.push_str("\n\n");
                text.push_str(&t!("cli-possible-values-heading"));
                for (name, about) in &described {
                    let pad = " ".repeat(width - name.len());
                    text.push_str(&format!("\n- {name}:{pad} {about}"));
                }
            } else if let Some(names) = &names {
                text.push_str("\n\n");
                text.push_str(names);
            }
            if let Some(default) = &default {
                text.push_str("\n\n");
                text.push_str(default);
            }
            arg = arg.long_help(text);
        }
        arg
    }
}

/// The help template with the localized "Usage:" (clap's `{usage-heading}` is English).
/// The usage line itself (`oj check [OPTIONS] [PATHS]...`) is clap's.
fn template(cmd: clap::Command) -> clap::Command {
    let style = cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        style.render(),
        t!("cli-heading-usage"),
        style.render_reset()
    );
    cmd.help_template(template)
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
                    error(t!(
                        "cli-cannot-read",
                        path = p.display().to_string(),
                        error = oj::diagnostic::io_error(&e)
                    ));
                    return ExitCode::from(1);
                }
            }
        } else if p.extension().is_some_and(|x| x == "oj") {
            files.push(p);
        } else if !p.exists() {
            error(t!("cli-fmt-not-found", path = p.display().to_string()));
            return ExitCode::from(1);
        }
    }
    files.sort();
    let mut unformatted = 0;
    for f in &files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                error(t!(
                    "cli-cannot-read",
                    path = f.display().to_string(),
                    error = oj::diagnostic::io_error(&e)
                ));
                return ExitCode::from(1);
            }
        };
        let formatted = match oj::syntax::format::format_checked(&text) {
            Ok(f) => f,
            Err(e) => {
                error(format!("{}: {e}", f.display()));
                return ExitCode::from(1);
            }
        };
        if formatted == text {
            continue;
        }
        unformatted += 1;
        if check {
            println!(
                "{}",
                t!("cli-fmt-not-formatted", file = f.display().to_string())
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
            Ok(_) => println!(
                "{}",
                t!("cli-fmt-formatted", file = f.display().to_string())
            ),
            Err(e) => {
                error(t!(
                    "cli-cannot-write",
                    path = f.display().to_string(),
                    error = oj::diagnostic::io_error(&e)
                ));
                return ExitCode::from(1);
            }
        }
    }
    if check && unformatted > 0 {
        ExitCode::from(1)
    } else {
        if !check {
            println!(
                "{}",
                t!(
                    "cli-fmt-summary",
                    files = files.len(),
                    reformatted = unformatted
                )
            );
        }
        ExitCode::SUCCESS
    }
}

// How `oj check` prints diagnostics; each described in locales/*/cli.ftl
// (`cli-check-format-<value>`).
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
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
                "{}",
                t!("cli-run-check-failed", errors = c.diagnostics.errors())
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
                error(t!("cli-no-indicator-files", path = p.display().to_string()));
                return Err(ExitCode::from(2));
            }
            Err(e) => {
                error(t!(
                    "cli-cannot-read",
                    path = p.display().to_string(),
                    error = oj::diagnostic::io_error(&e)
                ));
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
    let (program, prefetched) = run::load_program_and_data(indicators, year, data, without);
    let (program, sources) = program.map_err(report_run_error)?;
    without
        .check_names(&program)
        .map_err(|d| report_run_error(RunError::Data(d)))?;
    let r =
        run::evaluate_year_with(program, data, without, prefetched).map_err(report_run_error)?;
    for w in &r.warnings {
        warning(w);
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
    if let Err(why) = run::check_series(indicators, year, series) {
        error(why);
        return ExitCode::from(2);
    }
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
    // The process ends here: freeing every row, answer and string of the year one by one
    // took 4% of `oj eval`'s instructions, and the operating system reclaims it at once.
    std::mem::forget(r);
    wrote(Output::Outputs, out, written)
}

/// What a command writes into its output directory, for the message when it cannot.
enum Output {
    Outputs,
    Site,
    Guide,
    Report,
    Impact,
}

/// Prints the files written, or the error.
fn wrote(what: Output, out: &std::path::Path, written: std::io::Result<Vec<PathBuf>>) -> ExitCode {
    match written {
        Ok(files) => {
            for f in files {
                println!("{}", t!("cli-wrote", file = f.display().to_string()));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let (dir, e) = (out.display().to_string(), oj::diagnostic::io_error(&e));
            error(match what {
                Output::Outputs => t!("cli-cannot-write-outputs", dir = &dir, error = &e),
                Output::Site => t!("cli-cannot-write-site", dir = &dir, error = &e),
                Output::Guide => t!("cli-cannot-write-guide", dir = &dir, error = &e),
                Output::Report => t!("cli-cannot-write-report", dir = &dir, error = &e),
                Output::Impact => t!("cli-cannot-write-impact", dir = &dir, error = &e),
            });
            ExitCode::from(1)
        }
    }
}

/// Prints an error: `error: MESSAGE` in the run's language.
fn error(message: String) {
    eprintln!("{}", t!("cli-error", message = message));
}

/// Prints a warning: `warning: MESSAGE` in the run's language.
fn warning(message: &str) {
    eprintln!("{}", t!("cli-warning", message = message));
}

/// `oj help [COMMAND]`: the help of the command line or of one command, as `--help`
/// prints it.
fn help(command: Option<&str>) -> ExitCode {
    let mut cli = localize(Cli::command());
    cli.build();
    let cmd = match command {
        None => &mut cli,
        Some(name) => match cli.find_subcommand_mut(name) {
            Some(sub) => sub,
            None => {
                error(t!("cli-help-unknown", command = name));
                return ExitCode::from(2);
            }
        },
    };
    // The long help where there is one, as `--help` chooses.
    let long =
        cmd.get_long_about().is_some() || cmd.get_arguments().any(|a| a.get_long_help().is_some());
    let printed = if long {
        cmd.print_long_help()
    } else {
        cmd.print_help()
    };
    match printed {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

fn main() -> ExitCode {
    let lang = match language(std::env::args_os()) {
        Ok(lang) => lang,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    oj::locale::set_default(lang);
    // The help texts are read only to be shown: a command line that parses without them
    // runs without building them; one that asks for help (`-h`, `--version` are flags of
    // the localized tree only) or does not parse is parsed again with them, and clap
    // prints the help, or its error (in English: clap's own words).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(_) => localize(Cli::command()).get_matches_from(&args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.format(&mut localize(Cli::command())).exit(),
    };
    // `--without`, of the commands that evaluate.
    let without = run::Without::parse(match &cli.command {
        Command::Eval { run, .. }
        | Command::Publish { run, .. }
        | Command::Site { run, .. }
        | Command::Impact { run, .. }
        | Command::Report { run, .. }
        | Command::Explain { run, .. } => &run.without,
        _ => &[],
    });
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
            let checked: Vec<_> = checked
                .into_iter()
                .map(|c| c.unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                .collect();
            for (dir, c) in dirs.iter().zip(&checked) {
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
                let (dir, indicators) = (dir.display().to_string(), c.defined);
                let (errors, warnings) = (c.diagnostics.errors(), c.diagnostics.warnings());
                let line = match c.diagnostics.hints() {
                    0 => t!(
                        "cli-check-summary",
                        dir = dir,
                        indicators = indicators,
                        errors = errors,
                        warnings = warnings
                    ),
                    hints => t!(
                        "cli-check-summary-hints",
                        dir = dir,
                        indicators = indicators,
                        errors = errors,
                        warnings = warnings,
                        hints = hints
                    ),
                };
                println!("{line}");
            }
            // The process ends here: the operating system reclaims the checked years at
            // once, faster than freeing them piece by piece (2% of `oj check`).
            std::mem::forget(checked);
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
                    "{}",
                    t!(
                        "cli-test-passed-year",
                        dir = dir.display().to_string(),
                        passed = report.passed,
                        failed = report.failed.len()
                    )
                );
                passed += report.passed;
                failed += report.failed.len();
            }
            println!(
                "{}",
                t!("cli-test-passed", passed = passed, failed = failed)
            );
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
                    ..
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
                    ..
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
                    ..
                },
            series,
            out,
        } => {
            if let Err(why) = run::check_series(&indicators, year, &series) {
                error(why);
                return ExitCode::from(2);
            }
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
            let ok = wrote(Output::Site, &out, run::write_site(&r, &how));
            if ok == ExitCode::SUCCESS {
                let index = out.join("index.html").display().to_string();
                println!("{}", t!("cli-site-open", file = index));
            }
            ok
        }
        Command::Lsp => match oj::lsp::run_stdio() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                error(format!("oj lsp: {e}"));
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
            wrote(Output::Guide, &out, written)
        }
        Command::Report {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                    ..
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
                    error(msg);
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
            wrote(Output::Report, &out, written)
        }
        Command::NewYear { year, indicators } => match oj::new_year::new_year(&indicators, year) {
            Ok(files) => {
                for f in files {
                    println!("{}", t!("cli-wrote", file = f.display().to_string()));
                }
                let dir = run::year_dir(&indicators, year).display().to_string();
                println!("{}", t!("cli-new-year-next", dir = dir));
                ExitCode::SUCCESS
            }
            Err(msg) => {
                error(msg);
                ExitCode::from(1)
            }
        },
        Command::Impact {
            run:
                YearData {
                    year,
                    data,
                    indicators,
                    ..
                },
            out,
        } => {
            let Some(old_year) = year.checked_sub(1) else {
                error(t!("cli-impact-no-year-before", year = year.to_string()));
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
                warning(w);
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
            wrote(Output::Impact, &out, written)
        }
        Command::Help { command } => help(command.as_deref()),
        Command::Verify {
            out,
            indicators,
            data,
        } => match run::verify(&out, indicators.as_deref(), data.as_deref()) {
            Ok(report) => {
                print!("{report}");
                ExitCode::SUCCESS
            }
            Err(msg) => {
                error(msg);
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
                let year = year.to_string();
                error(if names.is_empty() {
                    t!(
                        "cli-generate-no-person-source",
                        year = year,
                        source = &source
                    )
                } else {
                    t!(
                        "cli-generate-unknown-source",
                        year = year,
                        source = &source,
                        declared = names.join(", ")
                    )
                });
                return ExitCode::from(2);
            };
            let units = match oj::data::Units::load(&units) {
                Ok(u) => u,
                Err(d) => return report_run_error(RunError::Data(d)),
            };
            match write_generated(def, &units, rows, seed, &out) {
                Ok(()) => {
                    let file = out.display().to_string();
                    println!("{}", t!("cli-generate-wrote", rows = rows, file = file));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    error(t!(
                        "cli-cannot-write",
                        path = out.display().to_string(),
                        error = oj::diagnostic::io_error(&e)
                    ));
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
                    error(msg);
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
                    ..
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
                    // Retired in the definitions' year: there is nothing to compute, and
                    // the reason is the answer.
                    if let Some((_, reason)) = new.removed.iter().find(|(id, _)| *id == indicator) {
                        error(t!(
                            "cli-explain-retired",
                            indicator = &indicator,
                            definitions = defs.to_string(),
                            reason = reason
                        ));
                        return ExitCode::from(1);
                    }
                    let translated = oj::impact::translate(&new, &old);
                    if let Some(n) = translated
                        .not_computable
                        .iter()
                        .find(|n| n.indicator == indicator)
                    {
                        error(t!(
                            "cli-explain-not-computable",
                            indicator = &indicator,
                            definitions = defs.to_string(),
                            year = year.to_string(),
                            reason = &n.reason
                        ));
                        return ExitCode::from(1);
                    }
                    match run::evaluate_year(translated.program, &data, &without) {
                        Ok(r) => {
                            println!(
                                "{}",
                                t!(
                                    "cli-explain-with-definitions",
                                    year = year.to_string(),
                                    definitions = defs.to_string()
                                )
                            );
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
                    error(msg);
                    ExitCode::from(1)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{lang_arg, Cli, Localizer};
    use clap::CommandFactory;
    use oj::locale::{try_message_in, Lang};

    /// In both languages: every command says what it does and has an example, every
    /// option of every command says what it is, and every message the help names (ids
    /// computed from the commands' and arguments' names, which tests/locale.rs cannot see)
    /// exists in both languages.
    #[test]
    fn every_option_is_described_and_every_command_has_an_example() {
        let mut missing = vec![];
        let mut used = vec![];
        for (lang, example) in [(Lang::Sv, "Exempel"), (Lang::En, "Example")] {
            let (mut cli, mut ids) = oj::locale::with(lang, || {
                let mut localizer = Localizer::new();
                (localizer.root(Cli::command()), localizer.used)
            });
            used.append(&mut ids);
            cli.build();
            let mut commands = vec![&cli];
            commands.extend(cli.get_subcommands());
            for sub in commands {
                let name = sub.get_name();
                if sub
                    .get_about()
                    .is_none_or(|a| a.to_string().trim().is_empty())
                {
                    missing.push(format!("{lang:?} {name}: no about"));
                }
                if name != "oj" {
                    let long = sub
                        .get_long_about()
                        .map(|a| a.to_string())
                        .unwrap_or_default();
                    if !long.contains(example) {
                        missing.push(format!("{lang:?} {name}: no example"));
                    }
                }
                for arg in sub.get_arguments() {
                    if arg
                        .get_help()
                        .is_none_or(|h| h.to_string().trim().is_empty())
                    {
                        missing.push(format!("{lang:?} {name} {}: no description", arg.get_id()));
                    }
                }
            }
            // The help as printed: no word of clap's English in the Swedish help.
            if lang == Lang::Sv {
                let mut printed = vec![cli.render_help(), cli.render_long_help()];
                for sub in cli.get_subcommands_mut() {
                    printed.push(sub.render_help());
                    printed.push(sub.render_long_help());
                }
                for text in printed.iter().map(|t| t.to_string()) {
                    for english in [
                        "Usage",
                        "Commands:",
                        "Arguments:",
                        "Options:",
                        "[default:",
                        "possible values",
                        "Possible values",
                        "Print ",
                    ] {
                        if text.contains(english) {
                            missing.push(format!("the Swedish help says `{english}`:\n{text}"));
                        }
                    }
                }
            }
        }
        used.sort();
        used.dedup();
        for id in &used {
            for lang in Lang::ALL {
                if let Err(e) = try_message_in(lang, id, &[]) {
                    missing.push(format!("{lang:?} `{id}`: {e}"));
                }
            }
        }
        assert!(
            used.len() > 40,
            "the help names only {} messages",
            used.len()
        );
        // And no message of cli.ftl is left over: each is named in this file or looked up
        // by the help.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let code = std::fs::read_to_string(dir.join("src/main.rs")).unwrap();
        let ftl = std::fs::read_to_string(dir.join("locales/en/cli.ftl")).unwrap();
        for line in ftl.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            if id.starts_with("cli-")
                && !code.contains(&format!("\"{id}\""))
                && used.binary_search(&id.to_string()).is_err()
            {
                missing.push(format!("`{id}` is used nowhere"));
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// The language is read from `--lang X` and `--lang=X` before clap parses.
    #[test]
    fn the_language_option_is_found_before_parsing() {
        let args = |a: &[&str]| {
            a.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        assert_eq!(
            lang_arg(args(&["oj", "check", "--lang", "en"])),
            Some("en".into())
        );
        assert_eq!(
            lang_arg(args(&["oj", "--lang=sv", "check"])),
            Some("sv".into())
        );
        assert_eq!(lang_arg(args(&["oj", "check"])), None);
        assert_eq!(lang_arg(args(&["oj", "--", "--lang", "en"])), None);
    }
}
