//! `nn.sharding_constraint`: a value's sharding across devices, as a sharded JAX
//! program pins it (`jax.lax.with_sharding_constraint`). The value itself passes
//! through unchanged; the annotation travels with the program so the export gives it
//! back to XLA's partitioner, and autochunk does not chunk the sharded dimensions.
use crate::helpers::{Elem, OpView};
use ir::{inventory, Attribute, DiagResult, Module, OpDef, OpId, Type};

fn check(m: &Module, op: OpId) -> DiagResult<Type> {
    let v = OpView::new(m, op);
    v.operands(1, 1)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Any)?;
    match v.attr("sharding") {
        Some(Attribute::String(_)) => {}
        Some(Attribute::Opaque(text)) if text.starts_with("#sdy.sharding<") => {}
        _ => {
            return Err(v.err(
                "requires 'sharding': GSPMD's \"{devices=...}\" string or Shardy's #sdy.sharding<@mesh, [...]>",
            ))
        }
    }
    Ok(x.ty)
}

fn verify(m: &Module, op: OpId) -> DiagResult<()> {
    let ty = check(m, op)?;
    let result = m.value_type(m.op(op).results[0]);
    if *result != ty {
        return Err(OpView::new(m, op).err(format!(
            "result type {result} must be the operand type {ty}"
        )));
    }
    Ok(())
}

fn infer(m: &Module, op: OpId) -> DiagResult<Vec<Type>> {
    check(m, op).map(|t| vec![t])
}

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::elementwise),
        verify: Some(verify),
        infer: Some(infer),
        attributes: &[(
            "sharding",
            true,
            "the sharding as the frontend wrote it: a GSPMD string (\"{devices=[2,1]<=[2]}\") or Shardy's #sdy.sharding<@mesh, [{\"b\"}, {}]>",
        )],
        ..OpDef::new(
            "nn.sharding_constraint",
            "Pin a value's sharding across devices (the value is unchanged)",
            "Operands: `x`. Result: the type of `x`, the same values. Carries `sharding` \
             for an SPMD partitioner (`jax.lax.with_sharding_constraint`); computations \
             ignore it, and autochunk does not chunk the dimensions it shards.",
        )
    }
}
