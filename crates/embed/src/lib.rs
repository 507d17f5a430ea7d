//! The embedding API: what a compiler stack that embeds AutoChunk calls, in one crate
//! that links every dialect and pass (so nothing has to be referenced by hand to stay
//! registered).
//!
//! ```no_run
//! let mut module = autochunk_embed::parse(&std::fs::read_to_string("model.mlir")?, "model.mlir")?;
//! let plan = autochunk_embed::chunk(&mut module, autochunk_embed::Budget::Fraction(0.2), &Default::default())?;
//! println!("{} -> {} bytes", plan.unchunked_peak, plan.predicted_peak);
//! std::fs::write("model.chunked.mlir", autochunk_embed::print(&module))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Every error is an [`Error`]: a [`Diagnostic`] located at `file:line:col` (with its
//! notes), or a pipeline string's error at its column. StableHLO input (JAX, torch-mlir
//! exports) goes through [`import_stablehlo`] first, and [`export_stablehlo`] writes
//! the chunked module back for XLA. `examples/embed.rs` is a whole
//! program; `docs/embedding.md` the guide.
use std::fmt;

pub use autochunk::{Budget, ChunkOptions, Machine, Plan, Region};
pub use ir::{Context, Diagnostic, Location, Module};
pub use pass::PipelineError;

/// Why a call failed.
#[derive(Clone, Debug)]
pub enum Error {
    /// About the IR, at its location (parse, verify, a pass, an unreachable budget).
    Diagnostic(Diagnostic),
    /// A pass pipeline string that does not parse or names a bad option value.
    Pipeline(PipelineError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Diagnostic(d) => write!(f, "{d}"),
            Error::Pipeline(p) => write!(f, "{p}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Diagnostic(d)
    }
}

impl From<PipelineError> for Error {
    fn from(p: PipelineError) -> Self {
        Error::Pipeline(p)
    }
}

/// Keeps every dialect and pass crate linked, so their `inventory` registrations are
/// seen (a binary that never names a crate may drop it).
pub fn link() {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let _ = transforms::is_trivially_dead;
    let _ = autochunk::CRATE;
    frontends::register();
}

/// A context with every dialect this project defines (`func`, `nn`, `chunk`,
/// `stablehlo`, `chlo`) registered, and every pass linked.
pub fn context() -> Context {
    link();
    Context::new()
}

/// Parses and verifies MLIR text; `file` names it in locations.
pub fn parse(text: &str, file: &str) -> Result<Module, Error> {
    parse_bytes(text.as_bytes(), file)
}

/// [`parse()`] for bytes (invalid UTF-8, MLIR bytecode are located errors).
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Module, Error> {
    let context = context();
    let module = parse::parse_bytes(bytes, file, &context)?;
    ir::verify::verify(&module, &context)?;
    Ok(module)
}

/// The module as MLIR text (the generic form of every op, as `chunk-opt` prints it).
pub fn print(module: &Module) -> String {
    ir::print_module(module, &context(), ir::PrintOptions::default())
}

/// Chunks the module's entry function (`@main`, else the only function) under
/// `budget`; see [`autochunk::chunk`]. The module is left as it was on an error.
pub fn chunk(module: &mut Module, budget: Budget, options: &ChunkOptions) -> Result<Plan, Error> {
    Ok(autochunk::chunk(module, &context(), budget, options)?)
}

/// Runs a pass pipeline (`builtin.module(canonicalize,cse,autochunk{budget=0.3})`),
/// verifying after each pass, as `chunk-opt --pass-pipeline` does.
pub fn run_pipeline(module: &mut Module, pipeline: &str) -> Result<(), Error> {
    let context = context();
    let mut pm = pass::PassManager::new();
    pm.add_pipeline(pipeline)?;
    pm.run(module, &context, &mut std::io::sink())?;
    Ok(())
}

/// Converts StableHLO and CHLO (JAX, TensorFlow, torch-mlir exports) into `nn`.
pub fn import_stablehlo(module: &mut Module) -> Result<(), Error> {
    let context = context();
    frontends::convert_stablehlo_to_nn(module, &context)?;
    ir::verify::verify(module, &context)?;
    Ok(())
}

/// Converts `nn` and `chunk.for` back into StableHLO for XLA and IREE
/// (`docs/export.md`).
pub fn export_stablehlo(module: &mut Module) -> Result<(), Error> {
    let context = context();
    frontends::convert_nn_to_stablehlo(module)?;
    ir::verify::verify(module, &context)?;
    Ok(())
}

/// The activation-memory estimate of the entry function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryEstimate {
    /// Peak live activation bytes (the liveness model of `estimate-memory`).
    pub peak: u64,
    /// The op where the peak is reached (name and location), if any.
    pub peak_at: Option<String>,
}

/// The peak activation memory of the module's entry function, unchanged.
pub fn estimate_memory(module: &Module) -> Result<MemoryEstimate, Error> {
    let context = context();
    let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
    let profile =
        autochunk::liveness::function_profile(module, &context, func).ok_or_else(|| {
            Diagnostic::error(
                module.op(func).loc.clone(),
                "the entry function has no body",
            )
        })?;
    Ok(MemoryEstimate {
        peak: profile.peak,
        peak_at: profile
            .peak_op
            .map(|o| autochunk::entry::describe_op(module, &context, o)),
    })
}
