//! The stages form a DAG (docs/architecture.md): each top-level module of `src/` imports
//! only modules of a lower layer. A module that reaches up (a writer into a tool, a stage
//! into `run`) fails this test with the file and the import.

mod common;

use std::path::Path;

/// The layers, lowest first. Modules of one layer do not import each other.
const LAYERS: &[&[&str]] = &[
    &["source", "num", "locale"],
    &["diagnostic"],
    &["syntax"],
    &["codebook"],
    &["ir"],
    &["check", "describe", "sql"],
    &["data", "diff"],
    &["eval", "generate"],
    &["aggregate", "examples"],
    &["publish"],
    &["explain", "guide", "report", "new_year", "fuzzing"],
    &["site", "lsp"],
    &["run"],
    &["impact"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level module a file belongs to: `src/check/scope.rs` → `check`.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// Every `crate::NAME` a file names (in `use` lines and paths alike).
fn imports(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if name == "t" {
            // `crate::t!`, the message macro, is exported at the crate root by `locale`.
            out.push("locale".to_string());
        } else if !name.is_empty() {
            out.push(name);
        }
        rest = after;
    }
    out
}

#[test]
fn every_module_is_in_a_layer_and_imports_only_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    common::rust_files(&src, &mut files);
    files.sort();
    let mut wrong = vec![];
    for file in &files {
        let Some(module) = module_of(&src, file) else {
            continue;
        };
        let Some(own) = layer(&module) else {
            wrong.push(format!(
                "{}: module `{module}` is in no layer of tests/layers.rs",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for target in imports(&text) {
            if target == module {
                continue;
            }
            match layer(&target) {
                None => wrong.push(format!("{}: imports `crate::{target}`, which is in no layer", file.display())),
                Some(l) if l >= own => wrong.push(format!(
                    "{}: `{module}` (layer {own}) imports `crate::{target}` (layer {l}): a stage may only import the stages below it",
                    file.display()
                )),
                Some(_) => {}
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_architecture_document_draws_the_same_layers() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md"))
            .unwrap();
    for (i, l) in LAYERS.iter().enumerate() {
        let line = format!(
            "| {i} | {} |",
            l.iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert!(
            doc.contains(&line),
            "docs/architecture.md lacks the row `{line}`"
        );
    }
}

#[test]
fn the_test_catches_an_import_upwards() {
    // `imports` sees paths in use lines and in code.
    assert_eq!(
        imports("use crate::run::YearRun;\nlet x = crate::aggregate::table::rows();"),
        ["run", "aggregate"]
    );
    assert!(layer("run") > layer("publish"));
}
