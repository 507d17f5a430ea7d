// A memory limit below the plan is refused before running, naming the peak and its op;
// the limit also covers the inputs and outputs.
// RUN: not chunk-run %s --memory-limit 1KiB 2>&1 | FileCheck %s --check-prefix=LIMIT
// RUN: not chunk-run %s --memory-limit 1280 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: chunk-run %s --memory-limit 2848 | FileCheck %s --check-prefix=OK
// An embedding id outside the table is a located runtime error.
// RUN: not chunk-run %S/Inputs/embedding.mlir --inputs %S/Inputs/bad-ids.safetensors 2>&1 | FileCheck %s --check-prefix=IDS
// A missing file is a plain error.
// RUN: not chunk-run %S/Inputs/does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING

// LIMIT: chunk-run: error: '{{.*}}errors.mlir' needs a planned peak of 1280 bytes (1.25 KiB) at nn.add at {{.*}}errors.mlir:[[#@LINE+7]]:8, above the memory limit of 1024 bytes (1.00 KiB); not running it
// ALL: chunk-run: error: '{{.*}}errors.mlir' needs 2848 bytes (2.78 KiB): inputs 928, activation arena 1280, outputs 640, above the memory limit of 1280 bytes (1.25 KiB); not running it
// OK: planned peak      1.25 KiB (1280 B)
// IDS: embedding.mlir:2:8: error: 'nn.embedding' op id 7 at position 2 is out of range for a table of 4 rows
// MISSING: chunk-run: error: cannot read '{{.*}}does-not-exist.mlir'
func.func @main(%x: tensor<2x10x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>) -> tensor<2x10x8xf32> {
  %0 = "nn.matmul"(%x, %w) : (tensor<2x10x8xf32>, tensor<8x8xf32>) -> tensor<2x10x8xf32>
  %1 = "nn.add"(%0, %b) : (tensor<2x10x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  %2 = "nn.gelu"(%1) : (tensor<2x10x8xf32>) -> tensor<2x10x8xf32>
  func.return %2 : tensor<2x10x8xf32>
}
