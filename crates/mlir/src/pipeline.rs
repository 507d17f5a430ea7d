//! The MLIR pass pipelines, in one place.
//!
//! Every lowering after the conversion to upstream text is one of the pipelines below,
//! run by [`run`] through a melior `PassManager` on a context whose diagnostic handler
//! collects MLIR's own messages. Set `AUTOCHUNK_MLIR_DUMP=1` to print the module to
//! stderr before and after a pipeline, or `AUTOCHUNK_MLIR_DUMP=all` to also print it
//! after every pass.
use crate::{Error, Lowering};
use melior::ir::Module;
use melior::pass::PassManager;

/// Environment switch that dumps the IR around each pipeline.
pub const DUMP_ENV: &str = "AUTOCHUNK_MLIR_DUMP";

/// Tensor-level clean-up and elementwise fusion, still on upstream tensors, then
/// `eliminate-empty-tensors`: a `tensor.empty` whose result ends up inserted into a
/// destination (`tensor.insert_slice`, or `bufferization.materialize_in_destination`
/// into an arena slice) becomes that destination, so the op computes in place. It runs
/// after the fusion (whose `RemoveOutsDependency` would turn a destination back into
/// an empty tensor) and before `cse` (which would merge identical empty tensors of
/// different destinations).
pub const TENSOR_OPT: &[&str] = &[
    "canonicalize",
    "linalg-fuse-elementwise-ops",
    "canonicalize",
    "eliminate-empty-tensors",
    "cse",
];

/// Bufferisation: tensors become memrefs (function boundaries included, identity
/// layouts), then every allocation gets its deallocation.
pub const BUFFERIZE: &[&str] = &[
    "one-shot-bufferize{bufferize-function-boundaries=1 function-boundary-type-conversion=identity-layout-map}",
    "canonicalize",
    "buffer-deallocation-pipeline",
];

/// Loops and the LLVM dialect, for the CPU. `convert-bufferization-to-memref` first:
/// the deallocation pipeline returns a function argument (or a view of one) as a
/// `bufferization.clone` (the callee does not own its arguments), which nothing else
/// lowers; it becomes an allocation and a copy the caller owns.
pub const TO_LLVM: &[&str] = &[
    "convert-bufferization-to-memref",
    "convert-linalg-to-loops",
    "convert-scf-to-cf",
    "expand-strided-metadata",
    "lower-affine",
    "finalize-memref-to-llvm",
    "convert-math-to-funcs",
    "convert-math-to-llvm",
    "convert-math-to-libm",
    "convert-arith-to-llvm",
    "convert-func-to-llvm",
    "convert-cf-to-llvm",
    "reconcile-unrealized-casts",
];

/// CPU only: kernel scratch, after bufferisation and before the deallocation
/// pipeline. `cse` moves here from `TENSOR_OPT`: on tensors it merges identical
/// `linalg.fill`s of `tensor.empty` (the zero accumulators and reduction inits of
/// different ops), and bufferisation then gives every user of the shared fill but
/// one a copy (an allocation and a `memref.copy` each); on memrefs it merges only what
/// is really the same. Then scratch buffers move out of loops (chunk loops: one
/// buffer for all iterations instead of one per iteration, which on the stack would
/// pile up) and those of at most [`STACK_SCRATCH_BYTES`] to the stack (row statistics
/// of softmax and norms, small score matrices): what is left is `malloc`ed, see
/// `docs/lowering.md`.
pub const CPU_SCRATCH: &[&str] = &[
    "cse",
    "func.func(buffer-loop-hoisting,promote-buffers-to-stack{max-alloc-size-in-bytes=4096})",
];

/// The bound of `promote-buffers-to-stack` in [`CPU_SCRATCH`], in bytes.
pub const STACK_SCRATCH_BYTES: usize = 4096;

/// The CPU passes up to memrefs with their deallocations: `TENSOR_OPT` (without
/// `cse`), `BUFFERIZE` with [`CPU_SCRATCH`] before its deallocation pipeline.
fn cpu_bufferize_passes() -> Vec<&'static str> {
    let dealloc = "buffer-deallocation-pipeline";
    TENSOR_OPT
        .iter()
        .filter(|p| **p != "cse")
        .chain(BUFFERIZE.iter().filter(|p| **p != dealloc))
        .chain(CPU_SCRATCH)
        .copied()
        .chain([dealloc])
        .collect()
}

/// The whole CPU pipeline: upstream tensors to the LLVM dialect.
pub fn cpu_llvm_pipeline() -> String {
    let mut passes = cpu_bufferize_passes();
    passes.extend(TO_LLVM);
    format!("builtin.module({})", passes.join(","))
}

/// The CPU pipeline's first half, up to memrefs ([`cpu_bufferize_passes`]), still
/// linalg. [`crate::Lowering::to_llvm_dialect_with`] may rewrite the module
/// ([`crate::gemm::outline`]) before the second half, [`cpu_to_llvm_pipeline`].
pub fn cpu_bufferize_pipeline() -> String {
    format!("builtin.module({})", cpu_bufferize_passes().join(","))
}

/// The CPU pipeline's second half, `TO_LLVM`.
pub fn cpu_to_llvm_pipeline() -> String {
    format!("builtin.module({})", TO_LLVM.join(","))
}

/// Runs `pipeline` (a `builtin.module(...)` string) on `module`. A failing pass is an
/// error carrying every diagnostic MLIR emitted.
pub fn run(
    lowering: &Lowering,
    module: &mut Module,
    name: &str,
    pipeline: &str,
) -> Result<(), Error> {
    let dump = std::env::var(DUMP_ENV)
        .ok()
        .filter(|v| !v.is_empty() && v != "0");
    let pm = PassManager::new(lowering.context());
    if dump.as_deref() == Some("all") {
        lowering.context().enable_multi_threading(false);
        pm.enable_ir_printing();
    }
    melior::utility::parse_pass_pipeline(pm.as_operation_pass_manager(), pipeline).map_err(
        |e| Error::Mlir {
            stage: format!("{name}: parsing the pass pipeline"),
            messages: vec![e.to_string()],
        },
    )?;
    if dump.is_some() {
        eprintln!(
            "// -----// IR before {name}: {pipeline} //----- //\n{}",
            module.as_operation()
        );
    }
    lowering.take_diagnostics();
    let result = pm.run(module);
    let messages = lowering.take_diagnostics();
    if dump.is_some() {
        eprintln!(
            "// -----// IR after {name} //----- //\n{}",
            module.as_operation()
        );
    }
    match result {
        Ok(()) => Ok(()),
        Err(_) => Err(Error::Mlir {
            stage: format!("{name} pipeline failed"),
            messages,
        }),
    }
}

/// GPU, first step: the CPU's tensor clean-up and fusion, then bufferisation without
/// the deallocation pipeline (buffers are arena slots, scratch or inputs; the host
/// plan decides their lifetimes). `gpu.rs` then rewrites the bufferised text: GEMMs
/// become calls the host plan turns into BLAS steps, `memref.copy` becomes
/// `linalg.copy` (so copies are kernels too).
pub fn gpu_bufferize_pipeline() -> String {
    let bufferize: Vec<&str> = BUFFERIZE
        .iter()
        .copied()
        .filter(|p| *p != "buffer-deallocation-pipeline")
        .collect();
    let passes: Vec<&str> = TENSOR_OPT.iter().copied().chain(bufferize).collect();
    format!("builtin.module({})", passes.join(","))
}

/// GPU, second step: every linalg op becomes `scf.parallel` loops (reductions as
/// `scf.for` inside). `gpu.rs` then puts the innermost (contiguous) dimension of each
/// `scf.parallel` first, so that the tiling and mapping below give it to `threadIdx.x`.
pub const GPU_LOOPS: &str = "builtin.module(func.func(convert-linalg-to-parallel-loops))";

/// Thread-block tile of the parallel loops: 32 along the first (after the reorder: the
/// innermost, contiguous) dimension, 8 along the second, so a warp reads 32
/// consecutive elements and a block has up to 256 threads. Fixed-size tiles with an
/// in-bounds check inside (`no-min-max-bounds`) keep the launch sizes constant; sizes
/// that are not multiples of the tile are masked by that check.
pub const GPU_TILE: [u32; 2] = [32, 8];

/// GPU, third step: tile the parallel loops, map tile loops to blocks and in-tile loops
/// to threads (`gpu-map-parallel-loops`: first dimension to x), `gpu.launch`, constants
/// sunk into the launch bodies (fewer kernel parameters), outlined kernels. No
/// `canonicalize` between the tiling and the mapping: it would merge the tile loops
/// back into one. Host code keeps its `scf.for` chunk loops and views.
pub fn gpu_outline_pipeline() -> String {
    format!(
        "builtin.module(func.func(scf-parallel-loop-tiling{{parallel-loop-tile-sizes={},{} no-min-max-bounds=1}},gpu-map-parallel-loops,convert-parallel-loops-to-gpu,gpu-launch-sink-index-computations),gpu-kernel-outlining,func.func(lower-affine),canonicalize)",
        GPU_TILE[0], GPU_TILE[1]
    )
}

/// GPU, last step (after the kernels are merged into `gpu.module @kernels`): NVVM
/// target, kernels to NVVM, PTX (`format=isa`: no CUDA installation needed).
pub fn gpu_ptx_passes(chip: &str) -> Vec<String> {
    vec![
        format!("nvvm-attach-target{{chip={chip}}}"),
        "gpu.module(lower-affine,convert-scf-to-cf,convert-gpu-to-nvvm,reconcile-unrealized-casts)"
            .into(),
        "gpu-module-to-binary{format=isa}".into(),
    ]
}

/// The GPU pipeline from merged kernels to the NVVM dialect, for a compiler other than
/// `gpu-module-to-binary` ([`crate::gpu::PtxCompiler::External`]).
pub fn gpu_nvvm_pipeline(chip: &str) -> String {
    let passes = gpu_ptx_passes(chip);
    format!("builtin.module({})", passes[..passes.len() - 1].join(","))
}

/// The GPU pipeline from merged kernels to PTX.
pub fn gpu_ptx_pipeline(chip: &str) -> String {
    format!("builtin.module({})", gpu_ptx_passes(chip).join(","))
}

#[cfg(test)]
mod tests {
    /// The bound written in the pass options is the documented constant.
    #[test]
    fn stack_bound_matches_the_pass_option() {
        let option = format!("max-alloc-size-in-bytes={}", super::STACK_SCRATCH_BYTES);
        assert!(super::CPU_SCRATCH.iter().any(|p| p.contains(&option)));
    }
}
