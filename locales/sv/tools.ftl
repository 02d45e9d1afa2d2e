# Verktygen runt kontrollen: oj diff, new-year, explain, sql, generate-register, report,
# manifestet (src/diff.rs, src/new_year.rs, src/explain.rs, src/sql.rs, src/generate.rs,
# src/report.rs, src/publish). Bara det de säger till den som kör dem: vägledningen,
# rapporten och explains redogörelse är publiceringstext och redan på svenska.

## oj diff

tools-diff-year =
    Året: mätdatum { $old } → { $new }; varje mätperiod som slutar vid mätdatum flyttas med,
    och likaså de år som skrivs {"{"}mätår{"}"} i texter.
tools-diff-added = Tillagda
tools-diff-removed = Borttagna
tools-diff-changed-rule = Ändrad regel
tools-diff-changed-texts = Ändrade datum eller texter
tools-diff-unchanged = Oförändrade
# Efter en indikator vars regel ändrats: de metadatafält som också ändrats.
tools-diff-and-fields = (och { $fields })
tools-diff-reviews = Granskningsregler: { $added ->
        [one] { $added } tillagd
       *[other] { $added } tillagda
    }, { $removed ->
        [one] { $removed } borttagen
       *[other] { $removed } borttagna
    }, { $changed ->
        [one] { $changed } ändrad
       *[other] { $changed } ändrade
    }, { $unchanged ->
        [one] { $unchanged } oförändrad
       *[other] { $unchanged } oförändrade
    }
tools-diff-sources = Källor (källa):
tools-diff-codebook = Kodbokens variabler: { $added ->
        [one] { $added } tillagd
       *[other] { $added } tillagda
    }, { $removed ->
        [one] { $removed } borttagen
       *[other] { $removed } borttagna
    }, { $changed ->
        [one] { $changed } ändrad
       *[other] { $changed } ändrade
    }, { $unchanged ->
        [one] { $unchanged } oförändrad
       *[other] { $unchanged } oförändrade
    }
# Vad som ändrats i en variabel i kodboken: `~ A1: text`, `~ A1: typ number → text`, …
tools-diff-text = text
tools-diff-type = typ
tools-diff-unit = enhet
tools-diff-domain = tillåtna värden
tools-diff-answer-labels = svarsalternativ
tools-diff-labels-added = tillagda { $labels }
tools-diff-labels-removed = borttagna { $labels }
tools-diff-renumbered = koderna har numrerats om, svarsalternativen är kvar: { $codes } (ändrar ingen regel: indikatorfilerna anger svarsalternativ)
tools-diff-missing-codes = bortfallskoder
tools-diff-period = period
# "saknas" fits every field it stands for (enhet, period, bortfallskoder …).
tools-diff-none = saknas
tools-diff-domain-whole = min { $min }, heltal
tools-diff-domain-decimals = min { $min }, decimaler tillåtna
# En periods längd: `2 år 1 månad`.
tools-diff-years = { $n } år
tools-diff-months = { $n ->
        [one] { $n } månad
       *[other] { $n } månader
    }
tools-diff-days = { $n ->
        [one] { $n } dag
       *[other] { $n } dagar
    }

## Gemensamt

tools-cannot-read = kan inte läsa { $path }: { $error }
tools-cannot-write = kan inte skriva till { $path }: { $error }

## oj new-year

tools-new-year-out-of-range = { $year } är inget publiceringsår från { $first } till { $last }
tools-new-year-no-previous = { $dir } finns inte: ett nytt år utgår från året före
tools-new-year-exists = { $path } finns redan; oj new-year skriver ett års första filer och skriver aldrig över något (ta bort filen för att börja om)
tools-new-year-previous-errors = indikatorerna för { $prev } klarar inte kontrollen ({ $errors } fel): kör `oj check { $dir }` och rätta dem först
tools-new-year-no-read-back = den flyttade kodboken går inte att läsa in igen: { $error }
tools-new-year-cannot-move = { $path } gick inte att flytta ett år framåt rad för rad (publication_year { $year }, matdatum { $matdatum }); skriv den nya kodboken för hand

## oj explain

tools-explain-not-an-indicator = `{ $indicator }` är ingen indikator för { $year }.
# Följer efter tools-explain-not-an-indicator, efter ett mellanslag.
tools-explain-did-you-mean = Menade du `{ $name }`?
tools-explain-not-a-unit = `{ $enhet }` är varken en enhet i units.csv, en länskod, `riket`, en befolkningsgrupp eller en kommungrupp
tools-explain-through-stadsdelar = `{ $enhet }` ({ $name }) svarar inte själv på enkäten: den svarar genom sina stadsdelar
tools-explain-stadsdel = `{ $enhet }` ({ $name }) är en stadsdel: `{ $indicator }` redovisas per kommun; förklara dess kommun { $kommun }

## oj sql

tools-sql-no-source = { $year } har ingen källa `{ $source }`
tools-sql-per-kommun = `{ $source }` har en rad per kommun; bara register (`per person`) kompileras till SQL
tools-sql-geographies = `{ $indicator }` placerar sina personer efter `{ $column }`, de andra indikatorerna i `{ $source }` efter `{ $other }`; `oj sql` kompilerar en geografi per fråga, `oj eval` beräknar båda
tools-sql-linked = `{ $indicator }` anger `sekundärsekretess undergrupper`, som `oj sql` inte kompilerar; `oj eval` beräknar den
tools-sql-not-of-source = `{ $indicator }` är ingen indikator i `{ $source }`
tools-sql-unknown-count = okänd räkning
tools-sql-not-counts = `{ $indicator }` läser något annat än räkningar

## oj generate-register, oj report

tools-generate-no-kommun = units.csv har ingen kommun att placera personer i
tools-report-not-a-unit = `{ $code }` är ingen enhet i units.csv
tools-report-not-a-lan = `{ $code }` är ingen länskod i units.csv (eller `riket`)
