# How a diagnostic is rendered (src/diagnostic).

diagnostic-line = line { $line }
diagnostic-column = column { $column }
# The word before a diagnostic's advice: `help: add the missing …`.
diagnostic-help = help
# The help of a name that is not known but close to one that is; the name is also the
# fix the language server offers.
diagnostic-did-you-mean = did you mean `{ $name }`?
