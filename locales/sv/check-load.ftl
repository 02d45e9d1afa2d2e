# Att läsa en årskatalog, dess `år`-block och det ärvda året (src/check/load.rs).

load-no-year = den här katalogen har inget `år`-block
load-no-year-help = kör `oj new-year { $year }` för att skriva det utifrån { $previous }, eller lägg till en fil `ar.oj` med `år { $year } {"{"} kodbok "codebook.yaml" mätdatum { $previous }-11-01 {"}"}`
load-no-year-help-example = lägg till en fil `ar.oj` med årets block, t.ex. `år 2016 {"{"} kodbok "codebook.yaml" mätdatum 2015-11-01 {"}"}`

load-unknown-setting = okänd inställning `{ $key }` i `år`-blocket
load-unknown-setting-label = inte en inställning
load-settings-are = inställningarna är: { $settings }

load-path-not-text = `{ $key }` tar en sökväg inom citattecken
load-not-a-text = inte en text
load-path-not-text-help = skriv `{ $key } "…"`

load-inherit-not-directory = `ärver` anger `{ $path }`, som inte är en katalog
load-inherit-not-directory-label = ingen sådan årskatalog
load-inherit-not-directory-help = skriv sökvägen till året som ska ärvas, relativt till den här filen, t.ex. "../2014"
load-inherit-outside = `ärver` leder ut ur indikatorkatalogen
load-outside-label = utanför indikatorkatalogen
load-inherit-outside-help = ett år kan bara ärva från en årskatalog på samma nivå, t.ex. "../2014"
load-inherit-loop = `ärver` bildar en slinga: det här året ärver från sig självt
load-inherit-loop-label = det här arvet sluter slingan
load-inherit-loop-help = ta bort `ärver` från ett av åren i slingan

load-codebook-outside = kodboken ligger utanför indikatorkatalogen
load-codebook-outside-help = lägg årets kodbok i årets katalog och ange den där, t.ex. `kodbok "codebook.yaml"`
load-no-codebook = `år`-blocket anger ingen kodbok
load-no-codebook-label = ingen `kodbok`
load-no-codebook-help = lägg till `kodbok "codebook.yaml"`

load-matdatum-not-date = `mätdatum` tar ett datum
load-not-a-date = inte ett datum
load-matdatum-not-date-help = skriv t.ex. `mätdatum 2014-11-01`
load-no-matdatum = `år`-blocket har inget `mätdatum`
load-no-matdatum-label = inget `mätdatum`
load-no-matdatum-help = lägg till t.ex. `mätdatum 2014-11-01`

load-year-mismatch = `år`-blocket säger { $year }, men katalogen heter `{ $dir }`
load-year-mismatch-label = katalogen säger { $dir }
load-year-mismatch-help = skriv `år { $dir }`, eller flytta filerna till en katalog som heter `{ $year }`

load-did-you-mean-retire-review = menade du `utgår granskning { $name }`?
load-inherited-reviews-are = de ärvda granskningsreglerna är: { $names }
load-unknown-retired-review = `utgår granskning { $name }`: ingen ärvd granskningsregel har det här namnet
load-unknown-review-label = okänd granskningsregel

load-unknown-extension = `utöka { $id }`: ingen ärvd familj har det här id:t
load-unknown-family-label = okänd familj
load-unknown-extension-help = `utöka` lägger till delar i en familj från det ärvda året, t.ex. `utöka extern_{"{"}del{"}"} med {"{"} … {"}"}`

load-did-you-mean-change = menade du `ändra { $id }`?
load-unknown-change-help = `ändra` ändrar metadata för en indikator från det ärvda året (en familj anges med sin mall, t.ex. `extern_{"{"}del{"}"}`); kontrollera id:t
load-unknown-change = `ändra { $id }`: ingen ärvd indikator har det här id:t
load-unknown-indicator-label = okänd indikator

load-duplicate-review = två granskningsregler heter `{ $name }`
load-second-rule = andra regeln
load-first-rule = första regeln
load-duplicate-review-help = regler får dela det publicerade namnet `{ $name }`; skilj dem åt med en precisering inom hakparentes, t.ex. `granskning { $name }[{ $qualifier }] …`

load-review-not-extended = `utöka { $id }` lägger till { $parts }, men granskningsregeln `{ $rule }` över några av samma delar utökas inte
load-review-not-extended-label = familjen som utökas här
load-review-not-extended-help = dess delar skiljer sig från familjens; definiera om `granskning { $rule }` i det här året med de delar den ska granska

load-cannot-read-directory = kan inte läsa katalogen: { $error }
load-cannot-read-directory-help = ange sökvägen till en årskatalog, t.ex. indicators/2015
load-file-too-large = filen är { $size } byte; indikatorfiler får vara högst { $max } byte
load-file-too-large-help = dela upp indikatorerna på flera filer; ett helt år är några hundra kB
load-not-utf8 = filen är inte giltig UTF-8 (byte { $byte })
load-not-utf8-help = spara filen som UTF-8
load-cannot-read-file = kan inte läsa filen: { $error }
load-cannot-read-file-help = kontrollera filens behörigheter
load-empty-file = filen innehåller ingen indikator, granskningsregel eller `år`-block
load-empty-file-help = en tom fil publicerar ingenting; ta bort den, eller skriv det den var tänkt att innehålla
load-second-year-block = ett andra `år`-block i den här årskatalogen
load-second-year-block-label = andra `år`-blocket
load-first-year-block-label = det första
load-second-year-block-help = en årskatalog har exakt ett `år`-block; ta bort det här
