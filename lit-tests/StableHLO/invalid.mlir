// The stablehlo verifiers and custom parsers: located errors, one case each.
// RUN: chunk-opt %s --split-input-file --verify-diagnostics

func.func @f(%a: tensor<4xf32>, %b: tensor<5xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.add' op operand #1 type 'tensor<5xf32>' must equal operand #0 type 'tensor<4xf32>'}}
  %0 = stablehlo.add %a, %b : (tensor<4xf32>, tensor<5xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @f(%a: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{'stablehlo.exponential' op does not accept element type 'i32'}}
  %0 = stablehlo.exponential %a : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @f(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{'stablehlo.transpose' op permutation entry 0 appears twice}}
  %0 = stablehlo.transpose %a, dims = [0, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @f(%a: tensor<3xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'stablehlo.broadcast_in_dim' op operand dimension 0 has size 3, which is neither 1 nor result dimension 1's size 4}}
  %0 = stablehlo.broadcast_in_dim %a, dims = [1] : (tensor<3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @f(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) -> tensor<2x5xf32> {
  // expected-error @+1 {{'stablehlo.dot_general' op lhs dimension 1 (size 3) and rhs dimension 0 (size 4) must agree}}
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'stablehlo.slice' op dimension 0: slice 1:6:2 is not within 0..4}}
  %0 = stablehlo.slice %a [1:6:2] : (tensor<4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<4xi1> {
  // expected-error @+1 {{'stablehlo.compare' op requires 'comparison_direction', one of EQ, NE, LT, LE, GT, GE}}
  %0 = stablehlo.compare BIGGER, %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @f(%a: tensor<2x4xf32>, %z: tensor<f32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.reduce' op result #0 must be 'tensor<2xf32>', found 'tensor<4xf32>'}}
  %0 = stablehlo.reduce(%a init: %z) applies stablehlo.add across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @f(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{expected 'x' between the lhs and rhs dimension lists}}
  %0 = stablehlo.dot_general %a, %a, contracting_dims = [1] [1] : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @f(%x: tensor<1x8x8x3xf32>, %k: tensor<3x3x3x4xf32>) -> tensor<1x8x8x4xf32> {
  // expected-error @+1 {{invalid convolution dimension numbers '[b, 0, 0, f]x[0, 1, i, o]->[b, 0, 1, f]'}}
  %0 = stablehlo.convolution(%x, %k) dim_numbers = [b, 0, 0, f]x[0, 1, i, o]->[b, 0, 1, f] : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x8x8x4xf32>
  return %0 : tensor<1x8x8x4xf32>
}

// -----

func.func @f(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'stablehlo.constant' op inferred type 'tensor<3xf32>' is incompatible with the result type 'tensor<2x3xf32>'}}
  %0 = "stablehlo.constant"() <{value = dense<1.0> : tensor<3xf32>}> : () -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// (Found by the fuzzer: a misspelled window_strides left the result type unchecked.)
func.func @f(%x: tensor<1x4x4x3xf32>, %z: tensor<f32>) -> tensor<1x2x2x3xf32> {
  // expected-error @+1 {{'stablehlo.reduce_window' op result #0 has shape [1, 2, 2, 3], but the windows give [1, 3, 3, 3]}}
  %0 = "stablehlo.reduce_window"(%x, %z) <{window_dimensions = array<i64: 1, 2, 2, 1>, wijdow_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = stablehlo.add %a, %b : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) : (tensor<1x4x4x3xf32>, tensor<f32>) -> tensor<1x2x2x3xf32>
  return %0 : tensor<1x2x2x3xf32>
}

// -----

// A list attribute whose type claims 10^11 elements is refused, not expanded (the
// mutation fuzzer's finding: expanding the splat exhausted memory).
func.func @f(%a: tensor<1x4x4x3xf32>, %init: tensor<f32>) -> tensor<1x2x2x3xf32> {
  // expected-error @+1 {{'stablehlo.reduce_window' op attribute 'padding' must be a list of integers}}
  %1 = "stablehlo.reduce_window"(%a, %init) <{padding = dense<0> : tensor<99999999999x2xi64>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) : (tensor<1x4x4x3xf32>, tensor<f32>) -> tensor<1x2x2x3xf32>
  return %1 : tensor<1x2x2x3xf32>
}
