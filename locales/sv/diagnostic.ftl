# Hur en diagnostik återges (src/diagnostic).

diagnostic-line = rad { $line }
diagnostic-column = kolumn { $column }
# Ordet före en diagnostiks råd: `hjälp: lägg till …`.
diagnostic-help = hjälp
# The help of a name that is not known but close to one that is; the name is also the
# fix the language server offers.
diagnostic-did-you-mean = menade du `{ $name }`?

# Vad som gick fel med en fil (operativsystemets egna ord är engelska).
io-not-found = filen eller katalogen finns inte
io-permission-denied = åtkomst nekad
io-already-exists = det finns redan en fil med det namnet
io-is-a-directory = det är en katalog, inte en fil
io-not-a-directory = en del av sökvägen är en fil, inte en katalog
io-read-only = filsystemet är skrivskyddat
io-storage-full = disken är full
io-not-utf8 = filen är inte text i UTF-8
