//! Entry points for fuzzing, shared by the cargo-fuzz targets in `fuzz/` and the bounded
//! run in `cargo test` (tests/fuzz_bounded.rs). Each takes arbitrary bytes and must never
//! panic: every input is either accepted or rejected with a diagnostic.

use crate::source::Sources;
use std::path::Path;
use std::sync::OnceLock;

/// The indicator language: parse, and when it parses, check against the 2015 codebook.
pub fn indicator_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut sources = Sources::default();
    let id = sources.add("fuzz.oj", text.to_string());
    if let Ok(file) = crate::syntax::parse_file(id, text) {
        // Printing the AST walks every node.
        let _ = crate::syntax::print::sexpr(&file, text);
    }
}

fn units() -> &'static crate::data::Units {
    static UNITS: OnceLock<crate::data::Units> = OnceLock::new();
    UNITS.get_or_init(|| {
        let text = concat!(
            "enhet,namn,typ,kommun,lan,lansnamn,folkmangd,befolkningsgrupp,kommungrupp\n",
            "0114,Upplands Väsby,kommun,0114,01,Stockholms län,46786,3,Pendlingskommun\n",
            "0180,Stockholm,kommun,0180,01,Stockholms län,974073,5,Storstäder\n",
            "018001,Stockholm Rinkeby-Kista,stadsdel,0180,01,Stockholms län,,5,Storstäder\n",
        );
        let t = crate::data::table::parse(Path::new("units.csv"), text.as_bytes()).expect("units");
        crate::data::Units::from_table(Path::new("units.csv"), &t).expect("units")
    })
}

/// The CSV readers: the strict table reader, units.csv, and the register scan.
pub fn csv_file(data: &[u8]) {
    let path = Path::new("fuzz.csv");
    if let Ok(t) = crate::data::table::parse(path, data) {
        let _ = crate::data::Units::from_table(path, &t);
    }
    let source = crate::ir::SourceDef {
        name: "register".into(),
        file: "fuzz.csv".into(),
        per: crate::ir::Per::Person,
        columns: vec![
            crate::ir::ColumnDef {
                name: "a".into(),
                ty: crate::ir::ColType::Heltal,
                optional: false,
                description: None,
            },
            crate::ir::ColumnDef {
                name: "k".into(),
                ty: crate::ir::ColType::Kommun,
                optional: false,
                description: None,
            },
            crate::ir::ColumnDef {
                name: "f".into(),
                ty: crate::ir::ColType::Flagga,
                optional: true,
                description: None,
            },
        ],
        kommun: 1,
        span: crate::source::Span::default(),
    };
    let measure = crate::ir::SourceMeasure {
        source: 0,
        kommun: 1,
        matar: 2014,
        subgroup: None,
        population: crate::ir::RowCond::Atom(crate::ir::Check::Cmp(
            crate::ir::CmpOp::Ge,
            crate::ir::RowNum::Col(0),
            crate::ir::RowNum::Const(1990),
        )),
        counts: vec![
            ("n".into(), crate::ir::RowCond::Const(true)),
            (
                "m".into(),
                crate::ir::RowCond::Atom(crate::ir::Check::Blank(2)),
            ),
        ],
        survey: vec![],
        slots: vec![],
        slot_names: vec![],
        slot_spans: vec![],
        taljare: crate::ir::SlotNum::Const(crate::num::int(1)),
        namnare: crate::ir::SlotNum::Const(crate::num::int(1)),
        scale: crate::ir::Scale::Percent,
        decimals: 0,
        suppression: None,
        secondary: None,
        linked: None,
        examples: vec![],
        lan_examples: vec![],
    };
    let kommuner: Vec<String> = units().kommuner().map(|u| u.enhet.clone()).collect();
    let _ = crate::data::register::scan_reader_for_fuzzing(data, &source, &[&measure], &kommuner);
}
