# How a diagnostic is rendered (src/diagnostic).

diagnostic-line = line { $line }
diagnostic-column = column { $column }
