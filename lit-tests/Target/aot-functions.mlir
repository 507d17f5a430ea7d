// One C entry point per exported function (docs/aot.md), each with its own planned
// arena; a private function is not exported. The names become C identifiers.
// RUN: chunk-translate %s --emit=obj -o %t.o --header %t.h
// RUN: FileCheck %s < %t.h
// RUN: nm -g --defined-only %t.o | FileCheck %s --check-prefix=SYMS

// CHECK: int32_t autochunk_scale_rows(const void *const *inputs
// CHECK: #define AUTOCHUNK_SCALE_ROWS_ARENA_SIZE 64ull
// CHECK: #define AUTOCHUNK_SCALE_ROWS_NUM_INPUTS 1
// CHECK: int32_t autochunk_mlp_block(const void *const *inputs
// CHECK: #define AUTOCHUNK_MLP_BLOCK_ARENA_SIZE 128ull
// CHECK: #define AUTOCHUNK_MLP_BLOCK_NUM_INPUTS 2
// CHECK-NOT: helper

// SYMS: T autochunk_mlp_block
// SYMS-NEXT: T autochunk_scale_rows
// SYMS-NOT: T

func.func @scale.rows(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %0 = "nn.mul"(%x, %x) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  func.return %0 : tensor<4x4xf32>
}

func.func @"mlp-block"(%x: tensor<4x4xf32>, %w: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %0 = "nn.matmul"(%x, %w) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = "nn.relu"(%0) : (tensor<4x4xf32>) -> tensor<4x4xf32>
  func.return %1 : tensor<4x4xf32>
}

func.func private @helper(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  func.return %x : tensor<4x4xf32>
}
