//! Autochunk on imported models: the long-sequence exports of `tests/frontends/long`
//! (JAX/Flax GPT-2 in f32 and bf16, BERT, ViT, Llama with GQA and RoPE, triangle attention, conv +
//! attention; `scripts/export-fixtures.py --long`; and PyTorch's GPT-2 through torch-mlir with
//! its weights as arguments, `--torch-args`) are converted to `nn` and
//! chunked to 20% of their unchunked peak. The chunked program must give the same
//! outputs as the unchunked one on the same inputs, its measured live peak must
//! equal the compiler's prediction, and the arena it allocates must be within the
//! budget.
use ir::{Context, Module};
use std::path::Path;

fn context() -> Context {
    frontends::register();
    let _ = (chunk_dialect::DIALECT, autochunk::CRATE);
    Context::new()
}

fn converted(name: &str) -> Module {
    let ctx = context();
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/frontends/long"
    ))
    .join(format!("{name}.mlir"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut m = parse::parse_source(&text, &path.display().to_string(), &ctx).unwrap();
    frontends::convert_stablehlo_to_nn(&mut m, &ctx).unwrap_or_else(|e| panic!("{e}"));
    ir::verify::verify(&m, &ctx).unwrap();
    m
}

fn autochunk(m: &Module, options: &str) -> Result<Module, String> {
    let ctx = context();
    let def = pass::lookup("autochunk").expect("registered");
    let opts = pass::PassOptions::parse(def, options).expect("valid options");
    let mut p = (def.create)(&opts).expect("valid options");
    let mut out = m.clone();
    p.run(&mut out, &ctx).map_err(|e| e.to_string())?;
    ir::verify::verify(&out, &ctx).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Runs `m` on seeded random inputs: (outputs, measured live peak, arena bytes).
fn run(m: &Module) -> (Vec<runtime::HostTensor>, u64, u64) {
    let func = runtime::entry_function(m).unwrap();
    let inputs = runtime::io::random_inputs(m, func, 7).unwrap();
    let plan = runtime::plan(m, func).unwrap_or_else(|e| panic!("{e}"));
    let exec = runtime::execute(m, &plan, &inputs, &runtime::ExecOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    (exec.outputs, exec.measured.live_peak, plan.arena_size)
}

/// The compiler's prediction of the peak live bytes (estimate-memory).
fn predicted_peak(m: &Module) -> u64 {
    let func = runtime::entry_function(m).unwrap();
    autochunk::liveness::function_profile(m, &context(), func)
        .expect("a profile")
        .peak
}

#[test]
fn imported_models_chunk_to_a_fifth_of_their_peak_with_the_same_outputs() {
    for name in [
        "gpt2",
        "gpt2_bf16",
        "bert",
        "vit",
        "llama",
        "triangle_attention",
        "conv_attention",
        "torch_gpt2_args",
    ] {
        let m = converted(name);
        let unchunked_peak = predicted_peak(&m);
        let chunked = autochunk(&m, "budget=0.2").unwrap_or_else(|e| panic!("{name}: {e}"));
        let budget = unchunked_peak / 5;
        let (want, live_before, _) = run(&m);
        assert_eq!(live_before, unchunked_peak, "{name}: unchunked prediction");
        let (got, live, arena) = run(&chunked);
        assert_eq!(
            live,
            predicted_peak(&chunked),
            "{name}: measured live peak = prediction"
        );
        assert!(
            live <= budget,
            "{name}: live peak {live} B over the budget {budget} B"
        );
        assert!(
            arena <= budget,
            "{name}: arena {arena} B over the budget {budget} B"
        );
        let err = runtime::max_relative_error(&got, &want);
        assert!(err <= 1e-6, "{name}: chunked outputs differ ({err:e})");
    }
}
