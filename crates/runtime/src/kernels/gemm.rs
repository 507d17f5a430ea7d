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

/// matrixmultiply's blocking for f32 (`S_NC`, `S_KC`): it packs B in `kc × nc` panels
/// and repacks A for every `nc`-wide panel of B.
const NC: usize = 1024;
/// Its micro-kernel tiles (16 × 16 with AVX-512); item boundaries fall on them.
const TILE: usize = 16;

/// How one GEMM of a batch is split into work items: `pm` blocks of `bm` rows times
/// `pn` blocks of `bn` columns.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Split {
    bm: usize,
    pm: usize,
    bn: usize,
    pn: usize,
}

impl Split {
    fn whole(d: &GemmDims) -> Split {
        Split {
            bm: d.m.max(1),
            pm: 1,
            bn: d.n.max(1),
            pn: 1,
        }
    }
}

/// Elements packed by matrixmultiply over all items of one GEMM under a split: every
/// item packs its `k × bn` panel of B and, per `NC`-wide panel, its `bm × k` block of A.
fn packed_elements(d: &GemmDims, s: &Split) -> usize {
    let (mut total, mut r0) = (0, 0);
    while r0 < d.m {
        let rows = s.bm.min(d.m - r0);
        let mut c0 = 0;
        while c0 < d.n {
            let cols = s.bn.min(d.n - c0);
            total += d.k * (cols + rows * cols.div_ceil(NC));
            c0 += s.bn;
        }
        r0 += s.bm;
    }
    total
}

/// Work per item the split aims at (flops): about a millisecond on one core.
const ITEM_FLOPS: f64 = 64e6;

/// The split of each GEMM so that a batch of `tasks` GEMMs makes at least
/// `2 * threads` work items, up to `4 * threads` when there is work enough for items of
/// [`ITEM_FLOPS`] (none when the batch has that many already or the work is small):
/// the spare items let a thread that runs ahead take over from one that falls
/// behind. Each item packs its own panels of A and B (matrixmultiply packs per call),
/// so among the splits into that many items the one packing the fewest elements wins:
/// blocks of rows when C is tall, of columns when it is wide (a chunk of a few
/// hundred rows times a wide weight), both when it is square. The split does not
/// change the arithmetic: every element of C is the same dot product in the same
/// order whichever item computes it.
fn split(d: &GemmDims, tasks: usize) -> Split {
    split_for(d, tasks, rayon::current_num_threads().max(1))
}

fn split_for(d: &GemmDims, tasks: usize, threads: usize) -> Split {
    let flops = 2.0 * d.m as f64 * d.n as f64 * d.k as f64 * tasks as f64;
    let items = ((flops / ITEM_FLOPS).ceil() as usize).clamp(2 * threads, 4 * threads);
    if flops < 4e6 || tasks >= items {
        return Split::whole(d);
    }
    let want = items
        .div_ceil(tasks)
        .min(d.m.div_ceil(TILE) * d.n.div_ceil(TILE));
    // Fewest packed elements among the splits into at least `want` items; ties go
    // to more row blocks (the row split tried last).
    let mut best: Option<((usize, usize), Split)> = None;
    for pm in 1..=want {
        let (bm, bn) = (
            d.m.div_ceil(pm).next_multiple_of(TILE),
            d.n.div_ceil(want.div_ceil(pm)).next_multiple_of(TILE),
        );
        let s = Split {
            bm,
            pm: d.m.div_ceil(bm),
            bn,
            pn: d.n.div_ceil(bn),
        };
        let key = (want.saturating_sub(s.pm * s.pn), packed_elements(d, &s));
        if best.is_none_or(|(k, _)| key <= k) {
            best = Some((key, s));
        }
    }
    best.map_or(Split::whole(d), |(_, s)| s)
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
    // SAFETY: the caller's contract above: every offset stays inside the slices and
    // tasks write disjoint parts of `c`.
    unsafe {
        sgemm_items(
            a.as_ptr(),
            b.as_ptr(),
            c.as_mut_ptr(),
            d,
            tasks,
            ksplits,
            0.0,
        )
    }
}

/// A dimension of a contraction that stays in the result (`m`: of A, `n`: of B):
/// its size and its strides in elements in the operand and in C.
pub type FreeDim = (usize, isize, isize);

/// A batch dimension of a contraction: its size and its strides in A, B and C (0
/// where the operand does not have it).
pub type BatchDim = (usize, [isize; 3]);

/// `C += contraction(A, B)` on raw strided memory: the GEMM of compiled code
/// (`crates/mlir`'s `linalg.matmul`, `linalg.batch_matmul` and contraction
/// generics, whose semantics accumulate into C). Loop dimensions by role, outer to
/// inner, strides in elements (any sign or size): `batch` (in C, and in A and/or B),
/// `m` (in A and C), `n` (in B and C), `k` (reduced: size and strides in A and B).
/// Dimensions whose strides chain are merged, the rest become batch loops or summed
/// GEMM calls, and the work is split and threaded exactly as in [`sgemm_parallel`].
///
/// # Safety
/// Every element addressed by the sizes and strides must be valid f32 memory, and the
/// elements of C written for different `(batch, m, n)` indices must not overlap each
/// other or any element of A or B.
pub unsafe fn sgemm_contract(
    a: *const f32,
    b: *const f32,
    c: *mut f32,
    batch: &[BatchDim],
    m: &[FreeDim],
    n: &[FreeDim],
    k: &[FreeDim],
) {
    let sizes = batch.iter().map(|d| d.0);
    let sizes = sizes.chain(m.iter().chain(n).chain(k).map(|d| d.0));
    if sizes.clone().any(|s| s == 0) {
        // Nothing to add: no element of C, or an empty sum that leaves C as it is.
        return;
    }
    let p = build(batch, m, n, k);
    sgemm_items(a, b, c, &p.dims, &p.tasks, &p.ksplits, 1.0);
}

/// The work items of [`sgemm_parallel`] and [`sgemm_contract`]: the first k split
/// of each item scales C by `beta` (0: overwrite, 1: accumulate), later ones add.
///
/// # Safety
/// As [`sgemm_contract`], for every task and k split.
unsafe fn sgemm_items(
    a: *const f32,
    b: *const f32,
    c: *mut f32,
    d: &GemmDims,
    tasks: &[[isize; 3]],
    ksplits: &[[isize; 2]],
    beta: f32,
) {
    let sp = split(d, tasks.len());
    let per_task = sp.pm * sp.pn;
    let (pa, pb, pc) = (SendPtr(a as *mut f32), SendPtr(b as *mut f32), SendPtr(c));
    let item = |i: usize| {
        let t = tasks[i / per_task];
        let (bi, bj) = ((i % per_task) / sp.pn, i % sp.pn);
        let (r0, c0) = (bi * sp.bm, bj * sp.bn);
        if r0 >= d.m || c0 >= d.n {
            return;
        }
        let (rows, cols) = (sp.bm.min(d.m - r0), sp.bn.min(d.n - c0));
        for (j, s) in ksplits.iter().enumerate() {
            // SAFETY: the caller guarantees the offsets stay inside the buffers;
            // work items write disjoint blocks of disjoint tasks.
            unsafe {
                matrixmultiply::sgemm(
                    rows,
                    d.k,
                    cols,
                    1.0,
                    pa.get().offset(t[0] + s[0] + r0 as isize * d.rsa),
                    d.rsa,
                    d.csa,
                    pb.get().offset(t[1] + s[1] + c0 as isize * d.csb),
                    d.rsb,
                    d.csb,
                    if j == 0 { beta } else { 1.0 },
                    pc.get()
                        .offset(t[2] + r0 as isize * d.rsc + c0 as isize * d.csc),
                    d.rsc,
                    d.csc,
                );
            }
        }
    };
    let items = tasks.len() * per_task;
    if items > 1 && 2.0 * (d.m * d.n * d.k) as f64 * tasks.len() as f64 >= 4e6 {
        (0..items).into_par_iter().with_max_len(1).for_each(item);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn dims(m: usize, n: usize, k: usize) -> GemmDims {
        GemmDims {
            m,
            n,
            k,
            ..Default::default()
        }
    }

    fn blocks(d: &GemmDims, tasks: usize, threads: usize) -> (usize, usize) {
        let s = split_for(d, tasks, threads);
        (s.pm, s.pn)
    }

    #[test]
    fn splits_where_packing_is_least() {
        // Tall C (a sequence times a narrow weight): rows.
        assert_eq!(blocks(&dims(2048, 96, 64), 1, 2), (4, 1));
        // A chunk of 256 rows times a wide weight: columns, B packed once.
        assert_eq!(blocks(&dims(256, 1024, 256), 1, 2), (1, 4));
        // Square: both.
        assert_eq!(blocks(&dims(256, 256, 256), 1, 2), (2, 2));
        assert_eq!(blocks(&dims(256, 256, 1024), 1, 2), (2, 2));
        // Much work: up to 4 items per thread.
        assert_eq!(blocks(&dims(2048, 768, 256), 1, 2), (4, 2));
        // Four heads of a chunk's scores (B wider than one packed panel): two column
        // blocks each, which packs nothing more.
        assert_eq!(blocks(&dims(256, 2048, 64), 4, 2), (1, 2));
        // Enough batch items already, or too little work: whole GEMMs.
        assert_eq!(blocks(&dims(256, 512, 64), 4, 2), (1, 1));
        assert_eq!(blocks(&dims(16, 16, 16), 1, 2), (1, 1));
        // Two tasks on two threads: two items each.
        assert_eq!(blocks(&dims(512, 64, 512), 2, 2), (2, 1));
        // Never below one tile per item.
        assert_eq!(blocks(&dims(20, 20, 8192), 1, 8), (2, 2));
    }

    #[test]
    fn every_split_computes_the_same_bits() {
        let (m, n, k) = (67, 145, 300);
        let a: Vec<f32> = (0..m * k)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 7.0)
            .collect();
        let b: Vec<f32> = (0..k * n)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 5.0)
            .collect();
        let d = GemmDims {
            m,
            n,
            k,
            rsa: k as isize,
            csa: 1,
            rsb: n as isize,
            csb: 1,
            rsc: n as isize,
            csc: 1,
        };
        let mut want = vec![0f32; m * n];
        // SAFETY: dense row-major operands of the given sizes.
        unsafe {
            matrixmultiply::sgemm(
                m,
                k,
                n,
                1.0,
                a.as_ptr(),
                d.rsa,
                1,
                b.as_ptr(),
                d.rsb,
                1,
                0.0,
                want.as_mut_ptr(),
                d.rsc,
                1,
            );
        }
        for threads in [1, 2, 3, 4, 8, 16] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut got = vec![f32::NAN; m * n];
            pool.install(|| sgemm_parallel(&a, &b, &mut got, &d, &[[0, 0, 0]], &[[0, 0]]));
            assert!(
                got.iter()
                    .zip(&want)
                    .all(|(x, y)| x.to_bits() == y.to_bits()),
                "{threads} threads"
            );
        }
    }

    /// `sgemm_contract` adds to C (it is not overwritten), reads transposed and
    /// strided operands, batches by the given strides and sums split K dims:
    /// compared with a naive loop over the same index arithmetic, on sizes big enough
    /// to be split.
    #[test]
    fn contract_accumulates_strided_batched() {
        let (batch, m, n, k) = (3usize, 37usize, 70usize, 300usize);
        // A is stored transposed ([k, m] per batch), B with every other column
        // ([k, 2n]), C with a row pitch larger than n.
        let (pitch_b, pitch_c) = (2 * n, n + 5);
        let a: Vec<f32> = (0..batch * k * m)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 64.0)
            .collect();
        let b: Vec<f32> = (0..batch * k * pitch_b)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 64.0)
            .collect();
        let c0: Vec<f32> = (0..batch * m * pitch_c).map(|i| (i % 7) as f32).collect();
        let batch_dims = [(
            batch,
            [
                (k * m) as isize,
                (k * pitch_b) as isize,
                (m * pitch_c) as isize,
            ],
        )];
        let (mdims, ndims) = ([(m, 1, pitch_c as isize)], [(n, 2, 1)]);
        // K in two dims that do not merge (even and odd l): two summed GEMMs.
        let half = k / 2;
        let kdims = [
            (2, m as isize, pitch_b as isize),
            (half, 2 * m as isize, 2 * pitch_b as isize),
        ];
        let mut want = c0.clone();
        for t in 0..batch {
            for i in 0..m {
                for j in 0..n {
                    let mut acc = 0f64;
                    for l in 0..k {
                        let x = a[t * k * m + l * m + i] as f64;
                        let y = b[t * k * pitch_b + l * pitch_b + 2 * j] as f64;
                        acc += x * y;
                    }
                    want[t * m * pitch_c + i * pitch_c + j] += acc as f32;
                }
            }
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let mut got = c0.clone();
        // SAFETY: every strided element lies inside the vectors; C's elements are
        // distinct.
        pool.install(|| unsafe {
            sgemm_contract(
                a.as_ptr(),
                b.as_ptr(),
                got.as_mut_ptr(),
                &batch_dims,
                &mdims,
                &ndims,
                &kdims,
            )
        });
        let worst = got
            .iter()
            .zip(&want)
            .map(|(x, y)| (x - y).abs())
            .fold(0f32, f32::max);
        assert!(worst < 1e-3, "max error {worst}");
        // The padding between C's rows is untouched.
        for t in 0..batch {
            for i in 0..m {
                for j in n..pitch_c {
                    let at = t * m * pitch_c + i * pitch_c + j;
                    assert_eq!(got[at], c0[at]);
                }
            }
        }
        // An empty K adds nothing.
        let mut same = c0.clone();
        // SAFETY: nothing is read or written.
        unsafe {
            sgemm_contract(
                a.as_ptr(),
                b.as_ptr(),
                same.as_mut_ptr(),
                &batch_dims,
                &mdims,
                &ndims,
                &[(0, 1, 1)],
            )
        };
        assert_eq!(same, c0);
    }
}
