# Hur en diagnostik återges (src/diagnostic).

diagnostic-line = rad { $line }
diagnostic-column = kolumn { $column }
# Ordet före en diagnostiks råd: `hjälp: lägg till …`.
diagnostic-help = hjälp
# The help of a name that is not known but close to one that is; the name is also the
# fix the language server offers.
diagnostic-did-you-mean = menade du `{ $name }`?
