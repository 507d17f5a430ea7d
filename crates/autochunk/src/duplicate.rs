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
//! So before the search, a table (a value computed by cheap ops, the recomputation's
//! criterion, from constants and arguments at most half its size) read by several
//! ops gets a copy of its computation placed right before each user past other
//! computation (the first user in block order keeps the original; a table's own ops
//! sharing an intermediate keep sharing it). Each copy lives only around its user,
//! and a loop there recomputes it per chunk. Copies cost the cheap ops again per
//! user; values under `MIN_FRACTION` of the peak are left alone, and so are
//! computations of more than `MAX_COPIED` ops.
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
    let from_entry = tables(m, ctx, block);
    let position: HashMap<OpId, usize> = ops.iter().enumerate().map(|(i, &o)| (o, i)).collect();
    // How many ops that are not tables come before each position.
    let mut computing_before = vec![0usize; ops.len() + 1];
    for (i, op) in ops.iter().enumerate() {
        computing_before[i + 1] = computing_before[i] + usize::from(!from_entry.contains(op));
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
        // The first user in block order keeps the original (computed before it).
        let mut users: Vec<(OpId, u32)> = m.uses(v).iter().map(|u| (u.op, u.index)).collect();
        users.sort_by_key(|&(u, _)| position.get(&u).copied().unwrap_or(usize::MAX));
        if users.len() < 2 {
            continue;
        }
        let cone = cone_of(m, op, &from_entry, &position);
        if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
            debug_line!(
                "table '{}' with {} users, {} ops",
                m.name(op),
                users.len(),
                cone.len()
            );
        }
        if cone.len() > MAX_COPIED {
            continue;
        }
        for &(user, index) in &users[1..] {
            if m.op(user).parent != Some(block) {
                continue;
            }
            // Only users past other computation get a copy: a table's own ops that
            // share an intermediate (next to each other at the entry) keep sharing it.
            let (from, to) = (position[&op], position.get(&user).copied().unwrap_or(0));
            if computing_before[to] == computing_before[from] {
                continue;
            }
            let copy = clone_before(m, &cone, user);
            m.set_operand(user, index as usize, copy[&v]);
            copies += 1;
        }
    }
    copies
}

/// The ops of `block` that compute, by cheap pure ops, from constants and block
/// arguments at most half their result's size: the tables of the module docs (a mask
/// from iotas, a bias gathered from a small table; not a layer norm of an input).
pub fn tables(m: &Module, ctx: &Context, block: BlockId) -> HashSet<OpId> {
    // Bytes of the arguments each table reads, directly or through other tables.
    let mut reads: HashMap<OpId, u64> = HashMap::default();
    for op in m.block_ops(block) {
        let mut leaves = 0u64;
        let operands_ok = m.op(op).operands.iter().all(|&v| match m.value(v).def {
            ValueDef::BlockArg { block: b, .. } => {
                leaves += crate::liveness::bytes(m, v);
                b == block
            }
            ValueDef::OpResult { op: d, .. } => match reads.get(&d) {
                Some(&r) => {
                    leaves += r;
                    true
                }
                None => false,
            },
        });
        let result = m
            .op(op)
            .results
            .first()
            .map_or(0, |&r| crate::liveness::bytes(m, r));
        if operands_ok && is_cheap(m, ctx, op) && result >= 2 * leaves {
            reads.insert(op, leaves);
        }
    }
    reads.into_keys().collect()
}

/// Where a peak inside a table's computation is also fought: the first op (in block
/// order) that reads the table and is not itself part of a table. A loop there
/// recomputes the table chunk by chunk, so the table is never built whole; a loop
/// around the table's own ops writes it out whole.
pub fn table_consumer(m: &Module, ctx: &Context, block: BlockId, op: OpId) -> Option<OpId> {
    let tables = tables(m, ctx, block);
    if !tables.contains(&op) {
        return None;
    }
    let position: HashMap<OpId, usize> = m
        .block_ops(block)
        .enumerate()
        .map(|(i, o)| (o, i))
        .collect();
    let mut stack = vec![op];
    let mut seen: HashSet<OpId> = HashSet::default();
    let mut best: Option<(usize, OpId)> = None;
    while let Some(o) = stack.pop() {
        if !seen.insert(o) {
            continue;
        }
        for &r in &m.op(o).results {
            for u in m.uses(r) {
                let Some(&p) = position.get(&u.op) else {
                    continue;
                };
                if tables.contains(&u.op) {
                    stack.push(u.op);
                } else if best.is_none_or(|(b, _)| p < b) {
                    best = Some((p, u.op));
                }
            }
        }
    }
    best.map(|(_, o)| o)
}

/// `op` and its producers in `from_entry`, in block order (`position`).
fn cone_of(
    m: &Module,
    op: OpId,
    from_entry: &HashSet<OpId>,
    position: &HashMap<OpId, usize>,
) -> Vec<OpId> {
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
    cone.sort_by_key(|o| position.get(o).copied().unwrap_or(usize::MAX));
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
