func.func @main(%a: tensor<1x10x16xf32>, %b: tensor<16x24xf32>, %c: tensor<24xf32>) -> tensor<1x10x24xf32> {
  %m = "nn.matmul"(%a, %b) : (tensor<1x10x16xf32>, tensor<16x24xf32>) -> tensor<1x10x24xf32>
  %r = "nn.add"(%m, %c) : (tensor<1x10x24xf32>, tensor<24xf32>) -> tensor<1x10x24xf32>
  func.return %r : tensor<1x10x24xf32>
}
