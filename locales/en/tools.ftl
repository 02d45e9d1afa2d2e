# The tools around the checker: oj diff, new-year, explain, sql, generate-register,
# report, the manifest (src/diff.rs, src/new_year.rs, src/explain.rs, src/sql.rs,
# src/generate.rs, src/report.rs, src/publish). Only what they say to the person running
# them: the guide, the report and explain's account are publication text and Swedish.

## oj diff

tools-diff-year =
    The year: mätdatum { $old } → { $new }; every mätperiod that ends at mätdatum moves with it,
    and so do the years written {"{"}mätår{"}"} in texts.
tools-diff-added = Added
tools-diff-removed = Removed
tools-diff-changed-rule = Changed rule
tools-diff-changed-texts = Changed dates or texts
tools-diff-unchanged = Unchanged
# After an indicator whose rule changed: the metadata fields that changed too.
tools-diff-and-fields = (and { $fields })
tools-diff-reviews = Review rules: { $added } added, { $removed } removed, { $changed } changed, { $unchanged } unchanged
tools-diff-sources = Sources (källa):
tools-diff-codebook = Codebook variables: { $added } added, { $removed } removed, { $changed } changed, { $unchanged } unchanged
# What changed of a codebook variable: `~ A1: text`, `~ A1: type number → text`, …
tools-diff-text = text
tools-diff-type = type
tools-diff-unit = unit
tools-diff-domain = domain
tools-diff-answer-labels = answer labels
tools-diff-labels-added = added { $labels }
tools-diff-labels-removed = removed { $labels }
tools-diff-renumbered = codes renumbered, labels kept: { $codes } (changes no rule: indicator files name labels)
tools-diff-missing-codes = missing codes
tools-diff-period = period
tools-diff-none = none
tools-diff-domain-whole = min { $min }, whole numbers
tools-diff-domain-decimals = min { $min }, decimals allowed
# The length of a period: `2 years 1 month`.
tools-diff-years = { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
tools-diff-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
tools-diff-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }

## Shared

tools-cannot-read = cannot read { $path }: { $error }
tools-cannot-write = cannot write to { $path }: { $error }

## oj new-year

tools-new-year-out-of-range = { $year } is not a publication year from { $first } to { $last }
tools-new-year-no-previous = { $dir } does not exist: a new year starts from the year before it
tools-new-year-exists = { $path } exists already; oj new-year writes a year's first files and never overwrites (remove it to start again)
tools-new-year-previous-errors = the indicators of { $prev } do not check ({ $errors } errors): run `oj check { $dir }` and fix them first
tools-new-year-no-read-back = the moved codebook does not read back: { $error }
tools-new-year-cannot-move = { $path } could not be moved one year on line by line (publication_year { $year }, matdatum { $matdatum }); write the new codebook by hand

## oj explain

tools-explain-not-an-indicator = `{ $indicator }` is not an indicator of { $year }.
# Follows tools-explain-not-an-indicator, after a space.
tools-explain-did-you-mean = Did you mean `{ $name }`?
tools-explain-not-a-unit = `{ $enhet }` is not a unit of units.csv, a länskod, `riket`, a befolkningsgrupp or a kommungrupp
tools-explain-through-stadsdelar = `{ $enhet }` ({ $name }) does not answer the survey itself: it answers through its stadsdelar
tools-explain-stadsdel = `{ $enhet }` ({ $name }) is a stadsdel: `{ $indicator }` is published per kommun; explain its kommun { $kommun }

## oj sql

tools-sql-no-source = { $year } has no source `{ $source }`
tools-sql-per-kommun = `{ $source }` has one row per kommun; only registers (`per person`) are compiled to SQL
tools-sql-geographies = `{ $indicator }` places its persons by `{ $column }`, the other indicators of `{ $source }` by `{ $other }`; `oj sql` compiles one geography per query, `oj eval` computes both
tools-sql-linked = `{ $indicator }` states `sekundärsekretess undergrupper`, which `oj sql` does not compile; `oj eval` computes it
tools-sql-not-of-source = `{ $indicator }` is not an indicator of `{ $source }`
tools-sql-unknown-count = unknown count
tools-sql-not-counts = `{ $indicator }` reads something other than counts

## oj generate-register, oj report

tools-generate-no-kommun = units.csv has no kommun to place persons in
tools-report-not-a-unit = `{ $code }` is not a unit of units.csv
tools-report-not-a-lan = `{ $code }` is not a länskod of units.csv (or `riket`)
