// What jax.export writes (`export.export(jax.jit(f))(...).mlir_module()`): debug
// locations as #loc aliases after the module, name locations on the arguments.
// Converted: arguments named from their locations, the spelled-out softmax raised.
// RUN: chunk-opt %s --convert-stablehlo-to-nn | FileCheck %s

// CHECK: func.func @main(%arg0: tensor<4x8xf32> {nn.name = "x"}, %arg1: tensor<8x8xf32> {nn.name = "w"}) -> (tensor<4x8xf32> {jax.result_info = ""})
// CHECK-NEXT: %[[P:.*]] = "nn.dot_general"(%arg0, %arg1)
// CHECK-NEXT: %[[S:.*]] = "nn.softmax"(%[[P]]) {axis = 1 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: func.return %[[S]]
#loc1 = loc("x")
#loc2 = loc("w")
module @jit_f attributes {jax.uses_shape_polymorphism = false, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32> loc("x"), %arg1: tensor<8x8xf32> loc("w")) -> (tensor<4x8xf32> {jax.result_info = ""}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32> loc(#loc)
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32> loc(#loc)
    %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> loc(#loc11)
    %1 = stablehlo.reduce(%0 init: %cst_0) applies stablehlo.maximum across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32> loc(#loc12)
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4xf32> loc(#loc13)
    %3 = stablehlo.maximum %2, %1 : tensor<4xf32> loc(#loc13)
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32> loc(#loc14)
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x8xf32> loc(#loc15)
    %6 = stablehlo.subtract %0, %5 : tensor<4x8xf32> loc(#loc15)
    %7 = stablehlo.exponential %6 : tensor<4x8xf32> loc(#loc16)
    %8 = stablehlo.reduce(%7 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32> loc(#loc17)
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32> loc(#loc14)
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x8xf32> loc(#loc18)
    %11 = stablehlo.divide %7, %10 : tensor<4x8xf32> loc(#loc18)
    return %11 : tensor<4x8xf32> loc(#loc)
  } loc(#loc)
} loc(#loc)
#loc = loc(unknown)
#loc3 = loc("example.py":3:35)
#loc4 = loc("example.py":4:6)
#loc5 = loc("example.py":3:20)
#loc6 = loc("f"(#loc3))
#loc7 = loc("<module>"(#loc4))
#loc8 = loc("f"(#loc5))
#loc9 = loc(callsite(#loc6 at #loc7))
#loc10 = loc(callsite(#loc8 at #loc7))
#loc11 = loc("jit(f)/jit(main)/dot_general"(#loc9))
#loc12 = loc("jit(f)/jit(main)/reduce_max"(#loc10))
#loc13 = loc("jit(f)/jit(main)/max"(#loc10))
#loc14 = loc("jit(f)/jit(main)/broadcast_in_dim"(#loc10))
#loc15 = loc("jit(f)/jit(main)/sub"(#loc10))
#loc16 = loc("jit(f)/jit(main)/exp"(#loc10))
#loc17 = loc("jit(f)/jit(main)/reduce_sum"(#loc10))
#loc18 = loc("jit(f)/jit(main)/div"(#loc10))

