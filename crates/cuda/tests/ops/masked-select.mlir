func.func @main(%a: tensor<2x8x8xf32>) -> tensor<2x8x8xf32> {
  %0 = "nn.iota"() {dimension = 0 : i64} : () -> tensor<8x8xi32>
  %1 = "nn.iota"() {dimension = 1 : i64} : () -> tensor<8x8xi32>
  %2 = "nn.compare"(%1, %0) {direction = "LE"} : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
  %3 = "nn.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
  %4 = "nn.select"(%2, %a, %3) : (tensor<8x8xi1>, tensor<2x8x8xf32>, tensor<f32>) -> tensor<2x8x8xf32>
  %5 = "nn.softmax"(%4) {axis = -1 : i64} : (tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  func.return %5 : tensor<2x8x8xf32>
}
