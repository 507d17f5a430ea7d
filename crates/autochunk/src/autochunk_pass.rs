//! `autochunk`: chunks the entry function so its peak activation memory fits a
//! budget, at the least estimated cost (search, select and codegen together).
//!
//! Options: `budget` (fraction of the unchunked peak) or `budget-bytes` (with
//! KiB/MiB/GiB suffixes); `chunk-size` forces a chunk size; `max-regions` bounds how
//! many regions are chunked (0, the default: one per op of the function, at least 64); `beam` is the beam width; `report` prints the plan
//! (regions, dimensions, chunk sizes, predicted peak, arena and cost) to stderr. The
//! budget bounds the runtime's arena (live bytes plus alignment and fragmentation),
//! not only the live bytes. A budget that cannot be met is an error naming the
//! smallest peak reached and its op.
use crate::api::{Budget, ChunkOptions};
use crate::entry::parse_bytes;
use ir::{Context, DiagResult, Module};
use pass::{OptionError, Pass, PassDef, PassOptionDef, PassOptions, Statistic};

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

impl Pass for AutoChunk {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        let options = ChunkOptions {
            chunk_size: self.chunk_size,
            max_regions: self.max_regions,
            beam: self.beam,
            ..ChunkOptions::default()
        };
        let plan = crate::api::chunk(module, context, self.budget, &options)?;
        if self.report {
            let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
            crate::report_to_stderr(&module.op(func).loc, &plan.report())?;
        }
        self.statistics.regions += plan.regions.len() as u64;
        self.statistics.iterations += plan
            .regions
            .iter()
            .map(|r| r.iterations as u64)
            .sum::<u64>();
        self.statistics.table_copies += plan.table_copies as u64;
        self.statistics.bytes_saved += plan.unchunked_peak.saturating_sub(plan.predicted_peak);
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
            PassOptionDef { name: "max-regions", summary: "Most regions to chunk (0: one per op of the function, at least 64)", default: "0" },
            PassOptionDef { name: "beam", summary: "Beam width of the search", default: "2" },
            PassOptionDef { name: "report", summary: "Print the plan to stderr", default: "false" },
        ],
        module_only: false,
        create,
    }
}
