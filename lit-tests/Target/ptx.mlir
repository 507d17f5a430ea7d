// --emit=ptx: bufferised linalg mapped to gpu kernels (one .entry per kernel, all in
// one PTX image for sm_90 unless --gpu-arch says otherwise) and the JSON host plan
// (version 2, docs/host-plan.md) next to the output: the activations in the runtime
// plan's arena (1152 bytes here), the chunk loop as a loop step whose variable moves
// the views, the matmul as a batched GEMM step for BLAS (the chunk's rows of x are
// not contiguous, so each of the 2 batches is one 4x8x8 GEMM, B broadcast with batch
// stride 0) that overwrites its slot (the accumulator's zero fill folded in:
// "accumulate": false), the other ops as launches of 32x8-thread blocks.
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

// PLAN: "version": 2,
// PLAN: "chip": "sm_90",
// PLAN: "function": "main",
// PLAN: "arena_bytes": 1152,
// PLAN: "kernels": ["main_kernel", "main_kernel_0", "main_kernel_1"],
// PLAN: {"index": 0, "dtype": "f32", "shape": [2, 10, 8], "bytes": 640}
// PLAN: "outputs": [
// PLAN-NEXT: {"view": {"base": "arena", "byte_offset": 0, "dtype": "f32", "offset": 0, "shape": [2, 10, 8], "strides": [80, 8, 1]}}
// PLAN: {"op": "loop", "var": 0, "extent": 10, "step": 4},
// x[:, o:o+4, :] (offset 8 * var 0) times w, into the 2x4x8 slot at byte 896:
// PLAN-NEXT: {"op": "gemm", "batch": 2, "m": 4, "n": 8, "k": 8, "a": {"base": {"input": 0}, "byte_offset": 0, "dtype": "f32", "offset": {"const": 0, "terms": [{"var": 0, "coeff": 8}]}, "shape": [2, 4, 8], "strides": [80, 8, 1]}, "b": {"base": {"input": 1}, "byte_offset": 0, "dtype": "f32", "offset": 0, "shape": [2, 8, 8], "strides": [0, 8, 1]}, "c": {"base": "arena", "byte_offset": 896, "dtype": "f32", "offset": 0, "shape": [2, 4, 8], "strides": [32, 8, 1]}, "accumulate": false},
// The bias add (32x8 threads: the rows of 8 merged in pairs into 32 lanes, the
// batch of 2 on y; one block) and gelu:
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel", "grid": [1, 1, 1], "block": [32, 8, 1], "shared_bytes": 0, "args": [{{.*}}{"base": {"input": 2}
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel_0",
// The chunk's result copied into the output's rows at the loop's offset, by a kernel:
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel_1", {{.*}}{"memref": {"base": "arena", "byte_offset": 0, "dtype": "f32", "offset": {"const": 0, "terms": [{"var": 0, "coeff": 8}]}, "shape": [2, 4, 8], "strides": [80, 8, 1]}}]},
// PLAN-NEXT: {"op": "end_loop", "var": 0}
// PLAN-NOT: "op"

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
