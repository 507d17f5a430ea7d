//! chunk-translate: lowers a module in the nn and chunk dialects to upstream MLIR
//! (`--emit=mlir`, the default) or, through the CPU pipeline of `crates/mlir`, to the
//! LLVM dialect (`--emit=llvm-dialect`) or LLVM IR (`--emit=llvm`), or through the GPU
//! pipeline to PTX plus a JSON host plan (`--emit=ptx`, `--gpu-arch`, `--host-plan`),
//! or back to StableHLO for XLA and IREE (`--emit=stablehlo`), or ahead of time
//! through LLVM to an object file, assembly or a shared library with a C header
//! (`--emit=obj|asm|lib`, `crates/aot`, docs/aot.md).
//!
//! Errors are `file:line:col: error: ...` for our own parser, verifier and conversion
//! (an op without a lowering names the op), and MLIR's own diagnostics when MLIR
//! rejects the converted module or a pass fails. Set `AUTOCHUNK_MLIR_DUMP=1` to see the
//! IR before and after each MLIR pipeline.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, ValueEnum};
use std::io::{Read, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// Upstream MLIR (linalg, tensor, scf, arith, math, func) on tensors.
    Mlir,
    /// The LLVM dialect after the CPU pipeline.
    LlvmDialect,
    /// LLVM IR text.
    Llvm,
    /// PTX kernels (gpu dialect, NVVM) and a JSON host plan (see --host-plan).
    Ptx,
    /// StableHLO for XLA and IREE (chunk loops as stablehlo.while; docs/export.md).
    Stablehlo,
    /// An object file through LLVM: one C entry point per exported function
    /// (docs/aot.md).
    Obj,
    /// The target's assembly of --emit=obj.
    Asm,
    /// A shared library (needs -o FILE) and its C header (see --header).
    Lib,
}

#[derive(Parser, Debug)]
#[command(
    name = "chunk-translate",
    version,
    about = "Lower nn + chunk MLIR to upstream MLIR, the LLVM dialect, LLVM IR, PTX, or StableHLO"
)]
struct Args {
    /// Input file, or '-' for stdin.
    #[arg(default_value = "-")]
    input: String,
    /// Output file, or '-' for stdout.
    #[arg(short = 'o', default_value = "-")]
    output: String,
    /// What to emit.
    #[arg(long, value_enum, default_value = "mlir")]
    emit: Emit,
    /// Print locations in the emitted MLIR.
    #[arg(long = "print-debuginfo", alias = "mlir-print-debuginfo")]
    print_debuginfo: bool,
    /// Mark functions `llvm.emit_c_interface` (the JIT calling convention).
    #[arg(long = "c-interface")]
    c_interface: bool,
    /// Put the entry function's activations in one arena planned like the reference
    /// runtime's (`runtime::plan`): an extra last argument `memref<SIZExi8>`, every
    /// planned value in its slice, results left in the arena (no return values).
    #[arg(long)]
    arena: bool,
    /// GPU architecture of --emit=ptx (an NVPTX processor, sm_50 .. sm_90a).
    #[arg(long = "gpu-arch", default_value = "sm_90", value_parser = mlir::gpu::check_gpu_arch)]
    gpu_arch: String,
    /// Where --emit=ptx writes the JSON host plan (default: the output file with
    /// `.plan.json` in place of its extension; none when writing to stdout).
    #[arg(long = "host-plan")]
    host_plan: Option<String>,
    /// How --emit=ptx runs reductions over the last axes (softmax, norms, reduce_*):
    /// `thread`, one thread per output element (the default); `row`, one block per row
    /// with warp shuffles and shared memory (not yet checked on a GPU).
    #[arg(long = "gpu-reductions", value_enum, default_value = "thread")]
    gpu_reductions: GpuReductions,
    /// Which compiler writes --emit=ptx's PTX from the kernels: `mlir`, MLIR's
    /// gpu-module-to-binary; `llvm`, LLVM's NVPTX target machine through inkwell.
    #[arg(long = "ptx-backend", value_enum, default_value = "mlir")]
    ptx_backend: PtxBackend,
    /// LLVM optimisation level of --emit=obj|asm|lib|ptx with --ptx-backend=llvm
    /// (`default<ON>`).
    #[arg(long = "opt-level", default_value_t = 3, value_parser = clap::value_parser!(u8).range(0..=3))]
    opt_level: u8,
    /// Target triple of --emit=obj|asm|lib (default: the host's).
    #[arg(long = "target-triple")]
    target_triple: Option<String>,
    /// Target CPU of --emit=obj|asm|lib (default: the host's CPU for the host triple,
    /// `generic` otherwise).
    #[arg(long = "target-cpu")]
    target_cpu: Option<String>,
    /// Target features of --emit=obj|asm|lib, e.g. `+avx2,-avx512f` (default: the
    /// host's for the host triple).
    #[arg(long = "target-features")]
    target_features: Option<String>,
    /// Prefix of the entry points' C symbols: `<prefix><function>`.
    #[arg(long = "symbol-prefix", default_value = aot::DEFAULT_PREFIX)]
    symbol_prefix: String,
    /// The C header of --emit=obj|lib (default for lib: the output file with `.h`
    /// in place of its extension).
    #[arg(long)]
    header: Option<String>,
    /// The static runtime library --emit=lib links (default:
    /// $AUTOCHUNK_AOT_RUNTIME, else libautochunk_aot_runtime.a next to this program).
    #[arg(long = "runtime-lib")]
    runtime_lib: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum PtxBackend {
    Mlir,
    Llvm,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum GpuReductions {
    Thread,
    Row,
}

fn main() -> ExitCode {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    frontends::register();
    // Usage errors exit 1, as every tool's errors do (clap's own default is 2).
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Where even standard error cannot be written, the exit status still says it.
            let _ = ir::write_stderr(&format!("{e}\n"));
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let (bytes, file) = if args.input == "-" {
        let mut s = Vec::new();
        std::io::stdin()
            .read_to_end(&mut s)
            .map_err(|e| format!("chunk-translate: error: cannot read stdin: {e}"))?;
        (s, "<stdin>".to_string())
    } else {
        let s = std::fs::read(&args.input)
            .map_err(|e| format!("chunk-translate: error: cannot read '{}': {e}", args.input))?;
        (s, args.input.clone())
    };
    let ctx = ir::Context::new();
    let module = parse::parse_bytes(&bytes, &file, &ctx).map_err(|d| d.to_string())?;
    ir::verify::verify(&module, &ctx).map_err(|d| d.to_string())?;
    // MLIR's own errors are located at the function being lowered.
    let function_loc = runtime::entry_function(&module)
        .map(|f| module.op(f).loc.clone())
        .unwrap_or_else(|_| ir::Location::file_line_col(&file, 1, 1));
    let located = |e: mlir::Error| e.located(&function_loc).to_string();

    if args.emit == Emit::Stablehlo {
        let mut exported = module;
        frontends::convert_nn_to_stablehlo(&mut exported).map_err(|d| d.to_string())?;
        ir::verify::verify(&exported, &ctx).map_err(|d| d.to_string())?;
        let options = ir::PrintOptions {
            debug_info: args.print_debuginfo,
            ..Default::default()
        };
        return write_output(args, &ir::print_module(&exported, &ctx, options));
    }
    if args.emit == Emit::Ptx {
        return emit_ptx(args, &module).map_err(|e| match e {
            Translate::Lowering(e) => located(e),
            Translate::Io(e) => e,
        });
    }
    if matches!(args.emit, Emit::Obj | Emit::Asm | Emit::Lib) {
        return emit_ahead_of_time(args, &module, &file).map_err(|e| match e {
            aot::Error::Lowering(e) => located(e),
            other => other.to_string(),
        });
    }
    let lowering = mlir::Lowering::new();
    let options = mlir::ConvertOptions {
        c_interface: args.c_interface,
        arena: args.arena,
    };
    let mut converted = lowering.convert(&module, &options).map_err(located)?;
    let out = match args.emit {
        Emit::Ptx | Emit::Stablehlo | Emit::Obj | Emit::Asm | Emit::Lib => {
            unreachable!("handled above")
        }
        Emit::Mlir => print(&converted, args.print_debuginfo)?,
        Emit::LlvmDialect => {
            lowering.to_llvm_dialect(&mut converted).map_err(located)?;
            print(&converted, args.print_debuginfo)?
        }
        Emit::Llvm => {
            lowering.to_llvm_dialect(&mut converted).map_err(located)?;
            lowering.translate_to_llvm_ir(&converted).map_err(located)?
        }
    };
    write_output(args, &out)
}

/// Writes the output (to stdout for `-`), only after everything succeeded: no partial
/// output file.
fn write_output(args: &Args, out: &str) -> Result<(), String> {
    write_bytes(args, out.as_bytes())
}

fn write_bytes(args: &Args, out: &[u8]) -> Result<(), String> {
    if args.output == "-" {
        std::io::stdout()
            .write_all(out)
            .map_err(|e| format!("chunk-translate: error: cannot write stdout: {e}"))
    } else {
        std::fs::write(&args.output, out).map_err(|e| {
            format!(
                "chunk-translate: error: cannot write '{}': {e}",
                args.output
            )
        })
    }
}

/// `--emit=obj|asm|lib`: the module compiled through LLVM (`crates/aot`); the
/// shared library linked with the runtime library, and the C header written.
fn emit_ahead_of_time(args: &Args, module: &ir::Module, file: &str) -> Result<(), aot::Error> {
    let io = aot::Error::Link;
    let options = aot::Options {
        opt_level: args.opt_level,
        triple: args.target_triple.clone(),
        cpu: args.target_cpu.clone(),
        features: args.target_features.clone(),
        symbol_prefix: args.symbol_prefix.clone(),
    };
    let emit = match args.emit {
        Emit::Asm => aot::Emit::Assembly,
        _ => aot::Emit::Object,
    };
    if args.emit == Emit::Lib && args.output == "-" {
        return Err(io(
            "--emit=lib writes a file: name it with -o (e.g. -o libmodel.so)".into(),
        ));
    }
    aot::check_target(&options)?;
    // Found before compiling: a missing runtime is reported at once.
    let runtime = match args.emit {
        Emit::Lib => Some(aot::link::find_runtime(args.runtime_lib.as_deref())?),
        _ => None,
    };
    let artifact = aot::compile(module, &options, emit)?;
    match runtime {
        Some(runtime) => aot::link::shared_library(
            &artifact.bytes,
            &artifact.entries,
            &runtime,
            std::path::Path::new(&args.output),
        )?,
        None => write_bytes(args, &artifact.bytes).map_err(io)?,
    }
    let header = match (&args.header, args.emit) {
        (Some(h), _) => Some(std::path::PathBuf::from(h)),
        (None, Emit::Lib) => Some(std::path::Path::new(&args.output).with_extension("h")),
        _ => None,
    };
    if let Some(h) = header {
        let guard = h
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "AUTOCHUNK_MODEL".into());
        let text = aot::header::write(&artifact.entries, &format!("autochunk_{guard}"), file);
        std::fs::write(&h, text).map_err(|e| io(format!("cannot write '{}': {e}", h.display())))?;
    }
    Ok(())
}

/// Why `--emit=ptx` failed: the lowering (located by the caller), or writing a file.
enum Translate {
    Lowering(mlir::Error),
    Io(String),
}

/// `--emit=ptx`: the PTX to the output, the host plan next to it (or `--host-plan`).
fn emit_ptx(args: &Args, module: &ir::Module) -> Result<(), Translate> {
    let options = mlir::gpu::GpuOptions {
        row_reductions: args.gpu_reductions == GpuReductions::Row,
    };
    let out = match args.ptx_backend {
        PtxBackend::Mlir => mlir::gpu::emit_ptx_with(module, &args.gpu_arch, &options)
            .map_err(Translate::Lowering)?,
        PtxBackend::Llvm => aot::ptx::emit_ptx(module, &args.gpu_arch, &options, args.opt_level)
            .map_err(|e| match e {
                aot::Error::Lowering(e) => Translate::Lowering(e),
                other => Translate::Io(other.to_string()),
            })?,
    };
    write_ptx(args, &out).map_err(Translate::Io)
}

fn write_ptx(args: &Args, out: &mlir::gpu::PtxOutput) -> Result<(), String> {
    let plan_path = match (&args.host_plan, args.output.as_str()) {
        (Some(p), _) => Some(p.clone()),
        (None, "-") => None,
        (None, o) => Some(
            std::path::Path::new(o)
                .with_extension("plan.json")
                .to_string_lossy()
                .into_owned(),
        ),
    };
    write_output(args, &out.ptx)?;
    if let Some(p) = plan_path {
        std::fs::write(&p, &out.plan)
            .map_err(|e| format!("chunk-translate: error: cannot write '{p}': {e}"))?;
    }
    Ok(())
}

fn print(module: &melior::ir::Module, debuginfo: bool) -> Result<String, String> {
    let flags =
        melior::ir::operation::OperationPrintingFlags::new().enable_debug_info(debuginfo, false);
    let mut s = module
        .as_operation()
        .to_string_with_flags(flags)
        .map_err(|e| format!("chunk-translate: error: cannot print the module: {e}"))?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}
