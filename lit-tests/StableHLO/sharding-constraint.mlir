// jax.lax.with_sharding_constraint, as GSPMD (a custom call @Sharding) and Shardy
// (sdy.sharding_constraint) export it: imported as nn.sharding_constraint with the
// annotation as written, and exported back in the form it came in (the runtimes run it
// as the identity: lit-tests/Runtime/sharding-constraint.mlir) (docs/export.md, "Sharded programs").
// RUN: chunk-opt %s --split-input-file --convert-stablehlo-to-nn | FileCheck %s --check-prefix=NN
// RUN: chunk-opt %s --split-input-file --convert-stablehlo-to-nn --convert-nn-to-stablehlo | FileCheck %s --check-prefix=BACK

// NN-LABEL: func.func @gspmd
// NN: "nn.sharding_constraint"(%{{.*}}) {sharding = "{devices=[2,1]<=[2]}"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// BACK-LABEL: func.func @gspmd
// BACK: stablehlo.custom_call @Sharding(%{{.*}}) {mhlo.sharding = "{devices=[2,1]<=[2]}"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
func.func @gspmd(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = stablehlo.exponential %x : tensor<4x8xf32>
  %1 = stablehlo.custom_call @Sharding(%0) {backend_config = "", mhlo.sharding = "{devices=[2,1]<=[2]}"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// NN: sdy.mesh @mesh = <["b"=2]>
// NN-LABEL: func.func @shardy
// NN: "nn.sharding_constraint"(%{{.*}}) {sharding = #sdy.sharding<@mesh, [{"b"}, {}]>}
// BACK: sdy.mesh @mesh = <["b"=2]>
// BACK-LABEL: func.func @shardy
// BACK: sdy.sharding_constraint %{{.*}} <@mesh, [{"b"}, {}]> : tensor<4x8xf32>
module {
  sdy.mesh @mesh = <["b"=2]>
  func.func @shardy(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
    %0 = stablehlo.exponential %x : tensor<4x8xf32>
    %1 = sdy.sharding_constraint %0 <@mesh, [{"b"}, {}]> : tensor<4x8xf32>
    return %1 : tensor<4x8xf32>
  }
}
