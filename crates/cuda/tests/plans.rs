//! Plans written by chunk-translate, read by this crate: `tests/data/mlp.plan.json` is
//! `chunk-translate lit-tests/Target/ptx.mlir --emit=ptx -o mlp.ptx`, written on 2026-11-28
//! by the tree after commit 2fb35f5
//! (the example of `docs/host-plan.md`: a chunked MLP, loop offsets 0, 4, 6 of 10 rows,
//! a batched GEMM with a broadcast weight, three launches).
mod common;
use cuda::plan::{resolve, Base, Command, Param, Ptr};
use cuda::HostPlan;

/// `runtime::plan`'s arena size for a module file.
fn planned_peak(path: &std::path::Path) -> u64 {
    let m = common::load(path);
    let func = runtime::entry_function(&m).unwrap();
    runtime::plan(&m, func)
        .unwrap_or_else(|e| panic!("{e}"))
        .arena_size
}

#[test]
fn the_host_plan_docs_example_resolves() {
    let plan = HostPlan::parse(include_str!("data/mlp.plan.json")).unwrap();
    assert_eq!(plan.arena_bytes, 1152);
    let cmds = resolve(&plan).unwrap();
    assert_eq!(
        cmds.len(),
        3 * 4,
        "three iterations of one GEMM and three launches"
    );
    for (i, v0) in [0u64, 4, 6].into_iter().enumerate() {
        let Command::Gemm(g) = &cmds[4 * i] else {
            panic!("command {} is the GEMM", 4 * i)
        };
        // Row-major C [2, 4, 8]: cuBLAS computes Cᵀ (8 x 4) = Wᵀ · Xᵀ, W shared (stride 0).
        assert_eq!((g.m, g.n, g.k, g.batch), (8, 4, 8, 2));
        assert_eq!((g.trans_a, g.trans_b), (false, false));
        assert_eq!(
            (g.a, g.lda, g.stride_a),
            (
                Ptr {
                    base: Base::Input(1),
                    byte: 0
                },
                8,
                0
            )
        );
        assert_eq!(
            (g.b, g.ldb, g.stride_b),
            (
                Ptr {
                    base: Base::Input(0),
                    byte: 4 * 8 * v0
                },
                8,
                80
            )
        );
        assert_eq!(
            (g.c, g.ldc, g.stride_c),
            (
                Ptr {
                    base: Base::Arena,
                    byte: 896
                },
                8,
                32
            )
        );
        assert_eq!(g.beta, 0.0);
        // The last launch writes the chunk into the output's rows v0..v0+4.
        let Command::Launch {
            params,
            grid,
            block,
            ..
        } = &cmds[4 * i + 3]
        else {
            panic!("command {} is a launch", 4 * i + 3)
        };
        assert_eq!((*grid, *block), ([1, 1, 2], [32, 8, 1]));
        let out = params.len() - 9; // the last memref: 3 + 2 * 3 parameters
        assert_eq!(
            params[out..out + 3],
            [
                Param::Ptr(Ptr {
                    base: Base::Arena,
                    byte: 0
                }),
                Param::Ptr(Ptr {
                    base: Base::Arena,
                    byte: 0
                }),
                Param::I64(8 * v0 as i64),
            ]
        );
    }
}

/// Every plan `scripts/gpu-bench.sh prepare` left in `target/gpu` (when it has run on
/// this machine; `AUTOCHUNK_CUDA_PREPARED` names another folder, e.g. the
/// `GPU_DIR=target/gpu-row` of the row-reduction variant): valid, resolvable, and its
/// launches agree with the PTX's `.entry` parameter lists. No device needed; without
/// prepared plans there is nothing to check.
#[test]
fn prepared_plans_agree_with_their_ptx() {
    let root = match std::env::var_os("AUTOCHUNK_CUDA_PREPARED") {
        Some(dir) => std::path::PathBuf::from(dir),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/gpu"),
    };
    let mut plans: Vec<_> = ["fixtures", "bench"]
        .iter()
        .filter_map(|d| std::fs::read_dir(root.join(d)).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".plan.json"))
        .collect();
    plans.sort();
    if plans.is_empty() {
        println!("skipped: nothing prepared in {root:?} (scripts/gpu-bench.sh prepare)");
        return;
    }
    for p in &plans {
        let text = std::fs::read_to_string(p).unwrap();
        let plan = HostPlan::parse(&text).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        let cmds = resolve(&plan).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        let ptx_path = p.to_string_lossy().replace(".plan.json", ".ptx");
        let ptx = std::fs::read_to_string(&ptx_path).unwrap();
        cuda::plan::check_ptx(&plan, &cmds, &ptx).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        // The device arena is the reference runtime's planned peak for the same module
        // (the "predicted peak equal to the device arena").
        let mlir = p.to_string_lossy().replace(".plan.json", ".mlir");
        assert_eq!(
            plan.arena_bytes,
            planned_peak(std::path::Path::new(&mlir)),
            "{p:?}: arena_bytes differs from runtime::plan's arena"
        );
    }
    println!(
        "{} prepared plans agree with their PTX, and their arenas with runtime::plan",
        plans.len()
    );
}
