//! `chunk-search`: reports the legal chunk regions around the peak op of the entry
//! function, as remarks; the IR is unchanged. For inspection and tests.
use crate::entry::describe_op;
use crate::liveness::function_profile;
use crate::search::regions_around;
use ir::{Context, DiagResult, Module};
use pass::{Pass, PassDef};

pub struct ChunkSearch;

impl Pass for ChunkSearch {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        let func = func_dialect::entry_function(module).map_err(|e| e.located(module))?;
        let p = function_profile(module, context, func).expect("the entry function has a body");
        let Some(&target) = p.peak_path.first() else {
            return Ok(());
        };
        let block = module.entry_block(func, 0).expect("body");
        let regions = regions_around(module, context, block, target);
        let mut text = format!(
            "// chunk-search: peak at {}: {} legal region(s)\n",
            describe_op(module, context, target),
            regions.len()
        );
        for r in &regions {
            let outputs: Vec<String> = r
                .outputs
                .iter()
                .map(|&(v, d)| {
                    format!(
                        "{} dim {d}",
                        describe_op(
                            module,
                            context,
                            module.defining_op(v).expect("outputs are op results")
                        )
                    )
                })
                .collect();
            text.push_str(&format!(
                "//   ops {}..={} ({} in the loop, {} hoisted), extent {}, {} inputs ({} sliced), outputs: {}\n",
                r.start,
                r.end,
                r.body.len(),
                r.invariant.len(),
                r.extent,
                r.inputs.len(),
                r.inputs.iter().filter(|(_, d)| d.is_some()).count(),
                outputs.join(", ")
            ));
        }
        crate::report_to_stderr(&module.op(func).loc, &text)
    }
}

pass::inventory::submit! {
    PassDef {
        name: "chunk-search",
        title: "ChunkSearch",
        summary: "Report the legal chunk regions around the peak op (the IR is unchanged)",
        description: "Runs the autochunk region search at the entry function's peak and prints each maximal legal region.",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(ChunkSearch)),
    }
}
