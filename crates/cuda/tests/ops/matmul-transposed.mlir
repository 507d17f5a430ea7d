func.func @main(%a: tensor<12x8xf32>, %b: tensor<12x8xf32>) -> tensor<12x12xf32> {
  %t = "nn.transpose"(%b) {permutation = array<i64: 1, 0>} : (tensor<12x8xf32>) -> tensor<8x12xf32>
  %r = "nn.matmul"(%a, %t) : (tensor<12x8xf32>, tensor<8x12xf32>) -> tensor<12x12xf32>
  func.return %r : tensor<12x12xf32>
}
