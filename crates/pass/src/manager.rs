//! The pass manager: runs passes in order over a module (a pass nested under
//! `func.func(...)` once per function), with optional IR dumps around each pass,
//! verification after each pass, per-pass wall-clock timing and pass statistics.
use crate::options::{OptionError, PassOptions};
use crate::pipeline::{parse_pipeline, PipelineError};
use crate::{Pass, PassDef};
use ir::{print_module, Context, DiagResult, Diagnostic, Location, Module, OpId, PrintOptions};
use std::io::Write;
use std::time::{Duration, Instant};

struct Scheduled {
    def: &'static PassDef,
    pass: Box<dyn Pass>,
    /// `func.func`: run once per function; `builtin.module`: once on the module.
    anchor: &'static str,
}

/// Runs a sequence of passes. Build it with [`PassManager::add`] or
/// [`PassManager::add_pipeline`], set the public flags, then [`PassManager::run`].
pub struct PassManager {
    passes: Vec<Scheduled>,
    /// Dump the module before every pass (`--mlir-print-ir-before-all`).
    pub print_ir_before_all: bool,
    /// Dump the module after every pass (`--mlir-print-ir-after-all`).
    pub print_ir_after_all: bool,
    /// Dump the module before the passes named here (`--mlir-print-ir-before=PASS`).
    pub print_ir_before: Vec<String>,
    /// Dump the module after the passes named here (`--mlir-print-ir-after=PASS`).
    pub print_ir_after: Vec<String>,
    /// Of the dumps after a pass, only those where the pass changed the IR
    /// (`--mlir-print-ir-after-change`).
    pub print_ir_after_change: bool,
    /// Dump the module after a pass that fails (`--mlir-print-ir-after-failure`).
    pub print_ir_after_failure: bool,
    /// Dump in the generic op form (`--mlir-print-op-generic`).
    pub print_op_generic: bool,
    /// Dump with locations (`--mlir-print-debuginfo`).
    pub print_debug_info: bool,
    /// Elide large dense attributes in dumps (`--mlir-elide-elementsattrs-if-larger`).
    pub print_elide_elements_larger_than: Option<usize>,
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
            print_ir_before: Vec::new(),
            print_ir_after: Vec::new(),
            print_ir_after_change: false,
            print_ir_after_failure: false,
            print_op_generic: false,
            print_debug_info: false,
            print_elide_elements_larger_than: None,
            verify_each: true,
            timing: false,
            timings: Vec::new(),
            total: Duration::ZERO,
        }
    }

    /// Appends a pass built from `options`, run on the whole module.
    pub fn add(&mut self, def: &'static PassDef, options: &PassOptions) -> Result<(), OptionError> {
        let pass = (def.create)(options)?;
        self.passes.push(Scheduled {
            def,
            pass,
            anchor: "builtin.module",
        });
        Ok(())
    }

    /// Appends every pass of a pipeline string such as `builtin.module(cse,dce)`. A
    /// bad option value is an error at that option's column.
    pub fn add_pipeline(&mut self, text: &str) -> Result<(), PipelineError> {
        for entry in parse_pipeline(text)? {
            let pass = (entry.def.create)(&entry.options).map_err(|e| PipelineError {
                column: entry.column_of(e.option),
                message: e.message,
            })?;
            self.passes.push(Scheduled {
                def: entry.def,
                pass,
                anchor: entry.anchor,
            });
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
            elide_elements_larger_than: self.print_elide_elements_larger_than,
        };
        let run_start = Instant::now();
        for i in 0..self.passes.len() {
            let def = self.passes[i].def;
            let named = |list: &[String]| list.iter().any(|n| n == def.name);
            if self.print_ir_before_all || named(&self.print_ir_before) {
                write_dump(dump, "Before", def, module, context, print_options)?;
            }
            let dump_after = self.print_ir_after_all || named(&self.print_ir_after);
            let before = (dump_after && self.print_ir_after_change)
                .then(|| print_module(module, context, print_options));
            let start = Instant::now();
            let result = match self.passes[i].anchor {
                "func.func" => run_per_function(&mut *self.passes[i].pass, module, context),
                _ => self.passes[i].pass.run(module, context),
            };
            let elapsed = start.elapsed();
            if self.timing {
                self.record(def.title.to_string(), elapsed);
            }
            if result.is_err() && self.print_ir_after_failure {
                write_dump(dump, "After", def, module, context, print_options)?;
            }
            result?;
            let unchanged =
                before.is_some_and(|b| b == print_module(module, context, print_options));
            if dump_after && !unchanged {
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

    /// MLIR's `--mlir-pass-statistics` report: each pass that counts something, with
    /// its counters summed over the runs so far.
    pub fn statistics_report(&self) -> String {
        let mut s = report_header("Pass statistics report");
        for scheduled in &self.passes {
            let statistics = scheduled.pass.statistics();
            if statistics.is_empty() {
                continue;
            }
            s.push_str(&format!("'{}' Pass\n", scheduled.def.name));
            for st in statistics {
                s.push_str(&format!(
                    "  (S) {} {} - {}\n",
                    st.value, st.name, st.description
                ));
            }
        }
        s
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
        let total = self.total.as_secs_f64();
        let mut s = report_header("Execution time report");
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

/// MLIR's report banner: a rule, the centred title, a rule.
fn report_header(title: &str) -> String {
    let rule = format!("==={}===", "-".repeat(73));
    let title = format!("... {title} ...");
    let pad = (rule.len() - title.len()) / 2;
    format!("{rule}\n{}{title}\n{rule}\n", " ".repeat(pad))
}

/// The top-level ops and the block (or the module's top list) holding them: where
/// functions live, whether or not they are wrapped in a `builtin.module`.
fn function_scopes(module: &Module) -> Vec<(Option<ir::BlockId>, Vec<OpId>)> {
    let mut scopes = vec![(None, module.top.clone())];
    for &top in &module.top {
        for &r in &module.op(top).regions {
            for &b in &module.region(r).blocks {
                if module.block_ops(b).any(|o| module.name(o) == "func.func") {
                    scopes.push((Some(b), module.block_ops(b).collect()));
                }
            }
        }
    }
    scopes
}

/// Runs `pass` once for each `func.func`, with every other op of the function's
/// block (other functions, globals) detached, so the pass sees that function alone;
/// the detached ops are put back around whatever the pass left in their place.
fn run_per_function(pass: &mut dyn Pass, module: &mut Module, context: &Context) -> DiagResult<()> {
    for (block, ops) in function_scopes(module) {
        for (position, &func) in ops.iter().enumerate() {
            if module.name(func) != "func.func" || module.op(func).erased {
                continue;
            }
            let (before, after) = (&ops[..position], &ops[position + 1..]);
            let hidden: Vec<OpId> = before.iter().chain(after).copied().collect();
            let result = match block {
                None => {
                    module.top.retain(|o| !hidden.contains(o));
                    let result = pass.run(module, context);
                    let mut top = before.to_vec();
                    top.append(&mut module.top);
                    top.extend_from_slice(after);
                    module.top = top;
                    result
                }
                Some(b) => {
                    for &o in &hidden {
                        module.detach_op(o);
                    }
                    let result = pass.run(module, context);
                    let first = module.first_op(b);
                    for &o in before {
                        match first {
                            Some(f) => module.insert_before(f, o),
                            None => module.append_op(b, o),
                        }
                    }
                    for &o in after {
                        module.append_op(b, o);
                    }
                    result
                }
            };
            result?;
        }
    }
    Ok(())
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
