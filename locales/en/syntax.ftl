# Syntax errors of indicator files (src/syntax).

syntax-nesting-too-deep = brackets nested more than { $max } levels deep
syntax-nesting-too-deep-label = too deep here
syntax-nesting-too-deep-help = split the expression: give parts of it their own `fråga` or rule

# What the parser expected, in "expected X, Y or Z, found W".
syntax-rule-eof = end of file
syntax-rule-template = an id such as `A1_{"{"}del{"}"}`
syntax-rule-name = a name
syntax-rule-field = a field such as `indikatornamn`
syntax-rule-string = a text in quotes
syntax-rule-date = a date (YYYY-MM-DD)
syntax-rule-period = a period (YYYY-MM-DD..YYYY-MM-DD)
syntax-rule-number = a number
syntax-rule-integer = a whole number
syntax-rule-expr = an expression
syntax-rule-outcome = an outcome (Ja, Delvis, Nej, Ej aktuellt, Bortfall)
syntax-rule-measure-field = `täljare`, `nämnare`, `värde` or `aggregering`
syntax-rule-meta-field = a metadata field
syntax-rule-member = a field, `fråga`, a rule or `exempel`
syntax-rule-comparison = a comparison (=, !=, <, <=, >, >=)
syntax-rule-operator = an operator (+ - * /)
syntax-rule-function = a function such as `någon(...)`
syntax-rule-severity = `fel` or `varning`
syntax-rule-binding = an answer such as `a1 = "Ja"`
syntax-rule-expected = an expected outcome or number
syntax-rule-part = a part: key and text, e.g. `hvb "HVB"`
syntax-rule-variable-list = a list of variable ids `[…]`
syntax-rule-literal-list = a list `[…]`
syntax-rule-column = a column: name and type, e.g. `fodelsear heltal`
syntax-rule-source-field = `källa`, `undergrupp`, `population`, `räkna` or `sekretess`
syntax-rule-range = a range `i 1988..1996`
# The last two items of a list: "a, b or c".
syntax-list-or = { $init } or { $last }

syntax-unexpected = unexpected { $found }
syntax-unexpected-eof = unexpected end of file
syntax-expected-found = expected { $expected }, found { $found }
syntax-here = here
syntax-unpaired-quote = a text on this line has no closing quote
syntax-unpaired-quote-label = the quotes on this line do not pair up
syntax-unpaired-quote-help = add the missing `"` where the text ends; a text is written on one line
syntax-unterminated = this text has no closing quote
syntax-unterminated-label = the text starts here
syntax-unterminated-help = add the closing `"` at the end of the text
syntax-unclosed-block = the file ends before this block is closed
syntax-unclosed-block-label = opened here, never closed
syntax-unclosed-block-help = add `{"}"}` after the last line of `{ $head } {"{"}`
syntax-rule-needs-nar = a rule needs `när` after `{ $outcome }`
syntax-rule-needs-nar-label = expected `när` before the condition
syntax-rule-needs-nar-help = write it as `{ $outcome } när <villkor>`, e.g. `Ja när d1 = "Ja"`
syntax-help-double-equals = write `=` (one equals sign) to compare
syntax-help-and = write `och`
syntax-help-or = write `eller`
syntax-help-decimal-comma = numbers in indicator files use a decimal point: write 0.5, not 0,5 (data files may use 12,5)
syntax-help-single-quotes = texts and answer labels use double quotes "…", not single quotes
syntax-help-quote-text = texts are written in double quotes: "{ $text }"

syntax-invalid-date = `{ $date }` is not a calendar date
syntax-invalid-date-label = no such date
syntax-invalid-date-help = write dates as YYYY-MM-DD, e.g. 2014-11-01
syntax-year-offset-too-far = a year relative to mätår is at most 200 years away
syntax-year-offset-too-far-label = too far
syntax-year-offset-too-far-help = write a year relative to mätår, e.g. `mätår-26`
syntax-year-out-of-range = `år { $year }` is not a publication year
syntax-year-out-of-range-label = not a year from { $first } to { $last }
syntax-year-out-of-range-help = write the publication year with four digits, e.g. `år 2016`
syntax-number-too-large = this number is too large
syntax-number-too-large-label = too large
syntax-number-too-large-help = a range is written with whole numbers, e.g. `i 1988..1996`

syntax-format-refused = formatting would change more than the whitespace between tokens; the file is left as it is (please report this)
# A misspelt keyword: `Delvs` for `Delvis`, `exampel` for `exempel`.
syntax-misspelt-keyword = `{ $word }` is no word of the language
syntax-bad-date = `{ $date }` is not a date written YYYY-MM-DD
syntax-misspelt-keyword-label = unknown word
syntax-help-date = write dates as YYYY-MM-DD, with two digits for month and day: `2014-11-01`
