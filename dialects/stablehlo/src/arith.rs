//! The one `arith` op torch-mlir mixes into its StableHLO output:
//! `arith.constant dense<...> : tensor<...>` (tensor-valued only; scalars are
//! refused by the verifier with the reason).
use crate::check::Check;
use crate::elementwise::{verify_constant, ConstantAssembly};
use ir::{inventory, DiagResult, Module, OpDef, OpId, OpTrait};

ir::inventory::submit! {
    ir::DialectDef {
        name: "arith",
        summary: "The arith constant torch-mlir mixes into StableHLO (tensor constants only).",
    }
}

fn verify_arith_constant(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(0, 0, 1)?;
    c.result(0)?;
    verify_constant(m, op)
}

inventory::submit! {
    OpDef {
        traits: &[OpTrait::Pure, OpTrait::ConstantLike],
        verify: Some(verify_arith_constant),
        assembly: Some(&ConstantAssembly),
        attributes: &[("value", true, "dense elements of the result type")],
        ..OpDef::new("arith.constant", "A literal tensor (torch-mlir)", "Read like `stablehlo.constant`.")
    }
}
