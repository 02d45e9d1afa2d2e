# Totality, overlap and reachability of an indicator's rules (src/check/totality.rs,
# src/check/linear.rs).

totality-nonlinear = `{ $indicator }`: a condition multiplies or divides two answers
totality-nonlinear-label = not linear
totality-nonlinear-help = the checker proves rules over sums and differences of answers and multiples by constants; compare `a > 2 * b` instead of `a / b > 2`, or compute the ratio in its own indicator with täljare/nämnare
totality-too-many-answers = `{ $indicator }`: the rules depend on too many answers together to be proved ({ $combinations } combinations)
totality-too-many-answers-help = split the rule: put parts of it in their own indicator, or use `någon(...)`/`alla(...)` over a list
totality-too-many-comparisons = `{ $indicator }`: the comparisons between numbers are too many to be proved
totality-too-many-comparisons-help = compare fewer numbers with each other in one rule, or split the indicator
totality-not-proved-label = not proved

## A gap: answers no rule matches

totality-not-total = `{ $indicator }` gives no result for some answers
totality-not-total-label = not total
# The help lists the answers after this line, one per line, then -more and -add-rule.
totality-gap-help = no rule matches these answers (each can be pasted into an `exempel`):
totality-gap-help-more = … and at least { $more } more
totality-gap-help-add-rule = add a rule for these cases

## An overlap: two rules with different outcomes both match

totality-overlap = `{ $indicator }`: two rules with different outcomes both match
# $example: the answers, as an `exempel` writes them.
totality-overlap-help = both match { $example }; make the conditions exclusive
totality-overlap-help-more = both match { $example } (and in at least { $others } other combinations); make the conditions exclusive

## Rules that never decide

totality-redundant-bortfall = this Bortfall rule never decides anything
totality-redundant-bortfall-label = never the deciding rule
totality-redundant-bortfall-help = a blank answer to an asked question, and Vet ej, are Bortfall already; remove the rule
totality-unreachable = this `{ $outcome }` rule can never match
totality-unreachable-label = unreachable
totality-unreachable-help = its condition contradicts itself or is only met by answers that are already Bortfall; check it or remove it

## A question asked always but read only sometimes

# $when: the condition to write, e.g. l1 = "Nej".
totality-asked-always = `{ $question }` is only read when { $when }
totality-asked-always-label = asked always: a blank answer makes the indicator Bortfall
totality-asked-always-help = if the questionnaire skips it otherwise, write `fråga { $question } = { $variable } när { $when }`, so that a unit that skipped it is not Bortfall
