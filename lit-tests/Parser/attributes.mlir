// Builtin attribute and type spellings survive a round trip, through our printer
// and through mlir-opt-19's.
// RUN: chunk-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: chunk-opt --allow-unregistered-dialect %s | chunk-opt --allow-unregistered-dialect | FileCheck %s
// RUN: chunk-opt --allow-unregistered-dialect --print-op-generic %s | mlir-opt-19 --allow-unregistered-dialect --mlir-print-op-generic \
// RUN:   | chunk-opt --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @attrs
func.func @attrs() {
  // CHECK: "test.ints"() {a = 1 : i64, b = -7 : i32, c = 255 : ui8, d = 3 : index, e = true, f = false}
  "test.ints"() {a = 1, b = -7 : i32, c = 255 : ui8, d = 3 : index, e = true, f = false} : () -> ()
  // CHECK: "test.floats"() {a = 1.5 : f64, b = -2.5e-7 : f32, c = 0x7FC00000 : f32, d = 0x7F800000 : f32, e = 0xFF800000 : f32, f = 0x7FF0000000000000 : f64}
  "test.floats"() {a = 1.5, b = -2.5e-7 : f32, c = 0x7FC00000 : f32, d = 0x7F800000 : f32, e = 0xFF800000 : f32, f = 0x7FF0000000000000 : f64} : () -> ()
  // CHECK: "test.strings"() {a = "plain", b = "tab\there", c = "\01\FF", "quoted key" = "x"}
  "test.strings"() {a = "plain", b = "tab\there", c = "\01\ff", "quoted key" = "x"} : () -> ()
  // CHECK: "test.lists"() {a = [1 : i64, [2 : i64, "x"]], b = array<i64: 1, -2, 3>, c = array<f32: 1.0, 2.5>, d = array<i1: true, false>, e = array<i32>, f = []}
  "test.lists"() {a = [1, [2, "x"]], b = array<i64: 1, -2, 3>, c = array<f32: 1.0, 2.5>, d = array<i1: true, false>, e = array<i32>, f = []} : () -> ()
  // CHECK: "test.dense"() {a = dense<1.0> : tensor<2x3xf32>, b = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi32>, c = dense<{{"0x0000803F00000040"|\[1.0, 2.0\]}}> : tensor<2xf32>, d = dense<> : tensor<0xf32>, e = dense<[1.0, 2.0]> : tensor<2xf32>}
  "test.dense"() {a = dense<1.0> : tensor<2x3xf32>, b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, c = dense<"0x0000803F00000040"> : tensor<2xf32>, d = dense<> : tensor<0xf32>, e = dense<[1, 2]> : tensor<2xf32>} : () -> ()
  // CHECK: "test.misc"() {a, b = @sym, c = @outer::@inner, d = {x = 1 : i64, y}, e = tensor<?x4xf32>, f = (i32, f32) -> (), g = @"odd name", h}
  "test.misc"() {a, b = @sym, c = @outer::@inner, d = {y, x = 1}, e = tensor<?x4xf32>, f = (i32, f32) -> (), g = @"odd name", h = unit} : () -> ()
  // CHECK: "test.types"() : () -> (tensor<*xf32>, vector<4x[8]xf32>, complex<f32>, tuple<i32, f16>, bf16, f64, i1, si8, none)
  %0:9 = "test.types"() : () -> (tensor<*xf32>, vector<4x[8]xf32>, complex<f32>, tuple<i32, f16>, bf16, f64, i1, si8, none)
  func.return
}

// Aliases, as MLIR prints them, resolve.
#map = affine_map<(d0) -> (d0)>
!vec = tensor<4xf32>
// CHECK-LABEL: func.func @aliases
// CHECK-SAME: (%{{.*}}: tensor<4xf32>)
func.func @aliases(%a: !vec) {
  // CHECK: "test.map"() {m = affine_map<(d0) -> (d0)>}
  "test.map"() {m = #map} : () -> ()
  func.return
}
