//! Kernel throughput through the executor (plan once, run several times, median):
//! GFLOP/s for the GEMM-heavy ops, GB/s for the elementwise and row-wise ones, on all
//! of rayon's threads and on one. Run with
//! `cargo bench -p runtime --bench kernels` (add `-- quick` for smaller sizes).
use ir::Context;
use runtime::{ExecOptions, HostTensor};
use std::time::{Duration, Instant};

struct Case {
    name: &'static str,
    src: String,
    /// Work per run: flops for "GFLOP/s" cases, bytes moved for "GB/s" cases.
    work: f64,
    unit: &'static str,
}

fn t(shape: &[usize]) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    format!("tensor<{dims}f32>")
}

fn unary(op: &str, n: usize) -> Case {
    let ty = t(&[n]);
    Case {
        name: Box::leak(format!("{op} [{n}]").into_boxed_str()),
        src: format!("func.func @main(%x: {ty}) -> {ty} {{\n  %0 = \"{op}\"(%x) : ({ty}) -> {ty}\n  func.return %0 : {ty}\n}}"),
        work: (2 * 4 * n) as f64,
        unit: "GB/s",
    }
}

fn cases(quick: bool) -> Vec<Case> {
    let s = if quick { 4 } else { 1 };
    let (m, k, n) = (2048 / s, 1024 / s, 4096 / s);
    let e = (1 << 24) / (s * s);
    let mut v = vec![Case {
        name: "matmul [1,M,K]x[K,N] (spec example)",
        src: format!(
            "func.func @main(%x: {}, %w: {}) -> {} {{\n  %0 = \"nn.matmul\"(%x, %w) : ({}, {}) -> {}\n  func.return %0 : {}\n}}",
            t(&[1, m, k]),
            t(&[k, n]),
            t(&[1, m, n]),
            t(&[1, m, k]),
            t(&[k, n]),
            t(&[1, m, n]),
            t(&[1, m, n])
        ),
        work: 2.0 * (m * k * n) as f64,
        unit: "GFLOP/s",
    }];
    // Batched q·kᵀ as dot_general with the rhs read transposed: [B, L, D] x [B, L, D].
    let (b, l, d) = (16, 1024 / s, 64);
    v.push(Case {
        name: "dot_general q·kT [B,L,D]x[B,L,D]",
        src: format!(
            "func.func @main(%q: {q}, %k: {q}) -> {r} {{\n  %0 = \"nn.dot_general\"(%q, %k) {{lhs_batching_dimensions = array<i64: 0>, rhs_batching_dimensions = array<i64: 0>, lhs_contracting_dimensions = array<i64: 2>, rhs_contracting_dimensions = array<i64: 2>}} : ({q}, {q}) -> {r}\n  func.return %0 : {r}\n}}",
            q = t(&[b, l, d]),
            r = t(&[b, l, l])
        ),
        work: 2.0 * (b * l * l * d) as f64,
        unit: "GFLOP/s",
    });
    v.push(Case {
        name: "attention causal [B,L,D]",
        src: format!(
            "func.func @main(%q: {q}, %k: {q}, %v: {q}) -> {q} {{\n  %0 = \"nn.attention\"(%q, %k, %v) {{causal = true}} : ({q}, {q}, {q}) -> {q}\n  func.return %0 : {q}\n}}",
            q = t(&[b, l, d])
        ),
        // Both GEMMs over all keys (the kernel computes masked scores too).
        work: 4.0 * (b * l * l * d) as f64,
        unit: "GFLOP/s",
    });
    let ty = t(&[e]);
    v.push(Case {
        name: Box::leak(format!("add [{e}] + [{e}]").into_boxed_str()),
        src: format!("func.func @main(%a: {ty}, %b: {ty}) -> {ty} {{\n  %0 = \"nn.add\"(%a, %b) : ({ty}, {ty}) -> {ty}\n  func.return %0 : {ty}\n}}"),
        work: (3 * 4 * e) as f64,
        unit: "GB/s",
    });
    let (r, c) = (e / 1024, 1024);
    v.push(Case {
        name: Box::leak(format!("add broadcast [{r},{c}] + [{c}]").into_boxed_str()),
        src: format!(
            "func.func @main(%a: {x}, %b: {y}) -> {x} {{\n  %0 = \"nn.add\"(%a, %b) : ({x}, {y}) -> {x}\n  func.return %0 : {x}\n}}",
            x = t(&[r, c]),
            y = t(&[c])
        ),
        work: (2 * 4 * e) as f64,
        unit: "GB/s",
    });
    for op in [
        "nn.relu",
        "nn.gelu",
        "nn.exp",
        "nn.tanh",
        "nn.erf",
        "nn.log",
        "nn.sigmoid",
        "nn.silu",
        "nn.rsqrt",
    ] {
        v.push(unary(op, e));
    }
    v.push(Case {
        name: Box::leak(format!("layer_norm [{r},{c}]").into_boxed_str()),
        src: format!(
            "func.func @main(%a: {x}, %g: {y}, %b: {y}) -> {x} {{\n  %0 = \"nn.layer_norm\"(%a, %g, %b) {{axis = -1 : i64}} : ({x}, {y}, {y}) -> {x}\n  func.return %0 : {x}\n}}",
            x = t(&[r, c]),
            y = t(&[c])
        ),
        work: (2 * 4 * e) as f64,
        unit: "GB/s",
    });
    v.push(Case {
        name: Box::leak(format!("softmax [{r},{c}]").into_boxed_str()),
        src: format!(
            "func.func @main(%a: {x}) -> {x} {{\n  %0 = \"nn.softmax\"(%a) : ({x}) -> {x}\n  func.return %0 : {x}\n}}",
            x = t(&[r, c])
        ),
        work: (2 * 4 * e) as f64,
        unit: "GB/s",
    });
    v
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn bench(c: &Case, reps: usize) -> Duration {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let ctx = Context::new();
    let m = parse::parse_source(&c.src, "bench.mlir", &ctx).expect("parses");
    ir::verify::verify(&m, &ctx).expect("verifies");
    let f = runtime::entry_function(&m).expect("entry");
    let plan = runtime::plan(&m, f).expect("plans");
    let inputs: Vec<HostTensor> = runtime::io::random_inputs(&m, f, 1).expect("inputs");
    let opts = ExecOptions::default();
    // One warm-up run in a reused arena (its page faults, packing buffers).
    let mut arena = runtime::Arena::new(plan.arena_size).expect("arena");
    runtime::execute_in(&m, &plan, &inputs, &opts, &mut arena).expect("runs");
    let times = (0..reps)
        .map(|_| {
            let start = Instant::now();
            let exec = runtime::execute_in(&m, &plan, &inputs, &opts, &mut arena).expect("runs");
            let t = start.elapsed();
            assert_eq!(exec.measured.arena_peak, plan.arena_size);
            t
        })
        .collect();
    median(times)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `cargo test --benches` passes `--bench`-less flags; keep that run short.
    let quick = args.iter().any(|a| a == "quick" || a == "--test");
    let reps = if quick { 2 } else { 5 };
    let threads = rayon::current_num_threads();
    let single = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    println!(
        "runtime kernels ({} mode, median of {reps} runs; {threads} rayon threads vs 1)",
        if quick { "quick" } else { "full" }
    );
    println!(
        "{:<40} {:>12} {:>14} {:>14} {:>8}",
        "case", "time (all)", "rate (all)", "rate (1 thr)", "speedup"
    );
    for c in cases(quick) {
        let all = bench(&c, reps);
        let one = single.install(|| bench(&c, reps));
        let rate = |d: Duration| c.work / d.as_secs_f64() / 1e9;
        println!(
            "{:<40} {:>9.2} ms {:>7.1} {:<7}{:>7.1} {:<7}{:>7.2}x",
            c.name,
            all.as_secs_f64() * 1e3,
            rate(all),
            c.unit,
            rate(one),
            c.unit,
            one.as_secs_f64() / all.as_secs_f64()
        );
    }
}
