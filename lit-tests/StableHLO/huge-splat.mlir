// Splat constants stay splats through the import, however many elements their type
// claims (an f64 splat of 10^11 elements is narrowed to f32 as one value, and a
// splat operand is recognised without expanding it).
// RUN: chunk-opt %s --convert-stablehlo-to-nn | FileCheck %s

// CHECK: %[[C:.*]] = "nn.constant"() {value = dense<2.5> : tensor<f32>}
// CHECK: "nn.broadcast_in_dim"(%[[C]]) {{.*}} -> tensor<99999999999xf32>
func.func @main(%a: tensor<99999999999xf32>) -> tensor<99999999999xf32> {
  %c = stablehlo.constant dense<2.5> : tensor<99999999999xf64>
  %d = stablehlo.convert %c : (tensor<99999999999xf64>) -> tensor<99999999999xf32>
  %0 = stablehlo.multiply %a, %d : tensor<99999999999xf32>
  return %0 : tensor<99999999999xf32>
}
