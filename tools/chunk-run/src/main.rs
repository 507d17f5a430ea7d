//! `chunk-run`: runs a module in the nn and chunk dialects on the CPU with the
//! reference runtime and reports wall time and activation memory (planned arena peak,
//! live-bytes peak, measured, and the compiler's predicted peak). See `docs/runtime.md` for every flag and JSON field.
//!
//! `--backend=cuda` runs the PTX kernels and host plan of `chunk-translate --emit=ptx`
//! on an NVIDIA GPU (`crates/cuda`, `docs/cuda.md`).
//!
//! Exit status 0 on success, 1 on any error. IR problems are reported as
//! `file:line:col: error: message` (parse and verify go through the same path as
//! chunk-opt); file and input problems as `chunk-run: error: message`.
mod cuda_backend;
mod report;

use clap::{Arg, ArgAction, ArgMatches, Command};
use ir::{Context, Module, OpId};
use runtime::{ExecOptions, Execution, HostTensor, Plan};
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Keeps the dialect crates linked, so their ops register.
fn link_registrations() {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    // StableHLO is read (and then refused with how to convert it).
    stablehlo_dialect::register();
}

fn command() -> Command {
    link_registrations();
    Command::new("chunk-run")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Run a module in the nn and chunk dialects on the CPU and measure its activation memory")
        .arg(Arg::new("input").required(true).value_name("FILE.mlir").help("The module to run (its @main, else its only function)"))
        .arg(
            Arg::new("inputs")
                .long("inputs")
                .value_name("FILE.safetensors")
                .help("Read the arguments from a safetensors file (by nn.name, else argN, else position)"),
        )
        .arg(
            Arg::new("seed")
                .long("seed")
                .value_name("N")
                .value_parser(clap::value_parser!(u64))
                .default_value("0")
                .conflicts_with("inputs")
                .help("Seed of the random inputs used when --inputs is not given"),
        )
        .arg(Arg::new("outputs").long("outputs").value_name("FILE.safetensors").help("Write the results to a safetensors file"))
        .arg(
            Arg::new("save-inputs")
                .long("save-inputs")
                .value_name("FILE.safetensors")
                .help("Write the inputs used (e.g. the random ones) to a safetensors file"),
        )
        .arg(
            Arg::new("repeat")
                .long("repeat")
                .value_name("N")
                .value_parser(clap::value_parser!(u32).range(1..))
                .default_value("1")
                .help("Run N times and report the median wall time"),
        )
        .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("Print the report as one JSON object"))
        .arg(
            Arg::new("compare")
                .long("compare")
                .value_name("OTHER.mlir")
                .help("Also run OTHER on the same inputs; report max absolute and relative error and both peaks"),
        )
        .arg(
            Arg::new("memory-profile")
                .long("memory-profile")
                .value_name("FILE.svg")
                .help("Plot live activation bytes over the op sequence (both modules with --compare)"),
        )
        .arg(
            Arg::new("memory-limit")
                .long("memory-limit")
                .value_name("BYTES")
                .help("Refuse to run when the planned peak exceeds BYTES (suffixes KiB, MiB, GiB)"),
        )
        .arg(Arg::new("no-progress").long("no-progress").action(ArgAction::SetTrue).help("Never show the progress bar"))
        .arg(
            Arg::new("backend")
                .long("backend")
                .value_name("BACKEND")
                .value_parser(["reference", "mlir-cpu", "aot", "cuda"])
                .default_value("reference")
                .help("Run on the reference runtime, compile through upstream MLIR to native code (mlir-cpu: linalg, LLVM, ExecutionEngine; see docs/lowering.md), compile it ahead of time into a shared library and load it (aot: chunk-translate --emit=lib; see docs/aot.md), or run PTX kernels and cuBLAS on an NVIDIA GPU (cuda; see docs/cuda.md)"),
        )
        .arg(
            Arg::new("ptx")
                .long("ptx")
                .value_name("FILE.ptx")
                .help("--backend=cuda: run this precompiled PTX and its host plan FILE.plan.json (chunk-translate --emit=ptx) instead of compiling the module"),
        )
        .arg(
            Arg::new("gpu-arch")
                .long("gpu-arch")
                .value_name("SM")
                .default_value("sm_90")
                .help("--backend=cuda without --ptx: the GPU architecture to compile for"),
        )
        .arg(
            Arg::new("tf32")
                .long("tf32")
                .action(ArgAction::SetTrue)
                .help("--backend=cuda: let cuBLAS use TF32 tensor cores for f32 GEMMs (less precise; off by default)"),
        )
        .arg(
            Arg::new("verify")
                .long("verify")
                .action(ArgAction::SetTrue)
                .help("--backend=cuda: also run the reference runtime on the same inputs and report the max relative error"),
        )
        .arg(
            Arg::new("opt-level")
                .long("opt-level")
                .value_name("N")
                .value_parser(clap::value_parser!(u8).range(0..=3))
                .default_value("3")
                .help("LLVM optimisation level of --backend=mlir-cpu and --backend=aot (0-3)"),
        )
}

/// A failure: located diagnostics are printed as they are, others after `chunk-run: error:`.
enum Failure {
    Located(String),
    Plain(String),
}

impl From<runtime::Error> for Failure {
    fn from(e: runtime::Error) -> Failure {
        match e {
            runtime::Error::Located(d) => Failure::Located(d.to_string()),
            other => Failure::Plain(other.to_string()),
        }
    }
}

fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(&matches) {
        Ok(()) => ExitCode::SUCCESS,
        // Where even standard error cannot be written, the exit status still says it.
        Err(Failure::Located(msg)) => {
            let _ = writeln!(std::io::stderr(), "{msg}");
            ExitCode::from(1)
        }
        Err(Failure::Plain(msg)) => {
            let _ = writeln!(std::io::stderr(), "chunk-run: error: {msg}");
            ExitCode::from(1)
        }
    }
}

/// Writes a report to standard output: a failed write (a full disk, a closed pipe) is
/// an error with a message, not a panic.
pub(crate) fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Plain(format!("cannot write the report to standard output: {e}")))
}

/// A parsed and verified module with its entry function and plan.
struct Program {
    path: String,
    module: Module,
    func: OpId,
    plan: Plan,
    /// The compiler's prediction of the live-bytes peak
    /// (`autochunk::liveness::function_profile`, what `--estimate-memory` reports).
    predicted: Option<u64>,
}

fn load(path: &str) -> Result<Program, Failure> {
    let bytes =
        std::fs::read(path).map_err(|e| Failure::Plain(format!("cannot read '{path}': {e}")))?;
    let context = Context::new();
    let module =
        parse::parse_bytes(&bytes, path, &context).map_err(|d| Failure::Located(d.to_string()))?;
    ir::verify::verify(&module, &context).map_err(|d| Failure::Located(d.to_string()))?;
    let func =
        runtime::entry_function(&module).map_err(|e| Failure::Plain(format!("'{path}': {e}")))?;
    runtime::check_supported(&module, func)?;
    let plan = runtime::plan(&module, func).map_err(|d| Failure::Located(d.to_string()))?;
    let predicted = autochunk::liveness::function_profile(&module, &context, func).map(|p| p.peak);
    Ok(Program {
        path: path.to_string(),
        module,
        func,
        plan,
        predicted,
    })
}

/// `--memory-limit` covers everything a run allocates: its inputs, the activation
/// arena and its outputs; a run over it is refused before anything is allocated.
fn check_limit(p: &Program, limit: Option<u64>) -> Result<(), Failure> {
    let Some(limit) = limit else { return Ok(()) };
    let total_bytes = |types: Vec<ir::Type>| -> u64 {
        types
            .iter()
            .map(|t| t.byte_size().unwrap_or(u64::MAX))
            .fold(0u64, u64::saturating_add)
    };
    let inputs = total_bytes(arg_types(p));
    let outputs = total_bytes(
        func_dialect::function_type(&p.module, p.func)
            .map(|(_, r)| r.to_vec())
            .unwrap_or_default(),
    );
    let arena = p.plan.arena_size;
    if arena > limit {
        return Err(Failure::Plain(format!(
            "'{}' needs a planned peak of {} bytes ({}) at {}, above the memory limit of {} bytes ({}); not running it",
            p.path,
            arena,
            report::human(arena),
            p.plan.step_description(&p.module, p.plan.peak_step),
            limit,
            report::human(limit)
        )));
    }
    let total = inputs.saturating_add(arena).saturating_add(outputs);
    if total > limit {
        return Err(Failure::Plain(format!(
            "'{}' needs {total} bytes ({}): inputs {inputs}, activation arena {arena}, outputs {outputs}, above the memory limit of {limit} bytes ({}); not running it",
            p.path,
            report::human(total),
            report::human(limit)
        )));
    }
    Ok(())
}

fn read_file(path: &str) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Plain(format!("cannot read '{path}': {e}")))
}

/// `--save-inputs` and `--outputs`: the tensors named as the function names them.
fn save_tensors(
    m: &ArgMatches,
    main: &Program,
    inputs: &[HostTensor],
    outputs: &[HostTensor],
) -> Result<(), Failure> {
    let files = [("save-inputs", inputs, true), ("outputs", outputs, false)];
    for (flag, tensors, are_inputs) in files {
        let Some(path) = m.get_one::<String>(flag) else {
            continue;
        };
        let named: Vec<(String, HostTensor)> = tensors
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let name = if are_inputs {
                    runtime::io::argument_name(&main.module, main.func, i)
                } else {
                    runtime::io::result_name(&main.module, main.func, i)
                };
                (name, t.clone())
            })
            .collect();
        write_file(path, &runtime::io::write_tensors(&named)?)?;
    }
    Ok(())
}

fn write_file(path: &str, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|e| Failure::Plain(format!("cannot write '{path}': {e}")))
}

/// One program's runs.
pub struct Runs {
    pub exec: Execution,
    pub times: Vec<Duration>,
}

impl Runs {
    pub fn median(&self) -> Duration {
        let mut t = self.times.clone();
        t.sort();
        t[t.len() / 2]
    }
}

fn execute(
    p: &Program,
    inputs: &[HostTensor],
    repeat: u32,
    progress: bool,
) -> Result<Runs, Failure> {
    let total = p.plan.kernels_to_run(&p.module) * u64::from(repeat);
    let bar = report::Progress::new(progress, total, &p.path);
    let mut times = Vec::with_capacity(repeat as usize);
    let mut last = None;
    let mut arena = runtime::Arena::new(p.plan.arena_size)?;
    for r in 0..repeat {
        let done_before = p.plan.kernels_to_run(&p.module) * u64::from(r);
        let tick = |n: u64| bar.tick(done_before + n);
        let opts = ExecOptions {
            progress: Some(&tick),
        };
        let start = Instant::now();
        let exec = runtime::execute_in(&p.module, &p.plan, inputs, &opts, &mut arena)?;
        times.push(start.elapsed());
        verify_measurement(p, &exec)?;
        last = Some(exec);
    }
    bar.finish();
    Ok(Runs {
        exec: last.expect("repeat >= 1"),
        times,
    })
}

/// The executor's measurements must reproduce the plan exactly.
fn verify_measurement(p: &Program, exec: &Execution) -> Result<(), Failure> {
    let m = &exec.measured;
    let planned: Vec<u64> = p.plan.steps.iter().map(|s| s.live_during).collect();
    if m.arena_peak != p.plan.arena_size
        || m.live_peak != p.plan.live_peak
        || m.live_during != planned
    {
        return Err(Failure::Plain(format!(
            "internal error: measured memory (arena peak {}, live peak {}) differs from the plan ({}, {})",
            m.arena_peak, m.live_peak, p.plan.arena_size, p.plan.live_peak
        )));
    }
    Ok(())
}

fn inputs_for(p: &Program, m: &ArgMatches) -> Result<(Vec<HostTensor>, String), Failure> {
    match m.get_one::<String>("inputs") {
        Some(path) => {
            let bytes = read_file(path)?;
            Ok((
                runtime::io::read_inputs(&p.module, p.func, &bytes, path)?,
                path.clone(),
            ))
        }
        None => {
            let seed = *m.get_one::<u64>("seed").expect("has a default");
            Ok((
                runtime::io::random_inputs(&p.module, p.func, seed)?,
                format!("random (seed {seed})"),
            ))
        }
    }
}

fn arg_types(p: &Program) -> Vec<ir::Type> {
    let body = p
        .module
        .entry_block(p.func, 0)
        .expect("planned functions have a body");
    p.module
        .block(body)
        .args
        .iter()
        .map(|&a| p.module.value_type(a).clone())
        .collect()
}

fn run(m: &ArgMatches) -> Result<(), Failure> {
    let path = m.get_one::<String>("input").expect("required");
    let limit = match m.get_one::<String>("memory-limit") {
        Some(text) => Some(
            autochunk::entry::parse_bytes(text)
                .map_err(|e| Failure::Plain(format!("invalid --memory-limit '{text}': {e}")))?,
        ),
        None => None,
    };
    let repeat = *m.get_one::<u32>("repeat").expect("has a default");
    let progress = !m.get_flag("no-progress");
    let backend = m.get_one::<String>("backend").map(String::as_str);
    let main = load(path)?;
    if backend == Some("mlir-cpu") || backend == Some("aot") {
        check_limit(&main, limit)?;
        return run_mlir_cpu(&main, m, repeat, backend == Some("aot"));
    }
    if backend == Some("cuda") {
        check_limit(&main, limit)?;
        return cuda_backend::run(&main, m, repeat);
    }
    for flag in ["ptx", "tf32", "verify"] {
        if given(m, flag) {
            return Err(Failure::Plain(format!("--{flag} needs --backend=cuda")));
        }
    }
    let other = m
        .get_one::<String>("compare")
        .map(|p| load(p))
        .transpose()?;
    check_limit(&main, limit)?;
    if let Some(o) = &other {
        check_limit(o, limit)?;
    }
    let (inputs, source) = inputs_for(&main, m)?;
    let other_inputs = match &other {
        Some(o) if m.get_one::<String>("inputs").is_some() => Some(inputs_for(o, m)?.0),
        Some(o) => {
            if arg_types(o) != arg_types(&main) {
                return Err(Failure::Plain(format!(
                    "'{}' and '{}' take different arguments, so random inputs cannot be shared; pass --inputs",
                    main.path, o.path
                )));
            }
            Some(inputs.clone())
        }
        None => None,
    };
    let runs = execute(&main, &inputs, repeat, progress)?;
    let other_runs = match (&other, &other_inputs) {
        (Some(o), Some(i)) => Some(execute(o, i, repeat, progress)?),
        _ => None,
    };
    let comparison = match (&other, &other_runs) {
        (Some(o), Some(r)) => Some(report::compare(
            &main,
            &runs.exec.outputs,
            o,
            &r.exec.outputs,
        )?),
        _ => None,
    };
    save_tensors(m, &main, &inputs, &runs.exec.outputs)?;
    if let Some(svg) = m.get_one::<String>("memory-profile") {
        let mut series = vec![report::Series::of(&main)];
        if let Some(o) = &other {
            series.push(report::Series::of(o));
        }
        report::plot(svg, &series)
            .map_err(|e| Failure::Plain(format!("cannot write '{svg}': {e}")))?;
    }
    let r = report::Report {
        main: &main,
        runs: &runs,
        inputs: &source,
        repeat,
        other: other.as_ref().zip(other_runs.as_ref()),
        comparison,
    };
    if m.get_flag("json") {
        write_stdout(&format!("{}\n", r.json()))
    } else {
        write_stdout(&r.text())
    }
}

/// `--backend=mlir-cpu`: the module compiled through `mlir::jit` (upstream MLIR,
/// LLVM, ExecutionEngine) and run `repeat` times on the same inputs. The report has
/// the wall time, the compile time, the planned peak of the reference runtime's plan
/// and the arena the compiled code ran in (the same plan: `arena_bytes` is allocated
/// once and every activation lives at its planned offset; kernel scratch aside, see
/// docs/lowering.md).
///
/// `--backend=aot` (`ahead_of_time`): the module compiled by `aot::build_library`
/// into a shared library in a temporary directory (the compile time includes the
/// link), loaded and run the same way.
#[cfg(not(feature = "mlir"))]
fn run_mlir_cpu(_: &Program, _: &ArgMatches, _: u32, _: bool) -> Result<(), Failure> {
    Err(Failure::Plain(
        "this chunk-run was built without the mlir feature, so --backend=mlir-cpu and --backend=aot are not available"
            .into(),
    ))
}

/// Whether `flag` was given on the command line (not a default).
fn given(m: &ArgMatches, flag: &str) -> bool {
    m.contains_id(flag) && m.value_source(flag) == Some(clap::parser::ValueSource::CommandLine)
}

/// `--compare` and `--memory-profile` run only on the reference backend.
fn refuse_reference_only(m: &ArgMatches) -> Result<(), Failure> {
    for flag in ["compare", "memory-profile"] {
        if given(m, flag) {
            return Err(Failure::Plain(format!(
                "--{flag} needs the reference backend (--backend=reference)"
            )));
        }
    }
    Ok(())
}

/// What `--backend=mlir-cpu` or `--backend=aot` runs.
#[cfg(feature = "mlir")]
enum Compiled {
    Jit(mlir::jit::Compiled),
    Library(aot::library::Library),
}

#[cfg(feature = "mlir")]
impl Compiled {
    fn arena_bytes(&self) -> Option<u64> {
        match self {
            Compiled::Jit(c) => c.arena_bytes(),
            Compiled::Library(l) => Some(l.arena_bytes()),
        }
    }
}

/// The module as a shared library in a temporary directory (removed once loaded:
/// the loaded library stays mapped), and its entry point for the entry function.
#[cfg(feature = "mlir")]
fn compile_library(main: &Program, level: u8) -> Result<aot::library::Library, Failure> {
    let fail = |e: aot::Error| match e {
        aot::Error::Lowering(e) => match e.located(&main.module.op(main.func).loc) {
            mlir::Error::Conversion(d) | mlir::Error::Run(d) => Failure::Located(d.to_string()),
            other => Failure::Plain(format!("'{}': {other}", main.path)),
        },
        other => Failure::Plain(format!("'{}': {other}", main.path)),
    };
    let runtime = aot::link::find_runtime(None).map_err(fail)?;
    let options = aot::Options {
        opt_level: level,
        ..Default::default()
    };
    let dir = std::env::temp_dir().join(format!("chunk-run-aot-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Plain(format!("cannot create {}: {e}", dir.display())))?;
    let lib = dir.join("libmodel.so");
    let built = aot::build_library(&main.module, &options, &runtime, &lib).and_then(|entries| {
        let entry = entries
            .iter()
            .find(|e| e.abi.func == main.func)
            .ok_or_else(|| aot::Error::Llvm("the entry function is not exported".into()))?;
        aot::library::Library::load(&lib, entry)
    });
    let _ = std::fs::remove_dir_all(&dir);
    built.map_err(fail)
}

#[cfg(feature = "mlir")]
fn run_mlir_cpu(
    main: &Program,
    m: &ArgMatches,
    repeat: u32,
    ahead_of_time: bool,
) -> Result<(), Failure> {
    let backend = if ahead_of_time { "aot" } else { "mlir-cpu" };
    refuse_reference_only(m)?;
    for flag in ["ptx", "tf32", "verify"] {
        if given(m, flag) {
            return Err(Failure::Plain(format!("--{flag} needs --backend=cuda")));
        }
    }
    let (inputs, source) = inputs_for(main, m)?;
    let start = Instant::now();
    let level = *m.get_one::<u8>("opt-level").expect("has a default");
    // Errors located at an op print bare (`file:line:col: error: ...`), as on the
    // reference backend; the rest name the file.
    let function_loc = main.module.op(main.func).loc.clone();
    let fail = |e: mlir::Error| match e.located(&function_loc) {
        mlir::Error::Conversion(d) | mlir::Error::Run(d) => Failure::Located(d.to_string()),
        other => Failure::Plain(format!("'{}': {other}", main.path)),
    };
    let compiled = if ahead_of_time {
        Compiled::Library(compile_library(main, level)?)
    } else {
        Compiled::Jit(mlir::jit::Compiled::new(&main.module, usize::from(level)).map_err(fail)?)
    };
    let compile = start.elapsed();
    let mut times = Vec::with_capacity(repeat as usize);
    let mut outputs = Vec::new();
    for _ in 0..repeat {
        let start = Instant::now();
        outputs = match &compiled {
            Compiled::Jit(c) => c.run(&inputs).map_err(fail)?,
            Compiled::Library(l) => l
                .run(&inputs)
                .map_err(|e| Failure::Plain(format!("'{}': {e}", main.path)))?,
        };
        times.push(start.elapsed());
    }
    let mut sorted = times.clone();
    sorted.sort();
    let median = sorted[sorted.len() / 2];
    save_tensors(m, main, &inputs, &outputs)?;
    let name = func_dialect::symbol_name(&main.module, main.func)
        .unwrap_or("main")
        .to_string();
    if m.get_flag("json") {
        let v = serde_json::json!({
            "backend": backend,
            "file": main.path,
            "function": name,
            "inputs": source,
            "repeat": repeat,
            "compile_time_s": compile.as_secs_f64(),
            "wall_time_s": median.as_secs_f64(),
            "wall_times_s": times.iter().map(Duration::as_secs_f64).collect::<Vec<_>>(),
            "planned_peak_bytes": main.plan.arena_size,
            "arena_bytes": compiled.arena_bytes(),
            "outputs": outputs.iter().map(|t| serde_json::json!({
                "shape": t.shape,
                "dtype": format!("{:?}", t.dtype()),
            })).collect::<Vec<_>>(),
        });
        write_stdout(&format!("{v}\n"))?;
    } else {
        write_stdout(&format!(
            "{} (@{name}) on {backend}\n  compile time      {:.3} ms\n  wall time         {:.3} ms{}\n  planned peak      {} ({} B), the reference runtime's plan\n  arena             {} B allocated once, activations at their planned offsets\n  inputs            {source}\n",
            main.path,
            compile.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            if repeat > 1 {
                format!(" (median of {repeat})")
            } else {
                String::new()
            },
            report::human(main.plan.arena_size),
            main.plan.arena_size,
            compiled.arena_bytes().unwrap_or(0),
        ))?;
    }
    Ok(())
}
