//! `autochunk`: chunks the entry function so its peak activation memory fits a
//! budget, at the least estimated cost (search, select and codegen together).
//!
//! Options: `budget` (fraction of the unchunked peak) or `budget-bytes` (with
//! KiB/MiB/GiB suffixes); `chunk-size` forces a chunk size; `max-regions` bounds how
//! many regions are chunked; `beam` is the beam width; `report` prints the plan
//! (regions, dimensions, chunk sizes, predicted peak, arena and cost) to stderr. The
//! budget bounds the runtime's arena (live bytes plus alignment and fragmentation),
//! not only the live bytes. A budget that cannot be met is an error naming the
//! smallest peak reached and its op.
use crate::cost::{block_time, Machine};
use crate::entry::{describe_op, entry_function, human_bytes, parse_bytes};
use crate::liveness::function_profile;
use crate::select::{select, SelectOptions};
use ir::{Context, DiagResult, Diagnostic, Module, OpId};
use pass::{OptionError, Pass, PassDef, PassOptionDef, PassOptions, Statistic};
use std::fmt::Write;

#[derive(Clone, Debug)]
enum Budget {
    Fraction(f64),
    Bytes(u64),
}

pub struct AutoChunk {
    budget: Budget,
    chunk_size: Option<i64>,
    max_regions: usize,
    beam: usize,
    report: bool,
    statistics: Counters,
}

/// What `--mlir-pass-statistics` reports, summed over runs.
#[derive(Clone, Debug, Default)]
struct Counters {
    regions: u64,
    iterations: u64,
    table_copies: u64,
    bytes_saved: u64,
}

fn create(o: &PassOptions) -> Result<Box<dyn Pass>, OptionError> {
    let fraction = o.get_str("budget")?.trim().to_string();
    let bytes = o.get_str("budget-bytes")?.trim().to_string();
    // A bare `budget` reads as `budget=true`; an empty `budget-bytes=` is given too.
    for (name, value, example) in [
        ("budget", &fraction, "budget=0.3"),
        ("budget-bytes", &bytes, "budget-bytes=2GiB"),
    ] {
        if o.is_given(name) && (value.is_empty() || value == "true") {
            return Err(o.invalid(name, format!("the option needs a value, such as {example}")));
        }
    }
    let budget = match (o.is_given("budget"), o.is_given("budget-bytes")) {
        (true, true) => {
            return Err(o.invalid(
                "budget-bytes",
                "give either budget= or budget-bytes=, not both",
            ))
        }
        (false, false) => {
            return Err(
                "pass 'autochunk' needs a budget: budget=FRACTION (of the unchunked peak, \
                        or a percentage such as 30%) or budget-bytes=SIZE"
                    .into(),
            )
        }
        (true, false) => {
            Budget::Fraction(parse_fraction(&fraction).map_err(|why| o.invalid("budget", why))?)
        }
        (false, true) => {
            Budget::Bytes(parse_bytes(&bytes).map_err(|why| o.invalid("budget-bytes", why))?)
        }
    };
    let chunk = o.get_i64("chunk-size")?;
    if chunk < 0 {
        return Err(o.invalid(
            "chunk-size",
            "expected a positive chunk size, or 0 to choose one",
        ));
    }
    let beam = o.get_usize("beam")?.max(1);
    Ok(Box::new(AutoChunk {
        budget,
        chunk_size: (chunk > 0).then_some(chunk),
        max_regions: o.get_usize("max-regions")?,
        beam,
        report: o.get_bool("report")?,
        statistics: Counters::default(),
    }))
}

/// `budget=`: a fraction of the unchunked peak in (0, 1], or a percentage (`30%`).
fn parse_fraction(text: &str) -> Result<f64, String> {
    let (number, scale) = match text.strip_suffix('%') {
        Some(p) => (p.trim(), 100.0),
        None => (text, 1.0),
    };
    let value: f64 = number
        .parse()
        .map_err(|_| "expected a fraction such as 0.3 or a percentage such as 30%".to_string())?;
    let fraction = value / scale;
    if !(fraction > 0.0 && fraction <= 1.0) {
        return Err("the budget must be more than 0 and at most 1 (100%) of the peak".into());
    }
    Ok(fraction)
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

impl Pass for AutoChunk {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        let func = entry_function(module)?;
        let before =
            function_profile(module, context, func).expect("the entry function has a body");
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
        let budget = match self.budget {
            Budget::Fraction(f) => (before.peak as f64 * f).floor() as u64,
            Budget::Bytes(b) => b,
        };
        let options = SelectOptions {
            budget,
            accept: budget,
            chunk_size: self.chunk_size,
            max_regions: self.max_regions,
            beam_width: self.beam,
            candidates: 4,
            machine: Machine::default(),
        };
        let max_regions = self.max_regions;
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
            selection =
                select_or_aim_lower(program, context, func, &mut options).map_err(refuse)?;
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
        if self.report {
            let entry = module.entry_block(func, 0).expect("body");
            let baseline = block_time(module, context, &options.machine, entry);
            let mut r = String::new();
            let _ = writeln!(
                r,
                "// autochunk plan for @{}",
                func_dialect::symbol_name(module, func).unwrap_or("?")
            );
            let _ = writeln!(
                r,
                "//   unchunked peak: {} bytes ({})",
                before.peak,
                human_bytes(before.peak)
            );
            let _ = writeln!(
                r,
                "//   budget:         {budget} bytes ({})",
                human_bytes(budget)
            );
            for (i, c) in selection.chosen.iter().enumerate() {
                let _ = writeln!(
                    r,
                    "//   region {i}: {} ops from {}, dim {} of {}, chunk {} ({} chunks), {} inputs, {} outputs, depth {}, cost {:.3} ms, peak after {} bytes",
                    c.ops, c.first_op, c.dim, c.extent, c.step, (c.extent + c.step - 1) / c.step, c.inputs, c.outputs, c.depth, c.cost * 1e3, c.peak_after
                );
            }
            let peak_at = selection.peak_op.map_or("-".to_string(), |o| {
                describe_op(&selection.module, context, o)
            });
            let _ = writeln!(
                r,
                "//   predicted peak: {} bytes ({}) at {peak_at}",
                selection.peak,
                human_bytes(selection.peak)
            );
            let _ = writeln!(
                r,
                "//   arena:          {arena} bytes ({}) with the runtime's alignment",
                human_bytes(arena)
            );
            let _ = writeln!(
                r,
                "//   predicted cost: +{:.3} ms ({:+.1}% of {:.3} ms)",
                selection.cost * 1e3,
                100.0 * selection.cost / baseline.max(1e-12),
                baseline * 1e3
            );
            crate::report_to_stderr(&module.op(func).loc, &r)?;
        }
        self.statistics.regions += selection.chosen.len() as u64;
        self.statistics.iterations += selection
            .chosen
            .iter()
            .map(|c| ((c.extent + c.step.max(1) - 1) / c.step.max(1)) as u64)
            .sum::<u64>();
        self.statistics.table_copies += copies as u64;
        self.statistics.bytes_saved += before.peak.saturating_sub(selection.peak);
        *module = selection.module;
        Ok(())
    }

    fn statistics(&self) -> Vec<Statistic> {
        let c = &self.statistics;
        vec![
            Statistic::new(
                "regions-chunked",
                "Regions rewritten into chunk.for loops",
                c.regions,
            ),
            Statistic::new(
                "chunk-iterations",
                "Iterations of the chunk.for loops emitted",
                c.iterations,
            ),
            Statistic::new(
                "table-copies",
                "Copies of masks and position tables placed next to their users",
                c.table_copies,
            ),
            Statistic::new(
                "bytes-saved",
                "Peak activation bytes saved (unchunked peak minus predicted peak)",
                c.bytes_saved,
            ),
        ]
    }
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

pass::inventory::submit! {
    PassDef {
        name: "autochunk",
        title: "AutoChunk",
        summary: "Chunk regions of the entry function into chunk.for loops so its peak activation memory fits a budget",
        description: "Finds legal chunk regions around the peak (dimension flow), picks regions and chunk sizes by \
                      beam search under a cost model, and rewrites them into chunk.for loops.",
        options: &[
            PassOptionDef { name: "budget", summary: "Budget as a fraction of the unchunked peak, e.g. 0.3 or 30%", default: "" },
            PassOptionDef { name: "budget-bytes", summary: "Budget in bytes: K, M, G, T or KiB..TiB binary, KB..TB decimal", default: "" },
            PassOptionDef { name: "chunk-size", summary: "Force this chunk size (0: choose)", default: "0" },
            PassOptionDef { name: "max-regions", summary: "Most regions to chunk", default: "64" },
            PassOptionDef { name: "beam", summary: "Beam width of the search", default: "2" },
            PassOptionDef { name: "report", summary: "Print the plan to stderr", default: "false" },
        ],
        module_only: false,
        create,
    }
}
