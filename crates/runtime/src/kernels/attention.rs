//! Fused attention: for blocks of query rows, scores = q·kᵀ·scale (+ bias, causal
//! mask) in a per-block scratch of `ROWS × Lk` floats, softmax in f64, then
//! probabilities · v. The full `Lq × Lk` score matrix is never materialised.
use super::gemm::GemmDims;
use super::{Attrs, SendPtr};
use crate::tensor::{broadcast_strides, Data, DataMut, View};
use ir::Diagnostic;
use rayon::prelude::*;

/// Query rows per work item.
const ROWS: usize = 32;

pub(crate) fn attention(
    a: &Attrs,
    inputs: &[View],
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let (q, k, v) = (inputs[0], inputs[1], inputs[2]);
    let (Data::F32(qv), Data::F32(kv), Data::F32(vv), DataMut::F32(o)) =
        (q.data, k.data, v.data, out)
    else {
        return Err(a.err("needs f32 operands"));
    };
    let bias = match inputs.get(3) {
        Some(View {
            data: Data::F32(b),
            shape,
        }) => Some((*b, *shape)),
        Some(_) => return Err(a.err("needs an f32 bias")),
        None => None,
    };
    let r = q.rank();
    let (lq, d) = (q.shape[r - 2], q.shape[r - 1]);
    let lk = k.shape[r - 2];
    let dv = v.shape[r - 1];
    let batches: usize = q.shape[..r - 2].iter().product();
    let scale = a.float("scale", 1.0 / (d as f64).sqrt())?;
    let causal = a.bool("causal", false)?;
    // Bias strides over [batch..., Lq, Lk].
    let mut scores_shape = q.shape[..r - 2].to_vec();
    scores_shape.extend([lq, lk]);
    let bstrides = bias.map(|(_, s)| broadcast_strides(s, &scores_shape));
    if o.is_empty() {
        return Ok(());
    }
    if lk == 0 {
        o.fill(f32::NAN);
        return Ok(());
    }
    let blocks = lq.div_ceil(ROWS);
    let po = SendPtr(o.as_mut_ptr());
    let item = |t: usize| {
        let (b, blk) = (t / blocks, t % blocks);
        let i0 = blk * ROWS;
        let rows = ROWS.min(lq - i0);
        let mut s = vec![0f32; rows * lk];
        // scores = q[b, i0.., :] · k[b]ᵀ
        let dims = GemmDims {
            m: rows,
            n: lk,
            k: d,
            rsa: d as isize,
            csa: 1,
            rsb: 1,
            csb: d as isize,
            rsc: lk as isize,
            csc: 1,
        };
        let qoff = (b * lq + i0) * d;
        if d == 0 {
            s.fill(0.0);
        } else {
            // SAFETY: the offsets address the block's rows of q and batch b of k.
            unsafe {
                matrixmultiply::sgemm(
                    dims.m,
                    dims.k,
                    dims.n,
                    scale as f32,
                    qv.as_ptr().add(qoff),
                    dims.rsa,
                    dims.csa,
                    kv.as_ptr().add(b * lk * d),
                    dims.rsb,
                    dims.csb,
                    0.0,
                    s.as_mut_ptr(),
                    dims.rsc,
                    dims.csc,
                );
            }
        }
        // batch index decomposition for the bias
        for (ri, row) in s.chunks_mut(lk).enumerate() {
            let i = i0 + ri;
            if let (Some((bv, _)), Some(bs)) = (bias, &bstrides) {
                let mut base = 0isize;
                let mut rem = b;
                for dd in (0..r - 2).rev() {
                    base += (rem % q.shape[dd]) as isize * bs[dd];
                    rem /= q.shape[dd];
                }
                base += i as isize * bs[r - 2];
                for (j, x) in row.iter_mut().enumerate() {
                    *x += bv[(base + j as isize * bs[r - 1]) as usize];
                }
            }
            let visible = if causal {
                (i + lk - lq + 1).min(lk)
            } else {
                lk
            };
            // The same row softmax as `nn.softmax`: a spelled-out attention and the
            // fused op agree.
            super::vector::softmax_in_place(&mut row[..visible]);
            row[visible..].fill(0.0);
        }
        // out[b, i0.., :] = p · v[b]
        // SAFETY: each item writes its own rows of the output.
        unsafe {
            matrixmultiply::sgemm(
                rows,
                lk,
                dv,
                1.0,
                s.as_ptr(),
                lk as isize,
                1,
                vv.as_ptr().add(b * lk * dv),
                dv as isize,
                1,
                0.0,
                po.get().add((b * lq + i0) * dv),
                dv as isize,
                1,
            );
        }
    };
    let items = batches * blocks;
    let _ = so;
    if items > 1 && (lq * lk * (d + dv)) as f64 * batches as f64 >= 1e6 {
        (0..items).into_par_iter().with_max_len(1).for_each(item);
    } else {
        (0..items).for_each(item);
    }
    Ok(())
}
