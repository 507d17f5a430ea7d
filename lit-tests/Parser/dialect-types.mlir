// Types and attributes of dialects we do not model are kept as written.
// (mlir-opt-19 itself rejects unregistered dialect types, so only our round trip.)
// RUN: chunk-opt --allow-unregistered-dialect %s | chunk-opt --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @opaque
// CHECK-SAME: (%[[T:.*]]: !stablehlo.token) -> !test.pair<"x", [1, 2], {k = 1}>
func.func @opaque(%t: !stablehlo.token) -> !test.pair<"x", [1, 2], {k = 1}> {
  // CHECK: "test.op"(%[[T]]) {a = #test.attr<"a" -> b>, b = #test<kind X>} : (!stablehlo.token) -> !test.pair<"x", [1, 2], {k = 1}>
  %0 = "test.op"(%t) {a = #test.attr<"a" -> b>, b = #test<kind X>} : (!stablehlo.token) -> !test.pair<"x", [1, 2], {k = 1}>
  func.return %0 : !test.pair<"x", [1, 2], {k = 1}>
}
