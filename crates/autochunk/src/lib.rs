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
//! - `refusal`: why a budget is out of reach (the values that stay whole at the peak).
//! - `codegen`: rewriting a region into a `chunk.for`.
//! - passes, one per file: `estimate-memory`, `chunk-search`, `autochunk`, `schedule`.
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

/// Referencing this keeps the crate (and its pass registrations) linked.
pub const CRATE: &str = "autochunk";
