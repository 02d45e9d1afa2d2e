//! What is said of each indicator beside its figures: the guide's table (name, area,
//! purpose, technical description, levels, dates), the survey questions from the codebook
//! with mätdatum and mätperiod filled in, and Beräkning written from the rules. One
//! list, read by the guide (`oj doc`), the workbook's "Om indikatorerna" sheet and the
//! web comparison tool, so that they say the same thing in the same words.

use crate::ir::{Indicator, Kind, Program};
use crate::publish::berakning::{capitalise, computation};

/// One indicator's section: a table of (field, text), the questions, the computation.
pub struct Section {
    pub id: String,
    pub title: String,
    /// Indikatorsområde: the guide's chapters and the workbook's area sheets.
    pub area: String,
    pub table: Vec<(&'static str, String)>,
    /// (variable id, question text, answer options)
    pub questions: Vec<(String, String, Vec<String>)>,
    /// "Ja: …", "Nej: …", "Täljare: …"
    pub computation: Vec<String>,
}

impl Section {
    /// A question as one line: `B1_lss_barn: Har ni …? Svarsalternativ: Ja / Nej.`
    pub fn question_line(id: &str, text: &str, options: &[String]) -> String {
        format!("{id}: {text} Svarsalternativ: {}.", options.join(" / "))
    }
}

pub fn sections(program: &Program) -> Vec<Section> {
    program
        .indicators
        .iter()
        .map(|i| section(program, i))
        .collect()
}

/// The sections grouped by Indikatorsområde, the areas in the order they first appear
/// (as the workbook's area sheets), the indicators of an area in publication order: an
/// area whose indicators are not all next to each other in the files is one chapter.
pub fn sections_by_area(program: &Program) -> Vec<Section> {
    let mut all = sections(program);
    let mut areas: Vec<String> = vec![];
    for s in &all {
        if !areas.contains(&s.area) {
            areas.push(s.area.clone());
        }
    }
    all.sort_by_key(|s| areas.iter().position(|a| *a == s.area));
    all
}

fn section(program: &Program, ind: &Indicator) -> Section {
    let m = &ind.meta;
    let mut table = vec![("Indikatornamn", m.indikatornamn.clone())];
    fn push(table: &mut Vec<(&'static str, String)>, k: &'static str, v: &Option<String>) {
        if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
            table.push((k, v.clone()));
        }
    }
    push(&mut table, "Mått", &m.matt);
    table.push(("Indikatorsområde", m.omrade.clone()));
    push(&mut table, "Kvalitetsområde", &m.kvalitetsomrade);
    push(&mut table, "Syfte", &m.syfte);
    push(&mut table, "Målvärde", &m.malvarde);
    push(&mut table, "Riktning", &m.riktning);
    table.push(("Typ av indikator", capitalise(&m.typ)));
    table.push((
        "Redovisningsnivå",
        crate::publish::legend::levels_sentence(ind),
    ));
    push(&mut table, "Teknisk beskrivning", &m.teknisk_beskrivning);
    if let Some(d) = matdatum(program, ind) {
        table.push(("Mätdatum", d.swedish()));
    }
    if let Some(p) = m.matperiod {
        table.push(("Mätperiod", crate::syntax::ast::Date::swedish_period(p)));
    }
    let cb = &program.codebook;
    let options = |var: &crate::codebook::Variable| -> Vec<String> {
        match (&var.values, var.unit.as_deref().filter(|u| !u.is_empty())) {
            (Some(vs), _) => vs.labels().map(str::to_string).collect(),
            (None, Some(unit)) => vec![format!("ett tal ({unit})")],
            (None, None) => vec!["ett tal".to_string()],
        }
    };
    let mut questions = vec![];
    for q in &ind.questions {
        for v in &q.vars {
            if let Some(var) = cb.get(v) {
                questions.push((v.clone(), cb.question_text(var), options(var)));
            }
        }
    }
    if let Kind::Source(s) = &ind.kind {
        // A survey question summed per kommun, as the year reads it: `föregående(f1)` is
        // the previous year's question, with that year's dates.
        for (i, r) in s.survey.iter().enumerate() {
            for previous in [false, true] {
                let read = s.slots.iter().any(|slot| {
                    matches!(slot, crate::ir::Slot::Survey { question, previous: p }
                        if *question == i && *p == previous)
                });
                let book = if previous {
                    program.previous_codebook.as_ref()
                } else {
                    Some(cb)
                };
                if let Some((book, var)) = book
                    .filter(|_| read)
                    .and_then(|b| Some((b, b.get(&r.var)?)))
                {
                    let id = if previous {
                        format!("{} (föregående års enkät)", r.var)
                    } else {
                        r.var.clone()
                    };
                    questions.push((id, book.question_text(var), options(var)));
                }
            }
        }
    }
    Section {
        id: ind.id.clone(),
        title: m.indikatornamn.clone(),
        area: m.omrade.clone(),
        table,
        questions,
        computation: computation(program, ind, cb),
    }
}

/// The day an indicator's figures describe: its own `mätdatum`, else the year's for a
/// survey indicator. A register or table indicator without one of its own has none to
/// publish: the survey's day is not its day (its texts say which period its data are).
pub fn matdatum(program: &Program, ind: &Indicator) -> Option<crate::syntax::ast::Date> {
    match (ind.meta.matdatum, &ind.kind) {
        (Some(d), _) => Some(d),
        (None, Kind::Source(_)) => None,
        (None, _) => Some(program.matdatum),
    }
}
