func.func @main(%x: tensor<2x64x3x4x8xf32>) -> tensor<3x2x4x64x8xf32> {
  %0 = "nn.transpose"(%x) {permutation = array<i64: 2, 0, 3, 1, 4>} : (tensor<2x64x3x4x8xf32>) -> tensor<3x2x4x64x8xf32>
  func.return %0 : tensor<3x2x4x64x8xf32>
}
