//! The host plan, version 2 (`docs/host-plan.md`): the host function left after kernel
//! outlining, interpreted symbolically.
//!
//! Every SSA value of the host function is one of: an integer that is an affine
//! expression of the chunk loops' variables (constants, the chunk offset
//! `arith.minsi %iv, N - S`, `addi`/`subi`/`muli` by a constant, `index_cast`), a
//! scalar constant, or a strided view (base, byte offset, element offset, shape,
//! strides) built from the arena, an input, a scratch buffer or a constant by
//! `memref.view`/`subview`/`cast`/`collapse_shape`/`expand_shape`/`reinterpret_cast`.
//! Each view is checked against the static strides and offset of its memref type, so
//! a composition that disagrees with MLIR is an error, not a wrong plan. Any op the
//! interpreter does not know is an error naming the op and its location.
use super::{split_top, strip_locs, Gemm, Matrix, MemrefType};
use crate::Error;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// The `version` field of the plans this module writes.
pub const HOST_PLAN_VERSION: u32 = 2;

/// Scratch buffers (kernel workspace that is not an nn value: softmax's `exp`, conv
/// padding, ...) are aligned like the arena's slots.
const SCRATCH_ALIGNMENT: u64 = 64;

pub(crate) struct HostPlan {
    pub json: String,
    /// Kernels in the order of their first launch.
    pub kernels: Vec<String>,
}

/// `c + Σ coeff · var`.
#[derive(Clone, Debug, PartialEq, Default)]
struct Expr {
    c: i64,
    terms: BTreeMap<usize, i64>,
}

impl Expr {
    fn constant(c: i64) -> Expr {
        Expr {
            c,
            terms: BTreeMap::new(),
        }
    }
    fn var(v: usize) -> Expr {
        Expr {
            c: 0,
            terms: BTreeMap::from([(v, 1)]),
        }
    }
    fn add(&self, o: &Expr) -> Expr {
        let mut r = self.clone();
        r.c += o.c;
        for (&v, &k) in &o.terms {
            *r.terms.entry(v).or_insert(0) += k;
        }
        r.terms.retain(|_, k| *k != 0);
        r
    }
    fn scale(&self, k: i64) -> Expr {
        let mut r = Expr::constant(self.c * k);
        for (&v, &c) in &self.terms {
            if c * k != 0 {
                r.terms.insert(v, c * k);
            }
        }
        r
    }
    fn as_const(&self) -> Option<i64> {
        self.terms.is_empty().then_some(self.c)
    }
    fn json(&self) -> String {
        if self.terms.is_empty() {
            return self.c.to_string();
        }
        let terms: Vec<String> = self
            .terms
            .iter()
            .map(|(v, k)| format!("{{\"var\": {v}, \"coeff\": {k}}}"))
            .collect();
        format!(
            "{{\"const\": {}, \"terms\": [{}]}}",
            self.c,
            terms.join(", ")
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Base {
    Arena,
    Input(usize),
    /// Scratch buffer `i` (placed in the scratch allocation once every lifetime is
    /// known, see [`place_scratch`]).
    Scratch(usize),
    Constant(usize),
}

#[derive(Clone, Debug)]
struct View {
    base: Base,
    byte_offset: Expr,
    dtype: String,
    offset: Expr,
    shape: Vec<i64>,
    strides: Vec<i64>,
}

impl View {
    fn json(&self) -> String {
        let base = match &self.base {
            Base::Arena => "\"arena\"".to_string(),
            Base::Scratch(_) => "\"scratch\"".to_string(),
            Base::Input(i) => format!("{{\"input\": {i}}}"),
            Base::Constant(i) => format!("{{\"constant\": {i}}}"),
        };
        // A scratch buffer's place is not known yet: a marker that `resolve_scratch`
        // replaces with its byte offset.
        let byte_offset = match (&self.base, self.byte_offset.as_const()) {
            (Base::Scratch(i), Some(c)) => format!("\u{a7}{i}:{c}\u{a7}"),
            _ => self.byte_offset.json(),
        };
        format!(
            "{{\"base\": {base}, \"byte_offset\": {byte_offset}, \"dtype\": \"{}\", \"offset\": {}, \"shape\": {:?}, \"strides\": {:?}}}",
            self.dtype,
            self.offset.json(),
            self.shape,
            self.strides
        )
    }
}

#[derive(Clone, Debug)]
enum Val {
    Index(Expr),
    /// A chunk loop's induction variable: its chunk offset is variable `var`.
    Iv {
        var: usize,
        extent: i64,
        step: i64,
    },
    Int(i64),
    Float(String),
    Mem(View),
}

fn elem_bytes(dtype: &str) -> Option<i64> {
    Some(match dtype {
        "f32" | "i32" => 4,
        "f64" | "i64" => 8,
        "f16" | "bf16" => 2,
        "i1" | "i8" => 1,
        _ => return None,
    })
}

struct Interp<'a> {
    vals: HashMap<String, Val>,
    steps: Vec<String>,
    kernels: Vec<String>,
    next_var: usize,
    /// Open chunk loops, innermost last.
    open: Vec<usize>,
    scratch: Vec<Scratch>,
    constants: Vec<String>,
    constant_of: HashMap<String, usize>,
    globals: HashMap<String, (String, String)>,
    locs: &'a HashMap<String, String>,
    gemms: &'a [Gemm],
    /// Location and op name of the line being interpreted (for errors).
    at: (String, String),
}

/// Writes the plan of the entry function of `m` from the host text `host` (the
/// outlined module printed with locations).
pub(crate) fn host_plan(
    m: &ir::Module,
    host: &str,
    chip: &str,
    all_kernels: &[String],
    gemms: &[Gemm],
) -> Result<HostPlan, Error> {
    let func = runtime::entry_function(m).map_err(|e| Error::Mlir {
        stage: "host plan".into(),
        messages: vec![e.to_string()],
    })?;
    let plan = runtime::plan(m, func)?;
    let name = func_dialect::symbol_name(m, func)
        .unwrap_or("main")
        .to_string();
    let entry = m.entry_block(func, 0).ok_or_else(|| Error::Mlir {
        stage: "host plan".into(),
        messages: vec![format!("@{name} has no body")],
    })?;
    let mut locs = HashMap::new();
    let mut globals = HashMap::new();
    for line in host.lines() {
        if line.starts_with("#loc") {
            if let Some((n, def)) = line.split_once(" = loc(") {
                locs.insert(n.to_string(), def.trim_end_matches(')').to_string());
            }
            continue;
        }
        let (l, _) = strip_locs(line);
        let l = l.trim();
        if let Some(rest) = l.strip_prefix("memref.global ") {
            // "private" constant @name : memref<...> = dense<...> {alignment = 64 : i64}
            if let Some(at) = rest.find('@') {
                let r = &rest[at..];
                if let Some((sym, r)) = r.split_once(" : ") {
                    if let Some((ty, init)) = r.split_once(" = ") {
                        let init = init.split(" {alignment").next().unwrap_or(init);
                        globals.insert(sym.to_string(), (ty.to_string(), init.to_string()));
                    }
                }
            }
        }
    }
    let mut it = Interp {
        vals: HashMap::new(),
        steps: Vec::new(),
        kernels: Vec::new(),
        next_var: 0,
        open: Vec::new(),
        scratch: Vec::new(),
        constants: Vec::new(),
        constant_of: HashMap::new(),
        globals,
        locs: &locs,
        gemms,
        at: (String::new(), String::new()),
    };
    // Inputs.
    let args = &m.block(entry).args;
    let mut inputs = Vec::new();
    for (i, &a) in args.iter().enumerate() {
        let t = m.value_type(a);
        let (shape, dtype) = tensor_shape(t).ok_or_else(|| Error::Mlir {
            stage: "host plan".into(),
            messages: vec![format!("argument {i} of @{name}: unsupported type {t}")],
        })?;
        let bytes = shape.iter().product::<i64>() * elem_bytes(&dtype).unwrap_or(0);
        inputs.push(format!(
            "{{\"index\": {i}, \"dtype\": \"{dtype}\", \"shape\": {shape:?}, \"bytes\": {bytes}}}"
        ));
    }
    // Outputs: the planned slot of each returned value, or the argument returned.
    let mut outputs = Vec::new();
    let ret = m
        .last_op(entry)
        .filter(|&r| m.name(r) == "func.return")
        .map(|r| m.op(r).operands.clone())
        .unwrap_or_default();
    for &v in &ret {
        let (shape, dtype) = tensor_shape(m.value_type(v)).unwrap_or_default();
        let strides = MemrefType::identity_strides(&shape);
        let (base, byte_offset) = match (plan.buffer(v), args.iter().position(|&a| a == v)) {
            (Some(b), _) => (Base::Arena, b.offset as i64),
            (None, Some(i)) => (Base::Input(i), 0),
            (None, None) => {
                return Err(Error::Mlir {
                    stage: "host plan".into(),
                    messages: vec![format!(
                        "a result of @{name} has neither an arena slot nor an argument"
                    )],
                })
            }
        };
        let view = View {
            base,
            byte_offset: Expr::constant(byte_offset),
            dtype,
            offset: Expr::constant(0),
            shape,
            strides,
        };
        outputs.push(format!("{{\"view\": {}}}", view.json()));
    }
    it.run(host, &name, args.len())?;
    if let Some(k) = all_kernels.iter().find(|k| !it.kernels.contains(k)) {
        return Err(Error::Mlir {
            stage: "host plan".into(),
            messages: vec![format!("kernel {k} is never launched by @{name}")],
        });
    }
    let kernels = it.kernels.clone();
    let (offsets, scratch_bytes) = place_scratch(&it.scratch);
    for st in &mut it.steps {
        *st = resolve_scratch(st, &offsets);
    }
    let ks: Vec<String> = kernels.iter().map(|k| format!("\"{k}\"")).collect();
    let mut json = String::new();
    let _ = write!(
        json,
        "{{\n  \"version\": {HOST_PLAN_VERSION},\n  \"chip\": \"{chip}\",\n  \"function\": \"{name}\",\n  \"arena_bytes\": {},\n  \"scratch_bytes\": {},\n  \"kernels\": [{}],\n  \"inputs\": [\n    {}\n  ],\n  \"outputs\": [\n    {}\n  ],\n  \"constants\": [{}],\n  \"steps\": [\n    {}\n  ]\n}}\n",
        plan.arena_size,
        scratch_bytes,
        ks.join(", "),
        inputs.join(",\n    "),
        outputs.join(",\n    "),
        if it.constants.is_empty() {
            String::new()
        } else {
            format!("\n    {}\n  ", it.constants.join(",\n    "))
        },
        it.steps.join(",\n    ")
    );
    Ok(HostPlan { json, kernels })
}

/// Shape and element type name of a static tensor type.
fn tensor_shape(t: &ir::Type) -> Option<(Vec<i64>, String)> {
    if !t.is_static_tensor() {
        return None;
    }
    let dtype = t.element()?.to_string();
    elem_bytes(&dtype)?;
    Some((t.shape()?.to_vec(), dtype))
}

impl Interp<'_> {
    fn err(&self, msg: impl std::fmt::Display) -> Error {
        let (loc, op) = &self.at;
        let loc = self.locs.get(loc).cloned().unwrap_or_else(|| loc.clone());
        // `"file":line:col` as the other diagnostics write it: `file:line:col`.
        let loc = match loc.strip_prefix('"').and_then(|l| l.split_once("\":")) {
            Some((file, pos)) => format!("{file}:{pos}"),
            None => loc,
        };
        Error::Mlir {
            stage: "host plan: cannot interpret the host function".into(),
            messages: vec![format!("{loc}: error: '{op}': {msg}")],
        }
    }

    fn get(&self, name: &str) -> Result<&Val, Error> {
        self.vals
            .get(name.trim())
            .ok_or_else(|| self.err(format!("unknown value {name}")))
    }

    /// The affine index value of `name`: an integer constant, an expression, or a
    /// chunk loop's induction variable where it equals the chunk offset.
    fn index(&self, name: &str) -> Result<Expr, Error> {
        if let Ok(c) = name.trim().parse::<i64>() {
            return Ok(Expr::constant(c));
        }
        match self.get(name)? {
            Val::Index(e) => Ok(e.clone()),
            Val::Int(c) => Ok(Expr::constant(*c)),
            // The offset min(iv, extent - step) is iv itself when step divides extent.
            Val::Iv { var, extent, step } if extent % step == 0 => Ok(Expr::var(*var)),
            Val::Iv { .. } => Err(self.err(format!(
                "{name} is a chunk loop's induction variable used other than through its offset `arith.minsi`"
            ))),
            _ => Err(self.err(format!("{name} is not an integer"))),
        }
    }

    fn constant(&self, name: &str) -> Result<i64, Error> {
        self.index(name)?
            .as_const()
            .ok_or_else(|| self.err(format!("{name} is not a constant")))
    }

    fn view(&self, name: &str) -> Result<View, Error> {
        match self.get(name)? {
            Val::Mem(v) => Ok(v.clone()),
            _ => Err(self.err(format!("{name} is not a memref"))),
        }
    }

    /// Checks `v` against what its memref type fixes (shape, element type, static
    /// strides and offset).
    fn check(&self, v: &View, ty: &str) -> Result<(), Error> {
        let t = MemrefType::parse(ty)
            .ok_or_else(|| self.err(format!("unsupported memref type {ty}")))?;
        let mut ok = t.shape == v.shape && t.elem == v.dtype;
        for ((s, want), size) in v.strides.iter().zip(t.static_strides()).zip(&v.shape) {
            // The stride of a size-1 dimension addresses nothing: MLIR may print any.
            ok &= *size == 1 || want.is_none_or(|w| w == *s);
        }
        if let (Some(o), Some(e)) = (t.offset, v.offset.as_const()) {
            ok &= o == e;
        }
        if t.offset.is_some() && v.offset.as_const().is_none() {
            ok = false;
        }
        if ok {
            Ok(())
        } else {
            Err(self.err(format!(
                "the view computed for the result (shape {:?}, strides {:?}, offset {}) disagrees with its type {ty}",
                v.shape,
                v.strides,
                v.offset.json()
            )))
        }
    }

    /// Records a use of `v` by the step about to be pushed (scratch lifetimes).
    fn use_view(&mut self, v: &View) -> Result<(), Error> {
        let Base::Scratch(id) = v.base else {
            return Ok(());
        };
        if v.byte_offset.as_const().is_none() {
            return Err(self.err("a scratch view at a loop-dependent byte offset"));
        }
        let at = self.steps.len();
        let sc = &mut self.scratch[id];
        if self.open.len() > sc.depth {
            // Used in a loop entered after the allocation: live to that loop's end.
            sc.pending = Some(self.open[sc.depth]);
        } else {
            sc.last = sc.last.max(at);
        }
        Ok(())
    }

    fn run(&mut self, host: &str, func: &str, nargs: usize) -> Result<(), Error> {
        let header = format!("func.func @{func}(");
        let mut lines = host.lines();
        let sig = loop {
            let Some(l) = lines.next() else {
                return Err(self.err(format!("no function @{func} in the host module")));
            };
            let (l, loc) = strip_locs(l);
            if l.trim_start().starts_with(&header) {
                self.at = (loc.unwrap_or_default(), "func.func".into());
                break l;
            }
        };
        let sig = sig.trim_start()[header.len()..].to_string();
        let close = sig.find(')').unwrap_or(sig.len());
        let params = split_top(&sig[..close]);
        if params.len() != nargs + 1 {
            return Err(self.err(format!(
                "@{func} takes {} arguments, expected {nargs} inputs and the arena",
                params.len()
            )));
        }
        for (i, p) in params.iter().enumerate() {
            let (n, ty) = p
                .split_once(": ")
                .ok_or_else(|| self.err(format!("argument {p}")))?;
            let t = MemrefType::parse(ty)
                .ok_or_else(|| self.err(format!("argument {n} has type {ty}")))?;
            let base = if i == nargs {
                Base::Arena
            } else {
                Base::Input(i)
            };
            let strides = MemrefType::identity_strides(&t.shape);
            self.vals.insert(
                n.to_string(),
                Val::Mem(View {
                    base,
                    byte_offset: Expr::constant(0),
                    dtype: t.elem.clone(),
                    offset: Expr::constant(0),
                    shape: t.shape.clone(),
                    strides,
                }),
            );
        }
        for raw in lines {
            let (line, loc) = strip_locs(raw);
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let (lhs, rhs) = match line.split_once(" = ") {
                Some((l, r)) if l.starts_with('%') => (Some(l.to_string()), r),
                _ => (None, line),
            };
            let op = rhs
                .split(|c: char| c.is_whitespace() || c == '(')
                .next()
                .unwrap_or("")
                .to_string();
            self.at = (loc.unwrap_or_default(), op.clone());
            if line.starts_with('}') {
                match self.open.pop() {
                    Some(v) => {
                        // Scratch used inside this loop but defined outside it lives
                        // through its last iteration.
                        let end = self.steps.len();
                        for sc in &mut self.scratch {
                            if sc.pending == Some(v) {
                                sc.last = sc.last.max(end);
                                sc.pending = None;
                            }
                        }
                        self.steps
                            .push(format!("{{\"op\": \"end_loop\", \"var\": {v}}}"))
                    }
                    None => return Err(self.err("closing brace outside a loop")),
                }
                continue;
            }
            if op == "return" || op == "func.return" {
                if !self.open.is_empty() {
                    return Err(self.err("return inside a loop"));
                }
                return Ok(());
            }
            if let Some(l) = &lhs {
                if l.contains(':') {
                    return Err(self.err("ops with several results are not supported"));
                }
            }
            let val = self.op(&op, rhs)?;
            match (lhs, val) {
                (Some(l), Some(v)) => {
                    self.vals.insert(l, v);
                }
                (None, None) => {}
                (Some(_), None) => return Err(self.err("unexpected result")),
                (None, Some(_)) => return Err(self.err("missing result name")),
            }
        }
        Err(self.err(format!("@{func} does not end in a return")))
    }

    /// Interprets one op; its value, if it defines one.
    fn op(&mut self, op: &str, rhs: &str) -> Result<Option<Val>, Error> {
        let args = rhs[op.len()..].trim();
        Ok(Some(match op {
            "arith.constant" => {
                let (v, ty) = args
                    .rsplit_once(" : ")
                    .ok_or_else(|| self.err("constant without a type"))?;
                match ty {
                    "index" => Val::Index(Expr::constant(
                        v.parse().map_err(|_| self.err(format!("constant {v}")))?,
                    )),
                    "i64" | "i32" | "i16" | "i8" | "i1" => {
                        let c = match v {
                            "true" => 1,
                            "false" => 0,
                            _ => v.parse().map_err(|_| self.err(format!("constant {v}")))?,
                        };
                        Val::Int(c)
                    }
                    "f32" | "f64" | "f16" | "bf16" => Val::Float(v.to_string()),
                    _ => return Err(self.err(format!("constant of type {ty}"))),
                }
            }
            "arith.index_cast" => {
                let v = args.split(" : ").next().unwrap_or("");
                Val::Index(self.index(v)?)
            }
            "arith.addi" | "arith.subi" | "arith.muli" => {
                let (ab, _) = args.split_once(" : ").ok_or_else(|| self.err("operands"))?;
                let (a, b) = ab.split_once(", ").ok_or_else(|| self.err("operands"))?;
                let (x, y) = (self.index(a)?, self.index(b)?);
                Val::Index(match op {
                    "arith.addi" => x.add(&y),
                    "arith.subi" => x.add(&y.scale(-1)),
                    _ => match (x.as_const(), y.as_const()) {
                        (Some(c), _) => y.scale(c),
                        (_, Some(c)) => x.scale(c),
                        _ => {
                            return Err(
                                self.err("a product of two loop-dependent values is not affine")
                            )
                        }
                    },
                })
            }
            "arith.minsi" | "arith.maxsi" => {
                let (ab, _) = args.split_once(" : ").ok_or_else(|| self.err("operands"))?;
                let (a, b) = ab.split_once(", ").ok_or_else(|| self.err("operands"))?;
                // The chunk offset: min(iv, extent - step) is the plan's loop variable.
                if let (Val::Iv { var, extent, step }, Ok(c)) =
                    (self.get(a)?.clone(), self.constant(b))
                {
                    if op == "arith.minsi" && c == extent - step {
                        return Ok(Some(Val::Index(Expr::var(var))));
                    }
                }
                match (self.index(a)?.as_const(), self.index(b)?.as_const()) {
                    (Some(x), Some(y)) => Val::Index(Expr::constant(if op == "arith.minsi" {
                        x.min(y)
                    } else {
                        x.max(y)
                    })),
                    _ => {
                        return Err(self
                            .err("min/max of loop-dependent values other than the chunk offset"))
                    }
                }
            }
            "scf.for" => {
                // scf.for %iv = %lo to %hi step %st {
                let w: Vec<&str> = args.split_whitespace().collect();
                if w.len() != 8 || w[1] != "=" || w[3] != "to" || w[5] != "step" || w[7] != "{" {
                    return Err(self.err("only `scf.for %iv = lo to hi step s {` loops without results are chunk loops"));
                }
                let (lo, hi, st) = (
                    self.constant(w[2])?,
                    self.constant(w[4])?,
                    self.constant(w[6])?,
                );
                if lo != 0 || st <= 0 || st > hi {
                    return Err(
                        self.err(format!("loop {lo} to {hi} step {st} is not a chunk loop"))
                    );
                }
                let var = self.next_var;
                self.next_var += 1;
                self.open.push(var);
                self.vals.insert(
                    w[0].to_string(),
                    Val::Iv {
                        var,
                        extent: hi,
                        step: st,
                    },
                );
                self.steps.push(format!(
                    "{{\"op\": \"loop\", \"var\": {var}, \"extent\": {hi}, \"step\": {st}}}"
                ));
                return Ok(None);
            }
            "scf.yield" if args.is_empty() => return Ok(None),
            "memref.view" => {
                // %src[%shift][] : memref<Nxi8> to T
                let (src, rest) = args.split_once('[').ok_or_else(|| self.err("operands"))?;
                let (shift, rest) = rest.split_once(']').ok_or_else(|| self.err("operands"))?;
                if !rest.starts_with("[]") {
                    return Err(self.err("dynamic sizes"));
                }
                let ty = rest.rsplit(" to ").next().unwrap_or("");
                let s = self.view(src)?;
                if s.dtype != "i8" || s.shape.len() != 1 || s.strides != [1] {
                    return Err(self.err("a view of something else than a byte buffer"));
                }
                let t = MemrefType::parse(ty).ok_or_else(|| self.err(format!("type {ty}")))?;
                let v = View {
                    base: s.base,
                    byte_offset: s.byte_offset.add(&s.offset).add(&self.index(shift)?),
                    dtype: t.elem.clone(),
                    offset: Expr::constant(0),
                    strides: MemrefType::identity_strides(&t.shape),
                    shape: t.shape,
                };
                self.check(&v, ty)?;
                Val::Mem(v)
            }
            "memref.subview" => Val::Mem(self.subview(args)?),
            "memref.cast" => {
                let (src, tys) = args.split_once(" : ").ok_or_else(|| self.err("operands"))?;
                let ty = tys.rsplit(" to ").next().unwrap_or("");
                let v = self.view(src)?;
                self.check(&v, ty)?;
                Val::Mem(v)
            }
            "memref.collapse_shape" | "memref.expand_shape" => Val::Mem(self.reshape(op, args)?),
            "memref.reinterpret_cast" => Val::Mem(self.reinterpret(args)?),
            "memref.alloc" | "memref.alloca" => {
                // () {alignment = 64 : i64} : T
                if !args.starts_with("()") {
                    return Err(self.err("dynamic sizes"));
                }
                let ty = args.rsplit(" : ").next().unwrap_or("");
                let t = MemrefType::parse(ty).ok_or_else(|| self.err(format!("type {ty}")))?;
                let bytes = t.shape.iter().product::<i64>()
                    * elem_bytes(&t.elem)
                        .ok_or_else(|| self.err(format!("element type {}", t.elem)))?;
                let id = self.scratch.len();
                self.scratch.push(Scratch {
                    bytes: bytes as u64,
                    first: self.steps.len(),
                    last: self.steps.len(),
                    depth: self.open.len(),
                    pending: None,
                });
                Val::Mem(View {
                    base: Base::Scratch(id),
                    byte_offset: Expr::constant(0),
                    dtype: t.elem,
                    offset: Expr::constant(0),
                    strides: MemrefType::identity_strides(&t.shape),
                    shape: t.shape,
                })
            }
            "memref.get_global" => Val::Mem(self.global(args)?),
            "gpu.launch_func" => {
                self.launch(args)?;
                return Ok(None);
            }
            // Inside a function the func dialect's ops print without their prefix.
            "func.call" | "call" => {
                self.call(args)?;
                return Ok(None);
            }
            "memref.copy" => {
                let (ab, tys) = args.split_once(" : ").ok_or_else(|| self.err("operands"))?;
                let (a, b) = ab.split_once(", ").ok_or_else(|| self.err("operands"))?;
                let (ta, tb) = tys.split_once(" to ").ok_or_else(|| self.err("types"))?;
                let (va, vb) = (self.view(a)?, self.view(b)?);
                self.check(&va, ta)?;
                self.check(&vb, tb)?;
                self.use_view(&va)?;
                self.use_view(&vb)?;
                self.steps.push(format!(
                    "{{\"op\": \"copy\", \"src\": {}, \"dst\": {}}}",
                    va.json(),
                    vb.json()
                ));
                return Ok(None);
            }
            "memref.load" | "memref.store" | "scf.parallel" => {
                return Err(self.err(
                    "element access on the host: an op the GPU route did not turn into a kernel",
                ))
            }
            _ => return Err(self.err("no host-plan meaning for this op")),
        }))
    }

    /// `%src[o...] [s...] [st...] : T1 to T2` (offsets may be values).
    fn subview(&self, args: &str) -> Result<View, Error> {
        let (src, rest) = args.split_once('[').ok_or_else(|| self.err("operands"))?;
        let (offs, rest) = rest.split_once("] [").ok_or_else(|| self.err("operands"))?;
        let (sizes, rest) = rest.split_once("] [").ok_or_else(|| self.err("operands"))?;
        let (steps, rest) = rest.split_once(']').ok_or_else(|| self.err("operands"))?;
        let ty = rest.rsplit(" to ").next().unwrap_or("");
        let s = self.view(src)?;
        let offs = split_top(offs);
        let sizes: Vec<i64> = split_top(sizes)
            .iter()
            .map(|x| self.constant(x))
            .collect::<Result<_, _>>()?;
        let steps: Vec<i64> = split_top(steps)
            .iter()
            .map(|x| self.constant(x))
            .collect::<Result<_, _>>()?;
        if offs.len() != s.shape.len()
            || sizes.len() != s.shape.len()
            || steps.len() != s.shape.len()
        {
            return Err(self.err("rank mismatch"));
        }
        let mut offset = s.offset.clone();
        for (o, st) in offs.iter().zip(&s.strides) {
            offset = offset.add(&self.index(o)?.scale(*st));
        }
        let strides: Vec<i64> = s.strides.iter().zip(&steps).map(|(a, b)| a * b).collect();
        let t = MemrefType::parse(ty).ok_or_else(|| self.err(format!("type {ty}")))?;
        let (mut shape, mut st) = (sizes.clone(), strides.clone());
        if t.shape.len() < sizes.len() {
            // Rank reduction: drop size-1 dims, keeping those the result type's static
            // strides identify, else the innermost ones.
            let mut keep = vec![true; sizes.len()];
            let mut extra = sizes.len() - t.shape.len();
            for i in 0..sizes.len() {
                if extra > 0 && sizes[i] == 1 {
                    keep[i] = false;
                    extra -= 1;
                }
            }
            if extra > 0 {
                return Err(self.err("rank-reducing subview drops a dimension that is not 1"));
            }
            shape = sizes
                .iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(s, _)| *s)
                .collect();
            st = strides
                .iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(s, _)| *s)
                .collect();
        }
        let v = View {
            base: s.base,
            byte_offset: s.byte_offset,
            dtype: s.dtype,
            offset,
            shape,
            strides: st,
        };
        self.check(&v, ty)?;
        Ok(v)
    }

    /// `%src [[0, 1], [2]] (output_shape [...])? : T1 into T2`.
    fn reshape(&self, op: &str, args: &str) -> Result<View, Error> {
        let (src, rest) = args.split_once(' ').ok_or_else(|| self.err("operands"))?;
        let ty = rest.rsplit(" into ").next().unwrap_or("");
        let groups_text = rest
            .trim()
            .strip_prefix('[')
            .and_then(|r| r.split(" : ").next())
            .and_then(|r| r.split(" output_shape").next())
            .and_then(|r| r.strip_suffix(']'))
            .ok_or_else(|| self.err("reassociation"))?;
        let groups: Vec<Vec<usize>> = split_top(groups_text)
            .iter()
            .map(|g| {
                g.trim_matches(|c| c == '[' || c == ']')
                    .split(',')
                    .filter(|x| !x.trim().is_empty())
                    .map(|x| x.trim().parse::<usize>())
                    .collect::<Result<Vec<_>, _>>()
            })
            .collect::<Result<_, _>>()
            .map_err(|_| self.err("reassociation"))?;
        let s = self.view(src)?;
        let t = MemrefType::parse(ty).ok_or_else(|| self.err(format!("type {ty}")))?;
        let (mut shape, mut strides) = (Vec::new(), Vec::new());
        if op == "memref.collapse_shape" {
            for g in &groups {
                let mut size = 1;
                let mut stride = 1;
                let mut last: Option<usize> = None;
                for &d in g {
                    if s.shape[d] == 1 {
                        continue;
                    }
                    if let Some(p) = last {
                        if s.strides[p] != s.strides[d] * s.shape[d] {
                            return Err(self.err("collapsing dimensions that are not contiguous"));
                        }
                    }
                    last = Some(d);
                    size *= s.shape[d];
                    stride = s.strides[d];
                }
                shape.push(size);
                strides.push(stride);
            }
        } else {
            if groups.len() != s.shape.len() {
                return Err(self.err("reassociation"));
            }
            let mut out_stride = vec![0i64; t.shape.len()];
            for (src_dim, g) in groups.iter().enumerate() {
                let mut stride = s.strides[src_dim];
                for &d in g.iter().rev() {
                    out_stride[d] = stride;
                    stride *= t.shape[d];
                }
            }
            shape = t.shape.clone();
            strides = out_stride;
        }
        if groups.is_empty() {
            // To or from rank 0.
            shape = t.shape.clone();
            strides = MemrefType::identity_strides(&shape);
        }
        let v = View {
            base: s.base,
            byte_offset: s.byte_offset,
            dtype: s.dtype,
            offset: s.offset,
            shape,
            strides,
        };
        self.check(&v, ty)?;
        Ok(v)
    }

    /// `%src to offset: [o], sizes: [...], strides: [...] : T1 to T2`.
    fn reinterpret(&self, args: &str) -> Result<View, Error> {
        let (src, rest) = args
            .split_once(" to offset: [")
            .ok_or_else(|| self.err("operands"))?;
        let (off, rest) = rest
            .split_once("], sizes: [")
            .ok_or_else(|| self.err("operands"))?;
        let (sizes, rest) = rest
            .split_once("], strides: [")
            .ok_or_else(|| self.err("operands"))?;
        let (strides, rest) = rest.split_once(']').ok_or_else(|| self.err("operands"))?;
        let ty = rest.rsplit(" to ").next().unwrap_or("");
        let s = self.view(src)?;
        let ints = |l: &str| -> Result<Vec<i64>, Error> {
            split_top(l).iter().map(|x| self.constant(x)).collect()
        };
        let v = View {
            base: s.base,
            byte_offset: s.byte_offset,
            dtype: s.dtype,
            offset: self.index(off)?,
            shape: ints(sizes)?,
            strides: ints(strides)?,
        };
        self.check(&v, ty)?;
        Ok(v)
    }

    /// `@name : T`: a constant buffer, bytes in hex (little endian).
    fn global(&mut self, args: &str) -> Result<View, Error> {
        let (sym, ty) = args.split_once(" : ").ok_or_else(|| self.err("operands"))?;
        let (gty, init) = self
            .globals
            .get(sym)
            .cloned()
            .ok_or_else(|| self.err(format!("no memref.global {sym}")))?;
        let t = MemrefType::parse(&gty).ok_or_else(|| self.err(format!("type {gty}")))?;
        let index = match self.constant_of.get(sym) {
            Some(&i) => i,
            None => {
                let hex = dense_hex(&init, &t).ok_or_else(|| {
                    self.err(format!("cannot read the initial value of {sym}: {init}"))
                })?;
                let i = self.constants.len();
                self.constants.push(format!(
                    "{{\"dtype\": \"{}\", \"shape\": {:?}, \"hex\": \"{hex}\"}}",
                    t.elem, t.shape
                ));
                self.constant_of.insert(sym.to_string(), i);
                i
            }
        };
        let v = View {
            base: Base::Constant(index),
            byte_offset: Expr::constant(0),
            dtype: t.elem.clone(),
            offset: Expr::constant(0),
            strides: MemrefType::identity_strides(&t.shape),
            shape: t.shape,
        };
        self.check(&v, ty)?;
        Ok(v)
    }

    /// `@M::@K blocks in (x, y, z) threads in (x, y, z) (dynamic_shared_memory_size s)? args(...)`.
    fn launch(&mut self, args: &str) -> Result<(), Error> {
        let kernel = args
            .split_whitespace()
            .next()
            .and_then(|s| s.strip_prefix('@'))
            .and_then(|s| s.split("::").next())
            .ok_or_else(|| self.err("kernel name"))?
            .to_string();
        let triple = |key: &str| -> Result<Vec<i64>, Error> {
            let i = args
                .find(key)
                .ok_or_else(|| self.err(format!("no `{key}`")))?;
            let s = &args[i + key.len()..];
            let s = &s[..s.find(')').unwrap_or(s.len())];
            split_top(s).iter().map(|n| self.constant(n)).collect()
        };
        let grid = triple("blocks in (")?;
        let block = triple("threads in (")?;
        let shared = match args.find("dynamic_shared_memory_size ") {
            Some(i) => {
                let s = &args[i + "dynamic_shared_memory_size ".len()..];
                self.constant(s.split_whitespace().next().unwrap_or(""))?
            }
            None => 0,
        };
        // CUDA's limits: a block has at most 1024 threads (z at most 64), the grid's y
        // and z at most 65535 blocks.
        let threads: i64 = block.iter().product();
        if threads > 1024
            || block[2] > 64
            || grid[0] >= 1 << 31
            || grid[1] > 65535
            || grid[2] > 65535
        {
            return Err(self.err(format!(
                "launch of {kernel} with grid {grid:?} and block {block:?} exceeds CUDA's limits"
            )));
        }
        let mut out = Vec::new();
        if let Some(i) = args.find("args(") {
            let s = &args[i + 5..args.rfind(')').unwrap_or(args.len())];
            for a in split_top(s) {
                let (n, ty) = a
                    .split_once(" : ")
                    .ok_or_else(|| self.err(format!("argument {a}")))?;
                let arg = match (self.get(n)?.clone(), ty) {
                    (Val::Mem(v), _) => {
                        self.check(&v, ty)?;
                        self.use_view(&v)?;
                        format!("{{\"memref\": {}}}", v.json())
                    }
                    (Val::Float(x), "f32") => {
                        let f: f32 = x.parse().map_err(|_| {
                            self.err(format!("f32 argument {x} is not a finite number"))
                        })?;
                        format!("{{\"f32\": {f:?}}}")
                    }
                    (Val::Int(c), "i32" | "i64") => format!("{{\"{ty}\": {c}}}"),
                    (_, "index") => format!("{{\"index\": {}}}", self.index(n)?.json()),
                    // An i64 that moves with a loop (the chunk offset as data): the same
                    // 64-bit parameter as an index.
                    (_, "i64") => match self.index(n)?.as_const() {
                        Some(c) => format!("{{\"i64\": {c}}}"),
                        None => format!("{{\"index\": {}}}", self.index(n)?.json()),
                    },
                    _ => return Err(self.err(format!("kernel argument {n} of type {ty}"))),
                };
                out.push(arg);
            }
        }
        if !self.kernels.contains(&kernel) {
            self.kernels.push(kernel.clone());
        }
        self.steps.push(format!(
            "{{\"op\": \"launch\", \"kernel\": \"{kernel}\", \"grid\": {grid:?}, \"block\": {block:?}, \"shared_bytes\": {shared}, \"args\": [{}]}}",
            out.join(", ")
        ));
        Ok(())
    }

    /// `@autochunk_gemm_<i>(%a, %b, %c) : (...) -> ()`: a GEMM step.
    fn call(&mut self, args: &str) -> Result<(), Error> {
        let (callee, rest) = args.split_once('(').ok_or_else(|| self.err("operands"))?;
        let index: usize = callee
            .strip_prefix("@autochunk_gemm_")
            .and_then(|i| i.parse().ok())
            .ok_or_else(|| self.err(format!("a call of {callee}: only GEMMs are host calls")))?;
        let g = self
            .gemms
            .get(index)
            .ok_or_else(|| self.err(format!("no GEMM {index}")))?
            .clone();
        let (ops, rest) = rest.split_once(')').ok_or_else(|| self.err("operands"))?;
        let tys = rest
            .trim()
            .strip_prefix(": (")
            .and_then(|r| r.split_once(") ->"))
            .map(|(t, _)| split_top(t))
            .ok_or_else(|| self.err("types"))?;
        let ops = split_top(ops);
        if ops.len() != 3 || tys.len() != 3 {
            return Err(self.err("a GEMM takes A, B, C"));
        }
        let mut views = Vec::new();
        for ((o, ty), mat) in ops.iter().zip(&tys).zip([&g.a, &g.b, &g.c]) {
            let v = self.view(o)?;
            self.check(&v, ty)?;
            self.use_view(&v)?;
            views.push(matrix_view(v, mat, g.batch));
        }
        self.steps.push(format!(
            "{{\"op\": \"gemm\", \"batch\": {}, \"m\": {}, \"n\": {}, \"k\": {}, \"a\": {}, \"b\": {}, \"c\": {}, \"accumulate\": {}}}",
            g.batch,
            g.m,
            g.n,
            g.k,
            views[0].json(),
            views[1].json(),
            views[2].json(),
            g.accumulate
        ));
        Ok(())
    }
}

/// A scratch buffer (`memref.alloc` on the host) and the steps it is live over.
struct Scratch {
    bytes: u64,
    first: usize,
    last: usize,
    /// Loops open at the allocation.
    depth: usize,
    /// The variable of a loop (entered after the allocation) that uses it: it lives
    /// to that loop's `end_loop`.
    pending: Option<usize>,
}

/// Offsets of the scratch buffers in one allocation and its size: largest first, each
/// at the lowest aligned offset free over its whole lifetime (buffers whose lifetimes
/// do not overlap share bytes; a loop body's steps repeat, and a buffer defined
/// outside a loop that uses it lives to the loop's end, so per-step lifetimes are
/// enough).
fn place_scratch(scratch: &[Scratch]) -> (Vec<u64>, u64) {
    let mut order: Vec<usize> = (0..scratch.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(scratch[i].bytes), i));
    let mut offsets = vec![0u64; scratch.len()];
    let mut placed: Vec<usize> = Vec::new();
    let mut total = 0;
    for i in order {
        let s = &scratch[i];
        let mut busy: Vec<(u64, u64)> = placed
            .iter()
            .filter(|&&j| scratch[j].first <= s.last && s.first <= scratch[j].last)
            .map(|&j| (offsets[j], offsets[j] + scratch[j].bytes))
            .collect();
        busy.sort();
        let mut at = 0;
        for (lo, hi) in busy {
            if at + s.bytes <= lo {
                break;
            }
            at = at.max(hi.div_ceil(SCRATCH_ALIGNMENT) * SCRATCH_ALIGNMENT);
        }
        offsets[i] = at;
        total = total.max(at + s.bytes);
        placed.push(i);
    }
    (offsets, total)
}

/// Replaces the scratch markers of `step` (`§id:c§`) with byte offsets.
fn resolve_scratch(step: &str, offsets: &[u64]) -> String {
    let mut out = String::with_capacity(step.len());
    let mut parts = step.split('\u{a7}');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    while let (Some(marker), Some(rest)) = (parts.next(), parts.next()) {
        let (id, c) = marker.split_once(':').unwrap_or((marker, "0"));
        let id: usize = id.parse().unwrap_or(0);
        let c: i64 = c.parse().unwrap_or(0);
        out.push_str(&(offsets[id] as i64 + c).to_string());
        out.push_str(rest);
    }
    out
}

/// The operand view seen as a matrix: rank 2, or rank 3 with the batch first.
fn matrix_view(v: View, mat: &Matrix, batch: i64) -> View {
    let (shape, strides) = if batch == 1 {
        (mat.shape[1..].to_vec(), mat.strides[1..].to_vec())
    } else {
        (mat.shape.to_vec(), mat.strides.to_vec())
    };
    View {
        shape,
        strides,
        ..v
    }
}

/// The bytes of a `dense<...>` initial value of type `t` as little-endian hex:
/// a splat (`dense<0.5>`, `dense<0xFF800000>`), a nested list, or MLIR's hex form.
fn dense_hex(init: &str, t: &MemrefType) -> Option<String> {
    let body = init.trim().strip_prefix("dense<")?.strip_suffix('>')?;
    let count: i64 = t.shape.iter().product();
    let width = elem_bytes(&t.elem)? as usize;
    if let Some(hex) = body.strip_prefix("\"0x").and_then(|b| b.strip_suffix('"')) {
        let hex = hex.to_ascii_lowercase();
        if hex.len() == width * 2 {
            return Some(hex.repeat(count as usize));
        }
        return (hex.len() == width * 2 * count as usize).then_some(hex);
    }
    let scalars: Vec<&str> = body
        .split(['[', ']', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut bytes = Vec::new();
    for s in &scalars {
        bytes.extend(scalar_bytes(s, &t.elem)?);
    }
    if scalars.len() == 1 && count != 1 {
        bytes = bytes.repeat(count as usize);
    } else if scalars.len() as i64 != count {
        return None;
    }
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn scalar_bytes(s: &str, elem: &str) -> Option<Vec<u8>> {
    if let Some(h) = s.strip_prefix("0x") {
        let bits = u64::from_str_radix(h, 16).ok()?;
        let width = elem_bytes(elem)? as usize;
        return Some(bits.to_le_bytes()[..width].to_vec());
    }
    Some(match elem {
        "f32" => s.parse::<f32>().ok()?.to_le_bytes().to_vec(),
        "f64" => s.parse::<f64>().ok()?.to_le_bytes().to_vec(),
        "i64" => s.parse::<i64>().ok()?.to_le_bytes().to_vec(),
        "i32" => s.parse::<i32>().ok()?.to_le_bytes().to_vec(),
        "i8" => s.parse::<i8>().ok()?.to_le_bytes().to_vec(),
        "i1" => vec![u8::from(s == "true" || s == "1")],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_initial_values_become_hex() {
        let t = MemrefType::parse("memref<f32>").unwrap();
        assert_eq!(dense_hex("dense<0xFF800000>", &t).unwrap(), "000080ff");
        assert_eq!(dense_hex("dense<1.000000e+00>", &t).unwrap(), "0000803f");
        let t = MemrefType::parse("memref<2xi64>").unwrap();
        assert_eq!(
            dense_hex("dense<[1, 2]>", &t).unwrap(),
            "01000000000000000200000000000000"
        );
    }

    /// Buffers share bytes only when their lifetimes are disjoint.
    #[test]
    fn scratch_buffers_share_bytes_only_when_not_live_together() {
        let sc = |bytes, first, last| Scratch {
            bytes,
            first,
            last,
            depth: 0,
            pending: None,
        };
        // 0 and 1 overlap (steps 2..3); 2 starts after both end.
        let (offsets, total) = place_scratch(&[sc(100, 0, 3), sc(40, 2, 5), sc(128, 6, 7)]);
        assert_eq!(offsets[2], 0);
        assert_eq!(offsets[0], 0);
        assert_eq!(offsets[1], 128, "after buffer 0, aligned to 64");
        assert_eq!(total, 168);
    }

    #[test]
    fn expressions_are_affine() {
        let e = Expr::var(0).scale(256).add(&Expr::constant(16));
        assert_eq!(
            e.json(),
            "{\"const\": 16, \"terms\": [{\"var\": 0, \"coeff\": 256}]}"
        );
        assert_eq!(e.add(&Expr::var(0).scale(-256)).json(), "16");
    }
}
