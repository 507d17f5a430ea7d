// An op without a lowering is an error at its location naming the op; no output.
// RUN: not chunk-translate %s -o %t 2>&1 | FileCheck %s
// RUN: not test -e %t

// CHECK: errors.mlir:[[#@LINE+3]]:8: error: cannot lower 'nn.conv2d' to MLIR: no lowering for this operation yet
// CHECK-NOT: error
func.func @main(%x: tensor<1x2x8x8xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = "nn.conv2d"(%x, %w) : (tensor<1x2x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}
