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
