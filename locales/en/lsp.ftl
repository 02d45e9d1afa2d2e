# The language server's own words (src/lsp). Hover texts that quote the codebook, the
# docs or Beräkning are not here.

# Hover on an answer label in quotes; the question text follows.
lsp-hover-answer = the answer **”{ $label }”** = code { $code } of `{ $variable }` (`{ $alias }`)
lsp-hover-answers = Answers: { $answers }
lsp-hover-missing-codes = Codes without a number: { $codes }
lsp-hover-period = Period: { $period }
# Hover on an indicator: its kind.
lsp-kind-classification = classification (Ja/Delvis/Nej)
lsp-kind-measure = measure (täljare / nämnare)
lsp-kind-source = computed per kommun from a `källa`
# Hover on a family: after the first three parts.
lsp-hover-more-parts = { $n ->
        [one] … and one more part.
       *[other] … and { $n } more parts.
    }
# Completion of `C1_{del}` in a family.
lsp-family-template = a variable for each of the parts { $parts }
# The quick fix of a did-you-mean.
lsp-replace-with = Replace with `{ $replacement }`

lsp-method-unknown = oj lsp does not answer { $method }
lsp-unexpected-method = unexpected method { $method }
lsp-invalid-params = invalid parameters: { $error }

# Hover over a keyword or metadata field: its line of docs/language.md's "Keywords at a glance"
# (src/lsp/analysis.rs checks that the two say the same).
lsp-keyword-indikator = `indikator` — defines an indicator: metadata, questions, rules or täljare/nämnare, examples (section 2)
lsp-keyword-fraga = `fråga` — `fråga a1 = A1_oppenvard`: names a codebook variable (or a list) for the rules (section 4)
lsp-keyword-nar = `när` — the condition of a rule, of a question that is asked only sometimes, or of a count
lsp-keyword-och = `och` — both conditions hold
lsp-keyword-eller = `eller` — at least one of the conditions holds
lsp-keyword-inte = `inte` — the condition does not hold
lsp-keyword-saknas = `saknas` — the answer (or register column) is blank
lsp-keyword-besvarad = `besvarad` — the answer is not blank
lsp-keyword-i = `i` — `x i ["Ja", "Delvis"]` one of these answers; `x i 1..3` a whole-number range, both ends included
lsp-keyword-for = `för` — `indikator id_{"{"}del{"}"} för del i {"{"} … {"}"}`: a family, one indicator per part (section 3)
lsp-keyword-valfri = `valfri` — a question whose blank answer is an ordinary answer, not Bortfall (section 5)
lsp-keyword-exempel = `exempel` — an example run through the evaluator by `oj check`: answers `=>` the expected result (section 11)
lsp-keyword-krav = `krav` — a requirement of a review rule: `krav f2 <= f1`
lsp-keyword-taljare = `täljare` — a measure's numerator: an expression over the questions or counts (section 9)
lsp-keyword-namnare = `nämnare` — a measure's denominator; a denominator of 0 is Bortfall
lsp-keyword-varde = `värde` — `värde procent 1 decimal` or `värde kvot`: 100 × täljare / nämnare or täljare / nämnare, and the decimals published
lsp-keyword-aggregering = `aggregering` — how län, riket and groups are computed: `andel_ja`, `poolad` or `medelvärde` (section 10)
lsp-keyword-granskning = `granskning` — a review rule with `fel` or `varning` and its `krav` (section 12)
lsp-keyword-utgar = `utgår` — retires an inherited indicator or review rule, with a reason (section 13)
lsp-keyword-utoka = `utöka` — adds parts to an inherited family: `utöka extern_{"{"}del{"}"} med {"{"} … {"}"}`
lsp-keyword-andra = `ändra` — changes metadata or `publiceras` of an inherited indicator without restating it
lsp-keyword-kalla = `källa` — declares a register or table of the year (`källa register "register.csv" per person {"{"} … {"}"}`), or names the one an indicator is computed from (section 16)
lsp-keyword-undergrupp = `undergrupp` — one more indicator for a subgroup of the population: `undergrupp _sverige "födda i Sverige" när …`
lsp-keyword-population = `population` — the persons of a register an indicator counts among
lsp-keyword-rakna = `räkna` — `räkna t när …`: a count of the population, for täljare and nämnare
lsp-keyword-sekretess = `sekretess` — `sekretess när n < 20 …`: the cell is published as `x`
lsp-keyword-sekundarsekretess = `sekundärsekretess` — `sekundärsekretess minsta n`: the secondary suppression within each län; `sekundärsekretess undergrupper minsta n`: a total and its subgroups protected together
lsp-keyword-publiceras = `publiceras` — the levels an indicator is published at: `publiceras enhet, län, riket` (section 10)
lsp-keyword-nagon = `någon` — `någon(lista) = "Ja"`: at least one element of a list
lsp-keyword-alla = `alla` — `alla(lista) = "Ja"`: every element of a list
lsp-keyword-ingen = `ingen` — `ingen(lista) = "Ja"`: no element of a list
lsp-keyword-summa = `summa` — `summa(lista)`: the sum of a list's numbers, blanks counting as nothing
lsp-keyword-antal = `antal` — `antal(lista)`: how many elements of a list are answered
lsp-keyword-foregaende = `föregående` — `föregående(a1)`: the unit's answer in the previous publication year's survey
lsp-keyword-giltig = `giltig` — `fråga f1 = F1_handlaggare giltig när f1 > 0`: which answers a per-kommun sum accepts
lsp-keyword-matar = `mätår` — the year of the indicator's mätdatum, in person conditions (`fodelsear i mätår-26..mätår-18`) and texts (`{"{"}mätår-1{"}"}`)
lsp-keyword-kalenderaret = `kalenderåret` — `mätperiod kalenderåret mätår-1`: 1 January–31 December of a year relative to mätdatum's (section 2)
lsp-keyword-lasaret = `läsåret` — `mätperiod läsåret mätår-1`: 1 July–30 June, the school year beginning in that year
lsp-keyword-ja = `Ja` — the outcome Ja, with its condition: `Ja när a1 = "Ja"`
lsp-keyword-delvis = `Delvis` — the outcome Delvis
lsp-keyword-nej = `Nej` — the outcome Nej
lsp-keyword-ej-aktuellt = `Ej aktuellt` — the outcome Ej aktuellt: counted in neither part of a share
lsp-keyword-bortfall = `Bortfall` — the outcome Bortfall: no result for the unit (section 5)
lsp-keyword-indikatornamn = `indikatornamn` — metadata: the published name of the indicator (required)
lsp-keyword-kortnamn = `kortnamn` — metadata: a short name for the columns of tables
lsp-keyword-omrade = `område` — metadata: the publication's area, e.g. "Samverkan" (required)
lsp-keyword-kvalitetsomrade = `kvalitetsområde` — metadata: the quality area of the national framework
lsp-keyword-typ = `typ` — metadata: `struktur`, `process` or `resultat`, without quotes (required)
lsp-keyword-malvarde = `målvärde` — metadata: the desired result, e.g. `"Ja"` (målvärde or riktning is required)
lsp-keyword-riktning = `riktning` — metadata, for measures: which direction is good, e.g. `"Högt värde är bra"`
lsp-keyword-matdatum = `mätdatum` — the day the answers describe: in the year block, or in an indicator that has its own
lsp-keyword-matperiod = `mätperiod` — metadata: the period a question asks about, e.g. `mätperiod kalenderåret mätår-1` (section 2)
lsp-keyword-syfte = `syfte` — metadata: the purpose, as printed in the guide
lsp-keyword-matt = `mått` — metadata: what is published, in words
lsp-keyword-teknisk-beskrivning = `teknisk_beskrivning` — metadata: the technical description, as printed in the guide
