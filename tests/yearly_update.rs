//! docs/yearly-update.md, performed as written: its files are written, its commands run
//! with the `oj` binary in a copy of the indicators, and each output block it shows must
//! appear in what the command before it printed.
//!
//! The one step a methodologist does not type, receiving the year's codebook from the
//! survey team, is done here: the 2015 codebook with every date a year later and the
//! variables of the new party (`C1_ivo`, `C2_ivo`).

mod common;
use common::copy_tree;

use std::path::Path;
use std::process::Command;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The 2016 codebook as the survey team would deliver it.
fn codebook_2016() -> String {
    let text = std::fs::read_to_string(manifest().join("indicators/2015/codebook.yaml")).unwrap();
    let shifted: String = {
        // Every date one year later: `2014-11-01` → `2015-11-01`.
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
            out.push_str(&rest[..i]);
            let candidate = &rest[i..];
            let is_date = candidate.len() >= 10
                && candidate.as_bytes()[4] == b'-'
                && candidate.as_bytes()[7] == b'-'
                && candidate[..4].chars().all(|c| c.is_ascii_digit());
            if is_date {
                let year: i32 = candidate[..4].parse().unwrap();
                out.push_str(&(year + 1).to_string());
                rest = &candidate[4..];
            } else {
                out.push_str(&candidate[..1]);
                rest = &candidate[1..];
            }
        }
        out.push_str(rest);
        out.replace("publication_year: 2015", "publication_year: 2016")
    };
    shifted.replace(
        "- id: D1_bbic_licens",
        "- id: C1_ivo\n  text: Har ni den <mätdatum> skriftliga och på ledningsnivå beslutade överenskommelser för hur samverkan på handläggarnivå i enskilda ärenden ska ske med Inspektionen för vård och omsorg?\n  type: categorical\n  values: overenskommelse\n- id: C2_ivo\n  text: Har ni under perioden <mätperiod> följt upp överenskommelsen om samverkan med Inspektionen för vård och omsorg?\n  type: categorical\n  values: overenskommelse_uppfoljd\n  period: 2014-11-01..2015-11-01\n- id: D1_bbic_licens",
    )
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
    let mut last_output = String::new();
    let (mut commands, mut files, mut outputs) = (0, 0, 0);
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
        if let Some(file) = info.strip_prefix("oj file=") {
            std::fs::write(root.join("indicators").join(file), &block).unwrap();
            files += 1;
        } else if info == "sh" {
            for cmd in block.lines().filter(|l| !l.trim().is_empty()) {
                let words: Vec<&str> = cmd.split_whitespace().collect();
                match words[0] {
                    "mkdir" => {
                        std::fs::create_dir_all(root.join(words[1])).unwrap();
                        // The survey team's codebook arrives in the new directory.
                        std::fs::write(root.join(words[1]).join("codebook.yaml"), codebook_2016())
                            .unwrap();
                    }
                    "oj" => {
                        let out = Command::new(env!("CARGO_BIN_EXE_oj"))
                            .args(&words[1..])
                            .current_dir(root)
                            .env("NO_COLOR", "1")
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
                    other => panic!("the walk-through runs an unknown command `{other}`"),
                }
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
        (files, commands, outputs),
        (3, 4, 2),
        "the walk-through's blocks"
    );
}
