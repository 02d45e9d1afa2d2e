//! docs/yearly-update.md, performed as written: its files are written, its codebook edits
//! made, its commands run with the `oj` binary in a copy of the indicators and the example
//! data, and each output block it shows must appear in what the command before it printed.
//!
//! The one step a methodologist does not type, receiving the 2016 answers, is done here:
//! the 2015 answers with the 2016 questionnaire's variables (`data/example/2016`). And the
//! impact figures the doc shows are checked against counts made from survey.csv directly,
//! not by the engine.

mod common;
use common::copy_tree;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn records(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// The 2016 answers: the 2015 rows without the questions that left, with the new ones
/// blank.
fn answers_2016(data: &Path) {
    let (header, rows) = records(&data.join("2015/survey.csv"));
    let keep: Vec<usize> = (0..header.len())
        .filter(|&i| !header[i].contains("foraldraformaga"))
        .collect();
    let mut w = csv::Writer::from_path(data.join("2016/survey.csv")).unwrap();
    let mut h: Vec<&str> = keep.iter().map(|&i| header[i].as_str()).collect();
    h.extend(["C1_ivo", "C2_ivo"]);
    w.write_record(&h).unwrap();
    for r in &rows {
        let mut out: Vec<&str> = keep.iter().map(|&i| r[i].as_str()).collect();
        out.extend(["", ""]);
        w.write_record(&out).unwrap();
    }
    w.flush().unwrap();
    for f in ["register.csv", "bakgrund.csv"] {
        std::fs::copy(data.join("2015").join(f), data.join("2016").join(f)).unwrap();
    }
}

fn remove_variables(path: &Path, ids: &str) {
    let ids: Vec<&str> = ids
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    let mut skipping = false;
    let mut removed = 0;
    for line in text.split_inclusive('\n') {
        if let Some(id) = line.strip_prefix("- id: ") {
            skipping = ids.contains(&id.trim());
            removed += usize::from(skipping);
        } else if !line.starts_with(' ') {
            skipping = false;
        }
        if !skipping {
            out.push_str(line);
        }
    }
    assert_eq!(
        removed,
        ids.len(),
        "every variable the doc deletes is in the codebook"
    );
    std::fs::write(path, out).unwrap();
}

#[test]
fn the_walk_through_works_as_written() {
    let doc = std::fs::read_to_string(manifest().join("docs/yearly-update.md")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    for year in ["2014", "2015"] {
        copy_tree(
            &manifest().join("indicators").join(year),
            &root.join("indicators").join(year),
        );
    }
    copy_tree(&manifest().join("data/example"), &root.join("data/example"));
    std::fs::create_dir_all(root.join("data/example/2016")).unwrap();
    answers_2016(&root.join("data/example"));

    let mut last_output = String::new();
    let (mut commands, mut files, mut edits, mut outputs) = (0, 0, 0, 0);
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(info) = line.strip_prefix("```") else {
            continue;
        };
        let mut block = String::new();
        for l in lines.by_ref() {
            if l.starts_with("```") {
                break;
            }
            block.push_str(l);
            block.push('\n');
        }
        let indicators = root.join("indicators");
        if let Some(file) = info.strip_prefix("oj file=") {
            std::fs::write(indicators.join(file), &block).unwrap();
            files += 1;
        } else if let Some(file) = info.strip_prefix("text remove=") {
            remove_variables(&indicators.join(file), &block);
            edits += 1;
        } else if let Some(file) = info.strip_prefix("yaml append=") {
            let mut text = std::fs::read_to_string(indicators.join(file)).unwrap();
            text.push_str(&block);
            std::fs::write(indicators.join(file), text).unwrap();
            edits += 1;
        } else if info == "oj" {
            // A file as `oj new-year` wrote it.
            assert_eq!(
                std::fs::read_to_string(indicators.join("2016/ar.oj")).unwrap(),
                block,
                "the doc shows indicators/2016/ar.oj as oj new-year writes it"
            );
            outputs += 1;
        } else if info == "sh" {
            for cmd in block.lines().filter(|l| !l.trim().is_empty()) {
                let words: Vec<&str> = cmd.split_whitespace().collect();
                assert_eq!(words[0], "oj", "the walk-through runs only oj: `{cmd}`");
                let out = Command::new(env!("CARGO_BIN_EXE_oj"))
                    .args(&words[1..])
                    .current_dir(root)
                    .env("NO_COLOR", "1")
                    // The doc is in English and shows the English output.
                    .env("OJ_LANG", "en")
                    .output()
                    .unwrap();
                last_output = String::from_utf8_lossy(&out.stdout).into_owned();
                assert!(
                    out.status.success(),
                    "`{cmd}` failed:\n{}\n{}",
                    last_output,
                    String::from_utf8_lossy(&out.stderr)
                );
                commands += 1;
            }
        } else if info == "text" {
            let printed: Vec<&str> = last_output.lines().map(str::trim_end).collect();
            for expected in block.lines().map(str::trim_end) {
                assert!(
                    printed.contains(&expected),
                    "the doc shows {expected:?}, but the command printed:\n{last_output}"
                );
            }
            outputs += 1;
        }
    }
    assert_eq!(
        (files, edits, commands, outputs),
        (3, 2, 8, 7),
        "the walk-through's blocks"
    );
    check_impact_independently(root);
}

/// The impact of the new social_jour rule, counted from survey.csv without the engine:
/// before, Ja when L1 = Ja, Delvis when L1 = Nej and L2 = Ja, Nej when both are Nej,
/// Bortfall otherwise; after, Ja when L1 = Ja and Nej when L1 = Nej.
fn check_impact_independently(root: &Path) {
    let (header, rows) = records(&root.join("data/example/2015/survey.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (l1, l2, enhet) = (
        col("L1_jour_socionom_all_tid"),
        col("L2_nagon_jour"),
        col("enhet"),
    );
    let mut expected: BTreeMap<String, (&str, &str)> = BTreeMap::new();
    let (mut ja, mut before_n, mut after_n) = (0u32, 0u32, 0u32);
    for r in &rows {
        let before = match (r[l1].as_str(), r[l2].as_str()) {
            ("1", _) => "Ja",
            ("2", "1") => "Delvis",
            ("2", "2") => "Nej",
            _ => "Bortfall",
        };
        let after = match r[l1].as_str() {
            "1" => "Ja",
            "2" => "Nej",
            _ => "Bortfall",
        };
        ja += u32::from(before == "Ja");
        before_n += u32::from(before != "Bortfall");
        after_n += u32::from(after != "Bortfall");
        if before != after {
            expected.insert(r[enhet].clone(), (before, after));
        }
    }
    let (_, impact) = records(&root.join("out/impact-2016/impact.csv"));
    let got: BTreeMap<String, (&str, &str)> = impact
        .iter()
        .filter(|r| r[0] == "social_jour" && r[1] == "enhet")
        .map(|r| (r[2].clone(), (r[3].as_str(), r[4].as_str())))
        .collect();
    assert_eq!(got, expected);
    let count = |b: &str, a: &str| expected.values().filter(|t| **t == (b, a)).count();
    assert_eq!((count("Delvis", "Nej"), count("Bortfall", "Nej")), (24, 10));
    // Riket: the share of Ja among units with Ja, Delvis or Nej, rounded half up.
    let pct = |n: u32, d: u32| ((200 * n + d) / (2 * d)).to_string() + ".0";
    let riket = impact
        .iter()
        .find(|r| r[0] == "social_jour" && r[1] == "riket")
        .unwrap();
    assert_eq!(
        (riket[3].as_str(), riket[4].as_str()),
        (pct(ja, before_n).as_str(), pct(ja, after_n).as_str())
    );
    assert_eq!((riket[3].as_str(), riket[4].as_str()), ("72.0", "69.0"));
    // Only social_jour changes.
    assert!(impact.iter().all(|r| r[0] == "social_jour"));
}
