//! Contractions: `nn.matmul` (numpy matmul with broadcast batch dimensions) and
//! `nn.dot_general` (StableHLO dot_general with explicit batching and contracting
//! dimensions).
use crate::helpers::{broadcast_shapes, hooks, traffic, Elem, List, OpView};
use ir::{inventory, Module, OpCost, OpDef, OpId, Type};

fn check_matmul(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(2, 2)?;
    v.one_result()?;
    let a = v.tensor(0, Elem::Numeric)?;
    let b = v.tensor(1, Elem::Numeric)?;
    v.same_elem(0, &a, 1, &b)?;
    for (i, t) in [(0, &a), (1, &b)] {
        if t.rank() < 2 {
            return Err(v.err(format!(
                "operand #{i} must have rank at least 2, got {}",
                t.ty
            )));
        }
    }
    let (ra, rb) = (a.rank(), b.rank());
    let (m, k) = (a.shape[ra - 2], a.shape[ra - 1]);
    let (k2, n) = (b.shape[rb - 2], b.shape[rb - 1]);
    if k != k2 {
        return Err(v.err(format!(
            "contracting dimensions differ: {} has K = {k}, {} has K = {k2}",
            a.ty, b.ty
        )));
    }
    let (ba, bb) = (&a.shape[..ra - 2], &b.shape[..rb - 2]);
    let mut shape = broadcast_shapes(ba, bb).ok_or_else(|| {
        v.err(format!(
            "batch dimensions {} and {} are not broadcast-compatible",
            List(ba),
            List(bb)
        ))
    })?;
    shape.extend([m, n]);
    v.make_result(shape, a.elem)
}
hooks!(check_matmul => verify_matmul, infer_matmul);

/// `2 * M * N * K` per batch element: one multiply and one add per product term.
fn cost_matmul(m: &Module, op: OpId) -> OpCost {
    let d = m.op(op);
    let k = d
        .operands
        .first()
        .and_then(|&a| m.value_type(a).shape().and_then(|s| s.last().copied()))
        .unwrap_or(0)
        .max(0) as u64;
    contraction_cost(m, op, k)
}

fn contraction_cost(m: &Module, op: OpId, k: u64) -> OpCost {
    let out = m
        .op(op)
        .results
        .first()
        .and_then(|&r| m.value_type(r).num_elements())
        .unwrap_or(0);
    let (bytes_read, bytes_written) = traffic(m, op);
    OpCost {
        flops: out.saturating_mul(k).saturating_mul(2),
        bytes_read,
        bytes_written,
    }
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::matmul),
        verify: Some(verify_matmul),
        infer: Some(infer_matmul),
        cost: Some(cost_matmul),
        ..OpDef::new(
            "nn.matmul",
            "Batched matrix product (numpy matmul)",
            "Operands: `a` `[..., M, K]` and `b` `[..., K, N]`, both of rank at least 2 and \
             the same element type. Result: `[B(a batch, b batch)..., M, N]`: the batch \
             dimensions (all but the last two) broadcast like numpy.",
        )
    }
}

/// The four dimension lists of a `dot_general`, normalised and cross-checked.
struct DotDims {
    lhs_batch: Vec<usize>,
    rhs_batch: Vec<usize>,
    lhs_contract: Vec<usize>,
    rhs_contract: Vec<usize>,
}

fn dot_dims(v: &OpView, lhs_rank: usize, rhs_rank: usize) -> ir::DiagResult<DotDims> {
    let list = |name: &str, rank: usize| -> ir::DiagResult<Vec<usize>> {
        let raw = v.ints(name)?.unwrap_or_default();
        v.axes(name, &raw, rank)
    };
    let dims = DotDims {
        lhs_batch: list("lhs_batching_dimensions", lhs_rank)?,
        rhs_batch: list("rhs_batching_dimensions", rhs_rank)?,
        lhs_contract: list("lhs_contracting_dimensions", lhs_rank)?,
        rhs_contract: list("rhs_contracting_dimensions", rhs_rank)?,
    };
    for (kind, l, r) in [
        ("batching", &dims.lhs_batch, &dims.rhs_batch),
        ("contracting", &dims.lhs_contract, &dims.rhs_contract),
    ] {
        if l.len() != r.len() {
            return Err(v.err(format!(
                "lhs_{kind}_dimensions and rhs_{kind}_dimensions must have the same length, got {} and {}",
                l.len(),
                r.len()
            )));
        }
    }
    for (side, batch, contract) in [
        ("lhs", &dims.lhs_batch, &dims.lhs_contract),
        ("rhs", &dims.rhs_batch, &dims.rhs_contract),
    ] {
        if let Some(d) = batch.iter().find(|d| contract.contains(d)) {
            return Err(v.err(format!(
                "dimension {d} of {side} is both a batching and a contracting dimension"
            )));
        }
    }
    Ok(dims)
}

fn check_dot_general(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(2, 2)?;
    v.one_result()?;
    let a = v.tensor(0, Elem::Numeric)?;
    let b = v.tensor(1, Elem::Numeric)?;
    v.same_elem(0, &a, 1, &b)?;
    let dims = dot_dims(v, a.rank(), b.rank())?;
    for (kind, l, r) in [
        ("batching", &dims.lhs_batch, &dims.rhs_batch),
        ("contracting", &dims.lhs_contract, &dims.rhs_contract),
    ] {
        for (&i, &j) in l.iter().zip(r.iter()) {
            if a.shape[i] != b.shape[j] {
                return Err(v.err(format!(
                    "{kind} dimension sizes differ: lhs dimension {i} has size {}, rhs dimension {j} has size {}",
                    a.shape[i], b.shape[j]
                )));
            }
        }
    }
    let free = |t: &crate::helpers::Tensor, batch: &[usize], contract: &[usize]| -> Vec<i64> {
        (0..t.rank())
            .filter(|d| !batch.contains(d) && !contract.contains(d))
            .map(|d| t.shape[d])
            .collect()
    };
    let mut shape: Vec<i64> = dims.lhs_batch.iter().map(|&d| a.shape[d]).collect();
    shape.extend(free(&a, &dims.lhs_batch, &dims.lhs_contract));
    shape.extend(free(&b, &dims.rhs_batch, &dims.rhs_contract));
    v.make_result(shape, a.elem)
}
hooks!(check_dot_general => verify_dot_general, infer_dot_general);

/// `2 * result elements * product of the contracted sizes`.
fn cost_dot_general(m: &Module, op: OpId) -> OpCost {
    let v = OpView::new(m, op);
    let k = (|| {
        let lhs = m.value_type(*m.op(op).operands.first()?).shape()?;
        let dims = v
            .ints("lhs_contracting_dimensions")
            .ok()?
            .unwrap_or_default();
        let rank = lhs.len() as i64;
        dims.iter().try_fold(1u64, |acc, &d| {
            let d = if d < 0 { d + rank } else { d };
            acc.checked_mul(u64::try_from(*lhs.get(usize::try_from(d).ok()?)?).ok()?)
        })
    })()
    .unwrap_or(0);
    contraction_cost(m, op, k)
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::dot_general),
        verify: Some(verify_dot_general),
        infer: Some(infer_dot_general),
        cost: Some(cost_dot_general),
        attributes: &[
            ("lhs_batching_dimensions", false, "batch dimensions of `a` (default none)"),
            ("rhs_batching_dimensions", false, "batch dimensions of `b`, paired in order with those of `a` (default none)"),
            ("lhs_contracting_dimensions", false, "dimensions of `a` summed over (default none)"),
            ("rhs_contracting_dimensions", false, "dimensions of `b` summed over, paired in order with those of `a` (default none)"),
        ],
        ..OpDef::new(
            "nn.dot_general",
            "General tensor contraction (StableHLO dot_general)",
            "Operands: `a`, `b` of the same element type. Result: `[batch..., a free..., b free...]`: \
             the batch dimensions in the order listed, then the remaining dimensions of `a`, \
             then those of `b`, each in order. Paired batching and contracting dimensions must \
             have equal sizes; a dimension may not be both batching and contracting. \
             Dimensions may be negative (counted from the end).",
        )
    }
}
