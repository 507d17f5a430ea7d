//! chunk-search: the legal chunk regions around an op (normally the peak).
//!
//! Anchors are the dimensions (of size > 1) of the target op's results and of its
//! operands defined in the same block. For each anchor, ranges `[s, e]` must contain
//! the target and the anchor's definition. Legality is monotone under shrinking a
//! range (a sub-range keeps every constraint or drops it, see `region`), so for each
//! start `s`, walking backwards from the target, the largest legal end `e(s)` never
//! grows as `s` decreases: a two-pointer walk finds every maximal range with O(n)
//! legality checks per anchor, each O(ops + uses of the range). With A anchors,
//! a block of n ops and ranges of at most R ops that is O(A · n · R) in the worst
//! case, without any fixed window. Each maximal range is reported once.
use crate::region::{check, BlockIndex, Region, Rejection};
use ir::{BlockId, Context, Module, OpId, OpTrait, ValueId};
use std::collections::HashSet;

/// Every maximal legal region of `block` that contains `target` (a top-level op of
/// the block), over all anchors.
pub fn regions_around(m: &Module, ctx: &Context, block: BlockId, target: OpId) -> Vec<Region> {
    let index = BlockIndex::new(m, block);
    let Some(&p) = index.position.get(&target) else {
        return vec![];
    };
    // The terminator never joins a region.
    let last = match index.ops.last() {
        Some(&t) if ctx.has_trait(m, t, OpTrait::Terminator) => index.ops.len().saturating_sub(2),
        _ => index.ops.len().saturating_sub(1),
    };
    if p > last {
        return vec![];
    }
    let mut found: Vec<Region> = Vec::new();
    let mut seen: HashSet<(usize, usize, Vec<OpId>)> = HashSet::new();
    for (anchor, def_pos) in anchors(m, &index, target, p) {
        let lo = def_pos.min(p);
        let hi = def_pos.max(p);
        let mut e = last;
        let mut s = lo;
        loop {
            let mut legal = None;
            while e >= hi {
                match check(m, ctx, &index, s, e, anchor) {
                    Ok(r) => {
                        legal = Some(r);
                        break;
                    }
                    Err(_) if e == hi => break,
                    Err(_) => e -= 1,
                }
            }
            let Some(r) = legal else { break };
            if seen.insert((r.start, r.end, r.body.clone())) {
                found.push(r);
            }
            if s == 0 {
                break;
            }
            s -= 1;
        }
    }
    found
}

/// The anchors for a target at position `p`: `(value, dim)` and the position of the
/// value's definition.
fn anchors(
    m: &Module,
    index: &BlockIndex,
    target: OpId,
    p: usize,
) -> Vec<((ValueId, usize), usize)> {
    let mut out = Vec::new();
    let mut values: Vec<(ValueId, usize)> = m.op(target).results.iter().map(|&r| (r, p)).collect();
    for &v in &m.op(target).operands {
        if let Some(d) = m.defining_op(v).and_then(|o| index.position.get(&o)) {
            values.push((v, *d));
        }
    }
    for (v, pos) in values {
        if let Some(shape) = m.value_type(v).shape() {
            for (d, &size) in shape.iter().enumerate() {
                if size > 1 {
                    out.push(((v, d), pos));
                }
            }
        }
    }
    out
}

/// Why the range `[s, e]` chunked along `anchor` is illegal, if it is (for reports).
pub fn explain(
    m: &Module,
    ctx: &Context,
    block: BlockId,
    s: usize,
    e: usize,
    anchor: (ValueId, usize),
) -> Option<Rejection> {
    check(m, ctx, &BlockIndex::new(m, block), s, e, anchor).err()
}
