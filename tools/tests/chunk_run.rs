//! The chunk-run command line: the report and its JSON fields, comparison, memory
//! limits, inputs and outputs files, the memory-profile plot, and every bad input as a
//! clear error with exit status 1 (never a panic).
mod common;
use common::{chunk_run, dir, failed, stderr, stdout, write};
use runtime::{HostTensor, TensorData};
use std::path::Path;
use std::process::{Command, Output};

const MLP: &str = r#"func.func @main(%x: tensor<2x10x8xf32> {nn.name = "x"}, %w: tensor<8x8xf32> {nn.name = "w"}, %b: tensor<8xf32> {nn.name = "b"}) -> tensor<2x10x8xf32> {
  %0 = "nn.matmul"(%x, %w) : (tensor<2x10x8xf32>, tensor<8x8xf32>) -> tensor<2x10x8xf32>
  %1 = "nn.add"(%0, %b) : (tensor<2x10x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  %2 = "nn.gelu"(%1) : (tensor<2x10x8xf32>) -> tensor<2x10x8xf32>
  func.return %2 : tensor<2x10x8xf32>
}
"#;

const CHUNKED: &str = r#"func.func @main(%x: tensor<2x10x8xf32> {nn.name = "x"}, %w: tensor<8x8xf32> {nn.name = "w"}, %b: tensor<8xf32> {nn.name = "b"}) -> tensor<2x10x8xf32> {
  %r = "chunk.for"(%x, %w, %b) <{extent = 10 : i64, step = 4 : i64, operand_dims = array<i64: 1, -1, -1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<2x4x8xf32>, %ww: tensor<8x8xf32>, %bb: tensor<8xf32>):
    %0 = "nn.matmul"(%xs, %ww) : (tensor<2x4x8xf32>, tensor<8x8xf32>) -> tensor<2x4x8xf32>
    %1 = "nn.add"(%0, %bb) : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
    %2 = "nn.gelu"(%1) : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    "chunk.yield"(%2) : (tensor<2x4x8xf32>) -> ()
  }) : (tensor<2x10x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<2x10x8xf32>
  func.return %r : tensor<2x10x8xf32>
}
"#;

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

#[test]
fn json_report_has_the_documented_fields() {
    let d = dir("json");
    let f = write(&d, "mlp.mlir", MLP);
    let v = json(&chunk_run(&[&f, "--json", "--repeat", "3", "--seed", "7"]));
    for key in [
        "file",
        "function",
        "inputs",
        "repeat",
        "wall_time_s",
        "wall_times_s",
        "planned_peak_bytes",
        "live_peak_bytes",
        "plan_ratio",
        "measured_peak_bytes",
        "measured_live_peak_bytes",
        "predicted_peak_bytes",
        "peak_op",
        "live_peak_op",
        "placement",
        "steps",
        "buffers",
        "ops_executed",
        "loop_iterations",
        "outputs",
    ] {
        assert!(v.get(key).is_some(), "missing field {key}: {v}");
    }
    assert_eq!(v["function"], "main");
    assert_eq!(v["repeat"], 3);
    assert_eq!(v["wall_times_s"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["inputs"], "random (seed 7)");
    // Three 640-byte tensors; two live at once at most.
    assert_eq!(v["planned_peak_bytes"], 1280);
    assert_eq!(v["live_peak_bytes"], 1280);
    assert_eq!(v["measured_peak_bytes"], 1280);
    assert_eq!(v["measured_live_peak_bytes"], 1280);
    assert_eq!(v["ops_executed"], 3);
    assert!(
        v["peak_op"]
            .as_str()
            .unwrap_or("")
            .starts_with("nn.add at "),
        "{v}"
    );
    assert_eq!(v["outputs"][0]["type"], "tensor<2x10x8xf32>");
    assert!(v.get("compare").is_none());
}

#[test]
fn text_report_names_the_peaks() {
    let d = dir("text");
    let f = write(&d, "c.mlir", CHUNKED);
    let o = chunk_run(&[&f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for needle in [
        "planned peak      1.12 KiB (1152 B) at nn.matmul at ",
        "live-bytes peak",
        "equals the plan",
        "ops executed      9 (3 loop iterations)",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in\n{out}");
    }
    assert!(
        o.stderr.is_empty(),
        "no progress output when stderr is not a terminal: {}",
        stderr(&o)
    );
}

#[test]
fn compare_reports_errors_and_both_peaks() {
    let d = dir("compare");
    let a = write(&d, "chunked.mlir", CHUNKED);
    let b = write(&d, "mlp.mlir", MLP);
    let v = json(&chunk_run(&[&a, "--compare", &b, "--json"]));
    let c = &v["compare"];
    assert_eq!(v["planned_peak_bytes"], 1152);
    assert_eq!(c["planned_peak_bytes"], 1280);
    assert_eq!(c["live_peak_bytes"], 1280);
    assert_eq!(c["elements_compared"], 160);
    assert!(c["max_abs_error"].as_f64().expect("number") < 1e-6, "{c}");
    assert!(c["max_rel_error"].as_f64().expect("number") < 1e-5, "{c}");
    // The text form too.
    let o = chunk_run(&[&a, "--compare", &b]);
    assert!(stdout(&o).contains("max rel error"), "{}", stdout(&o));
}

/// A NaN or an infinity on one side is never a JSON `null` (which a script's
/// `max_rel_error <= 1e-4` could read as passing): the errors are the word "inf" and
/// the report says where the outputs diverged (issue 15, item 5).
#[test]
fn diverging_outputs_are_named_not_null() {
    let d = dir("diverged");
    let finite = write(
        &d,
        "finite.mlir",
        r#"func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = "nn.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %e : tensor<4xf32>
}"#,
    );
    let infinite = write(
        &d,
        "infinite.mlir",
        r#"func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = "nn.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %z = "nn.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %d = "nn.div"(%e, %z) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  func.return %d : tensor<4xf32>
}"#,
    );
    let v = json(&chunk_run(&[&infinite, "--compare", &finite, "--json"]));
    let c = &v["compare"];
    assert_eq!(c["max_rel_error"], "inf", "{c}");
    assert_eq!(c["max_abs_error"], "inf", "{c}");
    let diverged = c["diverged"].as_str().expect("a diverged field");
    assert!(
        diverged.starts_with("result #0 element 0: inf in"),
        "{diverged}"
    );
    let o = chunk_run(&[&infinite, "--compare", &finite]);
    assert!(
        stdout(&o).contains("diverged          result #0 element 0"),
        "{}",
        stdout(&o)
    );
}

/// A report that cannot be written (a full disk) is an error with exit status 1 and a
/// message, not a panic (issue 15, item 6).
#[test]
fn a_report_that_cannot_be_written_is_an_error() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        eprintln!("skipped: this system has no /dev/full");
        return;
    }
    let d = dir("full");
    let a = write(&d, "mlp.mlir", MLP);
    for args in [vec![a.as_str()], vec![a.as_str(), "--json"]] {
        let o = Command::new(env!("CARGO_BIN_EXE_chunk-run"))
            .args(&args)
            .stdout(std::fs::File::create(full).expect("/dev/full opens"))
            .output()
            .expect("chunk-run starts");
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {e}");
        assert!(!e.contains("panicked"), "{e}");
        assert!(
            e.contains("cannot write the report to standard output"),
            "{e}"
        );
    }
}

/// An argument larger than the machine is an error, never an abort: random inputs are
/// allocated fallibly, and `--memory-limit` covers the inputs and outputs as well as
/// the activation arena, refused before anything is allocated (issue 15, item 1).
#[test]
fn huge_arguments_are_errors_not_aborts() {
    let d = dir("huge");
    let src = |n: &str| {
        format!(
            r#"func.func @main(%x: tensor<{n}xf32>) -> tensor<4xf32> {{
  %s = "nn.slice"(%x) {{start_indices = array<i64: 0>, limit_indices = array<i64: 4>}} : (tensor<{n}xf32>) -> tensor<4xf32>
  %e = "nn.exp"(%s) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %e : tensor<4xf32>
}}"#
        )
    };
    let limited = write(&d, "limited.mlir", &src("99999999999"));
    let e = failed(&chunk_run(&[&limited, "--memory-limit", "256MiB"]));
    assert!(
        e.contains("inputs 399999999996, activation arena 80, outputs 16, above the memory limit"),
        "{e}"
    );
    // 4 EiB: no machine can hold it, whatever its overcommit policy.
    let huge = write(&d, "huge.mlir", &src("1152921504606846976"));
    let e = failed(&chunk_run(&[&huge]));
    assert!(
        e.contains("cannot allocate 4611686018427387904 bytes for random argument #0"),
        "{e}"
    );
}

#[test]
fn memory_limit_refuses_before_running() {
    let d = dir("limit");
    let f = write(&d, "mlp.mlir", MLP);
    let out = d.join("out.safetensors");
    let e = failed(&chunk_run(&[
        &f,
        "--memory-limit",
        "1KiB",
        "--outputs",
        out.to_str().unwrap(),
    ]));
    assert!(e.starts_with("chunk-run: error: "), "{e}");
    assert!(
        e.contains("needs a planned peak of 1280 bytes (1.25 KiB) at nn.add at "),
        "{e}"
    );
    assert!(e.contains("mlp.mlir:3:"), "names the op's location: {e}");
    assert!(e.contains("above the memory limit of 1024 bytes"), "{e}");
    assert!(!out.exists(), "nothing was run or written");
    // The limit covers the inputs (928 B) and outputs (640 B) too: the plan alone is
    // not enough, the plan with them is.
    let e = failed(&chunk_run(&[&f, "--memory-limit", "1280"]));
    assert!(
        e.contains("needs 2848 bytes (2.78 KiB): inputs 928, activation arena 1280, outputs 640"),
        "{e}"
    );
    for ok in ["2848", "1 MiB", "2GiB"] {
        let o = chunk_run(&[&f, "--memory-limit", ok]);
        assert!(o.status.success(), "{ok}: {}", stderr(&o));
    }
    let e = failed(&chunk_run(&[&f, "--memory-limit", "lots"]));
    assert!(e.contains("invalid --memory-limit 'lots'"), "{e}");
}

#[test]
fn inputs_and_outputs_round_trip_through_safetensors() {
    let d = dir("io");
    let f = write(&d, "mlp.mlir", MLP);
    let saved = d.join("in.safetensors");
    let out1 = d.join("out1.safetensors");
    let out2 = d.join("out2.safetensors");
    let o = chunk_run(&[
        &f,
        "--seed",
        "3",
        "--save-inputs",
        saved.to_str().unwrap(),
        "--outputs",
        out1.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = chunk_run(&[
        &f,
        "--inputs",
        saved.to_str().unwrap(),
        "--outputs",
        out2.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (a, b) = (std::fs::read(&out1).unwrap(), std::fs::read(&out2).unwrap());
    assert_eq!(a, b, "the same inputs give the same outputs");
    let st = safetensors::SafeTensors::deserialize(&a).expect("valid safetensors");
    let t = st.tensor("result0").expect("results are named resultN");
    assert_eq!(t.shape(), &[2, 10, 8]);
}

fn tensors_file(d: &Path, name: &str, tensors: &[(&str, HostTensor)]) -> String {
    let named: Vec<(String, HostTensor)> = tensors
        .iter()
        .map(|(n, t)| (n.to_string(), t.clone()))
        .collect();
    let p = d.join(name);
    std::fs::write(&p, runtime::io::write_tensors(&named).expect("encodes")).expect("write");
    p.to_string_lossy().into_owned()
}

#[test]
fn bad_inputs_files_are_clear_errors() {
    let d = dir("bad-inputs");
    let f = write(&d, "mlp.mlir", MLP);
    let x = HostTensor::f32(&[2, 10, 8], vec![0.5; 160]);
    let w = HostTensor::f32(&[8, 8], vec![0.1; 64]);
    let b = HostTensor::f32(&[8], vec![0.0; 8]);
    let good = tensors_file(
        &d,
        "good.safetensors",
        &[("x", x.clone()), ("w", w.clone()), ("b", b.clone())],
    );
    assert!(chunk_run(&[&f, "--inputs", &good]).status.success());

    let wrong_dtype = tensors_file(
        &d,
        "dtype.safetensors",
        &[
            ("x", x.clone()),
            ("w", HostTensor::i32(&[8, 8], vec![1; 64])),
            ("b", b.clone()),
        ],
    );
    let e = failed(&chunk_run(&[&f, "--inputs", &wrong_dtype]));
    assert!(
        e.contains("tensor 'w' in")
            && e.contains("is tensor<8x8xi32>, but argument #1 expects tensor<8x8xf32>"),
        "{e}"
    );

    let wrong_shape = tensors_file(
        &d,
        "shape.safetensors",
        &[
            ("x", x.clone()),
            ("w", HostTensor::f32(&[4, 16], vec![0.0; 64])),
            ("b", b.clone()),
        ],
    );
    let e = failed(&chunk_run(&[&f, "--inputs", &wrong_shape]));
    assert!(
        e.contains("is tensor<4x16xf32>, but argument #1 expects tensor<8x8xf32>"),
        "{e}"
    );

    let missing = tensors_file(
        &d,
        "missing.safetensors",
        &[("x", x.clone()), ("w", w.clone())],
    );
    let e = failed(&chunk_run(&[&f, "--inputs", &missing]));
    assert!(
        e.contains("has no tensor named 'b' or 'arg2' for argument #2"),
        "{e}"
    );

    let garbage = write(&d, "garbage.safetensors", "this is not a safetensors file");
    let e = failed(&chunk_run(&[&f, "--inputs", &garbage]));
    assert!(
        e.starts_with("chunk-run: error: ") && e.contains("is not a valid safetensors file"),
        "{e}"
    );
    // Said in words, with the path: no raw enum names such as `HeaderTooLarge`.
    assert!(
        e.contains(&format!("'{garbage}'")) && e.contains("it starts with text"),
        "{e}"
    );
    assert!(!e.contains("HeaderTooLarge"), "{e}");
    let short = write(&d, "short.safetensors", "abc");
    let e = failed(&chunk_run(&[&f, "--inputs", &short]));
    assert!(
        e.contains("it is 3 bytes long, too short for the 8-byte header length"),
        "{e}"
    );
    let mut not_json = 8u64.to_le_bytes().to_vec();
    not_json.extend_from_slice(b"{\"x\": 1}");
    let not_json_path = d.join("not-json.safetensors");
    std::fs::write(&not_json_path, not_json).unwrap();
    let e = failed(&chunk_run(&[
        &f,
        "--inputs",
        not_json_path.to_str().unwrap(),
    ]));
    assert!(
        e.contains("its header is not the JSON a safetensors header is"),
        "{e}"
    );
    assert!(!e.contains("InvalidHeaderDeserialization"), "{e}");

    let e = failed(&chunk_run(&[
        &f,
        "--inputs",
        d.join("nope.safetensors").to_str().unwrap(),
    ]));
    assert!(
        e.contains("cannot read") && e.contains("nope.safetensors"),
        "{e}"
    );
}

#[test]
fn unnamed_arguments_match_by_position() {
    let d = dir("positional");
    let f = write(&d, "neg.mlir", "func.func @main(%a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<3xf32> {\n  %0 = \"nn.sub\"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>\n  func.return %0 : tensor<3xf32>\n}\n");
    // Named argN: order in the file does not matter.
    let by_name = tensors_file(
        &d,
        "named.safetensors",
        &[
            ("arg1", HostTensor::f32(&[3], vec![1.0; 3])),
            ("arg0", HostTensor::f32(&[3], vec![5.0; 3])),
        ],
    );
    let out = d.join("o.safetensors");
    assert!(
        chunk_run(&[&f, "--inputs", &by_name, "--outputs", out.to_str().unwrap()])
            .status
            .success()
    );
    let bytes = std::fs::read(&out).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let v: Vec<f32> = st
        .tensor("result0")
        .unwrap()
        .data()
        .chunks(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    assert_eq!(v, [4.0; 3]);
    // Other names: by position in the file's data order.
    let positional = tensors_file(
        &d,
        "pos.safetensors",
        &[
            ("first", HostTensor::f32(&[3], vec![5.0; 3])),
            ("second", HostTensor::f32(&[3], vec![2.0; 3])),
        ],
    );
    let o = chunk_run(&[&f, "--inputs", &positional, "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn embedding_id_out_of_range_is_a_located_error() {
    let d = dir("embedding");
    let f = write(&d, "emb.mlir", "func.func @main(%t: tensor<4x2xf32> {nn.name = \"table\"}, %i: tensor<3xi64> {nn.name = \"ids\"}) -> tensor<3x2xf32> {\n  %0 = \"nn.embedding\"(%t, %i) : (tensor<4x2xf32>, tensor<3xi64>) -> tensor<3x2xf32>\n  func.return %0 : tensor<3x2xf32>\n}\n");
    // Random ids stay inside the table.
    assert!(chunk_run(&[&f, "--seed", "11"]).status.success());
    let inputs = tensors_file(
        &d,
        "ids.safetensors",
        &[
            ("table", HostTensor::f32(&[4, 2], vec![1.0; 8])),
            ("ids", HostTensor::i64(&[3], vec![0, 9, 1])),
        ],
    );
    let (out, saved) = (d.join("out.safetensors"), d.join("saved.safetensors"));
    let e = failed(&chunk_run(&[
        &f,
        "--inputs",
        &inputs,
        "--outputs",
        out.to_str().unwrap(),
        "--save-inputs",
        saved.to_str().unwrap(),
    ]));
    assert!(e.contains("emb.mlir:2:8: error: 'nn.embedding' op id 9 at position 1 is out of range for a table of 4 rows"), "{e}");
    assert!(
        !out.exists() && !saved.exists(),
        "a failed run writes nothing"
    );
    // The compiled backend checks input ids before its code runs: the same located
    // error, printed bare (not after "chunk-run: error: 'FILE'"; a progress line may
    // precede it on a slow compile).
    let e = failed(&chunk_run(&[
        &f,
        "--inputs",
        &inputs,
        "--backend=mlir-cpu",
        "--opt-level",
        "0",
    ]));
    assert!(
        e.contains(&format!("{f}:2:8: error: 'nn.embedding' op id 9 at position 1 is out of range for a table of 4 rows"))
            && !e.contains("chunk-run: error"),
        "{e}"
    );
}

#[test]
fn ir_and_file_problems_exit_one() {
    let d = dir("ir");
    let e = failed(&chunk_run(&[d.join("missing.mlir").to_str().unwrap()]));
    assert!(
        e.starts_with("chunk-run: error: cannot read ") && e.contains("missing.mlir"),
        "{e}"
    );
    let bad = write(&d, "bad.mlir", "func.func @main(%a: tensor<4xf32>) -> tensor<8xf32> {\n  %0 = \"nn.exp\"(%a) : (tensor<4xf32>) -> tensor<8xf32>\n  func.return %0 : tensor<8xf32>\n}\n");
    let e = failed(&chunk_run(&[&bad]));
    assert!(e.contains("bad.mlir:2:") && e.contains(": error: "), "{e}");
    let syntax = write(&d, "syntax.mlir", "func.func @main( {\n");
    let e = failed(&chunk_run(&[&syntax]));
    assert!(e.contains("syntax.mlir:1:"), "{e}");
    let two = write(
        &d,
        "two.mlir",
        "func.func @a() {\n  func.return\n}\nfunc.func @b() {\n  func.return\n}\n",
    );
    let e = failed(&chunk_run(&[&two]));
    assert!(e.contains("2 functions and none is named @main"), "{e}");
    // f16 and bf16 run (two-byte storage, f32 arithmetic); f64 is not an nn type.
    let unsupported = write(&d, "f64.mlir", "func.func @main(%a: tensor<4xf64>) -> tensor<4xf64> {\n  %0 = \"nn.exp\"(%a) : (tensor<4xf64>) -> tensor<4xf64>\n  func.return %0 : tensor<4xf64>\n}\n");
    let e = failed(&chunk_run(&[&unsupported]));
    assert!(
        e.contains("f64.mlir:2:") && e.contains("element type f64 is not supported"),
        "{e}"
    );
    let e = failed(&chunk_run(&[]));
    assert!(e.contains("Usage"), "{e}");
}

#[test]
fn memory_profile_plots_both_curves() {
    let d = dir("svg");
    let a = write(&d, "chunked.mlir", CHUNKED);
    let b = write(&d, "mlp.mlir", MLP);
    let svg = d.join("profile.svg");
    let o = chunk_run(&[
        &a,
        "--compare",
        &b,
        "--memory-profile",
        svg.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&svg).expect("svg written");
    assert!(text.starts_with("<svg"), "{}", &text[..100.min(text.len())]);
    assert!(
        text.contains("peak: 1.12 KiB at step 2 (nn.matmul)"),
        "chunked peak labelled"
    );
    assert!(
        text.contains("peak: 1.25 KiB at step 1 (nn.add)"),
        "unchunked peak labelled"
    );
    assert!(
        text.contains("chunked.mlir") && text.contains("mlp.mlir"),
        "legend names both files"
    );
    for color in ["#1F77B4", "#D62728"] {
        assert!(text.contains(&format!("<polyline fill=\"none\" opacity=\"1\" stroke=\"{color}\" stroke-width=\"2\" points=")), "curve {color}");
    }
    let e = failed(&chunk_run(&[
        &a,
        "--memory-profile",
        d.join("no/such/dir.svg").to_str().unwrap(),
    ]));
    assert!(e.contains("cannot write"), "{e}");
}

#[test]
fn i1_inputs_and_outputs() {
    let d = dir("i1");
    let f = write(&d, "sel.mlir", "func.func @main(%c: tensor<3xi1>, %a: tensor<3xf32>) -> tensor<3xi1> {\n  %z = \"nn.constant\"() {value = dense<0.0> : tensor<3xf32>} : () -> tensor<3xf32>\n  %0 = \"nn.select\"(%c, %a, %z) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>\n  %1 = \"nn.compare\"(%0, %z) {direction = \"NE\"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>\n  func.return %1 : tensor<3xi1>\n}\n");
    let inputs = tensors_file(
        &d,
        "in.safetensors",
        &[
            (
                "arg0",
                HostTensor::new(vec![3], TensorData::I1(vec![1, 0, 1])),
            ),
            ("arg1", HostTensor::f32(&[3], vec![2.0, 3.0, 0.0])),
        ],
    );
    let out = d.join("o.safetensors");
    let o = chunk_run(&[&f, "--inputs", &inputs, "--outputs", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    assert_eq!(st.tensor("result0").unwrap().data(), &[1, 0, 0]);
}

/// Runs a tool of this package, its stdout captured.
fn tool(exe: &str, args: &[&str]) -> String {
    let o = Command::new(exe)
        .args(args)
        .output()
        .expect("the tool starts");
    assert!(o.status.success(), "{exe} {args:?}: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn predicted_peak_equals_measured_live_on_a_chunked_model() {
    let d = dir("predicted");
    let model = d.join("gpt.mlir").to_string_lossy().into_owned();
    let chunked = d.join("gpt-ac.mlir").to_string_lossy().into_owned();
    tool(
        env!("CARGO_BIN_EXE_modelgen"),
        &[
            "gpt", "--layers", "2", "--hidden", "64", "--heads", "2", "--seq", "128", "-o", &model,
        ],
    );
    tool(
        env!("CARGO_BIN_EXE_chunk-opt"),
        &[&model, "--autochunk=budget=0.6", "-o", &chunked],
    );
    let text = std::fs::read_to_string(&chunked).expect("chunked module");
    assert!(text.contains("chunk.for"), "autochunk made loops:\n{text}");
    let v = json(&chunk_run(&[&chunked, "--json", "--compare", &model]));
    for r in [&v, &v["compare"]] {
        let predicted = r["predicted_peak_bytes"]
            .as_u64()
            .expect("a predicted peak");
        assert_eq!(
            Some(predicted),
            r["measured_live_peak_bytes"].as_u64(),
            "estimate-memory predicts the measured live peak: {r}"
        );
        assert_eq!(r["live_peak_bytes"], r["measured_live_peak_bytes"]);
        // The arena sits within 1% of the live bound (only alignment remains).
        let ratio = r["plan_ratio"].as_f64().expect("a ratio");
        assert!((1.0..1.01).contains(&ratio), "plan_ratio {ratio}: {r}");
    }
    let o = chunk_run(&[&chunked]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("planned (arena) ")
            && out.contains("measured live ")
            && out.contains("predicted (estimate-memory) ")
            && out.contains("(equals measured live)"),
        "{out}"
    );
}

/// A StableHLO module handed to chunk-run directly: the error is at the first op and
/// says how to convert it.
#[test]
fn stablehlo_input_says_how_to_convert_it() {
    let d = dir("stablehlo-input");
    let f = write(
        &d,
        "m.mlir",
        "func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = stablehlo.exponential %x : tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n",
    );
    let e = failed(&chunk_run(&[&f, "--seed", "1"]));
    assert!(
        e.contains("m.mlir:2:8: error: the reference runtime has no kernel for 'stablehlo.exponential'; convert the module first with `chunk-opt --convert-stablehlo-to-nn`"),
        "{e}"
    );
}
