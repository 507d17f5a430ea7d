// Live bytes while and after each op, by hand: arguments never count; a value lives
// from its op through its last use; the returned value to the end.
// RUN: chunk-opt %s --estimate-memory 2>&1 >/dev/null | FileCheck %s
// RUN: chunk-opt %s --estimate-memory="annotate=true table=false" | FileCheck %s --check-prefix=ANNOT

// %0, %1, %3 are 64x32xf32 = 8192 B each, %2 is 64x1xf32 = 256 B.
// exp: %0. exp: %0 + %1, then %0 dies. reduce: %1 + %2. div: %1 + %2 + %3 (the
// peak), then %1 and %2 die. return: %3, live to the end.
// CHECK-LABEL: // estimate-memory: @main
// CHECK-NEXT: #  live during  live after  op
// CHECK-NEXT: 0  8192  8192  'nn.exp'
// CHECK-NEXT: 1  16384  8192  'nn.exp'
// CHECK-NEXT: 2  8448  8448  'nn.reduce_sum'
// CHECK-NEXT: 3  16640  8192  'nn.div' at {{.*}} <- peak
// CHECK-NEXT: 4  8192  0  'func.return'
// CHECK-NEXT: // peak: 16640 bytes (16.25 KiB) at 'nn.div'
// ANNOT: func.func @main
// ANNOT-SAME: attributes {nn.peak_bytes = 16640 : i64}
// ANNOT: "nn.exp"(%{{.*}}) {nn.live_bytes = 8192 : i64}
// ANNOT: "nn.reduce_sum"(%{{.*}}) {axes = array<i64: 1>, keepdims = true, nn.live_bytes = 8448 : i64}
// ANNOT: "nn.div"(%{{.*}}, %{{.*}}) {nn.live_bytes = 16640 : i64}
func.func @main(%x: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %0 = "nn.exp"(%x) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = "nn.exp"(%0) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %2 = "nn.reduce_sum"(%1) {axes = array<i64: 1>, keepdims = true} : (tensor<64x32xf32>) -> tensor<64x1xf32>
  %3 = "nn.div"(%1, %2) : (tensor<64x32xf32>, tensor<64x1xf32>) -> tensor<64x32xf32>
  func.return %3 : tensor<64x32xf32>
}
