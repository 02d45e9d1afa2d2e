//! Snapshots of our own AST (never pest's tree) for small indicator files.

use oj::source::Sources;
use std::path::Path;

fn ast_of(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut sources = Sources::default();
    let id = sources.add(rel, text.clone());
    let file = oj::syntax::parse_file(id, &text)
        .unwrap_or_else(|d| panic!("{}", oj::diagnostic::render_plain(&d, &sources)));
    format!("{file:#?}")
}

#[test]
fn ast_social_jour() {
    insta::assert_snapshot!(ast_of("indicators/2014/10_jour.oj"));
}

#[test]
fn ast_extern_extension_2015() {
    insta::assert_snapshot!(ast_of("indicators/2015/03_extern.oj"));
}

#[test]
fn ast_arbetsledning_measure() {
    insta::assert_snapshot!(ast_of("indicators/2015/11_kompetens.oj"));
}
