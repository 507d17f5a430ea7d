module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x8xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<16x2xf32>, %arg5: tensor<16x2x8xf32>, %arg6: tensor<16x2x8xf32>, %arg7: tensor<2x8x16xf32>, %arg8: tensor<16x2x8xf32>, %arg9: tensor<16x2x8xf32>, %arg10: tensor<128x128x16xf32>) -> (tensor<128x128x16xf32> {jax.result_info = ""}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reduce(%arg10 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<128x128x16xf32>, tensor<f32>) -> tensor<128x128xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<128x128xf32>) -> tensor<128x128x1xf32>
    %cst_0 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<128x128x1xf32>
    %3 = stablehlo.divide %1, %2 : tensor<128x128x1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1, 2] : (tensor<128x128x1xf32>) -> tensor<128x128x16xf32>
    %5 = stablehlo.subtract %arg10, %4 : tensor<128x128x16xf32>
    %6 = stablehlo.multiply %5, %5 : tensor<128x128x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7 = stablehlo.reduce(%6 init: %cst_1) applies stablehlo.add across dimensions = [2] : (tensor<128x128x16xf32>, tensor<f32>) -> tensor<128x128xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<128x128xf32>) -> tensor<128x128x1xf32>
    %9 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<128x128x1xf32>
    %10 = stablehlo.divide %8, %9 : tensor<128x128x1xf32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0, 1, 2] : (tensor<128x128x1xf32>) -> tensor<128x128x16xf32>
    %12 = stablehlo.subtract %arg10, %11 : tensor<128x128x16xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128x128x1xf32>
    %14 = stablehlo.add %10, %13 : tensor<128x128x1xf32>
    %15 = stablehlo.rsqrt %14 : tensor<128x128x1xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 2] : (tensor<128x128x1xf32>) -> tensor<128x128x16xf32>
    %17 = stablehlo.multiply %12, %16 : tensor<128x128x16xf32>
    %18 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x16xf32>) -> tensor<128x128x16xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<128x128x16xf32>
    %21 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<1x1x16xf32>) -> tensor<128x128x16xf32>
    %23 = stablehlo.add %20, %22 : tensor<128x128x16xf32>
    %24 = stablehlo.dot_general %23, %arg8, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x128x16xf32>, tensor<16x2x8xf32>) -> tensor<128x128x2x8xf32>
    %cst_3 = stablehlo.constant dense<0.353553385> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<128x128x2x8xf32>
    %26 = stablehlo.multiply %24, %25 : tensor<128x128x2x8xf32>
    %27 = stablehlo.dot_general %23, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x128x16xf32>, tensor<16x2x8xf32>) -> tensor<128x128x2x8xf32>
    %28 = stablehlo.dot_general %23, %arg9, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x128x16xf32>, tensor<16x2x8xf32>) -> tensor<128x128x2x8xf32>
    %29 = stablehlo.dot_general %arg4, %23, contracting_dims = [0] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2xf32>, tensor<128x128x16xf32>) -> tensor<2x128x128xf32>
    %30 = stablehlo.dot_general %26, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<128x128x2x8xf32>, tensor<128x128x2x8xf32>) -> tensor<128x2x128x128xf32>
    %31 = stablehlo.broadcast_in_dim %29, dims = [1, 2, 3] : (tensor<2x128x128xf32>) -> tensor<1x2x128x128xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1, 2, 3] : (tensor<1x2x128x128xf32>) -> tensor<128x2x128x128xf32>
    %33 = stablehlo.add %30, %32 : tensor<128x2x128x128xf32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %34 = stablehlo.reduce(%33 init: %cst_4) applies stablehlo.maximum across dimensions = [3] : (tensor<128x2x128x128xf32>, tensor<f32>) -> tensor<128x2x128xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<128x2x128xf32>
    %36 = stablehlo.maximum %35, %34 : tensor<128x2x128xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<128x2x128xf32>) -> tensor<128x2x128x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2, 3] : (tensor<128x2x128x1xf32>) -> tensor<128x2x128x128xf32>
    %39 = stablehlo.subtract %33, %38 : tensor<128x2x128x128xf32>
    %40 = stablehlo.exponential %39 : tensor<128x2x128x128xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %41 = stablehlo.reduce(%40 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<128x2x128x128xf32>, tensor<f32>) -> tensor<128x2x128xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<128x2x128xf32>) -> tensor<128x2x128x1xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2, 3] : (tensor<128x2x128x1xf32>) -> tensor<128x2x128x128xf32>
    %44 = stablehlo.divide %40, %43 : tensor<128x2x128x128xf32>
    %45 = stablehlo.dot_general %28, %44, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<128x128x2x8xf32>, tensor<128x2x128x128xf32>) -> tensor<128x2x8x128xf32>
    %46 = stablehlo.transpose %45, dims = [0, 3, 1, 2] : (tensor<128x2x8x128xf32>) -> tensor<128x128x2x8xf32>
    %47 = stablehlo.dot_general %23, %arg5, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x128x16xf32>, tensor<16x2x8xf32>) -> tensor<128x128x2x8xf32>
    %48 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1, 2, 3] : (tensor<1x1x2x8xf32>) -> tensor<128x128x2x8xf32>
    %50 = stablehlo.add %47, %49 : tensor<128x128x2x8xf32>
    %51 = stablehlo.negate %50 : tensor<128x128x2x8xf32>
    %52 = stablehlo.exponential %51 : tensor<128x128x2x8xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128x128x2x8xf32>
    %54 = stablehlo.add %53, %52 : tensor<128x128x2x8xf32>
    %55 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128x128x2x8xf32>
    %56 = stablehlo.divide %55, %54 : tensor<128x128x2x8xf32>
    %57 = stablehlo.multiply %56, %46 : tensor<128x128x2x8xf32>
    %58 = stablehlo.dot_general %57, %arg7, contracting_dims = [3, 2] x [1, 0], precision = [DEFAULT, DEFAULT] : (tensor<128x128x2x8xf32>, tensor<2x8x16xf32>) -> tensor<128x128x16xf32>
    %59 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2] : (tensor<1x1x16xf32>) -> tensor<128x128x16xf32>
    %61 = stablehlo.add %58, %60 : tensor<128x128x16xf32>
    return %61 : tensor<128x128x16xf32>
  }
}
