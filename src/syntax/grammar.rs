//! The grammar (`grammar/oj.pest`) as a pest parser. Its `Rule`s are seen by `parse`
//! (building our AST) and `errors` (explaining where a file does not parse), never
//! outside `syntax`.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/oj.pest"]
pub(super) struct OjParser;
