//! Elementwise ops: the unary math ops (`nn.neg` … `nn.erf`, `nn.gelu`) whose result
//! has the operand's type, and the broadcasting binary ops (`nn.add` … `nn.pow`)
//! whose result shape is the numpy broadcast of the operand shapes.
//!
//! Small constant operands fold: the op is evaluated at compile time (in f32, like the
//! runtime) and replaced by a new `nn.constant`.
use crate::helpers::{
    broadcast_index_map, broadcast_shapes, constant_f32_values, hooks, insert_f32_constant,
    traffic, Elem, OpView, FOLD_LIMIT,
};
use ir::{inventory, DialectDef, Module, OpCost, OpDef, OpId, OpTrait, Type, ValueId};

inventory::submit! {
    DialectDef {
        name: "nn",
        summary: "Model-level tensor operations: the input contract users and importers write.",
    }
}

// ----- unary ----------------------------------------------------------------------

/// Element class of each unary op: sign and magnitude ops also work on integers.
fn unary_elem(name: &str) -> Elem {
    match name {
        "nn.neg" | "nn.abs" | "nn.relu" => Elem::Numeric,
        _ => Elem::Float,
    }
}

fn check_unary(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    let x = v.tensor(0, unary_elem(v.name()))?;
    if v.name() == "nn.gelu" {
        v.choice("approximate", &["none", "tanh"])?;
    }
    Ok(x.ty)
}
hooks!(check_unary => verify_unary, infer_unary);

/// Evaluates a unary op on one value, as the runtime's kernels do (`scalar`).
fn eval_unary(name: &str, approximate_tanh: bool, x: f64) -> Option<f64> {
    use crate::scalar as s;
    let f: fn(f32) -> f32 = match name {
        "nn.neg" => s::neg,
        "nn.abs" => s::abs,
        "nn.exp" => s::exp,
        "nn.log" => s::log,
        "nn.sqrt" => s::sqrt,
        "nn.rsqrt" => s::rsqrt,
        "nn.tanh" => s::tanh,
        "nn.sigmoid" => s::sigmoid,
        "nn.relu" => s::relu,
        "nn.silu" => s::silu,
        "nn.erf" => s::erf,
        "nn.gelu" if approximate_tanh => s::gelu_tanh,
        "nn.gelu" => s::gelu_erf,
        _ => return None,
    };
    Some(f64::from(f(x as f32)))
}

fn fold_unary(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let operand = *m.op(op).operands.first()?;
    let result = *m.op(op).results.first()?;
    let ty = m.value_type(result).clone();
    if ty != *m.value_type(operand) {
        return None;
    }
    let values = constant_f32_values(m, operand)?;
    let name = m.name(op).to_string();
    let tanh = m.attr(op, "approximate").and_then(|a| a.as_str()) == Some("tanh");
    let out: Vec<f64> = values
        .iter()
        .map(|&x| eval_unary(&name, tanh, x))
        .collect::<Option<_>>()?;
    Some(vec![insert_f32_constant(m, op, ty, &out)])
}

/// One flop per element; reads the operands, writes the result.
fn cost_elementwise(m: &Module, op: OpId) -> OpCost {
    let flops = m
        .op(op)
        .results
        .first()
        .and_then(|&r| m.value_type(r).num_elements())
        .unwrap_or(0);
    let (bytes_read, bytes_written) = traffic(m, op);
    OpCost {
        flops,
        bytes_read,
        bytes_written,
    }
}

const UNARY: OpDef = OpDef {
    dim_flow: Some(crate::dim_flow::elementwise),
    verify: Some(verify_unary),
    infer: Some(infer_unary),
    fold: Some(fold_unary),
    cost: Some(cost_elementwise),
    ..OpDef::new("", "", "")
};

macro_rules! unary_op {
    ($name:literal, $summary:literal, $meaning:literal, $elems:literal) => {
        inventory::submit! {
            OpDef {
                name: $name,
                summary: $summary,
                description: concat!(
                    "Operands: `x`, a tensor of ", $elems, ". Result: the type of `x`. ",
                    $meaning
                ),
                ..UNARY
            }
        }
    };
}

unary_op!(
    "nn.neg",
    "Elementwise negation",
    "Computes `-x`.",
    "float or integer (i32, i64) elements"
);
unary_op!(
    "nn.abs",
    "Elementwise absolute value",
    "Computes `|x|`.",
    "float or integer (i32, i64) elements"
);
unary_op!(
    "nn.exp",
    "Elementwise exponential",
    "Computes `e^x`.",
    "float elements"
);
unary_op!(
    "nn.log",
    "Elementwise natural logarithm",
    "Computes `ln(x)`.",
    "float elements"
);
unary_op!(
    "nn.sqrt",
    "Elementwise square root",
    "Computes `sqrt(x)`.",
    "float elements"
);
unary_op!(
    "nn.rsqrt",
    "Elementwise reciprocal square root",
    "Computes `1 / sqrt(x)`.",
    "float elements"
);
unary_op!(
    "nn.tanh",
    "Elementwise hyperbolic tangent",
    "Computes `tanh(x)`.",
    "float elements"
);
unary_op!(
    "nn.sigmoid",
    "Elementwise logistic sigmoid",
    "Computes `1 / (1 + e^-x)`.",
    "float elements"
);
unary_op!(
    "nn.relu",
    "Elementwise rectified linear unit",
    "Computes `max(x, 0)`.",
    "float or integer (i32, i64) elements"
);
unary_op!(
    "nn.silu",
    "Elementwise SiLU (swish)",
    "Computes `x * sigmoid(x)`.",
    "float elements"
);
unary_op!(
    "nn.erf",
    "Elementwise error function",
    "Computes `erf(x)`.",
    "float elements"
);

inventory::submit! {
    OpDef {
        name: "nn.gelu",
        summary: "Elementwise GELU",
        description: "Operands: `x`, a tensor of float elements. Result: the type of `x`. \
            Computes `0.5 * x * (1 + erf(x / sqrt(2)))`, or with `approximate = \"tanh\"` \
            `0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))`.",
        attributes: &[(
            "approximate",
            false,
            "`\"none\"` (default, erf form) or `\"tanh\"` (tanh approximation)",
        )],
        ..UNARY
    }
}

// ----- binary ---------------------------------------------------------------------

fn check_binary(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(2, 2)?;
    v.one_result()?;
    let a = v.tensor(0, Elem::Numeric)?;
    let b = v.tensor(1, Elem::Numeric)?;
    v.same_elem(0, &a, 1, &b)?;
    let shape = broadcast_shapes(&a.shape, &b.shape).ok_or_else(|| {
        v.err(format!(
            "operand shapes {} and {} are not broadcast-compatible",
            a.ty, b.ty
        ))
    })?;
    v.make_result(shape, a.elem)
}
hooks!(check_binary => verify_binary, infer_binary);

fn eval_binary(name: &str, a: f64, b: f64) -> Option<f64> {
    let (a, b) = (a as f32, b as f32);
    let y = match name {
        "nn.add" => a + b,
        "nn.sub" => a - b,
        "nn.mul" => a * b,
        "nn.div" => a / b,
        "nn.max" => {
            // NaN propagates, like the runtime's maximum.
            if a.is_nan() || b.is_nan() {
                f32::NAN
            } else {
                a.max(b)
            }
        }
        "nn.min" => {
            if a.is_nan() || b.is_nan() {
                f32::NAN
            } else {
                a.min(b)
            }
        }
        "nn.pow" => a.powf(b),
        _ => return None,
    };
    Some(f64::from(y))
}

fn fold_binary(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    if let Some(raised) = crate::raise::raise(m, op) {
        return Some(raised);
    }
    if let Some(x) = multiplicative_identity(m, op) {
        return Some(vec![x]);
    }
    let (&a, &b) = match m.op(op).operands.as_slice() {
        [a, b] => (a, b),
        _ => return None,
    };
    let result = *m.op(op).results.first()?;
    let ty = m.value_type(result).clone();
    if ty.element() != Some(&Type::f32()) || ty.num_elements()? > FOLD_LIMIT {
        return None;
    }
    let out_shape = ty.shape()?.to_vec();
    let (sa, sb) = (
        m.value_type(a).shape()?.to_vec(),
        m.value_type(b).shape()?.to_vec(),
    );
    if broadcast_shapes(&sa, &sb).as_deref() != Some(out_shape.as_slice()) {
        return None;
    }
    let va = constant_f32_values(m, a)?;
    let vb = constant_f32_values(m, b)?;
    let name = m.name(op).to_string();
    let ia = broadcast_index_map(&sa, &out_shape);
    let ib = broadcast_index_map(&sb, &out_shape);
    let out: Vec<f64> = ia
        .iter()
        .zip(&ib)
        .map(|(&i, &j)| eval_binary(&name, va[i], vb[j]))
        .collect::<Option<_>>()?;
    Some(vec![insert_f32_constant(m, op, ty, &out)])
}

/// `x * 1`, `1 * x` and `x / 1` (the ones possibly broadcast) are `x` when `x` already
/// has the result type: exact for every x, NaN and -0 included. torch-mlir writes a
/// linear's `alpha * (x @ W)` with alpha = 1 as a multiplication by a ones tensor.
fn multiplicative_identity(m: &Module, op: OpId) -> Option<ValueId> {
    let (&a, &b) = match m.op(op).operands.as_slice() {
        [a, b] => (a, b),
        _ => return None,
    };
    let result = m.value_type(m.op(op).results[0]);
    if !result.element().is_some_and(Type::is_float) {
        return None;
    }
    let is_one = |v: ValueId| crate::raise::splat(m, v) == Some(1.0);
    let candidates: &[(ValueId, ValueId)] = match m.name(op) {
        "nn.mul" => &[(a, b), (b, a)],
        "nn.div" => &[(a, b)],
        _ => &[],
    };
    candidates
        .iter()
        .find(|&&(x, one)| m.value_type(x) == result && is_one(one))
        .map(|&(x, _)| x)
}

const BINARY: OpDef = OpDef {
    dim_flow: Some(crate::dim_flow::elementwise),
    verify: Some(verify_binary),
    infer: Some(infer_binary),
    fold: Some(fold_binary),
    cost: Some(cost_elementwise),
    ..OpDef::new("", "", "")
};

const COMMUTATIVE: &[OpTrait] = &[OpTrait::Pure, OpTrait::Commutative];

macro_rules! binary_op {
    ($name:literal, $summary:literal, $meaning:literal $(, $traits:expr)?) => {
        inventory::submit! {
            OpDef {
                name: $name,
                summary: $summary,
                description: concat!(
                    "Operands: `a`, `b`, tensors of the same float or integer element type. ",
                    "Result: shape `B(a, b)` (numpy broadcasting, aligned from the right), ",
                    "same element type. ",
                    $meaning
                ),
                $(traits: $traits,)?
                ..BINARY
            }
        }
    };
}

binary_op!(
    "nn.add",
    "Elementwise addition",
    "Computes `a + b`.",
    COMMUTATIVE
);
binary_op!("nn.sub", "Elementwise subtraction", "Computes `a - b`.");
binary_op!(
    "nn.mul",
    "Elementwise multiplication",
    "Computes `a * b`.",
    COMMUTATIVE
);
binary_op!(
    "nn.div",
    "Elementwise division",
    "Computes `a / b` (integer division truncates)."
);
binary_op!(
    "nn.max",
    "Elementwise maximum",
    "Computes `max(a, b)`; NaN propagates.",
    COMMUTATIVE
);
binary_op!(
    "nn.min",
    "Elementwise minimum",
    "Computes `min(a, b)`; NaN propagates.",
    COMMUTATIVE
);
binary_op!("nn.pow", "Elementwise power", "Computes `a ^ b`.");

#[cfg(test)]
mod tests {
    use crate::scalar::erf;

    #[test]
    fn erf_matches_reference_values() {
        // Reference values from Abramowitz & Stegun table 7.1, to f32 precision.
        for (x, want) in [
            (0.0f32, 0.0f64),
            (0.5, 0.520_499_877_8),
            (1.0, 0.842_700_792_9),
            (2.0, 0.995_322_265_0),
            (3.0, 0.999_977_909_5),
        ] {
            assert!(
                (f64::from(erf(x)) - want).abs() < 1e-7,
                "erf({x}) = {}",
                erf(x)
            );
            assert!((f64::from(erf(-x)) + want).abs() < 1e-7);
        }
    }

    /// Constant folding computes what the runtime's kernels compute: the same
    /// `scalar` function (relu keeps NaN; sigmoid in f64, rounded once).
    #[test]
    fn folding_uses_the_runtime_semantics() {
        use super::eval_unary;
        assert!(eval_unary("nn.relu", false, f64::NAN).unwrap().is_nan());
        let x = 0.3f32;
        assert_eq!(
            eval_unary("nn.sigmoid", false, f64::from(x)).unwrap(),
            f64::from(crate::scalar::sigmoid(x))
        );
        assert_eq!(
            eval_unary("nn.gelu", false, f64::from(x)).unwrap(),
            f64::from(crate::scalar::gelu_erf(x))
        );
    }
}
