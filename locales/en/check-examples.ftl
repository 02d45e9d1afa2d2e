# Examples (`exempel { … } => Ja`) of an indicator (src/check/examples.rs).

examples-unknown-question = the example sets `{ $question }`, which is not a question of `{ $indicator }`
examples-unknown-question-label = unknown question
examples-questions = the questions are: { $questions }
examples-takes-list = `{ $question }` takes a list of { $count } answers
examples-takes-one = `{ $question }` takes one answer
examples-wrong-count-label = wrong number of answers
# $items: one … per element of the list, joined with ", ".
examples-write-list = write `{ $question } = [{ $items }]`
examples-write-one = write `{ $question } = "…"`
examples-suppressed = only a register indicator can be suppressed (`x`)
examples-suppressed-label = not a possible result
examples-suppressed-help = expect an outcome such as `Ja` or a number
# $kind: categorical, number or text.
examples-wrong-kind = `{ $question }` is { $kind }, and this answer is not
examples-wrong-kind-label = wrong kind of answer
examples-wrong-kind-help-number = give a number (12.5), "Vet ej" or saknas
examples-wrong-kind-help-label = give an answer label in quotes, or saknas
examples-unknown-label = "{ $label }" is not an answer of `{ $question }`
examples-unknown-label-label = not an answer of this question
examples-did-you-mean-label = did you mean "{ $label }"?
# $answers: the answer labels in quotes, joined with ", ".
examples-answers = the answers are: { $answers }
