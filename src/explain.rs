//! `oj explain`: for one unit and one indicator, the answers behind the result — each
//! question with its text, the raw code and its label, and which rule decided and why the
//! others did not. For the analyst in a kommun who wants to know why it says `Delvis`.

use crate::aggregate::Level;
use crate::aggregate::YearRun;
use crate::codebook::VarType;
use crate::eval::{evaluate_unit, UnitAnswers, UnitResult};
use crate::ir::logic::{Cell, Missing};
use crate::ir::Answer;
use crate::ir::Kind;
use crate::source::Sources;
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn explain(
    run: &YearRun,
    sources: &Sources,
    indicator: &str,
    enhet: &str,
) -> Result<String, String> {
    let program = &run.program;
    let Some(ind) = program.indicator(indicator) else {
        let ids: Vec<&str> = program.indicators.iter().map(|i| i.id.as_str()).collect();
        let hint = crate::diagnostic::did_you_mean(indicator, ids.iter().copied())
            .map(|s| format!(" {}", crate::t!("tools-explain-did-you-mean", name = s)))
            .unwrap_or_default();
        let message = crate::t!(
            "tools-explain-not-an-indicator",
            indicator = indicator,
            year = program.year.to_string()
        );
        return Err(format!("{message}{hint}"));
    };
    let Some(unit) = run.units.get(enhet) else {
        // A län, riket, befolkningsgrupp or kommungrupp: its published figure.
        if let Some((level, key)) = group(run, enhet) {
            return Ok(explain_group(run, ind, level, &key));
        }
        return Err(crate::t!("tools-explain-not-a-unit", enhet = enhet));
    };
    if let Kind::Source(m) = &ind.kind {
        return explain_source(run, ind, m, unit);
    }
    let Some(u) = run.evaluation.units.iter().position(|e| e == enhet) else {
        return Err(crate::t!(
            "tools-explain-through-stadsdelar",
            enhet = enhet,
            name = &unit.namn
        ));
    };
    let i = program
        .indicators
        .iter()
        .position(|x| x.id == ind.id)
        .expect("found above");
    let result = &run.evaluation.results[i][u];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}: {}",
        program.year, ind.id, ind.meta.indikatornamn
    );
    let _ = writeln!(
        out,
        "Enhet {} {} ({})",
        unit.enhet, unit.namn, unit.lansnamn
    );
    let _ = writeln!(out, "Resultat: {}", render_result(ind, result));
    not_published(ind, &mut out);
    let _ = writeln!(out);
    let _ = writeln!(out, "Svar:");
    let responded = run.evaluation.responded.contains(enhet);
    // Only the findings that involve a variable this indicator reads.
    let reads: Vec<&str> = ind.reads().collect();
    let flagged: Vec<_> = run
        .evaluation
        .findings
        .iter()
        .filter(|f| f.enhet == enhet && f.variables.iter().any(|v| reads.contains(&v.as_str())))
        .collect();
    for q in &ind.questions {
        for var in &q.vars {
            let v = program
                .codebook
                .get(var)
                .expect("checked against the codebook");
            let raw = run.survey.raw(enhet, var).unwrap_or("");
            let cell = run.survey.cell(enhet, var).cloned().unwrap_or(Cell::Blank);
            let shown = match (&cell, v.ty) {
                (_, _) if raw.is_empty() && matches!(cell, Cell::Blank) => "(tomt)".to_string(),
                (Cell::Code(c), VarType::Categorical) => {
                    let label = v
                        .values
                        .as_ref()
                        .and_then(|vs| vs.label_of(*c))
                        .unwrap_or("?");
                    if raw.is_empty() {
                        format!("(tomt) = \"{label}\"")
                    } else {
                        format!("{raw} = \"{label}\"")
                    }
                }
                (Cell::VetEj, _) => format!("{raw} = Vet ej"),
                (Cell::Invalid, _) => format!("{raw} (ogiltigt värde)"),
                _ => raw.to_string(),
            };
            let _ = writeln!(
                out,
                "  {:<28} {:<24} {}",
                var,
                shown,
                program.codebook.question_text(v)
            );
        }
        if let Some(prev) = run.previous.as_ref() {
            if q.vars.len() == 1
                && ind
                    .rules
                    .iter()
                    .any(|r| mentions_previous(&r.when, &q.name, ind))
            {
                // Last year's answer with its label in last year's codebook; or that the
                // unit did not answer last year (then no correction applies).
                let raw = prev.raw(enhet, &q.vars[0]).unwrap_or("").trim();
                let shown = if !prev.responded(enhet) {
                    "svarade inte förra året".to_string()
                } else if raw.is_empty() {
                    "(tomt)".to_string()
                } else {
                    let label = program
                        .previous_codebook
                        .as_ref()
                        .and_then(|cb| cb.get(&q.vars[0]))
                        .and_then(|v| v.values.as_ref())
                        .zip(raw.parse::<i64>().ok())
                        .and_then(|(vs, c)| vs.label_of(c));
                    match label {
                        Some(l) => format!("{raw} = \"{l}\""),
                        None => raw.to_string(),
                    }
                };
                let _ = writeln!(out, "  {:<28} {:<24} (föregående år)", q.vars[0], shown);
            }
        }
    }
    for f in &flagged {
        let _ = writeln!(
            out,
            "  granskning {} ({}): {}",
            f.rule,
            f.severity.label(),
            f.values
        );
    }
    let _ = writeln!(out);
    // Re-run with the trace (the evaluation kept only results).
    let prev = run
        .previous
        .as_ref()
        .zip(program.previous_codebook.as_ref())
        .map(|(survey, codebook)| crate::eval::PreviousYear { survey, codebook });
    let answers = UnitAnswers::gather(&ind.questions, &run.survey, enhet, prev.as_ref(), program);
    let flags: std::collections::BTreeMap<String, String> = flagged
        .iter()
        .filter(|f| f.severity == crate::syntax::ast::Severity::Fel)
        .flat_map(|f| f.variables.iter().map(|v| (v.clone(), f.rule.clone())))
        .collect();
    let (_, trace) = evaluate_unit(ind, &answers, responded, Some(&flags));
    let _ = writeln!(out, "Varför:");
    if !trace.responded {
        let _ = writeln!(out, "  Enheten har inte svarat på enkäten: Bortfall.");
        return Ok(out);
    }
    if let Some((rule, vars)) = &trace.review {
        let _ = writeln!(
            out,
            "  Granskningsregeln {rule} (fel) gäller {}: indikatorn blir Bortfall.",
            vars.join(", ")
        );
        return Ok(out);
    }
    if let Some(m) = &trace.missing {
        let text = match m {
            Missing::Blank { q, i } => format!(
                "{} är obesvarad, fast frågan ställs i den här situationen",
                ind.questions[*q].vars[*i]
            ),
            Missing::VetEj { q, i } => format!("{} är Vet ej", ind.questions[*q].vars[*i]),
        };
        let _ = writeln!(out, "  {text}: Bortfall.");
        return Ok(out);
    }
    for (r, v) in ind.rules.iter().zip(&trace.rules) {
        let mark = match v {
            Some(true) => "✓ gäller  ",
            Some(false) => "✗ gäller ej",
            None => "? okänt   ",
        };
        let text = sources
            .slice(r.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(out, "  {mark}  {text}");
    }
    if let Kind::Measure(_) = ind.kind {
        if let UnitResult::Value {
            taljare, namnare, ..
        } = result
        {
            let _ = writeln!(
                out,
                "  täljare = {}, nämnare = {}",
                crate::num::format_exact(taljare, 1),
                crate::num::format_exact(namnare, 1)
            );
        }
    }
    Ok(out)
}

fn mentions_previous(c: &crate::ir::Cond, name: &str, ind: &crate::ir::Indicator) -> bool {
    use crate::ir::Cond;
    match c {
        Cond::And(v) | Cond::Or(v) => v.iter().any(|c| mentions_previous(c, name, ind)),
        Cond::Not(c) => mentions_previous(c, name, ind),
        Cond::Atom(Answer::HasCode {
            q, previous: true, ..
        }) => ind.questions[*q].name == name,
        _ => false,
    }
}

fn render_result(ind: &crate::ir::Indicator, r: &UnitResult) -> String {
    match r {
        UnitResult::Outcome {
            reason: Some(reason),
            ..
        } => format!("{} ({reason})", UnitResult::shown(ind, r)),
        _ => UnitResult::shown(ind, r),
    }
}

/// A source indicator for one kommun: the counts, columns or survey sums it read, the
/// formulas with those values, and the suppression test.
fn explain_source(
    run: &YearRun,
    ind: &crate::ir::Indicator,
    m: &crate::ir::SourceMeasure,
    unit: &crate::data::Unit,
) -> Result<String, String> {
    let program = &run.program;
    let src = &run.evaluation.sources;
    let i = program
        .indicators
        .iter()
        .position(|x| x.id == ind.id)
        .expect("an indicator of the program");
    let Some(k) = src.kommuner.iter().position(|c| *c == unit.enhet) else {
        return Err(crate::t!(
            "tools-explain-stadsdel",
            enhet = &unit.enhet,
            name = &unit.namn,
            indicator = &ind.id,
            kommun = &unit.kommun
        ));
    };
    let source = &program.sources[m.source];
    let slots = &src.slots[&i][k];
    let result = &src.results[&i][k];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}: {}",
        program.year, ind.id, ind.meta.indikatornamn
    );
    let _ = writeln!(
        out,
        "Kommun {} {} ({})",
        unit.enhet, unit.namn, unit.lansnamn
    );
    let _ = writeln!(out, "Resultat: {}", render_result(ind, result));
    not_published(ind, &mut out);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Källa: {} ({}, en rad per {})",
        source.name,
        source.file,
        match source.per {
            crate::ir::Per::Person => "person",
            crate::ir::Per::Kommun => "kommun",
        }
    );
    if let Some((key, label, _)) = &m.subgroup {
        let _ = writeln!(out, "Undergrupp: {label} ({key})");
    }
    let _ = writeln!(out, "Värden:");
    let name_width = m
        .slot_names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0);
    for (name, v) in m.slot_names.iter().zip(slots) {
        let shown = match v {
            Ok(n) => crate::describe::plain(n),
            Err(why) => format!("saknas ({why})"),
        };
        let _ = writeln!(out, "  {name:<name_width$}  {shown}");
    }
    let _ = writeln!(out);
    let names = |n: &crate::ir::SlotNum| crate::describe::slot_num(n, &m.slot_names);
    if let Some(c) = &m.suppression {
        let hit = crate::eval::source::slot_cond(c, slots);
        let _ = writeln!(
            out,
            "Sekretess när {}: {}",
            crate::describe::slot_cond(c, &m.slot_names),
            if hit { "ja, undertrycks (x)" } else { "nej" }
        );
        // Which alternatives held, with the values they compared.
        let parts: Vec<&crate::ir::SlotCond> = match c {
            crate::ir::SlotCond::Or(cs) => cs.iter().collect(),
            c => vec![c],
        };
        for part in parts
            .iter()
            .filter(|p| crate::eval::source::slot_cond(p, slots))
        {
            let mut read = vec![];
            for atom in part.atoms() {
                if let crate::ir::Check::Cmp(_, a, b) = atom {
                    for n in [a, b] {
                        slot_names_in(n, &mut read);
                    }
                }
            }
            read.dedup();
            let values: Vec<String> = read
                .iter()
                .map(|&s| {
                    let v = slots[s]
                        .as_ref()
                        .map(crate::describe::plain)
                        .unwrap_or_else(|e| e.clone());
                    format!("{} = {v}", m.slot_names[s])
                })
                .collect();
            let _ = writeln!(
                out,
                "  gäller: {} ({})",
                crate::describe::slot_cond(part, &m.slot_names),
                values.join(", ")
            );
        }
    }
    if let crate::eval::UnitResult::Suppressed { reason } = result {
        if reason.contains("sekundär") {
            // The kommun of the län whose own suppression forced this one.
            let forcing: Vec<String> = src
                .kommuner
                .iter()
                .zip(&src.results[&i])
                .filter(|(k, r)| {
                    *k != &unit.enhet
                        && run.units.get(k).is_some_and(|u| u.lan == unit.lan)
                        && matches!(r, crate::eval::UnitResult::Suppressed { reason } if !reason.contains("sekundär"))
                })
                .map(|(k, _)| {
                    let namn = run.units.get(k).map(|u| u.namn.as_str()).unwrap_or("");
                    format!("{k} {namn}")
                })
                .collect();
            let _ = writeln!(
                out,
                "Sekundär sekretess: {} i länet är undertryckt, och denna är länets publicerade kommun med minst {}; annars kunde den räknas fram ur länets värde.",
                if forcing.is_empty() { "en annan kommun".to_string() } else { forcing.join(", ") },
                m.secondary.map(|s| m.slot_names[s].as_str()).unwrap_or("")
            );
        }
        let _ = writeln!(
            out,
            "Antalen ovan är konfidentiella: de ligger bakom en undertryckt cell och får inte publiceras eller lämnas ut."
        );
    }
    let _ = writeln!(out, "Täljare: {}", names(&m.taljare));
    let _ = writeln!(out, "Nämnare: {}", names(&m.namnare));
    if let crate::eval::UnitResult::Value {
        taljare, namnare, ..
    } = result
    {
        let _ = writeln!(
            out,
            "         = {} / {}",
            crate::describe::plain(taljare),
            crate::describe::plain(namnare)
        );
    }
    Ok(out)
}

/// A unit's figure of an indicator not published per unit (`publiceras`) is computed,
/// and explained, but not published: said before anything else.
fn not_published(ind: &crate::ir::Indicator, out: &mut String) {
    if !ind.levels.contains(&crate::aggregate::Level::Enhet) {
        let _ = writeln!(
            out,
            "Publiceras inte för enheten: indikatorn redovisas per {} (`publiceras`). Resultatet nedan är beräknat men finns inte i results.csv.",
            crate::publish::legend::levels_sentence(ind).to_lowercase()
        );
    }
}

/// The level and key of a group code: a länskod (`01`), `riket`, a befolkningsgrupp
/// (`3`) or a kommungrupp's name.
fn group(run: &YearRun, code: &str) -> Option<(Level, String)> {
    let units = &run.units.all;
    if code.eq_ignore_ascii_case("riket") {
        return Some((Level::Riket, "riket".into()));
    }
    if units.iter().any(|u| u.lan == code) {
        return Some((Level::Lan, code.into()));
    }
    if units.iter().any(|u| u.befolkningsgrupp == code) {
        return Some((Level::Befolkningsgrupp, code.into()));
    }
    units
        .iter()
        .find(|u| u.kommungrupp.eq_ignore_ascii_case(code))
        .map(|u| (Level::Kommungrupp, u.kommungrupp.clone()))
}

/// A group's figure: which units were counted, grouped by result, which were left out
/// and why, and the täljare and nämnare as published.
fn explain_group(run: &YearRun, ind: &crate::ir::Indicator, level: Level, key: &str) -> String {
    let program = &run.program;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}: {}",
        program.year, ind.id, ind.meta.indikatornamn
    );
    let name = match level {
        Level::Riket => "Riket".to_string(),
        Level::Lan => run
            .units
            .all
            .iter()
            .find(|u| u.lan == key)
            .map(|u| format!("Län {key} {}", u.lansnamn))
            .unwrap_or_default(),
        Level::Befolkningsgrupp => format!("Befolkningsgrupp {key}"),
        Level::Kommungrupp => format!("Kommungrupp {key}"),
        Level::Enhet => key.to_string(),
    };
    let row = run
        .rows
        .iter()
        .find(|r| r.level == level && r.unit == key && r.indicator == ind.id);
    let Some(row) = row else {
        let _ = writeln!(
            out,
            "{name}: publiceras inte (indikatorn redovisas per {}).",
            crate::publish::legend::levels_sentence(ind).to_lowercase()
        );
        return out;
    };
    let figure = match row.result() {
        "" => crate::publish::figure::value_text(ind, &row.value()),
        r => r.to_string(),
    };
    let _ = writeln!(out, "{name}: {figure}");
    let i = program
        .indicators
        .iter()
        .position(|x| x.id == ind.id)
        .expect("an indicator of the program");
    if let Kind::Source(m) = &ind.kind {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Räknat ur {}: täljare och nämnare för alla kommuner i gruppen tillsammans (räkningarna summeras, värdena medelvärdesbildas inte).",
            program.sources[m.source].file
        );
        let src = &run.evaluation.sources;
        let members: Vec<(&String, &crate::eval::UnitResult)> = src
            .kommuner
            .iter()
            .zip(&src.results[&i])
            .filter(|(k, _)| {
                run.units
                    .get(k)
                    .is_some_and(|u| level == Level::Riket || u.lan == key)
            })
            .collect();
        let _ = writeln!(out, "Kommunerna ({}):", members.len());
        for (k, r) in members {
            let namn = run.units.get(k).map(|u| u.namn.as_str()).unwrap_or("");
            let shown = match r {
                UnitResult::Value { .. } => {
                    crate::publish::figure::value_text(ind, &UnitResult::shown(ind, r))
                }
                _ => UnitResult::shown(ind, r),
            };
            let _ = writeln!(out, "  {k} {namn}: {shown}");
        }
        let _ = writeln!(
            out,
            "Antalen bakom en undertryckt cell (x) är konfidentiella och visas inte: de kan röja enskilda personer."
        );
        return out;
    }
    // A survey indicator: the units of the group and what each counted for.
    let groups = crate::aggregate::groups(&run.units, &run.evaluation);
    let members = groups
        .get(&level)
        .and_then(|g| g.get(key))
        .cloned()
        .unwrap_or_default();
    let results = &run.evaluation.results[i];
    let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for &u in &members {
        let code = &run.evaluation.units[u];
        let namn = run.units.get(code).map(|x| x.namn.as_str()).unwrap_or("");
        let r = &results[u];
        let shown = match r {
            UnitResult::Outcome {
                outcome,
                reason: Some(reason),
            } => format!("{} ({reason})", outcome.label()),
            UnitResult::Value { .. } => {
                crate::publish::figure::value_text(ind, &UnitResult::shown(ind, r))
            }
            _ => UnitResult::shown(ind, r),
        };
        let group = match r {
            UnitResult::Outcome { outcome, .. } => outcome.label().to_string(),
            UnitResult::Value { .. } => "med värde".into(),
            UnitResult::Suppressed { .. } => "x".into(),
        };
        by.entry(group)
            .or_default()
            .push(format!("{code} {namn}: {shown}"));
    }
    let counted: &[&str] = match &ind.kind {
        Kind::Classification => &["Ja", "Delvis", "Nej"],
        _ => &["med värde"],
    };
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Räknade ({}):",
        counted
            .iter()
            .map(|g| by.get(*g).map_or(0, Vec::len))
            .sum::<usize>()
    );
    for g in counted {
        if let Some(list) = by.get(*g) {
            let _ = writeln!(out, "  {g} ({}):", list.len());
            for l in list {
                let _ = writeln!(out, "    {l}");
            }
        }
    }
    let left: Vec<(&String, &Vec<String>)> = by
        .iter()
        .filter(|(g, _)| !counted.contains(&g.as_str()))
        .collect();
    if !left.is_empty() {
        let _ = writeln!(out, "Inte räknade:");
        for (g, list) in left {
            let _ = writeln!(out, "  {g} ({}):", list.len());
            for l in list {
                let _ = writeln!(out, "    {l}");
            }
        }
    }
    let how = match (&ind.kind, ind.aggregation) {
        (Kind::Classification, _) => "andel Ja = 100 × antal Ja / antal Ja, Delvis eller Nej",
        (_, crate::ir::Aggregation::Medelvarde) => "medelvärdet av enheternas värden",
        _ => "summan av täljarna / summan av nämnarna",
    };
    let or_dash = |s: String| if s.is_empty() { "–".to_string() } else { s };
    let _ = writeln!(
        out,
        "Täljare {}, nämnare {} ({how}), som i results.csv.",
        or_dash(row.numerator()),
        or_dash(row.denominator())
    );
    out
}

/// The slots a formula reads.
fn slot_names_in(n: &crate::ir::SlotNum, out: &mut Vec<usize>) {
    match n {
        crate::ir::SlotNum::Slot(s) => out.push(*s),
        crate::ir::SlotNum::Const(_) => {}
        crate::ir::SlotNum::Neg(a) => slot_names_in(a, out),
        crate::ir::SlotNum::Bin(_, a, b) => {
            slot_names_in(a, out);
            slot_names_in(b, out);
        }
    }
}
