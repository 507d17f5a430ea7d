// Chunk sizes from 64 rows up are rounded to a multiple of 8 (full GEMM tiles) only
// where that adds at most 1% of recomputed rows: the last chunk is the window ending
// at the extent, so k chunks of S rows compute k*S - N rows twice.
// 1601 rows in 3 chunks: 534 -> 536 (7 rows recomputed, under 16).
// RUN: chunk-opt %s --autochunk="budget=0.5 report" -o /dev/null 2>&1 | FileCheck %s --check-prefix=THREE
// 1601 rows in 6 chunks: 267 stays (272 would recompute 31 rows).
// RUN: chunk-opt %s --autochunk="budget=0.3 report" -o /dev/null 2>&1 | FileCheck %s --check-prefix=SIX

// THREE: region 0: 3 ops from nn.matmul at {{.*}}, dim 0 of 1601, chunk 536 (3 chunks)
// SIX: region 0: 3 ops from nn.matmul at {{.*}}, dim 0 of 1601, chunk 267 (6 chunks)
func.func @main(%x: tensor<1601x64xf32>, %w: tensor<64x256xf32>, %v: tensor<256x64xf32>) -> tensor<1601x64xf32> {
  %0 = "nn.matmul"(%x, %w) : (tensor<1601x64xf32>, tensor<64x256xf32>) -> tensor<1601x256xf32>
  %1 = "nn.softmax"(%0) {axis = -1 : i64} : (tensor<1601x256xf32>) -> tensor<1601x256xf32>
  %2 = "nn.matmul"(%1, %v) : (tensor<1601x256xf32>, tensor<256x64xf32>) -> tensor<1601x64xf32>
  func.return %2 : tensor<1601x64xf32>
}
