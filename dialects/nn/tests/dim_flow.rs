//! Dimension-flow rules: every op has one, and the rules say what the autochunk
//! search relies on.
mod common;
use common::*;
use ir::{Attribute, DimFlow, Type};

/// Builds `name` over operands of `types` with a correctly inferred (or given)
/// result, and returns its dimension flow.
fn flow(
    name: &str,
    operands: &[Type],
    attrs: &[(&str, Attribute)],
    result: Option<Type>,
) -> DimFlow {
    let ctx = context();
    let def = ctx
        .op_def(name)
        .unwrap_or_else(|| panic!("{name} is not registered"));
    let (mut m, b, args) = block(operands);
    let result = result.unwrap_or_else(|| infer(name, operands, attrs).expect("valid op"));
    let op = append(&mut m, b, name, &args, attrs, &[result]);
    (def.verify.expect("verify"))(&m, op).expect("valid op");
    (def.dim_flow
        .unwrap_or_else(|| panic!("{name} has no dim_flow")))(&m, op)
    .expect("a rule")
}

#[test]
fn every_nn_op_has_a_dimension_flow_rule() {
    let ctx = context();
    let missing: Vec<_> = ctx
        .op_defs()
        .into_iter()
        .filter(|d| d.name.starts_with("nn.") && d.dim_flow.is_none())
        .map(|d| d.name)
        .collect();
    assert!(
        missing.is_empty(),
        "ops without a dim_flow rule: {missing:?}"
    );
}

#[test]
fn broadcasting_maps_equal_dims_and_not_expanded_ones() {
    let d = flow("nn.add", &[f(&[2, 8, 4]), f(&[4])], &[], None);
    assert_eq!(
        d.results[0],
        vec![vec![(0, 0)], vec![(0, 1)], vec![(0, 2), (1, 0)]]
    );
    let d = flow("nn.mul", &[f(&[2, 1, 4]), f(&[3, 1])], &[], None);
    assert_eq!(d.results[0], vec![vec![(0, 0)], vec![(1, 0)], vec![(0, 2)]]);
    assert!(d.computes_across.is_empty());
}

#[test]
fn matmul_contracts_k_and_broadcasts_batches() {
    let d = flow("nn.matmul", &[f(&[2, 16, 8]), f(&[8, 4])], &[], None);
    assert_eq!(d.results[0], vec![vec![(0, 0)], vec![(0, 1)], vec![(1, 1)]]);
    assert_eq!(d.computes_across, vec![(0, 2), (1, 0)]);
}

#[test]
fn dot_general_orders_batch_then_free_dims() {
    let attrs = [
        ("lhs_batching_dimensions", ints(&[1])),
        ("rhs_batching_dimensions", ints(&[0])),
        ("lhs_contracting_dimensions", ints(&[2])),
        ("rhs_contracting_dimensions", ints(&[1])),
    ];
    // a [M=3, B=2, K=5], b [B=2, K=5, N=7] -> [B, M, N]
    let d = flow(
        "nn.dot_general",
        &[f(&[3, 2, 5]), f(&[2, 5, 7])],
        &attrs,
        None,
    );
    assert_eq!(
        d.results[0],
        vec![vec![(0, 1), (1, 0)], vec![(0, 0)], vec![(1, 2)]]
    );
    assert_eq!(d.computes_across, vec![(0, 2), (1, 1)]);
}

#[test]
fn reductions_softmax_and_norms_compute_across_their_axes() {
    let d = flow(
        "nn.reduce_sum",
        &[f(&[2, 3, 4])],
        &[("axes", ints(&[-1])), ("keepdims", Attribute::Bool(true))],
        None,
    );
    assert_eq!(d.results[0], vec![vec![(0, 0)], vec![(0, 1)], vec![]]);
    assert_eq!(d.computes_across, vec![(0, 2)]);
    let d = flow("nn.softmax", &[f(&[2, 3])], &[("axis", int(0))], None);
    assert_eq!(d.computes_across, vec![(0, 0)]);
    let d = flow(
        "nn.layer_norm",
        &[f(&[2, 3, 4]), f(&[4]), f(&[4])],
        &[],
        None,
    );
    assert_eq!(d.results[0][0], vec![(0, 0)]);
    assert!(d.computes_across.contains(&(0, 2)) && !d.computes_across.contains(&(0, 1)));
    let d = flow(
        "nn.group_norm",
        &[f(&[2, 4, 3, 3]), f(&[4]), f(&[4])],
        &[("groups", int(2))],
        None,
    );
    assert_eq!(d.results[0][0], vec![(0, 0)]);
    assert!(d.computes_across.contains(&(0, 1)));
}

#[test]
fn reshape_keeps_one_to_one_dims_only() {
    // [2048, 1024] -> [1, 2048, 16, 64]: the sequence dim survives, the head split does not.
    let d = flow(
        "nn.reshape",
        &[f(&[2048, 1024])],
        &[],
        Some(f(&[1, 2048, 16, 64])),
    );
    assert_eq!(d.results[0], vec![vec![], vec![(0, 0)], vec![], vec![]]);
    assert_eq!(d.computes_across, vec![(0, 1)]);
    // [6, 4] -> [24]: a merge maps nothing.
    let d = flow("nn.reshape", &[f(&[6, 4])], &[], Some(f(&[24])));
    assert_eq!(d.results[0], vec![vec![]]);
    assert_eq!(d.computes_across, vec![(0, 0), (0, 1)]);
}

#[test]
fn transpose_broadcast_slice_concat() {
    let d = flow(
        "nn.transpose",
        &[f(&[2, 3, 4])],
        &[("permutation", ints(&[2, 0, 1]))],
        None,
    );
    assert_eq!(d.results[0], vec![vec![(0, 2)], vec![(0, 0)], vec![(0, 1)]]);
    let d = flow(
        "nn.broadcast_in_dim",
        &[f(&[1, 4])],
        &[("broadcast_dimensions", ints(&[0, 2]))],
        Some(f(&[3, 5, 4])),
    );
    assert_eq!(d.results[0], vec![vec![], vec![], vec![(0, 1)]]);
    let d = flow(
        "nn.slice",
        &[f(&[4, 6])],
        &[
            ("start_indices", ints(&[0, 1])),
            ("limit_indices", ints(&[4, 5])),
        ],
        None,
    );
    assert_eq!(d.results[0][0], vec![(0, 0)]);
    assert_eq!(d.computes_across, vec![(0, 1)]);
    let d = flow(
        "nn.concat",
        &[f(&[2, 3]), f(&[2, 5])],
        &[("dimension", int(1))],
        None,
    );
    assert_eq!(d.results[0], vec![vec![(0, 0), (1, 0)], vec![]]);
    assert_eq!(d.computes_across, vec![(0, 1), (1, 1)]);
}

#[test]
fn iota_is_positional_along_its_dimension() {
    let d = flow(
        "nn.iota",
        &[],
        &[("dimension", int(1))],
        Some(i64t(&[4, 8])),
    );
    assert_eq!(d.positional, vec![(0, 1)]);
    assert_eq!(d.results[0], vec![vec![], vec![]]);
}

#[test]
fn embedding_conv_pool_attention() {
    let d = flow("nn.embedding", &[f(&[100, 8]), i32t(&[2, 5])], &[], None);
    assert_eq!(d.results[0], vec![vec![(1, 0)], vec![(1, 1)], vec![(0, 1)]]);
    assert_eq!(d.computes_across, vec![(0, 0)]);

    let d = flow(
        "nn.conv2d",
        &[f(&[2, 3, 8, 8]), f(&[4, 3, 3, 3])],
        &[],
        None,
    );
    assert_eq!(
        d.results[0],
        vec![vec![(0, 0)], vec![(1, 0)], vec![], vec![]]
    );
    assert!(d.computes_across.contains(&(0, 1)) && d.computes_across.contains(&(0, 2)));

    let d = flow(
        "nn.max_pool2d",
        &[f(&[2, 3, 8, 8])],
        &[("kernel", ints(&[2, 2]))],
        None,
    );
    assert_eq!(d.results[0][1], vec![(0, 1)]);
    assert_eq!(d.computes_across, vec![(0, 2), (0, 3)]);

    let q = f(&[2, 16, 8]);
    let kv = f(&[2, 32, 8]);
    let d = flow(
        "nn.attention",
        &[q.clone(), kv.clone(), kv.clone()],
        &[],
        None,
    );
    assert_eq!(d.results[0][1], vec![(0, 1)], "query rows are independent");
    assert!(
        d.computes_across.contains(&(1, 1)),
        "keys are attended across"
    );
    let d = flow(
        "nn.attention",
        &[q, kv.clone(), kv],
        &[("causal", Attribute::Bool(true))],
        None,
    );
    assert!(
        d.results[0][1].is_empty() && d.computes_across.contains(&(0, 1)),
        "causal rows depend on their absolute position"
    );
}
