//! Set-up shared by this crate's integration tests (each test binary uses a part).
#![allow(dead_code)]
use ir::{Context, Module};
use runtime::HostTensor;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// The repository root (examples/, lit-tests/).
pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Parses and verifies `src`; a failure panics with `file` and the diagnostic.
pub fn parse(src: &str, file: &str) -> Module {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let ctx = Context::new();
    let m = parse::parse_source(src, file, &ctx).unwrap_or_else(|e| panic!("{file}: {e}\n{src}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{file}: {e}\n{src}"));
    m
}

/// `m` after the autochunk pass with `options` (e.g. `budget=0.5`); `None` when the
/// budget cannot be met. The result must verify.
pub fn autochunk(m: &Module, options: &str) -> Option<Module> {
    let _ = autochunk::CRATE;
    let ctx = Context::new();
    let def = pass::lookup("autochunk").expect("registered");
    let opts = pass::PassOptions::parse(def, options).expect("valid options");
    let mut pass = (def.create)(&opts).expect("valid options");
    let mut out = m.clone();
    pass.run(&mut out, &ctx).ok()?;
    ir::verify::verify(&out, &ctx).expect("the chunked program verifies");
    Some(out)
}

/// The project's agreement metric (`runtime::max_relative_error`), reference first.
pub fn max_rel_error(reference: &[HostTensor], actual: &[HostTensor]) -> f64 {
    runtime::max_relative_error(actual, reference)
}

/// A JSON integer of a host plan.
pub fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not an integer: {v}"))
}

/// A host plan `EXPR` (`docs/host-plan.md`) at the loop variables `vars`.
pub fn eval(e: &Value, vars: &HashMap<i64, i64>) -> i64 {
    if let Some(c) = e.as_i64() {
        return c;
    }
    let mut r = int(&e["const"]);
    for t in e["terms"].as_array().expect("an EXPR has terms") {
        r += int(&t["coeff"]) * vars[&int(&t["var"])];
    }
    r
}

/// Every `.mlir` file of `dirs` (relative to the repository root, or `tests/programs`
/// of this crate as `"programs"`), sorted by path, parsed and verified, with its file
/// name; the diagnostic tests (`*errors.mlir`) are left out.
pub fn modules_in(dirs: &[&str]) -> Vec<(String, Module)> {
    let mut files: Vec<_> = dirs
        .iter()
        .map(|d| match *d {
            "programs" => Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs")).into(),
            d => root().join(d),
        })
        .flat_map(|dir| {
            std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        })
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .filter(|p| !p.to_string_lossy().ends_with("errors.mlir"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            let src = std::fs::read_to_string(&f).unwrap();
            let m = parse(&src, &name);
            (name, m)
        })
        .collect()
}

/// NVIDIA's PTX assembler: `$PTXAS`, else `ptxas` on PATH (`scripts/env.sh` sets
/// `PTXAS` to the one `scripts/install-deps.sh` installs from the CUDA compiler wheel).
pub fn ptxas() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("PTXAS") {
        return Some(p.into());
    }
    let on_path = std::process::Command::new("ptxas")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    on_path.then(|| "ptxas".into())
}

/// Assembles `ptx` for sm_90 with ptxas (what the driver does when it loads the
/// image): PTX it refuses fails here, not on a GPU machine. Without ptxas the check
/// is skipped, and says so.
pub fn assemble(ptx: &str, what: &str) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    let Some(ptxas) = ptxas() else {
        WARNED.call_once(|| {
            eprintln!("skipped: ptxas not found (set PTXAS or run scripts/install-deps.sh)")
        });
        return;
    };
    let dir = std::env::temp_dir().join(format!("autochunk-ptxas-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!(
        "{}.ptx",
        what.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
    ));
    std::fs::write(&file, ptx).unwrap();
    let out = std::process::Command::new(&ptxas)
        .args(["-arch=sm_90", "-o"])
        .arg(file.with_extension("cubin"))
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", ptxas.display()));
    assert!(
        out.status.success(),
        "{what}: ptxas refuses the PTX:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_file(file.with_extension("cubin"));
    let _ = std::fs::remove_file(&file);
}
