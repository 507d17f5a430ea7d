// Malformed input: each piece gives `file:line:col: error: ...` at the offending token.
// RUN: chunk-opt %s -split-input-file -verify-diagnostics
// And it exits 1 without the verifier, printing the location:
// RUN: not chunk-opt %s -split-input-file 2>&1 | FileCheck %s
// CHECK: errors.mlir:[[# @LINE + 3]]:{{[0-9]+}}: error: expected SSA operand

// expected-error @+1 {{expected SSA operand}}
%0 = "nn.exp"(,) : (tensor<4xf32>) -> tensor<4xf32>

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{use of undeclared SSA value name '%b'}}
  %0 = "nn.exp"(%b) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "nn.exp"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  // expected-error @+1 {{redefinition of SSA value '%0'}}
  %0 = "nn.exp"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{use of value '%a' expects different type than prior uses: 'tensor<8xf32>' vs 'tensor<4xf32>'}}
  %0 = "nn.exp"(%a) : (tensor<8xf32>) -> tensor<8xf32>
  func.return %0 : tensor<4xf32>
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{expected 1 operand types but had 2}}
  %0 = "nn.exp"(%a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
  %0:2 = "nn.exp"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}

// -----

func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{expected a function type, found 'tensor<4xf32>'}}
  %0 = "nn.exp"(%a) : tensor<4xf32>
  func.return
}

// -----

// expected-error @+1 {{unknown type 'tensr'}}
func.func @f(%a: tensr<4xf32>) {
  func.return
}

// -----

// expected-error @+1 {{expected 'x' in dimension list}}
func.func @f(%a: tensor<4f32>) {
  func.return
}

// -----

// expected-error @+1 {{tensor dimensions must be non-negative}}
func.func @f(%a: tensor<-4xf32>) {
  func.return
}

// -----

// expected-error @+1 {{tensor type 'tensor<99999999999x99999999999xf32>' is too large: its byte size overflows 64 bits}}
func.func @f(%a: tensor<99999999999x99999999999xf32>) {
  func.return
}

// -----

// expected-error @+1 {{dimension '999999999999999999999' is too large}}
func.func @f(%a: tensor<999999999999999999999xf32>) {
  func.return
}

// -----

// expected-error @+1 {{invalid tensor element type 'tensor<2xf32>'}}
func.func @f(%a: tensor<4xtensor<2xf32>>) {
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{unterminated string literal}}
  %0 = "nn.iota"() {s = "abc} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{unknown escape in string literal}}
  "nn.iota"() {s = "a\qb"} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{duplicate key 'a' in dictionary attribute}}
  %0 = "nn.iota"() {a = 1, a = 2} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{integer constant 300 out of range for type 'i8'}}
  %0 = "nn.iota"() {dimension = 300 : i8} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{floating point value not valid for type 'i32'}}
  %0 = "nn.iota"() {dimension = 1.5 : i32} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([4])}}
  %0 = "nn.constant"() {value = dense<[1.0, 2.0, 3.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{tensor literal is ragged}}
  %0 = "nn.constant"() {value = dense<[[1.0, 2.0], [3.0]]> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{hex data of 3 bytes does not fit 'tensor<4xf32>'}}
  %0 = "nn.constant"() {value = dense<"0x000000"> : tensor<4xf32>} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{invalid hex string in dense attribute}}
  %0 = "nn.constant"() {value = dense<"0xZZ"> : tensor<1xi8>} : () -> tensor<1xi8>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{dense attribute needs a statically shaped type, found 'f32'}}
  %0 = "nn.constant"() {value = dense<1.0> : f32} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{invalid dense array element type 'tensor<2xi64>'}}
  %0 = "nn.iota"() {dimension = array<tensor<2xi64>: 1>} : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{undefined attribute alias '#nothere'}}
  %0 = "nn.iota"() {dimension = #nothere} : () -> tensor<4xf32>
  func.return
}

// -----

// expected-error @+1 {{undefined type alias '!nothere'}}
func.func @f(%a: !nothere) {
  func.return
}

// -----

// expected-error @+1 {{custom op 'frobnicate' is unknown}}
frobnicate

// -----

// expected-error @+1 {{Dialect 'foo' not found for custom op 'foo.bar'}}
foo.bar %x

// -----

// expected-error @+1 {{operation 'foo.bar' is from an unregistered dialect ('foo')}}
"foo.bar"() : () -> ()

// -----

// expected-error @+1 {{unregistered operation 'nn.frobnicate' found in dialect ('nn')}}
%0 = "nn.frobnicate"() : () -> tensor<4xf32>

// -----

// expected-error @+1 {{'nn.add' has no custom assembly form}}
%0 = nn.add

// -----

func.func @f() {
  // expected-error @+1 {{expected SSA operand, found ':'}}
  %0 = "nn.iota"( : () -> tensor<4xf32>
  func.return
}

// -----

func.func @f() {
  // expected-error @+1 {{expected operation name, found '}'}}
  %0 = }

// -----

func.func @f() {
  // expected-error @+1 {{expected an identifier after '%'}}
  %0 = "nn.exp"(% ) : (tensor<4xf32>) -> tensor<4xf32>
}

// -----

// expected-error @+1 {{expected all or none of the arguments to be named}}
func.func @f(%a: tensor<4xf32>, tensor<4xf32>) {
  func.return
}

// -----

// expected-error @+1 {{a function with a body must name its arguments}}
func.func @f(tensor<4xf32>) {
  func.return
}

// -----

// expected-error @+1 {{expected '@name' of the function}}
func.func f() {
  func.return
}

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{2 operands present, but expected 1}}
  func.return %a, %a : tensor<4xf32>
}

// -----

func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{undefined location alias '#loc9'}}
  func.return %a : tensor<4xf32> loc(#loc9)
}

// -----

func.func @f() {
  // expected-error @+1 {{expected location, found '42'}}
  func.return loc(42)
}

// -----

// expected-error @+1 {{invalid integer width in 'i0'}}
func.func @f(%a: tensor<4xi0>) {
  func.return
}
