// --emit=ptx: bufferised linalg mapped to gpu kernels (one .entry per kernel, all in
// one PTX image for sm_90 unless --gpu-arch says otherwise) and the JSON host plan
// next to the output: allocations, launches with grid/block sizes and arguments
// (inputs, buffers, constants), the chunk loop with its bounds and host ops.
// RUN: chunk-translate %s --emit=ptx -o %t.ptx
// RUN: FileCheck %s --check-prefix=PTX < %t.ptx
// RUN: FileCheck %s --check-prefix=PLAN < %t.plan.json
// RUN: chunk-translate %s --emit=ptx --gpu-arch=sm_80 --host-plan %t.80.json | FileCheck %s --check-prefix=ARCH
// RUN: FileCheck %s --check-prefix=ARCHPLAN < %t.80.json

// PTX: .target sm_90
// PTX: .visible .entry main_kernel(
// PTX: .visible .entry main_kernel_0(
// PTX: .visible .entry main_kernel_1(
// PTX-NOT: .entry

// PLAN: "chip": "sm_90",
// PLAN: "function": "main",
// PLAN: "kernels": ["main_kernel", "main_kernel_0", "main_kernel_1"],
// PLAN: "arguments": [{"index": 0, "type": "memref<2x10x8xf32>", "bytes": 640}
// PLAN: {"op": "alloc", "buffer": 0, "type": "memref<2x10x8xf32>", "bytes": 640}
// PLAN: {"op": "loop", "iv": "%{{.*}}", "lower": 0, "upper": 10, "step": 4,
// PLAN: {"op": "host", "text": "%{{.*}} = memref.subview %arg0
// PLAN: {"op": "launch", "kernel": "main_kernel", "grid": [2, 4, 8], "block": [1, 1, 1], "args": [
// PLAN: {"op": "launch", "kernel": "main_kernel_0", "grid": [2, 4, 8], "block": [1, 1, 1], "args": [{{.*}}{"input": 1}
// PLAN: {"op": "launch", "kernel": "main_kernel_1"
// PLAN: {"op": "end_loop"}
// PLAN: {"op": "return", "results": [{"buffer": 0}]}

// ARCH: .target sm_80
// ARCHPLAN: "chip": "sm_80",
func.func @main(%x: tensor<2x10x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>) -> tensor<2x10x8xf32> {
  %r = "chunk.for"(%x, %w, %b) <{extent = 10 : i64, step = 4 : i64, operand_dims = array<i64: 1, -1, -1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4x8xf32>, %ww: tensor<8x8xf32>, %bb: tensor<8xf32>):
    %0 = "nn.matmul"(%xs, %ww) : (tensor<2x4x8xf32>, tensor<8x8xf32>) -> tensor<2x4x8xf32>
    %1 = "nn.add"(%0, %bb) : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
    %2 = "nn.gelu"(%1) : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    "chunk.yield"(%2) : (tensor<2x4x8xf32>) -> ()
  }) : (tensor<2x10x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  func.return %r : tensor<2x10x8xf32>
}
