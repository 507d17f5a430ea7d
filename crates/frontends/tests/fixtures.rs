//! The exported models of `tests/frontends` (written by `scripts/export-fixtures.py`
//! from JAX/Flax with random weights): each is parsed in its three spellings (pretty,
//! generic, with debug locations), converted to `nn`, run on the reference runtime
//! on the inputs the frontend was given, and compared with the outputs the frontend
//! itself computed (max relative error 1e-4).
use ir::{Context, Module};
use runtime::{HostTensor, TensorData};
use safetensors::SafeTensors;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/frontends"
    ))
    .to_path_buf()
}

fn context() -> Context {
    frontends::register();
    let _ = chunk_dialect::DIALECT;
    Context::new()
}

/// Parses, verifies and converts one file; panics with the diagnostic.
fn convert(path: &Path) -> Module {
    let ctx = context();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let file = path.display().to_string();
    let mut m = parse::parse_source(&text, &file, &ctx).unwrap_or_else(|e| panic!("{e}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}"));
    frontends::convert_stablehlo_to_nn(&mut m, &ctx).unwrap_or_else(|e| panic!("{e}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("after conversion: {e}"));
    m
}

/// The frontend's outputs, `result0`, `result1`, ... in order.
fn expected_outputs(dir: &Path) -> Vec<HostTensor> {
    let bytes = std::fs::read(dir.join("outputs.safetensors")).expect("outputs.safetensors");
    let st = SafeTensors::deserialize(&bytes).expect("valid safetensors");
    (0..st.len())
        .map(|i| {
            let v = st.tensor(&format!("result{i}")).expect("resultN");
            let dtype = match v.dtype() {
                safetensors::Dtype::F32 => runtime::DType::F32,
                safetensors::Dtype::BF16 => runtime::DType::BF16,
                other => panic!("result{i}: outputs of type {other:?} are not compared here"),
            };
            HostTensor::new(
                v.shape().to_vec(),
                TensorData::from_le_bytes(dtype, v.data()),
            )
        })
        .collect()
}

/// Runs the converted module on the fixture's inputs; returns the max relative error
/// against the frontend's outputs.
fn run_against_frontend(dir: &Path, m: &Module) -> f64 {
    let func = runtime::entry_function(m).expect("an entry function");
    let bytes = std::fs::read(dir.join("inputs.safetensors")).expect("inputs.safetensors");
    let inputs = runtime::io::read_inputs(m, func, &bytes, "inputs.safetensors")
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"));
    let plan = runtime::plan(m, func).unwrap_or_else(|e| panic!("{e}"));
    let exec = runtime::execute(m, &plan, &inputs, &runtime::ExecOptions::default())
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"));
    let expected = expected_outputs(dir);
    assert_eq!(exec.outputs.len(), expected.len(), "{dir:?}: result count");
    for (got, want) in exec.outputs.iter().zip(&expected) {
        assert_eq!(got.shape, want.shape, "{dir:?}: result shape");
    }
    runtime::max_relative_error(&exec.outputs, &expected)
}

const F32_MODELS: [&str; 6] = [
    "gpt2",
    "bert",
    "vit",
    "llama",
    "triangle_attention",
    "conv_attention",
];

#[test]
fn every_f32_model_matches_the_frontend_in_every_spelling() {
    for model in F32_MODELS {
        let dir = fixtures().join(model);
        for form in ["model.mlir", "model.generic.mlir", "model.debug.mlir"] {
            let m = convert(&dir.join(form));
            let err = run_against_frontend(&dir, &m);
            eprintln!("{model}/{form}: max relative error {err:e}");
            assert!(err <= 1e-4, "{model}/{form}: max relative error {err:e}");
        }
    }
}

#[test]
fn converted_models_hold_only_nn_and_func_ops() {
    for model in F32_MODELS {
        let m = convert(&fixtures().join(model).join("model.mlir"));
        for op in m.all_ops() {
            let name = m.name(op);
            assert!(
                name.starts_with("nn.") || name.starts_with("func.") || name == "builtin.module",
                "{model}: '{name}' left after conversion"
            );
        }
    }
}

#[test]
fn arguments_are_named_from_debug_locations_and_keep_their_order() {
    let dir = fixtures().join("gpt2");
    let plain = convert(&dir.join("model.mlir"));
    let debug = convert(&dir.join("model.debug.mlir"));
    let (fp, fd) = (
        runtime::entry_function(&plain).unwrap(),
        runtime::entry_function(&debug).unwrap(),
    );
    let args = plain.block(plain.entry_block(fp, 0).unwrap()).args.len();
    assert_eq!(
        args,
        debug.block(debug.entry_block(fd, 0).unwrap()).args.len()
    );
    let names: Vec<String> = (0..args)
        .map(|i| runtime::io::argument_name(&debug, fd, i))
        .collect();
    assert!(
        names.iter().any(|n| n == "input_ids"),
        "the token ids keep their name: {names:?}"
    );
    assert!(
        names.iter().any(|n| n.contains("['c_attn']['kernel']")),
        "weights are named by their pytree path: {names:?}"
    );
    // Without debug locations, arguments are reached by position.
    assert_eq!(runtime::io::argument_name(&plain, fp, 3), "arg3");
}

#[test]
fn printing_the_stablehlo_module_round_trips() {
    let ctx = context();
    for model in F32_MODELS {
        let path = fixtures().join(model).join("model.debug.mlir");
        let text = std::fs::read_to_string(&path).unwrap();
        let m = parse::parse_source(&text, "model.debug.mlir", &ctx).unwrap();
        let pretty = ir::asm::print_module(&m, &ctx, ir::PrintOptions::default());
        let again = parse::parse_source(&pretty, "printed.mlir", &ctx)
            .unwrap_or_else(|e| panic!("{model}: the printed module does not parse: {e}"));
        ir::verify::verify(&again, &ctx).unwrap_or_else(|e| panic!("{model}: {e}"));
        let generic = ir::PrintOptions {
            generic: true,
            ..Default::default()
        };
        same_text(
            &ir::asm::print_module(&m, &ctx, generic),
            &ir::asm::print_module(&again, &ctx, generic),
            &format!("{model}: pretty printing changed the module"),
        );
        let printed_pretty = ir::asm::print_module(&again, &ctx, ir::PrintOptions::default());
        same_text(
            &pretty,
            &printed_pretty,
            &format!("{model}: the pretty form is not stable"),
        );
        assert!(
            pretty.contains("stablehlo.dot_general"),
            "{model}: printed in pretty form"
        );
        // With locations (the debug form): printing what was read back is a fixpoint.
        let located = ir::PrintOptions {
            debug_info: true,
            ..Default::default()
        };
        let first = ir::asm::print_module(&m, &ctx, located);
        let reread = parse::parse_source(&first, "located.mlir", &ctx)
            .unwrap_or_else(|e| panic!("{model}: the located print does not parse: {e}"));
        same_text(
            &first,
            &ir::asm::print_module(&reread, &ctx, located),
            &format!("{model}: the located pretty form is not stable"),
        );
    }
}

/// Asserts two texts are equal, showing the first line that differs.
fn same_text(a: &str, b: &str, what: &str) {
    if let Some((i, (x, y))) = a
        .lines()
        .zip(b.lines())
        .enumerate()
        .find(|(_, (x, y))| x != y)
    {
        panic!("{what}: line {}:\n  {x}\n  {y}", i + 1);
    }
    assert_eq!(
        a.lines().count(),
        b.lines().count(),
        "{what}: line counts differ"
    );
}

#[test]
fn torch_mlir_gpt2_with_resource_weights_matches_pytorch() {
    // torch-mlir's output: weights as dense_resource blobs in a trailing resource
    // section, arith.constant, dynamic_iota, ceil, f64 islands, i64 token ids.
    let dir = fixtures().join("torch_gpt2");
    let text = std::fs::read_to_string(dir.join("model.mlir")).unwrap();
    assert!(text.contains("{-#") && text.contains("dense_resource<"));
    let m = convert(&dir.join("model.mlir"));
    let err = run_against_frontend(&dir, &m);
    eprintln!("torch_gpt2: max relative error {err:e}");
    assert!(err <= 1e-4, "torch_gpt2: max relative error {err:e}");
}

#[test]
fn bf16_gpt2_matches_jax_within_bf16_rounding_in_half_the_memory() {
    let dir = fixtures().join("gpt2_bf16");
    for form in ["model.generic.mlir", "model.debug.mlir"] {
        let err = run_against_frontend(&dir, &convert(&dir.join(form)));
        assert!(
            err <= 4.0 * 2f64.powi(-8),
            "gpt2_bf16/{form}: max relative error {err:e}"
        );
    }
    let m = convert(&dir.join("model.mlir"));
    let err = run_against_frontend(&dir, &m);
    eprintln!("gpt2_bf16: max relative error {err:e}");
    // A few bf16 ulps (2^-8 relative each) of the largest logit: XLA fuses ops and
    // rounds less often than one rounding per op.
    assert!(
        err <= 4.0 * 2f64.powi(-8),
        "gpt2_bf16: max relative error {err:e}"
    );
    let f32_model = convert(&fixtures().join("gpt2").join("model.mlir"));
    let peak = |m: &Module| {
        let f = runtime::entry_function(m).unwrap();
        runtime::plan(m, f).unwrap().live_peak
    };
    let (half, full) = (peak(&m), peak(&f32_model));
    eprintln!("planned live peak: bf16 {half} B, f32 {full} B");
    assert!(
        half * 100 <= full * 55,
        "bf16 peak {half} B is not about half of {full} B"
    );
}

#[test]
fn bf16_gpt2_on_mlir_cpu_matches_the_reference_runtime() {
    // Contractions and sums accumulate in f32 on both backends; the remaining
    // differences are roundings between the steps of fused ops (softmax, GELU),
    // within one bf16 ulp of the largest logit.
    let dir = fixtures().join("gpt2_bf16");
    let m = convert(&dir.join("model.mlir"));
    let func = runtime::entry_function(&m).unwrap();
    let bytes = std::fs::read(dir.join("inputs.safetensors")).unwrap();
    let inputs = runtime::io::read_inputs(&m, func, &bytes, "inputs").unwrap();
    let (plan, reference) = runtime::run(&m, func, &inputs).unwrap_or_else(|e| panic!("{e}"));
    let compiled = mlir::jit::Compiled::new(&m, 2).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(compiled.arena_bytes(), Some(plan.arena_size));
    let outputs = compiled.run(&inputs).unwrap_or_else(|e| panic!("{e}"));
    let err = runtime::max_relative_error(&outputs, &reference.outputs);
    eprintln!("gpt2_bf16 on mlir-cpu against the reference runtime: {err:e}");
    assert!(err <= 2f64.powi(-8), "max relative error {err:e}");
}

#[test]
fn torch_mlir_gpt2_with_weights_as_arguments_matches_pytorch() {
    // The recipe for chunking: torch.func.functional_call makes the weights inputs.
    let dir = fixtures().join("torch_gpt2_args");
    let m = convert(&dir.join("model.mlir"));
    let err = run_against_frontend(&dir, &m);
    eprintln!("torch_gpt2_args: max relative error {err:e}");
    assert!(err <= 1e-4, "torch_gpt2_args: max relative error {err:e}");
}
