//! `--backend=cuda`: the module's PTX kernels and host plan run on an NVIDIA GPU
//! (`crates/cuda`). The PTX comes from `--ptx FILE.ptx` (plan at `FILE.plan.json`, as
//! `chunk-translate --emit=ptx` writes them) or, in a chunk-run built with the `mlir`
//! feature, from compiling the module here (`mlir::gpu::emit_ptx`). The report is the
//! CPU backends' (time, planned and predicted peaks, inputs) plus the device's view:
//! its arena, the cuBLAS workspace, and the free-memory drop measured around the run.
use crate::report::human;
use crate::{given, inputs_for, refuse_reference_only, save_tensors, Failure, Program};
use clap::ArgMatches;
use cuda::{HostPlan, Options};
use std::time::{Duration, Instant};

/// Where the PTX and plan came from, and how long compiling took.
struct Source {
    ptx: String,
    plan: HostPlan,
    what: String,
    compile: Option<Duration>,
}

fn source(main: &Program, m: &ArgMatches) -> Result<Source, Failure> {
    if let Some(path) = m.get_one::<String>("ptx") {
        let (ptx, plan) =
            cuda::device::read_ptx_and_plan(std::path::Path::new(path)).map_err(Failure::Plain)?;
        return Ok(Source {
            ptx,
            plan,
            what: path.clone(),
            compile: None,
        });
    }
    compile(main, m)
}

#[cfg(feature = "mlir")]
fn compile(main: &Program, m: &ArgMatches) -> Result<Source, Failure> {
    let arch = m.get_one::<String>("gpu-arch").expect("has a default");
    let start = Instant::now();
    let function_loc = main.module.op(main.func).loc.clone();
    let out =
        mlir::gpu::emit_ptx(&main.module, arch).map_err(|e| match e.located(&function_loc) {
            mlir::Error::Conversion(d) => Failure::Located(d.to_string()),
            other => Failure::Plain(format!("'{}': {other}", main.path)),
        })?;
    let compile = start.elapsed();
    let plan = HostPlan::parse(&out.plan)
        .map_err(|e| Failure::Plain(format!("'{}': the emitted {e}", main.path)))?;
    Ok(Source {
        ptx: out.ptx,
        plan,
        what: format!("compiled here for {arch}"),
        compile: Some(compile),
    })
}

#[cfg(not(feature = "mlir"))]
fn compile(_: &Program, _: &ArgMatches) -> Result<Source, Failure> {
    Err(Failure::Plain(
        "this chunk-run was built without the mlir feature: pass --ptx FILE.ptx (from chunk-translate --emit=ptx)".into(),
    ))
}

pub fn run(main: &Program, m: &ArgMatches, repeat: u32) -> Result<(), Failure> {
    refuse_reference_only(m)?;
    if given(m, "gpu-arch") && given(m, "ptx") {
        return Err(Failure::Plain(
            "--gpu-arch applies when compiling; a --ptx file is already compiled".into(),
        ));
    }
    let (inputs, input_source) = inputs_for(main, m)?;
    let src = source(main, m)?;
    let options = Options {
        tf32: m.get_flag("tf32"),
        ..Options::default()
    };
    let plan_arena = src.plan.arena_bytes;
    let mut program = cuda::Program::load(&src.ptx, src.plan, &options)
        .map_err(|e| Failure::Plain(format!("'{}': {e}", main.path)))?;
    let fail = |e: cuda::Error| Failure::Plain(format!("'{}': {e}", main.path));
    program.upload(&inputs).map_err(fail)?;
    // One untimed run first: cuBLAS picks its kernels and the driver finishes
    // loading the module's code on first use.
    program.run().map_err(fail)?;
    let mut gpu_ms = Vec::with_capacity(repeat as usize);
    let mut wall = Vec::with_capacity(repeat as usize);
    for _ in 0..repeat {
        let start = Instant::now();
        gpu_ms.push(program.run().map_err(fail)?);
        wall.push(start.elapsed());
    }
    let outputs = program.download().map_err(fail)?;
    let mem = program.memory().map_err(fail)?;
    let error = if m.get_flag("verify") {
        let exec = runtime::execute(
            &main.module,
            &main.plan,
            &inputs,
            &runtime::ExecOptions::default(),
        )?;
        Some(runtime::max_relative_error(&outputs, &exec.outputs))
    } else {
        None
    };
    save_tensors(m, main, &inputs, &outputs)?;
    let median = |v: &[f64]| {
        let mut s = v.to_vec();
        s.sort_by(f64::total_cmp);
        s[s.len() / 2]
    };
    let gpu_s: Vec<f64> = gpu_ms.iter().map(|&x| f64::from(x) / 1e3).collect();
    let wall_s: Vec<f64> = wall.iter().map(Duration::as_secs_f64).collect();
    let name = func_dialect::symbol_name(&main.module, main.func)
        .unwrap_or("main")
        .to_string();
    let planned = main.plan.arena_size;
    if m.get_flag("json") {
        let v = serde_json::json!({
            "backend": "cuda",
            "file": main.path,
            "function": name,
            "inputs": input_source,
            "repeat": repeat,
            "ptx": src.what,
            "compile_time_s": src.compile.map(|d| d.as_secs_f64()),
            "device": program.info.name,
            "compute_capability": format!("sm_{}{}", program.info.compute_capability.0, program.info.compute_capability.1),
            "tf32": options.tf32,
            "gpu_time_s": median(&gpu_s),
            "gpu_times_s": gpu_s,
            "wall_time_s": median(&wall_s),
            "wall_times_s": wall_s,
            "planned_peak_bytes": planned,
            "live_peak_bytes": main.plan.live_peak,
            "predicted_peak_bytes": main.predicted,
            "arena_bytes": mem.arena_bytes,
            "arena_equals_planned_peak": plan_arena == planned,
            "scratch_bytes": mem.scratch_bytes,
            "constant_bytes": mem.constant_bytes,
            "input_bytes": mem.input_bytes,
            "cublas_workspace_bytes": mem.cublas_workspace_bytes,
            "device_total_bytes": mem.total_bytes,
            "free_before_bytes": mem.free_before,
            "free_after_bytes": mem.free_after,
            "free_drop_bytes": mem.drop_bytes(),
            "allocated_bytes": mem.allocated(),
            "commands_per_run": program.command_count(),
            "max_rel_error": error,
            "outputs": outputs.iter().enumerate().map(|(i, t)| serde_json::json!({
                "name": runtime::io::result_name(&main.module, main.func, i),
                "type": t.type_string(),
            })).collect::<Vec<_>>(),
        });
        crate::write_stdout(&format!(
            "{}\n",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        ))?;
        return Ok(());
    }
    let of = if repeat > 1 {
        format!(" (median of {repeat}, after one warm-up run)")
    } else {
        " (after one warm-up run)".to_string()
    };
    let mut s = format!(
        "{} (@{name}) on cuda: {} (sm_{}{}){}\n",
        main.path,
        program.info.name,
        program.info.compute_capability.0,
        program.info.compute_capability.1,
        if options.tf32 { ", TF32 GEMMs" } else { "" }
    );
    s.push_str(&format!(
        "  gpu time          {:.3} ms{of}, CUDA events around the commands\n",
        median(&gpu_s) * 1e3
    ));
    s.push_str(&format!(
        "  wall time         {:.3} ms (host, with launch overhead and the final synchronisation)\n",
        median(&wall_s) * 1e3
    ));
    match src.compile {
        Some(d) => s.push_str(&format!(
            "  compile time      {:.3} ms ({})\n",
            d.as_secs_f64() * 1e3,
            src.what
        )),
        None => s.push_str(&format!("  ptx               {}\n", src.what)),
    }
    s.push_str(&format!(
        "  planned peak      {} ({planned} B), the reference runtime's plan\n",
        human(planned)
    ));
    s.push_str(&format!(
        "  predicted peak    {}\n",
        main.predicted.map_or("none".to_string(), |b| format!(
            "{} ({b} B, estimate-memory)",
            human(b)
        ))
    ));
    s.push_str(&format!(
        "  device arena      {} ({} B) allocated once{}\n",
        human(mem.arena_bytes as u64),
        mem.arena_bytes,
        if plan_arena == planned {
            ", equals the planned peak"
        } else {
            ", DIFFERS from the planned peak"
        }
    ));
    s.push_str(&format!(
        "  kernel scratch    {} (outside the plan: row statistics, padding)\n  constants         {}\n  cuBLAS workspace  {}\n  inputs on device  {}\n",
        human(mem.scratch_bytes as u64),
        human(mem.constant_bytes as u64),
        human(mem.cublas_workspace_bytes as u64),
        human(mem.input_bytes as u64)
    ));
    s.push_str(&format!(
        "  free memory       {} before, {} after: drop {} (arena + scratch + constants + inputs + workspace = {})\n",
        human(mem.free_before as u64),
        human(mem.free_after as u64),
        human(mem.drop_bytes().max(0) as u64),
        human(mem.allocated() as u64)
    ));
    s.push_str(&format!(
        "  commands          {} per run (launches, GEMMs, copies)\n",
        program.command_count()
    ));
    if let Some(e) = error {
        s.push_str(&format!(
            "  max rel error     {e:e} against the reference runtime\n"
        ));
    }
    s.push_str(&format!("  inputs            {input_source}\n"));
    crate::write_stdout(&s)
}
