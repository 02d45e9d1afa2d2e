//! Evaluation of source indicators (register indicators and bakgrundsmått) per kommun,
//! län and riket. Register figures of a län or riket are recomputed from the counts of
//! all its persons (counts add up, so this is the sum of the kommuners' counts), never
//! averaged; per-kommun measures are pooled (Σ täljare / Σ nämnare). Suppression is
//! decided on the unreduced counts, then the secondary suppression of methodology.md §4.

use super::review::run_error_reviews;
use super::{scaled, UnitResult};
use crate::data::kommuntabell::{KommunTable, Value};
use crate::data::register::RegisterCounts;
use crate::data::Level;
use crate::data::{Finding, Survey, Units};
use crate::ir::logic::Cell;
use crate::ir::{ArithOp, Kind, Per, Program, Slot, SlotCond, SlotNum, SourceMeasure};
use crate::num::{self, Num};

use std::collections::{BTreeMap, BTreeSet};

/// A slot's value for one unit: a number, or why there is none.
pub type SlotValue = Result<Num, String>;

/// Results of the source indicators of a year.
#[derive(Debug, Clone, Default)]
pub struct SourceEvaluation {
    /// The kommuner (big cities as whole kommuner), sorted.
    pub kommuner: Vec<String>,
    /// Per indicator index of the program: one result per kommun.
    pub results: BTreeMap<usize, Vec<UnitResult>>,
    /// Per indicator index: the län rows (by länskod) and the riket row.
    pub aggregates: BTreeMap<usize, Vec<(Level, String, UnitResult)>>,
    /// Per indicator index, per kommun: the values of the slots (for `oj explain`).
    pub slots: BTreeMap<usize, Vec<Vec<SlotValue>>>,
    pub findings: Vec<Finding>,
}

/// The data a source can come from, as read for the year.
pub enum SourceData {
    Register(RegisterCounts),
    Table(KommunTable),
    /// The file is not in the data directory.
    Absent(String),
}

/// A survey year for the sums of per-kommun indicators: answers and the variables that
/// error-severity review rules flagged per enhet.
pub struct SurveyYear<'a> {
    pub survey: &'a Survey,
    pub flagged: super::review::Flagged,
}

impl<'a> SurveyYear<'a> {
    /// A survey no source indicator sums: nothing to review.
    pub fn unread(survey: &'a Survey) -> SurveyYear<'a> {
        SurveyYear {
            survey,
            flagged: BTreeMap::new(),
        }
    }

    /// A survey with what the review rules flagged in it, as [`super::evaluate`] found.
    pub fn reviewed(survey: &'a Survey, flagged: super::review::Flagged) -> SurveyYear<'a> {
        SurveyYear { survey, flagged }
    }

    /// Another year's survey (the previous year's): its review rules run here.
    pub fn new(program: &Program, survey: &'a Survey, units: &Units) -> SurveyYear<'a> {
        let responded: BTreeSet<String> = units
            .reporting()
            .filter(|u| survey.responded(&u.enhet))
            .map(|u| u.enhet.clone())
            .collect();
        let findings: Vec<Finding> = survey
            .findings
            .iter()
            .cloned()
            .chain(run_error_reviews(program, survey, &responded))
            .collect();
        let flagged = super::review::flagged(&findings);
        SurveyYear { survey, flagged }
    }
}

/// The published result of a source measure from its slot values: suppression on the
/// unreduced counts first, then täljare / nämnare.
pub fn compute(m: &SourceMeasure, slots: &[SlotValue]) -> UnitResult {
    if let Some(c) = &m.suppression {
        if slot_cond(c, slots) {
            return UnitResult::Suppressed {
                reason: "sekretess".into(),
            };
        }
    }
    let t = slot_num(&m.taljare, slots);
    let n = slot_num(&m.namnare, slots);
    match (t, n) {
        (Ok(t), Ok(n)) => {
            if num::is_zero(&n) {
                return UnitResult::bortfall("nämnaren är 0");
            }
            UnitResult::Value {
                value: scaled(m.scale, &t, &n),
                taljare: t,
                namnare: n,
            }
        }
        (Err(r), _) | (_, Err(r)) => UnitResult::bortfall(r),
    }
}

pub fn slot_num(n: &SlotNum, slots: &[SlotValue]) -> SlotValue {
    match n {
        SlotNum::Const(c) => Ok(c.clone()),
        SlotNum::Slot(i) => slots
            .get(*i)
            .cloned()
            .unwrap_or_else(|| Err("saknar värde".into())),
        SlotNum::Neg(a) => slot_num(a, slots).map(|a| -a),
        SlotNum::Bin(op, a, b) => {
            let (a, b) = (slot_num(a, slots)?, slot_num(b, slots)?);
            match op {
                ArithOp::Add => Ok(a + b),
                ArithOp::Sub => Ok(a - b),
                ArithOp::Mul => Ok(a * b),
                ArithOp::Div => {
                    num::checked_div(&a, &b).ok_or_else(|| "division med 0".to_string())
                }
            }
        }
    }
}

/// Whether a kommun's slots pass the condition; a blank operand makes a comparison false.
pub fn slot_cond(c: &SlotCond, slots: &[SlotValue]) -> bool {
    c.test(&|n: &SlotNum| slot_num(n, slots).ok(), &|i| {
        slots.get(i).is_none_or(|v| v.is_err())
    })
}

/// Evaluates every source indicator of the program.
pub fn evaluate_sources(
    program: &Program,
    units: &Units,
    data: &[SourceData],
    current: &SurveyYear,
    previous: Option<&SurveyYear>,
) -> SourceEvaluation {
    let kommuner: Vec<String> = {
        let mut k: Vec<String> = units.kommuner().map(|u| u.enhet.clone()).collect();
        k.sort();
        k
    };
    // The enheter of each kommun (a big city's stadsdelar, or the kommun itself).
    let mut enheter: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for u in units.reporting() {
        enheter
            .entry(u.kommun.as_str())
            .or_default()
            .push(u.enhet.as_str());
    }
    let mut out = SourceEvaluation {
        kommuner: kommuner.clone(),
        ..SourceEvaluation::default()
    };
    // Register counts by indicator id, per kommun (for `behorig_gy.m`).
    let mut counts_by_id: BTreeMap<&str, &Vec<Vec<u64>>> = BTreeMap::new();
    for (src, d) in data.iter().enumerate() {
        if let SourceData::Register(rc) = d {
            let ids = program.indicators.iter().filter_map(|i| match &i.kind {
                Kind::Source(m) if m.source == src => Some(i.id.as_str()),
                _ => None,
            });
            for (id, c) in ids.zip(&rc.counts) {
                counts_by_id.insert(id, c);
            }
        }
    }
    let lans: BTreeMap<String, Vec<usize>> = {
        let mut m: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, k) in kommuner.iter().enumerate() {
            if let Some(u) = units.get(k) {
                m.entry(u.lan.clone()).or_default().push(i);
            }
        }
        m
    };
    // Per linked indicator: the ordering slot's value of each kommun and each aggregate.
    let mut linked_order: BTreeMap<usize, (Vec<Num>, Vec<Num>)> = BTreeMap::new();
    for (idx, ind) in program.indicators.iter().enumerate() {
        let Kind::Source(m) = &ind.kind else { continue };
        let source = &program.sources[m.source];
        let d = &data[m.source];
        // Slot values of a set of kommuner (one kommun, a län, riket).
        let slots_of = |members: &[usize]| -> Vec<SlotValue> {
            m.slots
                .iter()
                .map(|s| match (s, d) {
                    (_, SourceData::Absent(file)) => Err(format!("{file} saknas")),
                    (Slot::Count(c), SourceData::Register(_)) => {
                        let own = counts_by_id.get(ind.id.as_str()).expect("counted");
                        Ok(num::int(
                            members.iter().map(|&k| own[k][*c]).sum::<u64>() as i64
                        ))
                    }
                    (Slot::External { indicator, count }, SourceData::Register(_)) => {
                        let other = program.indicator(indicator).and_then(|o| match &o.kind {
                            Kind::Source(om) => om.counts.iter().position(|(n, _)| n == count),
                            _ => None,
                        });
                        match (counts_by_id.get(indicator.as_str()), other) {
                            (Some(c), Some(i)) => Ok(num::int(
                                members.iter().map(|&k| c[k][i]).sum::<u64>() as i64,
                            )),
                            _ => Err(format!("{indicator}.{count} saknas")),
                        }
                    }
                    (Slot::Column(c), SourceData::Table(t)) => {
                        let mut sum = num::int(0);
                        for &k in members {
                            match t.value(&kommuner[k], *c) {
                                Value::Number(n) => sum += n,
                                Value::Blank => {
                                    return Err(format!("tom cell: {}", source.columns[*c].name))
                                }
                                Value::Invalid => {
                                    return Err(format!(
                                        "ogiltigt värde: {}",
                                        source.columns[*c].name
                                    ))
                                }
                            }
                        }
                        Ok(sum)
                    }
                    (
                        Slot::Survey {
                            question,
                            previous: prev,
                        },
                        _,
                    ) => {
                        let read = &m.survey[*question];
                        let year = if *prev { previous } else { Some(current) };
                        let Some(year) = year else {
                            return Err(format!("föregående års enkät saknas: {}", read.var));
                        };
                        let mut sum = num::int(0);
                        for &k in members {
                            let own = enheter
                                .get(kommuner[k].as_str())
                                .map_or(&[][..], Vec::as_slice);
                            sum += survey_sum(read, year, own, &kommuner[k], *prev)?;
                        }
                        Ok(sum)
                    }
                    _ => Err("källan passar inte".into()),
                })
                .collect()
        };
        let kommun_slots: Vec<Vec<SlotValue>> =
            (0..kommuner.len()).map(|k| slots_of(&[k])).collect();
        let mut kommun_results: Vec<UnitResult> =
            kommun_slots.iter().map(|s| compute(m, s)).collect();
        let mut aggregates: Vec<(Level, String, UnitResult)> = vec![];
        let all: Vec<usize> = (0..kommuner.len()).collect();
        let level_result = |members: &[usize], results: &[UnitResult]| -> UnitResult {
            match source.per {
                Per::Person => compute(m, &slots_of(members)),
                Per::Kommun => pooled(m, members.iter().map(|&k| &results[k])),
            }
        };
        for (lan, members) in &lans {
            aggregates.push((
                Level::Lan,
                lan.clone(),
                level_result(members, &kommun_results),
            ));
        }
        aggregates.push((
            Level::Riket,
            "riket".into(),
            level_result(&all, &kommun_results),
        ));
        if let Some(order) = m.secondary {
            secondary_suppression(
                &mut kommun_results,
                &mut aggregates,
                &lans,
                &kommuner,
                |k| {
                    slots_of(&[k])[order]
                        .clone()
                        .unwrap_or_else(|_| num::int(0))
                },
            );
        }
        if let Some((_, order, _)) = &m.linked {
            let value = |s: Vec<SlotValue>| s[*order].clone().unwrap_or_else(|_| num::int(0));
            let of_kommun = kommun_slots.iter().map(|s| value(s.clone())).collect();
            let mut of_level: Vec<Num> = lans.values().map(|ms| value(slots_of(ms))).collect();
            of_level.push(value(slots_of(&all)));
            linked_order.insert(idx, (of_kommun, of_level));
        }
        out.results.insert(idx, kommun_results);
        out.slots.insert(idx, kommun_slots);
        out.aggregates.insert(idx, aggregates);
    }
    linked_suppression(program, &mut out, &linked_order, &lans);
    for d in data {
        match d {
            SourceData::Register(r) => out.findings.extend(r.findings.iter().cloned()),
            SourceData::Table(t) => out.findings.extend(t.findings.iter().cloned()),
            SourceData::Absent(_) => {}
        }
    }
    out
}

/// A survey number of one kommun: the sum over its enheter (the big cities' stadsdelar),
/// or why there is none.
fn survey_sum(
    read: &crate::ir::SurveyRead,
    year: &SurveyYear,
    enheter: &[&str],
    kommun: &str,
    previous: bool,
) -> SlotValue {
    let when = if previous { " (föregående år)" } else { "" };
    let mut sum = num::int(0);
    let mut any = false;
    for &e in enheter {
        any = true;
        if !year.survey.responded(e) {
            return Err(format!("{e} svarade inte{when}"));
        }
        if let Some(rule) = year.flagged.get(e).and_then(|f| f.get(&read.var)) {
            return Err(format!("granskning {rule}: {} för {e}{when}", read.var));
        }
        let n = match year.survey.cell(e, &read.var) {
            Some(Cell::Number(n)) => n.clone(),
            Some(Cell::VetEj) => return Err(format!("Vet ej: {} för {e}{when}", read.var)),
            _ => return Err(format!("saknar svar: {} för {e}{when}", read.var)),
        };
        if let Some(c) = &read.valid_when {
            if !slot_cond(c, &[Ok(n.clone())]) {
                return Err(format!(
                    "{} = {} för {e} är inte giltigt{when}",
                    read.var,
                    num::format_exact(&n, 0)
                ));
            }
        }
        sum += n;
    }
    if !any {
        return Err(format!("{kommun} har inga enheter"));
    }
    Ok(sum)
}

/// Σ täljare / Σ nämnare over the kommuner with a value.
fn pooled<'a>(m: &SourceMeasure, results: impl Iterator<Item = &'a UnitResult>) -> UnitResult {
    let (mut t, mut n, mut any) = (num::int(0), num::int(0), false);
    for r in results {
        if let UnitResult::Value {
            taljare, namnare, ..
        } = r
        {
            t += taljare;
            n += namnare;
            any = true;
        }
    }
    if !any || num::is_zero(&n) {
        return UnitResult::bortfall("inga enheter med resultat");
    }
    UnitResult::Value {
        value: scaled(m.scale, &t, &n),
        taljare: t,
        namnare: n,
    }
}

/// The results of the kommuner of one län and of the län itself, from each kommun's slot
/// values (a register's counts add up, so the län's are their sums), with the secondary
/// suppression. What a län example (`exempel … län { … }`) shows.
pub fn lan_table(
    m: &SourceMeasure,
    kommuner: &[(String, Vec<SlotValue>)],
) -> (Vec<UnitResult>, UnitResult) {
    let mut results: Vec<UnitResult> = kommuner.iter().map(|(_, s)| compute(m, s)).collect();
    let sums: Vec<SlotValue> = (0..m.slots.len())
        .map(|i| {
            kommuner.iter().try_fold(num::int(0), |acc, (_, s)| {
                s.get(i)
                    .cloned()
                    .unwrap_or_else(|| Err("saknar värde".into()))
                    .map(|v| acc + v)
            })
        })
        .collect();
    let mut aggregates = vec![(Level::Lan, "län".to_string(), compute(m, &sums))];
    if let Some(order) = m.secondary {
        let lans = BTreeMap::from([("län".to_string(), (0..kommuner.len()).collect::<Vec<_>>())]);
        let codes: Vec<String> = kommuner.iter().map(|(c, _)| c.clone()).collect();
        secondary_suppression(&mut results, &mut aggregates, &lans, &codes, |k| {
            kommuner[k]
                .1
                .get(order)
                .cloned()
                .and_then(Result::ok)
                .unwrap_or_else(|| num::int(0))
        });
    }
    let lan = aggregates.pop().expect("one län").2;
    (results, lan)
}

/// `sekundärsekretess undergrupper minsta n`: a total and its subgroups are protected
/// together. When the total of a kommun (or län, or riket) is published and exactly one of
/// its subgroups is suppressed, the suppressed one could be worked out from the others, so
/// the published subgroup with the smallest `n` is suppressed too (ties: the first in the
/// file), or the total when no subgroup is published. A cell suppressed so can leave a
/// län with exactly one suppressed kommun: the län rule runs again, and both rules repeat
/// until nothing changes (they only ever add suppression, so this ends).
fn linked_suppression(
    program: &Program,
    out: &mut SourceEvaluation,
    order: &BTreeMap<usize, (Vec<Num>, Vec<Num>)>,
    lans: &BTreeMap<String, Vec<usize>>,
) {
    // Families: the total first, then its subgroups in file order.
    let mut families: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut defined: BTreeMap<&str, usize> = BTreeMap::new();
    for (idx, ind) in program.indicators.iter().enumerate() {
        if let Kind::Source(m) = &ind.kind {
            if let Some((total, _, subgroups)) = &m.linked {
                defined.insert(total.as_str(), *subgroups);
                let f = families.entry(total.as_str()).or_default();
                if m.subgroup.is_none() {
                    f.insert(0, idx);
                } else {
                    f.push(idx);
                }
            }
        }
    }
    let suppressed = |r: &UnitResult| matches!(r, UnitResult::Suppressed { .. });
    let published = |r: &UnitResult| matches!(r, UnitResult::Value { .. });
    let reason = || UnitResult::Suppressed {
        reason: "sekundär sekretess (undergrupper)".into(),
    };
    // A family whose total or a subgroup was retired (`utgår`) has a cell that is never
    // published: nothing can be worked out from the others, and nothing is added.
    families.retain(|total, members| {
        let has_total = members
            .first()
            .is_some_and(|&i| program.indicators[i].id == *total);
        has_total && members.len() == 1 + defined[total]
    });
    loop {
        let mut changed = false;
        for members in families.values() {
            let kommuner = out.kommuner.len();
            let levels = out.aggregates.get(&members[0]).map_or(0, Vec::len);
            // Each cell position: a kommun, then each aggregate.
            for cell in 0..kommuner + levels {
                let get = |out: &SourceEvaluation, i: usize| -> UnitResult {
                    if cell < kommuner {
                        out.results[&i][cell].clone()
                    } else {
                        out.aggregates[&i][cell - kommuner].2.clone()
                    }
                };
                let results: Vec<UnitResult> = members.iter().map(|&i| get(out, i)).collect();
                let subs = &results[1..];
                if !published(&results[0]) || subs.iter().filter(|r| suppressed(r)).count() != 1 {
                    continue;
                }
                let weight = |i: usize| -> &Num {
                    let (k, l) = &order[&i];
                    if cell < kommuner {
                        &k[cell]
                    } else {
                        &l[cell - kommuner]
                    }
                };
                let target = members[1..]
                    .iter()
                    .zip(subs)
                    .enumerate()
                    .filter(|(_, (_, r))| published(r))
                    .min_by(|(a, (i, _)), (b, (j, _))| weight(**i).cmp(weight(**j)).then(a.cmp(b)))
                    .map(|(_, (i, _))| *i)
                    .unwrap_or(members[0]);
                if cell < kommuner {
                    out.results.get_mut(&target).expect("evaluated")[cell] = reason();
                } else {
                    out.aggregates.get_mut(&target).expect("evaluated")[cell - kommuner].2 =
                        reason();
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
        // The län rule again, on the indicators the linked rule changed.
        for &i in families.values().flatten() {
            let Kind::Source(m) = &program.indicators[i].kind else {
                continue;
            };
            if let Some(slot) = m.secondary {
                let slots = &out.slots[&i];
                let population = |k: usize| slots[k][slot].clone().unwrap_or_else(|_| num::int(0));
                let mut results = out.results[&i].clone();
                let mut aggregates = out.aggregates[&i].clone();
                secondary_suppression(
                    &mut results,
                    &mut aggregates,
                    lans,
                    &out.kommuner,
                    population,
                );
                out.results.insert(i, results);
                out.aggregates.insert(i, aggregates);
            }
        }
    }
}

/// methodology.md §4: when exactly one kommun of a published län is suppressed, the
/// published kommun with the smallest population (ties: lower kommunkod) is suppressed too;
/// when the län has no other published kommun, the län is suppressed instead. Decided
/// once, on the computed table.
fn secondary_suppression(
    kommun_results: &mut [UnitResult],
    aggregates: &mut [(Level, String, UnitResult)],
    lans: &BTreeMap<String, Vec<usize>>,
    kommuner: &[String],
    population: impl Fn(usize) -> Num,
) {
    for (lan, members) in lans {
        let Some(lan_row) = aggregates
            .iter_mut()
            .find(|(l, k, _)| *l == Level::Lan && k == lan)
        else {
            continue;
        };
        if matches!(lan_row.2, UnitResult::Suppressed { .. }) {
            continue;
        }
        let suppressed = members
            .iter()
            .filter(|&&k| matches!(kommun_results[k], UnitResult::Suppressed { .. }))
            .count();
        if suppressed != 1 {
            continue;
        }
        let smallest = members
            .iter()
            .filter(|&&k| matches!(kommun_results[k], UnitResult::Value { .. }))
            .min_by(|&&a, &&b| {
                population(a)
                    .cmp(&population(b))
                    .then_with(|| kommuner[a].cmp(&kommuner[b]))
            });
        match smallest {
            Some(&k) => {
                kommun_results[k] = UnitResult::Suppressed {
                    reason: "sekundär sekretess".into(),
                }
            }
            None => {
                lan_row.2 = UnitResult::Suppressed {
                    reason: "sekundär sekretess".into(),
                }
            }
        }
    }
}
