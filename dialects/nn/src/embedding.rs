//! `nn.embedding`: gathers rows of a `[V, D]` table by integer ids of any shape.
use crate::helpers::{hooks, Elem, OpView};
use ir::{inventory, OpDef, Type};

fn check_embedding(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(2, 2)?;
    v.one_result()?;
    let table = v.tensor(0, Elem::Any)?;
    let ids = v.tensor(1, Elem::Int)?;
    if table.rank() != 2 {
        return Err(v.err(format!(
            "table (operand #0) must have rank 2 ([V, D]), got {}",
            table.ty
        )));
    }
    let mut shape = ids.shape.clone();
    shape.push(table.shape[1]);
    v.make_result(shape, table.elem)
}
hooks!(check_embedding => verify_embedding, infer_embedding);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::embedding),
        verify: Some(verify_embedding),
        infer: Some(infer_embedding),
        ..OpDef::new(
            "nn.embedding",
            "Row gather from an embedding table",
            "Operands: `table` `[V, D]`, `ids` (i32 or i64, any shape `S`). Result: `[S..., D]` \
             with the table's element type; element `[s..., d]` is `table[ids[s...], d]`. An id \
             outside `0..V` is a runtime error, never a wild read.",
        )
    }
}
