// rms_norm lowers like layer_norm without the mean and the shift: a sum of squares
// (the mean square), then one normalising generic x * rsqrt(ms + eps) * gamma.
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-LABEL: func.func @main(
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:         arith.mulf
// CHECK-NOT:     arith.subf
// CHECK:         arith.addf
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// CHECK:         arith.divf
// CHECK:         math.rsqrt
// CHECK-NOT:     arith.subf
// CHECK:         arith.mulf
// CHECK:         arith.mulf
// CHECK-NEXT:    linalg.yield
func.func @main(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "nn.rms_norm"(%x, %g) {epsilon = 1.0e-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  func.return %0 : tensor<4x8xf32>
}
