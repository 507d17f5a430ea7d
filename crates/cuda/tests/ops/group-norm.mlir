func.func @main(%a: tensor<1x8x6x6xf32>, %w: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<1x8x6x6xf32> {
  %r = "nn.group_norm"(%a, %w, %b) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x6x6xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x6x6xf32>
  func.return %r : tensor<1x8x6x6xf32>
}
