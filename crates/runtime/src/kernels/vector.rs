//! The elementwise math and softmax rows over slices, compiled for several targets and
//! picked at run time (the `multiversion` crate: AVX-512, AVX2, SSE4.1 on x86-64, the
//! baseline elsewhere). The loops call the dialect's branch-free f32 functions
//! (`nn_dialect::scalar`), which LLVM vectorises for the target; without fused
//! multiply-adds every target computes the same bits, so constant folding (which calls
//! the scalar functions) and the kernels agree exactly.
use multiversion::multiversion;
use nn_dialect::scalar as s;

/// Applies one of the vectorised functions to a slice: `y[i] = f(x[i])`.
macro_rules! slice_map {
    ($(#[$doc:meta])* $name:ident, $f:path) => {
        $(#[$doc])*
        #[multiversion(targets(
            "x86_64+avx512f+avx512vl+avx512bw+avx512dq+avx2+fma",
            "x86_64+avx2+fma",
            "x86_64+sse4.1",
            "aarch64+neon"
        ))]
        pub(crate) fn $name(x: &[f32], y: &mut [f32]) {
            for (y, &x) in y.iter_mut().zip(x) {
                *y = $f(x);
            }
        }
    };
}

slice_map!(
    /// `e^x`.
    exp,
    s::exp
);
slice_map!(
    /// `ln x`.
    log,
    s::log
);
slice_map!(
    /// GELU, tanh approximation.
    gelu_tanh,
    s::gelu_tanh
);
slice_map!(
    /// `erf x`.
    erf,
    s::erf
);
slice_map!(
    /// GELU, erf form.
    gelu_erf,
    s::gelu_erf
);
slice_map!(
    /// `tanh x`.
    tanh,
    s::tanh
);
slice_map!(
    /// `1 / (1 + e^-x)`.
    sigmoid,
    s::sigmoid
);
slice_map!(
    /// `x * sigmoid(x)`.
    silu,
    s::silu
);
slice_map!(
    /// `1 / sqrt(x)`.
    rsqrt,
    s::rsqrt
);

/// Lanes of the partial maxima and sums: independent accumulators that the compiler
/// keeps in vector registers (a single running sum is a dependency chain it may not
/// reorder), combined in a fixed order so the result does not depend on the target.
const LANES: usize = 16;

/// Softmax of one contiguous row: `y = e^(x - max x) / sum`, the exponentials in f32
/// (`s::exp`), their sum in f64. NaN anywhere makes the row NaN, as does a row of
/// `-inf` only (`e^(-inf - -inf)`); masked `-inf` entries are exactly 0.
pub(crate) fn softmax_row(x: &[f32], y: &mut [f32]) {
    y.copy_from_slice(x);
    softmax_in_place(y);
}

/// [`softmax_row`] of `y`, in place.
#[multiversion(targets(
    "x86_64+avx512f+avx512vl+avx512bw+avx512dq+avx2+fma",
    "x86_64+avx2+fma",
    "x86_64+sse4.1",
    "aarch64+neon"
))]
pub(crate) fn softmax_in_place(y: &mut [f32]) {
    let mut maxima = [f32::NEG_INFINITY; LANES];
    let blocks = y.chunks_exact(LANES);
    let tail = blocks.remainder();
    for block in blocks {
        for (m, &v) in maxima.iter_mut().zip(block) {
            *m = m.max(v);
        }
    }
    let m = tail
        .iter()
        .chain(&maxima)
        .fold(f32::NEG_INFINITY, |m, &v| m.max(v));
    for y in y.iter_mut() {
        *y = s::exp(*y - m);
    }
    let mut sums = [0f64; LANES];
    let blocks = y.chunks_exact(LANES);
    let tail = blocks.remainder();
    for block in blocks {
        for (s, &v) in sums.iter_mut().zip(block) {
            *s += f64::from(v);
        }
    }
    let sum = sums.iter().sum::<f64>() + tail.iter().map(|&v| f64::from(v)).sum::<f64>();
    let inv = 1.0 / sum;
    for y in y.iter_mut() {
        *y = (f64::from(*y) * inv) as f32;
    }
}

/// Mean and biased variance of a slice in f64, two passes (the row is in cache for
/// the second), each over lanes of partial sums so that it vectorises.
#[multiversion(targets(
    "x86_64+avx512f+avx512vl+avx512bw+avx512dq+avx2+fma",
    "x86_64+avx2+fma",
    "x86_64+sse4.1",
    "aarch64+neon"
))]
pub(crate) fn moments(x: &[f32]) -> (f64, f64) {
    let n = x.len().max(1) as f64;
    let mean = lane_sum(x, |v| v) / n;
    let var = lane_sum(x, |v| (v - mean) * (v - mean)) / n;
    (mean, var)
}

/// The sum of `f(x[i])` in f64 over [`LANES`] partial sums, combined in a fixed order.
#[inline(always)]
fn lane_sum(x: &[f32], f: impl Fn(f64) -> f64) -> f64 {
    let mut sums = [0f64; LANES];
    let blocks = x.chunks_exact(LANES);
    let tail = blocks.remainder();
    for block in blocks {
        for (s, &v) in sums.iter_mut().zip(block) {
            *s += f(f64::from(v));
        }
    }
    sums.iter().sum::<f64>() + tail.iter().map(|&v| f(f64::from(v))).sum::<f64>()
}

/// One row of layer norm: `(x - mean) / sqrt(var + eps) * gamma + beta`, in f64 per
/// element and rounded once.
#[multiversion(targets(
    "x86_64+avx512f+avx512vl+avx512bw+avx512dq+avx2+fma",
    "x86_64+avx2+fma",
    "x86_64+sse4.1",
    "aarch64+neon"
))]
pub(crate) fn layer_norm_row(x: &[f32], gamma: &[f32], beta: &[f32], eps: f64, y: &mut [f32]) {
    let (mean, var) = moments(x);
    let inv = 1.0 / (var + eps).sqrt();
    for (((y, &x), &g), &b) in y.iter_mut().zip(x).zip(gamma).zip(beta) {
        *y = ((f64::from(x) - mean) * inv * f64::from(g) + f64::from(b)) as f32;
    }
}

/// One row of RMS norm: `x / sqrt(mean(x²) + eps) * gamma`.
#[multiversion(targets(
    "x86_64+avx512f+avx512vl+avx512bw+avx512dq+avx2+fma",
    "x86_64+avx2+fma",
    "x86_64+sse4.1",
    "aarch64+neon"
))]
pub(crate) fn rms_norm_row(x: &[f32], gamma: &[f32], eps: f64, y: &mut [f32]) {
    let square_sum = lane_sum(x, |v| v * v);
    let inv = 1.0 / (square_sum / x.len().max(1) as f64 + eps).sqrt();
    for ((y, &x), &g) in y.iter_mut().zip(x).zip(gamma) {
        *y = (f64::from(x) * inv * f64::from(g)) as f32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inputs across the range, with the special values.
    fn inputs() -> Vec<f32> {
        let mut v: Vec<f32> = (0..4099)
            .map(|i| f32::from_bits((i as u32).wrapping_mul(1_048_583)))
            .collect();
        v.extend([
            0.0,
            -0.0,
            1.0,
            -1.0,
            88.7,
            -103.0,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
        ]);
        v
    }

    /// The dispatched (vectorised) kernels give exactly the scalar functions' bits.
    #[test]
    fn slice_kernels_equal_the_scalar_functions_bit_for_bit() {
        let x = inputs();
        // (the slice kernel, the scalar function)
        type Case = (fn(&[f32], &mut [f32]), fn(f32) -> f32);
        let cases: [Case; 9] = [
            (exp, s::exp),
            (gelu_tanh, s::gelu_tanh),
            (erf, s::erf),
            (gelu_erf, s::gelu_erf),
            (tanh, s::tanh),
            (log, s::log),
            (sigmoid, s::sigmoid),
            (silu, s::silu),
            (rsqrt, s::rsqrt),
        ];
        for (kernel, scalar) in cases {
            let mut y = vec![0f32; x.len()];
            kernel(&x, &mut y);
            for (&x, &y) in x.iter().zip(&y) {
                let want = scalar(x);
                assert!(
                    y.to_bits() == want.to_bits() || (y.is_nan() && want.is_nan()),
                    "{x:e}: {y:e} vs {want:e}"
                );
            }
        }
    }

    /// The lane sums give the two-pass moments of a sequential f64 sum (to rounding).
    #[test]
    fn moments_and_norm_rows_match_a_sequential_reference() {
        let x: Vec<f32> = (0..1000)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.1 + 3.0)
            .collect();
        let n = x.len() as f64;
        let mean = x.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
        let var = x
            .iter()
            .map(|&v| (f64::from(v) - mean).powi(2))
            .sum::<f64>()
            / n;
        let (m, v) = moments(&x);
        assert!((m - mean).abs() <= 1e-12 * mean.abs() && (v - var).abs() <= 1e-12 * var);
        let gamma: Vec<f32> = (0..1000).map(|i| 1.0 + i as f32 * 1e-3).collect();
        let beta: Vec<f32> = (0..1000).map(|i| i as f32 * -1e-3).collect();
        let mut y = vec![0f32; 1000];
        layer_norm_row(&x, &gamma, &beta, 1e-5, &mut y);
        for i in 0..1000 {
            let want = (f64::from(x[i]) - mean) / (var + 1e-5).sqrt() * f64::from(gamma[i])
                + f64::from(beta[i]);
            assert!(
                (f64::from(y[i]) - want).abs() <= 1e-6 * want.abs().max(1e-3),
                "{i}"
            );
        }
        rms_norm_row(&x, &gamma, 1e-6, &mut y);
        let rms = (x.iter().map(|&v| f64::from(v).powi(2)).sum::<f64>() / n + 1e-6).sqrt();
        for i in 0..1000 {
            let want = f64::from(x[i]) / rms * f64::from(gamma[i]);
            assert!(
                (f64::from(y[i]) - want).abs() <= 1e-6 * want.abs().max(1e-3),
                "{i}"
            );
        }
    }

    #[test]
    fn softmax_rows_sum_to_one_and_keep_masked_zeros() {
        let x: Vec<f32> = (0..37)
            .map(|i| {
                if i % 5 == 0 {
                    f32::NEG_INFINITY
                } else {
                    (i as f32 * 0.37).sin() * 20.0
                }
            })
            .collect();
        let mut y = vec![0f32; x.len()];
        softmax_row(&x, &mut y);
        let total: f64 = y.iter().map(|&v| f64::from(v)).sum();
        assert!((total - 1.0).abs() < 1e-6, "{total}");
        let m = x.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
        let sum: f64 = x.iter().map(|&v| (f64::from(v) - f64::from(m)).exp()).sum();
        for (&x, &y) in x.iter().zip(&y) {
            if x == f32::NEG_INFINITY {
                assert_eq!(y, 0.0);
            } else {
                // f32's x - m carries up to half an ulp of |x - m|, which e^(x - m)
                // turns into that relative error; the rest is a few ulp.
                let want = (f64::from(x) - f64::from(m)).exp() / sum;
                let tolerance =
                    (f64::from(x - m).abs() * 2f64.powi(-24) + 4.0 * 2f64.powi(-24)) * want;
                assert!((f64::from(y) - want).abs() <= tolerance, "{y} vs {want}");
            }
        }
        let mut nan_row = x.clone();
        nan_row[3] = f32::NAN;
        softmax_row(&nan_row, &mut y);
        assert!(y.iter().all(|v| v.is_nan()));
    }
}
