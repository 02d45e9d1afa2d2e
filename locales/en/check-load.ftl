# Reading a year directory, its `år` block and the inherited year (src/check/load.rs).

load-no-year = this directory has no `år` block
load-no-year-help = run `oj new-year { $year }` to write it from { $previous }, or add a file `ar.oj` with `år { $year } {"{"} kodbok "codebook.yaml" mätdatum { $previous }-11-01 {"}"}`
load-no-year-help-example = add a file `ar.oj` with the year's block, e.g. `år 2016 {"{"} kodbok "codebook.yaml" mätdatum 2015-11-01 {"}"}`

load-unknown-setting = unknown setting `{ $key }` in the `år` block
load-unknown-setting-label = not a setting
load-settings-are = the settings are: { $settings }

load-path-not-text = `{ $key }` takes a path in quotes
load-not-a-text = not a text
load-path-not-text-help = write `{ $key } "…"`

load-inherit-not-directory = `ärver` names `{ $path }`, which is not a directory
load-inherit-not-directory-label = no such year directory
load-inherit-not-directory-help = write the path of the year to inherit, relative to this file, e.g. "../2014"
load-inherit-outside = `ärver` leaves the indicators directory
load-outside-label = outside the indicators directory
load-inherit-outside-help = a year can only inherit from a sibling year directory, e.g. "../2014"
load-inherit-loop = `ärver` makes a loop: this year inherits from itself
load-inherit-loop-label = this inheritance closes the loop
load-inherit-loop-help = remove `ärver` from one of the years in the loop

load-codebook-outside = the codebook lies outside the indicators directory
load-codebook-outside-help = put the year's codebook in its directory and name it there, e.g. `kodbok "codebook.yaml"`
load-no-codebook = the `år` block names no codebook
load-no-codebook-label = no `kodbok`
load-no-codebook-help = add `kodbok "codebook.yaml"`

load-matdatum-not-date = `mätdatum` takes a date
load-not-a-date = not a date
load-matdatum-not-date-help = write e.g. `mätdatum 2014-11-01`
load-no-matdatum = the `år` block has no `mätdatum`
load-no-matdatum-label = no `mätdatum`
load-no-matdatum-help = add e.g. `mätdatum 2014-11-01`

load-year-mismatch = the `år` block says { $year }, but its directory is `{ $dir }`
load-year-mismatch-label = the directory says { $dir }
load-year-mismatch-help = write `år { $dir }`, or move the files to a directory named `{ $year }`

load-did-you-mean-retire-review = did you mean `utgår granskning { $name }`?
load-inherited-reviews-are = the inherited review rules are: { $names }
load-unknown-retired-review = `utgår granskning { $name }`: no inherited review rule has this name
load-unknown-review-label = unknown review rule

load-unknown-extension = `utöka { $id }`: no inherited family has this id
load-unknown-family-label = unknown family
load-unknown-extension-help = `utöka` adds parts to a family of the inherited year, e.g. `utöka extern_{"{"}del{"}"} med {"{"} … {"}"}`

load-did-you-mean-change = did you mean `ändra { $id }`?
load-unknown-change-help = `ändra` changes the metadata of an indicator of the inherited year (a family by its template, e.g. `extern_{"{"}del{"}"}`); check the id
load-unknown-change = `ändra { $id }`: no inherited indicator has this id
load-unknown-indicator-label = unknown indicator

load-duplicate-review = two review rules are called `{ $name }`
load-second-rule = second rule
load-first-rule = first rule
load-duplicate-review-help = rules may share the published name `{ $name }`; tell them apart with a qualifier in brackets, e.g. `granskning { $name }[{ $qualifier }] …`

load-review-not-extended = `utöka { $id }` adds { $parts } but the review rule `{ $rule }` over some of the same parts is not extended
load-review-not-extended-label = the family extended here
load-review-not-extended-help = its parts differ from the family's; redefine `granskning { $rule }` in this year with the parts it should review

load-cannot-read-directory = cannot read the directory: { $error }
load-cannot-read-directory-help = give the path of a year directory such as indicators/2015
load-file-too-large = the file is { $size } bytes; indicator files are limited to { $max } bytes
load-file-too-large-help = split the indicators over several files; a whole year is a few hundred kB
load-not-utf8 = the file is not valid UTF-8 (byte { $byte })
load-not-utf8-help = save the file as UTF-8
load-cannot-read-file = cannot read the file: { $error }
load-cannot-read-file-help = check the file's permissions
load-empty-file = the file holds no indicator, review rule or `år` block
load-empty-file-help = an empty file publishes nothing; remove it, or write what it was meant to hold
load-second-year-block = a second `år` block in this year directory
load-second-year-block-label = second `år` block
load-first-year-block-label = first one
load-second-year-block-help = a year directory has exactly one `år` block; remove this one
