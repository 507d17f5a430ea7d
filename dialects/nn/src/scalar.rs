//! The scalar semantics of the elementwise `nn` ops on f32: one definition used by
//! the reference runtime's kernels and by constant folding, so a folded constant is
//! exactly what the runtime would have computed. Where f32 arithmetic would lose
//! accuracy (sigmoid, silu, rsqrt, erf, the tanh GELU) the value is computed in f64
//! and rounded once. NaN propagates everywhere (`relu(NaN)` is NaN, as in PyTorch).

pub fn neg(x: f32) -> f32 {
    -x
}
pub fn abs(x: f32) -> f32 {
    x.abs()
}
pub fn exp(x: f32) -> f32 {
    x.exp()
}
pub fn log(x: f32) -> f32 {
    x.ln()
}
pub fn sqrt(x: f32) -> f32 {
    x.sqrt()
}
pub fn tanh(x: f32) -> f32 {
    x.tanh()
}
pub fn rsqrt(x: f32) -> f32 {
    (1.0 / f64::from(x).sqrt()) as f32
}
pub fn sigmoid(x: f32) -> f32 {
    (1.0 / (1.0 + (-f64::from(x)).exp())) as f32
}
/// `max(x, 0)`, keeping NaN (`f32::max` would turn it into 0).
pub fn relu(x: f32) -> f32 {
    if x < 0.0 {
        0.0
    } else {
        x
    }
}
pub fn silu(x: f32) -> f32 {
    let v = f64::from(x);
    (v / (1.0 + (-v).exp())) as f32
}
pub fn erf(x: f32) -> f32 {
    libm::erf(f64::from(x)) as f32
}
/// GELU, erf form: `0.5 x (1 + erf(x/√2)) = 0.5 x erfc(-x/√2)`; erfc keeps full
/// relative accuracy where `1 + erf` would cancel (large negative x).
pub fn gelu_erf(x: f32) -> f32 {
    0.5 * x * libm::erfcf(-x * std::f32::consts::FRAC_1_SQRT_2)
}
/// GELU, tanh approximation, through f64.
pub fn gelu_tanh(x: f32) -> f32 {
    let x = f64::from(x);
    let c = (2.0 / std::f64::consts::PI).sqrt();
    (0.5 * x * (1.0 + (c * (x + 0.044715 * x * x * x)).tanh())) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

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
