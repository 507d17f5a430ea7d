//! `chunk-run --backend=cuda` without a GPU: the flags it takes and refuses, a plan of
//! the wrong version, and no driver or device, each a clear error with exit status 1
//! (never a panic). Runs on a GPU are tested in `crates/cuda/tests/gpu.rs`.
mod common;
use common::{chunk_run, dir, failed};
use std::path::Path;

const MODULE: &str = "func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = \"nn.relu\"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}
";

/// The module, `k.ptx` and `k.plan.json` (version `version`) in `d`.
fn files(d: &Path, version: u32) -> (String, String) {
    let m = d.join("m.mlir");
    std::fs::write(&m, MODULE).unwrap();
    let ptx = d.join("k.ptx");
    std::fs::write(&ptx, "// no kernels\n").unwrap();
    let view = r#"{"base": "arena", "byte_offset": 0, "dtype": "f32", "offset": 0, "shape": [4], "strides": [1]}"#;
    let plan = format!(
        r#"{{"version": {version}, "chip": "sm_90", "function": "main", "arena_bytes": 16, "kernels": [],
            "inputs": [{{"index": 0, "dtype": "f32", "shape": [4], "bytes": 16}}],
            "outputs": [{{"view": {view}}}],
            "steps": [{{"op": "copy", "src": {{"base": {{"input": 0}}, "byte_offset": 0, "dtype": "f32", "offset": 0, "shape": [4], "strides": [1]}}, "dst": {view}}}]}}"#
    );
    std::fs::write(d.join("k.plan.json"), plan).unwrap();
    (
        m.to_string_lossy().into_owned(),
        ptx.to_string_lossy().into_owned(),
    )
}

#[test]
fn a_version_1_plan_is_refused_with_its_version() {
    let d = dir("v1");
    let (m, ptx) = files(&d, 1);
    let e = failed(&chunk_run(&[&m, "--backend=cuda", "--ptx", &ptx]));
    assert!(
        e.contains("version 1, but this runtime reads version 2"),
        "{e}"
    );
}

#[test]
fn a_missing_plan_is_named() {
    let d = dir("missing");
    let (m, ptx) = files(&d, 2);
    std::fs::remove_file(d.join("k.plan.json")).unwrap();
    let e = failed(&chunk_run(&[&m, "--backend=cuda", "--ptx", &ptx]));
    assert!(
        e.contains("cannot read the host plan") && e.contains("k.plan.json"),
        "{e}"
    );
}

#[test]
fn without_a_device_the_run_is_an_error() {
    if cuda::device::driver_library_present() {
        println!("skipped: a CUDA driver library is present on this machine");
        return;
    }
    let d = dir("nodevice");
    let (m, ptx) = files(&d, 2);
    let e = failed(&chunk_run(&[&m, "--backend=cuda", "--ptx", &ptx]));
    assert!(
        e.contains("no CUDA device: the CUDA driver library (libcuda.so) was not found"),
        "{e}"
    );
}

#[test]
fn cuda_flags_need_the_cuda_backend_and_reference_flags_are_refused() {
    let d = dir("flags");
    let (m, ptx) = files(&d, 2);
    for flag in [
        vec!["--ptx", ptx.as_str()],
        vec!["--tf32"],
        vec!["--verify"],
    ] {
        let mut args = vec![m.as_str()];
        args.extend(&flag);
        let e = failed(&chunk_run(&args));
        assert!(
            e.contains(&format!("{} needs --backend=cuda", flag[0])),
            "{e}"
        );
    }
    let e = failed(&chunk_run(&[
        &m,
        "--backend=cuda",
        "--ptx",
        &ptx,
        "--compare",
        &m,
    ]));
    assert!(e.contains("--compare needs the reference backend"), "{e}");
    let e = failed(&chunk_run(&[
        &m,
        "--backend=cuda",
        "--ptx",
        &ptx,
        "--gpu-arch",
        "sm_80",
    ]));
    assert!(e.contains("--gpu-arch applies when compiling"), "{e}");
}
