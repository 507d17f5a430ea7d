// RUN: chunk-opt %s --dce | FileCheck %s

module {
  // A dead chain goes entirely: erasing the last op makes its producers dead.
  // CHECK-LABEL: func.func @dead_chain(
  // CHECK-SAME: %[[A:.*]]: tensor<4xf32>)
  // CHECK-NEXT: func.return %[[A]] : tensor<4xf32>
  func.func @dead_chain(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "nn.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    %1 = "nn.add"(%0, %0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2 = "nn.neg"(%1) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %arg0 : tensor<4xf32>
  }

  // Live ops and what they use stay; only the dead branch goes.
  // CHECK-LABEL: func.func @partly_dead(
  // CHECK-SAME: %[[A:.*]]: tensor<4xf32>)
  // CHECK: %[[E:.*]] = "nn.exp"(%[[A]])
  // CHECK-NOT: "nn.tanh"
  // CHECK: %[[S:.*]] = "nn.add"(%[[E]], %[[A]])
  // CHECK-NOT: "nn.tanh"
  // CHECK: func.return %[[S]] : tensor<4xf32>
  func.func @partly_dead(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "nn.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    %1 = "nn.tanh"(%0) : (tensor<4xf32>) -> tensor<4xf32>
    %2 = "nn.add"(%0, %arg0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    func.return %2 : tensor<4xf32>
  }

  // Calls are not pure and functions are symbols: dce keeps both.
  // CHECK-LABEL: func.func @keeps_calls(
  // CHECK: func.call @unused_private(
  func.func @keeps_calls(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %0 = func.call @unused_private(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
    func.return %arg0 : tensor<4xf32>
  }
  // CHECK-LABEL: func.func private @unused_private(
  func.func private @unused_private(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    func.return %arg0 : tensor<4xf32>
  }
}
