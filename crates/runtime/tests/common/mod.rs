//! Shared test helpers: parse and verify MLIR, run it with plan == measured asserted
//! at every step, compare against f64 references, index arithmetic.
#![allow(dead_code)]
use ir::{Context, Module};
use runtime::{HostTensor, Plan};

pub fn parse(src: &str) -> Module {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let ctx = Context::new();
    let m = parse::parse_source(src, "test.mlir", &ctx).unwrap_or_else(|e| panic!("{e}\n{src}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}\n{src}"));
    m
}

/// Asserts that what the executor measured equals the plan, step by step.
pub fn assert_measured_equals_plan(plan: &Plan, exec: &runtime::Execution) {
    plan.validate().expect("plan is valid");
    let m = &exec.measured;
    assert_eq!(
        m.live_during,
        plan.steps.iter().map(|s| s.live_during).collect::<Vec<_>>(),
        "live bytes during each step"
    );
    assert_eq!(
        m.live_after,
        plan.steps.iter().map(|s| s.live_after).collect::<Vec<_>>(),
        "live bytes after each step"
    );
    assert_eq!(
        m.arena_during,
        plan.steps
            .iter()
            .map(|s| s.arena_during)
            .collect::<Vec<_>>(),
        "arena use during each step"
    );
    assert_eq!(m.live_peak, plan.live_peak, "live peak");
    assert_eq!(
        m.arena_peak, plan.arena_size,
        "measured arena peak equals the planned peak"
    );
    assert!(plan.arena_size >= plan.live_peak);
}

/// Runs the entry function on inputs; asserts plan == measured; returns the outputs.
pub fn run(m: &Module, inputs: &[HostTensor]) -> Vec<HostTensor> {
    let (plan, exec) = try_run(m, inputs).unwrap_or_else(|e| panic!("run failed: {e}"));
    let _ = plan;
    exec.outputs
}

pub fn try_run(
    m: &Module,
    inputs: &[HostTensor],
) -> Result<(Plan, runtime::Execution), runtime::Error> {
    let f = runtime::entry_function(m).expect("entry");
    let (plan, exec) = runtime::run(m, f, inputs)?;
    assert_measured_equals_plan(&plan, &exec);
    Ok((plan, exec))
}

pub fn run_src(src: &str, inputs: &[HostTensor]) -> Vec<HostTensor> {
    run(&parse(src), inputs)
}

/// Deterministic values in [-1, 1) (scaled).
pub fn values(n: usize, seed: u64, scale: f32) -> Vec<f32> {
    let mut r = runtime::io::Rng::new(seed);
    (0..n).map(|_| r.next_f32() * scale).collect()
}

pub fn tensor(shape: &[usize], seed: u64) -> HostTensor {
    HostTensor::f32(shape, values(shape.iter().product(), seed, 1.0))
}

pub fn f64s(t: &HostTensor) -> Vec<f64> {
    t.data.to_f64()
}

/// Elementwise check at 1e-5 relative: |got - want| <= 1e-5 * max(|want|, 1e-2 * max|want|)
/// (the floor only matters for elements that cancel to far below the tensor's scale).
pub fn assert_close(got: &HostTensor, want: &[f64], shape: &[usize]) {
    assert_eq!(got.shape, shape, "shape");
    let g = got.data.to_f64();
    assert_eq!(g.len(), want.len());
    let scale = want.iter().fold(0f64, |m, w| m.max(w.abs()));
    for (i, (&g, &w)) in g.iter().zip(want).enumerate() {
        if w.is_nan() {
            assert!(g.is_nan(), "element {i}: got {g}, want NaN");
            continue;
        }
        if w.is_infinite() {
            assert_eq!(g, w, "element {i}");
            continue;
        }
        let tol = 1e-5 * w.abs().max(1e-2 * scale);
        assert!(
            (g - w).abs() <= tol,
            "element {i}: got {g}, want {w} (diff {}, tol {tol})",
            (g - w).abs()
        );
    }
}

pub fn assert_exact(got: &HostTensor, want: &[f64], shape: &[usize]) {
    assert_eq!(got.shape, shape, "shape");
    assert_eq!(got.data.to_f64(), want);
}

pub fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

pub fn unravel(mut i: usize, shape: &[usize]) -> Vec<usize> {
    let mut idx = vec![0; shape.len()];
    for d in (0..shape.len()).rev() {
        idx[d] = i % shape[d];
        i /= shape[d];
    }
    idx
}

pub fn ravel(idx: &[usize], shape: &[usize]) -> usize {
    idx.iter().zip(strides(shape)).map(|(i, s)| i * s).sum()
}

/// numpy broadcasting of an index into an operand of `shape`.
pub fn bcast_index(out_idx: &[usize], shape: &[usize]) -> usize {
    let lead = out_idx.len() - shape.len();
    let idx: Vec<usize> = shape
        .iter()
        .enumerate()
        .map(|(d, &s)| if s == 1 { 0 } else { out_idx[lead + d] })
        .collect();
    ravel(&idx, shape)
}

/// `tensor<2x3xf32>`
pub fn ty(shape: &[usize], el: &str) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    format!("tensor<{dims}{el}>")
}

/// A one-op function: `%r = "OP"(%args) {ATTRS} : (types) -> result`.
pub fn one_op(
    op: &str,
    attrs: &str,
    args: &[(Vec<usize>, &str)],
    result: (Vec<usize>, &str),
) -> String {
    let params: Vec<String> = args
        .iter()
        .enumerate()
        .map(|(i, (s, e))| format!("%a{i}: {}", ty(s, e)))
        .collect();
    let names: Vec<String> = (0..args.len()).map(|i| format!("%a{i}")).collect();
    let types: Vec<String> = args.iter().map(|(s, e)| ty(s, e)).collect();
    let rt = ty(&result.0, result.1);
    let attrs = if attrs.is_empty() {
        String::new()
    } else {
        format!(" {{{attrs}}}")
    };
    format!(
        "func.func @main({}) -> {rt} {{\n  %r = \"{op}\"({}){attrs} : ({}) -> {rt}\n  func.return %r : {rt}\n}}\n",
        params.join(", "),
        names.join(", "),
        types.join(", ")
    )
}
