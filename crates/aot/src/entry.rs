//! The C entry point of an exported function, built in LLVM IR:
//!
//! ```c
//! int32_t <symbol>(const void *const *inputs, void *const *outputs,
//!                  void *arena, uint64_t arena_size);
//! ```
//!
//! `inputs[i]` and `outputs[j]` point at contiguous row-major tensors of the shapes
//! and element types the header lists; `arena` at `arena_size` bytes aligned to
//! [`crate::ARENA_ALIGNMENT`], at least the planned size. The entry point returns a
//! [`Status`] and touches nothing when an argument is wrong: a null pointer, an arena
//! too small or misaligned, an embedding id out of range (the ids the reference
//! runtime checks; the compiled code would clamp them). Otherwise it builds MLIR's
//! memref descriptors (`{allocated, aligned, offset, sizes[r], strides[r]}`) on the
//! stack, calls `_mlir_ciface_<function>` and copies each result from the arena at
//! its planned offset (or from the input it is a view of) into `outputs[j]`.
use crate::{EntryPoint, Error};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::values::{FunctionValue, IntValue, PointerValue};
use inkwell::IntPredicate;
use mlir::abi::Source;
use runtime::DType;

/// What an entry point returns. The values are part of the C ABI (the header's
/// `enum autochunk_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Status {
    Ok = 0,
    NullInput = 1,
    NullOutput = 2,
    NullArena = 3,
    ArenaTooSmall = 4,
    ArenaMisaligned = 5,
    IdOutOfRange = 6,
}

impl Status {
    /// Every status, in the order of their values.
    pub const ALL: [Status; 7] = [
        Status::Ok,
        Status::NullInput,
        Status::NullOutput,
        Status::NullArena,
        Status::ArenaTooSmall,
        Status::ArenaMisaligned,
        Status::IdOutOfRange,
    ];

    /// The C enumerator's name.
    pub fn c_name(self) -> &'static str {
        match self {
            Status::Ok => "AUTOCHUNK_OK",
            Status::NullInput => "AUTOCHUNK_NULL_INPUT",
            Status::NullOutput => "AUTOCHUNK_NULL_OUTPUT",
            Status::NullArena => "AUTOCHUNK_NULL_ARENA",
            Status::ArenaTooSmall => "AUTOCHUNK_ARENA_TOO_SMALL",
            Status::ArenaMisaligned => "AUTOCHUNK_ARENA_MISALIGNED",
            Status::IdOutOfRange => "AUTOCHUNK_ID_OUT_OF_RANGE",
        }
    }

    /// What the status means, for the header.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Ok => "the outputs hold the results",
            Status::NullInput => "inputs, or one of its pointers, is null",
            Status::NullOutput => "outputs, or one of its pointers, is null",
            Status::NullArena => "the arena is null (and the function needs one)",
            Status::ArenaTooSmall => "arena_size is below the planned arena size",
            Status::ArenaMisaligned => "the arena is not aligned to the required alignment",
            Status::IdOutOfRange => "an embedding id is negative or not below the table's rows",
        }
    }
}

/// Bytes of one element as the compiled code stores it (i1 as one byte).
pub fn element_bytes(d: DType) -> u64 {
    match d {
        DType::F32 | DType::I32 => 4,
        DType::I64 => 8,
        DType::F16 | DType::BF16 => 2,
        DType::I1 => 1,
    }
}

fn err(e: inkwell::builder::BuilderError) -> Error {
    Error::Llvm(format!("building an entry point: {e}"))
}

/// Adds `entry`'s C entry point to `module`, which holds the compiled function's
/// `_mlir_ciface_` wrapper.
pub fn build<'c>(
    context: &'c Context,
    module: &Module<'c>,
    entry: &EntryPoint,
) -> Result<(), Error> {
    let abi = &entry.abi;
    let ciface = format!("_mlir_ciface_{}", abi.name);
    let callee = module
        .get_function(&ciface)
        .ok_or_else(|| Error::Llvm(format!("the compiled module has no function {ciface}")))?;
    let expected = abi.inputs.len() + usize::from(abi.arena.is_some());
    if callee.count_params() as usize != expected {
        return Err(Error::Llvm(format!(
            "{ciface} takes {} arguments, the entry point passes {expected}",
            callee.count_params()
        )));
    }
    if module.get_function(&entry.symbol).is_some() {
        return Err(Error::Llvm(format!(
            "the symbol {} is already defined by the compiled module",
            entry.symbol
        )));
    }
    let ptr = context.ptr_type(Default::default());
    let i64t = context.i64_type();
    let i32t = context.i32_type();
    let fn_type = i32t.fn_type(&[ptr.into(), ptr.into(), ptr.into(), i64t.into()], false);
    let func = module.add_function(&entry.symbol, fn_type, Some(Linkage::External));
    let b = context.create_builder();
    let e = Emitter {
        context,
        func,
        b: &b,
    };
    let start = context.append_basic_block(func, "entry");
    b.position_at_end(start);
    let param = |i: u32| func.get_nth_param(i).unwrap();
    let (inputs, outputs) = (param(0).into_pointer_value(), param(1).into_pointer_value());
    let (arena, arena_size) = (param(2).into_pointer_value(), param(3).into_int_value());

    // Arguments: every pointer present, the arena large enough and aligned.
    let input_ptrs = e.load_pointers(inputs, abi.inputs.len(), Status::NullInput)?;
    let output_ptrs = e.load_pointers(outputs, abi.outputs.len(), Status::NullOutput)?;
    let planned = abi.arena.as_ref().map_or(0, |a| a.size);
    // A function without activations plans an empty arena: null is fine then.
    if planned > 0 {
        let null = b.build_is_null(arena, "arena_null").map_err(err)?;
        e.fail_if(null, Status::NullArena)?;
        let small = b
            .build_int_compare(
                IntPredicate::ULT,
                arena_size,
                i64t.const_int(planned, false),
                "arena_small",
            )
            .map_err(err)?;
        e.fail_if(small, Status::ArenaTooSmall)?;
        let address = b.build_ptr_to_int(arena, i64t, "arena_addr").map_err(err)?;
        let low = b
            .build_and(
                address,
                i64t.const_int(crate::ARENA_ALIGNMENT - 1, false),
                "low",
            )
            .map_err(err)?;
        let misaligned = b
            .build_int_compare(IntPredicate::NE, low, i64t.const_zero(), "misaligned")
            .map_err(err)?;
        e.fail_if(misaligned, Status::ArenaMisaligned)?;
    }
    for check in &abi.id_checks {
        let (shape, dtype) = &abi.inputs[check.input];
        let n: u64 = shape.iter().map(|&s| s as u64).product();
        e.check_ids(input_ptrs[check.input], *dtype, n, check.rows as u64)?;
    }

    // The call, on descriptors of the inputs and the arena.
    let mut args = Vec::new();
    for ((shape, _), &p) in abi.inputs.iter().zip(&input_ptrs) {
        args.push(e.descriptor(p, shape)?.into());
    }
    if abi.arena.is_some() {
        args.push(e.descriptor(arena, &[planned as usize])?.into());
    }
    b.build_call(callee, &args, "").map_err(err)?;

    // The results, copied out.
    let results = abi
        .arena
        .as_ref()
        .map(|a| a.results.clone())
        .unwrap_or_default();
    for (j, ((shape, dtype), &out)) in abi.outputs.iter().zip(&output_ptrs).enumerate() {
        let bytes = shape.iter().map(|&s| s as u64).product::<u64>() * element_bytes(*dtype);
        let src = match results.get(j) {
            Some(Source::Arena(offset)) => unsafe {
                // SAFETY (of the IR): the plan puts the result inside the arena.
                b.build_in_bounds_gep(
                    context.i8_type(),
                    arena,
                    &[i64t.const_int(*offset, false)],
                    "result",
                )
                .map_err(err)?
            },
            Some(Source::Argument(i)) => input_ptrs[*i],
            None => {
                return Err(Error::Llvm(format!(
                    "result #{j} of @{} has no place in the arena",
                    abi.name
                )))
            }
        };
        if bytes > 0 {
            b.build_memcpy(out, 1, src, 1, i64t.const_int(bytes, false))
                .map_err(err)?;
        }
    }
    b.build_return(Some(&i32t.const_int(Status::Ok as u64, false)))
        .map_err(err)?;
    Ok(())
}

/// Builds the body of one entry point.
struct Emitter<'a, 'c> {
    context: &'c Context,
    func: FunctionValue<'c>,
    b: &'a Builder<'c>,
}

impl<'c> Emitter<'_, 'c> {
    /// Returns `status` when `cond` holds; continues in a new block otherwise.
    fn fail_if(&self, cond: IntValue<'c>, status: Status) -> Result<(), Error> {
        let fail = self.context.append_basic_block(self.func, "fail");
        let next = self.context.append_basic_block(self.func, "next");
        self.b
            .build_conditional_branch(cond, fail, next)
            .map_err(err)?;
        self.b.position_at_end(fail);
        self.ret(status)?;
        self.b.position_at_end(next);
        Ok(())
    }

    fn ret(&self, status: Status) -> Result<(), Error> {
        let v = self.context.i32_type().const_int(status as u64, false);
        self.b.build_return(Some(&v)).map_err(err)?;
        Ok(())
    }

    /// The `n` pointers of the array at `array`, each checked non-null (and the
    /// array itself when `n > 0`).
    fn load_pointers(
        &self,
        array: PointerValue<'c>,
        n: usize,
        status: Status,
    ) -> Result<Vec<PointerValue<'c>>, Error> {
        if n == 0 {
            return Ok(vec![]);
        }
        let null = self.b.build_is_null(array, "array_null").map_err(err)?;
        self.fail_if(null, status)?;
        let ptr = self.context.ptr_type(Default::default());
        let mut out = Vec::new();
        for i in 0..n {
            // SAFETY (of the IR): the caller passes `n` pointers.
            let slot = unsafe {
                self.b.build_in_bounds_gep(
                    ptr,
                    array,
                    &[self.context.i64_type().const_int(i as u64, false)],
                    "slot",
                )
            }
            .map_err(err)?;
            let p = self
                .b
                .build_load(ptr, slot, "tensor")
                .map_err(err)?
                .into_pointer_value();
            let null = self.b.build_is_null(p, "tensor_null").map_err(err)?;
            self.fail_if(null, status)?;
            out.push(p);
        }
        Ok(out)
    }

    /// Fails with [`Status::IdOutOfRange`] unless each of the `n` integer ids at `p`
    /// is in `[0, rows)` (compared unsigned: a negative id is out of range).
    fn check_ids(&self, p: PointerValue<'c>, dtype: DType, n: u64, rows: u64) -> Result<(), Error> {
        let elem = match dtype {
            DType::I32 => self.context.i32_type(),
            DType::I64 => self.context.i64_type(),
            // The verifier admits integer ids only.
            _ => return Ok(()),
        };
        if n == 0 {
            return Ok(());
        }
        let i64t = self.context.i64_type();
        let pre: BasicBlock = self.b.get_insert_block().unwrap();
        let body = self.context.append_basic_block(self.func, "ids");
        let bad = self.context.append_basic_block(self.func, "id_bad");
        let step = self.context.append_basic_block(self.func, "id_next");
        let done = self.context.append_basic_block(self.func, "ids_done");
        self.b.build_unconditional_branch(body).map_err(err)?;
        self.b.position_at_end(body);
        let i = self.b.build_phi(i64t, "i").map_err(err)?;
        let index = i.as_basic_value().into_int_value();
        // SAFETY (of the IR): `i < n`, the input's element count.
        let at = unsafe { self.b.build_in_bounds_gep(elem, p, &[index], "id_at") }.map_err(err)?;
        let id = self
            .b
            .build_load(elem, at, "id")
            .map_err(err)?
            .into_int_value();
        let id = self
            .b
            .build_int_s_extend_or_bit_cast(id, i64t, "id64")
            .map_err(err)?;
        let out = self
            .b
            .build_int_compare(IntPredicate::UGE, id, i64t.const_int(rows, false), "out")
            .map_err(err)?;
        self.b
            .build_conditional_branch(out, bad, step)
            .map_err(err)?;
        self.b.position_at_end(bad);
        self.ret(Status::IdOutOfRange)?;
        self.b.position_at_end(step);
        let next = self
            .b
            .build_int_add(index, i64t.const_int(1, false), "i_next")
            .map_err(err)?;
        let more = self
            .b
            .build_int_compare(IntPredicate::ULT, next, i64t.const_int(n, false), "more")
            .map_err(err)?;
        self.b
            .build_conditional_branch(more, body, done)
            .map_err(err)?;
        i.add_incoming(&[(&i64t.const_zero(), pre), (&next, step)]);
        self.b.position_at_end(done);
        Ok(())
    }

    /// A stack descriptor of a contiguous memref of `shape` at `p`: `{p, p, 0,
    /// sizes, strides}` as `3 + 2 * rank` words.
    fn descriptor(&self, p: PointerValue<'c>, shape: &[usize]) -> Result<PointerValue<'c>, Error> {
        let i64t = self.context.i64_type();
        let words = 3 + 2 * shape.len();
        let d = self
            .b
            .build_alloca(i64t.array_type(words as u32), "desc")
            .map_err(err)?;
        let mut strides = vec![1u64; shape.len()];
        for k in (0..shape.len().saturating_sub(1)).rev() {
            strides[k] = strides[k + 1] * shape[k + 1] as u64;
        }
        let at = |w: usize| {
            // SAFETY (of the IR): `w < words`.
            unsafe {
                self.b
                    .build_in_bounds_gep(i64t, d, &[i64t.const_int(w as u64, false)], "word")
            }
            .map_err(err)
        };
        self.b.build_store(at(0)?, p).map_err(err)?;
        self.b.build_store(at(1)?, p).map_err(err)?;
        self.b.build_store(at(2)?, i64t.const_zero()).map_err(err)?;
        for (k, (&size, &stride)) in shape.iter().zip(&strides).enumerate() {
            let size = i64t.const_int(size as u64, false);
            self.b.build_store(at(3 + k)?, size).map_err(err)?;
            let stride = i64t.const_int(stride, false);
            self.b
                .build_store(at(3 + shape.len() + k)?, stride)
                .map_err(err)?;
        }
        Ok(d)
    }
}
