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
mod plan;
mod rows;

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

/// Splits at commas outside `<>`, `[]`, `()`, `{}`.
pub(crate) fn split_top(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '<' | '[' | '(' | '{' => depth += 1,
            '>' | ']' | ')' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        parts.push(cur.trim().to_string());
    }
    parts
}

/// A static memref type: `memref<2x4xf32>`, `memref<2x4xf32, strided<[8, 1], offset: ?>>`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MemrefType {
    pub shape: Vec<i64>,
    pub elem: String,
    /// `None` for the identity layout; `None` entries are `?`.
    pub strides: Option<Vec<Option<i64>>>,
    pub offset: Option<i64>,
}

impl MemrefType {
    pub fn parse(ty: &str) -> Option<MemrefType> {
        let inner = ty.trim().strip_prefix("memref<")?.strip_suffix('>')?;
        let parts = split_top(inner);
        let (dims, layout) = (parts.first()?, parts.get(1));
        let pieces: Vec<&str> = dims.split('x').collect();
        let (elem, sizes) = pieces.split_last()?;
        let shape = sizes
            .iter()
            .map(|d| d.parse::<i64>().ok())
            .collect::<Option<Vec<_>>>()?;
        let mut t = MemrefType {
            shape,
            elem: elem.to_string(),
            strides: None,
            offset: Some(0),
        };
        if let Some(l) = layout {
            let l = l.strip_prefix("strided<[")?;
            let (strides, rest) = l.split_once(']')?;
            t.strides = Some(
                split_top(strides)
                    .iter()
                    .map(|s| s.parse::<i64>().ok())
                    .collect(),
            );
            t.offset = match rest.trim_start_matches(',').trim().strip_prefix("offset:") {
                Some(o) => o.trim().trim_end_matches('>').trim().parse::<i64>().ok(),
                None => Some(0),
            };
        }
        Some(t)
    }

    /// Row-major strides of the shape.
    pub fn identity_strides(shape: &[i64]) -> Vec<i64> {
        let mut s = vec![1i64; shape.len()];
        for i in (0..shape.len().saturating_sub(1)).rev() {
            s[i] = s[i + 1] * shape[i + 1];
        }
        s
    }

    /// The strides the type fixes (`None` where dynamic).
    pub fn static_strides(&self) -> Vec<Option<i64>> {
        match &self.strides {
            Some(s) => s.clone(),
            None => Self::identity_strides(&self.shape)
                .into_iter()
                .map(Some)
                .collect(),
        }
    }
}

/// An affine map that is a projected permutation: `(d0, d1, d2) -> (d0, d2)`; the
/// number of dims and the dim of each result. `None` for anything else (constants,
/// symbols, expressions).
fn projected_permutation(map: &str) -> Option<(usize, Vec<usize>)> {
    let inner = map.trim().strip_prefix("affine_map<")?.strip_suffix('>')?;
    let (dims, results) = inner.split_once("->")?;
    let dims = dims.trim().strip_prefix('(')?.strip_suffix(')')?;
    let n = split_top(dims).len();
    let results = results.trim().strip_prefix('(')?.strip_suffix(')')?;
    let mut out = Vec::new();
    for r in split_top(results) {
        let d = r.strip_prefix('d')?.parse::<usize>().ok()?;
        if d >= n || out.contains(&d) {
            return None;
        }
        out.push(d);
    }
    Some((n, out))
}

/// One matrix of a GEMM, relative to the memref passed to `@autochunk_gemm_<i>`:
/// `[batch, rows, cols]` sizes and element strides (same aligned pointer and offset).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Matrix {
    pub shape: [i64; 3],
    pub strides: [i64; 3],
}

/// A contraction turned into `@autochunk_gemm_<index>(A, B, C)`:
/// `C[p] (+)= A[p] · B[p]` for `p < batch`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Gemm {
    pub batch: i64,
    pub m: i64,
    pub n: i64,
    pub k: i64,
    pub a: Matrix,
    pub b: Matrix,
    pub c: Matrix,
    /// `C += A · B`; false when the zero fill of C before it was folded in.
    pub accumulate: bool,
}

/// Makes a BLAS matrix of `rows x cols` with strides `(rs, cs)`: the stride of a
/// size-1 dimension is free, set so the matrix is row- or column-major; `None` when
/// neither inner stride is 1 with a leading dimension covering the other extent.
fn blas_strides(rows: i64, cols: i64, rs: i64, cs: i64) -> Option<(i64, i64)> {
    let (mut rs, mut cs) = (rs, cs);
    if rows == 1 {
        rs = if cs == 1 { cols.max(1) } else { 1 };
    }
    if cols == 1 {
        cs = if rs == 1 { rows.max(1) } else { 1 };
    }
    if rows == 1 && cols == 1 {
        return Some((1, 1));
    }
    let row_major = cs == 1 && rs >= cols;
    let col_major = rs == 1 && cs >= rows;
    (row_major || col_major).then_some((rs, cs))
}

/// Collapses the dims `group` (outer to inner) into one: `Some((size, stride per
/// view))` when every view addresses them as one strided dimension.
fn collapse(group: &[usize], size: &[i64], strides: &[&[i64]]) -> Option<(i64, Vec<i64>)> {
    for w in group.windows(2) {
        let (o, i) = (w[0], w[1]);
        if strides.iter().any(|s| s[o] != s[i] * size[i]) {
            return None;
        }
    }
    let total = group.iter().map(|&d| size[d]).product();
    let inner = group.last();
    Some((
        total,
        strides.iter().map(|s| inner.map_or(0, |&d| s[d])).collect(),
    ))
}

/// A GEMM for a contraction over loop dims with `sizes`, operand maps (dim of each
/// operand dimension) and operand strides; `None` when no (strided-batched) BLAS call
/// computes it.
fn gemm_of(sizes: &[i64], maps: [&[usize]; 3], types: [&MemrefType; 3]) -> Option<Gemm> {
    let n = sizes.len();
    // Strides of every loop dim in A, B, C (0 where the operand does not use it).
    let mut st = [vec![0i64; n], vec![0i64; n], vec![0i64; n]];
    let mut present = [vec![false; n], vec![false; n], vec![false; n]];
    for x in 0..3 {
        let strides = types[x].static_strides();
        if types[x].shape.len() != maps[x].len() {
            return None;
        }
        for (pos, &d) in maps[x].iter().enumerate() {
            if types[x].shape[pos] != sizes[d] {
                return None;
            }
            st[x][d] = strides[pos]?;
            present[x][d] = true;
        }
    }
    let (mut batch, mut ms, mut ns, mut ks) = (vec![], vec![], vec![], vec![]);
    for d in 0..n {
        if sizes[d] == 1 {
            continue;
        }
        match (present[0][d], present[1][d], present[2][d]) {
            (true, true, true) => batch.push(d),
            (true, false, true) => ms.push(d),
            (false, true, true) => ns.push(d),
            (true, true, false) => ks.push(d),
            _ => return None,
        }
    }
    let (a, b, c) = (&st[0][..], &st[1][..], &st[2][..]);
    // Outer to inner: by decreasing stride in C (in A for the contracted dims).
    ms.sort_by_key(|&d| std::cmp::Reverse(c[d]));
    ns.sort_by_key(|&d| std::cmp::Reverse(c[d]));
    ks.sort_by_key(|&d| std::cmp::Reverse(a[d]));
    // The innermost dims of M (N) that collapse in A and C (B and C); the others join
    // the batch.
    let mut split = |group: &mut Vec<usize>, views: [&[i64]; 2]| {
        let mut first = 0;
        while first < group.len() && collapse(&group[first..], sizes, &views).is_none() {
            first += 1;
        }
        let outer: Vec<usize> = group.drain(..first).collect();
        batch.extend(outer);
    };
    split(&mut ms, [a, c]);
    split(&mut ns, [b, c]);
    batch.sort_by_key(|&d| std::cmp::Reverse(c[d]));
    let (m, sm) = collapse(&ms, sizes, &[a, c])?;
    let (nn, sn) = collapse(&ns, sizes, &[b, c])?;
    let (k, sk) = collapse(&ks, sizes, &[a, b])?;
    let (bt, sb) = collapse(&batch, sizes, &[a, b, c])?;
    if bt > 1 && sb[2] == 0 {
        return None;
    }
    let (am, ak) = blas_strides(m, k, sm[0], sk[0])?;
    let (bk, bn) = blas_strides(k, nn, sk[1], sn[0])?;
    let (cm, cn) = blas_strides(m, nn, sm[1], sn[1])?;
    Some(Gemm {
        batch: bt,
        m,
        n: nn,
        k,
        a: Matrix {
            shape: [bt, m, k],
            strides: [sb[0], am, ak],
        },
        b: Matrix {
            shape: [bt, k, nn],
            strides: [sb[1], bk, bn],
        },
        c: Matrix {
            shape: [bt, m, nn],
            strides: [sb[2], cm, cn],
        },
        accumulate: true,
    })
}

/// `ins(%a, %b : TA, TB) outs(%c : TC)` of a linalg op line: names and types.
fn ins_outs(line: &str) -> Option<(Vec<String>, Vec<String>)> {
    let grab = |key: &str| -> Option<(Vec<String>, Vec<String>)> {
        let i = line.find(key)? + key.len();
        let mut depth = 1;
        let mut end = i;
        for (j, ch) in line[i..].char_indices() {
            match ch {
                '(' | '<' | '[' => depth += 1,
                ')' | '>' | ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let body = &line[i..end];
        let colon = body.find(" : ")?;
        let names = split_top(&body[..colon]);
        let types = split_top(&body[colon + 3..]);
        (names.len() == types.len()).then_some((names, types))
    };
    let (mut names, mut types) = grab("ins(")?;
    let (n2, t2) = grab("outs(")?;
    names.extend(n2);
    types.extend(t2);
    Some((names, types))
}

/// The bufferised module with its GEMMs and copies rewritten (see the module doc);
/// returns the text and the GEMMs by call index.
fn rewrite_buffers(text: &str, gpu: &GpuOptions) -> Result<(String, Vec<Gemm>), Error> {
    let lines: Vec<&str> = text.lines().collect();
    let mut maps: HashMap<String, String> = HashMap::new();
    for l in &lines {
        if let Some((name, def)) = l.split_once(" = affine_map<") {
            if name.starts_with('#') {
                maps.insert(name.to_string(), format!("affine_map<{def}"));
            }
        }
    }
    // f32 constants by name (`None` when a name is defined twice with different
    // values): to recognise zero fills.
    let mut floats: HashMap<String, Option<String>> = HashMap::new();
    for l in &lines {
        let (l, _) = strip_locs(l);
        if let Some((name, v)) = l.trim().split_once(" = arith.constant ") {
            if let Some(v) = v.strip_suffix(" : f32") {
                let e = floats
                    .entry(name.to_string())
                    .or_insert(Some(v.to_string()));
                if e.as_deref() != Some(v) {
                    *e = None;
                }
            }
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut gemms = Vec::new();
    let mut decls = Vec::new();
    let mut row_kernels = 0;
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let (line, _) = strip_locs(raw);
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // memref.copy %a, %b : TA to TB  ->  linalg.copy (a kernel after lowering)
        if let Some(rest) = trimmed.strip_prefix("memref.copy ") {
            let (_, loc) = strip_locs(raw);
            if let Some((vals, tys)) = rest.split_once(" : ") {
                if let (Some((a, b)), Some((ta, tb))) =
                    (vals.split_once(", "), tys.split_once(" to "))
                {
                    let loc = loc.map(|l| format!(" loc({l})")).unwrap_or_default();
                    let (mut a, mut b) = (a.to_string(), b.to_string());
                    let (mut ta, mut tb) = (ta.to_string(), tb.to_string());
                    // A rank-0 copy would lower to no loop at all (a load and a store
                    // on the host): copy it as one element of rank 1.
                    for (v, t) in [(&mut a, &mut ta), (&mut b, &mut tb)] {
                        (*v, *t) = rank1(&mut out, indent, v, t, &loc);
                    }
                    out.push(format!(
                        "{indent}linalg.copy ins({a} : {ta}) outs({b} : {tb}){loc}"
                    ));
                    i += 1;
                    continue;
                }
            }
        }
        // A rank-0 store (the chunk offset written into its slot) or fill: as a
        // one-element fill of rank 1, a kernel (with the value as its argument).
        let store = trimmed
            .strip_prefix("memref.store ")
            .and_then(|r| r.split_once(", "))
            .and_then(|(v, r)| r.split_once("[] : ").map(|(m, t)| (v, m, t)));
        let fill = trimmed
            .strip_prefix("linalg.fill ins(")
            .and_then(|r| r.split_once(" : "))
            .and_then(|(v, r)| r.split_once(") outs(").map(|(_, r)| (v, r)))
            .and_then(|(v, r)| {
                r.strip_suffix(')')?
                    .split_once(" : ")
                    .map(|(m, t)| (v, m, t))
            });
        if let Some((v, m, t)) = store.or(fill) {
            if let Some(elem) = rank0_elem(t) {
                let (_, loc) = strip_locs(raw);
                let loc = loc.map(|l| format!(" loc({l})")).unwrap_or_default();
                let (n, t1) = rank1(&mut out, indent, m, t, &loc);
                out.push(format!(
                    "{indent}linalg.fill ins({v} : {elem}) outs({n} : {t1}){loc}"
                ));
                i += 1;
                continue;
            }
        }
        let named = trimmed.starts_with("linalg.matmul ins(")
            || trimmed.starts_with("linalg.batch_matmul ins(");
        let generic = trimmed.starts_with("linalg.generic {indexing_maps = [");
        if named || generic {
            if let Some((consumed, call)) = contraction(&lines[i..], &maps, named) {
                let (mut g, args, tys) = call;
                // C = 0 just before (only views and index arithmetic in between):
                // the GEMM overwrites C instead.
                if let Some(fill) = zero_fill_before(&out, &args, &tys[2], &floats) {
                    out.drain(fill.clone());
                    g.accumulate = false;
                }
                decls.push(format!(
                    "  func.func private @autochunk_gemm_{}({})",
                    gemms.len(),
                    tys.join(", ")
                ));
                let (_, loc) = strip_locs(lines[i + consumed - 1]);
                out.push(format!(
                    "{indent}func.call @autochunk_gemm_{}({}) : ({}) -> (){}",
                    gemms.len(),
                    args.join(", "),
                    tys.join(", "),
                    loc.map(|l| format!(" loc({l})")).unwrap_or_default()
                ));
                gemms.push(g);
                i += consumed;
                continue;
            }
        }
        if generic && gpu.row_reductions {
            if let Some(r) = rows::match_reduction(&lines[i..], &maps) {
                // The output filled with the reduction's identity just before (or
                // a copy of such a fill): the kernel overwrites it and the fill (the
                // copy) goes.
                let fill = (!r.ins.contains(&r.out))
                    .then(|| identity_fill_before(&out, &r.out, &r.out_type, r.identity(), &floats))
                    .flatten();
                if let Some(f) = fill {
                    out.remove(f);
                }
                out.extend(rows::row_kernel(&r, row_kernels, fill.is_some()));
                row_kernels += 1;
                i += r.consumed;
                continue;
            }
        }
        if generic {
            if let Some((consumed, region)) = reductions_last(&lines[i..], &maps) {
                out.extend(region);
                i += consumed;
                continue;
            }
            if let Some(head) = with_parallel_dim(trimmed, &maps, &mut out, indent) {
                out.push(format!("{indent}{head}"));
                i += 1;
                continue;
            }
        }
        out.push(raw.to_string());
        i += 1;
    }
    // Declarations go right after the `module` line.
    let mut text = String::new();
    let mut placed = decls.is_empty();
    for l in out {
        text.push_str(&l);
        text.push('\n');
        if !placed && l.starts_with("module") {
            for d in &decls {
                text.push_str(d);
                text.push('\n');
            }
            placed = true;
        }
    }
    if !placed {
        return Err(Error::Mlir {
            stage: "gpu: no module line to declare the GEMM calls in".into(),
            messages: vec![],
        });
    }
    Ok((text, gemms))
}

type GemmCall = (Gemm, Vec<String>, Vec<String>);

/// A `linalg.generic` header without any parallel dimension (a reduction of every
/// dimension into a rank-0 result, a rank-0 elementwise op) would lower to loops
/// without an `scf.parallel`, left on the host. Rewritten with a leading parallel
/// dimension of size 1 (old `dK` become `dK+1`; rank-0 outputs become one-element
/// rank-1 memrefs indexed by it), it is a one-thread kernel. `None` for other headers.
fn with_parallel_dim(
    head: &str,
    maps: &HashMap<String, String>,
    out: &mut Vec<String>,
    indent: &str,
) -> Option<String> {
    let iters = head.split_once("iterator_types = [")?.1.split_once(']')?.0;
    if iters.contains("parallel") {
        return None;
    }
    let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
    let outs_at = head.find(" outs(")?;
    let outs_body = head[outs_at + " outs(".len()..].strip_suffix(") {")?;
    let (names, types) = outs_body.split_once(" : ")?;
    let (names, types) = (split_top(names), split_top(types));
    if names.len() != types.len() || types.iter().any(|t| rank0_elem(t).is_none()) {
        return None;
    }
    let defs: Vec<String> = split_top(list)
        .iter()
        .map(|m| {
            if m.starts_with('#') {
                maps.get(m).cloned()
            } else {
                Some(m.clone())
            }
        })
        .collect::<Option<_>>()?;
    let n_ins = defs.len().checked_sub(names.len())?;
    let mut new_maps = Vec::new();
    for (k, def) in defs.iter().enumerate() {
        let inner = def.strip_prefix("affine_map<")?.strip_suffix('>')?;
        let (dims, results) = inner.split_once(" -> ")?;
        if dims.contains('[') || results.contains('[') || results.contains('s') {
            return None; // symbols
        }
        let n = split_top(dims.trim_matches(|c| c == '(' || c == ')')).len();
        let new_dims: Vec<String> = (0..=n).map(|d| format!("d{d}")).collect();
        let results = if k >= n_ins {
            "(d0)".to_string()
        } else {
            shift_dims(results)
        };
        new_maps.push(format!(
            "affine_map<({}) -> {results}>",
            new_dims.join(", ")
        ));
    }
    let mut iters: Vec<String> = split_top(iters);
    iters.insert(0, "\"parallel\"".into());
    let (mut new_names, mut new_types) = (Vec::new(), Vec::new());
    for (v, t) in names.iter().zip(&types) {
        let (n, t1) = rank1(out, indent, v, t, "");
        new_names.push(n);
        new_types.push(t1);
    }
    let ins = head[..outs_at]
        .find(" ins(")
        .map(|i| &head[i..outs_at])
        .unwrap_or("");
    Some(format!(
        "linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}{ins} outs({} : {}) {{",
        new_maps.join(", "),
        iters.join(", "),
        new_names.join(", "),
        new_types.join(", ")
    ))
}

/// A `linalg.generic` (starting at `lines[0]`) with a reduction dimension before a
/// parallel one (a sum over the middle axis) would lower to an `scf.parallel` over the
/// outer parallel dimensions only, with the inner ones serial in each thread. The
/// loop dimensions are permuted so that the parallel ones come first (in their order)
/// and the reductions last: the indexing maps and the body's `linalg.index` follow the
/// permutation, what the op computes does not change. The number of lines of the op
/// and the rewritten lines; `None` when nothing is to permute.
fn reductions_last(lines: &[&str], maps: &HashMap<String, String>) -> Option<(usize, Vec<String>)> {
    let (head, _) = strip_locs(lines[0]);
    let iters_text = head.split_once("iterator_types = [")?.1.split_once(']')?.0;
    let iters = split_top(iters_text);
    let parallel: Vec<bool> = iters.iter().map(|t| t.contains("parallel")).collect();
    let first_reduction = parallel.iter().position(|p| !p)?;
    if !parallel[first_reduction..].iter().any(|&p| p) {
        return None;
    }
    // New position of every old dim: parallel dims first, then reductions.
    let order: Vec<usize> = (0..iters.len())
        .filter(|&k| parallel[k])
        .chain((0..iters.len()).filter(|&k| !parallel[k]))
        .collect();
    let mut newpos = vec![0; iters.len()];
    for (new, &old) in order.iter().enumerate() {
        newpos[old] = new;
    }
    let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
    let mut new_maps = Vec::new();
    for m in split_top(list) {
        let def = if m.starts_with('#') {
            maps.get(&m)?.clone()
        } else {
            m.clone()
        };
        let inner = def.strip_prefix("affine_map<")?.strip_suffix('>')?;
        let (dims, results) = inner.split_once(" -> ")?;
        if dims.contains('[') || results.contains('s') {
            return None; // symbols
        }
        new_maps.push(format!(
            "affine_map<{dims} -> {}>",
            map_dims(results, |k| newpos[k])
        ));
    }
    let new_iters: Vec<&str> = order.iter().map(|&k| iters[k].as_str()).collect();
    let attrs_end = head.find("]}")? + 2;
    let mut out = vec![format!(
        "{}linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}{}",
        &head[..head.len() - head.trim_start().len()],
        new_maps.join(", "),
        new_iters.join(", "),
        &head[attrs_end..]
    )];
    // The region, to its closing brace: `linalg.index K` renumbered.
    let mut depth = 1i32;
    for (n, raw) in lines.iter().enumerate().skip(1) {
        let (l, _) = strip_locs(raw);
        let mut line = raw.to_string();
        if let Some((lhs, rest)) = l.split_once(" = linalg.index ") {
            let k: usize = rest.split_whitespace().next()?.parse().ok()?;
            let (_, loc) = strip_locs(raw);
            line = format!(
                "{lhs} = linalg.index {} : index{}",
                newpos.get(k)?,
                loc.map(|l| format!(" loc({l})")).unwrap_or_default()
            );
        }
        depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
        out.push(line);
        if depth == 0 {
            return Some((n + 1, out));
        }
    }
    None
}

/// `dK` -> `dK+1` in an affine expression list.
fn shift_dims(results: &str) -> String {
    map_dims(results, |k| k + 1)
}

/// `dK` -> `d{f(K)}` in an affine expression list.
fn map_dims(results: &str, f: impl Fn(usize) -> usize) -> String {
    let mut out = String::new();
    let chars: Vec<char> = results.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i] == 'd'
            && (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        if starts {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let k: usize = chars[i + 1..j]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(0);
            out.push_str(&format!("d{}", f(k)));
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The element type of a rank-0 memref type with the identity layout.
fn rank0_elem(t: &str) -> Option<&str> {
    let elem = t.strip_prefix("memref<")?.strip_suffix('>')?;
    (!elem.contains(['x', ',', '<'])).then_some(elem)
}

/// `v : t` as a rank-1 memref of one element when `t` is rank 0 (an
/// `memref.expand_shape` pushed to `out`), else unchanged.
fn rank1(out: &mut Vec<String>, indent: &str, v: &str, t: &str, loc: &str) -> (String, String) {
    let Some(elem) = rank0_elem(t) else {
        return (v.to_string(), t.to_string());
    };
    let n = format!("%autochunk_rank1_{}", out.len());
    let t1 = format!("memref<1x{elem}>");
    out.push(format!(
        "{indent}{n} = memref.expand_shape {v} [] output_shape [1] : {t} into {t1}{loc}"
    ));
    (n, t1)
}

/// The end of `out` without its trailing pure view and index ops (`arith`, memref
/// views): where the last op with effects ends.
fn before_views(out: &[String]) -> usize {
    let mut end = out.len();
    // Skip pure view and index ops.
    while end > 0 {
        let (l, _) = strip_locs(&out[end - 1]);
        let op = l
            .trim()
            .split_once(" = ")
            .map(|(_, r)| r.split_whitespace().next().unwrap_or(""))
            .unwrap_or("");
        let pure = op.starts_with("arith.")
            || matches!(
                op,
                "memref.view"
                    | "memref.subview"
                    | "memref.collapse_shape"
                    | "memref.expand_shape"
                    | "memref.cast"
                    | "memref.reinterpret_cast"
            );
        if !pure {
            break;
        }
        end -= 1;
    }
    end
}

/// The line of `out` (at its end, views in between excepted) that makes `buf` (of
/// type `ty`) hold the f32 constant printed as `identity` everywhere, and nothing
/// else needs: `linalg.fill ins(%v : f32) outs(%buf : T)`, or a copy `linalg.copy
/// ins(%a : T) outs(%buf : T)` right after (allocations and views between) `%a` was
/// so filled (a fill shared by `cse` and copied by bufferisation; only the copy goes,
/// `%a` may have other readers).
fn identity_fill_before(
    out: &[String],
    buf: &str,
    ty: &str,
    identity: &str,
    floats: &HashMap<String, Option<String>>,
) -> Option<usize> {
    let filled = |l: &str, target: &str| -> bool {
        let Some(rest) = l.trim().strip_prefix("linalg.fill ins(") else {
            return false;
        };
        rest.split_once(" : f32) ").is_some_and(|(v, rest)| {
            rest == format!("outs({target} : {ty})")
                && floats.get(v).and_then(|x| x.as_deref()) == Some(identity)
        })
    };
    let end = before_views(out);
    let l = strip_locs(out.get(end.checked_sub(1)?)?).0;
    if filled(&l, buf) {
        return Some(end - 1);
    }
    let src = l
        .trim()
        .strip_prefix("linalg.copy ins(")?
        .strip_suffix(&format!(" : {ty}) outs({buf} : {ty})"))?;
    let mut k = end - 1;
    loop {
        k = before_views(&out[..k]);
        let prev = strip_locs(out.get(k.checked_sub(1)?)?).0;
        if prev.contains(" = memref.alloc() ") {
            k -= 1;
            continue;
        }
        return filled(&prev, src).then_some(end - 1);
    }
}

/// The lines of `out` (a range at its end, views in between excepted) that fill the
/// GEMM's C (`args[2]` of type `c_type`) with zeros, if the last thing written to it
/// before the GEMM is such a fill: `linalg.fill ins(%zero : f32) outs(%c : T)` or a
/// one-operand `linalg.generic` that yields `%zero`.
fn zero_fill_before(
    out: &[String],
    args: &[String],
    c_type: &str,
    floats: &HashMap<String, Option<String>>,
) -> Option<std::ops::Range<usize>> {
    let c = &args[2];
    if args[0] == *c || args[1] == *c {
        return None;
    }
    let is_zero = |name: &str| {
        floats
            .get(name)
            .and_then(|v| v.as_deref())
            .and_then(|v| v.parse::<f32>().ok())
            == Some(0.0)
    };
    let end = before_views(out);
    let line = |i: usize| strip_locs(&out[i]).0.trim().to_string();
    let outs = format!("outs({c} : {c_type})");
    if end >= 1 {
        let l = line(end - 1);
        if let Some(rest) = l.strip_prefix("linalg.fill ins(") {
            let (v, _) = rest.split_once(" : f32) ")?;
            if is_zero(v) && rest.ends_with(&outs) {
                return Some(end - 1..end);
            }
        }
    }
    if end >= 4 {
        let head = line(end - 4);
        let yields = line(end - 2);
        let zero = yields
            .strip_prefix("linalg.yield ")
            .and_then(|y| y.strip_suffix(" : f32"))
            .is_some_and(is_zero);
        if head.starts_with("linalg.generic {indexing_maps = [")
            && !head.contains(" ins(")
            && head.ends_with(&format!("{outs} {{"))
            && line(end - 3).starts_with("^bb0(")
            && zero
            && line(end - 1) == "}"
        {
            return Some(end - 4..end);
        }
    }
    None
}

/// If `lines[0]` starts an f32 contraction a BLAS call can compute, the number of
/// lines it spans and the GEMM with its operands.
fn contraction(
    lines: &[&str],
    maps: &HashMap<String, String>,
    named: bool,
) -> Option<(usize, GemmCall)> {
    let (head, _) = strip_locs(lines[0]);
    let head = head.trim();
    let (names, tys) = ins_outs(head)?;
    if names.len() != 3 {
        return None;
    }
    let types: Vec<MemrefType> = tys
        .iter()
        .map(|t| MemrefType::parse(t))
        .collect::<Option<_>>()?;
    if types.iter().any(|t| t.elem != "f32") {
        return None;
    }
    let (consumed, op_maps): (usize, Vec<Vec<usize>>) = if named {
        if head.contains('{') {
            return None; // attributes (casts, ...): not a plain matmul
        }
        let maps = if head.starts_with("linalg.matmul") {
            vec![vec![0, 2], vec![2, 1], vec![0, 1]]
        } else {
            vec![vec![0, 1, 3], vec![0, 3, 2], vec![0, 1, 2]]
        };
        (1, maps)
    } else {
        // linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = [...]} ins(..) outs(..) {
        // ^bb0(%in: f32, %in_1: f32, %out: f32):
        //   %p = arith.mulf %in, %in_1 : f32
        //   %s = arith.addf %out, %p : f32
        //   linalg.yield %s : f32
        // }
        let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
        let mut op_maps = Vec::new();
        let mut dims = None;
        for name in split_top(list) {
            let def = if name.starts_with('#') {
                maps.get(&name)?.clone()
            } else {
                name.clone()
            };
            let (n, res) = projected_permutation(&def)?;
            if dims.is_some_and(|d| d != n) {
                return None;
            }
            dims = Some(n);
            op_maps.push(res);
        }
        let body: Vec<String> = lines
            .get(1..6)?
            .iter()
            .map(|l| strip_locs(l).0.trim().to_string())
            .collect();
        let args = body[0].strip_prefix("^bb0(")?.strip_suffix("):")?;
        let args: Vec<String> = split_top(args)
            .iter()
            .map(|a| {
                a.strip_suffix(": f32")
                    .map(|n| n.trim().to_string())
                    .unwrap_or_default()
            })
            .collect();
        if args.len() != 3 || args.iter().any(|a| a.is_empty()) {
            return None;
        }
        let (p, mul) = body[1].split_once(" = arith.mulf ")?;
        let mul = mul.strip_suffix(" : f32")?;
        let ok_mul = mul == format!("{}, {}", args[0], args[1])
            || mul == format!("{}, {}", args[1], args[0]);
        let (s, add) = body[2].split_once(" = arith.addf ")?;
        let add = add.strip_suffix(" : f32")?;
        let ok_add = add == format!("{}, {p}", args[2]) || add == format!("{p}, {}", args[2]);
        if !ok_mul || !ok_add || body[3] != format!("linalg.yield {s} : f32") || body[4] != "}" {
            return None;
        }
        (6, op_maps)
    };
    if op_maps.len() != 3 {
        return None;
    }
    let ndims = op_maps.iter().flatten().max().map_or(0, |d| d + 1);
    let mut sizes = vec![0i64; ndims];
    for (x, map) in op_maps.iter().enumerate() {
        if map.len() != types[x].shape.len() {
            return None;
        }
        for (pos, &d) in map.iter().enumerate() {
            sizes[d] = types[x].shape[pos];
        }
    }
    let g = gemm_of(
        &sizes,
        [&op_maps[0], &op_maps[1], &op_maps[2]],
        [&types[0], &types[1], &types[2]],
    )?;
    Some((consumed, (g, names, tys)))
}

/// Reorders the dimensions of every `scf.parallel` header: the last (innermost,
/// contiguous in a row-major buffer) dimension comes first, so the tiling's 32-wide
/// tile and `gpu-map-parallel-loops`' first mapping (`x`) go to it; the others follow
/// by decreasing extent (where the bounds are known constants), so the largest get
/// the grid's `y` and `z` and only the smallest are left as loops inside the kernel
/// (a `[1, L, 3, H, D]` split would otherwise loop over `L` in every thread). The loop
/// is parallel, so the order of its dimensions does not change what it computes.
fn reorder_parallel_loops(text: &str) -> String {
    // Index constants by name; a name bound to two values (two functions) is unknown.
    let mut consts: HashMap<String, Option<i64>> = HashMap::new();
    for line in text.lines() {
        let (l, _) = strip_locs(line);
        if let Some((name, v)) = l.trim().split_once(" = arith.constant ") {
            if let Some(v) = v
                .strip_suffix(" : index")
                .and_then(|v| v.parse::<i64>().ok())
            {
                let e = consts.entry(name.to_string()).or_insert(Some(v));
                if *e != Some(v) {
                    *e = None;
                }
            }
        }
    }
    let value = |v: &str| -> Option<i64> { *consts.get(v.trim())? };
    let mut out = String::with_capacity(text.len());
    // Dropped single-iteration dimensions: their induction variable is replaced by
    // the lower bound until the loop's region closes (at brace depth `until`).
    let mut subs: Vec<(String, String, i32)> = Vec::new();
    let mut depth = 0i32;
    let mut merged = 0;
    for line in text.lines() {
        let mut l = line.to_string();
        for (iv, lb, _) in &subs {
            l = replace_value(&l, iv, lb);
        }
        if let Some(r) = reorder_header(&l, &value, merged) {
            for (iv, lb) in r.dropped {
                subs.push((iv, lb, depth));
            }
            merged += r.merged;
            l = r.lines.join("\n");
        }
        let (code, _) = strip_locs(&l);
        depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
        subs.retain(|(_, _, until)| depth > *until);
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// `line` with every use of the SSA value `name` (whole names only) replaced by `by`.
fn replace_value(line: &str, name: &str, by: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(name) {
        let after = rest[i + name.len()..].chars().next();
        let whole = !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '#');
        out.push_str(&rest[..i]);
        out.push_str(if whole { by } else { name });
        rest = &rest[i + name.len()..];
    }
    out.push_str(rest);
    out
}

/// A rewritten `scf.parallel` header.
struct Reordered {
    /// Lines replacing the header: constants before it, the header, and the
    /// induction variables of merged dimensions recomputed at the top of the body.
    lines: Vec<String>,
    /// Dimensions dropped (induction variable, lower bound): a dimension of one
    /// iteration would take a whole block or thread dimension (a `[1, 2048]` loop as
    /// 32 x 8 threads with 7 of 8 rows idle).
    dropped: Vec<(String, String)>,
    /// How many merged dimensions were introduced (for fresh names).
    merged: usize,
}

/// Reorders (and drops, and merges) the dimensions of an `scf.parallel` header; see
/// [`reorder_parallel_loops`]. An innermost dimension narrower than the 32-thread
/// tile is merged with the next one (`i = m mod E`, `j = m div E` at the top of the
/// body) while both are known `0 to E step 1`, so a `[N, N, 4]` loop runs 32
/// consecutive elements per warp instead of 4 active lanes of 32.
fn reorder_header(
    line: &str,
    value: &dyn Fn(&str) -> Option<i64>,
    fresh: usize,
) -> Option<Reordered> {
    let extent = |lo: &str, hi: &str| Some(value(hi)? - value(lo)?);
    let start = line.find("scf.parallel (")?;
    let (head, rest) = line.split_at(start);
    let rest = rest.strip_prefix("scf.parallel ")?;
    // (ivs) = (lbs) to (ubs) step (steps) tail
    let mut groups = Vec::new();
    let mut r = rest;
    for sep in [" = ", " to ", " step ", ""] {
        let body_end = r.find(')')?;
        let g = r.strip_prefix('(')?[..body_end - 1].to_string();
        groups.push(g);
        r = &r[body_end + 1..];
        if !sep.is_empty() {
            r = r.strip_prefix(sep)?;
        }
    }
    let mut parts: Vec<Vec<String>> = groups.iter().map(|g| split_top(g)).collect();
    let n = parts[0].len();
    if parts.iter().any(|p| p.len() != n) {
        return None;
    }
    let indent = &head[..head.len() - head.trim_start().len()];
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut merged = 0;
    // Merge the innermost non-unit dimension with the next while it is narrower than
    // the tile: both must be `0 to E step 1` with known E.
    let simple = |parts: &Vec<Vec<String>>, d: usize| -> Option<i64> {
        (value(&parts[1][d])? == 0 && value(&parts[3][d])? == 1).then_some(value(&parts[2][d])?)
    };
    loop {
        let live: Vec<usize> = (0..parts[0].len())
            .filter(|&d| extent(&parts[1][d], &parts[2][d]) != Some(1))
            .collect();
        let [.., b, a] = live[..] else { break };
        let (Some(ea), Some(eb)) = (simple(&parts, a), simple(&parts, b)) else {
            break;
        };
        if ea >= i64::from(pipeline::GPU_TILE[0]) {
            break;
        }
        let m = format!("%merged{}", fresh + merged);
        merged += 1;
        pre.push(format!(
            "{indent}{m}_ub = arith.constant {} : index",
            ea * eb
        ));
        post.push(format!("{indent}  {m}_e = arith.constant {ea} : index"));
        post.push(format!(
            "{indent}  {} = arith.remui {m}, {m}_e : index",
            parts[0][a]
        ));
        post.push(format!(
            "{indent}  {} = arith.divui {m}, {m}_e : index",
            parts[0][b]
        ));
        // The merged dimension takes a's place; b is removed.
        parts[0][a] = m.clone();
        parts[2][a] = format!("{m}_ub");
        for p in parts.iter_mut() {
            p.remove(b);
        }
    }
    let n = parts[0].len();
    // Extents of the merged dimensions are known to `value` only through their names.
    let extent = |lo: &str, hi: &str| -> Option<i64> {
        match hi.strip_suffix("_ub").filter(|h| h.starts_with("%merged")) {
            Some(_) => pre
                .iter()
                .find(|l| l.trim_start().starts_with(&format!("{hi} =")))
                .and_then(|l| {
                    l.split("arith.constant ")
                        .nth(1)?
                        .split(' ')
                        .next()?
                        .parse()
                        .ok()
                }),
            None => extent(lo, hi),
        }
    };
    // Innermost first, then the rest by decreasing extent (stable: inner to outer on
    // ties or unknown extents); single-iteration dimensions dropped (one kept if all
    // are).
    let sizes: Vec<i64> = (0..n)
        .map(|d| extent(&parts[1][d], &parts[2][d]).unwrap_or(0))
        .collect();
    let mut order: Vec<usize> = (0..n).rev().filter(|&d| sizes[d] != 1).collect();
    if order.is_empty() {
        order.push(n - 1);
    }
    order[1..].sort_by_key(|&d| std::cmp::Reverse(sizes[d]));
    let dropped: Vec<(String, String)> = (0..n)
        .filter(|d| !order.contains(d))
        .map(|d| (parts[0][d].clone(), parts[1][d].clone()))
        .collect();
    let pick = |p: &Vec<String>| {
        order
            .iter()
            .map(|&d| p[d].as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let header = format!(
        "{head}scf.parallel ({}) = ({}) to ({}) step ({}){r}",
        pick(&parts[0]),
        pick(&parts[1]),
        pick(&parts[2]),
        pick(&parts[3])
    );
    let mut lines = pre;
    lines.push(header);
    lines.extend(post);
    Some(Reordered {
        lines,
        dropped,
        merged,
    })
}

/// Replaces the `math` ops of the kernels that `convert-gpu-to-nvvm` would turn into
/// libdevice calls (`__nv_expf`, ...) by arithmetic and PTX instructions
/// (`llvm.inline_asm`), so the PTX needs no libdevice: `exp` is `ex2.approx` of
/// `x·log2(e)` (relative error ~4e-6 at |x| = 88), `log` is `lg2.approx · ln 2`,
/// `sqrt` is `sqrt.rn`, `rsqrt` is `rsqrt.approx` (~1e-7), `absf` is `abs.f32`,
/// `tanh` is `1 - 2 / (exp(2x) + 1)` (exact limits ±1), `erf` is Abramowitz-Stegun
/// 7.1.26 (absolute error 1.5e-7). Other math ops are left alone; a libdevice call in
/// the PTX is then an error.
fn inline_math(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match inline_math_op(line) {
            Some(lines) => {
                for l in lines {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

fn inline_math_op(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    let (r, rhs) = trimmed.split_once(" = math.")?;
    let (op, rest) = rhs.split_once(' ')?;
    let x = rest.strip_suffix(" : f32")?;
    if x.contains(',') || x.contains(' ') {
        return None;
    }
    let mut lines = Vec::new();
    let mut n = 0;
    let mut fresh = |lines: &mut Vec<String>, rhs: String| {
        let name = format!("%math{}_{n}", r.trim_start_matches('%'));
        n += 1;
        lines.push(format!("{indent}{name} = {rhs}"));
        name
    };
    let asm = |ins: &str, a: &str| {
        format!("llvm.inline_asm \"{ins} $0, $1;\", \"=f,f\" {a} : (f32) -> f32")
    };
    let cst = |v: f64| format!("arith.constant {v:.9e} : f32");
    let exp = |lines: &mut Vec<String>,
               fresh: &mut dyn FnMut(&mut Vec<String>, String) -> String,
               a: &str| {
        let l2e = fresh(lines, cst(std::f64::consts::LOG2_E));
        let t = fresh(lines, format!("arith.mulf {a}, {l2e} : f32"));
        fresh(lines, asm("ex2.approx.ftz.f32", &t))
    };
    let result = match op {
        "exp" => exp(&mut lines, &mut fresh, x),
        "log" => {
            let l = fresh(&mut lines, asm("lg2.approx.f32", x));
            let ln2 = fresh(&mut lines, cst(std::f64::consts::LN_2));
            fresh(&mut lines, format!("arith.mulf {l}, {ln2} : f32"))
        }
        "sqrt" => fresh(&mut lines, asm("sqrt.rn.f32", x)),
        "rsqrt" => fresh(&mut lines, asm("rsqrt.approx.f32", x)),
        "absf" => fresh(&mut lines, asm("abs.f32", x)),
        "tanh" => {
            let two = fresh(&mut lines, cst(2.0));
            let one = fresh(&mut lines, cst(1.0));
            let x2 = fresh(&mut lines, format!("arith.mulf {x}, {two} : f32"));
            let e = exp(&mut lines, &mut fresh, &x2);
            let d = fresh(&mut lines, format!("arith.addf {e}, {one} : f32"));
            let q = fresh(&mut lines, format!("arith.divf {two}, {d} : f32"));
            fresh(&mut lines, format!("arith.subf {one}, {q} : f32"))
        }
        "erf" => {
            let a = fresh(&mut lines, asm("abs.f32", x));
            let one = fresh(&mut lines, cst(1.0));
            let p = fresh(&mut lines, cst(0.3275911));
            let pa = fresh(&mut lines, format!("arith.mulf {p}, {a} : f32"));
            let den = fresh(&mut lines, format!("arith.addf {one}, {pa} : f32"));
            let t = fresh(&mut lines, format!("arith.divf {one}, {den} : f32"));
            let coeffs = [
                1.061405429,
                -1.453152027,
                1.421413741,
                -0.284496736,
                0.254829592,
            ];
            let mut acc = fresh(&mut lines, cst(coeffs[0]));
            for c in &coeffs[1..] {
                let m = fresh(&mut lines, format!("arith.mulf {acc}, {t} : f32"));
                let k = fresh(&mut lines, cst(*c));
                acc = fresh(&mut lines, format!("arith.addf {m}, {k} : f32"));
            }
            let poly = fresh(&mut lines, format!("arith.mulf {acc}, {t} : f32"));
            let a2 = fresh(&mut lines, format!("arith.mulf {a}, {a} : f32"));
            let na2 = fresh(&mut lines, format!("arith.negf {a2} : f32"));
            let e = exp(&mut lines, &mut fresh, &na2);
            let pe = fresh(&mut lines, format!("arith.mulf {poly}, {e} : f32"));
            let y = fresh(&mut lines, format!("arith.subf {one}, {pe} : f32"));
            let ny = fresh(&mut lines, format!("arith.negf {y} : f32"));
            let zero = fresh(&mut lines, cst(0.0));
            let neg = fresh(&mut lines, format!("arith.cmpf olt, {x}, {zero} : f32"));
            fresh(&mut lines, format!("arith.select {neg}, {ny}, {y} : f32"))
        }
        _ => return None,
    };
    // The last line defines the op's result under its own name.
    let last = lines.pop()?;
    lines.push(last.replacen(&format!("{result} = "), &format!("{r} = "), 1));
    Some(lines)
}

/// Moves every top-level `gpu.module @M { gpu.func @K ... }` into one
/// `gpu.module @kernels` with the kernel renamed `@M`, and rewrites launches of
/// `@M::@K` to `@kernels::@M`. Returns the text and the kernel names.
fn merge_kernels(text: &str) -> (String, Vec<String>) {
    let mut host = Vec::new();
    let mut kernel_lines = Vec::new();
    let mut renames: Vec<(String, String)> = Vec::new();
    let mut kernels = Vec::new();
    let mut current: Option<String> = None;
    let mut renamed = false;
    for line in text.lines() {
        if let Some(name) = &current {
            if line == "  }" {
                current = None;
                continue;
            }
            let mut l = line.to_string();
            if !renamed {
                if let Some(i) = l.find("gpu.func @") {
                    let rest = &l[i + "gpu.func @".len()..];
                    let end = rest.find('(').unwrap_or(rest.len());
                    let old = rest[..end].to_string();
                    renames.push((format!("@{name}::@{old}"), format!("@kernels::@{name}")));
                    l = format!("{}gpu.func @{name}{}", &l[..i], &rest[end..]);
                    renamed = true;
                }
            }
            kernel_lines.push(l);
            continue;
        }
        if let Some(rest) = line.strip_prefix("  gpu.module @") {
            let name = rest.trim_end_matches(" {").to_string();
            kernels.push(name.clone());
            current = Some(name);
            renamed = false;
            continue;
        }
        host.push(line.to_string());
    }
    // The module's closing brace is the last host line.
    let close = host.pop().unwrap_or_default();
    let mut out = String::new();
    for l in host {
        let mut l = l;
        for (from, to) in &renames {
            // `@M::@K` followed by a space or the end: exact symbol references only.
            l = l.replace(&format!("{from} "), &format!("{to} "));
        }
        out.push_str(&l);
        out.push('\n');
    }
    // Always a kernel module, empty when every op became a host step (a module of
    // GEMMs only): the runtime still gets a PTX image to load.
    out.push_str("  gpu.module @kernels {\n");
    for l in kernel_lines {
        out.push_str(&l);
        out.push('\n');
    }
    out.push_str("  }\n");
    out.push_str(&close);
    out.push('\n');
    (out, kernels)
}

/// The `assembly = "..."` string of the first `#gpu.object`, unescaped (MLIR prints
/// non-printable bytes, `"` and `\` as `\XX` hex).
fn assembly(text: &str) -> Option<String> {
    let start = text.find("assembly = \"")? + "assembly = \"".len();
    let bytes = &text.as_bytes()[start..];
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // The object holds a C string: drop its terminating NUL. One inside
                // would cut the PTX short where the driver reads it.
                while out.last() == Some(&0) {
                    out.pop();
                }
                if out.contains(&0) {
                    return None;
                }
                return String::from_utf8(out).ok();
            }
            b'\\' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(bytes[i + 1]);
                        i += 2;
                    }
                }
                continue;
            }
            b => out.push(b),
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
