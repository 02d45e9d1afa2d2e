# Running the examples written beside the indicators (src/examples.rs). $title is the
# example's title in quotes with a space before it, or nothing.

examples-run-no-examples = `{ $id }` has no examples
examples-run-no-examples-label = no `exempel`
examples-run-no-examples-help = add examples that show each outcome: `exempel {"{"} a1 = "Ja" {"}"} => Ja`
examples-run-failed = example{ $title } of `{ $id }`: expected { $want }, the rules give { $got }{ $reason }
examples-run-gives = gives { $got }
examples-run-failed-help = either the rules or the example is wrong: compare the example's answers with the conditions for { $got }
examples-run-failed-value-help = either the rules or the example is wrong: work out täljare and nämnare from the example's answers
examples-run-lan-wrong = { $unit }: expected { $want }, the definition gives { $got }
examples-run-lan-failed = län example{ $title } of `{ $id }`: { $wrong }
examples-run-lan-label = gives another result
examples-run-lan-help = either the definition or the example is wrong; check sekretess and sekundärsekretess
examples-run-source-failed = example{ $title } of `{ $id }`: expected { $want }, the definition gives { $got }
examples-run-source-help = either the definition or the example is wrong; check täljare, nämnare and sekretess
