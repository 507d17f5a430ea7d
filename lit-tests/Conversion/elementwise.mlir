// Elementwise ops become linalg.generic with broadcasting indexing maps (size-1 and
// missing dims map to 0 or are dropped), one scalar body per op.
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt > /dev/null

// CHECK-DAG: #[[$ID:map[0-9]*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:map[0-9]*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$COL:map[0-9]*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @main(
// CHECK:       linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK:         arith.addf
// CHECK:       linalg.generic {indexing_maps = [#[[$ID]], #[[$COL]], #[[$ID]]]
// CHECK:         arith.maximumf
// CHECK:       linalg.generic
// CHECK:         arith.cmpf olt
// CHECK:       linalg.generic
// CHECK:         arith.select
// CHECK:       linalg.generic
// CHECK:         math.exp
// CHECK:         arith.divf
// CHECK:       linalg.generic
// CHECK:         math.tanh
// CHECK:       linalg.generic
// CHECK:         arith.fptosi {{.*}} : f32 to i32
// CHECK:       linalg.generic
// CHECK:         arith.sitofp {{.*}} : i32 to f32
// CHECK:       linalg.generic
// CHECK:         math.rsqrt
// CHECK:       return
func.func @main(%a: tensor<4x8xf32>, %b: tensor<8xf32>, %c: tensor<4x1xf32>) -> tensor<4x8xf32> {
  %0 = "nn.add"(%a, %b) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %1 = "nn.max"(%0, %c) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %2 = "nn.compare"(%1, %a) {direction = "LT"} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
  %3 = "nn.select"(%2, %1, %a) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %4 = "nn.sigmoid"(%3) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %5 = "nn.gelu"(%4) {approximate = "tanh"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %6 = "nn.convert"(%5) : (tensor<4x8xf32>) -> tensor<4x8xi32>
  %7 = "nn.convert"(%6) : (tensor<4x8xi32>) -> tensor<4x8xf32>
  %8 = "nn.rsqrt"(%7) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %8 : tensor<4x8xf32>
}
