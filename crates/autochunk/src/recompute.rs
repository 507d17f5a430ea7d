//! Recomputation: a region's chunked input whose producers are cheap is computed
//! again, chunk by chunk, inside the loop instead of being held whole through it.
//!
//! Exporters compute shared values once, far from their uses: HF builds the causal
//! mask at function entry and adds it in every layer; T5 computes one relative
//! position bias for all layers; an Evoformer pair block projects its attention bias
//! from the same layer norm as q, k and v. A region that reads such a value as an
//! input keeps it whole for the whole loop (and the value stays live from its
//! definition to its last layer). When the value's producers are cheap (no
//! contraction or reduction worth redoing: at most `CHEAP_FLOPS_PER_ELEMENT` flops
//! per element) and bottom out in values the loop can read for free (arguments,
//! small constants, values live after the loop anyway, the loop's own inputs), the
//! producers join the loop: each chunk recomputes its slice. The originals stay for
//! their other users and are erased by codegen once none is left, so the shared
//! value dies with its last whole use.
//!
//! The chunk dimension is flooded backwards through the producers with their
//! dimension-flow rules, as `region::check` does forwards and backwards in the range:
//! a producer that computes across the chunk dimension, or an operand it reads whole
//! that is not free, stops the cone (the input is then kept as it was). A static
//! slice with stride 1 along the chunk dimension is followed with an offset (its
//! `DimFlow::shifted` rule): Flax builds the causal mask at the maximum length and
//! slices `[0:L]` of it, and chunk `[o, o+S)` of the slice is rows `[start+o,
//! start+o+S)` of the mask, which the loop recomputes there (an `nn.iota` gets
//! `start` added to the chunk offset). Recomputing never raises the peak: the cone's
//! leaves are live through the loop anyway, and its intermediates exist one chunk at
//! a time.
//!
//! In loops of at most `MAX_WHOLE_RECOMPUTE_EXTENT` iterations (over heads, a batch,
//! window rows), an input read whole that nothing after the loop needs and that is
//! not a table (`duplicate::tables`: it is about as large as what it is computed
//! from, like a layer norm of the input) is recomputed whole in every iteration, so
//! each iteration can free it early instead of the loop holding it throughout.
use crate::region::{BlockIndex, Region};
use ir::{Context, Module, OpId, OpTrait, ValueDef, ValueId};
use rustc_hash::FxHashMap as HashMap;

/// Producers doing more work per element than this are not recomputed (a matmul
/// with an inner dimension over 8, a reduction over more than 16 elements).
const CHEAP_FLOPS_PER_ELEMENT: u64 = 16;
/// Constants up to this size are read whole by the loop rather than recomputed.
const SMALL_CONSTANT_BYTES: u64 = 4096;
/// Loops of at most this many iterations may recompute a whole input each time.
const MAX_WHOLE_RECOMPUTE_EXTENT: i64 = 16;
/// Most ops one region recomputes: keeps the cone walk bounded.
const MAX_RECOMPUTED: usize = 64;

/// Adds to `region.recomputed` the cheap producer cones of its chunked inputs that
/// can be recomputed per chunk, and updates its inputs, dimensions and positional
/// ops accordingly.
pub fn recompute_cheap_inputs(m: &Module, ctx: &Context, index: &BlockIndex, region: &mut Region) {
    // Whole inputs too, in loops of few iterations (over heads, a batch, window
    // rows), when nothing after the loop needs them: each iteration recomputes the
    // value whole and frees it, instead of the loop holding it throughout (a
    // Perceiver's normalised input, read whole by the per-head k and v projections).
    let candidates: Vec<(ValueId, Option<usize>)> = region
        .inputs
        .iter()
        .copied()
        .filter(|&(v, d)| {
            d.is_some()
                || (region.extent <= MAX_WHOLE_RECOMPUTE_EXTENT
                    && !index.used_after(m, v, region.end))
        })
        .collect();
    for (v, d) in candidates {
        let mut cone = Cone {
            m,
            ctx,
            index,
            region,
            values: HashMap::default(),
            whole_allowed: d.is_none(),
            ops: Vec::new(),
            leaves: Vec::new(),
            positional: Vec::new(),
        };
        if cone.visit(v, d, 0).is_none() || cone.ops.is_empty() {
            continue;
        }
        // A whole recomputation is for a value about as large as what it is
        // computed from (a layer norm of the input), which each iteration can free
        // early; a table built up from small inputs (a mask) would be rebuilt whole
        // every iteration for nothing: it is read where the loop peaks.
        if d.is_none() {
            let leaves: u64 = cone
                .leaves
                .iter()
                .map(|&(l, _)| crate::liveness::bytes(m, l))
                .sum();
            if crate::liveness::bytes(m, v) >= 2 * leaves.max(1) {
                continue;
            }
        }
        let Cone {
            values,
            ops,
            leaves,
            positional,
            ..
        } = cone;
        if region.recomputed.len() + ops.len() > MAX_RECOMPUTED {
            continue;
        }
        // The value (and any cone value that was an input) is now computed inside.
        region.inputs.retain(|(w, _)| !values.contains_key(w));
        for leaf in leaves {
            if !region.inputs.iter().any(|&(w, _)| w == leaf.0) {
                region.inputs.push(leaf);
            }
        }
        for (w, (dim, _)) in values {
            if let Some(dim) = dim {
                region.dims.insert(w, dim);
            }
        }
        for (op, shift) in positional {
            if !region.positional.contains(&op) {
                region.positional.push(op);
            }
            if shift != 0 {
                region.shifts.insert(op, shift);
            }
        }
        region.recomputed.extend(ops);
        // Clone in block order: a producer before its users.
        region
            .recomputed
            .sort_by_key(|op| index.position.get(op).copied().unwrap_or(usize::MAX));
        region.recomputed.dedup();
    }
}

/// A value's place in the loop: its chunk dimension (`None`: whole) and the offset
/// of the loop's chunk along it.
type Placement = (Option<usize>, i64);

/// One cone being collected: the values it computes (with their placement), its
/// ops, the values it reads from outside (its leaves, as loop inputs) and its
/// positional ops with their shift.
struct Cone<'a> {
    m: &'a Module,
    ctx: &'a Context,
    index: &'a BlockIndex,
    region: &'a Region,
    values: HashMap<ValueId, Placement>,
    /// Whether whole values may be recomputed (only for a whole root).
    whole_allowed: bool,
    ops: Vec<OpId>,
    leaves: Vec<(ValueId, Option<usize>)>,
    positional: Vec<(OpId, i64)>,
}

impl Cone<'_> {
    /// Makes `v` available in the loop along `dim` (`None`: whole) at `shift` rows
    /// past the chunk's offset; `None` if it can't.
    fn visit(&mut self, v: ValueId, dim: Option<usize>, shift: i64) -> Option<()> {
        let (m, region) = (self.m, self.region);
        if let Some(&known) = self.values.get(&v) {
            return (known == (dim, shift)).then_some(());
        }
        if let Some(&(_, known)) = self.leaves.iter().find(|(w, _)| *w == v) {
            return (known == dim && shift == 0).then_some(());
        }
        let root = self.values.is_empty() && self.leaves.is_empty();
        if root {
            return self.recompute(v, dim, shift);
        }
        // Already read by the loop (or computed by an earlier cone): only the same
        // slicing agrees with the body's other uses.
        let read_as = region.inputs.iter().find(|(w, _)| *w == v).map(|&(_, d)| d);
        let computed_as = region.dims.get(&v).copied();
        if read_as.is_some_and(|d| d != dim || shift != 0)
            || computed_as.is_some_and(|d| Some(d) != dim)
        {
            return None;
        }
        // Recomputed if its producer is cheap, even when it is live anyway: its other
        // users may be recomputing it too (every layer reading a mask built at entry),
        // and the original dies with the last of them.
        let saved = self.snapshot();
        if self.recompute(v, dim, shift).is_some() {
            return Some(());
        }
        self.restore(saved);
        // Read whole or sliced as it is: an input of the loop, live through it anyway.
        let sliceable = match dim {
            Some(d) => shift == 0 && size_along(m, v, d) == Some(region.extent),
            None => true,
        };
        (sliceable && (read_as.is_some() || self.free(v))).then(|| self.leaves.push((v, dim)))
    }

    fn snapshot(&self) -> Snapshot {
        (
            self.values.clone(),
            self.ops.len(),
            self.leaves.len(),
            self.positional.len(),
        )
    }

    fn restore(&mut self, (values, ops, leaves, positional): Snapshot) {
        self.values = values;
        self.ops.truncate(ops);
        self.leaves.truncate(leaves);
        self.positional.truncate(positional);
    }

    /// Computes `v` inside the loop, chunked along `dim` at `shift`, from its cheap
    /// producer before the range.
    fn recompute(&mut self, v: ValueId, dim: Option<usize>, shift: i64) -> Option<()> {
        let (m, region) = (self.m, self.region);
        let op = m.defining_op(v)?;
        // Values read in blocks of a merged dimension are not recomputed; others
        // need the rows the (possibly shifted) window reads.
        if let Some(d) = dim {
            if region.scales.contains_key(&v) || size_along(m, v, d)? < region.extent + shift {
                return None;
            }
        } else if !self.whole_allowed {
            return None;
        }
        // Before the range, or hoisted before the loop.
        let before = self
            .index
            .position
            .get(&op)
            .is_some_and(|&p| p < region.start)
            || region.invariant.contains(&op);
        if !before || !self.cheap(op) {
            return None;
        }
        let flow = self.index.flow(m, self.ctx, op)?.clone();
        let Some(d) = dim else {
            // Whole, every iteration: its operands are read whole too.
            self.values.insert(v, (None, 0));
            for &operand in &m.op(op).operands {
                self.visit(operand, None, 0)?;
            }
            self.ops.push(op);
            return (self.ops.len() <= MAX_RECOMPUTED).then_some(());
        };
        let shifted = flow
            .shifted
            .iter()
            .find(|&&(r, rd, ..)| (r, rd) == (0, d))
            .copied();
        if flow.result_across.contains(&(0, d)) && shifted.is_none() {
            return None;
        }
        self.values.insert(v, (dim, shift));
        if flow.positional.contains(&(0, d)) {
            self.positional.push((op, shift));
        }
        let sources = flow.results.first()?.get(d)?.clone();
        for (i, &operand) in m.op(op).operands.iter().enumerate() {
            if let Some((_, _, oi, j, offset)) = shifted.filter(|s| s.2 == i) {
                debug_assert_eq!(oi, i);
                self.visit(operand, Some(j), shift + offset)?;
                continue;
            }
            match sources.iter().find(|(oi, _)| *oi == i) {
                Some(&(_, j)) => {
                    if flow.computes_across.contains(&(i, j)) {
                        return None;
                    }
                    self.visit(operand, Some(j), shift)?;
                }
                None => self.visit(operand, None, 0)?,
            }
        }
        self.ops.push(op);
        (self.ops.len() <= MAX_RECOMPUTED).then_some(())
    }

    /// The loop may read `v` at no cost in memory: an argument, a constant, or a
    /// value live after the loop anyway.
    fn free(&self, v: ValueId) -> bool {
        match self.m.value(v).def {
            ValueDef::BlockArg { .. } => true,
            ValueDef::OpResult { op, .. } => {
                (self.ctx.has_trait(self.m, op, OpTrait::ConstantLike)
                    && crate::liveness::bytes(self.m, v) <= SMALL_CONSTANT_BYTES)
                    || self.index.used_after(self.m, v, self.region.end)
            }
        }
    }

    fn cheap(&self, op: OpId) -> bool {
        is_cheap(self.m, self.ctx, op)
    }
}

/// A pure single-result op without regions that does little work per element (at
/// most `CHEAP_FLOPS_PER_ELEMENT` flops), and not a literal that only exists whole.
pub(crate) fn is_cheap(m: &Module, ctx: &Context, op: OpId) -> bool {
    let data = m.op(op);
    if data.results.len() != 1
        || crate::codegen::is_dense_constant(m, op)
        || !data.regions.is_empty()
        || !ctx.has_trait(m, op, OpTrait::Pure)
    {
        return false;
    }
    let elements = m
        .value_type(data.results[0])
        .shape()
        .map_or(1, |s| s.iter().product::<i64>().max(1)) as u64;
    let cost = crate::cost::op_cost(m, ctx, op);
    cost.flops <= CHEAP_FLOPS_PER_ELEMENT.saturating_mul(elements)
}

/// What `Cone::restore` needs to undo a failed attempt.
type Snapshot = (HashMap<ValueId, Placement>, usize, usize, usize);

fn size_along(m: &Module, v: ValueId, dim: usize) -> Option<i64> {
    m.value_type(v).shape().and_then(|s| s.get(dim).copied())
}
