func.func @main(%x: tensor<16x64x4xf32>, %b: tensor<4xf32>, %y: tensor<64x16x2xf32>) -> (tensor<16x64x4xf32>, tensor<64x16x2xf32>) {
  %0 = "nn.add"(%x, %b) : (tensor<16x64x4xf32>, tensor<4xf32>) -> tensor<16x64x4xf32>
  %1 = "nn.exp"(%0) : (tensor<16x64x4xf32>) -> tensor<16x64x4xf32>
  %2 = "nn.transpose"(%y) {permutation = array<i64: 1, 0, 2>} : (tensor<64x16x2xf32>) -> tensor<16x64x2xf32>
  %3 = "nn.transpose"(%2) {permutation = array<i64: 1, 0, 2>} : (tensor<16x64x2xf32>) -> tensor<64x16x2xf32>
  func.return %1, %3 : tensor<16x64x4xf32>, tensor<64x16x2xf32>
}
