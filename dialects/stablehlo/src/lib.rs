//! The `stablehlo` and `chlo` dialects, as the frontends print them: JAX's
//! `jax.jit(f).lower(...).as_text()` (pretty form, optionally with debug locations),
//! the generic form, `jax.export`'s text and torch-mlir's `output_type="stablehlo"`.
//!
//! Each op is registered once, in the file of its family, with a verifier whose
//! errors are located at the op, and (where StableHLO has one) its custom assembly,
//! parsed and printed back in the same spelling. Dialect attributes (dimension
//! numbers, comparison directions, precisions) are kept in MLIR's own spelling
//! (`#stablehlo.dot<...>`), so the generic form printed here is what StableHLO reads;
//! [`attrs`] reads them into plain values.
//!
//! These dialects are an input format: the `convert-stablehlo-to-nn` pass (in the
//! `frontends` crate) rewrites them into `nn`, which the rest of the compiler knows.
//!
//! Like every dialect crate, it registers at link time: binaries must call
//! [`register`] (a no-op) so the crate is linked.
mod arith;
pub mod assembly;
pub mod attrs;
mod check;
mod contraction;
mod elementwise;
mod movement;
mod reduce;
mod sdy;
mod structure;

pub use contraction::dot_general_shape;
pub use reduce::single_applied_op;

/// The dialects' namespaces.
pub const DIALECT: &str = "stablehlo";
pub const CHLO: &str = "chlo";

ir::inventory::submit! {
    ir::DialectDef {
        name: "stablehlo",
        summary: "StableHLO: the portable op set JAX, TensorFlow, PyTorch (torch-mlir) and XLA exchange.",
    }
}
ir::inventory::submit! {
    ir::DialectDef {
        name: "chlo",
        summary: "Client HLO: the ops JAX leaves in StableHLO modules (erf, erfc, top_k, ...).",
    }
}

/// Forces this crate to be linked so its ops register; it does nothing at run time.
#[inline(never)]
pub fn register() {
    std::hint::black_box(DIALECT);
}
