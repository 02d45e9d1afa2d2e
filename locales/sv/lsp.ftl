# Språkserverns egna ord (src/lsp). Hovertexter som citerar kodboken, dokumentationen
# eller Beräkning finns inte här.

# Hover över ett svarsalternativ inom citattecken; frågans text följer.
lsp-hover-answer = svaret **”{ $label }”** = kod { $code } på `{ $variable }` (`{ $alias }`)
lsp-hover-answers = Svar: { $answers }
lsp-hover-missing-codes = Koder utan tal: { $codes }
lsp-hover-period = Period: { $period }
# Hover över en indikator: dess typ.
lsp-kind-classification = klassificering (Ja/Delvis/Nej)
lsp-kind-measure = mått (täljare / nämnare)
lsp-kind-source = beräknas per kommun ur en källa
# Hover över en familj: efter de tre första delarna.
lsp-hover-more-parts = { $n ->
        [one] … och en del till.
       *[other] … och { $n } delar till.
    }
# Komplettering av `C1_{del}` i en familj.
lsp-family-template = en variabel för var och en av delarna { $parts }
# Snabbrättningen av ett menade du.
lsp-replace-with = Ersätt med `{ $replacement }`

lsp-method-unknown = oj lsp svarar inte på { $method }
lsp-unexpected-method = oväntad metod { $method }
lsp-invalid-params = ogiltiga parametrar: { $error }

# Hover över ett nyckelord eller metadatafält: en rad om vad det gör (på engelska i
# docs/language.md, avsnitt 17).
lsp-keyword-indikator = `indikator` — definierar en indikator: metadata, frågor, regler eller täljare/nämnare, exempel (avsnitt 2)
lsp-keyword-fraga = `fråga` — `fråga a1 = A1_oppenvard`: ger en kodboksvariabel (eller en lista) ett namn i reglerna (avsnitt 4)
lsp-keyword-nar = `när` — villkoret för en regel, för en fråga som bara ställs ibland eller för en räkning
lsp-keyword-och = `och` — båda villkoren gäller
lsp-keyword-eller = `eller` — minst ett av villkoren gäller
lsp-keyword-inte = `inte` — villkoret gäller inte
lsp-keyword-saknas = `saknas` — svaret (eller registrets kolumn) är tomt
lsp-keyword-besvarad = `besvarad` — svaret är inte tomt
lsp-keyword-i = `i` — `x i ["Ja", "Delvis"]` ett av dessa svar; `x i 1..3` ett heltalsintervall, båda ändarna medräknade
lsp-keyword-for = `för` — `indikator id_{"{"}del{"}"} för del i {"{"} … {"}"}`: en familj, en indikator per del (avsnitt 3)
lsp-keyword-valfri = `valfri` — en fråga vars tomma svar är ett vanligt svar, inte Bortfall (avsnitt 5)
lsp-keyword-exempel = `exempel` — ett exempel som `oj check` kör genom beräkningen: svar `=>` det väntade resultatet (avsnitt 11)
lsp-keyword-krav = `krav` — ett krav i en granskningsregel: `krav f2 <= f1`
lsp-keyword-taljare = `täljare` — måttets täljare: ett uttryck över frågorna eller räkningarna (avsnitt 9)
lsp-keyword-namnare = `nämnare` — måttets nämnare; en nämnare som är 0 ger Bortfall
lsp-keyword-varde = `värde` — `värde procent 1 decimal` eller `värde kvot`: 100 × täljare / nämnare eller täljare / nämnare, och antalet decimaler som publiceras
lsp-keyword-aggregering = `aggregering` — hur län, riket och grupper beräknas: `andel_ja`, `poolad` eller `medelvärde` (avsnitt 10)
lsp-keyword-granskning = `granskning` — en granskningsregel med `fel` eller `varning` och dess `krav` (avsnitt 12)
lsp-keyword-utgar = `utgår` — tar bort en ärvd indikator eller granskningsregel, med ett skäl (avsnitt 13)
lsp-keyword-utoka = `utöka` — lägger till delar i en ärvd familj: `utöka extern_{"{"}del{"}"} med {"{"} … {"}"}`
lsp-keyword-andra = `ändra` — ändrar metadata eller `publiceras` för en ärvd indikator utan att skriva om den
lsp-keyword-kalla = `källa` — deklarerar ett register eller en tabell för året (`källa register "register.csv" per person {"{"} … {"}"}`), eller anger den som en indikator beräknas ur (avsnitt 16)
lsp-keyword-undergrupp = `undergrupp` — ytterligare en indikator för en undergrupp av populationen: `undergrupp _sverige "födda i Sverige" när …`
lsp-keyword-population = `population` — de personer i ett register som en indikator räknar bland
lsp-keyword-rakna = `räkna` — `räkna t när …`: ett antal ur populationen, för täljare och nämnare
lsp-keyword-sekretess = `sekretess` — `sekretess när n < 20 …`: cellen publiceras som `x`
lsp-keyword-sekundarsekretess = `sekundärsekretess` — `sekundärsekretess minsta n`: sekundärsekretessen inom varje län; `sekundärsekretess undergrupper minsta n`: en summa och dess undergrupper skyddas tillsammans
lsp-keyword-publiceras = `publiceras` — nivåerna en indikator publiceras på: `publiceras enhet, län, riket` (avsnitt 10)
lsp-keyword-nagon = `någon` — `någon(lista) = "Ja"`: minst ett element i en lista
lsp-keyword-alla = `alla` — `alla(lista) = "Ja"`: varje element i en lista
lsp-keyword-ingen = `ingen` — `ingen(lista) = "Ja"`: inget element i en lista
lsp-keyword-summa = `summa` — `summa(lista)`: summan av en listas tal, där tomma svar räknas som ingenting
lsp-keyword-antal = `antal` — `antal(lista)`: hur många element i en lista som är besvarade
lsp-keyword-foregaende = `föregående` — `föregående(a1)`: enhetens svar i föregående publiceringsårs enkät
lsp-keyword-giltig = `giltig` — `fråga f1 = F1_handlaggare giltig när f1 > 0`: vilka svar en summa per kommun tar med
lsp-keyword-matar = `mätår` — året för indikatorns mätdatum, i villkor på personer (`fodelsear i mätår-26..mätår-18`) och i texter (`{"{"}mätår-1{"}"}`)
lsp-keyword-kalenderaret = `kalenderåret` — `mätperiod kalenderåret mätår-1`: 1 januari–31 december ett år räknat från mätdatums år (avsnitt 2)
lsp-keyword-lasaret = `läsåret` — `mätperiod läsåret mätår-1`: 1 juli–30 juni, läsåret som börjar det året
lsp-keyword-ja = `Ja` — utfallet Ja, med sitt villkor: `Ja när a1 = "Ja"`
lsp-keyword-delvis = `Delvis` — utfallet Delvis
lsp-keyword-nej = `Nej` — utfallet Nej
lsp-keyword-ej-aktuellt = `Ej aktuellt` — utfallet Ej aktuellt: räknas varken i täljaren eller nämnaren för en andel
lsp-keyword-bortfall = `Bortfall` — utfallet Bortfall: inget resultat för enheten (avsnitt 5)
lsp-keyword-indikatornamn = `indikatornamn` — metadata: indikatorns publicerade namn (obligatoriskt)
lsp-keyword-kortnamn = `kortnamn` — metadata: ett kort namn för tabellernas kolumner
lsp-keyword-omrade = `område` — metadata: publikationens område, t.ex. "Samverkan" (obligatoriskt)
lsp-keyword-kvalitetsomrade = `kvalitetsområde` — metadata: kvalitetsområdet i det nationella ramverket
lsp-keyword-typ = `typ` — metadata: `struktur`, `process` eller `resultat`, utan citattecken (obligatoriskt)
lsp-keyword-malvarde = `målvärde` — metadata: det önskade resultatet, t.ex. `"Ja"` (målvärde eller riktning krävs)
lsp-keyword-riktning = `riktning` — metadata för mått: vilken riktning som är bra, t.ex. `"Högt värde är bra"`
lsp-keyword-matdatum = `mätdatum` — dagen svaren beskriver: i årsblocket, eller i en indikator som har ett eget
lsp-keyword-matperiod = `mätperiod` — metadata: perioden en fråga gäller, t.ex. `mätperiod kalenderåret mätår-1` (avsnitt 2)
lsp-keyword-syfte = `syfte` — metadata: syftet, som det trycks i guiden
lsp-keyword-matt = `mått` — metadata: vad som publiceras, i ord
lsp-keyword-teknisk-beskrivning = `teknisk_beskrivning` — metadata: den tekniska beskrivningen, som den trycks i guiden
