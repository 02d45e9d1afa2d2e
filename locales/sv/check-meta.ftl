# En indikators metadata, texter och datum (src/check/meta.rs).

meta-unfilled-placeholder = `{"{"}{ $name }{"}"}` i den här texten fylls inte i
meta-published-as-written = publiceras som det står
meta-unfilled-placeholder-help = i texter fylls `{"{"}mätår{"}"}` (eller `{"{"}mätår-1{"}"}` …), familjens del (`{"{"}del{"}"}`) och `{"{"}undergrupp{"}"}` i; kontrollera stavningen

meta-duplicate-publication = `publiceras` anges två gånger
meta-again-here = igen här
meta-first-here = först här
meta-duplicate-publication-help = ange alla nivåer på en rad: `publiceras enhet, län, riket`
meta-unknown-level = `{ $level }` är inte en nivå som en indikator publiceras på
meta-unknown-level-label = inte en nivå
meta-levels-are = nivåerna är: { $levels }
meta-level-not-computed = en indikator som beräknas per kommun har inga värden för { $level }
meta-level-not-computed-label = beräknas inte för den här indikatorn
meta-level-not-computed-help = en `källa`-indikator publiceras per kommun (`enhet`), `län` och `riket`
meta-duplicate-level = `{ $level }` anges två gånger
meta-duplicate-level-help = ange varje nivå en gång

meta-period-differs = mätperioden { $period } skiljer sig från kodbokens period för `{ $variable }` ({ $codebook_period })
meta-period-differs-label = indikatorns mätperiod
meta-period-differs-help = enkäten visar kodbokens period för de svarande: se till att de stämmer överens, eller rätta kodboken

meta-unknown-field = okänt fält `{ $key }`
meta-unknown-field-label = inte ett fält i en indikator
meta-fields-are = fälten är: { $fields }
meta-duplicate-field = `{ $key }` anges två gånger
meta-duplicate-field-help = behåll ett av dem

meta-takes-date = `{ $key }` tar ett datum
meta-takes-period = `{ $key }` tar en period
meta-takes-typ = `{ $key }` tar struktur, process eller resultat
meta-takes-text = `{ $key }` tar en text inom citattecken
meta-not-accepted-here = inte tillåtet här
meta-write-example = skriv t.ex. `{ $key } { $example }`
meta-example-period = 2013-11-01..2014-11-01  (eller: 12 månader)

meta-fixed-period-moving-text = `{ $key }` säger `{"{"}mätår{"}"}`, som följer mätdatum, men mätperioden är fasta datum, som inte gör det
meta-fixed-period-moving-text-label = samma datum varje år
meta-fixed-period-moving-text-help = skriv perioden relativt till mätdatum, så att båda flyttas med när nästa år ärver indikatorn: `mätperiod 12 månader` eller `mätperiod kalenderåret mätår-1`

meta-placeholder-needs-period-help = ge indikatorn en `mätperiod` (t.ex. `mätperiod 12 månader`), eller skriv perioden i texten
meta-unfilled-text-placeholder = `{ $key }` har platshållaren `{ $placeholder }`: { $reason }

meta-period-reversed = mätperioden slutar ({ $end }) innan den börjar ({ $start })
meta-period-reversed-label = slutar innan den börjar
meta-period-reversed-help = skriv det tidigare datumet först: { $end }..{ $start }
meta-period-after-matdatum = mätperioden slutar ({ $end }) efter mätdatum ({ $matdatum })
meta-period-after-matdatum-label = slutar efter mätdatum
meta-period-after-matdatum-help = en mätperiod slutar på eller före mätdatum: { $start }..{ $matdatum }

meta-missing-field = indikatorn saknar `{ $key }`
meta-missing-target = indikatorn har varken `målvärde` eller `riktning`
meta-missing-label = metadata saknas
meta-missing-help = lägg till t.ex. `{ $key } { $example }`: den publicerade guiden skriver ut det
