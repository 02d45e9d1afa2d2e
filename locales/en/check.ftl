# One indicator as a whole (src/check/indicator.rs).

indicator-unknown-scale = unknown value scale `{ $scale }`
indicator-unknown-scale-label = unknown scale
indicator-unknown-scale-help = write `värde procent` (100 × täljare / nämnare) or `värde kvot 1 decimal` (täljare / nämnare)
indicator-too-many-decimals = { $decimals } decimals is more than the 6 the engine publishes
indicator-too-many-decimals-label = too many decimals
indicator-too-many-decimals-help = publish at most 6 decimals
indicator-unknown-aggregation = unknown aggregation `{ $aggregation }`
indicator-unknown-aggregation-label = unknown aggregation
indicator-aggregations-are = the aggregations are andel_ja (classifications), poolad and medelvärde (measures)
indicator-outcome-in-measure = a measure cannot be `{ $outcome }`
indicator-outcome-in-measure-label = a classification rule in a measure
indicator-outcome-in-measure-help = a measure publishes a number; its rules can only make it `Bortfall` or `Ej aktuellt`. Remove `täljare`/`nämnare` to make it a classification
# Two of the fields a measure lacks (`täljare`, `nämnare`, `värde`), the first possibly
# itself such a pair.
indicator-and = { $first } and { $second }
indicator-missing-measure-field = the measure has no { $fields }
indicator-missing-measure-field-label = incomplete measure
indicator-missing-measure-field-help = a measure needs `täljare …`, `nämnare …` and `värde procent` (or `värde kvot N decimaler`)
indicator-no-rules = `{ $id }` has neither rules nor täljare/nämnare
indicator-no-rules-label = nothing to compute
indicator-no-rules-help = add rules such as `Ja när a1 = "Ja"`, or a measure with `täljare`, `nämnare` and `värde`
indicator-classification-aggregation = a classification is aggregated as the share of Ja, not `{ $aggregation }`
indicator-classification-aggregation-label = not for a classification
indicator-classification-aggregation-help = remove the line, or write `aggregering andel_ja`
indicator-measure-andel-ja = a measure has no Ja to count
indicator-measure-andel-ja-label = not for a measure
indicator-measure-andel-ja-help = aggregate a measure with `poolad` (Σ täljare / Σ nämnare) or `medelvärde`
indicator-unused-question = `{ $name }` is declared but no rule reads it
indicator-unused-question-label = unused
indicator-unused-question-help = the indicator still counts it as read (a blank answer makes it Bortfall); remove it if that is not intended

# A year's items against its codebook (src/check/resolve.rs).

resolve-codebook-named-here = the codebook named here
resolve-codebook-year = the codebook is for { $codebook_year }, but the `år` block says { $year }
resolve-the-year = the year
resolve-codebook-year-help = each year has its own codebook: `oj new-year { $year }` writes one from the year before, or set `publication_year: { $year }` in the codebook named here
resolve-codebook-matdatum = the codebook's mätdatum is { $codebook_matdatum }, but the `år` block says { $matdatum }
resolve-codebook-matdatum-help = the questionnaire's dates follow mätdatum: set `matdatum: '{ $matdatum }'` in the codebook named here, or `mätdatum { $codebook_matdatum }` in the `år` block
resolve-duplicate-indicator = indicator `{ $id }` is defined twice
resolve-second-definition = second definition
resolve-first-definition = first definition
resolve-duplicate-indicator-help = indicator ids are unique within a year: rename one, or remove it
# A family's diagnostic, once for the parts it concerns.
resolve-all-parts = { $message } (all { $count } parts)
resolve-some-parts = { $message } ({ $count ->
        [one] part
       *[other] parts
    } { $parts })
resolve-unknown-retired = `utgår { $id }`: no inherited indicator has this id
resolve-unknown-indicator-label = unknown indicator
resolve-unknown-retired-help = `utgår` removes an indicator of the inherited year; check the id

# Checking a year directory (src/check/mod.rs).

check-inherited = this is inherited from { $from }; fix it in this year, in { $file }: a definition with the same id in a file of the same name replaces it, `utgår` retires it
# The label on the codebook's line where a codebook error is.
resolve-codebook-line = here
