# How a diagnostic is rendered (src/diagnostic).

diagnostic-line = line { $line }
diagnostic-column = column { $column }
# The word before a diagnostic's advice: `help: add the missing …`.
diagnostic-help = help
# The help of a name that is not known but close to one that is; the name is also the
# fix the language server offers.
diagnostic-did-you-mean = did you mean `{ $name }`?

# What went wrong with a file (the operating system's own words are English).
io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = a file of that name already exists
io-is-a-directory = it is a directory, not a file
io-not-a-directory = a part of the path is a file, not a directory
io-read-only = the file system is read-only
io-storage-full = the disk is full
io-not-utf8 = the file is not UTF-8 text
