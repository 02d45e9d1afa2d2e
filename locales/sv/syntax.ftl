# Syntaxfel i indikatorfiler (src/syntax).

syntax-nesting-too-deep = parenteserna är nästlade i mer än { $max } nivåer
syntax-nesting-too-deep-label = för djupt här
syntax-nesting-too-deep-help = dela upp uttrycket: ge delar av det en egen `fråga` eller regel

# Vad parsern förväntade sig, i "förväntade X, Y eller Z, hittade W".
syntax-rule-eof = filens slut
syntax-rule-template = ett id som `A1_{"{"}del{"}"}`
syntax-rule-name = ett namn
syntax-rule-field = ett fält som `indikatornamn`
syntax-rule-string = en text inom citattecken
syntax-rule-date = ett datum (ÅÅÅÅ-MM-DD)
syntax-rule-period = en period (ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD)
syntax-rule-number = ett tal
syntax-rule-integer = ett heltal
syntax-rule-expr = ett uttryck
syntax-rule-outcome = ett utfall (Ja, Delvis, Nej, Ej aktuellt, Bortfall)
syntax-rule-measure-field = `täljare`, `nämnare`, `värde` eller `aggregering`
syntax-rule-meta-field = ett metadatafält
syntax-rule-member = ett fält, `fråga`, en regel eller `exempel`
syntax-rule-comparison = en jämförelse (=, !=, <, <=, >, >=)
syntax-rule-operator = en operator (+ - * /)
syntax-rule-function = en funktion som `någon(...)`
syntax-rule-severity = `fel` eller `varning`
syntax-rule-binding = ett svar som `a1 = "Ja"`
syntax-rule-expected = ett förväntat utfall eller tal
syntax-rule-part = en del: nyckel och text, t.ex. `hvb "HVB"`
syntax-rule-variable-list = en lista med variabel-id `[…]`
syntax-rule-literal-list = en lista `[…]`
syntax-rule-column = en kolumn: namn och typ, t.ex. `fodelsear heltal`
syntax-rule-source-field = `källa`, `undergrupp`, `population`, `räkna` eller `sekretess`
syntax-rule-range = ett intervall `i 1988..1996`
# De två sista leden i en uppräkning: "a, b eller c".
syntax-list-or = { $init } eller { $last }

syntax-unexpected = oväntat { $found }
syntax-unexpected-eof = oväntat slut på filen
syntax-expected-found = förväntade { $expected }, hittade { $found }
syntax-here = här
syntax-unpaired-quote = en text på den här raden saknar avslutande citattecken
syntax-unpaired-quote-label = citattecknen på den här raden går inte jämnt ut
syntax-unpaired-quote-help = lägg till det saknade `"` där texten slutar; en text skrivs på en rad
syntax-unterminated = den här texten saknar avslutande citattecken
syntax-unterminated-label = texten börjar här
syntax-unterminated-help = lägg till det avslutande `"` i slutet av texten
syntax-unclosed-block = filen tar slut innan det här blocket är stängt
syntax-unclosed-block-label = öppnas här men stängs aldrig
syntax-unclosed-block-help = lägg till `{"}"}` efter sista raden i `{ $head } {"{"}`
syntax-rule-needs-nar = en regel behöver `när` efter `{ $outcome }`
syntax-rule-needs-nar-label = förväntade `när` före villkoret
syntax-rule-needs-nar-help = skriv `{ $outcome } när <villkor>`, t.ex. `Ja när d1 = "Ja"`
syntax-help-double-equals = skriv `=` (ett likhetstecken) för att jämföra
syntax-help-and = skriv `och`
syntax-help-or = skriv `eller`
syntax-help-decimal-comma = tal i indikatorfiler skrivs med decimalpunkt: skriv 0.5, inte 0,5 (datafiler får använda 12,5)
syntax-help-single-quotes = texter och svarsalternativ skrivs inom dubbla citattecken "…", inte enkla
syntax-help-quote-text = texter skrivs inom dubbla citattecken: "{ $text }"

syntax-invalid-date = `{ $date }` är inget datum som finns i kalendern
syntax-invalid-date-label = datumet finns inte
syntax-invalid-date-help = skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2014-11-01
syntax-year-offset-too-far = ett år relativt mätår ligger högst 200 år bort
syntax-year-offset-too-far-label = för långt bort
syntax-year-offset-too-far-help = skriv ett år relativt mätår, t.ex. `mätår-26`
syntax-year-out-of-range = `år { $year }` är inget publiceringsår
syntax-year-out-of-range-label = inget år från { $first } till { $last }
syntax-year-out-of-range-help = skriv publiceringsåret med fyra siffror, t.ex. `år 2016`
syntax-number-too-large = talet är för stort
syntax-number-too-large-label = för stort
syntax-number-too-large-help = ett intervall skrivs med heltal, t.ex. `i 1988..1996`

syntax-format-refused = formateringen skulle ändra mer än blanktecknen mellan orden; filen lämnas som den är (rapportera gärna detta)
# Ett felstavat nyckelord: `Delvs` för `Delvis`, `exampel` för `exempel`.
syntax-misspelt-keyword = `{ $word }` är inget ord i språket
syntax-bad-date = `{ $date }` är inte ett datum skrivet ÅÅÅÅ-MM-DD
syntax-misspelt-keyword-label = okänt ord
syntax-help-date = skriv datum som ÅÅÅÅ-MM-DD, med två siffror för månad och dag: `2014-11-01`
