//! The core passes, one per file, each registered with `inventory::submit!` next to
//! its implementation:
//!
//! | pass | file |
//! |---|---|
//! | `canonicalize` | [`canonicalize`] |
//! | `cse` | [`cse`] |
//! | `dce` | [`dce`] |
//! | `inline` | [`inline`] |
//! | `symbol-dce` | [`symbol_dce`] |
//!
//! plus [`clone`], which copies ops with a value map. Linking this crate registers the
//! passes; nothing needs to be called. The passes know ops only by their registered
//! traits and fold hooks, and the `func` ops by name (`func.func`, `func.call`,
//! `func.return`).
pub mod canonicalize;
pub mod clone;
pub mod cse;
pub mod dce;
pub mod inline;
pub mod symbol_dce;

pub use clone::{clone_op_into, clone_region_into, IrMapping};

use ir::{Context, Module, OpId, OpTrait};

/// True if `op` can be erased without changing the program: it is registered as
/// `Pure`, is not a terminator, return or symbol, and none of its results is used.
pub fn is_trivially_dead(module: &Module, context: &Context, op: OpId) -> bool {
    let Some(def) = context.def_of(module, op) else {
        return false;
    };
    def.has_trait(OpTrait::Pure)
        && !def.has_trait(OpTrait::Terminator)
        && !def.has_trait(OpTrait::ReturnLike)
        && !def.has_trait(OpTrait::Symbol)
        && module.attr(op, "sym_name").is_none()
        && module.op(op).results.iter().all(|&r| !module.has_uses(r))
}

/// Ops defining the operands of `op` and of every op nested in it: the ops that may
/// become dead once `op` is erased.
pub(crate) fn operand_producers(module: &Module, op: OpId, out: &mut Vec<OpId>) {
    module.walk(op, &mut |o| {
        out.extend(
            module
                .op(o)
                .operands
                .iter()
                .filter_map(|&v| module.defining_op(v)),
        );
    });
}
