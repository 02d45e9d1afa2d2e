# Familjer av indikatorer och av granskningsregler (`för del i { … }`,
# src/check/families.rs, src/check/reviews.rs).

families-placeholder-without-parts = `{ $id }` har en platshållare men inga delar
families-placeholder-without-parts-label = platshållare utan `för … i {"{"} … {"}"}`
families-placeholder-without-parts-help = lägg till delarna efter id:t: `för del i {"{"} tandvard "tandvården" … {"}"}`, eller ta bort klamrarna
families-missing-placeholder = alla delar av `{ $id }` skulle få samma id
# $placeholder: delens platshållare med klamrar, t.ex. {del}.
families-missing-placeholder-label = ingen `{ $placeholder }` i id:t
families-missing-placeholder-help = sätt platshållaren i id:t, t.ex. `{ $id }_{ $placeholder }`
families-duplicate-part = delen `{ $part }` finns två gånger
families-duplicate-part-again = igen här
families-duplicate-part-first = första gången här
families-duplicate-part-help = ta bort en av dem
