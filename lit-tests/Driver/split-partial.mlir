// With --split-input-file, the pieces that succeed are printed even when another
// fails, as mlir-opt does; the exit status still reports the failure.
// RUN: not chunk-opt %s --split-input-file 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR < %t.err

// CHECK: func.func @good_one
// CHECK: // -----
// CHECK: func.func @good_two
// CHECK-NOT: @bad
// ERR: split-partial.mlir:18:8: error: result type tensor<8xf32> does not match the inferred type tensor<4xf32>
func.func @good_one(%a: tensor<4xf32>) -> tensor<4xf32> {
  func.return %a : tensor<4xf32>
}

// -----

func.func @bad(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "nn.exp"(%a) : (tensor<4xf32>) -> tensor<8xf32>
  func.return %0 : tensor<8xf32>
}

// -----

func.func @good_two(%a: tensor<4xf32>) -> tensor<4xf32> {
  func.return %a : tensor<4xf32>
}
