//! `nn.attention`: fused scaled dot-product attention with optional additive bias and
//! causal mask. Being fused, an implementation need not materialise the `Lq x Lk`
//! scores; the verifier only checks shapes and attributes.
use crate::helpers::{broadcast_shapes, hooks, Elem, List, OpView};
use ir::{inventory, OpDef, Type};

fn check_attention(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(3, 4)?;
    v.one_result()?;
    let q = v.tensor(0, Elem::Float)?;
    let k = v.tensor(1, Elem::Float)?;
    let val = v.tensor(2, Elem::Float)?;
    v.same_elem(0, &q, 1, &k)?;
    v.same_elem(0, &q, 2, &val)?;
    let r = q.rank();
    if r < 2 {
        return Err(v.err(format!(
            "q (operand #0) must have rank at least 2 ([..., Lq, D]), got {}",
            q.ty
        )));
    }
    for (i, name, t) in [(1, "k", &k), (2, "v", &val)] {
        if t.rank() != r {
            return Err(v.err(format!(
                "{name} (operand #{i}) must have rank {r} like q, got {}",
                t.ty
            )));
        }
        if t.shape[..r - 2] != q.shape[..r - 2] {
            return Err(v.err(format!(
                "{name} (operand #{i}) batch dimensions {} must equal those of q {}",
                List(&t.shape[..r - 2]),
                List(&q.shape[..r - 2])
            )));
        }
    }
    let (lq, d) = (q.shape[r - 2], q.shape[r - 1]);
    let (lk, dk) = (k.shape[r - 2], k.shape[r - 1]);
    if dk != d {
        return Err(v.err(format!(
            "k (operand #1) head dimension {dk} must equal that of q {d}"
        )));
    }
    if val.shape[r - 2] != lk {
        return Err(v.err(format!(
            "v (operand #2) must have {lk} keys like k, got {}",
            val.shape[r - 2]
        )));
    }
    // A softmax over no keys is 0/0: refused rather than computed as NaN.
    let outputs: i64 = q.shape[..r - 2].iter().product::<i64>() * lq * val.shape[r - 1];
    if lk == 0 && outputs > 0 {
        return Err(v.err(
            "attends over zero keys (k has 0 rows): the softmax over no scores is undefined",
        ));
    }
    if v.num_operands() == 4 {
        let bias = v.tensor(3, Elem::Float)?;
        v.same_elem(0, &q, 3, &bias)?;
        let mut scores = q.shape[..r - 2].to_vec();
        scores.extend([lq, lk]);
        if broadcast_shapes(&bias.shape, &scores).as_ref() != Some(&scores) {
            return Err(v.err(format!(
                "bias (operand #3) of type {} does not broadcast to the scores shape {}",
                bias.ty,
                List(&scores)
            )));
        }
    }
    if let Some(s) = v.float("scale")? {
        if !s.is_finite() {
            return Err(v.err(format!("attribute 'scale' must be finite, got {s}")));
        }
    }
    if v.bool("causal")? == Some(true) && lq > lk {
        // Query i sees keys j <= i + (Lk - Lq): with Lq > Lk the first rows see none.
        return Err(v.err(format!(
            "causal attention needs Lq <= Lk, got Lq = {lq} and Lk = {lk}"
        )));
    }
    let mut shape = q.shape[..r - 1].to_vec();
    shape.push(val.shape[r - 1]);
    v.make_result(shape, q.elem)
}
hooks!(check_attention => verify_attention, infer_attention);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::attention),
        verify: Some(verify_attention),
        infer: Some(infer_attention),
        attributes: &[
            ("scale", false, "multiplier of the scores `q·kᵀ` (default `1/sqrt(D)`)"),
            ("causal", false, "mask so query `i` sees keys `j <= i + (Lk - Lq)` (default `false`); needs `Lq <= Lk`"),
        ],
        ..OpDef::new(
            "nn.attention",
            "Fused scaled dot-product attention",
            "Operands: `q` `[..., Lq, D]`, `k` `[..., Lk, D]`, `v` `[..., Lk, Dv]` (same batch \
             dims `...`), optional `bias` broadcastable to `[..., Lq, Lk]`; float, same element \
             type. Result: `[..., Lq, Dv]`. Computes `softmax(q·kᵀ·scale + bias, masked when \
             causal) · v`; an implementation need not materialise the scores. Zero keys \
             (`Lk = 0`, with a non-empty result) are a verification error: the softmax over \
             no scores is undefined.",
        )
    }
}
