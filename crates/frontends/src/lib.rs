//! Frontends: models exported by JAX, TensorFlow and PyTorch (torch-mlir) as
//! StableHLO, converted into the `nn` dialect the rest of the compiler knows.
//!
//! - [`stablehlo_to_nn`]: the `convert-stablehlo-to-nn` pass.
//! - [`rewrite`]: the op-by-op rewrites it applies.
//! - [`export`]: the way back, `convert-nn-to-stablehlo` (for XLA and IREE).
//!
//! Linking this crate registers the pass and the `stablehlo`/`chlo` dialects; call
//! [`register`] from a binary to make sure it is linked.
pub mod export;
mod rewrite;
pub mod stablehlo_to_nn;

pub use export::export_module as convert_nn_to_stablehlo;
pub use stablehlo_to_nn::convert_stablehlo_to_nn;

/// Forces this crate and the dialects it reads and writes to be linked.
#[inline(never)]
pub fn register() {
    stablehlo_dialect::register();
    nn_dialect::register();
    std::hint::black_box(func_dialect::DIALECTS);
}

/// An op with one result, created outside any block: what the import's and the
/// export's rewriters insert before the op they replace.
pub(crate) fn one_result<'a>(
    m: &mut ir::Module,
    loc: &ir::Location,
    name: &str,
    operands: &[ir::ValueId],
    result: ir::Type,
    attrs: impl IntoIterator<Item = (&'a str, ir::Attribute)>,
) -> ir::OpId {
    let mut state = ir::OperationState::new(name, loc.clone())
        .operands(operands)
        .results(&[result]);
    for (k, v) in attrs {
        state = state.attr(k, v);
    }
    m.create_op(state)
}
