//! MLIR failures carry MLIR's own messages (the diagnostic handler), never a bare
//! "failed" and never a crash.
use mlir::{Error, Lowering};

#[test]
fn a_verifier_failure_reports_mlirs_message() {
    let l = Lowering::new();
    let text =
        "func.func @f(%a: tensor<4xf32>) -> tensor<8xf32> {\n  return %a : tensor<4xf32>\n}\n";
    match l.parse(text) {
        Err(Error::Mlir { messages, .. }) => {
            let all = messages.join("\n");
            assert!(all.contains("error"), "{all}");
            assert!(all.contains("return"), "{all}");
        }
        Err(e) => panic!("unexpected error kind: {e}"),
        Ok(_) => panic!("a wrong return type verified"),
    };
}

#[test]
fn a_parse_failure_reports_mlirs_message_and_location() {
    let l = Lowering::new();
    match l.parse("func.func @f() {\n  %0 = arith.bogus\n}\n") {
        Err(Error::Mlir { messages, .. }) => {
            let all = messages.join("\n");
            assert!(all.contains("arith.bogus"), "{all}");
            assert!(all.contains(":2:"), "the message has the line: {all}");
        }
        Err(e) => panic!("unexpected error kind: {e}"),
        Ok(_) => panic!("an unknown op parsed"),
    };
}

#[test]
fn a_bad_pipeline_is_an_error() {
    let l = Lowering::new();
    let mut m = l.parse("module {}\n").unwrap();
    let e = mlir::pipeline::run(&l, &mut m, "test", "builtin.module(no-such-pass)").unwrap_err();
    assert!(e.to_string().contains("no-such-pass"), "{e}");
}
