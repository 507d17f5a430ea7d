// Reads what MLIR's own printer writes: StableHLO as JAX exports it, printed by
// mlir-opt-19 in the generic form with locations and #loc aliases; the stablehlo
// ops are registered and print back in their pretty forms.
// RUN: mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic --mlir-print-debuginfo %S/Inputs/jax_mlp.mlir \
// RUN:   | chunk-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic %S/Inputs/jax_mlp.mlir \
// RUN:   | chunk-opt --allow-unregistered-dialect --print-op-generic \
// RUN:   | mlir-opt-19 --allow-unregistered-dialect | chunk-opt --allow-unregistered-dialect | FileCheck %s
// Without --allow-unregistered-dialect the unregistered test op is rejected.
// RUN: not chunk-opt %S/Inputs/jax_mlp.mlir 2>&1 | FileCheck %s --check-prefix=UNREG

// UNREG: jax_mlp.mlir:20:13: error: operation 'test.two_results' is from an unregistered dialect ('test')

// CHECK: module @jit_mlp attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32}
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[A0:.*]]: tensor<8x16xf32> {mhlo.layout_mode = "default", mhlo.sharding = "{replicated}"}, %[[A1:.*]]: tensor<16x4xf32> {mhlo.layout_mode = "default"})
// CHECK-SAME: -> (tensor<8xf32> {jax.result_info = "", mhlo.layout_mode = "default"})
// CHECK: %[[DOT:.*]] = stablehlo.dot_general %[[A0]], %[[A1]], contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
// CHECK: %[[ZERO:.*]] = stablehlo.constant dense<0.0> : tensor<f32>
// CHECK: stablehlo.broadcast_in_dim %[[ZERO]], dims = [] : (tensor<f32>) -> tensor<8x4xf32>
// CHECK: stablehlo.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
// CHECK: stablehlo.constant dense<{{\[\[}}true, false], [false, true]]> : tensor<2x2xi1>
// CHECK: stablehlo.constant dense<0xFF800000> : tensor<f32>
// CHECK: %[[RED:.*]] = stablehlo.reduce(%{{.*}} init: %[[ZERO]]) applies stablehlo.add across dimensions = [1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK: stablehlo.compare GT, %[[RED]], %[[RED]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
// CHECK: %[[CC:.*]] = stablehlo.custom_call @Sharding(%[[RED]]) {backend_config = "", has_side_effect = false, mhlo.sharding = "{replicated}"}
// CHECK: %[[TWO:.*]]:2 = "test.two_results"(%[[CC]]) {note = "escaped \"quote\" and \\ back\n"} : (tensor<8xf32>) -> (tensor<8xf32>, tensor<i32>)
// CHECK: func.return %[[TWO]]#0 : tensor<8xf32>
