func.func @main(%t: tensor<4x2xf32> {nn.name = "table"}, %i: tensor<3xi64> {nn.name = "ids"}) -> tensor<3x2xf32> {
  %0 = "nn.embedding"(%t, %i) : (tensor<4x2xf32>, tensor<3xi64>) -> tensor<3x2xf32>
  func.return %0 : tensor<3x2xf32>
}
