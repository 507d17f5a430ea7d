func.func @main(%a: tensor<2x6x4xf32>, %b: tensor<2x3x4xf32>) -> tensor<4x9x2xf32> {
  %0 = "nn.slice"(%a) {start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 2, 4, 4>} : (tensor<2x6x4xf32>) -> tensor<2x3x4xf32>
  %1 = "nn.concat"(%0, %b) {dimension = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x6x4xf32>
  %2 = "nn.concat"(%1, %b) {dimension = 1 : i64} : (tensor<2x6x4xf32>, tensor<2x3x4xf32>) -> tensor<2x9x4xf32>
  %3 = "nn.transpose"(%2) {permutation = array<i64: 2, 1, 0>} : (tensor<2x9x4xf32>) -> tensor<4x9x2xf32>
  func.return %3 : tensor<4x9x2xf32>
}
