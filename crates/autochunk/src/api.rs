//! The embedding API: [`chunk`] fits one function of a module under a memory budget
//! and returns a typed [`Plan`] (what the `autochunk` pass prints with `report`).
//!
//! ```ignore
//! let plan = autochunk::chunk(&mut module, &context, autochunk::Budget::Fraction(0.2), &Default::default())?;
//! println!("peak {} -> {} bytes in {} regions", plan.unchunked_peak, plan.predicted_peak, plan.regions.len());
//! ```
//!
//! The function is the module's entry function (`@main`, else the only one with a
//! body). Errors are [`ir::Diagnostic`]s located at the op they are about; a budget
//! out of reach names the smallest peak reached, where, and why (notes and remarks).
use crate::cost::{block_time, Machine};
use crate::entry::{describe_op, human_bytes};
use crate::liveness::function_profile;
use crate::select::{select, SelectOptions};
use ir::{Context, DiagResult, Diagnostic, Module, OpId};
use std::fmt::Write as _;

/// How much activation memory the chunked function may use at its peak.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    /// A fraction of the unchunked peak, in (0, 1].
    Fraction(f64),
    /// Bytes; this also bounds the arena the runtime allocates (alignment included).
    Bytes(u64),
}

/// How the search runs. `Default` is what the `autochunk` pass uses.
#[derive(Clone, Debug)]
pub struct ChunkOptions {
    /// Force this chunk size for every region (`None`: the search chooses).
    pub chunk_size: Option<i64>,
    /// Most regions to chunk; 0 (the default) scales with the program: one per op of
    /// the function, at least [`MIN_REGION_CAP`].
    pub max_regions: usize,
    /// Beam width of the search (at least 1).
    pub beam: usize,
    /// The cost model's machine constants; the default is calibrated on the reference
    /// CPU runtime, a GPU embedder sets its own (`docs/autochunk.md`).
    pub machine: Machine,
}

impl Default for ChunkOptions {
    fn default() -> Self {
        ChunkOptions {
            chunk_size: None,
            max_regions: 0,
            beam: 2,
            machine: Machine::default(),
        }
    }
}

/// The least default cap on regions (`max-regions=0`).
pub const MIN_REGION_CAP: usize = 64;

/// The default cap on regions: one per op of `func` (regions of one block are
/// disjoint and each holds an op; nested ones are re-chunked ops), at least
/// [`MIN_REGION_CAP`]. A fixed cap made a 96-layer GPT, which needs a region per
/// layer, stop at 64 with a smallest peak that was the unchunked one.
fn region_cap(m: &Module, func: OpId) -> usize {
    let mut ops = 0;
    m.walk(func, &mut |_| ops += 1);
    ops.max(MIN_REGION_CAP)
}

/// What [`chunk`] did.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The function chunked (its symbol name).
    pub function: String,
    /// Peak live activation bytes before chunking.
    pub unchunked_peak: u64,
    /// The budget in bytes.
    pub budget: u64,
    /// Peak live activation bytes after chunking (the liveness model; exact for the
    /// reference runtime).
    pub predicted_peak: u64,
    /// The op where the predicted peak is reached (name and location), if any.
    pub peak_at: Option<String>,
    /// Bytes of the arena the runtime plans for the chunked function (with alignment):
    /// at most the budget.
    pub arena_bytes: u64,
    /// Estimated extra time of the chunked function over the unchunked one, seconds.
    pub cost_seconds: f64,
    /// Estimated time of the function, seconds (the cost model's baseline).
    pub baseline_seconds: f64,
    /// Copies of masks and position tables placed next to their users.
    pub table_copies: usize,
    /// The regions rewritten into `chunk.for` loops, in the order chosen.
    pub regions: Vec<Region>,
}

impl Plan {
    /// The plan as the `report` option prints it: peaks, budget, one line per region,
    /// arena and predicted cost.
    pub fn report(&self) -> String {
        let plan = self;
        let mut r = String::new();
        let bytes = |b: u64| format!("{b} bytes ({})", human_bytes(b));
        let _ = writeln!(r, "// autochunk plan for @{}", plan.function);
        let _ = writeln!(r, "//   unchunked peak: {}", bytes(plan.unchunked_peak));
        let _ = writeln!(r, "//   budget:         {}", bytes(plan.budget));
        for (i, c) in plan.regions.iter().enumerate() {
            let _ = writeln!(
                r,
                "//   region {i}: {} ops from {}, dim {} of {}, chunk {} ({} chunks), {} inputs, {} outputs, depth {}, cost {:.3} ms, peak after {} bytes",
                c.ops, c.first_op, c.dim, c.extent, c.chunk_size, c.iterations, c.inputs, c.outputs, c.depth, c.cost_seconds * 1e3, c.peak_after
            );
        }
        let peak_at = plan.peak_at.as_deref().unwrap_or("-");
        let _ = writeln!(
            r,
            "//   predicted peak: {} at {peak_at}",
            bytes(plan.predicted_peak)
        );
        let _ = writeln!(
            r,
            "//   arena:          {} with the runtime's alignment",
            bytes(plan.arena_bytes)
        );
        let _ = writeln!(
            r,
            "//   predicted cost: +{:.3} ms ({:+.1}% of {:.3} ms)",
            plan.cost_seconds * 1e3,
            100.0 * plan.cost_seconds / plan.baseline_seconds.max(1e-12),
            plan.baseline_seconds * 1e3
        );
        r
    }
}

/// One region rewritten into a `chunk.for`.
#[derive(Clone, Debug)]
pub struct Region {
    /// The region's first op (name and location).
    pub first_op: String,
    /// Ops in the loop body.
    pub ops: usize,
    /// The chunked dimension of the region's first output, and its extent.
    pub dim: usize,
    pub extent: i64,
    /// Rows per iteration and the number of iterations.
    pub chunk_size: i64,
    pub iterations: i64,
    /// Values entering and leaving the loop.
    pub inputs: usize,
    pub outputs: usize,
    /// Nesting depth (0: in the function body).
    pub depth: usize,
    /// Estimated extra time of this region, seconds.
    pub cost_seconds: f64,
    /// Predicted peak after this region was chunked.
    pub peak_after: u64,
}

/// Chunks the entry function of `module` so its peak activation memory fits `budget`,
/// at the least estimated cost; `module` is rewritten only on success.
pub fn chunk(
    module: &mut Module,
    context: &Context,
    budget: Budget,
    options: &ChunkOptions,
) -> DiagResult<Plan> {
    if let Budget::Fraction(f) = budget {
        if !(f > 0.0 && f <= 1.0) {
            let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
            return Err(Diagnostic::error(
                module.op(func).loc.clone(),
                format!("autochunk: a budget fraction must be in (0, 1], not {f}"),
            ));
        }
    }
    let original = module.clone();
    let result = chunk_entry(module, context, budget, options);
    if result.is_err() {
        *module = original;
    }
    result
}

fn chunk_entry(
    module: &mut Module,
    context: &Context,
    budget: Budget,
    options: &ChunkOptions,
) -> DiagResult<Plan> {
    let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
    let before = function_profile(module, context, func).expect("the entry function has a body");
    // The budget is relative to the program as given; scheduling first may
    // already lower the peak, and regions are found on the scheduled order.
    let entry = module
        .entry_block(func, 0)
        .expect("the entry function has a body");
    // The program without copies of its tables, should the copies not help.
    let mut plain = module.clone();
    crate::schedule::schedule_block(&mut plain, context, entry);
    let min_bytes = (before.peak as f64 * crate::duplicate::MIN_FRACTION) as u64;
    let copies = crate::duplicate::duplicate_entry_values(module, context, entry, min_bytes);
    if std::env::var_os("AUTOCHUNK_DEBUG").is_some() {
        debug_line!("autochunk: {copies} copies of tables next to their users");
    }
    crate::schedule::schedule_block(module, context, entry);
    let budget = match budget {
        Budget::Fraction(f) => (before.peak as f64 * f).floor() as u64,
        Budget::Bytes(b) => b,
    };
    let max_regions = match options.max_regions {
        0 => region_cap(module, func),
        n => n,
    };
    let options = SelectOptions {
        budget,
        accept: budget,
        chunk_size: options.chunk_size,
        max_regions,
        beam_width: options.beam.max(1),
        candidates: 4,
        machine: options.machine,
    };
    let scheduled = module.clone();
    let refuse = |u: crate::select::Unreachable| {
        let mut error = Diagnostic::error(
            u.loc.clone(),
            format!(
                "autochunk: cannot meet the budget of {budget} bytes ({}): the smallest peak reachable is {} bytes ({}), held by {}",
                human_bytes(budget),
                u.peak,
                human_bytes(u.peak),
                u.at
            ),
        );
        if u.stopped_at_region_cap {
            error = error.with_note(
                u.loc,
                format!("the search stopped at max-regions={max_regions} with plans still over the budget; a larger max-regions may reach it"),
            );
        }
        let mut error = with_blocking_ops(error, &scheduled, context, entry);
        for (loc, message) in u.whole {
            error = error.with_remark(loc, message);
        }
        error
    };
    // The budget bounds the arena the runtime allocates, which alignment and
    // fragmentation put above the live bytes the selection plans for: while the
    // arena of the chosen program is over, select again for a budget lowered by
    // the overshoot.
    let mut options = options;
    // With copies of the tables first; without them if that is refused (the copies
    // help every exporter-style model measured, but the search is greedy).
    let mut program = &scheduled;
    let mut selection = match select_or_aim_lower(&scheduled, context, func, &mut options) {
        Ok(s) => s,
        Err(u) if copies > 0 => {
            program = &plain;
            select_or_aim_lower(&plain, context, func, &mut options)
                .map_err(|v| refuse(if v.peak < u.peak { v } else { u }))?
        }
        Err(u) => return Err(refuse(u)),
    };
    let mut arena = arena_after_schedule(&mut selection.module, context, func)?;
    for _ in 0..ARENA_RETRIES {
        if arena <= budget {
            break;
        }
        options.budget = options.budget.saturating_sub(arena - budget);
        options.accept = options.budget;
        selection = select_or_aim_lower(program, context, func, &mut options).map_err(refuse)?;
        arena = arena_after_schedule(&mut selection.module, context, func)?;
    }
    if arena > budget {
        return Err(Diagnostic::error(
            module.op(func).loc.clone(),
            format!(
                "autochunk: cannot meet the budget of {budget} bytes ({}): the live bytes fit, but the runtime's arena needs {arena} bytes ({}) after {ARENA_RETRIES} tighter selections",
                human_bytes(budget),
                human_bytes(arena)
            ),
        ));
    }
    let entry = module.entry_block(func, 0).expect("body");
    let baseline = block_time(module, context, &options.machine, entry);
    let plan = Plan {
        function: func_dialect::symbol_name(module, func)
            .unwrap_or("?")
            .to_string(),
        unchunked_peak: before.peak,
        budget,
        predicted_peak: selection.peak,
        peak_at: selection
            .peak_op
            .map(|o| describe_op(&selection.module, context, o)),
        arena_bytes: arena,
        cost_seconds: selection.cost,
        baseline_seconds: baseline,
        table_copies: copies,
        regions: selection
            .chosen
            .iter()
            .map(|c| Region {
                first_op: c.first_op.clone(),
                ops: c.ops,
                dim: c.dim,
                extent: c.extent,
                chunk_size: c.step,
                iterations: (c.extent + c.step.max(1) - 1) / c.step.max(1),
                inputs: c.inputs,
                outputs: c.outputs,
                depth: c.depth,
                cost_seconds: c.cost,
                peak_after: c.peak_after,
            })
            .collect(),
    };
    *module = selection.module;
    Ok(plan)
}

/// How many ops without a dimension-flow rule a refusal names, at most.
const BLOCKING_NOTES: usize = 8;

/// Adds a note at each op of `block` that has no dimension-flow rule (an op of a
/// dialect the rules do not cover, such as StableHLO left unconverted): no chunk
/// region can cross such an op, which is often why a budget is out of reach.
fn with_blocking_ops(
    mut error: Diagnostic,
    m: &Module,
    context: &Context,
    block: ir::BlockId,
) -> Diagnostic {
    let blocking: Vec<OpId> = m
        .block_ops(block)
        .filter(|&op| {
            let def = context.def_of(m, op);
            let structural = def.is_some_and(|d| d.has_trait(ir::OpTrait::ReturnLike));
            !structural && def.is_none_or(|d| d.dim_flow.is_none())
        })
        .collect();
    for &op in blocking.iter().take(BLOCKING_NOTES) {
        error = error.with_note(
            m.op(op).loc.clone(),
            format!(
                "'{}' has no dimension-flow rule: no chunk region can cross it",
                m.name(op)
            ),
        );
    }
    if blocking.len() > BLOCKING_NOTES {
        let more = blocking.len() - BLOCKING_NOTES;
        error = error.with_note(
            ir::Location::Unknown,
            format!("and {more} more ops without a dimension-flow rule"),
        );
    }
    error
}

/// Fractions of the budget aimed at when the budget itself is refused.
const LOWER_AIMS: [f64; 2] = [0.5, 0.25];

/// Selects for `options.budget`; if that is refused, aims lower. The search is greedy
/// in its step sizes: aiming at the budget, the first loops take the largest chunks
/// that fit, which can leave a later peak no region can bring down, while smaller
/// chunks from the start would have reached it (a Swin stage met 20% but not 50%).
/// A plan found for a lower aim meets the budget too, at more cost. The refusal, if
/// every aim fails, is the one for the budget asked (its smallest peak, unless a
/// lower aim reached a smaller one).
fn select_or_aim_lower(
    m: &Module,
    context: &Context,
    func: OpId,
    options: &mut SelectOptions,
) -> Result<crate::select::Selection, crate::select::Unreachable> {
    let asked = options.budget;
    let mut refusal = match select(m, context, func, options) {
        Ok(s) => return Ok(s),
        // Stopped by the region cap: smaller chunks need at least as many regions.
        Err(u) if u.stopped_at_region_cap => return Err(u),
        Err(u) => u,
    };
    for aim in LOWER_AIMS {
        let mut lower = options.clone();
        lower.budget = (asked as f64 * aim) as u64;
        match select(m, context, func, &lower) {
            Ok(s) => return Ok(s),
            Err(u) if u.peak < refusal.peak => {
                refusal = crate::select::Unreachable {
                    stopped_at_region_cap: refusal.stopped_at_region_cap || u.stopped_at_region_cap,
                    ..u
                }
            }
            Err(_) => {}
        }
    }
    Err(refusal)
}

/// Tighter selections tried when the arena overshoots the budget.
const ARENA_RETRIES: usize = 3;

/// Schedules the chosen program again (loops change what is live where) and returns
/// the size of the arena the runtime plans for it.
fn arena_after_schedule(m: &mut Module, context: &Context, func: OpId) -> DiagResult<u64> {
    let entry = m
        .entry_block(func, 0)
        .expect("the entry function has a body");
    crate::schedule::schedule_block(m, context, entry);
    Ok(runtime::plan::plan(m, func)?.arena_size)
}
