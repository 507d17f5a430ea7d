// --list-passes and --show-dialects print what is registered and exit without
// reading an input.
// RUN: chunk-opt --list-passes | FileCheck %s --check-prefix=PASSES
// RUN: chunk-opt --show-dialects | FileCheck %s --check-prefix=DIALECTS
// RUN: chunk-opt %s --mlir-elide-elementsattrs-if-larger=4 | FileCheck %s --check-prefix=ELIDE

// PASSES: Available passes:
// PASSES: autochunk: Chunk regions of the entry function into chunk.for loops
// PASSES-NEXT: budget: Budget as a fraction of the unchunked peak, e.g. 0.3 or 30%
// PASSES: cse: Eliminate common sub-expressions
// PASSES: inline: Inline func.call operations
// PASSES-NEXT: max-iterations: {{.*}} (default 4)
// DIALECTS: Available Dialects: {{.*}}chunk, func, nn, sdy, stablehlo

// Large dense attributes are elided as mlir-opt elides them; splats and small ones stay.
// ELIDE: value = dense_resource<__elided__> : tensor<8xf32>
// ELIDE: value = dense<1.0> : tensor<16xf32>
// ELIDE: value = dense<[1.0, 2.0]> : tensor<2xf32>
func.func @main() -> (tensor<8xf32>, tensor<16xf32>, tensor<2xf32>) {
  %a = "nn.constant"() {value = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>} : () -> tensor<8xf32>
  %b = "nn.constant"() {value = dense<1.0> : tensor<16xf32>} : () -> tensor<16xf32>
  %c = "nn.constant"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  func.return %a, %b, %c : tensor<8xf32>, tensor<16xf32>, tensor<2xf32>
}
