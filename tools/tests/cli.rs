//! The chunk-opt command line: exit codes, error format, help and version.
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn chunk_opt(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chunk-opt"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chunk-opt starts");
    // chunk-opt may exit before reading its input (a bad flag or pipeline): a broken
    // pipe here is expected then, and the exit status tells what happened.
    let _ = child.stdin.take().expect("piped").write_all(stdin);
    child.wait_with_output().expect("chunk-opt finishes")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const VALID: &str = "func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = \"nn.exp\"(%a) : (tensor<4xf32>) -> tensor<4xf32>\n  func.return %0 : tensor<4xf32>\n}\n";

#[test]
fn valid_input_exits_zero_and_prints_a_module() {
    let o = chunk_opt(&["-"], VALID.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).expect("utf8");
    assert!(
        out.starts_with("module {\n  func.func @f(%arg0: tensor<4xf32>)"),
        "{out}"
    );
}

#[test]
fn every_malformed_input_exits_one_with_a_located_error() {
    let cases: &[&[u8]] = &[
        b"%0 = \"nn.exp\"(%a) : (tensor<4xf32>) -> tensor<4xf32>",
        b"func.func @f(%a: tensor<4xf32>) {\n  %0 = \"nn.exp\"(%a) : (tensor<4xf32>) -> tensor<8xf32>\n  func.return\n}",
        b"func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n  func.return\n}",
        b"module {\n",
        b"\"nn.exp\xfe\"",
        b"func.func @f(%a: tensor<99999999999x99999999999xf32>) {\n  func.return\n}",
        b"func.func @f() {\n  %0 = func.call @g() : () -> tensor<4xf32>\n  func.return\n}",
        b"func.func @f(%a: tensor<4xf32>) {\n  func.return\n  %0 = \"nn.exp\"(%a) : (tensor<4xf32>) -> tensor<4xf32>\n}",
    ];
    for case in cases {
        let o = chunk_opt(&["-"], case);
        let err = stderr(&o);
        assert_eq!(
            o.status.code(),
            Some(1),
            "input {:?}: {err}",
            String::from_utf8_lossy(case)
        );
        assert!(
            err.starts_with("<stdin>:"),
            "unlocated error for {:?}: {err}",
            String::from_utf8_lossy(case)
        );
        assert!(err.contains(": error: "), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(o.stdout.is_empty(), "no partial output on error");
    }
}

#[test]
fn missing_file_and_bad_pipeline_are_errors() {
    let o = chunk_opt(&["/nonexistent/model.mlir"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot read '/nonexistent/model.mlir'"),
        "{}",
        stderr(&o)
    );

    let o = chunk_opt(&["--pass-pipeline=builtin.module(nope)"], VALID.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("unknown pass 'nope'"), "{}", stderr(&o));

    let o = chunk_opt(&["--inline=bogus=1"], VALID.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("has no option 'bogus'"),
        "{}",
        stderr(&o)
    );

    let o = chunk_opt(&["--no-such-flag"], VALID.as_bytes());
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn an_error_leaves_no_output_file() {
    let dir = std::env::temp_dir().join(format!("chunk-opt-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("out.mlir");
    let o = chunk_opt(&["-o", out.to_str().expect("utf8 path")], b"module {");
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists(), "a failed run must not write the output file");
    let o = chunk_opt(&["-o", out.to_str().expect("utf8 path")], VALID.as_bytes());
    assert!(o.status.success());
    assert!(std::fs::read_to_string(&out)
        .expect("written")
        .contains("func.func @f"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn verify_diagnostics_fails_on_a_missing_or_unexpected_error() {
    let missing = "// expected-error @+1 {{this will not happen}}\n%0 = \"nn.iota\"() {dimension = 0} : () -> tensor<4xf32>\n";
    let o = chunk_opt(&["-verify-diagnostics"], missing.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("expected error \"this will not happen\" was not produced"),
        "{}",
        stderr(&o)
    );

    let unexpected = "%0 = \"nn.exp\"(%a) : (tensor<4xf32>) -> tensor<4xf32>\n";
    let o = chunk_opt(&["-verify-diagnostics"], unexpected.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("unexpected error: use of undeclared SSA value name '%a'"),
        "{}",
        stderr(&o)
    );

    let regex = "// expected-error-re @below {{undeclared SSA value name '%{{[a-z]+}}'}}\n%0 = \"nn.exp\"(%abc) : (tensor<4xf32>) -> tensor<4xf32>\n";
    let o = chunk_opt(&["-verify-diagnostics"], regex.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn help_lists_every_registered_pass_with_its_summary() {
    let _ = transforms::is_trivially_dead;
    let o = chunk_opt(&["--help"], b"");
    assert!(o.status.success());
    let help = String::from_utf8(o.stdout).expect("utf8");
    let passes = pass::registered_passes();
    assert!(passes.len() >= 5);
    for p in passes {
        assert!(
            help.contains(&format!("--{}", p.name)),
            "--help lacks --{}",
            p.name
        );
        assert!(
            help.contains(p.summary),
            "--help lacks the summary of {}",
            p.name
        );
    }
    for flag in [
        "--pass-pipeline",
        "--split-input-file",
        "--verify-diagnostics",
        "--print-op-generic",
        "--print-ir-before-all",
        "--print-ir-after-all",
        "--timing",
        "--allow-unregistered-dialect",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
}

#[test]
fn version_prints_the_package_version() {
    let o = chunk_opt(&["--version"], b"");
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8(o.stdout).expect("utf8").trim(),
        format!("chunk-opt {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn print_ir_after_all_and_timing_write_to_stderr() {
    let o = chunk_opt(
        &["--cse", "--dce", "--print-ir-after-all", "--timing"],
        VALID.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("// -----// IR Dump After CSE (cse) //----- //"),
        "{err}"
    );
    assert!(
        err.contains("// -----// IR Dump After DCE (dce) //----- //"),
        "{err}"
    );
    assert!(err.contains("Execution time report"), "{err}");
    assert!(
        err.find("After CSE") < err.find("After DCE"),
        "passes run in command-line order"
    );
}

/// Reports written to a standard error that cannot take them (a full disk) make the
/// run fail with exit status 1, never a panic (issue 15, item 6).
#[test]
fn reports_that_cannot_be_written_exit_one() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        eprintln!("skipped: this system has no /dev/full");
        return;
    }
    let dir = std::env::temp_dir().join(format!("chunk-opt-full-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let input = dir.join("f.mlir");
    std::fs::write(&input, VALID).expect("write");
    let input = input.to_string_lossy().into_owned();
    for flags in [
        &["--estimate-memory"][..],
        &["--chunk-search"][..],
        &["--autochunk=budget=0.9 report"][..],
        &["--timing"][..],
    ] {
        let mut args = vec![input.as_str(), "-o", "/dev/null"];
        args.extend_from_slice(flags);
        let o = Command::new(env!("CARGO_BIN_EXE_chunk-opt"))
            .args(&args)
            .stderr(std::fs::File::create(full).expect("/dev/full opens"))
            .output()
            .expect("chunk-opt starts");
        assert_eq!(o.status.code(), Some(1), "{flags:?}");
    }
}
