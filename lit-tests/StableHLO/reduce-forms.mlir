// A reduction prints in the short `applies OP` form only when OP alone says
// everything (registered, no attributes, scalar); otherwise in the region form,
// which reads back the same (found by the fuzzer: `applies` of an unregistered op
// did not read back).
// RUN: chunk-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: chunk-opt %s --allow-unregistered-dialect | chunk-opt --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @f
// CHECK: stablehlo.reduce(%arg0 init: %arg1) applies stablehlo.add across dimensions = [1]
// CHECK: stablehlo.reduce(%arg0 init: %arg1) across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
// CHECK-NEXT: reducer(%[[A:.*]]: tensor<f32>, %[[B:.*]]: tensor<f32>) {
// CHECK-NEXT: "other.add"(%[[A]], %[[B]])
// CHECK: stablehlo.reduce(%arg0 init: %arg1) across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
// CHECK-NEXT: reducer(%[[C:.*]]: tensor<f32>, %[[D:.*]]: tensor<f32>) {
// CHECK-NEXT: stablehlo.add %[[C]], %[[D]] {note = "kept"} : tensor<f32>
func.func @f(%x: tensor<2x4xf32>, %z: tensor<f32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %0 = stablehlo.reduce(%x init: %z) applies stablehlo.add across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
  %1 = "stablehlo.reduce"(%x, %z) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "other.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
  %2 = "stablehlo.reduce"(%x, %z) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = stablehlo.add %a, %b {note = "kept"} : tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
  return %0, %1, %2 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}
