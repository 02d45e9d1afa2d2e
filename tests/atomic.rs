//! Outputs are all or nothing: a run that fails while publishing, or is killed at any
//! moment, leaves the previous outputs (or, after it finished, the new ones), never a
//! half-written file or a mix, and no temporary files once the next run starts.

mod common;
use common::copy_tree;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

const OUTPUTS: [&str; 3] = ["results.csv", "review.csv", "manifest.json"];

fn previous(out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    for f in OUTPUTS {
        std::fs::write(out.join(f), format!("previous {f}\n")).unwrap();
    }
}

fn state(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn eval(root: &Path, out: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_oj"));
    // The language the tests expect, whatever the shell says.
    c.env_remove("OJ_LANG");
    c.args(["eval", "--year", "2015", "--data", "data", "--out", out])
        .arg("--indicators")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators"))
        .current_dir(root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    c
}

#[test]
fn a_failed_publication_leaves_the_previous_outputs() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/example"),
        &root.join("data"),
    );
    let out = root.join("out");
    previous(&out);
    // manifest.json, written last, cannot be renamed into place: a directory is in the way.
    std::fs::remove_file(out.join("manifest.json")).unwrap();
    std::fs::create_dir_all(out.join("manifest.json/in-the-way")).unwrap();
    let before = state(&out);
    let status = eval(root, "out").status().unwrap();
    assert!(!status.success());
    assert_eq!(
        state(&out),
        before,
        "the previous outputs are untouched, and nothing is left over"
    );
}

#[test]
fn a_killed_run_never_leaves_a_half_written_output() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/example"),
        &root.join("data"),
    );
    // A register big enough that a run takes a while.
    let units = oj::data::Units::load(&root.join("data/units.csv")).unwrap();
    let mut f = std::io::BufWriter::new(
        std::fs::File::create(root.join("data/2015/register.csv")).unwrap(),
    );
    oj::generate::register(&common::register_source(), &units, 300_000, 5, &mut f).unwrap();
    drop(f);
    // The complete new outputs, for reference (the manifest names the out directory, so
    // every run below writes to the same one).
    let out = "out";
    assert!(eval(root, out).status().unwrap().success());
    let complete = state(&root.join(out));
    std::fs::remove_dir_all(root.join(out)).unwrap();
    let old = {
        previous(&root.join(out));
        state(&root.join(out))
    };
    let mut seen_old = 0;
    for delay in [0u64, 20, 50, 100, 200, 300, 500, 800, 1200, 2000] {
        previous(&root.join(out));
        let mut child = eval(root, out).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let published: Vec<(String, Vec<u8>)> = state(&root.join(out))
            .into_iter()
            .filter(|(n, _)| !n.starts_with('.'))
            .collect();
        // Every published name holds a whole file, either the previous one or the new one.
        for (name, bytes) in &published {
            let whole = complete
                .iter()
                .chain(&old)
                .any(|(n, b)| n == name && b == bytes);
            assert!(
                whole,
                "killed after {delay} ms: {name} is neither the previous nor the new file"
            );
        }
        if published == old {
            seen_old += 1;
        }
        // The next run cleans up and publishes the complete outputs.
        assert!(eval(root, out).status().unwrap().success());
        assert!(
            state(&root.join(out)) == complete,
            "killed after {delay} ms: a new run does not publish the complete outputs"
        );
    }
    assert!(seen_old > 0, "some kill should land before publication");
}
