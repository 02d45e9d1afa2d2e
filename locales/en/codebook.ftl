# Loading a year's codebook (src/codebook.rs).

codebook-cannot-read = cannot read the codebook: { $error }
codebook-cannot-read-help = check the `kodbok` setting of the `år` block; the path is relative to that file
codebook-invalid = not a valid codebook: { $error }
codebook-invalid-help = a codebook has `survey`, `publication_year`, `matdatum`, `value_sets` and `variables`; see docs/codebook.md
codebook-unknown-type = variable `{ $id }` has unknown type `{ $ty }`
codebook-unknown-type-help = the type is one of categorical, number, text
codebook-empty-value-set = variable `{ $id }` uses value set `{ $set }`, which has no answers
codebook-empty-value-set-help = give the value set its codes and labels, e.g. `1: Ja` and `2: Nej`
codebook-unknown-value-set = variable `{ $id }` uses value set `{ $set }`, which is not defined
codebook-unknown-value-set-help = define it under `value_sets`, or use one of: { $known }
codebook-no-values = categorical variable `{ $id }` has no `values`
codebook-no-values-help = name its value set, e.g. `values: ja_nej`
codebook-min-not-number = variable `{ $id }` has `min: { $min }`, which is not a number
codebook-min-not-number-help = write the lowest valid answer as a plain number, e.g. `min: -100`
# $ty: the codebook's type, `categorical` or `text`.
codebook-domain-not-number = variable `{ $id }` is { $ty } but has `min` or `integer`
codebook-domain-not-number-help = `min` and `integer` describe number variables only; remove them
codebook-duplicate-variable = variable `{ $id }` is defined twice (entry { $entry })
codebook-duplicate-variable-help = every variable id must be unique; remove or rename one
codebook-bad-period = variable `{ $id }` has the period `{ $period }`, which is not two dates
codebook-bad-period-help = write the period as start..end, e.g. `2013-11-01..2014-11-01`
codebook-unfilled-placeholder = the text of variable `{ $id }` has the placeholder `{ $placeholder }`: { $reason }
codebook-unfilled-period-help = give `{ $id }` a `period: start..end`, or write the period in the text

# Why a placeholder of a text cannot be filled. The first must name the mätperiod (the
# checker gives another help when the reason mentions it); the others must not.
codebook-placeholder-no-period = the text has no mätperiod to fill it with
codebook-placeholder-no-matdatum = the text has no mätdatum to fill it with
codebook-placeholder-unknown = oj does not know this placeholder

# The placeholders a text may use, and what each is filled with.
codebook-placeholders = the placeholders are { $list }
codebook-placeholder-matdatum = mätdatum, `1 november 2014`
codebook-placeholder-matperiod = the mätperiod, `1 november 2013–1 november 2014`
codebook-placeholder-matperioden = the mätperiod
codebook-placeholder-start = the first day of the mätperiod
codebook-placeholder-end = the last day of the mätperiod

# Something written twice in a value set or among a variable's missing_codes.
# $what is one of codebook-repeated-code and codebook-repeated-label.
codebook-value-set-named = value set `{ $set }`: { $what }
codebook-missing-codes-of = `missing_codes` of variable `{ $id }`: { $what }
codebook-repeated-code = code { $code } is written twice
codebook-repeated-label = the answer “{ $label }” has both code { $first } and code { $code }
codebook-repeated-help = a code has one answer and an answer one code; remove or correct one of the lines
# Common errors of the YAML reader.
codebook-yaml-missing-field = field `{ $field }` is missing
codebook-yaml-unknown-field = unknown field `{ $field }`; the fields here are: { $fields }
codebook-yaml-duplicate-field = field `{ $field }` is written twice
