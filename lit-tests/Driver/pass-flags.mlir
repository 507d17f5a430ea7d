// The mlir-opt flags for watching passes: dumps before/after named passes, only
// after a change, after a failure; pass statistics; a pass nested under
// func.func(...) runs once per function.
// RUN: chunk-opt %s --pass-pipeline='builtin.module(cse,dce,cse)' --mlir-print-ir-before=dce --mlir-print-ir-after=cse -o /dev/null 2>&1 | FileCheck %s --check-prefix=NAMED
// RUN: chunk-opt %s --pass-pipeline='builtin.module(cse,dce,cse)' --mlir-print-ir-after-all --mlir-print-ir-after-change -o /dev/null 2>&1 | FileCheck %s --check-prefix=CHANGE
// RUN: not chunk-opt %s --pass-pipeline='builtin.module(func.func(cse,autochunk{budget=0.001}))' --mlir-print-ir-after-failure -o /dev/null 2>&1 | FileCheck %s --check-prefix=FAILURE
// RUN: chunk-opt %s --pass-pipeline='builtin.module(func.func(cse,autochunk{budget=0.3}))' --mlir-pass-statistics 2>%t.stats | FileCheck %s --check-prefix=PERFUNC
// RUN: FileCheck %s --check-prefix=STATS < %t.stats
// RUN: not chunk-opt %s --autochunk=budget=0.3 2>&1 | FileCheck %s --check-prefix=WHOLE
// RUN: not chunk-opt %s --mlir-print-ir-after=nope 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not chunk-opt %s --pass-pipeline='builtin.module(func.func(cse,inline))' 2>&1 | FileCheck %s --check-prefix=NESTED

// NAMED-NOT: IR Dump Before CSE
// NAMED: // -----// IR Dump After CSE (cse) //----- //
// NAMED: // -----// IR Dump Before DCE (dce) //----- //
// NAMED-NOT: IR Dump After DCE
// NAMED: // -----// IR Dump After CSE (cse) //----- //

// The first CSE merges the duplicate matmuls; DCE and the second CSE change nothing.
// CHANGE: // -----// IR Dump After CSE (cse) //----- //
// CHANGE-NOT: IR Dump After

// FAILURE: // -----// IR Dump After AutoChunk (autochunk) //----- //
// FAILURE-NEXT: module {
// FAILURE: error: autochunk: cannot meet the budget

// Each function is chunked on its own (the module has no @main, so a module-level
// autochunk cannot pick one).
// PERFUNC-LABEL: func.func @first
// PERFUNC: "chunk.for"
// PERFUNC-LABEL: func.func @second
// PERFUNC: "chunk.for"
// STATS: ... Pass statistics report ...
// STATS: 'cse' Pass
// STATS-NEXT: (S) 1 num-cse'd - Operations erased as duplicates of an earlier one
// STATS-NEXT: 'autochunk' Pass
// STATS-NEXT: (S) 2 regions-chunked - Regions rewritten into chunk.for loops
// STATS-NEXT: (S) {{[0-9]+}} chunk-iterations
// STATS-NEXT: (S) 0 table-copies
// STATS-NEXT: (S) {{[0-9]+}} bytes-saved

// WHOLE: error: the module has 2 functions and none is named @main
// NESTED: invalid pass pipeline at column 30: pass 'inline' works on the whole module and cannot run under 'func.func('
// UNKNOWN: chunk-opt: error: --print-ir-after: unknown pass 'nope' (--list-passes lists them)

func.func @first(%q: tensor<256x16xf32>, %k: tensor<16x256xf32>, %v: tensor<256x16xf32>) -> tensor<256x16xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
  %t = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
  %u = "nn.add"(%s, %t) : (tensor<256x256xf32>, tensor<256x256xf32>) -> tensor<256x256xf32>
  %p = "nn.softmax"(%u) {axis = -1 : i64} : (tensor<256x256xf32>) -> tensor<256x256xf32>
  %o = "nn.matmul"(%p, %v) : (tensor<256x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
  func.return %o : tensor<256x16xf32>
}

func.func @second(%q: tensor<128x16xf32>, %k: tensor<16x128xf32>, %v: tensor<128x16xf32>) -> tensor<128x16xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<128x16xf32>, tensor<16x128xf32>) -> tensor<128x128xf32>
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<128x128xf32>) -> tensor<128x128xf32>
  %o = "nn.matmul"(%p, %v) : (tensor<128x128xf32>, tensor<128x16xf32>) -> tensor<128x16xf32>
  func.return %o : tensor<128x16xf32>
}
