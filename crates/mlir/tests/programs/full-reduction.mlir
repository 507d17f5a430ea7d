func.func @main(%x: tensor<4x8xf32>) -> tensor<f32> {
  %0 = "nn.reduce_sum"(%x) {axes = array<i64: 0, 1>} : (tensor<4x8xf32>) -> tensor<f32>
  func.return %0 : tensor<f32>
}
