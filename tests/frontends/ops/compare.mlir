module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3x4xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<3x4xi32>, %arg3: tensor<3x4xi32>) -> (tensor<3x4xi1> {jax.result_info = "[0]"}, tensor<3x4xi1> {jax.result_info = "[1]"}, tensor<3x4xi1> {jax.result_info = "[2]"}, tensor<3x4xi1> {jax.result_info = "[3]"}, tensor<3x4xi1> {jax.result_info = "[4]"}, tensor<3x4xi1> {jax.result_info = "[5]"}) {
    %0 = stablehlo.compare  GT, %arg0, %arg1,  FLOAT : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %1 = stablehlo.compare  EQ, %arg0, %arg1,  FLOAT : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %2 = stablehlo.compare  LE, %arg0, %arg1,  FLOAT : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %3 = stablehlo.compare  NE, %arg0, %arg1,  FLOAT : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xi1>
    %4 = stablehlo.compare  LT, %arg2, %arg3,  SIGNED : (tensor<3x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi1>
    %5 = stablehlo.compare  GE, %arg2, %arg3,  SIGNED : (tensor<3x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi1>
    return %0, %1, %2, %3, %4, %5 : tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>
  }
}
