//! `estimate-memory`: liveness over the op order of the entry function; prints the
//! live activation bytes while and after every op, and the peak op.
//!
//! The model is `liveness`'s (the nn dialect's memory terms): arguments never count;
//! a value is live from its defining op through its last use; returned values to the
//! end; a `chunk.for` adds its full-size results and one iteration's slices and
//! intermediates. With `annotate`, every top-level op gets an `nn.live_bytes`
//! attribute (bytes live while it runs) and the function an `nn.peak_bytes` one.
use crate::entry::{describe_op, human_bytes};
use crate::liveness::function_profile;
use ir::{Attribute, Context, DiagResult, Module};
use pass::{Pass, PassDef, PassOptionDef};
use std::fmt::Write;

pub struct EstimateMemory {
    annotate: bool,
    table: bool,
}

/// The table printed by the pass.
pub fn report(m: &Module, ctx: &Context) -> DiagResult<String> {
    let func = func_dialect::entry_function(m).map_err(|e| e.located(m))?;
    let p = function_profile(m, ctx, func).expect("the entry function has a body");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// estimate-memory: @{}",
        func_dialect::symbol_name(m, func).unwrap_or("?")
    );
    let _ = writeln!(
        out,
        "//   {:>5}  {:>14}  {:>14}  op",
        "#", "live during", "live after"
    );
    for (k, &op) in p.ops.iter().enumerate() {
        let mark = if p.peak_path.first() == Some(&op) {
            "  <- peak"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "//   {k:>5}  {:>14}  {:>14}  {}{mark}",
            p.during[k],
            p.after[k],
            describe_op(m, ctx, op)
        );
    }
    let peak_op = p
        .peak_op
        .map_or("-".to_string(), |o| describe_op(m, ctx, o));
    let _ = writeln!(
        out,
        "// peak: {} bytes ({}) at {peak_op}",
        p.peak,
        human_bytes(p.peak)
    );
    Ok(out)
}

impl Pass for EstimateMemory {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        if self.table {
            let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
            crate::report_to_stderr(&module.op(func).loc, &report(module, context)?)?;
        }
        if self.annotate {
            let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
            let p = function_profile(module, context, func).expect("the entry function has a body");
            for (k, &op) in p.ops.iter().enumerate() {
                module.set_attr(op, "nn.live_bytes", Attribute::i64(p.during[k] as i64));
            }
            module.set_attr(func, "nn.peak_bytes", Attribute::i64(p.peak as i64));
        }
        Ok(())
    }
}

pass::inventory::submit! {
    PassDef {
        name: "estimate-memory",
        title: "EstimateMemory",
        summary: "Print live activation bytes at every op and the peak (liveness over the op order)",
        description: "Liveness over the entry function's op order under the nn dialect's memory terms. \
                      Prints a table to stderr; with annotate=true, sets nn.live_bytes on each op and \
                      nn.peak_bytes on the function.",
        options: &[
            PassOptionDef { name: "annotate", summary: "Attach nn.live_bytes / nn.peak_bytes attributes", default: "false" },
            PassOptionDef { name: "table", summary: "Print the table to stderr", default: "true" },
        ],
        module_only: false,
        create: |o| Ok(Box::new(EstimateMemory { annotate: o.get_bool("annotate")?, table: o.get_bool("table")? })),
    }
}
