//! The C API from C: `tests/c/chunk.c`, compiled with the system `cc` against
//! `include/autochunk.h` and the cdylib this crate builds, chunks an attention block
//! and checks the plan and every error path (it exits non-zero on a failed check).
use std::path::{Path, PathBuf};
use std::process::Command;

/// The directory of the cdylib cargo built for this test run: next to the test
/// executable (`target/<profile>/deps`), or in `target/<profile>` after a build.
fn library_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().expect("test executable");
    let deps = exe.parent()?.to_path_buf();
    let profile = deps.parent()?.to_path_buf();
    [deps, profile]
        .into_iter()
        .find(|d| d.join("libautochunk_capi.so").exists())
}

#[test]
fn a_c_program_chunks_a_module_and_gets_located_errors() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib_dir = library_dir().expect("cargo builds the cdylib with the tests");
    let out = std::env::temp_dir().join(format!("autochunk-capi-{}", std::process::id()));
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let compiled = Command::new(&cc)
        .arg(crate_dir.join("tests/c/chunk.c"))
        .arg("-I")
        .arg(crate_dir.join("include"))
        .arg("-std=c99")
        .arg("-Wall")
        .arg("-Werror")
        .arg("-L")
        .arg(&lib_dir)
        .arg("-lautochunk_capi")
        .arg(format!("-Wl,-rpath,{}", lib_dir.display()))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cc}: {e}"));
    assert!(
        compiled.status.success(),
        "{cc} failed:\n{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let model = crate_dir.join("../../lit-tests/Autochunk/autochunk.mlir");
    let run = Command::new(&out)
        .arg(&model)
        .output()
        .expect("the C program runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("\"chunk.for\""), "{stdout}");
    let _ = std::fs::remove_file(&out);
}
