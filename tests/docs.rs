//! Every indicator-language block of the documentation is checked by the engine.
//!
//! - ```` ```oj ```` blocks must check without errors, and their examples must pass.
//! - ```` ```oj,fails ```` blocks must give at least one error.
//! - ```` ```oj,test-fails ```` blocks must check without errors and have a failing example
//!   (this is how `oj test` reports a wrong rule or a wrong example).
//!
//! Each block is checked as a year directory of its own: `year/ar.oj` holds
//! `år 2015 { kodbok "codebook.yaml" mätdatum 2014-11-01 }` (a copy of the 2015 codebook) and
//! `year/doc.oj` the block. A block with its own `år` block is written alone (the text
//! `"codebook.yaml"` is the copy of the 2015 codebook, and a copy of indicators/2014 sits
//! beside the year, so `ärver "../2014"` works). A first line `# fil: NAME.oj` gives the
//! block's file name (used to show same-file-name replacement).
//!
//! In docs/diagnostics.md, a block under a heading `## E0101 …` must also produce that
//! code (as an error or a warning, from the check or from the examples).

mod common;
use common::copy_tree;

use oj::diagnostic::{render_plain, Code};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Ok,
    Fails,
    TestFails,
}

struct Block {
    doc: &'static str,
    line: usize,
    kind: Kind,
    text: String,
    /// The code of the `## E0101 …` heading the block is under, if any.
    code: Option<String>,
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blocks(doc: &'static str) -> Vec<Block> {
    let path = manifest().join(doc);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = vec![];
    let mut current: Option<Block> = None;
    let mut heading_code: Option<String> = None;
    let mut in_other_fence = false;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(b) = current.as_mut() {
            if trimmed == "```" {
                out.push(current.take().unwrap());
            } else {
                b.text.push_str(line);
                b.text.push('\n');
            }
            continue;
        }
        if in_other_fence {
            if trimmed == "```" {
                in_other_fence = false;
            }
            continue;
        }
        if let Some(info) = trimmed.strip_prefix("```") {
            let kind = match info.trim() {
                "oj" => Some(Kind::Ok),
                "oj,fails" => Some(Kind::Fails),
                "oj,test-fails" => Some(Kind::TestFails),
                other => {
                    assert!(
                        !other.starts_with("oj"),
                        "{doc}:{}: unknown block kind ```{other}",
                        i + 1
                    );
                    None
                }
            };
            match kind {
                Some(kind) => {
                    current = Some(Block {
                        doc,
                        line: i + 1,
                        kind,
                        text: String::new(),
                        code: heading_code.clone(),
                    })
                }
                None => in_other_fence = true,
            }
            continue;
        }
        if let Some(h) = trimmed.strip_prefix("## ") {
            heading_code = h
                .split_whitespace()
                .next()
                .filter(|w| {
                    w.len() == 5 && w.starts_with('E') && w[1..].bytes().all(|b| b.is_ascii_digit())
                })
                .map(str::to_string);
        }
    }
    assert!(
        current.is_none(),
        "{doc}: the block opened at line {} is never closed",
        current.map(|b| b.line).unwrap_or(0)
    );
    out
}

fn has_year_block(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("år ") && !l.starts_with("år_")
    })
}

/// Checks one block; `Err` describes what is wrong with it.
fn check_block(b: &Block) -> Result<(), String> {
    let tmp = tempfile::tempdir().unwrap();
    let year = tmp.path().join("year");
    std::fs::create_dir_all(&year).unwrap();
    copy_tree(
        &manifest().join("indicators/2014"),
        &tmp.path().join("2014"),
    );
    // The codebook lies in the year directory: a codebook outside the indicators
    // directory is refused (E0215).
    std::fs::copy(
        manifest().join("indicators/2015/codebook.yaml"),
        year.join("codebook.yaml"),
    )
    .unwrap();
    let file_name = b
        .text
        .lines()
        .next()
        .and_then(|l| l.trim().strip_prefix("# fil:"))
        .map(|n| n.trim().to_string())
        .unwrap_or_else(|| "doc.oj".into());
    if has_year_block(&b.text) {
        std::fs::write(year.join(&file_name), &b.text).unwrap();
    } else {
        std::fs::write(
            year.join("ar.oj"),
            "år 2015 { kodbok \"codebook.yaml\" mätdatum 2014-11-01 }\n",
        )
        .unwrap();
        std::fs::write(year.join(&file_name), &b.text).unwrap();
    }
    let checked = oj::check::check_year(&year);
    let rendered = checked
        .diagnostics
        .0
        .iter()
        .map(|d| render_plain(d, &checked.sources))
        .collect::<Vec<_>>()
        .join("\n");
    let mut codes: Vec<String> = checked.diagnostics.0.iter().map(|d| d.code.id()).collect();
    let errors = checked.diagnostics.errors();
    let mut failed_examples = String::new();
    let mut n_failed = 0;
    if let Some(program) = &checked.program {
        let report = oj::examples::run(program);
        n_failed = report.failed.len();
        for d in report.failed.iter().chain(&report.without_examples) {
            codes.push(d.code.id());
        }
        failed_examples = report
            .failed
            .iter()
            .map(|d| render_plain(d, &checked.sources))
            .collect::<Vec<_>>()
            .join("\n");
    }
    match b.kind {
        Kind::Ok => {
            if errors > 0 {
                return Err(format!("should check cleanly, but:\n{rendered}"));
            }
            if checked.program.is_none() {
                return Err(format!(
                    "checked without errors but gave no program:\n{rendered}"
                ));
            }
            if n_failed > 0 {
                return Err(format!("has failing examples:\n{failed_examples}"));
            }
        }
        Kind::Fails => {
            if errors == 0 {
                return Err(format!(
                    "is marked `oj,fails` but gives no error{}",
                    if rendered.is_empty() {
                        String::new()
                    } else {
                        format!(":\n{rendered}")
                    }
                ));
            }
        }
        Kind::TestFails => {
            if errors > 0 {
                return Err(format!("should check cleanly, but:\n{rendered}"));
            }
            if n_failed == 0 {
                return Err("is marked `oj,test-fails` but every example passes".into());
            }
        }
    }
    if let Some(code) = &b.code {
        if !codes.contains(code) {
            return Err(format!(
                "is under the heading {code} but does not produce it (it gives {:?}):\n{rendered}\n{failed_examples}",
                codes
            ));
        }
    }
    Ok(())
}

fn check_doc(doc: &'static str) {
    let blocks = blocks(doc);
    assert!(!blocks.is_empty(), "{doc} has no ```oj blocks");
    let failures: Vec<String> = blocks
        .iter()
        .filter_map(|b| {
            check_block(b)
                .err()
                .map(|e| format!("{}:{}: the block {e}", b.doc, b.line))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} blocks in {doc} are wrong:\n\n{}",
        failures.len(),
        blocks.len(),
        failures.join("\n\n")
    );
}

#[test]
fn language_reference_blocks_check() {
    check_doc("docs/language.md");
}

#[test]
fn diagnostics_reference_blocks_check() {
    check_doc("docs/diagnostics.md");
}

#[test]
fn diagnostics_reference_lists_every_code() {
    let path = manifest().join("docs/diagnostics.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let missing: Vec<String> = Code::ALL
        .iter()
        .filter(|c| !text.contains(&c.id()) || !text.contains(c.slug()))
        .map(|c| format!("{} ({})", c.id(), c.slug()))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/diagnostics.md does not describe: {}",
        missing.join(", ")
    );
    // In code order, each under its own heading.
    let mut last = 0;
    for c in Code::ALL {
        let heading = format!("## {}", c.id());
        let at = text
            .find(&heading)
            .unwrap_or_else(|| panic!("docs/diagnostics.md has no heading `{heading} …`"));
        assert!(
            at >= last,
            "docs/diagnostics.md: `{heading}` is out of code order"
        );
        last = at;
    }
}
