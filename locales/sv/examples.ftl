# Att köra exemplen som står intill indikatorerna (src/examples.rs). $title är exemplets
# titel inom citattecken med ett mellanslag före, eller ingenting.

examples-run-no-examples = `{ $id }` saknar exempel
examples-run-no-examples-label = inget `exempel`
examples-run-no-examples-help = lägg till exempel som visar varje utfall: `exempel {"{"} a1 = "Ja" {"}"} => Ja`
examples-run-failed = exemplet{ $title } för `{ $id }`: förväntade { $want }, reglerna ger { $got }{ $reason }
examples-run-gives = ger { $got }
examples-run-failed-help = antingen reglerna eller exemplet är fel: jämför exemplets svar med villkoren för { $got }
examples-run-failed-value-help = antingen reglerna eller exemplet är fel: räkna ut täljare och nämnare för exemplets svar
examples-run-lan-wrong = { $unit }: förväntade { $want }, definitionen ger { $got }
examples-run-lan-failed = länsexemplet{ $title } för `{ $id }`: { $wrong }
examples-run-lan-label = ger ett annat resultat
examples-run-lan-help = antingen definitionen eller exemplet är fel; kontrollera sekretess och sekundärsekretess
examples-run-source-failed = exemplet{ $title } för `{ $id }`: förväntade { $want }, definitionen ger { $got }
examples-run-source-help = antingen definitionen eller exemplet är fel; kontrollera täljare, nämnare och sekretess
