func.func @main(%x: tensor<2x10x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>) -> tensor<2x10x8xf32> {
  %0 = "nn.matmul"(%x, %w) : (tensor<2x10x8xf32>, tensor<8x8xf32>) -> tensor<2x10x8xf32>
  %1 = "nn.add"(%0, %b) : (tensor<2x10x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  %2 = "nn.gelu"(%1) : (tensor<2x10x8xf32>) -> tensor<2x10x8xf32>
  func.return %2 : tensor<2x10x8xf32>
}
