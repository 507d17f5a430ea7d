//! `chunk-translate --emit=obj|asm|lib` (crates/aot): a chunked GPT and a chunked
//! Evoformer block compiled ahead of time into shared libraries that C programs run.
//!
//! - `tests/c/aot_check.c` `dlopen`s the library, reads the inputs from the
//!   safetensors file `chunk-run --save-inputs` wrote (by the names the header lists),
//!   checks every bad argument's status, and writes the outputs;
//! - `examples/aot/run.c` (the 30-line program of docs/aot.md) links the library and
//!   runs it on the inputs' raw bytes.
//!
//! Both outputs match the reference runtime's (`chunk-run --outputs`, max relative
//! error 1e-4); the arena the header names is the plan's; the library needs only libc
//! and libm.
mod common;
use common::{dir, f32_tensors, relative_error, run_ok, stderr};
use std::path::{Path, PathBuf};
use std::process::Command;

const TRANSLATE: &str = env!("CARGO_BIN_EXE_chunk-translate");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The static runtime library cargo built for this run: `target/<profile>/` after a
/// `cargo build`, else the newest in `target/<profile>/deps` (a dependency's output).
fn runtime_lib() -> PathBuf {
    let exe = PathBuf::from(TRANSLATE);
    let profile = exe.parent().expect("target/<profile>").to_path_buf();
    let direct = profile.join("libautochunk_aot_runtime.a");
    if direct.is_file() {
        return direct;
    }
    let deps = std::fs::read_dir(profile.join("deps")).expect("target/<profile>/deps");
    deps.filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with("libautochunk_aot_runtime") && n.ends_with(".a")
        })
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
        .expect("cargo builds libautochunk_aot_runtime.a with chunk-translate")
}

fn cc() -> String {
    std::env::var("CC").unwrap_or_else(|_| "cc".into())
}

/// A model from modelgen, autochunked at `budget`: its path.
fn chunked_model(d: &Path, name: &str, modelgen: &[&str], budget: &str) -> String {
    let plain = d.join(format!("{name}.mlir"));
    let chunked = d.join(format!("{name}-chunked.mlir"));
    let mut args = modelgen.to_vec();
    let plain_s = plain.to_string_lossy().into_owned();
    args.extend(["-o", &plain_s]);
    run_ok(env!("CARGO_BIN_EXE_modelgen"), &args);
    let pipeline = format!("--autochunk=budget={budget}");
    let chunked_s = chunked.to_string_lossy().into_owned();
    run_ok(
        env!("CARGO_BIN_EXE_chunk-opt"),
        &[&plain_s, &pipeline, "-o", &chunked_s],
    );
    let text = std::fs::read_to_string(&chunked).unwrap();
    assert!(text.contains("chunk.for"), "{name}: autochunk made no loop");
    chunked_s
}

/// `#define <name> <value>ull` of a header.
fn header_number(header: &str, name: &str) -> u64 {
    header
        .lines()
        .find_map(|l| l.strip_prefix(&format!("#define {name} ")))
        .and_then(|v| v.trim_end_matches("ull").parse().ok())
        .unwrap_or_else(|| panic!("no {name} in the header"))
}

/// The f32 values of raw little-endian output bytes, split by the header's sizes.
fn raw_outputs(bytes: &[u8], sizes: &[usize]) -> Vec<Vec<f64>> {
    let mut at = 0;
    sizes
        .iter()
        .map(|&n| {
            let v = bytes[at..at + n]
                .chunks_exact(4)
                .map(|c| f64::from(f32::from_le_bytes(c.try_into().unwrap())))
                .collect();
            at += n;
            v
        })
        .collect()
}

/// Compiles `model` into a library, runs it from both C programs and compares with
/// the reference runtime. `ids` is the index of an input of embedding ids, if any.
/// With `explicit_runtime`, the runtime library is named with `--runtime-lib`; else
/// chunk-translate finds it itself.
fn compile_and_run(d: &Path, model: &str, ids: Option<usize>, explicit_runtime: bool) {
    let st_in = d.join("inputs.safetensors");
    let st_ref = d.join("reference.safetensors");
    let (st_in_s, st_ref_s) = (st_in.to_string_lossy(), st_ref.to_string_lossy());
    run_ok(
        env!("CARGO_BIN_EXE_chunk-run"),
        &[
            model,
            "--save-inputs",
            &st_in_s,
            "--outputs",
            &st_ref_s,
            "--no-progress",
        ],
    );
    let lib = d.join("libmodel.so");
    let lib_s = lib.to_string_lossy().into_owned();
    let runtime = runtime_lib().to_string_lossy().into_owned();
    let mut args = vec![model, "--emit=lib", "-o", &lib_s];
    if explicit_runtime {
        args.extend(["--runtime-lib", &runtime]);
    }
    run_ok(TRANSLATE, &args);
    let header =
        std::fs::read_to_string(d.join("libmodel.h")).expect("the header next to the library");

    // The arena the header names is the reference runtime's plan.
    let ctx = ir::Context::new();
    let text = std::fs::read_to_string(model).unwrap();
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let m = parse::parse_bytes(text.as_bytes(), model, &ctx).expect("the chunked model parses");
    let func = runtime::entry_function(&m).unwrap();
    let plan = runtime::plan(&m, func).unwrap();
    assert_eq!(
        header_number(&header, "AUTOCHUNK_MAIN_ARENA_SIZE"),
        plan.arena_size
    );

    // Only libc and libm (and the loader).
    if let Ok(o) = Command::new("readelf").args(["-d", &lib_s]).output() {
        let dynamic = String::from_utf8_lossy(&o.stdout);
        let needed: Vec<&str> = dynamic
            .lines()
            .filter(|l| l.contains("(NEEDED)"))
            .filter_map(|l| l.split('[').nth(1)?.split(']').next())
            .collect();
        assert!(!needed.is_empty(), "{dynamic}");
        for n in &needed {
            assert!(
                n.starts_with("libc.so") || n.starts_with("libm.so") || n.starts_with("ld-linux"),
                "the library needs {n}: {needed:?}"
            );
        }
    }

    let reference = f32_tensors(&st_ref);
    let sizes: Vec<usize> = reference.iter().map(|(_, v)| v.len() * 4).collect();
    let compare = |what: &str, bytes: &[u8]| {
        let got = raw_outputs(bytes, &sizes);
        for ((name, want), got) in reference.iter().zip(&got) {
            let e = relative_error(want, got);
            assert!(e <= 1e-4, "{what}: output {name}: relative error {e}");
        }
    };

    // The dlopen program, on the safetensors inputs, with every error path.
    let check = d.join("check");
    let compiled = Command::new(cc())
        .arg(root().join("tools/tests/c/aot_check.c"))
        .arg(format!(
            "-DMODEL_HEADER=\"{}\"",
            d.join("libmodel.h").display()
        ))
        .args(["-std=c11", "-Wall", "-Werror", "-D_GNU_SOURCE", "-o"])
        .arg(&check)
        .arg("-ldl")
        .output()
        .expect("cc runs");
    assert!(compiled.status.success(), "{}", stderr(&compiled));
    let out = d.join("outputs.bin");
    let mut args = vec![
        lib_s.clone(),
        st_in_s.to_string(),
        out.to_string_lossy().into_owned(),
    ];
    args.extend(ids.map(|i| i.to_string()));
    let run = Command::new(&check).args(&args).output().unwrap();
    assert!(
        run.status.success(),
        "aot_check: {}{}",
        stderr(&run),
        String::from_utf8_lossy(&run.stdout)
    );
    compare("dlopen", &std::fs::read(&out).unwrap());

    // The 30-line program of docs/aot.md, linked against the library, on raw inputs
    // (the safetensors tensors' bytes in argument order).
    let bytes = std::fs::read(&st_in).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let mut raw = Vec::new();
    for i in 0..m.block(m.entry_block(func, 0).unwrap()).args.len() {
        let name = runtime::io::argument_name(&m, func, i);
        raw.extend_from_slice(st.tensor(&name).expect("input saved").data());
    }
    std::fs::write(d.join("inputs.bin"), raw).unwrap();
    let run_c = d.join("run");
    let compiled = Command::new(cc())
        .arg(root().join("examples/aot/run.c"))
        .arg("-DMODEL_HEADER=\"libmodel.h\"")
        .arg(format!("-I{}", d.display()))
        .args(["-std=c11", "-Wall", "-Werror", "-o"])
        .arg(&run_c)
        .arg(format!("-L{}", d.display()))
        .arg("-lmodel")
        .arg(format!("-Wl,-rpath,{}", d.display()))
        .output()
        .expect("cc runs");
    assert!(compiled.status.success(), "{}", stderr(&compiled));
    let out = d.join("outputs-run.bin");
    let run = Command::new(&run_c)
        .arg(d.join("inputs.bin"))
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "run.c: {}", stderr(&run));
    compare("run.c", &std::fs::read(&out).unwrap());
}

#[test]
fn a_chunked_gpt_library_runs_from_c() {
    let d = dir("aot-gpt");
    let model = chunked_model(
        &d,
        "gpt",
        &["gpt", "--layers", "2", "--seq", "128", "--vocab", "50"],
        "30%",
    );
    compile_and_run(&d, &model, Some(0), true);
}

#[test]
fn a_chunked_evoformer_library_runs_from_c() {
    let d = dir("aot-evoformer");
    let model = chunked_model(
        &d,
        "evo",
        &["evoformer", "--residues", "24", "--msa-seqs", "4"],
        "40%",
    );
    compile_and_run(&d, &model, None, false);
}

/// `chunk-translate` and `chunk-run` fail cleanly (exit 1, a message, no panic).
fn refused(exe: &str, args: &[&str]) -> String {
    let o = Command::new(exe)
        .args(args)
        .output()
        .expect("the tool starts");
    let e = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{args:?}: expected exit 1; stderr: {e}"
    );
    assert!(!e.contains("panicked"), "{e}");
    e
}

#[test]
fn bad_aot_arguments_are_errors() {
    let d = dir("aot-errors");
    let model = root()
        .join("examples/gpt-tiny.mlir")
        .to_string_lossy()
        .into_owned();
    let lib = d.join("lib.so").to_string_lossy().into_owned();
    let obj = d.join("out.o").to_string_lossy().into_owned();
    let cases: [(&[&str], &str); 7] = [
        (&["--emit=lib"], "--emit=lib writes a file: name it with -o"),
        (
            &["--emit=lib", "-o", &lib, "--runtime-lib", "/no/such.a"],
            "the runtime library /no/such.a does not exist",
        ),
        (
            &["--emit=obj", "--target-triple", "nonsense-cpu-none"],
            "unknown target triple 'nonsense-cpu-none'",
        ),
        (&["--emit=obj", "--opt-level", "4"], "--opt-level"),
        (
            &["--emit=obj", "--symbol-prefix", "1x"],
            "not the start of a C identifier",
        ),
        (
            &["--emit=obj", "-o", &obj, "--target-cpu", "no-such-cpu"],
            "'no-such-cpu' is not a recognized processor for this target",
        ),
        (
            &["--emit=obj", "-o", &obj, "--target-features", "+nothing"],
            "'+nothing' is not a recognized feature for this target",
        ),
    ];
    for (args, message) in cases {
        let mut all = vec![model.as_str()];
        all.extend_from_slice(args);
        let e = refused(TRANSLATE, &all);
        assert!(e.contains(message), "{args:?}: {e}");
        // Said once, not also as LLVM's warning once per function.
        assert_eq!(e.matches(message).count(), 1, "{args:?}: {e}");
    }
    assert!(!d.join("out.o").exists(), "no output file on failure");
}

/// `--emit=obj` and `--emit=asm` export the entry point alone (the compiled function
/// is internal: `main` would clash with a C program's); another triple cross-compiles
/// (an AArch64 ELF object).
#[test]
fn objects_and_assembly_export_only_the_entry_points() {
    let d = dir("aot-obj");
    let model = root().join("examples/gpt-tiny.mlir");
    let model = model.to_string_lossy();
    let obj = d.join("gpt.o");
    let obj_s = obj.to_string_lossy().into_owned();
    let header = d.join("gpt.h").to_string_lossy().into_owned();
    run_ok(
        TRANSLATE,
        &[
            &model,
            "--emit=obj",
            "-o",
            &obj_s,
            "--header",
            &header,
            "--symbol-prefix",
            "gpt_",
        ],
    );
    let h = std::fs::read_to_string(&header).unwrap();
    assert!(
        h.contains("int32_t gpt_main(const void *const *inputs"),
        "{h}"
    );
    if let Ok(o) = Command::new("nm")
        .args(["-g", "--defined-only", &obj_s])
        .output()
    {
        let defined = String::from_utf8_lossy(&o.stdout);
        let names: Vec<&str> = defined
            .lines()
            .filter_map(|l| l.split_whitespace().nth(2))
            .collect();
        assert_eq!(names, ["gpt_main"], "{defined}");
    }
    let asm = run_ok(TRANSLATE, &[&model, "--emit=asm", "--opt-level", "1"]);
    let asm = String::from_utf8_lossy(&asm.stdout);
    assert!(
        asm.contains(".globl\tautochunk_main") && asm.contains("autochunk_main:"),
        "{asm:.2000}"
    );
    let arm = d.join("gpt-arm.o");
    run_ok(
        TRANSLATE,
        &[
            &model,
            "--emit=obj",
            "-o",
            &arm.to_string_lossy(),
            "--target-triple",
            "aarch64-unknown-linux-gnu",
        ],
    );
    let bytes = std::fs::read(&arm).unwrap();
    assert_eq!(&bytes[..4], b"\x7fELF");
    assert_eq!(
        u16::from_le_bytes([bytes[18], bytes[19]]),
        183,
        "e_machine EM_AARCH64"
    );
}

/// `chunk-run --backend=aot` compiles the module into a library, loads it and runs
/// it: the outputs are the reference runtime's.
#[test]
fn chunk_run_aot_backend_matches_the_reference() {
    let d = dir("aot-chunk-run");
    let model = root().join("examples/evoformer-tri-tiny.mlir");
    let model = model.to_string_lossy();
    let (want, got) = (d.join("want.safetensors"), d.join("got.safetensors"));
    run_ok(
        env!("CARGO_BIN_EXE_chunk-run"),
        &[
            &model,
            "--outputs",
            &want.to_string_lossy(),
            "--no-progress",
        ],
    );
    let o = run_ok(
        env!("CARGO_BIN_EXE_chunk-run"),
        &[
            &model,
            "--backend=aot",
            "--outputs",
            &got.to_string_lossy(),
            "--json",
        ],
    );
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["backend"], "aot");
    assert_eq!(report["arena_bytes"], report["planned_peak_bytes"]);
    for ((name, w), (_, g)) in f32_tensors(&want).iter().zip(&f32_tensors(&got)) {
        let e = relative_error(w, g);
        assert!(e <= 1e-4, "{name}: relative error {e}");
    }
}
