func.func @main(%a: tensor<33x17xf32>, %b: tensor<17x29xf32>) -> tensor<33x29xf32> {
  %0 = "nn.matmul"(%a, %b) : (tensor<33x17xf32>, tensor<17x29xf32>) -> tensor<33x29xf32>
  func.return %0 : tensor<33x29xf32>
}
