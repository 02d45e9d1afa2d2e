//! Synthetic data for tests and benchmarks: a national register.csv of any size with
//! realistic distributions (people spread over the kommuner of units.csv by folkmängd,
//! birth years 1986–1998, about 15 % born abroad, gaps in the education registers).
//! Deterministic: the same seed gives the same file.

use crate::data::Units;
use std::io::Write;

/// The header of register.csv (docs/data-formats.md).
pub const REGISTER_HEADER: &str = "lopnr,fodelsear,fodd_i_sverige,placerande_kommun,placerad_hela_ak9,pnr_ok,folkbokford,grundskola_behorig,gymnasie_hogskolebehorig";

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

/// Writes `rows` person records to `out`, attributed to the kommuner of `units`
/// proportionally to their folkmängd.
pub fn register(units: &Units, rows: u64, seed: u64, out: &mut impl Write) -> std::io::Result<()> {
    let kommuner: Vec<(&str, u64)> = units
        .kommuner()
        .map(|u| (u.enhet.as_str(), u.folkmangd.unwrap_or(10_000).max(1)))
        .collect();
    let total: u64 = kommuner.iter().map(|(_, p)| p).sum();
    // Cumulative weights for picking a kommun by folkmängd.
    let mut cumulative = Vec::with_capacity(kommuner.len());
    let mut acc = 0;
    for (_, p) in &kommuner {
        acc += p;
        cumulative.push(acc);
    }
    let mut rng = Rng::new(seed);
    writeln!(out, "{REGISTER_HEADER}")?;
    let mut line = String::with_capacity(64);
    for lopnr in 0..rows {
        let pick = rng.below(total);
        let k = cumulative.partition_point(|&c| c <= pick);
        let kommun = kommuner[k.min(kommuner.len() - 1)].0;
        let fodelsear = 1986 + rng.below(13);
        let sverige = rng.chance(850) as u8;
        let ak9 = rng.chance(600) as u8;
        let pnr = rng.chance(985) as u8;
        let folkbokford = rng.chance(970) as u8;
        let grund = match rng.below(100) {
            0..=54 => "1",
            55..=86 => "0",
            _ => "",
        };
        let gymn = match rng.below(100) {
            0..=29 => "1",
            30..=79 => "0",
            _ => "",
        };
        line.clear();
        use std::fmt::Write as _;
        let _ = write!(
            line,
            "{},{fodelsear},{sverige},{kommun},{ak9},{pnr},{folkbokford},{grund},{gymn}",
            100_000 + lopnr
        );
        writeln!(out, "{line}")?;
    }
    out.flush()
}
