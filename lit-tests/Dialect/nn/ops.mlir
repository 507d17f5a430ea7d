// RUN: chunk-opt %s | chunk-opt | FileCheck %s
// RUN: chunk-opt %s --print-op-generic | chunk-opt | FileCheck %s

// One function per op of the nn dialect contract (or a small group): each must
// parse, verify, print and re-parse with its attributes intact.

module {
  // CHECK-LABEL: func.func @neg(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @neg(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.neg"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.neg"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @abs(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @abs(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.abs"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.abs"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @exp(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @exp(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.exp"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.exp"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @log(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @log(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.log"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.log"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @sqrt(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @sqrt(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.sqrt"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.sqrt"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @rsqrt(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @rsqrt(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.rsqrt"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.rsqrt"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @tanh(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @tanh(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.tanh"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.tanh"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @sigmoid(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @sigmoid(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.sigmoid"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.sigmoid"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @relu(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @relu(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.relu"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.relu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @silu(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @silu(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.silu"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.silu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @erf(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @erf(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.erf"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %r = "nn.erf"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[R]] : tensor<2x3xf32>
    func.return %r : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @neg_i32(
  // CHECK-SAME: %[[X:.*]]: tensor<4xi32>)
  func.func @neg_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
    // CHECK: %[[R:.*]] = "nn.neg"(%[[X]]) : (tensor<4xi32>) -> tensor<4xi32>
    %r = "nn.neg"(%x) : (tensor<4xi32>) -> tensor<4xi32>
    // CHECK: func.return %[[R]] : tensor<4xi32>
    func.return %r : tensor<4xi32>
  }

  // CHECK-LABEL: func.func @gelu(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @gelu(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // CHECK: %[[A:.*]] = "nn.gelu"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %a = "nn.gelu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: %[[B:.*]] = "nn.gelu"(%[[A]]) {approximate = "none"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %b = "nn.gelu"(%a) {approximate = "none"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: %[[C:.*]] = "nn.gelu"(%[[B]]) {approximate = "tanh"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %c = "nn.gelu"(%b) {approximate = "tanh"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK: func.return %[[C]] : tensor<2x3xf32>
    func.return %c : tensor<2x3xf32>
  }

  // CHECK-LABEL: func.func @add(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @add(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.add"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.add"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @sub(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @sub(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.sub"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.sub"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @mul(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @mul(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.mul"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.mul"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @div(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @div(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.div"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.div"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @max(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @max(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.max"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.max"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @min(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @min(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.min"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.min"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @pow(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x4xf32>, %[[B:.*]]: tensor<3x1xf32>)
  func.func @pow(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.pow"(%[[A]], %[[B]]) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.pow"(%a, %b) : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @add_scalar_i64(
  // CHECK-SAME: %[[A:.*]]: tensor<i64>, %[[B:.*]]: tensor<5xi64>)
  func.func @add_scalar_i64(%a: tensor<i64>, %b: tensor<5xi64>) -> tensor<5xi64> {
    // CHECK: %[[R:.*]] = "nn.add"(%[[A]], %[[B]]) : (tensor<i64>, tensor<5xi64>) -> tensor<5xi64>
    %r = "nn.add"(%a, %b) : (tensor<i64>, tensor<5xi64>) -> tensor<5xi64>
    // CHECK: func.return %[[R]] : tensor<5xi64>
    func.return %r : tensor<5xi64>
  }

  // CHECK-LABEL: func.func @compare(
  // CHECK-SAME: %[[A:.*]]: tensor<4x1xf32>, %[[B:.*]]: tensor<3xf32>)
  func.func @compare(%a: tensor<4x1xf32>, %b: tensor<3xf32>) -> tensor<4x3xi1> {
    // CHECK: %[[CEQ:.*]] = "nn.compare"(%[[A]], %[[B]]) {direction = "EQ"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    %ceq = "nn.compare"(%a, %b) {direction = "EQ"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    // CHECK: %[[CNE:.*]] = "nn.compare"(%[[A]], %[[B]]) {direction = "NE"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    %cne = "nn.compare"(%a, %b) {direction = "NE"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    // CHECK: %[[CLT:.*]] = "nn.compare"(%[[A]], %[[B]]) {direction = "LT"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    %clt = "nn.compare"(%a, %b) {direction = "LT"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    // CHECK: %[[CLE:.*]] = "nn.compare"(%[[A]], %[[B]]) {direction = "LE"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    %cle = "nn.compare"(%a, %b) {direction = "LE"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    // CHECK: %[[CGT:.*]] = "nn.compare"(%[[A]], %[[B]]) {direction = "GT"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    %cgt = "nn.compare"(%a, %b) {direction = "GT"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    // CHECK: %[[CGE:.*]] = "nn.compare"(%[[A]], %[[B]]) {direction = "GE"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    %cge = "nn.compare"(%a, %b) {direction = "GE"} : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xi1>
    // CHECK: func.return %[[CGE]] : tensor<4x3xi1>
    func.return %cge : tensor<4x3xi1>
  }

  // CHECK-LABEL: func.func @select(
  // CHECK-SAME: %[[C:.*]]: tensor<4x1xi1>, %[[A:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<4x3xf32>)
  func.func @select(%c: tensor<4x1xi1>, %a: tensor<3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
    // CHECK: %[[R:.*]] = "nn.select"(%[[C]], %[[A]], %[[B]]) : (tensor<4x1xi1>, tensor<3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %r = "nn.select"(%c, %a, %b) : (tensor<4x1xi1>, tensor<3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    // CHECK: func.return %[[R]] : tensor<4x3xf32>
    func.return %r : tensor<4x3xf32>
  }

  // CHECK-LABEL: func.func @convert(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>)
  func.func @convert(%x: tensor<2x3xf32>) -> tensor<2x3xi1> {
    // CHECK: %[[A:.*]] = "nn.convert"(%[[X]]) : (tensor<2x3xf32>) -> tensor<2x3xi32>
    %a = "nn.convert"(%x) : (tensor<2x3xf32>) -> tensor<2x3xi32>
    // CHECK: %[[B:.*]] = "nn.convert"(%[[A]]) : (tensor<2x3xi32>) -> tensor<2x3xi1>
    %b = "nn.convert"(%a) : (tensor<2x3xi32>) -> tensor<2x3xi1>
    // CHECK: func.return %[[B]] : tensor<2x3xi1>
    func.return %b : tensor<2x3xi1>
  }

  // CHECK-LABEL: func.func @constant(
  func.func @constant() -> tensor<2x2xf32> {
    // CHECK: %[[A:.*]] = "nn.constant"() {value = dense<{{\[\[}}1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    %a = "nn.constant"() {value = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    // CHECK: %[[B:.*]] = "nn.constant"() {value = dense<5.0e-1> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    %b = "nn.constant"() {value = dense<5.0e-1> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
    // CHECK: %[[C:.*]] = "nn.constant"() {value = dense<[1, 2, 3]> : tensor<3xi64>} : () -> tensor<3xi64>
    %c = "nn.constant"() {value = dense<[1, 2, 3]> : tensor<3xi64>} : () -> tensor<3xi64>
    // CHECK: %[[D:.*]] = "nn.constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
    %d = "nn.constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
    // CHECK: %[[R:.*]] = "nn.add"(%[[A]], %[[B]]) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
    %r = "nn.add"(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
    // CHECK: func.return %[[R]] : tensor<2x2xf32>
    func.return %r : tensor<2x2xf32>
  }

  // CHECK-LABEL: func.func @iota(
  func.func @iota() -> tensor<4x8xf32> {
    // CHECK: %[[A:.*]] = "nn.iota"() {dimension = 1 : i64} : () -> tensor<4x8xi64>
    %a = "nn.iota"() {dimension = 1 : i64} : () -> tensor<4x8xi64>
    // CHECK: %[[B:.*]] = "nn.iota"() {dimension = -2 : i64} : () -> tensor<4x8xf32>
    %b = "nn.iota"() {dimension = -2 : i64} : () -> tensor<4x8xf32>
    // CHECK: func.return %[[B]] : tensor<4x8xf32>
    func.return %b : tensor<4x8xf32>
  }

  // CHECK-LABEL: func.func @matmul(
  // CHECK-SAME: %[[X:.*]]: tensor<1x2048x1024xf32>, %[[W:.*]]: tensor<1024x4096xf32>)
  func.func @matmul(%x: tensor<1x2048x1024xf32>, %w: tensor<1024x4096xf32>) -> tensor<1x2048x4096xf32> {
    // CHECK: %[[R:.*]] = "nn.matmul"(%[[X]], %[[W]]) : (tensor<1x2048x1024xf32>, tensor<1024x4096xf32>) -> tensor<1x2048x4096xf32>
    %r = "nn.matmul"(%x, %w) : (tensor<1x2048x1024xf32>, tensor<1024x4096xf32>) -> tensor<1x2048x4096xf32>
    // CHECK: func.return %[[R]] : tensor<1x2048x4096xf32>
    func.return %r : tensor<1x2048x4096xf32>
  }

  // CHECK-LABEL: func.func @matmul_batch_broadcast(
  // CHECK-SAME: %[[A:.*]]: tensor<2x1x3x4xf32>, %[[B:.*]]: tensor<5x4x6xf32>)
  func.func @matmul_batch_broadcast(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32> {
    // CHECK: %[[R:.*]] = "nn.matmul"(%[[A]], %[[B]]) : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
    %r = "nn.matmul"(%a, %b) : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
    // CHECK: func.return %[[R]] : tensor<2x5x3x6xf32>
    func.return %r : tensor<2x5x3x6xf32>
  }

  // CHECK-LABEL: func.func @dot_general(
  // CHECK-SAME: %[[A:.*]]: tensor<2x3x4xf32>, %[[B:.*]]: tensor<4x2x5xf32>)
  func.func @dot_general(%a: tensor<2x3x4xf32>, %b: tensor<4x2x5xf32>) -> tensor<2x3x5xf32> {
    // CHECK: %[[R:.*]] = "nn.dot_general"(%[[A]], %[[B]]) {lhs_batching_dimensions = array<i64: 0>, lhs_contracting_dimensions = array<i64: 2>, rhs_batching_dimensions = array<i64: 1>, rhs_contracting_dimensions = array<i64: 0>} : (tensor<2x3x4xf32>, tensor<4x2x5xf32>) -> tensor<2x3x5xf32>
    %r = "nn.dot_general"(%a, %b) {lhs_batching_dimensions = array<i64: 0>, lhs_contracting_dimensions = array<i64: 2>, rhs_batching_dimensions = array<i64: 1>, rhs_contracting_dimensions = array<i64: 0>} : (tensor<2x3x4xf32>, tensor<4x2x5xf32>) -> tensor<2x3x5xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x5xf32>
    func.return %r : tensor<2x3x5xf32>
  }

  // CHECK-LABEL: func.func @dot_general_lists(
  // CHECK-SAME: %[[A:.*]]: tensor<7x2x3x4xf32>, %[[B:.*]]: tensor<3x2x4x9xf32>)
  func.func @dot_general_lists(%a: tensor<7x2x3x4xf32>, %b: tensor<3x2x4x9xf32>) -> tensor<3x2x7x9xf32> {
    // CHECK: %[[R:.*]] = "nn.dot_general"(%[[A]], %[[B]]) {lhs_batching_dimensions = [2 : i64, 1 : i64], lhs_contracting_dimensions = [-1 : i64], rhs_batching_dimensions = [0 : i64, 1 : i64], rhs_contracting_dimensions = [2 : i64]} : (tensor<7x2x3x4xf32>, tensor<3x2x4x9xf32>) -> tensor<3x2x7x9xf32>
    %r = "nn.dot_general"(%a, %b) {lhs_batching_dimensions = [2, 1], lhs_contracting_dimensions = [-1], rhs_batching_dimensions = [0, 1], rhs_contracting_dimensions = [2]} : (tensor<7x2x3x4xf32>, tensor<3x2x4x9xf32>) -> tensor<3x2x7x9xf32>
    // CHECK: func.return %[[R]] : tensor<3x2x7x9xf32>
    func.return %r : tensor<3x2x7x9xf32>
  }

  // CHECK-LABEL: func.func @dot_general_properties(
  // CHECK-SAME: %[[A:.*]]: tensor<3x4xf32>, %[[B:.*]]: tensor<4x5xf32>)
  func.func @dot_general_properties(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
    // CHECK: %[[R:.*]] = "nn.dot_general"(%[[A]], %[[B]]) <{lhs_contracting_dimensions = array<i64: 1>, rhs_contracting_dimensions = array<i64: 0>}> : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
    %r = "nn.dot_general"(%a, %b) <{lhs_contracting_dimensions = array<i64: 1>, rhs_contracting_dimensions = array<i64: 0>}> : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
    // CHECK: func.return %[[R]] : tensor<3x5xf32>
    func.return %r : tensor<3x5xf32>
  }

  // CHECK-LABEL: func.func @reduce(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3x4xf32>)
  func.func @reduce(%x: tensor<2x3x4xf32>) -> tensor<f32> {
    // CHECK: %[[S:.*]] = "nn.reduce_sum"(%[[X]]) {axes = [-1 : i64]} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
    %s = "nn.reduce_sum"(%x) {axes = [-1]} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
    // CHECK: %[[M:.*]] = "nn.reduce_max"(%[[X]]) {axes = array<i64: 0, -1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
    %m = "nn.reduce_max"(%x) {axes = array<i64: 0, -1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
    // CHECK: %[[N:.*]] = "nn.reduce_mean"(%[[X]]) {axes = [0 : i64, 1 : i64, 2 : i64], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
    %n = "nn.reduce_mean"(%x) {axes = [0, 1, 2], keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
    // CHECK: func.return %[[N]] : tensor<f32>
    func.return %n : tensor<f32>
  }

  // CHECK-LABEL: func.func @softmax(
  // CHECK-SAME: %[[X:.*]]: tensor<2x8xf32>)
  func.func @softmax(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
    // CHECK: %[[A:.*]] = "nn.softmax"(%[[X]]) : (tensor<2x8xf32>) -> tensor<2x8xf32>
    %a = "nn.softmax"(%x) : (tensor<2x8xf32>) -> tensor<2x8xf32>
    // CHECK: %[[B:.*]] = "nn.softmax"(%[[A]]) {axis = 0 : i64} : (tensor<2x8xf32>) -> tensor<2x8xf32>
    %b = "nn.softmax"(%a) {axis = 0 : i64} : (tensor<2x8xf32>) -> tensor<2x8xf32>
    // CHECK: func.return %[[B]] : tensor<2x8xf32>
    func.return %b : tensor<2x8xf32>
  }

  // CHECK-LABEL: func.func @layer_norm(
  // CHECK-SAME: %[[X:.*]]: tensor<2x8x16xf32>, %[[G:.*]]: tensor<8x16xf32>, %[[B:.*]]: tensor<8x16xf32>)
  func.func @layer_norm(%x: tensor<2x8x16xf32>, %g: tensor<8x16xf32>, %b: tensor<8x16xf32>) -> tensor<2x8x16xf32> {
    // CHECK: %[[R:.*]] = "nn.layer_norm"(%[[X]], %[[G]], %[[B]]) {axis = -2 : i64, epsilon = 1.0e-5 : f32} : (tensor<2x8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<2x8x16xf32>
    %r = "nn.layer_norm"(%x, %g, %b) {axis = -2 : i64, epsilon = 1.0e-5 : f32} : (tensor<2x8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<2x8x16xf32>
    // CHECK: func.return %[[R]] : tensor<2x8x16xf32>
    func.return %r : tensor<2x8x16xf32>
  }

  // CHECK-LABEL: func.func @rms_norm(
  // CHECK-SAME: %[[X:.*]]: tensor<2x8x16xf32>, %[[G:.*]]: tensor<16xf32>)
  func.func @rms_norm(%x: tensor<2x8x16xf32>, %g: tensor<16xf32>) -> tensor<2x8x16xf32> {
    // CHECK: %[[R:.*]] = "nn.rms_norm"(%[[X]], %[[G]]) {epsilon = 1.0e-6 : f32} : (tensor<2x8x16xf32>, tensor<16xf32>) -> tensor<2x8x16xf32>
    %r = "nn.rms_norm"(%x, %g) {epsilon = 1.0e-6 : f32} : (tensor<2x8x16xf32>, tensor<16xf32>) -> tensor<2x8x16xf32>
    // CHECK: func.return %[[R]] : tensor<2x8x16xf32>
    func.return %r : tensor<2x8x16xf32>
  }

  // CHECK-LABEL: func.func @group_norm(
  // CHECK-SAME: %[[X:.*]]: tensor<2x8x4x4xf32>, %[[G:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>)
  func.func @group_norm(%x: tensor<2x8x4x4xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<2x8x4x4xf32> {
    // CHECK: %[[R:.*]] = "nn.group_norm"(%[[X]], %[[G]], %[[B]]) {epsilon = 1.0e-6 : f32, groups = 4 : i64} : (tensor<2x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x8x4x4xf32>
    %r = "nn.group_norm"(%x, %g, %b) {epsilon = 1.0e-6 : f32, groups = 4 : i64} : (tensor<2x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x8x4x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x8x4x4xf32>
    func.return %r : tensor<2x8x4x4xf32>
  }

  // CHECK-LABEL: func.func @reshape(
  // CHECK-SAME: %[[X:.*]]: tensor<2x6xf32>)
  func.func @reshape(%x: tensor<2x6xf32>) -> tensor<3x2x2xf32> {
    // CHECK: %[[R:.*]] = "nn.reshape"(%[[X]]) : (tensor<2x6xf32>) -> tensor<3x2x2xf32>
    %r = "nn.reshape"(%x) : (tensor<2x6xf32>) -> tensor<3x2x2xf32>
    // CHECK: func.return %[[R]] : tensor<3x2x2xf32>
    func.return %r : tensor<3x2x2xf32>
  }

  // CHECK-LABEL: func.func @transpose(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3x4xf32>)
  func.func @transpose(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
    // CHECK: %[[R:.*]] = "nn.transpose"(%[[X]]) {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
    %r = "nn.transpose"(%x) {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
    // CHECK: func.return %[[R]] : tensor<4x2x3xf32>
    func.return %r : tensor<4x2x3xf32>
  }

  // CHECK-LABEL: func.func @broadcast_in_dim(
  // CHECK-SAME: %[[X:.*]]: tensor<3x1xf32>)
  func.func @broadcast_in_dim(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
    // CHECK: %[[R:.*]] = "nn.broadcast_in_dim"(%[[X]]) {broadcast_dimensions = [1 : i64, 2 : i64]} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
    %r = "nn.broadcast_in_dim"(%x) {broadcast_dimensions = [1, 2]} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
    // CHECK: func.return %[[R]] : tensor<2x3x4xf32>
    func.return %r : tensor<2x3x4xf32>
  }

  // CHECK-LABEL: func.func @slice(
  // CHECK-SAME: %[[X:.*]]: tensor<10x8xf32>)
  func.func @slice(%x: tensor<10x8xf32>) -> tensor<2x8xf32> {
    // CHECK: %[[A:.*]] = "nn.slice"(%[[X]]) {limit_indices = array<i64: 10, 8>, start_indices = array<i64: 1, 0>, strides = array<i64: 3, 8>} : (tensor<10x8xf32>) -> tensor<3x1xf32>
    %a = "nn.slice"(%x) {limit_indices = array<i64: 10, 8>, start_indices = array<i64: 1, 0>, strides = array<i64: 3, 8>} : (tensor<10x8xf32>) -> tensor<3x1xf32>
    // CHECK: %[[B:.*]] = "nn.slice"(%[[X]]) {limit_indices = [4 : i64, 8 : i64], start_indices = [2 : i64, 0 : i64]} : (tensor<10x8xf32>) -> tensor<2x8xf32>
    %b = "nn.slice"(%x) {limit_indices = [4, 8], start_indices = [2, 0]} : (tensor<10x8xf32>) -> tensor<2x8xf32>
    // CHECK: func.return %[[B]] : tensor<2x8xf32>
    func.return %b : tensor<2x8xf32>
  }

  // CHECK-LABEL: func.func @concat(
  // CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x5xf32>, %[[C:.*]]: tensor<2x1xf32>)
  func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %c: tensor<2x1xf32>) -> tensor<2x9xf32> {
    // CHECK: %[[R:.*]] = "nn.concat"(%[[A]], %[[B]], %[[C]]) {dimension = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x9xf32>
    %r = "nn.concat"(%a, %b, %c) {dimension = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x9xf32>
    // CHECK: func.return %[[R]] : tensor<2x9xf32>
    func.return %r : tensor<2x9xf32>
  }

  // CHECK-LABEL: func.func @embedding(
  // CHECK-SAME: %[[T:.*]]: tensor<1000x64xf32>, %[[IDS:.*]]: tensor<2x7xi64>)
  func.func @embedding(%t: tensor<1000x64xf32>, %ids: tensor<2x7xi64>) -> tensor<2x7x64xf32> {
    // CHECK: %[[R:.*]] = "nn.embedding"(%[[T]], %[[IDS]]) : (tensor<1000x64xf32>, tensor<2x7xi64>) -> tensor<2x7x64xf32>
    %r = "nn.embedding"(%t, %ids) : (tensor<1000x64xf32>, tensor<2x7xi64>) -> tensor<2x7x64xf32>
    // CHECK: func.return %[[R]] : tensor<2x7x64xf32>
    func.return %r : tensor<2x7x64xf32>
  }

  // CHECK-LABEL: func.func @embedding_i32(
  // CHECK-SAME: %[[T:.*]]: tensor<10x4xf32>, %[[IDS:.*]]: tensor<i32>)
  func.func @embedding_i32(%t: tensor<10x4xf32>, %ids: tensor<i32>) -> tensor<4xf32> {
    // CHECK: %[[R:.*]] = "nn.embedding"(%[[T]], %[[IDS]]) : (tensor<10x4xf32>, tensor<i32>) -> tensor<4xf32>
    %r = "nn.embedding"(%t, %ids) : (tensor<10x4xf32>, tensor<i32>) -> tensor<4xf32>
    // CHECK: func.return %[[R]] : tensor<4xf32>
    func.return %r : tensor<4xf32>
  }

  // CHECK-LABEL: func.func @conv2d(
  // CHECK-SAME: %[[X:.*]]: tensor<2x3x32x32xf32>, %[[W:.*]]: tensor<8x3x3x3xf32>, %[[B:.*]]: tensor<8xf32>)
  func.func @conv2d(%x: tensor<2x3x32x32xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<8xf32>) -> tensor<2x8x16x16xf32> {
    // CHECK: %[[A:.*]] = "nn.conv2d"(%[[X]], %[[W]]) : (tensor<2x3x32x32xf32>, tensor<8x3x3x3xf32>) -> tensor<2x8x30x30xf32>
    %a = "nn.conv2d"(%x, %w) : (tensor<2x3x32x32xf32>, tensor<8x3x3x3xf32>) -> tensor<2x8x30x30xf32>
    // CHECK: %[[R:.*]] = "nn.conv2d"(%[[X]], %[[W]], %[[B]]) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<2x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<2x8x16x16xf32>
    %r = "nn.conv2d"(%x, %w, %b) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<2x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<2x8x16x16xf32>
    // CHECK: func.return %[[R]] : tensor<2x8x16x16xf32>
    func.return %r : tensor<2x8x16x16xf32>
  }

  // CHECK-LABEL: func.func @conv2d_grouped_dilated(
  // CHECK-SAME: %[[X:.*]]: tensor<1x8x20x10xf32>, %[[W:.*]]: tensor<12x2x3x3xf32>)
  func.func @conv2d_grouped_dilated(%x: tensor<1x8x20x10xf32>, %w: tensor<12x2x3x3xf32>) -> tensor<1x12x18x3xf32> {
    // CHECK: %[[R:.*]] = "nn.conv2d"(%[[X]], %[[W]]) {dilations = [2 : i64, 2 : i64], groups = 4 : i64, padding = [0 : i64, 1 : i64, 2 : i64, 0 : i64], strides = [1 : i64, 3 : i64]} : (tensor<1x8x20x10xf32>, tensor<12x2x3x3xf32>) -> tensor<1x12x18x3xf32>
    %r = "nn.conv2d"(%x, %w) {dilations = [2, 2], groups = 4 : i64, padding = [0, 1, 2, 0], strides = [1, 3]} : (tensor<1x8x20x10xf32>, tensor<12x2x3x3xf32>) -> tensor<1x12x18x3xf32>
    // CHECK: func.return %[[R]] : tensor<1x12x18x3xf32>
    func.return %r : tensor<1x12x18x3xf32>
  }

  // CHECK-LABEL: func.func @pools(
  // CHECK-SAME: %[[X:.*]]: tensor<1x4x7x7xf32>)
  func.func @pools(%x: tensor<1x4x7x7xf32>) -> tensor<1x4x4x4xf32> {
    // CHECK: %[[M:.*]] = "nn.max_pool2d"(%[[X]]) {kernel = [2 : i64, 2 : i64]} : (tensor<1x4x7x7xf32>) -> tensor<1x4x3x3xf32>
    %m = "nn.max_pool2d"(%x) {kernel = [2, 2]} : (tensor<1x4x7x7xf32>) -> tensor<1x4x3x3xf32>
    // CHECK: %[[A:.*]] = "nn.avg_pool2d"(%[[X]]) {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x7x7xf32>) -> tensor<1x4x4x4xf32>
    %a = "nn.avg_pool2d"(%x) {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x7x7xf32>) -> tensor<1x4x4x4xf32>
    // CHECK: func.return %[[A]] : tensor<1x4x4x4xf32>
    func.return %a : tensor<1x4x4x4xf32>
  }

  // CHECK-LABEL: func.func @upsample(
  // CHECK-SAME: %[[X:.*]]: tensor<1x4x3x5xf32>)
  func.func @upsample(%x: tensor<1x4x3x5xf32>) -> tensor<1x4x6x10xf32> {
    // CHECK: %[[R:.*]] = "nn.upsample_nearest2d"(%[[X]]) {scale = 2 : i64} : (tensor<1x4x3x5xf32>) -> tensor<1x4x6x10xf32>
    %r = "nn.upsample_nearest2d"(%x) {scale = 2 : i64} : (tensor<1x4x3x5xf32>) -> tensor<1x4x6x10xf32>
    // CHECK: func.return %[[R]] : tensor<1x4x6x10xf32>
    func.return %r : tensor<1x4x6x10xf32>
  }

  // CHECK-LABEL: func.func @attention(
  // CHECK-SAME: %[[Q:.*]]: tensor<2x8x16x64xf32>, %[[K:.*]]: tensor<2x8x32x64xf32>, %[[V:.*]]: tensor<2x8x32x48xf32>, %[[M:.*]]: tensor<1x1x16x32xf32>)
  func.func @attention(%q: tensor<2x8x16x64xf32>, %k: tensor<2x8x32x64xf32>, %v: tensor<2x8x32x48xf32>, %m: tensor<1x1x16x32xf32>) -> tensor<2x8x16x48xf32> {
    // CHECK: %[[A:.*]] = "nn.attention"(%[[Q]], %[[K]], %[[V]]) : (tensor<2x8x16x64xf32>, tensor<2x8x32x64xf32>, tensor<2x8x32x48xf32>) -> tensor<2x8x16x48xf32>
    %a = "nn.attention"(%q, %k, %v) : (tensor<2x8x16x64xf32>, tensor<2x8x32x64xf32>, tensor<2x8x32x48xf32>) -> tensor<2x8x16x48xf32>
    // CHECK: %[[R:.*]] = "nn.attention"(%[[Q]], %[[K]], %[[V]], %[[M]]) {causal = true, scale = 1.25e-1 : f32} : (tensor<2x8x16x64xf32>, tensor<2x8x32x64xf32>, tensor<2x8x32x48xf32>, tensor<1x1x16x32xf32>) -> tensor<2x8x16x48xf32>
    %r = "nn.attention"(%q, %k, %v, %m) {causal = true, scale = 1.25e-1 : f32} : (tensor<2x8x16x64xf32>, tensor<2x8x32x64xf32>, tensor<2x8x32x48xf32>, tensor<1x1x16x32xf32>) -> tensor<2x8x16x48xf32>
    // CHECK: func.return %[[R]] : tensor<2x8x16x48xf32>
    func.return %r : tensor<2x8x16x48xf32>
  }
}
