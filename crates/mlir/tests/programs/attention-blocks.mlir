func.func @main(%q: tensor<1x2x256x8xf32>, %k: tensor<1x2x256x8xf32>, %v: tensor<1x2x256x8xf32>) -> tensor<1x2x256x8xf32> {
  %0 = "nn.attention"(%q, %k, %v) {causal = true} : (tensor<1x2x256x8xf32>, tensor<1x2x256x8xf32>, tensor<1x2x256x8xf32>) -> tensor<1x2x256x8xf32>
  func.return %0 : tensor<1x2x256x8xf32>
}
