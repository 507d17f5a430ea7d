//! The pass manager: runs passes in order over a module, with optional IR dumps
//! around each pass, verification after each pass, and per-pass wall-clock timing.
use crate::options::PassOptions;
use crate::pipeline::parse_pipeline;
use crate::{Pass, PassDef};
use ir::{print_module, Context, DiagResult, Diagnostic, Location, Module, PrintOptions};
use std::io::Write;
use std::time::{Duration, Instant};

struct Scheduled {
    def: &'static PassDef,
    pass: Box<dyn Pass>,
}

/// Runs a sequence of passes. Build it with [`PassManager::add`] or
/// [`PassManager::add_pipeline`], set the public flags, then [`PassManager::run`].
pub struct PassManager {
    passes: Vec<Scheduled>,
    /// Dump the module before every pass (`--mlir-print-ir-before-all`).
    pub print_ir_before_all: bool,
    /// Dump the module after every pass (`--mlir-print-ir-after-all`).
    pub print_ir_after_all: bool,
    /// Dump in the generic op form (`--mlir-print-op-generic`).
    pub print_op_generic: bool,
    /// Dump with locations (`--mlir-print-debuginfo`).
    pub print_debug_info: bool,
    /// Verify the module after each pass (default true); a failure is an error naming the pass.
    pub verify_each: bool,
    /// Record per-pass wall time for [`PassManager::timing_report`] (`--mlir-timing`).
    pub timing: bool,
    /// `(display name, wall time)` in first-run order, accumulated over runs.
    timings: Vec<(String, Duration)>,
    total: Duration,
}

impl Default for PassManager {
    fn default() -> Self {
        Self::new()
    }
}

impl PassManager {
    pub fn new() -> Self {
        PassManager {
            passes: Vec::new(),
            print_ir_before_all: false,
            print_ir_after_all: false,
            print_op_generic: false,
            print_debug_info: false,
            verify_each: true,
            timing: false,
            timings: Vec::new(),
            total: Duration::ZERO,
        }
    }

    /// Appends a pass built from `options`; an `Err` is the pass's message about a bad option.
    pub fn add(&mut self, def: &'static PassDef, options: &PassOptions) -> Result<(), String> {
        let pass = (def.create)(options)?;
        self.passes.push(Scheduled { def, pass });
        Ok(())
    }

    /// Appends every pass of a pipeline string such as `builtin.module(cse,dce)`.
    pub fn add_pipeline(&mut self, text: &str) -> Result<(), String> {
        for entry in parse_pipeline(text)? {
            self.add(entry.def, &entry.options)?;
        }
        Ok(())
    }

    /// Number of scheduled passes.
    pub fn len(&self) -> usize {
        self.passes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.passes.is_empty()
    }
    /// Names of the scheduled passes, in order.
    pub fn pass_names(&self) -> Vec<&'static str> {
        self.passes.iter().map(|s| s.def.name).collect()
    }

    /// Runs every pass on `module`. IR dumps are written to `dump` (stderr in the driver).
    /// Stops at the first failing pass or verification.
    pub fn run(
        &mut self,
        module: &mut Module,
        context: &Context,
        dump: &mut dyn Write,
    ) -> DiagResult<()> {
        let print_options = PrintOptions {
            generic: self.print_op_generic,
            debug_info: self.print_debug_info,
        };
        let run_start = Instant::now();
        for i in 0..self.passes.len() {
            let def = self.passes[i].def;
            if self.print_ir_before_all {
                write_dump(dump, "Before", def, module, context, print_options)?;
            }
            let start = Instant::now();
            let result = self.passes[i].pass.run(module, context);
            let elapsed = start.elapsed();
            if self.timing {
                self.record(def.title.to_string(), elapsed);
            }
            result?;
            if self.print_ir_after_all {
                write_dump(dump, "After", def, module, context, print_options)?;
            }
            if self.verify_each {
                let start = Instant::now();
                let verified = ir::verify::verify(module, context);
                if self.timing {
                    self.record("(A) Verifier".to_string(), start.elapsed());
                }
                verified.map_err(|d| Diagnostic {
                    message: format!(
                        "verification failed after pass '{}': {}",
                        def.name, d.message
                    ),
                    ..d
                })?;
            }
        }
        self.total += run_start.elapsed();
        Ok(())
    }

    fn record(&mut self, name: String, elapsed: Duration) {
        match self.timings.iter_mut().find(|(n, _)| *n == name) {
            Some((_, d)) => *d += elapsed,
            None => self.timings.push((name, elapsed)),
        }
    }

    /// An execution time report in MLIR's `--mlir-timing` layout: one line per pass
    /// (title; verifier time as `(A) Verifier`), then the total.
    pub fn timing_report(&self) -> String {
        let rule = format!("==={}===", "-".repeat(73));
        let title = "... Execution time report ...";
        let pad = (rule.len() - title.len()) / 2;
        let total = self.total.as_secs_f64();
        let mut s = String::new();
        s.push_str(&rule);
        s.push('\n');
        s.push_str(&format!("{}{title}\n", " ".repeat(pad)));
        s.push_str(&rule);
        s.push('\n');
        s.push_str(&format!("  Total Execution Time: {total:.4} seconds\n\n"));
        s.push_str("  ----Wall Time----  ----Name----\n");
        let percent = |d: f64| if total > 0.0 { 100.0 * d / total } else { 0.0 };
        for (name, d) in &self.timings {
            let d = d.as_secs_f64();
            s.push_str(&format!("  {d:>8.4} ({:>5.1}%)  {name}\n", percent(d)));
        }
        s.push_str(&format!("  {total:>8.4} ({:>5.1}%)  Total\n", 100.0));
        s
    }
}

fn write_dump(
    out: &mut dyn Write,
    when: &str,
    def: &PassDef,
    module: &Module,
    context: &Context,
    options: PrintOptions,
) -> DiagResult<()> {
    let text = print_module(module, context, options);
    let header = format!(
        "// -----// IR Dump {when} {} ({}) //----- //\n",
        def.title, def.name
    );
    out.write_all(header.as_bytes())
        .and_then(|_| out.write_all(text.as_bytes()))
        .and_then(|_| out.write_all(b"\n"))
        .map_err(|e| Diagnostic::error(Location::Unknown, format!("cannot write the IR dump: {e}")))
}
