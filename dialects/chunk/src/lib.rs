//! The `chunk` dialect: `chunk.for` computes a region slice by slice along one
//! dimension, so that only one slice of the region's intermediates is alive at a time;
//! `chunk.yield` ends its body.
//!
//! ```mlir
//! %r = "chunk.for"(%x, %w) <{extent = 2048 : i64, step = 256 : i64,
//!                            operand_dims = array<i64: 1, -1>, result_dims = array<i64: 1>}> ({
//! ^bb0(%offset: tensor<i64>, %xs: tensor<1x256x64xf32>, %w_: tensor<64x64xf32>):
//!   %y = "nn.matmul"(%xs, %w_) : (tensor<1x256x64xf32>, tensor<64x64xf32>) -> tensor<1x256x64xf32>
//!   "chunk.yield"(%y) : (tensor<1x256x64xf32>) -> ()
//! }) : (tensor<1x2048x64xf32>, tensor<64x64xf32>) -> tensor<1x2048x64xf32>
//! ```
//!
//! Semantics. Properties: `extent` N (> 0), `step` S (1 ≤ S ≤ N), `operand_dims`
//! (per operand, the dimension it is sliced along, or -1: passed whole) and
//! `result_dims` (per result, the dimension its yielded slices are written along).
//! Every sliced operand and every result has size N along its chunk dimension, or a
//! multiple k·N of it: then it is sliced in blocks of k rows (chunk `[o, o + S)` is
//! rows `[k·o, k·(o + S))`), as when the loop runs over the batch of a `[B*L, D]`
//! view. The body's single block takes `%offset: tensor<i64>` (the first index of
//! the current chunk, so that bodies can compute global positions, e.g. a causal
//! mask), then one argument per operand: the slice `[k·o, k·(o + S))` along its chunk
//! dimension, or the whole operand. Results are allocated once, full size, before the
//! first iteration; each yielded value is written into its result at
//! `[k·o, k·(o + S))`.
//!
//! Iterations run for `i = 0, S, 2S, …, < N` with `o = min(i, N − S)`: when S does not
//! divide N, the last chunk is partial, and it is computed as the S-wide window that
//! ends at N, so its first rows overlap the previous chunk and are recomputed and
//! rewritten with identical values. Every value in the body keeps a static shape
//! (no dynamic sizes reach kernels, GEMMs or the lowering) at the price of at most
//! S − 1 recomputed rows per loop. This is valid because a legal chunk region
//! computes each slice of its outputs from the same slice of its sliced inputs only.
mod for_op;

pub use for_op::{offset_type, rows_per_unit, with_dim, ChunkFor};

/// The dialect's name. Referencing it keeps the crate linked, so its ops register.
pub const DIALECT: &str = "chunk";

ir::inventory::submit! {
    ir::DialectDef { name: "chunk", summary: "Loops that compute a region chunk by chunk along a dimension." }
}
