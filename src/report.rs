//! `oj report`: the regional comparison report that seed 003 is an example of. For a set
//! of kommuner compared with chosen län and riket: per indicator area the questions, a
//! table like the seed's (units as rows, indicators as columns) and a bar chart of the
//! figures, drawn with plotters as SVG and embedded in one self-contained HTML page. The
//! numbers are those of results.csv.

use crate::aggregate::Level;
use crate::aggregate::Row;
use crate::aggregate::YearRun;
use crate::ir::Indicator;
use crate::publish::html::escape as esc;
use plotters::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write;

/// A unit of the report: a kommun or enhet, a län, or riket.
#[derive(Debug, Clone)]
pub struct ReportUnit {
    pub level: Level,
    pub code: String,
    pub name: String,
}

/// One area's table.
#[derive(Debug, Clone)]
pub struct AreaTable {
    pub area: String,
    pub indicators: Vec<(String, String)>,
    /// Question texts of the area's indicators (codebook, dates filled in).
    pub questions: Vec<String>,
    /// (unit, one cell per indicator as printed)
    pub rows: Vec<(ReportUnit, Vec<String>)>,
    /// The figures for the charts.
    pub figures: Vec<ChartFigure>,
}

/// One bar of a chart: a unit's figure of an indicator.
#[derive(Debug, Clone)]
pub struct ChartFigure {
    pub unit: String,
    pub indicator: String,
    /// The published value; `None` for a suppressed cell (drawn as `x`).
    pub value: Option<f64>,
    /// As printed: `45 %`, `4,8`, `x`.
    pub printed: String,
    /// Percent figures share a chart; any other figure has a chart of its own, since
    /// ratios of different indicators have nothing in common but being numbers.
    pub percent: bool,
}

/// Resolves `--units` and `--compare` codes: kommuner or enheter, länskoder, `riket`.
pub fn units(
    run: &YearRun,
    units: &[String],
    compare: &[String],
) -> Result<Vec<ReportUnit>, String> {
    let mut out = vec![];
    for code in units {
        let u = run
            .units
            .get(code)
            .ok_or_else(|| crate::t!("tools-report-not-a-unit", code = code))?;
        out.push(ReportUnit {
            level: Level::Enhet,
            code: code.clone(),
            name: u.namn.clone(),
        });
    }
    for code in compare {
        if code == "riket" {
            out.push(ReportUnit {
                level: Level::Riket,
                code: "riket".into(),
                name: "Riket".into(),
            });
            continue;
        }
        let u = run
            .units
            .all
            .iter()
            .find(|u| u.lan == *code)
            .ok_or_else(|| crate::t!("tools-report-not-a-lan", code = code))?;
        out.push(ReportUnit {
            level: Level::Lan,
            code: code.clone(),
            name: u.lansnamn.clone(),
        });
    }
    Ok(out)
}

/// As the report prints it: `Ja`, `Delvis`, `86 %`, `4,8`, `x`, empty for Bortfall.
pub fn printed(ind: &Indicator, row: &Row) -> String {
    match row.result() {
        "Bortfall" => String::new(),
        "" => crate::publish::figure::value_text(ind, &row.value()),
        other => other.to_string(),
    }
}

/// A question of several parts as the questionnaire asks it, not its first part alone:
/// `Bedömningsmetod …: CBCL, EARL, …` for parts that name options of one stem; `… om
/// barnets rättigheter, kontaktuppgifter … och IVO:s funktion …?` for parts that finish
/// one sentence; `Person 1–10 med …` for the same text numbered; else each part.
fn list_question(texts: &[String]) -> Vec<String> {
    let mut parts: Vec<&str> = vec![];
    for t in texts {
        if !parts.contains(&t.as_str()) {
            parts.push(t);
        }
    }
    if parts.len() <= 1 {
        return parts.iter().map(|t| t.to_string()).collect();
    }
    let stems: Vec<Option<(&str, &str)>> = parts.iter().map(|t| t.rsplit_once(": ")).collect();
    if let Some((stem, _)) = stems[0] {
        if stems.iter().all(|x| x.is_some_and(|(s, _)| s == stem)) {
            let options: Vec<&str> = stems.iter().flatten().map(|(_, o)| *o).collect();
            return vec![format!("{stem}: {}", options.join(", "))];
        }
    }
    let words: Vec<Vec<&str>> = parts.iter().map(|t| t.split(' ').collect()).collect();
    let common = (0..)
        .take_while(|&i| words.iter().all(|w| i + 1 < w.len() && w[i] == words[0][i]))
        .count();
    if common >= 2 && parts.iter().all(|t| t.ends_with('?')) {
        let tails: Vec<String> = words
            .iter()
            .map(|w| w[common..].join(" ").trim_end_matches('?').to_string())
            .collect();
        if let Some((last, init)) = tails.split_last() {
            let head = words[0][..common].join(" ");
            return vec![format!("{head} {} och {last}?", init.join(", "))];
        }
    }
    // The same text but for a number: the runs of digits of each part.
    let runs = |t: &str| -> (String, Vec<(usize, usize)>) {
        let (mut shape, mut at, mut start) = (String::new(), vec![], None);
        for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            match (c.is_ascii_digit(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    at.push((s, i));
                    shape.push('#');
                    start = None;
                }
                _ => {}
            }
            if !c.is_ascii_digit() && i < t.len() {
                shape.push(c);
            }
        }
        (shape, at)
    };
    let shapes: Vec<(String, Vec<(usize, usize)>)> = parts.iter().map(|t| runs(t)).collect();
    if shapes.iter().all(|(s, _)| *s == shapes[0].0) {
        // Exactly one number differs, it counts 1, 2, 3 … part by part, and it is not
        // a bound of a range already (`0–12 år`, `13–17 år`).
        let number = |p: usize, k: usize| -> &str {
            let (a, b) = shapes[p].1[k];
            &parts[p][a..b]
        };
        let differing: Vec<usize> = (0..shapes[0].1.len())
            .filter(|&k| (1..parts.len()).any(|p| number(p, k) != number(0, k)))
            .collect();
        if let [k] = differing[..] {
            let (a, b) = shapes[0].1[k];
            let first = parts[0];
            let beside_dash = |t: &str, (a, b): (usize, usize)| {
                t[..a].ends_with(['–', '-']) || t[b..].starts_with(['–', '-'])
            };
            let counts = (0..parts.len()).all(|p| {
                number(p, k).parse::<u64>().ok()
                    == number(0, k).parse::<u64>().ok().map(|n| n + p as u64)
            });
            if counts && !(0..parts.len()).any(|p| beside_dash(parts[p], shapes[p].1[k])) {
                let last = number(parts.len() - 1, k);
                return vec![format!(
                    "{}{}–{last}{}",
                    &first[..a],
                    &first[a..b],
                    &first[b..]
                )];
            }
        }
    }
    parts.iter().map(|t| t.to_string()).collect()
}

pub fn tables(run: &YearRun, units: &[ReportUnit]) -> Vec<AreaTable> {
    let rows: BTreeMap<(Level, &str, &str), &Row> = run
        .rows
        .iter()
        .map(|r| ((r.level, r.unit.as_str(), r.indicator.as_str()), r))
        .collect();
    let cb = &run.program.codebook;
    let mut out = vec![];
    for (area, inds) in crate::publish::xlsx::areas(run) {
        let mut questions = vec![];
        for ind in &inds {
            for q in &ind.questions {
                let texts: Vec<String> = q
                    .vars
                    .iter()
                    .filter_map(|v| cb.get(v))
                    .map(|v| cb.question_text(v))
                    .collect();
                for text in list_question(&texts) {
                    if !questions.contains(&text) {
                        questions.push(text);
                    }
                }
            }
        }
        let mut table_rows = vec![];
        let mut figures = vec![];
        for u in units {
            // A kommun that answers through its stadsdelar has no survey row of its own:
            // its cells are empty, as in the seed.
            let cells: Vec<String> = inds
                .iter()
                .map(|ind| {
                    rows.get(&(u.level, u.code.as_str(), ind.id.as_str()))
                        .map(|r| {
                            let shown = printed(ind, r);
                            let value = r.rounded().map(|(v, _)| crate::num::to_f64(&v));
                            if value.is_some() || r.result() == "x" {
                                figures.push(ChartFigure {
                                    unit: u.name.clone(),
                                    indicator: ind.short_name(),
                                    value,
                                    printed: shown.clone(),
                                    percent: crate::publish::figure::is_percent(ind),
                                });
                            }
                            shown
                        })
                        .unwrap_or_else(|| {
                            if ind.levels.contains(&u.level) {
                                String::new()
                            } else {
                                crate::publish::legend::NOT_PUBLISHED.to_string()
                            }
                        })
                })
                .collect();
            table_rows.push((u.clone(), cells));
        }
        out.push(AreaTable {
            area,
            indicators: inds
                .iter()
                .map(|i| (i.id.clone(), i.short_name()))
                .collect(),
            questions,
            rows: table_rows,
            figures,
        });
    }
    out
}

/// The tables as plain text (for review and snapshot tests).
pub fn tables_text(tables: &[AreaTable]) -> String {
    let mut s = String::new();
    for t in tables {
        let _ = writeln!(s, "## {}", t.area);
        let _ = writeln!(
            s,
            "enhet\t{}",
            t.indicators
                .iter()
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>()
                .join("\t")
        );
        for (u, cells) in &t.rows {
            let _ = writeln!(s, "{}\t{}", u.name, cells.join("\t"));
        }
        let _ = writeln!(s);
    }
    s
}

/// A grouped bar chart of an area's figures: one group per indicator, one bar per unit.
/// The charts of an area: one of all its percent figures (0–100 on one axis), and one
/// per other indicator, so that a ratio in the thousands never flattens a percentage.
pub fn charts(t: &AreaTable) -> Result<Vec<String>, String> {
    let mut groups: Vec<Vec<&ChartFigure>> = vec![];
    let percent: Vec<&ChartFigure> = t.figures.iter().filter(|f| f.percent).collect();
    if !percent.is_empty() {
        groups.push(percent);
    }
    let mut others: Vec<&str> = vec![];
    for f in t.figures.iter().filter(|f| !f.percent) {
        if !others.contains(&f.indicator.as_str()) {
            others.push(&f.indicator);
        }
    }
    for ind in others {
        groups.push(t.figures.iter().filter(|f| f.indicator == ind).collect());
    }
    groups.into_iter().map(|g| chart(&g)).collect()
}

/// Okabe and Ito's palette: told apart by people with the common colour vision
/// deficiencies.
const COLOURS: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(230, 159, 0),
    RGBColor(0, 0, 0),
];

/// A number with a decimal comma, as an axis says it: `25`, `2,5`.
fn axis_number(v: f64) -> String {
    let s = format!("{:.1}", v);
    s.strip_suffix(".0").unwrap_or(&s).replace('.', ",")
}

fn chart(figures: &[&ChartFigure]) -> Result<String, String> {
    let mut indicators: Vec<&str> = vec![];
    let mut units: Vec<&str> = vec![];
    for f in figures {
        if !indicators.contains(&f.indicator.as_str()) {
            indicators.push(&f.indicator);
        }
        if !units.contains(&f.unit.as_str()) {
            units.push(&f.unit);
        }
    }
    let percent = figures.iter().all(|f| f.percent);
    let top = figures
        .iter()
        .filter_map(|f| f.value)
        .fold(0.0f64, f64::max);
    // Percent charts run to 100; others to their largest figure, with room for labels.
    let max = if percent { 100.0 } else { top.max(1.0) } * 1.35;
    let height = 70 + 28 * (indicators.len() * units.len()) as u32 + 16 * indicators.len() as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (760, height.max(200))).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let n = (indicators.len() * (units.len() + 1)) as i32;
        let mut chart = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(34)
            .y_label_area_size(10)
            .build_cartesian_2d(0.0..max, 0..n)
            .map_err(|e| e.to_string())?;
        let unit = if percent { " %" } else { "" };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(6)
            .x_label_formatter(&|v| format!("{}{unit}", axis_number(*v)))
            .x_label_style(("sans-serif", 15))
            .light_line_style(WHITE)
            .draw()
            .map_err(|e| e.to_string())?;
        for (i, ind) in indicators.iter().enumerate() {
            // Each group: a row for the indicator's name, then one row per unit.
            let label_row = n - 1 - (i * (units.len() + 1)) as i32;
            for (j, unit) in units.iter().enumerate() {
                let y = label_row - 1 - j as i32;
                let Some(f) = figures
                    .iter()
                    .find(|f| f.unit == *unit && f.indicator == *ind)
                else {
                    continue;
                };
                let v = f.value.unwrap_or(0.0);
                if f.value.is_some() {
                    chart
                        .draw_series(std::iter::once(Rectangle::new(
                            [(0.0, y), (v, y + 1)],
                            COLOURS[j % COLOURS.len()].filled(),
                        )))
                        .map_err(|e| e.to_string())?;
                }
                // A suppressed cell is written `x`, at the axis, as in the table.
                chart
                    .draw_series(std::iter::once(Text::new(
                        format!("{unit}: {}", f.printed),
                        (v + max * 0.01, y + 1),
                        ("sans-serif", 15).into_font(),
                    )))
                    .map_err(|e| e.to_string())?;
            }
            chart
                .draw_series(std::iter::once(Text::new(
                    ind.to_string(),
                    (0.0, label_row + 1),
                    ("sans-serif", 16).into_font().style(FontStyle::Bold),
                )))
                .map_err(|e| e.to_string())?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// The report as one self-contained HTML page.
pub fn html(run: &YearRun, units: &[ReportUnit]) -> Result<String, String> {
    let tables = tables(run, units);
    let names: Vec<&str> = units
        .iter()
        .filter(|u| u.level == Level::Enhet)
        .map(|u| u.name.as_str())
        .collect();
    let title = format!(
        "Öppna jämförelser {}: social barn- och ungdomsvård",
        run.program.year
    );
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\nbody{{font-family:system-ui,sans-serif;max-width:64rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.4}}\nh2{{color:#004b87;border-bottom:2px solid #004b87}}\n.scroll{{overflow-x:auto}}\ntable{{border-collapse:collapse;margin:.5rem 0}}\nth,td{{border:1px solid #ccc;padding:.3rem .5rem;text-align:center}}\nth{{background:#f2f2f2;font-weight:600;max-width:12rem}}\ntd:first-child,th:first-child{{text-align:left}}\ntr.agg td{{font-weight:600;background:#fafafa}}\nfigure{{margin:1rem 0}}\nfigure svg{{max-width:100%;height:auto}}\n.q{{color:#444;font-size:.95rem}}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>Resultat för {} jämförda med {}. Siffrorna är desamma som i den publicerade resultatfilen. {}</p>\n",
        esc(&title),
        esc(&title),
        esc(&names.join(", ")),
        esc(&units.iter().filter(|u| u.level != Level::Enhet).map(|u| u.name.as_str()).collect::<Vec<_>>().join(", ")),
        esc(&crate::publish::legend::paragraph(&run.program))
    );
    for t in &tables {
        let _ = writeln!(s, "<section>\n<h2>{}</h2>", esc(&t.area));
        for q in &t.questions {
            let _ = writeln!(s, "<p class=\"q\">{}</p>", esc(q));
        }
        let _ = writeln!(
            s,
            "<div class=\"scroll\"><table>\n<tr><th></th>{}</tr>",
            t.indicators
                .iter()
                .map(|(_, n)| format!("<th>{}</th>", esc(n)))
                .collect::<String>()
        );
        for (u, cells) in &t.rows {
            let class = if u.level == Level::Enhet {
                ""
            } else {
                " class=\"agg\""
            };
            let _ = writeln!(
                s,
                "<tr{class}><td>{}</td>{}</tr>",
                esc(&u.name),
                cells
                    .iter()
                    .map(|c| format!("<td>{}</td>", esc(c)))
                    .collect::<String>()
            );
        }
        let _ = writeln!(s, "</table></div>");
        for svg in charts(t)? {
            let _ = writeln!(s, "<figure class=\"chart\">{svg}</figure>");
        }
        let _ = writeln!(s, "</section>");
    }
    s.push_str("</body>\n</html>\n");
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::list_question;

    fn texts(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_question_of_several_parts_is_shown_whole() {
        assert_eq!(
            list_question(&texts(&["Metod: CBCL", "Metod: EARL", "Metod: SDQ"])),
            ["Metod: CBCL, EARL, SDQ"]
        );
        assert_eq!(
            list_question(&texts(&[
                "Innefattar den samlade planen kontinuerlig handledning?",
                "Innefattar den samlade planen fortbildning?",
                "Innefattar den samlade planen vidareutbildning på högskolenivå?",
            ])),
            ["Innefattar den samlade planen kontinuerlig handledning, fortbildning och vidareutbildning på högskolenivå?"]
        );
        assert_eq!(
            list_question(&texts(&[
                "Person 1 med funktion: timmar under 1 sept. 2014.",
                "Person 2 med funktion: timmar under 1 sept. 2014.",
                "Person 3 med funktion: timmar under 1 sept. 2014.",
            ])),
            ["Person 1–3 med funktion: timmar under 1 sept. 2014."]
        );
        // Not a count 1, 2, 3, or more than one number differs, or a range already:
        // every part.
        assert_eq!(
            list_question(&texts(&["Antal barn 0–12 år", "Antal barn 13–17 år"])),
            ["Antal barn 0–12 år", "Antal barn 13–17 år"]
        );
        assert_eq!(
            list_question(&texts(&["Timmar 2013 person 1.", "Timmar 2014 person 2."])),
            ["Timmar 2013 person 1.", "Timmar 2014 person 2."]
        );
        assert_eq!(
            list_question(&texts(&["Person 1 med A.", "Person 3 med A."])),
            ["Person 1 med A.", "Person 3 med A."]
        );
        assert_eq!(list_question(&texts(&["En fråga?"])), ["En fråga?"]);
        assert_eq!(
            list_question(&texts(&["Har ni A?", "Finns B?"])),
            ["Har ni A?", "Finns B?"]
        );
    }
}
