//! A validated host plan resolved into the commands of one run ([`resolve`]): kernel
//! parameters, GEMMs as column-major cuBLAS calls, copies as 2-D memory copies; and
//! the checks of a plan against its PTX and its inputs.
use super::*;

/// How a matrix `[rows, cols]` lies in memory, as BLAS sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Rows are contiguous (row-major); else columns are (column-major).
    pub row_major: bool,
    /// Elements between consecutive rows (row-major) or columns (column-major).
    pub ld: u64,
}

/// The layout of a `[rows, cols]` matrix with strides `[sr, sc]`: row-major when
/// `sc == 1` and `sr >= cols`, column-major when `sr == 1` and `sc >= rows`. A
/// dimension of size 1 has no meaningful stride, so it never rules a layout out.
pub fn matrix_layout(rows: u64, cols: u64, sr: i64, sc: i64) -> Option<Layout> {
    let fits = |s: i64, need: u64| s >= 0 && s as u64 >= need;
    if (sc == 1 || cols == 1) && (rows == 1 || fits(sr, cols)) {
        let ld = if rows == 1 { cols.max(1) } else { sr as u64 };
        return Some(Layout {
            row_major: true,
            ld,
        });
    }
    if (sr == 1 || rows == 1) && (cols == 1 || fits(sc, rows)) {
        let ld = if cols == 1 { rows.max(1) } else { sc as u64 };
        return Some(Layout {
            row_major: false,
            ld,
        });
    }
    None
}

/// One operand of a GEMM step: its layout and its batch stride in elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    pub layout: Layout,
    pub batch_stride: i64,
}

/// Checks a GEMM step's views against `batch, m, n, k` and returns the three
/// operands' layouts.
pub fn gemm_layout(
    batch: u64,
    m: u64,
    n: u64,
    k: u64,
    a: &View,
    b: &View,
    c: &View,
) -> Result<[Operand; 3], String> {
    if batch == 0 {
        return Err("batch 0".into());
    }
    let mut out = Vec::with_capacity(3);
    for (name, v, rows, cols) in [("a", a, m, k), ("b", b, k, n), ("c", c, m, n)] {
        if v.dtype != DType::F32 {
            return Err(format!(
                "{name} is {}, only f32 GEMMs are supported",
                v.dtype
            ));
        }
        let (want, batch_stride) = match v.shape.len() {
            2 if batch == 1 => (vec![rows, cols], 0),
            2 => {
                return Err(format!(
                    "{name} has rank 2 but batch is {batch} (rank-2 views need batch 1)"
                ))
            }
            3 => (vec![batch, rows, cols], v.strides[0]),
            r => return Err(format!("{name} has rank {r}, expected 2 or 3")),
        };
        if v.shape != want {
            return Err(format!(
                "{name} has shape {:?}, expected {want:?} for batch {batch}, m {m}, n {n}, k {k}",
                v.shape
            ));
        }
        let r = v.shape.len();
        let layout =
            matrix_layout(rows, cols, v.strides[r - 2], v.strides[r - 1]).ok_or_else(|| {
                format!(
                    "{name} (shape {:?}, strides {:?}) is neither row- nor column-contiguous",
                    v.shape, v.strides
                )
            })?;
        out.push(Operand {
            layout,
            batch_stride,
        });
    }
    if batch > 1 && out[2].batch_stride == 0 {
        return Err("c has batch stride 0: every batch would write the same matrix".into());
    }
    Ok([out[0], out[1], out[2]])
}

/// A device address: a base buffer and a byte offset into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ptr {
    pub base: Base,
    pub byte: u64,
}

/// One kernel parameter, laid out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Param {
    /// A pointer (the memref descriptor's allocated and aligned pointers).
    Ptr(Ptr),
    I64(i64),
    I32(i32),
    F32(f32),
}

/// `C = op(A) · op(B)` (+ `beta · C`) in cuBLAS's column-major terms, batched with
/// strides, f32. For a row-major result the plan's A and B are swapped
/// (`Cᵀ = Bᵀ · Aᵀ`): see [`gemm_call`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlasGemm {
    pub trans_a: bool,
    pub trans_b: bool,
    pub m: u64,
    pub n: u64,
    pub k: u64,
    pub a: Ptr,
    pub lda: u64,
    pub stride_a: i64,
    pub b: Ptr,
    pub ldb: u64,
    pub stride_b: i64,
    pub c: Ptr,
    pub ldc: u64,
    pub stride_c: i64,
    pub batch: u64,
    pub beta: f32,
}

/// A 2-D memory copy: `height` rows of `width` bytes, rows `pitch` bytes apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Copy2D {
    pub src: Ptr,
    pub src_pitch: u64,
    pub dst: Ptr,
    pub dst_pitch: u64,
    pub width: u64,
    pub height: u64,
}

/// One device command of a run.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Launch {
        /// Index into the plan's `kernels`.
        kernel: usize,
        grid: [u32; 3],
        block: [u32; 3],
        shared_bytes: u32,
        params: Vec<Param>,
    },
    Gemm(BlasGemm),
    Copy(Copy2D),
}

/// The byte address of a view's element 0 (its aligned pointer plus its offset).
pub(super) fn element0(v: &View, vars: &Vars, at: &str) -> Result<Ptr, PlanError> {
    let bo = eval(&v.byte_offset, vars, at)?;
    let off = eval(&v.offset, vars, at)?;
    let byte = bo + v.dtype.size() as i64 * off;
    u64::try_from(byte)
        .map(|byte| Ptr { base: v.base, byte })
        .map_err(|_| PlanError::new(at, format!("element 0 at byte {byte}, before its base")))
}

pub(super) fn eval(e: &Expr, vars: &Vars, at: &str) -> Result<i64, PlanError> {
    e.eval(vars)
        .ok_or_else(|| PlanError::new(at, format!("cannot evaluate {e:?} (unbound or overflow)")))
}

/// The parameters of a memref argument: allocated pointer (the base), aligned pointer
/// (base + byte_offset), offset, sizes, strides (`3 + 2·rank`).
pub(super) fn memref_params(v: &View, vars: &Vars, at: &str) -> Result<Vec<Param>, PlanError> {
    let bo = eval(&v.byte_offset, vars, at)?;
    let aligned =
        u64::try_from(bo).map_err(|_| PlanError::new(at, format!("negative byte_offset {bo}")))?;
    let mut p = vec![
        Param::Ptr(Ptr {
            base: v.base,
            byte: 0,
        }),
        Param::Ptr(Ptr {
            base: v.base,
            byte: aligned,
        }),
        Param::I64(eval(&v.offset, vars, at)?),
    ];
    p.extend(v.shape.iter().map(|&d| Param::I64(d as i64)));
    p.extend(v.strides.iter().map(|&s| Param::I64(s)));
    Ok(p)
}

/// The cuBLAS call of a GEMM step at the current loop offsets.
///
/// cuBLAS is column-major. A row-major `C` (`[m, n]`, rows `ldc` apart) is the
/// column-major `Cᵀ` (`n × m`), so the call computes `Cᵀ = Bᵀ · Aᵀ`: cuBLAS's A is the
/// plan's B and its B the plan's A. A row-major operand read as column-major is
/// already transposed, so it needs no transpose flag in that call, and a
/// column-major one needs `T`. A column-major `C` takes the direct call `C = A · B`.
pub(super) fn gemm_call(step: &Step, vars: &Vars, at: &str) -> Result<BlasGemm, PlanError> {
    let Step::Gemm {
        batch,
        m,
        n,
        k,
        a,
        b,
        c,
        accumulate,
    } = step
    else {
        return Err(PlanError::new(at, "not a gemm step"));
    };
    let [oa, ob, oc] =
        gemm_layout(*batch, *m, *n, *k, a, b, c).map_err(|e| PlanError::new(at, e))?;
    let (pa, pb, pc) = (
        element0(a, vars, at)?,
        element0(b, vars, at)?,
        element0(c, vars, at)?,
    );
    let beta = if *accumulate { 1.0 } else { 0.0 };
    Ok(if oc.layout.row_major {
        BlasGemm {
            trans_a: !ob.layout.row_major,
            trans_b: !oa.layout.row_major,
            m: *n,
            n: *m,
            k: *k,
            a: pb,
            lda: ob.layout.ld,
            stride_a: ob.batch_stride,
            b: pa,
            ldb: oa.layout.ld,
            stride_b: oa.batch_stride,
            c: pc,
            ldc: oc.layout.ld,
            stride_c: oc.batch_stride,
            batch: *batch,
            beta,
        }
    } else {
        BlasGemm {
            trans_a: oa.layout.row_major,
            trans_b: ob.layout.row_major,
            m: *m,
            n: *n,
            k: *k,
            a: pa,
            lda: oa.layout.ld,
            stride_a: oa.batch_stride,
            b: pb,
            ldb: ob.layout.ld,
            stride_b: ob.batch_stride,
            c: pc,
            ldc: oc.layout.ld,
            stride_c: oc.batch_stride,
            batch: *batch,
            beta,
        }
    })
}

/// A copy step as 2-D copies: the innermost dimension is one row of contiguous
/// bytes when both views have stride 1 there (else one element per row), the next
/// dimension out is the rows (pitch = its stride), and the dimensions outside those
/// are looped over here. Rows whose pitch is below their width (overlapping or
/// broadcast rows, which a 2-D copy refuses) become single-row copies.
pub(super) fn copy_commands(
    src: &View,
    dst: &View,
    vars: &Vars,
    at: &str,
) -> Result<Vec<Copy2D>, PlanError> {
    let size = src.dtype.size();
    let s0 = element0(src, vars, at)?;
    let d0 = element0(dst, vars, at)?;
    if src.elements() == 0 {
        return Ok(Vec::new());
    }
    // Dimensions of size 1 add nothing; drop them.
    let dims: Vec<(u64, i64, i64)> = src
        .shape
        .iter()
        .zip(src.strides.iter().zip(&dst.strides))
        .filter(|(&d, _)| d != 1)
        .map(|(&d, (&a, &b))| (d, a, b))
        .collect();
    let mut dims = dims;
    let width = match dims.last() {
        Some(&(d, 1, 1)) => {
            dims.pop();
            d * size
        }
        _ => size,
    };
    // Rows: the innermost remaining dimension (or one row).
    let (height, sp, dp) = match dims.pop() {
        Some((d, a, b)) => (d, a, b),
        None => (1, 0, 0),
    };
    let outer = dims;
    let mut out = Vec::new();
    let mut idx = vec![0u64; outer.len()];
    loop {
        let (mut so, mut dof) = (s0.byte as i64, d0.byte as i64);
        for (i, &(_, a, b)) in idx.iter().zip(&outer) {
            so += *i as i64 * a * size as i64;
            dof += *i as i64 * b * size as i64;
        }
        let (spb, dpb) = (sp * size as i64, dp * size as i64);
        if height == 1 || (spb >= width as i64 && dpb >= width as i64) {
            out.push(Copy2D {
                src: Ptr {
                    base: src.base,
                    byte: so as u64,
                },
                src_pitch: if height == 1 { width } else { spb as u64 },
                dst: Ptr {
                    base: dst.base,
                    byte: dof as u64,
                },
                dst_pitch: if height == 1 { width } else { dpb as u64 },
                width,
                height,
            });
        } else {
            for r in 0..height as i64 {
                out.push(Copy2D {
                    src: Ptr {
                        base: src.base,
                        byte: (so + r * spb) as u64,
                    },
                    src_pitch: width,
                    dst: Ptr {
                        base: dst.base,
                        byte: (dof + r * dpb) as u64,
                    },
                    dst_pitch: width,
                    width,
                    height: 1,
                });
            }
        }
        // Next outer index (row-major order).
        let mut d = outer.len();
        loop {
            if d == 0 {
                return Ok(out);
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < outer[d].0 {
                break;
            }
            idx[d] = 0;
        }
    }
}

/// The commands of one run: loops unrolled in order, expressions evaluated at every
/// iteration's offsets. The plan must be valid ([`HostPlan::validate`]).
pub fn resolve(plan: &HostPlan) -> Result<Vec<Command>, PlanError> {
    let kernels: HashMap<&str, usize> = plan
        .kernels
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    // The end_loop of every loop.
    let mut ends = HashMap::new();
    let mut open = Vec::new();
    for (i, s) in plan.steps.iter().enumerate() {
        match s {
            Step::Loop { .. } => open.push(i),
            Step::EndLoop { .. } => {
                let start = open
                    .pop()
                    .ok_or_else(|| PlanError::new(s.describe(i), "no loop is open"))?;
                ends.insert(start, i);
            }
            _ => {}
        }
    }
    if let Some(&i) = open.last() {
        return Err(PlanError::new(
            plan.steps[i].describe(i),
            "never closed by an end_loop",
        ));
    }
    let mut out = Vec::new();
    let mut vars = Vars::default();
    let ctx = Resolve {
        plan,
        kernels: &kernels,
        ends: &ends,
    };
    ctx.steps(0, plan.steps.len(), &mut vars, &mut out)?;
    Ok(out)
}

pub(super) struct Resolve<'a> {
    plan: &'a HostPlan,
    kernels: &'a HashMap<&'a str, usize>,
    ends: &'a HashMap<usize, usize>,
}

impl Resolve<'_> {
    fn steps(
        &self,
        from: usize,
        to: usize,
        vars: &mut Vars,
        out: &mut Vec<Command>,
    ) -> Result<(), PlanError> {
        let mut i = from;
        while i < to {
            let step = &self.plan.steps[i];
            let at = step.describe(i);
            match step {
                Step::Loop { var, extent, step } => {
                    let end = self.ends[&i];
                    for o in loop_offsets(*extent, *step) {
                        vars.0.insert(*var, o);
                        self.steps(i + 1, end, vars, out)?;
                    }
                    vars.0.remove(var);
                    i = end + 1;
                    continue;
                }
                Step::EndLoop { .. } => {}
                Step::Launch {
                    kernel,
                    grid,
                    block,
                    shared_bytes,
                    args,
                } => {
                    let mut params = Vec::new();
                    for (j, a) in args.iter().enumerate() {
                        let at = format!("{at} argument {j}");
                        match a {
                            Arg::Index(e) => params.push(Param::I64(eval(e, vars, &at)?)),
                            Arg::I32(x) => params.push(Param::I32(*x)),
                            Arg::I64(x) => params.push(Param::I64(*x)),
                            Arg::F32(x) => params.push(Param::F32(*x)),
                            Arg::Memref(v) => params.extend(memref_params(v, vars, &at)?),
                        }
                    }
                    let kernel = *self.kernels.get(kernel.as_str()).ok_or_else(|| {
                        PlanError::new(&at, format!("kernel '{kernel}' is not in the kernel list"))
                    })?;
                    out.push(Command::Launch {
                        kernel,
                        grid: grid.map(|d| d as u32),
                        block: block.map(|d| d as u32),
                        shared_bytes: *shared_bytes as u32,
                        params,
                    });
                }
                Step::Gemm { .. } => out.push(Command::Gemm(gemm_call(step, vars, &at)?)),
                Step::Copy { src, dst } => out.extend(
                    copy_commands(src, dst, vars, &at)?
                        .into_iter()
                        .map(Command::Copy),
                ),
            }
            i += 1;
        }
        Ok(())
    }
}

/// The parameter types (`u64`, `f32`, `b32`, ...) of every `.entry` in a PTX text.
pub fn ptx_entries(ptx: &str) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::new();
    let mut lines = ptx.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.trim().strip_prefix(".visible .entry ") else {
            continue;
        };
        let name = rest.split('(').next().unwrap_or("").trim().to_string();
        let mut params = Vec::new();
        // Parameters follow, one per line, until the closing parenthesis.
        let mut text = rest.split_once('(').map_or("", |(_, t)| t).to_string();
        while !text.contains(')') {
            match lines.next() {
                Some(l) => {
                    text.push(' ');
                    text.push_str(l);
                }
                None => break,
            }
        }
        let text = text.split(')').next().unwrap_or("");
        for decl in text.split(',') {
            let ty = decl
                .split_whitespace()
                .skip_while(|t| *t != ".param")
                .nth(1);
            if let Some(ty) = ty {
                params.push(ty.trim_start_matches('.').to_string());
            }
        }
        out.insert(name, params);
    }
    out
}

/// The PTX type class a parameter needs: 64-bit integer, 32-bit integer, f32.
pub(super) fn param_fits(p: &Param, ptx_type: &str) -> bool {
    let (class, bits) = ptx_type.split_at(1.min(ptx_type.len()));
    match p {
        Param::Ptr(_) | Param::I64(_) => matches!(class, "u" | "s" | "b") && bits == "64",
        Param::I32(_) => matches!(class, "u" | "s" | "b") && bits == "32",
        Param::F32(_) => (class == "f" || class == "b") && bits == "32",
    }
}

/// Checks that every kernel of the plan is an `.entry` of the PTX and that every launch
/// passes as many parameters as it declares, each of a fitting type (a mismatch would
/// make the driver read garbage, so it is caught here, without a device).
pub fn check_ptx(plan: &HostPlan, commands: &[Command], ptx: &str) -> Result<(), PlanError> {
    // The driver takes the PTX as a C string: a NUL would cut it short.
    if let Some(at) = ptx.find('\0') {
        return Err(PlanError::new(
            "ptx",
            format!("the PTX holds a NUL character at byte {at}"),
        ));
    }
    let entries = ptx_entries(ptx);
    for k in &plan.kernels {
        if !entries.contains_key(k) {
            return Err(PlanError::new(
                "kernels",
                format!(
                    "'{k}' is not an .entry of the PTX ({} entries)",
                    entries.len()
                ),
            ));
        }
    }
    // Every launch: two launches of one kernel may pass different parameters, and
    // cuLaunchKernel reads as many as the PTX declares.
    for c in commands {
        let Command::Launch { kernel, params, .. } = c else {
            continue;
        };
        let name = &plan.kernels[*kernel];
        let declared = &entries[name];
        if declared.len() != params.len() {
            return Err(PlanError::new(
                format!("launch of '{name}'"),
                format!(
                    "the plan passes {} parameters, the PTX declares {}",
                    params.len(),
                    declared.len()
                ),
            ));
        }
        for (i, (p, t)) in params.iter().zip(declared).enumerate() {
            if !param_fits(p, t) {
                return Err(PlanError::new(
                    format!("launch of '{name}'"),
                    format!("parameter {i} is {p:?} in the plan but .{t} in the PTX"),
                ));
            }
        }
    }
    Ok(())
}

/// Gathers the elements of `view` (strided, in a buffer whose byte `first` is
/// `bytes[0]`) into a dense row-major host tensor.
pub fn gather(view: &View, bytes: &[u8], first: u64) -> Result<runtime::HostTensor, String> {
    let dtype = view
        .dtype
        .runtime()
        .ok_or_else(|| format!("outputs of type {} are not supported", view.dtype))?;
    let size = view.dtype.size() as usize;
    let n = view.elements() as usize;
    let e0 = view.byte_offset.konst + view.dtype.size() as i64 * view.offset.konst;
    let mut dense = vec![0u8; n * size];
    let rank = view.shape.len();
    let mut idx = vec![0u64; rank];
    for e in 0..n {
        let mut at = e0;
        for (i, s) in idx.iter().zip(&view.strides) {
            at += *i as i64 * s * size as i64;
        }
        let local = (at - first as i64) as usize;
        let src = bytes
            .get(local..local + size)
            .ok_or_else(|| format!("element {e} at byte {at} is outside the downloaded range"))?;
        dense[e * size..(e + 1) * size].copy_from_slice(src);
        for d in (0..rank).rev() {
            idx[d] += 1;
            if idx[d] < view.shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
    let shape: Vec<usize> = view.shape.iter().map(|&d| d as usize).collect();
    Ok(runtime::HostTensor::new(
        shape,
        runtime::TensorData::from_le_bytes(dtype, &dense),
    ))
}

/// The bytes `[lo, hi)` a top-level view (no loop variables) covers.
pub fn view_span(view: &View) -> (u64, u64) {
    let size = view.dtype.size() as i64;
    let e0 = view.byte_offset.konst + size * view.offset.konst;
    if view.elements() == 0 {
        return (e0.max(0) as u64, e0.max(0) as u64);
    }
    let (mut lo, mut hi) = (e0, e0 + size);
    for (&d, &s) in view.shape.iter().zip(&view.strides) {
        let span = (d as i64 - 1) * s * size;
        if span < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    (lo as u64, hi as u64)
}

/// Checks that host tensors fit the plan's inputs (count, type, shape).
pub fn check_inputs(plan: &HostPlan, inputs: &[runtime::HostTensor]) -> Result<(), String> {
    if inputs.len() != plan.inputs.len() {
        return Err(format!(
            "the plan takes {} inputs, {} were given",
            plan.inputs.len(),
            inputs.len()
        ));
    }
    for (i, (p, t)) in plan.inputs.iter().zip(inputs).enumerate() {
        let shape: Vec<u64> = t.shape.iter().map(|&d| d as u64).collect();
        // `HostTensor`'s fields are public: its data may not hold its shape's elements,
        // and the upload copies the data's bytes into a buffer of the plan's size.
        if t.data.len() != t.shape.iter().product::<usize>() {
            return Err(format!(
                "input {i}: {} elements of data for the shape {:?}",
                t.data.len(),
                t.shape
            ));
        }
        if p.dtype.runtime() != Some(t.dtype()) || p.shape != shape {
            return Err(format!(
                "input {i}: the plan wants {:?} of {}, given {}",
                p.shape,
                p.dtype,
                t.type_string()
            ));
        }
    }
    Ok(())
}
