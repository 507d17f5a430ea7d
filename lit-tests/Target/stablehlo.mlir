// --emit=stablehlo: a chunk.for becomes a stablehlo.while carrying the counter, the
// full-size result and the operands; each iteration's offset is min(i * step,
// extent - step) (3 iterations at offsets 0, 4, 6), the sliced operand is read with
// dynamic_slice and the yielded slice written with dynamic_update_slice. numpy
// broadcasting becomes broadcast_in_dim, matmul a dot_general, GELU goes through
// chlo.erf. The text is what XLA compiles (tools/tests/chunk_translate_stablehlo.rs
// runs it). An op without an export is an error at the op.
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=stablehlo | FileCheck %s
// RUN: chunk-translate %S/../Runtime/chunk-for.mlir --emit=stablehlo | chunk-opt > /dev/null
// RUN: not chunk-translate %S/Inputs/max-pool.mlir --emit=stablehlo 2>&1 | FileCheck %s --check-prefix=MISSING

// CHECK-LABEL: func.func @main(%arg0: tensor<2x10x8xf32>, %arg1: tensor<8x8xf32>, %arg2: tensor<8xf32>) -> tensor<2x10x8xf32>
// CHECK: %[[ZERO:.*]] = stablehlo.constant dense<0> : tensor<i64>
// CHECK: %[[INIT:.*]] = stablehlo.constant dense<0.0> : tensor<2x10x8xf32>
// CHECK: %[[W:.*]]:5 = stablehlo.while(%[[I:.*]] = %[[ZERO]], %[[R:.*]] = %[[INIT]], %[[X:.*]] = %arg0, %[[WW:.*]] = %arg1, %[[B:.*]] = %arg2)
// CHECK: cond {
// CHECK: %[[N:.*]] = stablehlo.constant dense<3> : tensor<i64>
// CHECK: stablehlo.compare LT, %[[I]], %[[N]]
// CHECK: do {
// CHECK: %[[STEP:.*]] = stablehlo.constant dense<4> : tensor<i64>
// CHECK: %[[LAST:.*]] = stablehlo.constant dense<6> : tensor<i64>
// CHECK: %[[START:.*]] = stablehlo.multiply %[[I]], %[[STEP]]
// CHECK: %[[OFF:.*]] = stablehlo.minimum %[[START]], %[[LAST]]
// CHECK: %[[XS:.*]] = stablehlo.dynamic_slice %[[X]], %{{.*}}, %[[OFF]], %{{.*}}, sizes = [2, 4, 8]
// CHECK: %[[MM:.*]] = stablehlo.dot_general %[[XS]], %[[WW]], contracting_dims = [2] x [0]
// CHECK: stablehlo.broadcast_in_dim %[[B]], dims = [2] : (tensor<8xf32>) -> tensor<2x4x8xf32>
// CHECK: chlo.erf
// CHECK: %[[NEXT:.*]] = stablehlo.add %[[I]], %{{.*}} : tensor<i64>
// CHECK: %[[UPD:.*]] = stablehlo.dynamic_update_slice %[[R]], %{{.*}}, %{{.*}}, %[[OFF]], %{{.*}}
// CHECK: stablehlo.return %[[NEXT]], %[[UPD]], %[[X]], %[[WW]], %[[B]]
// CHECK: func.return %[[W]]#1 : tensor<2x10x8xf32>

// MISSING: max-pool.mlir:2:8: error: convert-nn-to-stablehlo: 'nn.max_pool2d' has no StableHLO export yet
