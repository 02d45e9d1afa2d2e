//! Helpers shared by the integration tests.

use std::path::Path;

/// Copies a directory tree (files and subdirectories).
#[allow(dead_code)]
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// The 2015 `källa register` declaration: the columns a generated register has.
#[allow(dead_code)]
pub fn register_source() -> oj::ir::SourceDef {
    let indicators = Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators");
    let (program, _) = oj::run::load_program(&indicators, 2015)
        .ok()
        .expect("the 2015 indicators check");
    program
        .sources
        .into_iter()
        .find(|s| s.name == "register")
        .expect("2015 declares källa register")
}

/// The bundled example data (`data/example`) evaluated under `year`'s indicators, and
/// the indicator files' sources (for rendering diagnostics and explain).
#[allow(dead_code)]
pub fn example_run(year: u32) -> (oj::aggregate::YearRun, oj::source::Sources) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (program, sources) = oj::run::load_program(&root.join("indicators"), year)
        .ok()
        .expect("indicators check");
    let run = oj::run::evaluate_year(
        program,
        &root.join("data/example"),
        &oj::run::Without::default(),
    )
    .ok()
    .expect("data load");
    (run, sources)
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A year directory `root/YEAR` with the 2015 codebook dated for that year, an `år`
/// block (inheriting `YEAR-1` when asked) and the given files.
#[allow(dead_code)]
pub fn year_dir(root: &Path, year: u32, matdatum: &str, inherits: bool, files: &[(&str, &str)]) {
    let dir = root.join(year.to_string());
    std::fs::create_dir_all(&dir).unwrap();
    let codebook = std::fs::read_to_string(manifest().join("indicators/2015/codebook.yaml"))
        .unwrap()
        .replace(
            "publication_year: 2015",
            &format!("publication_year: {year}"),
        )
        .replace("matdatum: '2014-11-01'", &format!("matdatum: '{matdatum}'"));
    std::fs::write(dir.join("codebook.yaml"), codebook).unwrap();
    let inherit = if inherits {
        format!("    ärver \"../{}\"\n", year - 1)
    } else {
        String::new()
    };
    std::fs::write(
        dir.join("ar.oj"),
        format!(
            "år {year} {{\n{inherit}    kodbok \"codebook.yaml\"\n    mätdatum {matdatum}\n}}\n"
        ),
    )
    .unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// A data directory `dir` for 2015: the example's units and survey, and the given files
/// of `2015/`.
#[allow(dead_code)]
pub fn data_dir(dir: &Path, files: &[(&str, &str)]) {
    std::fs::create_dir_all(dir.join("2015")).unwrap();
    std::fs::copy(
        manifest().join("data/example/units.csv"),
        dir.join("units.csv"),
    )
    .unwrap();
    std::fs::copy(
        manifest().join("data/example/2015/survey.csv"),
        dir.join("2015/survey.csv"),
    )
    .unwrap();
    for (name, text) in files {
        std::fs::write(dir.join("2015").join(name), text).unwrap();
    }
}

/// The 2015 run of the example data under a copy of the repository's indicator files
/// that `edit` changed first.
#[allow(dead_code)]
pub fn edited_run(edit: impl FnOnce(&Path)) -> oj::aggregate::YearRun {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("indicators");
    copy_tree(&manifest().join("indicators"), &dir);
    edit(&dir);
    let (program, _) = oj::run::load_program(&dir, 2015)
        .ok()
        .expect("the edited indicators check");
    oj::run::evaluate_year(
        program,
        &manifest().join("data/example"),
        &oj::run::Without::default(),
    )
    .ok()
    .expect("data load")
}

/// The first of `paths` that exists: a program a test drives. Without it, `None` when the
/// variable `skip` is set (the test says it skips), else the test fails saying what to
/// install.
#[allow(dead_code)]
pub fn installed(paths: &[&str], skip: &str, install: &str) -> Option<std::path::PathBuf> {
    let found = paths
        .iter()
        .map(std::path::PathBuf::from)
        .find(|p| p.exists());
    if found.is_none() {
        if std::env::var_os(skip).is_some() {
            eprintln!("{skip} is set: skipping what needs {}", paths[0]);
            return None;
        }
        panic!(
            "{} is not installed ({install}; .ci/run does it), or set {skip}=1",
            paths[0]
        );
    }
    found
}

/// Headless Chromium (Debian's `chromium`), or `None` when OJ_SKIP_BROWSER=1 says to
/// skip the browser tests; without it and without that variable, the test fails.
#[allow(dead_code)]
pub fn browser() -> Option<std::path::PathBuf> {
    installed(
        &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        "OJ_SKIP_BROWSER",
        "apt-get install chromium",
    )
}

/// Every `.rs` file under `dir` (tests that read the sources: layers, messages).
#[allow(dead_code)]
pub fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Console errors as Chromium logs them (`CONSOLE(…)` / `Uncaught …` / a resource that
/// did not load).
#[allow(dead_code)]
pub fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| {
            l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Failed to load resource")
        })
        .collect()
}
