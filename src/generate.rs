//! Synthetic data for tests and benchmarks: a national register of any size with the
//! columns its `källa` declares (people spread over the kommuner of units.csv by
//! folkmängd; the known columns of the placerade barn register with realistic
//! distributions, any other column by its type). Deterministic: the same seed gives the
//! same file.

use crate::data::Units;
use crate::ir::{ColType, ColumnDef, SourceDef};
use std::io::Write;

/// splitmix64: small, fast and good enough for synthetic data; no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }
    /// True with probability `per_mille` / 1000.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
}

/// How one column's values are drawn.
enum Draw {
    /// 100000, 100001, … (a running number).
    Running,
    /// A kommun of units.csv, by folkmängd.
    Kommun,
    /// A whole number in `from..from + span`.
    Whole {
        from: u64,
        span: u64,
    },
    /// 1 with this probability (per mille), else 0.
    Flag(u64),
    /// 1, 0 or blank with these probabilities (per cent, the rest blank).
    FlagOrBlank(u64, u64),
    /// A decimal in 0.0..100.0.
    Decimal,
    Text,
}

/// The distribution of a column: the register of placerade barn's known columns as they
/// look in the national register (birth years 1986–1998, about 15 % born abroad, gaps in
/// the education registers); any other column by its type.
fn draw_for(column: &ColumnDef) -> Draw {
    match (column.name.as_str(), column.ty) {
        ("lopnr", _) => Draw::Running,
        (_, ColType::Kommun) => Draw::Kommun,
        ("fodelsear", _) => Draw::Whole {
            from: 1986,
            span: 13,
        },
        ("fodd_i_sverige", _) => Draw::Flag(850),
        ("placerad_hela_ak9", _) => Draw::Flag(600),
        ("pnr_ok", _) => Draw::Flag(985),
        ("folkbokford", _) => Draw::Flag(970),
        ("grundskola_behorig", _) => Draw::FlagOrBlank(55, 32),
        ("gymnasie_hogskolebehorig", _) => Draw::FlagOrBlank(30, 50),
        (_, ColType::Flagga) if column.optional => Draw::FlagOrBlank(45, 45),
        (_, ColType::Flagga) => Draw::Flag(500),
        (_, ColType::Heltal) => Draw::Whole { from: 0, span: 100 },
        (_, ColType::Tal) => Draw::Decimal,
        (_, ColType::Text) => Draw::Text,
    }
}

/// Writes `rows` person records of the `källa` `source` to `out`: its columns in its
/// order, attributed to the kommuner of `units` proportionally to their folkmängd.
pub fn register(
    source: &SourceDef,
    units: &Units,
    rows: u64,
    seed: u64,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let kommuner: Vec<(&str, u64)> = units
        .kommuner()
        .map(|u| (u.enhet.as_str(), u.folkmangd.unwrap_or(10_000).max(1)))
        .collect();
    if kommuner.is_empty() {
        return Err(std::io::Error::other(crate::t!("tools-generate-no-kommun")));
    }
    let total: u64 = kommuner.iter().map(|(_, p)| p).sum();
    // Cumulative weights for picking a kommun by folkmängd.
    let mut cumulative = Vec::with_capacity(kommuner.len());
    let mut acc = 0;
    for (_, p) in &kommuner {
        acc += p;
        cumulative.push(acc);
    }
    let draws: Vec<Draw> = source.columns.iter().map(draw_for).collect();
    let header: Vec<&str> = source.columns.iter().map(|c| c.name.as_str()).collect();
    writeln!(out, "{}", header.join(","))?;
    let mut rng = Rng::new(seed);
    let mut line = String::with_capacity(64);
    for n in 0..rows {
        line.clear();
        for (i, d) in draws.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            use std::fmt::Write as _;
            let _ = match d {
                Draw::Running => write!(line, "{}", 100_000 + n),
                Draw::Kommun => {
                    let pick = rng.below(total);
                    let k = cumulative.partition_point(|&c| c <= pick);
                    write!(line, "{}", kommuner[k.min(kommuner.len() - 1)].0)
                }
                Draw::Whole { from, span } => write!(line, "{}", from + rng.below(*span)),
                Draw::Flag(per_mille) => write!(line, "{}", rng.chance(*per_mille) as u8),
                Draw::FlagOrBlank(one, zero) => {
                    let r = rng.below(100);
                    if r < *one {
                        write!(line, "1")
                    } else if r < one + zero {
                        write!(line, "0")
                    } else {
                        Ok(())
                    }
                }
                Draw::Decimal => write!(line, "{}.{}", rng.below(100), rng.below(10)),
                Draw::Text => write!(line, "t{}", rng.below(1000)),
            };
        }
        writeln!(out, "{line}")?;
    }
    out.flush()
}
