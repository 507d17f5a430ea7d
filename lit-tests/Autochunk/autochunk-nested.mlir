// When one dimension is not enough, autochunk chunks along a second one inside the
// first loop's body. Here the reduction is across the last dim, so only the first two
// (8 each) can be chunked: one loop reaches 1/8 of the intermediates, a nested one 1/64.
// RUN: chunk-opt %s --autochunk="budget-bytes=700000 report" 2>%t.report | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.report
// RUN: chunk-opt %s --autochunk="budget-bytes=700000" -o %t.mlir
// RUN: chunk-run %t.mlir --compare %s --json --no-progress | FileCheck %s --check-prefix=EXEC

// CHECK-LABEL: func.func @main
// CHECK: %[[OUTER:.*]] = "chunk.for"(%arg0) <{extent = 8 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>, step = 1 : i64}> ({
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i64>, %[[SLAB:.*]]: tensor<1x8x16384xf32>):
// CHECK-NEXT: %[[INNER:.*]] = "chunk.for"(%[[SLAB]]) <{extent = 8 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 1>, step = 1 : i64}> ({
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i64>, %[[ROW:.*]]: tensor<1x1x16384xf32>):
// CHECK-NEXT: "nn.exp"(%[[ROW]])
// CHECK-NEXT: "nn.tanh"
// CHECK-NEXT: "nn.reduce_sum"
// CHECK: "chunk.yield"(%[[INNER]]) : (tensor<1x8xf32>) -> ()
// CHECK: func.return %[[OUTER]] : tensor<8x8xf32>
// REPORT: region 0: 3 ops from nn.exp {{.*}} dim 0 of 8, chunk 1 (8 chunks), {{.*}} depth 0
// REPORT: region 1: 3 ops from nn.exp {{.*}} dim 1 of 8, chunk 1 (8 chunks), {{.*}} depth 1
// The nested program computes the same sums with its measured peak as predicted.
// EXEC-DAG: "live_peak_bytes": 655648
// EXEC-DAG: "max_rel_error": 0.0
// EXEC-DAG: "predicted_peak_bytes": 655648
func.func @main(%x: tensor<8x8x16384xf32>) -> tensor<8x8xf32> {
  %0 = "nn.exp"(%x) : (tensor<8x8x16384xf32>) -> tensor<8x8x16384xf32>
  %1 = "nn.tanh"(%0) : (tensor<8x8x16384xf32>) -> tensor<8x8x16384xf32>
  %2 = "nn.reduce_sum"(%1) {axes = array<i64: 2>} : (tensor<8x8x16384xf32>) -> tensor<8x8xf32>
  func.return %2 : tensor<8x8xf32>
}
