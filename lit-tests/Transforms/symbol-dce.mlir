// RUN: chunk-opt %s --symbol-dce | FileCheck %s

// Public functions are roots; private ones stay only if a live function calls them.
module {
  // CHECK-NOT: @dead
  // CHECK: func.func @main(
  // CHECK: func.call @live_a(
  func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = func.call @live_a(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }
  // CHECK-NOT: @dead
  // CHECK: func.func private @live_a(
  // CHECK: func.call @live_b(
  func.func private @live_a(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = func.call @live_b(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }
  // Unreachable private functions go, even when one calls the other.
  func.func private @dead_a(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = func.call @dead_b(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }
  func.func private @dead_b(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "nn.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }
  // CHECK-NOT: @dead
  // CHECK: func.func private @live_b(
  func.func private @live_b(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    func.return %arg0 : tensor<4xf32>
  }
  // CHECK-NOT: @dead
  // CHECK: func.func @public_unused(
  // CHECK-NOT: @dead
  func.func @public_unused(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    func.return %arg0 : tensor<4xf32>
  }
  func.func private @dead_external(tensor<4xf32>) -> tensor<4xf32>
}
