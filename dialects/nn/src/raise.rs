//! Raising: the spelled-out forms the frontends write for softmax, layer norm, RMS norm,
//! GELU (tanh and erf forms) and SiLU become `nn.softmax`, `nn.layer_norm`,
//! `nn.rms_norm`, `nn.gelu` and `nn.silu`, which the runtimes compute in one pass and the autochunk
//! rules know. They run as `fold` hooks of the pattern's root op (`nn.div`,
//! `nn.mul`, `nn.add`), so `canonicalize` applies them; the ops left unused are
//! erased by it.
//!
//! A pattern matches on values, not on spelling: broadcasts and reshapes that only
//! re-expand a reduced value back along the reduced axis are looked through (with a
//! check that every kept dimension lands where it came from), splat constants are
//! recognised through broadcasts, and commutative operands are tried both ways.
//! Constants must equal the pattern's (0.5, 0.044715, sqrt(2/pi), 1/sqrt(2), the
//! reduced count) to f32 precision; anything else is a near-miss and stays as it is.
use crate::helpers::constant_f32_values;
use ir::types::FloatKind;
use ir::{Attribute, Module, OpId, OperationState, Type, ValueId};

/// The op defining `v` (float precision changes looked through) when it is named
/// `name`.
fn def(m: &Module, v: ValueId, name: &str) -> Option<OpId> {
    m.defining_op(strip(m, v)).filter(|&op| m.name(op) == name)
}

fn operands(m: &Module, op: OpId) -> &[ValueId] {
    &m.op(op).operands
}

/// `(a, b)` of a binary op named `name` defining `v`, each without precision changes.
fn binary(m: &Module, v: ValueId, name: &str) -> Option<(ValueId, ValueId)> {
    match operands(m, def(m, v, name)?) {
        [a, b] => Some((strip(m, *a), strip(m, *b))),
        _ => None,
    }
}

/// The single operand of the op named `name` defining `v`, without precision changes.
fn unary(m: &Module, v: ValueId, name: &str) -> Option<ValueId> {
    Some(strip(m, operands(m, def(m, v, name)?)[0]))
}

/// Tries `f(a, b)`, then `f(b, a)`.
fn either<T>(
    a: ValueId,
    b: ValueId,
    mut f: impl FnMut(ValueId, ValueId) -> Option<T>,
) -> Option<T> {
    f(a, b).or_else(|| f(b, a))
}

/// A value and how its dimensions reach a later, expanded value.
struct Expansion {
    source: ValueId,
    /// Source dimension i lands in dimension `map[i]` of the final value; `None` for
    /// a size-1 dimension that a reshape dropped (its index is always 0).
    map: Vec<Option<usize>>,
}

/// True for an `nn.convert` between float types: a change of precision, which the
/// patterns look through (bf16 models accumulate in f32 between such converts; the
/// raised op computes in f32 anyway).
fn is_float_convert(m: &Module, op: OpId) -> bool {
    let is_float = |v: ValueId| m.value_type(v).element().is_some_and(Type::is_float);
    m.name(op) == "nn.convert" && is_float(operands(m, op)[0]) && is_float(m.op(op).results[0])
}

/// `v` without float precision changes in front of it.
fn strip(m: &Module, mut v: ValueId) -> ValueId {
    while let Some(op) = m.defining_op(v).filter(|&op| is_float_convert(m, op)) {
        v = operands(m, op)[0];
    }
    v
}

/// Follows `nn.broadcast_in_dim`, unit-dimension `nn.reshape` and float `nn.convert`
/// ops back from `v`.
fn expansion(m: &Module, v: ValueId) -> Expansion {
    let mut chain = Vec::new();
    let mut source = v;
    while let Some(op) = m.defining_op(source) {
        let name = m.name(op);
        if is_float_convert(m, op) {
            source = operands(m, op)[0];
            continue;
        }
        let unit_reshape = name == "nn.reshape"
            && non_unit(m.value_type(operands(m, op)[0])) == non_unit(m.value_type(source));
        if name != "nn.broadcast_in_dim" && !unit_reshape {
            break;
        }
        chain.push(op);
        source = operands(m, op)[0];
    }
    let rank = m.value_type(source).rank().unwrap_or(0);
    let mut map: Vec<Option<usize>> = (0..rank).map(Some).collect();
    for &op in chain.iter().rev() {
        let input = m
            .value_type(operands(m, op)[0])
            .shape()
            .unwrap_or(&[])
            .to_vec();
        if m.name(op) == "nn.broadcast_in_dim" {
            let dims = m
                .attr(op, "broadcast_dimensions")
                .and_then(Attribute::as_int_list)
                .unwrap_or_default();
            for d in map.iter_mut() {
                *d = d.and_then(|i| dims.get(i)).map(|&x| x as usize);
            }
        } else {
            // A unit reshape: the k-th non-unit input dimension is the k-th non-unit
            // output dimension.
            let output = m
                .value_type(m.op(op).results[0])
                .shape()
                .unwrap_or(&[])
                .to_vec();
            let out_pos: Vec<usize> = (0..output.len()).filter(|&d| output[d] != 1).collect();
            let in_rank: Vec<usize> = (0..input.len()).filter(|&d| input[d] != 1).collect();
            for d in map.iter_mut() {
                *d = d
                    .and_then(|i| in_rank.iter().position(|&x| x == i))
                    .map(|k| out_pos[k]);
            }
        }
    }
    Expansion { source, map }
}

fn non_unit(t: &Type) -> Vec<i64> {
    t.shape()
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|&d| d != 1)
        .collect()
}

/// The splat value of `v`: a float constant (of any precision), possibly broadcast,
/// all of whose elements are equal.
pub(crate) fn splat(m: &Module, v: ValueId) -> Option<f64> {
    let source = expansion(m, v).source;
    let values = match constant_f32_values(m, source) {
        Some(values) => values,
        None => {
            let def = m
                .defining_op(source)
                .filter(|&op| m.name(op) == "nn.constant")?;
            let Some(Attribute::Dense { ty, data }) = m.attr(def, "value") else {
                return None;
            };
            let element = ty.element().filter(|e| e.is_float())?;
            data.values_f64(
                element,
                usize::try_from(ty.num_elements()?).ok()?.min(1 << 16),
            )?
        }
    };
    let first = *values.first()?;
    values.iter().all(|&x| x == first).then_some(first)
}

/// `v` is a splat equal to `want` at the precision of its element type (bf16 holds
/// 0.044715 as 0.044677734375: half an ulp of the type is the tolerance).
fn is_splat(m: &Module, v: ValueId, want: f64) -> bool {
    let relative = match m.value_type(expansion(m, v).source).element() {
        Some(Type::Float(FloatKind::BF16)) => 2f64.powi(-9),
        Some(Type::Float(FloatKind::F16)) => 2f64.powi(-12),
        _ => 1e-6,
    };
    splat(m, v).is_some_and(|x| (x - want).abs() <= relative * want.abs().max(1e-30))
}

/// How `v` reaches a value of shape `shape` when used as an operand there: its own
/// expansion chain, then numpy broadcasting from the right (nn's binary ops).
fn expansion_into(m: &Module, v: ValueId, shape: &[i64]) -> Option<Expansion> {
    let vs = m.value_type(v).shape()?;
    let offset = shape.len().checked_sub(vs.len())?;
    if vs
        .iter()
        .zip(&shape[offset..])
        .any(|(&a, &b)| a != b && a != 1)
    {
        return None;
    }
    let mut e = expansion(m, v);
    for d in e.map.iter_mut() {
        *d = d.map(|x| x + offset);
    }
    Some(e)
}

/// `v` re-expands `r`, the reduction of a rank-`rank` value over `axes` (with or
/// without kept dimensions), back to the full shape `shape`: returns `r`.
fn reexpanded(m: &Module, v: ValueId, shape: &[i64], axes: &[usize]) -> Option<ValueId> {
    let e = expansion_into(m, v, shape)?;
    let rs = m.value_type(e.source).shape()?.to_vec();
    let kept: Vec<usize> = (0..shape.len()).filter(|d| !axes.contains(d)).collect();
    let dims_in_order: Vec<usize> = if rs.len() == shape.len() {
        (0..shape.len()).collect()
    } else {
        kept.clone()
    };
    if dims_in_order.len() != rs.len() {
        return None;
    }
    for (i, &want) in dims_in_order.iter().enumerate() {
        let lands_right = e.map[i] == Some(want) || rs[i] == 1;
        if !lands_right || (rs[i] != 1 && !kept.contains(&want)) {
            return None;
        }
    }
    Some(e.source)
}

/// The axes of a reduction op, normalised.
fn reduced_axes(m: &Module, op: OpId) -> Option<Vec<usize>> {
    let rank = m.value_type(operands(m, op)[0]).rank()? as i64;
    let axes = m.attr(op, "axes")?.as_int_list()?;
    let mut out: Vec<usize> = axes
        .iter()
        .map(|&a| (if a < 0 { a + rank } else { a }) as usize)
        .collect();
    out.sort_unstable();
    Some(out)
}

/// Inserts a raised op before `root` with the root's result type. Operands of
/// another float precision (the patterns look through precision changes) are
/// converted to the root's first, so the op computes at the precision the
/// spelled-out form ended in.
fn emit(
    m: &mut Module,
    root: OpId,
    name: &str,
    operands: &[ValueId],
    attrs: &[(&str, Attribute)],
) -> Vec<ValueId> {
    let ty = m.value_type(m.op(root).results[0]).clone();
    let element = ty.element().cloned().unwrap_or(Type::f32());
    let loc = m.op(root).loc.clone();
    let mut converted = Vec::with_capacity(operands.len());
    for &v in operands {
        let vt = m.value_type(v).clone();
        if vt.element() == Some(&element) {
            converted.push(v);
            continue;
        }
        let widened = vt.with_element(element.clone());
        let convert = m.create_op(
            OperationState::new("nn.convert", loc.clone())
                .operands(&[v])
                .results(&[widened]),
        );
        m.insert_before(root, convert);
        converted.push(m.op(convert).results[0]);
    }
    let mut state = OperationState::new(name, loc)
        .operands(&converted)
        .results(&[ty]);
    for (k, v) in attrs {
        state = state.attr(k, v.clone());
    }
    let op = m.create_op(state);
    m.insert_before(root, op);
    vec![m.op(op).results[0]]
}

/// The raising fold of `nn.div`, `nn.mul` and `nn.add`.
pub(crate) fn raise(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let root = m.op(op).results[0];
    let ty = m.value_type(root).clone();
    if !ty.element().is_some_and(Type::is_float) {
        return None;
    }
    match m.name(op) {
        "nn.div" => {
            if let Some((x, axis)) = softmax(m, root) {
                return Some(emit(
                    m,
                    op,
                    "nn.softmax",
                    &[x],
                    &[("axis", Attribute::i64(axis as i64))],
                ));
            }
            let x = silu_by_division(m, root)?;
            Some(emit(m, op, "nn.silu", &[x], &[]))
        }
        "nn.mul" => {
            if let Some((x, tanh)) = gelu(m, root) {
                let form = if tanh { "tanh" } else { "none" };
                return Some(emit(
                    m,
                    op,
                    "nn.gelu",
                    &[x],
                    &[("approximate", Attribute::string(form))],
                ));
            }
            if let Some(x) = silu(m, root) {
                return Some(emit(m, op, "nn.silu", &[x], &[]));
            }
            let (x, gamma, epsilon) = rms_norm(m, root)?;
            Some(emit(
                m,
                op,
                "nn.rms_norm",
                &[x, gamma],
                &[
                    ("axis", Attribute::i64(-1)),
                    ("epsilon", Attribute::f32(epsilon)),
                ],
            ))
        }
        "nn.add" => {
            let (x, gamma, beta, epsilon) = layer_norm(m, root)?;
            Some(emit(
                m,
                op,
                "nn.layer_norm",
                &[x, gamma, beta],
                &[
                    ("axis", Attribute::i64(-1)),
                    ("epsilon", Attribute::f32(epsilon)),
                ],
            ))
        }
        _ => None,
    }
}

/// `e / expand(reduce_sum(e, [k]))` with `e = exp(x - expand(max))`, the max being
/// `reduce_max(x, [k])`, possibly clamped below by -inf (JAX's `initial`).
fn softmax(m: &Module, root: ValueId) -> Option<(ValueId, usize)> {
    let (e, denominator) = binary(m, root, "nn.div")?;
    let shape = m.value_type(root).shape()?.to_vec();
    let d = unary(m, e, "nn.exp")?;
    let (x, max_expanded) = binary(m, d, "nn.sub")?;
    if m.value_type(x).shape()? != shape.as_slice() {
        return None;
    }
    let sum = expansion(m, denominator).source;
    let sum_op = def(m, sum, "nn.reduce_sum")?;
    let sum = m.op(sum_op).results[0];
    let axes = reduced_axes(m, sum_op)?;
    let [axis] = axes[..] else { return None };
    if strip(m, operands(m, sum_op)[0]) != e || reexpanded(m, denominator, &shape, &axes)? != sum {
        return None;
    }
    let mut max = reexpanded(m, max_expanded, &shape, &axes)?;
    if let Some((a, b)) = binary(m, max, "nn.max") {
        max = either(a, b, |floor, v| {
            (splat(m, floor) == Some(f64::NEG_INFINITY)).then_some(v)
        })?;
    }
    let max_op = def(m, max, "nn.reduce_max")?;
    (strip(m, operands(m, max_op)[0]) == x && reduced_axes(m, max_op)? == axes).then_some((x, axis))
}

/// `x * sigmoid(x)`, or `x * (1 / (1 + exp(-x)))` as JAX lowers `jax.nn.silu`.
fn silu(m: &Module, root: ValueId) -> Option<ValueId> {
    let (a, b) = binary(m, root, "nn.mul")?;
    either(a, b, |x, s| {
        if let Some(op) = def(m, s, "nn.sigmoid") {
            return (strip(m, operands(m, op)[0]) == x).then_some(x);
        }
        let (one, denominator) = binary(m, s, "nn.div")?;
        (is_splat(m, one, 1.0) && is_one_plus_exp_neg(m, denominator, x)).then_some(x)
    })
}

/// `x / (1 + exp(-x))`.
fn silu_by_division(m: &Module, root: ValueId) -> Option<ValueId> {
    let (x, denominator) = binary(m, root, "nn.div")?;
    is_one_plus_exp_neg(m, denominator, x).then_some(x)
}

fn is_one_plus_exp_neg(m: &Module, v: ValueId, x: ValueId) -> bool {
    let Some((a, b)) = binary(m, v, "nn.add") else {
        return false;
    };
    either(a, b, |one, e| {
        let neg = unary(m, e, "nn.exp")?;
        let arg = operands(m, def(m, neg, "nn.neg")?)[0];
        (is_splat(m, one, 1.0) && arg == x).then_some(())
    })
    .is_some()
}

/// Multiplicative leaves of a tree of `nn.mul`, at most `limit` of them.
fn factors(m: &Module, v: ValueId, limit: usize, out: &mut Vec<ValueId>) -> bool {
    if let Some((a, b)) = binary(m, v, "nn.mul") {
        return factors(m, a, limit, out) && factors(m, b, limit, out);
    }
    out.push(v);
    out.len() <= limit
}

/// Removes the splat factor equal to `want` (to f32 precision); true if found.
fn take_splat(m: &Module, leaves: &mut Vec<ValueId>, want: f64) -> bool {
    match leaves.iter().position(|&v| is_splat(m, v, want)) {
        Some(i) => {
            leaves.remove(i);
            true
        }
        None => false,
    }
}

/// GELU: `x * 0.5 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))` (tanh form) or
/// `0.5 * x * erfc(-x / sqrt(2))` with erfc as `1 - erf` (erf form), the factors in
/// any order and grouping. Returns x and whether it is the tanh form.
fn gelu(m: &Module, root: ValueId) -> Option<(ValueId, bool)> {
    let mut leaves = Vec::new();
    if !factors(m, root, 4, &mut leaves) || !take_splat(m, &mut leaves, 0.5) {
        return None;
    }
    let [p, q] = leaves[..] else { return None };
    either(p, q, |x, rest| {
        let (a, b) = match binary(m, rest, "nn.add") {
            Some(ab) => ab,
            None => return erfc_of_scaled_neg(m, rest, x).then_some((x, false)),
        };
        let tanh = either(a, b, |one, t| is_splat(m, one, 1.0).then_some(t))?;
        let inner = unary(m, tanh, "nn.tanh")?;
        let (c, poly) = binary(m, inner, "nn.mul")?;
        let poly = either(c, poly, |c, p| {
            is_splat(m, c, (2.0 / std::f64::consts::PI).sqrt()).then_some(p)
        })?;
        let (a, b) = binary(m, poly, "nn.add")?;
        let cube_term = either(a, b, |x2, t| (x2 == x).then_some(t))?;
        let mut cube = Vec::new();
        if !factors(m, cube_term, 4, &mut cube) || !take_splat(m, &mut cube, 0.044715) {
            return None;
        }
        // x * x * x, or pow(x, 3) (PyTorch's gelu_new).
        let cubed = match cube[..] {
            [a, b, c] => [a, b, c].iter().all(|&v| v == x),
            [p] => binary(m, p, "nn.pow").is_some_and(|(base, e)| base == x && is_splat(m, e, 3.0)),
            _ => false,
        };
        cubed.then_some((x, true))
    })
}

/// `1 - erf(-x * (1/sqrt(2)))` (chlo.erfc as converted), or `1 + erf(x / sqrt 2)`.
fn erfc_of_scaled_neg(m: &Module, v: ValueId, x: ValueId) -> bool {
    let Some((one, e)) = binary(m, v, "nn.sub") else {
        return false;
    };
    if !is_splat(m, one, 1.0) {
        return false;
    }
    let Some(erf) = def(m, e, "nn.erf") else {
        return false;
    };
    let mut leaves = Vec::new();
    if !factors(m, operands(m, erf)[0], 2, &mut leaves)
        || !take_splat(m, &mut leaves, std::f64::consts::FRAC_1_SQRT_2)
    {
        return false;
    }
    matches!(leaves[..], [n] if def(m, n, "nn.neg").is_some_and(|op| strip(m, operands(m, op)[0]) == x))
}

/// The mean of `x` over its last axis: `reduce_sum(x, [last]) / N` (or `* (1/N)`),
/// or `reduce_mean`, possibly computed on an expanded shape. Returns the value that
/// holds it before re-expansion.
fn is_mean_of(m: &Module, mean: ValueId, x: ValueId) -> bool {
    let Some(shape) = m.value_type(x).shape() else {
        return false;
    };
    let Some(&n) = shape.last() else { return false };
    let last = shape.len() - 1;
    let reduced = |v: ValueId, name: &str| -> bool {
        let v = expansion(m, v).source;
        def(m, v, name).is_some_and(|op| {
            strip(m, operands(m, op)[0]) == x && reduced_axes(m, op).as_deref() == Some(&[last][..])
        })
    };
    if reduced(mean, "nn.reduce_mean") {
        return true;
    }
    if let Some((s, c)) = binary(m, mean, "nn.div") {
        return reduced(s, "nn.reduce_sum") && is_splat(m, c, n as f64);
    }
    if let Some((a, b)) = binary(m, mean, "nn.mul") {
        return either(a, b, |s, c| {
            (reduced(s, "nn.reduce_sum") && is_splat(m, c, 1.0 / n as f64)).then_some(())
        })
        .is_some();
    }
    false
}

/// `x - expand(mean(x))`: returns the mean value.
fn centred(m: &Module, v: ValueId, x: ValueId) -> Option<ValueId> {
    let (a, mean_expanded) = binary(m, v, "nn.sub")?;
    let shape = m.value_type(x).shape()?.to_vec();
    let last = shape.len().checked_sub(1)?;
    let mean = reexpanded(m, mean_expanded, &shape, &[last])?;
    (a == x && is_mean_of(m, mean, x)).then_some(mean)
}

/// Layer norm over the last axis: `(x - mean) * rsqrt(var + eps) * gamma + beta`,
/// the product in any grouping, the variance as the mean of squared deviations or as
/// `max(0, mean(x*x) - mean^2)` (Flax). Returns x, gamma, beta and epsilon.
fn layer_norm(m: &Module, root: ValueId) -> Option<(ValueId, ValueId, ValueId, f64)> {
    let (a, b) = binary(m, root, "nn.add")?;
    let shape = m.value_type(root).shape()?.to_vec();
    let d = *shape.last()?;
    either(a, b, |scaled, beta_expanded| {
        let beta = last_axis_vector(m, beta_expanded, &shape)?;
        let mut leaves = Vec::new();
        if !factors(m, scaled, 3, &mut leaves) || leaves.len() != 3 {
            return None;
        }
        for (i, j, k) in [
            (0, 1, 2),
            (0, 2, 1),
            (1, 0, 2),
            (1, 2, 0),
            (2, 0, 1),
            (2, 1, 0),
        ] {
            let (dev, inv_std, gamma_expanded) = (leaves[i], leaves[j], leaves[k]);
            let Some(x) = def(m, dev, "nn.sub").map(|op| strip(m, operands(m, op)[0])) else {
                continue;
            };
            let Some(mean) = centred(m, dev, x) else {
                continue;
            };
            let Some(gamma) = last_axis_vector(m, gamma_expanded, &shape) else {
                continue;
            };
            let Some(epsilon) = inverse_std(m, inv_std, &shape, x, mean) else {
                continue;
            };
            if m.value_type(gamma).shape() == Some(&[d][..]) {
                return Some((x, gamma, beta, epsilon));
            }
        }
        None
    })
}

/// `v` expands a rank-1 [D] value along the last axis of `shape`: returns it.
fn last_axis_vector(m: &Module, v: ValueId, shape: &[i64]) -> Option<ValueId> {
    let e = expansion_into(m, v, shape)?;
    let src = m.value_type(e.source).shape()?;
    let last = shape.len() - 1;
    (src == [shape[last]] && e.map == [Some(last)]).then_some(e.source)
}

/// `expand(rsqrt(var + eps))` with var the variance of x about `mean`: epsilon.
fn inverse_std(m: &Module, v: ValueId, shape: &[i64], x: ValueId, mean: ValueId) -> Option<f64> {
    let last = shape.len() - 1;
    let r = reexpanded(m, v, shape, &[last])?;
    let sum = operands(m, def(m, r, "nn.rsqrt")?)[0];
    let (a, b) = binary(m, sum, "nn.add")?;
    either(a, b, |var, eps| {
        let epsilon = splat(m, eps)?;
        (epsilon >= 0.0 && is_variance(m, var, x, mean)).then_some(epsilon)
    })
}

/// The variance of x over its last axis, about `mean`.
fn is_variance(m: &Module, var: ValueId, x: ValueId, mean: ValueId) -> bool {
    let var = expansion(m, var).source;
    // Flax: max(0, mean(x * x) - mean * mean).
    if let Some((a, b)) = binary(m, var, "nn.max") {
        let flax = either(a, b, |zero, diff| {
            let (sq_mean, mean_sq) = binary(m, diff, "nn.sub")?;
            let (p, q) = binary(m, mean_sq, "nn.mul")?;
            let squares = mean_of_product(m, sq_mean)?;
            (is_splat(m, zero, 0.0) && p == mean && q == mean && squares == (x, x)).then_some(())
        });
        return flax.is_some();
    }
    // Two-pass: mean((x - mean) * (x - mean)), the deviations possibly computed twice.
    let Some((p, q)) = mean_of_product(m, var) else {
        return false;
    };
    // The mean may be computed again for the variance (torch-mlir does): any mean
    // of x over the last axis is the same value.
    let dev_of = |v: ValueId| centred(m, v, x).is_some();
    dev_of(p) && dev_of(q)
}

/// `mean(p * q)` over the last axis: returns (p, q).
fn mean_of_product(m: &Module, v: ValueId) -> Option<(ValueId, ValueId)> {
    let v = expansion(m, v).source;
    let candidates = [
        binary(m, v, "nn.div").map(|(s, _)| s),
        def(m, v, "nn.reduce_mean").map(|_| v),
    ];
    for s in candidates.into_iter().flatten() {
        let s = expansion(m, s).source;
        let Some(reduce) = def(m, s, "nn.reduce_sum").or_else(|| def(m, s, "nn.reduce_mean"))
        else {
            continue;
        };
        let product = strip(m, operands(m, reduce)[0]);
        if let Some(pq) = binary(m, product, "nn.mul") {
            if is_mean_of(m, v, product) {
                return Some(pq);
            }
        }
    }
    None
}

/// RMS norm over the last axis: `gamma * (x / sqrt(mean(x * x) + eps))` (HF's Flax
/// Llama) or `x * rsqrt(mean(x * x) + eps) * gamma`, factors in any order. A centred
/// x (`x - mean`) is left to the layer norm pattern, which it is part of. Returns x,
/// gamma and epsilon.
fn rms_norm(m: &Module, root: ValueId) -> Option<(ValueId, ValueId, f64)> {
    let shape = m.value_type(root).shape()?.to_vec();
    let last = shape.len().checked_sub(1)?;
    let mut leaves = Vec::new();
    if !factors(m, root, 3, &mut leaves) {
        return None;
    }
    let gamma_at = leaves
        .iter()
        .position(|&v| last_axis_vector(m, v, &shape).is_some())?;
    let gamma = last_axis_vector(m, leaves.remove(gamma_at), &shape)?;
    // What is left: [x / sqrt(ms + eps)] or [x, rsqrt(ms + eps)] in either order.
    let (x, epsilon) = match leaves[..] {
        [quotient] => {
            let (x, denominator) = binary(m, quotient, "nn.div")?;
            let root_ms = reexpanded(m, denominator, &shape, &[last])?;
            (
                x,
                mean_square_plus_eps(m, unary(m, root_ms, "nn.sqrt")?, x)?,
            )
        }
        [a, b] => either(a, b, |x, r| {
            let r = reexpanded(m, r, &shape, &[last])?;
            Some((x, mean_square_plus_eps(m, unary(m, r, "nn.rsqrt")?, x)?))
        })?,
        _ => return None,
    };
    let centred = def(m, x, "nn.sub").is_some_and(|op| {
        let v = strip(m, operands(m, op)[0]);
        centred(m, x, v).is_some()
    });
    (!centred && m.value_type(gamma).shape() == Some(&shape[last..])).then_some((x, gamma, epsilon))
}

/// `mean(x * x) + eps` over the last axis of x: epsilon.
fn mean_square_plus_eps(m: &Module, v: ValueId, x: ValueId) -> Option<f64> {
    let (a, b) = binary(m, v, "nn.add")?;
    either(a, b, |ms, eps| {
        let epsilon = splat(m, eps)?;
        (epsilon >= 0.0 && mean_of_product(m, ms)? == (x, x)).then_some(epsilon)
    })
}
