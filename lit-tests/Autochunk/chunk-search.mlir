// Regions the search must find, and the ones it must reject.
// RUN: chunk-opt %s -split-input-file --chunk-search 2>&1 >/dev/null | FileCheck %s

// A softmax across dim 0 lets only dim 1 be chunked through it.
// CHECK-LABEL: chunk-search: peak at 'nn.softmax'
// CHECK-NOT: dim 0
// CHECK: ops 0..=2 (3 in the loop, 0 hoisted), extent 32, 1 inputs (1 sliced), outputs: 'nn.exp' at {{.*}}chunk-search.mlir:12:{{[0-9]+}} dim 1
// CHECK-NOT: dim 0
func.func @main(%x: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %0 = "nn.exp"(%x) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = "nn.softmax"(%0) {axis = 0 : i64} : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %2 = "nn.exp"(%1) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  func.return %2 : tensor<64x32xf32>
}

// -----

// A reduction over dim 1: only dim 0 (the kept one) flows through it.
// CHECK-LABEL: chunk-search: peak at 'nn.reduce_sum'
// CHECK: extent 64, 1 inputs (1 sliced), outputs: 'nn.reduce_sum' {{.*}} dim 0
// CHECK-NOT: extent 32
func.func @main(%x: tensor<64x32xf32>) -> tensor<64xf32> {
  %0 = "nn.exp"(%x) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = "nn.reduce_sum"(%0) {axes = array<i64: 1>} : (tensor<64x32xf32>) -> tensor<64xf32>
  func.return %1 : tensor<64xf32>
}

// -----

// A matmul contracts K: x's dim 1 cannot be chunked through it, but rows (dim 0) of x
// and columns (dim 1) of the product can; the weight is passed whole or sliced by
// column, and for columns the exp of x does not depend on the chunk and is hoisted.
// CHECK-LABEL: chunk-search: peak at 'nn.exp' at {{.*}}chunk-search.mlir:{{[0-9]+}}:
// CHECK: ops 0..=2 (3 in the loop, 0 hoisted), extent 64, 2 inputs (1 sliced), outputs: 'nn.exp' {{.*}} dim 0
// CHECK: ops 0..=2 (2 in the loop, 1 hoisted), extent 48, 2 inputs (1 sliced), outputs: 'nn.exp' {{.*}} dim 1
// CHECK-NOT: extent 32
func.func @main(%x: tensor<64x32xf32>, %w: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %0 = "nn.exp"(%x) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = "nn.matmul"(%0, %w) : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  %2 = "nn.exp"(%1) : (tensor<64x48xf32>) -> tensor<64x48xf32>
  func.return %2 : tensor<64x48xf32>
}

// -----

// A reshape that merges dims keeps no chunk dimension one-to-one, but a block of
// rows of the outer factor is a block of the merged dim: chunking rows of x (dim 0,
// 64) writes blocks of 32 elements of the [2048] result. Its inner factor (dim 1)
// maps to no block: no region chunks x along it. (The reshape is a view of an
// operand used nowhere else, so it copies nothing and the peak is the last exp.)
// CHECK-LABEL: chunk-search: peak at 'nn.exp'
// CHECK-SAME: 3 legal region(s)
// CHECK: ops 2..=2 (1 in the loop, 0 hoisted), extent 2048, 1 inputs (1 sliced), outputs: 'nn.exp' {{.*}} dim 0
// CHECK: ops 1..=2 (2 in the loop, 0 hoisted), extent 64, 1 inputs (1 sliced), outputs: 'nn.exp' {{.*}} dim 0
// CHECK: ops 0..=2 (3 in the loop, 0 hoisted), extent 64, 1 inputs (1 sliced), outputs: 'nn.exp' {{.*}} dim 0
// CHECK-NOT: extent 32
func.func @main(%x: tensor<64x32xf32>) -> tensor<2048xf32> {
  %0 = "nn.exp"(%x) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = "nn.reshape"(%0) : (tensor<64x32xf32>) -> tensor<2048xf32>
  %2 = "nn.exp"(%1) : (tensor<2048xf32>) -> tensor<2048xf32>
  func.return %2 : tensor<2048xf32>
}
