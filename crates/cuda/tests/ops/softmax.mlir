func.func @main(%a: tensor<3x5x67xf32>) -> tensor<3x5x67xf32> {
  %r = "nn.softmax"(%a) {axis = -1 : i64} : (tensor<3x5x67xf32>) -> tensor<3x5x67xf32>
  func.return %r : tensor<3x5x67xf32>
}
