//! IREE as a target: what `chunk-translate` writes (`--emit=mlir` upstream MLIR and
//! `--emit=stablehlo`) compiles with `iree-compile` (llvm-cpu) and runs with IREE's
//! runtime (`scripts/iree-run.py`), matching the reference runtime (max relative
//! error 1e-5), for example models and a chunked GPT; IREE's CUDA target compiles the
//! same text without a GPU. Skipped with a message where
//! the `iree-base-compiler` / `iree-base-runtime` packages are missing
//! (`scripts/install-deps.sh` installs them).
mod common;
use common::{dir, f32_tensors as tensors, relative_error, run_ok, stderr};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn iree_runs_what_chunk_translate_writes() {
    if !common::python_has("iree.compiler, iree.runtime") {
        eprintln!("skipped: IREE is not installed (pip install iree-base-compiler iree-base-runtime; scripts/install-deps.sh does)");
        return;
    }
    let d = dir("iree");
    let gpt = d.join("gpt.mlir");
    let chunked = d.join("gpt-chunked.mlir");
    let g = gpt.to_str().unwrap();
    run_ok(
        env!("CARGO_BIN_EXE_modelgen"),
        &[
            "gpt", "--layers", "2", "--hidden", "64", "--seq", "256", "-o", g,
        ],
    );
    run_ok(
        env!("CARGO_BIN_EXE_chunk-opt"),
        &[g, "--autochunk=budget=0.2", "-o", chunked.to_str().unwrap()],
    );
    let modules = [
        root().join("examples/gpt-tiny.mlir"),
        root().join("examples/evoformer-tri-tiny.mlir"),
        root().join("lit-tests/Runtime/chunk-for.mlir"),
        chunked,
    ];
    for (i, module) in modules.iter().enumerate() {
        let m = module.to_str().unwrap();
        let (inputs, reference) = (
            d.join(format!("{i}.in.safetensors")),
            d.join(format!("{i}.ref.safetensors")),
        );
        run_ok(
            env!("CARGO_BIN_EXE_chunk-run"),
            &[
                m,
                "--seed",
                "5",
                "--no-progress",
                "--save-inputs",
                inputs.to_str().unwrap(),
                "--outputs",
                reference.to_str().unwrap(),
            ],
        );
        // Single-output modules: the reference's one tensor against IREE's result0.
        let want = tensors(&reference);
        assert_eq!(want.len(), 1, "{m}");
        for emit in ["mlir", "stablehlo"] {
            let text = d.join(format!("{i}.{emit}.mlir"));
            let out = d.join(format!("{i}.{emit}.iree.safetensors"));
            run_ok(
                env!("CARGO_BIN_EXE_chunk-translate"),
                &[m, &format!("--emit={emit}"), "-o", text.to_str().unwrap()],
            );
            let o = Command::new("python3")
                .arg(root().join("scripts/iree-run.py"))
                .args([&text, &inputs, &out])
                .output()
                .expect("python3 runs");
            assert!(o.status.success(), "{m} --emit={emit}: {}", stderr(&o));
            // IREE's CUDA target compiles the same text without a GPU (sm_80: the
            // newest this IREE release knows by that name).
            let cuda = Command::new("python3")
                .arg("-c")
                .arg(
                    "import sys, iree.compiler as c\n\
                     src = sys.argv[1]\n\
                     kind = 'stablehlo' if 'stablehlo.' in open(src).read() else 'auto'\n\
                     c.compile_file(src, target_backends=['cuda'], input_type=kind,\n\
                                    extra_args=['--iree-cuda-target=sm_80'])",
                )
                .arg(&text)
                .output()
                .expect("python3 runs");
            assert!(
                cuda.status.success(),
                "{m} --emit={emit} for CUDA: {}",
                stderr(&cuda)
            );
            let got = tensors(&out);
            let (expected, values) = (&want[0].1, &got[0].1);
            let err = relative_error(expected, values);
            assert!(err <= 1e-5, "{m} --emit={emit}: relative error {:e}", err);
        }
    }
}
