// Views: a reshape shares its operand's buffer, so it adds no live bytes (torch.export
// writes a linear as a view to 2-D, a matmul and a view back). The estimate, the
// runtime's plan and the measured run agree.
// RUN: chunk-opt %s --estimate-memory -o /dev/null 2>&1 | FileCheck %s
// RUN: chunk-run %s 2>&1 | FileCheck %s --check-prefix=PEAK

// CHECK: 0 1024 1024 'nn.exp'
// CHECK-NEXT: 1 1024 1024 'nn.reshape'
// CHECK-NEXT: 2 1280 256 'nn.matmul'
// CHECK-NEXT: 3 256 256 'nn.reshape'
// CHECK: peak: 1280 bytes
// PEAK: measured peak 1.25 KiB (live 1.25 KiB), equals the plan
func.func @main(%x: tensor<2x8x16xf32>, %w: tensor<16x4xf32>) -> tensor<2x8x4xf32> {
  %e = "nn.exp"(%x) : (tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %flat = "nn.reshape"(%e) : (tensor<2x8x16xf32>) -> tensor<16x16xf32>
  %y = "nn.matmul"(%flat, %w) : (tensor<16x16xf32>, tensor<16x4xf32>) -> tensor<16x4xf32>
  %back = "nn.reshape"(%y) : (tensor<16x4xf32>) -> tensor<2x8x4xf32>
  func.return %back : tensor<2x8x4xf32>
}
