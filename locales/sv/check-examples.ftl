# Exempel (`exempel { … } => Ja`) för en indikator (src/check/examples.rs).

examples-unknown-question = exemplet anger `{ $question }`, som inte är en fråga i `{ $indicator }`
examples-unknown-question-label = okänd fråga
examples-questions = frågorna är: { $questions }
examples-takes-list = `{ $question }` tar en lista med { $count } svar
examples-takes-one = `{ $question }` tar ett svar
examples-wrong-count-label = fel antal svar
# $items: ett … per element i listan, sammanfogade med ", ".
examples-write-list = skriv `{ $question } = [{ $items }]`
examples-write-one = skriv `{ $question } = "…"`
examples-suppressed = bara en registerindikator kan sekretessmarkeras (`x`)
examples-suppressed-label = inte ett möjligt resultat
examples-suppressed-help = ange ett förväntat utfall, till exempel `Ja`, eller ett tal
# $kind: categorical, number eller text (frågans typ).
examples-wrong-kind = `{ $question }` är { $kind ->
        [categorical] en kategorisk fråga
        [number] en talfråga
       *[other] en textfråga
    }, och det här svaret passar inte
examples-wrong-kind-label = fel sorts svar
examples-wrong-kind-help-number = ange ett tal (12.5), "Vet ej" eller saknas
examples-wrong-kind-help-label = ange ett svarsalternativ inom citattecken, eller saknas
examples-unknown-label = "{ $label }" är inte ett svar på `{ $question }`
examples-unknown-label-label = inte ett svar på den här frågan
examples-did-you-mean-label = menade du "{ $label }"?
# $answers: svarsalternativen inom citattecken, sammanfogade med ", ".
examples-answers = svarsalternativen är: { $answers }
