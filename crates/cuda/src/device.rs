//! Running a resolved host plan on an NVIDIA GPU through cudarc (driver API and
//! cuBLAS, both loaded at run time, so this builds on machines without CUDA).
//!
//! [`Program::load`] opens the PTX, looks up every kernel, makes **one** arena
//! allocation of the plan's `arena_bytes`, one for the kernels' scratch, one per input
//! and per constant (uploaded here, once) and the cuBLAS workspace (set explicitly, so
//! its size is known and reported), and turns the plan's
//! commands into launches with concrete pointers. [`Program::run`] submits them on one
//! stream between two CUDA events; chunk loops are already unrolled on the host, each
//! iteration a pointer offset into the arena. Free device memory is read
//! (`cuMemGetInfo`) before the allocations and again after the runs.
use crate::plan::{self, Base, BlasGemm, Command, Copy2D, HostPlan, Param, PlanError, Ptr};
use cudarc::cublas::{self, CudaBlas};
use cudarc::driver::{
    result as cu, sys, CudaContext, CudaFunction, CudaModule, CudaStream, LaunchConfig,
    PushKernelArg,
};
use runtime::HostTensor;
use std::fmt;
use std::sync::Arc;

/// Why the GPU backend could not do something.
#[derive(Debug)]
pub enum Error {
    /// No driver library or no device: the caller may skip GPU work.
    NoDevice(String),
    /// The plan is malformed.
    Plan(PlanError),
    /// Inputs that do not fit the plan.
    Input(String),
    /// A CUDA driver or cuBLAS call failed.
    Cuda(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoDevice(s) => write!(f, "no CUDA device: {s}"),
            Error::Plan(e) => write!(f, "{e}"),
            Error::Input(s) => f.write_str(s),
            Error::Cuda(s) => write!(f, "CUDA: {s}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<PlanError> for Error {
    fn from(e: PlanError) -> Error {
        Error::Plan(e)
    }
}

fn driver(what: impl fmt::Display) -> impl FnOnce(cu::DriverError) -> Error {
    move |e| Error::Cuda(format!("{what}: {e}"))
}

fn blas(what: impl fmt::Display) -> impl FnOnce(cublas::result::CublasError) -> Error {
    move |e| Error::Cuda(format!("cuBLAS {what}: {e}"))
}

/// How to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Device ordinal.
    pub ordinal: usize,
    /// Let cuBLAS use TF32 tensor cores for f32 GEMMs (10-bit mantissa inputs: off
    /// by default, since results then differ from fp32 by far more than 1e-4).
    pub tf32: bool,
    /// The cuBLAS workspace this runtime allocates and hands to cuBLAS
    /// (`cublasSetWorkspace`); NVIDIA recommends 32 MiB on Hopper.
    pub cublas_workspace_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            ordinal: 0,
            tf32: false,
            cublas_workspace_bytes: 32 << 20,
        }
    }
}

/// The device as the driver describes it.
#[derive(Clone, Debug)]
pub struct DeviceInfo {
    pub name: String,
    pub compute_capability: (i32, i32),
    pub total_bytes: usize,
}

/// Opens the driver and device `ordinal`, or says why not. Never panics: cudarc
/// panics when its library is missing, so the library is looked for first.
pub fn open(ordinal: usize) -> Result<(Arc<CudaContext>, DeviceInfo), Error> {
    // SAFETY: only tries to dlopen the driver library.
    if !unsafe { sys::is_culib_present() } {
        return Err(Error::NoDevice(
            "the CUDA driver library (libcuda.so) was not found".into(),
        ));
    }
    let count = CudaContext::device_count()
        .map_err(|e| Error::NoDevice(format!("cuInit/cuDeviceGetCount failed: {e}")))?;
    let fits = i32::try_from(ordinal).is_ok_and(|o| o < count);
    if !fits {
        return Err(Error::NoDevice(format!(
            "device {ordinal} asked for, the driver sees {count}"
        )));
    }
    let ctx = CudaContext::new(ordinal).map_err(|e| {
        Error::NoDevice(format!("cannot create a context on device {ordinal}: {e}"))
    })?;
    let info = DeviceInfo {
        name: ctx.name().map_err(driver("cuDeviceGetName"))?,
        compute_capability: ctx
            .compute_capability()
            .map_err(driver("compute capability"))?,
        total_bytes: ctx.total_mem().map_err(driver("cuDeviceTotalMem"))?,
    };
    Ok((ctx, info))
}

/// One device allocation, freed on drop.
struct DevBuf {
    ptr: sys::CUdeviceptr,
    bytes: usize,
    ctx: Arc<CudaContext>,
}

impl DevBuf {
    fn new(ctx: &Arc<CudaContext>, bytes: usize, what: &str) -> Result<DevBuf, Error> {
        ctx.bind_to_thread().map_err(driver("bind context"))?;
        // A zero-byte allocation is an error in the driver; nothing can address it.
        let ptr = if bytes == 0 {
            0
        } else {
            // SAFETY: a plain allocation, freed in Drop.
            unsafe { cu::malloc_sync(bytes) }
                .map_err(driver(format!("cuMemAlloc of {bytes} bytes for {what}")))?
        };
        Ok(DevBuf {
            ptr,
            bytes,
            ctx: ctx.clone(),
        })
    }
}

impl Drop for DevBuf {
    fn drop(&mut self) {
        if self.ptr != 0 {
            let _ = self.ctx.bind_to_thread();
            // SAFETY: allocated by malloc_sync, freed once; the stream is synchronised
            // by Program's Drop before its buffers go.
            let _ = unsafe { cu::free_sync(self.ptr) };
        }
    }
}

/// A kernel parameter with its pointer resolved.
enum Raw {
    U64(u64),
    I64(i64),
    I32(i32),
    F32(f32),
}

enum DevCmd {
    Launch {
        func: usize,
        cfg: LaunchConfig,
        params: Vec<Raw>,
    },
    Gemm(BlasGemm),
    Copy(Copy2D),
}

/// The device's own view of memory around the runs.
#[derive(Clone, Debug)]
pub struct DeviceMemory {
    pub total_bytes: usize,
    /// Free memory after the context, module and cuBLAS handle, before this program's
    /// allocations.
    pub free_before: usize,
    /// Free memory now (after the runs, allocations still held).
    pub free_after: usize,
    pub arena_bytes: usize,
    /// Kernel workspace outside the runtime's plan (softmax/norm statistics, padding).
    pub scratch_bytes: usize,
    /// The plan's constant buffers.
    pub constant_bytes: usize,
    pub input_bytes: usize,
    pub cublas_workspace_bytes: usize,
}

impl DeviceMemory {
    /// `free_before - free_after`.
    pub fn drop_bytes(&self) -> i64 {
        self.free_before as i64 - self.free_after as i64
    }
    /// What this program allocated itself.
    pub fn allocated(&self) -> usize {
        self.arena_bytes
            + self.scratch_bytes
            + self.constant_bytes
            + self.input_bytes
            + self.cublas_workspace_bytes
    }
}

/// A plan loaded on a device, ready to run.
pub struct Program {
    // Field order is drop order: the cuBLAS handle before its workspace, kernels
    // before their module, buffers before the stream and context.
    blas: Option<CudaBlas>,
    commands: Vec<DevCmd>,
    functions: Vec<CudaFunction>,
    _module: Arc<CudaModule>,
    workspace: Option<DevBuf>,
    arena: DevBuf,
    scratch: DevBuf,
    inputs: Vec<DevBuf>,
    constants: Vec<DevBuf>,
    stream: Arc<CudaStream>,
    ctx: Arc<CudaContext>,
    pub plan: HostPlan,
    pub info: DeviceInfo,
    free_before: usize,
    pub options: Options,
}

impl Drop for Program {
    fn drop(&mut self) {
        let _ = self.stream.synchronize();
    }
}

impl Program {
    /// Opens the device, loads `ptx`, allocates and lays out everything `plan` needs.
    pub fn load(ptx: &str, plan: HostPlan, options: &Options) -> Result<Program, Error> {
        plan.validate()?;
        let commands = plan::resolve(&plan)?;
        plan::check_ptx(&plan, &commands, ptx)?;
        let (ctx, info) = open(options.ordinal)?;
        let stream = ctx.new_stream().map_err(driver("cuStreamCreate"))?;
        let module = ctx
            .load_module(cudarc::nvrtc::Ptx::from_src(ptx))
            .map_err(|e| {
                Error::Cuda(format!(
                    "cuModuleLoadData (PTX for {}, device {} is sm_{}{}): {e}",
                    plan.chip, info.name, info.compute_capability.0, info.compute_capability.1
                ))
            })?;
        let functions = plan
            .kernels
            .iter()
            .map(|k| {
                module
                    .load_function(k)
                    .map_err(driver(format!("kernel '{k}' (cuModuleGetFunction)")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let has_gemm = commands.iter().any(|c| matches!(c, Command::Gemm(_)));
        let blas_handle = if has_gemm {
            // SAFETY: only tries to dlopen the library.
            if !unsafe { cublas::sys::is_culib_present() } {
                return Err(Error::Cuda(
                    "the plan has GEMM steps but libcublas.so was not found (on the H200 machine: LD_LIBRARY_PATH=/usr/local/cuda/lib64)".into(),
                ));
            }
            let h = CudaBlas::new(stream.clone()).map_err(blas("cublasCreate"))?;
            let mode = if options.tf32 {
                cublas::sys::cublasMath_t::CUBLAS_TF32_TENSOR_OP_MATH
            } else {
                cublas::sys::cublasMath_t::CUBLAS_DEFAULT_MATH
            };
            // SAFETY: a live handle.
            unsafe { cublas::sys::cublasSetMathMode(*h.handle(), mode) }
                .result()
                .map_err(blas("cublasSetMathMode"))?;
            Some(h)
        } else {
            None
        };
        ctx.synchronize().map_err(driver("synchronize"))?;
        let (free_before, _) = ctx.mem_get_info().map_err(driver("cuMemGetInfo"))?;
        let arena = DevBuf::new(&ctx, plan.arena_bytes as usize, "the arena")?;
        let inputs = plan
            .inputs
            .iter()
            .map(|i| DevBuf::new(&ctx, i.bytes as usize, &format!("input {}", i.index)))
            .collect::<Result<Vec<_>, _>>()?;
        let scratch = DevBuf::new(&ctx, plan.scratch_bytes as usize, "the kernel scratch")?;
        let mut constants = Vec::new();
        for (i, c) in plan.constants.iter().enumerate() {
            let bytes = c.bytes().map_err(|e| {
                Error::Plan(PlanError {
                    at: format!("constants[{i}]"),
                    message: e,
                })
            })?;
            let buf = DevBuf::new(&ctx, bytes.len(), &format!("constant {i}"))?;
            if !bytes.is_empty() {
                // On our stream, then waited for: the stream is non-blocking, so a
                // copy on the legacy default stream would not be ordered with it.
                // SAFETY: the buffer has exactly these bytes, which outlive the wait.
                unsafe { cu::memcpy_htod_async(buf.ptr, &bytes, stream.cu_stream()) }
                    .map_err(driver(format!("upload of constant {i}")))?;
                stream.synchronize().map_err(driver("synchronize"))?;
            }
            constants.push(buf);
        }
        let workspace = match &blas_handle {
            Some(h) => {
                let w = DevBuf::new(&ctx, options.cublas_workspace_bytes, "the cuBLAS workspace")?;
                // SAFETY: the buffer outlives the handle (field order).
                unsafe {
                    cublas::sys::cublasSetWorkspace_v2(
                        *h.handle(),
                        w.ptr as *mut std::ffi::c_void,
                        w.bytes,
                    )
                }
                .result()
                .map_err(blas("cublasSetWorkspace"))?;
                Some(w)
            }
            None => None,
        };
        if arena.ptr != 0 {
            // Zeroed once, so a plan that reads a slot before writing it reads zeros on
            // every run rather than whatever the card held.
            // SAFETY: inside the arena allocation.
            unsafe { cu::memset_d8_async(arena.ptr, 0, arena.bytes, stream.cu_stream()) }
                .map_err(driver("cuMemsetD8 of the arena"))?;
            stream.synchronize().map_err(driver("synchronize"))?;
        }
        let base = |b: Base| match b {
            Base::Arena => arena.ptr,
            Base::Input(i) => inputs[i].ptr,
            Base::Scratch => scratch.ptr,
            Base::Constant(i) => constants[i].ptr,
        };
        let dev = |p: Ptr| base(p.base) + p.byte;
        let dev_commands = commands
            .into_iter()
            .map(|c| match c {
                Command::Launch {
                    kernel,
                    grid,
                    block,
                    shared_bytes,
                    params,
                } => DevCmd::Launch {
                    func: kernel,
                    cfg: LaunchConfig {
                        grid_dim: (grid[0], grid[1], grid[2]),
                        block_dim: (block[0], block[1], block[2]),
                        shared_mem_bytes: shared_bytes,
                    },
                    params: params
                        .into_iter()
                        .map(|p| match p {
                            Param::Ptr(p) => Raw::U64(dev(p)),
                            Param::I64(x) => Raw::I64(x),
                            Param::I32(x) => Raw::I32(x),
                            Param::F32(x) => Raw::F32(x),
                        })
                        .collect(),
                },
                Command::Gemm(g) => DevCmd::Gemm(g),
                Command::Copy(c) => DevCmd::Copy(c),
            })
            .collect();
        Ok(Program {
            blas: blas_handle,
            commands: dev_commands,
            functions,
            _module: module,
            workspace,
            arena,
            scratch,
            inputs,
            constants,
            stream,
            ctx,
            plan,
            info,
            free_before,
            options: options.clone(),
        })
    }

    fn ptr(&self, p: Ptr) -> sys::CUdeviceptr {
        let base = match p.base {
            Base::Arena => self.arena.ptr,
            Base::Input(i) => self.inputs[i].ptr,
            Base::Scratch => self.scratch.ptr,
            Base::Constant(i) => self.constants[i].ptr,
        };
        base + p.byte
    }

    /// Copies the inputs to the device.
    pub fn upload(&mut self, inputs: &[HostTensor]) -> Result<(), Error> {
        plan::check_inputs(&self.plan, inputs).map_err(Error::Input)?;
        self.ctx.bind_to_thread().map_err(driver("bind context"))?;
        for (i, (t, buf)) in inputs.iter().zip(&self.inputs).enumerate() {
            let bytes = t.data.to_le_bytes();
            if !bytes.is_empty() {
                // On the program's stream (non-blocking: the legacy default stream
                // would not be ordered with its kernels), waited for before `bytes` goes.
                // SAFETY: the buffer holds exactly the input's bytes (checked above).
                unsafe { cu::memcpy_htod_async(buf.ptr, &bytes, self.stream.cu_stream()) }
                    .map_err(driver(format!("upload of input {i}")))?;
                self.stream.synchronize().map_err(driver("synchronize"))?;
            }
        }
        Ok(())
    }

    /// Runs every command once; returns the time between CUDA events recorded on the
    /// stream before the first and after the last command, in milliseconds.
    pub fn run(&mut self) -> Result<f32, Error> {
        self.ctx.bind_to_thread().map_err(driver("bind context"))?;
        let timing = Some(sys::CUevent_flags::CU_EVENT_DEFAULT);
        let start = self.stream.record_event(timing).map_err(driver("event"))?;
        for (i, c) in self.commands.iter().enumerate() {
            self.submit(c)
                .map_err(|e| Error::Cuda(format!("command {i}: {e}")))?;
        }
        let end = self.stream.record_event(timing).map_err(driver("event"))?;
        self.stream.synchronize().map_err(driver(
            "cuStreamSynchronize after the run (a kernel failed)",
        ))?;
        start.elapsed_ms(&end).map_err(driver("cuEventElapsedTime"))
    }

    fn submit(&self, c: &DevCmd) -> Result<(), String> {
        match c {
            DevCmd::Launch { func, cfg, params } => {
                let f = &self.functions[*func];
                let mut b = self.stream.launch_builder(f);
                for p in params {
                    match p {
                        Raw::U64(x) => b.arg(x),
                        Raw::I64(x) => b.arg(x),
                        Raw::I32(x) => b.arg(x),
                        Raw::F32(x) => b.arg(x),
                    };
                }
                // SAFETY: the parameters are the kernel's, in order, as the plan lays
                // them out; every pointer was checked to stay inside its buffer.
                unsafe { b.launch(*cfg) }
                    .map(|_| ())
                    .map_err(|e| format!("launch of '{}': {e}", self.plan.kernels[*func]))
            }
            DevCmd::Gemm(g) => self.gemm(g),
            DevCmd::Copy(c) => self.copy(c),
        }
    }

    fn gemm(&self, g: &BlasGemm) -> Result<(), String> {
        let h = self.blas.as_ref().ok_or("a GEMM without a cuBLAS handle")?;
        let int = |x: u64, what: &str| {
            i32::try_from(x).map_err(|_| format!("GEMM {what} = {x} does not fit cuBLAS's int"))
        };
        let op = |t: bool| {
            if t {
                cublas::sys::cublasOperation_t::CUBLAS_OP_T
            } else {
                cublas::sys::cublasOperation_t::CUBLAS_OP_N
            }
        };
        let (alpha, beta) = (1.0f32, g.beta);
        // SAFETY: pointers and strides were validated against the buffers.
        unsafe {
            cublas::result::sgemm_strided_batched(
                *h.handle(),
                op(g.trans_a),
                op(g.trans_b),
                int(g.m, "m")?,
                int(g.n, "n")?,
                int(g.k, "k")?,
                &alpha,
                self.ptr(g.a) as *const f32,
                int(g.lda, "lda")?,
                g.stride_a,
                self.ptr(g.b) as *const f32,
                int(g.ldb, "ldb")?,
                g.stride_b,
                &beta,
                self.ptr(g.c) as *mut f32,
                int(g.ldc, "ldc")?,
                g.stride_c,
                int(g.batch, "batch")?,
            )
        }
        .map_err(|e| format!("cublasSgemmStridedBatched: {e}"))
    }

    fn copy(&self, c: &Copy2D) -> Result<(), String> {
        let (src, dst) = (self.ptr(c.src), self.ptr(c.dst));
        let stream = self.stream.cu_stream();
        if c.height == 1 {
            // SAFETY: validated ranges.
            return unsafe { cu::memcpy_dtod_async(dst, src, c.width as usize, stream) }
                .map_err(|e| format!("cuMemcpyDtoDAsync: {e}"));
        }
        let p = sys::CUDA_MEMCPY2D {
            srcXInBytes: 0,
            srcY: 0,
            srcMemoryType: sys::CUmemorytype::CU_MEMORYTYPE_DEVICE,
            srcHost: std::ptr::null(),
            srcDevice: src,
            srcArray: std::ptr::null_mut(),
            srcPitch: c.src_pitch as usize,
            dstXInBytes: 0,
            dstY: 0,
            dstMemoryType: sys::CUmemorytype::CU_MEMORYTYPE_DEVICE,
            dstHost: std::ptr::null_mut(),
            dstDevice: dst,
            dstArray: std::ptr::null_mut(),
            dstPitch: c.dst_pitch as usize,
            WidthInBytes: c.width as usize,
            Height: c.height as usize,
        };
        // SAFETY: validated ranges; the descriptor is read before the call returns.
        unsafe { sys::cuMemcpy2DAsync_v2(&p, stream) }
            .result()
            .map_err(|e| format!("cuMemcpy2DAsync: {e}"))
    }

    /// Copies the outputs back, each gathered into a dense row-major tensor.
    pub fn download(&self) -> Result<Vec<HostTensor>, Error> {
        self.ctx.bind_to_thread().map_err(driver("bind context"))?;
        self.stream.synchronize().map_err(driver("synchronize"))?;
        let mut out = Vec::new();
        for (i, o) in self.plan.outputs.iter().enumerate() {
            let (lo, hi) = plan::view_span(&o.view);
            let mut bytes = vec![0u8; (hi - lo) as usize];
            if !bytes.is_empty() {
                let src = self.ptr(Ptr {
                    base: o.view.base,
                    byte: lo,
                });
                // SAFETY: the span was validated inside its base; waited for below.
                unsafe { cu::memcpy_dtoh_async(&mut bytes, src, self.stream.cu_stream()) }
                    .map_err(driver(format!("download of output {i}")))?;
                self.stream.synchronize().map_err(driver("synchronize"))?;
            }
            out.push(
                plan::gather(&o.view, &bytes, lo)
                    .map_err(|e| Error::Input(format!("output {i}: {e}")))?,
            );
        }
        Ok(out)
    }

    /// Free device memory before this program's allocations and now.
    pub fn memory(&self) -> Result<DeviceMemory, Error> {
        self.ctx.bind_to_thread().map_err(driver("bind context"))?;
        let (free_after, total) = self.ctx.mem_get_info().map_err(driver("cuMemGetInfo"))?;
        Ok(DeviceMemory {
            total_bytes: total,
            free_before: self.free_before,
            free_after,
            arena_bytes: self.arena.bytes,
            scratch_bytes: self.scratch.bytes,
            constant_bytes: self.constants.iter().map(|b| b.bytes).sum(),
            input_bytes: self.inputs.iter().map(|b| b.bytes).sum(),
            cublas_workspace_bytes: self.workspace.as_ref().map_or(0, |w| w.bytes),
        })
    }

    /// The number of device commands of one run (launches, GEMMs, copies).
    pub fn command_count(&self) -> usize {
        self.commands.len()
    }
}

/// Loads `FILE.ptx` and its plan `FILE.plan.json` (as `chunk-translate --emit=ptx`
/// writes them).
pub fn read_ptx_and_plan(ptx_path: &std::path::Path) -> Result<(String, HostPlan), String> {
    let ptx = std::fs::read_to_string(ptx_path)
        .map_err(|e| format!("cannot read '{}': {e}", ptx_path.display()))?;
    let plan_path = ptx_path.with_extension("plan.json");
    let text = std::fs::read_to_string(&plan_path)
        .map_err(|e| format!("cannot read the host plan '{}': {e}", plan_path.display()))?;
    let plan = HostPlan::parse(&text).map_err(|e| format!("'{}': {e}", plan_path.display()))?;
    Ok((ptx, plan))
}

/// Whether the CUDA driver library can be opened on this machine (no device needed).
pub fn driver_library_present() -> bool {
    // SAFETY: only tries to dlopen the library.
    unsafe { sys::is_culib_present() }
}
