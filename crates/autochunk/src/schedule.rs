//! `schedule`: a memory-aware order of each block's ops, within their dependencies.
//!
//! List scheduling: among the ops whose operands are all computed, take the one that
//! leaves the fewest bytes live (bytes it frees, as the last remaining user of its
//! operands, minus bytes it allocates), ties broken by the original order. The block
//! (and, recursively, every `chunk.for` body) keeps the new order only if its peak
//! under the memory model (`liveness`) goes down; otherwise it is left as it was, so
//! the pass never makes a program worse. A terminator stays last.
//!
//! Cost: O(n · r) per block for n ops with at most r ready at a time, plus one
//! profile of the block before and after.
use crate::liveness::{block_profile, bytes};
use ir::{BlockId, Context, DiagResult, Module, OpId, OpTrait, ValueId};
use pass::{Pass, PassDef};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub struct Schedule;

impl Pass for Schedule {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        let funcs: Vec<OpId> = module
            .all_ops()
            .into_iter()
            .filter(|&o| module.name(o) == "func.func")
            .collect();
        for f in funcs {
            if let Some(b) = module.entry_block(f, 0) {
                schedule_block(module, context, b);
            }
        }
        Ok(())
    }
}

/// The top-level op of `block` that holds `op`.
fn top_of(m: &Module, block: BlockId, op: OpId) -> Option<OpId> {
    let mut cur = op;
    loop {
        if m.op(cur).parent == Some(block) {
            return Some(cur);
        }
        cur = m.parent_op(cur)?;
    }
}

/// Values an op reads, including from ops nested in its regions, defined outside it.
fn reads(m: &Module, op: OpId) -> Vec<ValueId> {
    let mut inner = HashSet::default();
    let mut out = Vec::new();
    m.walk(op, &mut |o| {
        inner.insert(o);
    });
    m.walk(op, &mut |o| {
        for &v in &m.op(o).operands {
            if !m.defining_op(v).is_some_and(|d| inner.contains(&d)) && !out.contains(&v) {
                out.push(v);
            }
        }
    });
    out
}

/// Reorders `block` (and its loops' bodies) when that lowers its peak.
pub fn schedule_block(m: &mut Module, ctx: &Context, block: BlockId) {
    let ops: Vec<OpId> = m.block_ops(block).collect();
    for &op in &ops {
        if m.name(op) == "chunk.for" {
            if let Some(body) = m.entry_block(op, 0) {
                schedule_block(m, ctx, body);
            }
        }
    }
    let Some((&last, rest)) = ops.split_last() else {
        return;
    };
    let body: Vec<OpId> = if ctx.has_trait(m, last, OpTrait::Terminator) {
        rest.to_vec()
    } else {
        ops.clone()
    };
    let order = list_schedule(m, block, &body);
    if order == body {
        return;
    }
    let charged = |_: ValueId| false;
    let before = block_profile(m, ctx, block, &charged).peak;
    let anchor = if body.len() < ops.len() {
        Some(last)
    } else {
        None
    };
    apply(m, block, &order, anchor);
    let after = block_profile(m, ctx, block, &charged).peak;
    if after >= before {
        apply(m, block, &body, anchor);
    }
}

fn apply(m: &mut Module, block: BlockId, order: &[OpId], terminator: Option<OpId>) {
    for &op in order {
        match terminator {
            Some(t) => m.insert_before(t, op),
            None => m.append_op(block, op),
        }
    }
}

/// The greedy order of `body`.
fn list_schedule(m: &Module, block: BlockId, body: &[OpId]) -> Vec<OpId> {
    let position: HashMap<OpId, usize> = body.iter().enumerate().map(|(i, &o)| (o, i)).collect();
    let reads_of: Vec<Vec<ValueId>> = body.iter().map(|&o| reads(m, o)).collect();
    // Remaining users (top-level ops of this block) of each value read in the block.
    let mut remaining: HashMap<ValueId, usize> = HashMap::default();
    let mut waiting_on: Vec<usize> = vec![0; body.len()];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
    for (i, vs) in reads_of.iter().enumerate() {
        let mut producers = HashSet::default();
        for &v in vs {
            *remaining.entry(v).or_default() += 1;
            if let Some(p) = m
                .defining_op(v)
                .and_then(|d| top_of(m, block, d))
                .and_then(|t| position.get(&t))
            {
                if producers.insert(*p) {
                    dependents[*p].push(i);
                    waiting_on[i] += 1;
                }
            }
        }
    }
    // Values used after the block's body (by the terminator) never die here.
    let mut pinned: HashSet<ValueId> = HashSet::default();
    for &op in body {
        for &r in &m.op(op).results {
            if m.uses(r)
                .iter()
                .any(|u| top_of(m, block, u.op).is_none_or(|t| !position.contains_key(&t)))
            {
                pinned.insert(r);
            }
        }
    }
    let mut ready: Vec<usize> = (0..body.len()).filter(|&i| waiting_on[i] == 0).collect();
    let mut order = Vec::with_capacity(body.len());
    while !ready.is_empty() {
        let gain = |i: usize| -> i64 {
            let freed: u64 = reads_of[i]
                .iter()
                .filter(|v| {
                    remaining.get(v) == Some(&1)
                        && !pinned.contains(v)
                        && m.defining_op(**v).is_some()
                })
                .map(|&v| bytes(m, v))
                .sum();
            let allocated: u64 = m.op(body[i]).results.iter().map(|&r| bytes(m, r)).sum();
            freed as i64 - allocated as i64
        };
        let (k, _) = ready
            .iter()
            .enumerate()
            .max_by(|(_, &a), (_, &b)| gain(a).cmp(&gain(b)).then(b.cmp(&a)))
            .expect("ready is not empty");
        let i = ready.swap_remove(k);
        order.push(body[i]);
        for v in &reads_of[i] {
            if let Some(c) = remaining.get_mut(v) {
                *c -= 1;
            }
        }
        for &d in &dependents[i] {
            waiting_on[d] -= 1;
            if waiting_on[d] == 0 {
                ready.push(d);
            }
        }
    }
    order
}

pass::inventory::submit! {
    PassDef {
        name: "schedule",
        title: "Schedule",
        summary: "Reorder ops (within dependencies) to lower peak activation memory",
        description: "Greedy list scheduling that prefers the op leaving the fewest bytes live; a block keeps \
                      the new order only if its peak goes down.",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(Schedule)),
    }
}
