//! The cost model of a chunked region: the time a loop adds over computing the region
//! whole, on the reference runtime.
//!
//! - Macro term (as in the paper): the region's work is redone for the overlap of
//!   a partial last chunk (`ceil(N/S)·S − N` extra rows of every body op).
//! - Per-iteration overhead: a fixed cost per chunk (loop bookkeeping, kernel launch
//!   and thread-pool dispatch).
//! - Slicing: each sliced input is copied chunk by chunk, and each output slice is
//!   written back; a slice along an inner dimension is a strided copy and costs more.
//! - GEMMs made too small: a matmul whose chunked rows fall below the size the GEMM
//!   kernel needs to reach its throughput runs proportionally slower, and the operand
//!   a chunked GEMM does not slice is packed again for every chunk.
//!
//! The constants are calibrated from the runtime's benchmarks (`docs/runtime.md`)
//! on the 2-core machine; they only need to rank candidates and chunk sizes.
use crate::region::Region;
use ir::{Context, Module, OpId, ValueId};

/// Machine constants of the model.
#[derive(Clone, Copy, Debug)]
pub struct Machine {
    /// Sustained GEMM throughput, flop/s.
    pub gemm_flops: f64,
    /// Elementwise and copy bandwidth, bytes/s.
    pub bandwidth: f64,
    /// Bandwidth of a GEMM's operand packing, bytes/s: a GEMM packs its whole
    /// operands on every call, so a chunked GEMM repacks its unchunked operand once
    /// per chunk.
    pub packing: f64,
    /// Fixed cost of one loop iteration, seconds.
    pub iteration: f64,
    /// Rows below which a GEMM loses throughput.
    pub gemm_rows: f64,
    /// Extra cost factor of a strided (inner-dimension) slice copy.
    pub strided_copy: f64,
}

impl Default for Machine {
    /// Calibrated on the reference runtime on the project's 2-core machine
    /// (`cargo bench -p runtime --bench kernels`, docs/runtime.md): GEMM 47–150
    /// GFLOP/s, elementwise 1.4–5.4 GB/s.
    fn default() -> Self {
        Machine {
            gemm_flops: 80e9,
            bandwidth: 3e9,
            packing: 6e9,
            iteration: 10e-6,
            gemm_rows: 32.0,
            strided_copy: 2.0,
        }
    }
}

pub(crate) fn op_cost(m: &Module, ctx: &Context, op: OpId) -> ir::OpCost {
    let from_def = ctx.def_of(m, op).and_then(|d| d.cost).map(|f| f(m, op));
    from_def.unwrap_or_else(|| {
        let read: u64 = m
            .op(op)
            .operands
            .iter()
            .map(|&v| crate::liveness::bytes(m, v))
            .sum();
        let written: u64 = m
            .op(op)
            .results
            .iter()
            .map(|&v| crate::liveness::bytes(m, v))
            .sum();
        ir::OpCost {
            flops: (written / 4),
            bytes_read: read,
            bytes_written: written,
        }
    })
}

fn is_gemm(m: &Module, op: OpId) -> bool {
    matches!(m.name(op), "nn.matmul" | "nn.dot_general")
}

/// Estimated seconds to run `op` once, whole.
pub fn op_time(m: &Module, ctx: &Context, machine: &Machine, op: OpId) -> f64 {
    let c = op_cost(m, ctx, op);
    let compute = if is_gemm(m, op) {
        c.flops as f64 / machine.gemm_flops
    } else {
        0.0
    };
    compute.max((c.bytes_read + c.bytes_written) as f64 / machine.bandwidth)
}

/// Estimated seconds to run every op of a block (nested loops included).
pub fn block_time(m: &Module, ctx: &Context, machine: &Machine, block: ir::BlockId) -> f64 {
    let mut t = 0.0;
    for op in m.block_ops(block) {
        t += op_time(m, ctx, machine, op);
        for &r in &m.op(op).regions {
            for &b in &m.region(r).blocks {
                t += block_time(m, ctx, machine, b);
            }
        }
    }
    t
}

/// Seconds that chunking `region` with step `step` adds.
pub fn region_cost(
    m: &Module,
    ctx: &Context,
    machine: &Machine,
    region: &Region,
    step: i64,
) -> f64 {
    let n = region.extent as f64;
    let s = step as f64;
    let iterations = (n / s).ceil();
    let overlap = (iterations * s - n) / n;
    let mut cost = iterations * machine.iteration;
    let body_time: f64 = region
        .body
        .iter()
        .map(|&op| op_time(m, ctx, machine, op))
        .sum();
    cost += overlap * body_time;
    // Recomputed producers run once more, chunk by chunk, or whole in every
    // iteration when they are read whole.
    for &op in &region.recomputed {
        let chunked = m.op(op).results.iter().any(|r| region.dims.contains_key(r));
        let runs = if chunked { 1.0 + overlap } else { iterations };
        cost += runs * op_time(m, ctx, machine, op);
    }
    let copy = |v: ValueId, dim: usize| -> f64 {
        let b = crate::liveness::bytes(m, v) as f64;
        let leading: i64 = m
            .value_type(v)
            .shape()
            .map_or(1, |sh| sh[..dim].iter().product());
        let factor = if leading > 1 {
            machine.strided_copy
        } else {
            1.0
        };
        factor * b * (1.0 + overlap) / machine.bandwidth
    };
    for &(v, d) in &region.inputs {
        if let Some(d) = d {
            cost += copy(v, d);
        }
    }
    for &(v, d) in &region.outputs {
        cost += copy(v, d);
    }
    for &op in &region.body {
        if !is_gemm(m, op) {
            continue;
        }
        let chunked_rows = m
            .op(op)
            .results
            .first()
            .is_some_and(|r| region.dims.contains_key(r));
        if chunked_rows && s < machine.gemm_rows {
            cost += op_time(m, ctx, machine, op) * (machine.gemm_rows / s - 1.0);
        }
        // Operands the loop does not slice are packed again in every iteration.
        let repacked: u64 = m
            .op(op)
            .operands
            .iter()
            .filter(|v| !region.dims.contains_key(v))
            .map(|&v| crate::liveness::bytes(m, v))
            .sum();
        cost += (iterations - 1.0) * repacked as f64 / machine.packing;
    }
    cost
}
