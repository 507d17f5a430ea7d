//! What an embedder writes: parse a module, chunk it under a fraction of its peak,
//! print it. `cargo run -p autochunk-embed --example embed -- MODEL.mlir [FRACTION]`
use autochunk_embed::{chunk, estimate_memory, parse, print, Budget, ChunkOptions};

/// Chunks the module in `path` under `fraction` of its peak; returns the chunked text.
pub fn run(path: &str, fraction: f64) -> Result<String, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;
    let mut module = parse(&text, path)?;
    let before = estimate_memory(&module)?;
    let plan = chunk(
        &mut module,
        Budget::Fraction(fraction),
        &ChunkOptions::default(),
    )?;
    eprintln!(
        "@{}: peak {} -> {} bytes (arena {}), {} regions, +{:.1}% time",
        plan.function,
        before.peak,
        plan.predicted_peak,
        plan.arena_bytes,
        plan.regions.len(),
        100.0 * plan.cost_seconds / plan.baseline_seconds
    );
    Ok(print(&module))
}

#[allow(dead_code)] // Not called where the tests include this file as a module.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: embed MODEL.mlir [FRACTION]")?;
    let fraction = args.next().map_or(Ok(0.2), |f| f.parse())?;
    print!("{}", run(&path, fraction)?);
    Ok(())
}
