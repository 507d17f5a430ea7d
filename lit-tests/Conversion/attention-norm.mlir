// attention is spelled out: scores q·kᵀ as a contraction generic, one generic that
// scales, adds the broadcast bias and masks (causal: key j is hidden from query i
// when j > i + (Lk - Lq), via linalg.index), softmax along the keys, then p·v.
// group_norm views x as [N, G, C/G, S] and normalises over the last two dims.
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-LABEL: func.func @main(
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHECK:       linalg.generic
// CHECK:         arith.mulf
// CHECK:         arith.addf
// CHECK:         linalg.index 1 : index
// CHECK:         linalg.index 2 : index
// CHECK:         arith.constant 3 : index
// CHECK:         arith.cmpi sgt
// CHECK:         arith.select
// CHECK:       arith.maximumf
// CHECK:       math.exp
// CHECK:       arith.divf
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHECK:       tensor.expand_shape {{.*}} output_shape [2, 3, 2, 6]
// CHECK:       math.rsqrt
// CHECK:       return
func.func @main(%q: tensor<2x4x8xf32>, %k: tensor<2x7x8xf32>, %v: tensor<2x7x5xf32>, %bias: tensor<4x7xf32>, %x: tensor<2x6x3x2xf32>, %g: tensor<6xf32>, %b: tensor<6xf32>) -> (tensor<2x4x5xf32>, tensor<2x6x3x2xf32>) {
  %0 = "nn.attention"(%q, %k, %v, %bias) {causal = true, scale = 0.5 : f32} : (tensor<2x4x8xf32>, tensor<2x7x8xf32>, tensor<2x7x5xf32>, tensor<4x7xf32>) -> tensor<2x4x5xf32>
  %1 = "nn.group_norm"(%x, %g, %b) {groups = 3 : i64} : (tensor<2x6x3x2xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x3x2xf32>
  func.return %0, %1 : tensor<2x4x5xf32>, tensor<2x6x3x2xf32>
}
