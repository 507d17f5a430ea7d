// chunk.for becomes scf.for over the offset: the last chunk is the S-wide window
// ending at N (offset min(i, N - S)), sliced operands are tensor.extract_slice at the
// offset, yielded slices go back with tensor.insert_slice into the iter_args.
// RUN: chunk-translate %s | FileCheck %s
// RUN: chunk-translate %s | mlir-opt -verify-each > /dev/null

// CHECK-LABEL: func.func @main(
// CHECK-SAME:    %[[X:.*]]: tensor<2x10x8xf32>, %[[W:.*]]: tensor<8x8xf32>, %[[B:.*]]: tensor<8xf32>) -> tensor<2x10x8xf32>
// CHECK-DAG:     %[[INIT:.*]] = tensor.empty() : tensor<2x10x8xf32>
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C10:.*]] = arith.constant 10 : index
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG:     %[[C6:.*]] = arith.constant 6 : index
// CHECK:         %[[R:.*]] = scf.for %[[I:.*]] = %[[C0]] to %[[C10]] step %[[C4]] iter_args(%[[ACC:.*]] = %[[INIT]]) -> (tensor<2x10x8xf32>) {
// CHECK:           %[[OFF:.*]] = arith.minsi %[[I]], %[[C6]] : index
// CHECK:           %[[XS:.*]] = tensor.extract_slice %[[X]][0, %[[OFF]], 0] [2, 4, 8] [1, 1, 1] : tensor<2x10x8xf32> to tensor<2x4x8xf32>
// CHECK:           linalg.generic {{.*}} ins(%[[XS]], %[[W]] : tensor<2x4x8xf32>, tensor<8x8xf32>)
// CHECK:             arith.mulf
// CHECK:           linalg.generic
// CHECK:           math.erf
// CHECK:           %[[UPD:.*]] = tensor.insert_slice %{{.*}} into %[[ACC]][0, %[[OFF]], 0] [2, 4, 8] [1, 1, 1] : tensor<2x4x8xf32> into tensor<2x10x8xf32>
// CHECK:           scf.yield %[[UPD]] : tensor<2x10x8xf32>
// CHECK:         return %[[R]] : tensor<2x10x8xf32>
func.func @main(%x: tensor<2x10x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>) -> tensor<2x10x8xf32> {
  %r = "chunk.for"(%x, %w, %b) <{extent = 10 : i64, step = 4 : i64, operand_dims = array<i64: 1, -1, -1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4x8xf32>, %ww: tensor<8x8xf32>, %bb: tensor<8xf32>):
    %0 = "nn.matmul"(%xs, %ww) : (tensor<2x4x8xf32>, tensor<8x8xf32>) -> tensor<2x4x8xf32>
    %1 = "nn.add"(%0, %bb) : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
    %2 = "nn.gelu"(%1) : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    "chunk.yield"(%2) : (tensor<2x4x8xf32>) -> ()
  }) : (tensor<2x10x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  func.return %r : tensor<2x10x8xf32>
}
