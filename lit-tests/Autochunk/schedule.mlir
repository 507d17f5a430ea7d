// The schedule pass moves an op that frees a large value before one that allocates,
// and leaves a program it cannot improve alone.
// RUN: chunk-opt %s -split-input-file --schedule | FileCheck %s
// RUN: chunk-opt %s -split-input-file --schedule --estimate-memory 2>&1 >/dev/null | FileCheck %s --check-prefix=PEAK

// As written: %big (64 KiB) lives while %other (64 KiB) is computed: peak 128 KiB.
// Computing %small (512 B, the only user of %big) first frees %big before %other:
// peak 64 KiB + 512 B.
// CHECK-LABEL: func.func @main
// CHECK: %[[BIG:.*]] = "nn.exp"(%arg0) : (tensor<128x128xf32>)
// CHECK-NEXT: %[[SMALL:.*]] = "nn.reduce_sum"(%[[BIG]])
// CHECK-NEXT: %[[OTHER:.*]] = "nn.exp"(%arg1)
// PEAK: // peak: 66048 bytes
func.func @main(%a: tensor<128x128xf32>, %b: tensor<128x128xf32>) -> (tensor<128xf32>, tensor<128x128xf32>) {
  %big = "nn.exp"(%a) : (tensor<128x128xf32>) -> tensor<128x128xf32>
  %other = "nn.exp"(%b) : (tensor<128x128xf32>) -> tensor<128x128xf32>
  %small = "nn.reduce_sum"(%big) {axes = array<i64: 1>} : (tensor<128x128xf32>) -> tensor<128xf32>
  func.return %small, %other : tensor<128xf32>, tensor<128x128xf32>
}

// -----

// A chain has one order.
// CHECK-LABEL: func.func @main
// CHECK: "nn.exp"
// CHECK-NEXT: "nn.tanh"
// PEAK: // peak: 512 bytes
func.func @main(%a: tensor<64xf32>) -> tensor<64xf32> {
  %0 = "nn.exp"(%a) : (tensor<64xf32>) -> tensor<64xf32>
  %1 = "nn.tanh"(%0) : (tensor<64xf32>) -> tensor<64xf32>
  func.return %1 : tensor<64xf32>
}
