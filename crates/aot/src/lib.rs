//! Ahead-of-time compilation: a chunked program as an object file, assembly or a
//! shared library, with no MLIR, no JIT and no Rust runtime needed to run it.
//!
//! 1. The module is lowered as for the CPU JIT ([`mlir::Lowering`]): arena mode
//!    (every activation at its planned offset in one arena the caller provides) and
//!    f32 contractions outlined to `autochunk_sgemm_contract`, the packed GEMM.
//! 2. The LLVM dialect is translated into an LLVM module owned by inkwell.
//! 3. [`entry`] adds one C entry point per exported function (the functions
//!    [`mlir::abi::arena_functions`] names): it checks its arguments, builds the
//!    memref descriptors, calls the compiled function and copies the results out of
//!    the arena. Everything else gets internal linkage: the object exports the entry
//!    points only.
//! 4. LLVM's new pass manager runs `default<ON>` for the target machine (the host by
//!    default), which then writes an object file or assembly.
//! 5. [`link`] makes a shared library of the object and the static runtime library
//!    (`libautochunk_aot_runtime.a`: the GEMM), with the system C compiler as the
//!    linker; [`header`] writes the C header that describes the entry points.
//!
//! [`library::Library`] loads such a library into a Rust program and runs it on
//! `HostTensor`s (`chunk-run --backend=aot`).
//!
//! [`ptx`] is the second route to PTX: the kernels' LLVM IR compiled by LLVM's
//! NVPTX target machine instead of MLIR's `gpu-module-to-binary`.
pub mod entry;
pub mod header;
pub mod library;
pub mod link;
pub mod ptx;

use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;
use mlir::abi::FunctionAbi;
use std::fmt;

/// Why an ahead-of-time compilation failed.
#[derive(Debug)]
pub enum Error {
    /// The lowering through MLIR failed (located at the op or function).
    Lowering(mlir::Error),
    /// LLVM refused something (an unknown target, a module that does not verify).
    Llvm(String),
    /// Linking the shared library failed.
    Link(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Lowering(e) => write!(f, "{e}"),
            Error::Llvm(m) => write!(f, "error: LLVM: {m}"),
            Error::Link(m) => write!(f, "error: linking the shared library: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<mlir::Error> for Error {
    fn from(e: mlir::Error) -> Self {
        Error::Lowering(e)
    }
}

impl From<ir::Diagnostic> for Error {
    fn from(d: ir::Diagnostic) -> Self {
        Error::Lowering(mlir::Error::Conversion(d))
    }
}

fn llvm<E: fmt::Display>(what: &str) -> impl Fn(E) -> Error + '_ {
    move |e| Error::Llvm(format!("{what}: {e}"))
}

/// The target machine and the optimisation.
#[derive(Clone, Debug)]
pub struct Options {
    /// LLVM's `default<ON>` pipeline and code generation level: 0 to 3.
    pub opt_level: u8,
    /// The target triple; `None` is the host's.
    pub triple: Option<String>,
    /// The CPU; `None` is the host's CPU for the host triple, `generic` otherwise.
    pub cpu: Option<String>,
    /// Target features (`+avx2,-avx512f`); `None` is the host's for the host triple.
    pub features: Option<String>,
    /// Prefix of each entry point's C symbol: `<prefix><function name>`.
    pub symbol_prefix: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            opt_level: 3,
            triple: None,
            cpu: None,
            features: None,
            symbol_prefix: DEFAULT_PREFIX.to_string(),
        }
    }
}

/// The default [`Options::symbol_prefix`].
pub const DEFAULT_PREFIX: &str = "autochunk_";

/// What [`compile`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// A relocatable object file (ELF on Linux), position independent.
    Object,
    /// The target's assembly.
    Assembly,
}

/// A compiled program: the bytes [`compile`] was asked for and the entry points.
pub struct Artifact {
    pub bytes: Vec<u8>,
    pub entries: Vec<EntryPoint>,
}

/// One exported function: its C symbol and calling convention.
#[derive(Clone, Debug)]
pub struct EntryPoint {
    pub symbol: String,
    pub abi: FunctionAbi,
}

impl EntryPoint {
    /// The planned arena's bytes (0 without activations).
    pub fn arena_size(&self) -> u64 {
        self.abi.arena.as_ref().map_or(0, |a| a.size)
    }
}

/// The alignment the entry points require of the arena: the plan's.
pub const ARENA_ALIGNMENT: u64 = runtime::ALIGNMENT;

/// Lowers, optimises and compiles a verified module for the target in `options`.
pub fn compile(m: &ir::Module, options: &Options, emit: Emit) -> Result<Artifact, Error> {
    mlir::check_opt_level(usize::from(options.opt_level))?;
    let entries = entry_points(m, &options.symbol_prefix)?;
    let lowering = mlir::Lowering::new();
    let mut module = lowering.convert(
        m,
        &mlir::ConvertOptions {
            c_interface: true,
            arena: true,
        },
    )?;
    let cpu = mlir::CpuOptions {
        external_gemm: true,
    };
    lowering.to_llvm_dialect_with(&mut module, &cpu)?;
    let context = Context::create();
    let llvm_module = translate(&lowering, module.as_operation().to_raw(), &context)?;
    let machine = target_machine(options, RelocMode::PIC)?;
    llvm_module.set_triple(&machine.get_triple());
    llvm_module.set_data_layout(&machine.get_target_data().get_data_layout());
    for e in &entries {
        entry::build(&context, &llvm_module, e)?;
    }
    hide_all_but(&llvm_module, &entries);
    llvm_module
        .verify()
        .map_err(llvm("the compiled module does not verify"))?;
    optimise(&llvm_module, &machine, options.opt_level)?;
    let file = match emit {
        Emit::Object => FileType::Object,
        Emit::Assembly => FileType::Assembly,
    };
    let bytes = machine
        .write_to_memory_buffer(&llvm_module, file)
        .map_err(llvm("code generation failed"))?
        .as_slice()
        .to_vec();
    Ok(Artifact { bytes, entries })
}

/// [`compile`] to an object and [`link::shared_library`] it into `out` with the
/// runtime library `runtime`: the library's entry points.
pub fn build_library(
    m: &ir::Module,
    options: &Options,
    runtime: &std::path::Path,
    out: &std::path::Path,
) -> Result<Vec<EntryPoint>, Error> {
    let artifact = compile(m, options, Emit::Object)?;
    link::shared_library(&artifact.bytes, &artifact.entries, runtime, out)?;
    Ok(artifact.entries)
}

/// The exported functions of `m` and their C symbols; an error when two symbols
/// would be the same C identifier.
pub fn entry_points(m: &ir::Module, prefix: &str) -> Result<Vec<EntryPoint>, Error> {
    if !is_c_identifier_prefix(prefix) {
        return Err(Error::Llvm(format!(
            "the symbol prefix '{prefix}' is not the start of a C identifier"
        )));
    }
    let funcs = mlir::abi::arena_functions(m);
    if funcs.is_empty() {
        return Err(Error::Llvm(
            "the module has no public function with a body to export".into(),
        ));
    }
    let mut entries: Vec<EntryPoint> = Vec::new();
    for f in funcs {
        let abi = FunctionAbi::of(m, f, true)?;
        let symbol = format!("{prefix}{}", c_identifier(&abi.name));
        if let Some(other) = entries.iter().find(|e| e.symbol == symbol) {
            return Err(Error::Lowering(mlir::Error::Conversion(ir::err!(
                &m.op(f).loc,
                "@{} and @{} would both be the C symbol {symbol}",
                other.abi.name,
                abi.name
            ))));
        }
        entries.push(EntryPoint { symbol, abi });
    }
    Ok(entries)
}

/// `name` with every character a C identifier cannot hold replaced by `_`.
fn c_identifier(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn is_c_identifier_prefix(p: &str) -> bool {
    p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !p.starts_with(|c: char| c.is_ascii_digit())
}

/// Translates a module in the LLVM dialect, or a `gpu.module` in the NVVM dialect, into
/// an LLVM module of `context`.
fn translate<'c>(
    lowering: &mlir::Lowering,
    op: mlir_sys::MlirOperation,
    context: &'c Context,
) -> Result<Module<'c>, Error> {
    // SAFETY: `op` is an op of `lowering`'s context (the callers' module); the module
    // is created in `context`, which outlives it, and inkwell's `Module` owns and
    // disposes of it.
    unsafe {
        let raw = lowering.translate_into(op, context.raw() as mlir_sys::LLVMContextRef)?;
        Ok(Module::new(
            raw as inkwell::llvm_sys::prelude::LLVMModuleRef,
        ))
    }
}

/// The target machine `options` describe, for code that may be linked into a shared
/// library (`reloc`).
pub fn target_machine(options: &Options, reloc: RelocMode) -> Result<TargetMachine, Error> {
    Target::initialize_native(&InitializationConfig::default()).map_err(Error::Llvm)?;
    let host = options.triple.is_none();
    let triple = match &options.triple {
        Some(t) => TargetTriple::create(t),
        None => TargetMachine::get_default_triple(),
    };
    if options.triple.is_some() {
        Target::initialize_all(&InitializationConfig::default());
    }
    let target = Target::from_triple(&triple).map_err(|e| {
        Error::Llvm(format!(
            "unknown target triple '{}': {e}",
            triple.as_str().to_string_lossy()
        ))
    })?;
    let cpu = match &options.cpu {
        Some(c) => c.clone(),
        None if host => TargetMachine::get_host_cpu_name().to_string(),
        None => "generic".into(),
    };
    let features = match &options.features {
        Some(f) => f.clone(),
        None if host => TargetMachine::get_host_cpu_features().to_string(),
        None => String::new(),
    };
    let level = codegen_level(options.opt_level);
    target
        .create_target_machine(&triple, &cpu, &features, level, reloc, CodeModel::Default)
        .ok_or_else(|| {
            Error::Llvm(format!(
                "cannot create a target machine for '{}' (cpu '{cpu}', features '{features}')",
                triple.as_str().to_string_lossy()
            ))
        })
}

/// Checks that LLVM knows the CPU and the features `options` name. LLVM itself only
/// warns, once per function, on standard error ("'x' is not a recognized processor
/// for this target (ignoring processor)") and compiles for a generic CPU; this
/// compiles an empty function with standard error captured and turns such a warning
/// into an error. For programs that own their standard error (the command-line
/// tools): the capture redirects file descriptor 2 of the whole process briefly.
pub fn check_target(options: &Options) -> Result<(), Error> {
    if options.cpu.is_none() && options.features.is_none() {
        return Ok(());
    }
    let context = Context::create();
    let module = context.create_module("probe");
    let f = module.add_function("probe", context.void_type().fn_type(&[], false), None);
    let b = context.create_builder();
    b.position_at_end(context.append_basic_block(f, "entry"));
    b.build_return(None).map_err(llvm("building the probe"))?;
    let (machine, warnings) = capture_stderr(|| {
        let machine = target_machine(options, RelocMode::PIC)?;
        let _ = machine.write_to_memory_buffer(&module, FileType::Object);
        Ok::<(), Error>(())
    })?;
    machine?;
    match warnings.lines().find(|l| l.contains("is not a recognized")) {
        Some(w) => Err(Error::Llvm(
            w.replace(" (ignoring processor)", "")
                .replace(" (ignoring feature)", ""),
        )),
        None => Ok(()),
    }
}

/// What `f` returns, and what it writes to file descriptor 2.
fn capture_stderr<T>(f: impl FnOnce() -> T) -> Result<(T, String), Error> {
    use std::io::{Read, Seek};
    let mut file = tempfile_in_temp_dir()?;
    // SAFETY: plain descriptor operations; descriptor 2 is restored before returning.
    unsafe {
        let saved = libc::dup(2);
        if saved < 0 {
            return Err(Error::Llvm("cannot duplicate standard error".into()));
        }
        use std::os::fd::AsRawFd;
        libc::dup2(file.as_raw_fd(), 2);
        let value = f();
        libc::dup2(saved, 2);
        libc::close(saved);
        let mut text = String::new();
        file.rewind()
            .and_then(|_| file.read_to_string(&mut text))
            .map_err(|e| Error::Llvm(format!("cannot read the captured output: {e}")))?;
        Ok((value, text))
    }
}

fn tempfile_in_temp_dir() -> Result<std::fs::File, Error> {
    let path = std::env::temp_dir().join(format!("autochunk-aot-probe-{}", std::process::id()));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)
        .map_err(|e| Error::Llvm(format!("cannot create {}: {e}", path.display())))?;
    let _ = std::fs::remove_file(&path);
    Ok(file)
}

/// The code generation level of `--opt-level` (3 and above: aggressive).
pub fn codegen_level(opt_level: u8) -> OptimizationLevel {
    match opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    }
}

/// Runs LLVM's `default<ON>` pipeline.
pub fn optimise(module: &Module, machine: &TargetMachine, level: u8) -> Result<(), Error> {
    module
        .run_passes(
            &format!("default<O{level}>"),
            machine,
            PassBuilderOptions::create(),
        )
        .map_err(llvm("the optimisation pipeline failed"))
}

/// Gives every defined function but the entry points internal linkage: the object
/// exports only the entry points (the compiled functions keep their MLIR names, such
/// as `main`, which would clash with the program that links them), and LLVM may
/// inline them into their entry point and drop them.
fn hide_all_but(module: &Module, entries: &[EntryPoint]) {
    let mut f = module.get_first_function();
    while let Some(func) = f {
        let name = func.get_name().to_string_lossy();
        let defined = func.count_basic_blocks() > 0;
        if defined && !entries.iter().any(|e| e.symbol == name) {
            func.set_linkage(Linkage::Internal);
        }
        f = func.get_next_function();
    }
}
