# What the stages of a run say (src/run.rs): errors, warnings, `oj verify` and the
# summary after `oj eval`.

## Loading a year's indicators

run-unknown-year = there are no indicator files for { $year }
run-unknown-year-no-years = { $dir } holds no year directory; give the indicators directory with --indicators
run-unknown-year-years = the years there are: { $years } (or `oj new-year { $year }` to start it)
run-unknown-year-only = the years there are: { $years }

## Reading the data: last year's survey and the `källa` files

run-without-previous = evaluated without last year's survey ({ $file }), as asked: `föregående` reads no answers in { $indicators }
run-previous-missing = the { $year } indicators read last year's answers (`föregående` in { $indicators }), but { $file } is missing
run-previous-missing-help = put last year's survey at { $path }, or run with `--without { $without }` to evaluate as if no unit answered last year (every affected row says so)
run-no-previous-year = the { $year } indicators read last year's answers (`föregående` in { $indicators }), but { $year } declares no previous year: no unit has a previous answer
run-without-source = evaluated without { $file }, as asked: Bortfall for { $indicators }
run-without-source-unread = evaluated without { $file }, as asked: Bortfall for no indicator
run-source-missing = { $file } is missing, and the { $year } indicators read it ({ $indicators })
run-source-missing-help = put the file at { $path }, or run with `--without { $file }` to publish those indicators as Bortfall ("{ $file } saknas")
run-earlier-not-checked = the indicators of { $year } do not check

## oj verify

run-verify-no-dir = there is no directory { $dir } here: the run recorded it relative to the directory it ran in; run `oj verify` there, or give where it is now with { $option }
run-verify-no-given-dir = there is no directory { $dir } ({ $option })
run-verify-cannot-read = { $file }: cannot read it: { $error }
run-verify-changed = { $file }: changed since the run (its SHA-256 differs)
run-verify-output-differs = { $file }: differs from the file the run wrote
run-verify-not-checked = the indicator files of { $year } no longer check: run `oj check`
run-verify-not-checked-now = the indicator files no longer check
run-verify-other-outputs = the manifest lists other outputs than a new run has: { $recorded } recorded, { $now } now ({ $files })
run-verify-other-indicators = the manifest lists other indicator files and codebooks than a new run has: { $recorded } recorded, { $now } now ({ $files })
run-verify-other-data = the manifest lists other data files than a new run has: { $recorded } recorded, { $now } now ({ $files })
run-verify-different-bytes = { $file }: a new run gives different bytes
run-verify-ok = { $dir }: verified. { $indicators } indicator files and codebooks, { $data } data files unchanged; { $outputs } outputs recomputed byte for byte.

## The summary after oj eval and oj publish

run-summary = Öppna jämförelser { $year }: { $indicators } indicators, { $units } reporting units, { $responded } responded ({ $rate } %)
run-summary-review-none = Review: no findings
run-summary-review = Review: { $findings } findings
run-summary-results = Unit results: { $results } ({ $bortfall } Bortfall)
# `--series`: the years to compare with.
run-series-not-earlier = `--series { $series }`: the years compared with must be earlier than { $year }
run-series-twice = `--series`: { $series } is given twice
run-series-unknown = `--series { $series }`: there is no year { $series } in { $dir }
run-series-earlier-are = the earlier years there are { $years }
run-series-no-earlier = there is no year before { $year } to compare with
