func.func @main(%x: tensor<1x3x4x5xf32>) -> tensor<1x3x8x10xf32> {
  %r = "nn.upsample_nearest2d"(%x) {scale = 2 : i64} : (tensor<1x3x4x5xf32>) -> tensor<1x3x8x10xf32>
  func.return %r : tensor<1x3x8x10xf32>
}
