//! `convert-nn-to-stablehlo`: the way back out. Rewrites `nn` and `chunk` ops into
//! StableHLO (and `chlo.erf`), so a chunked program runs on XLA (`jax`'s CPU or GPU
//! backend compiles the printed text) or IREE.
//!
//! Each `nn` op becomes the StableHLO ops that compute it exactly: numpy broadcasting
//! as `broadcast_in_dim`, `nn.matmul` as `dot_general` (batch dimensions broadcast
//! first), softmax, layer norm and the means as reductions with their regions, GELU
//! through `chlo.erf`. A `chunk.for` becomes a `stablehlo.while` over its iterations
//! that carries the counter, the full-size results and the operands: each iteration
//! computes its offset `min(i * step, extent - step)` (the chunk dialect's partial last
//! chunk), reads its sliced operands with `dynamic_slice` and writes the yielded slices
//! with `dynamic_update_slice`, so the loop stays a loop for XLA and only one chunk of
//! the body's intermediates is alive at a time. An op without an export is an error at
//! that op.
use ir::{
    Attribute, BlockId, Context, DiagResult, Diagnostic, Location, Module, OpId, OperationState,
    Type, ValueId,
};
use pass::{Pass, PassDef};
use stablehlo_dialect::attrs::{make_enum, DotDims};

pub struct ConvertNnToStablehlo;

impl Pass for ConvertNnToStablehlo {
    fn run(&mut self, module: &mut Module, _context: &Context) -> DiagResult<()> {
        export_module(module)
    }
}

pass::inventory::submit! {
    PassDef {
        name: "convert-nn-to-stablehlo",
        title: "ConvertNnToStablehlo",
        summary: "Convert nn and chunk.for into StableHLO (chunk loops as stablehlo.while), for XLA and IREE",
        description: "The inverse of convert-stablehlo-to-nn for the ops models use; chunk.for becomes a \
                      stablehlo.while with dynamic_slice / dynamic_update_slice.",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(ConvertNnToStablehlo)),
    }
}

/// Converts every function body of `module`.
pub fn export_module(module: &mut Module) -> DiagResult<()> {
    let mut bodies = Vec::new();
    for op in module.all_ops() {
        if module.name(op) == "func.func" {
            if let Some(b) = module.entry_block(op, 0) {
                bodies.push(b);
            }
        }
    }
    for b in bodies {
        export_block(module, b)?;
    }
    Ok(())
}

/// Converts the ops of `block` in order (a `chunk.for` with the body it becomes).
fn export_block(m: &mut Module, block: BlockId) -> DiagResult<()> {
    let ops: Vec<OpId> = m.block_ops(block).collect();
    for op in ops {
        let name = m.name(op).to_string();
        if name == "chunk.for" {
            chunk_for(m, op)?;
        } else if name.starts_with("nn.") {
            let mut x = Exporter {
                loc: m.op(op).loc.clone(),
                m,
                anchor: op,
            };
            let value = x.convert(op, &name)?;
            let old = m.op(op).results[0];
            m.replace_all_uses(old, value);
            m.erase_op(op);
        }
    }
    Ok(())
}

/// Inserts StableHLO ops before one op, at its location.
struct Exporter<'m> {
    m: &'m mut Module,
    anchor: OpId,
    loc: Location,
}

fn tensor(shape: &[i64], element: &Type) -> Type {
    Type::tensor(shape, element.clone())
}

fn ints(values: &[i64]) -> Attribute {
    Attribute::i64_array(values)
}

impl Exporter<'_> {
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
    fn err(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.loc.clone(), message.into())
    }

    /// One op with one result, before the anchor.
    fn op(
        &mut self,
        name: &str,
        operands: &[ValueId],
        result: Type,
        attrs: Vec<(&str, Attribute)>,
    ) -> ValueId {
        let op = crate::one_result(self.m, &self.loc, name, operands, result, attrs);
        self.m.insert_before(self.anchor, op);
        self.m.op(op).results[0]
    }

    /// A splat constant of `shape`.
    fn splat(&mut self, value: f64, element: &Type, shape: &[i64]) -> ValueId {
        let ty = tensor(shape, element);
        let scalar = if element.is_float() {
            ir::Scalar::Float(value)
        } else if matches!(element, Type::Integer { width: 1, .. }) {
            ir::Scalar::Bool(value != 0.0)
        } else {
            ir::Scalar::Int(value as i128)
        };
        let attr = Attribute::Dense {
            ty: ty.clone(),
            data: ir::DenseElements::Splat(scalar),
        };
        self.op("stablehlo.constant", &[], ty, vec![("value", attr)])
    }

    /// `v` broadcast to `shape` (numpy rules: aligned from the right, size-1 dims
    /// expanded); `v` itself when it has that shape.
    fn broadcast(&mut self, v: ValueId, shape: &[i64]) -> ValueId {
        let from = self.shape(v);
        if from == shape {
            return v;
        }
        let offset = shape.len() - from.len();
        let dims: Vec<i64> = (0..from.len()).map(|i| (i + offset) as i64).collect();
        let element = self.element(v);
        self.op(
            "stablehlo.broadcast_in_dim",
            &[v],
            tensor(shape, &element),
            vec![("broadcast_dimensions", ints(&dims))],
        )
    }

    fn binary(&mut self, name: &str, a: ValueId, b: ValueId, shape: &[i64]) -> ValueId {
        let element = self.element(a);
        let (a, b) = (self.broadcast(a, shape), self.broadcast(b, shape));
        self.op(name, &[a, b], tensor(shape, &element), vec![])
    }

    fn unary(&mut self, name: &str, x: ValueId) -> ValueId {
        let ty = self.ty(x);
        self.op(name, &[x], ty, vec![])
    }

    /// `x` reduced over `axes` with `combiner` (`stablehlo.add` / `stablehlo.maximum`)
    /// from `init`; the reduced dims dropped.
    fn reduce(&mut self, x: ValueId, axes: &[usize], combiner: &str, init: f64) -> ValueId {
        let element = self.element(x);
        let shape = self.shape(x);
        let kept: Vec<i64> = (0..shape.len())
            .filter(|d| !axes.contains(d))
            .map(|d| shape[d])
            .collect();
        let init = self.splat(init, &element, &[]);
        let scalar = tensor(&[], &element);
        let body = self.m.create_block(&[
            (scalar.clone(), self.loc.clone()),
            (scalar.clone(), self.loc.clone()),
        ]);
        let args = self.m.block(body).args.clone();
        let combined = self.m.create_op(
            OperationState::new(combiner, self.loc.clone())
                .operands(&args)
                .results(&[scalar]),
        );
        self.m.append_op(body, combined);
        let value = self.m.op(combined).results[0];
        let ret = self.m.create_op(
            OperationState::new("stablehlo.return", self.loc.clone()).operands(&[value]),
        );
        self.m.append_op(body, ret);
        let dims: Vec<i64> = axes.iter().map(|&a| a as i64).collect();
        let state = OperationState::new("stablehlo.reduce", self.loc.clone())
            .operands(&[x, init])
            .results(&[tensor(&kept, &element)])
            .attr("dimensions", ints(&dims))
            .region(vec![body]);
        let op = self.m.create_op(state);
        self.m.insert_before(self.anchor, op);
        self.m.op(op).results[0]
    }

    /// `x` reduced over `axes` and broadcast back to `x`'s shape (as keepdims would
    /// give it, then expanded).
    fn reduce_back(&mut self, x: ValueId, axes: &[usize], combiner: &str, init: f64) -> ValueId {
        let shape = self.shape(x);
        let element = self.element(x);
        let r = self.reduce(x, axes, combiner, init);
        let dims: Vec<i64> = (0..shape.len())
            .filter(|d| !axes.contains(d))
            .map(|d| d as i64)
            .collect();
        self.op(
            "stablehlo.broadcast_in_dim",
            &[r],
            tensor(&shape, &element),
            vec![("broadcast_dimensions", ints(&dims))],
        )
    }

    /// The mean over `axes`, broadcast back to `x`'s shape.
    fn mean_back(&mut self, x: ValueId, axes: &[usize]) -> ValueId {
        let shape = self.shape(x);
        let element = self.element(x);
        let count: i64 = axes.iter().map(|&a| shape[a]).product();
        let sum = self.reduce_back(x, axes, "stablehlo.add", 0.0);
        let n = self.splat(count as f64, &element, &shape);
        self.op(
            "stablehlo.divide",
            &[sum, n],
            tensor(&shape, &element),
            vec![],
        )
    }

    /// Softmax over `axis`, shifted by the maximum.
    fn softmax(&mut self, x: ValueId, axis: usize) -> ValueId {
        let ty = self.ty(x);
        let max = self.reduce_back(x, &[axis], "stablehlo.maximum", f64::NEG_INFINITY);
        let shifted = self.op("stablehlo.subtract", &[x, max], ty.clone(), vec![]);
        let e = self.unary("stablehlo.exponential", shifted);
        let sum = self.reduce_back(e, &[axis], "stablehlo.add", 0.0);
        self.op("stablehlo.divide", &[e, sum], ty, vec![])
    }

    /// `x` normalised over `axes`: `(x - mean) * rsqrt(var + epsilon)` with the biased
    /// variance, or without `centre`, `x * rsqrt(mean(x^2) + epsilon)` (RMS norm).
    fn normalize(&mut self, x: ValueId, axes: &[usize], epsilon: f64, centre: bool) -> ValueId {
        let (ty, shape, element) = (self.ty(x), self.shape(x), self.element(x));
        let centred = if centre {
            let mean = self.mean_back(x, axes);
            self.op("stablehlo.subtract", &[x, mean], ty.clone(), vec![])
        } else {
            x
        };
        let squared = self.op(
            "stablehlo.multiply",
            &[centred, centred],
            ty.clone(),
            vec![],
        );
        let var = self.mean_back(squared, axes);
        let eps = self.splat(epsilon, &element, &shape);
        let v = self.op("stablehlo.add", &[var, eps], ty.clone(), vec![]);
        let inv = self.unary("stablehlo.rsqrt", v);
        self.op("stablehlo.multiply", &[centred, inv], ty, vec![])
    }

    /// `hlo` on `x`, with the required integer list `attr` of `op` under the same name.
    fn with_list(
        &mut self,
        op: OpId,
        hlo: &str,
        x: ValueId,
        result: Type,
        attr: &str,
    ) -> DiagResult<ValueId> {
        let values = self
            .ints_attr(op, attr)
            .ok_or_else(|| self.err(format!("{} without {attr}", self.m.name(op))))?;
        Ok(self.op(hlo, &[x], result, vec![(attr, ints(&values))]))
    }

    fn float_attr(&self, op: OpId, name: &str) -> Option<f64> {
        self.m.attr(op, name).and_then(Attribute::as_float)
    }

    fn int_attr(&self, op: OpId, name: &str) -> Option<i64> {
        self.m
            .attr(op, name)
            .and_then(Attribute::as_int)
            .map(|v| v as i64)
    }

    fn ints_attr(&self, op: OpId, name: &str) -> Option<Vec<i64>> {
        self.m.attr(op, name).and_then(Attribute::as_int_list)
    }

    /// A possibly negative dimension of a rank-`rank` value.
    fn axis(&self, value: i64, rank: usize) -> DiagResult<usize> {
        let a = if value < 0 {
            value + rank as i64
        } else {
            value
        };
        if a < 0 || a >= rank as i64 {
            return Err(self.err(format!("dimension {value} is out of range for rank {rank}")));
        }
        Ok(a as usize)
    }

    /// The StableHLO value that computes `op`'s (single) result.
    fn convert(&mut self, op: OpId, name: &str) -> DiagResult<ValueId> {
        let operands = self.m.op(op).operands.clone();
        let result_ty = self.m.value_type(self.m.op(op).results[0]).clone();
        let shape = result_ty.shape().unwrap_or(&[]).to_vec();
        let element = result_ty.element().cloned().unwrap_or(Type::f32());
        let x = operands.first().copied();
        let binary = |n: &str| -> Option<&'static str> {
            Some(match n {
                "nn.add" => "stablehlo.add",
                "nn.sub" => "stablehlo.subtract",
                "nn.mul" => "stablehlo.multiply",
                "nn.div" => "stablehlo.divide",
                "nn.max" => "stablehlo.maximum",
                "nn.min" => "stablehlo.minimum",
                "nn.pow" => "stablehlo.power",
                _ => return None,
            })
        };
        let unary = |n: &str| -> Option<&'static str> {
            Some(match n {
                "nn.exp" => "stablehlo.exponential",
                "nn.log" => "stablehlo.log",
                "nn.tanh" => "stablehlo.tanh",
                "nn.sqrt" => "stablehlo.sqrt",
                "nn.rsqrt" => "stablehlo.rsqrt",
                "nn.neg" => "stablehlo.negate",
                "nn.abs" => "stablehlo.abs",
                "nn.sigmoid" => "stablehlo.logistic",
                "nn.erf" => "chlo.erf",
                _ => return None,
            })
        };
        if let Some(hlo) = binary(name) {
            return Ok(self.binary(hlo, operands[0], operands[1], &shape));
        }
        if let Some(hlo) = unary(name) {
            return Ok(self.unary(hlo, operands[0]));
        }
        let x = x.ok_or_else(|| self.err(format!("'{name}' without operands has no export")));
        Ok(match name {
            "nn.constant" => {
                let value = self
                    .m
                    .attr(op, "value")
                    .cloned()
                    .ok_or_else(|| self.err("nn.constant without a value"))?;
                self.op("stablehlo.constant", &[], result_ty, vec![("value", value)])
            }
            "nn.iota" => {
                let d = self.int_attr(op, "dimension").unwrap_or(0);
                let d = self.axis(d, shape.len())?;
                self.op(
                    "stablehlo.iota",
                    &[],
                    result_ty,
                    vec![("iota_dimension", Attribute::i64(d as i64))],
                )
            }
            "nn.relu" => {
                let x = x?;
                let zero = self.splat(0.0, &element, &shape);
                self.op("stablehlo.maximum", &[x, zero], result_ty, vec![])
            }
            "nn.silu" => {
                let x = x?;
                let s = self.unary("stablehlo.logistic", x);
                self.op("stablehlo.multiply", &[x, s], result_ty, vec![])
            }
            "nn.gelu" => self.gelu(op, x?, &shape, &element)?,
            "nn.reshape" => self.op("stablehlo.reshape", &[x?], result_ty, vec![]),
            "nn.convert" => self.op("stablehlo.convert", &[x?], result_ty, vec![]),
            "nn.transpose" => {
                self.with_list(op, "stablehlo.transpose", x?, result_ty, "permutation")?
            }
            "nn.broadcast_in_dim" => self.with_list(
                op,
                "stablehlo.broadcast_in_dim",
                x?,
                result_ty,
                "broadcast_dimensions",
            )?,
            "nn.slice" => {
                let x = x?;
                let rank = self.shape(x).len();
                let start = self.ints_attr(op, "start_indices").unwrap_or_default();
                let limit = self.ints_attr(op, "limit_indices").unwrap_or_default();
                let strides = self
                    .ints_attr(op, "strides")
                    .unwrap_or_else(|| vec![1; rank]);
                self.op(
                    "stablehlo.slice",
                    &[x],
                    result_ty,
                    vec![
                        ("start_indices", ints(&start)),
                        ("limit_indices", ints(&limit)),
                        ("strides", ints(&strides)),
                    ],
                )
            }
            "nn.concat" => {
                let d = self.int_attr(op, "dimension").unwrap_or(0);
                let d = self.axis(d, shape.len())?;
                self.op(
                    "stablehlo.concatenate",
                    &operands,
                    result_ty,
                    vec![("dimension", Attribute::i64(d as i64))],
                )
            }
            "nn.compare" => {
                let direction = self
                    .m
                    .attr(op, "direction")
                    .and_then(Attribute::as_str)
                    .ok_or_else(|| self.err("nn.compare without a direction"))?
                    .to_string();
                let (a, b) = (
                    self.broadcast(operands[0], &shape),
                    self.broadcast(operands[1], &shape),
                );
                self.op(
                    "stablehlo.compare",
                    &[a, b],
                    result_ty,
                    vec![(
                        "comparison_direction",
                        make_enum("comparison_direction", &direction),
                    )],
                )
            }
            "nn.select" => {
                let c = self.broadcast(operands[0], &shape);
                let a = self.broadcast(operands[1], &shape);
                let b = self.broadcast(operands[2], &shape);
                self.op("stablehlo.select", &[c, a, b], result_ty, vec![])
            }
            "nn.matmul" => self.matmul(operands[0], operands[1], &shape, &element)?,
            "nn.embedding" => {
                // A row lookup: gather rows of the table at the ids (ids out of range
                // are clamped by StableHLO where the runtime refuses them).
                let (table, ids) = (operands[0], operands[1]);
                let width = self.shape(table)[1];
                let rank = self.shape(ids).len() as i64;
                let dims = Attribute::Opaque(format!(
                    "#stablehlo.gather<offset_dims = [{rank}], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = {rank}>"
                ));
                self.op(
                    "stablehlo.gather",
                    &[table, ids],
                    result_ty,
                    vec![
                        ("dimension_numbers", dims),
                        ("slice_sizes", ints(&[1, width])),
                    ],
                )
            }
            "nn.attention" => self.attention(op, &operands, &shape, &element)?,
            // Back to the form the frontend wrote: GSPMD's custom call, or Shardy's op.
            "nn.sharding_constraint" => match self.m.attr(op, "sharding").cloned() {
                Some(Attribute::String(text)) => self.op(
                    "stablehlo.custom_call",
                    &[x?],
                    result_ty,
                    vec![
                        ("call_target_name", Attribute::String(b"Sharding".to_vec())),
                        ("mhlo.sharding", Attribute::String(text)),
                    ],
                ),
                Some(Attribute::Opaque(text)) => {
                    let body = text
                        .strip_prefix("#sdy.sharding")
                        .unwrap_or(&text)
                        .to_string();
                    self.op(
                        "sdy.sharding_constraint",
                        &[x?],
                        result_ty,
                        vec![("sharding", Attribute::Opaque(body))],
                    )
                }
                Some(_) => return Err(self.err("nn.sharding_constraint with an unknown sharding")),
                None => return Err(self.err("nn.sharding_constraint without a sharding")),
            },
            "nn.rms_norm" => {
                let rank = shape.len();
                let axis = self.axis(self.int_attr(op, "axis").unwrap_or(-1), rank)?;
                let epsilon = self.float_attr(op, "epsilon").unwrap_or(1e-6);
                let axes: Vec<usize> = (axis..rank).collect();
                let normed = self.normalize(x?, &axes, epsilon, false);
                let gamma = self.broadcast(operands[1], &shape);
                self.op("stablehlo.multiply", &[normed, gamma], result_ty, vec![])
            }
            "nn.group_norm" => self.group_norm(op, &operands, &shape, &element)?,
            "nn.conv2d" => self.conv2d(op, &operands, &shape, &element)?,
            "nn.upsample_nearest2d" => {
                let x = x?;
                let s = self.int_attr(op, "scale").unwrap_or(1);
                let [n, c, h, w] = self.shape(x)[..] else {
                    return Err(self.err("nn.upsample_nearest2d needs a rank-4 operand"));
                };
                let spread = self.op(
                    "stablehlo.broadcast_in_dim",
                    &[x],
                    tensor(&[n, c, h, s, w, s], &element),
                    vec![("broadcast_dimensions", ints(&[0, 1, 2, 4]))],
                );
                self.op("stablehlo.reshape", &[spread], result_ty, vec![])
            }
            "nn.dot_general" => {
                let dims = DotDims {
                    lhs_batch: self
                        .ints_attr(op, "lhs_batching_dimensions")
                        .unwrap_or_default(),
                    rhs_batch: self
                        .ints_attr(op, "rhs_batching_dimensions")
                        .unwrap_or_default(),
                    lhs_contract: self
                        .ints_attr(op, "lhs_contracting_dimensions")
                        .unwrap_or_default(),
                    rhs_contract: self
                        .ints_attr(op, "rhs_contracting_dimensions")
                        .unwrap_or_default(),
                };
                self.op(
                    "stablehlo.dot_general",
                    &operands[..2],
                    result_ty,
                    vec![("dot_dimension_numbers", dims.attribute())],
                )
            }
            "nn.softmax" => {
                let axis = self.axis(self.int_attr(op, "axis").unwrap_or(-1), shape.len())?;
                self.softmax(x?, axis)
            }
            "nn.layer_norm" => {
                let rank = shape.len();
                let axis = self.axis(self.int_attr(op, "axis").unwrap_or(-1), rank)?;
                let epsilon = self.float_attr(op, "epsilon").unwrap_or(1e-5);
                let axes: Vec<usize> = (axis..rank).collect();
                let normed = self.normalize(x?, &axes, epsilon, true);
                let gamma = self.broadcast(operands[1], &shape);
                let beta = self.broadcast(operands[2], &shape);
                let scaled = self.op(
                    "stablehlo.multiply",
                    &[normed, gamma],
                    result_ty.clone(),
                    vec![],
                );
                self.op("stablehlo.add", &[scaled, beta], result_ty, vec![])
            }
            "nn.reduce_sum" | "nn.reduce_max" | "nn.reduce_mean" => {
                let x = x?;
                let rank = self.shape(x).len();
                let axes = self.ints_attr(op, "axes").unwrap_or_default();
                let axes: Vec<usize> = axes
                    .iter()
                    .map(|&a| self.axis(a, rank))
                    .collect::<DiagResult<_>>()?;
                let (combiner, init) = if name == "nn.reduce_max" {
                    ("stablehlo.maximum", f64::NEG_INFINITY)
                } else {
                    ("stablehlo.add", 0.0)
                };
                let mut r = self.reduce(x, &axes, combiner, init);
                if name == "nn.reduce_mean" {
                    let count: i64 = axes.iter().map(|&a| self.shape(x)[a]).product();
                    let kept = self.shape(r);
                    let n = self.splat(count as f64, &element, &kept);
                    r = self.op("stablehlo.divide", &[r, n], tensor(&kept, &element), vec![]);
                }
                // keepdims: the same elements with the reduced dims as 1.
                if self.shape(r) != shape {
                    r = self.op("stablehlo.reshape", &[r], result_ty, vec![]);
                }
                r
            }
            other => {
                return Err(self.err(format!(
                    "convert-nn-to-stablehlo: '{other}' has no StableHLO export yet"
                )))
            }
        })
    }

    /// `softmax(q·kᵀ·scale + bias, causal mask) · v` spelled out.
    fn attention(
        &mut self,
        op: OpId,
        operands: &[ValueId],
        shape: &[i64],
        element: &Type,
    ) -> DiagResult<ValueId> {
        let (q, k, v) = (operands[0], operands[1], operands[2]);
        let (sq, sk) = (self.shape(q), self.shape(k));
        let rank = sq.len();
        let (lq, d, lk) = (sq[rank - 2], sq[rank - 1], sk[rank - 2]);
        let batch: Vec<i64> = (0..rank as i64 - 2).collect();
        let mut scores_shape = sq[..rank - 2].to_vec();
        scores_shape.extend([lq, lk]);
        let scores_ty = tensor(&scores_shape, element);
        let dims = DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch.clone(),
            lhs_contract: vec![rank as i64 - 1],
            rhs_contract: vec![rank as i64 - 1],
        };
        let scores = self.op(
            "stablehlo.dot_general",
            &[q, k],
            scores_ty.clone(),
            vec![("dot_dimension_numbers", dims.attribute())],
        );
        let scale = self
            .m
            .attr(op, "scale")
            .and_then(Attribute::as_float)
            .unwrap_or(1.0 / (d as f64).sqrt());
        let scale = self.splat(scale, element, &scores_shape);
        let mut scores = self.op(
            "stablehlo.multiply",
            &[scores, scale],
            scores_ty.clone(),
            vec![],
        );
        if let Some(&bias) = operands.get(3) {
            let bias = self.broadcast(bias, &scores_shape);
            scores = self.op("stablehlo.add", &[scores, bias], scores_ty.clone(), vec![]);
        }
        let causal = self.m.attr(op, "causal").and_then(Attribute::as_int) == Some(1);
        if causal {
            // Query i sees key j when j <= i + (lk - lq).
            let i64s = tensor(&scores_shape, &Type::i64());
            let n = scores_shape.len() as i64;
            let rows = self.op(
                "stablehlo.iota",
                &[],
                i64s.clone(),
                vec![("iota_dimension", Attribute::i64(n - 2))],
            );
            let cols = self.op(
                "stablehlo.iota",
                &[],
                i64s.clone(),
                vec![("iota_dimension", Attribute::i64(n - 1))],
            );
            let shift = self.splat((lk - lq) as f64, &Type::i64(), &scores_shape);
            let limit = self.op("stablehlo.add", &[rows, shift], i64s, vec![]);
            let seen = self.op(
                "stablehlo.compare",
                &[cols, limit],
                tensor(&scores_shape, &Type::i1()),
                vec![(
                    "comparison_direction",
                    make_enum("comparison_direction", "LE"),
                )],
            );
            let lowest = self.splat(f64::NEG_INFINITY, element, &scores_shape);
            scores = self.op(
                "stablehlo.select",
                &[seen, scores, lowest],
                scores_ty.clone(),
                vec![],
            );
        }
        let p = self.softmax(scores, scores_shape.len() - 1);
        Ok(self.batched_matmul(p, v, tensor(shape, element)))
    }

    /// `a [..., M, K] · b [..., K, N]` with the same batch dims, as a `dot_general`.
    fn batched_matmul(&mut self, a: ValueId, b: ValueId, result: Type) -> ValueId {
        let rank = self.shape(a).len() as i64;
        let batch: Vec<i64> = (0..rank - 2).collect();
        let dims = DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch,
            lhs_contract: vec![rank - 1],
            rhs_contract: vec![rank - 2],
        };
        self.op(
            "stablehlo.dot_general",
            &[a, b],
            result,
            vec![("dot_dimension_numbers", dims.attribute())],
        )
    }

    /// Group norm: `[N, C, ...]` viewed as `[N, g, C/g, ...]`, normalised over all but
    /// the first two dims, viewed back, then the per-channel affine.
    fn group_norm(
        &mut self,
        op: OpId,
        operands: &[ValueId],
        shape: &[i64],
        element: &Type,
    ) -> DiagResult<ValueId> {
        let x = operands[0];
        let groups = self.int_attr(op, "groups").unwrap_or(1);
        let epsilon = self.float_attr(op, "epsilon").unwrap_or(1e-5);
        let mut grouped = vec![shape[0], groups, shape[1] / groups];
        grouped.extend_from_slice(&shape[2..]);
        let xg = self.op("stablehlo.reshape", &[x], tensor(&grouped, element), vec![]);
        let axes: Vec<usize> = (2..grouped.len()).collect();
        let normed = self.normalize(xg, &axes, epsilon, true);
        let ty = tensor(shape, element);
        let normed = self.op("stablehlo.reshape", &[normed], ty.clone(), vec![]);
        let per_channel = |x: &mut Self, v: ValueId| {
            x.op(
                "stablehlo.broadcast_in_dim",
                &[v],
                ty.clone(),
                vec![("broadcast_dimensions", ints(&[1]))],
            )
        };
        let gamma = per_channel(self, operands[1]);
        let beta = per_channel(self, operands[2]);
        let scaled = self.op("stablehlo.multiply", &[normed, gamma], ty.clone(), vec![]);
        Ok(self.op("stablehlo.add", &[scaled, beta], ty, vec![]))
    }

    /// `nn.conv2d` (NCHW, OIHW) as `stablehlo.convolution`, the bias added per channel.
    fn conv2d(
        &mut self,
        op: OpId,
        operands: &[ValueId],
        shape: &[i64],
        element: &Type,
    ) -> DiagResult<ValueId> {
        let strides = self.ints_attr(op, "strides").unwrap_or_else(|| vec![1, 1]);
        let dilations = self
            .ints_attr(op, "dilations")
            .unwrap_or_else(|| vec![1, 1]);
        let pads = self.ints_attr(op, "padding").unwrap_or_else(|| vec![0; 4]);
        let groups = self.int_attr(op, "groups").unwrap_or(1);
        let [top, left, bottom, right] = pads[..] else {
            return Err(self.err("nn.conv2d padding needs 4 values"));
        };
        let padding = Attribute::Dense {
            ty: Type::tensor(&[2, 2], Type::i64()),
            data: ir::DenseElements::Elements(
                [top, bottom, left, right]
                    .iter()
                    .map(|&p| ir::Scalar::Int(i128::from(p)))
                    .collect(),
            ),
        };
        let nchw = || stablehlo_dialect::attrs::ConvLayout {
            batch: 0,
            feature: 1,
            spatial: vec![2, 3],
        };
        let dims = stablehlo_dialect::attrs::ConvDims {
            input: nchw(),
            kernel: nchw(),
            output: nchw(),
        };
        let ty = tensor(shape, element);
        let conv = self.op(
            "stablehlo.convolution",
            &operands[..2],
            ty.clone(),
            vec![
                ("dimension_numbers", dims.attribute()),
                ("window_strides", ints(&strides)),
                ("padding", padding),
                ("rhs_dilation", ints(&dilations)),
                ("feature_group_count", Attribute::i64(groups)),
                ("batch_group_count", Attribute::i64(1)),
            ],
        );
        let Some(&bias) = operands.get(2) else {
            return Ok(conv);
        };
        let bias = self.op(
            "stablehlo.broadcast_in_dim",
            &[bias],
            ty.clone(),
            vec![("broadcast_dimensions", ints(&[1]))],
        );
        Ok(self.op("stablehlo.add", &[conv, bias], ty, vec![]))
    }

    /// `0.5 x (1 + erf(x / sqrt 2))`, or the tanh approximation.
    fn gelu(&mut self, op: OpId, x: ValueId, shape: &[i64], element: &Type) -> DiagResult<ValueId> {
        let ty = tensor(shape, element);
        let tanh_form = self.m.attr(op, "approximate").and_then(Attribute::as_str) == Some("tanh");
        let inner = if tanh_form {
            let c = self.splat(0.044715, element, shape);
            let k = self.splat((2.0 / std::f64::consts::PI).sqrt(), element, shape);
            let x2 = self.op("stablehlo.multiply", &[x, x], ty.clone(), vec![]);
            let x3 = self.op("stablehlo.multiply", &[x2, x], ty.clone(), vec![]);
            let cx3 = self.op("stablehlo.multiply", &[c, x3], ty.clone(), vec![]);
            let sum = self.op("stablehlo.add", &[x, cx3], ty.clone(), vec![]);
            let arg = self.op("stablehlo.multiply", &[k, sum], ty.clone(), vec![]);
            self.unary("stablehlo.tanh", arg)
        } else {
            let r = self.splat(std::f64::consts::FRAC_1_SQRT_2, element, shape);
            let scaled = self.op("stablehlo.multiply", &[x, r], ty.clone(), vec![]);
            self.unary("chlo.erf", scaled)
        };
        let one = self.splat(1.0, element, shape);
        let half = self.splat(0.5, element, shape);
        let plus = self.op("stablehlo.add", &[one, inner], ty.clone(), vec![]);
        let hx = self.op("stablehlo.multiply", &[half, x], ty.clone(), vec![]);
        Ok(self.op("stablehlo.multiply", &[hx, plus], ty, vec![]))
    }

    /// numpy matmul: batch dims broadcast to the result's, then a `dot_general` with
    /// them as batching dimensions (a rank-2 `b` is contracted without broadcasting).
    fn matmul(
        &mut self,
        a: ValueId,
        b: ValueId,
        shape: &[i64],
        element: &Type,
    ) -> DiagResult<ValueId> {
        let (sa, sb) = (self.shape(a), self.shape(b));
        let rank = shape.len();
        let batch = &shape[..rank - 2];
        if sb.len() == 2 {
            let dims = DotDims {
                lhs_contract: vec![sa.len() as i64 - 1],
                rhs_contract: vec![0],
                ..Default::default()
            };
            let a = if sa.len() == rank {
                a
            } else {
                let mut full = batch.to_vec();
                full.extend_from_slice(&sa[sa.len() - 2..]);
                self.broadcast(a, &full)
            };
            return Ok(self.op(
                "stablehlo.dot_general",
                &[a, b],
                tensor(shape, element),
                vec![("dot_dimension_numbers", dims.attribute())],
            ));
        }
        let mut full_a = batch.to_vec();
        full_a.extend_from_slice(&sa[sa.len() - 2..]);
        let mut full_b = batch.to_vec();
        full_b.extend_from_slice(&sb[sb.len() - 2..]);
        let a = self.broadcast(a, &full_a);
        let b = self.broadcast(b, &full_b);
        Ok(self.batched_matmul(a, b, tensor(shape, element)))
    }
}

/// `chunk.for` as a `stablehlo.while` carrying `(i, results..., operands...)`.
fn chunk_for(m: &mut Module, op: OpId) -> DiagResult<()> {
    let loc = m.op(op).loc.clone();
    let int = |name: &str| {
        m.attr(op, name)
            .and_then(Attribute::as_int)
            .map(|v| v as i64)
    };
    let (Some(extent), Some(step)) = (int("extent"), int("step")) else {
        return Err(Diagnostic::error(loc, "chunk.for without extent and step"));
    };
    let list = |name: &str| {
        m.attr(op, name)
            .and_then(Attribute::as_int_list)
            .unwrap_or_default()
    };
    let (operand_dims, result_dims) = (list("operand_dims"), list("result_dims"));
    let operands = m.op(op).operands.clone();
    let results = m.op(op).results.clone();
    let result_types: Vec<Type> = results.iter().map(|&r| m.value_type(r).clone()).collect();
    let body = m
        .entry_block(op, 0)
        .ok_or_else(|| Diagnostic::error(loc.clone(), "chunk.for without a body"))?;
    let i64t = Type::tensor(&[], Type::i64());
    let iterations = (extent + step - 1) / step;

    let mut x = Exporter {
        m,
        anchor: op,
        loc: loc.clone(),
    };
    let zero = x.splat(0.0, &Type::i64(), &[]);
    let mut inits = vec![zero];
    for t in &result_types {
        let element = t.element().cloned().unwrap_or(Type::f32());
        inits.push(x.splat(0.0, &element, t.shape().unwrap_or(&[])));
    }
    inits.extend(&operands);
    let carried: Vec<(Type, Location)> = inits
        .iter()
        .map(|&v| (m.value_type(v).clone(), loc.clone()))
        .collect();
    let types: Vec<Type> = carried.iter().map(|(t, _)| t.clone()).collect();

    // cond: i < iterations.
    let cond = m.create_block(&carried);
    let i = m.block(cond).args[0];
    let limit = const_in(m, cond, &loc, iterations);
    let lt = op_in(
        m,
        cond,
        &loc,
        "stablehlo.compare",
        &[i, limit],
        Type::tensor(&[], Type::i1()),
        vec![(
            "comparison_direction",
            make_enum("comparison_direction", "LT"),
        )],
    );
    let ret = m.create_op(OperationState::new("stablehlo.return", loc.clone()).operands(&[lt]));
    m.append_op(cond, ret);

    // body: the offset, the slices, the moved body ops, the updates.
    let new_body = m.create_block(&carried);
    let args = m.block(new_body).args.clone();
    let (i, rs, xs) = (
        args[0],
        &args[1..1 + results.len()],
        &args[1 + results.len()..],
    );
    let step_c = const_in(m, new_body, &loc, step);
    let last_c = const_in(m, new_body, &loc, extent - step);
    let start = op_in(
        m,
        new_body,
        &loc,
        "stablehlo.multiply",
        &[i, step_c],
        i64t.clone(),
        vec![],
    );
    let offset = op_in(
        m,
        new_body,
        &loc,
        "stablehlo.minimum",
        &[start, last_c],
        i64t.clone(),
        vec![],
    );
    let old_args = m.block(body).args.clone();
    m.replace_all_uses(old_args[0], offset);
    for (j, &xv) in xs.iter().enumerate() {
        let d = operand_dims.get(j).copied().unwrap_or(-1);
        let value = if d < 0 {
            xv
        } else {
            let shape = m.value_type(xv).shape().unwrap_or(&[]).to_vec();
            let k = shape[d as usize] / extent;
            let mut sizes = shape.clone();
            sizes[d as usize] = step * k;
            slice_in(m, new_body, &loc, xv, d as usize, k, offset, &sizes)
        };
        m.replace_all_uses(old_args[j + 1], value);
    }
    let moved: Vec<OpId> = m.block_ops(body).collect();
    let mut yielded = Vec::new();
    for o in moved {
        if m.name(o) == "chunk.yield" {
            yielded = m.op(o).operands.clone();
            m.erase_op(o);
        } else {
            m.append_op(new_body, o);
        }
    }
    let mut next = vec![];
    let one = const_in(m, new_body, &loc, 1);
    next.push(op_in(
        m,
        new_body,
        &loc,
        "stablehlo.add",
        &[i, one],
        i64t.clone(),
        vec![],
    ));
    for (j, (&r, &y)) in rs.iter().zip(&yielded).enumerate() {
        let d = result_dims.get(j).copied().unwrap_or(0) as usize;
        let shape = m.value_type(r).shape().unwrap_or(&[]).to_vec();
        let k = shape[d] / extent;
        next.push(update_in(m, new_body, &loc, r, y, d, k, offset));
    }
    next.extend(xs);
    let ret = m.create_op(OperationState::new("stablehlo.return", loc.clone()).operands(&next));
    m.append_op(new_body, ret);

    let state = OperationState::new("stablehlo.while", loc.clone())
        .operands(&inits)
        .results(&types)
        .region(vec![cond])
        .region(vec![new_body]);
    let w = m.create_op(state);
    m.insert_before(op, w);
    for (j, &r) in results.iter().enumerate() {
        let new = m.op(w).results[1 + j];
        m.replace_all_uses(r, new);
    }
    m.erase_op(op);
    export_block(m, new_body)
}

/// An op appended to `block`.
fn op_in(
    m: &mut Module,
    block: BlockId,
    loc: &Location,
    name: &str,
    operands: &[ValueId],
    result: Type,
    attrs: Vec<(&str, Attribute)>,
) -> ValueId {
    let op = crate::one_result(m, loc, name, operands, result, attrs);
    m.append_op(block, op);
    m.op(op).results[0]
}

/// An `i64` scalar constant appended to `block`.
fn const_in(m: &mut Module, block: BlockId, loc: &Location, value: i64) -> ValueId {
    let ty = Type::tensor(&[], Type::i64());
    let attr = Attribute::Dense {
        ty: ty.clone(),
        data: ir::DenseElements::Splat(ir::Scalar::Int(i128::from(value))),
    };
    op_in(
        m,
        block,
        loc,
        "stablehlo.constant",
        &[],
        ty,
        vec![("value", attr)],
    )
}

/// Start indices for a chunk along `dim` at `offset * k` (zero elsewhere).
fn starts_in(
    m: &mut Module,
    block: BlockId,
    loc: &Location,
    rank: usize,
    dim: usize,
    k: i64,
    offset: ValueId,
) -> Vec<ValueId> {
    let zero = const_in(m, block, loc, 0);
    let at = if k == 1 {
        offset
    } else {
        let kc = const_in(m, block, loc, k);
        op_in(
            m,
            block,
            loc,
            "stablehlo.multiply",
            &[offset, kc],
            Type::tensor(&[], Type::i64()),
            vec![],
        )
    };
    (0..rank)
        .map(|d| if d == dim { at } else { zero })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn slice_in(
    m: &mut Module,
    block: BlockId,
    loc: &Location,
    x: ValueId,
    dim: usize,
    k: i64,
    offset: ValueId,
    sizes: &[i64],
) -> ValueId {
    let element = m.value_type(x).element().cloned().unwrap_or(Type::f32());
    let mut operands = vec![x];
    operands.extend(starts_in(m, block, loc, sizes.len(), dim, k, offset));
    op_in(
        m,
        block,
        loc,
        "stablehlo.dynamic_slice",
        &operands,
        Type::tensor(sizes, element),
        vec![("slice_sizes", ints(sizes))],
    )
}

#[allow(clippy::too_many_arguments)]
fn update_in(
    m: &mut Module,
    block: BlockId,
    loc: &Location,
    r: ValueId,
    y: ValueId,
    dim: usize,
    k: i64,
    offset: ValueId,
) -> ValueId {
    let ty = m.value_type(r).clone();
    let rank = ty.shape().map_or(0, <[i64]>::len);
    let mut operands = vec![r, y];
    operands.extend(starts_in(m, block, loc, rank, dim, k, offset));
    op_in(
        m,
        block,
        loc,
        "stablehlo.dynamic_update_slice",
        &operands,
        ty,
        vec![],
    )
}
