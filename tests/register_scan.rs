//! The register is read in parts by several threads: the parts must give exactly what one
//! thread gives (counts, findings with their line numbers, errors with their line), also
//! when cells are quoted (then one thread reads the file).

mod common;

use oj::data::register::{scan_with, RegisterCounts};
use oj::ir::{Kind, Program, SourceMeasure};
use std::path::Path;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn program() -> Program {
    oj::run::load_program(&manifest().join("indicators"), 2015)
        .ok()
        .expect("indicators check")
        .0
}

fn scan(program: &Program, path: &Path, threads: usize) -> Result<RegisterCounts, String> {
    let source = program
        .sources
        .iter()
        .position(|s| s.name == "register")
        .unwrap();
    let measures: Vec<&SourceMeasure> = program
        .indicators
        .iter()
        .filter_map(|i| match &i.kind {
            Kind::Source(m) if m.source == source => Some(&**m),
            _ => None,
        })
        .collect();
    let units = oj::data::Units::load(&manifest().join("data/example/units.csv")).unwrap();
    let mut kommuner: Vec<String> = units.kommuner().map(|u| u.enhet.clone()).collect();
    kommuner.sort();
    scan_with(
        path,
        "2015/register.csv",
        &program.sources[source],
        &measures,
        &kommuner,
        threads,
    )
    .map_err(|d| format!("{}: {:?}", d.message, d.location.as_ref().map(|l| l.line)))
}

/// A generated register with bad records spread through it.
fn register_with_findings(dir: &Path) -> std::path::PathBuf {
    let units = oj::data::Units::load(&manifest().join("data/example/units.csv")).unwrap();
    let mut bytes = vec![];
    oj::generate::register(&common::register_source(), &units, 20_000, 3, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        out.push_str(line);
        out.push('\n');
        if i % 4000 == 1234 {
            out.push_str("9,1990,2,0114,1,1,1,1,0\n"); // fodd_i_sverige 2
            out.push_str("9,1990,1,9999,1,1,1,1,0\n"); // unknown kommun
            out.push('\n'); // an empty line
        }
    }
    let path = dir.join("register.csv");
    std::fs::write(&path, out).unwrap();
    path
}

fn same(a: &RegisterCounts, b: &RegisterCounts) {
    assert_eq!(a.counts, b.counts);
    assert_eq!(a.records, b.records);
    assert_eq!(a.findings, b.findings);
}

#[test]
fn parts_give_what_one_thread_gives() {
    let program = program();
    let tmp = tempfile::tempdir().unwrap();
    let path = register_with_findings(tmp.path());
    let one = scan(&program, &path, 1).unwrap();
    assert_eq!(one.findings.len(), 10, "{:?}", one.findings);
    assert!(one.findings.iter().all(|f| f.line.is_some()));
    for threads in [2, 3, 7] {
        same(&one, &scan(&program, &path, threads).unwrap());
    }
    // The line numbers are those of the file.
    let text = std::fs::read_to_string(&path).unwrap();
    for f in &one.findings {
        let line = text.lines().nth(f.line.unwrap() as usize - 1).unwrap();
        assert!(line.starts_with("9,1990,"), "line {:?}: {line}", f.line);
    }
}

#[test]
fn a_quoted_file_is_read_whole() {
    let program = program();
    let tmp = tempfile::tempdir().unwrap();
    let path = register_with_findings(tmp.path());
    let text = std::fs::read_to_string(&path).unwrap();
    // Quote one cell near the end: every part must give way to one whole read.
    let quoted = text.replacen(",0114,", ",\"0114\",", 1);
    let reversed: String = {
        let mut lines: Vec<&str> = quoted.lines().collect();
        let header = lines.remove(0);
        lines.reverse();
        std::iter::once(header)
            .chain(lines)
            .map(|l| format!("{l}\n"))
            .collect()
    };
    std::fs::write(&path, &reversed).unwrap();
    let one = scan(&program, &path, 1).unwrap();
    same(&one, &scan(&program, &path, 4).unwrap());
}

#[test]
fn a_ragged_row_in_a_later_part_names_its_line() {
    let program = program();
    let tmp = tempfile::tempdir().unwrap();
    let path = register_with_findings(tmp.path());
    let mut lines: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines[17_000] = "1,2,3".into();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let one = scan(&program, &path, 1).unwrap_err();
    assert!(one.contains("Some(17001)"), "{one}");
    assert_eq!(one, scan(&program, &path, 3).unwrap_err());
    // The parts are read on threads of their own, in the language of the one that asked.
    use oj::locale::{with, Lang};
    let en = with(Lang::En, || scan(&program, &path, 3).unwrap_err());
    assert_eq!(en, with(Lang::En, || scan(&program, &path, 1).unwrap_err()));
    assert!(en.starts_with("the row has 3 cells"), "{en}");
    assert!(one.starts_with("raden har 3 celler"), "{one}");
}

#[test]
fn a_generated_register_has_the_columns_its_kalla_declares() {
    let units = oj::data::Units::load(&manifest().join("data/example/units.csv")).unwrap();
    let mut source = common::register_source();
    // A column the engine has never seen: generated by its type.
    source.columns.insert(
        3,
        oj::ir::ColumnDef {
            name: "antal_placeringar".into(),
            ty: oj::ir::ColType::Heltal,
            optional: false,
            description: None,
        },
    );
    let mut bytes = vec![];
    oj::generate::register(&source, &units, 100, 1, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let declared: Vec<&str> = source.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(header, declared);
    for l in lines {
        let cells: Vec<&str> = l.split(',').collect();
        assert_eq!(cells.len(), declared.len(), "{l}");
        assert!(cells[3].parse::<u32>().is_ok(), "{l}");
    }
}
