// Data movement: reshape through collapse/expand_shape, linalg.transpose,
// broadcast_in_dim as a generic, slice as tensor.extract_slice, concat as
// insert_slices into a tensor.empty, iota and embedding as generics.
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-LABEL: func.func @main(
// CHECK:       tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<4x6xf32> into tensor<24xf32>
// CHECK:       tensor.expand_shape %{{.*}} {{\[}}[0, 1, 2]] output_shape [2, 3, 4]
// CHECK:       linalg.transpose ins(%{{.*}} : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<4x2x3xf32>) permutation = [2, 0, 1]
// CHECK:       tensor.extract_slice %{{.*}}[0, 1, 0] [4, 1, 3] [1, 1, 1] : tensor<4x2x3xf32> to tensor<4x1x3xf32>
// CHECK:       tensor.insert_slice %{{.*}}[0, 0] [4, 6] [1, 1] : tensor<4x6xf32> into tensor<8x6xf32>
// CHECK:       tensor.insert_slice %{{.*}}[4, 0] [4, 6] [1, 1] : tensor<4x6xf32> into tensor<8x6xf32>
// CHECK:       linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK:       linalg.index 1 : index
// CHECK:       arith.index_cast %{{.*}} : i32 to index
// CHECK:       tensor.extract %{{.*}} : tensor<10x6xf32>
func.func @main(%x: tensor<4x6xf32>, %t: tensor<10x6xf32>, %ids: tensor<5xi32>) -> (tensor<4x2x3xf32>, tensor<4x1x3xf32>, tensor<8x6xf32>, tensor<2x4x6xf32>, tensor<3x5xi64>, tensor<5x6xf32>) {
  %0 = "nn.reshape"(%x) : (tensor<4x6xf32>) -> tensor<2x3x4xf32>
  %1 = "nn.transpose"(%0) {permutation = [2, 0, 1]} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %2 = "nn.slice"(%1) {start_indices = [0, 1, 0], limit_indices = [4, 2, 3]} : (tensor<4x2x3xf32>) -> tensor<4x1x3xf32>
  %3 = "nn.concat"(%x, %x) {dimension = 0} : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<8x6xf32>
  %4 = "nn.broadcast_in_dim"(%x) {broadcast_dimensions = [1, 2]} : (tensor<4x6xf32>) -> tensor<2x4x6xf32>
  %5 = "nn.iota"() {dimension = 1} : () -> tensor<3x5xi64>
  %6 = "nn.embedding"(%t, %ids) : (tensor<10x6xf32>, tensor<5xi32>) -> tensor<5x6xf32>
  func.return %1, %2, %3, %4, %5, %6 : tensor<4x2x3xf32>, tensor<4x1x3xf32>, tensor<8x6xf32>, tensor<2x4x6xf32>, tensor<3x5xi64>, tensor<5x6xf32>
}
