// nn.sharding_constraint computes nothing: on the reference runtime and on the MLIR
// CPU backend, the program gives exactly what the same program without it gives.
// RUN: chunk-run %s --json --compare %S/Inputs/exp.mlir | FileCheck %s
// RUN: chunk-run %s --seed 3 --backend=mlir-cpu --outputs %t.with.safetensors
// RUN: chunk-run %S/Inputs/exp.mlir --seed 3 --backend=mlir-cpu --outputs %t.without.safetensors
// RUN: cmp %t.with.safetensors %t.without.safetensors
// CHECK: "max_abs_error": 0.0
func.func @main(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "nn.exp"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = "nn.sharding_constraint"(%0) {sharding = "{devices=[2,1]<=[2]}"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %1 : tensor<4x8xf32>
}
