func.func @main(%a: tensor<7x130xf32>, %b: tensor<130xf32>) -> tensor<7x130xf32> {
  %0 = "nn.add"(%a, %b) : (tensor<7x130xf32>, tensor<130xf32>) -> tensor<7x130xf32>
  %1 = "nn.gelu"(%0) : (tensor<7x130xf32>) -> tensor<7x130xf32>
  %2 = "nn.silu"(%1) : (tensor<7x130xf32>) -> tensor<7x130xf32>
  %3 = "nn.sigmoid"(%2) : (tensor<7x130xf32>) -> tensor<7x130xf32>
  %4 = "nn.relu"(%a) : (tensor<7x130xf32>) -> tensor<7x130xf32>
  %5 = "nn.mul"(%3, %4) : (tensor<7x130xf32>, tensor<7x130xf32>) -> tensor<7x130xf32>
  func.return %5 : tensor<7x130xf32>
}
