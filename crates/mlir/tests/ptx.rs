//! `--emit=ptx` on every example model: the PTX holds one `.entry` per kernel of the
//! host plan, and every launch in the plan names one of them.
use ir::Context;
use std::path::Path;

#[test]
fn every_example_lowers_to_ptx_with_a_consistent_host_plan() {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let mut files: Vec<_> = std::fs::read_dir(root.join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    files.sort();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let ctx = Context::new();
        let m = parse::parse_source(&src, "x.mlir", &ctx).unwrap();
        ir::verify::verify(&m, &ctx).unwrap();
        let out = mlir::gpu::emit_ptx(&m, "sm_90").unwrap_or_else(|e| panic!("{f:?}: {e}"));
        assert!(out.ptx.contains(".target sm_90"), "{f:?}");
        let entries = out.ptx.matches(".visible .entry ").count();
        assert_eq!(entries, out.kernels.len(), "{f:?}");
        assert!(entries > 0, "{f:?}");
        for k in &out.kernels {
            assert!(out.ptx.contains(&format!(".entry {k}(")), "{f:?}: {k}");
        }
        let launches = out.plan.matches("\"op\": \"launch\"").count();
        assert!(launches >= entries, "{f:?}: every kernel is launched");
        eprintln!("{f:?}: {entries} kernels, {launches} launches");
    }
}
