func.func @main(%x: tensor<4x64x32xf32>) -> (tensor<4x32xf32>, tensor<4x64x32xf32>) {
  %0 = "nn.reduce_sum"(%x) {axes = array<i64: 1>} : (tensor<4x64x32xf32>) -> tensor<4x32xf32>
  %1 = "nn.softmax"(%x) {axis = 1} : (tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
  func.return %0, %1 : tensor<4x32xf32>, tensor<4x64x32xf32>
}
