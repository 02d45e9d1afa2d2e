# Att läsa ett års kodbok (src/codebook.rs).

codebook-cannot-read = kan inte läsa kodboken: { $error }
codebook-cannot-read-help = kontrollera inställningen `kodbok` i `år`-blocket; sökvägen är relativ till den filen
codebook-invalid = inte en giltig kodbok: { $error }
codebook-invalid-help = en kodbok har `survey`, `publication_year`, `matdatum`, `value_sets` och `variables`; se docs/codebook.md
codebook-unknown-type = variabeln `{ $id }` har den okända typen `{ $ty }`
codebook-unknown-type-help = typen är en av categorical, number, text
codebook-empty-value-set = variabeln `{ $id }` använder värdemängden `{ $set }`, som saknar svar
codebook-empty-value-set-help = ge värdemängden dess koder och svarsalternativ, t.ex. `1: Ja` och `2: Nej`
codebook-unknown-value-set = variabeln `{ $id }` använder värdemängden `{ $set }`, som inte är definierad
codebook-unknown-value-set-help = definiera den under `value_sets`, eller använd en av: { $known }
codebook-no-values = den kategoriska variabeln `{ $id }` saknar `values`
codebook-no-values-help = ange dess värdemängd, t.ex. `values: ja_nej`
codebook-min-not-number = variabeln `{ $id }` har `min: { $min }`, som inte är ett tal
codebook-min-not-number-help = skriv det lägsta giltiga svaret som ett vanligt tal, t.ex. `min: -100`
# $ty: kodbokens typ, `categorical` eller `text`.
codebook-domain-not-number = variabeln `{ $id }` har typen { $ty } men har `min` eller `integer`
codebook-domain-not-number-help = `min` och `integer` gäller bara variabler av typen number; ta bort dem
codebook-duplicate-variable = variabeln `{ $id }` definieras två gånger (post { $entry })
codebook-duplicate-variable-help = varje variabel-id måste vara unikt; ta bort eller byt namn på en av dem
codebook-bad-period = variabeln `{ $id }` har perioden `{ $period }`, som inte är två datum
codebook-bad-period-help = skriv perioden som start..slut, t.ex. `2013-11-01..2014-11-01`
codebook-unfilled-placeholder = texten för variabeln `{ $id }` har platshållaren `{ $placeholder }`: { $reason }
codebook-unfilled-period-help = ge `{ $id }` en `period: start..slut`, eller skriv perioden i texten

# Varför en platshållare i en text inte kan fyllas i. Det första skälet ska nämna
# mätperiod (kontrollen ger då en annan hjälptext); de andra får inte göra det.
codebook-placeholder-no-period = texten har ingen mätperiod att fylla den med
codebook-placeholder-no-matdatum = texten har inget mätdatum att fylla den med
codebook-placeholder-unknown = oj känner inte till den här platshållaren

# Platshållarna en text får använda, och vad var och en fylls med.
codebook-placeholders = platshållarna är { $list }
codebook-placeholder-matdatum = mätdatum, `1 november 2014`
codebook-placeholder-matperiod = mätperioden, `1 november 2013–1 november 2014`
codebook-placeholder-matperioden = mätperioden
codebook-placeholder-start = mätperiodens första dag
codebook-placeholder-end = mätperiodens sista dag

# Något skrivet två gånger i en värdemängd eller bland en variabels missing_codes.
# $what är en av codebook-repeated-code och codebook-repeated-label.
codebook-value-set-named = värdemängden `{ $set }`: { $what }
codebook-missing-codes-of = `missing_codes` för variabeln `{ $id }`: { $what }
codebook-repeated-code = koden { $code } står två gånger
codebook-repeated-label = svaret ”{ $label }” har både koden { $first } och koden { $code }
codebook-repeated-help = en kod har ett svar och ett svar en kod; ta bort eller rätta den ena raden
# Vanliga fel från YAML-läsaren.
codebook-yaml-missing-field = fältet `{ $field }` saknas
codebook-yaml-unknown-field = okänt fält `{ $field }`; fälten här är: { $fields }
codebook-yaml-duplicate-field = fältet `{ $field }` står två gånger
