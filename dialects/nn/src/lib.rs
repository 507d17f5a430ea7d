//! The `nn` input dialect: model-level tensor ops (elementwise math, contractions,
//! reductions, normalisations, data movement, convolutions, pooling, attention), as
//! specified by the dialect contract (`shared/spec/nn-dialect.md`).
//!
//! Every op is described by an [`ir::OpDef`] submitted with `inventory::submit!` in
//! the file that implements it, grouped by family; there is no central op list.
//! Each op has a `verify` hook (operands, element types, attributes) and an `infer`
//! hook (the result-type rule; the core verifier compares it with the written type),
//! both driven by one checking function so they never disagree. Some ops have
//! `fold` hooks for canonicalization (identities and small constant folding) and
//! `cost` hooks (elementwise ops and contractions).
//!
//! # Linking
//!
//! Registration happens at link time, and a crate that nobody references is not
//! linked at all, so its ops would silently be missing from [`ir::Context::new`].
//! Binaries and tests that need the dialect must therefore mention an item of this
//! crate, e.g. `nn_dialect::register();` (a no-op) or `use nn_dialect as _;` plus a
//! use of [`DIALECT`].
mod attention;
mod compare_select;
mod constant;
mod conv_pool;
mod dim_flow;
mod elementwise;
mod embedding;
mod helpers;
mod matmul;
mod raise;
mod reduce;
pub mod scalar;
mod shape;
mod sharding;
mod softmax_norm;

/// The dialect's namespace.
pub const DIALECT: &str = "nn";

/// Forces this crate to be linked so its ops register; it does nothing at run time.
#[inline(never)]
pub fn register() {
    // Reading the name through a black box keeps the call (and thus the link) alive.
    std::hint::black_box(DIALECT);
}
