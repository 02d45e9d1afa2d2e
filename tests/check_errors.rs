//! A corpus of broken indicator files (tests/errors/*.oj), each checked against the 2015
//! codebook, with its rendered diagnostics snapshotted.
//!
//! Each case starts with `# expect: E0101` (comma separated if several): those codes must
//! appear among the diagnostics. A case is copied as `year/case.oj` next to a generated
//! `year/ar.oj`; a case that holds its own `år` block is written as `year/ar.oj` alone.
//! In case files, `[REPO]` stands for the crate's directory; a case's own `år` block names
//! the 2015 codebook as `kodbok "kodbok-2015.yaml"` (copied into the year directory).
//! When the year checks, its examples are run too and failing ones are reported (E0401).
//! The corpus is rendered in both languages: Swedish (`error_corpus@…`) and English
//! (`error_corpus_en@…`).

use oj::locale::Lang;
use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn expected_codes(text: &str) -> Vec<String> {
    let first = text.lines().next().unwrap_or_default();
    let codes = first
        .strip_prefix("# expect:")
        .unwrap_or_else(|| panic!("the first line must be `# expect: E…`, found {first:?}"));
    codes
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

fn has_year_block(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("år ") || l.starts_with("år{")
    })
}

#[test]
fn error_corpus() {
    corpus(Lang::Sv, "error_corpus");
}

#[test]
fn error_corpus_en() {
    corpus(Lang::En, "error_corpus_en");
}

fn corpus(lang: Lang, name: &str) {
    oj::locale::set_thread(lang);
    let mut missing = vec![];
    insta::glob!("errors/*.oj", |path| {
        let repo = manifest().display().to_string();
        let text = std::fs::read_to_string(path)
            .unwrap()
            .replace("[REPO]", &repo);
        let expected = expected_codes(&text);
        assert!(!expected.is_empty(), "{}: no expected code", path.display());

        let tmp = tempfile::tempdir().unwrap();
        let year = tmp.path().join("year");
        std::fs::create_dir(&year).unwrap();
        // The 2015 codebook, inside the year directory (a codebook outside the
        // indicators directory is refused): cases name it `kodbok-2015.yaml`.
        std::fs::copy(
            manifest().join("indicators/2015/codebook.yaml"),
            year.join("kodbok-2015.yaml"),
        )
        .unwrap();
        if has_year_block(&text) {
            std::fs::write(year.join("ar.oj"), &text).unwrap();
        } else {
            std::fs::write(
                year.join("ar.oj"),
                "år 2015 { kodbok \"kodbok-2015.yaml\" mätdatum 2014-11-01 }\n",
            )
            .unwrap();
            std::fs::write(year.join("case.oj"), &text).unwrap();
        }

        let checked = oj::check::check_year(&year);
        let mut diagnostics = checked.diagnostics.0.clone();
        if let Some(program) = &checked.program {
            diagnostics.extend(oj::examples::run(program).failed);
        }
        let codes: Vec<String> = diagnostics.iter().map(|d| d.code.id()).collect();
        for code in &expected {
            if !codes.contains(code) {
                missing.push(format!(
                    "{}: expected {code}, got {codes:?}",
                    path.display()
                ));
            }
        }

        let tmp_path = tmp.path().display().to_string();
        let canonical_tmp = tmp
            .path()
            .canonicalize()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| tmp_path.clone());
        let rendered = diagnostics
            .iter()
            .map(|d| oj::diagnostic::render_plain(d, &checked.sources))
            .collect::<Vec<_>>()
            .join("\n")
            .replace(&canonical_tmp, "[TMP]")
            .replace(&tmp_path, "[TMP]")
            .replace(&repo, "[REPO]");
        insta::assert_snapshot!(name, rendered);
    });
    assert!(
        missing.is_empty(),
        "cases no longer produce their error:\n{}",
        missing.join("\n")
    );
}
