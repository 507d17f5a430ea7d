// --emit=llvm runs the CPU pipeline (fusion, bufferisation, loops, LLVM dialect) and
// translates to LLVM IR; --emit=llvm-dialect stops before the translation.
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=llvm | FileCheck %s
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=llvm-dialect | FileCheck %s --check-prefix=DIALECT
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=llvm-dialect | mlir-opt > /dev/null
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=llvm --c-interface | FileCheck %s --check-prefix=CIFACE

// CHECK: define { ptr, ptr, i64, [3 x i64], [3 x i64] } @main(
// CHECK: call float @erff(float

// DIALECT: llvm.func @main(
// DIALECT-NOT: linalg.
// DIALECT-NOT: scf.for

// CIFACE: define void @_mlir_ciface_main(ptr
