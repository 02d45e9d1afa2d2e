//! `oj new-year YEAR`: the start of next year's methodology as files to edit. Writes
//! `INDICATORS/YEAR/ar.oj` (inheriting YEAR-1, mätdatum one year on) and
//! `INDICATORS/YEAR/codebook.yaml` (YEAR-1's codebook with `publication_year`,
//! `matdatum`, `collected` and every `period` one year on; texts, codes and comments as
//! they were). The codebook is rewritten line by line rather than re-serialised, so that
//! its comments and layout stay and `oj diff` shows only what the methodologist changes.

use crate::check::check_year;
use crate::codebook::Codebook;
use crate::syntax::{FIRST_YEAR, LAST_YEAR};
use std::path::{Path, PathBuf};

/// The files written, or a message that says what to do.
pub fn new_year(indicators: &Path, year: u32) -> Result<Vec<PathBuf>, String> {
    if !(FIRST_YEAR + 1..=LAST_YEAR).contains(&year) {
        return Err(crate::t!(
            "tools-new-year-out-of-range",
            year = year.to_string(),
            first = (FIRST_YEAR + 1).to_string(),
            last = LAST_YEAR.to_string()
        ));
    }
    let prev = year - 1;
    let prev_dir = indicators.join(prev.to_string());
    let dir = indicators.join(year.to_string());
    if !prev_dir.is_dir() {
        return Err(crate::t!(
            "tools-new-year-no-previous",
            dir = prev_dir.display().to_string()
        ));
    }
    let targets = [dir.join("ar.oj"), dir.join("codebook.yaml")];
    if let Some(existing) = targets.iter().find(|p| p.exists()) {
        return Err(crate::t!(
            "tools-new-year-exists",
            path = existing.display().to_string()
        ));
    }
    let checked = check_year(&prev_dir);
    let Some(program) = checked.program else {
        return Err(crate::t!(
            "tools-new-year-previous-errors",
            prev = prev.to_string(),
            errors = checked.diagnostics.errors(),
            dir = prev_dir.display().to_string()
        ));
    };
    let matdatum = program.matdatum;
    // 29 February a year on is 28 February, as in the codebook's dates.
    let next_matdatum = crate::syntax::ast::Date {
        year: matdatum.year + 1,
        day: if matdatum.month == 2 && matdatum.day == 29 {
            28
        } else {
            matdatum.day
        },
        ..matdatum
    };
    let old_text = std::fs::read_to_string(&program.codebook.path).map_err(|e| {
        crate::t!(
            "tools-cannot-read",
            path = program.codebook.path.display().to_string(),
            error = crate::diagnostic::io_error(&e)
        )
    })?;
    let text = shift_codebook(&old_text, prev, year);
    // What was written must read back as the new year's codebook, with every variable.
    let codebook = Codebook::parse(&targets[1], &text).map_err(|e| {
        let first = e.first().map(|d| d.message.as_str()).unwrap_or_default();
        crate::t!("tools-new-year-no-read-back", error = first)
    })?;
    // Every variable's period moved exactly one year, however the file writes it.
    let moved = |p: &Option<String>| p.as_deref().map(shift_dates);
    let periods_moved = codebook
        .variables
        .iter()
        .zip(&program.codebook.variables)
        .all(|(new, old)| new.id == old.id && new.period == moved(&old.period));
    if codebook.publication_year != year
        || codebook.matdatum != next_matdatum.to_string()
        || codebook.variables.len() != program.codebook.variables.len()
        || !periods_moved
    {
        return Err(crate::t!(
            "tools-new-year-cannot-move",
            path = program.codebook.path.display().to_string(),
            year = codebook.publication_year.to_string(),
            matdatum = &codebook.matdatum
        ));
    }
    let ar = format!(
        "# Publication year {year}: survey answers as of {next_matdatum}. Everything not written\n\
         # here is inherited unchanged from {prev}; relative mätperioder move with mätdatum.\n\
         # Written by `oj new-year {year}`: retire what left the questionnaire (`utgår`), add\n\
         # and change indicators in files of their own, then `oj check`, `oj test`,\n\
         # `oj diff {prev} {year}` and `oj impact --year {year}` (docs/yearly-update.md).\n\
         år {year} {{\n    ärver \"../{prev}\"\n    kodbok \"codebook.yaml\"\n    mätdatum {next_matdatum}\n}}\n"
    );
    let mut out =
        crate::publish::atomic::Outputs::new(&dir).map_err(|e| crate::diagnostic::io_error(&e))?;
    let cannot_write = |e: std::io::Error| {
        crate::t!(
            "tools-cannot-write",
            path = dir.display().to_string(),
            error = crate::diagnostic::io_error(&e)
        )
    };
    out.write("ar.oj", ar.as_bytes())
        .and_then(|_| out.write("codebook.yaml", text.as_bytes()))
        .map_err(cannot_write)?;
    out.commit().map_err(cannot_write)
}

/// The codebook's dates one year on: `publication_year`, `matdatum`, `collected` and
/// each `period`. Comments are the methodologist's and stay as written, under a line
/// that says where the file came from.
pub fn shift_codebook(text: &str, prev: u32, year: u32) -> String {
    let mut out = format!(
        "# Written by `oj new-year {year}` from the {prev} codebook: its dates moved one year on.\n# The comments below are {prev}'s, as written.\n"
    );
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let key = trimmed.split(':').next().unwrap_or_default();
        let shifted = if trimmed.starts_with('#') {
            line.to_string()
        } else if key == "publication_year" {
            line.replace(&prev.to_string(), &year.to_string())
        } else if matches!(key, "matdatum" | "collected" | "period" | "- period") {
            shift_dates(line)
        } else {
            line.to_string()
        };
        out.push_str(&shifted);
    }
    out
}

/// Every `YYYY-MM-DD` in `s` one year later (29 February becomes 28 February).
fn shift_dates(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let is_date = i + 10 <= b.len()
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4] == b'-'
            && b[i + 5..i + 7].iter().all(u8::is_ascii_digit)
            && b[i + 7] == b'-'
            && b[i + 8..i + 10].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && (i + 10 == b.len() || !b[i + 10].is_ascii_digit());
        if is_date {
            let y: u32 = s[i..i + 4].parse().unwrap_or_default();
            let md = if &s[i + 4..i + 10] == "-02-29" {
                "-02-28"
            } else {
                &s[i + 4..i + 10]
            };
            out.push_str(&format!("{:04}{md}", y + 1));
            i += 10;
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_move_one_year() {
        assert_eq!(
            shift_dates("  period: 2012-11-01..2014-11-01\n"),
            "  period: 2013-11-01..2015-11-01\n"
        );
        assert_eq!(shift_dates("2016-02-29"), "2017-02-28");
        assert_eq!(shift_dates("v12014-11-01 x"), "v12014-11-01 x");
        assert_eq!(shift_dates("å 2014-11-01"), "å 2015-11-01");
    }
}
