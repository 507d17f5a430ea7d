//! `canonicalize`: folds operations through their `fold` hooks and erases dead pure ops.
//!
//! A worklist holds every operation of the module, first op first. For each op taken
//! from it:
//!
//! 1. if it is trivially dead (registered `Pure`, not a terminator/return/symbol, no
//!    used result) it is erased, and the producers of its operands are queued;
//! 2. else, if its [`OpDef`](ir::OpDef) has a `fold` hook and the hook returns
//!    replacement values, every result is replaced by the matching value and the op is
//!    erased. Ops the hook inserted before the op (such as a new constant), the users
//!    of the replaced results and the producers of the op's operands are queued.
//!    A hook that returns the op's own results has updated the op in place: its users
//!    are queued and the op is kept.
//!
//! When the worklist is empty and something changed, the whole module is swept again,
//! up to `max-iterations` sweeps (default 10); reaching the limit is not an error.
//! Within a sweep at most `10 * ops + 1000` ops are processed, which stops a fold hook
//! that keeps creating work.
use crate::{is_trivially_dead, operand_producers};
use ir::{Context, DiagResult, Module, OpId};
use pass::{Pass, PassDef, PassOptionDef};

pub struct Canonicalize {
    pub max_iterations: usize,
}

impl Pass for Canonicalize {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        canonicalize(module, context, self.max_iterations);
        Ok(())
    }
}

/// Folds and erases to a fixpoint, sweeping at most `max_iterations` times. Returns
/// whether anything changed.
pub fn canonicalize(module: &mut Module, context: &Context, max_iterations: usize) -> bool {
    let mut changed_any = false;
    for _ in 0..max_iterations {
        if !sweep(module, context) {
            break;
        }
        changed_any = true;
    }
    changed_any
}

struct Worklist {
    stack: Vec<OpId>,
    queued: Vec<bool>,
}

impl Worklist {
    fn push(&mut self, op: OpId) {
        if op.index() >= self.queued.len() {
            self.queued.resize(op.index() + 1, false);
        }
        if !self.queued[op.index()] {
            self.queued[op.index()] = true;
            self.stack.push(op);
        }
    }
    fn pop(&mut self) -> Option<OpId> {
        let op = self.stack.pop()?;
        self.queued[op.index()] = false;
        Some(op)
    }
}

fn sweep(module: &mut Module, context: &Context) -> bool {
    let mut all = module.all_ops();
    let budget = 10 * all.len() + 1000;
    all.reverse();
    let mut wl = Worklist {
        stack: Vec::with_capacity(all.len()),
        queued: vec![false; module.num_ops_allocated()],
    };
    for op in all {
        wl.push(op);
    }
    let mut changed = false;
    let mut steps = 0;
    let mut scratch = Vec::new();
    while let Some(op) = wl.pop() {
        steps += 1;
        if steps > budget {
            break;
        }
        if module.op(op).erased || module.op(op).parent.is_none() {
            continue;
        }
        if is_trivially_dead(module, context, op) {
            scratch.clear();
            operand_producers(module, op, &mut scratch);
            module.erase_op(op);
            scratch.iter().for_each(|&p| wl.push(p));
            changed = true;
            continue;
        }
        let Some(fold) = context.def_of(module, op).and_then(|d| d.fold) else {
            continue;
        };
        let before = module.prev_op(op);
        let Some(values) = fold(module, op) else {
            continue;
        };
        // Queue what the hook inserted right before `op`.
        let mut cur = module.prev_op(op);
        while let Some(o) = cur {
            if Some(o) == before {
                break;
            }
            wl.push(o);
            changed = true;
            cur = module.prev_op(o);
        }
        let results = module.op(op).results.clone();
        for &r in &results {
            for u in module.uses(r) {
                wl.push(u.op);
            }
        }
        if values == results {
            continue; // folded in place: users re-examined, no new sweep needed
        }
        if values.len() != results.len() || values.iter().any(|v| results.contains(v)) {
            continue; // a malformed answer; leave the op alone rather than corrupt the IR
        }
        changed = true;
        scratch.clear();
        operand_producers(module, op, &mut scratch);
        module.replace_op(op, &values);
        scratch.iter().for_each(|&p| wl.push(p));
        for v in values {
            if let Some(d) = module.defining_op(v) {
                wl.push(d);
            }
        }
    }
    changed
}

pass::inventory::submit! {
    PassDef {
        name: "canonicalize",
        title: "Canonicalizer",
        summary: "Fold operations through their fold hooks and erase dead pure operations",
        description: "Applies each registered op's fold hook with a worklist until nothing \
                      changes, replacing folded results and erasing dead Pure operations.",
        options: &[PassOptionDef {
            name: "max-iterations",
            summary: "Maximum number of sweeps over the module",
            default: "10",
        }],
        module_only: false,
        create: |o| Ok(Box::new(Canonicalize { max_iterations: o.get_usize("max-iterations")? })),
    }
}
