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
