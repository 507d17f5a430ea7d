//! The op suite on the MLIR CPU backend: one-op modules with the configurations of
//! `crates/runtime/tests/ops.rs` for convolution (padding, strides, dilations, groups,
//! bias), pooling (max and average with padding; integer max), upsampling, attention
//! (causal with Lq < Lk, scale, broadcast bias) and group norm, each compared with
//! the reference runtime (max |a - b| / max |reference| <= 1e-4).
mod common;
use common::max_rel_error;
use ir::{Context, Module};

fn parse(src: &str) -> Module {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let ctx = Context::new();
    let m = parse::parse_source(src, "op.mlir", &ctx).unwrap_or_else(|e| panic!("{e}\n{src}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}\n{src}"));
    m
}

fn ty(shape: &[usize], elem: &str) -> String {
    let mut s = String::from("tensor<");
    for d in shape {
        s.push_str(&format!("{d}x"));
    }
    format!("{s}{elem}>")
}

fn one_op(
    op: &str,
    attrs: &str,
    args: &[(Vec<usize>, &str)],
    result: (Vec<usize>, &str),
) -> String {
    let params: Vec<String> = args
        .iter()
        .enumerate()
        .map(|(i, (s, e))| format!("%a{i}: {}", ty(s, e)))
        .collect();
    let names: Vec<String> = (0..args.len()).map(|i| format!("%a{i}")).collect();
    let types: Vec<String> = args.iter().map(|(s, e)| ty(s, e)).collect();
    let rt = ty(&result.0, result.1);
    format!(
        "func.func @main({}) -> {rt} {{\n  %r = \"{op}\"({}) {{{attrs}}} : ({}) -> {rt}\n  func.return %r : {rt}\n}}\n",
        params.join(", "),
        names.join(", "),
        types.join(", ")
    )
}

/// Runs `src` on both backends with seeded random inputs; returns the error.
fn check(src: &str) -> f64 {
    let m = parse(src);
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 11).unwrap();
    let (_, reference) = runtime::run(&m, func, &inputs).unwrap_or_else(|e| panic!("{e}\n{src}"));
    let compiled = mlir::jit::Compiled::new(&m, 2).unwrap_or_else(|e| panic!("{e}\n{src}"));
    let outputs = compiled
        .run(&inputs)
        .unwrap_or_else(|e| panic!("{e}\n{src}"));
    let err = max_rel_error(&reference.outputs, &outputs);
    assert!(err <= 1e-4, "max relative error {err:e}\n{src}");
    err
}

#[test]
fn conv2d_padding_stride_dilation_groups_bias() {
    type Case = (
        [usize; 4],
        [usize; 4],
        [usize; 2],
        [usize; 4],
        [usize; 2],
        usize,
        bool,
    );
    let cases: [Case; 6] = [
        (
            [1, 2, 5, 5],
            [3, 2, 3, 3],
            [1, 1],
            [0, 0, 0, 0],
            [1, 1],
            1,
            false,
        ),
        (
            [2, 2, 6, 7],
            [4, 2, 3, 3],
            [1, 1],
            [1, 1, 1, 1],
            [1, 1],
            1,
            true,
        ),
        (
            [1, 3, 7, 6],
            [2, 3, 3, 2],
            [2, 3],
            [1, 0, 2, 1],
            [1, 1],
            1,
            true,
        ),
        (
            [1, 2, 9, 9],
            [2, 2, 3, 3],
            [1, 2],
            [2, 2, 2, 2],
            [2, 3],
            1,
            false,
        ),
        (
            [2, 4, 5, 5],
            [6, 2, 3, 3],
            [2, 2],
            [1, 2, 0, 1],
            [1, 1],
            2,
            true,
        ),
        (
            [1, 6, 6, 6],
            [6, 1, 3, 3],
            [1, 1],
            [1, 1, 1, 1],
            [1, 1],
            6,
            false,
        ),
    ];
    for (xs, ws, st, pad, dil, groups, with_bias) in cases {
        let oh = (xs[2] + pad[0] + pad[2] - dil[0] * (ws[2] - 1) - 1) / st[0] + 1;
        let ow = (xs[3] + pad[1] + pad[3] - dil[1] * (ws[3] - 1) - 1) / st[1] + 1;
        let so = vec![xs[0], ws[0], oh, ow];
        let attrs = format!(
            "strides = array<i64: {}, {}>, padding = array<i64: {}, {}, {}, {}>, dilations = array<i64: {}, {}>, groups = {groups} : i64",
            st[0], st[1], pad[0], pad[1], pad[2], pad[3], dil[0], dil[1]
        );
        let mut args = vec![(xs.to_vec(), "f32"), (ws.to_vec(), "f32")];
        if with_bias {
            args.push((vec![ws[0]], "f32"));
        }
        let err = check(&one_op("nn.conv2d", &attrs, &args, (so, "f32")));
        eprintln!("conv2d {xs:?} {ws:?} groups {groups}: {err:e}");
    }
}

#[test]
fn pooling_with_padding() {
    let xs = [1, 2, 5, 6];
    for (kernel, stride, pad) in [
        ([2, 2], [2, 2], [0, 0, 0, 0]),
        ([3, 3], [2, 2], [1, 1, 1, 1]),
        ([3, 2], [1, 2], [2, 0, 1, 1]),
    ] {
        let oh = (xs[2] + pad[0] + pad[2] - kernel[0]) / stride[0] + 1;
        let ow = (xs[3] + pad[1] + pad[3] - kernel[1]) / stride[1] + 1;
        let so = vec![1, 2, oh, ow];
        let attrs = format!(
            "kernel = array<i64: {}, {}>, strides = array<i64: {}, {}>, padding = array<i64: {}, {}, {}, {}>",
            kernel[0], kernel[1], stride[0], stride[1], pad[0], pad[1], pad[2], pad[3]
        );
        for op in ["nn.max_pool2d", "nn.avg_pool2d"] {
            check(&one_op(
                op,
                &attrs,
                &[(xs.to_vec(), "f32")],
                (so.clone(), "f32"),
            ));
        }
        for elem in ["i32", "i64"] {
            check(&one_op(
                "nn.max_pool2d",
                &attrs,
                &[(xs.to_vec(), elem)],
                (so.clone(), elem),
            ));
        }
    }
    // Default strides (= kernel).
    check(&one_op(
        "nn.avg_pool2d",
        "kernel = array<i64: 2, 3>",
        &[(vec![2, 3, 4, 6], "f32")],
        (vec![2, 3, 2, 2], "f32"),
    ));
}

#[test]
fn upsample_nearest() {
    for (elem, s) in [("f32", 2usize), ("i64", 3)] {
        check(&one_op(
            "nn.upsample_nearest2d",
            &format!("scale = {s} : i64"),
            &[(vec![1, 2, 3, 4], elem)],
            (vec![1, 2, 3 * s, 4 * s], elem),
        ));
    }
}

#[test]
fn attention_causal_scale_bias() {
    let (bh, lq, lk, d, dv) = ([2usize, 3], 5, 9, 4, 6);
    let qs = vec![bh[0], bh[1], lq, d];
    let ks = vec![bh[0], bh[1], lk, d];
    let vs = vec![bh[0], bh[1], lk, dv];
    let so = vec![bh[0], bh[1], lq, dv];
    for (causal, scale, bias) in [
        (true, None, None),
        (false, Some(0.3), None),
        (true, Some(0.7), Some(vec![1, 3, 1, lk])),
        (false, None, Some(vec![lq, lk])),
    ] {
        let mut attrs = format!("causal = {causal}");
        if let Some(s) = scale {
            attrs.push_str(&format!(", scale = {s:?} : f32"));
        }
        let mut args = vec![
            (qs.clone(), "f32"),
            (ks.clone(), "f32"),
            (vs.clone(), "f32"),
        ];
        if let Some(b) = bias {
            args.push((b, "f32"));
        }
        let err = check(&one_op("nn.attention", &attrs, &args, (so.clone(), "f32")));
        eprintln!("attention causal={causal} scale={scale:?}: {err:e}");
    }
    // Rank 3, Lq == Lk, causal.
    check(&one_op(
        "nn.attention",
        "causal = true",
        &[
            (vec![2, 7, 8], "f32"),
            (vec![2, 7, 8], "f32"),
            (vec![2, 7, 8], "f32"),
        ],
        (vec![2, 7, 8], "f32"),
    ));
}

#[test]
fn group_norm_with_and_without_spatial_dims() {
    for (shape, groups) in [
        (vec![2, 6, 3, 2], 3),
        (vec![3, 4], 2),
        (vec![1, 8, 2, 2, 2], 8),
    ] {
        let c = shape[1];
        check(&one_op(
            "nn.group_norm",
            &format!("groups = {groups} : i64, epsilon = 1.0e-3 : f32"),
            &[(shape.clone(), "f32"), (vec![c], "f32"), (vec![c], "f32")],
            (shape, "f32"),
        ));
    }
}
