// autochunk rewrites attention rows into a chunk.for that meets the budget.
// RUN: chunk-opt %s --autochunk="budget=0.3 report" 2>%t.report | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.report
// RUN: chunk-opt %s --autochunk="budget=0.3" --estimate-memory 2>&1 >/dev/null | FileCheck %s --check-prefix=PEAK
// RUN: chunk-opt %s --autochunk="budget-bytes=96KiB chunk-size=32" | FileCheck %s --check-prefix=FORCED

// Unchunked: the 256x256 scores and probabilities (256 KiB each) are live together.
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[Q:.*]]: tensor<256x16xf32>, %[[K:.*]]: tensor<16x256xf32>, %[[V:.*]]: tensor<256x16xf32>)
// CHECK: %[[O:.*]] = "chunk.for"(%[[Q]], %[[K]], %[[V]]) <{extent = 256 : i64, operand_dims = array<i64: 0, -1, -1>, result_dims = array<i64: 0>, step = [[STEP:[0-9]+]] : i64}> ({
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i64>, %[[QS:.*]]: tensor<[[STEP]]x16xf32>, %[[KW:.*]]: tensor<16x256xf32>, %[[VW:.*]]: tensor<256x16xf32>):
// CHECK-NEXT: %[[S:.*]] = "nn.matmul"(%[[QS]], %[[KW]]) : (tensor<[[STEP]]x16xf32>, tensor<16x256xf32>) -> tensor<[[STEP]]x256xf32>
// CHECK-NEXT: %[[P:.*]] = "nn.softmax"(%[[S]])
// CHECK-NEXT: %[[R:.*]] = "nn.matmul"(%[[P]], %[[VW]])
// CHECK-NEXT: "chunk.yield"(%[[R]]) : (tensor<[[STEP]]x16xf32>) -> ()
// CHECK-NEXT: }) : (tensor<256x16xf32>, tensor<16x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
// CHECK-NEXT: func.return %[[O]]
// REPORT: unchunked peak: 524288 bytes
// REPORT: budget: 157286 bytes
// REPORT: region 0: 3 ops from nn.matmul at {{.*}}autochunk.mlir:{{[0-9]+}}:{{[0-9]+}}, dim 0 of 256, chunk
// REPORT: predicted peak:
// PEAK: // peak: {{([0-9]{5}|1[0-4][0-9]{4}|15[0-6][0-9]{3}) bytes}}
// FORCED: "chunk.for"
// FORCED-SAME: step = 32 : i64
func.func @main(%q: tensor<256x16xf32>, %k: tensor<16x256xf32>, %v: tensor<256x16xf32>) -> tensor<256x16xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<256x256xf32>) -> tensor<256x256xf32>
  %o = "nn.matmul"(%p, %v) : (tensor<256x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
  func.return %o : tensor<256x16xf32>
}
