// Reductions are linalg.generic with reduction iterators into a linalg.fill'ed init;
// softmax is max, exp(x - max), sum, divide; layer_norm is sum, squared deviations,
// then one normalising generic.
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-LABEL: func.func @main(
// CHECK:       arith.constant 0xFF800000 : f32
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:         arith.maximumf
// CHECK:       math.exp
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:         arith.addf
// CHECK:       arith.divf
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK:       math.rsqrt
// CHECK:       linalg.generic {{.*}} iterator_types = ["reduction", "parallel"]
// CHECK:       tensor.expand_shape {{.*}} output_shape [1, 8]
func.func @main(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<1x8xf32>) {
  %0 = "nn.softmax"(%x) {axis = -1} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = "nn.layer_norm"(%x, %g, %b) {epsilon = 1.0e-5 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %2 = "nn.reduce_mean"(%x) {axes = [0], keepdims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  func.return %0, %1, %2 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<1x8xf32>
}
