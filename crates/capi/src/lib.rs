//! The C API (`include/autochunk.h`): opaque handles over `autochunk-embed`, in the
//! style of the MLIR C API. Each function checks its pointers, runs the Rust call
//! under `catch_unwind` (a panic must not unwind into C: it is reported as an internal
//! error instead) and reports errors through the caller's diagnostic callback.
#![allow(clippy::missing_safety_doc)] // The header documents each function's contract.

use autochunk_embed::{Budget, ChunkOptions, Error, Module, Plan};
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// `AutochunkModule`: a parsed, verified module.
pub struct AutochunkModule {
    module: Module,
}

/// `AutochunkPlan`: what a chunking did.
pub struct AutochunkPlan {
    plan: Plan,
}

/// `AutochunkRegion`, laid out as the header declares it.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct AutochunkRegion {
    pub ops: u64,
    pub dim: u64,
    pub extent: i64,
    pub chunk_size: i64,
    pub iterations: i64,
    pub peak_after: u64,
}

/// `AutochunkDiagnosticCallback`.
pub type DiagnosticCallback =
    Option<unsafe extern "C" fn(message: *const c_char, length: usize, user_data: *mut c_void)>;

/// Where diagnostics go for one call.
struct Reporter {
    callback: DiagnosticCallback,
    user_data: *mut c_void,
}

impl Reporter {
    fn report(&self, message: &str) {
        if let Some(f) = self.callback {
            // SAFETY: the callback's contract (header): it reads `length` bytes.
            unsafe { f(message.as_ptr().cast(), message.len(), self.user_data) }
        }
    }

    /// Runs `f`, reporting its error or a panic; `None` then.
    fn run<T>(&self, f: impl FnOnce() -> Result<T, String>) -> Option<T> {
        match catch_unwind(AssertUnwindSafe(f)) {
            Ok(Ok(v)) => Some(v),
            Ok(Err(message)) => {
                self.report(&message);
                None
            }
            Err(_) => {
                self.report("error: internal error in autochunk (a panic); please report it");
                None
            }
        }
    }
}

fn message(e: Error) -> String {
    e.to_string()
}

/// The `length` bytes at `data` as UTF-8 text (a NULL `data` is an error unless
/// `length` is 0).
unsafe fn text<'a>(data: *const c_char, length: usize, what: &str) -> Result<&'a [u8], String> {
    if data.is_null() {
        return if length == 0 {
            Ok(&[])
        } else {
            Err(format!("error: {what} is NULL"))
        };
    }
    // SAFETY: the caller passes `length` readable bytes at `data` (header).
    Ok(unsafe { std::slice::from_raw_parts(data.cast::<u8>(), length) })
}

#[no_mangle]
pub unsafe extern "C" fn autochunkModuleParse(
    data: *const c_char,
    length: usize,
    file_name: *const c_char,
    callback: DiagnosticCallback,
    user_data: *mut c_void,
) -> *mut AutochunkModule {
    let reporter = Reporter {
        callback,
        user_data,
    };
    reporter
        .run(|| {
            // SAFETY: as `text`'s contract; the file name is NUL-terminated or NULL.
            let bytes = unsafe { text(data, length, "the module text") }?;
            let file = if file_name.is_null() {
                "<text>".to_string()
            } else {
                unsafe { CStr::from_ptr(file_name) }
                    .to_string_lossy()
                    .into_owned()
            };
            let module = autochunk_embed::parse_bytes(bytes, &file).map_err(message)?;
            Ok(Box::into_raw(Box::new(AutochunkModule { module })))
        })
        .unwrap_or(std::ptr::null_mut())
}

#[no_mangle]
pub unsafe extern "C" fn autochunkModuleDestroy(module: *mut AutochunkModule) {
    if !module.is_null() {
        // SAFETY: a module from `autochunkModuleParse`, destroyed once (header).
        drop(unsafe { Box::from_raw(module) });
    }
}

#[no_mangle]
pub unsafe extern "C" fn autochunkModuleRunPipeline(
    module: *mut AutochunkModule,
    pipeline: *const c_char,
    length: usize,
    callback: DiagnosticCallback,
    user_data: *mut c_void,
) -> c_int {
    let reporter = Reporter {
        callback,
        user_data,
    };
    let done = reporter.run(|| {
        // SAFETY: a live module from `autochunkModuleParse` or NULL (header).
        let m = unsafe { module.as_mut() }.ok_or("error: the module is NULL")?;
        let bytes = unsafe { text(pipeline, length, "the pipeline") }?;
        let pipeline = std::str::from_utf8(bytes)
            .map_err(|_| "error: the pipeline is not UTF-8".to_string())?;
        autochunk_embed::run_pipeline(&mut m.module, pipeline).map_err(|e| match e {
            Error::Pipeline(p) => p.render(pipeline),
            other => other.to_string(),
        })
    });
    if done.is_some() {
        0
    } else {
        1
    }
}

#[no_mangle]
pub unsafe extern "C" fn autochunkModuleChunk(
    module: *mut AutochunkModule,
    fraction: f64,
    budget_bytes: u64,
    callback: DiagnosticCallback,
    user_data: *mut c_void,
) -> *mut AutochunkPlan {
    let reporter = Reporter {
        callback,
        user_data,
    };
    reporter
        .run(|| {
            // SAFETY: a live module or NULL (header).
            let m = unsafe { module.as_mut() }.ok_or("error: the module is NULL")?;
            let budget = match (fraction, budget_bytes) {
                (f, 0) => Budget::Fraction(f),
                (0.0, b) => Budget::Bytes(b),
                _ => return Err("error: give a fraction or a number of bytes, not both".into()),
            };
            let plan = autochunk_embed::chunk(&mut m.module, budget, &ChunkOptions::default())
                .map_err(message)?;
            Ok(Box::into_raw(Box::new(AutochunkPlan { plan })))
        })
        .unwrap_or(std::ptr::null_mut())
}

#[no_mangle]
pub unsafe extern "C" fn autochunkModuleEstimatePeak(
    module: *const AutochunkModule,
    callback: DiagnosticCallback,
    user_data: *mut c_void,
) -> u64 {
    let reporter = Reporter {
        callback,
        user_data,
    };
    reporter
        .run(|| {
            // SAFETY: a live module or NULL (header).
            let m = unsafe { module.as_ref() }.ok_or("error: the module is NULL")?;
            let estimate = autochunk_embed::estimate_memory(&m.module).map_err(message)?;
            Ok(estimate.peak)
        })
        .unwrap_or(u64::MAX)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkModulePrint(
    module: *const AutochunkModule,
    length: *mut usize,
) -> *mut c_char {
    // SAFETY: a live module or NULL (header).
    let Some(m) = (unsafe { module.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let Ok(text) = catch_unwind(AssertUnwindSafe(|| autochunk_embed::print(&m.module))) else {
        return std::ptr::null_mut();
    };
    if !length.is_null() {
        // SAFETY: the caller's out-parameter (header).
        unsafe { *length = text.len() };
    }
    // The printer escapes NUL in strings, so the text holds none.
    CString::new(text).map_or(std::ptr::null_mut(), CString::into_raw)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkStringDestroy(string: *mut c_char) {
    if !string.is_null() {
        // SAFETY: a string from `autochunkModulePrint`, destroyed once (header).
        drop(unsafe { CString::from_raw(string) });
    }
}

/// The plan behind `plan`, if it is not NULL.
unsafe fn plan<'a>(plan: *const AutochunkPlan) -> Option<&'a Plan> {
    // SAFETY: a live plan from `autochunkModuleChunk` or NULL (header).
    unsafe { plan.as_ref() }.map(|p| &p.plan)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanUnchunkedPeak(p: *const AutochunkPlan) -> u64 {
    unsafe { plan(p) }.map_or(0, |p| p.unchunked_peak)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanPredictedPeak(p: *const AutochunkPlan) -> u64 {
    unsafe { plan(p) }.map_or(0, |p| p.predicted_peak)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanBudget(p: *const AutochunkPlan) -> u64 {
    unsafe { plan(p) }.map_or(0, |p| p.budget)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanArenaBytes(p: *const AutochunkPlan) -> u64 {
    unsafe { plan(p) }.map_or(0, |p| p.arena_bytes)
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanNumRegions(p: *const AutochunkPlan) -> usize {
    unsafe { plan(p) }.map_or(0, |p| p.regions.len())
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanGetRegion(
    p: *const AutochunkPlan,
    index: usize,
    region: *mut AutochunkRegion,
) -> c_int {
    let (Some(p), false) = (unsafe { plan(p) }, region.is_null()) else {
        return 1;
    };
    let Some(r) = p.regions.get(index) else {
        return 1;
    };
    let out = AutochunkRegion {
        ops: r.ops as u64,
        dim: r.dim as u64,
        extent: r.extent,
        chunk_size: r.chunk_size,
        iterations: r.iterations,
        peak_after: r.peak_after,
    };
    // SAFETY: the caller's out-parameter, checked non-NULL above (header).
    unsafe { *region = out };
    0
}

#[no_mangle]
pub unsafe extern "C" fn autochunkPlanDestroy(p: *mut AutochunkPlan) {
    if !p.is_null() {
        // SAFETY: a plan from `autochunkModuleChunk`, destroyed once (header).
        drop(unsafe { Box::from_raw(p) });
    }
}
