// RUN: chunk-opt %s --inline | FileCheck %s
// RUN: chunk-opt %s --inline="max-iterations=1" | FileCheck %s --check-prefix=ONE
// RUN: chunk-opt %s --pass-pipeline='builtin.module(inline,symbol-dce)' | FileCheck %s --check-prefix=PIPE

// Callers come before callees: one round inlines @mid into @main, which exposes the
// call to @leaf that @mid held; the next round inlines that one.
module {
  // CHECK-LABEL: func.func @main(
  // CHECK-SAME: %[[A:.*]]: tensor<4xf32>)
  // CHECK-NOT: func.call
  // CHECK: %[[S:.*]] = "nn.add"(%[[A]], %[[A]])
  // CHECK-NOT: func.call
  // CHECK: %[[E:.*]] = "nn.exp"(%[[S]])
  // CHECK-NOT: func.call
  // CHECK: func.return %[[E]] : tensor<4xf32>

  // ONE-LABEL: func.func @main(
  // ONE: "nn.add"
  // ONE: func.call @leaf(

  // PIPE-NOT: @mid
  // PIPE-NOT: @leaf
  // PIPE-LABEL: func.func @main(
  // PIPE-NOT: func.call @mid
  // PIPE-NOT: func.call @leaf
  // PIPE: func.return
  func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = func.call @mid(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }

  // CHECK-LABEL: func.func private @mid(
  // CHECK-SAME: %[[A:.*]]: tensor<4xf32>)
  // CHECK: %[[S:.*]] = "nn.add"(%[[A]], %[[A]])
  // CHECK: %[[E:.*]] = "nn.exp"(%[[S]])
  // CHECK: func.return %[[E]] : tensor<4xf32>
  func.func private @mid(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "nn.add"(%arg0, %arg0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1 = func.call @leaf(%0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %1 : tensor<4xf32>
  }

  // CHECK-LABEL: func.func private @leaf(
  func.func private @leaf(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "nn.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }

  // (A recursive function is a verification error: lit-tests/Dialect/func/recursion.mlir.)

  // Calls to external declarations stay.
  // CHECK-LABEL: func.func @calls_external(
  // CHECK: func.call @external(
  func.func @calls_external(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = func.call @external(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %0 : tensor<4xf32>
  }
  func.func private @external(tensor<4xf32>) -> tensor<4xf32>
}
