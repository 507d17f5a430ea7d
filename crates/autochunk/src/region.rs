//! Chunk regions and their legality.
//!
//! A candidate region is a contiguous range of ops `[start, end]` of a block and an
//! anchor: one value in the range and the dimension to chunk it along. Legality is
//! decided by flooding the chunk dimension through the range along each op's
//! dimension-flow rule (`OpDef::dim_flow`), forwards from operands to results and
//! backwards from results to operands:
//!
//! - an op may not compute across the chunked dimension of an operand (reductions,
//!   contractions, softmax and norm axes, windows, reshapes that split or merge it),
//!   nor produce the chunked result dimension other than one-to-one or by broadcast;
//! - a chunked dimension must reach each result it flows into one-to-one;
//! - every value gets at most one chunk dimension, and all chunked dimensions have the
//!   same size (the loop's extent);
//! - an operand a result's chunked dimension does not come from is used whole, so it
//!   may not itself be chunked;
//! - ops without a rule (calls, loops, terminators) end the flood: they may not be in
//!   a range that reaches them.
//!
//! Ops of the range that no chunked value reaches are loop-invariant: codegen moves
//! them before the loop. So are ops of the range that read only values defined
//! before it where their rule would reject the chunk dimension (a mask sliced from
//! a longer one that sits between the scores and their use): they run whole before
//! the loop and their result enters it as an input (never the search's target). Values defined in the range and used after it are the
//! region's outputs (chunked ones are written slice by slice). Values defined before
//! it are inputs: sliced along their chunk dimension, or passed whole.
//!
//! The flood visits each value and use of the range once: O(ops + uses) per check.
use ir::interfaces::DimFlow;
use ir::{BlockId, Context, Module, OpId, ValueDef, ValueId};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::VecDeque;
use std::sync::OnceLock;

/// A legal chunk region.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub block: BlockId,
    /// Positions of the first and last op of the range in the block.
    pub start: usize,
    pub end: usize,
    /// Size of the chunked dimension.
    pub extent: i64,
    /// Ops computed inside the loop, in block order.
    pub body: Vec<OpId>,
    /// Ops of the range that no chunked value reaches, moved before the loop.
    pub invariant: Vec<OpId>,
    /// Chunk dimension of every chunked value (inputs, body values, outputs).
    pub dims: HashMap<ValueId, usize>,
    /// Values from outside the body the loop reads, with their chunk dimension
    /// (`None`: passed whole), in first-use order.
    pub inputs: Vec<(ValueId, Option<usize>)>,
    /// Body values used after the loop, with their chunk dimension.
    pub outputs: Vec<(ValueId, usize)>,
    /// Ops whose results depend on the absolute position along the chunk dimension
    /// (`nn.iota`): codegen adds the chunk offset.
    pub positional: Vec<OpId>,
    /// Rows per unit of the extent of chunked values that are not 1: a value read
    /// through a reshape that merged (or split) the chunk dimension as the outermost
    /// factor of its group is chunked in blocks of that many rows (`DimFlow::scaled`).
    pub scales: HashMap<ValueId, i64>,
    /// Cheap producers before the range, in block order, that the loop recomputes
    /// per chunk instead of reading their result whole (`recompute`).
    pub recomputed: Vec<OpId>,
    /// Positional ops of `recomputed` computed at a window shifted past the chunk's
    /// offset (rows `[shift+o, shift+o+S)`, behind a sliced prefix), with the shift.
    pub shifts: HashMap<OpId, i64>,
}

impl Region {
    /// Rows per unit of the extent of a chunked value (see `scales`).
    pub fn rows(&self, v: ValueId) -> i64 {
        self.scales.get(&v).copied().unwrap_or(1)
    }
}

/// Why a candidate is not legal (for reports and tests).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// `op` computes across the chunked dimension of an operand.
    ComputesAcross(OpId),
    /// `op` has no dimension-flow rule.
    NoRule(OpId),
    /// The chunked dimension does not reach a result of `op` one-to-one.
    Lost(OpId),
    /// A value would need two chunk dimensions, or one it must be used whole.
    Conflict(ValueId),
    /// Chunked dimensions of different sizes.
    ExtentMismatch(ValueId),
    /// A chunked output is written back along a dimension it does not have.
    BadAnchor,
}

/// Positions of the ops of a block, and their dimension-flow rules computed once.
pub struct BlockIndex {
    pub block: BlockId,
    pub ops: Vec<OpId>,
    pub position: HashMap<OpId, usize>,
    /// The rule of the op at each position, on first use: the search checks many
    /// overlapping ranges, and computing a rule allocates (a 24-layer GPT asked for
    /// rules millions of times).
    flows: Vec<OnceLock<Option<DimFlow>>>,
    /// The block's tables (`duplicate::tables`), on first use.
    tables: OnceLock<HashSet<OpId>>,
}

impl BlockIndex {
    pub fn new(m: &Module, block: BlockId) -> Self {
        let ops: Vec<OpId> = m.block_ops(block).collect();
        let position = ops.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let flows = ops.iter().map(|_| OnceLock::new()).collect();
        BlockIndex {
            block,
            ops,
            position,
            flows,
            tables: OnceLock::new(),
        }
    }

    /// The dimension-flow rule of `op`, a top-level op of this block.
    pub(crate) fn flow(&self, m: &Module, ctx: &Context, op: OpId) -> Option<&DimFlow> {
        let compute = || {
            ctx.def_of(m, op)
                .and_then(|def| def.dim_flow)
                .and_then(|f| f(m, op))
        };
        match self.position.get(&op) {
            Some(&p) => self.flows[p].get_or_init(compute).as_ref(),
            None => None,
        }
    }
    /// Ops computing from the block's arguments and constants only, by cheap ops.
    pub(crate) fn tables(&self, m: &Module, ctx: &Context) -> &HashSet<OpId> {
        self.tables
            .get_or_init(|| crate::duplicate::tables(m, ctx, self.block))
    }
    /// Whether an op after position `end` of this block (or outside it) uses `v`.
    pub(crate) fn used_after(&self, m: &Module, v: ValueId, end: usize) -> bool {
        m.uses(v)
            .iter()
            .any(|u| self.top_level_position(m, u.op).is_none_or(|p| p > end))
    }
    /// Position of the top-level op of this block that contains `op`, if any.
    pub fn top_level_position(&self, m: &Module, op: OpId) -> Option<usize> {
        let mut cur = op;
        loop {
            if let Some(&p) = self.position.get(&cur) {
                return Some(p);
            }
            cur = m.parent_op(cur)?;
        }
    }
}

/// A ratio `p / q` of rows.
type Ratio = (i64, i64);

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// `(p·num) / (q·den)` in lowest terms, computed without overflow; `None` when the
/// result does not fit (no tensor's rows could then match it).
fn scaled((p, q): Ratio, num: i64, den: i64) -> Option<Ratio> {
    let (a, b) = (
        i128::from(p) * i128::from(num),
        i128::from(q) * i128::from(den),
    );
    let g = gcd(a, b).max(1);
    Some((i64::try_from(a / g).ok()?, i64::try_from(b / g).ok()?))
}

fn size_along(m: &Module, v: ValueId, dim: usize) -> Option<i64> {
    m.value_type(v).shape().and_then(|s| s.get(dim).copied())
}

/// Checks the range `[start, end]` of `index` chunked along `anchor`. `target` (the
/// search's peak op; by default the anchor's op) stays in the loop: it is never
/// hoisted before it.
pub fn check(
    m: &Module,
    ctx: &Context,
    index: &BlockIndex,
    (start, end): (usize, usize),
    anchor: (ValueId, usize),
    target: Option<OpId>,
) -> Result<Region, Rejection> {
    let target = target.or(m.defining_op(anchor.0));
    let in_range = |op: OpId| {
        index
            .position
            .get(&op)
            .is_some_and(|&p| p >= start && p <= end)
    };
    let extent = size_along(m, anchor.0, anchor.1).ok_or(Rejection::BadAnchor)?;

    let mut dims: HashMap<ValueId, usize> = HashMap::default();
    let mut whole: HashSet<ValueId> = HashSet::default();
    let mut positional: Vec<OpId> = Vec::new();
    let mut detached: HashSet<OpId> = HashSet::default();
    // An op of the range that reads only values from before it can run before the
    // loop instead: where its rule would reject the chunk dimension (a mask sliced
    // from a longer one, sitting between the scores and their use), it is hoisted and
    // its result becomes an input (which `recompute` may then compute per chunk).
    // Its operands may come from the range's tables (a copy of an entry mask placed
    // before its slice), which then move before the loop with it.
    let tables = index.tables(m, ctx);
    let detachable = |op: OpId| {
        Some(op) != target
            && ctx.has_trait(m, op, ir::OpTrait::Pure)
            && m.op(op).regions.is_empty()
            && m.op(op).operands.iter().all(|&v| match m.defining_op(v) {
                Some(d) => tables.contains(&d) || index.position.get(&d).is_none_or(|&p| p < start),
                None => true,
            })
    };
    let mut queue: VecDeque<ValueId> = VecDeque::new();
    // Rows of each chunked value per row of the anchor, `p / q` in lowest terms (1/1
    // unless a reshape merged or split the chunk dimension as an outer factor).
    let mut ratio: HashMap<ValueId, Ratio> = HashMap::default();
    let assign = |v: ValueId,
                  d: usize,
                  r: Ratio,
                  dims: &mut HashMap<ValueId, usize>,
                  ratio: &mut HashMap<ValueId, Ratio>,
                  queue: &mut VecDeque<ValueId>| {
        match dims.get(&v) {
            Some(&old) if old == d && ratio.get(&v) == Some(&r) => Ok(()),
            Some(_) => Err(Rejection::Conflict(v)),
            None => {
                let size = size_along(m, v, d).ok_or(Rejection::ExtentMismatch(v))?;
                if i128::from(size) * i128::from(r.1) != i128::from(extent) * i128::from(r.0) {
                    return Err(Rejection::ExtentMismatch(v));
                }
                dims.insert(v, d);
                ratio.insert(v, r);
                queue.push_back(v);
                Ok(())
            }
        }
    };
    assign(
        anchor.0,
        anchor.1,
        (1, 1),
        &mut dims,
        &mut ratio,
        &mut queue,
    )?;
    while let Some(v) = queue.pop_front() {
        let d = dims[&v];
        let rv = ratio[&v];
        // Backwards: where the chunked result dimension comes from.
        if let ValueDef::OpResult { op, index: r } = m.value(v).def {
            let r = r as usize;
            // A block of rows of a merged or split dimension's outer factor.
            let block = |flow: &DimFlow| flow.scaled.iter().find(|s| (s.0, s.1) == (r, d)).copied();
            let rejects = |flow: Option<&DimFlow>| {
                flow.is_none_or(|flow| {
                    block(flow).is_none()
                        && (flow.result_across.contains(&(r, d))
                            || flow
                                .results
                                .get(r)
                                .and_then(|dims| dims.get(d))
                                .is_some_and(|src| {
                                    src.iter().any(|s| flow.computes_across.contains(s))
                                }))
                })
            };
            if in_range(op)
                && (detached.contains(&op) || (rejects(index.flow(m, ctx, op)) && detachable(op)))
            {
                detached.insert(op);
            } else if in_range(op) {
                let flow = index.flow(m, ctx, op).ok_or(Rejection::NoRule(op))?;
                if let Some((_, _, i, j, num, den)) = block(flow) {
                    // Operand rows per anchor row: (rows of v) * den / num.
                    let operand = m.op(op).operands[i];
                    let r2 = scaled(rv, den, num).ok_or(Rejection::ExtentMismatch(operand))?;
                    assign(operand, j, r2, &mut dims, &mut ratio, &mut queue)?;
                    for (k, &other) in m.op(op).operands.iter().enumerate() {
                        if k != i {
                            whole.insert(other);
                        }
                    }
                } else {
                    let sources = flow
                        .results
                        .get(r)
                        .and_then(|dims| dims.get(d))
                        .cloned()
                        .unwrap_or_default();
                    if flow.result_across.contains(&(r, d)) {
                        return Err(Rejection::ComputesAcross(op));
                    }
                    if flow.positional.contains(&(r, d)) && !positional.contains(&op) {
                        positional.push(op);
                    }
                    for (i, &operand) in m.op(op).operands.iter().enumerate() {
                        match sources.iter().find(|(oi, _)| *oi == i) {
                            Some(&(_, j)) => {
                                if flow.computes_across.contains(&(i, j)) {
                                    return Err(Rejection::ComputesAcross(op));
                                }
                                assign(operand, j, rv, &mut dims, &mut ratio, &mut queue)?;
                            }
                            None => {
                                whole.insert(operand);
                            }
                        }
                    }
                }
            }
        }
        // Forwards: where the chunked dimension goes.
        for u in m.uses(v) {
            let Some(user) = index
                .ops
                .get(index.top_level_position(m, u.op).unwrap_or(usize::MAX))
                .copied()
            else {
                continue;
            };
            if !in_range(user) {
                continue;
            }
            if user != u.op {
                // Used inside the region of a nested op: only isolated loops hold
                // regions here, and they take values as operands.
                return Err(Rejection::NoRule(user));
            }
            if detached.contains(&user) {
                continue;
            }
            let i = u.index as usize;
            let flow = index.flow(m, ctx, user);
            let block = flow.and_then(|f| f.scaled.iter().find(|s| (s.2, s.3) == (i, d)).copied());
            if let Some((r, k, _, _, num, den)) = block {
                let result = m.op(user).results[r];
                let r2 = scaled(rv, num, den).ok_or(Rejection::ExtentMismatch(result))?;
                assign(
                    m.op(user).results[r],
                    k,
                    r2,
                    &mut dims,
                    &mut ratio,
                    &mut queue,
                )?;
                continue;
            }
            if flow.is_none_or(|f| f.computes_across.contains(&(i, d))) && detachable(user) {
                // Runs before the loop on the whole operand.
                detached.insert(user);
                continue;
            }
            let flow = flow.ok_or(Rejection::NoRule(user))?;
            if flow.computes_across.contains(&(i, d)) {
                return Err(Rejection::ComputesAcross(user));
            }
            let mut reached = false;
            for (r, result_dims) in flow.results.iter().enumerate() {
                for (k, sources) in result_dims.iter().enumerate() {
                    if sources.contains(&(i, d)) {
                        reached = true;
                        let result = m.op(user).results[r];
                        assign(result, k, rv, &mut dims, &mut ratio, &mut queue)?;
                    }
                }
            }
            if !reached {
                return Err(Rejection::Lost(user));
            }
        }
    }
    // The loop runs over blocks of the coarsest unit: with L the least common
    // multiple of the denominators, the extent is the anchor's size / L and a value
    // with ratio p/q has p·L/q rows per unit.
    let mismatch = Rejection::ExtentMismatch(anchor.0);
    let mut unit: i128 = 1;
    for &(_, q) in ratio.values() {
        let q = i128::from(q);
        unit = unit / gcd(unit, q).max(1) * q;
        if unit > i128::from(extent) {
            return Err(mismatch);
        }
    }
    if unit <= 0 || i128::from(extent) % unit != 0 {
        return Err(mismatch);
    }
    let extent = extent / unit as i64;
    let mut scales: HashMap<ValueId, i64> = HashMap::default();
    for (&v, &(p, q)) in &ratio {
        let rows =
            i64::try_from(i128::from(p) * unit / i128::from(q)).map_err(|_| mismatch.clone())?;
        if rows != 1 {
            scales.insert(v, rows);
        }
    }
    if positional
        .iter()
        .any(|op| m.op(*op).results.iter().any(|r| scales.contains_key(r)))
    {
        // An index along a block-chunked dimension: not supported.
        return Err(Rejection::ComputesAcross(positional[0]));
    }
    if let Some(&v) = whole.iter().find(|v| dims.contains_key(v)) {
        return Err(Rejection::Conflict(v));
    }

    // A detached op moves before the loop: its producers in the range must too.
    for &op in &detached {
        for &v in &m.op(op).operands {
            let in_range_producer = m.defining_op(v).filter(|&d| in_range(d));
            if in_range_producer.is_some() && dims.contains_key(&v) {
                return Err(Rejection::Conflict(v));
            }
        }
    }
    // Split the range into loop body and invariant ops.
    let mut body = Vec::new();
    let mut invariant = Vec::new();
    for &op in &index.ops[start..=end] {
        let chunked = m.op(op).results.iter().any(|r| dims.contains_key(r));
        if chunked && !detached.contains(&op) {
            body.push(op);
        } else {
            invariant.push(op);
        }
    }
    hoist_independent_outputs(
        (m, ctx, index),
        (start, end),
        target,
        &dims,
        (&mut body, &mut invariant),
    );
    if body.is_empty() {
        return Err(Rejection::BadAnchor);
    }
    let body_set: HashSet<OpId> = body.iter().copied().collect();
    let mut inputs: Vec<(ValueId, Option<usize>)> = Vec::new();
    let mut seen = HashSet::default();
    for &op in &body {
        for &v in &m.op(op).operands {
            let inside = m.defining_op(v).is_some_and(|d| body_set.contains(&d));
            if !inside && seen.insert(v) {
                inputs.push((v, dims.get(&v).copied()));
            }
        }
    }
    let mut outputs = Vec::new();
    for &op in &body {
        for &r in &m.op(op).results {
            let used_outside = m.uses(r).iter().any(|u| {
                index
                    .top_level_position(m, u.op)
                    .is_none_or(|p| p > end || !body_set.contains(&index.ops[p]))
            });
            if used_outside {
                match dims.get(&r) {
                    Some(&d) => outputs.push((r, d)),
                    // A body op's unchunked result can't be written back by slices.
                    None => return Err(Rejection::Conflict(r)),
                }
            }
        }
    }
    Ok(Region {
        block: index.block,
        start,
        end,
        extent,
        body,
        invariant,
        dims,
        inputs,
        outputs,
        positional,
        scales,
        recomputed: Vec::new(),
        shifts: HashMap::default(),
    })
}

/// A body op that reads no sliced input, even transitively (a mask built from
/// `nn.iota` at the top of a layer: it is chunked only because its users are), and
/// whose result is used after the range would be written out at full size by the
/// loop. It moves before the loop with the producers it needs instead, so its result
/// enters the loop as an input, which `recompute` can then compute per chunk while
/// the whole value serves the later users. The search's target stays in the loop.
fn hoist_independent_outputs(
    (m, ctx, index): (&Module, &Context, &BlockIndex),
    (start, end): (usize, usize),
    target: Option<OpId>,
    dims: &HashMap<ValueId, usize>,
    (body, invariant): (&mut Vec<OpId>, &mut Vec<OpId>),
) {
    let range: HashSet<OpId> = index.ops[start..=end].iter().copied().collect();
    let mut independent: HashSet<OpId> = HashSet::default();
    for &op in &index.ops[start..=end] {
        let free = m.op(op).regions.is_empty()
            && m.op(op).operands.iter().all(|&v| match m.defining_op(v) {
                Some(d) if range.contains(&d) => independent.contains(&d),
                // A sliced input is data the loop walks through, unless it is an
                // index or a literal (`nn.iota`, a splat) sliced along with it.
                Some(d) => !dims.contains_key(&v) || ctx.has_trait(m, d, ir::OpTrait::ConstantLike),
                None => !dims.contains_key(&v),
            });
        if free {
            independent.insert(op);
        }
    }
    let protected = |op: OpId| Some(op) == target;
    let used_after = |op: OpId| {
        m.op(op)
            .results
            .iter()
            .any(|&r| index.used_after(m, r, end))
    };
    let mut hoist: HashSet<OpId> = HashSet::default();
    let seeds: Vec<OpId> = body
        .iter()
        .copied()
        .filter(|&op| independent.contains(&op) && !protected(op) && used_after(op))
        .collect();
    for seed in seeds {
        // The seed moves with every producer it has in the range; not at all if one
        // of them is the target (the loop computes it, and the seed would read the
        // loop's result before the loop).
        let mut cone: Vec<OpId> = Vec::new();
        let mut stack = vec![seed];
        let mut blocked = false;
        while let Some(op) = stack.pop() {
            if protected(op) {
                blocked = true;
                break;
            }
            if cone.contains(&op) || hoist.contains(&op) {
                continue;
            }
            cone.push(op);
            for &v in &m.op(op).operands {
                if let Some(d) = m.defining_op(v).filter(|d| range.contains(d)) {
                    stack.push(d);
                }
            }
        }
        if !blocked {
            hoist.extend(cone);
        }
    }
    if hoist.is_empty() {
        return;
    }
    body.retain(|op| !hoist.contains(op));
    invariant.extend(hoist);
    invariant.sort_by_key(|op| index.position.get(op).copied().unwrap_or(usize::MAX));
}
