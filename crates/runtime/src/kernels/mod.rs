//! Kernels for every `nn` op. Each takes its operands as [`View`]s (dense, row-major)
//! and writes its one result into a preallocated [`DataMut`]; none allocates a tensor.
//! Large elementwise work and GEMMs run on rayon's pool.
//!
//! Numerics: f32 storage and arithmetic, with f64 accumulation in reductions, norms,
//! softmax and attention's softmax. Integer arithmetic wraps; integer division by
//! zero is a runtime error.
mod attention;
mod conv;
mod elementwise;
pub(crate) mod gemm;
mod movement;
mod reduce;
pub(crate) mod vector;

use crate::tensor::{bf16, f16, Data, DataMut, View};
use ir::{Attribute, Diagnostic, Module, OpId};
use rayon::prelude::*;

pub use gemm::{sgemm_contract, sgemm_parallel, BatchDim, FreeDim, GemmDims};

/// Below this many output elements a kernel runs on the calling thread (and always
/// when the pool has one thread).
///
/// Above it, work is cut into [`items`]: about [`PAR_ITEM`] elements each, a multiple
/// of the pool's threads in number and of equal size, each a separate rayon job
/// (`with_max_len(1)`): rayon's default splitting stops at about four pieces on two
/// threads, so a thread that falls behind (preempted on a shared machine) could hold
/// a quarter of the kernel while the other idles, and a last item shorter than the
/// others leaves a thread idle at the end. The kernels of a chunked program are short
/// (a slice of 30K–1M elements, hundreds of them per run), so these tails are a large
/// part of each: a chunk's `[168, 192]` residual add or layer norm (32K elements) runs
/// on both threads, in two items.
pub(crate) const PAR_MIN: usize = 1 << 14;

/// Elements per parallel work item, about (between half and all of it).
pub(crate) const PAR_ITEM: usize = 1 << 14;

/// How `units` independent units of `unit_len` elements each (elements, rows) are
/// cut into work items: units per item, or `None` to run on the calling thread.
pub(crate) fn items(units: usize, unit_len: usize) -> Option<usize> {
    let threads = rayon::current_num_threads();
    if units < 2 || threads < 2 || units.saturating_mul(unit_len.max(1)) < PAR_MIN {
        return None;
    }
    let n = (units * unit_len.max(1))
        .div_ceil(PAR_ITEM)
        .next_multiple_of(threads)
        .min(units);
    Some(units.div_ceil(n))
}

/// An op's attributes, read with the dialect's defaults; errors are located at the op.
pub(crate) struct Attrs<'a> {
    pub m: &'a Module,
    pub op: OpId,
}

impl Attrs<'_> {
    pub fn err(&self, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::error(
            self.m.op(self.op).loc.clone(),
            format!("'{}' op {}", self.m.name(self.op), msg.into()),
        )
    }
    pub fn get(&self, name: &str) -> Option<&Attribute> {
        self.m.attr(self.op, name)
    }
    pub fn int(&self, name: &str, default: Option<i64>) -> Result<i64, Diagnostic> {
        match self.get(name) {
            Some(a) => a
                .as_int()
                .and_then(|v| i64::try_from(v).ok())
                .ok_or_else(|| self.err(format!("attribute '{name}' must be an integer"))),
            None => default.ok_or_else(|| self.err(format!("requires attribute '{name}'"))),
        }
    }
    pub fn ints(&self, name: &str, default: Option<Vec<i64>>) -> Result<Vec<i64>, Diagnostic> {
        match self.get(name) {
            Some(a) => a
                .as_int_list()
                .ok_or_else(|| self.err(format!("attribute '{name}' must be an integer list"))),
            None => default.ok_or_else(|| self.err(format!("requires attribute '{name}'"))),
        }
    }
    pub fn float(&self, name: &str, default: f64) -> Result<f64, Diagnostic> {
        match self.get(name) {
            Some(a) => a
                .as_float()
                .ok_or_else(|| self.err(format!("attribute '{name}' must be a float"))),
            None => Ok(default),
        }
    }
    pub fn bool(&self, name: &str, default: bool) -> Result<bool, Diagnostic> {
        match self.get(name) {
            Some(a) => a
                .as_bool()
                .ok_or_else(|| self.err(format!("attribute '{name}' must be a bool"))),
            None => Ok(default),
        }
    }
    pub fn string(&self, name: &str, default: &str) -> Result<String, Diagnostic> {
        match self.get(name) {
            Some(a) => a
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| self.err(format!("attribute '{name}' must be a string"))),
            None => Ok(default.to_string()),
        }
    }
    /// A possibly negative axis, normalised against `rank`.
    pub fn axis(&self, axis: i64, rank: usize) -> Result<usize, Diagnostic> {
        let a = if axis < 0 { axis + rank as i64 } else { axis };
        usize::try_from(a)
            .ok()
            .filter(|&a| a < rank)
            .ok_or_else(|| self.err(format!("axis {axis} is out of range for rank {rank}")))
    }
}

/// Runs `op` on `inputs`, writing its result (of `out_shape`) into `out`.
pub(crate) fn run_op(
    m: &Module,
    op: OpId,
    inputs: &[View],
    out: DataMut,
    out_shape: &[usize],
) -> Result<(), Diagnostic> {
    let half_in = inputs.iter().any(|v| v.dtype().is_half());
    if half_in || out.dtype().is_half() {
        return run_widened(m, op, inputs, out, out_shape);
    }
    let a = Attrs { m, op };
    let name = m.name(op);
    let want = |n: usize| -> Result<(), Diagnostic> {
        if inputs.len() < n {
            Err(a.err(format!("expects {n} operands, got {}", inputs.len())))
        } else {
            Ok(())
        }
    };
    match name {
        "nn.neg" | "nn.abs" | "nn.exp" | "nn.log" | "nn.sqrt" | "nn.rsqrt" | "nn.tanh"
        | "nn.sigmoid" | "nn.relu" | "nn.silu" | "nn.erf" | "nn.gelu" => {
            want(1)?;
            elementwise::unary(&a, name, inputs[0], out)
        }
        "nn.add" | "nn.sub" | "nn.mul" | "nn.div" | "nn.max" | "nn.min" | "nn.pow" => {
            want(2)?;
            elementwise::binary(&a, name, inputs[0], inputs[1], out, out_shape)
        }
        "nn.compare" => {
            want(2)?;
            elementwise::compare(&a, inputs[0], inputs[1], out, out_shape)
        }
        "nn.select" => {
            want(3)?;
            elementwise::select(&a, inputs[0], inputs[1], inputs[2], out, out_shape)
        }
        "nn.convert" => {
            want(1)?;
            elementwise::convert(&a, inputs[0], out)
        }
        "nn.constant" => movement::constant(&a, out),
        "nn.iota" => movement::iota(&a, out, out_shape),
        "nn.matmul" => {
            want(2)?;
            gemm::matmul(&a, inputs[0], inputs[1], out, out_shape)
        }
        "nn.dot_general" => {
            want(2)?;
            gemm::dot_general(&a, inputs[0], inputs[1], out, out_shape)
        }
        "nn.reduce_sum" | "nn.reduce_max" | "nn.reduce_mean" => {
            want(1)?;
            reduce::reduce(&a, name, inputs[0], out)
        }
        "nn.softmax" => {
            want(1)?;
            reduce::softmax(&a, inputs[0], out)
        }
        "nn.layer_norm" => {
            want(3)?;
            reduce::layer_norm(&a, inputs[0], inputs[1], inputs[2], out)
        }
        "nn.rms_norm" => {
            want(2)?;
            reduce::rms_norm(&a, inputs[0], inputs[1], out)
        }
        "nn.group_norm" => {
            want(3)?;
            reduce::group_norm(&a, inputs[0], inputs[1], inputs[2], out)
        }
        "nn.reshape" | "nn.sharding_constraint" => {
            want(1)?;
            movement::copy(&a, inputs[0], out)
        }
        "nn.transpose" => {
            want(1)?;
            movement::transpose(&a, inputs[0], out, out_shape)
        }
        "nn.broadcast_in_dim" => {
            want(1)?;
            movement::broadcast_in_dim(&a, inputs[0], out, out_shape)
        }
        "nn.slice" => {
            want(1)?;
            movement::slice(&a, inputs[0], out, out_shape)
        }
        "nn.concat" => {
            want(1)?;
            movement::concat(&a, inputs, out)
        }
        "nn.embedding" => {
            want(2)?;
            movement::embedding(&a, inputs[0], inputs[1], out)
        }
        "nn.upsample_nearest2d" => {
            want(1)?;
            movement::upsample(&a, inputs[0], out, out_shape)
        }
        "nn.conv2d" => {
            want(2)?;
            conv::conv2d(&a, inputs, out, out_shape)
        }
        "nn.max_pool2d" | "nn.avg_pool2d" => {
            want(1)?;
            conv::pool(&a, name == "nn.max_pool2d", inputs[0], out, out_shape)
        }
        "nn.attention" => {
            want(3)?;
            attention::attention(&a, inputs, out, out_shape)
        }
        other => Err(Diagnostic::error(
            m.op(op).loc.clone(),
            format!("the reference runtime has no kernel for '{other}'"),
        )),
    }
}

/// Half-precision ops (f16, bf16 operands or result): the operands are widened to
/// f32, the op runs in f32 (contractions and reductions accumulate in f32 or f64 as
/// always), and a half-precision result is rounded to nearest even. Storage, and so
/// the memory plan, stays two bytes per element.
fn run_widened(
    m: &Module,
    op: OpId,
    inputs: &[View],
    out: DataMut,
    out_shape: &[usize],
) -> Result<(), Diagnostic> {
    let widened: Vec<Option<Vec<f32>>> = inputs
        .iter()
        .map(|v| match v.data {
            Data::F16(x) => Some(x.iter().map(|h| h.to_f32()).collect()),
            Data::BF16(x) => Some(x.iter().map(|h| h.to_f32()).collect()),
            _ => None,
        })
        .collect();
    let views: Vec<View> = inputs
        .iter()
        .zip(&widened)
        .map(|(v, w)| match w {
            Some(w) => View {
                shape: v.shape,
                data: Data::F32(w),
            },
            None => *v,
        })
        .collect();
    // A half-precision result: computed into f32, then rounded element by element.
    fn rounded<T>(
        dst: &mut [T],
        round: fn(f32) -> T,
        compute: impl FnOnce(DataMut) -> Result<(), Diagnostic>,
    ) -> Result<(), Diagnostic> {
        let mut tmp = vec![0f32; dst.len()];
        compute(DataMut::F32(&mut tmp))?;
        for (d, &x) in dst.iter_mut().zip(&tmp) {
            *d = round(x);
        }
        Ok(())
    }
    let compute = |o: DataMut| run_op(m, op, &views, o, out_shape);
    match out {
        DataMut::F16(dst) => rounded(dst, f16::from_f32, compute),
        DataMut::BF16(dst) => rounded(dst, bf16::from_f32, compute),
        other => compute(other),
    }
}

/// True when the runtime has a kernel for the op (or runs it structurally).
pub fn is_supported(name: &str) -> bool {
    matches!(
        name,
        "nn.neg"
            | "nn.abs"
            | "nn.exp"
            | "nn.log"
            | "nn.sqrt"
            | "nn.rsqrt"
            | "nn.tanh"
            | "nn.sigmoid"
            | "nn.relu"
            | "nn.silu"
            | "nn.erf"
            | "nn.gelu"
            | "nn.add"
            | "nn.sub"
            | "nn.mul"
            | "nn.div"
            | "nn.max"
            | "nn.min"
            | "nn.pow"
            | "nn.compare"
            | "nn.select"
            | "nn.convert"
            | "nn.constant"
            | "nn.iota"
            | "nn.matmul"
            | "nn.dot_general"
            | "nn.reduce_sum"
            | "nn.reduce_max"
            | "nn.reduce_mean"
            | "nn.softmax"
            | "nn.layer_norm"
            | "nn.rms_norm"
            | "nn.group_norm"
            | "nn.reshape"
            | "nn.sharding_constraint"
            | "nn.transpose"
            | "nn.broadcast_in_dim"
            | "nn.slice"
            | "nn.concat"
            | "nn.embedding"
            | "nn.upsample_nearest2d"
            | "nn.conv2d"
            | "nn.max_pool2d"
            | "nn.avg_pool2d"
            | "nn.attention"
            | "chunk.for"
            | "chunk.yield"
            | "func.return"
    )
}

/// Calls `f(row, bases, inner_strides)` for every innermost row of a row-major output
/// of `shape`, where `bases[k]` is the offset (in elements) of the row's first element
/// in input `k` read with `strides[k]`, and `inner_strides[k]` the step along the row.
/// Rows run in parallel when the output is large.
pub(crate) fn for_rows<const K: usize, O: Send>(
    shape: &[usize],
    out: &mut [O],
    base: [isize; K],
    strides: [&[isize]; K],
    f: impl Fn(&mut [O], [isize; K], [isize; K]) + Sync,
) {
    let rank = shape.len();
    if out.is_empty() {
        return;
    }
    let inner = if rank == 0 { 1 } else { shape[rank - 1] };
    let inner_strides: [isize; K] =
        std::array::from_fn(|k| if rank == 0 { 0 } else { strides[k][rank - 1] });
    let row_base = |r: usize| -> [isize; K] {
        let mut b = base;
        let mut rem = r;
        for d in (0..rank.saturating_sub(1)).rev() {
            let i = rem % shape[d];
            rem /= shape[d];
            for k in 0..K {
                b[k] += i as isize * strides[k][d];
            }
        }
        b
    };
    if let Some(rows_per_task) = items(out.len() / inner, inner) {
        out.par_chunks_mut(inner * rows_per_task)
            .enumerate()
            .with_max_len(1)
            .for_each(|(t, chunk)| {
                for (j, row) in chunk.chunks_mut(inner).enumerate() {
                    f(row, row_base(t * rows_per_task + j), inner_strides);
                }
            });
    } else {
        for (r, row) in out.chunks_mut(inner).enumerate() {
            f(row, row_base(r), inner_strides);
        }
    }
}

/// Calls `f(offset, block)` over consecutive blocks of `out`, in parallel when large.
pub(crate) fn par_blocks<O: Send>(out: &mut [O], f: impl Fn(usize, &mut [O]) + Sync) {
    if let Some(c) = items(out.len(), 1) {
        out.par_chunks_mut(c)
            .enumerate()
            .with_max_len(1)
            .for_each(|(i, block)| f(i * c, block));
    } else {
        f(0, out);
    }
}

/// `out[i] = f(x[i])` over equal-length slices, in parallel when large.
pub(crate) fn map1<I: Copy + Sync, O: Send>(x: &[I], out: &mut [O], f: impl Fn(I) -> O + Sync) {
    if let Some(c) = items(out.len(), 1) {
        out.par_chunks_mut(c)
            .zip(x.par_chunks(c))
            .with_max_len(1)
            .for_each(|(o, i)| {
                for (o, &i) in o.iter_mut().zip(i) {
                    *o = f(i);
                }
            });
    } else {
        for (o, &i) in out.iter_mut().zip(x) {
            *o = f(i);
        }
    }
}

/// `g(x, out)` over equal-length slices cut into parallel pieces when large: for the
/// vectorised slice kernels of [`vector`].
pub(crate) fn map_slices(x: &[f32], out: &mut [f32], g: impl Fn(&[f32], &mut [f32]) + Sync) {
    if let Some(c) = items(out.len(), 1) {
        out.par_chunks_mut(c)
            .zip(x.par_chunks(c))
            .with_max_len(1)
            .for_each(|(o, i)| g(i, o));
    } else {
        g(x, out);
    }
}

/// `out[i] = f(a[i], b[i])` over equal-length slices, in parallel when large.
pub(crate) fn map2<A: Copy + Sync, B: Copy + Sync, O: Send>(
    a: &[A],
    b: &[B],
    out: &mut [O],
    f: impl Fn(A, B) -> O + Sync,
) {
    if let Some(c) = items(out.len(), 1) {
        out.par_chunks_mut(c)
            .zip(a.par_chunks(c))
            .zip(b.par_chunks(c))
            .with_max_len(1)
            .for_each(|((o, a), b)| {
                for ((o, &a), &b) in o.iter_mut().zip(a).zip(b) {
                    *o = f(a, b);
                }
            });
    } else {
        for ((o, &a), &b) in out.iter_mut().zip(a).zip(b) {
            *o = f(a, b);
        }
    }
}

/// A raw pointer that may cross threads; users guarantee disjoint writes.
#[derive(Clone, Copy)]
pub(crate) struct SendPtr<T>(pub *mut T);
unsafe impl<T> Send for SendPtr<T> {}
unsafe impl<T> Sync for SendPtr<T> {}
impl<T> SendPtr<T> {
    pub fn get(self) -> *mut T {
        self.0
    }
}
