// RUN: chunk-opt %s --cse | FileCheck %s
// RUN: chunk-opt %s --pass-pipeline='builtin.module(cse,dce)' --print-ir-before-all --print-ir-after-all 2>&1 >/dev/null | FileCheck %s --check-prefix=DUMP

// DUMP: // -----// IR Dump Before CSE (cse) //----- //
// DUMP-NEXT: module {
// DUMP: // -----// IR Dump After CSE (cse) //----- //
// DUMP-NEXT: module {
// DUMP: // -----// IR Dump Before DCE (dce) //----- //
// DUMP: // -----// IR Dump After DCE (dce) //----- //

module {
  // Commutative ops match with swapped operands; ordered ones do not.
  // CHECK-LABEL: func.func @commutative(
  // CHECK-SAME: %[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>)
  // CHECK: %[[ADD:.*]] = "nn.add"(%[[A]], %[[B]])
  // CHECK-NOT: "nn.add"
  // CHECK: %[[S1:.*]] = "nn.sub"(%[[A]], %[[B]])
  // CHECK: %[[S2:.*]] = "nn.sub"(%[[B]], %[[A]])
  // CHECK: %[[M1:.*]] = "nn.mul"(%[[ADD]], %[[ADD]])
  // CHECK: %[[M2:.*]] = "nn.mul"(%[[S1]], %[[S2]])
  // CHECK: func.return %[[M1]], %[[M2]]
  func.func @commutative(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
    %0 = "nn.add"(%arg0, %arg1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1 = "nn.add"(%arg1, %arg0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2 = "nn.sub"(%arg0, %arg1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3 = "nn.sub"(%arg1, %arg0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4 = "nn.mul"(%0, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5 = "nn.mul"(%2, %3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    func.return %4, %5 : tensor<4xf32>, tensor<4xf32>
  }

  // Equal attributes merge; different attributes do not.
  // CHECK-LABEL: func.func @attributes(
  // CHECK-SAME: %[[A:.*]]: tensor<2x2xf32>)
  // CHECK: %[[C:.*]] = "nn.constant"()
  // CHECK-NOT: "nn.constant"
  // CHECK: %[[T1:.*]] = "nn.transpose"(%[[A]]){{.*}}array<i64: 1, 0>
  // CHECK-NOT: array<i64: 1, 0>
  // CHECK: %[[T2:.*]] = "nn.transpose"(%[[A]]){{.*}}array<i64: 0, 1>
  // CHECK: "nn.add"(%[[T1]], %[[T1]])
  // CHECK: "nn.add"(%[[T2]], %[[C]])
  func.func @attributes(%arg0: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
    %c0 = "nn.constant"() {value = dense<1.0> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    %c1 = "nn.constant"() {value = dense<1.0> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    %0 = "nn.transpose"(%arg0) {permutation = array<i64: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %1 = "nn.transpose"(%arg0) {permutation = array<i64: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %2 = "nn.transpose"(%arg0) {permutation = array<i64: 0, 1>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %3 = "nn.add"(%0, %1) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
    %4 = "nn.add"(%2, %c1) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
    func.return %3, %4 : tensor<2x2xf32>, tensor<2x2xf32>
  }

  // Nothing is shared across functions: each keeps its own constant.
  // CHECK-LABEL: func.func @other_function(
  // CHECK: "nn.constant"()
  // CHECK: func.return
  func.func @other_function() -> tensor<2x2xf32> {
    %c0 = "nn.constant"() {value = dense<1.0> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    func.return %c0 : tensor<2x2xf32>
  }
}
