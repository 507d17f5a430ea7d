// canonicalize raises the spelled-out softmax, layer norm, GELU and SiLU that the
// frontends write (here as convert-stablehlo-to-nn leaves JAX/Flax's forms) into
// nn.softmax, nn.layer_norm, nn.gelu and nn.silu; near-misses stay as they are.
// RUN: chunk-opt %s --canonicalize --split-input-file | FileCheck %s

// jax.nn.softmax: max clamped below by -inf, reduced values re-expanded through
// broadcast_in_dim to [8, 1] and then [8, 8].
// CHECK-LABEL: func.func @softmax
// CHECK-NEXT: %[[S:.*]] = "nn.softmax"(%arg0) {axis = 1 : i64} : (tensor<8x8xf32>) -> tensor<8x8xf32>
// CHECK-NEXT: func.return %[[S]]
func.func @softmax(%x: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %m = "nn.reduce_max"(%x) {axes = [1]} : (tensor<8x8xf32>) -> tensor<8xf32>
  %ninf = "nn.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
  %nb = "nn.broadcast_in_dim"(%ninf) {broadcast_dimensions = []} : (tensor<f32>) -> tensor<8xf32>
  %mc = "nn.max"(%nb, %m) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %m1 = "nn.broadcast_in_dim"(%mc) {broadcast_dimensions = [0]} : (tensor<8xf32>) -> tensor<8x1xf32>
  %m2 = "nn.broadcast_in_dim"(%m1) {broadcast_dimensions = [0, 1]} : (tensor<8x1xf32>) -> tensor<8x8xf32>
  %d = "nn.sub"(%x, %m2) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  %e = "nn.exp"(%d) : (tensor<8x8xf32>) -> tensor<8x8xf32>
  %s = "nn.reduce_sum"(%e) {axes = [1]} : (tensor<8x8xf32>) -> tensor<8xf32>
  %s1 = "nn.broadcast_in_dim"(%s) {broadcast_dimensions = [0]} : (tensor<8xf32>) -> tensor<8x1xf32>
  %s2 = "nn.broadcast_in_dim"(%s1) {broadcast_dimensions = [0, 1]} : (tensor<8x1xf32>) -> tensor<8x8xf32>
  %p = "nn.div"(%e, %s2) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  func.return %p : tensor<8x8xf32>
}

// -----

// Near-miss: the sum is re-expanded along the wrong axis (a column sum broadcast
// over rows), which is not a softmax.
// CHECK-LABEL: func.func @not_softmax
// CHECK-NOT: nn.softmax
// CHECK: "nn.div"
func.func @not_softmax(%x: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %m = "nn.reduce_max"(%x) {axes = [1]} : (tensor<8x8xf32>) -> tensor<8xf32>
  %m2 = "nn.broadcast_in_dim"(%m) {broadcast_dimensions = [0]} : (tensor<8xf32>) -> tensor<8x8xf32>
  %d = "nn.sub"(%x, %m2) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  %e = "nn.exp"(%d) : (tensor<8x8xf32>) -> tensor<8x8xf32>
  %s = "nn.reduce_sum"(%e) {axes = [1]} : (tensor<8x8xf32>) -> tensor<8xf32>
  %s2 = "nn.broadcast_in_dim"(%s) {broadcast_dimensions = [1]} : (tensor<8xf32>) -> tensor<8x8xf32>
  %p = "nn.div"(%e, %s2) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  func.return %p : tensor<8x8xf32>
}

// -----

// flax.linen.LayerNorm: variance as max(0, E[x^2] - E[x]^2), gamma folded into the
// rsqrt factor, gamma and beta reshaped to [1, 1, D] and broadcast.
// CHECK-LABEL: func.func @flax_layer_norm
// CHECK-NEXT: %[[L:.*]] = "nn.layer_norm"(%arg0, %arg1, %arg2) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
// CHECK-NEXT: func.return %[[L]]
func.func @flax_layer_norm(%x: tensor<1x4x8xf32>, %gamma: tensor<8xf32>, %beta: tensor<8xf32>) -> tensor<1x4x8xf32> {
  %n = "nn.constant"() {value = dense<8.0> : tensor<f32>} : () -> tensor<f32>
  %zero = "nn.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %eps = "nn.constant"() {value = dense<9.99999974E-6> : tensor<f32>} : () -> tensor<f32>
  %x2 = "nn.mul"(%x, %x) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %s = "nn.reduce_sum"(%x) {axes = [2]} : (tensor<1x4x8xf32>) -> tensor<1x4xf32>
  %nb = "nn.broadcast_in_dim"(%n) {broadcast_dimensions = []} : (tensor<f32>) -> tensor<1x4xf32>
  %mean = "nn.div"(%s, %nb) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %s2 = "nn.reduce_sum"(%x2) {axes = [2]} : (tensor<1x4x8xf32>) -> tensor<1x4xf32>
  %ex2 = "nn.div"(%s2, %nb) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %mm = "nn.mul"(%mean, %mean) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %v0 = "nn.sub"(%ex2, %mm) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %zb = "nn.broadcast_in_dim"(%zero) {broadcast_dimensions = []} : (tensor<f32>) -> tensor<1x4xf32>
  %var = "nn.max"(%zb, %v0) : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %mean1 = "nn.broadcast_in_dim"(%mean) {broadcast_dimensions = [0, 1]} : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
  %var1 = "nn.broadcast_in_dim"(%var) {broadcast_dimensions = [0, 1]} : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
  %mean3 = "nn.broadcast_in_dim"(%mean1) {broadcast_dimensions = [0, 1, 2]} : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
  %dev = "nn.sub"(%x, %mean3) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %eb = "nn.broadcast_in_dim"(%eps) {broadcast_dimensions = []} : (tensor<f32>) -> tensor<1x4x1xf32>
  %ve = "nn.add"(%var1, %eb) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %r = "nn.rsqrt"(%ve) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %g1 = "nn.reshape"(%gamma) : (tensor<8xf32>) -> tensor<1x1x8xf32>
  %r3 = "nn.broadcast_in_dim"(%r) {broadcast_dimensions = [0, 1, 2]} : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
  %g3 = "nn.broadcast_in_dim"(%g1) {broadcast_dimensions = [0, 1, 2]} : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
  %rg = "nn.mul"(%r3, %g3) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %y = "nn.mul"(%dev, %rg) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %b1 = "nn.reshape"(%beta) : (tensor<8xf32>) -> tensor<1x1x8xf32>
  %b3 = "nn.broadcast_in_dim"(%b1) {broadcast_dimensions = [0, 1, 2]} : (tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
  %out = "nn.add"(%y, %b3) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  func.return %out : tensor<1x4x8xf32>
}

// -----

// Two-pass variance (mean of squared deviations), written with nn.reduce_mean.
// CHECK-LABEL: func.func @two_pass_layer_norm
// CHECK-NEXT: %[[L:.*]] = "nn.layer_norm"(%arg0, %arg1, %arg2) {axis = -1 : i64, epsilon = 1.0e-6 : f32}
// CHECK-NEXT: func.return %[[L]]
func.func @two_pass_layer_norm(%x: tensor<4x8xf32>, %gamma: tensor<8xf32>, %beta: tensor<8xf32>) -> tensor<4x8xf32> {
  %mean = "nn.reduce_mean"(%x) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %dev = "nn.sub"(%x, %mean) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %sq = "nn.mul"(%dev, %dev) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %var = "nn.reduce_mean"(%sq) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = "nn.constant"() {value = dense<1.0e-6> : tensor<f32>} : () -> tensor<f32>
  %ve = "nn.add"(%var, %eps) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %r = "nn.rsqrt"(%ve) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "nn.mul"(%dev, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %g = "nn.mul"(%n, %gamma) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %out = "nn.add"(%g, %beta) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  func.return %out : tensor<4x8xf32>
}

// -----

// Near-miss: the mean divides by 7, not by the 8 elements reduced.
// CHECK-LABEL: func.func @not_layer_norm
// CHECK-NOT: nn.layer_norm
func.func @not_layer_norm(%x: tensor<4x8xf32>, %gamma: tensor<8xf32>, %beta: tensor<8xf32>) -> tensor<4x8xf32> {
  %seven = "nn.constant"() {value = dense<7.0> : tensor<f32>} : () -> tensor<f32>
  %s = "nn.reduce_sum"(%x) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %mean = "nn.div"(%s, %seven) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %dev = "nn.sub"(%x, %mean) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %sq = "nn.mul"(%dev, %dev) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %var = "nn.reduce_mean"(%sq) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = "nn.constant"() {value = dense<1.0e-6> : tensor<f32>} : () -> tensor<f32>
  %ve = "nn.add"(%var, %eps) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %r = "nn.rsqrt"(%ve) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "nn.mul"(%dev, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %g = "nn.mul"(%n, %gamma) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %out = "nn.add"(%g, %beta) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  func.return %out : tensor<4x8xf32>
}

// -----

// jax.nn.gelu(approximate=True): x * (0.5 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))).
// CHECK-LABEL: func.func @gelu_tanh
// CHECK-NEXT: %[[G:.*]] = "nn.gelu"(%arg0) {approximate = "tanh"}
// CHECK-NEXT: func.return %[[G]]
func.func @gelu_tanh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %x2 = "nn.mul"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %x3 = "nn.mul"(%x2, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %k = "nn.constant"() {value = dense<4.471500e-02> : tensor<4xf32>} : () -> tensor<4xf32>
  %kx3 = "nn.mul"(%k, %x3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %in = "nn.add"(%x, %kx3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %c = "nn.constant"() {value = dense<0.797884583> : tensor<4xf32>} : () -> tensor<4xf32>
  %cin = "nn.mul"(%c, %in) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %t = "nn.tanh"(%cin) : (tensor<4xf32>) -> tensor<4xf32>
  %one = "nn.constant"() {value = dense<1.0> : tensor<4xf32>} : () -> tensor<4xf32>
  %opt = "nn.add"(%one, %t) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %half = "nn.constant"() {value = dense<0.5> : tensor<4xf32>} : () -> tensor<4xf32>
  %h = "nn.mul"(%half, %opt) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %y = "nn.mul"(%x, %h) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %y : tensor<4xf32>
}

// -----

// Near-miss: 0.044716 is not GELU's cubic coefficient.
// CHECK-LABEL: func.func @not_gelu
// CHECK-NOT: nn.gelu
// CHECK: nn.tanh
func.func @not_gelu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %x2 = "nn.mul"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %x3 = "nn.mul"(%x2, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %k = "nn.constant"() {value = dense<4.471600e-02> : tensor<4xf32>} : () -> tensor<4xf32>
  %kx3 = "nn.mul"(%k, %x3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %in = "nn.add"(%x, %kx3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %c = "nn.constant"() {value = dense<0.797884583> : tensor<4xf32>} : () -> tensor<4xf32>
  %cin = "nn.mul"(%c, %in) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %t = "nn.tanh"(%cin) : (tensor<4xf32>) -> tensor<4xf32>
  %one = "nn.constant"() {value = dense<1.0> : tensor<4xf32>} : () -> tensor<4xf32>
  %opt = "nn.add"(%one, %t) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %half = "nn.constant"() {value = dense<0.5> : tensor<4xf32>} : () -> tensor<4xf32>
  %h = "nn.mul"(%half, %opt) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %y = "nn.mul"(%x, %h) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %y : tensor<4xf32>
}

// -----

// jax.nn.gelu(approximate=False): 0.5 * x * erfc(-x / sqrt 2), erfc as 1 - erf.
// CHECK-LABEL: func.func @gelu_erf
// CHECK-NEXT: %[[G:.*]] = "nn.gelu"(%arg0) {approximate = "none"}
// CHECK-NEXT: func.return %[[G]]
func.func @gelu_erf(%x: tensor<4xf32>) -> tensor<4xf32> {
  %half = "nn.constant"() {value = dense<0.5> : tensor<4xf32>} : () -> tensor<4xf32>
  %hx = "nn.mul"(%half, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %nx = "nn.neg"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %r = "nn.constant"() {value = dense<0.707106769> : tensor<4xf32>} : () -> tensor<4xf32>
  %a = "nn.mul"(%nx, %r) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %e = "nn.erf"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  %one = "nn.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %c = "nn.sub"(%one, %e) : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  %y = "nn.mul"(%hx, %c) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %y : tensor<4xf32>
}

// -----

// jax.nn.silu: x * (1 / (1 + exp(-x))); and x * sigmoid(x).
// CHECK-LABEL: func.func @silu
// CHECK-NEXT: %[[A:.*]] = "nn.silu"(%arg0)
// CHECK-NEXT: %[[B:.*]] = "nn.silu"(%arg0)
// CHECK-NEXT: "nn.add"(%[[A]], %[[B]])
func.func @silu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %n = "nn.neg"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %e = "nn.exp"(%n) : (tensor<4xf32>) -> tensor<4xf32>
  %one = "nn.constant"() {value = dense<1.0> : tensor<4xf32>} : () -> tensor<4xf32>
  %d = "nn.add"(%one, %e) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %s = "nn.div"(%one, %d) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %y = "nn.mul"(%x, %s) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %sg = "nn.sigmoid"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %z = "nn.mul"(%sg, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %r = "nn.add"(%y, %z) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}

// -----

// Near-miss: x * (1 / (1 + exp(x))) is not SiLU.
// CHECK-LABEL: func.func @not_silu
// CHECK-NOT: nn.silu
func.func @not_silu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = "nn.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %one = "nn.constant"() {value = dense<1.0> : tensor<4xf32>} : () -> tensor<4xf32>
  %d = "nn.add"(%one, %e) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %s = "nn.div"(%one, %d) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %y = "nn.mul"(%x, %s) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %y : tensor<4xf32>
}

// -----

// NCHW -> NHWC -> NCHW round trips vanish; other pairs compose into one transpose.
// CHECK-LABEL: func.func @transposes
// CHECK-NEXT: %[[T:.*]] = "nn.transpose"(%arg0) {permutation = array<i64: 1, 0, 2, 3>}
// CHECK-NEXT: func.return %arg0, %[[T]]
func.func @transposes(%x: tensor<1x3x8x8xf32>) -> (tensor<1x3x8x8xf32>, tensor<3x1x8x8xf32>) {
  %a = "nn.transpose"(%x) {permutation = [0, 2, 3, 1]} : (tensor<1x3x8x8xf32>) -> tensor<1x8x8x3xf32>
  %b = "nn.transpose"(%a) {permutation = [0, 3, 1, 2]} : (tensor<1x8x8x3xf32>) -> tensor<1x3x8x8xf32>
  %c = "nn.transpose"(%a) {permutation = [3, 0, 1, 2]} : (tensor<1x8x8x3xf32>) -> tensor<3x1x8x8xf32>
  func.return %b, %c : tensor<1x3x8x8xf32>, tensor<3x1x8x8xf32>
}

// -----

// HF's Flax Llama RMS norm: weight * (x / sqrt(mean(x * x) + eps)).
// CHECK-LABEL: func.func @rms_norm_flax
// CHECK-NEXT: %[[R:.*]] = "nn.rms_norm"(%arg0, %arg1) {axis = -1 : i64, epsilon = 1.0e-6 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
// CHECK-NEXT: func.return %[[R]]
func.func @rms_norm_flax(%x: tensor<1x4x8xf32>, %w: tensor<8xf32>) -> tensor<1x4x8xf32> {
  %sq = "nn.mul"(%x, %x) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %s = "nn.reduce_sum"(%sq) {axes = [2]} : (tensor<1x4x8xf32>) -> tensor<1x4xf32>
  %s1 = "nn.broadcast_in_dim"(%s) {broadcast_dimensions = [0, 1]} : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
  %n = "nn.constant"() {value = dense<8.0> : tensor<1x4x1xf32>} : () -> tensor<1x4x1xf32>
  %ms = "nn.div"(%s1, %n) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %eps = "nn.constant"() {value = dense<1.0e-6> : tensor<1x4x1xf32>} : () -> tensor<1x4x1xf32>
  %v = "nn.add"(%ms, %eps) : (tensor<1x4x1xf32>, tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %r = "nn.sqrt"(%v) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %r3 = "nn.broadcast_in_dim"(%r) {broadcast_dimensions = [0, 1, 2]} : (tensor<1x4x1xf32>) -> tensor<1x4x8xf32>
  %y = "nn.div"(%x, %r3) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %w3 = "nn.broadcast_in_dim"(%w) {broadcast_dimensions = [2]} : (tensor<8xf32>) -> tensor<1x4x8xf32>
  %out = "nn.mul"(%w3, %y) : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  func.return %out : tensor<1x4x8xf32>
}

// -----

// The rsqrt form (PyTorch, T5): x * rsqrt(mean(x * x) + eps) * weight.
// CHECK-LABEL: func.func @rms_norm_rsqrt
// CHECK-NEXT: %[[R:.*]] = "nn.rms_norm"(%arg0, %arg1) {axis = -1 : i64, epsilon = 1.0e-5 : f32}
// CHECK-NEXT: func.return %[[R]]
func.func @rms_norm_rsqrt(%x: tensor<4x8xf32>, %w: tensor<8xf32>) -> tensor<4x8xf32> {
  %sq = "nn.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %ms = "nn.reduce_mean"(%sq) {axes = [-1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = "nn.constant"() {value = dense<1.0e-5> : tensor<f32>} : () -> tensor<f32>
  %v = "nn.add"(%ms, %eps) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %r = "nn.rsqrt"(%v) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %y = "nn.mul"(%x, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %out = "nn.mul"(%y, %w) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  func.return %out : tensor<4x8xf32>
}

// -----

// Near-miss: the mean square of another tensor than the one scaled.
// CHECK-LABEL: func.func @not_rms_norm
// CHECK-NOT: nn.rms_norm
func.func @not_rms_norm(%x: tensor<4x8xf32>, %z: tensor<4x8xf32>, %w: tensor<8xf32>) -> tensor<4x8xf32> {
  %sq = "nn.mul"(%z, %z) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %ms = "nn.reduce_mean"(%sq) {axes = [-1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = "nn.constant"() {value = dense<1.0e-5> : tensor<f32>} : () -> tensor<f32>
  %v = "nn.add"(%ms, %eps) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %r = "nn.rsqrt"(%v) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %y = "nn.mul"(%x, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %out = "nn.mul"(%y, %w) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  func.return %out : tensor<4x8xf32>
}

// -----

// PyTorch's gelu_new cubes with pow(x, 3).
// CHECK-LABEL: func.func @gelu_pow
// CHECK-NEXT: %[[G:.*]] = "nn.gelu"(%arg0) {approximate = "tanh"}
// CHECK-NEXT: func.return %[[G]]
func.func @gelu_pow(%x: tensor<4xf32>) -> tensor<4xf32> {
  %three = "nn.constant"() {value = dense<3.0> : tensor<f32>} : () -> tensor<f32>
  %x3 = "nn.pow"(%x, %three) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %k = "nn.constant"() {value = dense<4.471500e-02> : tensor<f32>} : () -> tensor<f32>
  %kx3 = "nn.mul"(%x3, %k) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %in = "nn.add"(%x, %kx3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %c = "nn.constant"() {value = dense<0.797884583> : tensor<f32>} : () -> tensor<f32>
  %cin = "nn.mul"(%in, %c) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %t = "nn.tanh"(%cin) : (tensor<4xf32>) -> tensor<4xf32>
  %one = "nn.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %opt = "nn.add"(%t, %one) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %half = "nn.constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
  %hx = "nn.mul"(%x, %half) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %y = "nn.mul"(%hx, %opt) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %y : tensor<4xf32>
}

// -----

// torch-mlir's layer norm: the element count converted from i64 at compile time, the
// mean computed twice (once for the variance), an element count as a folded literal.
// CHECK-LABEL: func.func @torch_layer_norm
// CHECK-NEXT: %[[L:.*]] = "nn.layer_norm"(%arg0, %arg1, %arg2) {axis = -1 : i64, epsilon = 1.0e-5 : f32}
// CHECK-NEXT: func.return %[[L]]
func.func @torch_layer_norm(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %n64 = "nn.constant"() {value = dense<8> : tensor<1xi64>} : () -> tensor<1xi64>
  %nf = "nn.convert"(%n64) : (tensor<1xi64>) -> tensor<1xf32>
  %n = "nn.reshape"(%nf) : (tensor<1xf32>) -> tensor<f32>
  %s1 = "nn.reduce_sum"(%x) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %m1 = "nn.div"(%s1, %n) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %d1 = "nn.sub"(%x, %m1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %sq = "nn.mul"(%d1, %d1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %vs = "nn.reduce_sum"(%sq) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %var = "nn.div"(%vs, %n) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %s2 = "nn.reduce_sum"(%x) {axes = [1], keepdims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %m2 = "nn.div"(%s2, %n) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %eps = "nn.constant"() {value = dense<1.0e-5> : tensor<f32>} : () -> tensor<f32>
  %ve = "nn.add"(%var, %eps) : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %r = "nn.rsqrt"(%ve) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %d2 = "nn.sub"(%x, %m2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %nr = "nn.mul"(%d2, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %sc = "nn.mul"(%nr, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %y = "nn.add"(%sc, %b) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  func.return %y : tensor<4x8xf32>
}

// -----

// Multiplying or dividing by ones (torch-mlir's alpha = 1 of a linear) is the identity
// when the other operand already has the result type; small constants convert and
// reshape at compile time.
// CHECK-LABEL: func.func @identities
// CHECK-NEXT: %[[C:.*]] = "nn.constant"() {value = dense<2.5> : tensor<f32>}
// CHECK-NEXT: func.return %arg0, %arg0, %[[C]]
func.func @identities(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<f32>) {
  %one = "nn.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %ones = "nn.broadcast_in_dim"(%one) {broadcast_dimensions = []} : (tensor<f32>) -> tensor<4x8xf32>
  %a = "nn.mul"(%ones, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %b = "nn.div"(%x, %one) : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %i = "nn.constant"() {value = dense<2.5> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = "nn.reshape"(%i) : (tensor<1xf32>) -> tensor<f32>
  func.return %a, %b, %r : tensor<4x8xf32>, tensor<4x8xf32>, tensor<f32>
}
