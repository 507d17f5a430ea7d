//! `chunk-run --backend=mlir-cpu`: the module compiled through upstream MLIR (linalg,
//! LLVM, ExecutionEngine) gives the reference runtime's outputs (max |a - b| over
//! max |reference| <= 1e-4 per output) on every example model (each zoo family) and on
//! a chunk.for program; its report; flags it refuses.
mod common;
use common::{chunk_run, dir, stderr};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// Every tensor of a safetensors file, by name, as f64.
fn tensors(path: &Path) -> Vec<(String, Vec<usize>, Vec<f64>)> {
    let bytes = std::fs::read(path).expect("outputs written");
    let st = safetensors::SafeTensors::deserialize(&bytes).expect("valid safetensors");
    let mut out: Vec<(String, Vec<usize>, Vec<f64>)> = st
        .tensors()
        .into_iter()
        .map(|(name, t)| {
            let d = t.data();
            let v: Vec<f64> = match t.dtype() {
                safetensors::Dtype::F32 => d
                    .chunks_exact(4)
                    .map(|c| f64::from(f32::from_le_bytes(c.try_into().unwrap())))
                    .collect(),
                safetensors::Dtype::I32 => d
                    .chunks_exact(4)
                    .map(|c| f64::from(i32::from_le_bytes(c.try_into().unwrap())))
                    .collect(),
                safetensors::Dtype::I64 => d
                    .chunks_exact(8)
                    .map(|c| i64::from_le_bytes(c.try_into().unwrap()) as f64)
                    .collect(),
                safetensors::Dtype::BOOL | safetensors::Dtype::U8 => {
                    d.iter().map(|&b| f64::from(b)).collect()
                }
                other => panic!("unexpected dtype {other:?}"),
            };
            (name, t.shape().to_vec(), v)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Runs `file` on both backends (same seed) and returns the worst relative error.
fn compare(file: &str, d: &Path, extra: &[&str]) -> f64 {
    let (r, m) = (d.join("ref.safetensors"), d.join("mlir.safetensors"));
    let mut args = vec![file, "--no-progress", "--outputs", r.to_str().unwrap()];
    args.extend(extra);
    let o = chunk_run(&args);
    assert!(o.status.success(), "{file} (reference): {}", stderr(&o));
    let mut args = vec![
        file,
        "--no-progress",
        "--backend=mlir-cpu",
        "--opt-level",
        "0",
        "--outputs",
        m.to_str().unwrap(),
    ];
    args.extend(extra);
    let o = chunk_run(&args);
    assert!(o.status.success(), "{file} (mlir-cpu): {}", stderr(&o));
    // The runner utilities load by their NUL-terminated path, not by chance past the
    // end of a Rust string.
    assert!(
        !stderr(&o).contains("Failed to create MemoryBuffer"),
        "{file} (mlir-cpu): {}",
        stderr(&o)
    );
    let (a, b) = (tensors(&r), tensors(&m));
    assert_eq!(a.len(), b.len(), "{file}: number of outputs");
    let mut worst = 0f64;
    for ((na, sa, va), (nb, sb, vb)) in a.iter().zip(&b) {
        assert_eq!((na, sa), (nb, sb), "{file}: output names and shapes");
        let scale = va.iter().fold(0f64, |m, v| m.max(v.abs()));
        let diff = va.iter().zip(vb).fold(
            0f64,
            |m, (x, y)| if x == y { m } else { m.max((x - y).abs()) },
        );
        if diff > 0.0 {
            worst = worst.max(diff / scale.max(f64::MIN_POSITIVE));
        }
    }
    assert!(worst <= 1e-4, "{file}: max relative error {worst:e}");
    worst
}

#[test]
fn every_example_matches_the_reference_runtime() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "every zoo family has an example");
    let d = dir("examples");
    for f in &files {
        let err = compare(f.to_str().unwrap(), &d, &["--seed", "5"]);
        eprintln!("{}: max relative error {err:e}", f.display());
    }
}

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

#[test]
fn a_chunk_loop_from_an_inputs_file_matches_and_reports() {
    let d = dir("chunked");
    let f = d.join("chunked.mlir");
    std::fs::write(&f, CHUNKED).unwrap();
    let f = f.to_str().unwrap();
    let saved = d.join("in.safetensors");
    let o = chunk_run(&[f, "--no-progress", "--save-inputs", saved.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    compare(f, &d, &["--inputs", saved.to_str().unwrap()]);
    // The JSON report of the default (optimised) build.
    let o = chunk_run(&[f, "--backend=mlir-cpu", "--repeat", "3", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["backend"], "mlir-cpu");
    assert_eq!(v["repeat"], 3);
    assert_eq!(v["wall_times_s"].as_array().unwrap().len(), 3);
    assert!(v["compile_time_s"].as_f64().unwrap() > 0.0);
    assert!(v["wall_time_s"].as_f64().unwrap() > 0.0);
    assert_eq!(v["planned_peak_bytes"].as_u64().unwrap() % 4, 0);
    // The compiled code runs in the reference runtime's arena: same bytes.
    assert_eq!(v["arena_bytes"], v["planned_peak_bytes"]);
    assert_eq!(v["outputs"][0]["shape"], serde_json::json!([2, 10, 8]));
    let o = chunk_run(&[f, "--backend=mlir-cpu"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("on mlir-cpu") && text.contains("compile time"),
        "{text}"
    );
}

#[test]
fn reference_only_flags_and_bad_values_are_clear_errors() {
    let d = dir("errors");
    let f = d.join("chunked.mlir");
    std::fs::write(&f, CHUNKED).unwrap();
    let f = f.to_str().unwrap();
    for (args, want) in [
        (
            vec!["--backend=mlir-cpu", "--compare", f],
            "--compare needs the reference backend",
        ),
        (
            vec!["--backend=mlir-cpu", "--memory-profile", "x.svg"],
            "--memory-profile needs the reference backend",
        ),
        (vec!["--backend=gpu"], "invalid value 'gpu'"),
        (vec!["--backend=mlir-cpu", "--opt-level", "4"], "4"),
    ] {
        let mut all = vec![f];
        all.extend(args);
        let o = chunk_run(&all);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{e}");
        assert!(!e.contains("panicked") && e.contains(want), "{e}");
    }
}

/// Results that are an argument, a slice of one and a reshape (a view) of one.
const ARGUMENT_RESULTS: &str = r#"func.func @main(%a: tensor<4x8xf32>) -> (tensor<2x8xf32>, tensor<8x4xf32>, tensor<4x8xf32>) {
  %0 = "nn.slice"(%a) {start_indices = array<i64: 1, 0>, limit_indices = array<i64: 3, 8>, strides = array<i64: 1, 1>} : (tensor<4x8xf32>) -> tensor<2x8xf32>
  %1 = "nn.reshape"(%a) : (tensor<4x8xf32>) -> tensor<8x4xf32>
  func.return %0, %1, %a : tensor<2x8xf32>, tensor<8x4xf32>, tensor<4x8xf32>
}
"#;

#[test]
fn results_that_are_arguments_or_views_of_them_compile_and_run() {
    let d = dir("argument-results");
    let f = d.join("args.mlir");
    std::fs::write(&f, ARGUMENT_RESULTS).unwrap();
    let f = f.to_str().unwrap();
    // LLVM IR: the deallocation pipeline's clone of a returned argument is lowered
    // (it used to fail on an unrealized_conversion_cast).
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_chunk-translate"))
        .args([f, "--emit=llvm"])
        .output()
        .expect("chunk-translate runs");
    assert!(o.status.success(), "{}", stderr(&o));
    let ir = String::from_utf8_lossy(&o.stdout);
    assert!(ir.contains("define "), "{ir}");
    // The JIT returns the argument, and its reshape in the result's shape.
    compare(f, &d, &["--seed", "9"]);
}

/// Splat constants of every element type, and one of 10^11 elements.
const SPLATS: &str = r#"func.func @main(%a: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xi64>, tensor<4x8xi1>) {
  %c = "nn.constant"() {value = dense<1.5> : tensor<4x8xf32>} : () -> tensor<4x8xf32>
  %i = "nn.constant"() {value = dense<-7> : tensor<4x8xi64>} : () -> tensor<4x8xi64>
  %b = "nn.constant"() {value = dense<true> : tensor<4x8xi1>} : () -> tensor<4x8xi1>
  %0 = "nn.add"(%a, %c) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %0, %i, %b : tensor<4x8xf32>, tensor<4x8xi64>, tensor<4x8xi1>
}
"#;
const HUGE_SPLAT: &str = r#"func.func @main() -> tensor<99999999999xf32> {
  %c = "nn.constant"() {value = dense<1.0> : tensor<99999999999xf32>} : () -> tensor<99999999999xf32>
  func.return %c : tensor<99999999999xf32>
}
"#;

#[test]
fn splat_constants_are_fills_not_globals() {
    let d = dir("splats");
    let f = d.join("splats.mlir");
    std::fs::write(&f, SPLATS).unwrap();
    compare(f.to_str().unwrap(), &d, &["--seed", "4"]);
    // As a global, the 400 GB splat made LLVM throw through the FFI (an abort).
    let huge = d.join("huge.mlir");
    std::fs::write(&huge, HUGE_SPLAT).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_chunk-translate"))
        .args([huge.to_str().unwrap(), "--emit=llvm"])
        .output()
        .expect("chunk-translate runs");
    assert!(o.status.success(), "{}", stderr(&o));
    let ir = String::from_utf8_lossy(&o.stdout);
    assert!(
        !ir.contains("[99999999999 x float]"),
        "a global of every element"
    );
}
