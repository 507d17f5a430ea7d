// Recomputation through a shifted slice: the mask is built at a longer length and
// its last 128 rows are sliced off (as Flax slices the causal mask it built at the
// maximum length). The region over the score rows recomputes the mask inside the
// loop at rows [128 + o, 128 + o + S): the row iota gets the slice's start added to
// the chunk offset, the body's slice starts at 0, and no whole mask is left.
// RUN: chunk-opt %s --autochunk="budget=0.6" | FileCheck %s
// RUN: chunk-opt %s --autochunk="budget=0.6" -o %t.mlir && chunk-run %t.mlir --compare %s 2>&1 | FileCheck %s --check-prefix=EXACT

// CHECK-LABEL: func.func @main
// CHECK-NOT: "nn.iota"
// CHECK: "chunk.for"(%arg0, %{{[0-9]+}}) <{extent = 128 : i64
// CHECK: %[[ROWS:[0-9]+]] = "nn.iota"() {dimension = 0 : i64} : () -> tensor<[[S:[0-9]+]]x128xi32>
// CHECK: %[[OFF:[0-9]+]] = "nn.convert"(%arg1)
// CHECK: %[[START:[0-9]+]] = "nn.constant"() {value = dense<128> : tensor<i32>}
// CHECK: %[[SHIFT:[0-9]+]] = "nn.add"(%[[OFF]], %[[START]])
// CHECK: "nn.add"(%[[ROWS]], %[[SHIFT]])
// CHECK: "nn.compare"
// CHECK: "nn.slice"({{.*}}) {limit_indices = array<i64: [[S]], 128>, start_indices = array<i64: 0, 0>}
// CHECK: "chunk.yield"
// EXACT: max rel error 0e0
func.func @main(%s: tensor<4x128x128xf32>) -> tensor<4x128x128xf32> {
  %rows = "nn.iota"() {dimension = 0 : i64} : () -> tensor<256x128xi32>
  %cols = "nn.iota"() {dimension = 1 : i64} : () -> tensor<256x128xi32>
  %mask = "nn.compare"(%cols, %rows) {direction = "LE"} : (tensor<256x128xi32>, tensor<256x128xi32>) -> tensor<256x128xi1>
  %last = "nn.slice"(%mask) {start_indices = array<i64: 128, 0>, limit_indices = array<i64: 256, 128>} : (tensor<256x128xi1>) -> tensor<128x128xi1>
  %min = "nn.constant"() {value = dense<-1.0e9> : tensor<f32>} : () -> tensor<f32>
  %x = "nn.select"(%last, %s, %min) : (tensor<128x128xi1>, tensor<4x128x128xf32>, tensor<f32>) -> tensor<4x128x128xf32>
  %p = "nn.softmax"(%x) {axis = -1 : i64} : (tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
  func.return %p : tensor<4x128x128xf32>
}
