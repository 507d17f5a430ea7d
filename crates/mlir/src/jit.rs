//! The CPU JIT: a module lowered through [`crate::pipeline::cpu_llvm_pipeline`] and
//! run by MLIR's ExecutionEngine, with the reference runtime's `HostTensor`s in and out.
//!
//! The entry function is converted with `llvm.emit_c_interface` and called through
//! `_mlir_ciface_<name>(results*, args*...)`, each memref argument passed as a
//! strided descriptor `{allocated, aligned, offset, sizes[r], strides[r]}` pointing at
//! the caller's data (no copy).
//!
//! **Arena** (the default, [`Compiled::new`]): the entry function is converted with
//! [`ConvertOptions::arena`], so every activation lives in one arena of
//! `runtime::plan(..).arena_size` bytes at its planned offset. The arena is allocated
//! once, here, and passed as the last argument on every call; the function returns
//! nothing and the results are copied out of the arena at their planned offsets (a
//! result that is an argument is the input itself). What the compiled code still
//! allocates is kernel scratch, listed in `docs/lowering.md`.
//!
//! f32 contractions call the reference runtime's packed GEMM ([`crate::gemm`],
//! registered in the engine before it links the module), not loops.
//!
//! Embedding ids that are function inputs are checked in [`Compiled::run`] before
//! the call (the compiled code clamps ids, it cannot fail): an id out of range is
//! [`Error::Run`] with the reference runtime's message.
//!
//! Without the arena ([`Compiled::with_arena`] `false`), intermediates are
//! malloc'ed by the bufferised code and results are buffers the compiled code
//! allocated (the ownership-based deallocation pipeline makes returned buffers owned
//! by the caller); they are copied out and freed.
use crate::abi::{FunctionAbi, Source};
use crate::{ConvertOptions, Error, Lowering};
use ir::Module;
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
    /// Its inputs, outputs and the embedding ids checked before each call.
    abi: FunctionAbi,
    /// The activation arena, when the module was compiled with one.
    arena: Option<ArenaBuffer>,
}

/// The arena (the runtime's: 64-byte aligned, at least one alignment unit so it is
/// never null), allocated once per compiled module, and where each result is in it.
struct ArenaBuffer {
    buffer: runtime::Arena,
    /// The planned size.
    size: u64,
    results: Vec<Source>,
}

extern "C" {
    fn free(p: *mut c_void);
}

/// The shared runtime library that holds `memrefCopy` and friends, when installed,
/// as a NUL-terminated string: `mlirExecutionEngineCreate` reads each path's `data` as
/// a C string (ignoring the length melior passes), so without the terminator LLVM read
/// past the end of the Rust string ("Failed to create MemoryBuffer for:
/// .../libmlir_c_runner_utils.so<garbage>").
fn runner_utils() -> Option<String> {
    let dir = std::env::var("MLIR_SYS_190_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-19".into());
    let p = format!("{dir}/lib/libmlir_c_runner_utils.so");
    if p.contains('\0') || !std::path::Path::new(&p).exists() {
        return None;
    }
    Some(format!("{p}\0"))
}

impl Compiled {
    /// Converts, lowers and JIT-compiles the entry function (`@main`, else the only
    /// function) of a verified module.
    pub fn new(m: &Module, opt_level: usize) -> Result<Compiled, Error> {
        Self::with_arena(m, opt_level, true)
    }

    /// Bytes of the activation arena this module was compiled with (`None` without
    /// one): `runtime::plan`'s `arena_size`, allocated once in [`Compiled::new`].
    pub fn arena_bytes(&self) -> Option<u64> {
        self.arena.as_ref().map(|a| a.size)
    }

    /// [`Compiled::new`], with or without the planned arena.
    pub fn with_arena(m: &Module, opt_level: usize, arena: bool) -> Result<Compiled, Error> {
        crate::check_opt_level(opt_level)?;
        let func = runtime::entry_function(m).map_err(|e| Error::Mlir {
            stage: e.to_string(),
            messages: vec![],
        })?;
        let abi = FunctionAbi::of(m, func, arena)?;
        let name = abi.name.clone();
        let lowering = Box::new(Lowering::new());
        let engine = {
            let options = ConvertOptions {
                c_interface: true,
                arena,
            };
            let mut module = lowering.convert(m, &options)?;
            let cpu = crate::CpuOptions {
                external_gemm: true,
            };
            lowering.to_llvm_dialect_with(&mut module, &cpu)?;
            // `mlirExecutionEngineCreate` returns a null engine when the module does not
            // translate to LLVM IR, and melior cannot tell: translate once first, so
            // that failure is an error with MLIR's diagnostics, not a null dereference.
            lowering.check_translates(&module)?;
            let libs: Vec<String> = runner_utils().into_iter().collect();
            let libs: Vec<&str> = libs.iter().map(String::as_str).collect();
            lowering.take_diagnostics();
            let engine = ExecutionEngine::new(&module, opt_level, &libs, false);
            // SAFETY: the engine keeps its own copy of the compiled code; the module
            // may be dropped (melior's own tests do the same).
            engine
        };
        // Before the first lookup, which links the module against its symbols.
        crate::gemm::register(&engine);
        // The engine compiles lazily, on the first lookup of a symbol: look the packed
        // entry point up now, so that compilation happens here and not in the first
        // `run`. A null pointer means the JIT could not compile the module.
        if engine.lookup(&format!("_mlir_{name}")).is_null() {
            return Err(Error::Mlir {
                stage: format!("the JIT could not compile {name}"),
                messages: lowering.take_diagnostics(),
            });
        }
        let arena = match &abi.arena {
            Some(planned) => Some(ArenaBuffer {
                buffer: runtime::Arena::new(planned.size.max(runtime::ALIGNMENT)).map_err(|e| {
                    Error::Mlir {
                        stage: format!("cannot allocate the arena: {e}"),
                        messages: vec![],
                    }
                })?,
                size: planned.size,
                results: planned.results.clone(),
            }),
            None => None,
        };
        Ok(Compiled {
            engine,
            _lowering: lowering,
            symbol: name,
            arena,
            abi,
        })
    }

    /// Runs the function on `inputs` (shapes and types must match the signature).
    pub fn run(&self, inputs: &[HostTensor]) -> Result<Vec<HostTensor>, Error> {
        self.abi.check_inputs(inputs).map_err(|stage| Error::Mlir {
            stage,
            messages: vec![],
        })?;
        self.check_ids(inputs)?;
        let mut descs: Vec<Vec<i64>> = Vec::new();
        for (t, (shape, _)) in inputs.iter().zip(&self.abi.inputs) {
            let ptr = t.data.as_ptr() as i64;
            let mut d = vec![ptr, ptr, 0];
            d.extend(shape.iter().map(|&s| s as i64));
            d.extend(contiguous_strides(shape));
            descs.push(d);
        }
        if let Some(a) = &self.arena {
            let ptr = a.buffer.ptr() as i64;
            descs.push(vec![ptr, ptr, 0, a.size as i64, 1]);
        }
        let out_len: usize = self.abi.outputs.iter().map(|(s, _)| 3 + 2 * s.len()).sum();
        let mut result = vec![0i64; out_len.max(1)];
        let mut result_ptr = result.as_mut_ptr() as *mut c_void;
        let mut arg_ptrs: Vec<*mut c_void> = descs
            .iter_mut()
            .map(|d| d.as_mut_ptr() as *mut c_void)
            .collect();
        let mut packed: Vec<*mut ()> = Vec::new();
        if !self.abi.outputs.is_empty() && self.arena.is_none() {
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
        if let Some(a) = &self.arena {
            return Ok(self
                .abi
                .outputs
                .iter()
                .zip(&a.results)
                .map(|((shape, dtype), src)| match *src {
                    // A reshape of the argument: the same elements in the result's shape.
                    Source::Argument(i) => HostTensor::new(shape.clone(), inputs[i].data.clone()),
                    // SAFETY: the plan puts this result at `offset`, inside the arena,
                    // with `shape` elements of `dtype`, written by the call above.
                    Source::Arena(offset) => unsafe {
                        read_arena(a.buffer.ptr(), offset, shape, *dtype)
                    },
                })
                .collect());
        }
        let input_ptrs: Vec<i64> = descs.iter().map(|d| d[0]).collect();
        let mut freed: Vec<i64> = Vec::new();
        let mut outs = Vec::new();
        let mut at = 0;
        for (shape, dtype) in &self.abi.outputs {
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
                    DType::F16 => {
                        let p = aligned as *const runtime::tensor::f16;
                        TensorData::F16((0..n).map(|i| *p.offset(idx(i))).collect())
                    }
                    DType::BF16 => {
                        let p = aligned as *const runtime::tensor::bf16;
                        TensorData::BF16((0..n).map(|i| *p.offset(idx(i))).collect())
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

impl Compiled {
    /// The reference runtime's error for the first embedding id out of range among
    /// the inputs (`'nn.embedding' op id 7 at position 2 is out of range for a
    /// table of 4 rows`, at the op; the position counts in the function input, which
    /// in a chunk loop is the runtime's position plus the chunk's offset).
    fn check_ids(&self, inputs: &[HostTensor]) -> Result<(), Error> {
        for c in &self.abi.id_checks {
            let Some(t) = inputs.get(c.input) else {
                continue;
            };
            let bad = match &t.data {
                TensorData::I32(v) => v
                    .iter()
                    .map(|&x| x as i64)
                    .enumerate()
                    .find(|&(_, x)| usize::try_from(x).map_or(true, |r| r >= c.rows)),
                TensorData::I64(v) => v
                    .iter()
                    .copied()
                    .enumerate()
                    .find(|&(_, x)| usize::try_from(x).map_or(true, |r| r >= c.rows)),
                // The verifier admits integer ids only.
                _ => None,
            };
            if let Some((i, id)) = bad {
                return Err(Error::Run(ir::Diagnostic::error(
                    c.loc.clone(),
                    format!(
                        "'{}' op id {id} at position {i} is out of range for a table of {} rows",
                        c.name, c.rows
                    ),
                )));
            }
        }
        Ok(())
    }
}

fn contiguous_strides(shape: &[usize]) -> Vec<i64> {
    let mut s = vec![1i64; shape.len()];
    for k in (0..shape.len().saturating_sub(1)).rev() {
        s[k] = s[k + 1] * shape[k + 1] as i64;
    }
    s
}

/// A contiguous tensor of the arena.
///
/// # Safety
/// `offset` plus the tensor's bytes must lie inside the arena at `base`.
unsafe fn read_arena(base: *const u8, offset: u64, shape: &[usize], dtype: DType) -> HostTensor {
    let n: usize = shape.iter().product();
    let p = base.add(offset as usize);
    let data = match dtype {
        DType::F32 => TensorData::F32(std::slice::from_raw_parts(p as *const f32, n).to_vec()),
        DType::I32 => TensorData::I32(std::slice::from_raw_parts(p as *const i32, n).to_vec()),
        DType::I64 => TensorData::I64(std::slice::from_raw_parts(p as *const i64, n).to_vec()),
        DType::I1 => TensorData::I1(
            std::slice::from_raw_parts(p, n)
                .iter()
                .map(|b| b & 1)
                .collect(),
        ),
        DType::F16 => TensorData::F16(
            std::slice::from_raw_parts(p as *const runtime::tensor::f16, n).to_vec(),
        ),
        DType::BF16 => TensorData::BF16(
            std::slice::from_raw_parts(p as *const runtime::tensor::bf16, n).to_vec(),
        ),
    };
    HostTensor::new(shape.to_vec(), data)
}

#[cfg(test)]
mod tests {
    /// The C API reads each library path as a C string: the path handed over must
    /// end in NUL (found as "Failed to create MemoryBuffer for: ...so<garbage>").
    #[test]
    fn runner_utils_path_is_nul_terminated() {
        if let Some(p) = super::runner_utils() {
            assert!(p.ends_with('\0'), "{p:?}");
            assert_eq!(p.matches('\0').count(), 1, "{p:?}");
        }
    }
}
