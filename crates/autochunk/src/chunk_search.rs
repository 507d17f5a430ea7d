//! `chunk-search`: reports the legal chunk regions around the peak op of the entry
//! function, as remarks; the IR is unchanged. For inspection and tests.
use crate::entry::{describe_op, entry_function};
use crate::liveness::function_profile;
use crate::search::regions_around;
use ir::{Context, DiagResult, Module};
use pass::{Pass, PassDef};

pub struct ChunkSearch;

impl Pass for ChunkSearch {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        let func = entry_function(module)?;
        let p = function_profile(module, context, func).expect("the entry function has a body");
        let Some(&target) = p.peak_path.first() else {
            return Ok(());
        };
        let block = module.entry_block(func, 0).expect("body");
        let regions = regions_around(module, context, block, target);
        eprintln!(
            "// chunk-search: peak at {}: {} legal region(s)",
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
            eprintln!(
                "//   ops {}..={} ({} in the loop, {} hoisted), extent {}, {} inputs ({} sliced), outputs: {}",
                r.start,
                r.end,
                r.body.len(),
                r.invariant.len(),
                r.extent,
                r.inputs.len(),
                r.inputs.iter().filter(|(_, d)| d.is_some()).count(),
                outputs.join(", ")
            );
        }
        Ok(())
    }
}

pass::inventory::submit! {
    PassDef {
        name: "chunk-search",
        title: "ChunkSearch",
        summary: "Report the legal chunk regions around the peak op (the IR is unchanged)",
        description: "Runs the autochunk region search at the entry function's peak and prints each maximal legal region.",
        options: &[],
        create: |_| Ok(Box::new(ChunkSearch)),
    }
}
