//! `dce`: dead code elimination.
//!
//! Erases every operation that is registered with the `Pure` trait and whose results
//! are all unused, anywhere in the module (in any region, at any depth), repeating
//! until no such operation is left: erasing an op can make the producers of its
//! operands dead, and those are erased in the same run. Operations that are not
//! registered, not `Pure`, terminators, `ReturnLike` ops and symbols (ops with
//! `sym_name`, such as `func.func`) are never erased.
//!
//! Cost: one walk of the module, then a worklist that visits each op once plus once
//! per erased user, so linear in the module size.
use crate::{is_trivially_dead, operand_producers};
use ir::{Context, DiagResult, Module, OpId};
use pass::{Pass, PassDef, Statistic};

pub struct Dce {
    /// Summed over runs, for `--mlir-pass-statistics`.
    erased: u64,
}

impl Pass for Dce {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        self.erased += erase_dead_ops(module, context) as u64;
        Ok(())
    }

    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic::new(
            "num-erased",
            "Dead operations erased",
            self.erased,
        )]
    }
}

/// Erases dead pure ops to a fixpoint; returns how many ops were erased (not counting
/// ops nested inside erased ones).
pub fn erase_dead_ops(module: &mut Module, context: &Context) -> usize {
    // Popping from the end of the pre-order list visits users before their producers,
    // so most dead chains go in one sweep; producers freed later are re-queued.
    let mut queue: Vec<OpId> = module.all_ops();
    let mut erased = 0;
    let mut producers = Vec::new();
    while let Some(op) = queue.pop() {
        if module.op(op).erased || module.op(op).parent.is_none() {
            continue;
        }
        if !is_trivially_dead(module, context, op) {
            continue;
        }
        producers.clear();
        operand_producers(module, op, &mut producers);
        module.erase_op(op);
        erased += 1;
        queue.extend(producers.iter().copied());
    }
    erased
}

pass::inventory::submit! {
    PassDef {
        name: "dce",
        title: "DCE",
        summary: "Erase pure operations whose results are unused",
        description: "Erases every registered Pure operation whose results are all unused, in any \
                      region, to a fixpoint. Never erases unregistered ops, side-effecting ops, \
                      terminators or symbols.",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(Dce { erased: 0 })),
    }
}
