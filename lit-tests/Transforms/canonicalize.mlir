// RUN: chunk-opt %s --canonicalize | FileCheck %s
// RUN: chunk-opt %s --pass-pipeline='builtin.module(canonicalize{max-iterations=1})' | FileCheck %s

module {
  // Identity reshapes and transposes fold to their operand.
  // CHECK-LABEL: func.func @identity_shape_ops(
  // CHECK-SAME: %[[A:.*]]: tensor<2x4xf32>)
  // CHECK-NOT: "nn.reshape"
  // CHECK-NOT: "nn.transpose"
  // CHECK: func.return %[[A]] : tensor<2x4xf32>
  func.func @identity_shape_ops(%arg0: tensor<2x4xf32>) -> tensor<2x4xf32> {
    %0 = "nn.reshape"(%arg0) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %1 = "nn.transpose"(%0) {permutation = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    func.return %1 : tensor<2x4xf32>
  }

  // A real transpose stays.
  // CHECK-LABEL: func.func @real_transpose(
  // CHECK-SAME: %[[A:.*]]: tensor<2x4xf32>)
  // CHECK: %[[T:.*]] = "nn.transpose"(%[[A]])
  // CHECK: func.return %[[T]] : tensor<4x2xf32>
  func.func @real_transpose(%arg0: tensor<2x4xf32>) -> tensor<4x2xf32> {
    %0 = "nn.transpose"(%arg0) {permutation = array<i64: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
    func.return %0 : tensor<4x2xf32>
  }

  // Constant operands fold to a new constant; the ops they fed die.
  // CHECK-LABEL: func.func @constant_fold(
  // CHECK-NOT: "nn.add"
  // CHECK-NOT: "nn.neg"
  // CHECK: %[[C:.*]] = "nn.constant"(){{.*}}dense<-2.0>
  // CHECK-NOT: "nn.add"
  // CHECK-NOT: "nn.neg"
  // CHECK: func.return %[[C]] : tensor<4xf32>
  func.func @constant_fold() -> tensor<4xf32> {
    %0 = "nn.constant"() {value = dense<1.0> : tensor<4xf32>} : () -> tensor<4xf32>
    %1 = "nn.add"(%0, %0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2 = "nn.neg"(%1) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %2 : tensor<4xf32>
  }

  // Dead pure ops are erased as well.
  // CHECK-LABEL: func.func @dead_ops(
  // CHECK-SAME: %[[A:.*]]: tensor<4xf32>)
  // CHECK-NOT: "nn.exp"
  // CHECK: func.return %[[A]] : tensor<4xf32>
  func.func @dead_ops(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "nn.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %arg0 : tensor<4xf32>
  }
}
