//! A typed graph builder over [`ir::Builder`] for the model generators.
//!
//! It builds one `func.func @main` inside a `builtin.module`. Weights and inputs are
//! function arguments added on first use, each named by an `{nn.name = "..."}`
//! argument attribute so a safetensors file can be matched to them by name.
//!
//! Result types are never written by hand: every op is created with a placeholder
//! result type that is then replaced by what the `nn` dialect's own `infer` hook
//! computes. The generated module therefore agrees with the verifier by construction,
//! and a shape mistake in a generator shows up as an error at the op that made it.
//!
//! Errors are sticky: the first one is kept, later ops still return a value (typed
//! `none`) so generator code stays free of `?` on every line, and
//! [`Graph::finish`] reports it. Generators validate their configs up front, so an
//! error here means a size slipped past validation (e.g. an overflowing byte size)
//! or a bug in a generator, never a panic.
use ir::{
    Attribute, BlockId, Context, DenseElements, Location, Module, OpId, OperationState, Scalar,
    Type, ValueId,
};

/// A value in the graph.
pub type V = ValueId;

/// How attention is emitted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AttentionMode {
    /// Spelled out: `matmul`, scale, (bias), (causal mask via `iota`/`compare`/`select`),
    /// `softmax`, `matmul`. Every intermediate, including the `Lq x Lk` scores, is a
    /// tensor the compiler can see and chunk.
    #[default]
    Spelled,
    /// One `nn.attention` op.
    Fused,
}

impl std::str::FromStr for AttentionMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "spelled" => Ok(AttentionMode::Spelled),
            "fused" => Ok(AttentionMode::Fused),
            other => Err(format!(
                "unknown attention mode '{other}' (expected 'spelled' or 'fused')"
            )),
        }
    }
}

/// Shape and options of a multi-head self-attention.
#[derive(Clone, Copy, Debug)]
pub struct Mha {
    pub heads: i64,
    pub head_dim: i64,
    /// Whether the fused `qkv` projection has a bias.
    pub qkv_bias: bool,
    pub causal: bool,
}

/// The module being built.
pub struct Graph {
    module: Module,
    ctx: Context,
    func: OpId,
    body: BlockId,
    arg_names: Vec<String>,
    pub attention: AttentionMode,
    error: Option<String>,
}

fn f32_tensor(shape: &[i64]) -> Type {
    Type::tensor(shape, Type::f32())
}

fn named(name: &str) -> Attribute {
    Attribute::Dictionary(vec![ir::NamedAttribute::new(
        "nn.name",
        Attribute::string(name),
    )])
}

impl Graph {
    pub fn new(attention: AttentionMode) -> Graph {
        // Registration is by linking; naming the crates keeps their ops in the context.
        nn_dialect::register();
        let _ = func_dialect::DIALECTS;
        let mut module = Module::new();
        let module_body = module.create_block(&[]);
        let top = module.create_op(OperationState::new("builtin.module", Location::Unknown));
        let region = module.add_region(top);
        module.append_block(region, module_body);
        module.top.push(top);
        let body = module.create_block(&[]);
        let func = module.create_op(
            OperationState::new("func.func", Location::Unknown)
                .property("sym_name", Attribute::string("main"))
                .region(vec![body]),
        );
        module.append_op(module_body, func);
        Graph {
            module,
            ctx: Context::new(),
            func,
            body,
            arg_names: vec![],
            attention,
            error: None,
        }
    }

    fn fail(&mut self, msg: String) {
        if self.error.is_none() {
            self.error = Some(msg);
        }
    }

    /// Shape of a value (empty for a poisoned value).
    pub fn shape(&self, v: V) -> Vec<i64> {
        self.module
            .value_type(v)
            .shape()
            .map(<[i64]>::to_vec)
            .unwrap_or_default()
    }

    /// A function argument of the given type, named `name`.
    pub fn arg(&mut self, name: &str, ty: Type) -> V {
        if ty.byte_size().is_none() {
            self.fail(format!(
                "argument '{name}' of type {ty} has a byte size that overflows u64"
            ));
        }
        if self.arg_names.iter().any(|n| n == name) {
            self.fail(format!("internal error: argument name '{name}' used twice"));
        }
        self.arg_names.push(name.to_string());
        self.module.add_block_arg(self.body, ty, Location::Unknown)
    }

    /// An f32 weight argument.
    pub fn param(&mut self, name: &str, shape: &[i64]) -> V {
        self.arg(name, f32_tensor(shape))
    }

    /// Creates `name(operands) {attrs}` with its inferred result type.
    pub fn op(&mut self, name: &str, operands: &[V], attrs: Vec<(&str, Attribute)>) -> V {
        self.op_typed(name, operands, attrs, Type::None)
    }

    /// Creates an op whose result type starts as `ty` and is then set to what the
    /// op's `infer` hook says. Ops that take their type as written (`nn.reshape`,
    /// `nn.iota`, `nn.broadcast_in_dim`, `nn.constant`) get `ty` checked instead.
    pub fn op_typed(
        &mut self,
        name: &str,
        operands: &[V],
        attrs: Vec<(&str, Attribute)>,
        ty: Type,
    ) -> V {
        let mut state = OperationState::new(name, Location::Unknown)
            .operands(operands)
            .results(&[ty]);
        for (n, a) in attrs {
            state = state.attr(n, a);
        }
        let op = self.module.create_op(state);
        self.module.append_op(self.body, op);
        let result = self.module.result(op, 0);
        if self.error.is_some() {
            return result;
        }
        let inferred = match self.ctx.op_def(name).and_then(|d| d.infer) {
            Some(infer) => infer(&self.module, op).map_err(|d| d.message),
            None => Err(format!("internal error: '{name}' has no result type rule")),
        };
        match inferred {
            Ok(mut types) if types.len() == 1 => {
                self.module.set_value_type(result, types.remove(0))
            }
            Ok(_) => self.fail(format!("internal error: '{name}' did not infer one result")),
            Err(e) => self.fail(format!("cannot build {name}: {e}")),
        }
        result
    }

    /// Finishes the function with `func.return` of `outputs` (each named by a result
    /// attribute), and returns the module.
    pub fn finish(mut self, outputs: &[(&str, V)]) -> Result<Module, String> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let values: Vec<V> = outputs.iter().map(|o| o.1).collect();
        let ret = self
            .module
            .create_op(OperationState::new("func.return", Location::Unknown).operands(&values));
        self.module.append_op(self.body, ret);
        let inputs: Vec<Type> = self
            .module
            .block(self.body)
            .args
            .iter()
            .map(|&a| self.module.value_type(a).clone())
            .collect();
        let results: Vec<Type> = values
            .iter()
            .map(|&v| self.module.value_type(v).clone())
            .collect();
        let arg_attrs = Attribute::Array(self.arg_names.iter().map(|n| named(n)).collect());
        let res_attrs = Attribute::Array(outputs.iter().map(|o| named(o.0)).collect());
        let data = self.module.op_mut(self.func);
        ir::module::set_named(
            &mut data.properties,
            "function_type",
            Attribute::Type(Type::function(inputs, results)),
        );
        ir::module::set_named(&mut data.properties, "arg_attrs", arg_attrs);
        ir::module::set_named(&mut data.properties, "res_attrs", res_attrs);
        Ok(self.module)
    }

    // ----- elementwise and constants -----------------------------------------------

    pub fn unary(&mut self, name: &str, x: V) -> V {
        self.op(name, &[x], vec![])
    }
    pub fn add(&mut self, a: V, b: V) -> V {
        self.op("nn.add", &[a, b], vec![])
    }
    pub fn mul(&mut self, a: V, b: V) -> V {
        self.op("nn.mul", &[a, b], vec![])
    }
    pub fn gelu(&mut self, x: V) -> V {
        // The erf form: torch.nn.functional.gelu's default, used by the reference models.
        self.op("nn.gelu", &[x], vec![])
    }
    /// A rank-0 f32 constant.
    pub fn scalar(&mut self, value: f64) -> V {
        let ty = f32_tensor(&[]);
        let value = Attribute::Dense {
            ty: ty.clone(),
            data: DenseElements::Splat(Scalar::Float(value)),
        };
        self.op_typed("nn.constant", &[], vec![("value", value)], ty)
    }
    /// A rank-0 i32 constant.
    pub fn scalar_i32(&mut self, value: i64) -> V {
        let ty = Type::tensor(&[], Type::i(32));
        let value = Attribute::Dense {
            ty: ty.clone(),
            data: DenseElements::Splat(Scalar::Int(i128::from(value))),
        };
        self.op_typed("nn.constant", &[], vec![("value", value)], ty)
    }
    /// `nn.compare` of `a` and `b` with `direction` (`"LT"`, `"GE"`, ...).
    pub fn compare(&mut self, a: V, b: V, direction: &str) -> V {
        self.op(
            "nn.compare",
            &[a, b],
            vec![("direction", Attribute::string(direction))],
        )
    }
    /// `nn.convert` of `x` to element type `element`.
    pub fn convert(&mut self, x: V, element: Type) -> V {
        let shape = self.shape(x);
        self.op_typed("nn.convert", &[x], vec![], Type::tensor(&shape, element))
    }
    /// `x * value` with a rank-0 constant.
    pub fn scale(&mut self, x: V, value: f64) -> V {
        let c = self.scalar(value);
        self.mul(x, c)
    }

    // ----- shapes -------------------------------------------------------------------

    pub fn reshape(&mut self, x: V, shape: &[i64]) -> V {
        self.op_typed("nn.reshape", &[x], vec![], f32_tensor(shape))
    }
    pub fn transpose(&mut self, x: V, perm: &[i64]) -> V {
        self.op(
            "nn.transpose",
            &[x],
            vec![("permutation", Attribute::i64_array(perm))],
        )
    }
    /// `x[..., start:limit]` along `axis`.
    pub fn slice(&mut self, x: V, axis: usize, start: i64, limit: i64) -> V {
        let shape = self.shape(x);
        let mut starts = vec![0; shape.len()];
        let mut limits = shape.clone();
        if axis < shape.len() {
            starts[axis] = start;
            limits[axis] = limit;
        }
        self.op(
            "nn.slice",
            &[x],
            vec![
                ("start_indices", Attribute::i64_array(&starts)),
                ("limit_indices", Attribute::i64_array(&limits)),
            ],
        )
    }
    pub fn concat(&mut self, xs: &[V], axis: i64) -> V {
        self.op("nn.concat", xs, vec![("dimension", Attribute::i64(axis))])
    }
    pub fn broadcast_in_dim(&mut self, x: V, shape: &[i64], dims: &[i64]) -> V {
        let attrs = vec![("broadcast_dimensions", Attribute::i64_array(dims))];
        self.op_typed("nn.broadcast_in_dim", &[x], attrs, f32_tensor(shape))
    }

    // ----- layers -------------------------------------------------------------------

    /// `x @ W + b` over the last axis; `W` is `[in, out]` (the transpose of
    /// `torch.nn.Linear.weight`, so no transpose op is needed), named `{prefix}.weight`
    /// and `{prefix}.bias`.
    pub fn linear(&mut self, x: V, prefix: &str, out: i64, bias: bool) -> V {
        let inp = self.shape(x).last().copied().unwrap_or(0);
        let w = self.param(&format!("{prefix}.weight"), &[inp, out]);
        let y = self.op("nn.matmul", &[x, w], vec![]);
        if bias {
            let b = self.param(&format!("{prefix}.bias"), &[out]);
            self.add(y, b)
        } else {
            y
        }
    }

    /// Layer norm over the last axis, `{prefix}.weight` / `{prefix}.bias`, epsilon 1e-5
    /// (torch.nn.LayerNorm's default).
    pub fn layer_norm(&mut self, x: V, prefix: &str) -> V {
        let d = self.shape(x).last().copied().unwrap_or(0);
        let g = self.param(&format!("{prefix}.weight"), &[d]);
        let b = self.param(&format!("{prefix}.bias"), &[d]);
        self.op(
            "nn.layer_norm",
            &[x, g, b],
            vec![
                ("axis", Attribute::i64(-1)),
                ("epsilon", Attribute::f32(1e-5)),
            ],
        )
    }

    /// Group norm of `[N, C, H, W]`, epsilon 1e-5 (torch.nn.GroupNorm's default).
    pub fn group_norm(&mut self, x: V, prefix: &str, groups: i64) -> V {
        let c = self.shape(x).get(1).copied().unwrap_or(0);
        let g = self.param(&format!("{prefix}.weight"), &[c]);
        let b = self.param(&format!("{prefix}.bias"), &[c]);
        self.op(
            "nn.group_norm",
            &[x, g, b],
            vec![
                ("groups", Attribute::i64(groups)),
                ("epsilon", Attribute::f32(1e-5)),
            ],
        )
    }

    /// 2-D convolution with bias: square `kernel`, `stride`, symmetric `pad`.
    pub fn conv2d(
        &mut self,
        x: V,
        prefix: &str,
        out: i64,
        kernel: i64,
        stride: i64,
        pad: i64,
    ) -> V {
        let cin = self.shape(x).get(1).copied().unwrap_or(0);
        let w = self.param(&format!("{prefix}.weight"), &[out, cin, kernel, kernel]);
        let b = self.param(&format!("{prefix}.bias"), &[out]);
        let mut attrs = vec![];
        if stride != 1 {
            attrs.push(("strides", Attribute::i64_array(&[stride, stride])));
        }
        if pad != 0 {
            attrs.push(("padding", Attribute::i64_array(&[pad, pad, pad, pad])));
        }
        self.op("nn.conv2d", &[x, w, b], attrs)
    }

    /// Scaled dot-product attention of `q [..., Lq, D]`, `k [..., Lk, D]`,
    /// `v [..., Lk, Dv]`, scale `1/sqrt(D)`, with an optional additive `bias`
    /// broadcastable to `[..., Lq, Lk]` and an optional causal mask (query `i` sees
    /// keys `j <= i + Lk - Lq`), spelled out or fused per [`Graph::attention`].
    pub fn attention(&mut self, q: V, k: V, v: V, bias: Option<V>, causal: bool) -> V {
        if self.attention == AttentionMode::Fused {
            let mut operands = vec![q, k, v];
            operands.extend(bias);
            let attrs = if causal {
                vec![("causal", Attribute::Bool(true))]
            } else {
                vec![]
            };
            return self.op("nn.attention", &operands, attrs);
        }
        let qs = self.shape(q);
        let ks = self.shape(k);
        let r = qs.len();
        if r < 2 || ks.len() != r {
            self.fail(format!(
                "internal error: attention operands of ranks {} and {}",
                qs.len(),
                ks.len()
            ));
            return q;
        }
        let (lq, d, lk) = (qs[r - 2], qs[r - 1], ks[r - 2]);
        let mut perm: Vec<i64> = (0..r as i64).collect();
        perm.swap(r - 2, r - 1);
        let kt = self.transpose(k, &perm);
        let scores = self.op("nn.matmul", &[q, kt], vec![]);
        let mut scores = self.scale(scores, 1.0 / (d as f64).sqrt());
        if let Some(b) = bias {
            scores = self.add(scores, b);
        }
        if causal {
            let mask = self.causal_mask(lq, lk);
            let neg_inf = self.scalar(f64::NEG_INFINITY);
            scores = self.op("nn.select", &[mask, scores, neg_inf], vec![]);
        }
        let probs = self.op("nn.softmax", &[scores], vec![("axis", Attribute::i64(-1))]);
        self.op("nn.matmul", &[probs, v], vec![])
    }

    /// `[Lq, Lk]` i1, true where key `j <= i + (Lk - Lq)`. Built per attention, not
    /// once per model, so it stays local to the layer like PyTorch's `tril` mask.
    fn causal_mask(&mut self, lq: i64, lk: i64) -> V {
        let ty = Type::tensor(&[lq, lk], Type::i(32));
        let rows = self.iota(ty.clone(), 0);
        let cols = self.iota(ty, 1);
        let rows = if lk != lq {
            let ty = Type::tensor(&[], Type::i(32));
            let off = Attribute::Dense {
                ty: ty.clone(),
                data: DenseElements::Splat(Scalar::Int(i128::from(lk - lq))),
            };
            let off = self.op_typed("nn.constant", &[], vec![("value", off)], ty);
            self.add(rows, off)
        } else {
            rows
        };
        self.op(
            "nn.compare",
            &[cols, rows],
            vec![("direction", Attribute::string("LE"))],
        )
    }

    /// `nn.iota` of type `ty` counting along `dim`.
    pub fn iota(&mut self, ty: Type, dim: i64) -> V {
        self.op_typed("nn.iota", &[], vec![("dimension", Attribute::i64(dim))], ty)
    }

    /// Multi-head self-attention block core: from `x [..., L, D]` with a fused
    /// `{prefix}.qkv` projection `[D, 3*H*c]` (bias optional) to the merged heads
    /// `[..., L, H*c]` (before the output projection). Layout of the projection output
    /// is `[3, H, c]` per position, as `Linear(...).view(..., 3, h, c)` in PyTorch.
    pub fn self_attention(&mut self, x: V, prefix: &str, mha: Mha, bias: Option<V>) -> V {
        let xs = self.shape(x);
        let lead = &xs[..xs.len().saturating_sub(1)];
        let r = lead.len(); // rank of the leading dims [..., L]
        let Mha {
            heads,
            head_dim,
            qkv_bias,
            causal,
        } = mha;
        let hc = heads * head_dim;
        let qkv = self.linear(x, &format!("{prefix}.qkv"), 3 * hc, qkv_bias);
        // [..., L, 3*H*c] -> [..., L, 3, H, c] -> three [..., L, H, c] -> [..., H, L, c]
        let mut split = lead.to_vec();
        split.extend([3, heads, head_dim]);
        let qkv = self.reshape(qkv, &split);
        let mut heads_first: Vec<i64> = (0..r as i64 - 1).collect();
        heads_first.extend([r as i64, r as i64 - 1, r as i64 + 1]);
        let mut parts = vec![];
        for i in 0..3 {
            let p = self.slice(qkv, r, i, i + 1);
            let mut s = lead.to_vec();
            s.extend([heads, head_dim]);
            let p = self.reshape(p, &s);
            parts.push(self.transpose(p, &heads_first));
        }
        let o = self.attention(parts[0], parts[1], parts[2], bias, causal);
        // [..., H, L, c] -> [..., L, H, c] -> [..., L, H*c]
        let o = self.transpose(o, &heads_first);
        let mut merged = lead.to_vec();
        merged.push(hc);
        self.reshape(o, &merged)
    }

    /// A pre-LN transformer layer, as in GPT-2 and ViT: `x + out(attn(ln1(x)))`,
    /// then `+ fc2(gelu(fc1(ln2(x))))`, with weights named under `prefix`.
    pub fn transformer_layer(
        &mut self,
        x: V,
        prefix: &str,
        heads: i64,
        ffn: i64,
        causal: bool,
    ) -> V {
        let d = *self.shape(x).last().expect("a ranked activation");
        let y = self.layer_norm(x, &format!("{prefix}.ln1"));
        let mha = Mha {
            heads,
            head_dim: d / heads,
            qkv_bias: true,
            causal,
        };
        let a = self.self_attention(y, &format!("{prefix}.attn"), mha, None);
        let a = self.linear(a, &format!("{prefix}.attn.out"), d, true);
        let x = self.add(x, a);
        let y = self.layer_norm(x, &format!("{prefix}.ln2"));
        let y = self.linear(y, &format!("{prefix}.mlp.fc1"), ffn, true);
        let y = self.gelu(y);
        let y = self.linear(y, &format!("{prefix}.mlp.fc2"), d, true);
        self.add(x, y)
    }
}
