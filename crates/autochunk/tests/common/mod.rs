//! What the end-to-end tests share: parsing, running the pass, and checking a
//! chunked program against the unchunked one on the reference runtime.
#![allow(dead_code)]
use autochunk::liveness::function_profile;
use ir::{Context, Module};

pub fn context() -> Context {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    Context::new()
}

pub fn parse(text: &str) -> Module {
    let ctx = context();
    let m = parse::parse_source(text, "t.mlir", &ctx).expect("parses");
    ir::verify::verify(&m, &ctx).expect("verifies");
    m
}

pub fn autochunk(m: &Module, options: &str) -> Result<Module, ir::Diagnostic> {
    let ctx = context();
    let def = pass::lookup("autochunk").expect("registered");
    let opts = pass::PassOptions::parse(def, options).expect("valid options");
    let mut pass = (def.create)(&opts).expect("valid options");
    let mut out = m.clone();
    pass.run(&mut out, &ctx)?;
    ir::verify::verify(&out, &ctx).expect("the chunked program verifies");
    Ok(out)
}

/// Runs both programs on the same random inputs; checks outputs, budget and model.
pub fn check(original: &Module, chunked: &Module, budget: u64) {
    let ctx = context();
    let f0 = runtime::entry_function(original).expect("entry");
    let f1 = runtime::entry_function(chunked).expect("entry");
    let inputs = runtime::io::random_inputs(original, f0, 7).expect("inputs");
    let (plan0, run0) = runtime::run(original, f0, &inputs).expect("unchunked runs");
    let (plan1, run1) = runtime::run(chunked, f1, &inputs).expect("chunked runs");
    let err = runtime::max_relative_error(&run1.outputs, &run0.outputs);
    assert!(
        err <= 1e-5,
        "chunked outputs differ: max relative error {err}"
    );
    assert!(
        run1.measured.live_peak <= budget,
        "measured live peak {} exceeds the budget {budget}",
        run1.measured.live_peak
    );
    assert!(
        plan1.arena_size <= budget,
        "the arena ({} bytes) exceeds the budget {budget}",
        plan1.arena_size
    );
    for (m, f, plan, run) in [(original, f0, &plan0, &run0), (chunked, f1, &plan1, &run1)] {
        let predicted = function_profile(m, &ctx, f).expect("profile").peak;
        assert_eq!(
            predicted, plan.live_peak,
            "estimate-memory must equal the runtime plan's live peak"
        );
        assert_eq!(
            run.measured.live_peak, plan.live_peak,
            "measured must equal the plan"
        );
    }
}
