//! How a published figure is written for people, in every output that writes it out
//! (the report, `oj explain`; the web tool's front end follows the same contract,
//! site/README.md): `Ja`, `86 %`, `4,8`, `x`. results.csv keeps the figure as data
//! (`86.0`, a decimal point); this is its Swedish form: a decimal comma, no `.0` on a
//! whole figure, and ` %` (with a space, as Swedish writes it) on a percentage.

use crate::ir::{Indicator, Kind, Scale};

/// Whether an indicator's figures are percentages: a percent measure or source indicator,
/// or a classification, whose figures (län, riket, groups) are the share of Ja.
pub fn is_percent(ind: &Indicator) -> bool {
    match &ind.kind {
        Kind::Classification => true,
        Kind::Measure(m) => m.scale == Scale::Percent,
        Kind::Source(m) => m.scale == Scale::Percent,
    }
}

/// A value as results.csv writes it (`86.0`, `4.8`), as it is published: `86 %`, `4,8`.
pub fn value_text(ind: &Indicator, value: &str) -> String {
    let v = if ind.decimals() == 0 {
        value.strip_suffix(".0").unwrap_or(value)
    } else {
        value
    };
    let v = v.replace('.', ",");
    if is_percent(ind) {
        format!("{v} %")
    } else {
        v
    }
}
