//! Normalisations along an axis: `nn.softmax`, `nn.layer_norm`, `nn.group_norm`.
//! Results keep the type of `x`; the checks are about axes, affine parameter shapes
//! and group counts.
use crate::helpers::{hooks, Elem, List, OpView};
use ir::{inventory, OpDef, Type};

fn check_softmax(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Float)?;
    let axis = v.int("axis")?.unwrap_or(-1);
    v.axis("axis", axis, x.rank())?;
    Ok(x.ty)
}
hooks!(check_softmax => verify_softmax, infer_softmax);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::softmax),
        verify: Some(verify_softmax),
        infer: Some(infer_softmax),
        attributes: &[("axis", false, "the dimension normalised over (default `-1`)")],
        ..OpDef::new(
            "nn.softmax",
            "Softmax along an axis",
            "Operands: `x`, float elements, rank at least 1. Result: the type of `x`. Computes \
             `exp(x - max) / sum(exp(x - max))` along `axis`.",
        )
    }
}

/// `epsilon` must be a finite, non-negative float; it defaults to 1e-5.
fn check_epsilon(v: &OpView) -> ir::DiagResult<()> {
    if let Some(e) = v.float("epsilon")? {
        if !(e.is_finite() && e >= 0.0) {
            return Err(v.err(format!(
                "attribute 'epsilon' must be finite and non-negative, got {e}"
            )));
        }
    }
    Ok(())
}

/// A normalisation over dims `[axis, rank)` of operand 0, with per-element
/// parameters (`gamma`, `beta`) of shape `x.shape[axis:]` as the other operands.
fn check_normalisation(v: &OpView, params: &[&str]) -> ir::DiagResult<Type> {
    let n = params.len() + 1;
    v.operands(n, n)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Float)?;
    let axis = v.int("axis")?.unwrap_or(-1);
    let axis = v.axis("axis", axis, x.rank())?;
    check_epsilon(v)?;
    let want = &x.shape[axis..];
    for (i, name) in params.iter().enumerate().map(|(i, n)| (i + 1, n)) {
        let p = v.tensor(i, Elem::Float)?;
        v.same_elem(0, &x, i, &p)?;
        if p.shape != want {
            return Err(v.err(format!(
                "{name} (operand #{i}) must have shape {} (x.shape[axis:]), got {}",
                List(want),
                p.ty
            )));
        }
    }
    Ok(x.ty)
}

fn check_layer_norm(v: &OpView) -> ir::DiagResult<Type> {
    check_normalisation(v, &["gamma", "beta"])
}
hooks!(check_layer_norm => verify_layer_norm, infer_layer_norm);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::layer_norm),
        verify: Some(verify_layer_norm),
        infer: Some(infer_layer_norm),
        attributes: &[
            ("axis", false, "first normalised dimension; dims `[axis, rank)` are normalised (default `-1`)"),
            ("epsilon", false, "added to the variance (default `1e-5`)"),
        ],
        ..OpDef::new(
            "nn.layer_norm",
            "Layer normalisation",
            "Operands: `x`, `gamma`, `beta` (float, same element type); `gamma` and `beta` have \
             shape `x.shape[axis:]`. Result: the type of `x`. Normalises over dims \
             `[axis, rank)` with the biased variance, then computes `* gamma + beta`.",
        )
    }
}

fn check_rms_norm(v: &OpView) -> ir::DiagResult<Type> {
    check_normalisation(v, &["gamma"])
}
hooks!(check_rms_norm => verify_rms_norm, infer_rms_norm);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::layer_norm),
        verify: Some(verify_rms_norm),
        infer: Some(infer_rms_norm),
        attributes: &[
            ("axis", false, "first normalised dimension; dims `[axis, rank)` are normalised (default `-1`)"),
            ("epsilon", false, "added to the mean square (default `1e-6`)"),
        ],
        ..OpDef::new(
            "nn.rms_norm",
            "Root-mean-square normalisation (Llama, T5)",
            "Operands: `x`, `gamma` (float, same element type); `gamma` has shape              `x.shape[axis:]`. Result: the type of `x`. Computes              `x * rsqrt(mean(x * x) + epsilon) * gamma` with the mean over dims `[axis, rank)`.",
        )
    }
}

fn check_group_norm(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(3, 3)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Float)?;
    if x.rank() < 2 {
        return Err(v.err(format!(
            "operand #0 must have rank at least 2 ([N, C, ...]), got {}",
            x.ty
        )));
    }
    let groups = v.req_int("groups")?;
    let groups = v.positive("groups", groups)?;
    let c = x.shape[1];
    if c % groups != 0 {
        return Err(v.err(format!(
            "groups = {groups} does not divide the {c} channels"
        )));
    }
    check_epsilon(v)?;
    for (i, name) in [(1, "gamma"), (2, "beta")] {
        let p = v.tensor(i, Elem::Float)?;
        v.same_elem(0, &x, i, &p)?;
        if p.shape != [c] {
            return Err(v.err(format!(
                "{name} (operand #{i}) must have shape [{c}] ([C]), got {}",
                p.ty
            )));
        }
    }
    Ok(x.ty)
}
hooks!(check_group_norm => verify_group_norm, infer_group_norm);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::group_norm),
        verify: Some(verify_group_norm),
        infer: Some(infer_group_norm),
        attributes: &[
            ("groups", true, "number of channel groups `g`; must divide `C`"),
            ("epsilon", false, "added to the variance (default `1e-5`)"),
        ],
        ..OpDef::new(
            "nn.group_norm",
            "Group normalisation",
            "Operands: `x` `[N, C, ...]`, `gamma` `[C]`, `beta` `[C]` (float, same element type). \
             Result: the type of `x`. Normalises each group of `C/g` channels together with all \
             spatial dims (biased variance), then applies the per-channel affine.",
        )
    }
}
