// A loop over a batch of 4 that reads and writes [B*L, D] views: the operand and the
// result have 12 = 3 · 4 rows, so chunk.for slices them in blocks of 3 rows (step 3:
// chunks of 9 rows at offsets 0 and 1, the last chunk overlapping the first). It
// computes what the unchunked Inputs/rows.mlir computes.
// RUN: chunk-run %s --json --compare %S/Inputs/rows.mlir | FileCheck %s

// CHECK:      "compare": {
// CHECK:        "max_abs_error": 0.0,
// CHECK:      "loop_iterations": 2,
// CHECK:      "measured_peak_bytes": [[PEAK:[0-9]+]],
// CHECK:      "planned_peak_bytes": [[PEAK]],
func.func @main(%x: tensor<12x8xf32>, %w: tensor<8x8xf32>) -> tensor<12x8xf32> {
  %r = "chunk.for"(%x, %w) <{extent = 4 : i64, step = 3 : i64, operand_dims = array<i64: 0, -1>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<9x8xf32>, %ww: tensor<8x8xf32>):
    %0 = "nn.matmul"(%xs, %ww) : (tensor<9x8xf32>, tensor<8x8xf32>) -> tensor<9x8xf32>
    %1 = "nn.gelu"(%0) : (tensor<9x8xf32>) -> tensor<9x8xf32>
    "chunk.yield"(%1) : (tensor<9x8xf32>) -> ()
  }) : (tensor<12x8xf32>, tensor<8x8xf32>) -> tensor<12x8xf32>
  func.return %r : tensor<12x8xf32>
}
