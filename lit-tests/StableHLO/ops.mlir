// Every StableHLO/CHLO pretty form JAX and torch-mlir print, read and printed back
// the same; the generic form of each reads back into the same pretty form.
// RUN: chunk-opt %s | FileCheck %s
// RUN: chunk-opt %s | chunk-opt | FileCheck %s
// RUN: chunk-opt %s --print-op-generic | chunk-opt | FileCheck %s
// RUN: chunk-opt %s --print-op-generic | FileCheck %s --check-prefix=GENERIC

// GENERIC: "stablehlo.dot_general"(%{{.*}}, %{{.*}}) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}>
// GENERIC: "stablehlo.reduce"(%{{.*}}, %arg4) <{dimensions = array<i64: 1>}> ({
// GENERIC-NEXT: ^bb0(%[[A:.*]]: tensor<f32>, %[[B:.*]]: tensor<f32>):
// GENERIC-NEXT: "stablehlo.maximum"(%[[A]], %[[B]])
// GENERIC: "stablehlo.convolution"(%arg5, %arg6) <{dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, lhs_dilation = array<i64: 1, 1>, padding = dense<{{\[\[}}1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_reversal = array<i1: false, false>, window_strides = array<i64: 2, 2>}>

func.func public @main(%x: tensor<2x4xf32>, %y: tensor<2x4xf32>, %i: tensor<2x4xi32>, %p: tensor<2x4xi1>, %s: tensor<f32>, %img: tensor<1x8x8x3xf32>, %k: tensor<3x3x3x4xf32>, %ids: tensor<5x1xi32>, %tab: tensor<10x4xf32>, %c: tensor<i32>) -> tensor<2x4xf32> {
  %0 = stablehlo.add %x, %y : tensor<2x4xf32>
  %1 = stablehlo.subtract %0, %y : tensor<2x4xf32>
  %2 = stablehlo.multiply %1, %y : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %3 = stablehlo.exponential %2 : tensor<2x4xf32>
  %4 = stablehlo.logistic %3 {result_accuracy = "default"} : tensor<2x4xf32>
  %5 = chlo.erf %4 : tensor<2x4xf32> -> tensor<2x4xf32>
  %6 = stablehlo.compare GT, %5, %x, FLOAT : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xi1>
  %7 = stablehlo.select %6, %5, %x : tensor<2x4xi1>, tensor<2x4xf32>
  %8 = stablehlo.clamp %s, %7, %s : (tensor<f32>, tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
  %9 = stablehlo.convert %i : (tensor<2x4xi32>) -> tensor<2x4xf32>
  %10 = stablehlo.and %p, %6 : tensor<2x4xi1>
  %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
  %11 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x4xf32>
  %12 = stablehlo.iota dim = 1 : tensor<2x4xi32>
  %13 = stablehlo.reshape %8 : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %14 = stablehlo.transpose %13, dims = [1, 0] : (tensor<4x2xf32>) -> tensor<2x4xf32>
  %15 = stablehlo.slice %14 [0:2, 1:4:2] : (tensor<2x4xf32>) -> tensor<2x2xf32>
  %16 = stablehlo.concatenate %15, %15, dim = 1 : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
  %17 = stablehlo.pad %16, %s, low = [0, 1], high = [1, -1], interior = [0, 0] : (tensor<2x4xf32>, tensor<f32>) -> tensor<3x4xf32>
  %18 = stablehlo.dynamic_slice %17, %c, %c, sizes = [2, 4] : (tensor<3x4xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
  %19 = stablehlo.dynamic_update_slice %18, %15, %c, %c : (tensor<2x4xf32>, tensor<2x2xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
  %20 = stablehlo.dot_general %19, %x, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2xf32>
  %21 = stablehlo.reduce(%19 init: %s) applies stablehlo.maximum across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
  %22 = stablehlo.reduce(%19 init: %s) across dimensions = [0] : (tensor<2x4xf32>, tensor<f32>) -> tensor<4xf32>
   reducer(%a: tensor<f32>, %b: tensor<f32>)  {
    %m = stablehlo.multiply %a, %b : tensor<f32>
    %n = stablehlo.add %m, %a : tensor<f32>
    stablehlo.return %n : tensor<f32>
  }
  %23 = stablehlo.convolution(%img, %k) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [2, 2], pad = [[1, 1], [1, 1]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x4x4x4xf32>
  %24 = "stablehlo.gather"(%tab, %ids) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<10x4xf32>, tensor<5x1xi32>) -> tensor<5x4xf32>
  %25:2 = chlo.top_k(%19, k = 2) : tensor<2x4xf32> -> (tensor<2x2xf32>, tensor<2x2xi32>)
  %26 = stablehlo.custom_call @Sharding(%19) {backend_config = ""} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %27 = stablehlo.composite "my.scale" %26 {composite_attributes = {factor = 2.0 : f32}, decomposition = @scale} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %28:2 = stablehlo.while(%iterArg = %c, %iterArg_0 = %27) : tensor<i32>, tensor<2x4xf32>
   cond {
    %lt = stablehlo.compare LT, %iterArg, %iterArg : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %lt : tensor<i1>
  } do {
    stablehlo.return %iterArg, %iterArg_0 : tensor<i32>, tensor<2x4xf32>
  }
  return %28#1 : tensor<2x4xf32>
}
func.func private @scale(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %0 = stablehlo.add %a, %a : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// CHECK: func.func @main(%arg0: tensor<2x4xf32>, %arg1: tensor<2x4xf32>, %arg2: tensor<2x4xi32>, %arg3: tensor<2x4xi1>, %arg4: tensor<f32>, %arg5: tensor<1x8x8x3xf32>, %arg6: tensor<3x3x3x4xf32>, %arg7: tensor<5x1xi32>, %arg8: tensor<10x4xf32>, %arg9: tensor<i32>) -> tensor<2x4xf32> {
// CHECK-NEXT:   %0 = stablehlo.add %arg0, %arg1 : tensor<2x4xf32>
// CHECK-NEXT:   %1 = stablehlo.subtract %0, %arg1 : tensor<2x4xf32>
// CHECK-NEXT:   %2 = stablehlo.multiply %1, %arg1 : tensor<2x4xf32>
// CHECK-NEXT:   %3 = stablehlo.exponential %2 : tensor<2x4xf32>
// CHECK-NEXT:   %4 = stablehlo.logistic %3 {result_accuracy = "default"} : tensor<2x4xf32>
// CHECK-NEXT:   %5 = chlo.erf %4 : tensor<2x4xf32> -> tensor<2x4xf32>
// CHECK-NEXT:   %6 = stablehlo.compare GT, %5, %arg0, FLOAT : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xi1>
// CHECK-NEXT:   %7 = stablehlo.select %6, %5, %arg0 : tensor<2x4xi1>, tensor<2x4xf32>
// CHECK-NEXT:   %8 = stablehlo.clamp %arg4, %7, %arg4 : (tensor<f32>, tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %9 = stablehlo.convert %arg2 : (tensor<2x4xi32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %10 = stablehlo.and %arg3, %6 : tensor<2x4xi1>
// CHECK-NEXT:   %11 = stablehlo.constant dense<1.0> : tensor<f32>
// CHECK-NEXT:   %12 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %13 = stablehlo.iota dim = 1 : tensor<2x4xi32>
// CHECK-NEXT:   %14 = stablehlo.reshape %8 : (tensor<2x4xf32>) -> tensor<4x2xf32>
// CHECK-NEXT:   %15 = stablehlo.transpose %14, dims = [1, 0] : (tensor<4x2xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %16 = stablehlo.slice %15 [0:2, 1:4:2] : (tensor<2x4xf32>) -> tensor<2x2xf32>
// CHECK-NEXT:   %17 = stablehlo.concatenate %16, %16, dim = 1 : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %18 = stablehlo.pad %17, %arg4, low = [0, 1], high = [1, -1], interior = [0, 0] : (tensor<2x4xf32>, tensor<f32>) -> tensor<3x4xf32>
// CHECK-NEXT:   %19 = stablehlo.dynamic_slice %18, %arg9, %arg9, sizes = [2, 4] : (tensor<3x4xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %20 = stablehlo.dynamic_update_slice %19, %16, %arg9, %arg9 : (tensor<2x4xf32>, tensor<2x2xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %21 = stablehlo.dot_general %20, %arg0, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2xf32>
// CHECK-NEXT:   %22 = stablehlo.reduce(%20 init: %arg4) applies stablehlo.maximum across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
// CHECK-NEXT:   %23 = stablehlo.reduce(%20 init: %arg4) across dimensions = [0] : (tensor<2x4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT:    reducer(%arg10: tensor<f32>, %arg11: tensor<f32>) {
// CHECK-NEXT:     %24 = stablehlo.multiply %arg10, %arg11 : tensor<f32>
// CHECK-NEXT:     %25 = stablehlo.add %24, %arg10 : tensor<f32>
// CHECK-NEXT:     stablehlo.return %25 : tensor<f32>
// CHECK-NEXT:   }
// CHECK-NEXT:   %26 = stablehlo.convolution(%arg5, %arg6) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [2, 2], pad = {{\[\[}}1, 1], [1, 1]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x4x4x4xf32>
// CHECK-NEXT:   %27 = "stablehlo.gather"(%arg8, %arg7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<10x4xf32>, tensor<5x1xi32>) -> tensor<5x4xf32>
// CHECK-NEXT:   %28:2 = chlo.top_k(%20, k = 2) : tensor<2x4xf32> -> (tensor<2x2xf32>, tensor<2x2xi32>)
// CHECK-NEXT:   %29 = stablehlo.custom_call @Sharding(%20) {backend_config = ""} : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %30 = stablehlo.composite "my.scale" %29 {composite_attributes = {factor = 2.0 : f32}, decomposition = @scale} : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:   %31:2 = stablehlo.while(%arg12 = %arg9, %arg13 = %30) : tensor<i32>, tensor<2x4xf32>
// CHECK-NEXT:    cond {
// CHECK-NEXT:     %32 = stablehlo.compare LT, %arg12, %arg12 : (tensor<i32>, tensor<i32>) -> tensor<i1>
// CHECK-NEXT:     stablehlo.return %32 : tensor<i1>
// CHECK-NEXT:   }
// CHECK-NEXT:    do {
// CHECK-NEXT:     stablehlo.return %arg12, %arg13 : tensor<i32>, tensor<2x4xf32>
// CHECK-NEXT:   }
// CHECK-NEXT:   func.return %31#1 : tensor<2x4xf32>
// CHECK-NEXT: }
// CHECK-NEXT: func.func private @scale(%arg0: tensor<2x4xf32>) -> tensor<2x4xf32> {
// CHECK-NEXT:   %0 = stablehlo.add %arg0, %arg0 : tensor<2x4xf32>
// CHECK-NEXT:   func.return %0 : tensor<2x4xf32>
// CHECK-NEXT: }
