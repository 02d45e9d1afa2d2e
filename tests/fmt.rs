//! `oj fmt` changes no meaning and is idempotent: every indicator file of the repository
//! (the years, the error corpus, the fuzz seeds and corpus, every `oj` block of the docs)
//! parses to the same syntax tree after formatting, and formatting twice changes nothing.
//! The project's own indicator files are kept formatted.

use oj::source::FileId;
use oj::syntax::{format::format, parse_file};
use std::path::{Path, PathBuf};

fn oj_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            oj_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "oj") {
            out.push(p);
        }
    }
}

/// The syntax tree as text, without positions (which formatting moves).
fn tree(text: &str) -> Option<String> {
    let file = parse_file(FileId(0), text).ok()?;
    let debug = format!("{file:?}");
    let mut out = String::with_capacity(debug.len());
    // Spans print as `12..34`: replace every such pair.
    let bytes = debug.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let digits = |mut j: usize| {
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let a = digits(i);
        if a > i && bytes[a..].starts_with(b"..") && digits(a + 2) > a + 2 {
            out.push('_');
            i = digits(a + 2);
        } else {
            out.push(bytes[i] as char);
            i += 1;
        }
    }
    Some(out)
}

/// The texts to format: files, and the `oj` blocks of the docs.
fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    for dir in ["indicators", "tests/errors", "fuzz/seeds", "fuzz/corpus"] {
        oj_files(&root.join(dir), &mut files);
    }
    let mut out: Vec<(String, String)> = files
        .iter()
        .filter_map(|f| Some((f.display().to_string(), std::fs::read_to_string(f).ok()?)))
        .collect();
    for doc in [
        "docs/language.md",
        "docs/diagnostics.md",
        "docs/yearly-update.md",
    ] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        for (n, block) in text.split("```oj").skip(1).enumerate() {
            let body = block.split_once('\n').map_or("", |(_, b)| b);
            let body = &body[..body.find("```").unwrap_or(body.len())];
            out.push((format!("{doc} block {n}"), body.to_string()));
        }
    }
    out
}

#[test]
fn formatting_keeps_the_tree_and_is_idempotent() {
    let mut parsed = 0;
    for (name, text) in corpus() {
        let once = format(&text);
        assert_eq!(
            oj::syntax::format::format_checked(&text).as_deref(),
            Ok(once.as_str()),
            "{name}: the checked formatter refuses it"
        );
        assert_eq!(format(&once), once, "{name}: formatting twice changes it");
        // Files that do not parse are formatted too (the editor formats half-written
        // files), but only whitespace can change: compare without it.
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            squeeze(&once),
            squeeze(&text),
            "{name}: more than whitespace changed"
        );
        if let Some(before) = tree(&text) {
            assert_eq!(
                tree(&once).as_deref(),
                Some(before.as_str()),
                "{name}: the tree changed"
            );
            parsed += 1;
        }
    }
    assert!(parsed > 100, "only {parsed} texts parsed");
}

#[test]
fn the_indicator_files_are_formatted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    oj_files(&root.join("indicators"), &mut files);
    let unformatted: Vec<String> = files
        .iter()
        .filter(|f| {
            let t = std::fs::read_to_string(f).unwrap();
            format(&t) != t
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        unformatted.is_empty(),
        "run `oj fmt indicators`: {unformatted:?}"
    );
}
