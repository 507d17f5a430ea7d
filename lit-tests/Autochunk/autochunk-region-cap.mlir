// When the search stops at the max-regions cap with every plan still over the
// budget, the refusal says so: a larger cap may reach the budget (a two-layer GPT at
// 30%: one region leaves the other layer's peak; the default cap of 64 reaches it).
// RUN: modelgen gpt --layers 2 --hidden 64 --heads 2 --seq 256 -o %t.mlir
// RUN: not chunk-opt %t.mlir --autochunk="budget=0.3 max-regions=1" 2>&1 | FileCheck %s
// RUN: chunk-opt %t.mlir --autochunk="budget=0.3" -o /dev/null

// CHECK: error: autochunk: cannot meet the budget of
// CHECK: note: the search stopped at max-regions=1 with plans still over the budget; a larger max-regions may reach it
