//! Ops whose result type is written by the user and checked for consistency rather
//! than inferred: `nn.constant` (a literal), `nn.iota` (indices along a dimension)
//! and `nn.convert` (element type conversion).
use crate::helpers::{hooks, op_def, Elem, OpView};
use ir::{inventory, Attribute, DenseElements, Module, OpDef, OpId, OpTrait, Type, ValueId};

const CONSTANT_LIKE: &[OpTrait] = &[OpTrait::Pure, OpTrait::ConstantLike];

fn check_constant(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(0, 0)?;
    let r = v.result(Elem::Any)?;
    let value = v
        .attr("value")
        .ok_or_else(|| v.err("requires attribute 'value'"))?;
    let Attribute::Dense { ty, data } = value else {
        return Err(v.err(format!(
            "attribute 'value' must be a dense elements attribute, got {value}"
        )));
    };
    if *ty != r.ty {
        return Err(v.err(format!(
            "attribute 'value' type {ty} does not match result type {}",
            r.ty
        )));
    }
    // Counted without expanding the payload: a splat of a huge tensor must stay cheap.
    let count = r.num_elements();
    let width = r.elem.element_bytes().unwrap_or(1);
    let ok = match data {
        DenseElements::Splat(_) => true,
        DenseElements::Elements(values) => values.len() as u64 == count,
        DenseElements::Hex(bytes) => {
            let n = bytes.len() as u64;
            n == width || Some(n) == count.checked_mul(width)
        }
    };
    if !ok {
        return Err(v.err(format!(
            "attribute 'value' does not hold {count} elements (or a single splat value) for {}",
            r.ty
        )));
    }
    Ok(r.ty)
}
hooks!(check_constant => verify_constant, infer_constant);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::constant),
        traits: CONSTANT_LIKE,
        verify: Some(verify_constant),
        infer: Some(infer_constant),
        attributes: &[("value", true, "`dense<...> : T`, splat or full; `T` must equal the result type")],
        ..op_def(
            "nn.constant",
            "A literal tensor",
            "Operands: none. Result: `T`, the type of the `value` attribute, written out as the \
             result type. The literal is either a splat (one value for every element) or all \
             elements in row-major order.",
        )
    }
}

fn check_iota(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(0, 0)?;
    let r = v.result(Elem::Numeric)?;
    let dim = v.req_int("dimension")?;
    v.axis("dimension", dim, r.rank())?;
    Ok(r.ty)
}
hooks!(check_iota => verify_iota, infer_iota);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::iota),
        traits: CONSTANT_LIKE,
        verify: Some(verify_iota),
        infer: Some(infer_iota),
        attributes: &[("dimension", true, "the dimension `k` whose index each element holds; may be negative")],
        ..op_def(
            "nn.iota",
            "Indices along a dimension",
            "Operands: none. Result: `T`, written out, an integer or float tensor of rank at \
             least 1. Element `[i0, ..., in]` equals `ik` where `k` is `dimension`.",
        )
    }
}

fn check_convert(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    let x = v.tensor(0, Elem::Any)?;
    let r = v.result(Elem::Any)?;
    if x.shape != r.shape {
        return Err(v.err(format!(
            "result type {} must have the shape of operand type {}",
            r.ty, x.ty
        )));
    }
    Ok(r.ty)
}
hooks!(check_convert => verify_convert, infer_convert);

/// A conversion to the same type is the identity.
fn fold_convert(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let (&x, &r) = (m.op(op).operands.first()?, m.op(op).results.first()?);
    (m.value_type(x) == m.value_type(r)).then(|| vec![x])
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::elementwise),
        verify: Some(verify_convert),
        infer: Some(infer_convert),
        fold: Some(fold_convert),
        ..op_def(
            "nn.convert",
            "Element type conversion",
            "Operands: `x`. Result: written out; the shape of `x` with another (or the same) \
             element type. Float to integer truncates toward zero; to `i1`, nonzero is true.",
        )
    }
}
