//! The two routes to PTX agree: for every module the MLIR route
//! (`gpu-module-to-binary`) compiles, LLVM's NVPTX target machine through inkwell
//! (`--ptx-backend=llvm`) compiles it too, with the same host plan and the same
//! kernels, and ptxas assembles its PTX for sm_90 (skipped, and said, without
//! ptxas). Covered: the conversion and runtime lit inputs, the lowering's programs,
//! and the examples plain and autochunked.
#[path = "../../mlir/tests/common/mod.rs"]
mod common;
use common::{assemble, autochunk, modules_in, parse, ptxas, root};
use mlir::gpu::GpuOptions;

/// Both routes on `m`; true when the MLIR route compiled it.
fn both_routes(m: &ir::Module, what: &str, options: &GpuOptions) -> bool {
    let Ok(by_mlir) = mlir::gpu::emit_ptx_with(m, "sm_90", options) else {
        assert!(
            aot::ptx::emit_ptx(m, "sm_90", options, 3).is_err(),
            "{what}: only the LLVM route compiles it"
        );
        return false;
    };
    let by_llvm = aot::ptx::emit_ptx(m, "sm_90", options, 3)
        .unwrap_or_else(|e| panic!("{what}: the MLIR route compiles it, the LLVM route: {e}"));
    assert_eq!(by_mlir.plan, by_llvm.plan, "{what}: host plans differ");
    assert_eq!(by_mlir.kernels, by_llvm.kernels, "{what}: kernels differ");
    for k in &by_llvm.kernels {
        assert!(
            by_llvm.ptx.contains(&format!(".entry {k}(")),
            "{what}: no .entry {k} in the LLVM route's PTX"
        );
    }
    assert!(by_llvm.ptx.contains(".target sm_90"), "{what}");
    assemble(&by_llvm.ptx, what);
    true
}

#[test]
fn both_routes_compile_every_module_with_the_same_plan() {
    if ptxas().is_none() {
        eprintln!("skipped: ptxas not found (set PTXAS or run scripts/install-deps.sh); the plans are still compared");
    }
    let mut compiled = 0;
    for (name, m) in modules_in(&[
        "lit-tests/Conversion",
        "lit-tests/Runtime/Inputs",
        "crates/mlir/tests/programs",
    ]) {
        compiled += usize::from(both_routes(&m, &name, &GpuOptions::default()));
    }
    let rows = GpuOptions {
        row_reductions: true,
    };
    for (f, budget) in [
        ("examples/gpt-tiny.mlir", None),
        ("examples/vit-tiny.mlir", None),
        ("examples/unet-tiny.mlir", None),
        ("examples/evoformer-tiny.mlir", None),
        ("examples/gpt-tiny-fused.mlir", Some("0.8")),
        ("examples/evoformer-tri-tiny.mlir", Some("0.5")),
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let mut m = parse(&src, f);
        if let Some(b) = budget {
            m = autochunk(&m, &format!("budget={b}")).expect("the budget is feasible");
        }
        compiled += usize::from(both_routes(&m, f, &GpuOptions::default()));
        compiled += usize::from(both_routes(&m, &format!("{f} (row reductions)"), &rows));
    }
    assert!(compiled > 20, "only {compiled} modules compiled");
}

/// An opt level beyond 3 is an error, not LLVM's abort.
#[test]
fn opt_levels_above_three_are_refused() {
    let src = std::fs::read_to_string(root().join("examples/gpt-tiny.mlir")).unwrap();
    let m = parse(&src, "gpt-tiny.mlir");
    let e = aot::ptx::emit_ptx(&m, "sm_90", &GpuOptions::default(), 4)
        .err()
        .unwrap();
    assert!(e.to_string().contains("optimisation level 4"), "{e}");
}
