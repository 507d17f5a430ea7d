//! chunk-search: the legal chunk regions around an op (normally the peak).
//!
//! Anchors are the dimensions (of size > 1) of the target op's results and of its
//! operands defined in the same block. For each anchor, ranges `[s, e]` must contain
//! the target and the anchor's definition. Legality is monotone under shrinking a
//! range (a sub-range keeps every constraint or drops it, see `region`), so for each
//! start `s`, walking backwards from the target, the largest legal end `e(s)` never
//! grows as `s` decreases: a two-pointer walk finds every maximal range with O(n)
//! legality checks per anchor, each O(ops + uses of the range). The walk only stops at
//! starts that define one of the current region's inputs: between them the new ops are
//! loop-invariant, and the loop does not change. With A anchors, a block of n ops and
//! ranges of at most R ops that is O(A · n · R) in the worst case, without any fixed
//! window. Each maximal range is reported once.
use crate::recompute::recompute_cheap_inputs;
use crate::region::{check, BlockIndex, Region, Rejection};
use ir::{BlockId, Context, Module, OpId, OpTrait, ValueId};
use rustc_hash::FxHashSet as HashSet;

/// Every maximal legal region of `block` that contains `target` (a top-level op of
/// the block), over all anchors.
pub fn regions_around(m: &Module, ctx: &Context, block: BlockId, target: OpId) -> Vec<Region> {
    let index = BlockIndex::new(m, block);
    let Some(&p) = index.position.get(&target) else {
        return vec![];
    };
    let last = last_joinable(m, ctx, &index);
    if p > last {
        return vec![];
    }
    let last_use = last_uses(m, &index);
    let mut found: Vec<Region> = Vec::new();
    // A range is seen once per way of chunking it (the same ops along another
    // dimension are another region).
    let mut seen: HashSet<RegionKey> = HashSet::default();
    // The target's own results first; its operands' dimensions only if those find
    // nothing (they mostly reach the same regions through the same flood).
    let (own, operands): (Vec<_>, Vec<_>) = anchors(m, &index, target, p)
        .into_iter()
        .partition(|((v, _), _)| m.defining_op(*v) == Some(target));
    for (round, list) in [own, operands].into_iter().enumerate() {
        if round == 1 && !found.is_empty() {
            break;
        }
        for (anchor, def_pos) in list {
            let lo = def_pos.min(p);
            let hi = def_pos.max(p);
            let mut e = last;
            let mut s = lo;
            while let Some((end, r)) = largest_legal_end(m, ctx, &index, s, (hi, e), anchor, target)
            {
                e = end;
                // Moving the start back changes the loop only when it reaches the
                // definition of one of the region's inputs (only then can the flood
                // enter the new op; anything between is loop-invariant and would just
                // be hoisted). Jump there.
                let next_start = r
                    .inputs
                    .iter()
                    .filter_map(|&(v, _)| m.defining_op(v))
                    .filter_map(|d| index.position.get(&d).copied())
                    .filter(|&q| q < s)
                    .max();
                // The largest legal end is not always the best: a region that runs on into
                // the next layer must write more outputs at full size. Also try the end in
                // [hi, e] where the fewest bytes cross out of the range (legal too: a
                // sub-range of a legal range is legal).
                let cut = cheapest_cut(m, &last_use, s, hi, e);
                let shorter = (cut < e)
                    .then(|| check(m, ctx, &index, (s, cut), anchor, Some(target)).ok())
                    .flatten();
                for mut r in std::iter::once(r).chain(shorter) {
                    if seen.insert((
                        r.start,
                        r.end,
                        r.body.clone(),
                        r.inputs.clone(),
                        r.outputs.clone(),
                    )) {
                        recompute_cheap_inputs(m, ctx, &index, &mut r);
                        found.push(r);
                    }
                }
                match next_start {
                    Some(q) => s = q,
                    None => break,
                }
            }
        }
    }
    found
}

/// The region of another layer that matches `region` (found around the op at
/// `target_pos` of the same block): the same range shifted to the op `other`, chunked
/// along the same result dimension of `other` as `region` chunks of its target, in
/// `index` (of `m`). One check instead of a search: the caller compares signatures.
/// Only ranges before anything rewritten since `index` was built are valid (the
/// caller goes from the last layer to the first).
pub fn shifted_region(
    m: &Module,
    ctx: &Context,
    index: &BlockIndex,
    region: &Region,
    (target, target_pos): (OpId, usize),
    other: OpId,
) -> Option<Region> {
    let p = *index.position.get(&other)?;
    let before = target_pos.checked_sub(region.start)?;
    let after = region.end.checked_sub(target_pos)?;
    let (s, e) = (p.checked_sub(before)?, p + after);
    if index.ops.is_empty() || e > last_joinable(m, ctx, index) {
        return None;
    }
    let (k, dim) = m
        .op(target)
        .results
        .iter()
        .enumerate()
        .find_map(|(k, r)| region.dims.get(r).map(|&d| (k, d)))?;
    let anchor = (*m.op(other).results.get(k)?, dim);
    let mut r = check(m, ctx, index, (s, e), anchor, Some(other)).ok()?;
    recompute_cheap_inputs(m, ctx, index, &mut r);
    Some(r)
}

/// The position of the last op of `index` that can join a region: the terminator never
/// does.
fn last_joinable(m: &Module, ctx: &Context, index: &BlockIndex) -> usize {
    match index.ops.last() {
        Some(&t) if ctx.has_trait(m, t, OpTrait::Terminator) => index.ops.len().saturating_sub(2),
        _ => index.ops.len().saturating_sub(1),
    }
}

/// The largest end in `[lo, hi]` for which the range from `s` chunked along `anchor`
/// is legal, with its region. A sub-range of a legal range is legal (the flood of
/// chunked dimensions only reaches fewer ops), so legality is monotone in the end and
/// a bisection finds it in O(log n) checks: a scan down from the block's last op took
/// O(n) checks of O(n) ops each per range, quadratic in the model's depth.
#[allow(clippy::too_many_arguments)]
fn largest_legal_end(
    m: &Module,
    ctx: &Context,
    index: &BlockIndex,
    s: usize,
    (lo, hi): (usize, usize),
    anchor: (ValueId, usize),
    target: OpId,
) -> Option<(usize, Region)> {
    if hi < lo {
        return None;
    }
    let try_end = |e: usize| check(m, ctx, index, (s, e), anchor, Some(target)).ok();
    if let Some(r) = try_end(hi) {
        return Some((hi, r));
    }
    let mut best = (lo, try_end(lo)?);
    // Invariant: `best.0` is legal, `bad` is not.
    let mut bad = hi;
    while bad - best.0 > 1 {
        let mid = best.0 + (bad - best.0) / 2;
        match try_end(mid) {
            Some(r) => best = (mid, r),
            None => bad = mid,
        }
    }
    Some(best)
}

/// What tells two regions apart: the range, the loop's ops and how it slices.
type RegionKey = (
    usize,
    usize,
    Vec<OpId>,
    Vec<(ValueId, Option<usize>)>,
    Vec<(ValueId, usize)>,
);

/// For every op position of the block, the last position that uses each of its results.
fn last_uses(m: &Module, index: &BlockIndex) -> Vec<Vec<(ValueId, usize)>> {
    index
        .ops
        .iter()
        .enumerate()
        .map(|(k, &op)| {
            m.op(op)
                .results
                .iter()
                .map(|&r| {
                    let last = m
                        .uses(r)
                        .iter()
                        .filter_map(|u| index.top_level_position(m, u.op))
                        .max()
                        .unwrap_or(k);
                    (r, last)
                })
                .collect()
        })
        .collect()
}

/// The end in `[lo, hi]` for a range starting at `s` where the fewest bytes of values
/// defined in the range are used after it (ties: the later end).
fn cheapest_cut(
    m: &Module,
    last_use: &[Vec<(ValueId, usize)>],
    s: usize,
    lo: usize,
    hi: usize,
) -> usize {
    let bytes = crate::liveness::bytes;
    // crossing(e): values defined in [s, e] whose last use is after e.
    let mut crossing: u64 = 0;
    let mut ending: rustc_hash::FxHashMap<usize, u64> = Default::default();
    let mut best = (u64::MAX, hi);
    for (e, results) in last_use.iter().enumerate().take(hi + 1).skip(s) {
        for &(v, last) in results {
            if last > e {
                crossing += bytes(m, v);
                *ending.entry(last).or_default() += bytes(m, v);
            }
        }
        crossing -= ending.remove(&e).unwrap_or(0);
        if e >= lo && crossing <= best.0 {
            best = (crossing, e);
        }
    }
    best.1
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
    check(m, ctx, &BlockIndex::new(m, block), (s, e), anchor, None).err()
}
