//! What is said of each indicator beside its figures: the guide's table (name, area,
//! purpose, technical description, levels, dates), the survey questions from the codebook
//! with mätdatum and mätperiod filled in, and Beräkning written from the rules. One
//! list, read by the guide (`oj doc`), the workbook's "Om indikatorerna" sheet and the
//! web comparison tool, so that they say the same thing in the same words.

use crate::ir::{Indicator, Kind, Program};
use crate::publish::berakning::computation;

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
    table.push(("Mätdatum", m.matdatum.unwrap_or(program.matdatum).swedish()));
    if let Some(p) = m.matperiod {
        table.push(("Mätperiod", crate::syntax::ast::Date::swedish_period(p)));
    }
    let cb = &program.codebook;
    let mut questions = vec![];
    for q in &ind.questions {
        for v in &q.vars {
            if let Some(var) = cb.get(v) {
                let options = match (&var.values, var.unit.as_deref().filter(|u| !u.is_empty())) {
                    (Some(vs), _) => vs.labels().map(str::to_string).collect(),
                    (None, Some(unit)) => vec![format!("ett tal ({unit})")],
                    (None, None) => vec!["ett tal".to_string()],
                };
                questions.push((v.clone(), cb.question_text(var), options));
            }
        }
    }
    if let Kind::Source(s) = &ind.kind {
        for r in &s.survey {
            if let Some(var) = cb.get(&r.var) {
                questions.push((r.var.clone(), cb.question_text(var), vec!["ett tal".into()]));
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

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
