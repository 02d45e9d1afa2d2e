# An indicator's metadata, texts and dates (src/check/meta.rs).

meta-unfilled-placeholder = `{"{"}{ $name }{"}"}` in this text is not filled in
meta-published-as-written = published as written
meta-unfilled-placeholder-help = texts fill in `{"{"}mätår{"}"}` (or `{"{"}mätår-1{"}"}` …), the family's part (`{"{"}del{"}"}`) and `{"{"}undergrupp{"}"}`; check the spelling

meta-duplicate-publication = `publiceras` is given twice
meta-again-here = again here
meta-first-here = first here
meta-duplicate-publication-help = list every level on one line: `publiceras enhet, län, riket`
meta-unknown-level = `{ $level }` is not a level an indicator is published at
meta-unknown-level-label = not a level
meta-levels-are = the levels are: { $levels }
meta-level-not-computed = an indicator computed per kommun has no { $level } figures
meta-level-not-computed-label = not computed for this indicator
meta-level-not-computed-help = a `källa` indicator is published per kommun (`enhet`), `län` and `riket`
meta-duplicate-level = `{ $level }` is listed twice
meta-duplicate-level-help = list each level once

meta-period-differs = the mätperiod { $period } differs from the codebook's period of `{ $variable }` ({ $codebook_period })
meta-period-differs-label = mätperiod of the indicator
meta-period-differs-help = the questionnaire shows the codebook's period to the respondents: make the two agree, or correct the codebook

meta-unknown-field = unknown field `{ $key }`
meta-unknown-field-label = not a field of an indicator
meta-fields-are = the fields are: { $fields }
meta-duplicate-field = `{ $key }` is given twice
meta-duplicate-field-help = keep one of them

meta-takes-date = `{ $key }` takes a date
meta-takes-period = `{ $key }` takes a period
meta-takes-typ = `{ $key }` takes struktur, process or resultat
meta-takes-text = `{ $key }` takes a text in quotes
meta-not-accepted-here = not accepted here
meta-write-example = write e.g. `{ $key } { $example }`
meta-example-period = 2013-11-01..2014-11-01  (or: 12 månader)

meta-fixed-period-moving-text = `{ $key }` says `{"{"}mätår{"}"}`, which moves with mätdatum, but the mätperiod is fixed dates, which do not
meta-fixed-period-moving-text-label = the same dates every year
meta-fixed-period-moving-text-help = write the period relative to mätdatum, so that both move when the next year inherits the indicator: `mätperiod 12 månader` or `mätperiod kalenderåret mätår-1`

meta-placeholder-needs-period-help = give the indicator a `mätperiod` (e.g. `mätperiod 12 månader`), or write the period in the text
meta-unfilled-text-placeholder = `{ $key }` has the placeholder `{ $placeholder }`: { $reason }

meta-period-reversed = the mätperiod ends ({ $end }) before it starts ({ $start })
meta-period-reversed-label = ends before it starts
meta-period-reversed-help = write the earlier date first: { $end }..{ $start }
meta-period-after-matdatum = the mätperiod ends ({ $end }) after mätdatum ({ $matdatum })
meta-period-after-matdatum-label = ends after mätdatum
meta-period-after-matdatum-help = a mätperiod ends on or before mätdatum: { $start }..{ $matdatum }

meta-missing-field = the indicator has no `{ $key }`
meta-missing-target = the indicator has no `målvärde` or `riktning`
meta-missing-label = missing metadata
meta-missing-help = add e.g. `{ $key } { $example }`: the published guide prints it
