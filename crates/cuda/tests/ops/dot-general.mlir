func.func @main(%a: tensor<4x8x4xf32>, %b: tensor<4x8x4xf32>) -> tensor<8x4x8x4xf32> {
  %r = "nn.dot_general"(%a, %b) {lhs_contracting_dimensions = array<i64: 0>, rhs_contracting_dimensions = array<i64: 0>} : (tensor<4x8x4xf32>, tensor<4x8x4xf32>) -> tensor<8x4x8x4xf32>
  func.return %r : tensor<8x4x8x4xf32>
}
