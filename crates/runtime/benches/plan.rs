//! Memory-plan quality and planning time on modules from files: for each `.mlir`
//! given, the live-bytes peak, the arena (planned peak), their ratio, the placement
//! kept and the planning time (median of 5). Run with
//! `cargo bench -p runtime --bench plan -- FILE.mlir...`
//! (for example the models of `modelgen`, chunked by `chunk-opt --autochunk`).
use ir::Context;
use std::time::{Duration, Instant};

fn main() {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if files.is_empty() {
        eprintln!("usage: cargo bench -p runtime --bench plan -- FILE.mlir...");
        return;
    }
    println!(
        "| module | buffers | steps | live peak (B) | arena (B) | arena / live | placement | planning |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for path in files {
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let ctx = Context::new();
        let m = match parse::parse_source(&src, &path, &ctx) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        let f = runtime::entry_function(&m).expect("an entry function");
        let mut times: Vec<Duration> = Vec::new();
        let mut last = None;
        for _ in 0..5 {
            let t = Instant::now();
            let p = runtime::plan(&m, f).expect("plannable");
            times.push(t.elapsed());
            last = Some(p);
        }
        times.sort();
        let p = last.expect("planned");
        p.validate().expect("a valid plan");
        println!(
            "| {path} | {} | {} | {} | {} | {:.4} | {} | {:.1} ms |",
            p.buffers.len(),
            p.steps.len(),
            p.live_peak,
            p.arena_size,
            p.ratio(),
            p.strategy,
            times[2].as_secs_f64() * 1e3
        );
    }
}
