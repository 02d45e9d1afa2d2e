# Att en indikators regler är totala, inte överlappar och kan nås (src/check/totality.rs,
# src/check/linear.rs).

totality-nonlinear = `{ $indicator }`: ett villkor multiplicerar eller dividerar två svar med varandra
totality-nonlinear-label = inte linjärt
totality-nonlinear-help = kontrollen bevisar regler över summor och skillnader av svar och multiplar med konstanter; jämför `a > 2 * b` i stället för `a / b > 2`, eller beräkna kvoten i en egen indikator med täljare/nämnare
totality-too-many-answers = `{ $indicator }`: reglerna beror på för många svar samtidigt för att kunna bevisas ({ $combinations } kombinationer)
totality-too-many-answers-help = dela upp regeln: lägg delar av den i egna indikatorer, eller använd `någon(...)`/`alla(...)` över en lista
totality-too-many-comparisons = `{ $indicator }`: jämförelserna mellan tal är för många för att kunna bevisas
totality-too-many-comparisons-help = jämför färre tal med varandra i en regel, eller dela upp indikatorn
totality-not-proved-label = inte bevisad

## En lucka: svar som ingen regel matchar

totality-not-total = `{ $indicator }` ger inget resultat för vissa svar
totality-not-total-label = täcker inte alla fall
# Hjälptexten listar svaren efter den här raden, ett per rad, och sedan -more och -add-rule.
totality-gap-help = ingen regel matchar de här svaren (vart och ett kan klistras in i ett `exempel`):
totality-gap-help-more = … och minst { $more } till
totality-gap-help-add-rule = lägg till en regel för de här fallen

## En överlappning: två regler med olika utfall matchar båda

totality-overlap = `{ $indicator }`: två regler med olika utfall matchar båda
# $example: svaren, skrivna som i ett `exempel`.
totality-overlap-help = båda matchar { $example }; gör villkoren ömsesidigt uteslutande
totality-overlap-help-more = båda matchar { $example } (och i minst { $others ->
        [one] en annan kombination
       *[other] { $others } andra kombinationer
    }); gör villkoren ömsesidigt uteslutande

## Regler som aldrig avgör

totality-redundant-bortfall = den här Bortfall-regeln avgör aldrig något
totality-redundant-bortfall-label = aldrig den avgörande regeln
totality-redundant-bortfall-help = ett tomt svar på en fråga som ställs, och Vet ej, är redan Bortfall; ta bort regeln
totality-unreachable = den här `{ $outcome }`-regeln kan aldrig nås
totality-unreachable-label = kan aldrig nås
totality-unreachable-help = villkoret motsäger sig självt eller uppfylls bara av svar som redan är Bortfall; kontrollera det eller ta bort regeln

## En fråga som alltid ställs men bara läses ibland

# $when: villkoret att skriva, t.ex. l1 = "Nej".
totality-asked-always = `{ $question }` läses bara när { $when }
totality-asked-always-label = ställs alltid: ett tomt svar gör indikatorn till Bortfall
totality-asked-always-help = om enkäten annars hoppar över frågan, skriv `fråga { $question } = { $variable } när { $when }`, så att en enhet som hoppat över den inte blir Bortfall
