// Reads what MLIR's own printer writes: StableHLO as JAX exports it, printed by
// mlir-opt-19 in the generic form with locations and #loc aliases.
// RUN: mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic --mlir-print-debuginfo %S/Inputs/jax_mlp.mlir \
// RUN:   | chunk-opt --allow-unregistered-dialect | FileCheck %s
// RUN: mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic %S/Inputs/jax_mlp.mlir \
// RUN:   | chunk-opt --allow-unregistered-dialect --print-op-generic \
// RUN:   | mlir-opt-19 --allow-unregistered-dialect | chunk-opt --allow-unregistered-dialect | FileCheck %s
// Without --allow-unregistered-dialect the stablehlo ops are rejected.
// RUN: not chunk-opt %S/Inputs/jax_mlp.mlir 2>&1 | FileCheck %s --check-prefix=UNREG

// UNREG: jax_mlp.mlir:6:10: error: operation 'stablehlo.dot_general' is from an unregistered dialect ('stablehlo')

// CHECK: module @jit_mlp attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32}
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[A0:.*]]: tensor<8x16xf32> {mhlo.layout_mode = "default", mhlo.sharding = "{replicated}"}, %[[A1:.*]]: tensor<16x4xf32> {mhlo.layout_mode = "default"})
// CHECK-SAME: -> (tensor<8xf32> {jax.result_info = "", mhlo.layout_mode = "default"})
// CHECK: %[[DOT:.*]] = "stablehlo.dot_general"(%[[A0]], %[[A1]]) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}>
// CHECK: %[[ZERO:.*]] = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}>
// CHECK: "stablehlo.broadcast_in_dim"(%[[ZERO]]) <{broadcast_dimensions = array<i64>}>
// CHECK: <{value = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>}>
// CHECK: <{value = dense<{{\[\[}}true, false], [false, true]]> : tensor<2x2xi1>}>
// CHECK: <{value = dense<0xFF800000> : tensor<f32>}>
// CHECK: %[[RED:.*]] = "stablehlo.reduce"(%{{.*}}, %[[ZERO]]) <{dimensions = array<i64: 1>}> ({
// CHECK-NEXT: ^bb0(%[[L:.*]]: tensor<f32>, %[[R:.*]]: tensor<f32>):
// CHECK-NEXT: %[[SUM:.*]] = "stablehlo.add"(%[[L]], %[[R]])
// CHECK-NEXT: "stablehlo.return"(%[[SUM]]) : (tensor<f32>) -> ()
// CHECK-NEXT: }) : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK: "stablehlo.compare"(%[[RED]], %[[RED]]) <{comparison_direction = #stablehlo<comparison_direction GT>}>
// CHECK: %[[TWO:.*]]:2 = "test.two_results"(%{{.*}}) {note = "escaped \"quote\" and \\ back\n"} : (tensor<8xf32>) -> (tensor<8xf32>, tensor<i32>)
// CHECK: func.return %[[TWO]]#0 : tensor<8xf32>
