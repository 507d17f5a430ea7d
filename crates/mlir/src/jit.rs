//! The CPU JIT: a module lowered through [`crate::pipeline::cpu_llvm_pipeline`] and
//! run by MLIR's ExecutionEngine, with the reference runtime's `HostTensor`s in and out.
//!
//! The entry function is converted with `llvm.emit_c_interface` and called through
//! `_mlir_ciface_<name>(results*, args*...)`, each memref argument passed as a
//! strided descriptor `{allocated, aligned, offset, sizes[r], strides[r]}` pointing at
//! the caller's data (no copy). Results are buffers the compiled code allocated (the
//! ownership-based deallocation pipeline makes returned buffers owned by the caller);
//! they are copied out and freed.
//!
//! Not yet: the runtime's arena plan (intermediates use malloc/free, see
//! `docs/lowering.md`).
use crate::{ConvertOptions, Error, Lowering};
use ir::{Module, OpId, Type};
use melior::ExecutionEngine;
use runtime::{DType, HostTensor, TensorData};
use std::ffi::c_void;

/// A module compiled for the CPU, ready to run many times.
pub struct Compiled {
    // Field order: the engine must drop before the context it was built in.
    engine: ExecutionEngine,
    _lowering: Box<Lowering>,
    /// The entry function's name; the C API calls its `_mlir_ciface_` wrapper.
    symbol: String,
    inputs: Vec<(Vec<usize>, DType)>,
    outputs: Vec<(Vec<usize>, DType)>,
}

extern "C" {
    fn free(p: *mut c_void);
}

fn signature(m: &Module, func: OpId, types: &[Type]) -> Result<Vec<(Vec<usize>, DType)>, Error> {
    types
        .iter()
        .map(|t| {
            let d = t.element().and_then(DType::of);
            let s = t.shape().map(|s| s.iter().map(|&x| x as usize).collect());
            match (s, d) {
                (Some(s), Some(d)) => Ok((s, d)),
                _ => Err(Error::Conversion(ir::err!(
                    &m.op(func).loc,
                    "cannot run type {t} on the MLIR CPU backend"
                ))),
            }
        })
        .collect()
}

/// The shared runtime library that holds `memrefCopy` and friends, when installed.
fn runner_utils() -> Option<String> {
    let dir = std::env::var("MLIR_SYS_190_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-19".into());
    let p = format!("{dir}/lib/libmlir_c_runner_utils.so");
    std::path::Path::new(&p).exists().then_some(p)
}

impl Compiled {
    /// Converts, lowers and JIT-compiles the entry function (`@main`, else the only
    /// function) of a verified module.
    pub fn new(m: &Module, opt_level: usize) -> Result<Compiled, Error> {
        let func = runtime::entry_function(m).map_err(|e| Error::Mlir {
            stage: e,
            messages: vec![],
        })?;
        let name = func_dialect::symbol_name(m, func)
            .unwrap_or("main")
            .to_string();
        let (ins, outs) = func_dialect::function_type(m, func).ok_or_else(|| Error::Mlir {
            stage: "the entry function has no type".into(),
            messages: vec![],
        })?;
        let inputs = signature(m, func, ins)?;
        let outputs = signature(m, func, outs)?;
        let lowering = Box::new(Lowering::new());
        let engine = {
            let mut module = lowering.convert(m, &ConvertOptions { c_interface: true })?;
            lowering.to_llvm_dialect(&mut module)?;
            let libs: Vec<String> = runner_utils().into_iter().collect();
            let libs: Vec<&str> = libs.iter().map(String::as_str).collect();
            lowering.take_diagnostics();
            let engine = ExecutionEngine::new(&module, opt_level, &libs, false);
            // SAFETY: the engine keeps its own copy of the compiled code; the module
            // may be dropped (melior's own tests do the same).
            engine
        };
        // The engine compiles lazily, on the first lookup of a symbol: look the packed
        // entry point up now, so that compilation happens here and not in the first
        // `run`. A null pointer means the JIT could not compile the module.
        if engine.lookup(&format!("_mlir_{name}")).is_null() {
            return Err(Error::Mlir {
                stage: format!("the JIT could not compile {name}"),
                messages: lowering.take_diagnostics(),
            });
        }
        Ok(Compiled {
            engine,
            _lowering: lowering,
            symbol: name,
            inputs,
            outputs,
        })
    }

    /// Runs the function on `inputs` (shapes and types must match the signature).
    pub fn run(&self, inputs: &[HostTensor]) -> Result<Vec<HostTensor>, Error> {
        if inputs.len() != self.inputs.len() {
            return Err(Error::Mlir {
                stage: format!(
                    "the function takes {} inputs, {} given",
                    self.inputs.len(),
                    inputs.len()
                ),
                messages: vec![],
            });
        }
        let mut descs: Vec<Vec<i64>> = Vec::new();
        for (i, (t, (shape, dtype))) in inputs.iter().zip(&self.inputs).enumerate() {
            if &t.shape != shape || t.dtype() != *dtype {
                return Err(Error::Mlir {
                    stage: format!(
                        "input #{i} is {} but the function expects {:?} {:?}",
                        t.type_string(),
                        shape,
                        dtype
                    ),
                    messages: vec![],
                });
            }
            let ptr = match &t.data {
                TensorData::F32(v) => v.as_ptr() as i64,
                TensorData::I32(v) => v.as_ptr() as i64,
                TensorData::I64(v) => v.as_ptr() as i64,
                TensorData::I1(v) => v.as_ptr() as i64,
            };
            let mut d = vec![ptr, ptr, 0];
            d.extend(shape.iter().map(|&s| s as i64));
            d.extend(contiguous_strides(shape));
            descs.push(d);
        }
        let out_len: usize = self.outputs.iter().map(|(s, _)| 3 + 2 * s.len()).sum();
        let mut result = vec![0i64; out_len.max(1)];
        let mut result_ptr = result.as_mut_ptr() as *mut c_void;
        let mut arg_ptrs: Vec<*mut c_void> = descs
            .iter_mut()
            .map(|d| d.as_mut_ptr() as *mut c_void)
            .collect();
        let mut packed: Vec<*mut ()> = Vec::new();
        if !self.outputs.is_empty() {
            packed.push(&mut result_ptr as *mut *mut c_void as *mut ());
        }
        for p in &mut arg_ptrs {
            packed.push(p as *mut *mut c_void as *mut ());
        }
        // SAFETY: every pointer points at a live descriptor of the type the compiled
        // function expects (checked above against its signature).
        unsafe { self.engine.invoke_packed(&self.symbol, &mut packed) }.map_err(|e| {
            Error::Mlir {
                stage: format!("calling {} failed: {e}", self.symbol),
                messages: self._lowering.take_diagnostics(),
            }
        })?;
        let input_ptrs: Vec<i64> = descs.iter().map(|d| d[0]).collect();
        let mut freed: Vec<i64> = Vec::new();
        let mut outs = Vec::new();
        let mut at = 0;
        for (shape, dtype) in &self.outputs {
            let r = shape.len();
            let d = &result[at..at + 3 + 2 * r];
            at += 3 + 2 * r;
            let (alloc, aligned, offset) = (d[0], d[1], d[2] as isize);
            let sizes = &d[3..3 + r];
            let strides = &d[3 + r..];
            let n: usize = shape.iter().product();
            let idx = |flat: usize| -> isize {
                let mut rem = flat;
                let mut off = offset;
                for k in (0..r).rev() {
                    let s = sizes[k] as usize;
                    off += (rem % s) as isize * strides[k] as isize;
                    rem /= s;
                }
                off
            };
            // SAFETY: the descriptor comes from the compiled function and describes
            // a buffer of `shape` elements of `dtype`.
            let data = unsafe {
                match dtype {
                    DType::F32 => {
                        let p = aligned as *const f32;
                        TensorData::F32((0..n).map(|i| *p.offset(idx(i))).collect())
                    }
                    DType::I32 => {
                        let p = aligned as *const i32;
                        TensorData::I32((0..n).map(|i| *p.offset(idx(i))).collect())
                    }
                    DType::I64 => {
                        let p = aligned as *const i64;
                        TensorData::I64((0..n).map(|i| *p.offset(idx(i))).collect())
                    }
                    DType::I1 => {
                        let p = aligned as *const u8;
                        TensorData::I1((0..n).map(|i| *p.offset(idx(i)) & 1).collect())
                    }
                }
            };
            outs.push(HostTensor::new(shape.clone(), data));
            if alloc != 0 && !input_ptrs.contains(&alloc) && !freed.contains(&alloc) {
                freed.push(alloc);
            }
        }
        for p in freed {
            // SAFETY: result buffers are malloc'ed by the compiled code and owned by
            // the caller; each is freed once.
            unsafe { free(p as *mut c_void) };
        }
        Ok(outs)
    }
}

fn contiguous_strides(shape: &[usize]) -> Vec<i64> {
    let mut s = vec![1i64; shape.len()];
    for k in (0..shape.len().saturating_sub(1)).rev() {
        s[k] = s[k + 1] * shape[k + 1] as i64;
    }
    s
}
