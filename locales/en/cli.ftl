# The command line (src/main.rs): its help and what the commands print.
#
# The help is looked up by ids computed from the names of the commands and arguments
# (the test at the bottom of src/main.rs checks them in both languages):
#   cli-<command>-about   the command's one line, in the list of commands and with -h
#   cli-<command>-long    its --help text, with an example
#   cli-<command>-<arg>   an argument's help; for the arguments many commands share,
#                         cli-arg-<arg> unless the command has its own
#   cli-<command>-<arg>-<value>  the description of one value of an argument
# Defaults and possible values are added by the code (cli-default, cli-possible-values).

## The help: headings and what clap would otherwise write in English

cli-about = Indicator engine for Öppna jämförelser, social barn- och ungdomsvård
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:

## Arguments of every command, and those many commands share

cli-arg-help = Print help
cli-arg-help-short = Print help (see more with '--help')
cli-arg-help-long = Print help (see a summary with '-h')
cli-arg-version = Print version
cli-arg-without = Evaluate without an input the indicators read: `previous-survey` (last year's survey, read by `föregående`) or a `källa` file (`register.csv`). Without it, a missing input is an error; with it, a warning is printed and every affected row says so. Repeatable
cli-arg-lang = The language of messages and help; without it, the environment variable OJ_LANG decides, and without that, Swedish
cli-arg-year = The publication year: INDICATORS/YEAR and DATA/YEAR
cli-arg-data = Data directory: units.csv and YEAR/survey.csv, YEAR's `källa` files (docs/data-formats.md)
cli-arg-indicators = The indicators directory, with one directory per year
cli-arg-out = The directory to write the outputs into

## oj check

cli-check-about = Check indicator files against their codebook; report every problem at once
cli-check-long =
    Check indicator files against their codebook; report every problem at once.

    Example: oj check indicators/2015    (or `oj check --format github` in CI)
cli-check-paths = Year directories, or a directory of years (default: indicators)
cli-check-format = How diagnostics are printed: for people (default), one JSON object per line, or GitHub Actions annotations (`oj check --format github` in a workflow)
cli-check-format-human = Rendered for people, with the source lines (the default)
cli-check-format-json = One JSON object per line: code, name, severity, message, help, file, line, column, end_line, end_column
cli-check-format-github = GitHub Actions workflow commands (`::error file=…,line=…::…`)

## oj fmt

cli-fmt-about = Lay out indicator files canonically: indentation, aligned rules, part and column lists, blank lines; comments and strings untouched
cli-fmt-long =
    Lay out indicator files canonically: indentation, aligned rules, part and column lists, blank lines; comments and strings untouched.

    Example: oj fmt indicators        (rewrites what is not formatted)
             oj fmt --check indicators (lists it and exits 1; for CI)
cli-fmt-paths = Files or directories (searched for .oj files; default: indicators)
cli-fmt-check = Change nothing: list the files that are not formatted, exit 1 if any

## oj test

cli-test-about = Run the examples written beside each indicator
cli-test-long =
    Run the examples written beside each indicator.

    Example: oj test indicators/2015
cli-test-paths = Year directories, or a directory of years (default: indicators)

## oj eval

cli-eval-about = Evaluate every indicator for every unit and write results.csv and review.csv
cli-eval-long =
    Evaluate every indicator for every unit and write results.csv and review.csv.

    Example: oj eval --year 2015 --data data/example --out out/2015
cli-eval-out = The directory to write results.csv, review.csv and manifest.json into

## oj diff

cli-diff-about = What the methodology changed between two years: per indicator added, removed, changed rule, changed dates or texts, unchanged; and the review rules
cli-diff-long =
    What the methodology changed between two years: per indicator added, removed, changed rule, changed dates or texts, unchanged; and the review rules.

    Example: oj diff 2014 2015
cli-diff-old = The earlier year
cli-diff-new = The later year

## oj new-year

cli-new-year-about = Start next year's methodology: write INDICATORS/YEAR/ar.oj (inheriting YEAR-1, mätdatum one year on) and INDICATORS/YEAR/codebook.yaml (YEAR-1's codebook with its dates one year on). Never overwrites
cli-new-year-long =
    Start next year's methodology: write INDICATORS/YEAR/ar.oj (inheriting YEAR-1, mätdatum one year on) and INDICATORS/YEAR/codebook.yaml (YEAR-1's codebook with its dates one year on). Never overwrites.

    Example: oj new-year 2016
cli-new-year-year = The new publication year; YEAR-1 must exist and check

## oj impact

cli-impact-about = What YEAR's methodology does to the figures: evaluates the answers of YEAR-1 (DATA/YEAR-1, with DATA/YEAR-2/survey.csv for föregående) under YEAR-1's and YEAR's definitions and writes OUT/impact.csv (every published figure that differs) and OUT/impact.md (a summary per indicator, also printed)
cli-impact-long =
    What YEAR's methodology does to the figures: evaluates the answers of YEAR-1 (DATA/YEAR-1, with DATA/YEAR-2/survey.csv for föregående) under YEAR-1's and YEAR's definitions and writes OUT/impact.csv (every published figure that differs) and OUT/impact.md (a summary per indicator, also printed).

    Example: oj impact --year 2016 --data data/example --out out/impact-2016
cli-impact-out = Where impact.csv and impact.md are written

## oj verify

cli-verify-about = Check a run's manifest: the inputs are unchanged and a new run gives the same bytes
cli-verify-long =
    Check a run's manifest: the inputs are unchanged and a new run gives the same bytes.

    Example: oj verify out/2015
cli-verify-out = The output directory of an `oj eval` or `oj publish` (with manifest.json)
cli-verify-indicators = The indicators directory, where it is now (else the one the manifest records, relative to the directory the run was made in)
cli-verify-data = The data directory, where it is now (else the one the manifest records, relative to the directory the run was made in)

## oj generate-register

cli-generate-register-about = Write a synthetic national register.csv (for tests and benchmarks)
cli-generate-register-long =
    Write a synthetic national register.csv (for tests and benchmarks).

    Example: oj generate-register --year 2015 --rows 100000 --units data/example/units.csv --out /tmp/register.csv
cli-generate-register-year = The year whose `källa` declares the register's columns
cli-generate-register-source = The `källa` to generate (a `per person` source)
cli-generate-register-rows = Number of person records
cli-generate-register-seed = The seed of the pseudo-random draws: the same seed, the same file
cli-generate-register-units = units.csv whose kommuner the persons are spread over (by folkmängd)
cli-generate-register-out = The file to write

## oj sql

cli-sql-about = Print the SQL (DuckDB) that computes a register's indicators from its CSV file
cli-sql-long =
    Print the SQL (DuckDB) that computes a register's indicators from its CSV file.

    Example: oj sql --year 2015 --register data/example/2015/register.csv --units data/example/units.csv
cli-sql-year = The publication year whose indicators are compiled
cli-sql-source = The `källa` to compile
cli-sql-register = The register CSV as the SQL engine sees it
cli-sql-units = units.csv as the SQL engine sees it

## oj publish

cli-publish-about = Everything `eval` writes, and the Excel workbook (results.xlsx) and results.json
cli-publish-long =
    Everything `eval` writes, and the Excel workbook (results.xlsx) and results.json.

    Example: oj publish --year 2015 --data data/example --series 2014 --out out/2015
cli-publish-series = Earlier years whose comparable indicators get a sheet in the workbook: 2014

## oj site

cli-site-about = The web comparison tool: a static site (index.html, data.js, the downloads) of every unit's results, working from file:// and any static host
cli-site-long =
    The web comparison tool: a static site (index.html, data.js, the downloads) of every unit's results, working from file:// and any static host.

    Example: oj site --year 2015 --data data/example --series 2014 --out out/site
cli-site-series = Earlier years whose comparable indicators get a time series: 2014
cli-site-out = The directory to write the site into (created; replaced all-or-nothing)

## oj lsp

cli-lsp-about = The language server for editors (Language Server Protocol over stdin/stdout): the checker's diagnostics as you type, hover, completion, go to definition, references, outline and quick fixes. Started by the editor (docs/editor.md), not by hand
cli-lsp-long =
    The language server for editors (Language Server Protocol over stdin/stdout): the checker's diagnostics as you type, hover, completion, go to definition, references, outline and quick fixes. Started by the editor (docs/editor.md), not by hand.

    Example (in an editor's configuration): command "oj", arguments ["lsp"]

## oj doc

cli-doc-about = The methodology guide, generated from the indicators: guide.md and guide.html
cli-doc-long =
    The methodology guide, generated from the indicators: guide.md and guide.html.

    Example: oj doc --year 2015 --out out/guide
cli-doc-year = The publication year
cli-doc-out = The directory to write guide.md and guide.html into

## oj report

cli-report-about = A regional comparison report (HTML with tables and charts) for chosen kommuner
cli-report-long =
    A regional comparison report (HTML with tables and charts) for chosen kommuner.

    Example: oj report --year 2015 --data data/example --units 0114,0123 --compare 01,riket --out out/report
cli-report-units = Kommuner or enheter, comma separated: 0114,0123 (at least one)
cli-report-compare = Länskoder and/or `riket`, comma separated: 01,06,riket
cli-report-out = The directory to write report.html into

## oj explain

cli-explain-about = Show the answers and the rule behind one unit's result, or the units behind a län's, riket's or group's figure
cli-explain-long =
    Show the answers and the rule behind one unit's result, or the units behind a län's, riket's or group's figure.

    Example: oj explain --year 2015 --data data/example social_jour 0114
cli-explain-definitions = Explain YEAR's answers under the definitions of another year (as `oj impact` computes them), e.g. `--year 2015 --definitions 2016` for a unit that `oj impact --year 2016` lists
cli-explain-indicator = The indicator's id: social_jour, extern_skola, behorig_gy_sverige
cli-explain-unit = A kommun or stadsdel (0114, 018001), a länskod (01), `riket`, a befolkningsgrupp or a kommungrupp

## oj help

cli-help-about = Print this message or the help of the given subcommand
cli-help-long =
    Print this message or the help of the given subcommand.

    Example: oj help check
cli-help-command = Print help for the subcommand(s)
cli-help-unknown = there is no command `{ $command }`; `oj --help` lists them

## What the commands print

cli-error = error: { $message }
cli-warning = warning: { $message }
# OJ_LANG names no language we speak: we do not know which one the reader reads.
cli-lang-unknown =
    error: OJ_LANG={ $value } is not a language oj speaks; the values are { $values }
    fel: OJ_LANG={ $value } är inget språk som oj talar; värdena är { $values }
cli-cannot-read = cannot read { $path }: { $error }
cli-cannot-write = cannot write { $path }: { $error }
cli-cannot-write-outputs = cannot write the outputs to { $dir }: { $error }
cli-cannot-write-site = cannot write the site to { $dir }: { $error }
cli-cannot-write-guide = cannot write the guide to { $dir }: { $error }
cli-cannot-write-report = cannot write the report to { $dir }: { $error }
cli-cannot-write-impact = cannot write the impact to { $dir }: { $error }
cli-wrote = Wrote { $file }
cli-no-indicator-files = { $path } holds no indicator files (*.oj)
cli-run-check-failed = The indicator files have { $errors } error(s); run `oj check` for the full list.
cli-check-summary = { $dir }: { $indicators } indicators, { $errors } error(s), { $warnings } warning(s)
cli-check-summary-hints = { $dir }: { $indicators } indicators, { $errors } error(s), { $warnings } warning(s), { $hints } hint(s)
cli-fmt-not-found = { $path } does not exist; give .oj files or directories of them
cli-fmt-not-formatted = { $file }: not formatted (run `oj fmt { $file }`)
cli-fmt-formatted = formatted { $file }
cli-fmt-summary = { $files } file(s), { $reformatted } reformatted
cli-test-passed-year = { $dir }: { $passed } examples passed, { $failed } failed
cli-test-passed = { $passed } passed, { $failed } failed
cli-site-open = Open { $file } in a browser.
cli-new-year-next = Next: edit { $dir }/codebook.yaml to the new questionnaire, then `oj check { $dir }`
cli-impact-no-year-before = { $year } has no year before it
cli-generate-unknown-source = the { $year } indicators declare no `källa { $source } … per person`; they declare: { $declared }
cli-generate-no-person-source = the { $year } indicators declare no `källa { $source } … per person`; they declare: none
cli-generate-wrote = Wrote { $rows } records to { $file }
cli-explain-not-computable = { $indicator } of { $definitions } cannot be computed on the answers of { $year }: { $reason }
cli-explain-retired = { $indicator } is retired in { $definitions }: { $reason }
cli-explain-with-definitions = the answers of { $year } under the definitions of { $definitions } (as oj impact computes them)
