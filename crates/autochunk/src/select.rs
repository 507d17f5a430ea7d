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
use crate::region::Region;
use crate::search::regions_around;
use ir::{BlockId, Context, Module, OpId};

/// What to aim for.
#[derive(Clone, Debug)]
pub struct SelectOptions {
    pub budget: u64,
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

/// Rank of an open state: its cost plus a penalty on what still exceeds the budget
/// (each op at the peak counts, so states that handled more layers rank first).
fn score(st: &State, budget: u64, baseline: f64) -> f64 {
    let excess = st.profile.peak.saturating_sub(budget) as f64 / budget.max(1) as f64;
    st.cost + excess * (st.profile.at_peak as f64).max(1.0) * baseline.max(1e-3) * 10.0
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
/// The smallest peak reached when the budget is out of reach: bytes, the op holding
/// it (described) and its location.
pub type Unreachable = (u64, String, ir::Location);

fn reached(m: &Module, p: &Profile) -> Unreachable {
    match p.peak_op {
        Some(op) => (
            p.peak,
            format!("'{}' at {}", m.name(op), location(m, op)),
            m.op(op).loc.clone(),
        ),
        None => (p.peak, "-".to_string(), ir::Location::Unknown),
    }
}

pub fn select(
    m: &Module,
    ctx: &Context,
    func: OpId,
    options: &SelectOptions,
) -> Result<Selection, Unreachable> {
    let missing = || (0, "-".to_string(), m.op(func).loc.clone());
    let profile = function_profile(m, ctx, func).ok_or_else(missing)?;
    let entry = m.entry_block(func, 0).ok_or_else(missing)?;
    let baseline = crate::cost::block_time(m, ctx, &options.machine, entry);
    let start = State {
        module: m.clone(),
        chosen: vec![],
        cost: 0.0,
        profile,
    };
    let mut best_reached = reached(m, &start.profile);
    let mut finals: Vec<State> = Vec::new();
    let mut beam = vec![start];
    for _ in 0..=options.max_regions {
        let mut next: Vec<State> = Vec::new();
        for st in beam {
            if st.profile.peak <= options.budget {
                finals.push(st);
                continue;
            }
            if st.chosen.len() >= options.max_regions {
                continue;
            }
            for child in expand(&st, ctx, func, options) {
                if child.profile.peak < best_reached.0 {
                    best_reached = reached(&child.module, &child.profile);
                }
                next.push(child);
            }
        }
        if next.is_empty() {
            break;
        }
        next.sort_by(|a, b| {
            score(a, options.budget, baseline).total_cmp(&score(b, options.budget, baseline))
        });
        next.truncate(options.beam_width);
        // Stop early once the cheapest finished plan beats every open state.
        if let Some(best) = finals.iter().map(|f| f.cost).min_by(f64::total_cmp) {
            if next.iter().all(|s| s.cost >= best) {
                break;
            }
        }
        beam = next;
    }
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
fn expand(st: &State, ctx: &Context, func: OpId, options: &SelectOptions) -> Vec<State> {
    let m = &st.module;
    let mut children = Vec::new();
    for (depth_from_inner, (block, target)) in blocks_on_path(m, &st.profile.peak_path)
        .into_iter()
        .enumerate()
    {
        let regions: Vec<Region> = regions_around(m, ctx, block, target)
            .into_iter()
            .filter(|r| !rechunks_enclosing_loop(m, r))
            .collect();
        // Rank by a quick estimate: the bytes the region keeps out of memory.
        let mut ranked: Vec<(u64, Region)> = regions
            .into_iter()
            .map(|r| {
                let inside: u64 = r
                    .body
                    .iter()
                    .flat_map(|&o| m.op(o).results.clone())
                    .filter(|v| !r.outputs.iter().any(|(o, _)| o == v))
                    .map(|v| crate::liveness::bytes(m, v))
                    .sum();
                (inside, r)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.body.len().cmp(&b.1.body.len())));
        for (_, region) in ranked.into_iter().take(options.candidates) {
            let Some((module, profile, step)) = choose_step(m, ctx, func, &region, options) else {
                continue;
            };
            // Progress: a lower peak, or the same peak held by fewer ops (a model
            // repeats its layers; chunking one leaves the next at the same peak).
            if (profile.peak, profile.at_peak) >= (st.profile.peak, st.profile.at_peak) {
                continue;
            }
            let cost = region_cost(m, ctx, &options.machine, &region, step);
            let first = region.body[0];
            let mut chosen = st.chosen.clone();
            chosen.push(Chosen {
                first_op: format!("{} at {}", m.name(first), location(m, first)),
                ops: region.body.len(),
                extent: region.extent,
                step,
                inputs: region.inputs.len(),
                outputs: region.outputs.len(),
                dim: region.outputs.first().map_or(0, |&(_, d)| d),
                depth: depth_of(m, first, func),
                cost,
                peak_after: profile.peak,
            });
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
/// more are rounded up to multiples of 8 so GEMM tiles stay full. The loop's live
/// bytes as a function of the number of chunks k are non-increasing (each chunk's
/// values shrink as 1/k, the rest is fixed), so k is found by bisection.
fn choose_step(
    m: &Module,
    ctx: &Context,
    func: OpId,
    region: &Region,
    options: &SelectOptions,
) -> Option<(Module, Profile, i64)> {
    let n = region.extent;
    let try_step = |step: i64| -> Option<(Module, Profile, i64, u64)> {
        let mut copy = m.clone();
        let loop_op = rewrite(&mut copy, region, step)?;
        let p = function_profile(&copy, ctx, func)?;
        let during = during_at(&copy, &p, loop_op);
        Some((copy, p, step, during))
    };
    let strip = |r: (Module, Profile, i64, u64)| (r.0, r.1, r.2);
    if let Some(forced) = options.chunk_size {
        return try_step(forced.clamp(1, n)).map(strip);
    }
    let step_for = |k: i64| -> i64 {
        let s = (n + k - 1) / k;
        if s >= 64 { (s + 7) / 8 * 8 } else { s }.min(n)
    };
    // The lowest the loop can go, with one row per chunk.
    let floor = try_step(1)?;
    let target = if floor.3 <= options.budget {
        options.budget
    } else {
        floor.3 + floor.3 / 50
    };
    if n == 1 {
        return Some(strip(floor));
    }
    // Bisection on k in (1, n]: the fewest chunks (largest step) that reach the target.
    let (mut lo, mut hi) = (1i64, n);
    let mut best = floor;
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
    Some(strip(best))
}
