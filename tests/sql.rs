//! `oj sql`: the register indicators compiled to SQL. The query is the spec of what a
//! SQL engine computes; bench/register_bench.py runs it in DuckDB and checks every cell
//! against `oj eval` (all 1872 cells of the example data agree, see docs/performance.md).

use std::path::Path;

#[test]
fn the_register_query_of_2015() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (program, _) = oj::run::load_program(&root.join("indicators"), 2015)
        .ok()
        .expect("indicators check");
    let q = oj::sql::register_query(&program, "register", "register.csv", "units.csv").unwrap();
    insta::assert_snapshot!(q);
}

#[test]
fn only_registers_are_compiled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (program, _) = oj::run::load_program(&root.join("indicators"), 2015)
        .ok()
        .expect("indicators check");
    assert_eq!(
        oj::sql::register_query(&program, "bakgrund", "b.csv", "u.csv").unwrap_err(),
        "`bakgrund` har en rad per kommun; bara register (`per person`) kompileras till SQL"
    );
    assert_eq!(
        oj::sql::register_query(&program, "registret", "r.csv", "u.csv").unwrap_err(),
        "2015 har ingen källa `registret`"
    );
}
