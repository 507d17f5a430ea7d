//! Contractions: `nn.matmul` and `nn.dot_general` become batches of strided GEMMs,
//! read in place (no transposed copies): matrixmultiply's `sgemm` for f32, a plain
//! loop for integers. Dimensions that cannot be merged into one GEMM stride become
//! extra batch loops (free dimensions) or accumulated GEMM calls (contracting ones).
//! Work is split over rayon's pool by batch and by blocks of rows.
use super::{Attrs, SendPtr};
use crate::tensor::{strides_of, Data, DataMut, View};
use ir::Diagnostic;
use rayon::prelude::*;

/// One strided GEMM shape: `C[m, n] (+)= A[m, k] · B[k, n]`, strides in elements.
#[derive(Clone, Copy, Debug, Default)]
pub struct GemmDims {
    pub m: usize,
    pub n: usize,
    pub k: usize,
    pub rsa: isize,
    pub csa: isize,
    pub rsb: isize,
    pub csb: isize,
    pub rsc: isize,
    pub csc: isize,
}

/// A contraction as GEMM calls: for each task `[a, b, c]` (base offsets), the sum
/// over `ksplits` `[da, db]` of `A(a + da) · B(b + db)` is written at `C(c)`.
struct Problem {
    dims: GemmDims,
    tasks: Vec<[isize; 3]>,
    ksplits: Vec<[isize; 2]>,
    /// Some dimension is empty: nothing to compute (or, for an empty K, zeros).
    empty_k: bool,
}

/// A dimension of a contraction: size and the strides of two of the three tensors.
type Dim = (usize, isize, isize);

/// Merges `(size, s1, s2)` dims (outer to inner) whose strides chain, drops size-1
/// dims, and returns the innermost as the GEMM dim and the rest as loops.
fn merge(dims: &[Dim]) -> (Dim, Vec<Dim>) {
    let mut kept: Vec<Dim> = Vec::new();
    for &d in dims.iter().filter(|d| d.0 != 1) {
        if let Some(last) = kept.last_mut() {
            if last.1 == d.1 * d.0 as isize && last.2 == d.2 * d.0 as isize {
                *last = (last.0 * d.0, d.1, d.2);
                continue;
            }
        }
        kept.push(d);
    }
    match kept.pop() {
        Some(inner) => (inner, kept),
        None => ((1, 0, 0), kept),
    }
}

fn build(
    batch: &[(usize, [isize; 3])],
    mdims: &[(usize, isize, isize)],
    ndims: &[(usize, isize, isize)],
    kdims: &[(usize, isize, isize)],
) -> Problem {
    let ((m, rsa, rsc), mouter) = merge(mdims);
    let ((n, csb, csc), nouter) = merge(ndims);
    let ((k, csa, rsb), kouter) = merge(kdims);
    let mut loops: Vec<(usize, [isize; 3])> = batch.to_vec();
    loops.extend(mouter.iter().map(|&(s, a, c)| (s, [a, 0, c])));
    loops.extend(nouter.iter().map(|&(s, b, c)| (s, [0, b, c])));
    let mut tasks = vec![[0isize; 3]];
    for &(size, d) in &loops {
        let mut next = Vec::with_capacity(tasks.len() * size);
        for t in &tasks {
            for i in 0..size as isize {
                next.push([t[0] + i * d[0], t[1] + i * d[1], t[2] + i * d[2]]);
            }
        }
        tasks = next;
    }
    let mut ksplits = vec![[0isize; 2]];
    for &(size, a, b) in &kouter {
        let mut next = Vec::with_capacity(ksplits.len() * size);
        for t in &ksplits {
            for i in 0..size as isize {
                next.push([t[0] + i * a, t[1] + i * b]);
            }
        }
        ksplits = next;
    }
    let empty_k = k == 0 || ksplits.is_empty();
    Problem {
        dims: GemmDims {
            m,
            n,
            k,
            rsa,
            csa,
            rsb,
            csb,
            rsc,
            csc,
        },
        tasks,
        ksplits,
        empty_k,
    }
}

/// Rows of `m` per work item so that there are about `2 * threads` items.
fn row_block(d: &GemmDims, tasks: usize) -> usize {
    let threads = rayon::current_num_threads().max(1);
    let flops = 2.0 * d.m as f64 * d.n as f64 * d.k as f64 * tasks as f64;
    if flops < 4e6 || tasks >= 2 * threads {
        return d.m.max(1);
    }
    let per_task = (2 * threads).div_ceil(tasks);
    d.m.div_ceil(per_task).next_multiple_of(8).max(8)
}

/// Runs batched strided f32 GEMMs in parallel: for every task `[a, b, c]`,
/// `C(c) = Σ_s A(a + s[0]) · B(b + s[1])` over `ksplits`. All offsets must address
/// elements inside the slices, and distinct tasks must write disjoint parts of `c`.
pub fn sgemm_parallel(
    a: &[f32],
    b: &[f32],
    c: &mut [f32],
    d: &GemmDims,
    tasks: &[[isize; 3]],
    ksplits: &[[isize; 2]],
) {
    let block = row_block(d, tasks.len());
    let blocks = d.m.div_ceil(block.max(1)).max(1);
    let (pa, pb, pc) = (
        SendPtr(a.as_ptr() as *mut f32),
        SendPtr(b.as_ptr() as *mut f32),
        SendPtr(c.as_mut_ptr()),
    );
    let item = |i: usize| {
        let t = tasks[i / blocks];
        let r0 = (i % blocks) * block;
        let rows = block.min(d.m - r0.min(d.m));
        if rows == 0 {
            return;
        }
        for (j, s) in ksplits.iter().enumerate() {
            // SAFETY: offsets come from verified shapes and stay inside the
            // buffers; work items write disjoint rows of disjoint tasks.
            unsafe {
                matrixmultiply::sgemm(
                    rows,
                    d.k,
                    d.n,
                    1.0,
                    pa.get().offset(t[0] + s[0] + r0 as isize * d.rsa),
                    d.rsa,
                    d.csa,
                    pb.get().offset(t[1] + s[1]),
                    d.rsb,
                    d.csb,
                    if j == 0 { 0.0 } else { 1.0 },
                    pc.get().offset(t[2] + r0 as isize * d.rsc),
                    d.rsc,
                    d.csc,
                );
            }
        }
    };
    let items = tasks.len() * blocks;
    if items > 1 && 2.0 * (d.m * d.n * d.k) as f64 * tasks.len() as f64 >= 4e6 {
        (0..items).into_par_iter().for_each(item);
    } else {
        (0..items).for_each(item);
    }
}

trait IntAcc: Copy + Send + Sync + Default {
    fn mul_add(self, a: Self, b: Self) -> Self;
}
impl IntAcc for i32 {
    fn mul_add(self, a: i32, b: i32) -> i32 {
        self.wrapping_add(a.wrapping_mul(b))
    }
}
impl IntAcc for i64 {
    fn mul_add(self, a: i64, b: i64) -> i64 {
        self.wrapping_add(a.wrapping_mul(b))
    }
}

fn igemm<T: IntAcc>(a: &[T], b: &[T], c: &mut [T], p: &Problem) {
    let d = &p.dims;
    for t in &p.tasks {
        for i in 0..d.m as isize {
            for j in 0..d.n as isize {
                let mut acc = T::default();
                if !p.empty_k {
                    for s in &p.ksplits {
                        for l in 0..d.k as isize {
                            let x = a[(t[0] + s[0] + i * d.rsa + l * d.csa) as usize];
                            let y = b[(t[1] + s[1] + l * d.rsb + j * d.csb) as usize];
                            acc = acc.mul_add(x, y);
                        }
                    }
                }
                c[(t[2] + i * d.rsc + j * d.csc) as usize] = acc;
            }
        }
    }
}

fn run(a: &Attrs, x: View, y: View, out: DataMut, p: &Problem) -> Result<(), Diagnostic> {
    match (x.data, y.data, out) {
        (Data::F32(p_), Data::F32(q), DataMut::F32(o)) => {
            if o.is_empty() {
                return Ok(());
            }
            if p.empty_k {
                o.fill(0.0);
                return Ok(());
            }
            sgemm_parallel(p_, q, o, &p.dims, &p.tasks, &p.ksplits);
            Ok(())
        }
        (Data::I32(p_), Data::I32(q), DataMut::I32(o)) => {
            igemm(p_, q, o, p);
            Ok(())
        }
        (Data::I64(p_), Data::I64(q), DataMut::I64(o)) => {
            igemm(p_, q, o, p);
            Ok(())
        }
        _ => Err(a.err("has element types the contraction kernel does not accept")),
    }
}

pub(crate) fn matmul(
    a: &Attrs,
    x: View,
    y: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let (ra, rb, ro) = (x.rank(), y.rank(), so.len());
    if ra < 2 || rb < 2 || ro < 2 {
        return Err(a.err("needs operands of rank at least 2"));
    }
    let (m, k, n) = (x.shape[ra - 2], x.shape[ra - 1], y.shape[rb - 1]);
    let (sx, sy, sout) = (strides_of(x.shape), strides_of(y.shape), strides_of(so));
    let nb = ro - 2;
    let batch_stride = |shape: &[usize], strides: &[usize], d: usize| -> isize {
        let lead = nb - (shape.len() - 2);
        if d < lead || shape[d - lead] == 1 {
            0
        } else {
            strides[d - lead] as isize
        }
    };
    let batch: Vec<(usize, [isize; 3])> = (0..nb)
        .map(|d| {
            (
                so[d],
                [
                    batch_stride(x.shape, &sx, d),
                    batch_stride(y.shape, &sy, d),
                    sout[d] as isize,
                ],
            )
        })
        .collect();
    let p = build(
        &batch,
        &[(m, k as isize, n as isize)],
        &[(n, 1, 1)],
        &[(k, 1, n as isize)],
    );
    run(a, x, y, out, &p)
}

pub(crate) fn dot_general(
    a: &Attrs,
    x: View,
    y: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let list = |name: &str, rank: usize| -> Result<Vec<usize>, Diagnostic> {
        a.ints(name, Some(vec![]))?
            .into_iter()
            .map(|d| a.axis(d, rank))
            .collect()
    };
    let (lb, rb) = (
        list("lhs_batching_dimensions", x.rank())?,
        list("rhs_batching_dimensions", y.rank())?,
    );
    let (lc, rc) = (
        list("lhs_contracting_dimensions", x.rank())?,
        list("rhs_contracting_dimensions", y.rank())?,
    );
    if lb.len() != rb.len() || lc.len() != rc.len() {
        return Err(a.err("has unpaired batching or contracting dimensions"));
    }
    let (sx, sy, sout) = (strides_of(x.shape), strides_of(y.shape), strides_of(so));
    let lf: Vec<usize> = (0..x.rank())
        .filter(|d| !lb.contains(d) && !lc.contains(d))
        .collect();
    let rf: Vec<usize> = (0..y.rank())
        .filter(|d| !rb.contains(d) && !rc.contains(d))
        .collect();
    if lb.len() + lf.len() + rf.len() != so.len() {
        return Err(a.err("result rank does not match the contraction"));
    }
    let batch: Vec<(usize, [isize; 3])> = lb
        .iter()
        .zip(&rb)
        .enumerate()
        .map(|(i, (&l, &r))| {
            (
                x.shape[l],
                [sx[l] as isize, sy[r] as isize, sout[i] as isize],
            )
        })
        .collect();
    let mdims: Vec<(usize, isize, isize)> = lf
        .iter()
        .enumerate()
        .map(|(i, &d)| (x.shape[d], sx[d] as isize, sout[lb.len() + i] as isize))
        .collect();
    let ndims: Vec<(usize, isize, isize)> = rf
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            (
                y.shape[d],
                sy[d] as isize,
                sout[lb.len() + lf.len() + i] as isize,
            )
        })
        .collect();
    let kdims: Vec<(usize, isize, isize)> = lc
        .iter()
        .zip(&rc)
        .map(|(&l, &r)| (x.shape[l], sx[l] as isize, sy[r] as isize))
        .collect();
    let p = build(&batch, &mdims, &ndims, &kdims);
    run(a, x, y, out, &p)
}
