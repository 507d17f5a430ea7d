//! Fuzzes parse + verify + the passes: a module that parses and verifies is run
//! through one of several pipelines (picked by the first byte) with verification
//! after every pass. Each pipeline must end in a verified module or a diagnostic,
//! never a panic, a hang or a stack overflow; a diagnostic from the passes must
//! carry a location (an op's, or the pipeline's own column for option errors).
#![no_main]
use libfuzzer_sys::fuzz_target;

/// The pipelines users run: cleanup, scheduling and estimation, the region search,
/// and autochunk at several budgets (also after the StableHLO conversion).
const PIPELINES: &[&str] = &[
    "builtin.module(inline,canonicalize,cse,dce,symbol-dce)",
    "builtin.module(schedule,estimate-memory{table=false})",
    "builtin.module(chunk-search)",
    "builtin.module(autochunk{budget=0.5})",
    "builtin.module(canonicalize,autochunk{budget=0.2 max-regions=4})",
    "builtin.module(convert-stablehlo-to-nn,canonicalize,cse,autochunk{budget=0.3})",
    "builtin.module(inline,autochunk{budget-bytes=4KiB},schedule)",
    "builtin.module(estimate-memory{annotate=true table=false},cse)",
];

fuzz_target!(|data: &[u8]| {
    autochunk_embed::link();
    let Some((&selector, text)) = data.split_first() else { return };
    let mut context = ir::Context::new();
    context.allow_unregistered = selector & 0x80 != 0;
    let Ok(mut module) = parse::parse_bytes(text, "fuzz.mlir", &context) else { return };
    if ir::verify::verify(&module, &context).is_err() {
        return;
    }
    let pipeline = PIPELINES[selector as usize % PIPELINES.len()];
    let mut pm = pass::PassManager::new();
    pm.add_pipeline(pipeline).expect("the fuzzer's pipelines parse");
    pm.verify_each = true;
    match pm.run(&mut module, &context, &mut std::io::sink()) {
        Ok(()) => {
            if let Err(e) = ir::verify::verify(&module, &context) {
                panic!("{pipeline} produced an invalid module: {e}");
            }
        }
        Err(d) => assert!(
            !matches!(d.location, ir::Location::Unknown),
            "{pipeline} failed without a location: {d}"
        ),
    }
});
