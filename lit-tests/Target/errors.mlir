// chunk-translate's errors are located: a math op without a GPU lowering at the op
// that needs it, a GPU architecture LLVM does not know refused once, before LLVM is
// asked (it used to print LLVM's complaint once per kernel).
// RUN: not chunk-translate %s --emit=ptx -o %t.ptx 2>&1 | FileCheck %s --check-prefix=POW
// RUN: not chunk-translate %s --emit=ptx --gpu-arch sm_1 -o %t.ptx 2>&1 | FileCheck %s --check-prefix=ARCH
// RUN: not chunk-translate %s --emit=ptx --gpu-arch sm_1 -o %t.ptx 2>&1 | grep -c "sm_1" | FileCheck %s --check-prefix=ONCE

// POW: errors.mlir:[[@LINE+6]]:8: error: 'nn.pow' has no GPU lowering yet: its math becomes a call to libdevice's __nv_powf, which is not linked
// ARCH: error: invalid value 'sm_1' for '--gpu-arch <GPU_ARCH>': 'sm_1' is not a GPU architecture LLVM's NVPTX target knows; use one of sm_20,
// ARCH-SAME: sm_90, sm_90a
// ARCH-NOT: not a recognized processor
// ONCE: 1
func.func @main(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "nn.pow"(%a, %b) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %0 : tensor<4x8xf32>
}
