//! An `oj lsp` session over stdio, as an editor drives it: initialize; open a file with a
//! misspelt variable (E0101 on its line, with a quick fix); fix it (the diagnostics are
//! cleared); hover, completion, definition, references, symbols; shutdown and exit.

mod common;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next: i64,
    /// Notifications received while waiting for responses.
    notifications: Vec<Value>,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_oj"))
            .env_remove("OJ_LANG")
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("oj lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Client {
            child,
            stdin,
            stdout,
            next: 1,
            notifications: vec![],
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn read(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap();
            assert!(!line.is_empty(), "the server closed its output");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next;
        self.next += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let msg = self.read();
            if msg.get("id") == Some(&json!(id)) {
                assert!(msg.get("error").is_none(), "{method}: {msg}");
                return msg["result"].clone();
            }
            self.notifications.push(msg);
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            if let Some(i) = self.notifications.iter().position(|n| {
                n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
            }) {
                let n = self.notifications.remove(i);
                return n["params"]["diagnostics"].as_array().unwrap().clone();
            }
            let msg = self.read();
            self.notifications.push(msg);
        }
    }
}

fn uri(path: &Path) -> String {
    oj::lsp::uri_of(path).as_str().to_string()
}

#[test]
fn an_editor_session() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &indicators);
    let file = indicators.join("2015/11_kompetens.oj");
    let good = std::fs::read_to_string(&file).unwrap();
    assert!(
        good.contains("fråga g7 = G7_handlaggare_arsarbetare"),
        "the file as expected"
    );
    let bad = good.replace(
        "fråga g7 = G7_handlaggare_arsarbetare",
        "fråga g7 = G7_handlaggare_arsarbetar",
    );
    let file_uri = uri(&file);

    let mut c = Client::start();
    let init = c.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(tmp.path()), "capabilities": {}}),
    );
    assert_eq!(init["capabilities"]["hoverProvider"], true);
    c.notify("initialized", json!({}));

    // A misspelt variable: E0101 on its line, with the fix as a code action.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file_uri, "languageId": "oj", "version": 1, "text": bad}}),
    );
    let diags = c.diagnostics(&file_uri);
    let line = bad[..bad.find("G7_handlaggare_arsarbetar").unwrap()]
        .matches('\n')
        .count();
    let e0101 = diags
        .iter()
        .find(|d| d["code"] == "E0101")
        .unwrap_or_else(|| panic!("no E0101 in {diags:#?}"));
    assert_eq!(e0101["range"]["start"]["line"], line);
    assert_eq!(e0101["severity"], 1);
    assert!(e0101["message"]
        .as_str()
        .unwrap()
        .contains("G7_handlaggare_arsarbetar"));
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": file_uri}, "range": e0101["range"],
               "context": {"diagnostics": [e0101]}}),
    );
    let edit = &actions[0]["edit"]["changes"][&file_uri][0];
    assert_eq!(edit["newText"], "G7_handlaggare_arsarbetare", "{actions}");

    // Fixed: the list is published empty, so the editor clears it.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file_uri, "version": 2},
               "contentChanges": [{"text": good}]}),
    );
    assert_eq!(c.diagnostics(&file_uri), Vec::<Value>::new());

    let pos_of = |i: usize| {
        let line = good[..i].matches('\n').count();
        let col = good[good[..i].rfind('\n').map_or(0, |n| n + 1)..i]
            .encode_utf16()
            .count();
        json!({"line": line, "character": col})
    };
    let at = |needle: &str, plus: usize| pos_of(good.find(needle).unwrap() + plus);
    let doc = json!({"uri": file_uri});

    // Hover on a variable id: its question text with mätdatum filled in.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": doc, "position": at("G7_handlaggare_arsarbetare", 3)}),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.contains("G7_handlaggare_arsarbetare"), "{text}");
    assert!(text.contains("1 november 2014"), "{text}");
    // On an alias where it is used: the same question.
    let use_at = good.find("täljare").unwrap();
    let alias_use = good[use_at..].find("g7").unwrap() + use_at;
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": doc, "position": pos_of(alias_use)}),
    );
    assert!(hover["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("G7_handlaggare_arsarbetare"));

    // On a keyword: what it does, in the session's language (Swedish: the editor asked
    // for none), as locales/sv/lsp.ftl says it.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": doc, "position": at("täljare", 1)}),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.contains("måttets täljare"), "{text}");

    // Completion after `fråga x = `: the codebook's variables.
    let line_of = good[..good.find("fråga g7 = ").unwrap()]
        .matches('\n')
        .count();
    let col = "    fråga g7 = ".encode_utf16().count();
    let items = c.request(
        "textDocument/completion",
        json!({"textDocument": doc, "position": {"line": line_of, "character": col}}),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"F1_handlaggare") && labels.contains(&"G7_handlaggare_arsarbetare"));

    // Definition of an alias: its `fråga`; of a variable: its codebook entry.
    let def = c.request(
        "textDocument/definition",
        json!({"textDocument": doc, "position": pos_of(alias_use)}),
    );
    assert_eq!(def["uri"], file_uri.as_str());
    assert_eq!(def["range"]["start"]["line"], line_of);
    let def = c.request(
        "textDocument/definition",
        json!({"textDocument": doc, "position": at("G7_handlaggare_arsarbetare", 1)}),
    );
    assert!(
        def["uri"].as_str().unwrap().ends_with("2015/codebook.yaml"),
        "{def}"
    );

    // References of the variable in the year's files.
    let refs = c.request(
        "textDocument/references",
        json!({"textDocument": doc, "position": at("G7_handlaggare_arsarbetare", 1),
               "context": {"includeDeclaration": true}}),
    );
    assert!(!refs.as_array().unwrap().is_empty());
    assert!(refs
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["uri"].as_str().unwrap().contains("/2015/")));

    // The outline.
    let symbols = c.request("textDocument/documentSymbol", json!({"textDocument": doc}));
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"arbetsledning"), "{names:?}");

    // Formatting: the whole text, as `oj fmt` lays it out.
    let messy = good.replacen("    fråga g7", "  fråga g7", 1);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": file_uri, "version": 3},
               "contentChanges": [{"text": messy}]}),
    );
    let edits = c.request(
        "textDocument/formatting",
        json!({"textDocument": doc, "options": {"tabSize": 4, "insertSpaces": true}}),
    );
    assert_eq!(edits[0]["newText"], good.as_str());

    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert!(status.success());
}

#[test]
fn completion_in_a_family_offers_the_templates_every_part_has() {
    use lsp_server::Notification;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &indicators);
    let path = indicators.join("2014/03_extern.oj");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = oj::lsp::uri_of(&path);
    let mut server = oj::lsp::Server::default();
    server.notification(Notification::new(
        "textDocument/didOpen".into(),
        json!({"textDocument": {"uri": uri, "languageId": "oj", "version": 0, "text": text}}),
    ));
    let at = text.find("    fråga c1 = ").unwrap();
    let line = text[..at].matches('\n').count();
    let col = "    fråga c1 = ".encode_utf16().count();
    let response = server.request(oj::lsp::request(
        1,
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": col}}),
    ));
    let items = response.response_result.unwrap();
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(&labels[..2], ["C1_{del}", "C2_{del}"], "{labels:?}");
}
