//! Result-type rules of every op family, built through the IR API.
mod common;
use common::*;
use ir::{Attribute, Type};

#[test]
fn unary_ops_keep_the_operand_type() {
    for name in [
        "nn.neg",
        "nn.exp",
        "nn.log",
        "nn.sqrt",
        "nn.rsqrt",
        "nn.tanh",
        "nn.sigmoid",
        "nn.silu",
        "nn.erf",
    ] {
        assert_eq!(infer(name, &[f(&[2, 3])], &[]), Ok(f(&[2, 3])), "{name}");
    }
    assert_eq!(infer("nn.relu", &[i32t(&[4])], &[]), Ok(i32t(&[4])));
    assert_eq!(infer("nn.abs", &[f(&[])], &[]), Ok(f(&[])));
    assert_eq!(
        infer("nn.gelu", &[f(&[4])], &[("approximate", s("tanh"))]),
        Ok(f(&[4]))
    );
    assert_eq!(infer("nn.gelu", &[f(&[4])], &[]), Ok(f(&[4])));
}

#[test]
fn binary_ops_broadcast_from_the_right() {
    assert_eq!(
        infer("nn.add", &[f(&[1, 2048, 4096]), f(&[4096])], &[]),
        Ok(f(&[1, 2048, 4096]))
    );
    assert_eq!(
        infer("nn.mul", &[f(&[2, 1, 4]), f(&[3, 1])], &[]),
        Ok(f(&[2, 3, 4]))
    );
    assert_eq!(infer("nn.sub", &[f(&[]), f(&[5])], &[]), Ok(f(&[5])));
    assert_eq!(
        infer("nn.max", &[i64t(&[3]), i64t(&[1])], &[]),
        Ok(i64t(&[3]))
    );
    assert_eq!(
        infer("nn.pow", &[f(&[3, 1]), f(&[1, 3])], &[]),
        Ok(f(&[3, 3]))
    );
    let e = infer_err("nn.div", &[f(&[2]), f(&[3])], &[]);
    assert!(e.contains("are not broadcast-compatible"), "{e}");
}

#[test]
fn compare_and_select() {
    let t = infer(
        "nn.compare",
        &[f(&[4, 1]), f(&[3])],
        &[("direction", s("LT"))],
    );
    assert_eq!(t, Ok(i1t(&[4, 3])));
    let t = infer("nn.select", &[i1t(&[4, 1]), f(&[3]), f(&[1])], &[]);
    assert_eq!(t, Ok(f(&[4, 3])));
}

#[test]
fn matmul_broadcasts_batch_dims() {
    assert_eq!(
        infer("nn.matmul", &[f(&[1, 2048, 1024]), f(&[1024, 4096])], &[]),
        Ok(f(&[1, 2048, 4096]))
    );
    assert_eq!(
        infer("nn.matmul", &[f(&[2, 1, 3, 4]), f(&[5, 4, 6])], &[]),
        Ok(f(&[2, 5, 3, 6]))
    );
    assert_eq!(
        infer("nn.matmul", &[f(&[3, 4]), f(&[4, 6])], &[]),
        Ok(f(&[3, 6]))
    );
    let e = infer_err("nn.matmul", &[f(&[2, 3, 4]), f(&[3, 4, 6])], &[]);
    assert!(
        e.contains("batch dimensions [2] and [3] are not broadcast-compatible"),
        "{e}"
    );
}

#[test]
fn dot_general_orders_batch_then_lhs_free_then_rhs_free() {
    // a [B=2, M=3, K=4], b [K=4, B=2, N=5] -> [2, 3, 5]
    let t = infer(
        "nn.dot_general",
        &[f(&[2, 3, 4]), f(&[4, 2, 5])],
        &[
            ("lhs_batching_dimensions", ints(&[0])),
            ("rhs_batching_dimensions", ints(&[1])),
            ("lhs_contracting_dimensions", ints(&[2])),
            ("rhs_contracting_dimensions", list(&[0])),
        ],
    );
    assert_eq!(t, Ok(f(&[2, 3, 5])));
    // Free dims keep their order; batch dims follow the listed order; negative axes work.
    let t = infer(
        "nn.dot_general",
        &[f(&[7, 2, 3, 4]), f(&[3, 2, 4, 9])],
        &[
            ("lhs_batching_dimensions", ints(&[2, 1])),
            ("rhs_batching_dimensions", ints(&[0, 1])),
            ("lhs_contracting_dimensions", ints(&[-1])),
            ("rhs_contracting_dimensions", ints(&[2])),
        ],
    );
    assert_eq!(t, Ok(f(&[3, 2, 7, 9])));
    // No dimension numbers: an outer product.
    assert_eq!(
        infer("nn.dot_general", &[f(&[2]), f(&[3])], &[]),
        Ok(f(&[2, 3]))
    );
}

#[test]
fn reductions_with_keepdims_and_negative_axes() {
    let x = f(&[2, 3, 4]);
    assert_eq!(
        infer(
            "nn.reduce_sum",
            std::slice::from_ref(&x),
            &[("axes", ints(&[-1]))]
        ),
        Ok(f(&[2, 3]))
    );
    assert_eq!(
        infer(
            "nn.reduce_max",
            std::slice::from_ref(&x),
            &[
                ("axes", list(&[0, -1])),
                ("keepdims", Attribute::Bool(true))
            ]
        ),
        Ok(f(&[1, 3, 1]))
    );
    assert_eq!(
        infer(
            "nn.reduce_mean",
            std::slice::from_ref(&x),
            &[("axes", ints(&[1, 0, 2]))]
        ),
        Ok(f(&[]))
    );
    assert_eq!(
        infer(
            "nn.reduce_sum",
            std::slice::from_ref(&x),
            &[("axes", ints(&[]))]
        ),
        Ok(x)
    );
}

#[test]
fn norms_keep_the_input_type() {
    let x = f(&[2, 8, 16]);
    assert_eq!(
        infer("nn.softmax", std::slice::from_ref(&x), &[]),
        Ok(x.clone())
    );
    assert_eq!(
        infer("nn.softmax", std::slice::from_ref(&x), &[("axis", int(1))]),
        Ok(x.clone())
    );
    assert_eq!(
        infer(
            "nn.layer_norm",
            &[x.clone(), f(&[8, 16]), f(&[8, 16])],
            &[("axis", int(-2)), ("epsilon", Attribute::f32(1e-6))]
        ),
        Ok(x.clone())
    );
    assert_eq!(
        infer("nn.layer_norm", &[x.clone(), f(&[16]), f(&[16])], &[]),
        Ok(x.clone())
    );
    assert_eq!(
        infer(
            "nn.group_norm",
            &[x.clone(), f(&[8]), f(&[8])],
            &[("groups", int(4))]
        ),
        Ok(x)
    );
}

#[test]
fn data_movement() {
    assert_eq!(
        check_with("nn.reshape", &[f(&[2, 6])], &[], &[f(&[3, 4])]),
        Ok(vec![f(&[3, 4])])
    );
    assert_eq!(
        infer(
            "nn.transpose",
            &[f(&[2, 3, 4])],
            &[("permutation", ints(&[2, 0, 1]))]
        ),
        Ok(f(&[4, 2, 3]))
    );
    assert_eq!(
        check_with(
            "nn.broadcast_in_dim",
            &[f(&[3, 1])],
            &[("broadcast_dimensions", list(&[1, 2]))],
            &[f(&[2, 3, 4])]
        ),
        Ok(vec![f(&[2, 3, 4])])
    );
    assert_eq!(
        infer(
            "nn.concat",
            &[f(&[2, 3]), f(&[2, 5]), f(&[2, 1])],
            &[("dimension", int(-1))]
        ),
        Ok(f(&[2, 9]))
    );
    assert_eq!(
        infer("nn.concat", &[f(&[2, 3])], &[("dimension", int(0))]),
        Ok(f(&[2, 3]))
    );
}

#[test]
fn slice_with_strides_rounds_up() {
    let t = infer(
        "nn.slice",
        &[f(&[10, 8])],
        &[
            ("start_indices", ints(&[1, 0])),
            ("limit_indices", ints(&[10, 8])),
            ("strides", ints(&[3, 8])),
        ],
    );
    assert_eq!(t, Ok(f(&[3, 1])));
    let t = infer(
        "nn.slice",
        &[f(&[10])],
        &[("start_indices", ints(&[4])), ("limit_indices", ints(&[4]))],
    );
    assert_eq!(t, Ok(f(&[0])));
}

#[test]
fn constants_iota_and_convert_check_the_written_type() {
    let value = Attribute::Dense {
        ty: f(&[2]),
        data: ir::DenseElements::Splat(ir::Scalar::Float(1.0)),
    };
    assert_eq!(
        check_with("nn.constant", &[], &[("value", value)], &[f(&[2])]),
        Ok(vec![f(&[2])])
    );
    assert_eq!(
        check_with("nn.iota", &[], &[("dimension", int(-1))], &[i64t(&[2, 3])]),
        Ok(vec![i64t(&[2, 3])])
    );
    assert_eq!(
        check_with("nn.convert", &[f(&[2, 3])], &[], &[i32t(&[2, 3])]),
        Ok(vec![i32t(&[2, 3])])
    );
}

#[test]
fn embedding_appends_the_row_width() {
    assert_eq!(
        infer("nn.embedding", &[f(&[1000, 64]), i64t(&[2, 7])], &[]),
        Ok(f(&[2, 7, 64]))
    );
    assert_eq!(
        infer("nn.embedding", &[f(&[10, 4]), i32t(&[])], &[]),
        Ok(f(&[4]))
    );
}

#[test]
fn conv2d_output_geometry() {
    // Plain 3x3, no padding: 32 - 3 + 1 = 30.
    assert_eq!(
        infer("nn.conv2d", &[f(&[1, 3, 32, 32]), f(&[8, 3, 3, 3])], &[]),
        Ok(f(&[1, 8, 30, 30]))
    );
    // Stride 2, padding 1 on all sides, with bias: (32 + 2 - 3) / 2 + 1 = 16.
    assert_eq!(
        infer(
            "nn.conv2d",
            &[f(&[2, 3, 32, 32]), f(&[8, 3, 3, 3]), f(&[8])],
            &[("strides", ints(&[2, 2])), ("padding", ints(&[1, 1, 1, 1]))]
        ),
        Ok(f(&[2, 8, 16, 16]))
    );
    // Dilation 2 (effective kernel 5), asymmetric padding, groups 4.
    // H: (20 + 0 + 2 - 5) / 1 + 1 = 18; W: (10 + 1 + 0 - 5) / 3 + 1 = 3.
    assert_eq!(
        infer(
            "nn.conv2d",
            &[f(&[1, 8, 20, 10]), f(&[12, 2, 3, 3])],
            &[
                ("strides", list(&[1, 3])),
                ("padding", list(&[0, 1, 2, 0])),
                ("dilations", ints(&[2, 2])),
                ("groups", int(4)),
            ]
        ),
        Ok(f(&[1, 12, 18, 3]))
    );
}

#[test]
fn pools_and_upsample() {
    assert_eq!(
        infer(
            "nn.max_pool2d",
            &[f(&[1, 4, 8, 8])],
            &[("kernel", ints(&[2, 2]))]
        ),
        Ok(f(&[1, 4, 4, 4]))
    );
    assert_eq!(
        infer(
            "nn.avg_pool2d",
            &[f(&[1, 4, 7, 7])],
            &[
                ("kernel", ints(&[3, 3])),
                ("strides", ints(&[2, 2])),
                ("padding", ints(&[1, 1, 1, 1]))
            ]
        ),
        Ok(f(&[1, 4, 4, 4]))
    );
    assert_eq!(
        infer(
            "nn.upsample_nearest2d",
            &[f(&[1, 4, 3, 5])],
            &[("scale", int(2))]
        ),
        Ok(f(&[1, 4, 6, 10]))
    );
}

#[test]
fn attention_shapes() {
    let q = f(&[2, 8, 16, 64]);
    let k = f(&[2, 8, 32, 64]);
    let v = f(&[2, 8, 32, 48]);
    assert_eq!(
        infer("nn.attention", &[q.clone(), k.clone(), v.clone()], &[]),
        Ok(f(&[2, 8, 16, 48]))
    );
    assert_eq!(
        infer(
            "nn.attention",
            &[q.clone(), k.clone(), v.clone(), f(&[1, 1, 16, 32])],
            &[
                ("causal", Attribute::Bool(true)),
                ("scale", Attribute::f32(0.125))
            ]
        ),
        Ok(f(&[2, 8, 16, 48]))
    );
    let e = infer_err("nn.attention", &[q, k, v, f(&[16, 16])], &[]);
    assert!(
        e.contains("does not broadcast to the scores shape [2, 8, 16, 32]"),
        "{e}"
    );
}

#[test]
fn byte_size_overflow_is_an_error() {
    // Each operand is 16 GiB, but the broadcast result has 2^64 elements.
    let big = 1i64 << 32;
    let e = infer_err("nn.add", &[f(&[big, 1]), f(&[1, big])], &[]);
    assert!(e.contains("inferred result type tensor<4294967296x4294967296xf32> has a byte size that overflows u64"), "{e}");
    let e = infer_err("nn.neg", &[f(&[big, big])], &[]);
    assert!(
        e.contains(
            "operand #0 type tensor<4294967296x4294967296xf32> has a byte size that overflows u64"
        ),
        "{e}"
    );
    let e = check_err(
        "nn.reshape",
        &[f(&[4])],
        &[],
        &[Type::tensor(&[big, big], Type::f32())],
    );
    assert!(
        e.contains(
            "result type tensor<4294967296x4294967296xf32> has a byte size that overflows u64"
        ),
        "{e}"
    );
}

#[test]
fn result_type_mismatch_uses_the_core_wording() {
    let e = check_err("nn.add", &[f(&[4]), f(&[4])], &[], &[f(&[5])]);
    assert_eq!(
        e,
        "result type tensor<5xf32> does not match the inferred type tensor<4xf32>"
    );
}

#[test]
fn every_op_is_pure_and_traits_follow_the_spec() {
    let ctx = context();
    let defs: Vec<_> = ctx
        .op_defs()
        .into_iter()
        .filter(|d| d.dialect() == "nn")
        .collect();
    assert_eq!(
        defs.len(),
        45,
        "{:?}",
        defs.iter().map(|d| d.name).collect::<Vec<_>>()
    );
    for d in &defs {
        assert!(d.has_trait(ir::OpTrait::Pure), "{}", d.name);
        let commutative = matches!(d.name, "nn.add" | "nn.mul" | "nn.max" | "nn.min");
        assert_eq!(
            d.has_trait(ir::OpTrait::Commutative),
            commutative,
            "{}",
            d.name
        );
        let constant = matches!(d.name, "nn.constant" | "nn.iota");
        assert_eq!(
            d.has_trait(ir::OpTrait::ConstantLike),
            constant,
            "{}",
            d.name
        );
        assert!(d.verify.is_some() && d.infer.is_some(), "{}", d.name);
        assert!(
            !d.summary.is_empty() && !d.description.is_empty(),
            "{}",
            d.name
        );
    }
    assert!(ctx.dialect("nn").is_some());
}

#[test]
fn costs_of_contractions_and_elementwise_ops() {
    let ctx = context();
    let (mut m, b, a) = block(&[f(&[2, 3, 4]), f(&[4, 5]), f(&[4, 2, 5])]);
    let mm = append(&mut m, b, "nn.matmul", &[a[0], a[1]], &[], &[f(&[2, 3, 5])]);
    let cost = (ctx.op_def("nn.matmul").unwrap().cost.unwrap())(&m, mm);
    assert_eq!(
        cost,
        ir::OpCost {
            flops: 2 * 2 * 3 * 5 * 4,
            bytes_read: (24 + 20) * 4,
            bytes_written: 30 * 4
        }
    );
    let dg = append(
        &mut m,
        b,
        "nn.dot_general",
        &[a[0], a[2]],
        &[
            ("lhs_batching_dimensions", ints(&[0])),
            ("rhs_batching_dimensions", ints(&[1])),
            ("lhs_contracting_dimensions", ints(&[-1])),
            ("rhs_contracting_dimensions", ints(&[0])),
        ],
        &[f(&[2, 3, 5])],
    );
    let cost = (ctx.op_def("nn.dot_general").unwrap().cost.unwrap())(&m, dg);
    assert_eq!(cost.flops, 2 * 30 * 4);
    let add = append(&mut m, b, "nn.add", &[a[0], a[0]], &[], &[f(&[2, 3, 4])]);
    let cost = (ctx.op_def("nn.add").unwrap().cost.unwrap())(&m, add);
    assert_eq!(
        cost,
        ir::OpCost {
            flops: 24,
            bytes_read: 192,
            bytes_written: 96
        }
    );
}
