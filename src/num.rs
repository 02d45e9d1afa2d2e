//! Exact numbers. Survey numbers are decimals (12,5) and the methodology divides and
//! rounds half away from zero once, on the published figure; binary floating point would
//! publish 28.4999… as 28. Every number in the engine is an exact rational.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

pub type Num = BigRational;

pub fn int(n: i64) -> Num {
    Num::from_integer(BigInt::from(n))
}

/// Parses a plain decimal: digits, optional sign, one `.` or `,` decimal part.
/// Anything else (`1e5`, `NaN`, `inf`, `1.2.3`, blank) is `None`.
pub fn parse_decimal(s: &str) -> Option<Num> {
    let s = s.trim();
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (int_part, frac_part) = match body.find(['.', ',']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let digits_ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (int_part.is_empty() && frac_part.is_empty())
        || !digits_ok(int_part)
        || !digits_ok(frac_part)
    {
        return None;
    }
    if body.contains(['.', ',']) && frac_part.is_empty() {
        return None;
    }
    // Guard against absurdly long inputs that would make big integers of megabytes.
    if int_part.len() + frac_part.len() > 40 {
        return None;
    }
    let mantissa: BigInt = format!("{int_part}{frac_part}").parse().unwrap_or_default();
    let denom = BigInt::from(10u32).pow(frac_part.len() as u32);
    let n = Num::new(mantissa, denom);
    Some(if neg { -n } else { n })
}

/// Rounds half away from zero to `decimals` places (44.5 → 45, −44.5 → −45).
pub fn round_half_away(x: &Num, decimals: u32) -> Num {
    let scale = Num::from_integer(BigInt::from(10u32).pow(decimals));
    let scaled = x * &scale;
    let half = Num::new(BigInt::from(1), BigInt::from(2));
    let magnitude = (scaled.abs() + half).floor();
    let rounded = if x.is_negative() {
        -magnitude
    } else {
        magnitude
    };
    rounded / scale
}

/// Formats a number rounded to `decimals` places, with at least one decimal (`45.0`).
pub fn format_rounded(x: &Num, decimals: u32) -> String {
    let pow = BigInt::from(10u32).pow(decimals);
    let shown = decimals.max(1);
    let q = rounded_scaled(x, &pow) * BigInt::from(10u32).pow(shown - decimals);
    digits(&q, shown)
}

/// Formats a number exactly, with at least `min_decimals` decimals (`995.0`, `9580.5`).
/// A number without a finite decimal expansion is written with 12 decimals, rounded.
pub fn format_exact(x: &Num, min_decimals: u32) -> String {
    // Integer arithmetic on numerator and denominator: this runs for every row of
    // results.csv, and rational multiplication would reduce by a gcd each time.
    let (n, d) = (x.numer(), x.denom());
    let mut decimals = min_decimals;
    let mut pow = BigInt::from(10u32).pow(decimals);
    while decimals < 12 && !(n * &pow % d).is_zero() {
        decimals += 1;
        pow *= 10;
    }
    digits(&rounded_scaled(x, &pow), decimals)
}

/// `x · pow`, rounded half away from zero to a whole number.
fn rounded_scaled(x: &Num, pow: &BigInt) -> BigInt {
    let (n, d) = (x.numer() * pow, x.denom());
    let two = BigInt::from(2u32);
    let magnitude = (n.abs() * &two + d) / (d * &two);
    if n.is_negative() {
        -magnitude
    } else {
        magnitude
    }
}

/// A whole number `q` read as `q / 10^decimals`: `4500, 2` → `45.00`.
fn digits(q: &BigInt, decimals: u32) -> String {
    let neg = q.is_negative() && !q.is_zero();
    let digits = q.abs().to_string();
    let d = decimals as usize;
    let padded = if digits.len() <= d {
        format!("{}{}", "0".repeat(d + 1 - digits.len()), digits)
    } else {
        digits
    };
    let (i, f) = padded.split_at(padded.len() - d);
    let sign = if neg { "-" } else { "" };
    if d == 0 {
        format!("{sign}{i}")
    } else {
        format!("{sign}{i}.{f}")
    }
}

/// Formats a count (a whole number) without decimals.
pub fn format_count(n: u64) -> String {
    n.to_string()
}

/// The double nearest to `x` (for writers whose format holds binary floating point, the
/// workbook and the charts); the published decimals come from the exact value.
pub fn to_f64(x: &Num) -> f64 {
    x.to_f64().unwrap_or(0.0)
}

/// Whether the number is a whole number, and it as i64 if so.
pub fn as_integer(x: &Num) -> Option<i64> {
    if x.is_integer() {
        x.to_integer().to_i64()
    } else {
        None
    }
}

pub fn is_zero(x: &Num) -> bool {
    x.is_zero()
}

/// `a / b`, or `None` when `b` is zero.
pub fn checked_div(a: &Num, b: &Num) -> Option<Num> {
    if b.is_zero() {
        None
    } else {
        Some(a / b)
    }
}

pub fn gcd_free(x: &Num) -> (BigInt, BigInt) {
    let g = x.numer().gcd(x.denom());
    (x.numer() / &g, x.denom() / &g)
}

pub fn is_negative(x: &Num) -> bool {
    x < &int(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_decimals_only() {
        assert_eq!(parse_decimal("12,5"), Some(Num::new(25.into(), 2.into())));
        assert_eq!(parse_decimal(" -9 "), Some(int(-9)));
        assert_eq!(parse_decimal(".5"), Some(Num::new(1.into(), 2.into())));
        for bad in [
            "", "-", "1e5", "NaN", "inf", "1.2.3", "tolv", "1,", "1e400", "0x10",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_exactly() {
        // 100 × 57 / 200 = 28.5 exactly: must publish 29 (binary floats give 28.499…)
        let x = int(100) * parse_decimal("57").unwrap() / int(200);
        assert_eq!(format_rounded(&x, 0), "29.0");
        assert_eq!(format_rounded(&parse_decimal("44.5").unwrap(), 0), "45.0");
        assert_eq!(format_rounded(&parse_decimal("-44.5").unwrap(), 0), "-45.0");
        assert_eq!(format_rounded(&parse_decimal("2.85").unwrap(), 1), "2.9");
        assert_eq!(format_rounded(&(int(2) / int(3)), 1), "0.7");
    }

    #[test]
    fn formats_exact_sums() {
        assert_eq!(format_exact(&int(995), 1), "995.0");
        assert_eq!(format_exact(&parse_decimal("9580,5").unwrap(), 1), "9580.5");
        assert_eq!(format_exact(&parse_decimal("0.25").unwrap(), 1), "0.25");
        assert_eq!(format_exact(&parse_decimal("-0.5").unwrap(), 1), "-0.5");
        // No finite decimal expansion: 12 decimals, rounded.
        assert_eq!(format_exact(&(int(2) / int(3)), 1), "0.666666666667");
        assert_eq!(format_exact(&(int(-1) / int(3)), 0), "-0.333333333333");
        assert_eq!(format_exact(&int(0), 0), "0");
    }

    #[test]
    fn rounds_small_negatives_to_zero_without_sign() {
        assert_eq!(format_rounded(&parse_decimal("-0.4").unwrap(), 0), "0.0");
        assert_eq!(format_rounded(&parse_decimal("0.05").unwrap(), 1), "0.1");
        assert_eq!(
            format_rounded(&parse_decimal("1234.5678").unwrap(), 2),
            "1234.57"
        );
    }
}
