//! `nn.compare` (elementwise comparison producing `i1`) and `nn.select` (elementwise
//! choice by an `i1` condition). Both broadcast their operands like the binary ops.
use crate::helpers::{broadcast_shapes, hooks, Elem, OpView};
use ir::{inventory, OpDef, Type};

const DIRECTIONS: &[&str] = &["EQ", "NE", "LT", "LE", "GT", "GE"];

fn check_compare(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(2, 2)?;
    v.one_result()?;
    let a = v.tensor(0, Elem::Any)?;
    let b = v.tensor(1, Elem::Any)?;
    v.same_elem(0, &a, 1, &b)?;
    if v.choice("direction", DIRECTIONS)?.is_none() {
        return Err(v.err("requires attribute 'direction'"));
    }
    let shape = broadcast_shapes(&a.shape, &b.shape).ok_or_else(|| {
        v.err(format!(
            "operand shapes {} and {} are not broadcast-compatible",
            a.ty, b.ty
        ))
    })?;
    v.make_result(shape, Type::i1())
}
hooks!(check_compare => verify_compare, infer_compare);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::elementwise),
        verify: Some(verify_compare),
        infer: Some(infer_compare),
        attributes: &[(
            "direction",
            true,
            "`\"EQ\"`, `\"NE\"`, `\"LT\"`, `\"LE\"`, `\"GT\"` or `\"GE\"`",
        )],
        ..OpDef::new(
            "nn.compare",
            "Elementwise comparison",
            "Operands: `a`, `b`, tensors of the same element type. Result: shape `B(a, b)` \
             with element type `i1`. Element `i` is `a[i] <direction> b[i]`; floats compare \
             by IEEE rules (NaN is unequal to everything).",
        )
    }
}

fn check_select(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(3, 3)?;
    v.one_result()?;
    let c = v.tensor(0, Elem::Bool)?;
    let a = v.tensor(1, Elem::Any)?;
    let b = v.tensor(2, Elem::Any)?;
    v.same_elem(1, &a, 2, &b)?;
    let shape = broadcast_shapes(&c.shape, &a.shape)
        .and_then(|s| broadcast_shapes(&s, &b.shape))
        .ok_or_else(|| {
            v.err(format!(
                "operand shapes {}, {} and {} are not broadcast-compatible",
                c.ty, a.ty, b.ty
            ))
        })?;
    v.make_result(shape, a.elem)
}
hooks!(check_select => verify_select, infer_select);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::elementwise),
        verify: Some(verify_select),
        infer: Some(infer_select),
        ..OpDef::new(
            "nn.select",
            "Elementwise choice",
            "Operands: `c` (`i1` elements), `a`, `b` (same element type). Result: shape \
             `B(c, a, b)` with the element type of `a`. Element `i` is `c[i] ? a[i] : b[i]`.",
        )
    }
}
