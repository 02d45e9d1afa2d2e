# Reading the data files: survey.csv, units.csv, registers and per-kommun tables (src/data).

data-cannot-read = cannot read the file: { $error }
data-cannot-read-help = check that the data directory has the layout of docs/data-formats.md
data-cannot-read-readable-help = check that the file is readable
data-empty-file = the file is empty
data-empty-file-help = the file needs a header row and at least one data row
data-empty-file-source-help = the file needs a header row naming the columns of the `källa`
data-no-header = the file has no header
data-no-header-help = the first line names the columns
data-no-rows = the file has a header but no rows
data-no-rows-help = an export with no data is a failed export: export it again
data-ragged-row = the row has { $cells } cells, the header { $width }
data-ragged-row-help = every row has one cell per column
data-ragged-row-comma-help = every row has one cell per column; a decimal comma must be quoted ("12,5")
data-invalid-csv = not valid CSV: { $error }
data-invalid-csv-help = check the quoting of this line: a cell with a comma must be in double quotes
data-not-utf8 = the cell is not valid UTF-8
data-not-utf8-help = save the file as UTF-8 (spreadsheet programs: "CSV UTF-8")
data-semicolons = the file is separated by semicolons, not commas
data-semicolons-help = Swedish Excel's "CSV" uses semicolons: save the file again as "CSV UTF-8 (kommaavgränsad)" (docs/data-formats.md)
data-empty-column-name = the header has an empty column name
data-empty-column-name-help = every column needs a name; remove the empty column
data-duplicate-column = the column `{ $name }` appears twice in the header
data-duplicate-column-help = remove one of the two columns
data-unknown-column = unknown column `{ $name }`
data-columns-are = the columns are: { $columns }
data-source-columns-are = the columns of `källa { $source }` are: { $columns }
data-missing-column = the column `{ $name }` is missing
data-missing-column-source-help = `källa { $source }` declares it; add it to the file or remove it from the declaration

data-without-unknown = `--without { $input }`: the { $year } indicators read no such input
data-without-unknown-help = `--without` takes one of: { $known }

data-not-a-kommun = `{ $kommun }` is not a kommun of units.csv
data-not-a-kommun-help = every row names a kommun by its four-digit kommunkod; the big cities as whole kommuner
data-kommun-twice = the kommun `{ $kommun }` has two rows
data-kommun-twice-help = keep one row per kommun

data-not-in-codebook = the column `{ $name }` is not a variable of the { $year } codebook
# Follows diagnostic-did-you-mean.
data-same-year-otherwise = Otherwise check that the file and the codebook are of the same year
data-same-year-help = check that the survey file and the codebook are of the same year
# $list: up to five column names; $n: how many columns are missing in all.
data-missing-columns = the file lacks { $n ->
        [one] the column(s)
       *[other] the column(s)
    } { $list }
data-list-and-more = { $list } and { $more } more
data-missing-columns-help = every codebook variable has a column, blank where nobody answered; export the survey again with all variables
data-not-a-unit = `{ $enhet }` is not a unit of units.csv
data-not-a-unit-help = check the code (kommuner have four digits, stadsdelar six), or add the unit to units.csv
data-answers-through-stadsdelar = `{ $enhet }` answers through its stadsdelar, not as a whole kommun
data-answers-through-stadsdelar-help = give the answers per stadsdel (six-digit codes), as units.csv lists them
data-unit-two-rows = unit `{ $enhet }` has two rows (first on line { $first })
data-unit-two-rows-help = a unit answers once; remove the duplicate row

data-not-a-unit-code = `{ $enhet }` is not a unit code
data-not-a-unit-code-help = a kommun has a four-digit code, a stadsdel six digits
data-unknown-unit-type = unknown unit type `{ $ty }`
data-unknown-unit-type-help = the type is `kommun` or `stadsdel`
data-unit-names-kommun = unit `{ $enhet }` names kommun `{ $kommun }`
data-unit-names-kommun-help = a kommun names itself; a stadsdel's code starts with its kommun's code
data-unit-names-lan = unit `{ $enhet }` names län `{ $lan }`
data-unit-names-lan-help = the länskod is the first two digits of the kommunkod
data-not-inhabitants = `{ $value }` is not a number of inhabitants
data-not-inhabitants-help = write a whole number (a stadsdel may leave it blank)
data-unit-listed-twice = unit `{ $enhet }` is listed twice (first on line { $first })
data-unit-listed-twice-help = remove one of the rows
data-stadsdel-without-kommun = stadsdel `{ $stadsdel }` belongs to kommun `{ $kommun }`, which is not listed
data-stadsdel-without-kommun-help = add the kommun's own row
