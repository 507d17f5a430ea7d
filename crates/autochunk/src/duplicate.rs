//! Values computed from the arguments alone, copied next to each user.
//!
//! Exporters compute shared tables once at function entry: HF's additive causal
//! mask, T5's relative position bias, Llama's rotary tables, Flax's mask at the
//! maximum length. Each layer reads them, so the table is live from the entry to the
//! last layer and sits inside every layer's loop as a whole input. A loop can
//! recompute its own slice of such a value (`recompute`), but the original stays
//! live while any other layer still reads it, and the search sizes each loop while
//! the original is still there: the first layer's loop was chunked 20 times finer
//! than the last one's in a torch.export GPT-2 at 10% of its peak.
//!
//! So before the search, a value computed from arguments and constants only, by
//! cheap ops (the recomputation's criterion), at least twice as large as the
//! arguments it reads, and read by several ops gets a copy of its computation placed
//! right before each user but the first. Each copy lives
//! only around its user, and a loop there recomputes it per chunk. Copies cost the
//! cheap ops again per user; values under `MIN_FRACTION` of the peak are left
//! alone, and so are computations of more than `MAX_COPIED` ops.
use crate::recompute::is_cheap;
use ir::{BlockId, Context, Module, OpId, OperationState, ValueDef, ValueId};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Smallest value copied, as a fraction of the function's peak.
pub const MIN_FRACTION: f64 = 0.01;
/// Most ops one copy clones.
const MAX_COPIED: usize = 64;

/// Copies the entry-computed values of `block` worth at least `min_bytes` that have
/// several users next to each user. Returns how many copies were made.
pub fn duplicate_entry_values(
    m: &mut Module,
    ctx: &Context,
    block: BlockId,
    min_bytes: u64,
) -> usize {
    let ops: Vec<OpId> = m.block_ops(block).collect();
    // Ops computing from arguments and constants only, by cheap pure ops.
    let mut from_entry: HashSet<OpId> = HashSet::default();
    for &op in &ops {
        let operands_ok = m.op(op).operands.iter().all(|&v| match m.value(v).def {
            ValueDef::BlockArg { block: b, .. } => b == block,
            ValueDef::OpResult { op: d, .. } => from_entry.contains(&d),
        });
        if operands_ok && is_cheap(m, ctx, op) {
            from_entry.insert(op);
        }
    }
    let mut copies = 0;
    for &op in &ops {
        if !from_entry.contains(&op) || m.op(op).results.len() != 1 {
            continue;
        }
        let v = m.op(op).results[0];
        if crate::liveness::bytes(m, v) < min_bytes {
            continue;
        }
        let users: Vec<(OpId, u32)> = m.uses(v).iter().map(|u| (u.op, u.index)).collect();
        if users.len() < 2 {
            continue;
        }
        let cone = cone_of(m, op, &from_entry);
        if cone.len() > MAX_COPIED {
            continue;
        }
        // Tables built up from much smaller inputs (a mask from iotas, a bias from
        // a small embedding table) are what each user should rebuild; a value as
        // large as the arguments it is computed from (a layer norm of the input) is
        // left alone: recomputing it per user only moves the same bytes around.
        let leaves: u64 = cone
            .iter()
            .flat_map(|&o| m.op(o).operands.clone())
            .filter(|&a| matches!(m.value(a).def, ValueDef::BlockArg { .. }))
            .collect::<HashSet<ValueId>>()
            .into_iter()
            .map(|a| crate::liveness::bytes(m, a))
            .sum();
        if crate::liveness::bytes(m, v) < 2 * leaves {
            continue;
        }
        for &(user, index) in &users[1..] {
            if m.op(user).parent != Some(block) {
                continue;
            }
            let copy = clone_before(m, &cone, user);
            m.set_operand(user, index as usize, copy[&v]);
            copies += 1;
        }
    }
    copies
}

/// `op` and its producers in `from_entry`, in block order.
fn cone_of(m: &Module, op: OpId, from_entry: &HashSet<OpId>) -> Vec<OpId> {
    let mut cone: Vec<OpId> = Vec::new();
    let mut stack = vec![op];
    while let Some(o) = stack.pop() {
        if cone.contains(&o) {
            continue;
        }
        cone.push(o);
        for &v in &m.op(o).operands {
            if let Some(d) = m.defining_op(v).filter(|d| from_entry.contains(d)) {
                stack.push(d);
            }
        }
    }
    let block = m.op(op).parent;
    let order: HashMap<OpId, usize> = block
        .map(|b| m.block_ops(b).enumerate().map(|(i, o)| (o, i)).collect())
        .unwrap_or_default();
    cone.sort_by_key(|o| order.get(o).copied().unwrap_or(usize::MAX));
    cone
}

/// Clones `cone` (in order) before `anchor`; returns the map from original results
/// to their copies.
fn clone_before(m: &mut Module, cone: &[OpId], anchor: OpId) -> HashMap<ValueId, ValueId> {
    let mut map: HashMap<ValueId, ValueId> = HashMap::default();
    for &op in cone {
        let data = m.op(op).clone();
        let mut state = OperationState::new(&data.name, data.loc.clone());
        state.operands = data
            .operands
            .iter()
            .map(|v| map.get(v).copied().unwrap_or(*v))
            .collect();
        state.result_types = data
            .results
            .iter()
            .map(|&r| m.value_type(r).clone())
            .collect();
        state.properties = data.properties.clone();
        state.attributes = data.attributes.clone();
        let new = m.create_op(state);
        m.insert_before(anchor, new);
        let results = m.op(new).results.clone();
        for (old, new) in data.results.iter().zip(results) {
            map.insert(*old, new);
        }
    }
    map
}
