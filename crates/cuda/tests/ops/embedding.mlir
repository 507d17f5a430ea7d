func.func @main(%w: tensor<16x12xf32>, %ids: tensor<1x5xi32>) -> tensor<1x5x12xf32> {
  %r = "nn.embedding"(%w, %ids) : (tensor<16x12xf32>, tensor<1x5xi32>) -> tensor<1x5x12xf32>
  func.return %r : tensor<1x5x12xf32>
}
