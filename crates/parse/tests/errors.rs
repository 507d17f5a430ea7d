//! Malformed inputs that cannot live in a lit file: bytes that are not UTF-8,
//! truncated files, pathological nesting. Each must give `file:line:col: error:`
//! and never panic or hang.
use ir::Context;

fn context() -> Context {
    let _ = (func_dialect::DIALECTS, nn_dialect::DIALECT);
    Context::new()
}

fn error_of(text: &[u8]) -> String {
    match parse::parse_bytes(text, "in.mlir", &context()) {
        Ok(_) => panic!("expected an error for {:?}", String::from_utf8_lossy(text)),
        Err(d) => d.to_string(),
    }
}

#[test]
fn non_utf8_bytes_are_located() {
    let e = error_of(b"module {\n  \"nn.exp\xff\"() : () -> ()\n}");
    assert_eq!(e, "in.mlir:2:10: error: invalid UTF-8 in input");
}

#[test]
fn every_truncation_of_a_valid_file_is_an_error_or_valid_never_a_panic() {
    let text = r#"module {
  func.func @main(%a: tensor<2x3xf32> {nn.name = "a"}) -> tensor<2x3xf32> {
    %0 = "nn.constant"() {value = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
    %1 = "nn.add"(%a, %0) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("x.py":3:4)
    func.return %1 : tensor<2x3xf32>
  }
}
"#;
    let ctx = context();
    let mut errors = 0;
    for cut in 0..text.len() {
        let piece = &text[..cut];
        match parse::parse_source(piece, "cut.mlir", &ctx) {
            Ok(_) => {}
            Err(d) => {
                errors += 1;
                let s = d.to_string();
                assert!(
                    s.starts_with("cut.mlir:"),
                    "unlocated error for cut {cut}: {s}"
                );
                assert!(s.contains(": error: "), "{s}");
            }
        }
    }
    assert!(
        errors > text.len() / 2,
        "most truncations must be errors, got {errors}"
    );
}

#[test]
fn pathological_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let attrs = format!(
        "\"nn.exp\"() {{a = {}{}}} : () -> ()",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let e = error_of(attrs.as_bytes());
    assert!(e.contains("nesting is deeper than"), "{e}");

    let types = format!(
        "func.func private @f({}f32{})",
        "tuple<".repeat(depth),
        ">".repeat(depth)
    );
    let e = error_of(types.as_bytes());
    assert!(e.contains("nesting is deeper than"), "{e}");

    let regions = format!(
        "{}{}",
        "\"test.r\"() ({".repeat(depth),
        "}) : () -> ()".repeat(depth)
    );
    let mut ctx = context();
    ctx.allow_unregistered = true;
    let e = parse::parse_source(&regions, "in.mlir", &ctx)
        .expect_err("too deep")
        .to_string();
    assert!(e.contains("nesting is deeper than"), "{e}");

    let dense = format!(
        "%0 = \"nn.constant\"() {{value = dense<{}1.0{}> : tensor<f32>}} : () -> tensor<f32>",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let e = error_of(dense.as_bytes());
    assert!(e.contains("nesting is deeper than"), "{e}");

    let locs = format!(
        "\"nn.exp\"() : () -> () loc({}\"a\"{})",
        "callsite(".repeat(depth),
        " at \"b\")".repeat(depth)
    );
    let e = error_of(locs.as_bytes());
    assert!(e.contains("nesting is deeper than"), "{e}");
}

#[test]
fn diagnostics_text() {
    let cases: &[(&str, &[u8])] = &[
        (
            "missing_paren",
            b"%0 = \"nn.exp\"(%a : (tensor<4xf32>) -> tensor<4xf32>",
        ),
        ("eof_in_region", b"func.func @f() {\n  func.return\n"),
        (
            "bad_float_type",
            b"%0 = \"nn.iota\"() {dimension = 1 : tensor<2xf32>} : () -> tensor<4xf32>",
        ),
        ("empty_name", b"\"\"() : () -> ()"),
    ];
    let text: Vec<String> = cases
        .iter()
        .map(|(n, t)| format!("{n}: {}", error_of(t)))
        .collect();
    insta::assert_snapshot!("parser_diagnostics", text.join("\n"));
}
