//! The embedding API end to end: a chunked model computes what the original does
//! (reference runtime) within the plan's arena; every kind of bad input is an `Error`
//! with its location; the example program runs.
use autochunk_embed::{
    chunk, estimate_memory, import_stablehlo, parse, print, run_pipeline, Budget, ChunkOptions,
    Error,
};
use std::path::{Path, PathBuf};

#[path = "../examples/embed.rs"]
mod example;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A module under `lit-tests/`.
fn model(name: &str) -> (String, String) {
    let path = root().join("lit-tests").join(name);
    let text = std::fs::read_to_string(&path).expect("example model");
    (text, path.to_string_lossy().into_owned())
}

#[test]
fn a_chunked_model_computes_the_same_within_its_plan() {
    let (text, path) = model("Autochunk/autochunk.mlir");
    let original = parse(&text, &path).unwrap();
    let mut chunked = original.clone();
    let before = estimate_memory(&original).unwrap();
    let plan = chunk(
        &mut chunked,
        Budget::Fraction(0.3),
        &ChunkOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.unchunked_peak, before.peak);
    assert_eq!(plan.budget, (before.peak as f64 * 0.3) as u64);
    assert!(!plan.regions.is_empty());
    assert!(
        plan.predicted_peak <= plan.budget && plan.arena_bytes <= plan.budget,
        "{plan:?}"
    );
    for r in &plan.regions {
        assert_eq!(r.iterations, (r.extent + r.chunk_size - 1) / r.chunk_size);
    }
    // The printed module reads back; the reference runtime measures the predicted
    // peak and gets the original's outputs.
    let chunked = parse(&print(&chunked), "chunked.mlir").unwrap();
    let func = runtime::entry_function(&original).unwrap();
    let inputs = runtime::io::random_inputs(&original, func, 11).unwrap();
    let (_, want) = runtime::run(&original, func, &inputs).unwrap();
    let cfunc = runtime::entry_function(&chunked).unwrap();
    let (cplan, got) = runtime::run(&chunked, cfunc, &inputs).unwrap();
    assert_eq!(cplan.arena_size, plan.arena_bytes);
    assert!(runtime::max_relative_error(&want.outputs, &got.outputs) <= 1e-5);
    assert_eq!(estimate_memory(&chunked).unwrap().peak, plan.predicted_peak);
}

#[test]
fn machine_constants_and_options_are_the_embedders() {
    let (text, path) = model("Autochunk/autochunk.mlir");
    let mut m = parse(&text, &path).unwrap();
    let options = ChunkOptions {
        chunk_size: Some(32),
        machine: autochunk_embed::Machine {
            gemm_flops: 500e12,
            bandwidth: 3e12,
            ..Default::default()
        },
        ..Default::default()
    };
    let plan = chunk(&mut m, Budget::Fraction(0.5), &options).unwrap();
    assert!(plan.regions.iter().all(|r| r.chunk_size == 32), "{plan:?}");
}

#[test]
fn bad_input_is_a_located_error_and_leaves_the_module_alone() {
    let e = parse(
        "func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %b : tensor<4xf32>\n}\n",
        "bad.mlir",
    )
    .unwrap_err();
    let Error::Diagnostic(d) = &e else {
        panic!("{e}")
    };
    assert!(d.to_string().starts_with("bad.mlir:2:"), "{d}");

    let (text, path) = model("Autochunk/autochunk.mlir");
    let mut m = parse(&text, &path).unwrap();
    let printed = print(&m);
    let e = chunk(&mut m, Budget::Bytes(16), &ChunkOptions::default()).unwrap_err();
    assert!(
        e.to_string().contains("autochunk.mlir:")
            && e.to_string().contains("cannot meet the budget of 16 bytes"),
        "{e}"
    );
    assert_eq!(print(&m), printed, "a refused budget changes nothing");
    let e = chunk(&mut m, Budget::Fraction(1.5), &ChunkOptions::default()).unwrap_err();
    assert!(e.to_string().contains("must be in (0, 1]"), "{e}");

    let e = run_pipeline(&mut m, "builtin.module(cse,nope)").unwrap_err();
    let Error::Pipeline(p) = &e else {
        panic!("{e}")
    };
    assert_eq!((p.column, p.message.as_str()), (20, "unknown pass 'nope'"));
    let e = run_pipeline(&mut m, "builtin.module(autochunk{budget=2})").unwrap_err();
    assert!(e.to_string().contains("option 'budget'"), "{e}");
    run_pipeline(
        &mut m,
        "builtin.module(canonicalize,cse,autochunk{budget=0.5})",
    )
    .unwrap();
    assert!(print(&m).contains("chunk.for"));
}

#[test]
fn stablehlo_imports_then_chunks() {
    let path = root().join("tests/frontends/ops/dot_general.mlir");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut m = parse(&text, &path.to_string_lossy()).unwrap();
    import_stablehlo(&mut m).unwrap();
    let printed = print(&m);
    assert!(
        printed.contains("nn.") && !printed.contains("stablehlo."),
        "{printed}"
    );
}

#[test]
fn the_example_program_chunks_a_model() {
    let (_, path) = model("Autochunk/autochunk.mlir");
    let out = example::run(&path, 0.2).unwrap();
    assert!(out.contains("\"chunk.for\""), "{out}");
}
