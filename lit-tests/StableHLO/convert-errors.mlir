// convert-stablehlo-to-nn refuses what nn cannot express with an error at the op
// that names it and says why; nothing is converted half-way silently.
// RUN: chunk-opt %s --convert-stablehlo-to-nn --split-input-file --verify-diagnostics

func.func @loop(%n: tensor<i32>) -> tensor<i32> {
  // expected-error @+1 {{'stablehlo.while' op cannot be converted to nn: nn has no data-dependent control flow}}
  %0 = stablehlo.while(%i = %n) : tensor<i32>
   cond {
    %c = stablehlo.compare LT, %i, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %c : tensor<i1>
  } do {
    stablehlo.return %i : tensor<i32>
  }
  return %0 : tensor<i32>
}

// -----

func.func @call(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.custom_call' op cannot be converted to nn: the backend-specific call target 'cu_fused_attention' has no nn equivalent}}
  %0 = stablehlo.custom_call @cu_fused_attention(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @dynamic_offset(%x: tensor<8xf32>, %i: tensor<i32>) -> tensor<2xf32> {
  // expected-error @+1 {{start index #0 is computed at run time; nn slices only at constant offsets}}
  %0 = stablehlo.dynamic_slice %x, %i, sizes = [2] : (tensor<8xf32>, tensor<i32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @interior(%x: tensor<4xf32>, %v: tensor<f32>) -> tensor<7xf32> {
  // expected-error @+1 {{'stablehlo.pad' op cannot be converted to nn: interior padding has no nn equivalent}}
  %0 = stablehlo.pad %x, %v, low = [0], high = [0], interior = [1] : (tensor<4xf32>, tensor<f32>) -> tensor<7xf32>
  return %0 : tensor<7xf32>
}

// -----

func.func @bitwise(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{'stablehlo.and' op cannot be converted to nn: bitwise integer logic has no nn equivalent}}
  %0 = stablehlo.and %a, %b : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @product(%x: tensor<4xf32>, %one: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{'stablehlo.reduce' op cannot be converted to nn: a reduction with 'stablehlo.multiply' on f32 has no nn equivalent}}
  %0 = stablehlo.reduce(%x init: %one) applies stablehlo.multiply across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @sine(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.sine' op cannot be converted to nn: nn has no equivalent op}}
  %0 = stablehlo.sine %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @gather_columns(%x: tensor<4x6xf32>, %i: tensor<3x1xi32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{only row lookups}}
  %0 = "stablehlo.gather"(%x, %i) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 4, 1>}> : (tensor<4x6xf32>, tensor<3x1xi32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}
