// A function that calls itself, directly or through others, is refused at the call
// that closes the cycle (the inliner cannot remove it, and MLIR failed deep inside
// the lowering instead).
// RUN: chunk-opt %s -split-input-file -verify-diagnostics

func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'func.call' op makes '@main' recursive (@main -> @main): recursive functions are not supported (the inliner cannot remove the call)}}
  %0 = func.call @main(%x) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @a(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'func.call' op makes '@a' recursive (@a -> @b -> @a)}}
  %0 = func.call @b(%x) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}
func.func @b(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @a(%x) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

// Calls that do not close a cycle are fine: @main calls @leaf twice.
// expected-no-diagnostics is implied by the absence of expectations.
func.func @leaf(%x: tensor<4xf32>) -> tensor<4xf32> {
  func.return %x : tensor<4xf32>
}
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = func.call @leaf(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = func.call @leaf(%0) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %1 : tensor<4xf32>
}
