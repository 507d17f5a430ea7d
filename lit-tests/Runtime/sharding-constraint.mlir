// nn.sharding_constraint computes nothing: the reference runtime and the MLIR CPU
// backend give exactly what the same program without it gives.
// RUN: chunk-run %s --json --compare %S/Inputs/exp.mlir | FileCheck %s
// RUN: chunk-run %s --seed 3 --backend=mlir-cpu --outputs %t.mlir-cpu.safetensors
// RUN: chunk-run %S/Inputs/exp.mlir --seed 3 --outputs %t.reference.safetensors
// RUN: cmp %t.mlir-cpu.safetensors %t.reference.safetensors
// CHECK: "max_abs_error": 0.0
func.func @main(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "nn.exp"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = "nn.sharding_constraint"(%0) {sharding = "{devices=[2,1]<=[2]}"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %1 : tensor<4x8xf32>
}
