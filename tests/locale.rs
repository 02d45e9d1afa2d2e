//! The messages (locales/*/*.ftl) in both languages, and the code's use of them: every id
//! the code names is defined in Swedish and in English, with the arguments the code
//! passes, and every message formats in both languages. A message missing in one
//! language, an argument misspelt on either side, or a Fluent syntax error fails here,
//! with the file and the id.

mod common;

use oj::locale::{try_message_in, Arg, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A message of one language: where it is defined and the variables it uses.
struct Message {
    file: PathBuf,
    vars: BTreeSet<String>,
    /// Variables used as plural selectors (`{ $n -> … }`): the code passes a number.
    selectors: BTreeSet<String>,
}

fn variables(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut vars = BTreeSet::new();
    let mut selectors = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        let after = &rest[i + 1..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            if after[name.len()..].trim_start().starts_with("->") {
                selectors.insert(name.clone());
            }
            vars.insert(name);
        }
        rest = after;
    }
    (vars, selectors)
}

/// Every message of a language, from its .ftl files.
fn messages(lang: &str) -> BTreeMap<String, Message> {
    let dir = manifest().join("locales").join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out: BTreeMap<String, Message> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut current: Option<(String, String)> = None;
        let finish = |cur: Option<(String, String)>, out: &mut BTreeMap<String, Message>| {
            if let Some((id, body)) = cur {
                let (vars, selectors) = variables(&body);
                if let Some(first) = out.get(&id) {
                    panic!(
                        "{}: message `{id}` is also defined in {}",
                        file.display(),
                        first.file.display()
                    );
                }
                out.insert(
                    id,
                    Message {
                        file: file.clone(),
                        vars,
                        selectors,
                    },
                );
            }
        };
        for line in text.lines() {
            let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts_entry {
                let (id, body) = line
                    .split_once('=')
                    .unwrap_or_else(|| panic!("{}: `{line}` is not `id = text`", file.display()));
                finish(current.take(), &mut out);
                current = Some((id.trim().to_string(), body.to_string()));
            } else if line.starts_with('#') || line.trim().is_empty() {
                continue;
            } else if let Some((_, body)) = current.as_mut() {
                body.push('\n');
                body.push_str(line);
            }
        }
        finish(current.take(), &mut out);
    }
    out
}

/// One `t!("id", name = value, …)` of the code.
struct Use {
    at: String,
    id: String,
    args: BTreeSet<String>,
}

/// Every `t!(…)` in src/, with its id and the names of its arguments (the text up to the
/// matching parenthesis, names at its top level).
fn uses() -> Vec<Use> {
    let mut files = vec![];
    common::rust_files(&manifest().join("src"), &mut files);
    files.sort();
    let mut out = vec![];
    for file in files {
        if file.ends_with("src/locale.rs") {
            continue; // the macro's definition and its documentation
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let mut from = 0;
        while let Some(i) = text[from..].find("t!(") {
            let start = from + i;
            from = start + 3;
            let before = text[..start].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                continue; // `format!(`, `assert!(`, …
            }
            let line = text[..start].lines().count().max(1);
            let at = format!(
                "{}:{line}",
                file.strip_prefix(manifest()).unwrap().display()
            );
            // rustfmt puts a long call's id on the next line: `t!(\n    "id", …)`.
            let after = &text[start + 3..];
            let body = after.trim_start();
            let Some(q) = body.strip_prefix('"') else {
                // Every id is a literal, so that this test can check it: a computed id
                // would go unchecked.
                out.push(Use {
                    at,
                    id: String::new(),
                    args: BTreeSet::new(),
                });
                continue;
            };
            let id: String = q.chars().take_while(|c| *c != '"').collect();
            // The arguments: `name = ` at depth 0 after the id.
            let mut depth = 0i32;
            let mut args = BTreeSet::new();
            let mut in_str = false;
            let mut prev = ' ';
            let chars: Vec<(usize, char)> = body.char_indices().collect();
            let mut k = id.len() + 2;
            let mut top_start = None;
            while let Some(&(pos, c)) = chars.iter().find(|(p, _)| *p >= k) {
                k = pos + c.len_utf8();
                if in_str {
                    if c == '"' && prev != '\\' {
                        in_str = false;
                    }
                    prev = if prev == '\\' && c == '\\' { ' ' } else { c };
                    continue;
                }
                match c {
                    '"' => in_str = true,
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth == 0 => break,
                    ')' | ']' | '}' => depth -= 1,
                    ',' if depth == 0 => top_start = Some(k),
                    '=' if depth == 0 => {
                        if let Some(s) = top_start.take() {
                            let name = body[s..pos].trim();
                            let next = body[k..].chars().next();
                            if !name.is_empty() && next != Some('=') && next != Some('>') {
                                args.insert(name.to_string());
                            }
                        }
                    }
                    _ => {}
                }
                prev = c;
            }
            out.push(Use { at, id, args });
        }
    }
    out
}

#[test]
fn both_languages_define_the_same_messages_with_the_same_arguments() {
    let sv = messages("sv");
    let en = messages("en");
    let mut wrong = vec![];
    for (id, m) in &sv {
        match en.get(id) {
            None => wrong.push(format!("{}: `{id}` has no English text", m.file.display())),
            Some(e) if e.vars != m.vars => wrong.push(format!(
                "`{id}`: Swedish uses {:?}, English {:?}",
                m.vars, e.vars
            )),
            Some(_) => {}
        }
    }
    for (id, m) in &en {
        if !sv.contains_key(id) {
            wrong.push(format!("{}: `{id}` has no Swedish text", m.file.display()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_message_the_code_names_exists_with_the_arguments_it_passes() {
    let sv = messages("sv");
    let en = messages("en");
    let uses = uses();
    // 768 calls when this was written; far fewer means the scan lost its way.
    assert!(
        uses.len() > 700,
        "the scan found only {} t!(…) in src/",
        uses.len()
    );
    let mut wrong = vec![];
    for u in &uses {
        if u.id.is_empty() {
            wrong.push(format!(
                "{}: t!(…) with an id that is not a string literal",
                u.at
            ));
            continue;
        }
        for (lang, msgs) in [("sv", &sv), ("en", &en)] {
            match msgs.get(&u.id) {
                None => wrong.push(format!("{}: `{}` is not in locales/{lang}", u.at, u.id)),
                Some(m) if m.vars != u.args => wrong.push(format!(
                    "{}: `{}` is given {:?}, locales/{lang} uses {:?}",
                    u.at, u.id, u.args, m.vars
                )),
                Some(_) => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every message formats in both languages (no Fluent error), given text or a number for
/// each of its variables.
#[test]
fn every_message_formats_in_both_languages() {
    let mut wrong = vec![];
    for (tag, lang) in [("sv", Lang::Sv), ("en", Lang::En)] {
        for (id, m) in messages(tag) {
            for n in [1i64, 2] {
                let args: Vec<(&'static str, Arg)> = m
                    .vars
                    .iter()
                    .map(|v| {
                        let name: &'static str = Box::leak(v.clone().into_boxed_str());
                        let value = if m.selectors.contains(v) {
                            Arg::Count(n)
                        } else {
                            Arg::Text(format!("<{v}>"))
                        };
                        (name, value)
                    })
                    .collect();
                match try_message_in(lang, &id, &args) {
                    Ok(text) if text.trim().is_empty() => {
                        wrong.push(format!("{tag} `{id}`: empty"))
                    }
                    Ok(_) => {}
                    Err(e) => wrong.push(format!("{tag} `{id}`: {e}")),
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn language_tags_are_read_as_people_write_them() {
    assert_eq!(Lang::parse("sv"), Some(Lang::Sv));
    assert_eq!(Lang::parse("sv_SE.UTF-8"), Some(Lang::Sv));
    assert_eq!(Lang::parse("EN-gb"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
    assert_eq!(Lang::parse(""), None);
}

#[test]
fn a_thread_speaks_its_own_language() {
    let sv = oj::locale::with(Lang::Sv, || oj::t!("diagnostic-line", line = 12345u64));
    let en = oj::locale::with(Lang::En, || oj::t!("diagnostic-line", line = 12345u64));
    assert_eq!(sv, "rad 12345");
    assert_eq!(en, "line 12345");
}

/// Every message is said somewhere: a message no code names is a leftover (the CLI's
/// help texts, whose ids are computed from clap's tree, are checked by the unit test in
/// src/main.rs instead, and the keyword hovers, computed from the keyword, by those in
/// src/lsp/analysis.rs).
#[test]
fn every_message_is_named_by_the_code() {
    let named: BTreeSet<String> = uses().into_iter().map(|u| u.id).collect();
    let unused: Vec<String> = messages("sv")
        .into_iter()
        .filter(|(id, _)| {
            !id.starts_with("cli-") && !id.starts_with("lsp-keyword-") && !named.contains(id)
        })
        .map(|(id, m)| format!("{}: `{id}`", m.file.display()))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code names:\n{}",
        unused.join("\n")
    );
}
