// RUN: chunk-opt %s -split-input-file -verify-diagnostics

// One case per diagnostic the nn verifiers produce, plus the core verifier's
// result-type mismatch. Each case is a separate input for -split-input-file.

// -----

func.func @case0(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'nn.add' op expects 2 operands, got 1}}
  %0 = "nn.add"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case1(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'nn.neg' op expects 1 operand, got 2}}
  %0 = "nn.neg"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case2(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'nn.constant' op expects 0 operands, got 1}}
  %0 = "nn.constant"(%a) {value = dense<1.0> : tensor<4xf32>} : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case3() -> tensor<4xf32> {
  // expected-error @+1 {{'nn.concat' op expects at least 1 operand, got 0}}
  %0 = "nn.concat"() {dimension = 0 : i64} : () -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case4(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{'nn.conv2d' op expects 2 to 3 operands, got 1}}
  %0 = "nn.conv2d"(%a) : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  func.return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @case5(%a: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{'nn.attention' op expects 3 to 4 operands, got 2}}
  %0 = "nn.attention"(%a, %a) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case6(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'nn.neg' op expects 1 result, got 2}}
  %0:2 = "nn.neg"(%a) : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
  func.return %0#0 : tensor<4xf32>
}

// -----

func.func @case7(%a: tensor<4xf32>) {
  // expected-error @+1 {{'nn.neg' op expects 1 result, got 0}}
  "nn.neg"(%a) : (tensor<4xf32>) -> ()
  func.return
}

// -----

func.func @case8(%a: f32) -> f32 {
  // expected-error @+1 {{'nn.neg' op operand #0 must be a ranked tensor, got f32}}
  %0 = "nn.neg"(%a) : (f32) -> f32
  func.return %0 : f32
}

// -----

func.func @case9(%a: tensor<*xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{operand #0 must be a ranked tensor, got tensor<*xf32>}}
  %0 = "nn.neg"(%a) : (tensor<*xf32>) -> tensor<*xf32>
  func.return %0 : tensor<*xf32>
}

// -----

func.func @case10(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  // expected-error @+1 {{operand #0 must have a static shape, got tensor<?x4xf32>}}
  %0 = "nn.neg"(%a) : (tensor<?x4xf32>) -> tensor<?x4xf32>
  func.return %0 : tensor<?x4xf32>
}

// -----

func.func @case11(%a: tensor<4xf64>) -> tensor<4xf64> {
  // expected-error @+1 {{operand #0 element type f64 is not supported (expected f32, f16, bf16, i1, i32 or i64)}}
  %0 = "nn.neg"(%a) : (tensor<4xf64>) -> tensor<4xf64>
  func.return %0 : tensor<4xf64>
}

// -----

func.func @case12(%a: tensor<4xf32>) -> f32 {
  // expected-error @+1 {{'nn.reshape' op result must be a ranked tensor, got f32}}
  %0 = "nn.reshape"(%a) : (tensor<4xf32>) -> f32
  func.return %0 : f32
}

// -----

func.func @case13(%a: tensor<4xf32>) -> tensor<4xi8> {
  // expected-error @+1 {{'nn.convert' op result element type i8 is not supported}}
  %0 = "nn.convert"(%a) : (tensor<4xf32>) -> tensor<4xi8>
  func.return %0 : tensor<4xi8>
}

// -----

func.func @case14(%a: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{operand #0 must be a tensor of float (f32, f16, bf16) values, got tensor<4xi32>}}
  %0 = "nn.exp"(%a) : (tensor<4xi32>) -> tensor<4xi32>
  func.return %0 : tensor<4xi32>
}

// -----

func.func @case15(%a: tensor<10x4xf32>, %b: tensor<3xf32>) -> tensor<3x4xf32> {
  // expected-error @+1 {{operand #1 must be a tensor of integer (i32, i64) values, got tensor<3xf32>}}
  %0 = "nn.embedding"(%a, %b) : (tensor<10x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  func.return %0 : tensor<3x4xf32>
}

// -----

func.func @case16(%a: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error @+1 {{operand #0 must be a tensor of float or integer (f32, f16, bf16, i32, i64) values, got tensor<4xi1>}}
  %0 = "nn.add"(%a, %a) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  func.return %0 : tensor<4xi1>
}

// -----

func.func @case17(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'nn.select' op operand #0 must be a tensor of i1 values, got tensor<4xf32>}}
  %0 = "nn.select"(%a, %a, %a) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case18(%a: tensor<4294967296x1xf32>, %b: tensor<1x4294967296xf32>) -> tensor<1xf32> {
  // expected-error @+1 {{inferred result type tensor<4294967296x4294967296xf32> has a byte size that overflows u64}}
  %0 = "nn.add"(%a, %b) : (tensor<4294967296x1xf32>, tensor<1x4294967296xf32>) -> tensor<1xf32>
  func.return %0 : tensor<1xf32>
}

// -----

func.func @case19(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<4xf32> {
  // expected-error @+1 {{operands #0 and #1 must have the same element type, got f32 and i32}}
  %0 = "nn.add"(%a, %b) : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case20(%a: tensor<4xf32>) -> tensor<4xi1> {
  // expected-error @+1 {{'nn.compare' op requires attribute 'direction'}}
  %0 = "nn.compare"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  func.return %0 : tensor<4xi1>
}

// -----

func.func @case21() -> tensor<4xf32> {
  // expected-error @+1 {{'nn.constant' op requires attribute 'value'}}
  %0 = "nn.constant"() : () -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case22() -> tensor<4xi64> {
  // expected-error @+1 {{'nn.iota' op requires attribute 'dimension'}}
  %0 = "nn.iota"() : () -> tensor<4xi64>
  func.return %0 : tensor<4xi64>
}

// -----

func.func @case23(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{'nn.transpose' op requires attribute 'permutation'}}
  %0 = "nn.transpose"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  func.return %0 : tensor<3x2xf32>
}

// -----

func.func @case24(%a: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'nn.slice' op requires attribute 'start_indices'}}
  %0 = "nn.slice"(%a) {limit_indices = [2]} : (tensor<4xf32>) -> tensor<2xf32>
  func.return %0 : tensor<2xf32>
}

// -----

func.func @case25(%a: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'nn.slice' op requires attribute 'limit_indices'}}
  %0 = "nn.slice"(%a) {start_indices = [2]} : (tensor<4xf32>) -> tensor<2xf32>
  func.return %0 : tensor<2xf32>
}

// -----

func.func @case26(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+1 {{'nn.max_pool2d' op requires attribute 'kernel'}}
  %0 = "nn.max_pool2d"(%a) : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  func.return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @case27(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'axis' does not fit in i64}}
  %0 = "nn.softmax"(%a) {axis = 9223372036854775808 : i128} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case28(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'axis' must be an integer, got "last"}}
  %0 = "nn.softmax"(%a) {axis = "last"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case29(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{attribute 'axes' must be a list of integers, got 1 : i64}}
  %0 = "nn.reduce_sum"(%a) {axes = 1 : i64} : (tensor<2x3xf32>) -> tensor<2xf32>
  func.return %0 : tensor<2xf32>
}

// -----

func.func @case30(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{attribute 'axes' must be a list of integers}}
  %0 = "nn.reduce_sum"(%a) {axes = [1.0]} : (tensor<2x3xf32>) -> tensor<2xf32>
  func.return %0 : tensor<2xf32>
}

// -----

func.func @case31(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{attribute 'strides' must have 2 entries, got 3}}
  %0 = "nn.conv2d"(%a, %b) {strides = [1, 1, 1]} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case32(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'epsilon' must be a float, got "small"}}
  %0 = "nn.layer_norm"(%a, %b, %b) {epsilon = "small"} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case33(%a: tensor<2x3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{attribute 'keepdims' must be a bool, got "yes"}}
  %0 = "nn.reduce_max"(%a) {axes = [0], keepdims = "yes"} : (tensor<2x3xf32>) -> tensor<3xf32>
  func.return %0 : tensor<3xf32>
}

// -----

func.func @case34(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{attribute 'approximate' must be one of "none", "tanh", got "fast"}}
  %0 = "nn.gelu"(%a) {approximate = "fast"} : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case35(%a: tensor<4xf32>) -> tensor<4xi1> {
  // expected-error @+1 {{attribute 'direction' must be one of "EQ", "NE", "LT", "LE", "GT", "GE", got "LTE"}}
  %0 = "nn.compare"(%a, %a) {direction = "LTE"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  func.return %0 : tensor<4xi1>
}

// -----

func.func @case36(%a: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{attribute 'axis' value -1 is out of range: the tensor has rank 0}}
  %0 = "nn.softmax"(%a) : (tensor<f32>) -> tensor<f32>
  func.return %0 : tensor<f32>
}

// -----

func.func @case37(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'axis' value 2 is out of range for rank 2 (expected a value in [-2, 1])}}
  %0 = "nn.softmax"(%a) {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case38() -> tensor<4x4xi64> {
  // expected-error @+1 {{attribute 'dimension' value -3 is out of range for rank 2}}
  %0 = "nn.iota"() {dimension = -3 : i64} : () -> tensor<4x4xi64>
  func.return %0 : tensor<4x4xi64>
}

// -----

func.func @case39(%a: tensor<2x3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{attribute 'axes' [0, -2] names dimension 0 more than once}}
  %0 = "nn.reduce_sum"(%a) {axes = [0, -2]} : (tensor<2x3xf32>) -> tensor<3xf32>
  func.return %0 : tensor<3xf32>
}

// -----

func.func @case40(%a: tensor<2x4x3xf32>, %b: tensor<4xf32>) -> tensor<2x4x3xf32> {
  // expected-error @+1 {{attribute 'groups' must be positive, got 0}}
  %0 = "nn.group_norm"(%a, %b, %b) {groups = 0 : i64} : (tensor<2x4x3xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<2x4x3xf32>
  func.return %0 : tensor<2x4x3xf32>
}

// -----

func.func @case41(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+1 {{attribute 'kernel' [0, 2] must be all positive}}
  %0 = "nn.avg_pool2d"(%a) {kernel = [0, 2]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  func.return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @case42(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+1 {{attribute 'padding' [-1, 0, 0, 0] must not be negative}}
  %0 = "nn.max_pool2d"(%a) {kernel = [2, 2], padding = [-1, 0, 0, 0]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  func.return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @case43(%a: tensor<2x3xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{operand shapes tensor<2x3xf32> and tensor<4xf32> are not broadcast-compatible}}
  %0 = "nn.mul"(%a, %b) : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case44(%a: tensor<3xi1>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operand shapes tensor<3xi1>, tensor<4xf32> and tensor<4xf32> are not broadcast-compatible}}
  %0 = "nn.select"(%a, %b, %b) : (tensor<3xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case45() -> tensor<4xf32> {
  // expected-error @+1 {{attribute 'value' must be a dense elements attribute, got 1.0 : f32}}
  %0 = "nn.constant"() {value = 1.0 : f32} : () -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case46() -> tensor<4xf32> {
  // expected-error @+1 {{attribute 'value' type tensor<3xf32> does not match result type tensor<4xf32>}}
  %0 = "nn.constant"() {value = dense<1.0> : tensor<3xf32>} : () -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case47(%a: tensor<4xf32>) -> tensor<5xi32> {
  // expected-error @+1 {{result type tensor<5xi32> must have the shape of operand type tensor<4xf32>}}
  %0 = "nn.convert"(%a) : (tensor<4xf32>) -> tensor<5xi32>
  func.return %0 : tensor<5xi32>
}

// -----

func.func @case48(%a: tensor<4xf32>, %b: tensor<4x4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #0 must have rank at least 2, got tensor<4xf32>}}
  %0 = "nn.matmul"(%a, %b) : (tensor<4xf32>, tensor<4x4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case49(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) -> tensor<2x5xf32> {
  // expected-error @+1 {{contracting dimensions differ: tensor<2x3xf32> has K = 3, tensor<4x5xf32> has K = 4}}
  %0 = "nn.matmul"(%a, %b) : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  func.return %0 : tensor<2x5xf32>
}

// -----

func.func @case50(%a: tensor<2x3x4xf32>, %b: tensor<3x4x5xf32>) -> tensor<2x3x5xf32> {
  // expected-error @+1 {{batch dimensions [2] and [3] are not broadcast-compatible}}
  %0 = "nn.matmul"(%a, %b) : (tensor<2x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x5xf32>
  func.return %0 : tensor<2x3x5xf32>
}

// -----

func.func @case51(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<2x3x2xf32> {
  // expected-error @+1 {{lhs_contracting_dimensions and rhs_contracting_dimensions must have the same length, got 1 and 0}}
  %0 = "nn.dot_general"(%a, %b) {lhs_contracting_dimensions = array<i64: 1>} : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x3x2xf32>
  func.return %0 : tensor<2x3x2xf32>
}

// -----

func.func @case52(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{dimension 0 of lhs is both a batching and a contracting dimension}}
  %0 = "nn.dot_general"(%a, %b) {lhs_batching_dimensions = [0], lhs_contracting_dimensions = [0], rhs_batching_dimensions = [0], rhs_contracting_dimensions = [1]} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case53(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<2x3x3xf32> {
  // expected-error @+1 {{batching dimension sizes differ: lhs dimension 0 has size 2, rhs dimension 0 has size 4}}
  %0 = "nn.dot_general"(%a, %b) {lhs_batching_dimensions = [0], rhs_batching_dimensions = [0]} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x3x3xf32>
  func.return %0 : tensor<2x3x3xf32>
}

// -----

func.func @case54(%a: tensor<2x3xf32>, %b: tensor<4x2xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{contracting dimension sizes differ: lhs dimension 1 has size 3, rhs dimension 0 has size 4}}
  %0 = "nn.dot_general"(%a, %b) {lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]} : (tensor<2x3xf32>, tensor<4x2xf32>) -> tensor<2x2xf32>
  func.return %0 : tensor<2x2xf32>
}

// -----

func.func @case55(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{gamma (operand #1) must have shape [3] (x.shape[axis:]), got tensor<2x3xf32>}}
  %0 = "nn.layer_norm"(%a, %b, %c) : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case56(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'epsilon' must be finite and non-negative, got -1}}
  %0 = "nn.layer_norm"(%a, %b, %b) {epsilon = -1.0 : f32} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case57(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #0 must have rank at least 2 ([N, C, ...]), got tensor<4xf32>}}
  %0 = "nn.group_norm"(%a, %a, %a) {groups = 1 : i64} : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case58(%a: tensor<2x6x4xf32>, %b: tensor<6xf32>) -> tensor<2x6x4xf32> {
  // expected-error @+1 {{groups = 4 does not divide the 6 channels}}
  %0 = "nn.group_norm"(%a, %b, %b) {groups = 4 : i64} : (tensor<2x6x4xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x4xf32>
  func.return %0 : tensor<2x6x4xf32>
}

// -----

func.func @case59(%a: tensor<2x6x4xf32>, %b: tensor<6xf32>, %c: tensor<4xf32>) -> tensor<2x6x4xf32> {
  // expected-error @+1 {{beta (operand #2) must have shape [6] ([C]), got tensor<4xf32>}}
  %0 = "nn.group_norm"(%a, %b, %c) {groups = 3 : i64} : (tensor<2x6x4xf32>, tensor<6xf32>, tensor<4xf32>) -> tensor<2x6x4xf32>
  func.return %0 : tensor<2x6x4xf32>
}

// -----

func.func @case60(%a: tensor<2x3xf32>) -> tensor<6xi32> {
  // expected-error @+1 {{result element type i32 must equal operand element type f32}}
  %0 = "nn.reshape"(%a) : (tensor<2x3xf32>) -> tensor<6xi32>
  func.return %0 : tensor<6xi32>
}

// -----

func.func @case61(%a: tensor<2x3xf32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{result type tensor<4x2xf32> has 8 elements but operand type tensor<2x3xf32> has 6}}
  %0 = "nn.reshape"(%a) : (tensor<2x3xf32>) -> tensor<4x2xf32>
  func.return %0 : tensor<4x2xf32>
}

// -----

func.func @case62(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{permutation [1, 0, 2] has 3 entries but the operand has rank 2}}
  %0 = "nn.transpose"(%a) {permutation = array<i64: 1, 0, 2>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  func.return %0 : tensor<3x2xf32>
}

// -----

func.func @case63(%a: tensor<2x3xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'nn.transpose' op permutation [0, 0] is not a permutation of 0..2}}
  %0 = "nn.transpose"(%a) {permutation = [0, 0]} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  func.return %0 : tensor<2x2xf32>
}

// -----

func.func @case64(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{permutation [-1, 0] is not a permutation of 0..2}}
  %0 = "nn.transpose"(%a) {permutation = [-1, 0]} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  func.return %0 : tensor<3x2xf32>
}

// -----

func.func @case65(%a: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'nn.broadcast_in_dim' op requires attribute 'broadcast_dimensions'}}
  %0 = "nn.broadcast_in_dim"(%a) : (tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case66(%a: tensor<3xi32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{result element type f32 must equal operand element type i32}}
  %0 = "nn.broadcast_in_dim"(%a) {broadcast_dimensions = [1]} : (tensor<3xi32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case67(%a: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{broadcast_dimensions [0, 1] has 2 entries but the operand has rank 1}}
  %0 = "nn.broadcast_in_dim"(%a) {broadcast_dimensions = [0, 1]} : (tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case68(%a: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{broadcast_dimensions value 2 is out of range for result rank 2}}
  %0 = "nn.broadcast_in_dim"(%a) {broadcast_dimensions = array<i64: 2>} : (tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case69(%a: tensor<1x1xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{broadcast_dimensions [1, 1] maps two operand dimensions to result dimension 1}}
  %0 = "nn.broadcast_in_dim"(%a) {broadcast_dimensions = [1, 1]} : (tensor<1x1xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case70(%a: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{operand dimension 0 of size 3 cannot broadcast to result dimension 0 of size 2}}
  %0 = "nn.broadcast_in_dim"(%a) {broadcast_dimensions = [0]} : (tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @case71(%a: tensor<4xf32>) -> tensor<0xf32> {
  // expected-error @+1 {{slice bounds of dimension 0 are invalid: start 3, limit 2, size 4 (need 0 <= start <= limit <= size)}}
  %0 = "nn.slice"(%a) {limit_indices = [2], start_indices = [3]} : (tensor<4xf32>) -> tensor<0xf32>
  func.return %0 : tensor<0xf32>
}

// -----

func.func @case72(%a: tensor<4xf32>) -> tensor<5xf32> {
  // expected-error @+1 {{slice bounds of dimension 0 are invalid: start 0, limit 5, size 4}}
  %0 = "nn.slice"(%a) {limit_indices = [5], start_indices = [0]} : (tensor<4xf32>) -> tensor<5xf32>
  func.return %0 : tensor<5xf32>
}

// -----

func.func @case73(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{attribute 'strides' [0] must be all positive}}
  %0 = "nn.slice"(%a) {limit_indices = [4], start_indices = [0], strides = [0]} : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @case74(%a: tensor<2x3xf32>, %b: tensor<2x3x1xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{operand #1 has rank 3, expected 2}}
  %0 = "nn.concat"(%a, %b) {dimension = 1 : i64} : (tensor<2x3xf32>, tensor<2x3x1xf32>) -> tensor<2x6xf32>
  func.return %0 : tensor<2x6xf32>
}

// -----

func.func @case75(%a: tensor<2x3xf32>, %b: tensor<3x3xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{operand #1 dimension 0 has size 3, expected 2 (only dimension 1 may differ)}}
  %0 = "nn.concat"(%a, %b) {dimension = 1 : i64} : (tensor<2x3xf32>, tensor<3x3xf32>) -> tensor<2x6xf32>
  func.return %0 : tensor<2x6xf32>
}

// -----

func.func @case76(%a: tensor<2x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{'nn.concat' op requires attribute 'dimension'}}
  %0 = "nn.concat"(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  func.return %0 : tensor<4x3xf32>
}

// -----

func.func @case77(%a: tensor<3074457345618258603xi1>) -> tensor<3074457345618258603xi1> {
  // expected-error @+1 {{concatenated dimension 0 overflows i64}}
  %0 = "nn.concat"(%a, %a, %a) {dimension = 0 : i64} : (tensor<3074457345618258603xi1>, tensor<3074457345618258603xi1>, tensor<3074457345618258603xi1>) -> tensor<3074457345618258603xi1>
  func.return %0 : tensor<3074457345618258603xi1>
}

// -----

func.func @case78(%a: tensor<10xf32>, %b: tensor<3xi64>) -> tensor<3xf32> {
  // expected-error @+1 {{table (operand #0) must have rank 2 ([V, D]), got tensor<10xf32>}}
  %0 = "nn.embedding"(%a, %b) : (tensor<10xf32>, tensor<3xi64>) -> tensor<3xf32>
  func.return %0 : tensor<3xf32>
}

// -----

func.func @case79(%a: tensor<3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{input (operand #0) must have rank 4 ([N, Cin, H, W]), got tensor<3x8x8xf32>}}
  %0 = "nn.conv2d"(%a, %b) : (tensor<3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case80(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{weight (operand #1) must have rank 4 ([Cout, Cin/groups, KH, KW]), got tensor<4x3x3xf32>}}
  %0 = "nn.conv2d"(%a, %b) : (tensor<1x3x8x8xf32>, tensor<4x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case81(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{groups = 2 does not divide the 3 input channels}}
  %0 = "nn.conv2d"(%a, %b) {groups = 2 : i64} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case82(%a: tensor<1x4x8x8xf32>, %b: tensor<3x2x3x3xf32>) -> tensor<1x3x6x6xf32> {
  // expected-error @+1 {{groups = 2 does not divide the 3 output channels}}
  %0 = "nn.conv2d"(%a, %b) {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x6x6xf32>
  func.return %0 : tensor<1x3x6x6xf32>
}

// -----

func.func @case83(%a: tensor<1x3x8x8xf32>, %b: tensor<4x1x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{weight dimension 1 is 1 but input channels / groups is 3 / 1 = 3}}
  %0 = "nn.conv2d"(%a, %b) : (tensor<1x3x8x8xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case84(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x0x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{kernel size must be positive, got weight tensor<4x3x0x3xf32>}}
  %0 = "nn.conv2d"(%a, %b) : (tensor<1x3x8x8xf32>, tensor<4x3x0x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case85(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>, %c: tensor<3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{bias (operand #2) must have shape [4] ([Cout]), got tensor<3xf32>}}
  %0 = "nn.conv2d"(%a, %b, %c) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case86(%a: tensor<1x3x2x2xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x1x1xf32> {
  // expected-error @+1 {{effective kernel height 3 is larger than the padded input height 2}}
  %0 = "nn.conv2d"(%a, %b) : (tensor<1x3x2x2xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x1x1xf32>
  func.return %0 : tensor<1x4x1x1xf32>
}

// -----

func.func @case87(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{effective kernel height 9 is larger than the padded input height 8}}
  %0 = "nn.conv2d"(%a, %b) {dilations = [4, 1]} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case88(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{window geometry along height overflows i64}}
  %0 = "nn.conv2d"(%a, %b) {dilations = [4611686018427387904, 1]} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case89(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{attribute 'padding' overflows i64}}
  %0 = "nn.conv2d"(%a, %b) {padding = [9223372036854775807, 0, 1, 0]} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case90(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{attribute 'dilations' [0, 1] must be all positive}}
  %0 = "nn.conv2d"(%a, %b) {dilations = [0, 1]} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case91(%a: tensor<1x3x8x8xf32>, %b: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+1 {{attribute 'groups' must be an integer, got 3.0 : f32}}
  %0 = "nn.conv2d"(%a, %b) {groups = 3.0 : f32} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  func.return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @case92(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x5x4xf32> {
  // expected-error @+1 {{padding [2, 0, 0, 0] must be smaller than the kernel [2, 2] on each side}}
  %0 = "nn.max_pool2d"(%a) {kernel = [2, 2], padding = [2, 0, 0, 0]} : (tensor<1x3x8x8xf32>) -> tensor<1x3x5x4xf32>
  func.return %0 : tensor<1x3x5x4xf32>
}

// -----

func.func @case93(%a: tensor<1x3x1x8xf32>) -> tensor<1x3x1x4xf32> {
  // expected-error @+1 {{effective kernel height 2 is larger than the padded input height 1}}
  %0 = "nn.avg_pool2d"(%a) {kernel = [2, 2]} : (tensor<1x3x1x8xf32>) -> tensor<1x3x1x4xf32>
  func.return %0 : tensor<1x3x1x4xf32>
}

// -----

func.func @case94(%a: tensor<1x3x8x8xi32>) -> tensor<1x3x4x4xi32> {
  // expected-error @+1 {{operand #0 must be a tensor of float (f32, f16, bf16) values, got tensor<1x3x8x8xi32>}}
  %0 = "nn.avg_pool2d"(%a) {kernel = [2, 2]} : (tensor<1x3x8x8xi32>) -> tensor<1x3x4x4xi32>
  func.return %0 : tensor<1x3x4x4xi32>
}

// -----

func.func @case95(%a: tensor<8x8xf32>) -> tensor<16x16xf32> {
  // expected-error @+1 {{input (operand #0) must have rank 4 ([N, C, H, W]), got tensor<8x8xf32>}}
  %0 = "nn.upsample_nearest2d"(%a) {scale = 2 : i64} : (tensor<8x8xf32>) -> tensor<16x16xf32>
  func.return %0 : tensor<16x16xf32>
}

// -----

func.func @case96(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{attribute 'scale' must be positive, got -2}}
  %0 = "nn.upsample_nearest2d"(%a) {scale = -2 : i64} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  func.return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @case97(%a: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{scaled size 8 * 4611686018427387904 overflows i64}}
  %0 = "nn.upsample_nearest2d"(%a) {scale = 4611686018427387904 : i64} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  func.return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @case98(%a: tensor<8xf32>, %b: tensor<8xf32>, %c: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{q (operand #0) must have rank at least 2 ([..., Lq, D]), got tensor<8xf32>}}
  %0 = "nn.attention"(%a, %b, %c) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  func.return %0 : tensor<8xf32>
}

// -----

func.func @case99(%a: tensor<2x4x8xf32>, %b: tensor<5x8xf32>, %c: tensor<5x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{k (operand #1) must have rank 3 like q, got tensor<5x8xf32>}}
  %0 = "nn.attention"(%a, %b, %c) : (tensor<2x4x8xf32>, tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case100(%a: tensor<2x4x8xf32>, %b: tensor<3x5x8xf32>, %c: tensor<3x5x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{k (operand #1) batch dimensions [3] must equal those of q [2]}}
  %0 = "nn.attention"(%a, %b, %c) : (tensor<2x4x8xf32>, tensor<3x5x8xf32>, tensor<3x5x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case101(%a: tensor<2x4x8xf32>, %b: tensor<2x5x16xf32>, %c: tensor<2x5x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{k (operand #1) head dimension 16 must equal that of q 8}}
  %0 = "nn.attention"(%a, %b, %c) : (tensor<2x4x8xf32>, tensor<2x5x16xf32>, tensor<2x5x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case102(%a: tensor<2x4x8xf32>, %b: tensor<2x5x8xf32>, %c: tensor<2x6x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{v (operand #2) must have 5 keys like k, got 6}}
  %0 = "nn.attention"(%a, %b, %c) : (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x6x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case103(%a: tensor<2x4x8xf32>, %b: tensor<2x5x8xf32>, %c: tensor<2x5x8xf32>, %d: tensor<4x4xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{bias (operand #3) of type tensor<4x4xf32> does not broadcast to the scores shape [2, 4, 5]}}
  %0 = "nn.attention"(%a, %b, %c, %d) : (tensor<2x4x8xf32>, tensor<2x5x8xf32>, tensor<2x5x8xf32>, tensor<4x4xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case104(%a: tensor<2x4x8xf32>, %b: tensor<2x4x8xf32>, %c: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{attribute 'scale' must be finite, got inf}}
  %0 = "nn.attention"(%a, %b, %c) {scale = 0x7F800000 : f32} : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case105(%a: tensor<2x4x8xf32>, %b: tensor<2x4x8xf32>, %c: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{attribute 'scale' must be a float, got "auto"}}
  %0 = "nn.attention"(%a, %b, %c) {scale = "auto"} : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case106(%a: tensor<2x4x8xf32>, %b: tensor<2x4x8xf32>, %c: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{attribute 'causal' must be a bool, got 1.0 : f32}}
  %0 = "nn.attention"(%a, %b, %c) {causal = 1.0 : f32} : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  func.return %0 : tensor<2x4x8xf32>
}

// -----

func.func @case107(%a: tensor<2x6x8xf32>, %b: tensor<2x5x8xf32>, %c: tensor<2x5x8xf32>) -> tensor<2x6x8xf32> {
  // expected-error @+1 {{causal attention needs Lq <= Lk, got Lq = 6 and Lk = 5}}
  %0 = "nn.attention"(%a, %b, %c) {causal = true} : (tensor<2x6x8xf32>, tensor<2x5x8xf32>, tensor<2x5x8xf32>) -> tensor<2x6x8xf32>
  func.return %0 : tensor<2x6x8xf32>
}

// -----

func.func @case108(%a: tensor<4xf32>) -> tensor<5xf32> {
  // expected-error @+1 {{result type tensor<5xf32> does not match the inferred type tensor<4xf32>}}
  %0 = "nn.add"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<5xf32>
  func.return %0 : tensor<5xf32>
}

// -----

func.func @case109(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{result type tensor<2xf32> does not match the inferred type tensor<2x1xf32>}}
  %0 = "nn.reduce_sum"(%a) {axes = [1], keepdims = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  func.return %0 : tensor<2xf32>
}

// -----

func.func @case110(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{result type tensor<4xf32> does not match the inferred type tensor<4xi1>}}
  %0 = "nn.compare"(%a, %a) {direction = "EQ"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @rms_gamma(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'nn.rms_norm' op gamma (operand #1) must have shape [3] (x.shape[axis:]), got tensor<2x3xf32>}}
  %0 = "nn.rms_norm"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

func.func @rms_operands(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'nn.rms_norm' op expects 2 operands, got 3}}
  %0 = "nn.rms_norm"(%a, %b, %b) : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

// A mean over nothing is 0/0 (sums and maxima over nothing are their identities).
func.func @mean_of_nothing(%x: tensor<4x0xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'nn.reduce_mean' op averages over dimension 1 of size 0: the mean of no elements is undefined}}
  %0 = "nn.reduce_mean"(%x) {axes = array<i64: 1>} : (tensor<4x0xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @attention_without_keys(%q: tensor<4x8xf32>, %k: tensor<0x8xf32>, %v: tensor<0x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'nn.attention' op attends over zero keys (k has 0 rows): the softmax over no scores is undefined}}
  %0 = "nn.attention"(%q, %k, %v) : (tensor<4x8xf32>, tensor<0x8xf32>, tensor<0x8xf32>) -> tensor<4x8xf32>
  func.return %0 : tensor<4x8xf32>
}
