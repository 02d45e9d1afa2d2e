# Names and types of an indicator or review rule (src/check/scope.rs).

scope-only-placeholder = the only placeholder here is `{"{"}{ $placeholder }{"}"}`
scope-no-parts = this indicator has no parts
scope-unknown-placeholder = unknown placeholder `{"{"}{ $placeholder }{"}"}`
scope-unknown-placeholder-label = unknown placeholder
scope-did-you-mean-label = did you mean "{ $label }"?

scope-duplicate-question = `{ $name }` is declared twice
scope-declared-again = declared again
scope-first-declaration = first declaration
scope-duplicate-question-help = give each question its own name

scope-unknown-variable = `{ $id }` is not a variable of the { $year } codebook
scope-unknown-variable-label = unknown variable
scope-variables-listed-in = the variables are listed in { $path }

scope-text-variable = `{ $id }` is a free-text variable and cannot be used in a rule
scope-text-variable-label = free text
scope-text-variable-help = rules read categorical or number variables; free text is only shown in explain

scope-mixed-list = the list `{ $name }` mixes variables of different kinds
scope-mixed-list-label = `{ $id }` is { $kind } with other answers
scope-mixed-list-help = a list holds variables with the same type and answer options

scope-unknown-name = `{ $name }` is not a question of this indicator
scope-unknown-name-label = unknown name
scope-declare-first = declare it first: `fråga { $question } = { $variable }`
scope-label-in-quotes = answer labels are written in quotes: "{ $label }"
scope-declare-questions = declare the questions the rule reads with `fråga namn = VARIABEL`
scope-questions-here = the questions here are: { $names }

scope-list-of-questions = `{ $name }` is a list of { $count } questions
scope-list-of-numbers = `{ $name }` is a list of { $count } numbers
scope-a-list = a list
scope-say-which = say which: `någon({ $name }) = …`, `alla({ $name }) = …` or `ingen({ $name }) = …`
scope-use-sum-or-count = use `summa({ $name })` or `antal({ $name })`

scope-not-a-list = `{ $function }` takes a list, and `{ $name }` is one question
scope-not-a-list-label = not a list
scope-compare-directly = compare the question directly: `{ $name } = …`

scope-quantifier-on-numbers = `{ $function }({ $name })` compares answer labels, but `{ $name }` holds numbers
scope-numbers = numbers
scope-use-sum = use `summa({ $name })` to add them up

scope-sum-of-categorical = `summa` adds numbers, but `{ $name }` is categorical
scope-categorical = categorical
scope-sum-of-categorical-help = count answers with `antal(…)`, or test them with `någon(…) = "…"`

scope-previous-outside-rule = `föregående(...)` can only be used in an indicator's rules
scope-not-allowed-here = not allowed here
scope-previous-outside-rule-help = move the condition into a rule of the indicator
scope-previous-not-single = `föregående(...)` reads one categorical question
scope-previous-not-single-label = not a single categorical question
scope-previous-not-single-help = use it as `föregående(c1) = "Nej"`

scope-expected-number-found-label = expected a number, found an answer label
scope-expected-categorical-found-number = expected a categorical question, found a number
scope-an-answer-label = an answer label
scope-a-number = a number
scope-number-operators-help = arithmetic and <, <=, >, >= take number questions; categorical questions are compared with = "label"
scope-categorical-compare-help = categorical questions are compared with answer labels in quotes

scope-label-alone = the label "{ $label }" stands alone
scope-a-label = a label
scope-label-alone-help = compare a question with it: `fråga = "{ $label }"`

scope-condition-as-value = a condition is used where a value is expected
scope-a-condition = a condition
scope-condition-as-value-help = values are questions, numbers and sums; conditions combine them with och/eller

scope-categorical-not-number = `{ $name }` is categorical, but a number is needed here
scope-compare-with-labels = compare it with one of its labels instead: { $labels }

scope-answers-are = the answers of `{ $name }` ({ $variables }) are: { $labels }
scope-unknown-label = "{ $label }" is not an answer of `{ $name }` ({ $variable })
scope-unknown-label-label = not an answer of this question

scope-label-in-quotes-compare = answer labels are written in quotes: `{ $name } = "{ $label }"`
scope-compare-with-answers = compare `{ $name }` with one of its answers, in quotes: { $labels }
scope-label-without-quotes = a label without quotes

scope-number-compared-with-label = a number is compared with the label "{ $label }"
scope-number-compared-with-label-help = compare numbers with numbers, e.g. `f1 > 0`; "Vet ej" and blanks make the indicator Bortfall by themselves

scope-blank-of-non-question = `saknas` and `besvarad` apply to a question
scope-not-a-question = not a question
scope-blank-of-non-question-help = write e.g. `a2 saknas` or `alla(g6) saknas`

scope-blank-of-list = `{ $name }` is a list
scope-blank-of-list-help = say which: `alla({ $name }) saknas` or `någon({ $name }) saknas`

scope-question-as-condition = `{ $name }` is a question, not a condition
scope-a-question = a question
scope-question-as-condition-help = compare it with an answer: `{ $name } = "{ $label }"`

scope-condition-expected = a condition is expected here
scope-not-a-condition = not a condition
scope-condition-expected-help = a condition compares a question with an answer (`a1 = "Ja"`), numbers (`f1 > 0`), or tests `saknas`
