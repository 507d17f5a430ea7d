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
}

mod compute;
mod layers;
mod movement;

use movement::{keepdims_groups, reassoc, slice_spec};
