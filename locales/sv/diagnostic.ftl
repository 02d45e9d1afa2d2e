# Hur en diagnostik återges (src/diagnostic).

diagnostic-line = rad { $line }
diagnostic-column = kolumn { $column }
