//! Conversion of an `nn` + `chunk` + `func` module into upstream MLIR text.
//!
//! The converter walks our IR and writes the upstream ops in their pretty form:
//! `func`, `linalg` (named `matmul`/`transpose`/`fill`/convolution/pooling, and
//! `linalg.generic` for elementwise ops with broadcasting, contractions, reductions,
//! softmax, layer norm, `iota` and `embedding`), `tensor` (`empty`, `extract_slice`,
//! `insert_slice`, `collapse_shape`, `expand_shape`, `extract`, `from_elements`),
//! `scf.for` for `chunk.for`, `arith` and `math`. Text is parsed back and verified by
//! MLIR itself (see `lib.rs`), so any mistake here surfaces as MLIR's own message.
//!
//! Naming: every SSA name is unique in the whole output (`%vN` for values of the
//! input, `%tN` for temporaries), so nesting never shadows a name. Every op written
//! for an input op carries that op's location, so MLIR diagnostics point at the
//! source line.
//!
//! An op or element type without a lowering is an error at the op's location naming
//! the op; nothing here panics on valid, verified input.
use ir::types::{FloatKind, Signedness};
use ir::{Attribute, DiagResult, Module, OpId, Type, ValueId};
use std::collections::HashMap;
use std::fmt::Write;

/// What the converter writes besides the ops.
#[derive(Clone, Debug, Default)]
pub struct ConvertOptions {
    /// Mark every defined function `llvm.emit_c_interface` (for the JIT).
    pub c_interface: bool,
    /// Put the activations of each function [`crate::abi::arena_functions`] names
    /// (the entry function, and every other public function no call reaches) in one
    /// arena planned by [`runtime::plan`]: the function takes the arena as an extra last argument
    /// (`memref<SIZExi8>`), every planned value is written into its slice
    /// (`memref.view` at the planned offset) and the function returns nothing: its
    /// results are read from the arena at their offsets (attribute
    /// `autochunk.result_offsets`, `-1` for a result that is an argument).
    pub arena: bool,
}

/// Bytes of attention scores computed at once: more, and the queries are taken in
/// blocks of rows (at least one row per block). 256 KiB: a block's scores stay in a
/// core's L2 cache while they are scaled, exponentiated, summed and multiplied by v.
pub const ATTENTION_SCRATCH_BYTES: i64 = 256 * 1024;

/// What one `nn.attention` computes besides its operands.
struct Attention {
    scale: f64,
    causal: bool,
    /// `Lk - Lq`: key j is hidden from query i when `j > i + shift` (causal).
    shift: i64,
}

/// The arena of the entry function being converted.
struct Arena {
    plan: runtime::Plan,
    /// SSA name of the arena argument.
    name: String,
    ty: String,
}

/// Converts a verified module to upstream MLIR text.
pub fn convert_module(m: &Module, options: &ConvertOptions) -> DiagResult<String> {
    let mut e = Emitter {
        m,
        out: String::new(),
        indent: 0,
        names: HashMap::new(),
        next: 0,
        loc: String::new(),
        options: options.clone(),
        arena: None,
    };
    e.line("module {");
    e.indent += 1;
    for &top in &m.top {
        if m.name(top) == "builtin.module" {
            for &r in &m.op(top).regions {
                for &b in &m.region(r).blocks {
                    for op in m.block_ops(b) {
                        e.top_level(op)?;
                    }
                }
            }
        } else {
            e.top_level(top)?;
        }
    }
    e.indent -= 1;
    e.line("}");
    Ok(e.out)
}

struct Emitter<'a> {
    m: &'a Module,
    out: String,
    indent: usize,
    names: HashMap<ValueId, String>,
    next: usize,
    /// ` loc(...)` of the input op being converted, appended to every op line.
    loc: String,
    options: ConvertOptions,
    /// Set while the entry function is converted with [`ConvertOptions::arena`].
    arena: Option<Arena>,
}

/// `memref<...>` of a static tensor type.
fn memref_of(t: &T) -> String {
    let mut s = String::from("memref<");
    for d in &t.shape {
        write!(s, "{d}x").unwrap();
    }
    write!(s, "{}>", t.elem).unwrap();
    s
}

/// A tensor's shape and element type, read from a static ranked tensor type.
#[derive(Clone, Debug)]
struct T {
    ty: Type,
    shape: Vec<i64>,
    elem: Type,
}

impl T {
    fn rank(&self) -> usize {
        self.shape.len()
    }
    fn with_shape(&self, shape: &[i64]) -> T {
        T {
            ty: Type::tensor(shape, self.elem.clone()),
            shape: shape.to_vec(),
            elem: self.elem.clone(),
        }
    }
    fn with_elem(&self, elem: Type) -> T {
        T {
            ty: Type::tensor(&self.shape, elem.clone()),
            shape: self.shape.clone(),
            elem,
        }
    }
    /// f16 or bf16: sums and contractions of these accumulate in f32 (like the
    /// reference runtime) and are rounded once.
    fn is_half(&self) -> bool {
        matches!(self.elem, Type::Float(FloatKind::F16 | FloatKind::BF16))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Float,
    Int,
    Bool,
}

fn dims(n: usize) -> String {
    (0..n)
        .map(|i| format!("d{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn affine(n: usize, exprs: &[String]) -> String {
    format!("affine_map<({}) -> ({})>", dims(n), exprs.join(", "))
}

fn identity(n: usize) -> String {
    affine(n, &(0..n).map(|i| format!("d{i}")).collect::<Vec<_>>())
}

/// Map of an operand of `shape` broadcast (numpy, right-aligned) into `out`.
fn broadcast_map(shape: &[i64], out: &[i64]) -> String {
    let r = shape.len();
    let rr = out.len();
    let exprs: Vec<String> = (0..r)
        .map(|j| {
            let k = rr - r + j;
            if shape[j] == 1 && out[k] != 1 {
                "0".to_string()
            } else {
                format!("d{k}")
            }
        })
        .collect();
    affine(rr, &exprs)
}

fn list(v: &[i64]) -> String {
    v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

fn norm_axis(axis: i64, rank: usize) -> usize {
    if axis < 0 {
        (axis + rank as i64) as usize
    } else {
        axis as usize
    }
}

/// A float constant as MLIR's exact hex spelling for `elem`.
fn float_bits(value: f64, elem: &Type) -> String {
    match elem {
        Type::Float(FloatKind::F64) => format!("0x{:016X}", value.to_bits()),
        Type::Float(FloatKind::F16) => {
            // Round through f32; only used for small literal constants.
            format!("0x{:04X}", f32_to_f16_bits(value as f32))
        }
        Type::Float(FloatKind::BF16) => format!("0x{:04X}", (value as f32).to_bits() >> 16),
        _ => format!("0x{:08X}", (value as f32).to_bits()),
    }
}

fn f32_to_f16_bits(v: f32) -> u16 {
    let bits = v.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let exp = ((bits >> 23) & 0xff) as i32;
    let man = bits & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if man != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 0x1f {
        sign | 0x7c00
    } else if e <= 0 {
        sign
    } else {
        sign | ((e as u16) << 10) | ((man >> 13) as u16)
    }
}

impl<'a> Emitter<'a> {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// An op line: `s` followed by the current location.
    fn op(&mut self, s: &str) {
        let l = format!("{s}{}", self.loc);
        self.line(&l);
    }

    fn fresh(&mut self) -> String {
        self.next += 1;
        format!("%t{}", self.next)
    }

    fn name(&mut self, v: ValueId) -> String {
        if let Some(n) = self.names.get(&v) {
            return n.clone();
        }
        let n = format!("%v{}", v.0);
        self.names.insert(v, n.clone());
        n
    }

    fn err_at(&self, op: OpId, msg: impl std::fmt::Display) -> ir::Diagnostic {
        ir::err!(
            &self.m.op(op).loc,
            "cannot lower '{}' to MLIR: {msg}",
            self.m.name(op)
        )
    }

    fn tensor(&self, op: OpId, ty: &Type) -> DiagResult<T> {
        match ty {
            Type::Tensor { shape, element, .. } if ty.is_static_tensor() => {
                self.kind(op, element)?;
                Ok(T {
                    ty: ty.clone(),
                    shape: shape.clone(),
                    elem: (**element).clone(),
                })
            }
            _ => Err(self.err_at(op, format!("unsupported type {ty} (static tensors only)"))),
        }
    }

    fn kind(&self, op: OpId, elem: &Type) -> DiagResult<Kind> {
        match elem {
            Type::Float(FloatKind::F32 | FloatKind::F16 | FloatKind::BF16 | FloatKind::F64) => {
                Ok(Kind::Float)
            }
            Type::Integer {
                width: 1,
                signedness: Signedness::Signless,
            } => Ok(Kind::Bool),
            Type::Integer {
                width: 8 | 16 | 32 | 64,
                signedness: Signedness::Signless,
            } => Ok(Kind::Int),
            _ => Err(self.err_at(op, format!("unsupported element type {elem}"))),
        }
    }

    fn operand(&mut self, op: OpId, i: usize) -> DiagResult<(String, T)> {
        let v = self.m.op(op).operands[i];
        let t = self.tensor(op, self.m.value_type(v))?;
        Ok((self.name(v), t))
    }

    fn result(&self, op: OpId) -> DiagResult<T> {
        let v = self.m.op(op).results[0];
        self.tensor(op, self.m.value_type(v))
    }

    fn int_attr(&self, op: OpId, name: &str) -> Option<i64> {
        self.m
            .attr(op, name)
            .and_then(Attribute::as_int)
            .and_then(|v| i64::try_from(v).ok())
    }

    fn ints_attr(&self, op: OpId, name: &str) -> Option<Vec<i64>> {
        self.m.attr(op, name).and_then(Attribute::as_int_list)
    }

    fn req_ints(&self, op: OpId, name: &str) -> DiagResult<Vec<i64>> {
        self.ints_attr(op, name)
            .ok_or_else(|| self.err_at(op, format!("missing attribute '{name}'")))
    }

    /// A scalar constant of `elem`.
    fn scalar_const(&mut self, value: f64, elem: &Type) -> String {
        let n = self.fresh();
        let lit = match elem {
            Type::Float(_) => float_bits(value, elem),
            // `arith.constant true` takes no type; `1 : i1` does.
            Type::Integer { width: 1, .. } => u8::from(value != 0.0).to_string(),
            _ => format!("{}", value as i64),
        };
        self.op(&format!("{n} = arith.constant {lit} : {elem}"));
        n
    }

    fn index_const(&mut self, value: i64) -> String {
        let n = self.fresh();
        self.op(&format!("{n} = arith.constant {value} : index"));
        n
    }

    /// The first row of chunk `off` of a value chunked along `dim`: `off` itself, or
    /// `k·off` when its size is a multiple `k·extent` (`chunk.for` slices it in blocks).
    fn block_offset(&mut self, off: &str, ty: &ir::Type, dim: usize, extent: i64) -> String {
        match chunk_dialect::rows_per_unit(ty, dim, extent) {
            Some(k) if k != 1 => {
                let ck = self.index_const(k);
                let row = self.fresh();
                self.op(&format!("{row} = arith.muli {off}, {ck} : index"));
                row
            }
            _ => off.to_string(),
        }
    }

    /// `x - sum / count`: a layer norm's deviation from the mean.
    fn deviation(&mut self, x: &str, sum: &str, count: &str, elem: &Type) -> String {
        let mean = self.fresh();
        self.op(&format!("{mean} = arith.divf {sum}, {count} : {elem}"));
        let d = self.fresh();
        self.op(&format!("{d} = arith.subf {x}, {mean} : {elem}"));
        d
    }

    fn empty(&mut self, t: &T) -> String {
        let n = self.fresh();
        self.op(&format!("{n} = tensor.empty() : {}", t.ty));
        n
    }

    /// `tensor.empty` filled with `value`.
    fn filled(&mut self, t: &T, value: f64) -> String {
        let e = self.empty(t);
        let c = self.scalar_const(value, &t.elem);
        let n = self.fresh();
        self.op(&format!(
            "{n} = linalg.fill ins({c} : {}) outs({e} : {}) -> {}",
            t.elem, t.ty, t.ty
        ));
        n
    }

    /// Writes a `linalg.generic`. `ins` are (name, type, map); `outs` (name, type,
    /// map); `body` receives the scalar block arguments (ins then outs) and returns
    /// the values to yield. Returns the result name (`%tN`, or `%tN#i` for several).
    #[allow(clippy::type_complexity)]
    fn generic(
        &mut self,
        ndims: usize,
        iters: &[&str],
        ins: &[(String, T, String)],
        outs: &[(String, T, String)],
        body: &mut dyn FnMut(&mut Self, &[String]) -> DiagResult<Vec<String>>,
    ) -> DiagResult<String> {
        debug_assert_eq!(iters.len(), ndims);
        let n = self.fresh();
        let maps: Vec<&str> = ins.iter().chain(outs).map(|x| x.2.as_str()).collect();
        let iters: Vec<String> = iters.iter().map(|i| format!("\"{i}\"")).collect();
        let mut head = format!(
            "{n}{} = linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}",
            if outs.len() > 1 {
                format!(":{}", outs.len())
            } else {
                String::new()
            },
            maps.join(", "),
            iters.join(", ")
        );
        if !ins.is_empty() {
            let names: Vec<&str> = ins.iter().map(|x| x.0.as_str()).collect();
            let tys: Vec<String> = ins.iter().map(|x| x.1.ty.to_string()).collect();
            write!(head, " ins({} : {})", names.join(", "), tys.join(", ")).unwrap();
        }
        let names: Vec<&str> = outs.iter().map(|x| x.0.as_str()).collect();
        let tys: Vec<String> = outs.iter().map(|x| x.1.ty.to_string()).collect();
        write!(head, " outs({} : {}) {{", names.join(", "), tys.join(", ")).unwrap();
        self.line(&head);
        let mut args = Vec::new();
        let mut decl = Vec::new();
        for x in ins.iter().chain(outs) {
            let a = self.fresh();
            decl.push(format!("{a}: {}", x.1.elem));
            args.push(a);
        }
        self.line(&format!("^bb0({}):", decl.join(", ")));
        self.indent += 1;
        let ys = body(self, &args)?;
        let ytys: Vec<String> = outs.iter().map(|x| x.1.elem.to_string()).collect();
        self.op(&format!(
            "linalg.yield {} : {}",
            ys.join(", "),
            ytys.join(", ")
        ));
        self.indent -= 1;
        let l = format!("}} -> ({}){}", tys.join(", "), self.loc);
        self.line(&l);
        Ok(n)
    }

    // ---------------------------------------------------------------- structure

    fn top_level(&mut self, op: OpId) -> DiagResult<()> {
        self.loc = format!(" {}", self.m.op(op).loc);
        match self.m.name(op) {
            "func.func" => self.func(op),
            _ => Err(self.err_at(op, "only func.func may appear at the top level")),
        }
    }

    fn func(&mut self, op: OpId) -> DiagResult<()> {
        let m = self.m;
        let name = func_dialect::symbol_name(m, op)
            .ok_or_else(|| self.err_at(op, "function without a name"))?
            .to_string();
        let (inputs, results) = func_dialect::function_type(m, op)
            .ok_or_else(|| self.err_at(op, "function without a type"))?;
        for t in inputs.iter().chain(results) {
            self.tensor(op, t)?;
        }
        let res: Vec<String> = results.iter().map(Type::to_string).collect();
        let sym = {
            let mut s = String::new();
            ir::attr::write_symbol_name(&mut s, &name).unwrap();
            s
        };
        let entry = m.entry_block(op, 0);
        let Some(entry) = entry else {
            let ins: Vec<String> = inputs.iter().map(Type::to_string).collect();
            self.op(&format!(
                "func.func private {sym}({}) -> ({})",
                ins.join(", "),
                res.join(", ")
            ));
            return Ok(());
        };
        let mut args = Vec::new();
        for (i, &a) in m.block(entry).args.iter().enumerate() {
            let n = self.name(a);
            // The argument's name (a discardable attribute): runners such as IREE's
            // read inputs by it (scripts/iree-run.py). Not with an arena: the GPU
            // host-plan reader and the JIT take the signature as types alone.
            let name = (!self.options.arena)
                .then(|| runtime::io::explicit_argument_name(m, op, i))
                .flatten();
            let named = name.map_or(String::new(), |name| {
                let mut quoted = String::new();
                let _ = ir::attr::write_string_literal(&mut quoted, name.as_bytes());
                format!(" {{nn.name = {quoted}}}")
            });
            args.push(format!("{n}: {}{named}", m.value_type(a)));
        }
        let mut attrs = Vec::new();
        if self.options.c_interface {
            attrs.push("llvm.emit_c_interface".to_string());
        }
        let mut res = res;
        if self.options.arena && crate::abi::arena_functions(m).contains(&op) {
            let plan = runtime::plan(m, op)?;
            let ty = format!("memref<{}xi8>", plan.arena_size);
            let name = "%arena".to_string();
            args.push(format!("{name}: {ty}"));
            let ret = m
                .last_op(entry)
                .filter(|&r| m.name(r) == "func.return")
                .map(|r| m.op(r).operands.clone())
                .unwrap_or_default();
            let offsets: Vec<String> = ret
                .iter()
                .map(|&v| plan.buffer(v).map_or(-1, |b| b.offset as i64).to_string())
                .collect();
            attrs.push(format!("autochunk.arena_size = {} : i64", plan.arena_size));
            attrs.push(format!(
                "autochunk.result_offsets = array<i64: {}>",
                offsets.join(", ")
            ));
            res = Vec::new();
            self.arena = Some(Arena { plan, name, ty });
        }
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" attributes {{{}}}", attrs.join(", "))
        };
        self.line(&format!(
            "func.func {sym}({}) -> ({}){attrs} {{",
            args.join(", "),
            res.join(", ")
        ));
        self.indent += 1;
        let func_loc = self.loc.clone();
        let body = self.block_ops(entry);
        self.arena = None;
        body?;
        self.indent -= 1;
        self.line(&format!("}}{func_loc}"));
        Ok(())
    }

    /// In arena mode, the slice of the arena planned for `v` as a `memref` of its
    /// type (`memref.view` at the planned offset), if `v` has a planned buffer.
    fn arena_view(&mut self, v: ValueId, at: OpId) -> DiagResult<Option<(String, T)>> {
        // A view that took over its operand's buffer (`runtime::reused_operand`) is
        // that operand's bytes: nothing to materialise.
        let Some(offset) = self
            .arena
            .as_ref()
            .and_then(|a| a.plan.buffer(v))
            .filter(|b| b.value == v)
            .map(|b| b.offset)
        else {
            return Ok(None);
        };
        let t = self.tensor(at, self.m.value_type(v))?;
        let (arena, arena_ty) = {
            let a = self.arena.as_ref().unwrap();
            (a.name.clone(), a.ty.clone())
        };
        let off = self.index_const(offset as i64);
        let n = self.fresh();
        self.op(&format!(
            "{n} = memref.view {arena}[{off}][] : {arena_ty} to {}",
            memref_of(&t)
        ));
        Ok(Some((n, t)))
    }

    /// A tensor over the arena slice `view` (written in place by bufferisation).
    fn arena_tensor(&mut self, view: &str, t: &T) -> String {
        let n = self.fresh();
        self.op(&format!(
            "{n} = bufferization.to_tensor {view} restrict writable : {}",
            memref_of(t)
        ));
        n
    }

    fn block_ops(&mut self, block: ir::BlockId) -> DiagResult<()> {
        let ops: Vec<OpId> = self.m.block_ops(block).collect();
        for op in ops {
            self.loc = format!(" {}", self.m.op(op).loc);
            self.convert_op(op)?;
        }
        Ok(())
    }

    fn bind(&mut self, op: OpId, name: String) {
        let v = self.m.op(op).results[0];
        self.names.insert(v, name);
    }

    fn convert_op(&mut self, op: OpId) -> DiagResult<()> {
        let m = self.m;
        let name = m.name(op);
        if self.arena.is_none() || name == "chunk.for" || name == "func.return" {
            return self.convert_op_body(op);
        }
        // Arena: each result's slice first (so that it dominates the op's code and
        // `eliminate-empty-tensors` can make the op write there), the op, then the
        // result materialised in its slice.
        let mut views = Vec::new();
        for &r in &m.op(op).results.clone() {
            if let Some(v) = self.arena_view(r, op)? {
                views.push((r, v));
            }
        }
        self.convert_op_body(op)?;
        for (r, (view, t)) in views {
            let n = self.name(r);
            self.op(&format!(
                "bufferization.materialize_in_destination {n} in restrict writable {view} : ({}, {}) -> ()",
                t.ty,
                memref_of(&t)
            ));
            // Later uses read the arena slice, not the value that was materialised
            // (which may alias another buffer: a reshape's operand, a slice's source).
            let read = self.fresh();
            self.op(&format!(
                "{read} = bufferization.to_tensor {view} restrict : {}",
                memref_of(&t)
            ));
            self.names.insert(r, read);
        }
        Ok(())
    }

    fn convert_op_body(&mut self, op: OpId) -> DiagResult<()> {
        let m = self.m;
        let name = m.name(op).to_string();
        match name.as_str() {
            "func.return" if self.arena.is_some() => {
                self.op("func.return");
                Ok(())
            }
            "func.return" => {
                let vals: Vec<ValueId> = m.op(op).operands.clone();
                let names: Vec<String> = vals.iter().map(|&v| self.name(v)).collect();
                let tys: Vec<String> = vals.iter().map(|&v| m.value_type(v).to_string()).collect();
                if vals.is_empty() {
                    self.op("func.return");
                } else {
                    self.op(&format!(
                        "func.return {} : {}",
                        names.join(", "),
                        tys.join(", ")
                    ));
                }
                Ok(())
            }
            "func.call" => self.call(op),
            "chunk.for" => self.chunk_for(op),
            "nn.neg" | "nn.abs" | "nn.exp" | "nn.log" | "nn.sqrt" | "nn.rsqrt" | "nn.tanh"
            | "nn.sigmoid" | "nn.relu" | "nn.silu" | "nn.erf" | "nn.gelu" | "nn.add" | "nn.sub"
            | "nn.mul" | "nn.div" | "nn.max" | "nn.min" | "nn.pow" | "nn.compare" | "nn.select"
            | "nn.convert" => self.elementwise(op),
            "nn.constant" => {
                let t = self.result(op)?;
                let value = m
                    .attr(op, "value")
                    .ok_or_else(|| self.err_at(op, "missing attribute 'value'"))?;
                // A splat of more than one element is a fill: as a constant it would
                // become a global of every element (400 GB for a splat of 10^11 f32s,
                // which LLVM cannot allocate and dies on).
                if let ir::Attribute::Dense {
                    data: ir::DenseElements::Splat(scalar),
                    ty,
                } = value
                {
                    if ty.num_elements().is_some_and(|n| n > 1) {
                        let lit = match (scalar, &t.elem) {
                            // `arith.constant true` takes no type; `1 : i1` does.
                            (ir::Scalar::Bool(b), _) => u8::from(*b).to_string(),
                            (ir::Scalar::Int(i), Type::Integer { width: 1, .. }) => {
                                u8::from(*i != 0).to_string()
                            }
                            (ir::Scalar::Int(i), Type::Integer { .. }) => i.to_string(),
                            (s, elem) => float_bits(s.as_f64(), elem),
                        };
                        let n = self.filled_lit(&t, &lit);
                        self.bind(op, n);
                        return Ok(());
                    }
                }
                let n = self.fresh();
                self.op(&format!("{n} = arith.constant {value}"));
                self.bind(op, n);
                Ok(())
            }
            "nn.iota" => self.iota(op),
            "nn.matmul" => self.matmul(op),
            "nn.dot_general" => self.dot_general(op),
            "nn.reduce_sum" | "nn.reduce_max" | "nn.reduce_mean" => self.reduce(op),
            "nn.softmax" => self.softmax(op),
            "nn.layer_norm" => self.layer_norm(op),
            "nn.rms_norm" => self.rms_norm(op),
            "nn.reshape" => self.reshape(op),
            // The values pass through; the sharding is for an SPMD partitioner.
            "nn.sharding_constraint" => {
                let (x, _) = self.operand(op, 0)?;
                self.bind(op, x);
                Ok(())
            }
            "nn.transpose" => self.transpose(op),
            "nn.broadcast_in_dim" => self.broadcast_in_dim(op),
            "nn.slice" => self.slice(op),
            "nn.concat" => self.concat(op),
            "nn.embedding" => self.embedding(op),
            "nn.conv2d" => self.conv2d(op),
            "nn.max_pool2d" => self.pool(op, true),
            "nn.avg_pool2d" => self.pool(op, false),
            "nn.upsample_nearest2d" => self.upsample(op),
            "nn.attention" => self.attention(op),
            "nn.group_norm" => self.group_norm(op),
            _ => Err(self.err_at(op, "no lowering for this operation yet")),
        }
    }

    fn call(&mut self, op: OpId) -> DiagResult<()> {
        let m = self.m;
        let callee = m
            .attr(op, "callee")
            .and_then(Attribute::as_symbol)
            .ok_or_else(|| self.err_at(op, "missing attribute 'callee'"))?
            .to_string();
        let args: Vec<ValueId> = m.op(op).operands.clone();
        let names: Vec<String> = args.iter().map(|&v| self.name(v)).collect();
        let ins: Vec<String> = args.iter().map(|&v| m.value_type(v).to_string()).collect();
        let outs: Vec<String> = m.result_types(op).iter().map(Type::to_string).collect();
        let results = m.op(op).results.clone();
        let n = self.fresh();
        let mut sym = String::new();
        ir::attr::write_symbol_name(&mut sym, &callee).unwrap();
        let lhs = match results.len() {
            0 => String::new(),
            1 => format!("{n} = "),
            k => format!("{n}:{k} = "),
        };
        self.op(&format!(
            "{lhs}func.call {sym}({}) : ({}) -> ({})",
            names.join(", "),
            ins.join(", "),
            outs.join(", ")
        ));
        for (i, &r) in results.iter().enumerate() {
            let name = if results.len() == 1 {
                n.clone()
            } else {
                format!("{n}#{i}")
            };
            self.names.insert(r, name);
        }
        Ok(())
    }

    // ------------------------------------------------------------ chunk.for

    fn chunk_for(&mut self, op: OpId) -> DiagResult<()> {
        let m = self.m;
        let cf = chunk_dialect::ChunkFor::read(m, op)?;
        let body = m
            .entry_block(op, 0)
            .ok_or_else(|| self.err_at(op, "chunk.for without a body"))?;
        let yield_op = m
            .last_op(body)
            .filter(|&y| m.name(y) == "chunk.yield")
            .ok_or_else(|| self.err_at(op, "chunk.for body does not end in chunk.yield"))?;
        let results: Vec<ValueId> = m.op(op).results.clone();
        let rtypes: Vec<T> = results
            .iter()
            .map(|&r| self.tensor(op, m.value_type(r)))
            .collect::<DiagResult<_>>()?;
        let loc = self.loc.clone();
        let mut inits = Vec::new();
        for (&r, t) in results.iter().zip(&rtypes) {
            let init = match self.arena_view(r, op)? {
                Some((view, t)) => self.arena_tensor(&view, &t),
                None => self.empty(t),
            };
            inits.push(init);
        }
        let c0 = self.index_const(0);
        let cn = self.index_const(cf.extent);
        let cs = self.index_const(cf.step);
        let clast = self.index_const(cf.extent - cf.step);
        let n = self.fresh();
        let iv = self.fresh();
        let accs: Vec<String> = rtypes.iter().map(|_| self.fresh()).collect();
        let iter_args: Vec<String> = accs
            .iter()
            .zip(&inits)
            .map(|(a, i)| format!("{a} = {i}"))
            .collect();
        let rtys: Vec<String> = rtypes.iter().map(|t| t.ty.to_string()).collect();
        let lhs = match results.len() {
            0 => String::new(),
            1 => format!("{n} = "),
            k => format!("{n}:{k} = "),
        };
        self.line(&format!(
            "{lhs}scf.for {iv} = {c0} to {cn} step {cs} iter_args({}) -> ({}) {{",
            iter_args.join(", "),
            rtys.join(", ")
        ));
        self.indent += 1;
        let off = self.fresh();
        self.op(&format!("{off} = arith.minsi {iv}, {clast} : index"));
        let off_i = self.fresh();
        self.op(&format!("{off_i} = arith.index_cast {off} : index to i64"));
        let args = m.block(body).args.clone();
        let off_t = self.fresh();
        if let Some((view, t)) = self.arena_view(args[0], op)? {
            let dest = self.arena_tensor(&view, &t);
            self.op(&format!(
                "{off_t} = tensor.insert {off_i} into {dest}[] : tensor<i64>"
            ));
        } else {
            self.op(&format!(
                "{off_t} = tensor.from_elements {off_i} : tensor<i64>"
            ));
        }
        self.names.insert(args[0], off_t);
        for (i, &operand) in m.op(op).operands.clone().iter().enumerate() {
            let outer = self.name(operand);
            let arg = args[i + 1];
            match cf.operand_dims.get(i).copied().flatten() {
                None => {
                    self.names.insert(arg, outer);
                }
                Some(d) => {
                    let t = self.tensor(op, m.value_type(operand))?;
                    let st = self.tensor(op, m.value_type(arg))?;
                    let s = self.fresh();
                    let row = self.block_offset(&off, m.value_type(operand), d, cf.extent);
                    let (offs, sizes, strides) = slice_spec(&st.shape, d, &row);
                    self.op(&format!(
                        "{s} = tensor.extract_slice {outer}[{offs}] [{sizes}] [{strides}] : {} to {}",
                        t.ty, st.ty
                    ));
                    self.names.insert(arg, s);
                }
            }
        }
        // Body ops, except the terminator.
        let ops: Vec<OpId> = m.block_ops(body).filter(|&o| o != yield_op).collect();
        for o in ops {
            self.loc = format!(" {}", m.op(o).loc);
            self.convert_op(o)?;
        }
        self.loc = loc.clone();
        let mut updated = Vec::new();
        for (j, &y) in m.op(yield_op).operands.clone().iter().enumerate() {
            let yn = self.name(y);
            let yt = self.tensor(op, m.value_type(y))?;
            let d = cf.result_dims[j];
            let u = self.fresh();
            let row = self.block_offset(&off, m.value_type(results[j]), d, cf.extent);
            let (offs, sizes, strides) = slice_spec(&yt.shape, d, &row);
            self.op(&format!(
                "{u} = tensor.insert_slice {yn} into {}[{offs}] [{sizes}] [{strides}] : {} into {}",
                accs[j], yt.ty, rtypes[j].ty
            ));
            updated.push(u);
        }
        self.op(&format!(
            "scf.yield {} : {}",
            updated.join(", "),
            rtys.join(", ")
        ));
        self.indent -= 1;
        self.line(&format!("}}{loc}"));
        for (i, &r) in results.iter().enumerate() {
            let name = if results.len() == 1 {
                n.clone()
            } else {
                format!("{n}#{i}")
            };
            self.names.insert(r, name);
        }
        Ok(())
    }

    // ------------------------------------------------------------ elementwise

    fn elementwise(&mut self, op: OpId) -> DiagResult<()> {
        let m = self.m;
        let name = m.name(op).to_string();
        let out = self.result(op)?;
        let mut ins = Vec::new();
        let mut kinds = Vec::new();
        let mut elems = Vec::new();
        for i in 0..m.op(op).operands.len() {
            let (n, t) = self.operand(op, i)?;
            kinds.push(self.kind(op, &t.elem)?);
            elems.push(t.elem.clone());
            let map = broadcast_map(&t.shape, &out.shape);
            ins.push((n, t, map));
        }
        let out_kind = self.kind(op, &out.elem)?;
        let init = self.empty(&out);
        let r = out.rank();
        let outs = vec![(init, out.clone(), identity(r))];
        let iters = vec!["parallel"; r];
        let direction = m
            .attr(op, "direction")
            .and_then(Attribute::as_str)
            .map(str::to_string);
        let approximate = m
            .attr(op, "approximate")
            .and_then(Attribute::as_str)
            .unwrap_or("none")
            .to_string();
        let out_elem = out.elem.clone();
        let res = self.generic(r, &iters, &ins, &outs, &mut |e, a| {
            let y = e.scalar(
                op,
                &name,
                &kinds,
                &elems,
                out_kind,
                &out_elem,
                a,
                direction.as_deref(),
                &approximate,
            )?;
            Ok(vec![y])
        })?;
        self.bind(op, res);
        Ok(())
    }

    /// One scalar op (body of an elementwise generic).
    #[allow(clippy::too_many_arguments)]
    fn scalar(
        &mut self,
        op: OpId,
        name: &str,
        kinds: &[Kind],
        elems: &[Type],
        out_kind: Kind,
        out_elem: &Type,
        a: &[String],
        direction: Option<&str>,
        approximate: &str,
    ) -> DiagResult<String> {
        let k = kinds[0];
        let et = &elems[0];
        let n = self.fresh();
        let x = &a[0];
        let unsupported = |e: &Self| e.err_at(op, format!("unsupported element type {et}"));
        match (name, k) {
            ("nn.neg", Kind::Float) => self.op(&format!("{n} = arith.negf {x} : {et}")),
            ("nn.neg", Kind::Int) => {
                let z = self.scalar_const(0.0, et);
                self.op(&format!("{n} = arith.subi {z}, {x} : {et}"));
            }
            ("nn.abs", Kind::Float) => self.op(&format!("{n} = math.absf {x} : {et}")),
            ("nn.abs", Kind::Int) => self.op(&format!("{n} = math.absi {x} : {et}")),
            ("nn.exp", Kind::Float) => self.op(&format!("{n} = math.exp {x} : {et}")),
            ("nn.log", Kind::Float) => self.op(&format!("{n} = math.log {x} : {et}")),
            ("nn.sqrt", Kind::Float) => self.op(&format!("{n} = math.sqrt {x} : {et}")),
            ("nn.rsqrt", Kind::Float) => self.op(&format!("{n} = math.rsqrt {x} : {et}")),
            ("nn.tanh", Kind::Float) => self.op(&format!("{n} = math.tanh {x} : {et}")),
            ("nn.erf", Kind::Float) => self.op(&format!("{n} = math.erf {x} : {et}")),
            ("nn.relu", Kind::Float) => {
                // x < 0 ? 0 : x, so that NaN stays NaN and -0 stays -0 like the runtime.
                let z = self.scalar_const(0.0, et);
                let c = self.fresh();
                self.op(&format!("{c} = arith.cmpf olt, {x}, {z} : {et}"));
                self.op(&format!("{n} = arith.select {c}, {z}, {x} : {et}"));
            }
            ("nn.relu", Kind::Int) => {
                let z = self.scalar_const(0.0, et);
                self.op(&format!("{n} = arith.maxsi {x}, {z} : {et}"));
            }
            ("nn.sigmoid", Kind::Float) | ("nn.silu", Kind::Float) => {
                let one = self.scalar_const(1.0, et);
                let neg = self.fresh();
                self.op(&format!("{neg} = arith.negf {x} : {et}"));
                let ex = self.fresh();
                self.op(&format!("{ex} = math.exp {neg} : {et}"));
                let den = self.fresh();
                self.op(&format!("{den} = arith.addf {one}, {ex} : {et}"));
                if name == "nn.sigmoid" {
                    self.op(&format!("{n} = arith.divf {one}, {den} : {et}"));
                } else {
                    self.op(&format!("{n} = arith.divf {x}, {den} : {et}"));
                }
            }
            ("nn.gelu", Kind::Float) => {
                let half = self.scalar_const(0.5, et);
                let one = self.scalar_const(1.0, et);
                let inner = if approximate == "tanh" {
                    let c = self.scalar_const((2.0 / std::f64::consts::PI).sqrt(), et);
                    let k = self.scalar_const(0.044715, et);
                    let x2 = self.fresh();
                    self.op(&format!("{x2} = arith.mulf {x}, {x} : {et}"));
                    let x3 = self.fresh();
                    self.op(&format!("{x3} = arith.mulf {x2}, {x} : {et}"));
                    let kx3 = self.fresh();
                    self.op(&format!("{kx3} = arith.mulf {k}, {x3} : {et}"));
                    let s = self.fresh();
                    self.op(&format!("{s} = arith.addf {x}, {kx3} : {et}"));
                    let cs = self.fresh();
                    self.op(&format!("{cs} = arith.mulf {c}, {s} : {et}"));
                    let t = self.fresh();
                    self.op(&format!("{t} = math.tanh {cs} : {et}"));
                    t
                } else {
                    let r = self.scalar_const(std::f64::consts::FRAC_1_SQRT_2, et);
                    let xs = self.fresh();
                    self.op(&format!("{xs} = arith.mulf {x}, {r} : {et}"));
                    let t = self.fresh();
                    self.op(&format!("{t} = math.erf {xs} : {et}"));
                    t
                };
                let p = self.fresh();
                self.op(&format!("{p} = arith.addf {one}, {inner} : {et}"));
                let hx = self.fresh();
                self.op(&format!("{hx} = arith.mulf {half}, {x} : {et}"));
                self.op(&format!("{n} = arith.mulf {hx}, {p} : {et}"));
            }
            ("nn.add" | "nn.sub" | "nn.mul" | "nn.div" | "nn.max" | "nn.min" | "nn.pow", _) => {
                let y = &a[1];
                let opname = match (name, k) {
                    ("nn.add", Kind::Float) => "arith.addf",
                    ("nn.sub", Kind::Float) => "arith.subf",
                    ("nn.mul", Kind::Float) => "arith.mulf",
                    ("nn.div", Kind::Float) => "arith.divf",
                    ("nn.max", Kind::Float) => "arith.maximumf",
                    ("nn.min", Kind::Float) => "arith.minimumf",
                    ("nn.pow", Kind::Float) => "math.powf",
                    ("nn.add", Kind::Int) => "arith.addi",
                    ("nn.sub", Kind::Int) => "arith.subi",
                    ("nn.mul", Kind::Int) => "arith.muli",
                    ("nn.div", Kind::Int) => "arith.divsi",
                    ("nn.max", Kind::Int) => "arith.maxsi",
                    ("nn.min", Kind::Int) => "arith.minsi",
                    ("nn.pow", Kind::Int) => "math.ipowi",
                    _ => return Err(unsupported(self)),
                };
                self.op(&format!("{n} = {opname} {x}, {y} : {et}"));
            }
            ("nn.compare", _) => {
                let y = &a[1];
                let dir = direction.unwrap_or("EQ");
                let (opname, pred) = match (k, dir) {
                    (Kind::Float, "EQ") => ("arith.cmpf", "oeq"),
                    (Kind::Float, "NE") => ("arith.cmpf", "une"),
                    (Kind::Float, "LT") => ("arith.cmpf", "olt"),
                    (Kind::Float, "LE") => ("arith.cmpf", "ole"),
                    (Kind::Float, "GT") => ("arith.cmpf", "ogt"),
                    (Kind::Float, "GE") => ("arith.cmpf", "oge"),
                    (_, "EQ") => ("arith.cmpi", "eq"),
                    (_, "NE") => ("arith.cmpi", "ne"),
                    (Kind::Bool, "LT") => ("arith.cmpi", "ult"),
                    (Kind::Bool, "LE") => ("arith.cmpi", "ule"),
                    (Kind::Bool, "GT") => ("arith.cmpi", "ugt"),
                    (Kind::Bool, "GE") => ("arith.cmpi", "uge"),
                    (_, "LT") => ("arith.cmpi", "slt"),
                    (_, "LE") => ("arith.cmpi", "sle"),
                    (_, "GT") => ("arith.cmpi", "sgt"),
                    (_, "GE") => ("arith.cmpi", "sge"),
                    _ => return Err(self.err_at(op, format!("unknown direction '{dir}'"))),
                };
                self.op(&format!("{n} = {opname} {pred}, {x}, {y} : {et}"));
            }
            ("nn.select", _) => {
                let t = &elems[1];
                self.op(&format!("{n} = arith.select {x}, {}, {} : {t}", a[1], a[2]));
            }
            ("nn.convert", _) => return self.convert_scalar(op, k, et, out_kind, out_elem, x),
            _ => return Err(unsupported(self)),
        }
        Ok(n)
    }

    fn convert_scalar(
        &mut self,
        op: OpId,
        from: Kind,
        ft: &Type,
        to: Kind,
        tt: &Type,
        x: &str,
    ) -> DiagResult<String> {
        let width = |t: &Type| match t {
            Type::Integer { width, .. } => *width,
            Type::Float(FloatKind::F16 | FloatKind::BF16) => 16,
            Type::Float(FloatKind::F32) => 32,
            _ => 64,
        };
        if ft == tt {
            return Ok(x.to_string());
        }
        let n = self.fresh();
        match (from, to) {
            // bf16 <-> f16 have the same width but neither holds the other: go
            // through f32 (exact from either side), then round to the target.
            (Kind::Float, Kind::Float) if width(ft) == width(tt) => {
                let wide = self.fresh();
                self.op(&format!("{wide} = arith.extf {x} : {ft} to f32"));
                self.op(&format!("{n} = arith.truncf {wide} : f32 to {tt}"));
            }
            (Kind::Float, Kind::Float) => {
                let o = if width(ft) < width(tt) {
                    "arith.extf"
                } else {
                    "arith.truncf"
                };
                self.op(&format!("{n} = {o} {x} : {ft} to {tt}"));
            }
            (Kind::Float, Kind::Int) => self.op(&format!("{n} = arith.fptosi {x} : {ft} to {tt}")),
            (Kind::Int, Kind::Float) => self.op(&format!("{n} = arith.sitofp {x} : {ft} to {tt}")),
            (Kind::Bool, Kind::Float) => self.op(&format!("{n} = arith.uitofp {x} : {ft} to {tt}")),
            (Kind::Bool, Kind::Int) => self.op(&format!("{n} = arith.extui {x} : {ft} to {tt}")),
            (Kind::Int, Kind::Int) => {
                let o = if width(ft) < width(tt) {
                    "arith.extsi"
                } else {
                    "arith.trunci"
                };
                self.op(&format!("{n} = {o} {x} : {ft} to {tt}"));
            }
            (Kind::Float, Kind::Bool) => {
                let z = self.scalar_const(0.0, ft);
                self.op(&format!("{n} = arith.cmpf une, {x}, {z} : {ft}"));
            }
            (Kind::Int, Kind::Bool) => {
                let z = self.scalar_const(0.0, ft);
                self.op(&format!("{n} = arith.cmpi ne, {x}, {z} : {ft}"));
            }
            (Kind::Bool, Kind::Bool) => return Ok(x.to_string()),
        }
        let _ = op;
        Ok(n)
    }

    // ------------------------------------------------------------ constants

    fn iota(&mut self, op: OpId) -> DiagResult<()> {
        let out = self.result(op)?;
        let kind = self.kind(op, &out.elem)?;
        let r = out.rank();
        let d = norm_axis(
            self.int_attr(op, "dimension")
                .ok_or_else(|| self.err_at(op, "missing attribute 'dimension'"))?,
            r,
        );
        let init = self.empty(&out);
        let outs = vec![(init, out.clone(), identity(r))];
        let elem = out.elem.clone();
        let res = self.generic(r, &vec!["parallel"; r], &[], &outs, &mut |e, _| {
            let i = e.fresh();
            e.op(&format!("{i} = linalg.index {d} : index"));
            let v = e.fresh();
            match kind {
                Kind::Float => {
                    let w = e.fresh();
                    e.op(&format!("{w} = arith.index_cast {i} : index to i64"));
                    e.op(&format!("{v} = arith.sitofp {w} : i64 to {elem}"));
                }
                _ => e.op(&format!("{v} = arith.index_cast {i} : index to {elem}")),
            }
            Ok(vec![v])
        })?;
        self.bind(op, res);
        Ok(())
    }

    // ------------------------------------------------------------ contractions

    /// `tensor.collapse_shape` (or the value itself when nothing changes).
    fn collapse(&mut self, x: &str, t: &T, groups: &[Vec<usize>]) -> (String, T) {
        let shape: Vec<i64> = groups
            .iter()
            .map(|g| g.iter().map(|&i| t.shape[i]).product())
            .collect();
        let nt = t.with_shape(&shape);
        if shape == t.shape {
            return (x.to_string(), nt);
        }
        let n = self.fresh();
        self.op(&format!(
            "{n} = tensor.collapse_shape {x} {} : {} into {}",
            reassoc(groups),
            t.ty,
            nt.ty
        ));
        (n, nt)
    }

    fn expand(&mut self, x: &str, t: &T, out: &T, groups: &[Vec<usize>]) -> String {
        if t.shape == out.shape {
            return x.to_string();
        }
        let n = self.fresh();
        self.op(&format!(
            "{n} = tensor.expand_shape {x} {} output_shape [{}] : {} into {}",
            reassoc(groups),
            list(&out.shape),
            t.ty,
            out.ty
        ));
        n
    }

    fn matmul(&mut self, op: OpId) -> DiagResult<()> {
        let (a, at) = self.operand(op, 0)?;
        let (b, bt) = self.operand(op, 1)?;
        let out = self.result(op)?;
        let kind = self.kind(op, &out.elem)?;
        if kind == Kind::Bool {
            return Err(self.err_at(op, "unsupported element type i1"));
        }
        let (ra, rb, r) = (at.rank(), bt.rank(), out.rank());
        let res = if ra == 2 && rb == 2 && !out.is_half() {
            let f = self.filled(&out, 0.0);
            let n = self.fresh();
            self.op(&format!(
                "{n} = linalg.matmul ins({a}, {b} : {}, {}) outs({f} : {}) -> {}",
                at.ty, bt.ty, out.ty, out.ty
            ));
            n
        } else {
            // Batched (equal, broadcast, or against a matrix): one linalg.generic with
            // a reduction dim, in the result's shape. Not a collapse into
            // `linalg.matmul` / `batch_matmul` and an expand back: in arena mode the
            // reshape propagation of the fusion pass may leave the collapsed
            // accumulator aside, computed and copied into the slot. The JIT calls the
            // packed GEMM for this generic (`gemm.rs`), which merges the batch into M
            // where the strides allow.
            let k = format!("d{r}");
            let bmap = |shape: &[i64], last2: [String; 2]| {
                let nbx = shape.len() - 2;
                let mut ex: Vec<String> = (0..nbx)
                    .map(|j| {
                        let kk = (r - 2) - nbx + j;
                        if shape[j] == 1 && out.shape[kk] != 1 {
                            "0".to_string()
                        } else {
                            format!("d{kk}")
                        }
                    })
                    .collect();
                ex.extend(last2);
                affine(r + 1, &ex)
            };
            let am = bmap(&at.shape, [format!("d{}", r - 2), k.clone()]);
            let bm = bmap(&bt.shape, [k.clone(), format!("d{}", r - 1)]);
            let om = affine(r + 1, &(0..r).map(|i| format!("d{i}")).collect::<Vec<_>>());
            let mut iters = vec!["parallel"; r];
            iters.push("reduction");
            self.contract(r + 1, &iters, (a, at, am), (b, bt, bm), &out, om, kind)?
        };
        self.bind(op, res);
        Ok(())
    }

    fn mul_add(&mut self, a: &str, b: &str, acc: &str, kind: Kind, elem: &Type) -> String {
        let (mul, add) = if kind == Kind::Float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        let p = self.fresh();
        self.op(&format!("{p} = {mul} {a}, {b} : {elem}"));
        let s = self.fresh();
        self.op(&format!("{s} = {add} {acc}, {p} : {elem}"));
        s
    }

    fn dot_general(&mut self, op: OpId) -> DiagResult<()> {
        let (a, at) = self.operand(op, 0)?;
        let (b, bt) = self.operand(op, 1)?;
        let out = self.result(op)?;
        let kind = self.kind(op, &out.elem)?;
        if kind == Kind::Bool {
            return Err(self.err_at(op, "unsupported element type i1"));
        }
        let get = |e: &Self, name: &str, rank: usize| -> Vec<usize> {
            e.ints_attr(op, name)
                .unwrap_or_default()
                .into_iter()
                .map(|d| norm_axis(d, rank))
                .collect()
        };
        let lb = get(self, "lhs_batching_dimensions", at.rank());
        let rbd = get(self, "rhs_batching_dimensions", bt.rank());
        let lc = get(self, "lhs_contracting_dimensions", at.rank());
        let rc = get(self, "rhs_contracting_dimensions", bt.rank());
        let r = out.rank();
        let nd = r + lc.len();
        let map_for = |rank: usize, batch: &[usize], contract: &[usize], free_start: usize| {
            let mut free = free_start;
            let ex: Vec<String> = (0..rank)
                .map(|d| {
                    if let Some(i) = batch.iter().position(|&x| x == d) {
                        format!("d{i}")
                    } else if let Some(j) = contract.iter().position(|&x| x == d) {
                        format!("d{}", r + j)
                    } else {
                        free += 1;
                        format!("d{}", free - 1)
                    }
                })
                .collect();
            affine(nd, &ex)
        };
        let a_free = at.rank() - lb.len() - lc.len();
        let am = map_for(at.rank(), &lb, &lc, lb.len());
        let bm = map_for(bt.rank(), &rbd, &rc, lb.len() + a_free);
        let om = affine(nd, &(0..r).map(|i| format!("d{i}")).collect::<Vec<_>>());
        let mut iters = vec!["parallel"; r];
        iters.extend(std::iter::repeat_n("reduction", lc.len()));
        let res = self.contract(nd, &iters, (a, at, am), (b, bt, bm), &out, om, kind)?;
        self.bind(op, res);
        Ok(())
    }

    /// The multiply-accumulate generic of a contraction into `out`. Half-precision
    /// operands are widened and accumulated in f32, and the sum rounded once into
    /// `out`'s type (the reference runtime's numerics).
    #[allow(clippy::too_many_arguments)]
    fn contract(
        &mut self,
        nd: usize,
        iters: &[&str],
        a: (String, T, String),
        b: (String, T, String),
        out: &T,
        om: String,
        kind: Kind,
    ) -> DiagResult<String> {
        let half = out.is_half();
        let acc = if half {
            out.with_elem(Type::f32())
        } else {
            out.clone()
        };
        let f = self.filled(&acc, 0.0);
        let (ea, eb, acc_elem) = (a.1.elem.clone(), b.1.elem.clone(), acc.elem.clone());
        let n = self.generic(nd, iters, &[a, b], &[(f, acc.clone(), om)], &mut |e, x| {
            let (xa, xb) = if half {
                (e.widen(&x[0], &ea), e.widen(&x[1], &eb))
            } else {
                (x[0].clone(), x[1].clone())
            };
            Ok(vec![e.mul_add(&xa, &xb, &x[2], kind, &acc_elem)])
        })?;
        Ok(if half {
            self.round_into(&n, &acc, out)
        } else {
            n
        })
    }

    /// `x` of type `elem` as f32 (an `arith.extf` unless it is f32 already).
    fn widen(&mut self, x: &str, elem: &Type) -> String {
        if *elem == Type::f32() {
            return x.to_string();
        }
        let n = self.fresh();
        self.op(&format!("{n} = arith.extf {x} : {elem} to f32"));
        n
    }

    /// An f32 tensor rounded (to nearest even) into the half-precision type `to`.
    fn round_into(&mut self, x: &str, xt: &T, to: &T) -> String {
        let r = xt.rank();
        let init = self.empty(to);
        let elem = to.elem.clone();
        self.generic(
            r,
            &vec!["parallel"; r],
            &[(x.to_string(), xt.clone(), identity(r))],
            &[(init, to.clone(), identity(r))],
            &mut |e, a| {
                let n = e.fresh();
                e.op(&format!("{n} = arith.truncf {} : f32 to {elem}", a[0]));
                Ok(vec![n])
            },
        )
        .expect("a parallel conversion generic is always valid")
    }

    // ------------------------------------------------------------ reductions

    /// Reduces `x` over `axes` (sorted, distinct) into a tensor without those dims,
    /// combining with `combine` from `init`. Returns (name, type).
    fn reduce_into(
        &mut self,
        op: OpId,
        x: &str,
        xt: &T,
        axes: &[usize],
        max: bool,
    ) -> DiagResult<(String, T)> {
        let kind = self.kind(op, &xt.elem)?;
        let r = xt.rank();
        let kept: Vec<usize> = (0..r).filter(|d| !axes.contains(d)).collect();
        let rt = xt.with_shape(&kept.iter().map(|&d| xt.shape[d]).collect::<Vec<_>>());
        let init = if max {
            match (kind, &xt.elem) {
                (Kind::Float, _) => f64::NEG_INFINITY,
                (_, Type::Integer { width: 32, .. }) => i32::MIN as f64,
                (_, Type::Integer { width: 64, .. }) => i64::MIN as f64,
                _ => return Err(self.err_at(op, format!("unsupported element type {}", xt.elem))),
            }
        } else {
            0.0
        };
        // Half-precision sums accumulate in f32 and are rounded once (as the reference
        // runtime does); a max is exact in any precision.
        let widen = xt.is_half() && !max;
        let acc = if widen {
            rt.with_elem(Type::f32())
        } else {
            rt.clone()
        };
        let f = if init == i64::MIN as f64 && kind == Kind::Int {
            // f64 cannot carry i64::MIN's text exactly through `as i64` formatting issues;
            // write it directly.
            let e = self.empty(&acc);
            let c = self.fresh();
            self.op(&format!("{c} = arith.constant {} : {}", i64::MIN, acc.elem));
            let n = self.fresh();
            self.op(&format!(
                "{n} = linalg.fill ins({c} : {}) outs({e} : {}) -> {}",
                acc.elem, acc.ty, acc.ty
            ));
            n
        } else {
            self.filled(&acc, init)
        };
        let om = affine(r, &kept.iter().map(|d| format!("d{d}")).collect::<Vec<_>>());
        let iters: Vec<&str> = (0..r)
            .map(|d| {
                if axes.contains(&d) {
                    "reduction"
                } else {
                    "parallel"
                }
            })
            .collect();
        let (elem, acc_elem) = (xt.elem.clone(), acc.elem.clone());
        let n = self.generic(
            r,
            &iters,
            &[(x.to_string(), xt.clone(), identity(r))],
            &[(f, acc.clone(), om)],
            &mut |e, a| {
                let v = if widen {
                    e.widen(&a[0], &elem)
                } else {
                    a[0].clone()
                };
                let n = e.fresh();
                let o = match (max, kind) {
                    (false, Kind::Float) => "arith.addf",
                    (false, _) => "arith.addi",
                    (true, Kind::Float) => "arith.maximumf",
                    (true, _) => "arith.maxsi",
                };
                e.op(&format!("{n} = {o} {}, {v} : {acc_elem}", a[1]));
                Ok(vec![n])
            },
        )?;
        if widen {
            return Ok((self.round_into(&n, &acc, &rt), rt));
        }
        Ok((n, rt))
    }

    fn reduce(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let mut axes: Vec<usize> = self
            .req_ints(op, "axes")?
            .into_iter()
            .map(|a| norm_axis(a, xt.rank()))
            .collect();
        axes.sort_unstable();
        axes.dedup();
        let name = self.m.name(op).to_string();
        let (mut n, mut rt) = self.reduce_into(op, &x, &xt, &axes, name == "nn.reduce_max")?;
        if name == "nn.reduce_mean" {
            let count: i64 = axes.iter().map(|&d| xt.shape[d]).product();
            let rr = rt.rank();
            let init = self.empty(&rt);
            let elem = rt.elem.clone();
            n = self.generic(
                rr,
                &vec!["parallel"; rr],
                &[(n.clone(), rt.clone(), identity(rr))],
                &[(init, rt.clone(), identity(rr))],
                &mut |e, a| {
                    let c = e.scalar_const(count as f64, &elem);
                    let q = e.fresh();
                    e.op(&format!("{q} = arith.divf {}, {c} : {elem}", a[0]));
                    Ok(vec![q])
                },
            )?;
        }
        if rt.shape != out.shape {
            // keepdims: the same elements with size-1 dims put back.
            let kept: Vec<usize> = (0..xt.rank()).filter(|d| !axes.contains(d)).collect();
            let groups = keepdims_groups(&kept, xt.rank());
            n = self.expand(&n, &rt, &out, &groups);
            rt = out;
        }
        let _ = rt;
        self.bind(op, n);
        Ok(())
    }

    fn softmax(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let axis = norm_axis(self.int_attr(op, "axis").unwrap_or(-1), xt.rank());
        let (ex, sum, st) = self.softmax_exp(op, &x, &xt, axis, false)?;
        let in_place = self.result_in_slot(op);
        let res = self.divide_rows(&ex, &xt, &sum, &st, axis, in_place)?;
        self.bind(op, res);
        Ok(())
    }

    /// The numerator and denominator of a softmax of `x` along `axis`: `exp(x -
    /// max)` (written into a new tensor, or over `x` itself, a temporary of the
    /// caller, with `in_place`) and its sum along `axis`. Returns (exp, sum, sum's
    /// type).
    fn softmax_exp(
        &mut self,
        op: OpId,
        x: &str,
        xt: &T,
        axis: usize,
        in_place: bool,
    ) -> DiagResult<(String, String, T)> {
        let (x, xt) = (x.to_string(), xt.clone());
        let r = xt.rank();
        let elem = xt.elem.clone();
        let (mx, mt) = self.reduce_into(op, &x, &xt, &[axis], true)?;
        let rmap = self.rows_map(r, axis);
        let iters = vec!["parallel"; r];
        let (ins, outs) = if in_place {
            (vec![(mx, mt, rmap)], vec![(x, xt.clone(), identity(r))])
        } else {
            let e0 = self.empty(&xt);
            (
                vec![(x, xt.clone(), identity(r)), (mx, mt, rmap)],
                vec![(e0, xt.clone(), identity(r))],
            )
        };
        let ex = self.generic(r, &iters, &ins, &outs, &mut |e, a| {
            // In place, x is the init (the last block argument).
            let (v, m) = if in_place {
                (&a[1], &a[0])
            } else {
                (&a[0], &a[1])
            };
            let d = e.fresh();
            e.op(&format!("{d} = arith.subf {v}, {m} : {elem}"));
            let y = e.fresh();
            e.op(&format!("{y} = math.exp {d} : {elem}"));
            Ok(vec![y])
        })?;
        let (sum, st) = self.reduce_into(op, &ex, &xt, &[axis], false)?;
        Ok((ex, sum, st))
    }

    /// The map from a rank-`r` tensor's dims to those of its statistics along
    /// `axis` (every dim but `axis`).
    fn rows_map(&self, r: usize, axis: usize) -> String {
        let kept: Vec<String> = (0..r)
            .filter(|&d| d != axis)
            .map(|d| format!("d{d}"))
            .collect();
        affine(r, &kept)
    }

    /// `x / sum` with `sum` broadcast along `axis`. With `in_place` (the caller's
    /// result goes straight into its arena slot, or into a `tensor.insert_slice`),
    /// the division is in place (`x` is the generic's init: no second buffer of
    /// `x`'s size). Otherwise it writes a new tensor: the result may feed another
    /// generic, and
    /// `linalg-fuse-elementwise-ops` (LLVM 19) fuses a producer that reads its init
    /// into a consumer with more loops by re-running it on the same init, which
    /// divides more than once (seen on the attention's `p · v`).
    fn divide_rows(
        &mut self,
        x: &str,
        xt: &T,
        sum: &str,
        st: &T,
        axis: usize,
        in_place: bool,
    ) -> DiagResult<String> {
        let r = xt.rank();
        let elem = xt.elem.clone();
        let rmap = self.rows_map(r, axis);
        let iters = vec!["parallel"; r];
        let stats = (sum.to_string(), st.clone(), rmap);
        let (ins, outs) = if in_place {
            (vec![stats], vec![(x.to_string(), xt.clone(), identity(r))])
        } else {
            let e = self.empty(xt);
            (
                vec![(x.to_string(), xt.clone(), identity(r)), stats],
                vec![(e, xt.clone(), identity(r))],
            )
        };
        let in_place = ins.len() == 1;
        self.generic(r, &iters, &ins, &outs, &mut |e, a| {
            let (v, s) = if in_place {
                (&a[1], &a[0])
            } else {
                (&a[0], &a[1])
            };
            let y = e.fresh();
            e.op(&format!("{y} = arith.divf {v}, {s} : {elem}"));
            Ok(vec![y])
        })
    }

    /// In arena mode, whether `op`'s (first) result has a planned slot: it is
    /// materialised there right after the op, and later ops read the slot.
    fn result_in_slot(&self, op: OpId) -> bool {
        let r = self.m.op(op).results[0];
        self.arena
            .as_ref()
            .is_some_and(|a| a.plan.buffer(r).is_some())
    }

    fn layer_norm(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let (g, gt) = self.operand(op, 1)?;
        let (b, bt) = self.operand(op, 2)?;
        let r = xt.rank();
        let axis = norm_axis(self.int_attr(op, "axis").unwrap_or(-1), r);
        let inner: Vec<String> = (axis..r).map(|d| format!("d{d}")).collect();
        let gmap = affine(r, &inner);
        let res = self.normalize(
            op,
            &x,
            &xt,
            axis,
            (g, gt, gmap.clone()),
            Some((b, bt, gmap)),
            None,
        )?;
        self.bind(op, res);
        Ok(())
    }

    /// `x * rsqrt(mean(x * x) + eps) * gamma`: `normalize` without the mean and shift.
    fn rms_norm(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let (g, gt) = self.operand(op, 1)?;
        let r = xt.rank();
        let axis = norm_axis(self.int_attr(op, "axis").unwrap_or(-1), r);
        let inner: Vec<String> = (axis..r).map(|d| format!("d{d}")).collect();
        let gmap = affine(r, &inner);
        let res = self.normalize(op, &x, &xt, axis, (g, gt, gmap), None, None)?;
        self.bind(op, res);
        Ok(())
    }

    /// `(x - mean) * rsqrt(var + eps) * gamma + beta` with mean and biased variance
    /// over the dims `axis..` of `x`; `gamma` and `beta` come with their maps over
    /// `x`'s dims. Sum, sum of squared deviations, one normalising generic. Without
    /// `beta` it is RMS normalisation: no mean is subtracted (the "variance" is the
    /// mean square), no shift added, and epsilon defaults to 1e-6.
    ///
    /// `over`: the last generic runs over this other view of `x` (name, type, map
    /// of the statistics over its dims) instead of `x` itself: group norm computes
    /// its statistics on `[N, G, C/G, S]` but writes the result in `x`'s own shape,
    /// so the result is the op's (arena) tensor, not a reshape of it.
    #[allow(clippy::too_many_arguments)]
    fn normalize(
        &mut self,
        op: OpId,
        x: &str,
        xt: &T,
        axis: usize,
        gamma: (String, T, String),
        beta: Option<(String, T, String)>,
        over: Option<(String, T, String)>,
    ) -> DiagResult<String> {
        let x = x.to_string();
        let xt = xt.clone();
        let (g, gt, gmap) = gamma;
        let centred = beta.is_some();
        let r = xt.rank();
        let eps = self
            .m
            .attr(op, "epsilon")
            .and_then(Attribute::as_float)
            .unwrap_or(if centred { 1e-5 } else { 1e-6 });
        let elem = xt.elem.clone();
        let axes: Vec<usize> = (axis..r).collect();
        let count: i64 = xt.shape[axis..].iter().product();
        let (sum, st) = self.reduce_into(op, &x, &xt, &axes, false)?;
        let outer: Vec<String> = (0..axis).map(|d| format!("d{d}")).collect();
        let rmap = affine(r, &outer);
        // Sum of squared deviations.
        let f = self.filled(&st, 0.0);
        let iters: Vec<&str> = (0..r)
            .map(|d| if d < axis { "parallel" } else { "reduction" })
            .collect();
        let var = self.generic(
            r,
            &iters,
            &[
                (x.clone(), xt.clone(), identity(r)),
                (sum.clone(), st.clone(), rmap.clone()),
            ],
            &[(f, st.clone(), rmap.clone())],
            &mut |e, a| {
                let d = if centred {
                    let c = e.scalar_const(count as f64, &elem);
                    e.deviation(&a[0], &a[1], &c, &elem)
                } else {
                    a[0].clone()
                };
                let d2 = e.fresh();
                e.op(&format!("{d2} = arith.mulf {d}, {d} : {elem}"));
                let s = e.fresh();
                e.op(&format!("{s} = arith.addf {}, {d2} : {elem}", a[2]));
                Ok(vec![s])
            },
        )?;
        let (x, xt, rmap) = over.unwrap_or((x, xt, rmap));
        let r = xt.rank();
        let e0 = self.empty(&xt);
        let mut inputs = vec![
            (x, xt.clone(), identity(r)),
            (sum, st.clone(), rmap.clone()),
            (var, st, rmap),
            (g, gt, gmap),
        ];
        inputs.extend(beta);
        self.generic(
            r,
            &vec!["parallel"; r],
            &inputs,
            &[(e0, xt.clone(), identity(r))],
            &mut |e, a| {
                let c = e.scalar_const(count as f64, &elem);
                let ep = e.scalar_const(eps, &elem);
                let v = e.fresh();
                e.op(&format!("{v} = arith.divf {}, {c} : {elem}", a[2]));
                let ve = e.fresh();
                e.op(&format!("{ve} = arith.addf {v}, {ep} : {elem}"));
                let rs = e.fresh();
                e.op(&format!("{rs} = math.rsqrt {ve} : {elem}"));
                let d = if centred {
                    e.deviation(&a[0], &a[1], &c, &elem)
                } else {
                    a[0].clone()
                };
                let nrm = e.fresh();
                e.op(&format!("{nrm} = arith.mulf {d}, {rs} : {elem}"));
                let sc = e.fresh();
                e.op(&format!("{sc} = arith.mulf {nrm}, {} : {elem}", a[3]));
                if !centred {
                    return Ok(vec![sc]);
                }
                let y = e.fresh();
                e.op(&format!("{y} = arith.addf {sc}, {} : {elem}", a[4]));
                Ok(vec![y])
            },
        )
    }

    // ------------------------------------------- convolution, pooling, attention

    /// `[a, b]` attribute `name` with a default.
    fn pair_attr(&self, op: OpId, name: &str, default: [i64; 2]) -> DiagResult<[i64; 2]> {
        match self.ints_attr(op, name) {
            None => Ok(default),
            Some(v) if v.len() == 2 && v.iter().all(|&x| x > 0) => Ok([v[0], v[1]]),
            Some(_) => Err(self.err_at(op, format!("invalid attribute '{name}'"))),
        }
    }

    /// `[top, left, bottom, right]` padding (default 0).
    fn padding_attr(&self, op: OpId) -> DiagResult<[i64; 4]> {
        match self.ints_attr(op, "padding") {
            None => Ok([0; 4]),
            Some(v) if v.len() == 4 && v.iter().all(|&x| x >= 0) => Ok([v[0], v[1], v[2], v[3]]),
            Some(_) => Err(self.err_at(op, "invalid attribute 'padding'")),
        }
    }

    /// A scalar literal of `elem`: `value` for floats, or the integer text.
    fn literal(value: f64, int_text: &str, elem: &Type) -> String {
        match elem {
            Type::Float(_) => float_bits(value, elem),
            _ => int_text.to_string(),
        }
    }

    /// The smallest value of `elem` (`-inf` for floats): the identity of max.
    fn lowest(&self, op: OpId, elem: &Type) -> DiagResult<String> {
        Ok(match elem {
            Type::Float(_) => float_bits(f64::NEG_INFINITY, elem),
            Type::Integer { width: 8, .. } => i8::MIN.to_string(),
            Type::Integer { width: 16, .. } => i16::MIN.to_string(),
            Type::Integer { width: 32, .. } => i32::MIN.to_string(),
            Type::Integer { width: 64, .. } => i64::MIN.to_string(),
            _ => return Err(self.err_at(op, format!("unsupported element type {elem}"))),
        })
    }

    /// `tensor.empty` filled with the literal `lit`.
    fn filled_lit(&mut self, t: &T, lit: &str) -> String {
        let e = self.empty(t);
        let c = self.fresh();
        self.op(&format!("{c} = arith.constant {lit} : {}", t.elem));
        let n = self.fresh();
        self.op(&format!(
            "{n} = linalg.fill ins({c} : {}) outs({e} : {}) -> {}",
            t.elem, t.ty, t.ty
        ));
        n
    }

    /// `nn.conv2d`: the accumulator starts as the bias broadcast over `[N, Cout, OH,
    /// OW]` (or zeros), like the runtime's kernel; with padding, [`Self::padded_conv`]
    /// (no padded copy of the input); without, `linalg.conv_2d_nchw_fchw` with
    /// strides and dilations, or for `groups > 1` `linalg.conv_2d_ngchw_gfchw` on the
    /// group-split views (`expand_shape`).
    fn conv2d(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let (w, wt) = self.operand(op, 1)?;
        let bias = if self.m.op(op).operands.len() > 2 {
            Some(self.operand(op, 2)?)
        } else {
            None
        };
        let out = self.result(op)?;
        if self.kind(op, &out.elem)? != Kind::Float {
            return Err(self.err_at(op, format!("unsupported element type {}", out.elem)));
        }
        let [sh, sw] = self.pair_attr(op, "strides", [1, 1])?;
        let [dh, dw] = self.pair_attr(op, "dilations", [1, 1])?;
        let pad = self.padding_attr(op)?;
        let groups = self.int_attr(op, "groups").unwrap_or(1);
        if groups <= 0 || xt.shape[1] % groups != 0 || wt.shape[0] % groups != 0 {
            return Err(self.err_at(op, "invalid attribute 'groups'"));
        }
        let init = match bias {
            Some((b, bt)) => {
                let e = self.empty(&out);
                self.generic(
                    4,
                    &["parallel"; 4],
                    &[(b, bt, affine(4, &["d1".to_string()]))],
                    &[(e, out.clone(), identity(4))],
                    &mut |_, a| Ok(vec![a[0].clone()]),
                )?
            }
            None => self.filled(&out, 0.0),
        };
        if pad.iter().any(|&p| p > 0) {
            let res = self.padded_conv(
                &x,
                &xt,
                (&w, &wt),
                &init,
                &out,
                [sh, sw],
                [dh, dw],
                pad,
                groups,
            )?;
            self.bind(op, res);
            return Ok(());
        }
        let (xp, xpt) = (x, xt);
        let attrs = format!(
            "{{dilations = dense<[{dh}, {dw}]> : tensor<2xi64>, strides = dense<[{sh}, {sw}]> : tensor<2xi64>}}"
        );
        let n = self.fresh();
        if groups == 1 {
            self.op(&format!(
                "{n} = linalg.conv_2d_nchw_fchw {attrs} ins({xp}, {w} : {}, {}) outs({init} : {}) -> {}",
                xpt.ty, wt.ty, out.ty, out.ty
            ));
            self.bind(op, n);
            return Ok(());
        }
        let g = groups;
        let s = &xpt.shape;
        let xg_t = xpt.with_shape(&[s[0], g, s[1] / g, s[2], s[3]]);
        let xg = self.expand(&xp, &xpt, &xg_t, &[vec![0], vec![1, 2], vec![3], vec![4]]);
        let ws = &wt.shape;
        let wg_t = wt.with_shape(&[g, ws[0] / g, ws[1], ws[2], ws[3]]);
        let wg = self.expand(&w, &wt, &wg_t, &[vec![0, 1], vec![2], vec![3], vec![4]]);
        let os = &out.shape;
        let og_t = out.with_shape(&[os[0], g, os[1] / g, os[2], os[3]]);
        let groups5 = [vec![0], vec![1, 2], vec![3], vec![4]];
        let ig = self.expand(&init, &out, &og_t, &groups5);
        self.op(&format!(
            "{n} = linalg.conv_2d_ngchw_gfchw {attrs} ins({xg}, {wg} : {}, {}) outs({ig} : {}) -> {}",
            xg_t.ty, wg_t.ty, og_t.ty, og_t.ty
        ));
        let (res, _) = self.collapse(&n, &og_t, &groups5);
        self.bind(op, res);
        Ok(())
    }

    /// Inside a generic's body: the input coordinate `o * stride + k * dilation -
    /// before` along one spatial dim of size `size`, as (whether it is inside the
    /// input, the coordinate clamped into it).
    fn input_coord(
        &mut self,
        o: &str,
        k: &str,
        stride: i64,
        dilation: i64,
        before: i64,
        size: i64,
    ) -> (String, String) {
        let zero = self.index_const(0);
        let cs = self.index_const(stride);
        let cd = self.index_const(dilation);
        let cp = self.index_const(before);
        let last = self.index_const(size - 1);
        let a = self.fresh();
        self.op(&format!("{a} = arith.muli {o}, {cs} : index"));
        let b = self.fresh();
        self.op(&format!("{b} = arith.muli {k}, {cd} : index"));
        let c = self.fresh();
        self.op(&format!("{c} = arith.addi {a}, {b} : index"));
        let i = self.fresh();
        self.op(&format!("{i} = arith.subi {c}, {cp} : index"));
        let lo = self.fresh();
        self.op(&format!("{lo} = arith.cmpi sge, {i}, {zero} : index"));
        let hi = self.fresh();
        self.op(&format!("{hi} = arith.cmpi sle, {i}, {last} : index"));
        let inside = self.fresh();
        self.op(&format!("{inside} = arith.andi {lo}, {hi} : i1"));
        let c1 = self.fresh();
        self.op(&format!("{c1} = arith.maxsi {i}, {zero} : index"));
        let c2 = self.fresh();
        self.op(&format!("{c2} = arith.minsi {c1}, {last} : index"));
        (inside, c2)
    }

    /// A convolution with zero padding, without a padded copy of the input: one
    /// `linalg.generic` over `(n, f, oh, ow, c, kh, kw)` (`c` within the group)
    /// that reads the weight through its map and the input with `tensor.extract`
    /// at `(oh * stride + kh * dilation - pad_top, ...)`, clamped into the input
    /// and replaced by zero outside it. The group of output channel `f` is
    /// `f floordiv (Cout / G)`, its input channels start at that times `Cin / G`.
    #[allow(clippy::too_many_arguments)]
    fn padded_conv(
        &mut self,
        x: &str,
        xt: &T,
        (w, wt): (&str, &T),
        init: &str,
        out: &T,
        [sh, sw]: [i64; 2],
        [dh, dw]: [i64; 2],
        pad: [i64; 4],
        groups: i64,
    ) -> DiagResult<String> {
        let (h, wd) = (xt.shape[2], xt.shape[3]);
        let (cin_g, cout_g) = (wt.shape[1], out.shape[1] / groups);
        let elem = out.elem.clone();
        let xty = xt.ty.clone();
        let x = x.to_string();
        let wmap = affine(7, &["d1", "d4", "d5", "d6"].map(String::from));
        let omap = affine(7, &["d0", "d1", "d2", "d3"].map(String::from));
        let mut iters = vec!["parallel"; 4];
        iters.extend(["reduction"; 3]);
        self.generic(
            7,
            &iters,
            &[(w.to_string(), wt.clone(), wmap)],
            &[(init.to_string(), out.clone(), omap)],
            &mut |e, a| {
                let idx: Vec<String> = (0..7)
                    .map(|d| {
                        let i = e.fresh();
                        e.op(&format!("{i} = linalg.index {d} : index"));
                        i
                    })
                    .collect();
                let (in_h, ih) = e.input_coord(&idx[2], &idx[5], sh, dh, pad[0], h);
                let (in_w, iw) = e.input_coord(&idx[3], &idx[6], sw, dw, pad[1], wd);
                let inside = e.fresh();
                e.op(&format!("{inside} = arith.andi {in_h}, {in_w} : i1"));
                let channel = if groups == 1 {
                    idx[4].clone()
                } else {
                    let cog = e.index_const(cout_g);
                    let cig = e.index_const(cin_g);
                    let g = e.fresh();
                    e.op(&format!("{g} = arith.divui {}, {cog} : index", idx[1]));
                    let base = e.fresh();
                    e.op(&format!("{base} = arith.muli {g}, {cig} : index"));
                    let c = e.fresh();
                    e.op(&format!("{c} = arith.addi {base}, {} : index", idx[4]));
                    c
                };
                let v = e.fresh();
                e.op(&format!(
                    "{v} = tensor.extract {x}[{}, {channel}, {ih}, {iw}] : {xty}",
                    idx[0]
                ));
                let z = e.scalar_const(0.0, &elem);
                let vz = e.fresh();
                e.op(&format!("{vz} = arith.select {inside}, {v}, {z} : {elem}"));
                Ok(vec![e.mul_add(&vz, &a[0], &a[1], Kind::Float, &elem)])
            },
        )
    }

    /// `nn.max_pool2d` / `nn.avg_pool2d`: the input padded with the max identity
    /// (`-inf`, INT_MIN: padded positions never win) or zeros, then
    /// `linalg.pooling_nchw_max` / `linalg.pooling_nchw_sum`; the average divides each
    /// sum by the number of real (unpadded) input elements in its window, computed
    /// from `linalg.index` (the spec counts padded zeros out).
    fn pool(&mut self, op: OpId, max: bool) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let kind = self.kind(op, &xt.elem)?;
        if kind == Kind::Bool || (!max && kind != Kind::Float) {
            return Err(self.err_at(op, format!("unsupported element type {}", xt.elem)));
        }
        let kernel = self.req_ints(op, "kernel")?;
        if kernel.len() != 2 || kernel.iter().any(|&k| k <= 0) {
            return Err(self.err_at(op, "invalid attribute 'kernel'"));
        }
        let [kh, kw] = [kernel[0], kernel[1]];
        let [sh, sw] = self.pair_attr(op, "strides", [kh, kw])?;
        let pad = self.padding_attr(op)?;
        let init_lit = if max {
            self.lowest(op, &xt.elem)?
        } else {
            Self::literal(0.0, "0", &xt.elem)
        };
        let window = self.empty(&xt.with_shape(&[kh, kw]));
        let wty = Type::tensor(&[kh, kw], xt.elem.clone());
        let init = self.filled_lit(&out, &init_lit);
        let n = if pad.iter().any(|&p| p > 0) {
            // No padded copy of the input: a generic over (n, c, oh, ow, kh, kw)
            // reads it with `tensor.extract` at clamped coordinates and takes the
            // identity (-inf, INT_MIN, 0) outside. The window tensor only gives the
            // loops over kh, kw their sizes, as it does for the named op.
            let kind_max = max;
            let (h, w) = (xt.shape[2], xt.shape[3]);
            let elem = xt.elem.clone();
            let xty = xt.ty.clone();
            let wmap = affine(6, &["d4", "d5"].map(String::from));
            let omap = affine(6, &["d0", "d1", "d2", "d3"].map(String::from));
            let mut iters = vec!["parallel"; 4];
            iters.extend(["reduction"; 2]);
            let wt = xt.with_shape(&[kh, kw]);
            self.generic(
                6,
                &iters,
                &[(window, wt, wmap)],
                &[(init, out.clone(), omap)],
                &mut |e, a| {
                    let idx: Vec<String> = (0..6)
                        .map(|d| {
                            let i = e.fresh();
                            e.op(&format!("{i} = linalg.index {d} : index"));
                            i
                        })
                        .collect();
                    let (in_h, ih) = e.input_coord(&idx[2], &idx[4], sh, 1, pad[0], h);
                    let (in_w, iw) = e.input_coord(&idx[3], &idx[5], sw, 1, pad[1], w);
                    let inside = e.fresh();
                    e.op(&format!("{inside} = arith.andi {in_h}, {in_w} : i1"));
                    let v = e.fresh();
                    e.op(&format!(
                        "{v} = tensor.extract {x}[{}, {}, {ih}, {iw}] : {xty}",
                        idx[0], idx[1]
                    ));
                    let id = e.fresh();
                    e.op(&format!("{id} = arith.constant {init_lit} : {elem}"));
                    let vz = e.fresh();
                    e.op(&format!("{vz} = arith.select {inside}, {v}, {id} : {elem}"));
                    let combine = match (kind_max, kind) {
                        (true, Kind::Float) => "arith.maximumf",
                        (true, _) => "arith.maxsi",
                        (false, _) => "arith.addf",
                    };
                    let y = e.fresh();
                    e.op(&format!("{y} = {combine} {}, {vz} : {elem}", a[1]));
                    Ok(vec![y])
                },
            )?
        } else {
            let n = self.fresh();
            self.op(&format!(
                "{n} = linalg.pooling_nchw_{} {{dilations = dense<1> : tensor<2xi64>, strides = dense<[{sh}, {sw}]> : tensor<2xi64>}} ins({x}, {window} : {}, {wty}) outs({init} : {}) -> {}",
                if max { "max" } else { "sum" },
                xt.ty,
                out.ty,
                out.ty
            ));
            n
        };
        if max {
            self.bind(op, n);
            return Ok(());
        }
        let (h, w) = (xt.shape[2], xt.shape[3]);
        let e = self.empty(&out);
        let elem = out.elem.clone();
        let res = self.generic(
            4,
            &["parallel"; 4],
            &[(n, out.clone(), identity(4))],
            &[(e, out.clone(), identity(4))],
            &mut |e, a| {
                let count = |e: &mut Self, dim: usize, stride: i64, pad: i64, k: i64, size: i64| {
                    // valid = min(o*stride - pad + k, size) - max(o*stride - pad, 0)
                    let o = e.fresh();
                    e.op(&format!("{o} = linalg.index {dim} : index"));
                    let cs = e.index_const(stride);
                    let cp = e.index_const(pad);
                    let ck = e.index_const(k);
                    let cz = e.index_const(0);
                    let csz = e.index_const(size);
                    let m = e.fresh();
                    e.op(&format!("{m} = arith.muli {o}, {cs} : index"));
                    let lo = e.fresh();
                    e.op(&format!("{lo} = arith.subi {m}, {cp} : index"));
                    let hi = e.fresh();
                    e.op(&format!("{hi} = arith.addi {lo}, {ck} : index"));
                    let hi2 = e.fresh();
                    e.op(&format!("{hi2} = arith.minsi {hi}, {csz} : index"));
                    let lo2 = e.fresh();
                    e.op(&format!("{lo2} = arith.maxsi {lo}, {cz} : index"));
                    let c = e.fresh();
                    e.op(&format!("{c} = arith.subi {hi2}, {lo2} : index"));
                    c
                };
                let ch = count(e, 2, sh, pad[0], kh, h);
                let cw = count(e, 3, sw, pad[1], kw, w);
                let c = e.fresh();
                e.op(&format!("{c} = arith.muli {ch}, {cw} : index"));
                let one = e.index_const(1);
                let c1 = e.fresh();
                e.op(&format!("{c1} = arith.maxsi {c}, {one} : index"));
                let ci = e.fresh();
                e.op(&format!("{ci} = arith.index_cast {c1} : index to i64"));
                let cf = e.fresh();
                e.op(&format!("{cf} = arith.sitofp {ci} : i64 to {elem}"));
                let y = e.fresh();
                e.op(&format!("{y} = arith.divf {}, {cf} : {elem}", a[0]));
                Ok(vec![y])
            },
        )?;
        self.bind(op, res);
        Ok(())
    }

    /// `nn.upsample_nearest2d`: a generic reading `x[n, c, i floordiv s, j floordiv s]`.
    fn upsample(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let s = self
            .int_attr(op, "scale")
            .filter(|&s| s > 0)
            .ok_or_else(|| self.err_at(op, "invalid attribute 'scale'"))?;
        if xt.rank() != 4 {
            return Err(self.err_at(op, "needs a rank-4 input"));
        }
        let map = affine(
            4,
            &[
                "d0".to_string(),
                "d1".to_string(),
                format!("d2 floordiv {s}"),
                format!("d3 floordiv {s}"),
            ],
        );
        let e = self.empty(&out);
        let res = self.generic(
            4,
            &["parallel"; 4],
            &[(x, xt, map)],
            &[(e, out.clone(), identity(4))],
            &mut |_, a| Ok(vec![a[0].clone()]),
        )?;
        self.bind(op, res);
        Ok(())
    }

    /// `nn.attention`, spelled out: scores `q·kᵀ` (a contraction generic), one
    /// generic for `* scale`, `+ bias` (broadcast map) and the causal mask (`-inf`
    /// where `j > i + (Lk - Lq)`, from `linalg.index`), `exp(s - max)` along keys,
    /// `exp · v` (a contraction generic) divided by the row sums. Every step on the
    /// scores is in place: one score-sized scratch buffer. When all the scores
    /// would exceed [`ATTENTION_SCRATCH_BYTES`], the queries are taken in blocks of
    /// rows (an `scf.for`, the last block the window ending at `Lq`, as `chunk.for`
    /// does), each block's rows inserted into the result: the scratch is one
    /// block's scores.
    fn attention(&mut self, op: OpId) -> DiagResult<()> {
        let (q, qt) = self.operand(op, 0)?;
        let (k, kt) = self.operand(op, 1)?;
        let (v, vt) = self.operand(op, 2)?;
        let bias = if self.m.op(op).operands.len() > 3 {
            Some(self.operand(op, 3)?)
        } else {
            None
        };
        let out = self.result(op)?;
        if self.kind(op, &out.elem)? != Kind::Float {
            return Err(self.err_at(op, format!("unsupported element type {}", out.elem)));
        }
        let r = qt.rank();
        let (lq, d) = (qt.shape[r - 2], qt.shape[r - 1]);
        let lk = kt.shape[r - 2];
        let head = Attention {
            scale: self
                .m
                .attr(op, "scale")
                .and_then(Attribute::as_float)
                .unwrap_or(1.0 / (d as f64).sqrt()),
            causal: self
                .m
                .attr(op, "causal")
                .and_then(Attribute::as_bool)
                .unwrap_or(false),
            shift: lk - lq,
        };
        let batch: i64 = qt.shape[..r - 2].iter().product();
        let row_bytes = 4 * batch * lk;
        let rows = (ATTENTION_SCRATCH_BYTES / row_bytes.max(1)).clamp(1, lq.max(1));
        if rows >= lq {
            let in_place = self.result_in_slot(op);
            let res = self.attention_rows(
                op,
                &head,
                (&q, &qt),
                (&k, &kt),
                (&v, &vt),
                bias.as_ref().map(|(b, bt)| (b.as_str(), bt)),
                &out,
                None,
                in_place,
            )?;
            self.bind(op, res);
            return Ok(());
        }
        // Blocks of `rows` queries: q's rows, the bias's rows where it has a query
        // dim, the result's rows inserted at the block's offset.
        let init = match self.arena_view(self.m.op(op).results[0], op)? {
            Some((view, t)) => self.arena_tensor(&view, &t),
            None => self.empty(&out),
        };
        let c0 = self.index_const(0);
        let cn = self.index_const(lq);
        let cs = self.index_const(rows);
        let clast = self.index_const(lq - rows);
        let (n, iv, acc) = (self.fresh(), self.fresh(), self.fresh());
        let loc = self.loc.clone();
        self.line(&format!(
            "{n} = scf.for {iv} = {c0} to {cn} step {cs} iter_args({acc} = {init}) -> ({}) {{",
            out.ty
        ));
        self.indent += 1;
        let off = self.fresh();
        self.op(&format!("{off} = arith.minsi {iv}, {clast} : index"));
        let slice = |e: &mut Self, x: &str, xt: &T, dim: usize| -> (String, T) {
            let mut shape = xt.shape.clone();
            shape[dim] = rows;
            let st = xt.with_shape(&shape);
            let (offs, sizes, strides) = slice_spec(&shape, dim, &off);
            let n = e.fresh();
            e.op(&format!(
                "{n} = tensor.extract_slice {x}[{offs}] [{sizes}] [{strides}] : {} to {}",
                xt.ty, st.ty
            ));
            (n, st)
        };
        let (qs, qst) = slice(self, &q, &qt, r - 2);
        let bias_rows = bias.map(|(b, bt)| {
            let rb = bt.rank();
            if rb >= 2 && bt.shape[rb - 2] == lq && lq != 1 {
                slice(self, &b, &bt, rb - 2)
            } else {
                (b, bt)
            }
        });
        let mut oshape = out.shape.clone();
        oshape[r - 2] = rows;
        let ot = out.with_shape(&oshape);
        let block = self.attention_rows(
            op,
            &head,
            (&qs, &qst),
            (&k, &kt),
            (&v, &vt),
            bias_rows.as_ref().map(|(b, bt)| (b.as_str(), bt)),
            &ot,
            Some(&off),
            // The rows go into a tensor.insert_slice, not a generic.
            true,
        )?;
        let u = self.fresh();
        let (offs, sizes, strides) = slice_spec(&oshape, r - 2, &off);
        self.op(&format!(
            "{u} = tensor.insert_slice {block} into {acc}[{offs}] [{sizes}] [{strides}] : {} into {}",
            ot.ty, out.ty
        ));
        self.op(&format!("scf.yield {u} : {}", out.ty));
        self.indent -= 1;
        self.line(&format!("}}{loc}"));
        self.bind(op, n);
        Ok(())
    }

    /// Attention of the query rows `q` (all of them, or a block starting at row
    /// `offset`) against all keys: the spelled-out ops of [`Self::attention`].
    /// `out` is the type of these rows of the result; `in_place`: divide the rows by
    /// their sums in place (see [`Self::divide_rows`]).
    #[allow(clippy::too_many_arguments)]
    fn attention_rows(
        &mut self,
        op: OpId,
        head: &Attention,
        (q, qt): (&str, &T),
        (k, kt): (&str, &T),
        (v, vt): (&str, &T),
        bias: Option<(&str, &T)>,
        out: &T,
        offset: Option<&str>,
        in_place: bool,
    ) -> DiagResult<String> {
        let r = qt.rank();
        let nb = r - 2;
        let (lq, lk) = (qt.shape[r - 2], kt.shape[r - 2]);
        let elem = out.elem.clone();
        let batch: Vec<String> = (0..nb).map(|i| format!("d{i}")).collect();
        let with = |extra: &[usize]| -> Vec<String> {
            let mut v = batch.clone();
            v.extend(extra.iter().map(|i| format!("d{i}")));
            v
        };
        let (di, dj, dt) = (nb, nb + 1, nb + 2);
        let mut sshape = qt.shape[..nb].to_vec();
        sshape.extend([lq, lk]);
        let st = out.with_shape(&sshape);
        let mut iters = vec!["parallel"; nb + 2];
        iters.push("reduction");
        let f = self.filled(&st, 0.0);
        let s = self.generic(
            nb + 3,
            &iters,
            &[
                (q.to_string(), qt.clone(), affine(nb + 3, &with(&[di, dt]))),
                (k.to_string(), kt.clone(), affine(nb + 3, &with(&[dj, dt]))),
            ],
            &[(f, st.clone(), affine(nb + 3, &with(&[di, dj])))],
            &mut |e, x| Ok(vec![e.mul_add(&x[0], &x[1], &x[2], Kind::Float, &elem)]),
        )?;
        // Scale, bias and mask rewrite the scores in place (the scores are the
        // generic's init), and the softmax works in place on them too: one
        // score-sized buffer in all.
        let mut ins = Vec::new();
        if let Some((b, bt)) = bias {
            let map = broadcast_map(&bt.shape, &st.shape);
            ins.push((b.to_string(), bt.clone(), map));
        }
        let has_bias = !ins.is_empty();
        let (scale, causal, shift) = (head.scale, head.causal, head.shift);
        let scores = self.generic(
            r,
            &vec!["parallel"; r],
            &ins,
            &[(s, st.clone(), identity(r))],
            &mut |e, a| {
                let c = e.scalar_const(scale, &elem);
                let score = if has_bias { &a[1] } else { &a[0] };
                let mut y = e.fresh();
                e.op(&format!("{y} = arith.mulf {score}, {c} : {elem}"));
                if has_bias {
                    let z = e.fresh();
                    e.op(&format!("{z} = arith.addf {y}, {} : {elem}", a[0]));
                    y = z;
                }
                if causal {
                    // Query row i of the block is row i + offset of the attention.
                    let mut i = e.fresh();
                    e.op(&format!("{i} = linalg.index {di} : index"));
                    if let Some(o) = offset {
                        let g = e.fresh();
                        e.op(&format!("{g} = arith.addi {i}, {o} : index"));
                        i = g;
                    }
                    let j = e.fresh();
                    e.op(&format!("{j} = linalg.index {dj} : index"));
                    let sh = e.index_const(shift);
                    let lim = e.fresh();
                    e.op(&format!("{lim} = arith.addi {i}, {sh} : index"));
                    let hidden = e.fresh();
                    e.op(&format!("{hidden} = arith.cmpi sgt, {j}, {lim} : index"));
                    let ninf = e.scalar_const(f64::NEG_INFINITY, &elem);
                    let z = e.fresh();
                    e.op(&format!(
                        "{z} = arith.select {hidden}, {ninf}, {y} : {elem}"
                    ));
                    y = z;
                }
                Ok(vec![y])
            },
        )?;
        // Softmax in place on the scores, normalised after `p · v` (as flash
        // attention does): out = (exp(s - max) · v) / sum, so no normalised copy of
        // the scores either.
        let (ex, sum, sumt) = self.softmax_exp(op, &scores, &st, r - 1, true)?;
        // raw[b, i, e] = sum_j ex[b, i, j] * v[b, j, e]: dims (batch, i, e, j).
        let (de, dj2) = (nb + 1, nb + 2);
        let f2 = self.filled(out, 0.0);
        let raw = self.generic(
            nb + 3,
            &iters,
            &[
                (ex, st, affine(nb + 3, &with(&[di, dj2]))),
                (v.to_string(), vt.clone(), affine(nb + 3, &with(&[dj2, de]))),
            ],
            &[(f2, out.clone(), affine(nb + 3, &with(&[di, de])))],
            &mut |e, x| Ok(vec![e.mul_add(&x[0], &x[1], &x[2], Kind::Float, &elem)]),
        )?;
        self.divide_rows(&raw, out, &sum, &sumt, r - 1, in_place)
    }

    /// `nn.group_norm`: statistics over `x` viewed as `[N, G, C/G, S]` (S the
    /// product of the spatial dims); the normalising generic runs over `x` itself,
    /// reading the `[N, G]` statistics at `(n, c floordiv (C/G))` and gamma, beta at
    /// `c`.
    fn group_norm(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let (g, gt) = self.operand(op, 1)?;
        let (b, bt) = self.operand(op, 2)?;
        let groups = self.int_attr(op, "groups").unwrap_or(0);
        if xt.rank() < 2 || groups <= 0 || xt.shape[1] % groups != 0 {
            return Err(self.err_at(op, "invalid attribute 'groups'"));
        }
        let (n, c) = (xt.shape[0], xt.shape[1]);
        let s: i64 = xt.shape[2..].iter().product();
        let cg = c / groups;
        let x4t = xt.with_shape(&[n, groups, cg, s]);
        let x4 = self.reshape_to(&x, &xt, &x4t);
        let r = xt.rank();
        let channel = affine(r, &["d1".to_string()]);
        let stats = affine(r, &["d0".to_string(), format!("d1 floordiv {cg}")]);
        let res = self.normalize(
            op,
            &x4,
            &x4t,
            2,
            (g, gt, channel.clone()),
            Some((b, bt, channel)),
            Some((x, xt, stats)),
        )?;
        self.bind(op, res);
        Ok(())
    }

    // ------------------------------------------------------------ data movement

    /// The same elements in `out`'s shape (collapse to 1-D, expand).
    fn reshape_to(&mut self, x: &str, xt: &T, out: &T) -> String {
        if xt.shape == out.shape {
            x.to_string()
        } else if xt.rank() == 0 {
            self.expand(x, xt, out, &[])
        } else if out.rank() == 0 {
            self.collapse(x, xt, &[]).0
        } else {
            let (flat, ft) = self.collapse(x, xt, &[(0..xt.rank()).collect()]);
            self.expand(&flat, &ft, out, &[(0..out.rank()).collect()])
        }
    }

    fn reshape(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let n = self.reshape_to(&x, &xt, &out);
        self.bind(op, n);
        Ok(())
    }

    fn transpose(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let perm = self.req_ints(op, "permutation")?;
        let e = self.empty(&out);
        let n = self.fresh();
        self.op(&format!(
            "{n} = linalg.transpose ins({x} : {}) outs({e} : {}) permutation = [{}]",
            xt.ty,
            out.ty,
            list(&perm)
        ));
        self.bind(op, n);
        Ok(())
    }

    fn broadcast_in_dim(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let bd = self.req_ints(op, "broadcast_dimensions")?;
        let r = out.rank();
        let ex: Vec<String> = bd
            .iter()
            .enumerate()
            .map(|(i, &k)| {
                let k = k as usize;
                if xt.shape[i] == 1 && out.shape[k] != 1 {
                    "0".to_string()
                } else {
                    format!("d{k}")
                }
            })
            .collect();
        let e = self.empty(&out);
        let res = self.generic(
            r,
            &vec!["parallel"; r],
            &[(x, xt, affine(r, &ex))],
            &[(e, out.clone(), identity(r))],
            &mut |_, a| Ok(vec![a[0].clone()]),
        )?;
        self.bind(op, res);
        Ok(())
    }

    fn slice(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let start = self.req_ints(op, "start_indices")?;
        let strides = self
            .ints_attr(op, "strides")
            .unwrap_or_else(|| vec![1; xt.rank()]);
        let n = self.fresh();
        self.op(&format!(
            "{n} = tensor.extract_slice {x}[{}] [{}] [{}] : {} to {}",
            list(&start),
            list(&out.shape),
            list(&strides),
            xt.ty,
            out.ty
        ));
        self.bind(op, n);
        Ok(())
    }

    fn concat(&mut self, op: OpId) -> DiagResult<()> {
        let out = self.result(op)?;
        let d = norm_axis(
            self.int_attr(op, "dimension")
                .ok_or_else(|| self.err_at(op, "missing attribute 'dimension'"))?,
            out.rank(),
        );
        let mut acc = self.empty(&out);
        let mut off = 0i64;
        for i in 0..self.m.op(op).operands.len() {
            let (x, xt) = self.operand(op, i)?;
            let mut offs = vec![0i64; out.rank()];
            offs[d] = off;
            let n = self.fresh();
            self.op(&format!(
                "{n} = tensor.insert_slice {x} into {acc}[{}] [{}] [{}] : {} into {}",
                list(&offs),
                list(&xt.shape),
                list(&vec![1; out.rank()]),
                xt.ty,
                out.ty
            ));
            off += xt.shape[d];
            acc = n;
        }
        self.bind(op, acc);
        Ok(())
    }

    fn embedding(&mut self, op: OpId) -> DiagResult<()> {
        let (table, tt) = self.operand(op, 0)?;
        let (ids, it) = self.operand(op, 1)?;
        let out = self.result(op)?;
        let r = out.rank();
        let ids_map = affine(r, &(0..r - 1).map(|d| format!("d{d}")).collect::<Vec<_>>());
        let e = self.empty(&out);
        let vmax = tt.shape[0] - 1;
        let ity = it.elem.clone();
        let tty = tt.ty.clone();
        let res = self.generic(
            r,
            &vec!["parallel"; r],
            &[(ids, it, ids_map)],
            &[(e, out.clone(), identity(r))],
            &mut |e, a| {
                // Out-of-range ids are clamped into the table: never a wild read
                // (the JIT checks ids that are function inputs before the call).
                let i = e.fresh();
                e.op(&format!("{i} = arith.index_cast {} : {ity} to index", a[0]));
                let lo = e.index_const(0);
                let hi = e.index_const(vmax);
                let c1 = e.fresh();
                e.op(&format!("{c1} = arith.maxsi {i}, {lo} : index"));
                let c2 = e.fresh();
                e.op(&format!("{c2} = arith.minsi {c1}, {hi} : index"));
                let d = e.fresh();
                e.op(&format!("{d} = linalg.index {} : index", r - 1));
                let v = e.fresh();
                e.op(&format!("{v} = tensor.extract {table}[{c2}, {d}] : {tty}"));
                Ok(vec![v])
            },
        )?;
        self.bind(op, res);
        Ok(())
    }
}

/// Offsets, sizes and strides of a slice of `shape` at `off` along `dim`.
fn slice_spec(shape: &[i64], dim: usize, off: &str) -> (String, String, String) {
    let offs: Vec<String> = (0..shape.len())
        .map(|i| {
            if i == dim {
                off.to_string()
            } else {
                "0".to_string()
            }
        })
        .collect();
    (
        offs.join(", "),
        list(shape),
        vec!["1"; shape.len()].join(", "),
    )
}

fn reassoc(groups: &[Vec<usize>]) -> String {
    let g: Vec<String> = groups
        .iter()
        .map(|g| {
            format!(
                "[{}]",
                g.iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!("[{}]", g.join(", "))
}

/// Reassociation groups that expand a tensor of the `kept` dims of a rank-`rank`
/// tensor back to rank `rank` (the other dims being size 1): each dim joins the group
/// of the last kept dim at or before it, or the first group.
fn keepdims_groups(kept: &[usize], rank: usize) -> Vec<Vec<usize>> {
    if kept.is_empty() {
        return Vec::new();
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); kept.len()];
    for j in 0..rank {
        let g = kept.iter().rposition(|&k| k <= j).unwrap_or(0);
        groups[g].push(j);
    }
    groups
}
