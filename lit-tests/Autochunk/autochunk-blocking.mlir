// When a budget is out of reach, the refusal also names, at their locations, the ops
// that have no dimension-flow rule (here a StableHLO op left unconverted): no chunk
// region can cross them.
// RUN: not chunk-opt %s --autochunk="budget=0.3" 2>&1 | FileCheck %s

// CHECK: autochunk-blocking.mlir:12:8: error: autochunk: cannot meet the budget of 1228 bytes (1.20 KiB): the smallest peak reachable is 4096 bytes (4.00 KiB), held by 'stablehlo.sine'
// CHECK-NEXT: autochunk-blocking.mlir:12:8: note: 'stablehlo.sine' has no dimension-flow rule: no chunk region can cross it
// CHECK-NOT: note
func.func @main(%x: tensor<512xf32>) -> tensor<512xf32> {
  %0 = "nn.exp"(%x) : (tensor<512xf32>) -> tensor<512xf32>
  // Converted, this would be refused by convert-stablehlo-to-nn itself.
  %1 = stablehlo.sine %0 : tensor<512xf32>
  %2 = "nn.exp"(%1) : (tensor<512xf32>) -> tensor<512xf32>
  func.return %2 : tensor<512xf32>
}
