//! Exact numbers. Survey numbers are decimals (12,5) and the methodology divides and
//! rounds half away from zero once, on the published figure; binary floating point would
//! publish 28.4999… as 28. Every number in the engine is an exact rational.
//!
//! Nearly every number the engine meets (answers, counts, shares, sums over kommuner)
//! is a fraction of two machine integers, so [`Num`] keeps those as a reduced `i64`
//! pair and computes in `i128`, where a product of two `i64` cannot overflow. A result
//! that does not fit falls back to a big rational and comes back when it fits again:
//! the value is always exact, only its storage changes.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

/// An exact rational number.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Num(Repr);

/// Canonical: `Small(n, d)` with `d > 0` and `gcd(n, d) = 1` whenever the value fits;
/// `Big` only when it does not. So derived equality and hashing are value equality.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Small(i64, i64),
    Big(Box<BigRational>),
}

/// Stein's binary gcd, for `u64` (the common case) and `u128`.
macro_rules! binary_gcd {
    ($name:ident, $t:ty) => {
        fn $name(mut a: $t, mut b: $t) -> $t {
            if a == 0 {
                return b;
            }
            if b == 0 {
                return a;
            }
            let shift = (a | b).trailing_zeros();
            a >>= a.trailing_zeros();
            loop {
                b >>= b.trailing_zeros();
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                b -= a;
                if b == 0 {
                    return a << shift;
                }
            }
        }
    };
}

binary_gcd!(gcd_u64, u64);
binary_gcd!(gcd_u128_wide, u128);

fn gcd_u128(a: u128, b: u128) -> u128 {
    if a <= u64::MAX as u128 && b <= u64::MAX as u128 {
        gcd_u64(a as u64, b as u64) as u128
    } else {
        gcd_u128_wide(a, b)
    }
}

impl Num {
    /// `n / d` from `i128` parts; `d` must not be zero.
    fn ratio(n: i128, d: i128) -> Num {
        debug_assert!(d != 0);
        if n == 0 {
            return Num(Repr::Small(0, 1));
        }
        let g = gcd_u128(n.unsigned_abs(), d.unsigned_abs());
        // `g` divides both, so the quotients fit (|n / g| ≤ |n|) unless g = 1 and n is
        // i128::MIN; that value never fits an i64 and goes to the big path below.
        let (mut n, mut d) = match (n.checked_div(g as i128), d.checked_div(g as i128)) {
            (Some(n), Some(d)) if g <= i128::MAX as u128 => (n, d),
            _ => return Num::big(BigRational::new(BigInt::from(n), BigInt::from(d))),
        };
        if d < 0 {
            match (n.checked_neg(), d.checked_neg()) {
                (Some(nn), Some(dd)) => (n, d) = (nn, dd),
                _ => return Num::big(BigRational::new(BigInt::from(n), BigInt::from(d))),
            }
        }
        match (i64::try_from(n), i64::try_from(d)) {
            (Ok(n), Ok(d)) => Num(Repr::Small(n, d)),
            _ => Num(Repr::Big(Box::new(BigRational::new_raw(
                BigInt::from(n),
                BigInt::from(d),
            )))),
        }
    }

    /// From a (reduced) big rational, small again when it fits.
    fn big(r: BigRational) -> Num {
        match (r.numer().to_i64(), r.denom().to_i64()) {
            (Some(n), Some(d)) => Num(Repr::Small(n, d)),
            _ => Num(Repr::Big(Box::new(r))),
        }
    }

    /// `n / d` from big integers; `d` must not be zero.
    pub fn from_big(n: BigInt, d: BigInt) -> Num {
        Num::big(BigRational::new(n, d))
    }

    pub fn from_integer(n: BigInt) -> Num {
        Num::big(BigRational::from_integer(n))
    }

    pub fn to_big(&self) -> BigRational {
        match &self.0 {
            Repr::Small(n, d) => BigRational::new_raw(BigInt::from(*n), BigInt::from(*d)),
            Repr::Big(r) => (**r).clone(),
        }
    }

    pub fn zero() -> Num {
        Num(Repr::Small(0, 1))
    }

    pub fn one() -> Num {
        Num(Repr::Small(1, 1))
    }

    pub fn numer(&self) -> BigInt {
        match &self.0 {
            Repr::Small(n, _) => BigInt::from(*n),
            Repr::Big(r) => r.numer().clone(),
        }
    }

    pub fn denom(&self) -> BigInt {
        match &self.0 {
            Repr::Small(_, d) => BigInt::from(*d),
            Repr::Big(r) => r.denom().clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self.0, Repr::Small(0, _))
    }

    pub fn is_one(&self) -> bool {
        matches!(self.0, Repr::Small(1, 1))
    }

    pub fn is_negative(&self) -> bool {
        match &self.0 {
            Repr::Small(n, _) => *n < 0,
            Repr::Big(r) => r.is_negative(),
        }
    }

    pub fn is_positive(&self) -> bool {
        match &self.0 {
            Repr::Small(n, _) => *n > 0,
            Repr::Big(r) => r.is_positive(),
        }
    }

    pub fn is_integer(&self) -> bool {
        match &self.0 {
            Repr::Small(_, d) => *d == 1,
            Repr::Big(r) => r.is_integer(),
        }
    }

    pub fn abs(&self) -> Num {
        if self.is_negative() {
            -self
        } else {
            self.clone()
        }
    }

    /// The greatest whole number not above the value.
    pub fn floor(&self) -> Num {
        match &self.0 {
            Repr::Small(n, d) => Num::ratio((*n as i128).div_euclid(*d as i128), 1),
            Repr::Big(r) => Num::big(r.floor()),
        }
    }

    /// The least whole number not below the value.
    pub fn ceil(&self) -> Num {
        -(-self).floor()
    }

    fn to_f64(&self) -> Option<f64> {
        const EXACT: i64 = 1 << 53;
        match &self.0 {
            // Both exactly doubles: one correctly rounded division is the nearest double.
            Repr::Small(n, d) if n.unsigned_abs() <= EXACT as u64 && *d <= EXACT => {
                Some(*n as f64 / *d as f64)
            }
            _ => self.to_big().to_f64(),
        }
    }
}

impl Default for Num {
    fn default() -> Num {
        Num::zero()
    }
}

impl From<i64> for Num {
    fn from(n: i64) -> Num {
        Num(Repr::Small(n, 1))
    }
}

impl Ord for Num {
    fn cmp(&self, other: &Num) -> Ordering {
        match (&self.0, &other.0) {
            // Denominators are positive, so cross-multiplying keeps the order; the
            // products of two i64 always fit an i128.
            (Repr::Small(a, b), Repr::Small(c, d)) => {
                (*a as i128 * *d as i128).cmp(&(*c as i128 * *b as i128))
            }
            _ => self.to_big().cmp(&other.to_big()),
        }
    }
}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Small(n, 1) => write!(f, "{n}"),
            Repr::Small(n, d) => write!(f, "{n}/{d}"),
            Repr::Big(r) => write!(f, "{r}"),
        }
    }
}

impl fmt::Debug for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

fn add(a: &Num, b: &Num) -> Num {
    if let (Repr::Small(n1, d1), Repr::Small(n2, d2)) = (&a.0, &b.0) {
        let (n1, d1, n2, d2) = (*n1 as i128, *d1 as i128, *n2 as i128, *d2 as i128);
        if d1 == d2 {
            return Num::ratio(n1 + n2, d1);
        }
        // |n·d| < 2^126, so the sum of two of them fits.
        return Num::ratio(n1 * d2 + n2 * d1, d1 * d2);
    }
    Num::big(a.to_big() + b.to_big())
}

fn mul(a: &Num, b: &Num) -> Num {
    if let (Repr::Small(n1, d1), Repr::Small(n2, d2)) = (&a.0, &b.0) {
        return Num::ratio(*n1 as i128 * *n2 as i128, *d1 as i128 * *d2 as i128);
    }
    Num::big(a.to_big() * b.to_big())
}

fn div(a: &Num, b: &Num) -> Num {
    assert!(!b.is_zero(), "division by zero (use num::checked_div)");
    if let (Repr::Small(n1, d1), Repr::Small(n2, d2)) = (&a.0, &b.0) {
        return Num::ratio(*n1 as i128 * *d2 as i128, *d1 as i128 * *n2 as i128);
    }
    Num::big(a.to_big() / b.to_big())
}

fn neg(a: &Num) -> Num {
    match &a.0 {
        Repr::Small(n, d) => Num::ratio(-(*n as i128), *d as i128),
        Repr::Big(r) => Num::big(-(**r).clone()),
    }
}

fn sub(a: &Num, b: &Num) -> Num {
    add(a, &neg(b))
}

macro_rules! binary {
    ($Trait:ident, $method:ident, $f:ident, $Assign:ident, $assign:ident) => {
        impl $Trait<&Num> for &Num {
            type Output = Num;
            fn $method(self, rhs: &Num) -> Num {
                $f(self, rhs)
            }
        }
        impl $Trait<Num> for &Num {
            type Output = Num;
            fn $method(self, rhs: Num) -> Num {
                $f(self, &rhs)
            }
        }
        impl $Trait<&Num> for Num {
            type Output = Num;
            fn $method(self, rhs: &Num) -> Num {
                $f(&self, rhs)
            }
        }
        impl $Trait<Num> for Num {
            type Output = Num;
            fn $method(self, rhs: Num) -> Num {
                $f(&self, &rhs)
            }
        }
        impl $Assign<&Num> for Num {
            fn $assign(&mut self, rhs: &Num) {
                *self = $f(self, rhs);
            }
        }
        impl $Assign<Num> for Num {
            fn $assign(&mut self, rhs: Num) {
                *self = $f(self, &rhs);
            }
        }
    };
}

binary!(Add, add, add, AddAssign, add_assign);
binary!(Sub, sub, sub, SubAssign, sub_assign);
binary!(Mul, mul, mul, MulAssign, mul_assign);
binary!(Div, div, div, DivAssign, div_assign);

impl Neg for Num {
    type Output = Num;
    fn neg(self) -> Num {
        neg(&self)
    }
}

impl Neg for &Num {
    type Output = Num;
    fn neg(self) -> Num {
        neg(self)
    }
}

pub fn int(n: i64) -> Num {
    Num::from(n)
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
    let n = if int_part.len() + frac_part.len() <= 36 {
        // 36 digits fit an i128 with room for the sign.
        let mantissa = int_part
            .bytes()
            .chain(frac_part.bytes())
            .fold(0i128, |m, b| m * 10 + (b - b'0') as i128);
        Num::ratio(mantissa, 10i128.pow(frac_part.len() as u32))
    } else {
        let mantissa: BigInt = format!("{int_part}{frac_part}").parse().ok()?;
        Num::from_big(mantissa, BigInt::from(10u32).pow(frac_part.len() as u32))
    };
    Some(if neg { -n } else { n })
}

/// Rounds half away from zero to `decimals` places (44.5 → 45, −44.5 → −45).
pub fn round_half_away(x: &Num, decimals: u32) -> Num {
    match rounded_scaled(x, decimals) {
        Scaled::Small(q) => Num::ratio(q, 10i128.pow(decimals)),
        Scaled::Big(q) => Num::from_big(q, BigInt::from(10u32).pow(decimals)),
    }
}

/// Formats a number rounded to `decimals` places, with at least one decimal (`45.0`).
pub fn format_rounded(x: &Num, decimals: u32) -> String {
    let shown = decimals.max(1);
    match rounded_scaled(x, decimals) {
        Scaled::Small(q) => digits(q * 10i128.pow(shown - decimals), shown),
        Scaled::Big(q) => digits_big(&(q * BigInt::from(10u32).pow(shown - decimals)), shown),
    }
}

/// Formats a number exactly, with at least `min_decimals` decimals (`995.0`, `9580.5`).
/// A number without a finite decimal expansion is written with 12 decimals, rounded.
pub fn format_exact(x: &Num, min_decimals: u32) -> String {
    let decimals = decimal_places(x).map_or(12, |p| p.max(min_decimals).min(12));
    format_fixed(x, decimals)
}

/// The decimals a number's exact decimal expansion needs (`0.25` → 2), or `None` when
/// it has no finite one (`1/3`): the denominator's factors of 2 and 5 decide.
pub fn decimal_places(x: &Num) -> Option<u32> {
    if let Repr::Small(_, d) = x.0 {
        // The common case, in machine integers (`d > 0`).
        let (mut d, mut twos, mut fives) = (d.unsigned_abs(), 0u32, 0u32);
        while d % 2 == 0 {
            d /= 2;
            twos += 1;
        }
        while d % 5 == 0 {
            d /= 5;
            fives += 1;
        }
        return (d == 1).then_some(twos.max(fives));
    }
    let mut d = x.denom();
    let (mut twos, mut fives) = (0u32, 0u32);
    while (&d % 2u32).is_zero() {
        d /= 2u32;
        twos += 1;
    }
    while (&d % 5u32).is_zero() {
        d /= 5u32;
        fives += 1;
    }
    (d == BigInt::from(1)).then_some(twos.max(fives))
}

/// A number rounded half away from zero to exactly `decimals` places (`45.00`).
pub fn format_fixed(x: &Num, decimals: u32) -> String {
    match rounded_scaled(x, decimals) {
        Scaled::Small(q) => digits(q, decimals),
        Scaled::Big(q) => digits_big(&q, decimals),
    }
}

enum Scaled {
    Small(i128),
    Big(BigInt),
}

/// `x · 10^decimals`, rounded half away from zero to a whole number.
fn rounded_scaled(x: &Num, decimals: u32) -> Scaled {
    if let Repr::Small(n, d) = x.0 {
        if decimals <= 18 {
            // |n| · 10^18 < 2^63 · 2^60 and 2·that + d still fits an i128.
            let scaled = n.unsigned_abs() as i128 * 10i128.pow(decimals);
            let magnitude = (2 * scaled + d as i128) / (2 * d as i128);
            return Scaled::Small(if n < 0 { -magnitude } else { magnitude });
        }
    }
    let (n, d) = (x.numer() * BigInt::from(10u32).pow(decimals), x.denom());
    let two = BigInt::from(2u32);
    let magnitude = (n.abs() * &two + &d) / (d * &two);
    Scaled::Big(if n.is_negative() {
        -magnitude
    } else {
        magnitude
    })
}

/// A whole number `q` read as `q / 10^decimals`: `4500, 2` → `45.00`.
fn digits(q: i128, decimals: u32) -> String {
    place_point(q < 0, q.unsigned_abs().to_string(), decimals)
}

fn digits_big(q: &BigInt, decimals: u32) -> String {
    place_point(q.is_negative(), q.abs().to_string(), decimals)
}

fn place_point(neg: bool, digits: String, decimals: u32) -> String {
    let d = decimals as usize;
    let mut out = String::with_capacity(digits.len() + d + 3);
    if neg {
        out.push('-');
    }
    if digits.len() <= d {
        // `0.0045`: a zero before the point and zeros after it up to the digits.
        out.push('0');
        out.push('.');
        out.extend(std::iter::repeat_n('0', d - digits.len()));
        out.push_str(&digits);
    } else {
        let (i, f) = digits.split_at(digits.len() - d);
        out.push_str(i);
        if d > 0 {
            out.push('.');
            out.push_str(f);
        }
    }
    out
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
    match &x.0 {
        Repr::Small(n, 1) => Some(*n),
        _ => None,
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

pub fn is_negative(x: &Num) -> bool {
    x.is_negative()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_decimals_only() {
        assert_eq!(parse_decimal("12,5"), Some(int(25) / int(2)));
        assert_eq!(parse_decimal(" -9 "), Some(int(-9)));
        assert_eq!(parse_decimal(".5"), Some(int(1) / int(2)));
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

    /// The machine-integer path and the big fallback give the same exact values: every
    /// operation, compared with `BigRational`, on values near and beyond `i64`.
    mod against_big {
        use super::super::*;
        use proptest::prelude::*;

        fn value() -> impl Strategy<Value = (i64, i64)> {
            let edge = prop_oneof![
                Just(i64::MAX),
                Just(i64::MIN),
                Just(i64::MAX - 1),
                Just(i64::MIN + 1),
                Just(1i64 << 62),
                -1000i64..1000,
                any::<i64>(),
            ];
            (edge.clone(), edge.prop_filter("non-zero", |d| *d != 0))
        }

        fn both((n, d): (i64, i64)) -> (Num, BigRational) {
            let big = BigRational::new(BigInt::from(n), BigInt::from(d));
            (Num::ratio(n as i128, d as i128), big)
        }

        fn same(x: &Num, y: &BigRational) -> bool {
            // Canonical: small exactly when it fits, and the value is the same.
            let fits = y.numer().to_i64().is_some() && y.denom().to_i64().is_some();
            x.to_big() == *y && matches!(x.0, Repr::Small(..)) == fits
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn operations_agree(a in value(), b in value()) {
                let (x, xb) = both(a);
                let (y, yb) = both(b);
                prop_assert!(same(&x, &xb));
                prop_assert!(same(&(&x + &y), &(&xb + &yb)));
                prop_assert!(same(&(&x - &y), &(&xb - &yb)));
                prop_assert!(same(&(&x * &y), &(&xb * &yb)));
                prop_assert!(same(&(-&x), &(-&xb)));
                if !yb.is_zero() {
                    prop_assert!(same(&(&x / &y), &(&xb / &yb)));
                }
                prop_assert_eq!(x.cmp(&y), xb.cmp(&yb));
                prop_assert_eq!(x == y, xb == yb);
                prop_assert!(same(&x.floor(), &xb.floor()));
                prop_assert!(same(&x.ceil(), &xb.ceil()));
                // Products of big values come back small when they fit again.
                if !yb.is_zero() {
                    let big = &(&x * &x) * &(&y * &y);
                    prop_assert!(same(&(&big / &(&y * &y)), &(&xb * &xb)));
                }
            }

            #[test]
            fn rounding_agrees(a in value(), decimals in 0u32..20) {
                let (x, xb) = both(a);
                let big = Num(Repr::Big(Box::new(xb)));
                // The same value forced onto the big path formats the same.
                prop_assert_eq!(format_fixed(&x, decimals), format_fixed(&big, decimals));
                prop_assert_eq!(format_rounded(&x, decimals), format_rounded(&big, decimals));
                prop_assert_eq!(decimal_places(&x), decimal_places(&big));
                prop_assert_eq!(format_exact(&x, decimals), format_exact(&big, decimals));
                prop_assert_eq!(round_half_away(&x, decimals).to_big(), round_half_away(&big, decimals).to_big());
            }
        }
    }

    #[test]
    fn long_decimals_stay_exact() {
        let x = parse_decimal("123456789012345678901234567890.123456789").unwrap();
        assert_eq!(
            format_exact(&x, 1),
            "123456789012345678901234567890.123456789"
        );
        assert!(matches!(x.0, Repr::Big(_)));
        let back = &(&x * &int(1000)) / &x;
        assert_eq!(back, int(1000));
        assert!(matches!(back.0, Repr::Small(1000, 1)));
    }
}
