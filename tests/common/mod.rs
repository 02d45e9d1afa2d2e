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
