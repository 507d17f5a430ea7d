//! Runs the lit + FileCheck suite in `lit-tests/` against the tools built by this
//! package, so that `cargo test` runs everything. lit comes from PyPI (`pip install
//! lit`) and FileCheck from LLVM 19 (`llvm-19-tools`); `scripts/install-deps.sh`
//! installs both.
use std::path::{Path, PathBuf};
use std::process::Command;

fn find_lit() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("LIT") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("lit"))
            .find(|p| p.is_file())
    })
}

#[test]
fn lit_suite() {
    let tools_dir = Path::new(env!("CARGO_BIN_EXE_chunk-opt"))
        .parent()
        .expect("binary has a directory")
        .to_path_buf();
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lit-tests");
    let llvm_bin =
        std::env::var("LLVM_TOOLS_DIR").unwrap_or_else(|_| "/usr/lib/llvm-19/bin".to_string());
    assert!(
        Path::new(&llvm_bin).join("FileCheck").is_file(),
        "FileCheck not found in {llvm_bin}: install llvm-19-tools (scripts/install-deps.sh) or set LLVM_TOOLS_DIR"
    );
    let lit = find_lit().expect(
        "lit not found on PATH: run `pip install lit` (scripts/install-deps.sh) or set LIT",
    );
    let status = Command::new(&lit)
        .arg("-v")
        .arg(&suite)
        .env("CHUNK_TOOLS_DIR", &tools_dir)
        .env("LLVM_TOOLS_DIR", &llvm_bin)
        .status()
        .expect("lit runs");
    assert!(
        status.success(),
        "lit reported failures (see the output above)"
    );
}
