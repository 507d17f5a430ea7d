//! AutoChunk: fit a model's activation memory under a budget by computing regions of
//! its graph chunk by chunk, at the least cost in speed.
//!
//! - `liveness`: the activation-memory model (live bytes at every op, the peak).
//! - `region`: legality of a chunk region, by flooding a dimension through the
//!   ops' dimension-flow rules.
//! - `search`: every maximal legal region around an op.
//! - `recompute`: cheap producers of a region's inputs recomputed per chunk.
//! - `duplicate`: values computed from the arguments alone, copied next to each user.
//! - `cost`: what a chunked region costs.
//! - `select`: beam search over sets of regions and chunk sizes under a budget.
//! - `sharding`: dimensions an SPMD partitioner splits, which are not chunked.
//! - `refusal`: why a budget is out of reach (the values that stay whole at the peak).
//! - `codegen`: rewriting a region into a `chunk.for`.
//! - `api`: [`chunk`], the entry point an embedder calls, and its typed [`Plan`].
//! - passes, one per file: `estimate-memory`, `chunk-search`, `autochunk`, `schedule`.
/// A line of debugging output (`AUTOCHUNK_DEBUG`) on standard error that never
/// panics when the stream is closed or full.
macro_rules! debug_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// Writes a pass's report to standard error; a failed write is an error at `loc`.
pub(crate) fn report_to_stderr(loc: &ir::Location, text: &str) -> ir::DiagResult<()> {
    ir::write_stderr(text).map_err(|e| {
        ir::Diagnostic::error(
            loc.clone(),
            format!("cannot write the report to standard error: {e}"),
        )
    })
}

pub mod api;
pub mod autochunk_pass;
pub mod chunk_search;
pub mod codegen;
pub mod cost;
pub mod duplicate;
pub mod entry;
pub mod estimate_memory;
pub mod liveness;
pub mod recompute;
pub mod refusal;
pub mod region;
pub mod schedule;
pub mod search;
pub mod select;
pub mod sharding;

pub use api::{chunk, Budget, ChunkOptions, Plan, Region};
pub use cost::Machine;

/// Referencing this keeps the crate (and its pass registrations) linked.
pub const CRATE: &str = "autochunk";
