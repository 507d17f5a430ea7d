//! chunk-select: which regions to chunk, and with which chunk size, so that the peak
//! fits a budget at the least added cost.
//!
//! The search state is a program (after some regions were rewritten) with its
//! accumulated cost. From each state, the candidates are the legal regions around the
//! op where the state's peak occurs (in the innermost block holding it, else in the
//! blocks around it: nested chunking along a second dimension comes from searching a
//! loop's body). For each candidate, the chunk size is the largest that brings that
//! loop under the budget (`choose_step`), rounded to keep GEMMs efficient. A beam of
//! the best states, ranked by cost plus a penalty on the excess over the budget,
//! is expanded region by region (dynamic programming over sets of regions, pruned to
//! the beam); the cheapest state under the budget wins. If none reaches it, the error
//! names the smallest peak reached and the op holding it.
use crate::codegen::rewrite;
use crate::cost::{region_cost, Machine};
use crate::liveness::{function_profile, Profile};
use crate::region::BlockIndex;
use crate::region::Region;
use crate::search::{regions_around, shifted_region};
use ir::{BlockId, Context, Module, OpId};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// What to aim for.
#[derive(Clone, Debug)]
pub struct SelectOptions {
    /// The peak each loop is sized for.
    pub budget: u64,
    /// A plan whose peak is at most this is finished (the budget asked; above
    /// `budget` when the pass aims lower than it).
    pub accept: u64,
    /// Force this chunk size (clamped to each region's extent).
    pub chunk_size: Option<i64>,
    pub max_regions: usize,
    pub beam_width: usize,
    /// Candidates per state evaluated exactly (ranked by a quick estimate first).
    pub candidates: usize,
    pub machine: Machine,
}

/// One chosen region, for the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    /// The first op of the region (name and location), for humans.
    pub first_op: String,
    pub ops: usize,
    pub extent: i64,
    pub step: i64,
    pub inputs: usize,
    pub outputs: usize,
    /// Chunk dimension of the region's first output.
    pub dim: usize,
    /// Nesting depth (0: in the function body).
    pub depth: usize,
    pub cost: f64,
    pub peak_after: u64,
}

/// The result of selection.
#[derive(Clone, Debug)]
pub struct Selection {
    pub module: Module,
    pub chosen: Vec<Chosen>,
    pub peak: u64,
    pub peak_op: Option<OpId>,
    pub cost: f64,
}

#[derive(Clone)]
struct State {
    module: Module,
    chosen: Vec<Chosen>,
    cost: f64,
    profile: Profile,
}

/// Bytes over the budget, summed over every top-level op: how much of the program
/// still exceeds it. A model repeats its layers, so chunking one leaves the peak where
/// it was; this still goes down, and more for a region that covers more of them.
fn excess(p: &Profile, budget: u64) -> u64 {
    p.during.iter().map(|&d| d.saturating_sub(budget)).sum()
}

/// Rank of an open state: its cost plus a penalty on what still exceeds the budget.
fn score(st: &State, budget: u64, baseline: f64) -> f64 {
    let over = excess(&st.profile, budget) as f64 / budget.max(1) as f64;
    st.cost + over * baseline.max(1e-3) * 10.0
}

/// The blocks around `path` (a chain of ops: a top-level op, then ops nested in it),
/// innermost first, each with the op of that block on the path.
fn blocks_on_path(m: &Module, path: &[OpId]) -> Vec<(BlockId, OpId)> {
    let mut out: Vec<(BlockId, OpId)> = Vec::new();
    for &op in path {
        if let Some(b) = m.op(op).parent {
            if !out.iter().any(|(x, _)| *x == b) {
                out.push((b, op));
            }
        }
    }
    out.reverse();
    out
}

/// Selects and applies regions to the function `func` of `m`.
/// Why the budget is out of reach: the smallest peak reached (bytes, the op holding
/// it, described, and its location), and whether the search stopped at
/// `max_regions` with plans still over the budget (a larger cap may reach it).
#[derive(Clone, Debug)]
pub struct Unreachable {
    pub peak: u64,
    pub at: String,
    pub loc: ir::Location,
    pub stopped_at_region_cap: bool,
    /// The largest values that stay whole at that peak, and why (`refusal`).
    pub whole: Vec<(ir::Location, String)>,
}

fn reached(m: &Module, ctx: &Context, p: &Profile) -> Unreachable {
    let (at, loc) = match p.peak_op {
        Some(op) => (
            format!("'{}' at {}", m.name(op), location(m, op)),
            m.op(op).loc.clone(),
        ),
        None => ("-".to_string(), ir::Location::Unknown),
    };
    Unreachable {
        peak: p.peak,
        at,
        loc,
        stopped_at_region_cap: false,
        whole: crate::refusal::whole_values(m, ctx, p),
    }
}

pub fn select(
    m: &Module,
    ctx: &Context,
    func: OpId,
    options: &SelectOptions,
) -> Result<Selection, Unreachable> {
    // Layer by layer first: identical layers get the same region in one step, which
    // keeps the search linear in depth. It commits every layer to the first layer's
    // choice, which can leave a budget unmet that chunking the layers one at a time
    // (each sized for the program as it is then) meets: then that, as before.
    match search(m, ctx, func, options, true) {
        Ok(s) => Ok(s),
        Err(by_layers) => search(m, ctx, func, options, false).map_err(|one_by_one| {
            if one_by_one.peak <= by_layers.peak {
                one_by_one
            } else {
                by_layers
            }
        }),
    }
}

/// The beam search; with `by_layers`, a region chosen at a peak that other top-level
/// ops share is applied at each of them in the same step (`apply_everywhere`).
fn search(
    m: &Module,
    ctx: &Context,
    func: OpId,
    options: &SelectOptions,
    by_layers: bool,
) -> Result<Selection, Unreachable> {
    let missing = || Unreachable {
        peak: 0,
        at: "-".to_string(),
        loc: m.op(func).loc.clone(),
        stopped_at_region_cap: false,
        whole: vec![],
    };
    let profile = function_profile(m, ctx, func).ok_or_else(missing)?;
    let entry = m.entry_block(func, 0).ok_or_else(missing)?;
    let baseline = crate::cost::block_time(m, ctx, &options.machine, entry);
    let start = State {
        module: m.clone(),
        chosen: vec![],
        cost: 0.0,
        profile,
    };
    let mut best_reached = reached(m, ctx, &start.profile);
    let mut stopped_at_cap = false;
    let mut finals: Vec<State> = Vec::new();
    let mut beam = vec![start];
    let cache = StepCache::default();
    for _ in 0..=options.max_regions {
        let mut next: Vec<State> = Vec::new();
        for st in beam {
            if st.profile.peak <= options.accept {
                finals.push(st);
                continue;
            }
            if st.chosen.len() >= options.max_regions {
                stopped_at_cap = true;
                continue;
            }
            for child in expand(&st, ctx, func, options, &cache, by_layers) {
                // A step that chunks many layers at once may pass the cap.
                if child.chosen.len() > options.max_regions {
                    stopped_at_cap = true;
                    continue;
                }
                if child.profile.peak < best_reached.peak {
                    best_reached = reached(&child.module, ctx, &child.profile);
                }
                // A plan under the budget is finished now: trimming the beam below
                // must not drop it for open states that merely rank better.
                if child.profile.peak <= options.accept {
                    finals.push(child);
                } else {
                    next.push(child);
                }
            }
        }
        if next.is_empty() {
            break;
        }
        next.sort_by(|a, b| {
            score(a, options.budget, baseline).total_cmp(&score(b, options.budget, baseline))
        });
        // Equivalent programs (the same regions reached in another order, or a region
        // that differs only by an op it hoists) rank the same: keep one of them.
        next.dedup_by(|a, b| {
            a.profile.peak == b.profile.peak
                && a.profile.at_peak == b.profile.at_peak
                && (a.cost - b.cost).abs() <= 1e-6 * a.cost.abs().max(1e-9)
        });
        next.truncate(options.beam_width);
        if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
            for st in &next {
                debug_line!(
                    "beam: {} regions, peak {} x{}, cost {:.3} ms",
                    st.chosen.len(),
                    st.profile.peak,
                    st.profile.at_peak,
                    st.cost * 1e3
                );
            }
        }
        // Stop early once the cheapest finished plan beats every open state.
        if let Some(best) = finals.iter().map(|f| f.cost).min_by(f64::total_cmp) {
            if next.iter().all(|s| s.cost >= best) {
                break;
            }
        }
        beam = next;
    }
    if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
        debug_line!(
            "autochunk: {} programs rewritten and profiled",
            EVALUATIONS.load(std::sync::atomic::Ordering::Relaxed)
        );
    }
    best_reached.stopped_at_region_cap = stopped_at_cap;
    let best = finals
        .into_iter()
        .min_by(|a, b| a.cost.total_cmp(&b.cost))
        .ok_or(best_reached)?;
    Ok(Selection {
        peak: best.profile.peak,
        peak_op: best.profile.peak_op,
        cost: best.cost,
        chosen: best.chosen,
        module: best.module,
    })
}

/// Children of a state: each candidate region at its peak, chunked with its best step.
fn expand(
    st: &State,
    ctx: &Context,
    func: OpId,
    options: &SelectOptions,
    cache: &StepCache,
    by_layers: bool,
) -> Vec<State> {
    let m = &st.module;
    let mut children = Vec::new();
    // Dimensions an SPMD partitioner splits are not chunked (`sharding`).
    let sharded = crate::sharding::sharded_dims(m, ctx, func);
    for (depth_from_inner, (block, target)) in blocks_on_path(m, &st.profile.peak_path)
        .into_iter()
        .enumerate()
    {
        // A peak inside a table's computation (a mask at the maximum length) is also
        // fought at the table's consumer, whose loop recomputes it chunk by chunk.
        let mut regions: Vec<Region> = regions_around(m, ctx, block, target);
        if let Some(consumer) = crate::duplicate::table_consumer(m, ctx, block, target) {
            regions.extend(regions_around(m, ctx, block, consumer));
        }
        let regions: Vec<Region> = regions
            .into_iter()
            .filter(|r| !rechunks_enclosing_loop(m, r) && !crate::sharding::crosses(r, &sharded))
            .collect();
        // Rank by a quick estimate. At the target, the loop cannot shrink F (bytes
        // live there that are not the region's intermediates, its inputs, and its
        // full-size outputs); it divides C (its intermediates live there) by the number of
        // chunks k. A region that can reach the budget (F + C/extent <= budget) needs
        // k = C / (budget - F) chunks and is ranked by its cost at that step; the
        // others come after, by the lowest peak they can reach.
        let live = live_at(m, block, target);
        let key = |r: &Region| -> (u8, f64) {
            let internal = |v: &ir::ValueId| {
                m.defining_op(*v).is_some_and(|d| r.body.contains(&d))
                    && !r.outputs.iter().any(|(o, _)| o == v)
            };
            let bytes = crate::liveness::bytes;
            // The loop's inputs computed before it stay whole for the whole loop, even
            // those the unchunked program has freed by the target (a region starting
            // after the q, k, v projections keeps q, k and v alive throughout).
            let inputs: u64 = r
                .inputs
                .iter()
                .filter(|(v, _)| m.defining_op(*v).is_some() && !live.contains(v))
                .map(|&(v, _)| bytes(m, v))
                .sum();
            let fixed: u64 = live
                .iter()
                .filter(|v| !internal(v))
                .map(|&v| bytes(m, v))
                .sum::<u64>()
                + inputs
                + r.outputs
                    .iter()
                    .filter(|(v, _)| !live.contains(v))
                    .map(|&(v, _)| bytes(m, v))
                    .sum::<u64>();
            let chunked: u64 = live
                .iter()
                .filter(|v| internal(v))
                .map(|&v| bytes(m, v))
                .sum();
            let floor = fixed + chunked / r.extent.max(1) as u64;
            if floor > options.budget {
                return (1, floor as f64);
            }
            let room = options.budget.saturating_sub(fixed).max(1);
            let k = chunked.div_ceil(room).clamp(1, r.extent as u64) as i64;
            let step = (r.extent + k - 1) / k;
            (0, region_cost(m, ctx, &options.machine, r, step))
        };
        let mut ranked: Vec<((u8, f64), Region)> =
            regions.into_iter().map(|r| (key(&r), r)).collect();
        ranked.sort_by(|a, b| {
            a.0 .0
                .cmp(&b.0 .0)
                .then(a.0 .1.total_cmp(&b.0 .1))
                .then(b.1.body.len().cmp(&a.1.body.len()))
        });
        // Keep the choice diverse: the best few of each kind of region (its extent
        // and the dimension it writes), so a cheap small region along one dimension
        // does not crowd out a larger one along another.
        let mut per_kind: HashMap<(i64, usize), usize> = HashMap::default();
        let ranked: Vec<_> = ranked
            .into_iter()
            .filter(|(_, r)| {
                let kind = (r.extent, r.outputs.first().map_or(0, |&(_, d)| d));
                let n = per_kind.entry(kind).or_default();
                *n += 1;
                *n <= options.candidates.div_ceil(2)
            })
            .take(options.candidates)
            .collect();
        // Candidates are independent: rewrite and profile them on all cores.
        let evaluated: Vec<(Region, Option<Evaluated>)> = ranked
            .into_par_iter()
            .map(|(key, region)| {
                if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
                    debug_line!(
                        "candidate at {}: ops {}..={} ({} in loop) extent {} key {:?}",
                        m.name(target),
                        region.start,
                        region.end,
                        region.body.len(),
                        region.extent,
                        key
                    );
                    for &(v, d) in &region.inputs {
                        debug_line!(
                            "    input {} bytes along {d:?}, from {}",
                            crate::liveness::bytes(m, v),
                            m.defining_op(v).map_or("an argument", |o| m.name(o))
                        );
                    }
                }
                let result = choose_step(m, ctx, func, &region, options, cache);
                (region, result)
            })
            .collect();
        for (region, result) in evaluated {
            let Some((module, profile, step)) = result else {
                continue;
            };
            if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
                debug_line!(
                    "  step {step}: peak {} x{} (was {} x{})",
                    profile.peak,
                    profile.at_peak,
                    st.profile.peak,
                    st.profile.at_peak
                );
            }
            // Progress: less of the program over the budget, without a higher peak.
            if profile.peak > st.profile.peak
                || excess(&profile, options.budget) >= excess(&st.profile, options.budget)
            {
                continue;
            }
            let cost = region_cost(m, ctx, &options.machine, &region, step);
            let mut chosen = st.chosen.clone();
            chosen.push(chosen_entry(m, func, &region, step, cost, profile.peak));
            // The same region at every other top-level op that reaches the peak (the
            // model's other layers), in one child: the search then takes a step per
            // kind of layer, not per layer (linear in depth, not quadratic).
            let at_top = st.profile.peak_path.len() == 1 && Some(block) == m.entry_block(func, 0);
            // It replaces the one-region child, whose only way down is the same region
            // in each other layer, one search step at a time.
            if by_layers && at_top && st.profile.at_peak > 1 {
                let first = (target, &module, cost);
                if let Some(all) =
                    apply_everywhere(st, ctx, func, &region, step, first, &sharded, options)
                {
                    children.push(all);
                    continue;
                }
            }
            children.push(State {
                module,
                chosen,
                cost: st.cost + cost,
                profile,
            });
        }
        if !children.is_empty() && depth_from_inner == 0 {
            break;
        }
    }
    children
}

/// The report entry of `region` of `m` chunked with `step`.
fn chosen_entry(
    m: &Module,
    func: OpId,
    region: &Region,
    step: i64,
    cost: f64,
    peak_after: u64,
) -> Chosen {
    let first = region.body[0];
    Chosen {
        first_op: format!("{} at {}", m.name(first), location(m, first)),
        ops: region.body.len(),
        extent: region.extent,
        step,
        inputs: region.inputs.len(),
        outputs: region.outputs.len(),
        dim: region.outputs.first().map_or(0, |&(_, d)| d),
        depth: depth_of(m, first, func),
        cost,
        peak_after,
    }
}

/// `st` with `region` (of `st.module`, around the top-level op `target`; `done` is
/// the program with it rewritten with `step`, `first_cost` its cost) and the matching region around every
/// other top-level op at the state's peak chunked with the same step, profiled once.
/// `None` when no other op has a region of the same signature or the result is no
/// progress. The other layers are matched by shifting the range (`shifted_region`),
/// from the last to the first so that each rewrite leaves the positions of the
/// ranges still to come as they were: linear in the number of layers.
#[allow(clippy::too_many_arguments)]
fn apply_everywhere(
    st: &State,
    ctx: &Context,
    func: OpId,
    region: &Region,
    step: i64,
    (target, done, first_cost): (OpId, &Module, f64),
    sharded: &std::collections::HashSet<(ir::ValueId, usize)>,
    options: &SelectOptions,
) -> Option<State> {
    let m = &st.module;
    let entry = m.entry_block(func, 0)?;
    let target_pos = m.block_ops(entry).position(|o| o == target)?;
    let wanted = signature(m, region);
    let mut module = done.clone();
    let index = BlockIndex::new(&module, entry);
    let mut others: Vec<(usize, OpId)> = st
        .profile
        .ops
        .iter()
        .zip(&st.profile.during)
        .filter(|&(op, &d)| d == st.profile.peak && !region.body.contains(op))
        .filter_map(|(&op, _)| index.position.get(&op).map(|&p| (p, op)))
        .collect();
    others.sort_unstable_by_key(|&(p, _)| std::cmp::Reverse(p));
    let mut chosen = st.chosen.clone();
    let mut cost = st.cost;
    let mut entries = Vec::new();
    for (_, op) in others {
        let same =
            shifted_region(&module, ctx, &index, region, (target, target_pos), op).filter(|r| {
                r.extent == region.extent
                    && !crate::sharding::crosses(r, sharded)
                    && signature(&module, r) == wanted
            });
        let Some(other) = same else {
            continue;
        };
        let other_cost = region_cost(&module, ctx, &options.machine, &other, step);
        entries.push(chosen_entry(&module, func, &other, step, other_cost, 0));
        rewrite(&mut module, &other, step)?;
        cost += other_cost;
    }
    if entries.is_empty() {
        return None;
    }
    EVALUATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile = function_profile(&module, ctx, func)?;
    if profile.peak > st.profile.peak
        || excess(&profile, options.budget) >= excess(&st.profile, options.budget)
    {
        return None;
    }
    chosen.push(chosen_entry(
        m,
        func,
        region,
        step,
        first_cost,
        profile.peak,
    ));
    // In program order (they were rewritten from the last).
    for mut e in entries.into_iter().rev() {
        e.peak_after = profile.peak;
        chosen.push(e);
    }
    Some(State {
        module,
        chosen,
        cost: cost + first_cost,
        profile,
    })
}

/// True if `region` sits in a loop body and slices one of the body's slice
/// arguments along the loop's own dimension: that is a smaller step of the same
/// loop, not chunking along a second dimension.
fn rechunks_enclosing_loop(m: &Module, region: &Region) -> bool {
    let Some(owner) = m.block_parent_op(region.block) else {
        return false;
    };
    if m.name(owner) != "chunk.for" {
        return false;
    }
    let Ok(spec) = chunk_dialect::ChunkFor::read(m, owner) else {
        return false;
    };
    let args = &m.block(region.block).args;
    region.inputs.iter().any(|&(v, d)| {
        d.is_some()
            && args
                .iter()
                .skip(1)
                .zip(&spec.operand_dims)
                .any(|(&arg, &loop_dim)| arg == v && loop_dim == d)
    })
}

/// Values of `block` (op results and block arguments) live while `target` runs.
pub(crate) fn live_at(m: &Module, block: BlockId, target: OpId) -> Vec<ir::ValueId> {
    let ops: Vec<OpId> = m.block_ops(block).collect();
    let Some(p) = ops.iter().position(|&o| o == target) else {
        return vec![];
    };
    let top = |op: OpId| -> Option<usize> {
        let mut cur = op;
        loop {
            if let Some(i) = ops.iter().position(|&o| o == cur) {
                return Some(i);
            }
            cur = m.parent_op(cur)?;
        }
    };
    let mut out = Vec::new();
    for &op in &ops[..=p] {
        for &r in &m.op(op).results {
            if m.uses(r)
                .iter()
                .filter_map(|u| top(u.op))
                .max()
                .unwrap_or(0)
                >= p
                || op == target
            {
                out.push(r);
            }
        }
    }
    out
}

fn depth_of(m: &Module, op: OpId, func: OpId) -> usize {
    let mut d = 0;
    let mut cur = m.parent_op(op);
    while let Some(p) = cur {
        if p == func {
            break;
        }
        d += 1;
        cur = m.parent_op(p);
    }
    d
}

fn location(m: &Module, op: OpId) -> String {
    match m.op(op).loc.source_position() {
        Some((f, l, c)) => format!("{f}:{l}:{c}"),
        None => "unknown location".to_string(),
    }
}

/// Programs rewritten and profiled so far (for `AUTOCHUNK_DEBUG`).
static EVALUATIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Live bytes while the top-level op holding `op` runs.
fn during_at(m: &Module, p: &Profile, op: OpId) -> u64 {
    let mut top = op;
    while let Some(parent) = m.parent_op(top) {
        if p.ops.contains(&top) {
            break;
        }
        top = parent;
    }
    p.ops
        .iter()
        .position(|&o| o == top)
        .map_or(p.peak, |k| p.during[k])
}

/// Rewrites `region` into a loop on a copy of `m` with the largest step whose loop
/// fits the budget; if no step does, the largest step whose loop is within 2% of the
/// lowest any step reaches (chunking further would only cost time). Steps of 64 and
/// more are rounded up to multiples of 8 so GEMM tiles stay full, where that adds at
/// most 1% of recomputed rows. The loop's live
/// bytes as a function of the number of chunks k are non-increasing (each chunk's
/// values shrink as 1/k, the rest is fixed), so k is found by bisection.
fn choose_step(
    m: &Module,
    ctx: &Context,
    func: OpId,
    region: &Region,
    options: &SelectOptions,
    cache: &StepCache,
) -> Option<(Module, Profile, i64)> {
    let n = region.extent;
    let try_step = |step: i64| -> Option<(Module, Profile, i64, u64)> {
        EVALUATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut copy = m.clone();
        let loop_op = rewrite(&mut copy, region, step)?;
        // A debugging aid: verify every rewrite and drop (and print) any that breaks
        // the IR, instead of finding out after the pass.
        if std::env::var_os("AUTOCHUNK_VERIFY").is_some() {
            if let Err(d) = ir::verify::verify(&copy, ctx) {
                debug_line!(
                    "autochunk: a rewrite broke the IR, candidate dropped: {d}\nregion: {region:?}"
                );
                return None;
            }
        }
        let p = function_profile(&copy, ctx, func)?;
        let during = during_at(&copy, &p, loop_op);
        Some((copy, p, step, during))
    };
    let strip = |r: (Module, Profile, i64, u64)| (r.0, r.1, r.2);
    if let Some(forced) = options.chunk_size {
        return try_step(forced.clamp(1, n)).map(strip);
    }
    // k chunks of ceil(n / k) rows; from 64 rows up rounded to a multiple of 8 for the
    // GEMM tiles, unless the rounding makes the last chunk recompute more than 1% of
    // the extent (1601 rows in 10 chunks: 168 rows would recompute 79, 161 recompute 9).
    let step_for = |k: i64| -> i64 {
        let s = (n + k - 1) / k;
        let rounded = (s + 7) / 8 * 8;
        if s >= 64 && rounded * k - n <= n / 100 {
            rounded.min(n)
        } else {
            s.min(n)
        }
    };
    // A model repeats its layers: the step found for an identical region (same ops,
    // types and chunk dimensions) is tried first, and kept if it fits and one chunk
    // fewer does not.
    let key = signature(m, region);
    let cached = cache.lock().ok().and_then(|c| c.get(&key).copied());
    if let Some(step) = cached {
        if let Some(r) = try_step(step) {
            let k = (n + step - 1) / step;
            let fewer_fits =
                k > 2 && try_step(step_for(k - 1)).is_some_and(|f| f.3 <= options.budget);
            if r.3 <= options.budget && !fewer_fits {
                return Some(strip(r));
            }
        }
    }
    // The lowest the loop can go, with one row per chunk.
    let floor = try_step(1)?;
    if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
        debug_line!(
            "    loop at one row per chunk: {} bytes live while it runs",
            floor.3
        );
    }
    let target = if floor.3 <= options.budget {
        options.budget
    } else {
        floor.3 + floor.3 / 50
    };
    if n == 1 {
        return Some(strip(floor));
    }
    // The loop's live bytes are close to affine in the step: F + C·S/N. One chunk
    // (S = N) and the floor (S = 1) give C, hence an estimate k0 of the fewest chunks
    // that reach the target; bisection then settles the exact k on the side k0 says,
    // usually in one or two more rewrites.
    let whole = try_step(n)?;
    let estimate = if whole.3 <= target {
        1
    } else {
        let c = whole.3.saturating_sub(floor.3) as f64;
        let room = target.saturating_sub(floor.3).max(1) as f64;
        ((c / room).ceil() as i64).clamp(2, n)
    };
    let first = try_step(step_for(estimate))?;
    let (mut lo, mut hi, mut best) = if first.3 <= target {
        // Fewer chunks might do too; usually one fewer already does not.
        match (estimate > 2)
            .then(|| try_step(step_for(estimate - 1)))
            .flatten()
        {
            Some(fewer) if fewer.3 <= target => (1i64, estimate - 1, fewer),
            _ => (estimate - 1, estimate, first),
        }
    } else {
        (estimate, n, floor)
    };
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let r = try_step(step_for(mid))?;
        if r.3 <= target {
            hi = mid;
            best = r;
        } else {
            lo = mid;
        }
    }
    // A step that divides the extent recomputes nothing; take one if it needs at most
    // a quarter more chunks.
    let k = (n + best.2 - 1) / best.2;
    if n % best.2 != 0 {
        if let Some(d) = (k..=k + k / 4).find(|d| n % d == 0) {
            if let Some(r) = try_step(n / d) {
                if r.3 <= target {
                    best = r;
                }
            }
        }
    }
    if target == options.budget {
        if let Ok(mut c) = cache.lock() {
            c.insert(key, best.2);
        }
    }
    Some(strip(best))
}

/// A candidate rewritten with its chosen step: the program, its profile, the step.
type Evaluated = (Module, Profile, i64);

/// Steps found per region shape (see `signature`).
pub(crate) type StepCache = std::sync::Mutex<HashMap<u64, i64>>;

/// A hash of what decides a region's loop: its extent, its body ops with their
/// result types and chunk dimensions, and its inputs' and outputs' types and dims.
fn signature(m: &Module, region: &Region) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    region.extent.hash(&mut h);
    for &op in region.recomputed.iter().chain(&region.body) {
        m.name(op).hash(&mut h);
        for &r in &m.op(op).results {
            m.value_type(r).hash(&mut h);
            region.dims.get(&r).hash(&mut h);
            region.rows(r).hash(&mut h);
        }
    }
    for &(v, d) in &region.inputs {
        m.value_type(v).hash(&mut h);
        d.hash(&mut h);
    }
    for &(v, d) in &region.outputs {
        m.value_type(v).hash(&mut h);
        d.hash(&mut h);
    }
    h.finish()
}
