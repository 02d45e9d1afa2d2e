//! The language server never crashes: a bounded run of random edits of real indicator
//! files (deletions, duplications and insertions of the language's own tokens), each
//! followed by requests at random places, all answered. In-process, through
//! `oj::lsp::Server`, so a panic fails the test with its message.

mod common;

use lsp_server::Notification;
use oj::lsp::{request, uri_of, Server};
use serde_json::json;
use std::path::Path;

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "\"",
    "=",
    "!=",
    "<=",
    " och ",
    " eller ",
    "inte ",
    "fråga ",
    "när ",
    "Ja",
    "Ej aktuellt",
    "\n",
    "    ",
    "indikator ",
    "utgår ",
    "ändra ",
    "publiceras ",
    "mätår-2",
    "..",
    "#",
    "å",
    "ä",
    "ö",
    "\u{1F600}",
    "x",
    "1",
    "-9",
];

#[test]
fn random_edits_never_crash_the_server() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &indicators);
    let mut server = Server::default();
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let files = [
        "2015/11_kompetens.oj",
        "2015/13_register.oj",
        "2014/03_extern.oj",
    ];
    let mut answered = 0;
    for round in 0..3 {
        let path = indicators.join(files[round % files.len()]);
        let uri = uri_of(&path);
        let mut text = std::fs::read_to_string(&path).unwrap();
        server.notification(Notification::new(
            "textDocument/didOpen".into(),
            json!({"textDocument": {"uri": uri, "languageId": "oj", "version": 0, "text": text}}),
        ));
        for version in 1..=40 {
            // An edit at a character boundary.
            let mut at = next(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match next(3) {
                0 => {
                    let mut end = (at + next(40)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.replace_range(at..end, "");
                }
                1 => text.insert_str(at, TOKENS[next(TOKENS.len())]),
                _ => {
                    let mut end = (at + next(80)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    let copy = text[at..end].to_string();
                    text.insert_str(end, &copy);
                }
            }
            let published = server.notification(Notification::new(
                "textDocument/didChange".into(),
                json!({"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [{"text": text}]}),
            ));
            assert!(
                published.iter().any(|n| n.params["uri"] == uri.as_str()),
                "diagnostics (perhaps empty) are published for the edited file"
            );
            let lines = text.lines().count().max(1);
            let position = json!({"line": next(lines + 2), "character": next(120)});
            for (i, method) in [
                "textDocument/hover",
                "textDocument/completion",
                "textDocument/definition",
                "textDocument/references",
                "textDocument/documentSymbol",
                "textDocument/formatting",
            ]
            .iter()
            .enumerate()
            {
                let mut params = json!({"textDocument": {"uri": uri}, "position": position});
                match *method {
                    "textDocument/references" => {
                        params["context"] = json!({"includeDeclaration": true})
                    }
                    "textDocument/formatting" => {
                        params = json!({"textDocument": {"uri": uri},
                                        "options": {"tabSize": 4, "insertSpaces": true}})
                    }
                    "textDocument/documentSymbol" => params = json!({"textDocument": {"uri": uri}}),
                    _ => {}
                }
                let response = server.request(request(i as i32, method, params));
                assert!(
                    response.response_result.is_ok(),
                    "{method}: {:?}",
                    response.response_result.err().map(|e| e.message)
                );
                answered += 1;
            }
        }
    }
    assert_eq!(answered, 3 * 40 * 6);
}
