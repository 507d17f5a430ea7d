// convert-stablehlo-to-nn: data movement, contractions, reductions, gathers and
// convolutions; private functions and composites are inlined first.
// RUN: chunk-opt %s --convert-stablehlo-to-nn --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @movement
// CHECK: %[[B:.*]] = "nn.broadcast_in_dim"(%arg0) {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>) -> tensor<2x4xf32>
// CHECK: %[[R:.*]] = "nn.reshape"(%[[B]]) : (tensor<2x4xf32>) -> tensor<4x2xf32>
// CHECK: %[[T:.*]] = "nn.transpose"(%[[R]]) {permutation = array<i64: 1, 0>}
// CHECK: %[[S:.*]] = "nn.slice"(%[[T]]) {limit_indices = array<i64: 2, 4>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 2>} : (tensor<2x4xf32>) -> tensor<2x2xf32>
// CHECK: %[[C:.*]] = "nn.concat"(%[[S]], %[[S]]) {dimension = 1 : i64} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
// Padding: the negative high edge is sliced off, then constant blocks are joined.
// CHECK: %[[CUT:.*]] = "nn.slice"(%[[C]]) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 0>
// CHECK: %[[TOP:.*]] = "nn.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x3xf32>
// CHECK: %[[ROWS:.*]] = "nn.concat"(%[[TOP]], %[[CUT]]) {dimension = 0 : i64} : (tensor<1x3xf32>, tensor<2x3xf32>) -> tensor<3x3xf32>
// CHECK: %[[LEFT:.*]] = "nn.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x1xf32>
// CHECK: %[[P:.*]] = "nn.concat"(%[[LEFT]], %[[ROWS]]) {dimension = 1 : i64} : (tensor<3x1xf32>, tensor<3x3xf32>) -> tensor<3x4xf32>
// Constant dynamic offsets become static slices, clamped into range (9 -> 1).
// CHECK: "nn.slice"(%[[P]]) {limit_indices = array<i64: 3, 4>, start_indices = array<i64: 1, 0>
func.func @movement(%x: tensor<4xf32>, %s: tensor<f32>) -> tensor<2x4xf32> {
  %0 = stablehlo.broadcast_in_dim %x, dims = [1] : (tensor<4xf32>) -> tensor<2x4xf32>
  %1 = stablehlo.reshape %0 : (tensor<2x4xf32>) -> tensor<4x2xf32>
  %2 = stablehlo.transpose %1, dims = [1, 0] : (tensor<4x2xf32>) -> tensor<2x4xf32>
  %3 = stablehlo.slice %2 [0:2, 1:4:2] : (tensor<2x4xf32>) -> tensor<2x2xf32>
  %4 = stablehlo.concatenate %3, %3, dim = 1 : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
  %5 = stablehlo.pad %4, %s, low = [1, 1], high = [0, -1], interior = [0, 0] : (tensor<2x4xf32>, tensor<f32>) -> tensor<3x4xf32>
  %c9 = stablehlo.constant dense<9> : tensor<i32>
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %6 = stablehlo.dynamic_slice %5, %c9, %c0, sizes = [2, 4] : (tensor<3x4xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
  return %6 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @contraction
// CHECK: "nn.dot_general"(%arg0, %arg1) {lhs_batching_dimensions = array<i64: 0>, lhs_contracting_dimensions = array<i64: 2>, rhs_batching_dimensions = array<i64: 0>, rhs_contracting_dimensions = array<i64: 1>} : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
// NHWC input and HWIO kernel are viewed as NCHW/OIHW; the result goes back to NHWC.
// CHECK: %[[X:.*]] = "nn.transpose"(%arg2) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x8x8x3xf32>) -> tensor<1x3x8x8xf32>
// CHECK: %[[W:.*]] = "nn.transpose"(%arg3) {permutation = array<i64: 3, 2, 0, 1>} : (tensor<3x3x3x4xf32>) -> tensor<4x3x3x3xf32>
// CHECK: %[[Y:.*]] = "nn.conv2d"(%[[X]], %[[W]]) {dilations = array<i64: 1, 1>, groups = 1 : i64, padding = array<i64: 1, 0, 1, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
// CHECK: "nn.transpose"(%[[Y]]) {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x4x4x3xf32>) -> tensor<1x4x3x4xf32>
func.func @contraction(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>, %img: tensor<1x8x8x3xf32>, %k: tensor<3x3x3x4xf32>) -> (tensor<2x3x5xf32>, tensor<1x4x3x4xf32>) {
  %0 = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %1 = stablehlo.convolution(%img, %k) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [2, 2], pad = [[1, 1], [0, 0]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x4x3x4xf32>
  return %0, %1 : tensor<2x3x5xf32>, tensor<1x4x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @reductions
// The identity initial values (0 for add, -inf for max) are dropped.
// CHECK: %[[SUM:.*]] = "nn.reduce_sum"(%arg0) {axes = array<i64: 1>} : (tensor<2x4xf32>) -> tensor<2xf32>
// CHECK: %[[MAX:.*]] = "nn.reduce_max"(%arg0) {axes = array<i64: 0>} : (tensor<2x4xf32>) -> tensor<4xf32>
// Minimum as -max(-x); another initial value takes part once.
// CHECK: %[[NEG:.*]] = "nn.neg"(%arg0)
// CHECK: %[[M:.*]] = "nn.reduce_max"(%[[NEG]]) {axes = array<i64: 1>}
// CHECK: %[[MIN:.*]] = "nn.neg"(%[[M]])
// CHECK: "nn.min"(%[[MIN]], %arg1) : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
func.func @reductions(%x: tensor<2x4xf32>, %init: tensor<f32>) -> (tensor<2xf32>, tensor<4xf32>, tensor<2xf32>) {
  %zero = stablehlo.constant dense<0.0> : tensor<f32>
  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %0 = stablehlo.reduce(%x init: %zero) applies stablehlo.add across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
  %1 = stablehlo.reduce(%x init: %ninf) applies stablehlo.maximum across dimensions = [0] : (tensor<2x4xf32>, tensor<f32>) -> tensor<4xf32>
  %2 = stablehlo.reduce(%x init: %init) applies stablehlo.minimum across dimensions = [1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
  return %0, %1, %2 : tensor<2xf32>, tensor<4xf32>, tensor<2xf32>
}

// -----

// A row lookup (JAX's `table[ids]`) becomes nn.embedding between reshapes.
// CHECK-LABEL: func.func @lookup
// CHECK: %[[IDS:.*]] = "nn.reshape"(%arg1) : (tensor<2x3x1xi32>) -> tensor<6xi32>
// CHECK: %[[ROWS:.*]] = "nn.embedding"(%arg0, %[[IDS]]) : (tensor<10x4xf32>, tensor<6xi32>) -> tensor<6x4xf32>
// CHECK: "nn.reshape"(%[[ROWS]]) : (tensor<6x4xf32>) -> tensor<2x3x4xf32>
func.func @lookup(%table: tensor<10x4xf32>, %ids: tensor<2x3x1xi32>) -> tensor<2x3x4xf32> {
  %0 = "stablehlo.gather"(%table, %ids) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<10x4xf32>, tensor<2x3x1xi32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Private helpers and composites are inlined, then erased; names come from name
// locations and jax.result_info.
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%arg0: tensor<4xf32> {nn.name = "x"}) -> (tensor<4xf32> {jax.result_info = "result[0]", nn.name = "result[0]"})
// CHECK: %[[D:.*]] = "nn.add"(%arg0, %arg0)
// CHECK: %[[T:.*]] = "nn.mul"(%[[D]], %[[D]])
// CHECK: func.return %[[T]]
// CHECK-NOT: func.func
func.func public @main(%x: tensor<4xf32> loc("x")) -> (tensor<4xf32> {jax.result_info = "result[0]"}) {
  %0 = call @double(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = stablehlo.composite "my.square" %0 {decomposition = @square} : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
func.func private @double(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.add %a, %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @square(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.multiply %a, %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// dynamic_update_slice at constant offsets: the operand's pieces around the update,
// joined dimension by dimension; the offset 5 is clamped to 2 (= 4 - 2).
// CHECK-LABEL: func.func @update
// CHECK: %[[TOP:.*]] = "nn.slice"(%arg0) {limit_indices = array<i64: 1, 6>, start_indices = array<i64: 0, 0>
// CHECK: %[[ROW:.*]] = "nn.slice"(%arg0) {limit_indices = array<i64: 3, 6>, start_indices = array<i64: 1, 0>
// CHECK: %[[LEFT:.*]] = "nn.slice"(%[[ROW]]) {limit_indices = array<i64: 2, 4>, start_indices = array<i64: 0, 0>
// CHECK: %[[MID:.*]] = "nn.concat"(%[[LEFT]], %arg1) {dimension = 1 : i64} : (tensor<2x4xf32>, tensor<2x2xf32>) -> tensor<2x6xf32>
// CHECK: %[[BOTTOM:.*]] = "nn.slice"(%arg0) {limit_indices = array<i64: 4, 6>, start_indices = array<i64: 3, 0>
// CHECK: "nn.concat"(%[[TOP]], %[[MID]], %[[BOTTOM]]) {dimension = 0 : i64} : (tensor<1x6xf32>, tensor<2x6xf32>, tensor<1x6xf32>) -> tensor<4x6xf32>
func.func @update(%x: tensor<4x6xf32>, %u: tensor<2x2xf32>) -> tensor<4x6xf32> {
  %c1 = stablehlo.constant dense<1> : tensor<i32>
  %c9 = stablehlo.constant dense<9> : tensor<i32>
  %0 = stablehlo.dynamic_update_slice %x, %u, %c1, %c9 : (tensor<4x6xf32>, tensor<2x2xf32>, tensor<i32>, tensor<i32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// reduce_window as pooling on an NCHW view: max (its -inf initial value dropped), and
// an unpadded sum as average pooling times the window size.
// CHECK-LABEL: func.func @pooling
// CHECK: %[[X:.*]] = "nn.transpose"(%arg0) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x4x3xf32>) -> tensor<1x3x4x4xf32>
// CHECK: %[[M:.*]] = "nn.max_pool2d"(%[[X]]) {kernel = array<i64: 2, 2>, padding = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x2x2xf32>
// CHECK: "nn.transpose"(%[[M]]) {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x2x2xf32>) -> tensor<1x2x2x3xf32>
// CHECK: %[[X2:.*]] = "nn.transpose"(%arg0) {permutation = array<i64: 0, 3, 1, 2>}
// CHECK: %[[A:.*]] = "nn.avg_pool2d"(%[[X2]])
// CHECK: %[[K:.*]] = "nn.constant"() {value = dense<4.0> : tensor<f32>}
// CHECK: %[[S:.*]] = "nn.mul"(%[[A]], %[[K]])
// CHECK: "nn.transpose"(%[[S]]) {permutation = array<i64: 0, 2, 3, 1>}
func.func @pooling(%x: tensor<1x4x4x3xf32>) -> (tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>) {
  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %zero = stablehlo.constant dense<0.0> : tensor<f32>
  %0 = "stablehlo.reduce_window"(%x, %ninf) <{padding = dense<0> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %m = stablehlo.maximum %a, %b : tensor<f32>
    stablehlo.return %m : tensor<f32>
  }) : (tensor<1x4x4x3xf32>, tensor<f32>) -> tensor<1x2x2x3xf32>
  %1 = "stablehlo.reduce_window"(%x, %zero) <{window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = stablehlo.add %a, %b : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) : (tensor<1x4x4x3xf32>, tensor<f32>) -> tensor<1x2x2x3xf32>
  return %0, %1 : tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>
}

// -----

// Full-shape splats (torch-mlir writes them at function entry) become a scalar
// broadcast, and expanding broadcasts are copied next to each user: nothing expanded
// is live from the function's start (the mask broadcast to both uses stays small).
// CHECK-LABEL: func.func @splats
// CHECK-NEXT: %[[Z:.*]] = "nn.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
// CHECK-NEXT: %[[E:.*]] = "nn.exp"(%arg0)
// CHECK-NEXT: %[[B1:.*]] = "nn.broadcast_in_dim"(%[[Z]]) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
// CHECK-NEXT: %[[M1:.*]] = "nn.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<64x64xf32>
// CHECK-NEXT: %[[S1:.*]] = "nn.select"(%arg2, %[[B1]], %[[M1]])
// CHECK-NEXT: %[[T:.*]] = "nn.tanh"(%[[E]])
// CHECK-NEXT: %[[M2:.*]] = "nn.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<64x64xf32>
// CHECK-NEXT: %[[A:.*]] = "nn.add"(%[[T]], %[[M2]])
func.func @splats(%x: tensor<64x64xf32>, %mask: tensor<64xf32>, %p: tensor<64x64xi1>) -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  %zeros = stablehlo.constant dense<0.0> : tensor<64x64xf32>
  %m = stablehlo.broadcast_in_dim %mask, dims = [1] : (tensor<64xf32>) -> tensor<64x64xf32>
  %e = stablehlo.exponential %x : tensor<64x64xf32>
  %0 = stablehlo.select %p, %zeros, %m : tensor<64x64xi1>, tensor<64x64xf32>
  %t = stablehlo.tanh %e : tensor<64x64xf32>
  %1 = stablehlo.add %t, %m : tensor<64x64xf32>
  return %0, %1 : tensor<64x64xf32>, tensor<64x64xf32>
}
