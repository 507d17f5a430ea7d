module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3x4xf32>, %arg1: tensor<3x4xi32>, %arg2: tensor<3x4xi1>) -> (tensor<3x4xi32> {jax.result_info = "[0]"}, tensor<3x4xf32> {jax.result_info = "[1]"}, tensor<3x4xi1> {jax.result_info = "[2]"}, tensor<3x4xf32> {jax.result_info = "[3]"}) {
    %0 = stablehlo.convert %arg0 : (tensor<3x4xf32>) -> tensor<3x4xi32>
    %1 = stablehlo.convert %arg1 : (tensor<3x4xi32>) -> tensor<3x4xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x4xf32>
    %3 = stablehlo.compare  NE, %arg0, %2,  FLOAT : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %4 = stablehlo.convert %3 : tensor<3x4xi1>
    %5 = stablehlo.convert %arg2 : (tensor<3x4xi1>) -> tensor<3x4xf32>
    return %0, %1, %4, %5 : tensor<3x4xi32>, tensor<3x4xf32>, tensor<3x4xi1>, tensor<3x4xf32>
  }
}
