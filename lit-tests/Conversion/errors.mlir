// What the converter cannot lower is an error at its location naming the op; no
// output. Every nn op has a lowering; dynamic shapes do not (the nn verifier rejects
// them on nn ops, so a function signature is where one can reach the converter).
// RUN: not chunk-translate %s -o %t 2>&1 | FileCheck %s
// RUN: not test -e %t

// CHECK: errors.mlir:[[#@LINE+2]]:1: error: cannot lower 'func.func' to MLIR: unsupported type tensor<?x4xf32> (static tensors only)
// CHECK-NOT: error
func.func @main(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  func.return %x : tensor<?x4xf32>
}
