// The {-# dialect_resources #-} section torch-mlir and IREE write, read for every
// dialect: dense_resource<key> becomes the blob's elements (after the blob's 4-byte
// alignment header), printed as a hex dense literal, and the program runs.
// RUN: chunk-opt %s | FileCheck %s
// RUN: chunk-opt %s --convert-stablehlo-to-nn -o %t && chunk-run %t --seed 1 | FileCheck %s --check-prefix=EXEC
// RUN: not chunk-opt %S/Inputs/resource-missing.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not chunk-opt %S/Inputs/resource-size.mlir 2>&1 | FileCheck %s --check-prefix=SIZE

// CHECK: stablehlo.constant dense<"0x0000803F000000400000404000008040"> : tensor<4xf32>
// CHECK: "nn.constant"() {value = dense<"0x0000803F000000400000404000008040"> : tensor<2x2xf32>}
// EXEC: ops executed      2
// MISSING: resource-missing.mlir:3:{{[0-9]+}}: error: unknown resource 'weights': the file has no such entry in its {-# dialect_resources #-} section
// SIZE: resource-size.mlir:3:{{[0-9]+}}: error: resource 'w' holds 8 bytes, but 'tensor<4xf32>' needs 16
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
  %1 = "nn.constant"() {value = dense_resource<"quoted key"> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %2 = stablehlo.add %x, %0 : tensor<4xf32>
  return %2 : tensor<4xf32>
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F000000400000404000008040",
      "quoted key": "0x040000000000803F000000400000404000008040"
    }
  }
#-}
