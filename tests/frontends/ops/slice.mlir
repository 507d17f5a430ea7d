module @jit__lambda_ attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<6x7xf32>) -> (tensor<4x5xf32> {jax.result_info = "[0]"}, tensor<2x3xf32> {jax.result_info = "[1]"}) {
    %0 = stablehlo.slice %arg0 [1:5, 2:7] : (tensor<6x7xf32>) -> tensor<4x5xf32>
    %1 = stablehlo.slice %arg0 [0:6:3, 1:7:2] : (tensor<6x7xf32>) -> tensor<2x3xf32>
    return %0, %1 : tensor<4x5xf32>, tensor<2x3xf32>
  }
}
