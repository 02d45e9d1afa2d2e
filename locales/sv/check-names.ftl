# Namn och typer i en indikator eller granskningsregel (src/check/scope.rs).

scope-only-placeholder = den enda platshållaren här är `{"{"}{ $placeholder }{"}"}`
scope-no-parts = den här indikatorn har inga delar
scope-unknown-placeholder = okänd platshållare `{"{"}{ $placeholder }{"}"}`
scope-unknown-placeholder-label = okänd platshållare
scope-did-you-mean-label = menade du "{ $label }"?

scope-duplicate-question = `{ $name }` deklareras två gånger
scope-declared-again = deklareras igen
scope-first-declaration = första deklarationen
scope-duplicate-question-help = ge varje fråga ett eget namn

scope-unknown-variable = `{ $id }` är inte en variabel i kodboken för { $year }
scope-unknown-variable-label = okänd variabel
scope-variables-listed-in = variablerna finns i { $path }

scope-text-variable = `{ $id }` är en fritextvariabel och kan inte användas i en regel
scope-text-variable-label = fritext
scope-text-variable-help = regler läser kategoriska variabler och talvariabler; fritext visas bara i explain

scope-mixed-list = listan `{ $name }` blandar variabler av olika slag
scope-mixed-list-label = `{ $id }` är { $kind ->
        [categorical] kategorisk
        [number] en talvariabel
       *[other] en textvariabel
    } med andra svarsalternativ
scope-mixed-list-help = en lista innehåller variabler med samma typ och samma svarsalternativ

scope-unknown-name = `{ $name }` är inte en fråga i den här indikatorn
scope-unknown-name-label = okänt namn
scope-declare-first = deklarera den först: `fråga { $question } = { $variable }`
scope-label-in-quotes = svarsalternativ skrivs inom citattecken: "{ $label }"
scope-declare-questions = deklarera frågorna som regeln läser med `fråga namn = VARIABEL`
scope-questions-here = frågorna här är: { $names }

scope-list-of-questions = `{ $name }` är en lista med { $count ->
        [one] en fråga
       *[other] { $count } frågor
    }
scope-list-of-numbers = `{ $name }` är en lista med { $count ->
        [one] ett tal
       *[other] { $count } tal
    }
scope-a-list = en lista
scope-say-which = ange vilken: `någon({ $name }) = …`, `alla({ $name }) = …` eller `ingen({ $name }) = …`
scope-use-sum-or-count = använd `summa({ $name })` eller `antal({ $name })`

scope-not-a-list = `{ $function }` tar en lista, och `{ $name }` är en enda fråga
scope-not-a-list-label = inte en lista
scope-compare-directly = jämför frågan direkt: `{ $name } = …`

scope-quantifier-on-numbers = `{ $function }({ $name })` jämför svarsalternativ, men `{ $name }` innehåller tal
scope-numbers = tal
scope-use-sum = använd `summa({ $name })` för att summera dem

scope-sum-of-categorical = `summa` summerar tal, men `{ $name }` är kategorisk
scope-categorical = kategorisk
scope-sum-of-categorical-help = räkna svar med `antal(…)`, eller pröva dem med `någon(…) = "…"`

scope-previous-outside-rule = `föregående(...)` kan bara användas i en indikators regler
scope-not-allowed-here = inte tillåtet här
scope-previous-outside-rule-help = flytta villkoret till en regel i indikatorn
scope-previous-not-single = `föregående(...)` läser en enda kategorisk fråga
scope-previous-not-single-label = inte en enda kategorisk fråga
scope-previous-not-single-help = använd den som `föregående(c1) = "Nej"`

scope-expected-number-found-label = förväntade ett tal, hittade ett svarsalternativ
scope-expected-categorical-found-number = förväntade en kategorisk fråga, hittade ett tal
scope-an-answer-label = ett svarsalternativ
scope-a-number = ett tal
scope-number-operators-help = räknesätt och <, <=, >, >= tar frågor med tal; kategoriska frågor jämförs med = "svarsalternativ"
scope-categorical-compare-help = kategoriska frågor jämförs med svarsalternativ inom citattecken

scope-label-alone = svarsalternativet "{ $label }" står ensamt
scope-a-label = ett svarsalternativ
scope-label-alone-help = jämför en fråga med det: `fråga = "{ $label }"`

scope-condition-as-value = ett villkor används där ett värde förväntas
scope-a-condition = ett villkor
scope-condition-as-value-help = värden är frågor, tal och summor; villkor kombinerar dem med och/eller

scope-categorical-not-number = `{ $name }` är kategorisk, men här behövs ett tal
scope-compare-with-labels = jämför den i stället med ett av dess svarsalternativ: { $labels }

scope-answers-are = svarsalternativen för `{ $name }` ({ $variables }) är: { $labels }
scope-unknown-label = "{ $label }" är inte ett svarsalternativ för `{ $name }` ({ $variable })
scope-unknown-label-label = inte ett svarsalternativ för den här frågan

scope-label-in-quotes-compare = svarsalternativ skrivs inom citattecken: `{ $name } = "{ $label }"`
scope-compare-with-answers = jämför `{ $name }` med ett av dess svarsalternativ, inom citattecken: { $labels }
scope-label-without-quotes = ett svarsalternativ utan citattecken

scope-number-compared-with-label = ett tal jämförs med svarsalternativet "{ $label }"
scope-number-compared-with-label-help = jämför tal med tal, t.ex. `f1 > 0`; "Vet ej" och tomma svar ger Bortfall av sig själva

scope-blank-of-non-question = `saknas` och `besvarad` gäller en fråga
scope-not-a-question = inte en fråga
scope-blank-of-non-question-help = skriv t.ex. `a2 saknas` eller `alla(g6) saknas`

scope-blank-of-list = `{ $name }` är en lista
scope-blank-of-list-help = ange vilken: `alla({ $name }) saknas` eller `någon({ $name }) saknas`

scope-question-as-condition = `{ $name }` är en fråga, inte ett villkor
scope-a-question = en fråga
scope-question-as-condition-help = jämför den med ett svar: `{ $name } = "{ $label }"`

scope-condition-expected = här förväntas ett villkor
scope-not-a-condition = inte ett villkor
scope-condition-expected-help = ett villkor jämför en fråga med ett svar (`a1 = "Ja"`), tal (`f1 > 0`), eller prövar `saknas`
