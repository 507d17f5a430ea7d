// convert-stablehlo-to-nn: elementwise ops map one to one, except erfc (1 - erf)
// and clamp (max(min(x, hi), lo)); the i1 logic ops become selects and compares.
// RUN: chunk-opt %s --convert-stablehlo-to-nn --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @arith
// CHECK: %[[ADD:.*]] = "nn.add"(%arg0, %arg1)
// CHECK: %[[SUB:.*]] = "nn.sub"(%[[ADD]], %arg1)
// CHECK: %[[MUL:.*]] = "nn.mul"(%[[SUB]], %arg1)
// CHECK: %[[DIV:.*]] = "nn.div"(%[[MUL]], %arg1)
// CHECK: %[[MAX:.*]] = "nn.max"(%[[DIV]], %arg1)
// CHECK: %[[MIN:.*]] = "nn.min"(%[[MAX]], %arg1)
// CHECK: %[[POW:.*]] = "nn.pow"(%[[MIN]], %arg1)
// CHECK: %[[NEG:.*]] = "nn.neg"(%[[POW]])
// CHECK: %[[ABS:.*]] = "nn.abs"(%[[NEG]])
// CHECK: %[[EXP:.*]] = "nn.exp"(%[[ABS]])
// CHECK: %[[LOG:.*]] = "nn.log"(%[[EXP]])
// CHECK: %[[SQRT:.*]] = "nn.sqrt"(%[[LOG]])
// CHECK: %[[RSQRT:.*]] = "nn.rsqrt"(%[[SQRT]])
// CHECK: %[[TANH:.*]] = "nn.tanh"(%[[RSQRT]])
// CHECK: %[[SIG:.*]] = "nn.sigmoid"(%[[TANH]])
// CHECK: %[[ERF:.*]] = "nn.erf"(%[[SIG]])
// CHECK: %[[ERF2:.*]] = "nn.erf"(%[[ERF]])
// CHECK: %[[ONE:.*]] = "nn.constant"() {value = dense<1.0> : tensor<f32>}
// CHECK: %[[ERFC:.*]] = "nn.sub"(%[[ONE]], %[[ERF2]])
// CHECK: %[[UP:.*]] = "nn.min"(%[[ERFC]], %arg2) : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
// CHECK: %[[CL:.*]] = "nn.max"(%[[UP]], %arg2)
// CHECK: func.return %[[CL]]
func.func @arith(%x: tensor<2x4xf32>, %y: tensor<2x4xf32>, %s: tensor<f32>) -> tensor<2x4xf32> {
  %0 = stablehlo.add %x, %y : tensor<2x4xf32>
  %1 = stablehlo.subtract %0, %y : tensor<2x4xf32>
  %2 = stablehlo.multiply %1, %y : tensor<2x4xf32>
  %3 = stablehlo.divide %2, %y : tensor<2x4xf32>
  %4 = stablehlo.maximum %3, %y : tensor<2x4xf32>
  %5 = stablehlo.minimum %4, %y : tensor<2x4xf32>
  %6 = stablehlo.power %5, %y : tensor<2x4xf32>
  %7 = stablehlo.negate %6 : tensor<2x4xf32>
  %8 = stablehlo.abs %7 : tensor<2x4xf32>
  %9 = stablehlo.exponential %8 : tensor<2x4xf32>
  %10 = stablehlo.log %9 : tensor<2x4xf32>
  %11 = stablehlo.sqrt %10 : tensor<2x4xf32>
  %12 = stablehlo.rsqrt %11 : tensor<2x4xf32>
  %13 = stablehlo.tanh %12 : tensor<2x4xf32>
  %14 = stablehlo.logistic %13 : tensor<2x4xf32>
  %15 = chlo.erf %14 : tensor<2x4xf32> -> tensor<2x4xf32>
  %16 = chlo.erfc %15 : tensor<2x4xf32> -> tensor<2x4xf32>
  %17 = stablehlo.clamp %s, %16, %s : (tensor<f32>, tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
  return %17 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @logic
// CHECK: %[[CMP:.*]] = "nn.compare"(%arg0, %arg1) {direction = "LT"} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
// CHECK: %[[F:.*]] = "nn.constant"() {value = dense<false> : tensor<i1>}
// CHECK: %[[AND:.*]] = "nn.select"(%[[CMP]], %arg2, %[[F]])
// CHECK: %[[T:.*]] = "nn.constant"() {value = dense<true> : tensor<i1>}
// CHECK: %[[OR:.*]] = "nn.select"(%[[AND]], %[[T]], %arg2)
// CHECK: %[[XOR:.*]] = "nn.compare"(%[[OR]], %arg2) {direction = "NE"}
// CHECK: %[[F2:.*]] = "nn.constant"() {value = dense<false> : tensor<i1>}
// CHECK: %[[NOT:.*]] = "nn.compare"(%[[XOR]], %[[F2]]) {direction = "EQ"}
// CHECK: %[[SEL:.*]] = "nn.select"(%[[NOT]], %arg0, %arg1) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
// CHECK: %[[CONV:.*]] = "nn.convert"(%[[SEL]]) : (tensor<4xi32>) -> tensor<4xf32>
// CHECK: func.return %[[CONV]]
func.func @logic(%a: tensor<4xi32>, %b: tensor<4xi32>, %p: tensor<4xi1>) -> tensor<4xf32> {
  %0 = stablehlo.compare LT, %a, %b, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %1 = stablehlo.and %0, %p : tensor<4xi1>
  %2 = stablehlo.or %1, %p : tensor<4xi1>
  %3 = stablehlo.xor %2, %p : tensor<4xi1>
  %4 = stablehlo.not %3 : tensor<4xi1>
  %5 = stablehlo.select %4, %a, %b : tensor<4xi1>, tensor<4xi32>
  %6 = stablehlo.convert %5 : (tensor<4xi32>) -> tensor<4xf32>
  %7 = stablehlo.convert %6 : tensor<4xf32>
  return %7 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @leaves
// CHECK: "nn.constant"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
// CHECK: "nn.iota"() {dimension = 1 : i64} : () -> tensor<3x2xf32>
func.func @leaves() -> (tensor<2xf32>, tensor<3x2xf32>) {
  %0 = stablehlo.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = stablehlo.iota dim = 1 : tensor<3x2xf32>
  return %0, %1 : tensor<2xf32>, tensor<3x2xf32>
}

// -----

// ceil and floor, exactly, through an i64 truncation; magnitudes from 2^23 up
// are integers already and pass through.
// CHECK-LABEL: func.func @rounding
// CHECK: %[[I:.*]] = "nn.convert"(%arg0) : (tensor<4xf32>) -> tensor<4xi64>
// CHECK: %[[T:.*]] = "nn.convert"(%[[I]]) : (tensor<4xi64>) -> tensor<4xf32>
// CHECK: %[[UP:.*]] = "nn.compare"(%arg0, %[[T]]) {direction = "GT"}
// CHECK: %[[ONE:.*]] = "nn.constant"() {value = dense<1.0> : tensor<f32>}
// CHECK: %[[STEP:.*]] = "nn.select"(%[[UP]], %[[ONE]], %{{.*}})
// CHECK: %[[C:.*]] = "nn.add"(%[[T]], %[[STEP]])
// CHECK: %[[ABS:.*]] = "nn.abs"(%arg0)
// CHECK: %[[BIG:.*]] = "nn.constant"() {value = dense<8.388608e6> : tensor<f32>}
// CHECK: %[[SMALL:.*]] = "nn.compare"(%[[ABS]], %[[BIG]]) {direction = "LT"}
// CHECK: "nn.select"(%[[SMALL]], %[[C]], %arg0)
// CHECK: "nn.compare"(%arg0, %{{.*}}) {direction = "LT"}
// CHECK: dense<-1.0>
func.func @rounding(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = stablehlo.ceil %x : tensor<4xf32>
  %1 = stablehlo.floor %x : tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// torch-mlir's islands: arith.constant, dynamic_iota with a constant shape, and f64
// values, computed in f32.
// CHECK-LABEL: func.func @torch_style
// CHECK-SAME: (%arg0: tensor<4xf32>) -> tensor<4xf32>
// CHECK: "nn.constant"() {value = dense<1.0e-5> : tensor<1xf32>}
// CHECK: "nn.iota"() {dimension = 0 : i64} : () -> tensor<4xi64>
// CHECK-NOT: f64
func.func @torch_style(%x: tensor<4xf64>) -> tensor<4xf64> {
  %shape = arith.constant dense<4> : tensor<1xi64>
  %eps = arith.constant dense<1.000000e-05> : tensor<1xf64>
  %0 = stablehlo.dynamic_iota %shape, dim = 0 : (tensor<1xi64>) -> tensor<4xi64>
  %1 = stablehlo.convert %0 : (tensor<4xi64>) -> tensor<4xf64>
  %2 = stablehlo.broadcast_in_dim %eps, dims = [0] : (tensor<1xf64>) -> tensor<4xf64>
  %3 = stablehlo.add %1, %2 : tensor<4xf64>
  %4 = stablehlo.add %3, %x : tensor<4xf64>
  return %4 : tensor<4xf64>
}
