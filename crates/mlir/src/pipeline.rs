//! The MLIR pass pipelines, in one place.
//!
//! Every lowering after the conversion to upstream text is one of the pipelines below,
//! run by [`run`] through a melior `PassManager` on a context whose diagnostic handler
//! collects MLIR's own messages. Set `AUTOCHUNK_MLIR_DUMP=1` to print the module to
//! stderr before and after a pipeline, or `AUTOCHUNK_MLIR_DUMP=all` to also print it
//! after every pass.
use crate::{Error, Lowering};
use melior::ir::Module;
use melior::pass::PassManager;

/// Environment switch that dumps the IR around each pipeline.
pub const DUMP_ENV: &str = "AUTOCHUNK_MLIR_DUMP";

/// Tensor-level clean-up and elementwise fusion, still on upstream tensors.
pub const TENSOR_OPT: &[&str] = &[
    "canonicalize",
    "linalg-fuse-elementwise-ops",
    "canonicalize",
    "cse",
];

/// Bufferisation: tensors become memrefs (function boundaries included, identity
/// layouts), then every allocation gets its deallocation.
pub const BUFFERIZE: &[&str] = &[
    "one-shot-bufferize{bufferize-function-boundaries=1 function-boundary-type-conversion=identity-layout-map}",
    "canonicalize",
    "buffer-deallocation-pipeline",
];

/// Loops and the LLVM dialect, for the CPU.
pub const TO_LLVM: &[&str] = &[
    "convert-linalg-to-loops",
    "convert-scf-to-cf",
    "expand-strided-metadata",
    "lower-affine",
    "finalize-memref-to-llvm",
    "convert-math-to-funcs",
    "convert-math-to-llvm",
    "convert-math-to-libm",
    "convert-arith-to-llvm",
    "convert-func-to-llvm",
    "convert-cf-to-llvm",
    "reconcile-unrealized-casts",
];

/// The whole CPU pipeline: upstream tensors to the LLVM dialect.
pub fn cpu_llvm_pipeline() -> String {
    let passes: Vec<&str> = TENSOR_OPT
        .iter()
        .chain(BUFFERIZE)
        .chain(TO_LLVM)
        .copied()
        .collect();
    format!("builtin.module({})", passes.join(","))
}

/// Runs `pipeline` (a `builtin.module(...)` string) on `module`. A failing pass is an
/// error carrying every diagnostic MLIR emitted.
pub fn run(
    lowering: &Lowering,
    module: &mut Module,
    name: &str,
    pipeline: &str,
) -> Result<(), Error> {
    let dump = std::env::var(DUMP_ENV)
        .ok()
        .filter(|v| !v.is_empty() && v != "0");
    let pm = PassManager::new(lowering.context());
    if dump.as_deref() == Some("all") {
        lowering.context().enable_multi_threading(false);
        pm.enable_ir_printing();
    }
    melior::utility::parse_pass_pipeline(pm.as_operation_pass_manager(), pipeline).map_err(
        |e| Error::Mlir {
            stage: format!("{name}: parsing the pass pipeline"),
            messages: vec![e.to_string()],
        },
    )?;
    if dump.is_some() {
        eprintln!(
            "// -----// IR before {name}: {pipeline} //----- //\n{}",
            module.as_operation()
        );
    }
    lowering.take_diagnostics();
    let result = pm.run(module);
    let messages = lowering.take_diagnostics();
    if dump.is_some() {
        eprintln!(
            "// -----// IR after {name} //----- //\n{}",
            module.as_operation()
        );
    }
    match result {
        Ok(()) => Ok(()),
        Err(_) => Err(Error::Mlir {
            stage: format!("{name} pipeline failed"),
            messages,
        }),
    }
}
