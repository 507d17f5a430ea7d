//! A shared library from a compiled object: the object, the static runtime library
//! (`libautochunk_aot_runtime.a`: the packed GEMM the outlined contractions call)
//! and the C compiler's runtime linked statically, so the library needs only libc
//! and libm. The system C compiler (`cc`, or `$CC`) is the linker driver; a version
//! script exports the entry points and nothing else; `-z defs` makes a symbol that
//! nothing defines a link error, not a failure at `dlopen`.
use crate::{EntryPoint, Error};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The file name of the static runtime library `cargo build` writes.
pub const RUNTIME_LIB: &str = "libautochunk_aot_runtime.a";

/// The environment variable that names the runtime library.
pub const RUNTIME_ENV: &str = "AUTOCHUNK_AOT_RUNTIME";

/// The runtime library: `explicit` if given, else `$AUTOCHUNK_AOT_RUNTIME`, else
/// next to the running executable or in `../lib` from it (where `cargo build` of the
/// workspace and an install put it), else the newest that cargo built as a dependency
/// of the executable (`deps/libautochunk_aot_runtime-<hash>.a`: `cargo build -p
/// tools` builds it there only). An error lists where it looked and how to build it.
pub fn find_runtime(explicit: Option<&Path>) -> Result<PathBuf, Error> {
    let mut tried = Vec::new();
    let given = explicit
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os(RUNTIME_ENV).map(PathBuf::from));
    if let Some(p) = given {
        if p.is_file() {
            return Ok(p);
        }
        return Err(Error::Link(format!(
            "the runtime library {} does not exist",
            p.display()
        )));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        // A test executable runs from target/<profile>/deps.
        for d in [dir.clone(), dir.join("../lib"), dir.join("..")] {
            let p = d.join(RUNTIME_LIB);
            if p.is_file() {
                return Ok(p);
            }
            tried.push(p.display().to_string());
        }
        for deps in [dir.join("deps"), dir.clone()] {
            if let Some(p) = newest_dependency_build(&deps) {
                return Ok(p);
            }
        }
        tried.push(
            dir.join("deps")
                .join("libautochunk_aot_runtime-*.a")
                .display()
                .to_string(),
        );
    }
    Err(Error::Link(format!(
        "cannot find {RUNTIME_LIB} (looked in {}); build it with `cargo build --release -p autochunk-aot-runtime`, or name it with --runtime-lib or ${RUNTIME_ENV}",
        tried.join(", ")
    )))
}

/// The most recently written `libautochunk_aot_runtime-<hash>.a` in `dir`.
fn newest_dependency_build(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().map(|n| n.to_string_lossy().into_owned());
            n.is_some_and(|n| n.starts_with("libautochunk_aot_runtime-") && n.ends_with(".a"))
        })
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
}

/// Links `object` and the runtime library into the shared library `out`.
pub fn shared_library(
    object: &[u8],
    entries: &[EntryPoint],
    runtime: &Path,
    out: &Path,
) -> Result<(), Error> {
    let dir = scratch_dir()?;
    let result = link_in(&dir, object, entries, runtime, out);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn link_in(
    dir: &Path,
    object: &[u8],
    entries: &[EntryPoint],
    runtime: &Path,
    out: &Path,
) -> Result<(), Error> {
    let io = |what: &str, p: &Path| {
        let what = what.to_string();
        let p = p.display().to_string();
        move |e: std::io::Error| Error::Link(format!("{what} {p}: {e}"))
    };
    let obj = dir.join("program.o");
    std::fs::write(&obj, object).map_err(io("cannot write", &obj))?;
    let script = dir.join("exports.map");
    let globals: String = entries.iter().map(|e| format!(" {};", e.symbol)).collect();
    std::fs::write(
        &script,
        format!("{{\n  global:{globals}\n  local: *;\n}};\n"),
    )
    .map_err(io("cannot write", &script))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let output = Command::new(&cc)
        .arg("-shared")
        .arg("-o")
        .arg(out)
        .arg(&obj)
        .arg(runtime)
        .arg("-static-libgcc")
        .arg(format!("-Wl,--version-script={}", script.display()))
        // The runtime library's debug information is most of its bytes (30 MB of
        // 31 for a GPT); the library is stripped of it.
        .args(["-Wl,--gc-sections", "-Wl,--strip-debug", "-Wl,-z,defs"])
        .args(["-lm", "-lpthread", "-ldl"])
        .output()
        .map_err(|e| Error::Link(format!("cannot run the linker driver '{cc}': {e} (set CC)")))?;
    if !output.status.success() {
        return Err(Error::Link(format!(
            "{cc} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        )));
    }
    Ok(())
}

fn scratch_dir() -> Result<PathBuf, Error> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "autochunk-aot-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::Link(format!("cannot create {}: {e}", dir.display())))?;
    Ok(dir)
}
