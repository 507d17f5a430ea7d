// Chunking through a reshape that merges the chunk dimension as the outer factor:
// torch.export writes a linear on [B, L, D] activations as a 2-D mm on their
// [B*L, D] view. A loop over the batch reads and writes that view in blocks of L
// rows (chunk.for slices a k·N operand or result in blocks of k rows), and the
// inner loop over rows stops at the reshape, whose inner factor it cannot split.
// RUN: chunk-opt %s --autochunk="budget=0.3" | FileCheck %s
// RUN: chunk-opt %s --autochunk="budget=0.3" -o %t.mlir && chunk-run %t.mlir --compare %s 2>&1 | FileCheck %s --check-prefix=EXACT

// CHECK: "chunk.for"(%arg0, %arg1, %arg2) <{extent = 4 : i64, operand_dims = array<i64: 0, 0, -1>, result_dims = array<i64: 0>, step = 1 : i64}>
// CHECK: "nn.reshape"({{.*}}) : (tensor<1x{{[0-9]+}}x64xf32>) -> tensor<{{[0-9]+}}x64xf32>
// CHECK: "chunk.yield"(%{{[0-9]+}}) : (tensor<64x8xf32>) -> ()
// CHECK-NEXT: }) : (tensor<4x64x16xf32>, tensor<4x16x64xf32>, tensor<64x8xf32>) -> tensor<256x8xf32>
// EXACT: max rel error 0e0
func.func @main(%q: tensor<4x64x16xf32>, %k: tensor<4x16x64xf32>, %w: tensor<64x8xf32>) -> tensor<256x8xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<4x64x16xf32>, tensor<4x16x64xf32>) -> tensor<4x64x64xf32>
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
  %f = "nn.reshape"(%p) : (tensor<4x64x64xf32>) -> tensor<256x64xf32>
  %o = "nn.matmul"(%f, %w) : (tensor<256x64xf32>, tensor<64x8xf32>) -> tensor<256x8xf32>
  func.return %o : tensor<256x8xf32>
}
