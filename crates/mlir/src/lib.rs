//! Lowering of `nn` + `chunk` modules into upstream MLIR through melior.
//!
//! 1. [`emit::convert_module`] writes the module as upstream MLIR text (`linalg`,
//!    `tensor`, `scf`, `arith`, `math`, `func`); an op or type without a lowering is a
//!    located error naming the op.
//! 2. [`Lowering::parse`] parses that text with MLIR and verifies it.
//! 3. [`pipeline`] holds the pass pipelines (one readable list) and runs them;
//!    [`Lowering::to_llvm_dialect`] lowers to the LLVM dialect for the CPU.
//! 4. [`Lowering::translate_to_llvm_ir`] translates the LLVM dialect to LLVM IR text.
//!
//! The context carries a diagnostic handler: every MLIR failure (parse, verify, pass)
//! is returned as an [`Error::Mlir`] with MLIR's own messages, never a crash and never
//! a bare "pass failed".
pub mod abi;
pub mod emit;
pub mod gemm;
pub mod gpu;
pub mod jit;
pub mod pipeline;

pub use emit::{convert_module, ConvertOptions};

use melior::dialect::DialectRegistry;
use melior::ir::Module;
use melior::utility::{register_all_dialects, register_all_llvm_translations, register_all_passes};
use melior::Context;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// Why a lowering failed.
#[derive(Debug)]
pub enum Error {
    /// The conversion from our IR: an op or type without a lowering, at its location.
    Conversion(ir::Diagnostic),
    /// MLIR rejected something; `messages` are its diagnostics, `loc: message`.
    Mlir {
        stage: String,
        messages: Vec<String>,
    },
    /// A compiled program refused its inputs, at the op that would have failed
    /// (an embedding id out of range, as the reference runtime reports it).
    Run(ir::Diagnostic),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Conversion(d) | Error::Run(d) => write!(f, "{d}"),
            Error::Mlir { stage, messages } => {
                write!(f, "error: {stage}")?;
                for m in messages {
                    write!(f, "\n{m}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The error located at `loc` (the function being lowered) when it has no location
    /// of its own: MLIR's diagnostics refer to the converted text, not the input file,
    /// so they follow as notes (`MLIR: loc(...): error: ...`).
    pub fn located(self, loc: &ir::Location) -> Error {
        match self {
            Error::Mlir { stage, messages } => {
                let mut d = ir::Diagnostic::error(loc.clone(), stage);
                for m in messages {
                    d = d.with_note(loc.clone(), format!("MLIR: {m}"));
                }
                Error::Conversion(d)
            }
            located => located,
        }
    }
}

impl From<ir::Diagnostic> for Error {
    fn from(d: ir::Diagnostic) -> Self {
        Error::Conversion(d)
    }
}

/// `level` if it is an LLVM optimisation level (0 to 3): LLVM's optimiser setup treats
/// another level as impossible (it aborts), so every compiler of this project checks
/// first.
pub fn check_opt_level(level: usize) -> Result<(), Error> {
    if level > 3 {
        return Err(Error::Mlir {
            stage: format!("optimisation level {level}: expected 0, 1, 2 or 3"),
            messages: vec![],
        });
    }
    Ok(())
}

/// Options of the CPU lowering ([`Lowering::to_llvm_dialect_with`]).
#[derive(Clone, Debug, Default)]
pub struct CpuOptions {
    /// f32 contractions (`linalg.matmul`, `batch_matmul`, contraction generics)
    /// become calls to [`gemm::CONTRACT`], an external function the JIT provides
    /// ([`gemm::register`]: the reference runtime's packed GEMM); without it they
    /// are loops.
    pub external_gemm: bool,
}

/// An MLIR context with every upstream dialect, pass and LLVM translation registered
/// and a handler that collects diagnostics.
pub struct Lowering {
    context: Context,
    diagnostics: Rc<RefCell<Vec<String>>>,
}

impl Default for Lowering {
    fn default() -> Self {
        Self::new()
    }
}

impl Lowering {
    pub fn new() -> Self {
        let registry = DialectRegistry::new();
        register_all_dialects(&registry);
        let context = Context::new();
        context.append_dialect_registry(&registry);
        context.load_all_available_dialects();
        register_all_llvm_translations(&context);
        register_all_passes();
        let diagnostics = Rc::new(RefCell::new(Vec::new()));
        let sink = diagnostics.clone();
        context.attach_diagnostic_handler(move |d| {
            let mut text = format!("{}: {}: {}", d.location(), severity(&d), d);
            for i in 0..d.note_count() {
                if let Ok(n) = d.note(i) {
                    text.push_str(&format!("\n{}: note: {}", n.location(), n));
                }
            }
            sink.borrow_mut().push(text);
            true
        });
        Lowering {
            context,
            diagnostics,
        }
    }

    pub fn context(&self) -> &Context {
        &self.context
    }

    /// Diagnostics collected since the last call.
    pub fn take_diagnostics(&self) -> Vec<String> {
        std::mem::take(&mut self.diagnostics.borrow_mut())
    }

    /// Parses upstream MLIR text and verifies it.
    pub fn parse(&self, text: &str) -> Result<Module<'_>, Error> {
        // melior hands the text to MLIR as a C string (a NUL would panic there).
        if let Some(at) = text.find('\0') {
            return Err(Error::Mlir {
                stage: format!("the MLIR text holds a NUL character at byte {at}"),
                messages: vec![],
            });
        }
        self.take_diagnostics();
        let module = Module::parse(&self.context, text).ok_or_else(|| Error::Mlir {
            stage: "MLIR could not parse the converted module".into(),
            messages: self.take_diagnostics(),
        })?;
        if !module.as_operation().verify() {
            return Err(Error::Mlir {
                stage: "the converted module does not verify".into(),
                messages: self.take_diagnostics(),
            });
        }
        Ok(module)
    }

    /// Converts our module and parses the result: upstream dialects on tensors.
    pub fn convert(&self, m: &ir::Module, options: &ConvertOptions) -> Result<Module<'_>, Error> {
        let text = convert_module(m, options)?;
        self.parse(&text)
    }

    /// Runs the CPU pipeline ([`pipeline::cpu_llvm_pipeline`]): LLVM dialect, with
    /// every op in loops (self-contained: no external function but libm's).
    pub fn to_llvm_dialect(&self, module: &mut Module) -> Result<(), Error> {
        self.to_llvm_dialect_with(module, &CpuOptions::default())
    }

    /// [`Lowering::to_llvm_dialect`] with options: the pipeline's two halves
    /// ([`pipeline::cpu_bufferize_pipeline`], [`pipeline::cpu_to_llvm_pipeline`]) and
    /// between them, with [`CpuOptions::external_gemm`], [`gemm::outline`].
    pub fn to_llvm_dialect_with(
        &self,
        module: &mut Module,
        options: &CpuOptions,
    ) -> Result<(), Error> {
        pipeline::run(
            self,
            module,
            "cpu-bufferize",
            &pipeline::cpu_bufferize_pipeline(),
        )?;
        if options.external_gemm {
            gemm::outline(&self.context, module)?;
        }
        pipeline::run(self, module, "cpu-llvm", &pipeline::cpu_to_llvm_pipeline())
    }

    /// Translates a module in the LLVM dialect into LLVM IR text.
    pub fn translate_to_llvm_ir(&self, module: &Module) -> Result<String, Error> {
        self.translate(module, true).map(Option::unwrap_or_default)
    }

    /// Whether the module translates to LLVM IR (an error with MLIR's diagnostics if
    /// not), without printing it.
    pub fn check_translates(&self, module: &Module) -> Result<(), Error> {
        self.translate(module, false).map(|_| ())
    }

    /// Translates `op` (a module in the LLVM dialect, or a `gpu.module` in the NVVM
    /// dialect) into a new LLVM module of `llvm_context`; the caller owns the module.
    /// A failed translation is an error with MLIR's diagnostics.
    ///
    /// # Safety
    /// `op` must be an op of this lowering's context and `llvm_context` a live LLVM
    /// context.
    pub unsafe fn translate_into(
        &self,
        op: mlir_sys::MlirOperation,
        llvm_context: mlir_sys::LLVMContextRef,
    ) -> Result<mlir_sys::LLVMModuleRef, Error> {
        self.take_diagnostics();
        // SAFETY: the caller's guarantees.
        let llvm_module = unsafe { mlir_sys::mlirTranslateModuleToLLVMIR(op, llvm_context) };
        if llvm_module.is_null() {
            return Err(Error::Mlir {
                stage: "translation to LLVM IR failed".into(),
                messages: self.take_diagnostics(),
            });
        }
        Ok(llvm_module)
    }

    /// Translates into a fresh LLVM context, optionally prints the LLVM module, and
    /// disposes of both.
    fn translate(&self, module: &Module, print: bool) -> Result<Option<String>, Error> {
        // SAFETY: the LLVM context and module are created and disposed here (module
        // before context); the printed string is copied before LLVM frees it.
        unsafe {
            let llvm_context = LLVMContextCreate();
            let llvm_module = match self.translate_into(
                module.as_operation().to_raw(),
                llvm_context as mlir_sys::LLVMContextRef,
            ) {
                Ok(m) => m,
                Err(e) => {
                    LLVMContextDispose(llvm_context);
                    return Err(e);
                }
            };
            let text = print.then(|| {
                let raw = LLVMPrintModuleToString(llvm_module as *mut std::ffi::c_void);
                let text = std::ffi::CStr::from_ptr(raw).to_string_lossy().into_owned();
                LLVMDisposeMessage(raw);
                text
            });
            LLVMDisposeModule(llvm_module as *mut std::ffi::c_void);
            LLVMContextDispose(llvm_context);
            Ok(text)
        }
    }
}

fn severity(d: &melior::diagnostic::Diagnostic) -> &'static str {
    use melior::diagnostic::DiagnosticSeverity as S;
    match d.severity() {
        S::Error => "error",
        S::Warning => "warning",
        S::Note => "note",
        S::Remark => "remark",
    }
}

// The LLVM-C functions needed to print a translated module; they are in the LLVM
// libraries mlir-sys links.
extern "C" {
    fn LLVMContextCreate() -> *mut std::ffi::c_void;
    fn LLVMContextDispose(c: *mut std::ffi::c_void);
    fn LLVMPrintModuleToString(m: *mut std::ffi::c_void) -> *mut std::ffi::c_char;
    fn LLVMDisposeMessage(s: *mut std::ffi::c_char);
    fn LLVMDisposeModule(m: *mut std::ffi::c_void);
}
