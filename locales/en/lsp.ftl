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
