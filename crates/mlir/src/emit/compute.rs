//! Elementwise ops (with broadcasting, through `linalg.generic` and the scalar
//! lowering of each nn op), `iota`, contractions (`matmul`, `dot_general`), the
//! widening and rounding of half-precision values, reductions, softmax and the norms
//! (layer, RMS) of the converter.
use super::*;

impl Emitter<'_> {
    pub(super) fn elementwise(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn scalar(
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

    pub(super) fn convert_scalar(
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

    pub(super) fn iota(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn collapse(&mut self, x: &str, t: &T, groups: &[Vec<usize>]) -> (String, T) {
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

    pub(super) fn expand(&mut self, x: &str, t: &T, out: &T, groups: &[Vec<usize>]) -> String {
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

    pub(super) fn matmul(&mut self, op: OpId) -> DiagResult<()> {
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

    pub(super) fn mul_add(
        &mut self,
        a: &str,
        b: &str,
        acc: &str,
        kind: Kind,
        elem: &Type,
    ) -> String {
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

    pub(super) fn dot_general(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn contract(
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
    pub(super) fn widen(&mut self, x: &str, elem: &Type) -> String {
        if *elem == Type::f32() {
            return x.to_string();
        }
        let n = self.fresh();
        self.op(&format!("{n} = arith.extf {x} : {elem} to f32"));
        n
    }

    /// An f32 tensor rounded (to nearest even) into the half-precision type `to`.
    pub(super) fn round_into(&mut self, x: &str, xt: &T, to: &T) -> String {
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
    pub(super) fn reduce_into(
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

    pub(super) fn reduce(&mut self, op: OpId) -> DiagResult<()> {
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

    pub(super) fn softmax(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn softmax_exp(
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
    pub(super) fn rows_map(&self, r: usize, axis: usize) -> String {
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
    pub(super) fn divide_rows(
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
    pub(super) fn result_in_slot(&self, op: OpId) -> bool {
        let r = self.m.op(op).results[0];
        self.arena
            .as_ref()
            .is_some_and(|a| a.plan.buffer(r).is_some())
    }

    pub(super) fn layer_norm(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn rms_norm(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn normalize(
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
}
