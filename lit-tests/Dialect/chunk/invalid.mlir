// RUN: chunk-opt %s -split-input-file -verify-diagnostics

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op step must be in [1, 10], got 11}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 11 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<11x4xf32>):
    "chunk.yield"(%xs) : (tensor<11x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op extent must be positive, got 0}}
  %0 = "chunk.for"(%x) <{extent = 0 : i64, step = 1 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<1x4xf32>):
    "chunk.yield"(%xs) : (tensor<1x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op requires integer attribute 'step'}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4xf32>):
    "chunk.yield"(%xs) : (tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op has 1 operands but 2 operand_dims}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0, 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4xf32>):
    "chunk.yield"(%xs) : (tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op operand #0 has size 4 along its chunk dimension 1, expected a positive multiple of the extent 10}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<10x2xf32>):
    "chunk.yield"(%xs) : (tensor<10x2xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op operand #0 chunk dimension 2 is out of range for rank 2}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 2>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<10x4xf32>):
    "chunk.yield"(%xs) : (tensor<10x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op body argument #1 has type 'tensor<3x4xf32>', expected 'tensor<2x4xf32>'}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<3x4xf32>):
    "chunk.yield"(%xs) : (tensor<3x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op body's first argument must be the offset, of type tensor<i64>}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i32>, %xs: tensor<2x4xf32>):
    "chunk.yield"(%xs) : (tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op body takes 1 arguments, expected the offset and one per operand (2)}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%xs: tensor<2x4xf32>):
    "chunk.yield"(%xs) : (tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4xf32>):
    %t = "nn.transpose"(%xs) {permutation = array<i64: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
    // expected-error @+1 {{'chunk.yield' op value #0 has type 'tensor<4x2xf32>', expected 'tensor<2x4xf32>' (the result's slice)}}
    "chunk.yield"(%t) : (tensor<4x2xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4xf32>):
    // expected-error @+1 {{'chunk.yield' op yields 2 values, but the loop has 1 results}}
    "chunk.yield"(%xs, %xs) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.yield' op expects parent op 'chunk.for'}}
  "chunk.yield"(%x) : (tensor<10x4xf32>) -> ()
}

// -----

func.func @f(%x: tensor<10x4xf32>) -> tensor<10x4xf32> {
  // expected-error @+1 {{'chunk.for' op body must end with 'chunk.yield'}}
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4xf32>):
    "func.return"(%xs) : (tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}

// -----

func.func @f(%x: tensor<10x4xf32>, %w: tensor<4x4xf32>) -> tensor<10x4xf32> {
  %0 = "chunk.for"(%x) <{extent = 10 : i64, step = 2 : i64, operand_dims = array<i64: 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4xf32>):
    // The body is isolated: outside values must enter as operands.
    // expected-error @+1 {{use of undeclared SSA value name '%w'}}
    %m = "nn.matmul"(%xs, %w) : (tensor<2x4xf32>, tensor<4x4xf32>) -> tensor<2x4xf32>
    "chunk.yield"(%m) : (tensor<2x4xf32>) -> ()
  }) : (tensor<10x4xf32>) -> tensor<10x4xf32>
  func.return %0 : tensor<10x4xf32>
}
