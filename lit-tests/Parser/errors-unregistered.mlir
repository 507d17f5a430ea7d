// Parser errors inside ops of unregistered dialects.
// RUN: chunk-opt %s -split-input-file -verify-diagnostics -allow-unregistered-dialect

func.func @f() {
  // expected-error @+1 {{reference to an undefined block '^missing'}}
  "test.br"() [^missing] : () -> ()
}

// -----

func.func @f() {
  "test.region"() ({
  ^bb0:
    "test.op"() : () -> ()
  // expected-error @+1 {{redefinition of block '^bb0'}}
  ^bb0:
    "test.op"() : () -> ()
  }) : () -> ()
  func.return
}

// -----

%0:2 = "test.two"() : () -> (f32, f32)
// expected-error @+1 {{'%0' has no result #3}}
"test.use"(%0#3) : (f32) -> ()
