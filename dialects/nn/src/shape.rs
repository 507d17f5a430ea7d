//! Data movement without arithmetic: `nn.reshape`, `nn.transpose`,
//! `nn.broadcast_in_dim`, `nn.slice` and `nn.concat`.
//!
//! Each op's identity case (same type, identity permutation, identity mapping, full
//! slice, one operand) folds to its operand.
use crate::helpers::{hooks, Elem, List, OpView};
use ir::{inventory, Module, OpDef, OpId, Type, ValueId};

/// The operand, if the op's single result has exactly the operand's type.
fn same_type_operand(m: &Module, op: OpId) -> Option<ValueId> {
    let (&x, &r) = (m.op(op).operands.first()?, m.op(op).results.first()?);
    (m.value_type(x) == m.value_type(r)).then_some(x)
}

/// True if `list` is `0, 1, ..., n-1`.
fn is_identity(list: &[i64]) -> bool {
    list.iter().enumerate().all(|(i, &p)| p == i as i64)
}

// ----- reshape --------------------------------------------------------------------

fn check_reshape(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    let x = v.tensor(0, Elem::Any)?;
    let r = v.result(Elem::Any)?;
    if r.elem != x.elem {
        return Err(v.err(format!(
            "result element type {} must equal operand element type {}",
            r.elem, x.elem
        )));
    }
    if r.num_elements() != x.num_elements() {
        return Err(v.err(format!(
            "result type {} has {} elements but operand type {} has {}",
            r.ty,
            r.num_elements(),
            x.ty,
            x.num_elements()
        )));
    }
    Ok(r.ty)
}
hooks!(check_reshape => verify_reshape, infer_reshape);

/// The identity reshape folds to its operand; a small constant is the same literal
/// with the new type.
fn fold_reshape(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    if let Some(x) = same_type_operand(m, op) {
        return Some(vec![x]);
    }
    let x = m.op(op).operands[0];
    let def = m.defining_op(x).filter(|&d| m.name(d) == "nn.constant")?;
    let Some(ir::Attribute::Dense { data, ty }) = m.attr(def, "value").cloned() else {
        return None;
    };
    if ty.num_elements()? > crate::helpers::FOLD_LIMIT {
        return None;
    }
    let rt = m.value_type(m.op(op).results[0]).clone();
    let state = ir::OperationState::new("nn.constant", m.op(op).loc.clone())
        .results(std::slice::from_ref(&rt))
        .attr(
            "value",
            ir::Attribute::Dense {
                ty: rt.clone(),
                data,
            },
        );
    let c = m.create_op(state);
    m.insert_before(op, c);
    Some(vec![m.result(c, 0)])
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::reshape),
        verify: Some(verify_reshape),
        infer: Some(infer_reshape),
        fold: Some(fold_reshape),
        ..OpDef::new(
            "nn.reshape",
            "Reshape to the written result type",
            "Operands: `x`. Result: written out; same element type and the same number of \
             elements as `x`. The elements keep their row-major order.",
        )
    }
}

// ----- transpose ------------------------------------------------------------------

fn check_transpose(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Any)?;
    let perm = v.req_ints("permutation")?;
    let n = x.rank();
    if perm.len() != n {
        return Err(v.err(format!(
            "permutation {} has {} entries but the operand has rank {n}",
            List(&perm),
            perm.len()
        )));
    }
    let mut seen = vec![false; n];
    for &p in &perm {
        // Strict: a permutation is a reordering of 0..n, not a list of axes, so
        // negative entries are not accepted.
        match usize::try_from(p).ok().filter(|&p| p < n && !seen[p]) {
            Some(p) => seen[p] = true,
            None => {
                return Err(v.err(format!(
                    "permutation {} is not a permutation of 0..{n}",
                    List(&perm)
                )))
            }
        }
    }
    let shape = perm.iter().map(|&p| x.shape[p as usize]).collect();
    v.make_result(shape, x.elem)
}
hooks!(check_transpose => verify_transpose, infer_transpose);

/// The identity permutation folds to the operand; a transpose of a transpose is one
/// transpose of the inner operand by the composed permutation (which folds away
/// when it is the identity, as importers' NCHW -> NHWC -> NCHW round trips are).
fn fold_transpose(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let perm = m.attr(op, "permutation")?.as_int_list()?;
    if let Some(x) = same_type_operand(m, op) {
        if is_identity(&perm) && m.value_type(x).rank() == Some(perm.len()) {
            return Some(vec![x]);
        }
    }
    let inner = m.defining_op(m.op(op).operands[0])?;
    if m.name(inner) != "nn.transpose" {
        return None;
    }
    let inner_perm = m.attr(inner, "permutation")?.as_int_list()?;
    let composed: Vec<i64> = perm
        .iter()
        .map(|&p| inner_perm.get(usize::try_from(p).ok()?).copied())
        .collect::<Option<_>>()?;
    let x = m.op(inner).operands[0];
    if is_identity(&composed) {
        return (m.value_type(x) == m.value_type(m.op(op).results[0])).then(|| vec![x]);
    }
    m.set_operand(op, 0, x);
    m.set_attr(op, "permutation", ir::Attribute::i64_array(&composed));
    Some(m.op(op).results.clone())
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::transpose),
        verify: Some(verify_transpose),
        infer: Some(infer_transpose),
        fold: Some(fold_transpose),
        attributes: &[("permutation", true, "a reordering of `0..rank`; result dim `i` is `x` dim `permutation[i]`")],
        ..OpDef::new(
            "nn.transpose",
            "Permute dimensions",
            "Operands: `x`. Result: `[x.shape[permutation[0]], ...]`, same element type.",
        )
    }
}

// ----- broadcast_in_dim -----------------------------------------------------------

fn check_broadcast_in_dim(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    let x = v.tensor(0, Elem::Any)?;
    let r = v.result(Elem::Any)?;
    if r.elem != x.elem {
        return Err(v.err(format!(
            "result element type {} must equal operand element type {}",
            r.elem, x.elem
        )));
    }
    let dims = v.req_ints("broadcast_dimensions")?;
    if dims.len() != x.rank() {
        return Err(v.err(format!(
            "broadcast_dimensions {} has {} entries but the operand has rank {}",
            List(&dims),
            dims.len(),
            x.rank()
        )));
    }
    let mut used = vec![false; r.rank()];
    for (i, &d) in dims.iter().enumerate() {
        // Strict like StableHLO: a mapping into the result, not an axis of `x`.
        let Some(d) = usize::try_from(d).ok().filter(|&d| d < r.rank()) else {
            return Err(v.err(format!(
                "broadcast_dimensions value {d} is out of range for result rank {}",
                r.rank()
            )));
        };
        if used[d] {
            return Err(v.err(format!(
                "broadcast_dimensions {} maps two operand dimensions to result dimension {d}",
                List(&dims)
            )));
        }
        used[d] = true;
        if x.shape[i] != 1 && x.shape[i] != r.shape[d] {
            return Err(v.err(format!(
                "operand dimension {i} of size {} cannot broadcast to result dimension {d} of size {}",
                x.shape[i], r.shape[d]
            )));
        }
    }
    Ok(r.ty)
}
hooks!(check_broadcast_in_dim => verify_broadcast_in_dim, infer_broadcast_in_dim);

fn fold_broadcast_in_dim(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let dims = m.attr(op, "broadcast_dimensions")?.as_int_list()?;
    let x = same_type_operand(m, op)?;
    (is_identity(&dims) && m.value_type(x).rank() == Some(dims.len())).then(|| vec![x])
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::broadcast_in_dim),
        verify: Some(verify_broadcast_in_dim),
        infer: Some(infer_broadcast_in_dim),
        fold: Some(fold_broadcast_in_dim),
        attributes: &[(
            "broadcast_dimensions",
            true,
            "for each dim `i` of `x`, the result dim it maps to (distinct, in `0..result rank`)",
        )],
        ..OpDef::new(
            "nn.broadcast_in_dim",
            "Broadcast into the written result type (StableHLO semantics)",
            "Operands: `x`. Result: written out, same element type. `x` dim `i` maps to result \
             dim `broadcast_dimensions[i]` and must have the same size or size 1 (expanded); \
             the other result dims are new.",
        )
    }
}

// ----- slice ----------------------------------------------------------------------

fn check_slice(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Any)?;
    let n = x.rank();
    let start = v
        .ints_len("start_indices", n)?
        .ok_or_else(|| v.err("requires attribute 'start_indices'"))?;
    let limit = v
        .ints_len("limit_indices", n)?
        .ok_or_else(|| v.err("requires attribute 'limit_indices'"))?;
    let strides = v.ints_len("strides", n)?.unwrap_or_else(|| vec![1; n]);
    v.all_positive("strides", &strides)?;
    let mut shape = Vec::with_capacity(n);
    for d in 0..n {
        let (s, l, size) = (start[d], limit[d], x.shape[d]);
        if !(0 <= s && s <= l && l <= size) {
            return Err(v.err(format!(
                "slice bounds of dimension {d} are invalid: start {s}, limit {l}, size {size} \
                 (need 0 <= start <= limit <= size)"
            )));
        }
        // Ceiling division, written so a huge stride cannot overflow.
        let (len, st) = (l - s, strides[d]);
        shape.push(len / st + i64::from(len % st != 0));
    }
    v.make_result(shape, x.elem)
}
hooks!(check_slice => verify_slice, infer_slice);

/// A slice that keeps everything is the identity.
fn fold_slice(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let x = same_type_operand(m, op)?;
    let shape = m.value_type(x).shape()?.to_vec();
    let start = m.attr(op, "start_indices")?.as_int_list()?;
    let limit = m.attr(op, "limit_indices")?.as_int_list()?;
    let strides = match m.attr(op, "strides") {
        Some(a) => a.as_int_list()?,
        None => vec![1; shape.len()],
    };
    let full = start.iter().all(|&s| s == 0) && limit == shape && strides.iter().all(|&s| s == 1);
    full.then(|| vec![x])
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::slice),
        verify: Some(verify_slice),
        infer: Some(infer_slice),
        fold: Some(fold_slice),
        attributes: &[
            ("start_indices", true, "first index kept, per dimension"),
            ("limit_indices", true, "exclusive upper bound, per dimension"),
            ("strides", false, "step per dimension, positive (default all 1)"),
        ],
        ..OpDef::new(
            "nn.slice",
            "Static strided slice",
            "Operands: `x`. Result: dim `d` is `ceil((limit[d] - start[d]) / strides[d])`, same \
             element type. Requires `0 <= start <= limit <= x.shape[d]`; limits are exclusive.",
        )
    }
}

// ----- concat ---------------------------------------------------------------------

fn check_concat(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, usize::MAX)?;
    v.one_result()?;
    let first = v.tensor(0, Elem::Any)?;
    let dim = v.req_int("dimension")?;
    let dim = v.axis("dimension", dim, first.rank())?;
    let mut shape = first.shape.clone();
    for i in 1..v.num_operands() {
        let t = v.tensor(i, Elem::Any)?;
        v.same_elem(0, &first, i, &t)?;
        if t.rank() != first.rank() {
            return Err(v.err(format!(
                "operand #{i} has rank {}, expected {}",
                t.rank(),
                first.rank()
            )));
        }
        for d in (0..t.rank()).filter(|&d| d != dim) {
            if t.shape[d] != first.shape[d] {
                return Err(v.err(format!(
                    "operand #{i} dimension {d} has size {}, expected {} (only dimension {dim} may differ)",
                    t.shape[d], first.shape[d]
                )));
            }
        }
        shape[dim] = shape[dim]
            .checked_add(t.shape[dim])
            .ok_or_else(|| v.err(format!("concatenated dimension {dim} overflows i64")))?;
    }
    v.make_result(shape, first.elem)
}
hooks!(check_concat => verify_concat, infer_concat);

/// Concatenating one tensor is the identity.
fn fold_concat(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    if m.op(op).operands.len() != 1 {
        return None;
    }
    same_type_operand(m, op).map(|x| vec![x])
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::concat),
        verify: Some(verify_concat),
        infer: Some(infer_concat),
        fold: Some(fold_concat),
        attributes: &[("dimension", true, "the dimension `k` joined along; may be negative")],
        ..OpDef::new(
            "nn.concat",
            "Concatenate along a dimension",
            "Operands: `x1, ..., xn` (at least one), same rank and element type, equal in every \
             dim but `dimension`. Result: their shape with dim `dimension` the sum of theirs.",
        )
    }
}
