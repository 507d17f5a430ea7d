//! Ops whose result type is written by the user and checked for consistency rather
//! than inferred: `nn.constant` (a literal), `nn.iota` (indices along a dimension)
//! and `nn.convert` (element type conversion).
use crate::helpers::{hooks, Elem, OpView, FOLD_LIMIT};
use ir::Scalar;
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
        ..OpDef::new(
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
        ..OpDef::new(
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

/// A conversion to the same type is the identity; a small constant converts at
/// compile time (frontends write index arithmetic and scalars this way, such as
/// torch-mlir's `i64 -> f32` of a layer norm's element count).
fn fold_convert(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let (&x, &r) = (m.op(op).operands.first()?, m.op(op).results.first()?);
    if m.value_type(x) == m.value_type(r) {
        return Some(vec![x]);
    }
    let rt = m.value_type(r).clone();
    let values = small_constant(m, x)?;
    let to = rt.element()?.clone();
    let scalars: Vec<Scalar> = values
        .iter()
        .map(|&v| scalar_as(v, &to))
        .collect::<Option<_>>()?;
    Some(vec![insert_constant(m, op, rt, scalars)])
}

/// The elements of `v` as f64 when it is an `nn.constant` of at most `FOLD_LIMIT`
/// elements (any element type).
pub(crate) fn small_constant(m: &Module, v: ValueId) -> Option<Vec<f64>> {
    let def = m.defining_op(v).filter(|&d| m.name(d) == "nn.constant")?;
    let Some(Attribute::Dense { ty, data }) = m.attr(def, "value") else {
        return None;
    };
    let count = ty.num_elements()?;
    if count > FOLD_LIMIT {
        return None;
    }
    data.values_f64(ty.element()?, count as usize)
}

/// `v` as an element of type `to`, as `nn.convert` converts it.
fn scalar_as(v: f64, to: &Type) -> Option<Scalar> {
    Some(match to {
        t if t.is_i1() => Scalar::Bool(v != 0.0),
        Type::Integer { width, .. } => {
            let t = v.trunc();
            let (lo, hi) = match width {
                32 => (f64::from(i32::MIN), f64::from(i32::MAX)),
                64 => (i64::MIN as f64, i64::MAX as f64),
                _ => return None,
            };
            // Out of range (or NaN) converts differently on each target: not folded.
            if !(t >= lo && t <= hi) {
                return None;
            }
            Scalar::Int(t as i128)
        }
        Type::Float(_) => Scalar::Float(v),
        _ => return None,
    })
}

/// Inserts an `nn.constant` of `ty` holding `values` (a splat when all are equal)
/// right before `op`; returns its result.
pub(crate) fn insert_constant(m: &mut Module, op: OpId, ty: Type, values: Vec<Scalar>) -> ValueId {
    // Bitwise for floats: -0.0 is not 0.0 here, and NaNs with one payload are one value.
    let same = |a: &Scalar, b: &Scalar| match (a, b) {
        (Scalar::Float(x), Scalar::Float(y)) => x.to_bits() == y.to_bits(),
        _ => a == b,
    };
    let splat = !values.is_empty() && values.windows(2).all(|w| same(&w[0], &w[1]));
    let data = if splat {
        DenseElements::Splat(values[0])
    } else {
        DenseElements::Elements(values)
    };
    let loc = m.op(op).loc.clone();
    let state = ir::OperationState::new("nn.constant", loc)
        .results(std::slice::from_ref(&ty))
        .attr("value", Attribute::Dense { ty, data });
    let c = m.create_op(state);
    m.insert_before(op, c);
    m.result(c, 0)
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::elementwise),
        verify: Some(verify_convert),
        infer: Some(infer_convert),
        fold: Some(fold_convert),
        ..OpDef::new(
            "nn.convert",
            "Element type conversion",
            "Operands: `x`. Result: written out; the shape of `x` with another (or the same) \
             element type. Float to integer truncates toward zero; to `i1`, nonzero is true.",
        )
    }
}
