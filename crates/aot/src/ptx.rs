//! PTX through LLVM's NVPTX target machine (`--ptx-backend=llvm`): the second route
//! beside MLIR's `gpu-module-to-binary`.
//!
//! The GPU lowering (`mlir::gpu`) is the same up to the merged `gpu.module` in the
//! NVVM dialect, and so is the host plan. The `gpu.module` is then translated to LLVM
//! IR (the NVVM translation marks each kernel `ptx_kernel`), given the
//! `nvptx64-nvidia-cuda` triple and the target machine's data layout, optimised with
//! `default<ON>` and written as assembly by the target machine for the chip (LLVM
//! picks the lowest PTX ISA version the chip needs, as it does for the MLIR route).
use crate::{optimise, Error};
use inkwell::context::Context;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetTriple,
};
use mlir::gpu::{GpuOptions, PtxCompiler, PtxOutput};

/// The triple of 64-bit CUDA devices.
pub const NVPTX_TRIPLE: &str = "nvptx64-nvidia-cuda";

/// [`mlir::gpu::emit_ptx_with`], the kernels compiled by LLVM's NVPTX target machine
/// at `opt_level` (0 to 3).
pub fn emit_ptx(
    m: &ir::Module,
    chip: &str,
    options: &GpuOptions,
    opt_level: u8,
) -> Result<PtxOutput, Error> {
    mlir::check_opt_level(usize::from(opt_level))?;
    let compile = |lowering: &mlir::Lowering, kernels, chip: &str| {
        compile_kernels(lowering, kernels, chip, opt_level).map_err(|e| match e {
            Error::Lowering(e) => e,
            other => mlir::Error::Mlir {
                stage: other.to_string(),
                messages: vec![],
            },
        })
    };
    Ok(mlir::gpu::emit_ptx_using(
        m,
        chip,
        options,
        PtxCompiler::External(&compile),
    )?)
}

/// The PTX of a `gpu.module` in the NVVM dialect.
fn compile_kernels(
    lowering: &mlir::Lowering,
    kernels: mlir_sys::MlirOperation,
    chip: &str,
    opt_level: u8,
) -> Result<String, Error> {
    Target::initialize_nvptx(&InitializationConfig::default());
    let triple = TargetTriple::create(NVPTX_TRIPLE);
    let target = Target::from_triple(&triple)
        .map_err(|e| Error::Llvm(format!("LLVM was built without the NVPTX target: {e}")))?;
    let level = crate::codegen_level(opt_level);
    let machine = target
        .create_target_machine(
            &triple,
            chip,
            "",
            level,
            RelocMode::Default,
            CodeModel::Default,
        )
        .ok_or_else(|| Error::Llvm(format!("cannot create an NVPTX target machine for {chip}")))?;
    let context = Context::create();
    let module = crate::translate(lowering, kernels, &context)?;
    module.set_triple(&triple);
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    module
        .verify()
        .map_err(|e| Error::Llvm(format!("the kernels' LLVM IR does not verify: {e}")))?;
    optimise(&module, &machine, opt_level)?;
    let ptx = machine
        .write_to_memory_buffer(&module, FileType::Assembly)
        .map_err(|e| Error::Llvm(format!("NVPTX code generation failed: {e}")))?;
    String::from_utf8(ptx.as_slice().to_vec())
        .map_err(|_| Error::Llvm("the NVPTX target machine wrote PTX that is not UTF-8".into()))
}
