// A chunk.for with a partial last chunk (10 rows, step 4: offsets 0, 4, 6) runs 3
// iterations and computes what the unchunked Inputs/mlp.mlir computes.
// Memory by hand: the 640 B result is allocated before the first iteration; per
// iteration a 256 B slice of %x, then 256 B per body value: peak 640 + 256 + 256.
// RUN: chunk-run %s --json --compare %S/Inputs/mlp.mlir | FileCheck %s
// RUN: chunk-run %s --seed 5 | FileCheck %s --check-prefix=TEXT

// CHECK:      "compare": {
// CHECK:        "file": "{{.*}}Inputs/mlp.mlir",
// CHECK:        "live_peak_bytes": 1280,
// CHECK:        "max_abs_error": 0.0,
// CHECK:        "max_rel_error": 0.0,
// CHECK:        "planned_peak_bytes": 1280,
// CHECK:      "live_peak_bytes": 1152,
// CHECK:      "live_peak_op": "nn.matmul at {{.*}}chunk-for.mlir:[[#@LINE+14]]:10",
// CHECK:      "loop_iterations": 3,
// CHECK:      "measured_peak_bytes": 1152,
// CHECK:      "ops_executed": 9,
// CHECK:      "planned_peak_bytes": 1152,

// TEXT:      chunk-for.mlir (@main)
// TEXT:        planned peak      1.12 KiB (1152 B) at nn.matmul at
// TEXT:        measured peak     1.12 KiB (live 1.12 KiB), equals the plan
// TEXT:        ops executed      9 (3 loop iterations)
// TEXT:        inputs            random (seed 5)
func.func @main(%x: tensor<2x10x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>) -> tensor<2x10x8xf32> {
  %r = "chunk.for"(%x, %w, %b) <{extent = 10 : i64, step = 4 : i64, operand_dims = array<i64: 1, -1, -1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4x8xf32>, %ww: tensor<8x8xf32>, %bb: tensor<8xf32>):
    %0 = "nn.matmul"(%xs, %ww) : (tensor<2x4x8xf32>, tensor<8x8xf32>) -> tensor<2x4x8xf32>
    %1 = "nn.add"(%0, %bb) : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
    %2 = "nn.gelu"(%1) : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    "chunk.yield"(%2) : (tensor<2x4x8xf32>) -> ()
  }) : (tensor<2x10x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  func.return %r : tensor<2x10x8xf32>
}
