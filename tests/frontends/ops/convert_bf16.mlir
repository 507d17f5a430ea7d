module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3x4xf32>, %arg1: tensor<3x4xbf16>) -> (tensor<3x4xbf16> {jax.result_info = "[0]"}, tensor<3x4xf32> {jax.result_info = "[1]"}) {
    %0 = stablehlo.convert %arg0 : (tensor<3x4xf32>) -> tensor<3x4xbf16>
    %1 = stablehlo.convert %arg1 : (tensor<3x4xbf16>) -> tensor<3x4xf32>
    return %0, %1 : tensor<3x4xbf16>, tensor<3x4xf32>
  }
}
