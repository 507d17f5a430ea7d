//! The scalar semantics of the elementwise `nn` ops on f32: one definition used by
//! the reference runtime's kernels and by constant folding, so a folded constant is
//! exactly what the runtime would have computed. NaN propagates everywhere
//! (`relu(NaN)` is NaN, as in PyTorch).
//!
//! `exp`, `log`, `tanh`, `erf`, `sigmoid`, `silu`, `rsqrt` and both GELUs are written
//! in f32 arithmetic (the tanh GELU's argument in f64) without branches, calls or
//! table lookups, so that the runtime's slice kernels (compiled for AVX2 and AVX-512
//! as well as the baseline, `runtime::kernels::vector`) vectorise them; they use no
//! fused multiply-add, so every target computes the same bits. Their error against the exact value, over a sweep of
//! the whole f32 range (tests below, f64 references), is at most 1.2 ulp for `exp`, 0.9
//! for `log`, 2.4 for `tanh`, 2.8 for `erf`, 2.2 for `sigmoid`, 2.7 for `silu`, 1.5 for
//! `rsqrt`, 4.8 for the erf GELU and 3.2 for the tanh GELU.
//!
//! - `exp`: Cody-Waite reduction `x = n ln2 + r`, `|r| <= ln2/2`, and `e^r` by its Taylor
//!   series to `r^7`.
//! - `log`: `x = 2^e m`, `m` in `[sqrt(1/2), sqrt(2))`, and `ln m = 2 atanh(s)`,
//!   `s = (m-1)/(m+1)`, by its series to `s^9`, arranged around the exact `m - 1`.
//! - `tanh`: `t / (t + 2)` with `t = e^(2|x|) - 1` from the same reduction.
//! - The erf GELU: the normal tail from `e^(-a²/2)` and the Mills ratio
//!   (`normal_tail_scaled`), which `erf` uses too above `|x| = 1/2` (its Taylor series
//!   below).
//! - The tanh GELU: `x sigmoid(2u)`, `2u` in f64 and `e^(-|2u|)` from its f32 head
//!   and tail.

pub fn neg(x: f32) -> f32 {
    -x
}
pub fn abs(x: f32) -> f32 {
    x.abs()
}
/// `1.5 * 2^23`: adding and subtracting it rounds an f32 of magnitude below `2^22`
/// to the nearest integer (ties to even) with two plain additions.
const ROUND: f32 = 12_582_912.0;
/// `ln 2 = LN2_HI + LN2_LO`, `LN2_HI = 355/512` exactly, so `n * LN2_HI` is exact
/// for the `|n| <= 150` that `exp` meets.
const LN2_HI: f32 = 0.693_359_4;
const LN2_LO: f32 = -2.121_944_4e-4;

/// `2^n` for `-126 <= n <= 127`, built from its exponent bits (wrapping: a NaN
/// input's garbage `n` must not panic; its result is NaN anyway).
#[inline(always)]
fn pow2(n: i32) -> f32 {
    f32::from_bits((n.wrapping_add(127) as u32) << 23)
}

#[inline(always)]
pub fn exp(x: f32) -> f32 {
    exp_times_pow2(x, 0)
}

/// `e^x * 2^k` for `0 <= k <= 24`, rounded once: with `k > 0`, values of `e^x` below
/// the normal range keep their precision (silu multiplies them by x first).
#[inline(always)]
fn exp_times_pow2(x: f32, k: i32) -> f32 {
    // Beyond these e^x is 0 (below half the least denormal) or infinity; the clamp
    // keeps NaN, which flows through to the result.
    // (Not `clamp`, whose check of its bounds is a branch out of a vectorised loop
    // when they are not constants.)
    let lowest = -104.0 - 17.0 * (k as f32 / 24.0);
    let x = if x < lowest { lowest } else { x };
    let x = if x > 89.0 { 89.0 } else { x };
    let shifted = x * std::f32::consts::LOG2_E + ROUND;
    let n = shifted - ROUND;
    let r = (x - n * LN2_HI) - n * LN2_LO;
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (1.0 / 6.0
                    + r * (1.0 / 24.0
                        + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0)))))));
    // 2^n in two factors, so that n from -150 (denormal results) to 128 (overflow to
    // infinity) needs no special case.
    // The integer n is in the low mantissa bits of `shifted` (an `as i32` cast would
    // saturate, which does not vectorise).
    let n = (shifted.to_bits() as i32)
        .wrapping_sub(ROUND.to_bits() as i32)
        .wrapping_add(k);
    let half = n >> 1;
    p * pow2(half) * pow2(n.wrapping_sub(half))
}

#[inline(always)]
pub fn log(x: f32) -> f32 {
    // Denormals are scaled into the normal range first.
    let tiny = x < f32::MIN_POSITIVE;
    let scaled = if tiny { x * 8_388_608.0 } else { x };
    let bits = scaled.to_bits();
    let mut e = ((bits >> 23) & 0xff) as i32 - 127 - if tiny { 23 } else { 0 };
    let mut m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    let big = m > std::f32::consts::SQRT_2;
    m = if big { m * 0.5 } else { m };
    e += i32::from(big);
    // ln(1 + f) = 2 atanh(s) with s = f / (2 + f); since 2s = f - s f, this is
    // f - s (f - r), r = 2s²/3 + 2s⁴/5 + ...: f is exact and the correction is at most
    // a sixth of it, so its rounding errors barely reach the result (near x = 1 too).
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let r = s2 * (2.0 / 3.0 + s2 * (2.0 / 5.0 + s2 * (2.0 / 7.0 + s2 * (2.0 / 9.0))));
    let ln_m = f - s * (f - r);
    let e = e as f32;
    let y = e * LN2_HI + (ln_m + e * LN2_LO);
    if x.is_nan() || x < 0.0 {
        f32::NAN
    } else if x == 0.0 {
        f32::NEG_INFINITY
    } else if x == f32::INFINITY {
        f32::INFINITY
    } else {
        y
    }
}
pub fn sqrt(x: f32) -> f32 {
    x.sqrt()
}
/// `tanh x = t / (t + 2)` with `t = e^(2|x|) - 1` (`expm1`, accurate near 0), the sign
/// copied back; `|x|` beyond 9 gives 1 (`tanh 9 = 1 - 3e-8` rounds to 1).
#[inline(always)]
pub fn tanh(x: f32) -> f32 {
    // Not `min`, which would turn NaN into 9.
    let a = x.abs();
    let a = if a > 9.0 { 9.0 } else { a };
    let t = expm1_nonnegative(2.0 * a);
    (t / (t + 2.0)).copysign(x)
}

/// `e^x - 1` for `0 <= x <= 18`: `x = n ln2 + r` as in [`exp`], `e^r - 1 = q` by the
/// Taylor series without its leading 1 (so `x` near 0 keeps its relative accuracy),
/// and `e^x - 1 = 2^n q + (2^n - 1)`.
#[inline(always)]
fn expm1_nonnegative(x: f32) -> f32 {
    let shifted = x * std::f32::consts::LOG2_E + ROUND;
    let n = shifted - ROUND;
    let r = (x - n * LN2_HI) - n * LN2_LO;
    let q = r + r
        * r
        * (0.5
            + r * (1.0 / 6.0
                + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0))))));
    let n = (shifted.to_bits() as i32).wrapping_sub(ROUND.to_bits() as i32);
    let scale = pow2(n);
    scale * q + (scale - 1.0)
}
#[inline(always)]
pub fn rsqrt(x: f32) -> f32 {
    1.0 / x.sqrt()
}
/// `1 / (1 + e^-x)`, as `t / (1 + t)` with `t = e^x` for negative x so that tiny
/// results keep their relative accuracy.
#[inline(always)]
pub fn sigmoid(x: f32) -> f32 {
    let t = exp(-x.abs());
    let numerator = if x < 0.0 { t } else { 1.0 };
    numerator / (1.0 + t)
}
/// `max(x, 0)`, keeping NaN (`f32::max` would turn it into 0).
pub fn relu(x: f32) -> f32 {
    if x < 0.0 {
        0.0
    } else {
        x
    }
}
/// `x / (1 + e^-x)`. Below x = -64, `x e^x` is computed scaled by `2^24` and scaled
/// back at the end, so results in the denormal range are rounded once (`x * sigmoid(x)`
/// would multiply a denormal `e^x` that has already lost its low bits).
#[inline(always)]
pub fn silu(x: f32) -> f32 {
    let far = x < -64.0;
    let k = if far { 24 } else { 0 };
    let t = exp_times_pow2(-x.abs(), k);
    // With `far`, e^x < 2^-92: 1 + e^x is 1.
    let denominator = if far { 1.0 } else { 1.0 + t };
    let numerator = if x < 0.0 { x * t } else { x };
    let unscale = if far { 1.0 / 16_777_216.0 } else { 1.0 };
    numerator / denominator * unscale
}
/// `erf x`, odd: below `|x| = 1/2` its Taylor series
/// `2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1))` to `x^13`, above `1 - 2 Q(|x| √2)` with the
/// normal tail of the GELU (`normal_tail_scaled`).
#[inline(always)]
pub fn erf(x: f32) -> f32 {
    let z = x.abs();
    let w = z * z;
    let series = z
        * std::f32::consts::FRAC_2_SQRT_PI
        * (1.0
            - w * (1.0 / 3.0
                - w * (1.0 / 10.0
                    - w * (1.0 / 42.0
                        - w * (1.0 / 216.0 - w * (1.0 / 1320.0 - w * (1.0 / 9360.0)))))));
    let (q, unscale) = normal_tail_scaled(z * std::f32::consts::SQRT_2);
    let tail = 1.0 - 2.0 * (q * unscale);
    let e = if z < 0.5 { series } else { tail };
    e.copysign(x)
}
// The polynomials of `normal_tail`, fitted by `scripts/fit-normal-tail.py` (which
// prints them and their error).
// max relative error: 7.44e-09 (double), 1.52e-07 (f32 Horner)
/// The Mills ratio `M(a)` for `0 <= a < 2`, in powers of `a - 1`.
const NEAR: [f32; 11] = [
    6.556795e-1,
    -3.443205e-1,
    1.5567946e-1,
    -6.2879376e-2,
    2.3200301e-2,
    -7.941448e-3,
    2.5432145e-3,
    -7.5793476e-4,
    2.2105135e-4,
    -7.318677e-5,
    1.810378e-5,
];
// max relative error: 4.38e-09 (double), 7.91e-08 (f32 Horner)
/// `a M(a)` for `2 <= a <= 20`, in powers of `1/a - 1/4`.
const FAR: [f32; 11] = [
    9.4660956e-1,
    -3.6944807e-1,
    -3.6782345e-1,
    9.375877e-1,
    -7.8602076e-1,
    -6.5347993e-1,
    3.3901486e+0,
    -5.751856e+0,
    1.3895221e+0,
    1.844327e+1,
    -3.0943588e+1,
];

/// `p(t)` by Horner's rule, coefficients from the constant term up.
#[inline(always)]
fn horner(t: f32, c: &[f32; 11]) -> f32 {
    let mut acc = c[10];
    for &ci in c[..10].iter().rev() {
        acc = acc * t + ci;
    }
    acc
}

/// The normal distribution's upper tail `Q(a) = P(Z > a) = erfc(a/√2) / 2` for
/// `a >= 0`, times `2^k` (`k = 24` from `a > 12`, where `Q` nears the denormal range:
/// the caller scales back after its last multiplication, which rounds once), with
/// its relative accuracy in the far tail: `Q = e^(-a²/2) M(a) / √(2π)`, `M` the
/// Mills ratio (a smooth function, fitted on two intervals), and `a²` split exactly:
/// `a = hi + lo` with `hi` of 12 significant bits, so `hi²` is exact and
/// `e^(-a²/2) = e^(-hi²/2) e^(-lo (a + hi)/2)`. Returns `(Q 2^k, 2^-k)`.
#[inline(always)]
fn normal_tail_scaled(a: f32) -> (f32, f32) {
    // Q(20) is far below the least f32; not `min`, which would turn NaN into 20.
    let a = if a > 20.0 { 20.0 } else { a };
    let far_tail = a > 12.0;
    let k = if far_tail { 24 } else { 0 };
    let unscale = if far_tail { 1.0 / 16_777_216.0 } else { 1.0 };
    let hi = f32::from_bits(a.to_bits() & 0xffff_f000);
    let lo = a - hi;
    let gauss = exp_times_pow2(-0.5 * (hi * hi), k) * exp(-0.5 * (lo * (a + hi)));
    let near = horner(a - 1.0, &NEAR);
    let far = horner(1.0 / a - 0.25, &FAR) / a;
    let mills = if a < 2.0 { near } else { far };
    let q =
        gauss * mills * (0.5 * std::f32::consts::FRAC_2_SQRT_PI * std::f32::consts::FRAC_1_SQRT_2);
    (q, unscale)
}

/// GELU, erf form: `x Φ(x) = 0.5 x erfc(-x/√2)`: `x (1 - Q(x))` for `x >= 0` and
/// `x Q(-x)` below, so tiny results for large negative x keep their relative accuracy
/// (where `1 + erf` would cancel). Branch-free f32, vectorised with the others.
#[inline(always)]
pub fn gelu_erf(x: f32) -> f32 {
    let (q, unscale) = normal_tail_scaled(x.abs());
    // Selects of values, not branches of expressions, so that the loop vectorises;
    // below zero the scaled `x q` is rounded once, on the last multiplication.
    let negative = x < 0.0;
    let phi = if negative { q } else { 1.0 - q * unscale };
    let scale = if negative { unscale } else { 1.0 };
    x * phi * scale
}
/// GELU, tanh approximation: `0.5 x (1 + tanh u) = x sigmoid(2u)`,
/// `u = sqrt(2/pi) (x + 0.044715 x³)`. `2u` is computed in f64 and `e^(-|2u|)` as
/// `e^hi (1 + lo)` from its f32 head and tail, so the far tail keeps the accuracy an
/// f32 `u` would lose (its rounding, times `|2u|`); below `2u = -64` the exponential is
/// scaled by `2^24` and scaled back after the last multiplication, as in `silu`.
#[inline(always)]
pub fn gelu_tanh(x: f32) -> f32 {
    let v = f64::from(x);
    let c = 0.797_884_560_802_865_4; // sqrt(2/pi)
    let y = 2.0 * c * (v + 0.044715 * v * v * v);
    // e^-200 is 0 in f32; the bound keeps the head and tail finite (NaN stays).
    let a = -y.abs();
    let a = if a < -200.0 { -200.0 } else { a };
    let hi = a as f32;
    let lo = (a - f64::from(hi)) as f32;
    let far = y < -64.0;
    let k = if far { 24 } else { 0 };
    let unscale = if far { 1.0 / 16_777_216.0 } else { 1.0 };
    let e = exp_times_pow2(hi, k) * (1.0 + lo);
    // sigmoid(y): 1 / (1 + e) above zero, e / (1 + e) below (e scaled when `far`,
    // where 1 + e is 1).
    let negative = y < 0.0;
    let denominator = if far { 1.0 } else { 1.0 + e };
    let numerator = if negative { e } else { 1.0 };
    let scale = if negative { unscale } else { 1.0 };
    x * numerator / denominator * scale
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distance in units in the last place between `got` and the correctly rounded
    /// `want` (both finite or equal).
    fn ulps(got: f32, want: f64) -> f64 {
        let w = want as f32;
        if got == w || (got.is_nan() && want.is_nan()) {
            return 0.0;
        }
        if !got.is_finite() || !w.is_finite() {
            return f64::INFINITY;
        }
        // One ulp at the reference's magnitude (the least denormal below 2^-126).
        let exponent = (w.abs().max(f32::MIN_POSITIVE).to_bits() >> 23) as i32 - 127;
        let ulp = 2f64.powi(exponent - 23);
        (f64::from(got) - want).abs() / ulp
    }

    /// Every `step`-th f32 bit pattern (both signs), plus the boundaries.
    fn sweep(step: u32) -> impl Iterator<Item = f32> {
        (0..=u32::MAX / step)
            .map(move |i| f32::from_bits(i * step))
            .chain([
                0.0,
                -0.0,
                f32::MIN_POSITIVE,
                1e-45,
                -1e-45,
                88.72,
                88.73,
                -87.33,
                -103.9,
                -104.0,
                1.0,
                f32::MAX,
                f32::MIN,
                f32::INFINITY,
                f32::NEG_INFINITY,
            ])
    }

    /// The worst error over the sweep, and where.
    fn worst(f: fn(f32) -> f32, reference: fn(f64) -> f64) -> (f64, f32) {
        let mut worst = (0.0, 0.0);
        for x in sweep(997).filter(|x| !x.is_nan()) {
            let e = ulps(f(x), reference(f64::from(x)));
            if e > worst.0 {
                worst = (e, x);
            }
        }
        worst
    }

    #[test]
    fn exp_log_sigmoid_silu_rsqrt_are_within_a_few_ulp_everywhere() {
        // (name, function, f64 reference, bound in ulp); measured: exp 1.18, erf 2.76,
        // gelu 4.76,
        // tanh 2.33, log 0.84,
        // sigmoid 2.18 (`e^-|x|` and a division), silu 2.64, rsqrt 1.47.
        type Case = (&'static str, fn(f32) -> f32, fn(f64) -> f64, f64);
        let cases: [Case; 9] = [
            ("exp", exp, f64::exp, 1.5),
            // x sigmoid(2u) in f64 (`1 + tanh u` would cancel in the far tail even in f64).
            (
                "gelu (tanh)",
                gelu_tanh,
                |x| {
                    let c = (2.0 / std::f64::consts::PI).sqrt();
                    x / (1.0 + (-2.0 * c * (x + 0.044715 * x * x * x)).exp())
                },
                5.0,
            ),
            ("erf", erf, libm::erf, 4.0),
            (
                "gelu (erf)",
                gelu_erf,
                |x| 0.5 * x * libm::erfc(-x * std::f64::consts::FRAC_1_SQRT_2),
                5.0,
            ),
            ("tanh", tanh, f64::tanh, 2.5),
            ("log", log, f64::ln, 1.0),
            ("sigmoid", sigmoid, |x| 1.0 / (1.0 + (-x).exp()), 2.5),
            ("silu", silu, |x| x / (1.0 + (-x).exp()), 3.0),
            ("rsqrt", rsqrt, |x| 1.0 / x.sqrt(), 1.5),
        ];
        for (name, f, reference, bound) in cases {
            let (e, at) = worst(f, reference);
            eprintln!("{name}: at most {e:.2} ulp (at {at:e})");
            assert!(e <= bound, "{name}: {e} ulp at {at:e}");
        }
    }

    #[test]
    fn special_values_are_kept() {
        assert_eq!(exp(f32::NEG_INFINITY), 0.0);
        assert_eq!(exp(f32::INFINITY), f32::INFINITY);
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(89.0), f32::INFINITY);
        assert_eq!(exp(-200.0), 0.0);
        assert!(exp(-100.0) > 0.0, "denormal results are kept");
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(0.0), f32::NEG_INFINITY);
        assert_eq!(log(-0.0), f32::NEG_INFINITY);
        assert!(log(-1.0).is_nan());
        assert_eq!(log(f32::INFINITY), f32::INFINITY);
        assert_eq!(sigmoid(f32::INFINITY), 1.0);
        assert_eq!(sigmoid(f32::NEG_INFINITY), 0.0);
        // -inf * sigmoid(-inf) = -inf * 0, as PyTorch computes it.
        assert!(silu(f32::NEG_INFINITY).is_nan());
        assert_eq!(rsqrt(0.0), f32::INFINITY);
        assert!(rsqrt(-1.0).is_nan());
    }

    #[test]
    fn nan_propagates_and_values_are_the_usual_ones() {
        for f in [
            neg, abs, exp, log, sqrt, tanh, rsqrt, sigmoid, relu, silu, erf, gelu_erf, gelu_tanh,
        ] {
            assert!(f(f32::NAN).is_nan());
        }
        assert_eq!(relu(-2.0), 0.0);
        assert_eq!(sigmoid(0.0), 0.5);
        assert_eq!(rsqrt(4.0), 0.5);
        assert!((erf(1.0) - 0.842_700_8).abs() < 1e-6);
        assert!((gelu_erf(1.0) - 0.841_344_7).abs() < 1e-6);
        assert!((gelu_tanh(1.0) - 0.841_192).abs() < 1e-5);
    }
}
