module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16xf32>, %arg1: tensor<3x3x4x16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<2x8xf32>, %arg5: tensor<16x2x8xf32>, %arg6: tensor<16xf32>, %arg7: tensor<2x8x16xf32>, %arg8: tensor<2x8xf32>, %arg9: tensor<16x2x8xf32>, %arg10: tensor<2x8xf32>, %arg11: tensor<16x2x8xf32>, %arg12: tensor<1x32x32x4xf32>) -> (tensor<1x1024x16xf32> {jax.result_info = ""}) {
    %0 = stablehlo.convolution(%arg12, %arg1) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1], pad = [[1, 1], [1, 1]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<1x32x32x4xf32>, tensor<3x3x4x16xf32>) -> tensor<1x32x32x16xf32>
    %1 = stablehlo.reshape %arg0 : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x32x32x16xf32>
    %3 = stablehlo.add %0, %2 : tensor<1x32x32x16xf32>
    %4 = stablehlo.multiply %3, %3 : tensor<1x32x32x16xf32>
    %5 = stablehlo.multiply %4, %3 : tensor<1x32x32x16xf32>
    %cst = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x32x32x16xf32>
    %7 = stablehlo.multiply %6, %5 : tensor<1x32x32x16xf32>
    %8 = stablehlo.add %3, %7 : tensor<1x32x32x16xf32>
    %cst_0 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x32x32x16xf32>
    %10 = stablehlo.multiply %9, %8 : tensor<1x32x32x16xf32>
    %11 = stablehlo.tanh %10 : tensor<1x32x32x16xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x32x32x16xf32>
    %13 = stablehlo.add %12, %11 : tensor<1x32x32x16xf32>
    %cst_2 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x32x32x16xf32>
    %15 = stablehlo.multiply %14, %13 : tensor<1x32x32x16xf32>
    %16 = stablehlo.multiply %3, %15 : tensor<1x32x32x16xf32>
    %17 = stablehlo.reshape %16 : (tensor<1x32x32x16xf32>) -> tensor<1x1024x16xf32>
    %18 = stablehlo.dot_general %17, %arg9, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1024x16xf32>, tensor<16x2x8xf32>) -> tensor<1x1024x2x8xf32>
    %19 = stablehlo.reshape %arg8 : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2, 3] : (tensor<1x1x2x8xf32>) -> tensor<1x1024x2x8xf32>
    %21 = stablehlo.add %18, %20 : tensor<1x1024x2x8xf32>
    %22 = stablehlo.dot_general %17, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1024x16xf32>, tensor<16x2x8xf32>) -> tensor<1x1024x2x8xf32>
    %23 = stablehlo.reshape %arg4 : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2, 3] : (tensor<1x1x2x8xf32>) -> tensor<1x1024x2x8xf32>
    %25 = stablehlo.add %22, %24 : tensor<1x1024x2x8xf32>
    %26 = stablehlo.dot_general %17, %arg11, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x1024x16xf32>, tensor<16x2x8xf32>) -> tensor<1x1024x2x8xf32>
    %27 = stablehlo.reshape %arg10 : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 2, 3] : (tensor<1x1x2x8xf32>) -> tensor<1x1024x2x8xf32>
    %29 = stablehlo.add %26, %28 : tensor<1x1024x2x8xf32>
    %cst_3 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %30 = stablehlo.sqrt %cst_3 : tensor<f32>
    %31 = stablehlo.convert %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1x1024x2x8xf32>
    %33 = stablehlo.divide %21, %32 : tensor<1x1024x2x8xf32>
    %34 = stablehlo.dot_general %33, %25, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x1024x2x8xf32>, tensor<1x1024x2x8xf32>) -> tensor<1x2x1024x1024xf32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %35 = stablehlo.reduce(%34 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x1024x1024xf32>, tensor<f32>) -> tensor<1x2x1024xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x2x1024xf32>
    %37 = stablehlo.maximum %36, %35 : tensor<1x2x1024xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<1x2x1024xf32>) -> tensor<1x2x1024x1xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1, 2, 3] : (tensor<1x2x1024x1xf32>) -> tensor<1x2x1024x1024xf32>
    %40 = stablehlo.subtract %34, %39 : tensor<1x2x1024x1024xf32>
    %41 = stablehlo.exponential %40 : tensor<1x2x1024x1024xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %42 = stablehlo.reduce(%41 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x2x1024x1024xf32>, tensor<f32>) -> tensor<1x2x1024xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2] : (tensor<1x2x1024xf32>) -> tensor<1x2x1024x1xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0, 1, 2, 3] : (tensor<1x2x1024x1xf32>) -> tensor<1x2x1024x1024xf32>
    %45 = stablehlo.divide %41, %44 : tensor<1x2x1024x1024xf32>
    %46 = stablehlo.dot_general %29, %45, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x1024x2x8xf32>, tensor<1x2x1024x1024xf32>) -> tensor<1x2x8x1024xf32>
    %47 = stablehlo.transpose %46, dims = [0, 3, 1, 2] : (tensor<1x2x8x1024xf32>) -> tensor<1x1024x2x8xf32>
    %48 = stablehlo.dot_general %47, %arg7, contracting_dims = [2, 3] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<1x1024x2x8xf32>, tensor<2x8x16xf32>) -> tensor<1x1024x16xf32>
    %49 = stablehlo.reshape %arg6 : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2] : (tensor<1x1x16xf32>) -> tensor<1x1024x16xf32>
    %51 = stablehlo.add %48, %50 : tensor<1x1024x16xf32>
    %52 = stablehlo.add %17, %51 : tensor<1x1024x16xf32>
    %53 = stablehlo.multiply %52, %52 : tensor<1x1024x16xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %54 = stablehlo.reduce(%52 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<1x1024x16xf32>, tensor<f32>) -> tensor<1x1024xf32>
    %cst_8 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %56 = stablehlo.divide %54, %55 : tensor<1x1024xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.reduce(%53 init: %cst_9) applies stablehlo.add across dimensions = [2] : (tensor<1x1024x16xf32>, tensor<f32>) -> tensor<1x1024xf32>
    %58 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %59 = stablehlo.divide %57, %58 : tensor<1x1024xf32>
    %60 = stablehlo.multiply %56, %56 : tensor<1x1024xf32>
    %61 = stablehlo.subtract %59, %60 : tensor<1x1024xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %63 = stablehlo.maximum %62, %61 : tensor<1x1024xf32>
    %64 = stablehlo.broadcast_in_dim %56, dims = [0, 1] : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
    %65 = stablehlo.broadcast_in_dim %63, dims = [0, 1] : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
    %66 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2] : (tensor<1x1024x1xf32>) -> tensor<1x1024x16xf32>
    %67 = stablehlo.subtract %52, %66 : tensor<1x1024x16xf32>
    %cst_11 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x1024x1xf32>
    %69 = stablehlo.add %65, %68 : tensor<1x1024x1xf32>
    %70 = stablehlo.rsqrt %69 : tensor<1x1024x1xf32>
    %71 = stablehlo.reshape %arg3 : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %72 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x1024x1xf32>) -> tensor<1x1024x16xf32>
    %73 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<1x1x16xf32>) -> tensor<1x1024x16xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<1x1024x16xf32>
    %75 = stablehlo.multiply %67, %74 : tensor<1x1024x16xf32>
    %76 = stablehlo.reshape %arg2 : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 2] : (tensor<1x1x16xf32>) -> tensor<1x1024x16xf32>
    %78 = stablehlo.add %75, %77 : tensor<1x1024x16xf32>
    return %78 : tensor<1x1024x16xf32>
  }
}
