# Källor (`källa`) och indikatorerna som beräknas från dem (src/check/source.rs).


## En källas deklaration

source-declared-twice = källan `{ $source }` definieras två gånger
source-declared-again = definieras igen
source-first-declaration = första definitionen
source-declared-twice-help = ge varje källa ett eget namn
source-not-a-file-name = `{ $file }` är inte ett filnamn i årets datakatalog
source-not-a-file-name-label = en sökväg, inte ett filnamn
source-not-a-file-name-help = skriv bara filens namn, t.ex. "register.csv"; filen läses från DATA/YEAR/
source-unknown-per = `per { $per }`: en källa har en rad per person eller per kommun
source-unknown-per-label = okänd radtyp
source-unknown-per-help = skriv `per person` (ett register) eller `per kommun` (en tabell över kommuner)
source-column-declared-twice = kolumnen `{ $column }` definieras två gånger
source-column-declared-twice-help = deklarera varje kolumn i filen en gång
source-unknown-column-type = okänd kolumntyp `{ $column_type }`
source-unknown-column-type-label = okänd typ
source-column-types = kolumntyperna är: { $types }
source-decimal-in-register = `{ $column }`: personposter räknas på heltal
source-decimal-in-register-label = en decimalkolumn i ett register
source-decimal-in-register-help = deklarera den som `heltal` (eller `flagga`); decimalkolumner hör till tabeller `per kommun`
source-needs-one-kommun-column = källan `{ $source }` behöver exakt en kolumn av typen `kommun`, den har { $count }
source-needs-a-kommun-column = källan `{ $source }` behöver minst en kolumn av typen `kommun`, den har { $count }
source-kommun-column-label = vilken kommun hör en rad till?
source-kommun-column-help = markera kolumnen som innehåller kommunkoden, t.ex. `placerande_kommun kommun`

## Kommunkolumnen som placerar en person

source-not-kommun-column = `{ $column }` är inte en kolumn av typen `kommun`
source-not-a-column-of = `{ $column }` är inte en kolumn i `{ $source }`
source-not-kommun-column-label = inte en kommunkolumn
source-kommun-columns = kommunkolumnerna är: { $columns }
source-several-kommun-columns = `{ $source }` har flera kommunkolumner ({ $columns }): ange vilken som placerar indikatorns personer
source-several-kommun-columns-label = vilken kommun räknas en person till?
source-several-kommun-columns-help = skriv `källa { $source } efter { $column }`

## En källindikator

source-misplaced-fields = `population`, `räkna`, `undergrupp` och `sekretess` hör till en indikator med `källa`
source-misplaced-fields-label = ingen källa att räkna i
source-misplaced-fields-help = ange registret som indikatorn räknar i, t.ex. `källa register`
source-unknown = det finns ingen källa `{ $source }`
source-unknown-label = okänd källa
source-unknown-help-declare = deklarera den med `källa NAMN "fil.csv" per person {"{"} … {"}"}` i årets filer
source-unknown-help-list = källorna är: { $sources }
source-no-parts = en källindikator kan inte ha delar (`för … i`)
source-no-parts-label = delar
source-no-parts-help = använd `undergrupp` för undergrupper av populationen
source-no-rules = en källindikator har inga utfallsregler
source-no-rules-label = en regel
source-no-rules-help = den publicerar täljare / nämnare; tomma värden och nämnare noll blir Bortfall av sig själva
source-no-persons = `{ $source }` har en rad per kommun: det finns inga personer att räkna
source-needs-person-source = kräver en källa `per person`
source-no-persons-help = använd tabellens kolumner direkt i `täljare` och `nämnare`
source-count-defined-twice = räkningen `{ $count }` definieras två gånger
source-count-defined-twice-label = igen
source-count-defined-twice-help = ge varje räkning ett eget namn
source-unknown-scale = okänd värdeskala `{ $scale }`
source-unknown-scale-label = okänd skala
source-unknown-scale-help = skriv `värde procent` eller `värde kvot 1 decimal`
source-aggregation = en källindikator aggregeras genom att beräknas på nytt för hela länet och riket, inte `{ $aggregation }`
source-aggregation-label = inte för en källindikator
source-aggregation-help = ta bort raden: räkningar och summor för hela nivån används (methodology.md §2)
# $fields: fälten som saknas, sammanfogade med source-missing-measure-and.
source-missing-measure = måttet saknar { $fields }
source-missing-measure-and = {" "}och{" "}
source-missing-measure-label = ofullständigt mått
source-missing-measure-help = en källindikator behöver `täljare …`, `nämnare …` och `värde procent` (eller `värde kvot N decimaler`)
source-lan-example-per-kommun = ett länsexempel visar sekretess över kommunerna i ett register
source-lan-example-per-kommun-help = ge tabeller per kommun ett exempel per kommun: `exempel {"{"} … {"}"} => …`
source-linked-without-subgroups = `sekundärsekretess undergrupper` skyddar ett totalvärde och dess undergrupper tillsammans, men den här indikatorn har ingen `undergrupp`
source-linked-without-subgroups-label = inga undergrupper att skydda
source-linked-without-subgroups-help = lägg till undergrupperna (`undergrupp _sverige "födda i Sverige" när …`) eller ta bort raden

## Räkningar i andra indikatorer (`indikator.räkning`)

source-counts-of = räkningarna i `{ $indicator }` är: { $counts }
source-unknown-count-help = ange en indikator med samma `källa` och en av dess `räkna`; båda måste ha samma undergrupper
source-unknown-count = `{ $indicator }.{ $count }` är inte en räkning i en indikator med samma källa
source-unknown-count-label = okänd räkning

## Villkor på personposter och på kommuner

source-column-compared-with-text = kolumnen jämförs med texten "{ $text }"
source-value-compared-with-text = värdet jämförs med texten "{ $text }"
source-compared-with-text-label = en text
source-column-compared-with-text-help = registerkolumner innehåller tal: skriv t.ex. `fodd_i_sverige = 1`
source-value-compared-with-text-help = räkningar, kolumner och enkätsummor är tal: skriv t.ex. `n < 20`
source-expected-column = förväntade en kolumn här
source-expected-name = förväntade ett namn här
source-expected-condition = förväntade ett villkor här
source-expected-column-or-question = förväntade en kolumn eller en fråga här
source-expected-number = förväntade ett tal här
source-expected-row-number = förväntade en kolumn, ett heltal, `mätår` eller aritmetik med dem här
source-unsupported-label = inte tillåtet här
source-unsupported-help = villkor på personposter jämför kolumner och heltal med `+`, `-` och `*` (`gy_examen_ar - fodelsear <= 20`), testar tomma värden (`saknas`) eller intervall (`fodelsear i mätår-26..mätår-18`)
source-condition-expected = ett villkor förväntas här
source-condition-expected-label = inte ett villkor
source-condition-expected-help = t.ex. `n < 20 eller t i 1..3`
source-kommun-column-in-condition = `{ $column }` är en kommunkolumn: den placerar en person och testas inte i ett villkor
source-kommun-column-in-condition-label = en kommunkolumn
source-kommun-column-in-condition-help = för att räkna efter den här kommunen, skriv `källa … efter KOLUMN`; för att testa om en person har en kommun, lägg till en flaggkolumn
source-text-column = `{ $column }` är en textkolumn och kan inte användas i en regel
source-text-column-label = text
source-text-column-help = deklarera den som `heltal`, `tal` eller `flagga` om den innehåller tal
source-unknown-column = `{ $column }` är inte en kolumn i källan `{ $source }`
source-unknown-column-label = okänd kolumn
source-columns = kolumnerna är: { $columns }
source-not-whole-number = `{ $number }`: personposter jämförs med heltal
source-not-whole-number-label = inte ett heltal
source-not-whole-number-help = skriv ett heltal, t.ex. `fodelsear >= 1988`
source-division = villkor på personer räknar med heltal: `+`, `-` och `*`, inte `/`
source-division-label = en division
source-division-help = multiplicera den andra sidan i stället: `a / b <= 2` är `a <= 2 * b` när b är positivt

## Enkätfrågor, namn och tal i en källindikator

source-survey-in-register = en registerindikator räknar personer; den läser inga enkätfrågor
source-survey-in-register-label = en enkätfråga
source-survey-in-register-help = enkätfrågor kan läsas av indikatorer med en källa `per kommun`, summerade över kommunens enheter
source-unknown-variable = `{ $variable }` är inte en variabel i kodboken för { $year }
source-unknown-variable-label = okänd variabel
source-survey-not-number = `{ $variable }` summeras över kommunens enheter och måste därför vara en enda talvariabel
source-not-a-number-label = inte ett tal
source-survey-not-number-help = en indikator per kommun läser tal från enkäten, till exempel `F1_handlaggare`
source-valid-when-other = `giltig när` läser bara frågans eget svar
source-valid-when-other-label = läser något annat
source-valid-when-other-help = skriv t.ex. `giltig när { $question } > 0`
source-unknown-name = `{ $name }` är inte en räkning, fråga eller kolumn här
source-unknown-name-label = okänt namn
source-unknown-name-help-define = definiera räkningar med `räkna n när …`
source-names = namnen här är: { $names }
source-unknown-question = `{ $question }` är inte en enkätfråga i den här indikatorn
source-unknown-question-label = okänd fråga
source-unknown-question-help = deklarera den: `fråga { $question } = VARIABEL`
source-number-expected = ett tal förväntas här
source-number-expected-help = täljare och nämnare är aritmetik med räkningar, kolumner och frågor, t.ex. `n - 0.30 * m`

## Exempel för en källindikator

source-example-unknown-kommun = `{ $kommun }` är inte en kommun i det här exemplet
source-example-unknown-kommun-label = finns inte i exemplet
source-example-unknown-kommun-help = ange ett förväntat resultat för en kommun som finns i exemplet, eller för `län`
source-example-outcome = en källindikator publicerar ett tal, `x` eller Bortfall, aldrig `{ $outcome }`
source-example-outcome-label = inte ett möjligt resultat
source-example-outcome-help = skriv det förväntade värdet, t.ex. `=> 55` eller `=> x`
source-example-takes-number = `{ $name }` tar ett tal
source-example-takes-number-help = skriv t.ex. `{ $name } = 25` eller `{ $name } = saknas`
