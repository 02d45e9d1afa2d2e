# Families of indicators and of review rules (`för del i { … }`, src/check/families.rs,
# src/check/reviews.rs).

families-placeholder-without-parts = `{ $id }` has a placeholder but no parts
families-placeholder-without-parts-label = placeholder without `för … i {"{"} … {"}"}`
families-placeholder-without-parts-help = add the parts after the id: `för del i {"{"} tandvard "tandvården" … {"}"}`, or remove the braces
families-missing-placeholder = every part of `{ $id }` would get the same id
# $placeholder: the part's placeholder with its braces, e.g. {del}.
families-missing-placeholder-label = no `{ $placeholder }` in the id
families-missing-placeholder-help = put the placeholder in the id, e.g. `{ $id }_{ $placeholder }`
families-duplicate-part = part `{ $part }` is listed twice
families-duplicate-part-again = again here
families-duplicate-part-first = first here
families-duplicate-part-help = remove one of them
