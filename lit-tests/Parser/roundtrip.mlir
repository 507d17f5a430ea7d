// RUN: chunk-opt %s | FileCheck %s
// RUN: chunk-opt %s | chunk-opt | FileCheck %s
// RUN: chunk-opt %s --print-op-generic | chunk-opt | FileCheck %s
// RUN: chunk-opt %s --print-op-generic | mlir-opt-19 --allow-unregistered-dialect | chunk-opt | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>, %[[W:.*]]: tensor<8x4xf32>) -> tensor<2x4xf32>
func.func @main(%x: tensor<2x8xf32>, %w: tensor<8x4xf32>) -> tensor<2x4xf32> {
  // CHECK: %[[M:.*]] = "nn.matmul"(%[[X]], %[[W]]) : (tensor<2x8xf32>, tensor<8x4xf32>) -> tensor<2x4xf32>
  %0 = "nn.matmul"(%x, %w) : (tensor<2x8xf32>, tensor<8x4xf32>) -> tensor<2x4xf32>
  // CHECK: %[[G:.*]] = "nn.gelu"(%[[M]]) {approximate = "tanh"}
  %1 = "nn.gelu"(%0) {approximate = "tanh"} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  // CHECK: func.return %[[G]] : tensor<2x4xf32>
  func.return %1 : tensor<2x4xf32>
}

// CHECK-LABEL: func.func private @decl(tensor<4xf32>) -> tensor<4xf32>
func.func private @decl(tensor<4xf32>) -> tensor<4xf32>

// CHECK-LABEL: func.func @caller
// CHECK-SAME: (%[[A:.*]]: tensor<4xf32> {nn.name = "input"}) -> (tensor<4xf32> {nn.name = "out"})
func.func @caller(%a: tensor<4xf32> {nn.name = "input"}) -> (tensor<4xf32> {nn.name = "out"}) {
  // CHECK: %[[C:.*]] = func.call @decl(%[[A]]) : (tensor<4xf32>) -> tensor<4xf32>
  %0 = func.call @decl(%a) : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: func.return %[[C]]
  func.return %0 : tensor<4xf32>
}
