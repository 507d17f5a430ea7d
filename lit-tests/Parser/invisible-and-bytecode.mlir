// Input a tool cannot read is said in words, at a location: an invisible character
// (a byte-order mark, a NUL) is escaped in the message, MLIR bytecode is recognised
// by its magic and refused with how to print it as text, and invalid UTF-8 is
// located. chunk-translate reads its input the same way.
// RUN: printf '\357\273\277func.func @f() {\n}\n' > %t.bom.mlir
// RUN: not chunk-opt %t.bom.mlir 2>&1 | FileCheck %s --check-prefix=BOM
// RUN: printf 'func.func @f(%%%%a: tensor<4x\000f32>)' > %t.nul.mlir
// RUN: not chunk-opt %t.nul.mlir 2>&1 | FileCheck %s --check-prefix=NUL
// RUN: printf 'ML\357R\000\001\002' > %t.mlirbc
// RUN: not chunk-opt %t.mlirbc 2>&1 | FileCheck %s --check-prefix=BYTECODE
// RUN: not chunk-translate %t.mlirbc 2>&1 | FileCheck %s --check-prefix=BYTECODE
// RUN: not chunk-run %t.mlirbc 2>&1 | FileCheck %s --check-prefix=BYTECODE
// RUN: printf 'func.func @f(%%%%a: tensor<2x\377>)' > %t.utf8.mlir
// RUN: not chunk-translate %t.utf8.mlir 2>&1 | FileCheck %s --check-prefix=UTF8

// BOM: bom.mlir:1:1: error: expected operation name, found '\u{feff}func.func' (a UTF-8 byte-order mark; save the file without it)
// NUL: nul.mlir:1:27: error: expected type, found '\0f32' (a NUL byte; is this a binary file?)
// BYTECODE: .mlirbc:1:1: error: this is MLIR bytecode, which is not read here; print it as text first (`mlir-opt FILE.mlirbc -o FILE.mlir`)
// UTF8: utf8.mlir:1:27: error: invalid UTF-8 in input
