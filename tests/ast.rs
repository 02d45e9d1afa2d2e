//! Snapshots of our own AST (never pest's tree) for indicator files, printed compactly
//! as S-expressions (`oj::syntax::print`): one member per line, items with line:column.

use oj::source::Sources;
use std::path::Path;

fn ast_of(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut sources = Sources::default();
    let id = sources.add(rel, text.clone());
    let file = oj::syntax::parse_file(id, &text)
        .unwrap_or_else(|d| panic!("{}", oj::diagnostic::render_plain(&d, &sources)));
    oj::syntax::print::sexpr(&file, &text)
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

#[test]
fn ast_register_indicators() {
    insta::assert_snapshot!(ast_of("indicators/2015/13_register.oj"));
}

#[test]
fn ast_bakgrundsmatt() {
    insta::assert_snapshot!(ast_of("indicators/2015/14_bakgrund.oj"));
}

#[test]
fn positions_stay_out_of_tree_comparison() {
    use oj::source::FileId;
    use oj::syntax::print::same_tree;
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators/2014/10_jour.oj"),
    )
    .unwrap();
    let a = oj::syntax::parse_file(FileId(0), &text).unwrap();
    // The same file with every line indented further and a blank line on top.
    let moved: String = std::iter::once("\n".to_string())
        .chain(text.lines().map(|l| format!("  {l}\n")))
        .collect();
    let b = oj::syntax::parse_file(FileId(0), &moved).unwrap();
    assert!(same_tree(&a, &b));
    assert_ne!(a, b, "the spans differ, and `==` says so");
    // A changed rule is a different tree.
    let c =
        oj::syntax::parse_file(FileId(0), &text.replace("l1 = \"Ja\"", "l1 = \"Nej\"")).unwrap();
    assert!(!same_tree(&a, &c));
}
