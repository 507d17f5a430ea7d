//! The structural verifier. It checks, for every operation under the module:
//!
//! 1. the op is registered, or unregistered ops are allowed by the context;
//! 2. every operand is defined before its use: by an earlier op of the same block or of
//!    an enclosing block, or as an argument of the block or an enclosing block, and
//!    never from outside an isolated-from-above op;
//! 3. a `Terminator` op is last in its block, and single-block regions of ops without
//!    `NoTerminator` end with a terminator;
//! 4. the op's own `verify` hook passes (operands, attributes, regions);
//! 5. the result types equal what the op's `infer` rule computes.
//!
//! All errors are located at the offending op. Verification stops at the first error.
use crate::diag::{DiagResult, Diagnostic};
use crate::module::{BlockId, Module, OpId, ValueDef, ValueId};
use crate::registry::{Context, OpTrait};
use crate::types::write_results;
// FxHash: these maps are keyed by small ids and short names on the hot path of
// parsing, verifying and printing; SipHash's DoS resistance is not needed here.
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

/// Verifies every operation in the module.
pub fn verify(module: &Module, context: &Context) -> DiagResult<()> {
    let ops = module.all_ops();
    // Position of each op in its block, for the dominance check.
    let mut position: HashMap<OpId, usize> =
        HashMap::with_capacity_and_hasher(ops.len(), Default::default());
    for &op in &ops {
        for &r in &module.op(op).regions {
            for &b in &module.region(r).blocks {
                for (i, o) in module.block_ops(b).enumerate() {
                    position.insert(o, i);
                }
            }
        }
    }
    for &op in &ops {
        verify_op(module, context, op, &position)?;
    }
    Ok(())
}

/// Verifies one op (not what it holds).
fn verify_op(
    module: &Module,
    context: &Context,
    op: OpId,
    position: &HashMap<OpId, usize>,
) -> DiagResult<()> {
    let data = module.op(op);
    let loc = &data.loc;
    let def = context.def_of(module, op);
    if def.is_none() && !context.allow_unregistered {
        let name = module.name(op);
        let dialect = name.split_once('.').map_or(name, |(d, _)| d);
        return Err(if context.dialect(dialect).is_some() {
            Diagnostic::error(
                loc.clone(),
                format!("unregistered operation '{name}' found in dialect ('{dialect}') that does not allow unknown operations"),
            )
        } else {
            Diagnostic::error(
                loc.clone(),
                format!("operation '{name}' is from an unregistered dialect ('{dialect}') (chunk-opt --allow-unregistered-dialect reads it; no tool can run it)"),
            )
        });
    }
    for (i, &v) in data.operands.iter().enumerate() {
        if !dominates(module, context, v, op, position) {
            return Err(Diagnostic::error(
                loc.clone(),
                format!("operand #{i} does not dominate this use"),
            ));
        }
    }
    if let Some(def) = def {
        if def.has_trait(OpTrait::Terminator) {
            if let Some(b) = data.parent {
                if module.last_op(b) != Some(op) {
                    return Err(Diagnostic::error(
                        loc.clone(),
                        "must be the last operation in the parent block",
                    ));
                }
            }
        }
        if !def.has_trait(OpTrait::NoTerminator) {
            for &r in &data.regions {
                for &b in &module.region(r).blocks {
                    let ends_in_terminator = module.last_op(b).is_some_and(|t| {
                        context.has_trait(module, t, OpTrait::Terminator)
                            || context.def_of(module, t).is_none()
                    });
                    if !ends_in_terminator {
                        return Err(Diagnostic::error(
                            loc.clone(),
                            format!("'{}' region must end with a terminator", def.name),
                        ));
                    }
                }
            }
        }
        if let Some(verify) = def.verify {
            verify(module, op)?;
        }
        if let Some(infer) = def.infer {
            let expected = infer(module, op)?;
            let actual = module.result_types(op);
            if expected != actual {
                return Err(Diagnostic::error(
                    loc.clone(),
                    format!(
                        "result type {} does not match the inferred type {}",
                        ResultList(&actual),
                        ResultList(&expected)
                    ),
                ));
            }
        }
    }
    Ok(())
}

struct ResultList<'a>(&'a [crate::types::Type]);
impl fmt::Display for ResultList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_results(f, self.0)
    }
}

/// True if `value` is visible at `user`.
fn dominates(
    module: &Module,
    context: &Context,
    value: ValueId,
    user: OpId,
    position: &HashMap<OpId, usize>,
) -> bool {
    let (def_block, def_pos): (BlockId, Option<usize>) = match module.value(value).def {
        ValueDef::BlockArg { block, .. } => (block, None),
        ValueDef::OpResult { op, .. } => match module.op(op).parent {
            Some(b) => (b, Some(position[&op])),
            None => return false,
        },
    };
    // Walk up from the user to the ancestor that sits in the defining block.
    let mut cur = user;
    loop {
        let Some(block) = module.op(cur).parent else {
            return false;
        };
        if block == def_block {
            return match def_pos {
                None => true,
                Some(p) => position[&cur] > p,
            };
        }
        // Another block of the same region (a CFG region): accept, dominance between
        // blocks is not modelled.
        if module.block(block).parent.is_some()
            && module.block(block).parent == module.block(def_block).parent
        {
            return true;
        }
        let Some(parent) = module.block_parent_op(block) else {
            return false;
        };
        if context.has_trait(module, parent, OpTrait::IsolatedFromAbove)
            || module.name(parent) == "builtin.module"
        {
            return false;
        }
        cur = parent;
    }
}
