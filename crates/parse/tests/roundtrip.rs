//! `print(parse(x))` is a fixpoint, for both the pretty and the generic form.
use ir::{Context, PrintOptions};

fn context() -> Context {
    let _ = (func_dialect::DIALECTS, nn_dialect::DIALECT);
    let mut c = Context::new();
    c.allow_unregistered = true;
    c
}

fn print(text: &str, generic: bool) -> String {
    let ctx = context();
    let m = parse::parse_source(text, "in.mlir", &ctx).unwrap_or_else(|e| panic!("{e}\n{text}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}"));
    ir::print_module(
        &m,
        &ctx,
        PrintOptions {
            generic,
            debug_info: true,
            ..Default::default()
        },
    )
}

const SAMPLE: &str = r#"
#loc = loc("model.py":10:2)
module @m attributes {nn.version = 1 : i64} {
  func.func @main(%x: tensor<2x4xf32> {nn.name = "x"} loc("model.py":1:1), %ids: tensor<2xi32>) -> (tensor<2x4xf32>, tensor<2xi32>) {
    %0 = "nn.exp"(%x) : (tensor<2x4xf32>) -> tensor<2x4xf32> loc(fused<"meta">["a.py":1:2, "b"("c.py":3:4)])
    %1 = "nn.mul"(%0, %x) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32> loc(#loc)
    %2:2 = "test.pair"(%1) ({
    ^bb0(%a: f32, %b: f32):
      "test.yield"(%a) : (f32) -> ()
    }, {
      "test.yield"() : () -> ()
    }) {attr = [1.5 : f32, -0.0, 0x7FC00000 : f32, 1.0e-30 : f32, 3.4028235e38 : f32]} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, i32) loc(callsite("f" at "g.py":5:6))
    %3 = func.call @helper(%2#0) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    func.return %3, %ids : tensor<2x4xf32>, tensor<2xi32>
  }
  func.func private @helper(tensor<2x4xf32>) -> tensor<2x4xf32>
}
"#;

#[test]
fn pretty_print_is_a_fixpoint() {
    let once = print(SAMPLE, false);
    let twice = print(&once, false);
    assert_eq!(once, twice);
}

#[test]
fn generic_print_is_a_fixpoint_and_agrees_with_pretty() {
    let generic = print(SAMPLE, true);
    assert_eq!(generic, print(&generic, true));
    assert_eq!(print(&generic, false), print(SAMPLE, false));
}

#[test]
fn pretty_output_snapshot() {
    insta::assert_snapshot!("roundtrip_pretty", print(SAMPLE, false));
}

/// Found by the fuzzer: a dialect type followed by a location kept the space
/// before `loc(` in its text, so the printed module no longer type-checked.
#[test]
fn dialect_type_before_a_location_round_trips() {
    let text = "func.func @f(%t: !stablehlo.token loc(\"a\":1:2)) -> !stablehlo.token {\n  func.return %t : !stablehlo.token\n}\n";
    let once = print(text, false);
    assert!(
        once.contains("%arg0: !stablehlo.token loc(\"a\":1:2)"),
        "{once}"
    );
    assert_eq!(once, print(&once, false));
}
