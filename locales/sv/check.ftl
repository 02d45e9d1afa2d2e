# En indikator som helhet (src/check/indicator.rs).

indicator-unknown-scale = okänd värdeskala `{ $scale }`
indicator-unknown-scale-label = okänd skala
indicator-unknown-scale-help = skriv `värde procent` (100 × täljare / nämnare) eller `värde kvot 1 decimal` (täljare / nämnare)
indicator-too-many-decimals = { $decimals } decimaler är fler än de 6 som motorn publicerar
indicator-too-many-decimals-label = för många decimaler
indicator-too-many-decimals-help = publicera högst 6 decimaler
indicator-unknown-aggregation = okänd aggregering `{ $aggregation }`
indicator-unknown-aggregation-label = okänd aggregering
indicator-aggregations-are = aggregeringarna är andel_ja (klassificeringar), poolad och medelvärde (mått)
indicator-outcome-in-measure = ett mått kan inte bli `{ $outcome }`
indicator-outcome-in-measure-label = en klassificeringsregel i ett mått
indicator-outcome-in-measure-help = ett mått publicerar ett tal; dess regler kan bara göra det till `Bortfall` eller `Ej aktuellt`. Ta bort `täljare`/`nämnare` för att göra det till en klassificering
# Två av fälten som ett mått saknar (`täljare`, `nämnare`, `värde`); det första kan
# självt vara ett sådant par.
indicator-and = { $first } och { $second }
indicator-missing-measure-field = måttet saknar { $fields }
indicator-missing-measure-field-label = ofullständigt mått
indicator-missing-measure-field-help = ett mått behöver `täljare …`, `nämnare …` och `värde procent` (eller `värde kvot N decimaler`)
indicator-no-rules = `{ $id }` har varken regler eller täljare/nämnare
indicator-no-rules-label = inget att beräkna
indicator-no-rules-help = lägg till regler som `Ja när a1 = "Ja"`, eller ett mått med `täljare`, `nämnare` och `värde`
indicator-classification-aggregation = en klassificering aggregeras som andelen Ja, inte `{ $aggregation }`
indicator-classification-aggregation-label = inte för en klassificering
indicator-classification-aggregation-help = ta bort raden, eller skriv `aggregering andel_ja`
indicator-measure-andel-ja = ett mått har inga Ja att räkna
indicator-measure-andel-ja-label = inte för ett mått
indicator-measure-andel-ja-help = aggregera ett mått med `poolad` (Σ täljare / Σ nämnare) eller `medelvärde`
indicator-unused-question = `{ $name }` deklareras men ingen regel läser den
indicator-unused-question-label = används inte
indicator-unused-question-help = indikatorn räknar ändå frågan som läst (ett tomt svar ger Bortfall); ta bort den om det inte är meningen

# Ett års delar mot årets kodbok (src/check/resolve.rs).

resolve-codebook-named-here = kodboken som anges här
resolve-codebook-year = kodboken gäller { $codebook_year }, men `år`-blocket säger { $year }
resolve-the-year = året
resolve-codebook-year-help = varje år har sin egen kodbok: `oj new-year { $year }` skriver en utifrån året före, eller ange `publication_year: { $year }` i kodboken som anges här
resolve-codebook-matdatum = kodbokens mätdatum är { $codebook_matdatum }, men `år`-blocket säger { $matdatum }
resolve-codebook-matdatum-help = enkätens datum följer mätdatum: ange `matdatum: '{ $matdatum }'` i kodboken som anges här, eller `mätdatum { $codebook_matdatum }` i `år`-blocket
resolve-duplicate-indicator = indikatorn `{ $id }` definieras två gånger
resolve-second-definition = andra definitionen
resolve-first-definition = första definitionen
resolve-duplicate-indicator-help = en indikators id är unikt inom ett år: byt namn på en av dem, eller ta bort den
# En familjs diagnostik, en gång för de delar den gäller.
resolve-all-parts = { $message } (alla { $count } delar)
resolve-some-parts = { $message } ({ $count ->
        [one] del
       *[other] delar
    } { $parts })
resolve-unknown-retired = `utgår { $id }`: ingen ärvd indikator har det här id:t
resolve-unknown-indicator-label = okänd indikator
resolve-unknown-retired-help = `utgår` tar bort en indikator från det ärvda året; kontrollera id:t

# Att kontrollera en årskatalog (src/check/mod.rs).

check-inherited = det här är ärvt från { $from }; rätta det i det här året, i { $file }: en definition med samma id i en fil med samma namn ersätter den, och `utgår` tar bort den
# Etiketten på raden i kodboken där ett kodboksfel finns.
resolve-codebook-line = här
