// chunk-run reports the plan's peaks and the measured ones, which equal them.
// By hand: %0, %1, %3 are 64x32xf32 = 8192 B, %2 is 64x1xf32 = 256 B; the peak is
// at the div: %1 + %2 + %3 = 16640 B. The arena reaches the bound: %0 and %3 share
// bytes, %2 sits above the two 8 KiB buffers (16384 + 256).
// RUN: chunk-run %s --json | FileCheck %s
// The autochunk estimate-memory pass agrees with the plan's live-bytes peak (and
// chunk-run's predicted_peak_bytes is that estimate).
// RUN: chunk-opt %s --estimate-memory 2>&1 >/dev/null | FileCheck %s --check-prefix=EST

// CHECK: "function": "main",
// CHECK: "live_peak_bytes": 16640,
// CHECK: "live_peak_op": "nn.div at {{.*}}softmax-peaks.mlir:[[#@LINE+13]]:8",
// CHECK: "loop_iterations": 0,
// CHECK: "measured_live_peak_bytes": 16640,
// CHECK: "measured_peak_bytes": 16640,
// CHECK: "ops_executed": 4,
// CHECK: "type": "tensor<64x32xf32>"
// CHECK: "planned_peak_bytes": 16640,
// CHECK: "predicted_peak_bytes": 16640,
// EST: // peak: 16640 bytes
func.func @main(%x: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %0 = "nn.exp"(%x) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = "nn.exp"(%0) : (tensor<64x32xf32>) -> tensor<64x32xf32>
  %2 = "nn.reduce_sum"(%1) {axes = array<i64: 1>, keepdims = true} : (tensor<64x32xf32>) -> tensor<64x1xf32>
  %3 = "nn.div"(%1, %2) : (tensor<64x32xf32>, tensor<64x1xf32>) -> tensor<64x32xf32>
  func.return %3 : tensor<64x32xf32>
}
