//! Op properties used by analyses, declared here so any dialect can provide them.

/// How the dimensions of an op's results relate to the dimensions of its operands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DimFlow {
    /// For each result, for each of its dimensions: the operand dimensions
    /// `(operand, dim)` it comes from. Empty means the dimension is created by the op
    /// (a broadcast or a new axis): slicing it needs no operand slice.
    pub results: Vec<Vec<Vec<(usize, usize)>>>,
    /// Operand dimensions the op computes across (reductions, contractions, softmax
    /// and norm axes, convolution windows): a chunk may not split them.
    pub computes_across: Vec<(usize, usize)>,
    /// Result dimensions `(result, dim)` that are neither read one-to-one from an
    /// operand nor broadcast (a merged reshape dimension, a window's output, a
    /// concatenated dimension): a chunk may not split them. A result dimension with
    /// no sources that is not listed here is a broadcast: every slice along it holds
    /// the same values.
    pub result_across: Vec<(usize, usize)>,
    /// Result dimensions `(result, dim)` whose values depend on the absolute position
    /// along them (`nn.iota` along its dimension): a chunked body must add the chunk's
    /// offset to reproduce them.
    pub positional: Vec<(usize, usize)>,
    /// Result dimensions read one-to-one from an operand dimension from a fixed
    /// offset on (a static slice with stride 1 that does not start at 0 or stops
    /// before the end): `(result, dim, operand, operand_dim, offset)`. They are also
    /// listed in `computes_across`/`result_across`, since a chunk of the result is
    /// not the same chunk of the operand; a pass that recomputes the operand's
    /// producers at the shifted window (`autochunk`'s recomputation) may follow them.
    pub shifted: Vec<(usize, usize, usize, usize, i64)>,
    /// Result dimensions whose contiguous blocks of rows come from contiguous blocks
    /// of rows of an operand dimension at a fixed ratio (a reshape that merges or
    /// splits the dimension as the outermost factor of its group): `(result, dim,
    /// operand, operand_dim, num, den)`, `num / den` result rows per operand row.
    /// Merging `[B, L, D] -> [B*L, D]` maps `B` to the merged dim at `L / 1`;
    /// splitting `[H*c, ...] -> [H, c, ...]` maps the whole dim to `H` at `1 / c`.
    /// They are also listed in `computes_across`/`result_across`; a pass that
    /// chunks in blocks (`autochunk`) may follow them.
    pub scaled: Vec<(usize, usize, usize, usize, i64, i64)>,
}

/// Work and traffic of one execution of an op.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpCost {
    pub flops: u64,
    pub bytes_read: u64,
    pub bytes_written: u64,
}
