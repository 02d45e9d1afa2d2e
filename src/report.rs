//! `oj report`: the regional comparison report that seed 003 is an example of. For a set
//! of kommuner compared with chosen län and riket: per indicator area the questions, a
//! table like the seed's (units as rows, indicators as columns) and a bar chart of the
//! figures, drawn with plotters as SVG and embedded in one self-contained HTML page. The
//! numbers are those of results.csv.

use crate::aggregate::Level;
use crate::aggregate::Row;
use crate::aggregate::YearRun;
use crate::ir::{Indicator, Kind};
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
    /// (unit name, indicator short name, figure) for the chart: percent or number.
    pub figures: Vec<(String, String, f64)>,
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
            .ok_or_else(|| format!("`{code}` is not a unit of units.csv"))?;
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
            .ok_or_else(|| format!("`{code}` is not a länskod of units.csv (or `riket`)"))?;
        out.push(ReportUnit {
            level: Level::Lan,
            code: code.clone(),
            name: u.lansnamn.clone(),
        });
    }
    Ok(out)
}

fn short_name(ind: &Indicator) -> String {
    ind.meta
        .kortnamn
        .clone()
        .unwrap_or_else(|| ind.meta.indikatornamn.clone())
}

/// As the seed prints it: `Ja`, `Delvis`, `86%`, `4,8`, `x`, empty for Bortfall.
pub fn printed(ind: &Indicator, row: &Row) -> String {
    match row.result() {
        "Bortfall" => String::new(),
        "" => {
            let percent = match &ind.kind {
                Kind::Classification => true,
                Kind::Measure(m) => m.scale == crate::ir::Scale::Percent,
                Kind::Source(m) => m.scale == crate::ir::Scale::Percent,
            };
            let value = row.value();
            let v = if ind.decimals() == 0 {
                value.strip_suffix(".0").unwrap_or(&value).to_string()
            } else {
                value.clone()
            };
            let v = v.replace('.', ",");
            if percent {
                format!("{v}%")
            } else {
                v
            }
        }
        other => other.to_string(),
    }
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
                if let Some(v) = q.vars.first().and_then(|v| cb.get(v)) {
                    let text = cb.question_text(v);
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
                            if let Some((v, _)) = r.rounded() {
                                figures.push((
                                    u.name.clone(),
                                    short_name(ind),
                                    crate::num::to_f64(&v),
                                ));
                            }
                            printed(ind, r)
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
            indicators: inds.iter().map(|i| (i.id.clone(), short_name(i))).collect(),
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
pub fn chart(t: &AreaTable) -> Result<Option<String>, String> {
    if t.figures.is_empty() {
        return Ok(None);
    }
    let indicators: Vec<String> = {
        let mut v: Vec<String> = vec![];
        for (_, ind, _) in &t.figures {
            if !v.contains(ind) {
                v.push(ind.clone());
            }
        }
        v
    };
    let units: Vec<String> = {
        let mut v: Vec<String> = vec![];
        for (u, _, _) in &t.figures {
            if !v.contains(u) {
                v.push(u.clone());
            }
        }
        v
    };
    let max = t
        .figures
        .iter()
        .map(|(_, _, v)| *v)
        .fold(0.0f64, f64::max)
        .max(1.0)
        * 1.35;
    let height = 60 + 26 * (indicators.len() * units.len()) as u32 + 14 * indicators.len() as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (760, height.max(200))).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let n = (indicators.len() * (units.len() + 1)) as i32;
        let mut chart = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(30)
            .y_label_area_size(10)
            .build_cartesian_2d(0.0..max, 0..n)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(8)
            .light_line_style(WHITE)
            .draw()
            .map_err(|e| e.to_string())?;
        let colours = [
            RGBColor(0, 75, 135),
            RGBColor(230, 120, 0),
            RGBColor(90, 160, 60),
            RGBColor(150, 60, 140),
            RGBColor(120, 120, 120),
            RGBColor(0, 150, 170),
            RGBColor(200, 50, 50),
            RGBColor(170, 140, 40),
        ];
        for (i, ind) in indicators.iter().enumerate() {
            // Each group: a row for the indicator's name, then one row per unit.
            let label_row = n - 1 - (i * (units.len() + 1)) as i32;
            for (j, unit) in units.iter().enumerate() {
                let y = label_row - 1 - j as i32;
                if let Some((_, _, v)) = t.figures.iter().find(|(u, d, _)| u == unit && d == ind) {
                    let colour = colours[j % colours.len()];
                    chart
                        .draw_series(std::iter::once(Rectangle::new(
                            [(0.0, y), (*v, y + 1)],
                            colour.filled(),
                        )))
                        .map_err(|e| e.to_string())?;
                    chart
                        .draw_series(std::iter::once(Text::new(
                            format!("{unit}: {}", format!("{v}").replace('.', ",")),
                            (v + max * 0.01, y + 1),
                            ("sans-serif", 12).into_font(),
                        )))
                        .map_err(|e| e.to_string())?;
                }
            }
            chart
                .draw_series(std::iter::once(Text::new(
                    ind.clone(),
                    (0.0, label_row + 1),
                    ("sans-serif", 13).into_font().style(FontStyle::Bold),
                )))
                .map_err(|e| e.to_string())?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(Some(svg))
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
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\nbody{{font-family:system-ui,sans-serif;max-width:64rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.4}}\nh2{{color:#004b87;border-bottom:2px solid #004b87}}\n.scroll{{overflow-x:auto}}\ntable{{border-collapse:collapse;margin:.5rem 0}}\nth,td{{border:1px solid #ccc;padding:.3rem .5rem;text-align:center}}\nth{{background:#f2f2f2;font-weight:600;max-width:12rem}}\ntd:first-child,th:first-child{{text-align:left}}\ntr.agg td{{font-weight:600;background:#fafafa}}\nfigure{{margin:1rem 0}}\nfigure svg{{max-width:100%;height:auto}}\n.q{{color:#444;font-size:.95rem}}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>Resultat för {} jämförda med {}. Siffrorna är desamma som i results.csv. {}</p>\n",
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
        if let Some(svg) = chart(t)? {
            let _ = writeln!(s, "<figure class=\"chart\">{svg}</figure>");
        }
        let _ = writeln!(s, "</section>");
    }
    s.push_str("</body>\n</html>\n");
    Ok(s)
}
