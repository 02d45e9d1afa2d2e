# Kommandoraden (src/main.rs): dess hjälp och vad kommandona skriver ut.
#
# Hjälpen slås upp med id som räknas fram ur kommandonas och argumentens namn (testet
# längst ned i src/main.rs kontrollerar dem på båda språken):
#   cli-<kommando>-about   kommandots rad, i listan över kommandon och med -h
#   cli-<kommando>-long    dess text för --help, med ett exempel
#   cli-<kommando>-<arg>   ett arguments hjälp; för argument som många kommandon delar
#                          cli-arg-<arg>, om inte kommandot har ett eget
#   cli-<kommando>-<arg>-<värde>  beskrivningen av ett av ett arguments värden
# Standardvärden och möjliga värden lägger koden till (cli-default, cli-possible-values).

## Hjälpen: rubriker och det som clap annars skriver på engelska

cli-about = Indikatormotor för Öppna jämförelser, social barn- och ungdomsvård
cli-heading-usage = Användning
cli-heading-commands = Kommandon
cli-heading-arguments = Argument
cli-heading-options = Flaggor
cli-default = [standard: { $value }]
cli-possible-values = [värden: { $values }]
cli-possible-values-heading = Möjliga värden:

## Argument som alla kommandon har, och de som många kommandon delar

cli-arg-help = Visa hjälpen
cli-arg-help-short = Visa hjälpen (mer med '--help')
cli-arg-help-long = Visa hjälpen (en sammanfattning med '-h')
cli-arg-version = Visa versionen
cli-arg-without = Beräkna utan en indatafil som indikatorerna läser: `previous-survey` (förra årets enkät, som `föregående` läser) eller en `källa`-fil (`register.csv`). Utan flaggan är en indatafil som saknas ett fel; med den skrivs en varning ut och varje berörd rad säger det. Kan upprepas
cli-arg-lang = Språket i meddelanden och hjälp; utan flaggan avgör miljövariabeln OJ_LANG, och utan den blir det svenska
cli-arg-year = Publiceringsåret: INDICATORS/YEAR och DATA/YEAR
cli-arg-data = Datakatalogen: units.csv och YEAR/survey.csv, årets `källa`-filer (docs/data-formats.md)
cli-arg-indicators = Indikatorkatalogen, med en katalog per år
cli-arg-out = Katalogen som utdata skrivs till

## oj check

cli-check-about = Kontrollera indikatorfiler mot deras kodbok och rapportera alla problem på en gång
cli-check-long =
    Kontrollera indikatorfiler mot deras kodbok och rapportera alla problem på en gång.

    Exempel: oj check indicators/2015    (eller `oj check --format github` i CI)
cli-check-paths = Årskataloger, eller en katalog med år (standard: indicators)
cli-check-format = Hur diagnostiken skrivs ut: för människor (standard), ett JSON-objekt per rad eller som anteckningar i GitHub Actions (`oj check --format github` i ett arbetsflöde)
cli-check-format-human = För människor, med raderna ur källan (standard)
cli-check-format-json = Ett JSON-objekt per rad: code, name, severity, message, help, file, line, column, end_line, end_column
cli-check-format-github = Arbetsflödeskommandon för GitHub Actions (`::error file=…,line=…::…`)

## oj fmt

cli-fmt-about = Ställ upp indikatorfiler på det kanoniska sättet: indrag, justerade regler, listor över delar och kolumner, tomma rader; kommentarer och strängar lämnas orörda
cli-fmt-long =
    Ställ upp indikatorfiler på det kanoniska sättet: indrag, justerade regler, listor över delar och kolumner, tomma rader; kommentarer och strängar lämnas orörda.

    Exempel: oj fmt indicators        (skriver om det som inte är formaterat)
             oj fmt --check indicators (listar det och avslutar med 1; för CI)
cli-fmt-paths = Filer eller kataloger (där .oj-filer söks; standard: indicators)
cli-fmt-check = Ändra ingenting: lista filerna som inte är formaterade och avsluta med 1 om det finns några

## oj test

cli-test-about = Kör exemplen som står bredvid varje indikator
cli-test-long =
    Kör exemplen som står bredvid varje indikator.

    Exempel: oj test indicators/2015
cli-test-paths = Årskataloger, eller en katalog med år (standard: indicators)

## oj eval

cli-eval-about = Beräkna varje indikator för varje enhet och skriv results.csv och review.csv
cli-eval-long =
    Beräkna varje indikator för varje enhet och skriv results.csv och review.csv.

    Exempel: oj eval --year 2015 --data data/example --out out/2015
cli-eval-out = Katalogen som results.csv, review.csv och manifest.json skrivs till

## oj diff

cli-diff-about = Vad metoden ändrade mellan två år: per indikator tillagd, borttagen, ändrad regel, ändrade datum eller texter, oförändrad; och granskningsreglerna
cli-diff-long =
    Vad metoden ändrade mellan två år: per indikator tillagd, borttagen, ändrad regel, ändrade datum eller texter, oförändrad; och granskningsreglerna.

    Exempel: oj diff 2014 2015
cli-diff-old = Det tidigare året
cli-diff-new = Det senare året

## oj new-year

cli-new-year-about = Börja på nästa års metod: skriv INDICATORS/YEAR/ar.oj (som ärver YEAR-1, med mätdatum ett år senare) och INDICATORS/YEAR/codebook.yaml (kodboken för YEAR-1 med datumen ett år senare). Skriver aldrig över något
cli-new-year-long =
    Börja på nästa års metod: skriv INDICATORS/YEAR/ar.oj (som ärver YEAR-1, med mätdatum ett år senare) och INDICATORS/YEAR/codebook.yaml (kodboken för YEAR-1 med datumen ett år senare). Skriver aldrig över något.

    Exempel: oj new-year 2016
cli-new-year-year = Det nya publiceringsåret; YEAR-1 måste finnas och klara kontrollen

## oj impact

cli-impact-about = Vad metoden för YEAR gör med siffrorna: beräknar svaren för YEAR-1 (DATA/YEAR-1, med DATA/YEAR-2/survey.csv för föregående) med definitionerna för både YEAR-1 och YEAR och skriver OUT/impact.csv (varje publicerad siffra som skiljer sig) och OUT/impact.md (en sammanfattning per indikator, som också skrivs ut)
cli-impact-long =
    Vad metoden för YEAR gör med siffrorna: beräknar svaren för YEAR-1 (DATA/YEAR-1, med DATA/YEAR-2/survey.csv för föregående) med definitionerna för både YEAR-1 och YEAR och skriver OUT/impact.csv (varje publicerad siffra som skiljer sig) och OUT/impact.md (en sammanfattning per indikator, som också skrivs ut).

    Exempel: oj impact --year 2016 --data data/example --out out/impact-2016
cli-impact-out = Katalogen där impact.csv och impact.md skrivs

## oj verify

cli-verify-about = Kontrollera en körnings manifest: indata är oförändrade och en ny körning ger samma byte
cli-verify-long =
    Kontrollera en körnings manifest: indata är oförändrade och en ny körning ger samma byte.

    Exempel: oj verify out/2015
cli-verify-out = Utdatakatalogen från `oj eval` eller `oj publish` (med manifest.json)
cli-verify-indicators = Indikatorkatalogen, där den finns nu (annars den som manifestet anger, relativt till katalogen där körningen gjordes)
cli-verify-data = Datakatalogen, där den finns nu (annars den som manifestet anger, relativt till katalogen där körningen gjordes)

## oj generate-register

cli-generate-register-about = Skriv en syntetisk nationell register.csv (för tester och prestandamätningar)
cli-generate-register-long =
    Skriv en syntetisk nationell register.csv (för tester och prestandamätningar).

    Exempel: oj generate-register --year 2015 --rows 100000 --units data/example/units.csv --out /tmp/register.csv
cli-generate-register-year = Året vars `källa` anger registrets kolumner
cli-generate-register-source = Den `källa` som ska genereras (en källa `per person`)
cli-generate-register-rows = Antal personposter
cli-generate-register-seed = Fröet för de slumpmässiga dragningarna: samma frö, samma fil
cli-generate-register-units = units.csv vars kommuner personerna fördelas över (efter folkmängd)
cli-generate-register-out = Filen som ska skrivas

## oj sql

cli-sql-about = Skriv ut den SQL (DuckDB) som beräknar ett registers indikatorer från dess CSV-fil
cli-sql-long =
    Skriv ut den SQL (DuckDB) som beräknar ett registers indikatorer från dess CSV-fil.

    Exempel: oj sql --year 2015 --register data/example/2015/register.csv --units data/example/units.csv
cli-sql-year = Publiceringsåret vars indikatorer kompileras
cli-sql-source = Den `källa` som ska kompileras
cli-sql-register = Registrets CSV-fil som SQL-motorn ser den
cli-sql-units = units.csv som SQL-motorn ser den

## oj publish

cli-publish-about = Allt som `eval` skriver, och Excel-arbetsboken (results.xlsx) och results.json
cli-publish-long =
    Allt som `eval` skriver, och Excel-arbetsboken (results.xlsx) och results.json.

    Exempel: oj publish --year 2015 --data data/example --series 2014 --out out/2015
cli-publish-series = Tidigare år vars jämförbara indikatorer får ett blad i arbetsboken: 2014

## oj site

cli-site-about = Webbverktyget för jämförelser: en statisk webbplats (index.html, data.js, nedladdningarna) med varje enhets resultat, som fungerar från file:// och på vilken statisk webbserver som helst
cli-site-long =
    Webbverktyget för jämförelser: en statisk webbplats (index.html, data.js, nedladdningarna) med varje enhets resultat, som fungerar från file:// och på vilken statisk webbserver som helst.

    Exempel: oj site --year 2015 --data data/example --series 2014 --out out/site
cli-site-series = Tidigare år vars jämförbara indikatorer får en tidsserie: 2014
cli-site-out = Katalogen som webbplatsen skrivs till (skapas; ersätts helt eller inte alls)

## oj lsp

cli-lsp-about = Språkservern för editorer (Language Server Protocol över stdin/stdout): kontrollens diagnostik medan du skriver, hovring, komplettering, gå till definition, referenser, disposition och snabbkorrigeringar. Startas av editorn (docs/editor.md), inte för hand
cli-lsp-long =
    Språkservern för editorer (Language Server Protocol över stdin/stdout): kontrollens diagnostik medan du skriver, hovring, komplettering, gå till definition, referenser, disposition och snabbkorrigeringar. Startas av editorn (docs/editor.md), inte för hand.

    Exempel (i en editors konfiguration): command "oj", arguments ["lsp"]

## oj doc

cli-doc-about = Metodbeskrivningen, genererad från indikatorerna: guide.md och guide.html
cli-doc-long =
    Metodbeskrivningen, genererad från indikatorerna: guide.md och guide.html.

    Exempel: oj doc --year 2015 --out out/guide
cli-doc-year = Publiceringsåret
cli-doc-out = Katalogen som guide.md och guide.html skrivs till

## oj report

cli-report-about = En regional jämförelserapport (HTML med tabeller och diagram) för valda kommuner
cli-report-long =
    En regional jämförelserapport (HTML med tabeller och diagram) för valda kommuner.

    Exempel: oj report --year 2015 --data data/example --units 0114,0123 --compare 01,riket --out out/report
cli-report-units = Kommuner eller enheter, kommaseparerade: 0114,0123 (minst en)
cli-report-compare = Länskoder och/eller `riket`, kommaseparerade: 01,06,riket
cli-report-out = Katalogen som report.html skrivs till

## oj explain

cli-explain-about = Visa svaren och regeln bakom en enhets resultat, eller enheterna bakom ett läns, rikets eller en grupps siffra
cli-explain-long =
    Visa svaren och regeln bakom en enhets resultat, eller enheterna bakom ett läns, rikets eller en grupps siffra.

    Exempel: oj explain --year 2015 --data data/example social_jour 0114
cli-explain-definitions = Förklara svaren för YEAR med definitionerna från ett annat år (så som `oj impact` beräknar dem), t.ex. `--year 2015 --definitions 2016` för en enhet som `oj impact --year 2016` listar
cli-explain-indicator = Indikatorns id: social_jour, extern_skola, behorig_gy_sverige
cli-explain-unit = En kommun eller stadsdel (0114, 018001), en länskod (01), `riket`, en befolkningsgrupp eller en kommungrupp

## oj help

cli-help-about = Visa den här hjälpen eller hjälpen för ett kommando
cli-help-long =
    Visa den här hjälpen eller hjälpen för ett kommando.

    Exempel: oj help check
cli-help-command = Kommandot vars hjälp ska visas
cli-help-unknown = det finns inget kommando `{ $command }`; `oj --help` listar dem

## Vad kommandona skriver ut

cli-error = fel: { $message }
cli-warning = varning: { $message }
# OJ_LANG anger inget språk vi talar: vi vet inte vilket språk läsaren läser.
cli-lang-unknown =
    fel: OJ_LANG={ $value } är inget språk som oj talar; värdena är { $values }
    error: OJ_LANG={ $value } is not a language oj speaks; the values are { $values }
cli-cannot-read = kan inte läsa { $path }: { $error }
cli-cannot-write = kan inte skriva { $path }: { $error }
cli-cannot-write-outputs = kan inte skriva utdata till { $dir }: { $error }
cli-cannot-write-site = kan inte skriva webbplatsen till { $dir }: { $error }
cli-cannot-write-guide = kan inte skriva metodbeskrivningen till { $dir }: { $error }
cli-cannot-write-report = kan inte skriva rapporten till { $dir }: { $error }
cli-cannot-write-impact = kan inte skriva effekterna av metodändringen till { $dir }: { $error }
cli-wrote = Skrev { $file }
cli-no-indicator-files = { $path } innehåller inga indikatorfiler (*.oj)
cli-run-check-failed = Indikatorfilerna har { $errors } fel; kör `oj check` för att se hela listan.
cli-check-summary = { $dir }: { $indicators ->
        [one] { $indicators } indikator
       *[other] { $indicators } indikatorer
    }, { $errors } fel, { $warnings ->
        [one] { $warnings } varning
       *[other] { $warnings } varningar
    }
cli-check-summary-hints = { $dir }: { $indicators ->
        [one] { $indicators } indikator
       *[other] { $indicators } indikatorer
    }, { $errors } fel, { $warnings ->
        [one] { $warnings } varning
       *[other] { $warnings } varningar
    }, { $hints } tips
cli-fmt-not-found = { $path } finns inte; ange .oj-filer eller kataloger med sådana
cli-fmt-not-formatted = { $file }: inte formaterad (kör `oj fmt { $file }`)
cli-fmt-formatted = formaterade { $file }
cli-fmt-summary = { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    }, { $reformatted ->
        [one] { $reformatted } omformaterad
       *[other] { $reformatted } omformaterade
    }
cli-test-passed-year = { $dir }: { $passed } exempel gick igenom, { $failed } misslyckades
cli-test-passed = { $passed } gick igenom, { $failed } misslyckades
cli-site-open = Öppna { $file } i en webbläsare.
cli-new-year-next = Nästa steg: ändra { $dir }/codebook.yaml efter den nya enkäten och kör sedan `oj check { $dir }`
cli-impact-no-year-before = det finns inget år före { $year }
cli-generate-unknown-source = indikatorerna för { $year } anger ingen `källa { $source } … per person`; de anger: { $declared }
cli-generate-no-person-source = indikatorerna för { $year } anger ingen `källa { $source } … per person`, och inte heller någon annan källa per person
cli-generate-wrote = Skrev { $rows ->
        [one] { $rows } post
       *[other] { $rows } poster
    } till { $file }
cli-explain-not-computable = { $indicator } enligt definitionerna för { $definitions } kan inte beräknas på svaren för { $year }: { $reason }
cli-explain-retired = { $indicator } utgår { $definitions }: { $reason }
cli-explain-with-definitions = { $year } års svar med { $definitions } års definitioner (som oj impact beräknar dem)
