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
