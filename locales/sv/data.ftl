# Att läsa datafilerna: survey.csv, units.csv, register och tabeller per kommun (src/data).

data-cannot-read = kan inte läsa filen: { $error }
data-cannot-read-help = kontrollera att datakatalogen är ordnad som docs/data-formats.md beskriver
data-cannot-read-readable-help = kontrollera att filen går att läsa
data-empty-file = filen är tom
data-empty-file-help = filen behöver en rubrikrad och minst en rad med data
data-empty-file-source-help = filen behöver en rubrikrad som namnger kolumnerna i `källa`
data-no-header = filen saknar rubrikrad
data-no-header-help = första raden namnger kolumnerna
data-no-rows = filen har en rubrikrad men inga rader
data-no-rows-help = en export utan data är en misslyckad export: exportera igen
data-ragged-row = raden har { $cells } celler, rubrikraden { $width }
data-ragged-row-help = varje rad har en cell per kolumn
data-ragged-row-comma-help = varje rad har en cell per kolumn; ett tal med decimalkomma måste stå inom citattecken ("12,5")
data-invalid-csv = ogiltig CSV: { $error }
data-invalid-csv-help = kontrollera citattecknen på den här raden: en cell med komma måste stå inom dubbla citattecken
data-not-utf8 = cellen är inte giltig UTF-8
data-not-utf8-help = spara filen som UTF-8 (i kalkylprogram: "CSV UTF-8")
data-semicolons = filen är avgränsad med semikolon, inte komma
data-semicolons-help = svenska Excels "CSV" använder semikolon: spara filen igen som "CSV UTF-8 (kommaavgränsad)" (docs/data-formats.md)
data-empty-column-name = rubrikraden har ett tomt kolumnnamn
data-empty-column-name-help = varje kolumn behöver ett namn; ta bort den tomma kolumnen
data-duplicate-column = kolumnen `{ $name }` finns två gånger i rubrikraden
data-duplicate-column-help = ta bort en av de två kolumnerna
data-unknown-column = okänd kolumn `{ $name }`
data-columns-are = kolumnerna är: { $columns }
data-source-columns-are = kolumnerna i `källa { $source }` är: { $columns }
data-missing-column = kolumnen `{ $name }` saknas
data-missing-column-source-help = `källa { $source }` deklarerar den; lägg till den i filen eller ta bort den ur deklarationen

data-without-unknown = `--without { $input }`: indikatorerna för { $year } läser ingen sådan indata
data-without-unknown-help = `--without` tar ett av: { $known }

data-not-a-kommun = `{ $kommun }` är ingen kommun i units.csv
data-not-a-kommun-help = varje rad anger en kommun med dess fyrsiffriga kommunkod; storstäderna som hela kommuner
data-kommun-twice = kommunen `{ $kommun }` har två rader
data-kommun-twice-help = behåll en rad per kommun

data-not-in-codebook = kolumnen `{ $name }` är ingen variabel i kodboken för { $year }
# Följer efter diagnostic-did-you-mean.
data-same-year-otherwise = Kontrollera annars att filen och kodboken är från samma år
data-same-year-help = kontrollera att enkätfilen och kodboken är från samma år
# $list: upp till fem kolumnnamn; $n: hur många kolumner som saknas sammanlagt.
data-missing-columns = filen saknar { $n ->
        [one] kolumnen
       *[other] kolumnerna
    } { $list }
data-list-and-more = { $list } och { $more } till
data-missing-columns-help = varje variabel i kodboken har en kolumn, tom där ingen har svarat; exportera enkäten igen med alla variabler
data-not-a-unit = `{ $enhet }` är ingen enhet i units.csv
data-not-a-unit-help = kontrollera koden (kommuner har fyra siffror, stadsdelar sex), eller lägg till enheten i units.csv
data-answers-through-stadsdelar = `{ $enhet }` svarar genom sina stadsdelar, inte som hel kommun
data-answers-through-stadsdelar-help = ge svaren per stadsdel (sexsiffriga koder), så som units.csv listar dem
data-unit-two-rows = enheten `{ $enhet }` har två rader (den första på rad { $first })
data-unit-two-rows-help = en enhet svarar en gång; ta bort den dubblerade raden

data-not-a-unit-code = `{ $enhet }` är ingen enhetskod
data-not-a-unit-code-help = en kommun har en fyrsiffrig kod, en stadsdel sex siffror
data-unknown-unit-type = okänd enhetstyp `{ $ty }`
data-unknown-unit-type-help = typen är `kommun` eller `stadsdel`
data-unit-names-kommun = enheten `{ $enhet }` anger kommunen `{ $kommun }`
data-unit-names-kommun-help = en kommun anger sig själv; en stadsdels kod börjar med kommunens kod
data-unit-names-lan = enheten `{ $enhet }` anger länet `{ $lan }`
data-unit-names-lan-help = länskoden är kommunkodens två första siffror
data-not-inhabitants = `{ $value }` är inget antal invånare
data-not-inhabitants-help = skriv ett heltal (en stadsdel får lämna det tomt)
data-unit-listed-twice = enheten `{ $enhet }` finns två gånger (första gången på rad { $first })
data-unit-listed-twice-help = ta bort en av raderna
data-stadsdel-without-kommun = stadsdelen `{ $stadsdel }` hör till kommunen `{ $kommun }`, som inte finns med
data-stadsdel-without-kommun-help = lägg till kommunens egen rad
