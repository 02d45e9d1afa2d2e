//! Reading a year directory: every `*.oj` file in name order, parsed; the `år` block; the
//! inherited year (`ärver "../2014"`), merged file by file.
//!
//! Inheritance: the year's files are the parent's files plus its own. A file of the same
//! name continues the parent's file: an item with an id the parent already has replaces
//! it in place, a new item is added at the end of that file, and `utgår id` removes an
//! indicator. So next year is an edit of this year, and this year's files are never
//! touched.

use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::source::{Sources, Span};
use crate::syntax::ast::{self, Date, Item, Value};
use crate::syntax::parse_file;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Largest indicator file we read; a year's files are a few hundred kB.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct LoadedYear {
    pub dir: PathBuf,
    pub year: u32,
    pub year_span: Span,
    pub codebook: PathBuf,
    pub codebook_span: Span,
    pub matdatum: Date,
    pub previous_codebook: Option<PathBuf>,
    pub parent_year: Option<u32>,
    /// Indicators and reviews by file name, merged with the parent's; publication order
    /// is file name order, then order within the file.
    pub files: BTreeMap<String, Vec<Item>>,
    pub removals: Vec<ast::Removal>,
}

struct YearFiles {
    /// file name → items
    files: BTreeMap<String, Vec<Item>>,
    year: Option<(ast::YearBlock, PathBuf)>,
}

impl LoadedYear {
    /// Indicators and reviews in publication order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.files.values().flatten()
    }
}

pub fn load_year(dir: &Path, sources: &mut Sources, diags: &mut Diagnostics) -> Option<LoadedYear> {
    let root = dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut chain = vec![];
    load_chain(dir, &root, sources, diags, &mut chain)
}

fn load_chain(
    dir: &Path,
    root: &Path,
    sources: &mut Sources,
    diags: &mut Diagnostics,
    chain: &mut Vec<PathBuf>,
) -> Option<LoadedYear> {
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    chain.push(canonical);
    let own = read_dir_files(dir, sources, diags)?;
    let Some((block, block_file)) = own.year else {
        diags.push(
            Diagnostic::error(Code::NoYear, crate::t!("load-no-year"))
                .at(dir, None, None)
                .help(match dir_year(dir) {
                    Some(y) => crate::t!(
                        "load-no-year-help",
                        year = y.to_string(),
                        previous = (y - 1).to_string()
                    ),
                    None => crate::t!("load-no-year-help-example"),
                }),
        );
        return None;
    };
    let mut settings: BTreeMap<String, (Value, Span)> = BTreeMap::new();
    for s in &block.settings {
        let known = ["kodbok", "mätdatum", "ärver", "föregående_kodbok"];
        if !known.contains(&s.key.node.as_str()) {
            let mut d = Diagnostic::error(
                Code::UnknownSetting,
                crate::t!("load-unknown-setting", key = &s.key.node),
            )
            .label(s.key.span, crate::t!("load-unknown-setting-label"));
            d = match crate::diagnostic::did_you_mean(&s.key.node, known) {
                Some(k) => d.did_you_mean(k),
                None => d.help(crate::t!("load-settings-are", settings = known.join(", "))),
            };
            diags.push(d);
            continue;
        }
        settings.insert(s.key.node.clone(), (s.value.node.clone(), s.value.span));
    }
    let base = block_file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let text_setting = |key: &str, diags: &mut Diagnostics| -> Option<(PathBuf, Span)> {
        match settings.get(key) {
            Some((Value::Text(t), span)) => Some((normalise(&base.join(t)), *span)),
            Some((_, span)) => {
                diags.push(
                    Diagnostic::error(
                        Code::InvalidMetadata,
                        crate::t!("load-path-not-text", key = key),
                    )
                    .label(*span, crate::t!("load-not-a-text"))
                    .help(crate::t!("load-path-not-text-help", key = key)),
                );
                None
            }
            None => None,
        }
    };

    // The parent year, if any.
    let mut parent: Option<LoadedYear> = None;
    if let Some((pdir, span)) = text_setting("ärver", diags) {
        let pcanon = pdir.canonicalize().unwrap_or_else(|_| pdir.clone());
        let root_canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        // A year that cannot inherit is not checked further: its `utöka` and `utgår`
        // would only repeat the problem.
        let written = match settings.get("ärver") {
            Some((Value::Text(t), _)) => t.clone(),
            _ => pdir.display().to_string(),
        };
        if !pdir.is_dir() {
            diags.push(
                Diagnostic::error(
                    Code::IncludeOutside,
                    crate::t!("load-inherit-not-directory", path = &written),
                )
                .label(span, crate::t!("load-inherit-not-directory-label"))
                .help(crate::t!("load-inherit-not-directory-help")),
            );
            return None;
        } else if !pcanon.starts_with(&root_canon) {
            diags.push(
                Diagnostic::error(Code::IncludeOutside, crate::t!("load-inherit-outside"))
                    .label(span, crate::t!("load-outside-label"))
                    .help(crate::t!("load-inherit-outside-help")),
            );
            return None;
        } else if chain.contains(&pcanon) {
            diags.push(
                Diagnostic::error(Code::IncludeLoop, crate::t!("load-inherit-loop"))
                    .label(span, crate::t!("load-inherit-loop-label"))
                    .help(crate::t!("load-inherit-loop-help")),
            );
            return None;
        } else {
            parent = load_chain(&pdir, root, sources, diags, chain);
            parent.as_ref()?;
        }
    }

    // Codebooks are read from inside the indicators directory only: an indicator file
    // cannot make the engine read anything else (docs/security.md).
    let inside = |(path, span): (PathBuf, Span),
                  diags: &mut Diagnostics|
     -> Option<(PathBuf, Span)> {
        let root_canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        match path.canonicalize() {
            Ok(c) if !c.starts_with(&root_canon) => {
                diags.push(
                    Diagnostic::error(Code::CodebookOutside, crate::t!("load-codebook-outside"))
                        .label(span, crate::t!("load-outside-label"))
                        .help(crate::t!("load-codebook-outside-help")),
                );
                None
            }
            _ => Some((path, span)),
        }
    };
    let kodbok = match text_setting("kodbok", diags) {
        Some(c) => match inside(c, diags) {
            Some(c) => Some(c),
            None => return None,
        },
        None => None,
    };
    let (codebook, codebook_span) = match kodbok {
        Some(c) => c,
        None => match &parent {
            Some(p) => (p.codebook.clone(), p.codebook_span),
            None => {
                diags.push(
                    Diagnostic::error(Code::MissingMetadata, crate::t!("load-no-codebook"))
                        .label(block.span, crate::t!("load-no-codebook-label"))
                        .help(crate::t!("load-no-codebook-help")),
                );
                return None;
            }
        },
    };
    let matdatum = match settings.get("mätdatum") {
        Some((Value::Date(d), _)) => *d,
        Some((_, span)) => {
            diags.push(
                Diagnostic::error(Code::InvalidMetadata, crate::t!("load-matdatum-not-date"))
                    .label(*span, crate::t!("load-not-a-date"))
                    .help(crate::t!("load-matdatum-not-date-help")),
            );
            return None;
        }
        None => {
            diags.push(
                Diagnostic::error(Code::MissingMetadata, crate::t!("load-no-matdatum"))
                    .label(block.span, crate::t!("load-no-matdatum-label"))
                    .help(crate::t!("load-no-matdatum-help")),
            );
            return None;
        }
    };
    let year = block.year.node;
    // `indicators/2016/ar.oj` says `år 2016`: the directory names the year for every
    // command (`--year 2016`), so the two must agree.
    let dir_name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if dir_name.len() == 4
        && dir_name.bytes().all(|b| b.is_ascii_digit())
        && dir_name != year.to_string()
    {
        diags.push(
            Diagnostic::error(
                Code::YearMismatch,
                crate::t!(
                    "load-year-mismatch",
                    year = year.to_string(),
                    dir = dir_name
                ),
            )
            .label(
                block.year.span,
                crate::t!("load-year-mismatch-label", dir = dir_name),
            )
            .help(crate::t!(
                "load-year-mismatch-help",
                year = year.to_string(),
                dir = dir_name
            )),
        );
        return None;
    }
    let previous_codebook = text_setting("föregående_kodbok", diags)
        .and_then(|c| inside(c, diags))
        .map(|(p, _)| p)
        .or_else(|| {
            parent
                .as_ref()
                .filter(|p| p.year + 1 == year)
                .map(|p| p.codebook.clone())
        });

    // Merge the parent's items with ours, file by file.
    let mut files: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    let mut removals = vec![];
    let mut parent_year = None;
    if let Some(p) = parent {
        parent_year = Some(p.year);
        removals = p.removals.clone();
        files = p.files;
    }
    // `utgår granskning …` retires an inherited review rule before anything of this
    // year is merged, so that it never touches a rule this year defines itself.
    for r in own.files.values().flatten().filter_map(|i| match i {
        Item::Removal(r) if r.review.is_some() => Some(r),
        _ => None,
    }) {
        // A review rule leaves at once: nothing of it is resolved this year.
        let qualifier = r.review.clone().flatten();
        let identity = crate::syntax::ast::review_identity(
            &r.id.node,
            qualifier.as_ref().map(|q| q.node.as_str()),
        );
        let mut found = false;
        for items in files.values_mut() {
            let before = items.len();
            items.retain(|i| !matches!(i, Item::Review(rev) if rev.identity() == identity));
            found |= items.len() < before;
        }
        if !found {
            let known: Vec<String> = files
                .values()
                .flatten()
                .filter_map(|i| match i {
                    Item::Review(rev) => Some(rev.identity()),
                    _ => None,
                })
                .collect();
            let help = match crate::diagnostic::did_you_mean(
                &identity,
                known.iter().map(String::as_str),
            ) {
                Some(s) => crate::t!("load-did-you-mean-retire-review", name = s),
                None => crate::t!("load-inherited-reviews-are", names = known.join(", ")),
            };
            diags.push(
                Diagnostic::error(
                    Code::UnknownRemoval,
                    crate::t!("load-unknown-retired-review", name = &identity),
                )
                .label(r.id.span, crate::t!("load-unknown-review-label"))
                .help(help),
            );
        }
    }
    let carried = removals.len();
    let mut own_ids: std::collections::BTreeSet<(String, String)> = Default::default();
    let mut extensions = vec![];
    let mut changes = vec![];
    for (name, items) in own.files {
        for item in items {
            match item {
                Item::Removal(r) if r.review.is_some() => {} // applied above
                Item::Removal(r) => removals.push(r),
                Item::Year(_) => {}
                Item::Extension(ext) => extensions.push(ext),
                Item::Change(c) => changes.push(c),
                item => {
                    let target = files.entry(name.clone()).or_default();
                    let id = item_id(&item);
                    // Only an inherited item is replaced. A second definition in this
                    // year's own files is kept, so the checker reports the duplicate.
                    let first_own = own_ids.insert((name.clone(), id.clone()));
                    match target.iter().position(|t| item_id(t) == id) {
                        Some(i) if first_own => target[i] = item,
                        _ => target.push(item),
                    }
                }
            }
        }
    }
    // An indicator retired in an earlier year that this year defines again is back.
    let redefined: Vec<String> = own_ids
        .iter()
        .filter_map(|(_, id)| id.strip_prefix("indikator ").map(str::to_string))
        .collect();
    let mut i = 0;
    removals.retain(|r| {
        i += 1;
        i > carried || !redefined.contains(&r.id.node)
    });
    // Extensions last, so that they see every item of the year, its own included.
    for ext in extensions {
        let found = files.values_mut().flatten().find_map(|t| match t {
            Item::Indicator(ind) if ind.id.node == ext.id.node && ind.parts.is_some() => Some(ind),
            _ => None,
        });
        match found {
            Some(ind) => {
                let parts = ind.parts.as_mut().expect("checked");
                let keys: Vec<String> = parts.parts.iter().map(|p| p.key.node.clone()).collect();
                parts.parts.extend(ext.parts.iter().cloned());
                let variables: Vec<String> = ind
                    .questions
                    .iter()
                    .flat_map(|q| q.variables.iter().map(|v| v.node.clone()))
                    .collect();
                extend_reviews(&mut files, &keys, &variables, &ext, diags);
            }
            None => diags.push(
                Diagnostic::error(
                    Code::UnknownRemoval,
                    crate::t!("load-unknown-extension", id = &ext.id.node),
                )
                .label(ext.id.span, crate::t!("load-unknown-family-label"))
                .help(crate::t!("load-unknown-extension-help")),
            ),
        }
    }
    // `ändra`: fields of an inherited indicator replaced or added, its rules kept.
    for change in changes {
        let found = files.values_mut().flatten().find_map(|t| match t {
            Item::Indicator(ind) if ind.id.node == change.id.node => Some(ind),
            _ => None,
        });
        match found {
            Some(ind) => {
                if !change.levels.is_empty() {
                    ind.levels = change.levels;
                }
                for field in change.meta {
                    match ind.meta.iter_mut().find(|f| f.key.node == field.key.node) {
                        Some(f) => *f = field,
                        None => ind.meta.push(field),
                    }
                }
            }
            None => {
                let ids: Vec<String> = files
                    .values()
                    .flatten()
                    .filter_map(|i| match i {
                        Item::Indicator(ind) => Some(ind.id.node.clone()),
                        _ => None,
                    })
                    .collect();
                let d = Diagnostic::error(
                    Code::UnknownRemoval,
                    crate::t!("load-unknown-change", id = &change.id.node),
                )
                .label(change.id.span, crate::t!("load-unknown-indicator-label"));
                diags.push(
                    match crate::diagnostic::did_you_mean(
                        &change.id.node,
                        ids.iter().map(String::as_str),
                    ) {
                        // The label is on the id: the fix is the id.
                        Some(s) => d
                            .help(crate::t!("load-did-you-mean-change", id = s))
                            .suggestion(s),
                        None => d.help(crate::t!("load-unknown-change-help")),
                    },
                );
            }
        }
    }
    // A review rule is known by its name and qualifier: two with the same would make
    // `utgår granskning` and next year's replacement ambiguous.
    let mut identities: BTreeMap<String, Span> = BTreeMap::new();
    for item in files.values().flatten() {
        if let Item::Review(rev) = item {
            let id = rev.identity();
            match identities.get(&id) {
                Some(first) => diags.push(
                    Diagnostic::error(
                        Code::DuplicateReview,
                        crate::t!("load-duplicate-review", name = &id),
                    )
                    .label(rev.name.span, crate::t!("load-second-rule"))
                    .label(*first, crate::t!("load-first-rule"))
                    .help(crate::t!(
                        "load-duplicate-review-help",
                        name = &rev.name.node,
                        qualifier = rev
                            .questions
                            .first()
                            .and_then(|q| q.variables.first())
                            .map(|v| v.node.split('_').skip(1).collect::<Vec<_>>().join("_"))
                            .filter(|s| !s.is_empty() && !s.contains('{'))
                            .unwrap_or_else(|| "namn".into())
                    )),
                ),
                None => {
                    identities.insert(id, rev.name.span);
                }
            }
        }
    }
    Some(LoadedYear {
        dir: dir.to_path_buf(),
        year,
        year_span: block.year.span,
        codebook,
        codebook_span,
        matdatum,
        previous_codebook,
        parent_year,
        files,
        removals,
    })
}

/// The year a directory is named for (`indicators/2016`), if it is named so.
fn dir_year(dir: &Path) -> Option<u32> {
    let name = dir.file_name()?.to_str()?;
    let y: u32 = name.parse().ok()?;
    (name.len() == 4 && (crate::syntax::FIRST_YEAR..=crate::syntax::LAST_YEAR).contains(&y))
        .then_some(y)
}

/// A path without `..` and `.` where they can be resolved by the text alone:
/// `indicators/2016/../2015` is `indicators/2015`, as it is shown in diagnostics.
pub fn normalise(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = vec![];
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    if out.is_empty() {
        PathBuf::from(".")
    } else {
        out.iter().collect()
    }
}

/// `utöka` of a family extends the review families over the same parts that read the
/// family's questions, so that the new parts are reviewed as the others are. Such a
/// review family over only some of the parts is not guessed at: the checker says it was
/// not extended.
fn extend_reviews(
    files: &mut BTreeMap<String, Vec<Item>>,
    keys: &[String],
    variables: &[String],
    ext: &crate::syntax::ast::Extension,
    diags: &mut Diagnostics,
) {
    for item in files.values_mut().flatten() {
        let Item::Review(rev) = item else { continue };
        // A review family belongs to the indicator family whose questions it reads
        // (`C1_{del}`, `C2_{del}`); one over other questions is not touched.
        let reads_family = rev
            .questions
            .iter()
            .flat_map(|q| &q.variables)
            .all(|v| variables.contains(&v.node));
        if !reads_family {
            continue;
        }
        let Some(parts) = rev.parts.as_mut() else {
            continue;
        };
        let rkeys: Vec<&String> = parts.parts.iter().map(|p| &p.key.node).collect();
        let same = rkeys.len() == keys.len() && keys.iter().all(|k| rkeys.contains(&k));
        let new: Vec<_> = ext
            .parts
            .iter()
            .filter(|p| !rkeys.contains(&&p.key.node))
            .cloned()
            .collect();
        if same {
            parts.parts.extend(new.into_iter().map(|mut p| {
                p.label.node = String::new();
                p
            }));
        } else if rkeys.iter().any(|k| keys.contains(k)) && !new.is_empty() {
            diags.push(
                Diagnostic::warning(
                    Code::ReviewNotExtended,
                    crate::t!(
                        "load-review-not-extended",
                        id = &ext.id.node,
                        parts = new
                            .iter()
                            .map(|p| p.key.node.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        rule = rev.identity()
                    ),
                )
                .label(ext.id.span, crate::t!("load-review-not-extended-label"))
                .help(crate::t!(
                    "load-review-not-extended-help",
                    rule = rev.identity()
                )),
            );
        }
    }
}

/// The id an item is replaced by: indicators by id, reviews by name and qualifier.
fn item_id(item: &Item) -> String {
    match item {
        Item::Indicator(i) => format!("indikator {}", i.id.node),
        Item::Review(r) => format!("granskning {}", r.identity()),
        Item::Removal(r) => format!("utgår {}", r.id.node),
        Item::Extension(e) => format!("utöka {}", e.id.node),
        Item::Change(c) => format!("ändra {}", c.id.node),
        Item::Year(_) => "år".into(),
        Item::Source(s) => format!("källa {}", s.name.node),
    }
}

fn read_dir_files(dir: &Path, sources: &mut Sources, diags: &mut Diagnostics) -> Option<YearFiles> {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    Code::CodebookLoad,
                    crate::t!(
                        "load-cannot-read-directory",
                        error = crate::diagnostic::io_error(&e)
                    ),
                )
                .at(dir, None, None)
                .help(crate::t!("load-cannot-read-directory-help")),
            );
            return None;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "oj"))
        .collect();
    // A file an editor holds but has not saved yet is part of its directory too.
    let here = normalise(dir);
    let listed: Vec<PathBuf> = paths.iter().map(|p| normalise(p)).collect();
    for p in sources.overlay_paths() {
        if p.parent() == Some(here.as_path())
            && p.extension().is_some_and(|x| x == "oj")
            && !listed.iter().any(|q| q == p)
        {
            paths.push(p.to_path_buf());
        }
    }
    paths.sort();
    let mut out = YearFiles {
        files: BTreeMap::new(),
        year: None,
    };
    let mut ok = true;
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let held = sources.overlay(&normalise(&path)).map(str::to_string);
        let size = match &held {
            Some(t) => t.len() as u64,
            None => std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0),
        };
        if size > MAX_FILE_BYTES {
            diags.push(
                Diagnostic::error(
                    Code::FileTooLarge,
                    crate::t!("load-file-too-large", size = size, max = MAX_FILE_BYTES),
                )
                .at(&path, None, None)
                .help(crate::t!("load-file-too-large-help")),
            );
            ok = false;
            continue;
        }
        let read = match held {
            Some(t) => Ok(Ok(t)),
            None => std::fs::read(&path).map(String::from_utf8),
        };
        let text = match read {
            Ok(Ok(t)) => t,
            Ok(Err(e)) => {
                diags.push(
                    Diagnostic::error(
                        Code::Syntax,
                        crate::t!(
                            "load-not-utf8",
                            byte = e.utf8_error().valid_up_to().to_string()
                        ),
                    )
                    .at(&path, None, None)
                    .help(crate::t!("load-not-utf8-help")),
                );
                ok = false;
                continue;
            }
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        Code::Syntax,
                        crate::t!(
                            "load-cannot-read-file",
                            error = crate::diagnostic::io_error(&e)
                        ),
                    )
                    .at(&path, None, None)
                    .help(crate::t!("load-cannot-read-file-help")),
                );
                ok = false;
                continue;
            }
        };
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text);
        let id = sources.add(&path, text);
        match parse_file(id, &sources.get(id).text.clone()) {
            Ok(file) => {
                if file.items.is_empty() {
                    diags.push(
                        Diagnostic::warning(Code::EmptyFile, crate::t!("load-empty-file"))
                            .at(&path, None, None)
                            .help(crate::t!("load-empty-file-help")),
                    );
                }
                let mut items = vec![];
                for item in file.items {
                    if let Item::Year(y) = &item {
                        if let Some((first, _)) = &out.year {
                            diags.push(
                                Diagnostic::error(
                                    Code::DuplicateYear,
                                    crate::t!("load-second-year-block"),
                                )
                                .label(y.span, crate::t!("load-second-year-block-label"))
                                .label(first.span, crate::t!("load-first-year-block-label"))
                                .help(crate::t!("load-second-year-block-help")),
                            );
                        } else {
                            out.year = Some((y.clone(), path.clone()));
                        }
                        continue;
                    }
                    items.push(item);
                }
                out.files.insert(name, items);
            }
            Err(d) => {
                diags.push(d);
                ok = false;
            }
        }
    }
    if !ok {
        // Syntax errors stop this year, but only after every file has been read.
        return None;
    }
    Some(out)
}
