// matmul: rank-2 x rank-2 is linalg.matmul; a batched left operand against a matrix,
// equal batches and broadcast batches are one linalg.generic in the result's shape
// with a reduction iterator (no collapse into M and expand back: in arena mode that
// left the collapsed accumulator aside); dot_general is a linalg.generic too. The CPU
// JIT calls the packed GEMM for all of them (crates/mlir/src/gemm.rs).
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-DAG:   #[[$A3:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG:   #[[$W2:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
// CHECK-DAG:   #[[$O3:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-DAG:   #[[$B3:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-LABEL: func.func @main(
// CHECK:       %[[Z:.*]] = linalg.fill
// CHECK:       linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x16xf32>) outs(%[[Z]] : tensor<4x16xf32>)
// CHECK-NOT:   tensor.collapse_shape
// CHECK:       linalg.generic {indexing_maps = [#[[$A3]], #[[$W2]], #[[$O3]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<2x4x16xf32>, tensor<16x8xf32>)
// CHECK:         arith.mulf
// CHECK:         arith.addf
// CHECK:       linalg.generic {indexing_maps = [#[[$A3]], #[[$B3]], #[[$O3]]], {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x4x8xf32>, tensor<2x8x4xf32>)
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]
// CHECK:         arith.mulf
// CHECK:         arith.addf
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]
func.func @main(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %x: tensor<2x4x16xf32>, %w: tensor<16x8xf32>, %y: tensor<2x8x4xf32>, %p: tensor<3x1x4x8xf32>, %q: tensor<5x8x2xf32>) -> (tensor<4x16xf32>, tensor<2x4x4xf32>, tensor<3x5x4x2xf32>, tensor<2x4x4xf32>) {
  %0 = "nn.matmul"(%a, %b) : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = "nn.matmul"(%x, %w) : (tensor<2x4x16xf32>, tensor<16x8xf32>) -> tensor<2x4x8xf32>
  %2 = "nn.matmul"(%1, %y) : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %3 = "nn.matmul"(%p, %q) : (tensor<3x1x4x8xf32>, tensor<5x8x2xf32>) -> tensor<3x5x4x2xf32>
  %4 = "nn.dot_general"(%1, %y) {lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]} : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  func.return %0, %2, %3, %4 : tensor<4x16xf32>, tensor<2x4x4xf32>, tensor<3x5x4x2xf32>, tensor<2x4x4xf32>
}
