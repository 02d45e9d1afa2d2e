//! Hostile and unusual inputs (tests/hostile/*.case), each run through the whole year 2015
//! (`load_program` + `evaluate_year` + `write_outputs`) with one file of a clean copy of
//! the indicators and the example data edited as the case says.
//!
//! Classes:
//! - `identical`: accepted with the clean run's results.csv, byte for byte (review.csv
//!   too, except the line numbers of findings when rows moved);
//! - `cell`: a wrong value in a well-formed file: accepted; the snapshot shows the
//!   review.csv findings and the results rows that differ from the clean run, and every
//!   row of the clean run is still there;
//! - `structural`: rejected; the snapshot shows the error, and nothing is written;
//! - `accepted`: a generated indicator that is unusual but valid (a rule over 40
//!   questions): checked in time and published; the snapshot shows its aggregate rows.
//!
//! A case file: `file: data/2015/survey.csv` (or `indicators/…`), `class: …`, then edits
//! applied in order (see `edit`). Big inputs are generated here, never committed.

mod common;
use common::copy_tree;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A run's outcome: the output files, or the rendered error.
enum Outcome {
    Written { results: Vec<u8>, review: Vec<u8> },
    Rejected(String),
}

fn run(root: &Path) -> Outcome {
    let out = root.join("out");
    let result = oj::run::load_program(&root.join("indicators"), 2015).and_then(|(p, _)| {
        oj::run::evaluate_year(p, &root.join("data"), &oj::run::Without::default())
    });
    match result {
        Ok(r) => {
            oj::run::write_outputs(&r, &out).unwrap();
            Outcome::Written {
                results: std::fs::read(out.join("results.csv")).unwrap(),
                review: std::fs::read(out.join("review.csv")).unwrap(),
            }
        }
        Err(e) => {
            let text = match e {
                oj::run::RunError::Check(c) => c
                    .diagnostics
                    .0
                    .iter()
                    .filter(|d| d.is_error())
                    .map(|d| oj::diagnostic::render_plain(d, &c.sources))
                    .collect::<Vec<_>>()
                    .join("\n"),
                oj::run::RunError::Data(d) => {
                    oj::diagnostic::render_plain(&d, &oj::source::Sources::default())
                }
            };
            assert!(!out.exists(), "a rejected run wrote {}", out.display());
            let root = root.display().to_string();
            let canonical = Path::new(&root)
                .canonicalize()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| root.clone());
            Outcome::Rejected(text.replace(&canonical, "[TMP]").replace(&root, "[TMP]"))
        }
    }
}

fn clean() -> &'static (Vec<u8>, Vec<u8>) {
    static CLEAN: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    CLEAN.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        setup(tmp.path());
        match run(tmp.path()) {
            Outcome::Written { results, review } => (results, review),
            Outcome::Rejected(e) => panic!("the clean run fails: {e}"),
        }
    })
}

fn setup(root: &Path) {
    copy_tree(&manifest().join("data/example"), &root.join("data"));
    for year in ["2014", "2015"] {
        copy_tree(
            &manifest().join("indicators").join(year),
            &root.join("indicators").join(year),
        );
    }
}

/// A CSV file being edited: records until a byte-level edit needs the bytes.
enum Content {
    Records(Vec<Vec<String>>),
    Bytes(Vec<u8>),
}

const INVALID: &str = "\u{FFFF}INVALID\u{FFFF}";

impl Content {
    fn bytes(self) -> Vec<u8> {
        match self {
            Content::Bytes(b) => b,
            Content::Records(rows) => {
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::Any(b'\n'))
                    .flexible(true)
                    .from_writer(vec![]);
                for r in rows {
                    w.write_record(&r).unwrap();
                }
                let bytes = w.into_inner().unwrap();
                // Invalid UTF-8 can only be put in once the text is bytes.
                let text = String::from_utf8(bytes).unwrap();
                let mut out = vec![];
                let mut rest = text.as_str();
                while let Some(i) = rest.find(INVALID) {
                    out.extend_from_slice(&rest.as_bytes()[..i]);
                    out.extend_from_slice(b"\xff\xfe");
                    rest = &rest[i + INVALID.len()..];
                }
                out.extend_from_slice(rest.as_bytes());
                out
            }
        }
    }
    fn records(self) -> Vec<Vec<String>> {
        match self {
            Content::Records(r) => r,
            Content::Bytes(b) => csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(b.as_slice())
                .records()
                .map(|r| r.unwrap().iter().map(str::to_string).collect())
                .collect(),
        }
    }
}

/// Splits `set 0114 "A B" 7` into words, honouring double quotes and `\n`.
fn words(s: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' => match chars.next() {
                Some('n') => cur.push('\n'),
                Some(o) => cur.push(o),
                None => {}
            },
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() || quoted {
        out.push(cur);
    }
    out
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h.trim_start_matches('\u{feff}') == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn row(rows: &[Vec<String>], key: &str) -> usize {
    rows.iter()
        .position(|r| r.first().is_some_and(|k| k == key))
        .unwrap_or_else(|| panic!("no row {key}"))
}

fn edit(content: Content, spec: &str) -> Content {
    let w = words(spec);
    let arg = |i: usize| w.get(i).map(String::as_str).unwrap_or_default();
    match arg(0) {
        "bom" => {
            let mut b = b"\xef\xbb\xbf".to_vec();
            b.extend(content.bytes());
            Content::Bytes(b)
        }
        "crlf" => {
            let b = content.bytes();
            let text = String::from_utf8(b).unwrap();
            Content::Bytes(
                text.replace("\r\n", "\n")
                    .replace('\n', "\r\n")
                    .into_bytes(),
            )
        }
        "append-raw" => {
            let mut b = content.bytes();
            b.extend(arg(1).as_bytes());
            Content::Bytes(b)
        }
        "empty" => Content::Bytes(vec![]),
        "replace-text" => {
            let text = String::from_utf8(content.bytes()).unwrap();
            assert!(
                text.contains(arg(1)),
                "replace-text: {:?} not found",
                arg(1)
            );
            Content::Bytes(text.replacen(arg(1), arg(2), 1).into_bytes())
        }
        _ => {
            let mut rows = content.records();
            match arg(0) {
                "reverse-rows" => rows[1..].reverse(),
                "rotate-columns" => {
                    let n: usize = arg(1).parse().unwrap();
                    for r in &mut rows {
                        let k = n % r.len();
                        r.rotate_left(k);
                    }
                }
                "quote-all" => {
                    // Written back with every cell in quotes.
                    let mut out = String::new();
                    for r in &rows {
                        let cells: Vec<String> = r
                            .iter()
                            .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
                            .collect();
                        out.push_str(&cells.join(","));
                        out.push('\n');
                    }
                    return Content::Bytes(out.into_bytes());
                }
                "pad-cells" => {
                    for r in rows.iter_mut().skip(1) {
                        for c in r.iter_mut().filter(|c| !c.is_empty()) {
                            *c = format!(" {c} ");
                        }
                    }
                }
                "decimal-comma" => {
                    let c = column(&rows, arg(1));
                    for r in rows.iter_mut().skip(1) {
                        r[c] = r[c].replace('.', ",");
                    }
                }
                "set" => {
                    let (r, c) = (row(&rows, arg(1)), column(&rows, arg(2)));
                    rows[r][c] = arg(3).to_string();
                }
                "duplicate-row" => {
                    let r = row(&rows, arg(1));
                    let copy = rows[r].clone();
                    rows.push(copy);
                }
                "drop-column" => {
                    let c = column(&rows, arg(1));
                    for r in &mut rows {
                        r.remove(c);
                    }
                }
                "rename-column" => {
                    let c = column(&rows, arg(1));
                    rows[0][c] = arg(2).to_string();
                }
                "ragged" => {
                    let r = row(&rows, arg(1));
                    rows[r].pop();
                }
                "header-only" => rows.truncate(1),
                "invalid-utf8" => {
                    let (r, c) = (row(&rows, arg(1)), column(&rows, arg(2)));
                    rows[r][c] = INVALID.to_string();
                }
                other => panic!("unknown edit `{other}`"),
            }
            Content::Records(rows)
        }
    }
}

/// Inputs too big or too odd to commit, made at run time.
fn generate(spec: &str) -> Vec<u8> {
    let w = words(spec);
    let n: usize = w[2].parse().unwrap();
    let head = "indikator genererad {\n    indikatornamn \"Genererad\"\n    område \"Test\"\n    typ struktur\n    målvärde \"Ja\"\n";
    match w[1].as_str() {
        "nesting" => {
            let cond = format!("{}d1 = \"Ja\"{}", "(".repeat(n), ")".repeat(n));
            format!("{head}    fråga d1 = D1_bbic_licens\n    Ja när {cond}\n    Nej när d1 = \"Nej\"\n}}\n").into_bytes()
        }
        "wide-rule" => {
            // n categorical questions of the codebook, all Ja for Ja, any Nej for Nej.
            let codebook =
                oj::codebook::Codebook::load(&manifest().join("indicators/2015/codebook.yaml"))
                    .unwrap();
            let vars: Vec<String> = codebook
                .variables
                .iter()
                .filter(|v| {
                    v.values
                        .as_ref()
                        .is_some_and(|vs| vs.labels().collect::<Vec<_>>() == ["Ja", "Nej"])
                })
                .map(|v| v.id.clone())
                .take(n)
                .collect();
            assert_eq!(
                vars.len(),
                n,
                "the codebook has {} Ja/Nej variables",
                vars.len()
            );
            let mut s = head.to_string();
            for (i, v) in vars.iter().enumerate() {
                s.push_str(&format!("    fråga q{i} = {v}\n"));
            }
            let all: Vec<String> = (0..n).map(|i| format!("q{i} = \"Ja\"")).collect();
            let any: Vec<String> = (0..n).map(|i| format!("q{i} = \"Nej\"")).collect();
            s.push_str(&format!(
                "    Ja när {}\n    Nej när {}\n}}\n",
                all.join(" och "),
                any.join(" eller ")
            ));
            s.into_bytes()
        }
        "size-mb" => {
            let mut s = String::with_capacity(n << 20);
            while s.len() < n << 20 {
                s.push_str("# En kommentar som upprepas tills filen är mycket stor.\n");
            }
            s.into_bytes()
        }
        other => panic!("unknown generator `{other}`"),
    }
}

struct Case {
    file: String,
    class: String,
    edits: Vec<String>,
}

fn parse_case(text: &str) -> Case {
    let mut case = Case {
        file: String::new(),
        class: String::new(),
        edits: vec![],
    };
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (k, v) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("not `key: value`: {line}"));
        let v = v.trim().to_string();
        match k {
            "file" => case.file = v,
            "class" => case.class = v,
            "edit" => case.edits.push(v),
            other => panic!("unknown key `{other}`"),
        }
    }
    case
}

/// review.csv without the line column, sorted: findings keep their meaning when rows move.
fn review_without_lines(bytes: &[u8]) -> Vec<String> {
    let mut rows: Vec<String> = String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| {
            l.rsplit_once(',')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        })
        .collect();
    rows.sort();
    rows
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_string)
        .collect()
}

fn key(row: &str) -> String {
    row.splitn(5, ',').take(4).collect::<Vec<_>>().join(",")
}

#[test]
fn hostile_inputs() {
    let (clean_results, clean_review) = clean();
    let mut count = 0;
    insta::glob!("hostile/*.case", |path: &Path| {
        count += 1;
        let case = parse_case(&std::fs::read_to_string(path).unwrap());
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        setup(root);
        let target: PathBuf = root.join(&case.file);
        let mut bytes = None;
        for e in &case.edits {
            if e.starts_with("generate ") {
                bytes = Some(generate(e));
                continue;
            }
            let content = match bytes.take() {
                Some(b) => Content::Bytes(b),
                None => Content::Bytes(std::fs::read(&target).unwrap()),
            };
            let content = match content {
                // CSV edits work on records; text edits on bytes.
                Content::Bytes(b)
                    if target.extension().is_some_and(|x| x == "csv") && !is_byte_edit(e) =>
                {
                    Content::Records(Content::Bytes(b).records())
                }
                c => c,
            };
            bytes = Some(edit(content, e).bytes());
        }
        std::fs::write(&target, bytes.expect("a case edits its file")).unwrap();
        let started = std::time::Instant::now();
        let outcome = run(root);
        let took = started.elapsed();
        let report = match (case.class.as_str(), outcome) {
            ("identical", Outcome::Written { results, review }) => {
                assert!(
                    results == *clean_results,
                    "{}: results.csv differs from the clean run",
                    path.display()
                );
                assert_eq!(
                    review_without_lines(&review),
                    review_without_lines(clean_review),
                    "{}",
                    path.display()
                );
                "accepted: results.csv identical to the clean run".to_string()
            }
            ("cell", Outcome::Written { results, review }) => {
                let (a, b) = (lines(clean_results), lines(&results));
                assert_eq!(
                    a.iter().map(|r| key(r)).collect::<Vec<_>>(),
                    b.iter().map(|r| key(r)).collect::<Vec<_>>(),
                    "{}: every unit keeps every row",
                    path.display()
                );
                let changed: Vec<String> = b.iter().filter(|r| !a.contains(r)).cloned().collect();
                let (ra, rb) = (lines(clean_review), lines(&review));
                let findings: Vec<String> =
                    rb.iter().filter(|r| !ra.contains(r)).cloned().collect();
                assert!(
                    !changed.is_empty() || !findings.is_empty(),
                    "{}: nothing changed",
                    path.display()
                );
                format!(
                    "accepted, flagged\n\nnew in review.csv:\n{}\n\nchanged in results.csv:\n{}",
                    findings.join("\n"),
                    changed.join("\n")
                )
            }
            ("structural", Outcome::Rejected(e)) => format!("rejected, nothing written\n\n{e}"),
            ("accepted", Outcome::Written { results, .. }) => {
                let added: Vec<String> = lines(&results)
                    .into_iter()
                    .filter(|r| r.contains(",genererad,") && !r.contains(",enhet,"))
                    .collect();
                format!(
                    "accepted: the generated indicator is checked and published\n\n{}",
                    added.join("\n")
                )
            }
            (class, Outcome::Written { .. }) => panic!(
                "{}: expected {class}, but the run was accepted",
                path.display()
            ),
            (class, Outcome::Rejected(e)) => panic!(
                "{}: expected {class}, but the run was rejected:\n{e}",
                path.display()
            ),
        };
        // Generated inputs must not make the engine slow (the 40-question rule, 50 MB).
        assert!(took.as_secs() < 20, "{}: took {took:?}", path.display());
        insta::assert_snapshot!(report);
    });
    assert!(count >= 40, "the corpus has {count} cases");
}

fn is_byte_edit(e: &str) -> bool {
    ["bom", "crlf", "append-raw", "empty", "replace-text"]
        .iter()
        .any(|k| e.split_whitespace().next() == Some(k))
}
