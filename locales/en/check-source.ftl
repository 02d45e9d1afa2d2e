# Sources (`källa`) and the indicators computed from them (src/check/source.rs).


## Declaring a source

source-declared-twice = the source `{ $source }` is declared twice
source-declared-again = declared again
source-first-declaration = first declaration
source-declared-twice-help = give each source its own name
source-not-a-file-name = `{ $file }` is not a file name of the year's data directory
source-not-a-file-name-label = a path, not a file name
source-not-a-file-name-help = write the file's name only, e.g. "register.csv"; it is read from DATA/YEAR/
source-unknown-per = `per { $per }`: a source holds one row per person or per kommun
source-unknown-per-label = unknown row kind
source-unknown-per-help = write `per person` (a register) or `per kommun` (a table of kommuner)
source-column-declared-twice = the column `{ $column }` is declared twice
source-column-declared-twice-help = each column of the file is declared once
source-unknown-column-type = unknown column type `{ $column_type }`
source-unknown-column-type-label = unknown type
source-column-types = the column types are: { $types }
source-decimal-in-register = `{ $column }`: person records are counted on whole numbers
source-decimal-in-register-label = a decimal column in a register
source-decimal-in-register-help = declare it `heltal` (or `flagga`); decimal columns belong to `per kommun` tables
source-needs-one-kommun-column = the source `{ $source }` needs exactly one column of type `kommun`, it has { $count }
source-needs-a-kommun-column = the source `{ $source }` needs at least one column of type `kommun`, it has { $count }
source-kommun-column-label = which kommun does a row belong to?
source-kommun-column-help = mark the column that holds the kommunkod, e.g. `placerande_kommun kommun`

## The kommun column that places a person

source-not-kommun-column = `{ $column }` is not a column of type `kommun`
source-not-a-column-of = `{ $column }` is not a column of `{ $source }`
source-not-kommun-column-label = not a kommun column
source-kommun-columns = the kommun columns are: { $columns }
source-several-kommun-columns = `{ $source }` has several kommun columns ({ $columns }): say which one places this indicator's persons
source-several-kommun-columns-label = which kommun does a person count for?
source-several-kommun-columns-help = write `källa { $source } efter { $column }`

## A source indicator

source-misplaced-fields = `population`, `räkna`, `undergrupp` and `sekretess` belong to an indicator with a `källa`
source-misplaced-fields-label = no source to count in
source-misplaced-fields-help = name the register the indicator counts in, e.g. `källa register`
source-unknown = there is no source `{ $source }`
source-unknown-label = unknown source
source-unknown-help-declare = declare it with `källa NAMN "fil.csv" per person {"{"} … {"}"}` in the year's files
source-unknown-help-list = the sources are: { $sources }
source-no-parts = a source indicator cannot have parts (`för … i`)
source-no-parts-label = parts
source-no-parts-help = use `undergrupp` for subgroups of the population
source-no-rules = a source indicator has no outcome rules
source-no-rules-label = a rule
source-no-rules-help = it publishes täljare / nämnare; blanks and zero nämnare are Bortfall by themselves
source-no-persons = `{ $source }` has one row per kommun: there are no persons to count
source-needs-person-source = needs a `per person` source
source-no-persons-help = use the table's columns directly in `täljare` and `nämnare`
source-count-defined-twice = the count `{ $count }` is defined twice
source-count-defined-twice-label = again
source-count-defined-twice-help = give each count its own name
source-unknown-scale = unknown value scale `{ $scale }`
source-unknown-scale-label = unknown scale
source-unknown-scale-help = write `värde procent` or `värde kvot 1 decimal`
source-aggregation = a source indicator is aggregated by recomputing it for the whole län and riket, not `{ $aggregation }`
source-aggregation-label = not for a source indicator
source-aggregation-help = remove the line: counts and sums of the whole level are used (methodology.md §2)
# $fields: the missing fields, joined by source-missing-measure-and.
source-missing-measure = the measure has no { $fields }
source-missing-measure-and = {" "}and{" "}
source-missing-measure-label = incomplete measure
source-missing-measure-help = a source indicator needs `täljare …`, `nämnare …` and `värde procent` (or `värde kvot N decimaler`)
source-lan-example-per-kommun = a län example shows suppression across the kommuner of a register
source-lan-example-per-kommun-help = give per-kommun tables one example per kommun: `exempel {"{"} … {"}"} => …`
source-linked-without-subgroups = `sekundärsekretess undergrupper` protects a total and its subgroups together, but this indicator has no `undergrupp`
source-linked-without-subgroups-label = no subgroups to protect
source-linked-without-subgroups-help = add the subgroups (`undergrupp _sverige "födda i Sverige" när …`), or remove the line

## Counts of other indicators (`indikator.räkning`)

source-counts-of = the counts of `{ $indicator }` are: { $counts }
source-unknown-count-help = name an indicator of the same `källa` and one of its `räkna` counts; both must have the same subgroups
source-unknown-count = `{ $indicator }.{ $count }` is not a count of an indicator of the same source
source-unknown-count-label = unknown count

## Conditions on person records and on kommuner

source-column-compared-with-text = the column is compared with the text "{ $text }"
source-value-compared-with-text = the value is compared with the text "{ $text }"
source-compared-with-text-label = a text
source-column-compared-with-text-help = register columns hold numbers: write e.g. `fodd_i_sverige = 1`
source-value-compared-with-text-help = counts, columns and survey sums are numbers: write e.g. `n < 20`
source-expected-column = expected a column here
source-expected-name = expected a name here
source-expected-condition = expected a condition here
source-expected-column-or-question = expected a column or question here
source-expected-number = expected a number here
source-expected-row-number = expected a column, a whole number, `mätår` or arithmetic of these here
source-unsupported-label = not accepted here
source-unsupported-help = conditions on person records compare columns and whole numbers, with `+`, `-` and `*` (`gy_examen_ar - fodelsear <= 20`), test blanks (`saknas`) or ranges (`fodelsear i mätår-26..mätår-18`)
source-condition-expected = a condition is expected here
source-condition-expected-label = not a condition
source-condition-expected-help = e.g. `n < 20 eller t i 1..3`
source-kommun-column-in-condition = `{ $column }` is a kommun column: it places a person, and is not tested in a condition
source-kommun-column-in-condition-label = a kommun column
source-kommun-column-in-condition-help = to count by this kommun write `källa … efter COLUMN`; to test whether a person has one, add a flag column
source-text-column = `{ $column }` is a text column and cannot be used in a rule
source-text-column-label = text
source-text-column-help = declare it as `heltal`, `tal` or `flagga` if it holds numbers
source-unknown-column = `{ $column }` is not a column of the source `{ $source }`
source-unknown-column-label = unknown column
source-columns = the columns are: { $columns }
source-not-whole-number = `{ $number }`: person records are compared with whole numbers
source-not-whole-number-label = not a whole number
source-not-whole-number-help = write a whole number, e.g. `fodelsear >= 1988`
source-division = person conditions compute with whole numbers: `+`, `-` and `*`, not `/`
source-division-label = a division
source-division-help = multiply the other side instead: `a / b <= 2` is `a <= 2 * b` for a positive b

## Survey questions, names and numbers of a source indicator

source-survey-in-register = a register indicator counts persons; it reads no survey questions
source-survey-in-register-label = a survey question
source-survey-in-register-help = survey questions can be read by indicators of a `per kommun` source, summed over the kommun's enheter
source-unknown-variable = `{ $variable }` is not a variable of the { $year } codebook
source-unknown-variable-label = unknown variable
source-survey-not-number = `{ $variable }` is summed over the kommun's enheter, so it must be one number variable
source-not-a-number-label = not a number
source-survey-not-number-help = a per-kommun indicator reads survey numbers such as `F1_handlaggare`
source-valid-when-other = `giltig när` reads only the question's own answer
source-valid-when-other-label = reads something else
source-valid-when-other-help = write e.g. `giltig när { $question } > 0`
source-unknown-name = `{ $name }` is not a count, question or column here
source-unknown-name-label = unknown name
source-unknown-name-help-define = define counts with `räkna n när …`
source-names = the names here are: { $names }
source-unknown-question = `{ $question }` is not a survey question of this indicator
source-unknown-question-label = unknown question
source-unknown-question-help = declare it: `fråga { $question } = VARIABEL`
source-number-expected = a number is expected here
source-number-expected-help = täljare and nämnare are arithmetic over counts, columns and questions, e.g. `n - 0.30 * m`

## Examples of a source indicator

source-example-unknown-kommun = `{ $kommun }` is not a kommun of this example
source-example-unknown-kommun-label = not in the example
source-example-unknown-kommun-help = expect a result for a kommun given in the example, or for `län`
source-example-outcome = a source indicator publishes a number, `x` or Bortfall, never `{ $outcome }`
source-example-outcome-label = not a possible result
source-example-outcome-help = write the expected value, e.g. `=> 55`, or `=> x`
source-example-takes-number = `{ $name }` takes a number
source-example-takes-number-help = write e.g. `{ $name } = 25` or `{ $name } = saknas`
