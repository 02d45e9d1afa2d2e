//! The methodology guide ("guide för att tolka resultaten"), generated from the same
//! checked indicators that compute the results: per indicator the table of the published
//! guide, the survey questions from the codebook with mätdatum and mätperiod filled in and
//! their answer options, and "Beräkning" written from the rules themselves, so a change
//! to a rule changes the guide. As Markdown (`guide.md`) and a standalone HTML page.

use crate::ir::Program;
use crate::publish::about::{sections_by_area, Section};
use crate::publish::html::escape as esc;
use std::fmt::Write;

/// The guide as Markdown.
pub fn markdown(program: &Program) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Öppna jämförelser {}: guide för att tolka resultaten\n",
        program.year
    );
    let _ = writeln!(
        s,
        "Social barn- och ungdomsvård. Mätdatum {}. Skriven ur samma indikatorfiler som beräknar resultaten, så att texten och siffrorna följer samma regler.\n",
        program.matdatum.swedish()
    );
    let _ = writeln!(s, "## Teckenförklaring\n");
    for line in crate::publish::legend::legend(program) {
        let _ = writeln!(s, "- {line}");
    }
    let _ = writeln!(s);
    let mut area = String::new();
    for sec in sections_by_area(program) {
        let omrade = sec.area.clone();
        if omrade != area {
            let _ = writeln!(s, "## {omrade}\n");
            area = omrade;
        }
        let _ = writeln!(s, "### {} (`{}`)\n", sec.title, sec.id);
        let _ = writeln!(s, "| | |\n|---|---|");
        for (k, v) in &sec.table {
            let _ = writeln!(
                s,
                "| {k} | {} |",
                v.replace('|', "\\|").replace('\n', "<br>")
            );
        }
        let _ = writeln!(s);
        if !sec.questions.is_empty() {
            let _ = writeln!(s, "**Frågor**\n");
            for (id, text, options) in &sec.questions {
                let _ = writeln!(s, "- {}", Section::question_line(id, text, options));
            }
            let _ = writeln!(s);
        }
        let _ = writeln!(s, "**Beräkning**\n");
        for line in &sec.computation {
            let _ = writeln!(s, "- {line}");
        }
        let _ = writeln!(s);
    }
    s
}

/// The guide as one standalone HTML page, readable on a phone.
pub fn html(program: &Program) -> String {
    let mut s = String::new();
    let title = format!(
        "Öppna jämförelser {}: guide för att tolka resultaten",
        program.year
    );
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\nbody{{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1a1a1a}}\ntable{{border-collapse:collapse;width:100%;margin:.5rem 0}}\nth,td{{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}}\nth{{background:#f2f2f2;width:12rem}}\nh2{{border-bottom:2px solid #004b87;color:#004b87}}\ncode{{background:#f4f4f4;padding:0 .2rem}}\n@media (max-width:40rem){{th{{width:auto}}}}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>Social barn- och ungdomsvård. Mätdatum {}. Skriven ur samma indikatorfiler som beräknar resultaten, så att texten och siffrorna följer samma regler.</p>\n",
        esc(&title),
        esc(&title),
        program.matdatum.swedish()
    );
    let _ = writeln!(s, "<h2>Teckenförklaring</h2>\n<ul>");
    for line in crate::publish::legend::legend(program) {
        let _ = writeln!(s, "<li>{}</li>", esc(&line));
    }
    let _ = writeln!(s, "</ul>");
    let mut area = String::new();
    for sec in sections_by_area(program) {
        let omrade = sec.area.clone();
        if omrade != area {
            let _ = writeln!(s, "<h2>{}</h2>", esc(&omrade));
            area = omrade;
        }
        let _ = writeln!(
            s,
            "<section id=\"{}\">\n<h3>{} <code>{}</code></h3>\n<table>",
            esc(&sec.id),
            esc(&sec.title),
            esc(&sec.id)
        );
        for (k, v) in &sec.table {
            let _ = writeln!(
                s,
                "<tr><th>{}</th><td>{}</td></tr>",
                esc(k),
                esc(v).replace('\n', "<br>")
            );
        }
        let _ = writeln!(s, "</table>");
        if !sec.questions.is_empty() {
            let _ = writeln!(s, "<p><strong>Frågor</strong></p>\n<ul>");
            for (id, text, options) in &sec.questions {
                let _ = writeln!(
                    s,
                    "<li><code>{}</code>: {} Svarsalternativ: {}.</li>",
                    esc(id),
                    esc(text),
                    esc(&options.join(" / "))
                );
            }
            let _ = writeln!(s, "</ul>");
        }
        let _ = writeln!(s, "<p><strong>Beräkning</strong></p>\n<ul>");
        for line in &sec.computation {
            let _ = writeln!(s, "<li>{}</li>", esc(line));
        }
        let _ = writeln!(s, "</ul>\n</section>");
    }
    s.push_str("</body>\n</html>\n");
    s
}
