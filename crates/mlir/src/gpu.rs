//! `--emit=ptx`: kernels for NVIDIA GPUs and the host plan that launches them.
//!
//! 1. The module is converted in arena mode ([`ConvertOptions::arena`]): the entry
//!    function takes the arena planned by `runtime::plan` and every activation is a
//!    `memref.view` into it, so the device arena is the reference runtime's plan.
//! 2. [`pipeline::gpu_bufferize_pipeline`]: tensor clean-up and fusion, bufferisation.
//!    The bufferised text is rewritten (`rewrite_buffers`): f32 contractions that a
//!    BLAS call can do (`linalg.matmul`, `linalg.batch_matmul`, and the contraction
//!    generics that fusion and `dot_general` leave) become calls of
//!    `@autochunk_gemm_<i>` that the host plan turns into `gemm` steps (a zero fill of
//!    C just before is folded in); every `memref.copy` becomes a `linalg.copy`, so
//!    copies are kernels too; rank-0 stores, fills and copies become one-element
//!    rank-1 ops; generics with a reduction before a parallel dimension get their
//!    loops permuted (parallel first), generics without a parallel dimension get a
//!    size-1 one: every op lowers to an `scf.parallel`, none stays on the host. With
//!    [`GpuOptions::row_reductions`], reductions over the trailing dimensions become
//!    block-per-row `gpu.launch`es here instead (`gpu/rows.rs`).
//! 3. [`pipeline::GPU_LOOPS`]: linalg to `scf.parallel`; each parallel loop's
//!    dimensions are reordered (`reorder_parallel_loops`): single-iteration ones
//!    dropped, the innermost, contiguous one first (it ends up on `threadIdx.x`:
//!    coalesced accesses), the others by decreasing extent.
//! 4. [`pipeline::gpu_outline_pipeline`]: tiling (32 x 8 threads), mapping to
//!    blocks/threads, `gpu.launch`, outlined kernels.
//! 5. The outlined kernels (one `gpu.module` each, every kernel called `<func>_kernel`)
//!    are merged into one `gpu.module @kernels` whose kernels take their old module's
//!    unique name, so one PTX image holds every `.entry`; math ops that would call
//!    libdevice are inlined (`inline_math`); then [`pipeline::gpu_ptx_pipeline`]
//!    (NVVM, `gpu-module-to-binary{format=isa}`) and the PTX is the `assembly` string
//!    of the resulting `#gpu.object`.
//! 6. The host function left after outlining is interpreted symbolically into the host
//!    plan (`gpu/plan.rs`), format `docs/host-plan.md`.
mod buffers;
mod loops;
mod plan;
mod rows;

use buffers::*;
use loops::*;

use crate::{pipeline, ConvertOptions, Error, Lowering};
use melior::ir::block::BlockLike;
use melior::ir::operation::OperationPrintingFlags;
use melior::ir::Module;
use std::collections::HashMap;

pub use plan::HOST_PLAN_VERSION;

/// PTX text and the JSON host plan.
pub struct PtxOutput {
    pub ptx: String,
    pub plan: String,
    /// The kernel names (`.entry`), in the order of their first launch.
    pub kernels: Vec<String>,
}

/// Choices of the GPU lowering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GpuOptions {
    /// Reductions over the trailing dimensions (softmax's max and sum, layer and
    /// group norm's statistics, `reduce_*` over the last axes) as row kernels: one
    /// block per output element, threads striding over the row (coalesced), partials
    /// combined with warp shuffles and shared memory (`gpu/rows.rs`). Off (the
    /// default): one thread per output element, a serial loop over the row. Off by
    /// default until the row kernels have been checked on a GPU (`docs/cuda.md`): the
    /// CPU emulation of the kernels cannot run shuffles and barriers.
    pub row_reductions: bool,
}

/// Lowers a verified module to PTX for `chip` (e.g. `sm_90`) plus its host plan, with
/// the default [`GpuOptions`].
pub fn emit_ptx(m: &ir::Module, chip: &str) -> Result<PtxOutput, Error> {
    emit_ptx_with(m, chip, &GpuOptions::default())
}

/// The processors LLVM's NVPTX target knows (LLVM 19, `NVPTX.td`), checked before
/// LLVM is asked: it would otherwise warn once per kernel and emit PTX for a default.
pub const GPU_ARCHS: &[&str] = &[
    "sm_20", "sm_21", "sm_30", "sm_32", "sm_35", "sm_37", "sm_50", "sm_52", "sm_53", "sm_60",
    "sm_61", "sm_62", "sm_70", "sm_72", "sm_75", "sm_80", "sm_86", "sm_87", "sm_89", "sm_90",
    "sm_90a",
];

/// `chip` if it is one of [`GPU_ARCHS`]; else an error that lists them.
pub fn check_gpu_arch(chip: &str) -> Result<String, String> {
    if GPU_ARCHS.contains(&chip) {
        Ok(chip.to_string())
    } else {
        Err(format!(
            "'{chip}' is not a GPU architecture LLVM's NVPTX target knows; use one of {}",
            GPU_ARCHS.join(", ")
        ))
    }
}

/// [`emit_ptx`] with `options`.
pub fn emit_ptx_with(m: &ir::Module, chip: &str, options: &GpuOptions) -> Result<PtxOutput, Error> {
    emit_ptx_using(m, chip, options, PtxCompiler::Mlir)
}

/// A compiler of the kernels' LLVM IR to PTX, given the merged `gpu.module` (NVVM
/// dialect, every kernel marked) in `lowering`'s context and the chip.
pub type KernelCompiler<'a> =
    &'a dyn Fn(&Lowering, mlir_sys::MlirOperation, &str) -> Result<String, Error>;

/// Which compiler writes the PTX of the kernels (step 5 of the module doc).
#[derive(Clone, Copy)]
pub enum PtxCompiler<'a> {
    /// MLIR's `gpu-module-to-binary{format=isa}`.
    Mlir,
    /// Another compiler of the `gpu.module` (the `aot` crate's: LLVM's NVPTX target
    /// machine through inkwell). The host plan is the same.
    External(KernelCompiler<'a>),
}

/// [`emit_ptx_with`], the PTX written by `compiler`.
pub fn emit_ptx_using(
    m: &ir::Module,
    chip: &str,
    options: &GpuOptions,
    compiler: PtxCompiler,
) -> Result<PtxOutput, Error> {
    check_gpu_arch(chip).map_err(|stage| Error::Mlir {
        stage,
        messages: vec![],
    })?;
    let lowering = Lowering::new();
    let (outlined, plan) = outline(&lowering, m, chip, options)?;
    let (merged, _) = merge_kernels(&outlined);
    let mut module = lowering.parse(&inline_math(&merged))?;
    let ptx = match compiler {
        PtxCompiler::Mlir => {
            pipeline::run(
                &lowering,
                &mut module,
                "gpu-ptx",
                &pipeline::gpu_ptx_pipeline(chip),
            )?;
            let text = module.as_operation().to_string();
            assembly(&text).ok_or_else(|| Error::Mlir {
                stage: "gpu-module-to-binary produced no PTX assembly".into(),
                messages: vec![],
            })?
        }
        PtxCompiler::External(compile) => {
            pipeline::run(
                &lowering,
                &mut module,
                "gpu-nvvm",
                &pipeline::gpu_nvvm_pipeline(chip),
            )?;
            let mut op = module.body().first_operation().map(|o| o.to_raw());
            let mut kernels = None;
            while let Some(raw) = op {
                // SAFETY: `raw` is an op of `module`'s body, alive while `module` is.
                let o = unsafe { melior::ir::operation::OperationRef::from_raw(raw) };
                if o.name().as_string_ref().as_str() == Ok("gpu.module") {
                    kernels = Some(raw);
                    break;
                }
                op = o.next_in_block().map(|n| n.to_raw());
            }
            let kernels = kernels.ok_or_else(|| Error::Mlir {
                stage: "the lowered module has no gpu.module".into(),
                messages: vec![],
            })?;
            compile(&lowering, kernels, chip)?
        }
    };
    // A call into libdevice cannot be resolved when the PTX is loaded (libdevice is
    // LLVM bitcode, linked only where a CUDA toolkit is installed at build time).
    if let Some(i) = ptx.find(".extern .func") {
        let name: String = ptx[i..]
            .split_whitespace()
            .find(|w| w.starts_with("__nv_"))
            .unwrap_or("?")
            .to_string();
        return Err(libdevice_call(m, &name));
    }
    Ok(PtxOutput {
        ptx,
        plan: plan.json,
        kernels: plan.kernels,
    })
}

/// The error for PTX that calls libdevice's `name` (`__nv_powf`): located at the first
/// op of `m` whose name is the function's (`nn.pow`), else at the entry function.
fn libdevice_call(m: &ir::Module, name: &str) -> Error {
    let base = name.trim_start_matches("__nv_");
    let base = base.strip_suffix('f').unwrap_or(base);
    let op = m
        .all_ops()
        .into_iter()
        .find(|&o| m.name(o).strip_prefix("nn.") == Some(base));
    let at = op.or_else(|| runtime::entry_function(m).ok());
    let loc = at.map_or(ir::Location::Unknown, |o| m.op(o).loc.clone());
    let what = op.map_or("an op of this function".to_string(), |o| {
        format!("'{}'", m.name(o))
    });
    Error::Conversion(ir::Diagnostic::error(
        loc,
        format!(
            "{what} has no GPU lowering yet: its math becomes a call to libdevice's {name}, \
             which is not linked (gpu.rs, inline_math)"
        ),
    ))
}

/// Steps 1-4 and 6 of the module doc: the outlined module (host function, one
/// `gpu.module` per kernel, not yet NVVM) as text, and the host plan.
fn outline(
    lowering: &Lowering,
    m: &ir::Module,
    chip: &str,
    gpu: &GpuOptions,
) -> Result<(String, plan::HostPlan), Error> {
    let options = ConvertOptions {
        c_interface: false,
        arena: true,
    };
    let mut module = lowering.convert(m, &options)?;
    pipeline::run(
        lowering,
        &mut module,
        "gpu-bufferize",
        &pipeline::gpu_bufferize_pipeline(),
    )?;
    let (text, gemms) = rewrite_buffers(&print_with_locations(&module), gpu)?;
    let mut module = lowering.parse(&text)?;
    pipeline::run(lowering, &mut module, "gpu-loops", pipeline::GPU_LOOPS)?;
    let text = reorder_parallel_loops(&print_with_locations(&module));
    let mut module = lowering.parse(&text)?;
    pipeline::run(
        lowering,
        &mut module,
        "gpu-outline",
        &pipeline::gpu_outline_pipeline(),
    )?;
    let host = print_with_locations(&module);
    let outlined = module.as_operation().to_string();
    let (_, kernels) = merge_kernels(&outlined);
    let plan = plan::host_plan(m, &host, chip, &kernels, &gemms)?;
    Ok((outlined, plan))
}

/// The outlined module (host function and one `gpu.module @<kernel>` per kernel, in
/// the gpu dialect before NVVM and the inlined math) and the host plan JSON: what a
/// CPU emulation of the plan runs (`tests/ptx.rs` runs every kernel on the CPU and
/// the plan's steps around them, and compares with the reference runtime).
pub fn emit_outlined(m: &ir::Module, chip: &str) -> Result<(String, String), Error> {
    emit_outlined_with(m, chip, &GpuOptions::default())
}

/// [`emit_outlined`] with `options`.
pub fn emit_outlined_with(
    m: &ir::Module,
    chip: &str,
    options: &GpuOptions,
) -> Result<(String, String), Error> {
    let lowering = Lowering::new();
    let (outlined, plan) = outline(&lowering, m, chip, options)?;
    Ok((outlined, plan.json))
}

/// The module's text with every op's location (`loc(...)`, aliases `#locN` defined at
/// the end), so that a re-parsed module and the host plan's errors keep the nn op's
/// source location.
fn print_with_locations(module: &Module) -> String {
    module
        .as_operation()
        .to_string_with_flags(OperationPrintingFlags::new().enable_debug_info(true, false))
        .unwrap_or_else(|_| module.as_operation().to_string())
}

/// Splits `line` into its text without any `loc(...)` and the last location (the
/// op's own: MLIR prints it at the end of the op).
pub(crate) fn strip_locs(line: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(line.len());
    let mut last = None;
    let mut rest = line;
    while let Some(i) = find_loc(rest) {
        out.push_str(rest[..i].trim_end_matches(' '));
        let body_start = i + "loc(".len();
        let mut depth = 1;
        let mut in_str = false;
        let mut end = rest.len();
        let bytes = rest.as_bytes();
        let mut j = body_start;
        while j < bytes.len() {
            match bytes[j] {
                b'\\' if in_str => j += 1,
                b'"' => in_str = !in_str,
                b'(' if !in_str => depth += 1,
                b')' if !in_str => {
                    depth -= 1;
                    if depth == 0 {
                        end = j;
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        last = Some(rest[body_start..end].to_string());
        rest = if end < rest.len() {
            &rest[end + 1..]
        } else {
            ""
        };
    }
    out.push_str(rest);
    (out, last)
}

/// Position of the next `loc(` that starts a location (not inside a string, not part
/// of a longer identifier).
fn find_loc(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut in_str = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'l' if !in_str
                && s[i..].starts_with("loc(")
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                return Some(i)
            }
            _ => {}
        }
        i += 1;
    }
    None
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_stripped_and_the_last_is_kept() {
        let (t, l) = strip_locs(r#"  %0 = arith.minsi %a, %b : index loc(#loc7)"#);
        assert_eq!(t, "  %0 = arith.minsi %a, %b : index");
        assert_eq!(l.as_deref(), Some("#loc7"));
        let (t, l) = strip_locs(r#"f(%a: f32 loc("x(1).mlir":2:3), %b: f32 loc(unknown)) {"#);
        assert_eq!(t, "f(%a: f32, %b: f32) {");
        assert_eq!(l.as_deref(), Some("unknown"));
    }

    #[test]
    fn parallel_loop_dimensions_are_reversed() {
        let l = "      scf.parallel (%a, %b, %c) = (%c0, %c0, %c1) to (%c2, %c4, %c8) step (%c1, %c1, %c2) {";
        let unknown = |_: &str| None;
        assert_eq!(
            reorder_header(l, &unknown, 0).unwrap().lines[0],
            "      scf.parallel (%c, %b, %a) = (%c1, %c0, %c0) to (%c8, %c4, %c2) step (%c2, %c1, %c1) {"
        );
        // Known extents: the innermost first, then the largest.
        let l = "scf.parallel (%a, %b, %c, %d) = (%c0, %c0, %c0, %c0) to (%c512, %c3, %c16, %c64) step (%c1, %c1, %c1, %c1) {";
        let known = |v: &str| v[2..].parse::<i64>().ok();
        assert_eq!(
            reorder_header(l, &known, 0).unwrap().lines[0],
            "scf.parallel (%d, %a, %c, %b) = (%c0, %c0, %c0, %c0) to (%c64, %c512, %c16, %c3) step (%c1, %c1, %c1, %c1) {"
        );
        // A single-iteration dimension is dropped, its variable replaced by the lower
        // bound in the loop's body only.
        let text = "scf.parallel (%a, %b) = (%c0, %c0) to (%c1, %c2048) step (%c1, %c1) {\n  memref.store %x, %m[%a, %b] : memref<1x2048xf32>\n  %a1 = arith.addi %a, %a : index\n}\n%y = arith.addi %a, %c1 : index\n";
        let consts = "%c0 = arith.constant 0 : index\n%c1 = arith.constant 1 : index\n%c2048 = arith.constant 2048 : index\n";
        let out = reorder_parallel_loops(&format!("{consts}{text}"));
        assert!(
            out.contains("scf.parallel (%b) = (%c0) to (%c2048) step (%c1) {"),
            "{out}"
        );
        assert!(out.contains("%m[%c0, %b]"), "{out}");
        assert!(out.contains("%a1 = arith.addi %c0, %c0"), "{out}");
        assert!(
            out.contains("%y = arith.addi %a, %c1"),
            "outside the loop: {out}"
        );
    }

    #[test]
    fn memref_types_parse() {
        let t = MemrefType::parse("memref<2x4x8xf32, strided<[80, 8, 1], offset: ?>>").unwrap();
        assert_eq!(t.shape, vec![2, 4, 8]);
        assert_eq!(t.static_strides(), vec![Some(80), Some(8), Some(1)]);
        assert_eq!(t.offset, None);
        let t = MemrefType::parse("memref<f32>").unwrap();
        assert!(t.shape.is_empty());
        assert_eq!(t.offset, Some(0));
    }

    /// `[2, 4, 8] (strides 80, 8, 1) x [8, 8] -> [2, 4, 8]`: the rows of A do not
    /// collapse (80 != 4 * 8), so the outer one becomes a batch with B's stride 0.
    #[test]
    fn a_chunked_matmul_is_a_batched_gemm() {
        let a = MemrefType::parse("memref<2x4x8xf32, strided<[80, 8, 1], offset: ?>>").unwrap();
        let b = MemrefType::parse("memref<8x8xf32>").unwrap();
        let c = MemrefType::parse("memref<2x4x8xf32>").unwrap();
        let g = gemm_of(
            &[2, 4, 8, 8],
            [&[0, 1, 3], &[3, 2], &[0, 1, 2]],
            [&a, &b, &c],
        )
        .unwrap();
        assert_eq!((g.batch, g.m, g.n, g.k), (2, 4, 8, 8));
        assert_eq!(g.a.strides, [80, 8, 1]);
        assert_eq!(g.b.strides, [0, 8, 1]);
        assert_eq!(g.c.strides, [32, 8, 1]);
        // Contiguous rows collapse into M: no batch.
        let a = MemrefType::parse("memref<2x4x8xf32>").unwrap();
        let g = gemm_of(
            &[2, 4, 8, 8],
            [&[0, 1, 3], &[3, 2], &[0, 1, 2]],
            [&a, &b, &c],
        )
        .unwrap();
        assert_eq!((g.batch, g.m, g.n, g.k), (1, 8, 8, 8));
        // A sum over a dim that B lacks is no GEMM.
        assert!(gemm_of(&[4, 8, 8], [&[0, 2], &[1], &[0, 1]], [&b, &b, &b]).is_none());
    }
}

#[cfg(test)]
mod math_tests {
    use super::inline_math_op;
    use std::collections::HashMap;

    /// Evaluates the lines `inline_math_op` writes for `math.<op> %x : f32` at `x`, the
    /// PTX instructions by their f32 definitions (the `.approx` ones exactly).
    fn eval(op: &str, x: f32) -> f32 {
        let lines = inline_math_op(&format!("    %r = math.{op} %x : f32")).unwrap();
        let mut v: HashMap<String, f32> = HashMap::from([("%x".to_string(), x)]);
        for l in &lines {
            let (name, rhs) = l.trim().split_once(" = ").unwrap();
            let get = |a: &str| v[a.trim()];
            let args = |r: &str| -> Vec<f32> {
                r.split(" : ")
                    .next()
                    .unwrap()
                    .split(", ")
                    .map(get)
                    .collect()
            };
            let value = if let Some(c) = rhs.strip_prefix("arith.constant ") {
                c.split(" : ").next().unwrap().parse::<f64>().unwrap() as f32
            } else if let Some(r) = rhs.strip_prefix("arith.mulf ") {
                let a = args(r);
                a[0] * a[1]
            } else if let Some(r) = rhs.strip_prefix("arith.addf ") {
                let a = args(r);
                a[0] + a[1]
            } else if let Some(r) = rhs.strip_prefix("arith.subf ") {
                let a = args(r);
                a[0] - a[1]
            } else if let Some(r) = rhs.strip_prefix("arith.divf ") {
                let a = args(r);
                a[0] / a[1]
            } else if let Some(r) = rhs.strip_prefix("arith.negf ") {
                -args(r)[0]
            } else if let Some(r) = rhs.strip_prefix("arith.cmpf olt, ") {
                let a = args(r);
                f32::from(u8::from(a[0] < a[1]))
            } else if let Some(r) = rhs.strip_prefix("arith.select ") {
                let a = args(r);
                if a[0] != 0.0 {
                    a[1]
                } else {
                    a[2]
                }
            } else if let Some(r) = rhs.strip_prefix("llvm.inline_asm \"") {
                let (ins, rest) = r.split_once(' ').unwrap();
                let a = get(rest
                    .split("\" ")
                    .nth(1)
                    .unwrap()
                    .split(" : ")
                    .next()
                    .unwrap());
                match ins {
                    "ex2.approx.ftz.f32" => a.exp2(),
                    "lg2.approx.f32" => a.log2(),
                    "sqrt.rn.f32" => a.sqrt(),
                    "rsqrt.approx.f32" => 1.0 / a.sqrt(),
                    "abs.f32" => a.abs(),
                    i => panic!("{i}"),
                }
            } else {
                panic!("{l}")
            };
            v.insert(name.to_string(), value);
        }
        v["%r"]
    }

    /// erf by its Taylor series in f64 (|x| <= 4: the terms stay below 1e7, so f64
    /// keeps ~1e-9), 1 beyond.
    fn erf(x: f64) -> f64 {
        if x.abs() > 4.0 {
            return x.signum();
        }
        let (mut term, mut sum) = (x, x);
        for n in 1..200 {
            term *= -x * x / n as f64;
            sum += term / (2 * n + 1) as f64;
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    }

    #[test]
    fn inlined_math_is_accurate() {
        let xs: Vec<f64> = (-400..=400).map(|i| f64::from(i) / 40.0).collect();
        for &x in &xs {
            let f = x as f32;
            let rel = |got: f32, want: f64| (f64::from(got) - want).abs() / want.abs().max(1.0);
            assert!(rel(eval("exp", f), x.exp()) < 2e-6, "exp {x}");
            assert!(rel(eval("tanh", f), x.tanh()) < 1e-6, "tanh {x}");
            assert!(
                rel(eval("erf", f), erf(x)) < 3e-7,
                "erf {x}: {}",
                eval("erf", f)
            );
            assert_eq!(eval("absf", f), f.abs());
            if x > 0.0 {
                assert!(rel(eval("log", f), x.ln()) < 1e-6, "log {x}");
                assert!(rel(eval("sqrt", f), x.sqrt()) < 1e-7, "sqrt {x}");
                assert!(rel(eval("rsqrt", f), 1.0 / x.sqrt()) < 1e-6, "rsqrt {x}");
            }
        }
        // The limits a softmax mask and saturating activations rely on.
        assert_eq!(eval("exp", f32::NEG_INFINITY), 0.0);
        assert_eq!(eval("tanh", 100.0), 1.0);
        assert_eq!(eval("tanh", -100.0), -1.0);
        assert_eq!(eval("erf", 10.0), 1.0);
        assert_eq!(eval("erf", -10.0), -1.0);
        assert_eq!(eval("log", 0.0), f32::NEG_INFINITY);
        // A math op without an inline lowering is left alone.
        assert!(inline_math_op("    %r = math.powf %x, %y : f32").is_none());
    }
}
