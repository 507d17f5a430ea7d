func.func @main(%a: tensor<2x3x9x7xf32>, %b: tensor<2x3x7x5xf32>) -> tensor<2x3x9x5xf32> {
  %r = "nn.matmul"(%a, %b) : (tensor<2x3x9x7xf32>, tensor<2x3x7x5xf32>) -> tensor<2x3x9x5xf32>
  func.return %r : tensor<2x3x9x5xf32>
}
