//! Canonicalization hooks: identity folds and small constant folding.
mod common;
use common::*;
use ir::{Attribute, DenseElements, Module, OpId, Scalar, Type, ValueId};

fn fold(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let ctx = context();
    let def = ctx.def_of(m, op).expect("registered");
    (def.fold.expect("fold hook"))(m, op)
}

fn dense(ty: Type, values: &[f64]) -> Attribute {
    let data = if values.len() == 1 {
        DenseElements::Splat(Scalar::Float(values[0]))
    } else {
        DenseElements::Elements(values.iter().map(|&v| Scalar::Float(v)).collect())
    };
    Attribute::Dense { ty, data }
}

/// Appends an `nn.constant` and returns its result.
fn constant(m: &mut Module, b: ir::BlockId, ty: Type, values: &[f64]) -> ValueId {
    let op = append(
        m,
        b,
        "nn.constant",
        &[],
        &[("value", dense(ty.clone(), values))],
        &[ty],
    );
    m.result(op, 0)
}

/// The `value` of the `nn.constant` defining `v`.
fn constant_value(m: &Module, v: ValueId) -> Attribute {
    let op = m.defining_op(v).expect("an op result");
    assert_eq!(m.name(op), "nn.constant");
    m.attr(op, "value").expect("value").clone()
}

#[test]
fn identity_reshape_transpose_broadcast_slice_concat_convert_fold_to_the_operand() {
    let (mut m, b, a) = block(&[f(&[2, 3])]);
    let x = a[0];
    let cases: Vec<(&str, Vec<(&str, Attribute)>)> = vec![
        ("nn.reshape", vec![]),
        ("nn.transpose", vec![("permutation", ints(&[0, 1]))]),
        (
            "nn.broadcast_in_dim",
            vec![("broadcast_dimensions", list(&[0, 1]))],
        ),
        (
            "nn.slice",
            vec![
                ("start_indices", ints(&[0, 0])),
                ("limit_indices", ints(&[2, 3])),
            ],
        ),
        ("nn.concat", vec![("dimension", int(1))]),
        ("nn.convert", vec![]),
    ];
    for (name, attrs) in cases {
        let op = append(&mut m, b, name, &[x], &attrs, &[f(&[2, 3])]);
        assert_eq!(fold(&mut m, op), Some(vec![x]), "{name}");
    }
}

#[test]
fn non_identities_do_not_fold() {
    let (mut m, b, a) = block(&[f(&[2, 3]), f(&[3, 3])]);
    let reshape = append(&mut m, b, "nn.reshape", &[a[0]], &[], &[f(&[3, 2])]);
    assert_eq!(fold(&mut m, reshape), None);
    let transpose = append(
        &mut m,
        b,
        "nn.transpose",
        &[a[1]],
        &[("permutation", ints(&[1, 0]))],
        &[f(&[3, 3])],
    );
    assert_eq!(fold(&mut m, transpose), None);
    let bcast = append(
        &mut m,
        b,
        "nn.broadcast_in_dim",
        &[a[0]],
        &[("broadcast_dimensions", ints(&[0, 1]))],
        &[f(&[2, 2, 3])],
    );
    assert_eq!(fold(&mut m, bcast), None);
    let slice = append(
        &mut m,
        b,
        "nn.slice",
        &[a[0]],
        &[
            ("start_indices", ints(&[0, 0])),
            ("limit_indices", ints(&[2, 3])),
            ("strides", ints(&[2, 1])),
        ],
        &[f(&[1, 3])],
    );
    assert_eq!(fold(&mut m, slice), None);
    // Not constant operands.
    let add = append(&mut m, b, "nn.add", &[a[0], a[0]], &[], &[f(&[2, 3])]);
    assert_eq!(fold(&mut m, add), None);
}

#[test]
fn binary_ops_on_constants_fold_with_broadcasting() {
    let (mut m, b, _) = block(&[]);
    let x = constant(&mut m, b, f(&[2, 2]), &[1.0, 2.0, 3.0, 4.0]);
    let y = constant(&mut m, b, f(&[2]), &[10.0, 20.0]);
    let add = append(&mut m, b, "nn.add", &[x, y], &[], &[f(&[2, 2])]);
    let out = fold(&mut m, add).expect("folds");
    assert_eq!(
        constant_value(&m, out[0]).to_string(),
        "dense<[[1.1e1, 2.2e1], [1.3e1, 2.4e1]]> : tensor<2x2xf32>"
    );
    // The new constant sits right before the folded op.
    assert_eq!(m.next_op(m.defining_op(out[0]).unwrap()), Some(add));

    let two = constant(&mut m, b, f(&[]), &[2.0]);
    let pow = append(&mut m, b, "nn.pow", &[x, two], &[], &[f(&[2, 2])]);
    let out = fold(&mut m, pow).expect("folds");
    assert_eq!(
        constant_value(&m, out[0]).to_string(),
        "dense<[[1.0, 4.0], [9.0, 1.6e1]]> : tensor<2x2xf32>"
    );
}

#[test]
fn unary_ops_on_constants_fold_and_splats_stay_splats() {
    let (mut m, b, _) = block(&[]);
    let x = constant(&mut m, b, f(&[4]), &[4.0]);
    let sqrt = append(&mut m, b, "nn.sqrt", &[x], &[], &[f(&[4])]);
    let out = fold(&mut m, sqrt).expect("folds");
    assert_eq!(
        constant_value(&m, out[0]).to_string(),
        "dense<2.0> : tensor<4xf32>"
    );

    let y = constant(&mut m, b, f(&[3]), &[-1.0, 0.0, 2.0]);
    let relu = append(&mut m, b, "nn.relu", &[y], &[], &[f(&[3])]);
    let out = fold(&mut m, relu).expect("folds");
    assert_eq!(
        constant_value(&m, out[0]).to_string(),
        "dense<[0.0, 0.0, 2.0]> : tensor<3xf32>"
    );

    let gelu = append(&mut m, b, "nn.gelu", &[y], &[], &[f(&[3])]);
    let out = fold(&mut m, gelu).expect("folds");
    let Attribute::Dense {
        data: DenseElements::Elements(v),
        ..
    } = constant_value(&m, out[0])
    else {
        panic!()
    };
    let got: Vec<f64> = v.iter().map(|s| s.as_f64()).collect();
    for (g, want) in got.iter().zip([-0.158_655_25, 0.0, 1.954_499_7]) {
        assert!((g - want).abs() < 1e-6, "{got:?}");
    }
}

#[test]
fn large_or_non_f32_constants_do_not_fold() {
    let (mut m, b, _) = block(&[]);
    let big = constant(&mut m, b, f(&[1025]), &[1.0]);
    let neg = append(&mut m, b, "nn.neg", &[big], &[], &[f(&[1025])]);
    assert_eq!(fold(&mut m, neg), None);

    let ity = i32t(&[2]);
    let value = Attribute::Dense {
        ty: ity.clone(),
        data: DenseElements::Splat(Scalar::Int(3)),
    };
    let c = append(
        &mut m,
        b,
        "nn.constant",
        &[],
        &[("value", value)],
        std::slice::from_ref(&ity),
    );
    let c = m.result(c, 0);
    let neg = append(&mut m, b, "nn.neg", &[c], &[], &[ity]);
    assert_eq!(fold(&mut m, neg), None);
}
