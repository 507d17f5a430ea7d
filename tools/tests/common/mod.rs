//! Running `chunk-run` from the CLI tests (each test binary uses a part).
#![allow(dead_code)]
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn chunk_run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chunk-run"))
        .args(args)
        .output()
        .expect("chunk-run starts")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A fresh directory for one test's files (the process id keeps test binaries apart).
pub fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("chunk-run-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// Writes `text` to `d/name`; its path.
pub fn write(d: &Path, name: &str, text: &str) -> String {
    let p = d.join(name);
    std::fs::write(&p, text).expect("write");
    p.to_string_lossy().into_owned()
}

/// The stderr of a run that must have failed cleanly: exit status 1, no panic, no
/// report on stdout.
pub fn failed(o: &Output) -> String {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(1), "expected exit 1; stderr: {e}");
    assert!(!e.contains("panicked"), "{e}");
    assert!(o.stdout.is_empty(), "no report on failure: {}", stdout(o));
    e
}

/// The f32 tensors of a safetensors file, by name, in the file's data order.
pub fn f32_tensors(path: &Path) -> Vec<(String, Vec<f64>)> {
    let bytes = std::fs::read(path).expect("a safetensors file");
    let st = safetensors::SafeTensors::deserialize(&bytes).expect("valid safetensors");
    let mut out: Vec<(usize, String, Vec<f64>)> = st
        .tensors()
        .into_iter()
        .map(|(name, t)| {
            assert_eq!(t.dtype(), safetensors::Dtype::F32, "{name}: f32 expected");
            let values = t
                .data()
                .chunks_exact(4)
                .map(|c| f64::from(f32::from_le_bytes(c.try_into().unwrap())))
                .collect();
            (t.data().as_ptr() as usize, name, values)
        })
        .collect();
    out.sort_by_key(|t| t.0);
    out.into_iter().map(|(_, n, v)| (n, v)).collect()
}

/// max |want - got| over max |want|.
pub fn relative_error(want: &[f64], got: &[f64]) -> f64 {
    assert_eq!(want.len(), got.len(), "element counts");
    let scale = want.iter().fold(0f64, |a, v| a.max(v.abs())).max(1e-30);
    let err = want
        .iter()
        .zip(got)
        .fold(0f64, |a, (x, y)| a.max((x - y).abs()));
    err / scale
}

/// Whether python3 can import `modules` (a comma-separated import list): the optional
/// checks (jax, IREE) skip themselves without them.
pub fn python_has(modules: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {modules}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `exe` with `args`; it must succeed.
pub fn run_ok(exe: &str, args: &[&str]) -> Output {
    let o = Command::new(exe)
        .args(args)
        .output()
        .expect("the tool starts");
    assert!(o.status.success(), "{exe} {args:?}: {}", stderr(&o));
    o
}
