//! Verifier diagnostics: the exact text users see, kept as insta snapshots so a
//! wording change is a reviewed change.
mod common;
use common::*;
use ir::{Attribute, Type};

/// One malformed op: name, operand types, attributes, written result types.
type Case = (
    &'static str,
    Vec<Type>,
    Vec<(&'static str, Attribute)>,
    Vec<Type>,
);

fn message(case: &Case) -> String {
    let (name, operands, attrs, results) = case;
    check_err(name, operands, attrs, results)
}

#[test]
fn transpose_rejects_a_non_permutation() {
    let e = check_err(
        "nn.transpose",
        &[f(&[2, 3])],
        &[("permutation", list(&[0, 0]))],
        &[f(&[2, 2])],
    );
    insta::assert_snapshot!("transpose_not_a_permutation", e);
}

#[test]
fn conv2d_groups_must_divide_channels() {
    let e = check_err(
        "nn.conv2d",
        &[f(&[1, 6, 8, 8]), f(&[4, 2, 3, 3])],
        &[("groups", int(4))],
        &[f(&[1, 4, 6, 6])],
    );
    insta::assert_snapshot!("conv2d_groups_do_not_divide", e);
}

#[test]
fn softmax_axis_out_of_range() {
    let e = check_err(
        "nn.softmax",
        &[f(&[2, 3])],
        &[("axis", int(-3))],
        &[f(&[2, 3])],
    );
    insta::assert_snapshot!("softmax_axis_out_of_range", e);
}

/// One case per family of errors, as a reviewable catalogue.
#[test]
fn diagnostic_catalogue() {
    let big = 1i64 << 32;
    let cases: Vec<Case> = vec![
        ("nn.add", vec![f(&[4])], vec![], vec![f(&[4])]),
        ("nn.add", vec![f(&[4]), f(&[4])], vec![], vec![]),
        ("nn.neg", vec![Type::f32()], vec![], vec![Type::f32()]),
        (
            "nn.neg",
            vec![f(&[ir::types::DYNAMIC])],
            vec![],
            vec![f(&[4])],
        ),
        (
            "nn.neg",
            vec![Type::tensor(&[4], Type::Float(ir::types::FloatKind::F64))],
            vec![],
            vec![f(&[4])],
        ),
        ("nn.exp", vec![i32t(&[4])], vec![], vec![i32t(&[4])]),
        ("nn.add", vec![f(&[4]), i32t(&[4])], vec![], vec![f(&[4])]),
        (
            "nn.mul",
            vec![f(&[2, 3]), f(&[4])],
            vec![],
            vec![f(&[2, 3])],
        ),
        (
            "nn.mul",
            vec![f(&[big, 1]), f(&[1, big])],
            vec![],
            vec![f(&[1])],
        ),
        (
            "nn.gelu",
            vec![f(&[4])],
            vec![("approximate", s("fast"))],
            vec![f(&[4])],
        ),
        (
            "nn.compare",
            vec![f(&[4]), f(&[4])],
            vec![],
            vec![i1t(&[4])],
        ),
        (
            "nn.compare",
            vec![f(&[4]), f(&[4])],
            vec![("direction", s("LTE"))],
            vec![i1t(&[4])],
        ),
        (
            "nn.select",
            vec![f(&[4]), f(&[4]), f(&[4])],
            vec![],
            vec![f(&[4])],
        ),
        (
            "nn.select",
            vec![i1t(&[3]), f(&[4]), f(&[4])],
            vec![],
            vec![f(&[4])],
        ),
        (
            "nn.constant",
            vec![],
            vec![("value", int(1))],
            vec![f(&[2])],
        ),
        (
            "nn.iota",
            vec![],
            vec![("dimension", int(2))],
            vec![i64t(&[4, 4])],
        ),
        ("nn.convert", vec![f(&[4])], vec![], vec![i32t(&[5])]),
        (
            "nn.matmul",
            vec![f(&[4]), f(&[4, 4])],
            vec![],
            vec![f(&[4])],
        ),
        (
            "nn.matmul",
            vec![f(&[2, 3]), f(&[4, 5])],
            vec![],
            vec![f(&[2, 5])],
        ),
        (
            "nn.dot_general",
            vec![f(&[2, 3]), f(&[3, 2])],
            vec![
                ("lhs_contracting_dimensions", ints(&[1])),
                ("rhs_contracting_dimensions", ints(&[])),
            ],
            vec![f(&[2])],
        ),
        (
            "nn.dot_general",
            vec![f(&[2, 3]), f(&[4, 2])],
            vec![
                ("lhs_contracting_dimensions", ints(&[1])),
                ("rhs_contracting_dimensions", ints(&[0])),
            ],
            vec![f(&[2, 2])],
        ),
        ("nn.reduce_sum", vec![f(&[2, 3])], vec![], vec![f(&[2])]),
        (
            "nn.reduce_sum",
            vec![f(&[2, 3])],
            vec![("axes", ints(&[1, -1]))],
            vec![f(&[2])],
        ),
        (
            "nn.reduce_sum",
            vec![f(&[2, 3])],
            vec![("axes", s("all"))],
            vec![f(&[2])],
        ),
        (
            "nn.reduce_max",
            vec![f(&[2, 3])],
            vec![("axes", ints(&[0])), ("keepdims", s("yes"))],
            vec![f(&[3])],
        ),
        (
            "nn.layer_norm",
            vec![f(&[2, 3]), f(&[2, 3]), f(&[3])],
            vec![],
            vec![f(&[2, 3])],
        ),
        (
            "nn.layer_norm",
            vec![f(&[2, 3]), f(&[3]), f(&[3])],
            vec![("epsilon", Attribute::f32(-1.0))],
            vec![f(&[2, 3])],
        ),
        (
            "nn.group_norm",
            vec![f(&[2, 6, 4]), f(&[6]), f(&[6])],
            vec![("groups", int(0))],
            vec![f(&[2, 6, 4])],
        ),
        ("nn.reshape", vec![f(&[2, 3])], vec![], vec![f(&[4, 2])]),
        (
            "nn.broadcast_in_dim",
            vec![f(&[3])],
            vec![("broadcast_dimensions", ints(&[0]))],
            vec![f(&[2, 3])],
        ),
        (
            "nn.slice",
            vec![f(&[4])],
            vec![("start_indices", ints(&[3])), ("limit_indices", ints(&[2]))],
            vec![f(&[0])],
        ),
        (
            "nn.slice",
            vec![f(&[4])],
            vec![
                ("start_indices", ints(&[0])),
                ("limit_indices", ints(&[4])),
                ("strides", ints(&[0])),
            ],
            vec![f(&[4])],
        ),
        (
            "nn.concat",
            vec![f(&[2, 3]), f(&[3, 3])],
            vec![("dimension", int(1))],
            vec![f(&[2, 6])],
        ),
        (
            "nn.embedding",
            vec![f(&[10, 4]), f(&[3])],
            vec![],
            vec![f(&[3, 4])],
        ),
        (
            "nn.conv2d",
            vec![f(&[1, 3, 2, 2]), f(&[4, 3, 3, 3])],
            vec![],
            vec![f(&[1, 4, 0, 0])],
        ),
        (
            "nn.conv2d",
            vec![f(&[1, 3, 8, 8]), f(&[4, 3, 3, 3])],
            vec![("padding", ints(&[1, 1]))],
            vec![f(&[1, 4, 6, 6])],
        ),
        (
            "nn.max_pool2d",
            vec![f(&[1, 3, 8, 8])],
            vec![("kernel", ints(&[2, 2])), ("padding", ints(&[2, 0, 0, 0]))],
            vec![f(&[1, 3, 5, 4])],
        ),
        (
            "nn.upsample_nearest2d",
            vec![f(&[1, 3, 8, 8])],
            vec![("scale", int(-2))],
            vec![f(&[1, 3, 8, 8])],
        ),
        (
            "nn.attention",
            vec![f(&[2, 4, 8]), f(&[2, 5, 16]), f(&[2, 5, 8])],
            vec![],
            vec![f(&[2, 4, 8])],
        ),
        (
            "nn.attention",
            vec![f(&[2, 6, 8]), f(&[2, 5, 8]), f(&[2, 5, 8])],
            vec![("causal", Attribute::Bool(true))],
            vec![f(&[2, 6, 8])],
        ),
        ("nn.add", vec![f(&[4]), f(&[4])], vec![], vec![f(&[5])]),
    ];
    let text: Vec<String> = cases.iter().map(message).collect();
    insta::assert_snapshot!("diagnostic_catalogue", text.join("\n"));
}

#[test]
fn rendered_diagnostics_point_at_the_op() {
    // The full rendering, location included, as printed on stderr.
    let ctx = context();
    let (mut m, b, a) = block(&[f(&[2, 3])]);
    let op = append(
        &mut m,
        b,
        "nn.slice",
        &a,
        &[("start_indices", ints(&[0]))],
        &[f(&[2, 3])],
    );
    let d = (ctx.op_def("nn.slice").unwrap().verify.unwrap())(&m, op).unwrap_err();
    insta::assert_snapshot!("slice_rendered", d.to_string());
}
