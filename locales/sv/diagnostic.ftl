# Hur en diagnostik återges (src/diagnostic).

diagnostic-line = rad { $line }
diagnostic-column = kolumn { $column }
# Ordet före en diagnostiks råd: `hjälp: lägg till …`.
diagnostic-help = hjälp
