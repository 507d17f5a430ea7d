// The unchunked program of chunk-for-blocks.mlir.
func.func @main(%x: tensor<12x8xf32>, %w: tensor<8x8xf32>) -> tensor<12x8xf32> {
  %0 = "nn.matmul"(%x, %w) : (tensor<12x8xf32>, tensor<8x8xf32>) -> tensor<12x8xf32>
  %1 = "nn.gelu"(%0) : (tensor<12x8xf32>) -> tensor<12x8xf32>
  func.return %1 : tensor<12x8xf32>
}
