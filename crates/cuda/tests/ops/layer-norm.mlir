func.func @main(%a: tensor<2x9x48xf32>, %w: tensor<48xf32>, %b: tensor<48xf32>) -> tensor<2x9x48xf32> {
  %r = "nn.layer_norm"(%a, %w, %b) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<2x9x48xf32>, tensor<48xf32>, tensor<48xf32>) -> tensor<2x9x48xf32>
  func.return %r : tensor<2x9x48xf32>
}
