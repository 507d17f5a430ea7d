// RUN: chunk-opt %s | chunk-opt | FileCheck %s
// RUN: chunk-opt %s --print-op-generic | mlir-opt-19 --allow-unregistered-dialect | chunk-opt | FileCheck %s

// CHECK-LABEL: func.func @rows
// CHECK-SAME: (%[[X:.*]]: tensor<2x10x8xf32>, %[[W:.*]]: tensor<8x8xf32>)
func.func @rows(%x: tensor<2x10x8xf32>, %w: tensor<8x8xf32>) -> tensor<2x10x8xf32> {
  // CHECK: %[[R:.*]] = "chunk.for"(%[[X]], %[[W]]) <{extent = 10 : i64, operand_dims = array<i64: 1, -1>, result_dims = array<i64: 1>, step = 4 : i64}> ({
  // CHECK-NEXT: ^bb0(%[[OFF:.*]]: tensor<i64>, %[[XS:.*]]: tensor<2x4x8xf32>, %[[WS:.*]]: tensor<8x8xf32>):
  // CHECK-NEXT: %[[M:.*]] = "nn.matmul"(%[[XS]], %[[WS]])
  // CHECK-NEXT: "chunk.yield"(%[[M]]) : (tensor<2x4x8xf32>) -> ()
  // CHECK-NEXT: }) : (tensor<2x10x8xf32>, tensor<8x8xf32>) -> tensor<2x10x8xf32>
  %0 = "chunk.for"(%x, %w) <{extent = 10 : i64, step = 4 : i64, operand_dims = array<i64: 1, -1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4x8xf32>, %ws: tensor<8x8xf32>):
    %1 = "nn.matmul"(%xs, %ws) : (tensor<2x4x8xf32>, tensor<8x8xf32>) -> tensor<2x4x8xf32>
    "chunk.yield"(%1) : (tensor<2x4x8xf32>) -> ()
  }) : (tensor<2x10x8xf32>, tensor<8x8xf32>) -> tensor<2x10x8xf32>
  // CHECK: func.return %[[R]]
  func.return %0 : tensor<2x10x8xf32>
}

// Nested chunking along a second dimension, two results.
// CHECK-LABEL: func.func @nested
func.func @nested(%x: tensor<6x6xf32>) -> (tensor<6x6xf32>, tensor<6x6xf32>) {
  // CHECK: %[[O:.*]]:2 = "chunk.for"
  %0:2 = "chunk.for"(%x) <{extent = 6 : i64, step = 3 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0, 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<3x6xf32>):
    // CHECK: "chunk.for"
    // CHECK-SAME: extent = 6 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 1>, step = 2 : i64
    %1 = "chunk.for"(%xs) <{extent = 6 : i64, step = 2 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 1>}> ({
    ^bb0(%off2: tensor<i64>, %xss: tensor<3x2xf32>):
      %2 = "nn.exp"(%xss) : (tensor<3x2xf32>) -> tensor<3x2xf32>
      "chunk.yield"(%2) : (tensor<3x2xf32>) -> ()
    }) : (tensor<3x6xf32>) -> tensor<3x6xf32>
    "chunk.yield"(%1, %xs) : (tensor<3x6xf32>, tensor<3x6xf32>) -> ()
  }) : (tensor<6x6xf32>) -> (tensor<6x6xf32>, tensor<6x6xf32>)
  // CHECK: func.return %[[O]]#0, %[[O]]#1
  func.return %0#0, %0#1 : tensor<6x6xf32>, tensor<6x6xf32>
}
