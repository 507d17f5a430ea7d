//! `convert-stablehlo-to-nn`: rewrites a StableHLO module (as JAX, TensorFlow or
//! torch-mlir export it) into the `nn` dialect.
//!
//! Steps, in order:
//! 1. `stablehlo.composite` ops become calls of their decomposition, and every call
//!    of a private function is inlined (JAX outlines `_where`, `tril`, `silu`, ...).
//! 2. Every `stablehlo`/`chlo` op of a function body is rewritten, in program order,
//!    into `nn` ops placed where it was and carrying its location (`rewrite`). An op
//!    that `nn` cannot express (loops, scatters, custom calls, multi-operand
//!    reductions, gathers other than row lookups, run-time slice offsets) stops the
//!    pass with an error located at that op that names it; nothing is half-converted
//!    silently.
//! 3. Names: each argument gets `nn.name` from its name location
//!    (`loc("params['h']['0']['attn']['c_attn']['kernel']")`, JAX's debug form), else
//!    keeps none (tools then call it `arg{i}`); each result gets `nn.name` from
//!    `jax.result_info` where that is not empty. Argument order is kept.
//! 4. f64 values (torch-mlir's islands) are computed in f32: the runtimes have no
//!    f64, and the frontends' results are f32.
//! 5. Private functions left without callers are erased (before step 2, so only live
//!    code is converted).
//! 7. Expanding broadcasts are copied next to each of their users (so an expanded
//!    splat or mask is never live from its definition to its last use).
//! 6. `canonicalize` raises the spelled-out softmax, layer norm, RMS norm, GELU and SiLU into
//!    `nn.softmax`, `nn.layer_norm`, `nn.rms_norm`, `nn.gelu` and `nn.silu` (nn's fold hooks), folds
//!    small constants and erases dead ops.
use crate::rewrite::rewrite_op;
use ir::attr::{DenseElements, Scalar};
use ir::types::FloatKind;
use ir::{Attribute, Context, DiagResult, Location, Module, NamedAttribute, OpId, Type, ValueId};
use pass::{Pass, PassDef};

pub struct ConvertStablehloToNn;

impl Pass for ConvertStablehloToNn {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        convert_stablehlo_to_nn(module, context)
    }
}

/// True for ops of the dialects this pass converts.
fn is_stablehlo(name: &str) -> bool {
    name.starts_with("stablehlo.")
        || name.starts_with("chlo.")
        || name == "arith.constant"
        || name == "sdy.sharding_constraint"
}

/// Converts every function of `module`; see the module documentation.
pub fn convert_stablehlo_to_nn(module: &mut Module, context: &Context) -> DiagResult<()> {
    // The rewrites read attributes the verifiers guarantee; an embedder may call this
    // on a module nobody verified.
    ir::verify::verify(module, context)?;
    composites_to_calls(module);
    transforms::inline::inline_calls(module, context, 64);
    // Drop the outlined helpers now inlined, so only live code is converted.
    transforms::symbol_dce::erase_dead_symbols(module, context);
    for func in functions(module) {
        let Some(body) = module.entry_block(func, 0) else {
            continue;
        };
        let ops: Vec<OpId> = module.block_ops(body).collect();
        for op in ops {
            if module.op(op).erased || !is_stablehlo(module.name(op)) {
                continue;
            }
            let replacements = rewrite_op(module, op)?;
            let results = module.op(op).results.clone();
            for (&old, &new) in results.iter().zip(&replacements) {
                module.replace_all_uses(old, new);
            }
            module.erase_op(op);
        }
        name_arguments_and_results(module, func);
        demote_f64(module, func);
    }
    transforms::symbol_dce::erase_dead_symbols(module, context);
    // Raise the spelled-out softmax, layer norm, RMS norm, GELU and SiLU (nn's fold hooks),
    // fold small constants, and erase what became dead.
    transforms::canonicalize::canonicalize(module, context, 10);
    for func in functions(module) {
        sink_expanding_broadcasts(module, func);
    }
    // A rewrite that built an op nn rejects is a bug, but it must surface as a
    // located error, never as an invalid module handed on.
    ir::verify::verify(module, context)
}

/// f64 becomes f32: torch-mlir leaves f64 islands (a layer norm's epsilon and
/// statistics, index arithmetic) that the runtimes do not compute in. Every f64
/// value of the function, its signature and its constants are retyped.
fn demote_f64(m: &mut Module, func: OpId) {
    let f64_to_f32 = |t: &Type| -> Option<Type> {
        (t.element() == Some(&Type::Float(FloatKind::F64))).then(|| t.with_element(Type::f32()))
    };
    let Some(body) = m.entry_block(func, 0) else {
        return;
    };
    let mut values = m.block(body).args.clone();
    let mut ops = Vec::new();
    m.walk(func, &mut |op| ops.push(op));
    for &op in &ops {
        values.extend(m.op(op).results.iter().copied());
    }
    for v in values {
        if let Some(t) = f64_to_f32(m.value_type(v)) {
            m.set_value_type(v, t);
        }
    }
    for op in ops {
        let Some(Attribute::Dense { ty, data }) = m.attr(op, "value") else {
            continue;
        };
        let Some(new_ty) = f64_to_f32(ty) else {
            continue;
        };
        // A splat stays a splat (expanding it could need more memory than exists).
        let f64_type = Type::Float(FloatKind::F64);
        let data = if let Some(value) = data.splat_f64(&f64_type) {
            DenseElements::Splat(Scalar::Float(value))
        } else {
            let count = ty.num_elements().unwrap_or(0) as usize;
            let Some(values) = data.values_f64(&f64_type, count) else {
                continue;
            };
            DenseElements::Elements(values.into_iter().map(Scalar::Float).collect())
        };
        m.set_attr(op, "value", Attribute::Dense { ty: new_ty, data });
    }
    if let Some((inputs, results)) = func_dialect::function_type(m, func) {
        let retype = |ts: &[Type]| -> Vec<Type> {
            ts.iter()
                .map(|t| f64_to_f32(t).unwrap_or_else(|| t.clone()))
                .collect()
        };
        let ty = Type::function(retype(inputs), retype(results));
        m.set_attr(func, "function_type", Attribute::Type(ty));
    }
}

/// A broadcast that expands its operand (torch-mlir writes full-shape splats at
/// function entry; exporters build an attention mask once and broadcast it to every
/// layer's heads) is cheap to compute and may be large: each user gets its own copy
/// right before it, so no expanded tensor is live from its definition to its last
/// use, and each copy chunks with its user. The smaller operand stays where it is.
fn sink_expanding_broadcasts(m: &mut Module, func: OpId) {
    let Some(body) = m.entry_block(func, 0) else {
        return;
    };
    let bytes = |m: &Module, v: ValueId| m.value_type(v).byte_size().unwrap_or(0);
    let broadcasts: Vec<OpId> = m
        .block_ops(body)
        .filter(|&op| {
            m.name(op) == "nn.broadcast_in_dim"
                && bytes(m, m.op(op).results[0]) > bytes(m, m.op(op).operands[0])
        })
        .collect();
    for op in broadcasts {
        let result = m.op(op).results[0];
        let uses: Vec<ir::module::Use> = m.uses(result).to_vec();
        if uses.is_empty() {
            continue;
        }
        for u in uses {
            let data = m.op(op);
            let state = ir::OperationState::new("nn.broadcast_in_dim", data.loc.clone())
                .operands(&data.operands.clone())
                .results(&[m.value_type(result).clone()])
                .attr(
                    "broadcast_dimensions",
                    m.attr(op, "broadcast_dimensions")
                        .cloned()
                        .unwrap_or(Attribute::i64_array(&[])),
                );
            let copy = m.create_op(state);
            m.insert_before(u.op, copy);
            let v = m.op(copy).results[0];
            m.set_operand(u.op, u.index as usize, v);
        }
        m.erase_op(op);
    }
}

/// The functions of the module (top level and inside `builtin.module`).
fn functions(m: &Module) -> Vec<OpId> {
    m.all_ops()
        .into_iter()
        .filter(|&o| m.name(o) == "func.func")
        .collect()
}

/// `stablehlo.composite "name" %a {decomposition = @f}` becomes `func.call @f(%a)`,
/// which the inliner then replaces by the decomposition's body.
fn composites_to_calls(m: &mut Module) {
    let composites: Vec<OpId> = m
        .all_ops()
        .into_iter()
        .filter(|&o| m.name(o) == "stablehlo.composite")
        .collect();
    for op in composites {
        let Some(callee) = m.attr(op, "decomposition").cloned() else {
            continue;
        };
        let data = m.op(op);
        let state = ir::OperationState::new("func.call", data.loc.clone())
            .operands(&data.operands.clone())
            .results(&m.result_types(op))
            .property("callee", callee);
        let call = m.create_op(state);
        m.insert_before(op, call);
        let (old, new) = (m.op(op).results.clone(), m.op(call).results.clone());
        for (o, n) in old.into_iter().zip(new) {
            m.replace_all_uses(o, n);
        }
        m.erase_op(op);
    }
}

/// The name a frontend gave an argument: its name location (`loc("x")`, possibly
/// wrapping a file location), else a `jax.arg_info` attribute.
fn argument_name(loc: &Location, attrs: &[NamedAttribute]) -> Option<String> {
    if let Location::Name { name, .. } = loc {
        if !name.is_empty() {
            return Some(name.to_string());
        }
    }
    attrs
        .iter()
        .find(|a| a.name == "jax.arg_info")
        .and_then(|a| a.value.as_str())
        .map(str::to_string)
}

fn dictionaries(m: &Module, func: OpId, list: &str, n: usize) -> Vec<Vec<NamedAttribute>> {
    let mut out = vec![Vec::new(); n];
    if let Some(Attribute::Array(items)) = m.attr(func, list) {
        for (slot, item) in out.iter_mut().zip(items) {
            if let Some(d) = item.as_dictionary() {
                *slot = d.to_vec();
            }
        }
    }
    out
}

fn name_arguments_and_results(m: &mut Module, func: OpId) {
    let Some(body) = m.entry_block(func, 0) else {
        return;
    };
    let args = m.block(body).args.clone();
    let mut arg_attrs = dictionaries(m, func, "arg_attrs", args.len());
    for (i, &a) in args.iter().enumerate() {
        let has_name = arg_attrs[i].iter().any(|e| e.name == "nn.name");
        if has_name {
            continue;
        }
        if let Some(name) = argument_name(m.value_loc(a), &arg_attrs[i]) {
            arg_attrs[i].push(NamedAttribute::new("nn.name", Attribute::string(&name)));
        }
    }
    let results = func_dialect::function_type(m, func).map_or(0, |(_, r)| r.len());
    let mut res_attrs = dictionaries(m, func, "res_attrs", results);
    for attrs in &mut res_attrs {
        let info = attrs
            .iter()
            .find(|e| e.name == "jax.result_info")
            .and_then(|e| e.value.as_str())
            .map(str::to_string);
        let has_name = attrs.iter().any(|e| e.name == "nn.name");
        if let (Some(info), false) = (info, has_name) {
            if !info.is_empty() {
                attrs.push(NamedAttribute::new("nn.name", Attribute::string(&info)));
            }
        }
    }
    for (list, dicts) in [("arg_attrs", arg_attrs), ("res_attrs", res_attrs)] {
        if dicts.iter().any(|d| !d.is_empty()) {
            let value = Attribute::Array(dicts.into_iter().map(Attribute::Dictionary).collect());
            let data = m.op_mut(func);
            ir::module::set_named(&mut data.properties, list, value);
        }
    }
}

pass::inventory::submit! {
    PassDef {
        name: "convert-stablehlo-to-nn",
        title: "ConvertStablehloToNn",
        summary: "Convert StableHLO and CHLO (JAX, TensorFlow, torch-mlir exports) into the nn dialect",
        description: "Inlines private functions and composites, rewrites every stablehlo/chlo op \
                      into nn ops at the same location, names arguments from their name \
                      locations and results from jax.result_info (nn.name), and erases what \
                      became dead. Ops nn cannot express (while, case, sort, scatter, \
                      custom_call, multi-operand reduce, general gathers, dynamic offsets) are \
                      an error located at the op.",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(ConvertStablehloToNn)),
    }
}
