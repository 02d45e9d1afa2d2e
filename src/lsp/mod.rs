//! `oj lsp`: a Language Server Protocol server over stdio (lsp-server + lsp-types). It
//! runs the same checker as `oj check` on the year directory of the file being edited,
//! with the editor's unsaved texts in place of the files on disk
//! ([`crate::check::check_year_with`]), and answers from what the checker produced:
//! diagnostics, hover, completion, go to definition, references, document symbols and
//! the did-you-mean fixes as code actions. The answers themselves are in [`analysis`];
//! this module is the protocol.

pub mod analysis;
mod text;

use crate::locale::Lang;
use analysis::Year;
use lsp_server::{Connection, ExtractError, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    References, Request as _,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, HoverProviderCapability, OneOf,
    PublishDiagnosticsParams, ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use text::{path_of, uri_of};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Serves on stdin/stdout until the client says `exit`.
pub fn run_stdio() -> Result<(), Error> {
    let (connection, io) = Connection::stdio();
    serve(&connection)?;
    drop(connection);
    match io.join() {
        // The editor may close the pipe as soon as it has sent `exit`.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// The capabilities `oj lsp` offers.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".into(), "\"".into(), "[".into()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    }
}

/// The protocol loop over one connection.
pub fn serve(connection: &Connection) -> Result<(), Error> {
    let caps = serde_json::to_value(capabilities())?;
    let init = connection.initialize(caps)?;
    // Everything the server says is said on this thread.
    let editor = init.get("locale").and_then(serde_json::Value::as_str);
    crate::locale::set_thread(language(explicit_language(), editor));
    let mut server = Server::default();
    for msg in &connection.receiver {
        match msg {
            Message::Request(req) => {
                if req.method == lsp_types::request::Shutdown::METHOD {
                    // Answer, then wait for `exit` (or for the editor to go away).
                    let ok = Response::new_ok(req.id, serde_json::Value::Null);
                    connection.sender.send(Message::Response(ok))?;
                    for msg in &connection.receiver {
                        if matches!(&msg, Message::Notification(n) if n.method == "exit") {
                            break;
                        }
                    }
                    return Ok(());
                }
                let response = server.request(req);
                connection.sender.send(Message::Response(response))?;
            }
            Message::Notification(n) => {
                for out in server.notification(n) {
                    connection.sender.send(Message::Notification(out))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// The language the server speaks: the one chosen for the process (`--lang`, `OJ_LANG`),
/// else the editor's (`locale` of `initialize`, e.g. `sv`, `en-us`) if it is Swedish or
/// English, else Swedish.
pub fn language(explicit: Option<Lang>, editor: Option<&str>) -> Lang {
    explicit
        .or_else(|| editor.and_then(Lang::parse))
        .unwrap_or(Lang::Sv)
}

/// The language chosen for this process: `--lang X` (or `--lang=X`) on the command line,
/// else `OJ_LANG`. Without either, the editor's language decides.
fn explicit_language() -> Option<Lang> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().and_then(|v| Lang::parse(&v.to_string_lossy()));
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
    }
    crate::locale::from_env()
}

/// What the server knows: the editor's texts, and per year directory the last check.
#[derive(Default)]
pub struct Server {
    open: BTreeMap<PathBuf, String>,
    years: BTreeMap<PathBuf, Year>,
    /// The files that were last sent a non-empty list, per year: cleared when fixed.
    published: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

impl Server {
    /// Handles a notification; returns the notifications to send (diagnostics).
    pub fn notification(&mut self, n: Notification) -> Vec<Notification> {
        let path = match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(p) =
                    n.extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                else {
                    return vec![];
                };
                let Some(path) = path_of(&p.text_document.uri) else {
                    return vec![];
                };
                self.open.insert(path.clone(), p.text_document.text);
                path
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) else {
                    return vec![];
                };
                let Some(path) = path_of(&p.text_document.uri) else {
                    return vec![];
                };
                // Full synchronisation: the last change is the whole text.
                if let Some(c) = p.content_changes.into_iter().last() {
                    self.open.insert(path.clone(), c.text);
                }
                path
            }
            DidSaveTextDocument::METHOD => {
                let Ok(p) =
                    n.extract::<lsp_types::DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD)
                else {
                    return vec![];
                };
                match path_of(&p.text_document.uri) {
                    Some(p) => p,
                    None => return vec![],
                }
            }
            DidCloseTextDocument::METHOD => {
                let Ok(p) = n
                    .extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                else {
                    return vec![];
                };
                let Some(path) = path_of(&p.text_document.uri) else {
                    return vec![];
                };
                // The file on disk is what counts again.
                self.open.remove(&path);
                path
            }
            _ => return vec![],
        };
        self.check(&path)
    }

    /// Checks the year of `path` and returns the diagnostics of every file of it, with
    /// an empty list for each file that had some and has none now.
    fn check(&mut self, path: &Path) -> Vec<Notification> {
        let Some(dir) = path.parent().map(Path::to_path_buf) else {
            return vec![];
        };
        let overlay: BTreeMap<PathBuf, String> = self.open.clone();
        let previous = self.years.remove(&dir);
        let year = Year::check(&dir, path, overlay, previous);
        let mut by_file = year.diagnostics();
        let before = self.published.remove(&dir).unwrap_or_default();
        let mut now = BTreeSet::new();
        let mut out = vec![];
        for (file, list) in &by_file {
            if !list.is_empty() {
                now.insert(file.clone());
            }
        }
        for file in before.iter().chain(std::iter::once(&path.to_path_buf())) {
            by_file.entry(file.clone()).or_default();
        }
        for (file, diagnostics) in by_file {
            let params = PublishDiagnosticsParams {
                uri: uri_of(&file),
                diagnostics,
                version: None,
            };
            out.push(Notification::new(PublishDiagnostics::METHOD.into(), params));
        }
        self.published.insert(dir.clone(), now);
        self.years.insert(dir, year);
        out
    }

    /// Answers a request; an unknown method is an error response, never a crash.
    pub fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            HoverRequest::METHOD => self
                .params::<lsp_types::HoverParams>(req)
                .map(|p| {
                    let pos = &p.text_document_position_params;
                    self.with_year(&pos.text_document.uri, |y, path| {
                        y.hover(path, pos.position)
                    })
                })
                .map(|r| serde_json::to_value(r.flatten())),
            Completion::METHOD => self
                .params::<lsp_types::CompletionParams>(req)
                .map(|p| {
                    let pos = &p.text_document_position;
                    self.with_year(&pos.text_document.uri, |y, path| {
                        y.completion(path, pos.position)
                    })
                })
                .map(|r| serde_json::to_value(r.unwrap_or_default())),
            GotoDefinition::METHOD => self
                .params::<lsp_types::GotoDefinitionParams>(req)
                .map(|p| {
                    let pos = &p.text_document_position_params;
                    self.with_year(&pos.text_document.uri, |y, path| {
                        y.definition(path, pos.position)
                    })
                })
                .map(|r| serde_json::to_value(r.flatten())),
            References::METHOD => self
                .params::<lsp_types::ReferenceParams>(req)
                .map(|p| {
                    let pos = &p.text_document_position;
                    self.with_year(&pos.text_document.uri, |y, path| {
                        y.references(path, pos.position)
                    })
                })
                .map(|r| serde_json::to_value(r.unwrap_or_default())),
            DocumentSymbolRequest::METHOD => self
                .params::<lsp_types::DocumentSymbolParams>(req)
                .map(|p| self.with_year(&p.text_document.uri, |y, path| y.symbols(path)))
                .map(|r| serde_json::to_value(r.unwrap_or_default())),
            Formatting::METHOD => self
                .params::<lsp_types::DocumentFormattingParams>(req)
                .map(|p| {
                    // The editor's text, formatted as `oj fmt` would: one edit of the whole.
                    let text = path_of(&p.text_document.uri)
                        .and_then(|p| {
                            self.open
                                .get(&p)
                                .cloned()
                                .or_else(|| std::fs::read_to_string(p).ok())
                        })
                        .unwrap_or_default();
                    // Nothing unless formatting changes only whitespace between tokens.
                    let formatted =
                        crate::syntax::format::format_checked(&text).unwrap_or(text.clone());
                    if formatted == text {
                        vec![]
                    } else {
                        let end = text::position(&text, text.len());
                        vec![lsp_types::TextEdit::new(
                            lsp_types::Range::new(lsp_types::Position::new(0, 0), end),
                            formatted,
                        )]
                    }
                })
                .map(serde_json::to_value),
            CodeActionRequest::METHOD => self
                .params::<lsp_types::CodeActionParams>(req)
                .map(|p| analysis::code_actions(&p))
                .map(serde_json::to_value),
            _ => {
                return Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    crate::t!("lsp-method-unknown", method = &req.method),
                )
            }
        };
        match result {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err(e)) => Response::new_err(
                id,
                lsp_server::ErrorCode::InternalError as i32,
                e.to_string(),
            ),
            Err(e) => Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, e),
        }
    }

    fn params<P: serde::de::DeserializeOwned>(&self, req: Request) -> Result<P, String> {
        let method = req.method.clone();
        req.extract::<P>(&method)
            .map(|(_, p)| p)
            .map_err(|e| match e {
                ExtractError::MethodMismatch(r) => {
                    crate::t!("lsp-unexpected-method", method = &r.method)
                }
                ExtractError::JsonError { error, .. } => {
                    crate::t!("lsp-invalid-params", error = error.to_string())
                }
            })
    }

    /// Runs `f` on the year of `uri`, checking it first if it has not been yet (a
    /// request about a file the editor has not opened).
    fn with_year<T>(
        &mut self,
        uri: &lsp_types::Uri,
        f: impl FnOnce(&Year, &Path) -> T,
    ) -> Option<T> {
        let path = path_of(uri)?;
        let dir = path.parent()?.to_path_buf();
        if !self.years.contains_key(&dir) {
            let year = Year::check(&dir, &path, self.open.clone(), None);
            self.years.insert(dir.clone(), year);
        }
        Some(f(&self.years[&dir], &path))
    }
}

/// A request id as lsp-server writes it (for tests that drive [`Server`] directly).
pub fn request(id: i32, method: &str, params: impl serde::Serialize) -> Request {
    Request::new(RequestId::from(id), method.into(), params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_language_wins_then_the_editors_then_swedish() {
        assert_eq!(language(Some(Lang::En), Some("sv")), Lang::En);
        assert_eq!(language(Some(Lang::Sv), Some("en-us")), Lang::Sv);
        assert_eq!(language(None, Some("en-us")), Lang::En);
        assert_eq!(language(None, Some("sv-SE")), Lang::Sv);
        assert_eq!(language(None, Some("fr")), Lang::Sv);
        assert_eq!(language(None, None), Lang::Sv);
    }
}
