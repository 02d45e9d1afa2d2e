# Vad en körnings steg säger (src/run.rs): fel, varningar, `oj verify` och
# sammanfattningen efter `oj eval`.

## Att läsa in ett års indikatorer

run-unknown-year = det finns inga indikatorfiler för { $year }
run-unknown-year-no-years = { $dir } innehåller ingen årskatalog; ange indikatorkatalogen med --indicators
run-unknown-year-years = de år som finns: { $years } (eller kör `oj new-year { $year }` för att börja på det)
run-unknown-year-only = de år som finns: { $years }

## Att läsa data: förra årets enkät och `källa`-filerna

run-without-previous = beräknat utan förra årets enkät ({ $file }), som du bad om: `föregående` läser inga svar i { $indicators }
run-previous-missing = indikatorerna för { $year } läser förra årets svar (`föregående` i { $indicators }), men { $file } saknas
run-previous-missing-help = lägg förra årets enkät i { $path }, eller kör med `--without { $without }` för att beräkna som om ingen enhet svarade förra året (varje berörd rad säger det)
run-no-previous-year = indikatorerna för { $year } läser förra årets svar (`föregående` i { $indicators }), men { $year } anger inget föregående år: ingen enhet har något svar från förra året
run-without-source = beräknat utan { $file }, som du bad om: Bortfall för { $indicators }
run-without-source-unread = beräknat utan { $file }, som du bad om: ingen indikator läser filen, så ingen blir Bortfall
run-source-missing = { $file } saknas, och indikatorerna för { $year } läser den ({ $indicators })
run-source-missing-help = lägg filen i { $path }, eller kör med `--without { $file }` för att publicera de indikatorerna som Bortfall ("{ $file } saknas")
run-earlier-not-checked = indikatorerna för { $year } klarar inte kontrollen

## oj verify

run-verify-no-dir = katalogen { $dir } finns inte här: körningen skrev in den relativt till katalogen den kördes i; kör `oj verify` där, eller ange var den finns nu med { $option }
run-verify-no-given-dir = katalogen { $dir } ({ $option }) finns inte
run-verify-cannot-read = { $file }: kan inte läsa filen: { $error }
run-verify-changed = { $file }: har ändrats sedan körningen (dess SHA-256 skiljer sig)
run-verify-output-differs = { $file }: skiljer sig från filen som körningen skrev
run-verify-not-checked = indikatorfilerna för { $year } klarar inte längre kontrollen: kör `oj check`
run-verify-not-checked-now = indikatorfilerna klarar inte längre kontrollen
run-verify-other-outputs = manifestet listar andra utdatafiler än en ny körning ger: { $recorded } i manifestet, { $now } nu ({ $files })
run-verify-other-indicators = manifestet listar andra indikatorfiler och kodböcker än en ny körning läser: { $recorded } i manifestet, { $now } nu ({ $files })
run-verify-other-data = manifestet listar andra datafiler än en ny körning läser: { $recorded } i manifestet, { $now } nu ({ $files })
run-verify-different-bytes = { $file }: en ny körning ger andra byte
run-verify-ok = { $dir }: verifierad. { $indicators } indikatorfiler och kodböcker och { $data } datafiler är oförändrade; { $outputs } utdatafiler har beräknats på nytt, byte för byte.

## Sammanfattningen efter oj eval och oj publish

run-summary = Öppna jämförelser { $year }: { $indicators } indikatorer, { $units } rapporterande enheter, { $responded } svarade ({ $rate } %)
run-summary-review-none = Granskning: inga anmärkningar
run-summary-review = Granskning: { $findings ->
        [one] { $findings } anmärkning
       *[other] { $findings } anmärkningar
    }
run-summary-results = Enhetsresultat: { $results } ({ $bortfall } Bortfall)
# `--series`: åren att jämföra med.
run-series-not-earlier = `--series { $series }`: jämförelseåren ska vara tidigare än { $year }
run-series-twice = `--series`: { $series } står två gånger
run-series-unknown = `--series { $series }`: det finns inget år { $series } i { $dir }
run-series-earlier-are = de tidigare åren som finns är { $years }
run-series-no-earlier = det finns inget år före { $year } att jämföra med
