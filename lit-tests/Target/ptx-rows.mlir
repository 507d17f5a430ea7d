// --emit=ptx --gpu-reductions=row: a softmax over rows of 300 in a chunk loop (4 of
// 10 rows per iteration, 2 x 4 = 8 rows per chunk). The max and the sum are row
// kernels: one block per row (grid 8), 256 threads striding over the row, warp
// shuffles (shfl.sync.bfly), one float per warp in shared memory (static .shared:
// "shared_bytes" stays 0), a barrier; the max reads the chunk's rows of x where the
// loop variable puts them (offset 300 * var 0). The -inf fill of the max is folded
// into its kernel and the zero fill's copy into the sum's: 5 kernels instead of the
// thread path's 7 (one thread per row: 8 busy threads of one 32-thread block).
// RUN: chunk-translate %s --emit=ptx --gpu-reductions=row -o %t.ptx
// RUN: FileCheck %s --check-prefix=PTX < %t.ptx
// RUN: FileCheck %s --check-prefix=PLAN < %t.plan.json
// RUN: chunk-translate %s --emit=ptx --gpu-reductions=thread --host-plan %t.thread.json > /dev/null
// RUN: FileCheck %s --check-prefix=THREAD < %t.thread.json

// PTX: .visible .entry main_kernel(
// PTX: .shared .align 4 .b8 {{.*}}[32];
// PTX-COUNT-10: shfl.sync.bfly.b32
// PTX: bar.sync 0;

// PLAN: "kernels": ["main_kernel", "main_kernel_0", "main_kernel_1", "main_kernel_2", "main_kernel_3"],
// PLAN: {"op": "loop", "var": 0, "extent": 10, "step": 4},
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel", "grid": [8, 1, 1], "block": [256, 1, 1], "shared_bytes": 0, "args": [{"memref": {"base": {"input": 0}, "byte_offset": 0, "dtype": "f32", "offset": {"const": 0, "terms": [{"var": 0, "coeff": 300}]}, "shape": [2, 4, 300], "strides": [3000, 300, 1]}}, {"memref": {"base": "scratch", {{.*}}"shape": [2, 4], "strides": [4, 1]}}]},
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel_0", "grid": [10, 1, 2], "block": [32, 8, 1],
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel_1", "grid": [8, 1, 1], "block": [256, 1, 1], "shared_bytes": 0,
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel_2", "grid": [10, 1, 2], "block": [32, 8, 1],
// PLAN-NEXT: {"op": "launch", "kernel": "main_kernel_3", "grid": [10, 1, 2], "block": [32, 8, 1],
// PLAN-NEXT: {"op": "end_loop", "var": 0}

// THREAD: "kernels": ["main_kernel", "main_kernel_0", "main_kernel_1", "main_kernel_2", "main_kernel_3", "main_kernel_4", "main_kernel_5"],
// THREAD: {"op": "launch", "kernel": "main_kernel", "grid": [1, 1, 1], "block": [32, 1, 1],
func.func @main(%x: tensor<2x10x300xf32>) -> tensor<2x10x300xf32> {
  %r = "chunk.for"(%x) <{extent = 10 : i64, step = 4 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4x300xf32>):
    %0 = "nn.softmax"(%xs) {axis = -1} : (tensor<2x4x300xf32>) -> tensor<2x4x300xf32>
    "chunk.yield"(%0) : (tensor<2x4x300xf32>) -> ()
  }) : (tensor<2x10x300xf32>) -> tensor<2x10x300xf32>
  func.return %r : tensor<2x10x300xf32>
}
