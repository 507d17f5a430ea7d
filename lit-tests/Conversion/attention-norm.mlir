// attention is spelled out: scores q·kᵀ as a contraction generic; one generic that
// scales, adds the broadcast bias and masks (causal: key j is hidden from query i
// when j > i + (Lk - Lq), via linalg.index) in place on the scores (they are its init);
// the row max, exp(s - max) again in place, the row sum; then p·v on the
// unnormalised exponentials, divided by the row sum at the end (one score-sized
// buffer in all). group_norm computes its statistics on x viewed as [N, G, C/G, S]
// and normalises x in its own shape, reading the statistics at (n, c floordiv C/G).
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-DAG:   #[[$GROUP:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 2)>
// CHECK-LABEL: func.func @main(
// CHECK:       %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHECK:       %[[M:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<4x7xf32>) outs(%[[S]] : tensor<2x4x7xf32>)
// CHECK:         arith.mulf
// CHECK:         arith.addf
// CHECK:         linalg.index 1 : index
// CHECK:         linalg.index 2 : index
// CHECK:         arith.constant 3 : index
// CHECK:         arith.cmpi sgt
// CHECK:         arith.select
// CHECK:       arith.maximumf
// CHECK:       %[[E:.*]] = linalg.generic {{.*}} outs(%[[M]] : tensor<2x4x7xf32>)
// CHECK:         math.exp
// CHECK:       %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[E]] : tensor<2x4x7xf32>)
// CHECK:       %[[PV:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[E]], %{{.*}} : tensor<2x4x7xf32>, tensor<2x7x5xf32>)
// CHECK:       linalg.generic {{.*}} ins(%[[PV]], %[[SUM]] : tensor<2x4x5xf32>, tensor<2x4xf32>)
// CHECK:         arith.divf
// CHECK:       tensor.expand_shape {{.*}} output_shape [2, 3, 2, 6]
// CHECK:       linalg.generic {indexing_maps = [#{{[a-z0-9]+}}, #[[$GROUP]], #[[$GROUP]], {{.*}} outs(%{{.*}} : tensor<2x6x3x2xf32>)
// CHECK:         math.rsqrt
// CHECK-NOT:   tensor.expand_shape
// CHECK:       return
func.func @main(%q: tensor<2x4x8xf32>, %k: tensor<2x7x8xf32>, %v: tensor<2x7x5xf32>, %bias: tensor<4x7xf32>, %x: tensor<2x6x3x2xf32>, %g: tensor<6xf32>, %b: tensor<6xf32>) -> (tensor<2x4x5xf32>, tensor<2x6x3x2xf32>) {
  %0 = "nn.attention"(%q, %k, %v, %bias) {causal = true, scale = 0.5 : f32} : (tensor<2x4x8xf32>, tensor<2x7x8xf32>, tensor<2x7x5xf32>, tensor<4x7xf32>) -> tensor<2x4x5xf32>
  %1 = "nn.group_norm"(%x, %g, %b) {groups = 3 : i64} : (tensor<2x6x3x2xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x3x2xf32>
  func.return %0, %1 : tensor<2x4x5xf32>, tensor<2x6x3x2xf32>
}
