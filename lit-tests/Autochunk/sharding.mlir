// Dimensions an SPMD partitioner splits are not chunked. The attention's query rows
// are the only chunkable dimension; sharding them (GSPMD's mhlo.sharding, as a sharded
// jax.jit exports it) leaves no candidate, sharding the keys' contracted dimension
// changes nothing. The annotations stay on the arguments.
// RUN: not chunk-opt %s --split-input-file --autochunk=budget=0.3 2>/dev/null | FileCheck %s
// RUN: not chunk-opt %s --split-input-file --autochunk=budget=0.3 2>&1 >/dev/null | FileCheck %s --check-prefix=REFUSED
// RUN: chunk-opt %s --split-input-file | FileCheck %s --check-prefix=MESH

// CHECK-LABEL: func.func @keys_sharded
// CHECK-SAME: {mhlo.sharding = "{devices=[2,1]<=[2]}"}
// CHECK: "chunk.for"
func.func @keys_sharded(%q: tensor<256x16xf32>, %k: tensor<16x256xf32> {mhlo.sharding = "{devices=[2,1]<=[2]}"}, %v: tensor<256x16xf32>) -> tensor<256x16xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<256x256xf32>) -> tensor<256x256xf32>
  %o = "nn.matmul"(%p, %v) : (tensor<256x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
  func.return %o : tensor<256x16xf32>
}

// -----

// CHECK-NOT: @rows_sharded
// REFUSED: sharding.mlir:{{[0-9]+}}:8: error: autochunk: cannot meet the budget of 157286 bytes
// REFUSED-SAME: the smallest peak reachable is 524288 bytes
func.func @rows_sharded(%q: tensor<256x16xf32> {mhlo.sharding = "{devices=[2,1]<=[2]}"}, %k: tensor<16x256xf32>, %v: tensor<256x16xf32>) -> tensor<256x16xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<256x256xf32>) -> tensor<256x256xf32>
  %o = "nn.matmul"(%p, %v) : (tensor<256x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
  func.return %o : tensor<256x16xf32>
}

// -----

// Shardy's form, as JAX exports it by default: the mesh op is kept, and the query rows
// sharded on mesh axis "b" are not chunked either.
// MESH: sdy.mesh @mesh = <["b"=2]>
// MESH: func.func @rows_sharded_shardy(%arg0: tensor<256x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"b"}, {}]>}
// CHECK-NOT: @rows_sharded_shardy
// REFUSED: sharding.mlir:{{[0-9]+}}:10: error: autochunk: cannot meet the budget of 157286 bytes
module @jit_f attributes {mhlo.num_partitions = 2 : i32} {
  sdy.mesh @mesh = <["b"=2]>
  func.func @rows_sharded_shardy(%q: tensor<256x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"b"}, {}]>}, %k: tensor<16x256xf32>, %v: tensor<256x16xf32>) -> tensor<256x16xf32> {
    %s = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
    %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<256x256xf32>) -> tensor<256x256xf32>
    %o = "nn.matmul"(%p, %v) : (tensor<256x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
    func.return %o : tensor<256x16xf32>
  }
}
