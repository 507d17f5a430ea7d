// conv2d starts from the broadcast bias (or zeros); with padding it is one
// linalg.generic over (n, f, oh, ow, c, kh, kw) that reads the input with
// tensor.extract at (oh * stride + kh * dilation - pad), clamped, and zero outside
// (no padded copy of the input); groups pick the input channels from f floordiv
// (Cout / G). Without padding it is linalg.conv_2d_nchw_fchw, or
// linalg.conv_2d_ngchw_gfchw on group-split views for groups > 1. Pooling with
// padding is the same kind of generic over (n, c, oh, ow, kh, kw) taking the identity
// (-inf for max, 0 for the sum) outside the input; without padding it is
// linalg.pooling_nchw_max / _sum. Average pooling divides each sum by the count of
// real elements in its window; upsampling reads x[.., i floordiv s, j floordiv s].
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK:       affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 floordiv 2, d3 floordiv 2)>
// CHECK-LABEL: func.func @main(
// CHECK:       %[[BIAS:.*]] = linalg.generic
// CHECK-NOT:   tensor.pad
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%{{.*}} : tensor<6x4x3x3xf32>) outs(%[[BIAS]] : tensor<2x6x5x5xf32>)
// CHECK:         arith.cmpi sge
// CHECK:         arith.cmpi sle
// CHECK:         tensor.extract %{{.*}} : tensor<2x4x5x5xf32>
// CHECK:         arith.select
// CHECK:       linalg.generic {{.*}} ins(%{{.*}} : tensor<4x2x3x3xf32>) outs(%{{.*}} : tensor<2x4x2x3xf32>)
// CHECK:         arith.divui %{{.*}}, %{{.*}} : index
// CHECK:         tensor.extract
// CHECK:       arith.constant 0xFF800000 : f32
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]
// CHECK:         tensor.extract %{{.*}} : tensor<2x4x5x5xf32>
// CHECK:         arith.select
// CHECK:         arith.maximumf
// CHECK:       linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]
// CHECK:         arith.addf
// CHECK:       linalg.index 2
// CHECK:       arith.divf
// CHECK:       linalg.generic
// CHECK:       tensor.expand_shape {{.*}} output_shape [2, 2, 2, 5, 5]
// CHECK:       linalg.conv_2d_ngchw_gfchw {dilations = dense<[2, 1]> : tensor<2xi64>, strides = dense<[1, 2]> : tensor<2xi64>}
// CHECK:       tensor.collapse_shape
// CHECK:       linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK:       linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-NOT:   tensor.pad
// CHECK:       return
func.func @main(%x: tensor<2x4x5x5xf32>, %w: tensor<6x4x3x3xf32>, %b: tensor<6xf32>, %wg: tensor<4x2x3x3xf32>) -> (tensor<2x6x5x5xf32>, tensor<2x4x2x3xf32>, tensor<2x4x3x3xf32>, tensor<2x4x5x5xf32>, tensor<2x4x10x10xf32>, tensor<2x4x1x2xf32>, tensor<2x6x3x3xf32>, tensor<2x4x2x2xf32>) {
  %0 = "nn.conv2d"(%x, %w, %b) {padding = array<i64: 1, 1, 1, 1>} : (tensor<2x4x5x5xf32>, tensor<6x4x3x3xf32>, tensor<6xf32>) -> tensor<2x6x5x5xf32>
  %1 = "nn.conv2d"(%x, %wg) {strides = array<i64: 1, 2>, padding = array<i64: 1, 2, 0, 1>, dilations = array<i64: 2, 1>, groups = 2 : i64} : (tensor<2x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<2x4x2x3xf32>
  %2 = "nn.max_pool2d"(%x) {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<2x4x5x5xf32>) -> tensor<2x4x3x3xf32>
  %3 = "nn.avg_pool2d"(%x) {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1, 1, 1>} : (tensor<2x4x5x5xf32>) -> tensor<2x4x5x5xf32>
  %4 = "nn.upsample_nearest2d"(%x) {scale = 2 : i64} : (tensor<2x4x5x5xf32>) -> tensor<2x4x10x10xf32>
  %5 = "nn.conv2d"(%x, %wg) {strides = array<i64: 1, 2>, dilations = array<i64: 2, 1>, groups = 2 : i64} : (tensor<2x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<2x4x1x2xf32>
  %6 = "nn.conv2d"(%x, %w) : (tensor<2x4x5x5xf32>, tensor<6x4x3x3xf32>) -> tensor<2x6x3x3xf32>
  %7 = "nn.max_pool2d"(%x) {kernel = array<i64: 2, 2>} : (tensor<2x4x5x5xf32>) -> tensor<2x4x2x2xf32>
  func.return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x6x5x5xf32>, tensor<2x4x2x3xf32>, tensor<2x4x3x3xf32>, tensor<2x4x5x5xf32>, tensor<2x4x10x10xf32>, tensor<2x4x1x2xf32>, tensor<2x6x3x3xf32>, tensor<2x4x2x2xf32>
}
