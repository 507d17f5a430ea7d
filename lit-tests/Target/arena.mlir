// --arena: the entry function's activations live in one arena planned by the
// reference runtime (runtime::plan): an extra last argument memref<ARENA_SIZExi8>
// (1280 bytes for the MLP, 1152 for the chunked MLP: chunk-run's planned_peak_bytes),
// each planned value written into its memref.view at the planned offset, results left
// in the arena (autochunk.result_offsets), nothing returned. After the CPU pipeline no
// activation is malloc'ed.
// RUN: chunk-translate %S/../Runtime/Inputs/mlp.mlir --arena | FileCheck %s --check-prefix=MLIR
// RUN: chunk-translate %S/../Runtime/Inputs/mlp.mlir --arena | mlir-opt > /dev/null
// RUN: chunk-translate %S/../Runtime/Inputs/mlp.mlir --arena --emit=llvm-dialect | FileCheck %s --check-prefix=LLVM
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --arena | FileCheck %s --check-prefix=LOOP
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --arena --emit=llvm-dialect | FileCheck %s --check-prefix=LLVM
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=llvm-dialect | FileCheck %s --check-prefix=MALLOC

// MLIR: func.func @main(%arg0: tensor<2x10x8xf32>, %arg1: tensor<8x8xf32>, %arg2: tensor<8xf32>, %arg3: memref<1280xi8>)
// MLIR-SAME: autochunk.arena_size = 1280 : i64, autochunk.result_offsets = array<i64: 0>
// MLIR: memref.view %arg3[{{.*}}][] : memref<1280xi8> to memref<2x10x8xf32>
// MLIR: bufferization.materialize_in_destination {{.*}} in restrict writable
// MLIR: bufferization.to_tensor {{.*}} restrict : memref<2x10x8xf32>
// MLIR: return{{$}}

// LLVM: llvm.func @main(
// LLVM-NOT: llvm.call @malloc
// LLVM-NOT: llvm.call @free
// LLVM: llvm.return

// The loop's result is its arena slice (the scf.for's init), the body's values too.
// LOOP: func.func @main({{.*}}%arg3: memref<1152xi8>) attributes {autochunk.arena_size = 1152 : i64
// LOOP: %[[V:.*]] = memref.view %arg3[%{{.*}}][] : memref<1152xi8> to memref<2x10x8xf32>
// LOOP: %[[T:.*]] = bufferization.to_tensor %[[V]] restrict writable
// LOOP: scf.for {{.*}} iter_args(%{{.*}} = %[[T]])
// LOOP: memref.view %arg3[%{{.*}}][] : memref<1152xi8> to memref<2x4x8xf32>

// Without --arena the bufferised code allocates its intermediates.
// MALLOC: llvm.call @malloc
