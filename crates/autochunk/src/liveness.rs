//! The activation-memory model, shared by every pass of this crate.
//!
//! Following the nn dialect's memory terms: function arguments never count; every
//! other tensor counts its full byte size while it is live. A value is live from the
//! op that defines it (its buffer exists while that op runs) through the last op that
//! uses it; a function result stays live to the end. So while op k runs, the live
//! bytes are those of every value defined at or before k whose last use is at or after
//! k: k's operands and results are both allocated. One exception, views: an
//! `nn.reshape` shares its operand's buffer (`runtime::reused_operand`: the same
//! bytes under a new shape), so it adds no bytes and the operand's allocation lives
//! on to the last use of either (a view of an argument costs nothing). torch.export
//! writes every linear as a view to 2-D, a matmul and a view back; without this each
//! view was a copy live next to its operand.
//!
//! A `chunk.for` is charged, while it runs: everything live across it, its operands
//! (still allocated), its full-size results (allocated before the first iteration),
//! and the peak of one iteration: a copy of each sliced operand's slice and of the
//! offset scalar (when the body reads them), plus the body's own profile under the
//! same rules (whole operands are read in place, not copied). Loops nest. This is the
//! runtime plan's live-bytes model (`runtime::plan`); the runtime's arena adds
//! alignment and fragmentation on top, which `autochunk` checks against the plan.
use ir::{BlockId, Context, Module, OpId, ValueId};
use rustc_hash::FxHashMap as HashMap;

/// Live bytes around each top-level op of a block.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// The block's ops, in order.
    pub ops: Vec<OpId>,
    /// Live bytes while each op runs (for a loop: its peak iteration included).
    pub during: Vec<u64>,
    /// Live bytes after each op.
    pub after: Vec<u64>,
    pub peak: u64,
    /// How many top-level ops reach the peak (repeated layers reach the same one).
    pub at_peak: usize,
    /// The op (possibly nested inside loops) where the peak occurs.
    pub peak_op: Option<OpId>,
    /// The chain of top-level position then nested positions leading to `peak_op`.
    pub peak_path: Vec<OpId>,
}

/// Bytes of a value's tensor (0 for non-tensors).
pub fn bytes(m: &Module, v: ValueId) -> u64 {
    m.value_type(v).byte_size().unwrap_or(0)
}

/// Profile of a function body (entry block of `func`): arguments don't count and
/// returned values stay live to the end.
pub fn function_profile(m: &Module, ctx: &Context, func: OpId) -> Option<Profile> {
    let block = m.entry_block(func, 0)?;
    Some(block_profile(m, ctx, block, &|_| false))
}

/// Profile of a block. Block arguments don't count (their owner charges them).
/// `charged_arg` says whether a block argument is a copy that counts (loop slices).
pub fn block_profile(
    m: &Module,
    ctx: &Context,
    block: BlockId,
    charged_arg: &dyn Fn(ValueId) -> bool,
) -> Profile {
    let ops: Vec<OpId> = m.block_ops(block).collect();
    let n = ops.len();
    let position: HashMap<OpId, usize> = ops.iter().enumerate().map(|(i, &o)| (o, i)).collect();
    // Position of the last top-level use of each value.
    let top = |op: OpId| -> Option<usize> {
        let mut cur = op;
        loop {
            if let Some(&p) = position.get(&cur) {
                return Some(p);
            }
            cur = m.parent_op(cur)?;
        }
    };
    let last_use = |v: ValueId| -> usize {
        m.uses(v)
            .iter()
            .filter_map(|u| top(u.op))
            .max()
            .unwrap_or(0)
    };
    // delta[k] on entering op k, delta_after[k] freed after op k.
    let mut start_bytes = vec![0u64; n + 1];
    let mut end_bytes = vec![0u64; n + 1];
    let add_interval =
        |start_bytes: &mut Vec<u64>, end_bytes: &mut Vec<u64>, from: usize, to: usize, b: u64| {
            start_bytes[from] += b;
            end_bytes[to] += b;
        };
    for &a in &m.block(block).args {
        // An argument the body never reads is never materialised.
        if charged_arg(a) && m.has_uses(a) {
            add_interval(
                &mut start_bytes,
                &mut end_bytes,
                0,
                last_use(a),
                bytes(m, a),
            );
        }
    }
    // Where each counted value's bytes are freed, by the value owning them: a view
    // shares its operand's buffer (`runtime::reused_operand`) and extends the owner's
    // interval instead of adding its own, as the runtime plans it.
    let mut owner: HashMap<ValueId, ValueId> = HashMap::default();
    let mut end: HashMap<ValueId, (usize, u64)> = HashMap::default();
    for &a in &m.block(block).args {
        if charged_arg(a) && m.has_uses(a) {
            owner.insert(a, a);
            end.insert(a, (last_use(a), bytes(m, a)));
        }
    }
    for (k, &op) in ops.iter().enumerate() {
        let view_of = runtime::reused_operand(m, op);
        let reused = view_of.and_then(|v| owner.get(&v).copied());
        for &r in &m.op(op).results {
            match reused {
                // A view of an argument or a loop's whole operand: no bytes here.
                None if view_of.is_some() => {}
                Some(o) => {
                    owner.insert(r, o);
                    let (old, b) = end[&o];
                    let new = old.max(last_use(r).max(k));
                    end_bytes[old] -= b;
                    end_bytes[new] += b;
                    end.insert(o, (new, b));
                }
                None => {
                    let b = bytes(m, r);
                    if b > 0 {
                        add_interval(&mut start_bytes, &mut end_bytes, k, last_use(r).max(k), b);
                        owner.insert(r, r);
                        end.insert(r, (last_use(r).max(k), b));
                    }
                }
            }
        }
    }
    let mut during = vec![0u64; n];
    let mut after = vec![0u64; n];
    let mut live = 0u64;
    let mut peak = 0u64;
    let mut peak_op = None;
    let mut peak_path = Vec::new();
    for (k, &op) in ops.iter().enumerate() {
        live += start_bytes[k];
        let mut here = live;
        let mut path = vec![op];
        let mut at = op;
        if m.name(op) == "chunk.for" {
            if let Some(inner) = loop_iteration_peak(m, ctx, op) {
                here += inner.peak;
                if let Some(p) = inner.peak_op {
                    at = p;
                    path.extend(inner.peak_path);
                }
            }
        }
        during[k] = here;
        if here > peak || peak_op.is_none() {
            peak = here;
            peak_op = Some(at);
            peak_path = path;
        }
        live -= end_bytes[k];
        after[k] = live;
    }
    let at_peak = during.iter().filter(|&&d| d == peak).count();
    Profile {
        ops,
        during,
        after,
        peak,
        at_peak,
        peak_op,
        peak_path,
    }
}

/// Peak of one iteration of a `chunk.for` body: sliced operands' copies plus the
/// body's profile.
pub fn loop_iteration_peak(m: &Module, ctx: &Context, op: OpId) -> Option<Profile> {
    let c = chunk_dialect::ChunkFor::read(m, op).ok()?;
    let body = m.entry_block(op, 0)?;
    let args = m.block(body).args.clone();
    // args[0] is the offset (a fresh scalar each iteration); args[i + 1] is operand
    // i's slice (a copy) or the operand itself (read in place).
    let mut sliced: Vec<ValueId> = c
        .operand_dims
        .iter()
        .enumerate()
        .filter(|(_, d)| d.is_some())
        .map(|(i, _)| args[i + 1])
        .collect();
    sliced.push(args[0]);
    Some(block_profile(m, ctx, body, &|v| sliced.contains(&v)))
}
