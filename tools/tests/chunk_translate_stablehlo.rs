//! `chunk-translate --emit=stablehlo` run by XLA itself: `scripts/xla-run.py` compiles
//! the text with jaxlib's CPU backend and runs it; the outputs match the reference
//! runtime's (max relative error 1e-5) for every example model XLA can take and for a
//! chunked GPT, and XLA's own temp memory for the chunked GPT stays under 35% of the
//! unchunked one's (the loops survive XLA's scheduling and buffer assignment). Skipped
//! with a message where jax is not installed (`scripts/install-deps.sh` installs it).
mod common;
use common::{dir, f32_tensors as tensors, relative_error, stderr};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn jax_available() -> bool {
    common::python_has("jax, jaxlib")
}

fn tool(name: &str, args: &[&str]) -> std::process::Output {
    let exe = match name {
        "chunk-translate" => env!("CARGO_BIN_EXE_chunk-translate"),
        "chunk-opt" => env!("CARGO_BIN_EXE_chunk-opt"),
        "chunk-run" => env!("CARGO_BIN_EXE_chunk-run"),
        _ => env!("CARGO_BIN_EXE_modelgen"),
    };
    common::run_ok(exe, args)
}

/// JAX's own exports (tests/frontends): imported, chunked at 50% where that budget is
/// reachable at the fixtures' small sizes, exported back and run by XLA give the
/// outputs JAX computed (max relative error 1e-4).
#[test]
fn jax_exports_round_trip_through_autochunk_on_xla() {
    if !jax_available() {
        eprintln!("skipped: jax is not installed (scripts/install-deps.sh installs it)");
        return;
    }
    let d = dir("stablehlo-round-trip");
    for (model, pipeline) in [
        ("gpt2", "--autochunk=budget=0.5"),
        ("vit", "--autochunk=budget=0.5"),
        ("conv_attention", "--autochunk=budget=0.3"),
        ("bert", "--canonicalize"),
        ("llama", "--canonicalize"),
    ] {
        let fixture = root().join("tests/frontends").join(model);
        let nn = d.join(format!("{model}.mlir"));
        let shlo = d.join(format!("{model}.stablehlo.mlir"));
        let out = d.join(format!("{model}.xla.safetensors"));
        let model_file = fixture.join("model.mlir");
        tool(
            "chunk-opt",
            &[
                model_file.to_str().unwrap(),
                "--convert-stablehlo-to-nn",
                pipeline,
                "-o",
                nn.to_str().unwrap(),
            ],
        );
        tool(
            "chunk-translate",
            &[
                nn.to_str().unwrap(),
                "--emit=stablehlo",
                "-o",
                shlo.to_str().unwrap(),
            ],
        );
        let o = Command::new("python3")
            .arg(root().join("scripts/xla-run.py"))
            .args([&shlo, &fixture.join("inputs.safetensors"), &out])
            .output()
            .expect("python3 runs");
        assert!(o.status.success(), "{model}: {}", stderr(&o));
        let want = tensors(&fixture.join("outputs.safetensors"));
        let got = tensors(&out);
        assert_eq!(want.len(), 1, "{model}: one output");
        let (expected, values) = (&want[0].1, &got[0].1);
        let err = relative_error(expected, values);
        assert!(err <= 1e-4, "{model}: relative error {:e}", err);
        if pipeline.starts_with("--autochunk") {
            let text = std::fs::read_to_string(&shlo).unwrap();
            assert!(
                text.contains("stablehlo.while"),
                "{model}: the chunk loops are loops"
            );
        }
    }
}

/// Exports `module`, runs it on XLA and on the reference runtime (same inputs), checks
/// the outputs agree and returns XLA's temp bytes.
fn xla_matches_reference(module: &Path, d: &Path, tag: &str) -> u64 {
    let m = module.to_str().unwrap();
    let shlo = d.join(format!("{tag}.stablehlo.mlir"));
    tool(
        "chunk-translate",
        &[m, "--emit=stablehlo", "-o", shlo.to_str().unwrap()],
    );
    let (inputs, reference, xla) = (
        d.join(format!("{tag}.in.safetensors")),
        d.join(format!("{tag}.ref.safetensors")),
        d.join(format!("{tag}.xla.safetensors")),
    );
    tool(
        "chunk-run",
        &[
            m,
            "--seed",
            "7",
            "--no-progress",
            "--save-inputs",
            inputs.to_str().unwrap(),
            "--outputs",
            reference.to_str().unwrap(),
        ],
    );
    let o = Command::new("python3")
        .arg(root().join("scripts/xla-run.py"))
        .args([&shlo, &inputs, &xla])
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "{tag}: {}", stderr(&o));
    let stats: serde_json::Value =
        serde_json::from_slice(o.stdout.trim_ascii()).expect("memory statistics");
    // The reference names its outputs (nn.name, else resultN); XLA's are result0.. in
    // order: pair them by the module's result order.
    let text = std::fs::read_to_string(module).unwrap();
    let ctx = ir::Context::new();
    let parsed = parse::parse_source(&text, m, &ctx).expect("parses");
    let func = runtime::entry_function(&parsed).unwrap();
    let want = tensors(&reference);
    let got = tensors(&xla);
    assert_eq!(want.len(), got.len(), "{tag}: number of outputs");
    for (i, (name, values)) in got.iter().enumerate() {
        assert_eq!(name, &format!("result{i}"));
        let expected_name = runtime::io::result_name(&parsed, func, i);
        let (_, expected) = want
            .iter()
            .find(|(n, _)| *n == expected_name)
            .expect("named");
        let err = relative_error(expected, values);
        assert!(err <= 1e-5, "{tag} result {i}: relative error {:e}", err);
    }
    stats["temp_size_in_bytes"].as_u64().expect("temp bytes")
}

#[test]
fn xla_runs_exported_models_and_keeps_the_chunking() {
    if !jax_available() {
        eprintln!("skipped: jax is not installed (scripts/install-deps.sh installs it)");
        return;
    }
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let d = dir("stablehlo");
    for example in [
        "gpt-tiny.mlir",
        "gpt-tiny-fused.mlir",
        "evoformer-tiny.mlir",
        "evoformer-tri-tiny.mlir",
    ] {
        xla_matches_reference(&root().join("examples").join(example), &d, example);
    }
    for example in ["unet-tiny.mlir", "vit-tiny.mlir"] {
        xla_matches_reference(&root().join("examples").join(example), &d, example);
    }
    // A partial last chunk: offsets 0, 4, 6.
    xla_matches_reference(
        &root().join("lit-tests/Runtime/chunk-for.mlir"),
        &d,
        "chunk-for",
    );
    let gpt = d.join("gpt.mlir");
    let chunked = d.join("gpt-chunked.mlir");
    tool(
        "modelgen",
        &[
            "gpt",
            "--layers",
            "2",
            "--hidden",
            "64",
            "--seq",
            "512",
            "-o",
            gpt.to_str().unwrap(),
        ],
    );
    tool(
        "chunk-opt",
        &[
            gpt.to_str().unwrap(),
            "--autochunk=budget=0.2",
            "-o",
            chunked.to_str().unwrap(),
        ],
    );
    let whole = xla_matches_reference(&gpt, &d, "gpt");
    let chunk = xla_matches_reference(&chunked, &d, "gpt-chunked");
    eprintln!("XLA temp memory: unchunked {whole} bytes, chunked at 20% {chunk} bytes");
    assert!(
        chunk * 100 <= whole * 35,
        "XLA temp {chunk} of {whole} bytes"
    );
}

/// A `jax.jit` sharded over 2 host devices (batch split; Shardy's and GSPMD's
/// annotations, one run each) goes
/// through import, autochunk and export with its shardings, XLA partitions the chunked
/// program, and the outputs equal jax's own sharded run; the loops do not slice the
/// sharded batch (`scripts/xla-sharded-check.py` checks both).
#[test]
fn a_sharded_jax_function_is_chunked_and_partitioned_by_xla() {
    if !jax_available() {
        eprintln!("skipped: jax is not installed (scripts/install-deps.sh installs it)");
        return;
    }
    let tools = Path::new(env!("CARGO_BIN_EXE_chunk-opt")).parent().unwrap();
    let o = Command::new("python3")
        .arg(root().join("scripts/xla-sharded-check.py"))
        .arg(tools)
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "{}", stderr(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    let reports: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let partitioners: Vec<&str> = reports
        .iter()
        .map(|r| r["partitioner"].as_str().unwrap())
        .collect();
    assert_eq!(partitioners, ["shardy", "gspmd"], "{stdout}");
    for report in &reports {
        assert_eq!(
            report["shard_shape"],
            serde_json::json!([2, 256, 64]),
            "{report}"
        );
        eprintln!("{report}");
    }
}
