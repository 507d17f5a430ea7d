//! `--emit=ptx` and the host plan (version 2, `docs/host-plan.md`) on every example
//! model, chunked programs from autochunk and the lit test's chunked MLP:
//! - the plan is JSON version 2, its arena is the reference runtime's planned arena;
//! - every kernel it lists is an `.entry` of the PTX and is launched;
//! - every view (launch arguments, GEMM operands, outputs) stays inside its base for
//!   every iteration of the chunk loops around it;
//! - GEMM steps have m/n/k matching their views, in a layout a BLAS call takes;
//! - launches use thread blocks (32 x 8 tiles), within CUDA's limits.
mod common;
use common::{assemble, autochunk, eval, int, modules_in, parse, root};
use ir::{Context, Module};
use serde_json::Value;
use std::collections::HashMap;

fn elem_bytes(dtype: &str) -> i64 {
    match dtype {
        "f32" | "i32" => 4,
        "f64" | "i64" => 8,
        "f16" | "bf16" => 2,
        "i1" | "i8" => 1,
        d => panic!("dtype {d}"),
    }
}

/// What a plan holds, counted.
#[derive(Default, Debug)]
struct Counts {
    launches: usize,
    gemms: usize,
    copies: usize,
    loops: usize,
    /// Views checked, over all iterations.
    views: usize,
    max_threads: i64,
    /// A view whose offset depends on a loop variable.
    loop_dependent_view: bool,
    /// Every launch's kernel, grid and block, in order (over all loop iterations).
    shapes: Vec<(String, Vec<i64>, Vec<i64>)>,
    /// Kernels (`.entry`s of the PTX).
    kernels: usize,
}

struct Checker<'a> {
    plan: &'a Value,
    what: String,
    counts: Counts,
}

impl Checker<'_> {
    fn base_bytes(&self, base: &Value) -> i64 {
        match base {
            Value::String(s) if s == "arena" => int(&self.plan["arena_bytes"]),
            Value::String(s) if s == "scratch" => int(&self.plan["scratch_bytes"]),
            Value::Object(o) if o.contains_key("input") => {
                int(&self.plan["inputs"][int(&o["input"]) as usize]["bytes"])
            }
            Value::Object(o) if o.contains_key("constant") => {
                let c = &self.plan["constants"][int(&o["constant"]) as usize];
                c["hex"].as_str().unwrap().len() as i64 / 2
            }
            b => panic!("{}: base {b}", self.what),
        }
    }

    /// Every element the view addresses lies inside its base.
    fn view(&mut self, v: &Value, vars: &HashMap<i64, i64>) {
        let es = elem_bytes(v["dtype"].as_str().unwrap());
        let byte_offset = eval(&v["byte_offset"], vars);
        assert_eq!(byte_offset % es, 0, "{}: misaligned view {v}", self.what);
        let offset = eval(&v["offset"], vars);
        let shape: Vec<i64> = v["shape"].as_array().unwrap().iter().map(int).collect();
        let strides: Vec<i64> = v["strides"].as_array().unwrap().iter().map(int).collect();
        assert_eq!(shape.len(), strides.len(), "{}: {v}", self.what);
        let (mut lo, mut hi) = (offset, offset);
        if shape.iter().all(|&s| s > 0) {
            for (s, st) in shape.iter().zip(&strides) {
                let span = (s - 1) * st;
                if span < 0 {
                    lo += span;
                } else {
                    hi += span;
                }
            }
        }
        let size = self.base_bytes(&v["base"]);
        let (first, end) = (byte_offset + lo * es, byte_offset + (hi + 1) * es);
        assert!(
            first >= 0 && end <= size,
            "{}: view {v} addresses bytes [{first}, {end}) of a base of {size} at {vars:?}",
            self.what
        );
        for e in [&v["byte_offset"], &v["offset"]] {
            self.counts.loop_dependent_view |= e.is_object();
        }
        self.counts.views += 1;
    }

    /// A BLAS matrix `rows x cols` of a GEMM operand: rank 2 or batch-first rank 3,
    /// the sizes the step says, row- or column-major.
    fn matrix(&self, v: &Value, batch: i64, rows: i64, cols: i64) {
        let shape: Vec<i64> = v["shape"].as_array().unwrap().iter().map(int).collect();
        let strides: Vec<i64> = v["strides"].as_array().unwrap().iter().map(int).collect();
        let want = if batch == 1 {
            vec![rows, cols]
        } else {
            vec![batch, rows, cols]
        };
        assert_eq!(shape, want, "{}: GEMM operand {v}", self.what);
        let (rs, cs) = (strides[strides.len() - 2], strides[strides.len() - 1]);
        let row_major = cs == 1 && rs >= cols;
        let col_major = rs == 1 && cs >= rows;
        assert!(
            row_major || col_major,
            "{}: GEMM operand is neither row- nor column-major: {v}",
            self.what
        );
        assert_eq!(v["dtype"], "f32", "{}", self.what);
    }

    /// Runs the steps from `i` with loop variables `vars` until the matching
    /// `end_loop` (or the end); returns the index after it.
    fn steps(&mut self, steps: &[Value], mut i: usize, vars: &mut HashMap<i64, i64>) -> usize {
        while i < steps.len() {
            let s = &steps[i];
            match s["op"].as_str().unwrap() {
                "loop" => {
                    let (var, extent, step) = (int(&s["var"]), int(&s["extent"]), int(&s["step"]));
                    assert!(
                        !vars.contains_key(&var),
                        "{}: nested loops share var {var}",
                        self.what
                    );
                    assert!(0 < step && step <= extent, "{}: {s}", self.what);
                    self.counts.loops += 1;
                    let mut end = i + 1;
                    for k in 0..(extent + step - 1) / step {
                        vars.insert(var, (k * step).min(extent - step));
                        end = self.steps(steps, i + 1, vars);
                    }
                    vars.remove(&var);
                    i = end;
                    continue;
                }
                "end_loop" => {
                    assert!(vars.contains_key(&int(&s["var"])), "{}: {s}", self.what);
                    return i + 1;
                }
                "launch" => {
                    self.counts.launches += 1;
                    let kernel = s["kernel"].as_str().unwrap();
                    let listed = self.plan["kernels"].as_array().unwrap();
                    assert!(
                        listed.iter().any(|k| k == kernel),
                        "{}: {kernel}",
                        self.what
                    );
                    let grid: Vec<i64> = s["grid"].as_array().unwrap().iter().map(int).collect();
                    let block: Vec<i64> = s["block"].as_array().unwrap().iter().map(int).collect();
                    let threads: i64 = block.iter().product();
                    assert!(grid.iter().all(|&g| g >= 1) && grid[1] <= 65535 && grid[2] <= 65535);
                    assert!(
                        (1..=1024).contains(&threads) && block[2] <= 64,
                        "{}: {s}",
                        self.what
                    );
                    // The innermost dimension is tiled 32 wide onto threadIdx.x (whole
                    // warps along a row for row reductions).
                    assert_eq!(block[0] % 32, 0, "{}: {s}", self.what);
                    self.counts
                        .shapes
                        .push((kernel.to_string(), grid.clone(), block.clone()));
                    self.counts.max_threads = self.counts.max_threads.max(threads);
                    for a in s["args"].as_array().unwrap() {
                        if let Some(v) = a.get("memref") {
                            self.view(v, vars);
                        } else {
                            let o = a.as_object().unwrap();
                            assert_eq!(o.len(), 1, "{}: argument {a}", self.what);
                            let (k, x) = o.iter().next().unwrap();
                            match k.as_str() {
                                "index" => {
                                    eval(x, vars);
                                }
                                "i32" | "i64" => {
                                    int(x);
                                }
                                "f32" => assert!(x.is_f64(), "{}: {a}", self.what),
                                _ => panic!("{}: argument {a}", self.what),
                            }
                        }
                    }
                }
                "gemm" => {
                    self.counts.gemms += 1;
                    let (b, m, n, k) = (int(&s["batch"]), int(&s["m"]), int(&s["n"]), int(&s["k"]));
                    assert!(b >= 1 && m >= 1 && n >= 1 && k >= 1, "{}: {s}", self.what);
                    self.matrix(&s["a"], b, m, k);
                    self.matrix(&s["b"], b, k, n);
                    self.matrix(&s["c"], b, m, n);
                    assert!(s["accumulate"].is_boolean());
                    for x in ["a", "b", "c"] {
                        self.view(&s[x], vars);
                    }
                }
                "copy" => {
                    self.counts.copies += 1;
                    assert_eq!(s["src"]["shape"], s["dst"]["shape"], "{}: {s}", self.what);
                    self.view(&s["src"], vars);
                    self.view(&s["dst"], vars);
                }
                op => panic!("{}: unknown step {op}", self.what),
            }
            i += 1;
        }
        assert!(vars.is_empty(), "{}: unclosed loop", self.what);
        i
    }
}

/// Lowers `m`, checks the PTX (assembled by ptxas where present) and the plan; the
/// counts.
fn check(m: &Module, what: &str) -> Counts {
    check_with(m, what, &mlir::gpu::GpuOptions::default()).0
}

/// [`check`] with `options`; also the PTX.
fn check_with(m: &Module, what: &str, options: &mlir::gpu::GpuOptions) -> (Counts, String) {
    let out =
        mlir::gpu::emit_ptx_with(m, "sm_90", options).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(out.ptx.contains(".target sm_90"), "{what}");
    // No libdevice call (`.extern .func __nv_expf`): nothing could resolve it at load.
    assert!(!out.ptx.contains(".extern"), "{what}: {}", out.ptx);
    assemble(&out.ptx, what);
    let plan: Value =
        serde_json::from_str(&out.plan).unwrap_or_else(|e| panic!("{what}: {e}\n{}", out.plan));
    assert_eq!(plan["version"], 2, "{what}");
    assert_eq!(plan["version"], mlir::gpu::HOST_PLAN_VERSION, "{what}");
    assert_eq!(plan["chip"], "sm_90", "{what}");
    // The device arena is the reference runtime's plan.
    let func = runtime::entry_function(m).unwrap();
    let reference = runtime::plan(m, func).unwrap();
    assert_eq!(
        int(&plan["arena_bytes"]) as u64,
        reference.arena_size,
        "{what}"
    );
    // Kernels: exactly the PTX's entries, each launched.
    let kernels: Vec<&str> = plan["kernels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    assert_eq!(
        out.ptx.matches(".visible .entry ").count(),
        kernels.len(),
        "{what}"
    );
    for k in &kernels {
        assert!(out.ptx.contains(&format!(".entry {k}(")), "{what}: {k}");
        assert!(
            plan["steps"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["op"] == "launch" && s["kernel"] == *k),
            "{what}: {k} is never launched"
        );
    }
    let mut c = Checker {
        plan: &plan,
        what: what.to_string(),
        counts: Counts::default(),
    };
    let steps = plan["steps"].as_array().unwrap();
    let end = c.steps(steps, 0, &mut HashMap::new());
    assert_eq!(end, steps.len(), "{what}: an end_loop without its loop");
    let none = HashMap::new();
    for (o, v) in plan["outputs"].as_array().unwrap().iter().zip(
        m.op(m.last_op(m.entry_block(func, 0).unwrap()).unwrap())
            .operands
            .iter(),
    ) {
        c.view(&o["view"], &none);
        let shape: Vec<i64> = o["view"]["shape"]
            .as_array()
            .unwrap()
            .iter()
            .map(int)
            .collect();
        assert_eq!(Some(&shape[..]), m.value_type(*v).shape(), "{what}");
    }
    // Inputs: as the function declares them.
    let args = &m.block(m.entry_block(func, 0).unwrap()).args;
    assert_eq!(
        plan["inputs"].as_array().unwrap().len(),
        args.len(),
        "{what}"
    );
    assert!(
        kernels.is_empty() || c.counts.max_threads > 1,
        "{what}: one thread per block"
    );
    let mut counts = c.counts;
    counts.kernels = kernels.len();
    eprintln!(
        "{what}: {} kernels, {} launches, {} GEMMs, {} copies, {} loops, {} views checked, arena {} B, scratch {} B, up to {} threads per block",
        kernels.len(),
        counts.launches,
        counts.gemms,
        counts.copies,
        counts.loops,
        counts.views,
        plan["arena_bytes"],
        plan["scratch_bytes"],
        counts.max_threads
    );
    (counts, out.ptx)
}

#[test]
fn every_example_lowers_to_ptx_with_a_consistent_host_plan() {
    for (name, m) in modules_in(&["examples"]) {
        let counts = check(&m, &name);
        // Every example has matmuls; they go to BLAS, and copies are kernels.
        assert!(counts.gemms > 0, "{name}: no GEMM step");
        assert_eq!(counts.copies, 0, "{name}: copy steps");
        assert_eq!(counts.max_threads, 256, "{name}");
    }
}

/// The conversion lit tests (every op kind) and the runtime's inputs: math ops lowered
/// without libdevice, programs of GEMMs only (no kernel, an empty PTX image).
#[test]
fn op_modules_lower_without_libdevice() {
    for (name, m) in modules_in(&["lit-tests/Conversion", "lit-tests/Runtime/Inputs"]) {
        check(&m, &name);
    }
    let only_gemm = include_str!("programs/lone-matmul.mlir");
    let counts = check(&parse(only_gemm, "gemm.mlir"), "a lone matmul");
    assert_eq!((counts.gemms, counts.launches), (1, 0));
    // Reductions over a middle axis: their loops are permuted so the parallel
    // dimensions (the contiguous last one first) are on the threads, not one thread per
    // outer index (`check` asserts 32-wide blocks on every launch).
    let middle = include_str!("programs/middle-axis-reductions.mlir");
    let counts = check(
        &parse(middle, "middle.mlir"),
        "reductions over a middle axis",
    );
    assert_eq!(counts.max_threads, 256);
    // Rank 5 [3, 2, 4, 64, 8]: the narrow innermost 8 merged with 64 (512 over x: 16
    // blocks), the largest other (4) on y, 3 on z; only the 2 loops in the kernel.
    let rank5 = include_str!("programs/rank5-transpose.mlir");
    let m = parse(rank5, "rank5.mlir");
    check(&m, "a rank-5 transpose");
    let plan: Value =
        serde_json::from_str(&mlir::gpu::emit_ptx(&m, "sm_90").unwrap().plan).unwrap();
    let launch = &plan["steps"][0];
    assert_eq!(launch["grid"], serde_json::json!([16, 1, 3]), "{launch}");
}

/// Chunked programs: loop steps, views whose offsets are affine in the loop variable
/// and stay in bounds on every iteration (the last chunk shifted back included).
#[test]
fn chunked_programs_have_loops_and_in_bounds_views() {
    let lit = std::fs::read_to_string(root().join("lit-tests/Target/ptx.mlir")).unwrap();
    let counts = check(&parse(&lit, "ptx.mlir"), "lit-tests/Target/ptx.mlir");
    assert_eq!(counts.loops, 1);
    assert!(counts.loop_dependent_view);
    assert!(counts.gemms > 0);
    for (f, budget) in [
        ("lit-tests/Autochunk/autochunk.mlir", "0.5"),
        ("lit-tests/Autochunk/autochunk-nested.mlir", "0.3"),
        ("examples/evoformer-tri-tiny.mlir", "0.5"),
        ("examples/gpt-tiny-fused.mlir", "0.8"),
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let m = parse(&src, f);
        let chunked = autochunk(&m, &format!("budget={budget}"))
            .unwrap_or_else(|| panic!("{f}: infeasible at {budget}"));
        let text = ir::print_module(&chunked, &Context::new(), ir::PrintOptions::default());
        let what = format!("{f} at budget {budget}");
        let counts = check(&parse(&text, f), &what);
        assert!(counts.loops > 0, "{what}: no loop step");
        assert!(
            counts.loop_dependent_view,
            "{what}: no view moves with the loop"
        );
    }
}

/// Nested chunk loops whose steps do not divide their extents (3 of 10, 4 of 6: the
/// last chunk is shifted back), a body that reads its offset (written into its arena
/// slot by a kernel that takes the offset as a parameter), two results.
#[test]
fn nested_loops_and_the_offset_as_data() {
    let src = include_str!("programs/nested-loops.mlir");
    let counts = check(&parse(src, "nested.mlir"), "nested chunk loops");
    // 4 outer iterations, each with 2 inner ones.
    assert_eq!(counts.loops, 1 + 4);
    assert!(counts.loop_dependent_view);
    let m = parse(src, "nested.mlir");
    let plan: Value =
        serde_json::from_str(&mlir::gpu::emit_ptx(&m, "sm_90").unwrap().plan).unwrap();
    let offset_as_data = plan["steps"].as_array().unwrap().iter().any(|s| {
        s["op"] == "launch"
            && s["args"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["index"]["terms"][0]["var"] == 0)
    });
    assert!(offset_as_data, "the outer offset is a kernel parameter");
}

/// An attention whose scores exceed the converter's scratch bound runs in blocks of
/// query rows: a host loop (not from chunk.for) whose variable moves the views.
#[test]
fn attention_in_blocks_of_query_rows() {
    let src = include_str!("programs/attention-blocks.mlir");
    let counts = check(&parse(src, "attention.mlir"), "attention in blocks");
    assert!(counts.loops > 0, "no loop step");
    assert!(counts.loop_dependent_view);
    assert!(counts.gemms > 0);
}

/// A reduction of every dimension (no parallel loop of its own) and a rank-0 result
/// still become kernels (one thread), not host code.
#[test]
fn full_reductions_are_kernels() {
    let src = include_str!("programs/full-reduction.mlir");
    let counts = check(&parse(src, "full-reduce.mlir"), "a full reduction");
    assert_eq!(counts.launches, 2, "the zero fill and the reduction");
}

/// What the plan writer cannot interpret is an error naming the op and its location;
/// a math op the PTX would need libdevice for is an error naming the function.
#[test]
fn unsupported_programs_are_errors_that_say_why() {
    let call = r#"func.func @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "nn.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @helper(%x) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}
"#;
    let pow = r#"func.func @main(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "nn.pow"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}
"#;
    for (src, file, want) in [
        (
            call,
            "call.mlir",
            "call.mlir:6:8: error: 'call': a call of @helper",
        ),
        (pow, "pow.mlir", "__nv_powf"),
    ] {
        let m = parse(src, file);
        let err = match mlir::gpu::emit_ptx(&m, "sm_90") {
            Ok(_) => panic!("{file} was accepted"),
            Err(e) => e.to_string(),
        };
        assert!(err.contains(want), "{file}: {err}");
    }
}

/// The `.entry` names of `ptx` whose body has a warp shuffle: the row kernels.
fn shuffle_kernels(ptx: &str) -> Vec<String> {
    ptx.split(".visible .entry ")
        .skip(1)
        .filter(|k| k.contains("shfl.sync.bfly"))
        .map(|k| k[..k.find('(').unwrap()].to_string())
        .collect()
}

const ROWS: mlir::gpu::GpuOptions = mlir::gpu::GpuOptions {
    row_reductions: true,
};
/// The thread path, named (not the default: the tests keep comparing the two when
/// the default changes).
const THREADS: mlir::gpu::GpuOptions = mlir::gpu::GpuOptions {
    row_reductions: false,
};

/// Softmax, layer norm and `reduce_sum`/`max`/`mean` over the last axis of `[2, 3,
/// L]` as row kernels (`GpuOptions::row_reductions`): every reduction is a kernel
/// with warp shuffles (and, with more than one warp, a barrier), launched with one
/// block per row (grid 6) and the row rounded up to whole warps (at most 256
/// threads); rows not a multiple of the block (100), a single element (1), long rows
/// (4096). The PTX assembles; softmax's and reduce_max's `-inf` fills are folded
/// into their kernels, so there are fewer kernels than with a thread per row.
#[test]
fn row_reductions_are_block_per_row_kernels() {
    for len in [1i64, 100, 4096] {
        let src = format!(
            r#"func.func @main(%x: tensor<2x3x{len}xf32>, %g: tensor<{len}xf32>, %b: tensor<{len}xf32>) -> (tensor<2x3x{len}xf32>, tensor<2x3x{len}xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x1xf32>) {{
  %0 = "nn.softmax"(%x) {{axis = -1}} : (tensor<2x3x{len}xf32>) -> tensor<2x3x{len}xf32>
  %1 = "nn.layer_norm"(%x, %g, %b) {{epsilon = 1.0e-5 : f32}} : (tensor<2x3x{len}xf32>, tensor<{len}xf32>, tensor<{len}xf32>) -> tensor<2x3x{len}xf32>
  %2 = "nn.reduce_sum"(%x) {{axes = [2]}} : (tensor<2x3x{len}xf32>) -> tensor<2x3xf32>
  %3 = "nn.reduce_max"(%x) {{axes = [-1]}} : (tensor<2x3x{len}xf32>) -> tensor<2x3xf32>
  %4 = "nn.reduce_mean"(%x) {{axes = [2], keepdims = true}} : (tensor<2x3x{len}xf32>) -> tensor<2x3x1xf32>
  func.return %0, %1, %2, %3, %4 : tensor<2x3x{len}xf32>, tensor<2x3x{len}xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x1xf32>
}}
"#
        );
        let what = format!("reductions over rows of {len}");
        let m = parse(&src, "rows.mlir");
        let (thread, _) = check_with(&m, &format!("{what}, a thread per row"), &THREADS);
        let (rows, ptx) = check_with(&m, &format!("{what}, a block per row"), &ROWS);
        let row_kernels = shuffle_kernels(&ptx);
        let block = ((len + 31) / 32 * 32).clamp(32, 256);
        // max and sum of the softmax, sum and squared deviations of the norm, three
        // reduce ops.
        if len > 1 {
            assert_eq!(row_kernels.len(), 7, "{what}: {row_kernels:?}");
        }
        for (k, grid, b) in &rows.shapes {
            if row_kernels.contains(k) {
                assert_eq!(grid, &[6, 1, 1], "{what}: {k}");
                assert_eq!(b, &[block, 1, 1], "{what}: {k}");
            }
        }
        assert!(
            !ptx.contains("bar.sync") || block > 32,
            "{what}: a barrier in one-warp kernels"
        );
        if block > 32 {
            assert!(ptx.contains("bar.sync"), "{what}: no barrier");
            assert!(ptx.contains(".shared"), "{what}: no shared memory");
        }
        assert!(
            rows.kernels < thread.kernels,
            "{what}: {} kernels with row reductions, {} without",
            rows.kernels,
            thread.kernels
        );
        eprintln!(
            "{what}: kernels {} -> {}, launches {} -> {}, row kernels {}",
            thread.kernels,
            rows.kernels,
            thread.launches,
            rows.launches,
            row_kernels.len()
        );
    }
}

/// Row reductions on every conversion lit module, runtime input and test program:
/// they lower, the PTX assembles, the plans check.
#[test]
fn row_reductions_on_every_op_module() {
    let mut row_kernels = 0;
    for (name, m) in modules_in(&[
        "lit-tests/Conversion",
        "lit-tests/Runtime/Inputs",
        "programs",
    ]) {
        let (_, ptx) = check_with(&m, &format!("{name} with row reductions"), &ROWS);
        row_kernels += shuffle_kernels(&ptx).len();
    }
    assert!(row_kernels > 0);
}

/// Row reductions inside chunk loops (autochunked programs: views whose offsets move
/// with the loop) and on every example: plans in bounds, PTX assembled; the kernel
/// counts with and without.
#[test]
fn row_reductions_in_chunk_loops_and_examples() {
    for (f, budget) in [
        ("examples/gpt-tiny-fused.mlir", Some("0.8")),
        ("examples/evoformer-tri-tiny.mlir", Some("0.5")),
        ("examples/gpt-tiny.mlir", None),
        ("examples/gpt-tiny-fused.mlir", None),
        ("examples/vit-tiny.mlir", None),
        ("examples/unet-tiny.mlir", None),
        ("examples/evoformer-tiny.mlir", None),
        ("examples/evoformer-tri-tiny.mlir", None),
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let mut m = parse(&src, f);
        let mut what = f.to_string();
        if let Some(b) = budget {
            let chunked = autochunk(&m, &format!("budget={b}"))
                .unwrap_or_else(|| panic!("{f}: infeasible at {b}"));
            let text = ir::print_module(&chunked, &Context::new(), ir::PrintOptions::default());
            m = parse(&text, f);
            what = format!("{f} at budget {b}");
        }
        let (thread, _) = check_with(&m, &format!("{what}, a thread per row"), &THREADS);
        let (rows, ptx) = check_with(&m, &format!("{what}, a block per row"), &ROWS);
        let row_kernels = shuffle_kernels(&ptx);
        assert!(!row_kernels.is_empty(), "{what}: no row kernel");
        let row_launches = rows
            .shapes
            .iter()
            .filter(|(k, _, _)| row_kernels.contains(k))
            .count();
        if budget.is_some() {
            assert!(rows.loops > 0 && rows.loop_dependent_view, "{what}");
        }
        assert!(rows.kernels <= thread.kernels, "{what}");
        eprintln!(
            "{what}: kernels {} -> {}, launches {} -> {}; {} row kernels, {row_launches} row launches",
            thread.kernels,
            rows.kernels,
            thread.launches,
            rows.launches,
            row_kernels.len()
        );
    }
}
