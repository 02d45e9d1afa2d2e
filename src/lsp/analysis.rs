//! What the language server answers, computed from one check of a year directory
//! (`crate::check`) and the files' syntax trees: diagnostics, hover, completion,
//! definition, references, symbols and did-you-mean fixes. When the text being edited
//! does not check or parse, the last program and syntax tree that did are used for
//! hover and completion, so help does not vanish while a line is half written.

use super::text::{offset, range, uri_of};
use crate::check::{check_year_with, normalise, Checked};
use crate::codebook::Variable;
use crate::diagnostic::Level;
use crate::ir::Program;
use crate::syntax::ast::{self, Item};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, DiagnosticRelatedInformation, DiagnosticSeverity, DocumentSymbol,
    GotoDefinitionResponse, Hover, HoverContents, Location, MarkupContent, MarkupKind,
    NumberOrString, Position, Range, SymbolKind, TextEdit, WorkspaceEdit,
};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One check of a year directory, with the last good program and syntax trees.
pub struct Year {
    checked: Checked,
    /// The program of this check, or of the last check that had one.
    good: Option<Program>,
    /// Per file, the syntax tree of this text, or of the last text that parsed.
    trees: BTreeMap<PathBuf, (String, ast::File)>,
    /// The file the check was made for, for diagnostics that have no file of their own.
    edited: PathBuf,
}

impl Year {
    /// Checks `dir` with the editor's texts; keeps what `previous` knew where this check
    /// knows less.
    pub fn check(
        dir: &Path,
        edited: &Path,
        overlay: BTreeMap<PathBuf, String>,
        previous: Option<Year>,
    ) -> Year {
        let overlay: BTreeMap<PathBuf, String> = overlay
            .into_iter()
            .map(|(p, t)| (normalise(&p), t))
            .collect();
        let checked = check_year_with(dir, overlay);
        let (mut good, mut trees) = match previous {
            Some(p) => (p.good, p.trees),
            None => (None, BTreeMap::new()),
        };
        // This check's program; or, when it has errors, as much of it as resolved, if no
        // earlier check of this session had a whole one.
        if let Some(p) = &checked.program {
            good = Some(p.clone());
        } else if good.is_none() {
            good = checked.partial.clone();
        }
        for (id, file) in checked.sources.iter() {
            if let Ok(tree) = crate::syntax::parse_file(id, &file.text) {
                trees.insert(normalise(&file.path), (file.text.clone(), tree));
            }
        }
        Year {
            checked,
            good,
            trees,
            edited: normalise(edited),
        }
    }

    /// The diagnostics of the check, per file.
    pub fn diagnostics(&self) -> BTreeMap<PathBuf, Vec<lsp_types::Diagnostic>> {
        let mut out: BTreeMap<PathBuf, Vec<lsp_types::Diagnostic>> = BTreeMap::new();
        let sources = &self.checked.sources;
        for d in &self.checked.diagnostics.0 {
            let (path, at) = match (d.labels.first(), &d.location) {
                (Some(label), _) => {
                    let file = sources.get(label.span.file);
                    (
                        normalise(&file.path),
                        range(
                            &file.text,
                            label.span.start as usize,
                            label.span.end as usize,
                        ),
                    )
                }
                // A place in a file we do not hold (codebook.yaml, a data file): its line.
                (None, Some(loc)) if loc.file.is_file() => {
                    let line = loc.line.map_or(0, |l| l.saturating_sub(1)) as u32;
                    (
                        normalise(&loc.file),
                        Range::new(Position::new(line, 0), Position::new(line, 0)),
                    )
                }
                // A directory (no `år` block, no codebook): said on the file being edited.
                _ => (self.edited.clone(), Range::default()),
            };
            let mut message = d.message.clone();
            if let Some(loc) = d.location.as_ref().filter(|_| d.labels.is_empty()) {
                if normalise(&loc.file) != path {
                    message = format!("{}: {message}", loc.file.display());
                }
            }
            if let Some(help) = &d.help {
                message = format!("{message}\n{}: {help}", crate::t!("diagnostic-help"));
            }
            let related: Vec<DiagnosticRelatedInformation> = d
                .labels
                .iter()
                .skip(1)
                .map(|l| {
                    let file = sources.get(l.span.file);
                    DiagnosticRelatedInformation {
                        location: Location::new(
                            uri_of(&normalise(&file.path)),
                            range(&file.text, l.span.start as usize, l.span.end as usize),
                        ),
                        message: l.message.clone(),
                    }
                })
                .collect();
            out.entry(path).or_default().push(lsp_types::Diagnostic {
                range: at,
                severity: Some(match d.level {
                    Level::Error => DiagnosticSeverity::ERROR,
                    Level::Warning => DiagnosticSeverity::WARNING,
                    Level::Hint => DiagnosticSeverity::HINT,
                }),
                code: Some(NumberOrString::String(d.code.id())),
                source: Some("oj".into()),
                message,
                related_information: (!related.is_empty()).then_some(related),
                data: d
                    .suggestion
                    .as_ref()
                    .map(|f| serde_json::json!({ "replace": f })),
                ..lsp_types::Diagnostic::default()
            });
        }
        out
    }

    /// The syntax tree of the file, only if it is the tree of the text the check read:
    /// an older tree's positions would point at the wrong places of a newer text.
    fn tree(&self, path: &Path) -> Option<&(String, ast::File)> {
        let path = normalise(path);
        let current = self
            .checked
            .sources
            .iter()
            .find(|(_, f)| normalise(&f.path) == path)
            .map(|(_, f)| f.text.as_str());
        self.trees
            .get(&path)
            .filter(|(text, _)| current.is_none_or(|c| c == text))
    }

    /// The text the check read for `path` (the editor's, or the disk's).
    fn text(&self, path: &Path) -> Option<&str> {
        let path = normalise(path);
        self.checked
            .sources
            .iter()
            .find(|(_, f)| normalise(&f.path) == path)
            .map(|(_, f)| f.text.as_str())
            .or_else(|| self.tree(&path).map(|(t, _)| t.as_str()))
    }

    pub fn hover(&self, path: &Path, pos: Position) -> Option<Hover> {
        let text = self.text(path)?;
        let at = offset(text, pos);
        let program = self.good.as_ref();
        let markdown = |value: String, (s, e): (usize, usize)| Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            }),
            range: Some(range(text, s, e)),
        };
        // An answer label in quotes: its code and question.
        if let Some((label, span)) = string_at(text, at) {
            let questions = self.questions_around(path, at);
            let program = program?;
            for (alias, vars) in questions {
                for v in vars {
                    let Some(var) = program.codebook.get(&v) else {
                        continue;
                    };
                    if let Some(code) = var.values.as_ref().and_then(|vs| vs.code_of(&label)) {
                        return Some(markdown(
                            format!(
                                "{}\n\n{}",
                                crate::t!(
                                    "lsp-hover-answer",
                                    label = &label,
                                    code = code.to_string(),
                                    variable = &v,
                                    alias = &alias
                                ),
                                program.codebook.question_text(var)
                            ),
                            span,
                        ));
                    }
                }
            }
            return None;
        }
        let (word, span) = word_at(text, at)?;
        if let Some(program) = program {
            if let Some(var) = program.codebook.get(&word) {
                return Some(markdown(variable_hover(program, var), span));
            }
            if let Some((_, vars)) = self
                .questions_around(path, at)
                .into_iter()
                .find(|(alias, _)| *alias == word)
            {
                let parts: Vec<String> = vars
                    .iter()
                    .filter_map(|v| program.codebook.get(v))
                    .map(|v| variable_hover(program, v))
                    .collect();
                if !parts.is_empty() {
                    return Some(markdown(
                        format!("`{word}`: fråga\n\n{}", parts.join("\n\n---\n\n")),
                        span,
                    ));
                }
            }
            if let Some(text) = indicator_hover(program, &word) {
                return Some(markdown(text, span));
            }
        }
        keyword_doc(&word).map(|line| markdown(line, span))
    }

    /// `fråga` aliases of the indicator or review around `at`: (alias, variables).
    fn questions_around(&self, path: &Path, at: usize) -> Vec<(String, Vec<String>)> {
        let Some((_, tree)) = self.tree(path) else {
            return vec![];
        };
        let qs: Option<&Vec<ast::Question>> = tree.items.iter().find_map(|item| match item {
            Item::Indicator(i) if contains(i.span, at) => Some(&i.questions),
            Item::Review(r) if contains(r.span, at) => Some(&r.questions),
            _ => None,
        });
        let parts = self.parts_around(tree, at);
        qs.map(|qs| {
            qs.iter()
                .map(|q| {
                    let vars = q
                        .variables
                        .iter()
                        .flat_map(|v| expand(&v.node, &parts))
                        .collect();
                    (q.name.node.clone(), vars)
                })
                .collect()
        })
        .unwrap_or_default()
    }

    /// The part keys of the family around `at` (`{del}` → `oppenvard`, `familjehem` …).
    fn parts_around(&self, tree: &ast::File, at: usize) -> Vec<(String, String)> {
        tree.items
            .iter()
            .find_map(|item| match item {
                Item::Indicator(i) if contains(i.span, at) => i.parts.as_ref(),
                Item::Review(r) if contains(r.span, at) => r.parts.as_ref(),
                _ => None,
            })
            .map(|p| {
                p.parts
                    .iter()
                    .map(|part| (p.var.node.clone(), part.key.node.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn completion(&self, path: &Path, pos: Position) -> Vec<CompletionItem> {
        let Some(text) = self.text(path) else {
            return vec![];
        };
        let at = offset(text, pos);
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line_start..at];
        let head = before.trim_start();
        let Some(program) = self.good.as_ref() else {
            return keywords();
        };
        // Inside quotes after `x =`, `x !=` or in `x i [`: the answer labels of x.
        if before.matches('"').count() % 2 == 1 {
            let open = before.rfind('"').unwrap_or(0);
            if let Some(alias) = compared_alias(&before[..open]) {
                let vars = self
                    .questions_around(path, at)
                    .into_iter()
                    .find(|(a, _)| *a == alias)
                    .map(|(_, v)| v)
                    .unwrap_or_default();
                let mut labels: Vec<String> = vars
                    .iter()
                    .filter_map(|v| program.codebook.get(v)?.values.as_ref())
                    .flat_map(|vs| vs.labels().map(str::to_string))
                    .collect();
                labels.dedup();
                return labels
                    .into_iter()
                    .map(|l| CompletionItem {
                        label: l.clone(),
                        kind: Some(CompletionItemKind::ENUM_MEMBER),
                        insert_text: Some(format!("{l}\"")),
                        ..CompletionItem::default()
                    })
                    .collect();
            }
            return vec![];
        }
        // `fråga x = ` (or a list `[…, `): the variables of the codebook; in a family,
        // first the templates every part has a variable for (`C1_{del}`).
        if head.starts_with("fråga") && before.contains('=') {
            let mut items = self.family_templates(path, at, program);
            items.extend(program.codebook.variables.iter().map(|v| CompletionItem {
                label: v.id.clone(),
                kind: Some(CompletionItemKind::VARIABLE),
                detail: Some(program.codebook.question_text(v)),
                ..CompletionItem::default()
            }));
            return items;
        }
        // `utgår`, `utöka`, `ändra`: the indicators there are (and the family templates).
        if ["utgår", "utöka", "ändra"]
            .iter()
            .any(|k| head.starts_with(k))
        {
            let mut ids: Vec<String> = program.indicators.iter().map(|i| i.id.clone()).collect();
            ids.extend(program.indicators.iter().filter_map(|i| i.family.clone()));
            ids.sort();
            ids.dedup();
            return ids
                .into_iter()
                .map(|id| CompletionItem {
                    label: id,
                    kind: Some(CompletionItemKind::CLASS),
                    ..CompletionItem::default()
                })
                .collect();
        }
        let mut items = keywords();
        for (alias, vars) in self.questions_around(path, at) {
            items.push(CompletionItem {
                label: alias,
                kind: Some(CompletionItemKind::VARIABLE),
                detail: Some(vars.join(", ")),
                ..CompletionItem::default()
            });
        }
        items
    }

    /// In a family (`indikator extern_{del} för del i { … }`), the variable templates the
    /// codebook has a variable for in every part: `C1_{del}` when C1_tandvard,
    /// C1_modravard, … all exist.
    fn family_templates(&self, path: &Path, at: usize, program: &Program) -> Vec<CompletionItem> {
        let Some((_, tree)) = self.tree(path) else {
            return vec![];
        };
        let parts = self.parts_around(tree, at);
        let Some((var, _)) = parts.first() else {
            return vec![];
        };
        let keys: Vec<&str> = parts.iter().map(|(_, k)| k.as_str()).collect();
        let mut templates: Vec<String> = vec![];
        for v in &program.codebook.variables {
            for k in &keys {
                let Some(stem) = v.id.strip_suffix(k) else {
                    continue;
                };
                let every = keys
                    .iter()
                    .all(|other| program.codebook.get(&format!("{stem}{other}")).is_some());
                let t = format!("{stem}{{{var}}}");
                if every && !templates.contains(&t) {
                    templates.push(t);
                }
            }
        }
        templates
            .into_iter()
            .map(|t| CompletionItem {
                label: t,
                kind: Some(CompletionItemKind::SNIPPET),
                detail: Some(crate::t!("lsp-family-template", parts = keys.join(", "))),
                ..CompletionItem::default()
            })
            .collect()
    }

    pub fn definition(&self, path: &Path, pos: Position) -> Option<GotoDefinitionResponse> {
        let text = self.text(path)?;
        let at = offset(text, pos);
        // `ärver "../2014"`: that year's `år` block.
        if let Some((s, _)) = string_at(text, at) {
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..at].trim_start().starts_with("ärver") {
                let dir = normalise(&path.parent()?.join(&s));
                return self.year_block(&dir).map(GotoDefinitionResponse::Scalar);
            }
            return None;
        }
        let (word, _) = word_at(text, at)?;
        // An alias: its `fråga`.
        if let Some((_, tree)) = self.tree(path) {
            for item in &tree.items {
                let qs = match item {
                    Item::Indicator(i) if contains(i.span, at) => &i.questions,
                    Item::Review(r) if contains(r.span, at) => &r.questions,
                    _ => continue,
                };
                if let Some(q) = qs.iter().find(|q| q.name.node == word) {
                    let r = range(text, q.name.span.start as usize, q.name.span.end as usize);
                    return Some(GotoDefinitionResponse::Scalar(Location::new(
                        uri_of(path),
                        r,
                    )));
                }
            }
        }
        // An indicator or family: where it is defined, this year or inherited.
        for (file, (t, tree)) in &self.trees {
            for item in &tree.items {
                if let Item::Indicator(i) = item {
                    if i.id.node == word {
                        let r = range(t, i.id.span.start as usize, i.id.span.end as usize);
                        return Some(GotoDefinitionResponse::Scalar(Location::new(
                            uri_of(file),
                            r,
                        )));
                    }
                }
            }
        }
        // A variable: its entry in the codebook.
        let program = self.good.as_ref()?;
        program.codebook.get(&word)?;
        let yaml = std::fs::read_to_string(&program.codebook.path).ok()?;
        let entry = format!("id: {word}");
        let at = yaml
            .match_indices(&entry)
            .map(|(i, _)| i)
            .find(|&i| yaml[i + entry.len()..].starts_with(['\n', '\r', ' ']))?;
        let start = at + "id: ".len();
        Some(GotoDefinitionResponse::Scalar(Location::new(
            uri_of(&normalise(&program.codebook.path)),
            range(&yaml, start, start + word.len()),
        )))
    }

    fn year_block(&self, dir: &Path) -> Option<Location> {
        for (file, (t, tree)) in &self.trees {
            if file.parent() != Some(dir) {
                continue;
            }
            for item in &tree.items {
                if let Item::Year(y) = item {
                    return Some(Location::new(
                        uri_of(file),
                        range(t, y.span.start as usize, y.span.end as usize),
                    ));
                }
            }
        }
        None
    }

    /// Every use of the variable (or alias's variable) under the cursor in the year's
    /// own files.
    pub fn references(&self, path: &Path, pos: Position) -> Vec<Location> {
        let Some(text) = self.text(path) else {
            return vec![];
        };
        let at = offset(text, pos);
        let Some((word, _)) = word_at(text, at) else {
            return vec![];
        };
        let variables: Vec<String> = match self
            .questions_around(path, at)
            .into_iter()
            .find(|(a, _)| *a == word)
        {
            Some((_, vars)) => vars,
            None => vec![word],
        };
        let dir = normalise(path.parent().unwrap_or(Path::new(".")));
        let mut out = vec![];
        for (_, file) in self.checked.sources.iter() {
            let p = normalise(&file.path);
            if p.parent() != Some(dir.as_path()) {
                continue;
            }
            for v in &variables {
                for (i, _) in file.text.match_indices(v.as_str()) {
                    let whole = !file.text[..i].ends_with(ident_char)
                        && !file.text[i + v.len()..].starts_with(ident_char);
                    if whole {
                        out.push(Location::new(uri_of(&p), range(&file.text, i, i + v.len())));
                    }
                }
            }
        }
        out
    }

    /// The outline of a file: its year block, sources, indicators, reviews and edits.
    pub fn symbols(&self, path: &Path) -> Vec<DocumentSymbol> {
        let Some((text, tree)) = self.tree(path) else {
            return vec![];
        };
        let symbol = |name: String,
                      detail: Option<String>,
                      kind,
                      span: crate::source::Span,
                      sel: crate::source::Span| {
            #[allow(deprecated)]
            DocumentSymbol {
                name,
                detail,
                kind,
                tags: None,
                deprecated: None,
                range: range(text, span.start as usize, span.end as usize),
                selection_range: range(text, sel.start as usize, sel.end as usize),
                children: None,
            }
        };
        tree.items
            .iter()
            .map(|item| match item {
                Item::Year(y) => symbol(
                    format!("år {}", y.year.node),
                    None,
                    SymbolKind::NAMESPACE,
                    y.span,
                    y.year.span,
                ),
                Item::Source(s) => symbol(
                    format!("källa {}", s.name.node),
                    Some(s.file.node.clone()),
                    SymbolKind::STRUCT,
                    s.span,
                    s.name.span,
                ),
                Item::Indicator(i) => {
                    let name = i
                        .meta
                        .iter()
                        .find(|f| f.key.node == "indikatornamn")
                        .and_then(|f| match &f.value.node {
                            ast::Value::Text(t) => Some(t.clone()),
                            _ => None,
                        });
                    symbol(
                        i.id.node.clone(),
                        name,
                        SymbolKind::CLASS,
                        i.span,
                        i.id.span,
                    )
                }
                Item::Review(r) => symbol(
                    format!("granskning {}", r.name.node),
                    None,
                    SymbolKind::EVENT,
                    r.span,
                    r.name.span,
                ),
                Item::Removal(r) => symbol(
                    format!("utgår {}", r.id.node),
                    None,
                    SymbolKind::NULL,
                    r.span,
                    r.id.span,
                ),
                Item::Extension(e) => symbol(
                    format!("utöka {}", e.id.node),
                    None,
                    SymbolKind::CLASS,
                    e.span,
                    e.id.span,
                ),
                Item::Change(c) => symbol(
                    format!("ändra {}", c.id.node),
                    None,
                    SymbolKind::CLASS,
                    c.span,
                    c.id.span,
                ),
            })
            .collect()
    }
}

/// The did-you-mean fixes of the diagnostics the editor sends back.
pub fn code_actions(params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    params
        .context
        .diagnostics
        .iter()
        .filter_map(|d| {
            let replace = d.data.as_ref()?.get("replace")?.as_str()?.to_string();
            let edit = WorkspaceEdit {
                changes: Some(HashMap::from([(
                    uri.clone(),
                    vec![TextEdit::new(d.range, replace.clone())],
                )])),
                ..WorkspaceEdit::default()
            };
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: crate::t!("lsp-replace-with", replacement = &replace),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(edit),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}

fn contains(span: crate::source::Span, at: usize) -> bool {
    (span.start as usize) <= at && at <= span.end as usize
}

fn ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier at a byte offset (letters with å/ä/ö, digits, `_`), and its span.
fn word_at(text: &str, at: usize) -> Option<(String, (usize, usize))> {
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| ident_char(*c))
        .last()
        .map_or(at, |(i, _)| i);
    let end = at
        + text[at..]
            .find(|c: char| !ident_char(c))
            .unwrap_or(text.len() - at);
    (start < end).then(|| (text[start..end].to_string(), (start, end)))
}

/// The string literal around a byte offset on its line, and the span of its content.
fn string_at(text: &str, at: usize) -> Option<(String, (usize, usize))> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let quotes: Vec<usize> = line
        .match_indices('"')
        .map(|(i, _)| line_start + i)
        .collect();
    quotes
        .chunks(2)
        .filter(|p| p.len() == 2)
        .find(|p| p[0] < at && at <= p[1])
        .map(|p| (text[p[0] + 1..p[1]].to_string(), (p[0] + 1, p[1])))
}

/// The alias compared in `… x = `, `… x != ` or `… x i [ … ,`: the name before it.
fn compared_alias(before: &str) -> Option<String> {
    let mut s = before.trim_end();
    // Inside a list: back to its `[`.
    if let Some(open) = s.rfind('[') {
        if !s[open..].contains(']') {
            s = s[..open].trim_end();
            s = s
                .strip_suffix(" i")
                .or_else(|| s.strip_suffix("\ti"))?
                .trim_end();
            return s
                .rsplit(|c: char| !ident_char(c))
                .next()
                .map(str::to_string);
        }
    }
    let s = s
        .strip_suffix("!=")
        .or_else(|| s.strip_suffix('='))?
        .trim_end();
    let name = s.rsplit(|c: char| !ident_char(c)).next()?;
    (!name.is_empty()).then(|| name.to_string())
}

/// A variable id with `{del}` expanded into the family's parts (`A1_{del}` → `A1_hvb`, …).
fn expand(template: &str, parts: &[(String, String)]) -> Vec<String> {
    let vars: Vec<String> = parts
        .iter()
        .filter(|(var, _)| template.contains(&format!("{{{var}}}")))
        .map(|(var, key)| template.replace(&format!("{{{var}}}"), key))
        .collect();
    if vars.is_empty() {
        vec![template.to_string()]
    } else {
        vars
    }
}

fn variable_hover(program: &Program, var: &Variable) -> String {
    let mut s = format!(
        "**{}** ({})\n\n{}",
        var.id,
        var.ty.label(),
        program.codebook.question_text(var)
    );
    if let Some(vs) = &var.values {
        let answers: Vec<String> = vs
            .values
            .iter()
            .map(|(c, l)| format!("{c} = {l}"))
            .collect();
        s.push_str("\n\n");
        s.push_str(&crate::t!(
            "lsp-hover-answers",
            answers = answers.join(", ")
        ));
    }
    if !var.missing_codes.is_empty() {
        let codes: Vec<String> = var
            .missing_codes
            .iter()
            .map(|(c, l)| format!("{c} = {l}"))
            .collect();
        s.push_str("\n\n");
        s.push_str(&crate::t!(
            "lsp-hover-missing-codes",
            codes = codes.join(", ")
        ));
    }
    if let Some(p) = var
        .period
        .as_deref()
        .and_then(crate::syntax::ast::Date::parse_period)
    {
        s.push_str("\n\n");
        s.push_str(&crate::t!(
            "lsp-hover-period",
            period = crate::syntax::ast::Date::swedish_period(p)
        ));
    }
    s
}

/// An indicator (or each part of a family): its name, kind and Beräkning as the guide
/// writes it.
fn indicator_hover(program: &Program, id: &str) -> Option<String> {
    let inds: Vec<&crate::ir::Indicator> = program
        .indicators
        .iter()
        .filter(|i| i.id == id || i.family.as_deref() == Some(id))
        .collect();
    let first = inds.first()?;
    let kind = match &first.kind {
        crate::ir::Kind::Classification => crate::t!("lsp-kind-classification"),
        crate::ir::Kind::Measure(_) => crate::t!("lsp-kind-measure"),
        crate::ir::Kind::Source(_) => crate::t!("lsp-kind-source"),
    };
    let mut s = String::new();
    for ind in inds.iter().take(3) {
        let lines = crate::publish::berakning::computation(program, ind, &program.codebook);
        s.push_str(&format!(
            "**{}** `{}`: {kind}\n\n{}\n\n",
            ind.meta.indikatornamn,
            ind.id,
            lines
                .iter()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    if inds.len() > 3 {
        s.push_str(&crate::t!("lsp-hover-more-parts", n = inds.len() - 3));
    }
    Some(s.trim_end().to_string())
}

/// The language's keywords and the indicator's fields, for completion.
const KEYWORDS: &[&str] = &[
    "indikator",
    "fråga",
    "när",
    "och",
    "eller",
    "inte",
    "saknas",
    "besvarad",
    "i",
    "för",
    "valfri",
    "exempel",
    "krav",
    "täljare",
    "nämnare",
    "värde",
    "aggregering",
    "granskning",
    "utgår",
    "utöka",
    "ändra",
    "källa",
    "undergrupp",
    "population",
    "räkna",
    "sekretess",
    "sekundärsekretess",
    "publiceras",
    "någon",
    "alla",
    "ingen",
    "summa",
    "antal",
    "föregående",
    "giltig",
    "mätår",
    "kalenderåret",
    "läsåret",
    "Ja",
    "Delvis",
    "Nej",
    "Ej aktuellt",
    "Bortfall",
];

fn keywords() -> Vec<CompletionItem> {
    KEYWORDS
        .iter()
        .map(|k| (k, CompletionItemKind::KEYWORD))
        .chain(
            crate::check::meta::META_KEYS
                .iter()
                .map(|k| (k, CompletionItemKind::PROPERTY)),
        )
        .map(|(k, kind)| CompletionItem {
            label: k.to_string(),
            kind: Some(kind),
            detail: keyword_doc(k),
            ..CompletionItem::default()
        })
        .collect()
}

/// What a keyword or metadata field does, in one line, in the language of the thread:
/// the message `lsp-keyword-…` of locales/*/lsp.ftl, whose English is the keyword's row
/// of "Keywords at a glance" in docs/language.md (the tests below hold the two together).
fn keyword_doc(word: &str) -> Option<String> {
    if !KEYWORDS.contains(&word) && !crate::check::meta::META_KEYS.contains(&word) {
        return None;
    }
    Some(crate::locale::message(&keyword_message(word), &[]))
}

/// The message id of a keyword: Fluent ids are ASCII (`mätår` → `lsp-keyword-matar`,
/// `Ej aktuellt` → `lsp-keyword-ej-aktuellt`).
fn keyword_message(word: &str) -> String {
    let ascii: String = word
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            ' ' | '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    format!("lsp-keyword-{ascii}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> impl Iterator<Item = &'static str> {
        KEYWORDS
            .iter()
            .chain(crate::check::meta::META_KEYS)
            .copied()
    }

    #[test]
    fn every_keyword_and_field_has_a_line_in_both_languages() {
        use crate::locale::{try_message_in, Lang};
        let mut ids = std::collections::BTreeSet::new();
        for word in words() {
            let id = keyword_message(word);
            assert!(id.is_ascii(), "{id}");
            assert!(ids.insert(id.clone()), "two keywords have the id {id}");
            for lang in [Lang::Sv, Lang::En] {
                let line = try_message_in(lang, &id, &[]).unwrap();
                assert!(line.starts_with(&format!("`{word}` — ")), "{line}");
            }
        }
        // And no line for a word that is not a keyword (a renamed or retired one).
        for ftl in [
            include_str!("../../locales/sv/lsp.ftl"),
            include_str!("../../locales/en/lsp.ftl"),
        ] {
            for line in ftl.lines().filter(|l| l.starts_with("lsp-keyword-")) {
                let id = line.split(" = ").next().unwrap();
                assert!(ids.contains(id), "{id} is no keyword's");
            }
        }
    }

    #[test]
    fn the_english_line_is_the_row_of_the_language_reference() {
        const LANGUAGE: &str = include_str!("../../docs/language.md");
        let glance = LANGUAGE
            .split("## 17. Keywords at a glance")
            .nth(1)
            .expect("section 17 of docs/language.md");
        for word in words() {
            let row = format!("| `{word}` | ");
            let doc = glance
                .lines()
                .find_map(|l| l.strip_prefix(row.as_str()))
                .and_then(|l| l.strip_suffix(" |"))
                .unwrap_or_else(|| panic!("docs/language.md section 17 has no row for `{word}`"));
            let en =
                crate::locale::try_message_in(crate::locale::Lang::En, &keyword_message(word), &[])
                    .unwrap();
            assert_eq!(en, format!("`{word}` — {doc}"));
        }
    }

    #[test]
    fn the_compared_alias_before_a_quote() {
        assert_eq!(compared_alias("    Ja när a1 = ").as_deref(), Some("a1"));
        assert_eq!(compared_alias("    Ja när a1 != ").as_deref(), Some("a1"));
        assert_eq!(compared_alias("när a2 i [\"Ja\", ").as_deref(), Some("a2"));
        assert_eq!(compared_alias("indikatornamn "), None);
    }

    #[test]
    fn a_family_template_is_expanded_into_its_parts() {
        let parts = vec![
            ("del".to_string(), "hvb".to_string()),
            ("del".to_string(), "skola".to_string()),
        ];
        assert_eq!(expand("A1_{del}", &parts), ["A1_hvb", "A1_skola"]);
        assert_eq!(expand("F1_handlaggare", &parts), ["F1_handlaggare"]);
    }
}
