//! The CUDA backend on a GPU. Without a driver or device every GPU test prints
//! `skipped: no CUDA device (<reason>)` and returns; the first test checks that this
//! case is an error and not a panic, and runs everywhere.
//!
//! - `hand_written_plan_matches_the_host`: a plan written by hand around a kernel
//!   compiled from `tests/data/axpy.ll` (copy, a chunk loop whose last window
//!   overlaps, a row-major and a transposed accumulating GEMM, a transposed output).
//! - `fixtures_match_the_reference_runtime`: every `NAME.mlir` of the fixtures folder
//!   (the op suite `tests/ops/*.mlir`, the example zoo, and chunked versions, with
//!   `NAME.ptx` and `NAME.plan.json` from `chunk-translate --emit=ptx`, prepared by
//!   `scripts/gpu-bench.sh prepare`) against the reference runtime on the same seeded
//!   inputs, max relative error <= 1e-4. The folder is `$AUTOCHUNK_CUDA_FIXTURES`,
//!   else `target/gpu/fixtures` of the workspace or of the current directory.
mod common;
use cuda::device::{self, Error};
use cuda::{HostPlan, Options, Program};
use runtime::HostTensor;
use serde_json::json;
use std::path::{Path, PathBuf};

/// `true` when a device is there; else prints why the test is skipped.
fn device_or_skip(test: &str) -> bool {
    match cuda::open(0) {
        Ok(_) => true,
        Err(Error::NoDevice(reason)) => {
            println!("{test}: skipped: no CUDA device ({reason})");
            false
        }
        Err(e) => panic!("{test}: the driver is there but failed: {e}"),
    }
}

#[test]
fn no_driver_or_device_is_an_error_not_a_panic() {
    match cuda::open(0) {
        Ok((_, info)) => {
            assert!(!info.name.is_empty());
            assert!(info.total_bytes > 0);
        }
        Err(Error::NoDevice(reason)) => {
            if !device::driver_library_present() {
                assert!(reason.contains("libcuda.so"), "{reason}");
            }
        }
        Err(e) => panic!("expected a device or NoDevice, got: {e}"),
    }
}

fn f32s(n: usize, seed: u32) -> Vec<f32> {
    (0..n)
        .map(|i| (((i as u32).wrapping_mul(2654435761) ^ seed) % 1000) as f32 / 500.0 - 1.0)
        .collect()
}

#[test]
fn hand_written_plan_matches_the_host() {
    if !device_or_skip("hand_written_plan_matches_the_host") {
        return;
    }
    let ptx = include_str!("data/axpy.ptx");
    let view = |base: serde_json::Value,
                byte: serde_json::Value,
                offset: serde_json::Value,
                shape: &[u64],
                strides: &[i64]| {
        json!({"base": base, "byte_offset": byte, "dtype": "f32", "offset": offset, "shape": shape, "strides": strides})
    };
    let at_v0 = |coeff: i64| json!({"const": 0, "terms": [{"var": 0, "coeff": coeff}]});
    // arena: y [16] at 0, c [4, 3] at 64.
    let plan = json!({
        "version": 2, "chip": "sm_80", "function": "main", "arena_bytes": 112,
        "kernels": ["axpy"],
        "inputs": [{"index": 0, "dtype": "f32", "shape": [16], "bytes": 64},
                   {"index": 1, "dtype": "f32", "shape": [4, 3], "bytes": 48}],
        "outputs": [{"view": view(json!("arena"), json!(64), json!(0), &[4, 3], &[3, 1])},
                    {"view": view(json!("arena"), json!(0), json!(0), &[4, 4], &[1, 4])}],
        "steps": [
            {"op": "copy", "src": view(json!({"input": 0}), json!(0), json!(0), &[16], &[1]),
                           "dst": view(json!("arena"), json!(0), json!(0), &[16], &[1])},
            {"op": "loop", "var": 0, "extent": 16, "step": 6},
            {"op": "launch", "kernel": "axpy", "grid": [2, 1, 1], "block": [4, 1, 1], "shared_bytes": 0,
             "args": [{"memref": view(json!({"input": 0}), json!(0), at_v0(1), &[6], &[1])},
                      {"memref": view(json!("arena"), at_v0(4), json!(0), &[6], &[1])},
                      {"f32": 2.0}]},
            {"op": "end_loop", "var": 0},
            {"op": "gemm", "batch": 1, "m": 4, "n": 3, "k": 4,
             "a": view(json!("arena"), json!(0), json!(0), &[4, 4], &[4, 1]),
             "b": view(json!({"input": 1}), json!(0), json!(0), &[4, 3], &[3, 1]),
             "c": view(json!("arena"), json!(64), json!(0), &[4, 3], &[3, 1]), "accumulate": false},
            {"op": "gemm", "batch": 1, "m": 4, "n": 3, "k": 4,
             "a": view(json!("arena"), json!(0), json!(0), &[4, 4], &[1, 4]),
             "b": view(json!({"input": 1}), json!(0), json!(0), &[4, 3], &[3, 1]),
             "c": view(json!("arena"), json!(64), json!(0), &[4, 3], &[3, 1]), "accumulate": true}
        ]
    });
    let plan = HostPlan::parse(&plan.to_string()).unwrap();
    let (x, w) = (f32s(16, 1), f32s(12, 2));
    // The host's version: y = x; y[o..o+6] += 2 x[o..o+6] at offsets 0, 6, 10 (the
    // last window overlaps elements 10 and 11); c = Y·W + Yᵀ·W with Y = y as 4x4.
    let mut y = x.clone();
    for o in [0usize, 6, 10] {
        for i in o..o + 6 {
            y[i] += 2.0 * x[i];
        }
    }
    let mut c = vec![0f32; 12];
    for i in 0..4 {
        for j in 0..3 {
            c[i * 3 + j] = (0..4)
                .map(|l| (y[i * 4 + l] + y[l * 4 + i]) * w[l * 3 + j])
                .sum();
        }
    }
    let yt: Vec<f32> = (0..16).map(|e| y[(e % 4) * 4 + e / 4]).collect();
    let mut p = Program::load(ptx, plan, &Options::default()).unwrap();
    p.upload(&[HostTensor::f32(&[16], x), HostTensor::f32(&[4, 3], w)])
        .unwrap();
    let ms = p.run().unwrap();
    let out = p.download().unwrap();
    let err = runtime::max_relative_error(
        &out,
        &[HostTensor::f32(&[4, 3], c), HostTensor::f32(&[4, 4], yt)],
    );
    let mem = p.memory().unwrap();
    println!(
        "hand-written plan on {}: {ms:.3} ms, max relative error {err:e}, free-memory drop {} B (arena {} + inputs {} + cuBLAS workspace {})",
        p.info.name,
        mem.drop_bytes(),
        mem.arena_bytes,
        mem.input_bytes,
        mem.cublas_workspace_bytes
    );
    assert!(err <= 1e-6, "max relative error {err:e}");
    assert_eq!(mem.arena_bytes, 112);
    // Small allocations may come out of memory the driver already reserved, so only
    // the 32 MiB workspace is sure to show in the free-memory drop.
    assert!(mem.drop_bytes() >= mem.cublas_workspace_bytes as i64);
}

fn fixtures_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("AUTOCHUNK_CUDA_FIXTURES") {
        return Some(PathBuf::from(d));
    }
    let candidates = [
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/gpu/fixtures"),
        PathBuf::from("target/gpu/fixtures"),
    ];
    candidates.into_iter().find(|p| p.is_dir())
}

fn reference(path: &Path) -> (Vec<HostTensor>, Vec<HostTensor>) {
    let m = common::load(path);
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 0).unwrap();
    let (_, exec) = runtime::run(&m, func, &inputs).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    (inputs, exec.outputs)
}

#[test]
fn fixtures_match_the_reference_runtime() {
    if !device_or_skip("fixtures_match_the_reference_runtime") {
        return;
    }
    let dir = fixtures_dir().unwrap_or_else(|| {
        panic!("a device is present but there are no fixtures: run `scripts/gpu-bench.sh prepare` on a build machine (or set AUTOCHUNK_CUDA_FIXTURES)")
    });
    let mut models: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    models.sort();
    assert!(!models.is_empty(), "no NAME.mlir in {dir:?}");
    // What `prepare` could not compile is not here; say so rather than pass quietly.
    if let Ok(text) = std::fs::read_to_string(dir.join("untranslated.txt")) {
        println!("not compiled by chunk-translate, so not tested:\n{text}");
    }
    let mut failures = Vec::new();
    for m in &models {
        let (inputs, expected) = reference(m);
        let result = device::read_ptx_and_plan(&m.with_extension("ptx"))
            .map_err(|e| e.to_string())
            .and_then(|(ptx, plan)| {
                let mut p =
                    Program::load(&ptx, plan, &Options::default()).map_err(|e| e.to_string())?;
                p.upload(&inputs).map_err(|e| e.to_string())?;
                let ms = p.run().map_err(|e| e.to_string())?;
                let out = p.download().map_err(|e| e.to_string())?;
                Ok((ms, out))
            });
        match result {
            Ok((ms, out)) => {
                let err = runtime::max_relative_error(&out, &expected);
                println!("{}: {ms:.3} ms, max relative error {err:e}", m.display());
                if err > 1e-4 {
                    failures.push(format!("{}: max relative error {err:e}", m.display()));
                }
            }
            Err(e) => {
                println!("{}: FAILED: {e}", m.display());
                failures.push(format!("{}: {e}", m.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n{}",
        failures.len(),
        models.len(),
        failures.join("\n")
    );
}
