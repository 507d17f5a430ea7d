//! Convolution, pooling, upsampling, attention and group norm of the converter.
use super::*;

impl Emitter<'_> {
    /// `[a, b]` attribute `name` with a default.
    pub(super) fn pair_attr(
        &self,
        op: OpId,
        name: &str,
        default: [i64; 2],
    ) -> DiagResult<[i64; 2]> {
        match self.ints_attr(op, name) {
            None => Ok(default),
            Some(v) if v.len() == 2 && v.iter().all(|&x| x > 0) => Ok([v[0], v[1]]),
            Some(_) => Err(self.err_at(op, format!("invalid attribute '{name}'"))),
        }
    }

    /// `[top, left, bottom, right]` padding (default 0).
    pub(super) fn padding_attr(&self, op: OpId) -> DiagResult<[i64; 4]> {
        match self.ints_attr(op, "padding") {
            None => Ok([0; 4]),
            Some(v) if v.len() == 4 && v.iter().all(|&x| x >= 0) => Ok([v[0], v[1], v[2], v[3]]),
            Some(_) => Err(self.err_at(op, "invalid attribute 'padding'")),
        }
    }

    /// A scalar literal of `elem`: `value` for floats, or the integer text.
    pub(super) fn literal(value: f64, int_text: &str, elem: &Type) -> String {
        match elem {
            Type::Float(_) => float_bits(value, elem),
            _ => int_text.to_string(),
        }
    }

    /// The smallest value of `elem` (`-inf` for floats): the identity of max.
    pub(super) fn lowest(&self, op: OpId, elem: &Type) -> DiagResult<String> {
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
    pub(super) fn filled_lit(&mut self, t: &T, lit: &str) -> String {
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
    pub(super) fn conv2d(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn input_coord(
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
    pub(super) fn padded_conv(
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
    pub(super) fn pool(&mut self, op: OpId, max: bool) -> DiagResult<()> {
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
    pub(super) fn upsample(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn attention(&mut self, op: OpId) -> DiagResult<()> {
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
    pub(super) fn attention_rows(
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
    pub(super) fn group_norm(&mut self, op: OpId) -> DiagResult<()> {
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
}
