# How a diagnostic is rendered (src/diagnostic).

diagnostic-line = line { $line }
diagnostic-column = column { $column }
# The word before a diagnostic's advice: `help: add the missing …`.
diagnostic-help = help
