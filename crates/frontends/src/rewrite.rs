//! The rewrite of each `stablehlo`/`chlo` op into `nn` ops, used by
//! `convert-stablehlo-to-nn`. Each rewrite inserts its `nn` ops right before the op,
//! at the op's location, and returns the values that replace the op's results.
//!
//! Most ops map one to one (`add` to `nn.add`, `dot_general` to `nn.dot_general`).
//! The others are expressed exactly with several `nn` ops: `clamp` as max(min), the
//! i1 logic ops as selects and comparisons, `erfc` as 1 - erf, `pad` as
//! concatenations with constant blocks (negative padding as a slice), a reduction's
//! initial value combined with the reduced value unless it is the reduction's
//! identity, `reduce` with `minimum` as -max(-x), a row-lookup `gather` as
//! `nn.embedding` between reshapes, a 2-D `convolution` as `nn.conv2d` between
//! transposes to and from NCHW/OIHW, and `dynamic_slice` with constant offsets as a
//! static slice (offsets clamped as StableHLO does).
use ir::attr::{DenseElements, Scalar};
use ir::{Attribute, DiagResult, Diagnostic, Location, Module, OpId, Type, ValueId};
use stablehlo_dialect::attrs::{
    enum_value, int_list, op_int, op_ints, ConvDims, DotDims, GatherDims,
};

/// Inserts `nn` ops before one op, at its location.
struct Rewriter<'m> {
    m: &'m mut Module,
    anchor: OpId,
    loc: Location,
}

impl Rewriter<'_> {
    fn ty(&self, v: ValueId) -> Type {
        self.m.value_type(v).clone()
    }
    fn shape(&self, v: ValueId) -> Vec<i64> {
        self.m.value_type(v).shape().unwrap_or(&[]).to_vec()
    }
    fn element(&self, v: ValueId) -> Type {
        self.m
            .value_type(v)
            .element()
            .cloned()
            .unwrap_or(Type::f32())
    }
    /// One `nn` op with one result.
    fn op(
        &mut self,
        name: &str,
        operands: &[ValueId],
        result: Type,
        attrs: &[(&str, Attribute)],
    ) -> ValueId {
        let attrs = attrs.iter().map(|(k, v)| (*k, v.clone()));
        let op = crate::one_result(self.m, &self.loc, name, operands, result, attrs);
        self.m.insert_before(self.anchor, op);
        self.m.op(op).results[0]
    }
    /// An elementwise `nn` op whose result has the type of `like`.
    fn same(&mut self, name: &str, operands: &[ValueId], like: ValueId) -> ValueId {
        let t = self.ty(like);
        self.op(name, operands, t, &[])
    }
    /// A splat constant of type `ty`.
    fn splat(&mut self, ty: Type, value: f64) -> ValueId {
        let element = ty.element().cloned().unwrap_or(Type::f32());
        let scalar = if element.is_i1() {
            Scalar::Bool(value != 0.0)
        } else if element.is_integer() {
            Scalar::Int(value as i128)
        } else {
            Scalar::Float(value)
        };
        let attr = Attribute::Dense {
            ty: ty.clone(),
            data: DenseElements::Splat(scalar),
        };
        self.op("nn.constant", &[], ty, &[("value", attr)])
    }
    /// A rank-0 constant of `v`'s element type.
    fn scalar_like(&mut self, v: ValueId, value: f64) -> ValueId {
        let e = self.element(v);
        self.splat(Type::tensor(&[], e), value)
    }
    fn reshape(&mut self, v: ValueId, shape: &[i64]) -> ValueId {
        if self.shape(v) == shape {
            return v;
        }
        let t = Type::tensor(shape, self.element(v));
        self.op("nn.reshape", &[v], t, &[])
    }
    fn transpose(&mut self, v: ValueId, perm: &[usize]) -> ValueId {
        if perm.iter().enumerate().all(|(i, &p)| i == p) {
            return v;
        }
        let s = self.shape(v);
        let shape: Vec<i64> = perm.iter().map(|&p| s[p]).collect();
        let t = Type::tensor(&shape, self.element(v));
        let perm: Vec<i64> = perm.iter().map(|&p| p as i64).collect();
        self.op(
            "nn.transpose",
            &[v],
            t,
            &[("permutation", Attribute::i64_array(&perm))],
        )
    }
    fn slice(&mut self, v: ValueId, start: &[i64], limit: &[i64], strides: &[i64]) -> ValueId {
        let shape: Vec<i64> = (0..start.len())
            .map(|d| (limit[d] - start[d] + strides[d] - 1) / strides[d])
            .collect();
        if shape == self.shape(v) {
            return v;
        }
        let t = Type::tensor(&shape, self.element(v));
        self.op(
            "nn.slice",
            &[v],
            t,
            &[
                ("start_indices", Attribute::i64_array(start)),
                ("limit_indices", Attribute::i64_array(limit)),
                ("strides", Attribute::i64_array(strides)),
            ],
        )
    }
    fn concat(&mut self, parts: &[ValueId], dim: usize) -> ValueId {
        if let [only] = parts {
            return *only;
        }
        let mut shape = self.shape(parts[0]);
        shape[dim] = parts.iter().map(|&p| self.shape(p)[dim]).sum();
        let t = Type::tensor(&shape, self.element(parts[0]));
        self.op(
            "nn.concat",
            parts,
            t,
            &[("dimension", Attribute::i64(dim as i64))],
        )
    }
    /// The value of a rank-0 (or splat) constant operand.
    fn constant_value(&self, v: ValueId) -> Option<f64> {
        let def = self.m.defining_op(v)?;
        if self.m.name(def) == "nn.broadcast_in_dim" {
            return self.constant_value(self.m.op(def).operands[0]);
        }
        // Ops convert in program order: an operand's producer is already nn.
        if self.m.name(def) != "nn.constant" {
            return None;
        }
        let Some(Attribute::Dense { ty, data }) = self.m.attr(def, "value") else {
            return None;
        };
        if let Some(value) = data.splat_f64(ty.element()?) {
            return Some(value);
        }
        let values = data.values_f64(ty.element()?, ty.num_elements()? as usize)?;
        let first = *values.first()?;
        values
            .iter()
            .all(|&x| x == first || (x.is_nan() && first.is_nan()))
            .then_some(first)
    }
}

/// An error at the op: it cannot become `nn`, and why.
fn refuse(m: &Module, op: OpId, why: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        m.op(op).loc.clone(),
        format!("'{}' op cannot be converted to nn: {why}", m.name(op)),
    )
}

/// Rewrites `op`; returns the replacements of its results.
pub(crate) fn rewrite_op(m: &mut Module, op: OpId) -> DiagResult<Vec<ValueId>> {
    let name = m.name(op).to_string();
    let operands = m.op(op).operands.clone();
    let result_ty = m.op(op).results.first().map(|&r| m.value_type(r).clone());
    let mut r = Rewriter {
        loc: m.op(op).loc.clone(),
        anchor: op,
        m,
    };
    let x = operands.first().copied();
    let one = |v: ValueId| Ok(vec![v]);
    let rt = || {
        result_ty
            .clone()
            .expect("checked by the verifier: one result")
    };
    let nn_unary = |n: &str| -> Option<&'static str> {
        Some(match n {
            "stablehlo.abs" => "nn.abs",
            "stablehlo.negate" => "nn.neg",
            "stablehlo.exponential" => "nn.exp",
            "stablehlo.log" => "nn.log",
            "stablehlo.sqrt" => "nn.sqrt",
            "stablehlo.rsqrt" => "nn.rsqrt",
            "stablehlo.tanh" => "nn.tanh",
            "stablehlo.logistic" => "nn.sigmoid",
            "chlo.erf" => "nn.erf",
            _ => return None,
        })
    };
    let nn_binary = |n: &str| -> Option<&'static str> {
        Some(match n {
            "stablehlo.add" => "nn.add",
            "stablehlo.subtract" => "nn.sub",
            "stablehlo.multiply" => "nn.mul",
            "stablehlo.divide" => "nn.div",
            "stablehlo.maximum" => "nn.max",
            "stablehlo.minimum" => "nn.min",
            "stablehlo.power" => "nn.pow",
            _ => return None,
        })
    };
    if let Some(n) = nn_unary(&name) {
        let x = x.expect("verified");
        return one(r.same(n, &[x], x));
    }
    if let Some(n) = nn_binary(&name) {
        let is_i1 = r.element(operands[0]).is_i1();
        if !is_i1 {
            return one(r.same(n, &operands, operands[0]));
        }
    }
    match name.as_str() {
        "stablehlo.constant" | "arith.constant" => {
            let value = r.m.attr(op, "value").cloned().expect("verified");
            // A splat of many elements (torch-mlir writes full-shape splats at function
            // entry) becomes a scalar broadcast where it is used, so it is not a whole
            // tensor live from the start: the broadcast can be scheduled next to its
            // user and chunked with it.
            if let Attribute::Dense {
                ty,
                data: DenseElements::Splat(v),
            } = &value
            {
                if ty.num_elements().is_some_and(|n| n > 1) {
                    let scalar_ty = Type::tensor(&[], ty.element().expect("a tensor").clone());
                    let scalar = Attribute::Dense {
                        ty: scalar_ty.clone(),
                        data: DenseElements::Splat(*v),
                    };
                    let c = r.op("nn.constant", &[], scalar_ty, &[("value", scalar)]);
                    let dims: Vec<i64> = vec![];
                    return one(r.op(
                        "nn.broadcast_in_dim",
                        &[c],
                        rt(),
                        &[("broadcast_dimensions", Attribute::i64_array(&dims))],
                    ));
                }
            }
            one(r.op("nn.constant", &[], rt(), &[("value", value)]))
        }
        "stablehlo.ceil" | "stablehlo.floor" => {
            let x = x.expect("verified");
            one(round_to_integer(&mut r, x, name == "stablehlo.ceil"))
        }
        "stablehlo.dynamic_iota" => {
            let dim = op_int(r.m, op, "iota_dimension").expect("verified");
            one(r.op("nn.iota", &[], rt(), &[("dimension", Attribute::i64(dim))]))
        }
        "stablehlo.iota" => {
            let dim = op_int(r.m, op, "iota_dimension").expect("verified");
            one(r.op("nn.iota", &[], rt(), &[("dimension", Attribute::i64(dim))]))
        }
        "stablehlo.convert" => {
            let x = x.expect("verified");
            if r.ty(x) == rt() {
                return one(x);
            }
            one(r.op("nn.convert", &[x], rt(), &[]))
        }
        "chlo.erfc" => {
            let x = x.expect("verified");
            let e = r.same("nn.erf", &[x], x);
            let c = r.scalar_like(x, 1.0);
            one(r.same("nn.sub", &[c, e], x))
        }
        "stablehlo.exponential_minus_one" => {
            let x = x.expect("verified");
            let e = r.same("nn.exp", &[x], x);
            let c = r.scalar_like(x, 1.0);
            one(r.same("nn.sub", &[e, c], x))
        }
        "stablehlo.log_plus_one" => {
            let x = x.expect("verified");
            let c = r.scalar_like(x, 1.0);
            let s = r.same("nn.add", &[x, c], x);
            one(r.same("nn.log", &[s], x))
        }
        "stablehlo.clamp" => {
            let (lo, x, hi) = (operands[0], operands[1], operands[2]);
            let upper = r.same("nn.min", &[x, hi], x);
            one(r.same("nn.max", &[upper, lo], x))
        }
        "stablehlo.select" => one(r.op("nn.select", &operands, rt(), &[])),
        "stablehlo.compare" => {
            let dir = r
                .m
                .attr(op, "comparison_direction")
                .and_then(|a| enum_value(a, "comparison_direction"))
                .expect("verified")
                .to_string();
            one(r.op("nn.compare", &operands, rt(), &[("direction", Attribute::string(&dir))]))
        }
        "stablehlo.and" | "stablehlo.or" | "stablehlo.xor" | "stablehlo.not" => {
            logic(&mut r, op, &name, &operands)
        }
        "stablehlo.broadcast_in_dim" => {
            let dims = op_ints(r.m, op, "broadcast_dimensions").expect("verified");
            let x = x.expect("verified");
            one(r.op(
                "nn.broadcast_in_dim",
                &[x],
                rt(),
                &[("broadcast_dimensions", Attribute::i64_array(&dims))],
            ))
        }
        "stablehlo.reshape" => one(r.op("nn.reshape", &operands, rt(), &[])),
        "stablehlo.transpose" => {
            let perm = op_ints(r.m, op, "permutation").expect("verified");
            let perm: Vec<usize> = perm.iter().map(|&p| p as usize).collect();
            one(r.transpose(x.expect("verified"), &perm))
        }
        "stablehlo.concatenate" => {
            let dim = op_int(r.m, op, "dimension").expect("verified");
            one(r.concat(&operands, dim as usize))
        }
        "stablehlo.slice" => {
            let get = |k: &str| op_ints(r.m, op, k).expect("verified");
            let (s, l, k) = (get("start_indices"), get("limit_indices"), get("strides"));
            one(r.slice(x.expect("verified"), &s, &l, &k))
        }
        "stablehlo.dynamic_slice" => dynamic_slice(&mut r, op, &operands),
        "stablehlo.dynamic_update_slice" => dynamic_update_slice(&mut r, op, &operands),
        "stablehlo.reduce_window" => reduce_window(&mut r, op, &operands),
        "stablehlo.pad" => pad(&mut r, op, &operands),
        "stablehlo.dot_general" => {
            let dims = r
                .m
                .attr(op, "dot_dimension_numbers")
                .and_then(DotDims::read)
                .expect("verified");
            let attrs = [
                ("lhs_batching_dimensions", Attribute::i64_array(&dims.lhs_batch)),
                ("rhs_batching_dimensions", Attribute::i64_array(&dims.rhs_batch)),
                ("lhs_contracting_dimensions", Attribute::i64_array(&dims.lhs_contract)),
                ("rhs_contracting_dimensions", Attribute::i64_array(&dims.rhs_contract)),
            ];
            one(r.op("nn.dot_general", &operands, rt(), &attrs))
        }
        "stablehlo.dot" => {
            let a = operands[0];
            let rank_a = r.shape(a).len() as i64;
            let attrs = [
                ("lhs_batching_dimensions", Attribute::i64_array(&[])),
                ("rhs_batching_dimensions", Attribute::i64_array(&[])),
                ("lhs_contracting_dimensions", Attribute::i64_array(&[rank_a - 1])),
                ("rhs_contracting_dimensions", Attribute::i64_array(&[0])),
            ];
            one(r.op("nn.dot_general", &operands, rt(), &attrs))
        }
        "stablehlo.reduce" => reduce(&mut r, op, &operands),
        "stablehlo.gather" => gather(&mut r, op, &operands),
        "stablehlo.convolution" => convolution(&mut r, op, &operands),
        "stablehlo.optimization_barrier" => Ok(operands),
        "stablehlo.while" | "stablehlo.case" => Err(refuse(
            r.m,
            op,
            "nn has no data-dependent control flow; unroll the loop or branch before export (for example with jax.lax.fori_loop(..., unroll=True) or a Python loop)",
        )),
        // A sharding constraint (jax.lax.with_sharding_constraint), GSPMD's form and
        // Shardy's: kept, with the annotation as written.
        "stablehlo.custom_call"
            if r.m.attr(op, "call_target_name").and_then(Attribute::as_str) == Some("Sharding") =>
        {
            let sharding = r.m.attr(op, "mhlo.sharding").cloned().ok_or_else(|| {
                refuse(r.m, op, "a 'Sharding' custom call without mhlo.sharding")
            })?;
            let x = x.expect("verified");
            let ty = r.ty(x);
            one(r.op("nn.sharding_constraint", &[x], ty, &[("sharding", sharding)]))
        }
        "sdy.sharding_constraint" => {
            // As the dialect attribute the arguments carry, so it reads back.
            let Some(Attribute::Opaque(text)) = r.m.attr(op, "sharding").cloned() else {
                unreachable!("verified: the sharding is kept as written")
            };
            let sharding = Attribute::Opaque(format!("#sdy.sharding{text}"));
            let x = x.expect("verified");
            let ty = r.ty(x);
            one(r.op("nn.sharding_constraint", &[x], ty, &[("sharding", sharding)]))
        }
        "stablehlo.custom_call" => {
            let target = r
                .m
                .attr(op, "call_target_name")
                .and_then(Attribute::as_str)
                .unwrap_or("?")
                .to_string();
            Err(refuse(
                r.m,
                op,
                format!("the backend-specific call target '{target}' has no nn equivalent"),
            ))
        }
        _ => Err(refuse(r.m, op, "nn has no equivalent op")),
    }
}

/// `ceil` or `floor`, exactly: t = trunc(x) through i64, then one step up (ceil)
/// or down (floor) where x is not already t. Magnitudes at or above 2^(mantissa
/// bits) are integers already and pass through unchanged.
fn round_to_integer(r: &mut Rewriter, x: ValueId, ceil: bool) -> ValueId {
    let element = r.element(x);
    let shape = r.shape(x);
    let integral_from = match element {
        Type::Float(ir::types::FloatKind::F64) => 2f64.powi(52),
        Type::Float(ir::types::FloatKind::F16) => 1024.0,
        Type::Float(ir::types::FloatKind::BF16) => 128.0,
        _ => 8_388_608.0,
    };
    let as_int = r.op("nn.convert", &[x], Type::tensor(&shape, Type::i64()), &[]);
    let t = r.op("nn.convert", &[as_int], r.ty(x), &[]);
    let bool_ty = Type::tensor(&shape, Type::i1());
    let direction = if ceil { "GT" } else { "LT" };
    let off = r.op(
        "nn.compare",
        &[x, t],
        bool_ty.clone(),
        &[("direction", Attribute::string(direction))],
    );
    let step = r.scalar_like(x, if ceil { 1.0 } else { -1.0 });
    let zero = r.scalar_like(x, 0.0);
    let delta = r.op("nn.select", &[off, step, zero], r.ty(x), &[]);
    let rounded = r.same("nn.add", &[t, delta], x);
    let magnitude = r.same("nn.abs", &[x], x);
    let bound = r.scalar_like(x, integral_from);
    let small = r.op(
        "nn.compare",
        &[magnitude, bound],
        bool_ty,
        &[("direction", Attribute::string("LT"))],
    );
    r.op("nn.select", &[small, rounded, x], r.ty(x), &[])
}

/// i1 logic as selects and comparisons; other integer widths (bitwise) are refused.
fn logic(r: &mut Rewriter, op: OpId, name: &str, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    let a = operands[0];
    if !r.element(a).is_i1() {
        return Err(refuse(
            r.m,
            op,
            "bitwise integer logic has no nn equivalent (only i1 logic)",
        ));
    }
    let t = r.ty(a);
    let v = match name {
        "stablehlo.and" => {
            let f = r.scalar_like(a, 0.0);
            r.op("nn.select", &[a, operands[1], f], t, &[])
        }
        "stablehlo.or" => {
            let tr = r.scalar_like(a, 1.0);
            r.op("nn.select", &[a, tr, operands[1]], t, &[])
        }
        "stablehlo.xor" => r.op(
            "nn.compare",
            &[a, operands[1]],
            t,
            &[("direction", Attribute::string("NE"))],
        ),
        _ => {
            let f = r.scalar_like(a, 0.0);
            r.op(
                "nn.compare",
                &[a, f],
                t,
                &[("direction", Attribute::string("EQ"))],
            )
        }
    };
    Ok(vec![v])
}

/// Constant start indices only: a static slice, offsets clamped into range.
fn dynamic_slice(r: &mut Rewriter, op: OpId, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    let x = operands[0];
    let sizes = op_ints(r.m, op, "slice_sizes").expect("verified");
    let shape = r.shape(x);
    let mut start = Vec::new();
    for (d, &i) in operands[1..].iter().enumerate() {
        let Some(v) = r.constant_value(i) else {
            return Err(refuse(
                r.m,
                op,
                format!(
                    "start index #{d} is computed at run time; nn slices only at constant offsets"
                ),
            ));
        };
        start.push((v as i64).clamp(0, shape[d] - sizes[d]));
    }
    let limit: Vec<i64> = start.iter().zip(&sizes).map(|(s, k)| s + k).collect();
    let ones = vec![1; shape.len()];
    Ok(vec![r.slice(x, &start, &limit, &ones)])
}

/// Constant start indices only: the operand's pieces around the update, joined
/// dimension by dimension (offsets clamped as StableHLO does).
fn dynamic_update_slice(
    r: &mut Rewriter,
    op: OpId,
    operands: &[ValueId],
) -> DiagResult<Vec<ValueId>> {
    let (x, update) = (operands[0], operands[1]);
    let (shape, ushape) = (r.shape(x), r.shape(update));
    let mut start = Vec::new();
    for (d, &i) in operands[2..].iter().enumerate() {
        let Some(v) = r.constant_value(i) else {
            return Err(refuse(
                r.m,
                op,
                format!(
                    "start index #{d} is computed at run time; nn updates only at constant offsets"
                ),
            ));
        };
        start.push((v as i64).clamp(0, shape[d] - ushape[d]));
    }
    Ok(vec![place(r, x, update, &start, 0)])
}

/// `x` with `update` written at `start`, from dimension `d` on (the dimensions
/// before `d` already match the update's).
fn place(r: &mut Rewriter, x: ValueId, update: ValueId, start: &[i64], d: usize) -> ValueId {
    let shape = r.shape(x);
    if d == shape.len() {
        return update;
    }
    let u = r.shape(update)[d];
    let ones = vec![1; shape.len()];
    let mut lo = vec![0; shape.len()];
    let mut hi = shape.clone();
    let mut parts = Vec::new();
    if start[d] > 0 {
        hi[d] = start[d];
        parts.push(r.slice(x, &lo, &hi, &ones));
    }
    lo[d] = start[d];
    hi[d] = start[d] + u;
    let middle = r.slice(x, &lo, &hi, &ones);
    parts.push(place(r, middle, update, start, d + 1));
    if start[d] + u < shape[d] {
        lo[d] = start[d] + u;
        hi[d] = shape[d];
        parts.push(r.slice(x, &lo, &hi, &ones));
    }
    r.concat(&parts, d)
}

/// 2-D max and sum pooling (`max_pool`, `avg_pool` as sum then divide) as
/// `nn.max_pool2d` / `nn.avg_pool2d` on an NCHW view. Windows over more than two
/// dimensions, dilations, and padded sums are refused.
fn reduce_window(r: &mut Rewriter, op: OpId, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    if operands.len() != 2 {
        return Err(refuse(
            r.m,
            op,
            "a windowed reduction of several operands has no nn equivalent",
        ));
    }
    let (x, init) = (operands[0], operands[1]);
    let shape = r.shape(x);
    let rank = shape.len();
    let body = stablehlo_dialect::single_applied_op(r.m, op).map(str::to_string);
    let get = |k: &str, default: i64| op_ints(r.m, op, k).unwrap_or_else(|| vec![default; rank]);
    let window = get("window_dimensions", 1);
    let strides = get("window_strides", 1);
    let pads =
        r.m.attr(op, "padding")
            .and_then(int_list)
            .unwrap_or_else(|| vec![0; 2 * rank]);
    let dilated = get("base_dilations", 1)
        .iter()
        .chain(&get("window_dilations", 1))
        .any(|&d| d != 1);
    let active: Vec<usize> = (0..rank)
        .filter(|&d| window[d] != 1 || strides[d] != 1 || pads[2 * d] != 0 || pads[2 * d + 1] != 0)
        .collect();
    if rank != 4 || active.len() > 2 || dilated {
        return Err(refuse(
            r.m,
            op,
            "only 2-D pooling windows over a rank-4 tensor without dilation have an nn equivalent (a cumulative sum or 1-D/3-D window does not)",
        ));
    }
    // Spatial dimensions: the windowed ones, completed from the last dimensions.
    let mut spatial = active.clone();
    for d in (0..rank).rev() {
        if spatial.len() < 2 && !spatial.contains(&d) {
            spatial.push(d);
        }
    }
    spatial.sort_unstable();
    let others: Vec<usize> = (0..rank).filter(|d| !spatial.contains(d)).collect();
    let perm = [others[0], others[1], spatial[0], spatial[1]];
    let (a, b) = (spatial[0], spatial[1]);
    let kernel = [window[a], window[b]];
    let padding = [pads[2 * a], pads[2 * b], pads[2 * a + 1], pads[2 * b + 1]];
    if padding.iter().any(|&p| p < 0) {
        return Err(refuse(
            r.m,
            op,
            "negative window padding has no nn equivalent",
        ));
    }
    let result = r.m.value_type(r.m.op(op).results[0]).clone();
    let rs = result.shape().unwrap_or(&[]).to_vec();
    let nchw: Vec<i64> = perm.iter().map(|&d| rs[d]).collect();
    let xn = r.transpose(x, &perm);
    let attrs = [
        ("kernel", Attribute::i64_array(&kernel)),
        ("strides", Attribute::i64_array(&[strides[a], strides[b]])),
        ("padding", Attribute::i64_array(&padding)),
    ];
    let nn_ty = Type::tensor(&nchw, r.element(x));
    let init_value = r.constant_value(init);
    let pooled = match body.as_deref() {
        Some("stablehlo.maximum") => {
            let p = r.op("nn.max_pool2d", &[xn], nn_ty, &attrs);
            if init_value != Some(f64::NEG_INFINITY) {
                r.same("nn.max", &[p, init], p)
            } else {
                p
            }
        }
        Some("stablehlo.add") if padding.iter().all(|&p| p == 0) => {
            let avg = r.op("nn.avg_pool2d", &[xn], nn_ty, &attrs);
            let count = r.scalar_like(avg, (kernel[0] * kernel[1]) as f64);
            let sum = r.same("nn.mul", &[avg, count], avg);
            if init_value != Some(0.0) {
                r.same("nn.add", &[sum, init], sum)
            } else {
                sum
            }
        }
        _ => {
            return Err(refuse(
                r.m,
                op,
                "only max windows and unpadded sum windows have an nn equivalent",
            ))
        }
    };
    // Back to the operand's layout: result dimension perm[i] is NCHW dimension i.
    let mut back = [0usize; 4];
    for (i, &d) in perm.iter().enumerate() {
        back[d] = i;
    }
    Ok(vec![r.transpose(pooled, &back)])
}

/// Edge padding as concatenation with constant blocks; negative edges as slices.
fn pad(r: &mut Rewriter, op: OpId, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    let (mut x, value) = (operands[0], operands[1]);
    let low = op_ints(r.m, op, "edge_padding_low").expect("verified");
    let high = op_ints(r.m, op, "edge_padding_high").expect("verified");
    let interior = op_ints(r.m, op, "interior_padding").expect("verified");
    if interior.iter().any(|&i| i != 0) {
        return Err(refuse(r.m, op, "interior padding has no nn equivalent"));
    }
    // Negative edges remove elements: slice them off first.
    let shape = r.shape(x);
    let start: Vec<i64> = low.iter().map(|&l| (-l).max(0)).collect();
    let limit: Vec<i64> = (0..shape.len())
        .map(|d| shape[d] - (-high[d]).max(0))
        .collect();
    x = r.slice(x, &start, &limit, &vec![1; shape.len()]);
    for d in 0..shape.len() {
        let (lo, hi) = (low[d].max(0), high[d].max(0));
        if lo == 0 && hi == 0 {
            continue;
        }
        let mut parts = Vec::new();
        for (n, after) in [(lo, false), (hi, true)] {
            if n == 0 {
                continue;
            }
            let mut s = r.shape(x);
            s[d] = n;
            let t = Type::tensor(&s, r.element(x));
            let dims: Vec<i64> = vec![];
            let block = r.op(
                "nn.broadcast_in_dim",
                &[value],
                t,
                &[("broadcast_dimensions", Attribute::i64_array(&dims))],
            );
            parts.push((after, block));
        }
        let mut list: Vec<ValueId> = parts.iter().filter(|p| !p.0).map(|p| p.1).collect();
        list.push(x);
        list.extend(parts.iter().filter(|p| p.0).map(|p| p.1));
        x = r.concat(&list, d);
    }
    Ok(vec![x])
}

/// Single-operand reductions with add, max, min (and, or on i1) bodies.
fn reduce(r: &mut Rewriter, op: OpId, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    if operands.len() != 2 {
        return Err(refuse(
            r.m,
            op,
            format!(
                "a reduction of {} operands together (such as argmax) has no nn equivalent",
                operands.len() / 2
            ),
        ));
    }
    let Some(body) = stablehlo_dialect::single_applied_op(r.m, op).map(str::to_string) else {
        return Err(refuse(
            r.m,
            op,
            "its body is not a single add, maximum, minimum, and or or of its arguments",
        ));
    };
    let (x, init) = (operands[0], operands[1]);
    let axes = op_ints(r.m, op, "dimensions").expect("verified");
    let result = r.m.value_type(r.m.op(op).results[0]).clone();
    let axes_attr = ("axes", Attribute::i64_array(&axes));
    let is_i1 = r.element(x).is_i1();
    let count: i64 = axes.iter().map(|&a| r.shape(x)[a as usize]).product();
    let init_value = r.constant_value(init);
    let (reduced, identity) = match body.as_str() {
        "stablehlo.add" if !is_i1 => (
            r.op("nn.reduce_sum", &[x], result.clone(), &[axes_attr]),
            0.0,
        ),
        "stablehlo.maximum" if !is_i1 => (
            r.op("nn.reduce_max", &[x], result.clone(), &[axes_attr]),
            f64::NEG_INFINITY,
        ),
        "stablehlo.minimum" if !is_i1 => {
            let n = r.same("nn.neg", &[x], x);
            let m = r.op("nn.reduce_max", &[n], result.clone(), &[axes_attr]);
            (r.op("nn.neg", &[m], result.clone(), &[]), f64::INFINITY)
        }
        "stablehlo.and" | "stablehlo.or" if is_i1 => {
            // Count the true elements (exact in f32 for any realistic count).
            let f = Type::tensor(&r.shape(x), Type::f32());
            let xf = r.op("nn.convert", &[x], f, &[]);
            let counted = result.with_element(Type::f32());
            let sum = r.op("nn.reduce_sum", &[xf], counted, &[axes_attr]);
            let (dir, bound) = if body == "stablehlo.and" {
                ("EQ", count as f64)
            } else {
                ("GT", 0.0)
            };
            let c = r.scalar_like(sum, bound);
            let v = r.op(
                "nn.compare",
                &[sum, c],
                result.clone(),
                &[("direction", Attribute::string(dir))],
            );
            (v, if body == "stablehlo.and" { 1.0 } else { 0.0 })
        }
        other => {
            return Err(refuse(
                r.m,
                op,
                format!(
                    "a reduction with '{other}' on {} has no nn equivalent",
                    r.element(x)
                ),
            ))
        }
    };
    // The initial value takes part once; skip it when it is the identity.
    let is_identity =
        init_value.is_some_and(|v| v == identity || lowest_of(&r.element(x), v, identity));
    if is_identity {
        return Ok(vec![reduced]);
    }
    let combine = match body.as_str() {
        "stablehlo.add" => "nn.add",
        "stablehlo.maximum" => "nn.max",
        "stablehlo.minimum" => "nn.min",
        _ => {
            return Err(refuse(
                r.m,
                op,
                "an i1 reduction must start from its identity",
            ));
        }
    };
    Ok(vec![r.op(combine, &[reduced, init], result, &[])])
}

/// True when `v` is the most negative (or positive) finite value of `element`,
/// which frontends use instead of -inf/+inf as max/min identities.
fn lowest_of(element: &Type, v: f64, identity: f64) -> bool {
    let bound = match element {
        Type::Float(ir::types::FloatKind::F32) => f64::from(f32::MAX),
        Type::Float(ir::types::FloatKind::BF16) => 3.389_531_389_251_535_5e38,
        Type::Float(ir::types::FloatKind::F16) => 65504.0,
        Type::Integer { width: 32, .. } => f64::from(i32::MAX),
        Type::Integer { width: 64, .. } => i64::MAX as f64,
        _ => return false,
    };
    (identity == f64::NEG_INFINITY && (v == -bound || v == -bound - 1.0))
        || (identity == f64::INFINITY && v == bound)
}

/// The row-lookup form: the operand's first dimension is indexed, every other
/// dimension is taken whole. Becomes `nn.embedding` of the operand viewed as
/// [V, rest] at the indices viewed as a flat list, reshaped to the result.
fn gather(r: &mut Rewriter, op: OpId, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    let (table, indices) = (operands[0], operands[1]);
    let dims =
        r.m.attr(op, "dimension_numbers")
            .and_then(GatherDims::read)
            .expect("verified");
    let sizes = op_ints(r.m, op, "slice_sizes").expect("verified");
    let ts = r.shape(table);
    let is = r.shape(indices);
    let result = r.m.value_type(r.m.op(op).results[0]).clone();
    let rs = result.shape().unwrap_or(&[]).to_vec();
    let ivd = dims.index_vector_dim as usize;
    // Index vectors of length 1 (the trailing dimension, or implicit).
    let index_len = if ivd < is.len() { is[ivd] } else { 1 };
    let batch: Vec<i64> = is
        .iter()
        .enumerate()
        .filter(|&(d, _)| d != ivd)
        .map(|(_, &n)| n)
        .collect();
    let rest: Vec<i64> = ts[1..].to_vec();
    let offsets_trailing: Vec<i64> = ((batch.len()) as i64..rs.len() as i64).collect();
    let row_lookup = index_len == 1
        && (ivd == is.len() || ivd + 1 == is.len())
        && dims.collapsed_slice_dims == [0]
        && dims.start_index_map == [0]
        && dims.operand_batching_dims.is_empty()
        && sizes.first() == Some(&1)
        && sizes[1..] == rest[..]
        && dims.offset_dims == offsets_trailing;
    if !row_lookup {
        return Err(refuse(
            r.m,
            op,
            "only row lookups (collapsed_slice_dims = [0], start_index_map = [0], whole rows, offset dims last) have an nn equivalent (nn.embedding)",
        ));
    }
    let width: i64 = rest.iter().product();
    let rows = r.reshape(table, &[ts[0], width]);
    let count: i64 = batch.iter().product();
    let ids = r.reshape(indices, &[count]);
    let looked_up = r.op(
        "nn.embedding",
        &[rows, ids],
        Type::tensor(&[count, width], r.element(table)),
        &[],
    );
    Ok(vec![r.reshape(looked_up, &rs)])
}

/// 2-D convolutions as `nn.conv2d` on NCHW/OIHW views.
fn convolution(r: &mut Rewriter, op: OpId, operands: &[ValueId]) -> DiagResult<Vec<ValueId>> {
    let (x, w) = (operands[0], operands[1]);
    let dims =
        r.m.attr(op, "dimension_numbers")
            .and_then(ConvDims::read)
            .expect("verified");
    if dims.input.spatial.len() != 2 {
        return Err(refuse(
            r.m,
            op,
            "only 2-D convolutions have an nn equivalent (nn.conv2d)",
        ));
    }
    let ints = |k: &str| op_ints(r.m, op, k);
    if ints("lhs_dilation").is_some_and(|v| v.iter().any(|&d| d != 1)) {
        return Err(refuse(
            r.m,
            op,
            "input (lhs) dilation (a transposed convolution) has no nn equivalent",
        ));
    }
    if op_int(r.m, op, "batch_group_count").unwrap_or(1) != 1 {
        return Err(refuse(
            r.m,
            op,
            "batch_group_count > 1 has no nn equivalent",
        ));
    }
    if let Some(Attribute::DenseArray {
        values: ir::attr::DenseArrayValues::Bool(v),
        ..
    }) = r.m.attr(op, "window_reversal")
    {
        if v.iter().any(|&b| b) {
            return Err(refuse(r.m, op, "window reversal has no nn equivalent"));
        }
    }
    let strides = ints("window_strides").unwrap_or_else(|| vec![1, 1]);
    let dilations = ints("rhs_dilation").unwrap_or_else(|| vec![1, 1]);
    let pads =
        r.m.attr(op, "padding")
            .and_then(int_list)
            .unwrap_or_else(|| vec![0; 4]);
    if pads.len() != 4 || pads.iter().any(|&p| p < 0) {
        return Err(refuse(
            r.m,
            op,
            "negative or malformed padding has no nn equivalent",
        ));
    }
    let groups = op_int(r.m, op, "feature_group_count").unwrap_or(1);
    let input_perm = [
        dims.input.batch,
        dims.input.feature,
        dims.input.spatial[0],
        dims.input.spatial[1],
    ];
    let kernel_perm = [
        dims.kernel.batch,
        dims.kernel.feature,
        dims.kernel.spatial[0],
        dims.kernel.spatial[1],
    ];
    let xn = r.transpose(x, &input_perm);
    let wn = r.transpose(w, &kernel_perm);
    let result = r.m.value_type(r.m.op(op).results[0]).clone();
    let rs = result.shape().unwrap_or(&[]).to_vec();
    let out = &dims.output;
    let nchw = [
        rs[out.batch],
        rs[out.feature],
        rs[out.spatial[0]],
        rs[out.spatial[1]],
    ];
    let conv = r.op(
        "nn.conv2d",
        &[xn, wn],
        Type::tensor(&nchw, r.element(x)),
        &[
            ("strides", Attribute::i64_array(&strides)),
            (
                "padding",
                Attribute::i64_array(&[pads[0], pads[2], pads[1], pads[3]]),
            ),
            ("dilations", Attribute::i64_array(&dilations)),
            ("groups", Attribute::i64(groups)),
        ],
    );
    // Back to the output layout: result dimension p comes from NCHW dimension q.
    let mut perm = vec![0usize; 4];
    perm[out.batch] = 0;
    perm[out.feature] = 1;
    perm[out.spatial[0]] = 2;
    perm[out.spatial[1]] = 3;
    Ok(vec![r.transpose(conv, &perm)])
}
