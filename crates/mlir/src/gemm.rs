//! f32 contractions as calls to the reference runtime's packed GEMM, for the CPU JIT.
//!
//! `convert-linalg-to-loops` makes a matmul three scalar loops, 10-100× slower than a
//! packed, register-blocked GEMM once the operands leave the cache. MLIR's own
//! `convert-linalg-to-std` would turn named ops into library calls, but it is a full
//! conversion (every `linalg.generic`, `fill` and `transpose` becomes a call to a
//! function that does not exist), and in arena mode the reshape propagation of
//! `linalg-fuse-elementwise-ops` turns a batched `linalg.matmul` (batch folded into
//! M, then expanded into its slot) into a `linalg.generic` anyway. So [`outline`]
//! rewrites, on the bufferised module before `TO_LLVM`, every f32 op on memrefs that
//! is a contraction: `linalg.matmul`, `linalg.batch_matmul`, and a `linalg.generic`
//! with two inputs and one output, projected-permutation maps (constant `0` allowed:
//! a broadcast size-1 dim), parallel iterators exactly on the output's dims and the
//! body `out + a * b` (the nn `matmul` with broadcast batches, `dot_general`, the two
//! products of `attention`):
//!
//! ```text
//! linalg.generic {maps (b, i, j, k) -> A(b, i, k), B(b, k, j), C(b, i, j)} ins(%a, %b) outs(%c)
//!   ==>
//! memref.alloca_scope {
//!   %ua = memref.cast %a : memref<2x5x9xf32, ...> to memref<*xf32>   (and %ub, %uc)
//!   func.call @autochunk_sgemm_contract(%nloops, %amap, %bmap, %cmap, %ua, %ub, %uc)
//! }
//! func.func private @autochunk_sgemm_contract(i64, i64, i64, i64, memref<*xf32>, memref<*xf32>, memref<*xf32>)
//! ```
//!
//! Unranked memrefs give one function for every rank and layout (a chunk loop's
//! strided subview, a transposed view). The maps travel as `i64` constants: 4 bits
//! per loop dim, the position of the dim among the operand's dims or `0xF` when the
//! operand does not have it (so at most 16 loop dims and rank 15: larger ones keep
//! their loops). The `alloca_scope` frees the descriptors the unranked casts put on
//! the stack after the call (they would otherwise pile up in a chunk loop).
//! [`register`] gives the JIT the Rust implementation
//! ([`autochunk_aot_runtime::autochunk_sgemm_contract`], which an AOT library links
//! statically), which reads sizes and strides from the descriptors and calls
//! `runtime::kernels::sgemm_contract` (matrixmultiply, split over rayon's pool as in
//! the reference runtime; C is accumulated into, as linalg's semantics say).
//!
//! Integer contractions keep their loops (the reference runtime has no packed integer
//! GEMM either). `chunk-translate --emit=llvm` does not outline (its LLVM IR is
//! self-contained); see `docs/lowering.md`.
use crate::Error;
use melior::dialect::{arith, func};
use melior::ir::attribute::{
    AttributeLike, FlatSymbolRefAttribute, IntegerAttribute, StringAttribute, TypeAttribute,
};
use melior::ir::block::BlockLike;
use melior::ir::operation::{OperationBuilder, OperationRef};
use melior::ir::r#type::{FunctionType, IntegerType, MemRefType, ShapedTypeLike};
use melior::ir::{
    Attribute, Block, Identifier, Location, Module, Region, RegionLike, Type, Value, ValueLike,
};
use melior::{Context, ExecutionEngine};
use mlir_sys::MlirOperation;
use std::ffi::c_void;

/// The external function every outlined contraction calls, and the limits of its
/// position maps: one definition, in the crate that implements it.
pub use autochunk_aot_runtime::{ABSENT, CONTRACT, MAX_LOOPS, MAX_RANK};

/// For each of A, B, C: the operand's dim for each of its results, `None` for a
/// constant `0` result; plus the number of loop dims.
struct Maps {
    loops: usize,
    operands: [Vec<Option<usize>>; 3],
}

impl Maps {
    /// The `i64` position map of operand `x`: nibble `d` is the position of loop dim
    /// `d` among `x`'s dims, or [`ABSENT`].
    fn encode(&self, x: usize) -> i64 {
        let mut code = 0i64;
        for d in 0..self.loops {
            let pos = self.operands[x].iter().position(|&r| r == Some(d));
            code |= pos.map_or(ABSENT, |p| p as i64) << (4 * d);
        }
        code
    }
}

/// Replaces every f32 contraction on memrefs of a bufferised module with a call to
/// [`CONTRACT`] (see the module doc) and declares it. Returns how many ops were
/// replaced; anything else is left alone.
pub fn outline<'c>(context: &'c Context, module: &Module<'c>) -> Result<usize, Error> {
    let mut found: Vec<MlirOperation> = Vec::new();
    // SAFETY: the walk only collects handles; ops are rewritten after it ends.
    unsafe {
        mlir_sys::mlirOperationWalk(
            module.as_operation().to_raw(),
            Some(collect_linalg),
            &mut found as *mut Vec<MlirOperation> as *mut c_void,
            mlir_sys::MlirWalkOrder_MlirWalkPostOrder,
        );
    }
    let f32_type = Type::float32(context);
    let i64_type: Type = IntegerType::new(context, 64).into();
    let unranked = Type::parse(context, "memref<*xf32>").ok_or_else(|| Error::Mlir {
        stage: "cannot build the type memref<*xf32>".into(),
        messages: vec![],
    })?;
    let mut replaced = 0;
    for raw in found {
        // SAFETY: `raw` is an op of `module`, alive until it is destroyed below.
        let op = unsafe { OperationRef::from_raw(raw) };
        let operands: Vec<Value> = op.operands().collect();
        let f32_memrefs = operands.len() == 3
            && op.result_count() == 0
            && operands
                .iter()
                .all(|v| MemRefType::try_from(v.r#type()).is_ok_and(|t| t.element() == f32_type));
        if !f32_memrefs {
            continue;
        }
        let Some(maps) = contraction_maps(&op) else {
            continue;
        };
        let ranks_fit = operands.iter().zip(&maps.operands).all(|(v, m)| {
            MemRefType::try_from(v.r#type())
                .is_ok_and(|t| t.rank() == m.len() && m.len() <= MAX_RANK)
        });
        if maps.loops > MAX_LOOPS || !ranks_fit {
            continue;
        }
        let location = op.location();
        let block = Block::new(&[]);
        let mut args: Vec<Value> = Vec::new();
        let codes = [
            maps.loops as i64,
            maps.encode(0),
            maps.encode(1),
            maps.encode(2),
        ];
        for code in codes {
            let c = block.append_operation(arith::constant(
                context,
                IntegerAttribute::new(i64_type, code).into(),
                location,
            ));
            args.push(c.result(0).map_err(mlir_error)?.into());
        }
        for v in &operands {
            // `memref::cast` wants a ranked result type: build the op by hand.
            let cast = OperationBuilder::new("memref.cast", location)
                .add_operands(&[*v])
                .add_results(&[unranked])
                .build()
                .map_err(mlir_error)?;
            let cast = block.append_operation(cast);
            args.push(cast.result(0).map_err(mlir_error)?.into());
        }
        block.append_operation(func::call(
            context,
            FlatSymbolRefAttribute::new(context, CONTRACT),
            &args,
            &[],
            location,
        ));
        block.append_operation(
            OperationBuilder::new("memref.alloca_scope.return", location)
                .build()
                .map_err(mlir_error)?,
        );
        let region = Region::new();
        region.append_block(block);
        let scope = OperationBuilder::new("memref.alloca_scope", location)
            .add_regions([region])
            .build()
            .map_err(mlir_error)?;
        let parent = op.block().ok_or_else(|| Error::Mlir {
            stage: "a linalg op outside a block".into(),
            messages: vec![],
        })?;
        parent.insert_operation_before(op, scope);
        // SAFETY: nothing refers to the linalg op (it has no results); erasing it
        // removes it from its block.
        unsafe { mlir_sys::mlirOperationDestroy(raw) };
        replaced += 1;
    }
    if replaced > 0 {
        let mut inputs = vec![i64_type; 4];
        inputs.extend([unranked; 3]);
        module.body().append_operation(func::func(
            context,
            StringAttribute::new(context, CONTRACT),
            TypeAttribute::new(FunctionType::new(context, &inputs, &[]).into()),
            Region::new(),
            &[(
                Identifier::new(context, "sym_visibility"),
                StringAttribute::new(context, "private").into(),
            )],
            Location::unknown(context),
        ));
    }
    Ok(replaced)
}

unsafe extern "C" fn collect_linalg(
    op: MlirOperation,
    found: *mut c_void,
) -> mlir_sys::MlirWalkResult {
    // SAFETY: `found` is the Vec passed to the walk in `outline`.
    let found = unsafe { &mut *(found as *mut Vec<MlirOperation>) };
    // SAFETY: the walk hands out live ops.
    let name = unsafe { OperationRef::from_raw(op) }.name();
    if matches!(
        name.as_string_ref().as_str(),
        Ok("linalg.matmul" | "linalg.batch_matmul" | "linalg.generic")
    ) {
        found.push(op);
    }
    mlir_sys::MlirWalkResult_MlirWalkResultAdvance
}

/// The maps of a contraction `C += A · B` (see the module doc), `None` for any
/// other op.
fn contraction_maps(op: &OperationRef) -> Option<Maps> {
    let d = |ds: &[usize]| ds.iter().map(|&d| Some(d)).collect::<Vec<_>>();
    match op.name().as_string_ref().as_str().ok()? {
        // (i, j, k): A(i, k), B(k, j), C(i, j).
        "linalg.matmul" => Some(Maps {
            loops: 3,
            operands: [d(&[0, 2]), d(&[2, 1]), d(&[0, 1])],
        }),
        // (b, i, j, k): A(b, i, k), B(b, k, j), C(b, i, j).
        "linalg.batch_matmul" => Some(Maps {
            loops: 4,
            operands: [d(&[0, 1, 3]), d(&[0, 3, 2]), d(&[0, 1, 2])],
        }),
        "linalg.generic" => generic_contraction(op),
        _ => None,
    }
}

/// [`contraction_maps`] of a `linalg.generic`.
fn generic_contraction(op: &OperationRef) -> Option<Maps> {
    let maps = op.attribute("indexing_maps").ok()?;
    let iterators = op.attribute("iterator_types").ok()?;
    // SAFETY: reading attributes of a live op; the C API checks nothing, so the
    // kinds are checked first (`is_a_*`).
    unsafe {
        let (maps, iterators) = (maps.to_raw(), iterators.to_raw());
        if !mlir_sys::mlirAttributeIsAArray(maps)
            || !mlir_sys::mlirAttributeIsAArray(iterators)
            || mlir_sys::mlirArrayAttrGetNumElements(maps) != 3
        {
            return None;
        }
        let loops = mlir_sys::mlirArrayAttrGetNumElements(iterators) as usize;
        let mut operands: [Vec<Option<usize>>; 3] = Default::default();
        for (x, dims) in operands.iter_mut().enumerate() {
            let attr = mlir_sys::mlirArrayAttrGetElement(maps, x as isize);
            if !mlir_sys::mlirAttributeIsAAffineMap(attr) {
                return None;
            }
            let map = mlir_sys::mlirAffineMapAttrGetValue(attr);
            if mlir_sys::mlirAffineMapGetNumDims(map) as usize != loops
                || mlir_sys::mlirAffineMapGetNumSymbols(map) != 0
            {
                return None;
            }
            for r in 0..mlir_sys::mlirAffineMapGetNumResults(map) {
                let e = mlir_sys::mlirAffineMapGetResult(map, r);
                if mlir_sys::mlirAffineExprIsADim(e) {
                    let d = mlir_sys::mlirAffineDimExprGetPosition(e) as usize;
                    if dims.contains(&Some(d)) {
                        return None;
                    }
                    dims.push(Some(d));
                } else if mlir_sys::mlirAffineExprIsAConstant(e)
                    && mlir_sys::mlirAffineConstantExprGetValue(e) == 0
                {
                    dims.push(None);
                } else {
                    return None;
                }
            }
        }
        // Parallel exactly on C's dims: the others are summed over.
        for d in 0..loops {
            let it = Attribute::from_raw(mlir_sys::mlirArrayAttrGetElement(iterators, d as isize));
            let parallel = it.to_string().contains("parallel");
            if parallel != operands[2].contains(&Some(d)) {
                return None;
            }
        }
        let maps = Maps { loops, operands };
        body_is_multiply_add(op).then_some(maps)
    }
}

/// The body is `yield(out + a * b)` (either operand order of `+` and `*`).
fn body_is_multiply_add(op: &OperationRef) -> bool {
    let Ok(region) = op.region(0) else {
        return false;
    };
    let Some(block) = region.first_block() else {
        return false;
    };
    if block.argument_count() != 3 {
        return false;
    }
    let arg = |i| block.argument(i).ok().map(|a| Value::from(a).to_raw());
    let (Some(a), Some(b), Some(c)) = (arg(0), arg(1), arg(2)) else {
        return false;
    };
    let same = |x: mlir_sys::MlirValue, y: mlir_sys::MlirValue| unsafe {
        // SAFETY: comparing handles of live values.
        mlir_sys::mlirValueEqual(x, y)
    };
    let mut ops: Vec<OperationRef> = Vec::new();
    let mut next = block.first_operation().map(|o| o.to_raw());
    while let Some(raw) = next {
        // SAFETY: ops of a live block, in order; the null after the last ends it.
        let o = unsafe { OperationRef::from_raw(raw) };
        next = o.next_in_block().map(|n| n.to_raw());
        ops.push(o);
    }
    let [mul, add, ret] = ops.as_slice() else {
        return false;
    };
    let named = |o: &OperationRef, n: &str| {
        o.name().as_string_ref().as_str() == Ok(n)
            && o.operand_count() == 1 + usize::from(n != "linalg.yield")
    };
    if !named(mul, "arith.mulf") || !named(add, "arith.addf") || !named(ret, "linalg.yield") {
        return false;
    }
    let operand = |o: &OperationRef, i| o.operand(i).ok().map(|v| v.to_raw());
    let result = |o: &OperationRef| o.result(0).ok().map(|v| Value::from(v).to_raw());
    let (Some(m0), Some(m1), Some(p)) = (operand(mul, 0), operand(mul, 1), result(mul)) else {
        return false;
    };
    let (Some(a0), Some(a1), Some(s)) = (operand(add, 0), operand(add, 1), result(add)) else {
        return false;
    };
    let Some(y) = operand(ret, 0) else {
        return false;
    };
    let mul_ok = (same(m0, a) && same(m1, b)) || (same(m0, b) && same(m1, a));
    let add_ok = (same(a0, c) && same(a1, p)) || (same(a0, p) && same(a1, c));
    mul_ok && add_ok && same(y, s)
}

fn mlir_error(e: melior::Error) -> Error {
    Error::Mlir {
        stage: e.to_string(),
        messages: vec![],
    }
}

/// Makes [`autochunk_aot_runtime::autochunk_sgemm_contract`] the JIT's [`CONTRACT`].
/// Call before the first lookup (which links the compiled module).
pub fn register(engine: &ExecutionEngine) {
    let f: unsafe extern "C" fn(i64, i64, i64, i64, i64, _, i64, _, i64, _) =
        autochunk_aot_runtime::autochunk_sgemm_contract;
    // SAFETY: `contract` has the C signature the declaration lowers to: four i64,
    // then (i64 rank, pointer to descriptor) for each unranked memref.
    unsafe { engine.register_symbol(CONTRACT, f as *mut ()) }
}
