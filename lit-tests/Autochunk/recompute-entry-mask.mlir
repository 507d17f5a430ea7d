// Recomputation of a mask built at function entry: torch.export's GPT-2 builds the
// additive causal mask once and adds it in every layer. Each layer's loop over
// query rows recomputes its rows of the mask (an nn.iota offset by the chunk), so no
// whole [L, L] mask is left at function level.
// RUN: modelgen style torch-gpt --layers 2 --hidden 16 --heads 2 --ffn 32 --seq 256 | chunk-opt --autochunk="budget=0.15" | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK-NOT: "nn.iota"
// CHECK: "chunk.for"
// CHECK: "nn.iota"() {dimension = 0 : i64} : () -> tensor<{{[0-9]+}}x256xi32>
// CHECK: "chunk.yield"
// CHECK-NOT: "nn.iota"
// CHECK: "chunk.for"
// CHECK: "nn.iota"() {dimension = 0 : i64} : () -> tensor<{{[0-9]+}}x256xi32>
// CHECK: "chunk.yield"
// CHECK-NOT: "nn.iota"
// CHECK: func.return
