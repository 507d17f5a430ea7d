//! Reductions over a set of axes: `nn.reduce_sum`, `nn.reduce_max`, `nn.reduce_mean`.
use crate::helpers::{hooks, Elem, OpView};
use ir::{inventory, OpDef, Type};

fn check_reduce(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    // A mean divides, so it needs floats; sums and maxima also work on integers.
    let elem = if v.name() == "nn.reduce_mean" {
        Elem::Float
    } else {
        Elem::Numeric
    };
    let x = v.tensor(0, elem)?;
    let axes = v.req_ints("axes")?;
    let axes = v.axes("axes", &axes, x.rank())?;
    // Sums and maxima over nothing are their identities (0, and -inf or the integer
    // minimum); a mean over nothing is 0/0, refused rather than computed as NaN.
    let kept: i64 = (0..x.rank())
        .filter(|d| !axes.contains(d))
        .map(|d| x.shape[d])
        .product();
    if v.name() == "nn.reduce_mean" && kept > 0 {
        if let Some(&d) = axes.iter().find(|&&d| x.shape[d] == 0) {
            return Err(v.err(format!(
                "averages over dimension {d} of size 0: the mean of no elements is undefined"
            )));
        }
    }
    let keepdims = v.bool("keepdims")?.unwrap_or(false);
    let shape = (0..x.rank())
        .filter_map(|d| match (axes.contains(&d), keepdims) {
            (false, _) => Some(x.shape[d]),
            (true, true) => Some(1),
            (true, false) => None,
        })
        .collect();
    v.make_result(shape, x.elem)
}
hooks!(check_reduce => verify_reduce, infer_reduce);

const REDUCE: OpDef = OpDef {
    dim_flow: Some(crate::dim_flow::reduce),
    verify: Some(verify_reduce),
    infer: Some(infer_reduce),
    attributes: &[
        (
            "axes",
            true,
            "the dimensions reduced over; may be negative, no repeats; `[]` reduces nothing",
        ),
        (
            "keepdims",
            false,
            "keep reduced dimensions as size 1 (default `false`: drop them)",
        ),
    ],
    ..OpDef::new("", "", "")
};

macro_rules! reduce_op {
    ($name:literal, $summary:literal, $meaning:literal) => {
        inventory::submit! {
            OpDef {
                name: $name,
                summary: $summary,
                description: concat!(
                    "Operands: `x`. Result: the shape of `x` without the `axes` dimensions ",
                    "(or with them set to 1 when `keepdims`), same element type. ",
                    $meaning
                ),
                ..REDUCE
            }
        }
    };
}

reduce_op!(
    "nn.reduce_sum",
    "Sum over axes",
    "Each result element is the sum of its reduced elements (0 over no elements)."
);
reduce_op!(
    "nn.reduce_max",
    "Maximum over axes",
    "Each result element is the maximum of its reduced elements (over no elements, the \
     element type's lowest value: -inf for floats)."
);
reduce_op!(
    "nn.reduce_mean",
    "Mean over axes",
    "Each result element is the mean of its reduced elements; requires float elements. \
     A mean over a dimension of size 0 (with a non-empty result) is a verification error."
);
