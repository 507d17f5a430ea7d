//! The executor: runs a planned function over one arena and measures its memory.
//!
//! Measurement is independent of the plan's liveness analysis: the executor frees a
//! buffer when its own count of remaining uses reaches zero, checks every allocation
//! against the buffers actually live (an overlap is an internal error, never a silent
//! corruption), and records at every step the live bytes and the highest arena byte
//! in use. Tests assert that these measurements equal the plan, step by step.
use crate::kernels;
use crate::plan::{Plan, StepKind};
use crate::tensor::{bf16, f16, shape_of, DType, Data, DataMut, HostTensor, TensorData, View};
use crate::Error;
use ir::{BlockId, Diagnostic, Module, OpId, ValueId};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};

/// What the executor measured.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measured {
    /// Per plan step: the most bytes live while it ran (over all its iterations).
    pub live_during: Vec<u64>,
    /// Per plan step: the highest arena byte in use while it ran.
    pub arena_during: Vec<u64>,
    /// Per plan step: bytes live after it.
    pub live_after: Vec<u64>,
    /// Peak live bytes.
    pub live_peak: u64,
    /// Peak arena use: the highest byte any live buffer reached.
    pub arena_peak: u64,
}

/// The result of a run.
#[derive(Clone, Debug)]
pub struct Execution {
    pub outputs: Vec<HostTensor>,
    pub measured: Measured,
    /// Kernel invocations (ops run, counting every loop iteration; loops and yields
    /// themselves are not counted).
    pub ops_executed: u64,
    /// Loop iterations run, over all loops.
    pub loop_iterations: u64,
}

/// Callbacks while running.
#[derive(Default)]
pub struct ExecOptions<'a> {
    /// Called on the calling thread with the number of kernels run so far: every
    /// [`PROGRESS_INTERVAL`] while the run lasts, and once at its end (the run itself
    /// happens on a rayon worker; see [`execute_in`]).
    pub progress: Option<&'a dyn Fn(u64)>,
}

/// How often [`ExecOptions::progress`] is called during a run.
pub const PROGRESS_INTERVAL: std::time::Duration = std::time::Duration::from_millis(50);

/// The one block of memory every planned tensor lives in: zeroed, 64-byte aligned,
/// reusable across runs ([`execute_in`]) so that repeated runs skip the page faults
/// of fresh memory.
pub struct Arena {
    ptr: *mut u8,
    size: usize,
}

// SAFETY: the arena owns its memory; access goes through `&mut Arena`.
unsafe impl Send for Arena {}

impl Arena {
    /// An arena of `bytes` bytes (memory is committed lazily by the OS).
    pub fn new(bytes: u64) -> Result<Arena, Error> {
        let size = usize::try_from(bytes)
            .map_err(|_| Error::Input(format!("cannot allocate an arena of {bytes} bytes")))?;
        if size == 0 {
            return Ok(Arena {
                ptr: std::ptr::null_mut(),
                size: 0,
            });
        }
        let layout = std::alloc::Layout::from_size_align(size, crate::plan::ALIGNMENT as usize)
            .map_err(|_| Error::Input(format!("cannot allocate an arena of {bytes} bytes")))?;
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return Err(Error::Input(format!(
                "cannot allocate an arena of {bytes} bytes"
            )));
        }
        Ok(Arena { ptr, size })
    }
    /// Its size in bytes.
    pub fn size(&self) -> usize {
        self.size
    }
    /// Its first byte (null when empty), for compiled code that lays out its own
    /// activations in it (the JIT, the ahead-of-time libraries); the caller must not
    /// let that code run while anything else uses the arena.
    pub fn ptr(&self) -> *mut u8 {
        self.ptr
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        if self.size > 0 {
            let layout =
                std::alloc::Layout::from_size_align(self.size, crate::plan::ALIGNMENT as usize)
                    .expect("checked at allocation");
            // SAFETY: allocated in `new` with this layout.
            unsafe { std::alloc::dealloc(self.ptr, layout) };
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Slot {
    Arena { offset: usize, bytes: usize },
    Arg(usize),
}

struct Exec<'a> {
    m: &'a Module,
    plan: &'a Plan,
    args: &'a [HostTensor],
    arena_size: usize,
    base: *mut u8,
    slots: HashMap<ValueId, Slot>,
    /// Uses left of each buffer's values, by the value owning the buffer.
    refs: HashMap<ValueId, usize>,
    /// The value owning the storage a view reads (views of views resolved).
    owner: HashMap<ValueId, ValueId>,
    live: u64,
    /// Live arena ranges: offset → end.
    ranges: BTreeMap<usize, usize>,
    measured: Measured,
    ops: u64,
    iterations: u64,
    /// Kernels run so far, read by the calling thread for progress reports.
    progress: &'a AtomicU64,
}

fn internal(msg: String) -> Error {
    Error::Internal(msg)
}

impl<'a> Exec<'a> {
    fn base(&self) -> *mut u8 {
        self.base
    }

    fn alloc(&mut self, v: ValueId) -> Result<(), Error> {
        let buf = self
            .plan
            .buffer(v)
            .ok_or_else(|| internal(format!("value {v:?} has no planned buffer")))?;
        let (offset, bytes) = (buf.offset as usize, buf.bytes as usize);
        if bytes > 0 {
            if offset + bytes > self.arena_size {
                return Err(internal(format!("buffer of {v:?} lies outside the arena")));
            }
            let before = self.ranges.range(..offset + bytes).next_back();
            if let Some((&s, &e)) = before {
                if e > offset {
                    return Err(internal(format!(
                        "buffer of {v:?} at [{offset}, {}) overlaps a live buffer at [{s}, {e})",
                        offset + bytes
                    )));
                }
            }
            self.ranges.insert(offset, offset + bytes);
        }
        self.live += bytes as u64;
        self.slots.insert(v, Slot::Arena { offset, bytes });
        self.refs.insert(v, self.m.uses(v).len());
        Ok(())
    }

    fn free(&mut self, v: ValueId) {
        if let Some(Slot::Arena { offset, bytes }) = self.slots.remove(&v) {
            if bytes > 0 {
                self.ranges.remove(&offset);
            }
            self.live -= bytes as u64;
        }
        self.refs.remove(&v);
    }

    /// One use of `v` is done; frees its storage when no value using it has a use left.
    fn release(&mut self, v: ValueId) {
        let v = self.owner.get(&v).copied().unwrap_or(v);
        if let Some(n) = self.refs.get_mut(&v) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.free(v);
            }
        }
    }

    /// Frees freshly defined values that nothing uses.
    fn drop_unused(&mut self, values: &[ValueId]) {
        for &v in values {
            let v = self.owner.get(&v).copied().unwrap_or(v);
            if self.refs.get(&v) == Some(&0) {
                self.free(v);
            }
        }
    }

    fn record_during(&mut self, step: usize) {
        let top = self.ranges.values().copied().max().unwrap_or(0) as u64;
        let m = &mut self.measured;
        m.live_during[step] = m.live_during[step].max(self.live);
        m.arena_during[step] = m.arena_during[step].max(top);
        m.live_peak = m.live_peak.max(self.live);
        m.arena_peak = m.arena_peak.max(top);
    }

    fn record_after(&mut self, step: usize) {
        self.measured.live_after[step] = self.live;
    }

    fn step(&self, op: OpId, kind: StepKind) -> Result<usize, Error> {
        self.plan
            .step_index(op, kind)
            .ok_or_else(|| internal(format!("op {op:?} has no {kind:?} step in the plan")))
    }

    fn dtype(&self, v: ValueId) -> Result<(DType, Vec<usize>), Error> {
        let ty = self.m.value_type(v);
        let dtype = ty.element().and_then(DType::of);
        let shape = shape_of(ty);
        match (dtype, shape) {
            (Some(d), Some(s)) => Ok((d, s)),
            _ => Err(Error::Located(Diagnostic::error(
                self.m.value_loc(v).clone(),
                format!("the reference runtime cannot hold a value of type '{ty}'"),
            ))),
        }
    }

    /// The elements of a value, read-only.
    fn data(&self, v: ValueId) -> Result<Data<'a>, Error> {
        let (dtype, shape) = self.dtype(v)?;
        let n: usize = shape.iter().product();
        match self.slots.get(&v) {
            Some(&Slot::Arg(i)) => {
                let args: &'a [HostTensor] = self.args;
                Ok(args[i].data.as_view())
            }
            // SAFETY: the slot lies inside the arena and no live buffer overlaps it
            // (checked in `alloc`); the arena outlives the run. Readers and the one
            // writer of a step touch disjoint live buffers.
            Some(&Slot::Arena { offset, .. }) => unsafe {
                let p = self.base().add(offset);
                Ok(match dtype {
                    DType::F32 => Data::F32(std::slice::from_raw_parts(p as *const f32, n)),
                    DType::I32 => Data::I32(std::slice::from_raw_parts(p as *const i32, n)),
                    DType::I64 => Data::I64(std::slice::from_raw_parts(p as *const i64, n)),
                    DType::I1 => Data::I1(std::slice::from_raw_parts(p as *const u8, n)),
                    DType::F16 => Data::F16(std::slice::from_raw_parts(p as *const f16, n)),
                    DType::BF16 => Data::BF16(std::slice::from_raw_parts(p as *const bf16, n)),
                })
            },
            None => Err(internal(format!("value {v:?} is read but not live"))),
        }
    }

    /// The elements of an arena value, writable.
    #[allow(clippy::mut_from_ref)]
    fn data_mut(&self, v: ValueId) -> Result<DataMut<'a>, Error> {
        let (dtype, shape) = self.dtype(v)?;
        let n: usize = shape.iter().product();
        match self.slots.get(&v) {
            // SAFETY: as in `data`; the written buffer is not read by the same step.
            Some(&Slot::Arena { offset, .. }) => unsafe {
                let p = self.base().add(offset);
                Ok(match dtype {
                    DType::F32 => DataMut::F32(std::slice::from_raw_parts_mut(p as *mut f32, n)),
                    DType::I32 => DataMut::I32(std::slice::from_raw_parts_mut(p as *mut i32, n)),
                    DType::I64 => DataMut::I64(std::slice::from_raw_parts_mut(p as *mut i64, n)),
                    DType::I1 => DataMut::I1(std::slice::from_raw_parts_mut(p, n)),
                    DType::F16 => DataMut::F16(std::slice::from_raw_parts_mut(p as *mut f16, n)),
                    DType::BF16 => DataMut::BF16(std::slice::from_raw_parts_mut(p as *mut bf16, n)),
                })
            },
            _ => Err(internal(format!(
                "value {v:?} is written but has no arena buffer"
            ))),
        }
    }

    fn bytes(&self, v: ValueId) -> Result<&'a [u8], Error> {
        Ok(match self.data(v)? {
            Data::F32(s) => as_bytes(s),
            Data::I32(s) => as_bytes(s),
            Data::I64(s) => as_bytes(s),
            Data::I1(s) => s,
            Data::F16(s) => as_bytes(s),
            Data::BF16(s) => as_bytes(s),
        })
    }

    fn bytes_mut(&self, v: ValueId) -> Result<&'a mut [u8], Error> {
        Ok(match self.data_mut(v)? {
            DataMut::F32(s) => as_bytes_mut(s),
            DataMut::I32(s) => as_bytes_mut(s),
            DataMut::I64(s) => as_bytes_mut(s),
            DataMut::I1(s) => s,
            DataMut::F16(s) => as_bytes_mut(s),
            DataMut::BF16(s) => as_bytes_mut(s),
        })
    }

    fn block(&mut self, block: BlockId) -> Result<(), Error> {
        let m = self.m;
        for op in m.block_ops(block) {
            match m.name(op) {
                "func.return" => {}
                "chunk.yield" => {} // run by the loop
                "chunk.for" => self.chunk_for(op)?,
                _ => self.op(op)?,
            }
        }
        Ok(())
    }

    fn op(&mut self, op: OpId) -> Result<(), Error> {
        let m = self.m;
        let step = self.step(op, StepKind::Op)?;
        let data = m.op(op);
        if let Some(v) = crate::plan::reused_operand(m, op) {
            // A view: its operand's storage under a new shape, nothing computed.
            let r = data.results[0];
            let slot = *self
                .slots
                .get(&v)
                .ok_or_else(|| internal(format!("view of {v:?}, which is not live")))?;
            let owner = self.owner.get(&v).copied().unwrap_or(v);
            self.slots.insert(r, slot);
            self.owner.insert(r, owner);
            if let Some(n) = self.refs.get_mut(&owner) {
                *n += m.uses(r).len();
            }
            self.record_during(step);
            self.ops += 1;
            self.progress.store(self.ops, Ordering::Relaxed);
            self.release(v);
            self.drop_unused(&data.results);
            self.record_after(step);
            return Ok(());
        }
        for &r in &data.results {
            self.alloc(r)?;
        }
        self.record_during(step);
        let mut shapes = Vec::with_capacity(data.operands.len());
        for &v in &data.operands {
            shapes.push(self.dtype(v)?.1);
        }
        let mut inputs = Vec::with_capacity(data.operands.len());
        for (&v, shape) in data.operands.iter().zip(&shapes) {
            inputs.push(View {
                shape,
                data: self.data(v)?,
            });
        }
        let &[result] = data.results.as_slice() else {
            return Err(Error::Located(Diagnostic::error(
                data.loc.clone(),
                format!("'{}' op must have one result to run", m.name(op)),
            )));
        };
        let out_shape = self.dtype(result)?.1;
        let out = self.data_mut(result)?;
        kernels::run_op(m, op, &inputs, out, &out_shape).map_err(Error::Located)?;
        self.ops += 1;
        self.progress.store(self.ops, Ordering::Relaxed);
        for &v in &data.operands {
            self.release(v);
        }
        self.drop_unused(&data.results);
        self.record_after(step);
        Ok(())
    }

    fn chunk_for(&mut self, op: OpId) -> Result<(), Error> {
        let m = self.m;
        let c = chunk_dialect::ChunkFor::read(m, op).map_err(Error::Located)?;
        let data = m.op(op);
        let body = m
            .entry_block(op, 0)
            .ok_or_else(|| internal("chunk.for without a body".into()))?;
        let args = m.block(body).args.clone();
        let yield_op = m
            .last_op(body)
            .ok_or_else(|| internal("chunk.for body is empty".into()))?;
        let (begin, iter, yield_step, end) = (
            self.step(op, StepKind::LoopBegin)?,
            self.step(op, StepKind::IterBegin)?,
            self.step(yield_op, StepKind::Yield)?,
            self.step(op, StepKind::LoopEnd)?,
        );
        for &r in &data.results {
            self.alloc(r)?;
        }
        self.record_during(begin);
        self.record_after(begin);
        let step = c.step as usize;
        for k in 0..c.trip_count() {
            let o = c.offset(k) as usize;
            // Iteration start: copy the used slices and the offset.
            for (i, &a) in args.iter().enumerate() {
                let dim = if i == 0 { None } else { c.operand_dims[i - 1] };
                if i > 0 && dim.is_none() {
                    let outer = data.operands[i - 1];
                    let slot = *self
                        .slots
                        .get(&outer)
                        .ok_or_else(|| internal("loop operand is not live".into()))?;
                    self.slots.insert(a, slot);
                    continue;
                }
                if !m.has_uses(a) {
                    continue;
                }
                self.alloc(a)?;
                if i == 0 {
                    let DataMut::I64(d) = self.data_mut(a)? else {
                        return Err(internal("offset is not i64".into()));
                    };
                    d[0] = o as i64;
                } else {
                    let src = data.operands[i - 1];
                    let (dtype, shape) = self.dtype(src)?;
                    let d = dim.unwrap_or(0);
                    // A multiple k·N of the extent is sliced in blocks of k rows.
                    let k = shape.get(d).map_or(1, |&n| n / c.extent.max(1) as usize);
                    slice_in(
                        self.bytes(src)?,
                        self.bytes_mut(a)?,
                        &shape,
                        d,
                        o * k,
                        step * k,
                        dtype.size(),
                    );
                }
            }
            self.record_during(iter);
            self.record_after(iter);
            self.block(body)?;
            // Yield: write the slices into the results.
            let yielded = m.op(yield_op).operands.clone();
            self.record_during(yield_step);
            for (j, &y) in yielded.iter().enumerate() {
                let r = data.results[j];
                let (dtype, shape) = self.dtype(r)?;
                let d = c.result_dims[j];
                let k = shape.get(d).map_or(1, |&n| n / c.extent.max(1) as usize);
                slice_out(
                    self.bytes_mut(r)?,
                    self.bytes(y)?,
                    &shape,
                    d,
                    o * k,
                    step * k,
                    dtype.size(),
                );
            }
            for &y in &yielded {
                self.release(y);
            }
            self.record_after(yield_step);
            // Whole operands were aliases; owned slices are freed by their last use.
            for &a in &args {
                if !self.refs.contains_key(&a) {
                    self.slots.remove(&a);
                }
            }
            self.iterations += 1;
        }
        self.record_during(end);
        for &v in &data.operands {
            self.release(v);
        }
        self.drop_unused(&data.results);
        self.record_after(end);
        Ok(())
    }
}

/// The byte ranges of the slice `[o, o + s)` along `dim` of a tensor of `shape`: for
/// each outer index, (offset in the full tensor, offset in the slice, length).
fn slice_runs(
    shape: &[usize],
    dim: usize,
    o: usize,
    s: usize,
    esz: usize,
) -> impl Iterator<Item = (usize, usize, usize)> {
    let outer: usize = shape[..dim].iter().product();
    let inner: usize = shape[dim + 1..].iter().product::<usize>() * esz;
    let n = shape[dim];
    (0..outer).map(move |i| ((i * n + o) * inner, i * s * inner, s * inner))
}

/// Copies the slice `[o, o + s)` along `dim` of `full` (of `shape`) into `slice`.
fn slice_in(
    full: &[u8],
    slice: &mut [u8],
    shape: &[usize],
    dim: usize,
    o: usize,
    s: usize,
    esz: usize,
) {
    for (f, d, len) in slice_runs(shape, dim, o, s, esz) {
        slice[d..d + len].copy_from_slice(&full[f..f + len]);
    }
}

/// Writes `slice` into `full` (of `shape`) at `[o, o + s)` along `dim`.
fn slice_out(
    full: &mut [u8],
    slice: &[u8],
    shape: &[usize],
    dim: usize,
    o: usize,
    s: usize,
    esz: usize,
) {
    for (f, d, len) in slice_runs(shape, dim, o, s, esz) {
        full[f..f + len].copy_from_slice(&slice[d..d + len]);
    }
}

fn as_bytes<T>(s: &[T]) -> &[u8] {
    // SAFETY: f32, i32 and i64 have no padding and every byte pattern is readable.
    unsafe { std::slice::from_raw_parts(s.as_ptr() as *const u8, std::mem::size_of_val(s)) }
}

fn as_bytes_mut<T>(s: &mut [T]) -> &mut [u8] {
    // SAFETY: as above; every byte pattern is a valid f32, i32 or i64.
    unsafe { std::slice::from_raw_parts_mut(s.as_mut_ptr() as *mut u8, std::mem::size_of_val(s)) }
}

/// Checks that every value the function computes has a type the runtime holds and
/// every op has a kernel, so that a run never stops half-way for these reasons.
pub fn check_supported(m: &Module, func: OpId) -> Result<(), Error> {
    let mut problem = None;
    m.walk(func, &mut |op| {
        if problem.is_some() || op == func {
            return;
        }
        let name = m.name(op);
        if !kernels::is_supported(name) {
            // StableHLO is an input format: say how to bring it in.
            let hint = if name.starts_with("stablehlo.") || name.starts_with("chlo.") {
                "; convert the module first with `chunk-opt --convert-stablehlo-to-nn`"
            } else {
                ""
            };
            problem = Some(Diagnostic::error(
                m.op(op).loc.clone(),
                format!("the reference runtime has no kernel for '{name}'{hint}"),
            ));
            return;
        }
        for &v in m.op(op).results.iter().chain(&m.op(op).operands) {
            let ty = m.value_type(v);
            if !ty.is_static_tensor() || ty.element().and_then(DType::of).is_none() {
                problem = Some(Diagnostic::error(
                    m.op(op).loc.clone(),
                    format!("the reference runtime does not support values of type '{ty}' (f32, f16, bf16, i32, i64 and i1 static tensors only)"),
                ));
                return;
            }
        }
    });
    problem.map_or(Ok(()), |d| Err(Error::Located(d)))
}

/// Checks inputs against the function's argument types.
fn check_inputs(m: &Module, func: OpId, body: BlockId, inputs: &[HostTensor]) -> Result<(), Error> {
    let args = &m.block(body).args;
    if args.len() != inputs.len() {
        return Err(Error::Input(format!(
            "the function takes {} arguments but {} inputs were given",
            args.len(),
            inputs.len()
        )));
    }
    for (i, (&a, t)) in args.iter().zip(inputs).enumerate() {
        let ty = m.value_type(a);
        let (Some(dtype), Some(shape)) = (ty.element().and_then(DType::of), shape_of(ty)) else {
            return Err(Error::Input(format!(
                "argument #{i} has type '{ty}', which the reference runtime does not support"
            )));
        };
        if t.dtype() != dtype || t.shape != shape || t.len() != shape.iter().product::<usize>() {
            return Err(Error::Input(format!(
                "input for argument #{i} ({}) is {}, expected {ty}",
                crate::io::argument_name(m, func, i),
                t.type_string()
            )));
        }
    }
    Ok(())
}

/// Runs `plan.func` on `inputs` (one per function argument, in order).
pub fn execute(
    m: &Module,
    plan: &Plan,
    inputs: &[HostTensor],
    opts: &ExecOptions,
) -> Result<Execution, Error> {
    let mut arena = Arena::new(plan.arena_size)?;
    execute_in(m, plan, inputs, opts, &mut arena)
}

/// Like [`execute`], in a caller's arena (grown to the plan's size when smaller), so
/// that repeated runs reuse memory. Tensors never outlive the call.
///
/// The run happens on a worker of rayon's global pool (or on the current thread when
/// it is one already), so that every parallel kernel starts on a worker: called from
/// an outside thread, each of the hundreds of kernels of a chunked program would
/// otherwise hand its work to the pool and wait to be woken, two thread switches per
/// kernel. Meanwhile the calling thread sleeps, waking every [`PROGRESS_INTERVAL`] to
/// report progress when asked to.
pub fn execute_in(
    m: &Module,
    plan: &Plan,
    inputs: &[HostTensor],
    opts: &ExecOptions,
    arena: &mut Arena,
) -> Result<Execution, Error> {
    let count = AtomicU64::new(0);
    if rayon::current_thread_index().is_some() {
        let r = execute_here(m, plan, inputs, arena, &count);
        if let Some(p) = opts.progress {
            p(count.load(Ordering::Relaxed));
        }
        return r;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    rayon::in_place_scope(|s| {
        let count = &count;
        s.spawn(move |_| {
            // The receiver waits for this message unless the caller panicked.
            let _ = tx.send(execute_here(m, plan, inputs, arena, count));
        });
        let mut reported = 0;
        let result = loop {
            let wait = if opts.progress.is_some() {
                PROGRESS_INTERVAL
            } else {
                std::time::Duration::from_secs(3600)
            };
            match rx.recv_timeout(wait) {
                Ok(r) => break r,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    break Err(internal("the run stopped without a result".into()))
                }
            }
            let n = count.load(Ordering::Relaxed);
            if let Some(p) = opts.progress.filter(|_| n != reported) {
                p(n);
                reported = n;
            }
        };
        if let Some(p) = opts.progress {
            p(count.load(Ordering::Relaxed));
        }
        result
    })
}

/// Keeps the pool's other workers looking for work while a run lasts.
///
/// A chunked program runs hundreds of short kernels. Between two of them (and at the
/// ragged end of each, while one thread finishes its last item) the other workers
/// find nothing to do, and rayon puts a worker to sleep after a few dozen fruitless
/// rounds; the next kernel's items then wait for it to be woken (a futex wake; on a
/// virtual machine, a halted vCPU), tens to hundreds of microseconds per kernel, and
/// meanwhile the kernel runs on the executor's thread alone. Instead each other worker
/// runs one job (`spawn_broadcast`) that takes pending work (`rayon::yield_now`)
/// until the run ends, yielding the CPU between fruitless polls.
///
/// Deadlock freedom: such a job never returns before its run ends, so whatever lies
/// below it on its worker's stack waits for that run. The broadcast is queued before
/// the run's first kernel, and a worker takes its broadcast job before it steals, so
/// no job of the run itself ends up below it. Jobs of other work may (a concurrent
/// run, an outer parallel loop): they resume when the run ends, which does not wait
/// for them, provided no other run's spinners wait on this one in turn. So at most
/// one run in the process has spinners at a time ([`SPINNING`]); runs that start
/// while one has them go without. The executor's own copy returns at once.
struct KeepWorkersBusy(Option<std::sync::Arc<std::sync::atomic::AtomicBool>>);

/// Whether some run has spinners ([`KeepWorkersBusy`]).
static SPINNING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl KeepWorkersBusy {
    fn start() -> KeepWorkersBusy {
        if rayon::current_num_threads() < 2
            || SPINNING
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
        {
            return KeepWorkersBusy(None);
        }
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let me = rayon::current_thread_index();
        let flag = done.clone();
        rayon::spawn_broadcast(move |ctx| {
            if Some(ctx.index()) == me {
                return;
            }
            while !flag.load(Ordering::Acquire) {
                if rayon::yield_now() != Some(rayon::Yield::Executed) {
                    std::thread::yield_now();
                }
            }
        });
        KeepWorkersBusy(Some(done))
    }
}

impl Drop for KeepWorkersBusy {
    fn drop(&mut self) {
        if let Some(done) = &self.0 {
            done.store(true, Ordering::Release);
            SPINNING.store(false, Ordering::Release);
        }
    }
}

fn execute_here(
    m: &Module,
    plan: &Plan,
    inputs: &[HostTensor],
    arena: &mut Arena,
    progress: &AtomicU64,
) -> Result<Execution, Error> {
    let func = plan.func;
    let body = m
        .entry_block(func, 0)
        .ok_or_else(|| Error::Input("the function has no body".into()))?;
    check_supported(m, func)?;
    check_inputs(m, func, body, inputs)?;
    let n = plan.steps.len();
    if (arena.size as u64) < plan.arena_size {
        *arena = Arena::new(plan.arena_size)?;
    }
    let mut ex = Exec {
        m,
        base: arena.ptr,
        arena_size: arena.size,
        plan,
        args: inputs,
        slots: HashMap::new(),
        refs: HashMap::new(),
        owner: HashMap::new(),
        live: 0,
        ranges: BTreeMap::new(),
        measured: Measured {
            live_during: vec![0; n],
            arena_during: vec![0; n],
            live_after: vec![0; n],
            live_peak: 0,
            arena_peak: 0,
        },
        ops: 0,
        iterations: 0,
        progress,
    };
    for (i, &a) in m.block(body).args.iter().enumerate() {
        ex.slots.insert(a, Slot::Arg(i));
    }
    {
        let _busy = KeepWorkersBusy::start();
        ex.block(body)?;
    }
    let ret = m
        .last_op(body)
        .filter(|&r| m.name(r) == "func.return")
        .ok_or_else(|| internal("the function does not end in func.return".into()))?;
    let mut outputs = Vec::new();
    for &v in &m.op(ret).operands {
        let (_, shape) = ex.dtype(v)?;
        outputs.push(HostTensor::new(shape, ex.data(v)?.to_owned_data()));
    }
    Ok(Execution {
        outputs,
        measured: ex.measured,
        ops_executed: ex.ops,
        loop_iterations: ex.iterations,
    })
}

/// Plans and runs the function `func` of `m`.
pub fn run(m: &Module, func: OpId, inputs: &[HostTensor]) -> Result<(Plan, Execution), Error> {
    let plan = crate::plan::plan(m, func).map_err(Error::Located)?;
    let exec = execute(m, &plan, inputs, &ExecOptions::default())?;
    Ok((plan, exec))
}

/// Zero-filled data of a value's type, for callers building inputs.
pub fn zeros_like(ty: &ir::Type) -> Option<HostTensor> {
    let shape = shape_of(ty)?;
    let dtype = DType::of(ty.element()?)?;
    let n = shape.iter().product();
    Some(HostTensor::new(shape, TensorData::zeros(dtype, n)))
}
