//! Every nn op against an independent f64 reference written here (never by calling
//! the runtime's kernels), within 1e-5 relative. Every run also asserts that the
//! executor's measured memory equals the plan (see `common::try_run`).
#![allow(clippy::type_complexity, clippy::too_many_arguments)]
mod common;
use common::*;
use runtime::HostTensor;

/// erf by its Maclaurin series / continued fraction, in f64.
fn erf(x: f64) -> f64 {
    let a = x.abs();
    let r = if a < 3.0 {
        let (mut term, mut sum) = (a, a);
        for n in 1..200 {
            term *= -a * a / n as f64;
            sum += term / (2 * n + 1) as f64;
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        let mut cf = 0.0;
        for k in (1..80).rev() {
            cf = (k as f64 / 2.0) / (a + cf);
        }
        1.0 - (-a * a).exp() / std::f64::consts::PI.sqrt() / (a + cf)
    };
    r.copysign(x)
}

#[test]
fn unary_float_ops() {
    let shape = [3, 5];
    let x = HostTensor::f32(&shape, values(15, 1, 3.0));
    let pos = HostTensor::f32(
        &shape,
        values(15, 2, 1.0).iter().map(|v| v.abs() + 0.1).collect(),
    );
    let cases: &[(&str, &str, fn(f64) -> f64, bool)] = &[
        ("nn.neg", "", |v| -v, false),
        ("nn.abs", "", f64::abs, false),
        ("nn.exp", "", f64::exp, false),
        ("nn.log", "", f64::ln, true),
        ("nn.sqrt", "", f64::sqrt, true),
        ("nn.rsqrt", "", |v| 1.0 / v.sqrt(), true),
        ("nn.tanh", "", f64::tanh, false),
        ("nn.sigmoid", "", |v| 1.0 / (1.0 + (-v).exp()), false),
        ("nn.relu", "", |v| v.max(0.0), false),
        ("nn.silu", "", |v| v / (1.0 + (-v).exp()), false),
        ("nn.erf", "", erf, false),
        (
            "nn.gelu",
            "",
            |v| 0.5 * v * (1.0 + erf(v / 2f64.sqrt())),
            false,
        ),
        (
            "nn.gelu",
            "approximate = \"none\"",
            |v| 0.5 * v * (1.0 + erf(v / 2f64.sqrt())),
            false,
        ),
        (
            "nn.gelu",
            "approximate = \"tanh\"",
            |v| {
                0.5 * v
                    * (1.0
                        + ((2.0 / std::f64::consts::PI).sqrt() * (v + 0.044715 * v * v * v)).tanh())
            },
            false,
        ),
    ];
    for &(op, attrs, f, positive) in cases {
        let input = if positive { &pos } else { &x };
        let src = one_op(
            op,
            attrs,
            &[(shape.to_vec(), "f32")],
            (shape.to_vec(), "f32"),
        );
        let out = run_src(&src, std::slice::from_ref(input));
        let want: Vec<f64> = f64s(input).iter().map(|&v| f(v)).collect();
        assert_close(&out[0], &want, &shape);
    }
}

#[test]
fn unary_integer_ops() {
    for el in ["i32", "i64"] {
        let vals = vec![-3i64, 0, 7, -1, 5, i64::from(i32::MIN) + 1];
        let input = if el == "i32" {
            HostTensor::i32(&[6], vals.iter().map(|&v| v as i32).collect())
        } else {
            HostTensor::i64(&[6], vals.clone())
        };
        for (op, f) in [
            ("nn.neg", (|v: i64| -v) as fn(i64) -> i64),
            ("nn.abs", i64::abs),
            ("nn.relu", |v: i64| v.max(0)),
        ] {
            let out = run_src(
                &one_op(op, "", &[(vec![6], el)], (vec![6], el)),
                std::slice::from_ref(&input),
            );
            let want: Vec<f64> = vals.iter().map(|&v| f(v) as f64).collect();
            assert_exact(&out[0], &want, &[6]);
        }
    }
}

fn binary_ref(op: &str, a: f64, b: f64) -> f64 {
    match op {
        "nn.add" => a + b,
        "nn.sub" => a - b,
        "nn.mul" => a * b,
        "nn.div" => a / b,
        "nn.max" => a.max(b),
        "nn.min" => a.min(b),
        "nn.pow" => a.powf(b),
        _ => unreachable!(),
    }
}

#[test]
fn binary_float_ops_broadcast() {
    // [2, 1, 4] with [3, 1] -> [2, 3, 4]; a scalar rank-0 operand on either side;
    // rows contiguous in both (a bias), constant in one; large enough to run in
    // parallel (64 x 512).
    for (sa, sb, so) in [
        (vec![2, 1, 4], vec![3, 1], vec![2, 3, 4]),
        (vec![3, 4], vec![3, 4], vec![3, 4]),
        (vec![], vec![2, 2], vec![2, 2]),
        (vec![2, 3], vec![], vec![2, 3]),
        (vec![4, 1], vec![1, 5], vec![4, 5]),
        (vec![3, 4], vec![4], vec![3, 4]),
        (vec![3, 4], vec![3, 1], vec![3, 4]),
        (vec![3, 1], vec![3, 4], vec![3, 4]),
        (vec![64, 512], vec![512], vec![64, 512]),
        (vec![64, 512], vec![], vec![64, 512]),
        (vec![1, 1], vec![64, 512], vec![64, 512]),
    ] {
        let na: usize = sa.iter().product();
        let nb: usize = sb.iter().product();
        let a = HostTensor::f32(
            &sa,
            values(na, 3, 2.0).iter().map(|v| v.abs() + 0.5).collect(),
        );
        let b = HostTensor::f32(&sb, values(nb, 4, 2.0));
        for op in [
            "nn.add", "nn.sub", "nn.mul", "nn.div", "nn.max", "nn.min", "nn.pow",
        ] {
            let src = one_op(
                op,
                "",
                &[(sa.clone(), "f32"), (sb.clone(), "f32")],
                (so.clone(), "f32"),
            );
            let out = run_src(&src, &[a.clone(), b.clone()]);
            let (fa, fb) = (f64s(&a), f64s(&b));
            let n: usize = so.iter().product();
            let want: Vec<f64> = (0..n)
                .map(|i| {
                    let idx = unravel(i, &so);
                    binary_ref(op, fa[bcast_index(&idx, &sa)], fb[bcast_index(&idx, &sb)])
                })
                .collect();
            assert_close(&out[0], &want, &so);
        }
    }
}

#[test]
fn binary_integer_ops() {
    let a = HostTensor::i64(&[2, 3], vec![7, -7, 9, 2, 3, -2]);
    let b = HostTensor::i64(&[3], vec![2, 3, -4]);
    let cases: [(&str, fn(i64, i64) -> i64); 6] = [
        ("nn.add", |x, y| x + y),
        ("nn.sub", |x, y| x - y),
        ("nn.mul", |x, y| x * y),
        ("nn.div", |x, y| x / y), // truncates toward zero
        ("nn.max", i64::max),
        ("nn.min", i64::min),
    ];
    for (op, f) in cases {
        let out = run_src(
            &one_op(
                op,
                "",
                &[(vec![2, 3], "i64"), (vec![3], "i64")],
                (vec![2, 3], "i64"),
            ),
            &[a.clone(), b.clone()],
        );
        let (av, bv) = (f64s(&a), f64s(&b));
        let want: Vec<f64> = (0..6)
            .map(|i| f(av[i] as i64, bv[i % 3] as i64) as f64)
            .collect();
        assert_exact(&out[0], &want, &[2, 3]);
    }
    let p = run_src(
        &one_op(
            "nn.pow",
            "",
            &[(vec![4], "i32"), (vec![4], "i32")],
            (vec![4], "i32"),
        ),
        &[
            HostTensor::i32(&[4], vec![2, -3, 5, 1]),
            HostTensor::i32(&[4], vec![10, 3, 0, -2]),
        ],
    );
    assert_exact(&p[0], &[1024.0, -27.0, 1.0, 1.0], &[4]);
    // Division by zero is an error, not a panic.
    let m = parse(&one_op(
        "nn.div",
        "",
        &[(vec![2], "i32"), (vec![2], "i32")],
        (vec![2], "i32"),
    ));
    let e = try_run(
        &m,
        &[
            HostTensor::i32(&[2], vec![1, 2]),
            HostTensor::i32(&[2], vec![1, 0]),
        ],
    )
    .unwrap_err();
    assert!(e.to_string().contains("integer division by zero"), "{e}");
}

#[test]
fn compare_and_select() {
    let a = HostTensor::f32(&[2, 3], vec![1.0, 2.0, 3.0, -1.0, 2.0, 5.0]);
    let b = HostTensor::f32(&[3], vec![2.0, 2.0, 2.0]);
    let dirs: [(&str, fn(f64, f64) -> bool); 6] = [
        ("EQ", |x, y| x == y),
        ("NE", |x, y| x != y),
        ("LT", |x, y| x < y),
        ("LE", |x, y| x <= y),
        ("GT", |x, y| x > y),
        ("GE", |x, y| x >= y),
    ];
    for (dir, f) in dirs {
        let src = one_op(
            "nn.compare",
            &format!("direction = \"{dir}\""),
            &[(vec![2, 3], "f32"), (vec![3], "f32")],
            (vec![2, 3], "i1"),
        );
        let out = run_src(&src, &[a.clone(), b.clone()]);
        let (av, bv) = (f64s(&a), f64s(&b));
        let want: Vec<f64> = (0..6)
            .map(|i| f64::from(u8::from(f(av[i], bv[i % 3]))))
            .collect();
        assert_exact(&out[0], &want, &[2, 3]);
    }
    // select with a broadcast condition [2, 1] over [2, 3] and [3].
    let src = one_op(
        "nn.select",
        "",
        &[(vec![2, 1], "i1"), (vec![2, 3], "f32"), (vec![3], "f32")],
        (vec![2, 3], "f32"),
    );
    let c = HostTensor::new(vec![2, 1], runtime::TensorData::I1(vec![1, 0]));
    let out = run_src(&src, &[c, a.clone(), b.clone()]);
    assert_exact(&out[0], &[1.0, 2.0, 3.0, 2.0, 2.0, 2.0], &[2, 3]);
}

#[test]
fn convert_truncates_and_maps_bools() {
    let x = HostTensor::f32(&[5], vec![-2.7, -0.5, 0.0, 1.9, 3.5]);
    let out = run_src(
        &one_op("nn.convert", "", &[(vec![5], "f32")], (vec![5], "i32")),
        std::slice::from_ref(&x),
    );
    assert_exact(&out[0], &[-2.0, 0.0, 0.0, 1.0, 3.0], &[5]);
    let out = run_src(
        &one_op("nn.convert", "", &[(vec![5], "f32")], (vec![5], "i1")),
        std::slice::from_ref(&x),
    );
    assert_exact(&out[0], &[1.0, 1.0, 0.0, 1.0, 1.0], &[5]);
    let out = run_src(
        &one_op("nn.convert", "", &[(vec![3], "i64")], (vec![3], "f32")),
        &[HostTensor::i64(&[3], vec![-5, 0, 1 << 20])],
    );
    assert_exact(&out[0], &[-5.0, 0.0, 1048576.0], &[3]);
}

#[test]
fn constant_and_iota() {
    let src = r#"func.func @main() -> (tensor<2x3xf32>, tensor<3xi64>, tensor<2x2xf32>, tensor<2x3xi32>, tensor<2x3xf32>) {
  %a = "nn.constant"() {value = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
  %b = "nn.constant"() {value = dense<[9007199254740993, -1, 3]> : tensor<3xi64>} : () -> tensor<3xi64>
  %c = "nn.constant"() {value = dense<0.25> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %d = "nn.iota"() {dimension = -1 : i64} : () -> tensor<2x3xi32>
  %e = "nn.iota"() {dimension = 0 : i64} : () -> tensor<2x3xf32>
  func.return %a, %b, %c, %d, %e : tensor<2x3xf32>, tensor<3xi64>, tensor<2x2xf32>, tensor<2x3xi32>, tensor<2x3xf32>
}"#;
    let out = run_src(src, &[]);
    assert_exact(&out[0], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.5], &[2, 3]);
    assert_eq!(
        out[1].data,
        runtime::TensorData::I64(vec![9007199254740993, -1, 3]),
        "i64 constants are exact"
    );
    assert_exact(&out[2], &[0.25; 4], &[2, 2]);
    assert_exact(&out[3], &[0.0, 1.0, 2.0, 0.0, 1.0, 2.0], &[2, 3]);
    assert_exact(&out[4], &[0.0, 0.0, 0.0, 1.0, 1.0, 1.0], &[2, 3]);
}

/// Reference dot_general: result dims = batch, lhs free, rhs free.
fn dot_general_ref(
    a: &[f64],
    sa: &[usize],
    b: &[f64],
    sb: &[usize],
    lb: &[usize],
    rb: &[usize],
    lc: &[usize],
    rc: &[usize],
) -> (Vec<f64>, Vec<usize>) {
    let lf: Vec<usize> = (0..sa.len())
        .filter(|d| !lb.contains(d) && !lc.contains(d))
        .collect();
    let rf: Vec<usize> = (0..sb.len())
        .filter(|d| !rb.contains(d) && !rc.contains(d))
        .collect();
    let mut so: Vec<usize> = lb.iter().map(|&d| sa[d]).collect();
    so.extend(lf.iter().map(|&d| sa[d]));
    so.extend(rf.iter().map(|&d| sb[d]));
    let kshape: Vec<usize> = lc.iter().map(|&d| sa[d]).collect();
    let kn: usize = kshape.iter().product();
    let n: usize = so.iter().product();
    let mut out = vec![0.0; n];
    for (i, o) in out.iter_mut().enumerate() {
        let idx = unravel(i, &so);
        let mut ia = vec![0; sa.len()];
        let mut ib = vec![0; sb.len()];
        for (j, (&l, &r)) in lb.iter().zip(rb).enumerate() {
            ia[l] = idx[j];
            ib[r] = idx[j];
        }
        for (j, &d) in lf.iter().enumerate() {
            ia[d] = idx[lb.len() + j];
        }
        for (j, &d) in rf.iter().enumerate() {
            ib[d] = idx[lb.len() + lf.len() + j];
        }
        let mut s = 0.0;
        for k in 0..kn {
            let kidx = unravel(k, &kshape);
            for (j, (&l, &r)) in lc.iter().zip(rc).enumerate() {
                ia[l] = kidx[j];
                ib[r] = kidx[j];
            }
            s += a[ravel(&ia, sa)] * b[ravel(&ib, sb)];
        }
        *o = s;
    }
    (out, so)
}

fn list(v: &[i64]) -> String {
    format!(
        "array<i64{}>",
        if v.is_empty() {
            String::new()
        } else {
            format!(
                ": {}",
                v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
            )
        }
    )
}

#[test]
fn dot_general_every_dimension_order() {
    type Case = (
        Vec<usize>,
        Vec<usize>,
        Vec<i64>,
        Vec<i64>,
        Vec<i64>,
        Vec<i64>,
    );
    let cases: Vec<Case> = vec![
        // plain [M, K] x [K, N]
        (vec![4, 3], vec![3, 5], vec![], vec![], vec![1], vec![0]),
        // transposed operands: [K, M] x [N, K]
        (vec![3, 4], vec![5, 3], vec![], vec![], vec![0], vec![1]),
        // batch first / batch in the middle / batch last, negative dims
        (
            vec![2, 4, 3],
            vec![2, 3, 5],
            vec![0],
            vec![0],
            vec![2],
            vec![1],
        ),
        (
            vec![4, 2, 3],
            vec![3, 5, 2],
            vec![1],
            vec![-1],
            vec![-1],
            vec![0],
        ),
        (
            vec![3, 4, 2],
            vec![5, 2, 3],
            vec![-1],
            vec![1],
            vec![0],
            vec![2],
        ),
        // two contracting dims, not adjacent, in swapped order
        (
            vec![3, 4, 2],
            vec![2, 5, 3],
            vec![],
            vec![],
            vec![0, 2],
            vec![2, 0],
        ),
        // two batch dims in swapped order, free dims split around them
        (
            vec![2, 4, 3, 6],
            vec![3, 2, 6, 5],
            vec![0, 2],
            vec![1, 0],
            vec![3],
            vec![2],
        ),
        // outer product (no contraction) and a full contraction to a scalar
        (vec![3], vec![4], vec![], vec![], vec![], vec![]),
        (
            vec![3, 4],
            vec![3, 4],
            vec![],
            vec![],
            vec![0, 1],
            vec![0, 1],
        ),
        // several lhs free dims that cannot merge into one GEMM stride
        (vec![3, 2, 4], vec![2, 5], vec![], vec![], vec![1], vec![0]),
    ];
    for (k, (sa, sb, lb, rb, lc, rc)) in cases.into_iter().enumerate() {
        let norm = |v: &[i64], r: usize| -> Vec<usize> {
            v.iter()
                .map(|&d| {
                    if d < 0 {
                        (d + r as i64) as usize
                    } else {
                        d as usize
                    }
                })
                .collect()
        };
        let a = tensor(&sa, 10 + k as u64);
        let b = tensor(&sb, 20 + k as u64);
        let (want, so) = dot_general_ref(
            &f64s(&a),
            &sa,
            &f64s(&b),
            &sb,
            &norm(&lb, sa.len()),
            &norm(&rb, sb.len()),
            &norm(&lc, sa.len()),
            &norm(&rc, sb.len()),
        );
        let attrs = format!(
            "lhs_batching_dimensions = {}, rhs_batching_dimensions = {}, lhs_contracting_dimensions = {}, rhs_contracting_dimensions = {}",
            list(&lb),
            list(&rb),
            list(&lc),
            list(&rc)
        );
        let src = one_op(
            "nn.dot_general",
            &attrs,
            &[(sa.clone(), "f32"), (sb.clone(), "f32")],
            (so.clone(), "f32"),
        );
        let out = run_src(&src, &[a, b]);
        assert_close(&out[0], &want, &so);
    }
    // integers
    let src = one_op(
        "nn.dot_general",
        "lhs_contracting_dimensions = array<i64: 0>, rhs_contracting_dimensions = array<i64: 1>",
        &[(vec![2, 2], "i32"), (vec![3, 2], "i32")],
        (vec![2, 3], "i32"),
    );
    let out = run_src(
        &src,
        &[
            HostTensor::i32(&[2, 2], vec![1, 2, 3, 4]),
            HostTensor::i32(&[3, 2], vec![1, 0, 0, 1, 1, 1]),
        ],
    );
    // a^T = [[1,3],[2,4]]; a^T · b^T
    assert_exact(&out[0], &[1.0, 3.0, 4.0, 2.0, 4.0, 6.0], &[2, 3]);
}

#[test]
fn matmul_with_broadcast_batches() {
    for (sa, sb) in [
        (vec![2, 1, 3, 4], vec![3, 4, 5]),
        (vec![4, 3], vec![2, 3, 6]),
        (vec![1, 7], vec![7, 1]),
        (vec![40, 64], vec![64, 48]),
    ] {
        let (ra, rb) = (sa.len(), sb.len());
        let (m, k, n) = (sa[ra - 2], sa[ra - 1], sb[rb - 1]);
        let (ba, bb) = (&sa[..ra - 2], &sb[..rb - 2]);
        let nb = ba.len().max(bb.len());
        let mut batch = vec![1; nb];
        for d in 0..nb {
            let x = if d + ba.len() >= nb {
                ba[d + ba.len() - nb]
            } else {
                1
            };
            let y = if d + bb.len() >= nb {
                bb[d + bb.len() - nb]
            } else {
                1
            };
            batch[d] = x.max(y);
        }
        let mut so = batch.clone();
        so.extend([m, n]);
        let a = tensor(&sa, 5);
        let b = tensor(&sb, 6);
        let (fa, fb) = (f64s(&a), f64s(&b));
        let want: Vec<f64> = (0..so.iter().product())
            .map(|i| {
                let idx = unravel(i, &so);
                let (bi, r, c) = (&idx[..nb], idx[nb], idx[nb + 1]);
                let mut ia: Vec<usize> = bi[nb - ba.len()..]
                    .iter()
                    .zip(ba)
                    .map(|(&i, &s)| if s == 1 { 0 } else { i })
                    .collect();
                let mut ib: Vec<usize> = bi[nb - bb.len()..]
                    .iter()
                    .zip(bb)
                    .map(|(&i, &s)| if s == 1 { 0 } else { i })
                    .collect();
                let mut s = 0.0;
                for l in 0..k {
                    ia.extend([r, l]);
                    ib.extend([l, c]);
                    s += fa[ravel(&ia, &sa)] * fb[ravel(&ib, &sb)];
                    ia.truncate(ia.len() - 2);
                    ib.truncate(ib.len() - 2);
                }
                s
            })
            .collect();
        let src = one_op(
            "nn.matmul",
            "",
            &[(sa.clone(), "f32"), (sb.clone(), "f32")],
            (so.clone(), "f32"),
        );
        assert_close(&run_src(&src, &[a, b])[0], &want, &so);
    }
}

#[test]
fn reductions_with_negative_axes_and_keepdims() {
    let shape = [2, 3, 4];
    let x = tensor(&shape, 7);
    let xv = f64s(&x);
    for (axes, keep) in [
        (vec![0i64, 2], false),
        (vec![-1], true),
        (vec![1, -3], true),
        (vec![0, 1, 2], false),
        (vec![], false),
    ] {
        let ax: Vec<usize> = axes
            .iter()
            .map(|&a| if a < 0 { (a + 3) as usize } else { a as usize })
            .collect();
        let so: Vec<usize> = (0..3)
            .filter_map(|d| {
                if ax.contains(&d) {
                    keep.then_some(1)
                } else {
                    Some(shape[d])
                }
            })
            .collect();
        let kept: Vec<usize> = (0..3).filter(|d| !ax.contains(d)).collect();
        let n: usize = so.iter().product::<usize>().max(1);
        for op in ["nn.reduce_sum", "nn.reduce_max", "nn.reduce_mean"] {
            let mut want = vec![
                if op == "nn.reduce_max" {
                    f64::NEG_INFINITY
                } else {
                    0.0
                };
                n
            ];
            let mut count = vec![0usize; n];
            for (i, &v) in xv.iter().enumerate() {
                let idx = unravel(i, &shape);
                let kidx: Vec<usize> = kept.iter().map(|&d| idx[d]).collect();
                let kshape: Vec<usize> = kept.iter().map(|&d| shape[d]).collect();
                let o = ravel(&kidx, &kshape);
                if op == "nn.reduce_max" {
                    want[o] = want[o].max(v);
                } else {
                    want[o] += v;
                }
                count[o] += 1;
            }
            if op == "nn.reduce_mean" {
                for (w, c) in want.iter_mut().zip(&count) {
                    *w /= *c as f64;
                }
            }
            let attrs = format!("axes = {}, keepdims = {keep}", list(&axes));
            let src = one_op(op, &attrs, &[(shape.to_vec(), "f32")], (so.clone(), "f32"));
            assert_close(&run_src(&src, std::slice::from_ref(&x))[0], &want, &so);
        }
    }
    let src = one_op(
        "nn.reduce_sum",
        "axes = [1]",
        &[(vec![2, 3], "i64")],
        (vec![2], "i64"),
    );
    assert_exact(
        &run_src(&src, &[HostTensor::i64(&[2, 3], vec![1, 2, 3, 4, 5, 6])])[0],
        &[6.0, 15.0],
        &[2],
    );
}

fn softmax_ref(x: &[f64], shape: &[usize], axis: usize) -> Vec<f64> {
    let mut out = vec![0.0; x.len()];
    for (i, o) in out.iter_mut().enumerate() {
        let idx = unravel(i, shape);
        let along: Vec<f64> = (0..shape[axis])
            .map(|j| {
                let mut k = idx.clone();
                k[axis] = j;
                x[ravel(&k, shape)]
            })
            .collect();
        let m = along.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let s: f64 = along.iter().map(|v| (v - m).exp()).sum();
        *o = (x[i] - m).exp() / s;
    }
    out
}

#[test]
fn softmax_of_large_values_on_any_axis() {
    let shape = [2, 5, 3];
    // values around ±1000: a naive exp overflows.
    let x = HostTensor::f32(
        &shape,
        values(30, 8, 1.0)
            .iter()
            .enumerate()
            .map(|(i, v)| v * 20.0 + if i % 2 == 0 { 1000.0 } else { -1000.0 })
            .collect(),
    );
    for axis in [-1i64, 1, 0] {
        let ax = if axis < 0 {
            (axis + 3) as usize
        } else {
            axis as usize
        };
        let src = one_op(
            "nn.softmax",
            &format!("axis = {axis} : i64"),
            &[(shape.to_vec(), "f32")],
            (shape.to_vec(), "f32"),
        );
        let out = run_src(&src, std::slice::from_ref(&x));
        assert_close(&out[0], &softmax_ref(&f64s(&x), &shape, ax), &shape);
    }
    // default axis -1
    let src = one_op(
        "nn.softmax",
        "",
        &[(shape.to_vec(), "f32")],
        (shape.to_vec(), "f32"),
    );
    assert_close(
        &run_src(&src, std::slice::from_ref(&x))[0],
        &softmax_ref(&f64s(&x), &shape, 2),
        &shape,
    );
}

#[test]
fn layer_norm_over_trailing_dims() {
    let shape = [2, 3, 4];
    let x = HostTensor::f32(&shape, values(24, 9, 5.0).iter().map(|v| v + 3.0).collect());
    for (axis, eps) in [(-1i64, 1e-5), (1, 1e-3)] {
        let ax = if axis < 0 {
            (axis + 3) as usize
        } else {
            axis as usize
        };
        let pshape = shape[ax..].to_vec();
        let d: usize = pshape.iter().product();
        let g = tensor(&pshape, 11);
        let b = tensor(&pshape, 12);
        let (xv, gv, bv) = (f64s(&x), f64s(&g), f64s(&b));
        let mut want = vec![0.0; 24];
        for r in 0..24 / d {
            let row = &xv[r * d..(r + 1) * d];
            let mean = row.iter().sum::<f64>() / d as f64;
            let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / d as f64;
            for j in 0..d {
                want[r * d + j] = (row[j] - mean) / (var + eps).sqrt() * gv[j] + bv[j];
            }
        }
        let attrs = if axis == -1 {
            String::new()
        } else {
            format!("axis = {axis} : i64, epsilon = {eps:?} : f32")
        };
        let src = one_op(
            "nn.layer_norm",
            &attrs,
            &[
                (shape.to_vec(), "f32"),
                (pshape.clone(), "f32"),
                (pshape.clone(), "f32"),
            ],
            (shape.to_vec(), "f32"),
        );
        assert_close(&run_src(&src, &[x.clone(), g, b])[0], &want, &shape);
    }
}

#[test]
fn group_norm_with_spatial_dims() {
    let shape = [2, 6, 3, 2];
    let groups = 3;
    let x = HostTensor::f32(
        &shape,
        values(72, 13, 4.0).iter().map(|v| v - 1.0).collect(),
    );
    let g = tensor(&[6], 14);
    let b = tensor(&[6], 15);
    let (xv, gv, bv) = (f64s(&x), f64s(&g), f64s(&b));
    let (c, sp) = (6, 6);
    let cg = c / groups;
    let mut want = vec![0.0; 72];
    for n in 0..2 {
        for gi in 0..groups {
            let idx: Vec<usize> = (0..cg)
                .flat_map(|ci| (0..sp).map(move |s| (n * c + gi * cg + ci) * sp + s))
                .collect();
            let mean = idx.iter().map(|&i| xv[i]).sum::<f64>() / idx.len() as f64;
            let var = idx.iter().map(|&i| (xv[i] - mean).powi(2)).sum::<f64>() / idx.len() as f64;
            for &i in &idx {
                let ch = (i / sp) % c;
                want[i] = (xv[i] - mean) / (var + 1e-5).sqrt() * gv[ch] + bv[ch];
            }
        }
    }
    let src = one_op(
        "nn.group_norm",
        "groups = 3 : i64",
        &[(shape.to_vec(), "f32"), (vec![6], "f32"), (vec![6], "f32")],
        (shape.to_vec(), "f32"),
    );
    assert_close(&run_src(&src, &[x, g, b])[0], &want, &shape);
}

#[test]
fn data_movement_ops() {
    let shape = [2, 3, 4];
    let x = tensor(&shape, 16);
    let xv = f64s(&x);
    // transpose
    let perm = [2usize, 0, 1];
    let so: Vec<usize> = perm.iter().map(|&p| shape[p]).collect();
    let want: Vec<f64> = (0..24)
        .map(|i| {
            let idx = unravel(i, &so);
            let mut src = [0; 3];
            for (d, &p) in perm.iter().enumerate() {
                src[p] = idx[d];
            }
            xv[ravel(&src, &shape)]
        })
        .collect();
    let src = one_op(
        "nn.transpose",
        "permutation = array<i64: 2, 0, 1>",
        &[(shape.to_vec(), "f32")],
        (so.clone(), "f32"),
    );
    assert_exact(&run_src(&src, std::slice::from_ref(&x))[0], &want, &so);
    // reshape
    let src = one_op(
        "nn.reshape",
        "",
        &[(shape.to_vec(), "f32")],
        (vec![6, 4], "f32"),
    );
    assert_exact(&run_src(&src, std::slice::from_ref(&x))[0], &xv, &[6, 4]);
    // broadcast_in_dim: [3, 1] -> [2, 3, 5] along dims [1, 2]
    let y = tensor(&[3, 1], 17);
    let yv = f64s(&y);
    let want: Vec<f64> = (0..30).map(|i| yv[unravel(i, &[2, 3, 5])[1]]).collect();
    let src = one_op(
        "nn.broadcast_in_dim",
        "broadcast_dimensions = array<i64: 1, 2>",
        &[(vec![3, 1], "f32")],
        (vec![2, 3, 5], "f32"),
    );
    assert_exact(&run_src(&src, &[y])[0], &want, &[2, 3, 5]);
    // slice with strides
    let (start, limit, step) = ([0usize, 1, 1], [2usize, 3, 4], [1usize, 1, 2]);
    let so: Vec<usize> = (0..3)
        .map(|d| (limit[d] - start[d]).div_ceil(step[d]))
        .collect();
    let want: Vec<f64> = (0..so.iter().product())
        .map(|i| {
            let idx = unravel(i, &so);
            let s: Vec<usize> = (0..3).map(|d| start[d] + idx[d] * step[d]).collect();
            xv[ravel(&s, &shape)]
        })
        .collect();
    let src = one_op(
        "nn.slice",
        "start_indices = array<i64: 0, 1, 1>, limit_indices = array<i64: 2, 3, 4>, strides = array<i64: 1, 1, 2>",
        &[(shape.to_vec(), "f32")],
        (so.clone(), "f32"),
    );
    assert_exact(&run_src(&src, std::slice::from_ref(&x))[0], &want, &so);
    // concat along a negative dimension
    let z = tensor(&[2, 3, 2], 18);
    let zv = f64s(&z);
    let want: Vec<f64> = (0..36)
        .map(|i| {
            let idx = unravel(i, &[2, 3, 6]);
            if idx[2] < 4 {
                xv[ravel(&idx, &shape)]
            } else {
                zv[ravel(&[idx[0], idx[1], idx[2] - 4], &[2, 3, 2])]
            }
        })
        .collect();
    let src = one_op(
        "nn.concat",
        "dimension = -1 : i64",
        &[(shape.to_vec(), "f32"), (vec![2, 3, 2], "f32")],
        (vec![2, 3, 6], "f32"),
    );
    assert_exact(&run_src(&src, &[x.clone(), z])[0], &want, &[2, 3, 6]);
    // upsample
    let u = tensor(&[1, 2, 2, 3], 19);
    let uv = f64s(&u);
    let so = [1, 2, 4, 6];
    let want: Vec<f64> = (0..48)
        .map(|i| {
            let idx = unravel(i, &so);
            uv[ravel(&[idx[0], idx[1], idx[2] / 2, idx[3] / 2], &[1, 2, 2, 3])]
        })
        .collect();
    let src = one_op(
        "nn.upsample_nearest2d",
        "scale = 2 : i64",
        &[(vec![1, 2, 2, 3], "f32")],
        (so.to_vec(), "f32"),
    );
    assert_exact(&run_src(&src, &[u])[0], &want, &so);
}

#[test]
fn embedding_gathers_rows_and_rejects_bad_ids() {
    let table = tensor(&[5, 3], 20);
    let tv = f64s(&table);
    let ids = HostTensor::i64(&[2, 2], vec![4, 0, 2, 4]);
    let src = one_op(
        "nn.embedding",
        "",
        &[(vec![5, 3], "f32"), (vec![2, 2], "i64")],
        (vec![2, 2, 3], "f32"),
    );
    let want: Vec<f64> = [4, 0, 2, 4]
        .iter()
        .flat_map(|&r| tv[r * 3..r * 3 + 3].to_vec())
        .collect();
    assert_exact(&run_src(&src, &[table.clone(), ids])[0], &want, &[2, 2, 3]);
    let m = parse(&src);
    for bad in [5i64, -1] {
        let e = try_run(
            &m,
            &[table.clone(), HostTensor::i64(&[2, 2], vec![0, bad, 1, 1])],
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("test.mlir:2:"), "{msg}");
        assert!(
            msg.contains(&format!(
                "id {bad} at position 1 is out of range for a table of 5 rows"
            )),
            "{msg}"
        );
    }
}

fn conv_ref(
    x: &[f64],
    xs: &[usize],
    w: &[f64],
    ws: &[usize],
    bias: Option<&[f64]>,
    stride: [usize; 2],
    pad: [usize; 4],
    dil: [usize; 2],
    groups: usize,
) -> (Vec<f64>, Vec<usize>) {
    let (n, cin, h, wd) = (xs[0], xs[1], xs[2], xs[3]);
    let (cout, cin_g, kh, kw) = (ws[0], ws[1], ws[2], ws[3]);
    let oh = (h + pad[0] + pad[2] - dil[0] * (kh - 1) - 1) / stride[0] + 1;
    let ow = (wd + pad[1] + pad[3] - dil[1] * (kw - 1) - 1) / stride[1] + 1;
    let so = vec![n, cout, oh, ow];
    let mut out = vec![0.0; n * cout * oh * ow];
    let _ = cin;
    for (i, o) in out.iter_mut().enumerate() {
        let [b, co, y, xx] = unravel(i, &so)[..] else {
            unreachable!()
        };
        let g = co / (cout / groups);
        let mut s = bias.map_or(0.0, |bv| bv[co]);
        for ci in 0..cin_g {
            for ki in 0..kh {
                for kj in 0..kw {
                    let iy = (y * stride[0] + ki * dil[0]) as i64 - pad[0] as i64;
                    let ix = (xx * stride[1] + kj * dil[1]) as i64 - pad[1] as i64;
                    if iy < 0 || ix < 0 || iy >= h as i64 || ix >= wd as i64 {
                        continue;
                    }
                    s += x[ravel(&[b, g * cin_g + ci, iy as usize, ix as usize], xs)]
                        * w[ravel(&[co, ci, ki, kj], ws)];
                }
            }
        }
        *o = s;
    }
    (out, so)
}

#[test]
fn conv2d_padding_stride_dilation_groups() {
    type Case = (
        [usize; 4],
        [usize; 4],
        [usize; 2],
        [usize; 4],
        [usize; 2],
        usize,
        bool,
    );
    let cases: [Case; 5] = [
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
    ];
    for (k, (xs, ws, st, pad, dil, groups, with_bias)) in cases.into_iter().enumerate() {
        let x = tensor(&xs, 30 + k as u64);
        let w = tensor(&ws, 40 + k as u64);
        let b = tensor(&[ws[0]], 50 + k as u64);
        let bv = f64s(&b);
        let (want, so) = conv_ref(
            &f64s(&x),
            &xs,
            &f64s(&w),
            &ws,
            with_bias.then_some(bv.as_slice()),
            st,
            pad,
            dil,
            groups,
        );
        let attrs = format!(
            "strides = array<i64: {}, {}>, padding = array<i64: {}, {}, {}, {}>, dilations = array<i64: {}, {}>, groups = {groups} : i64",
            st[0], st[1], pad[0], pad[1], pad[2], pad[3], dil[0], dil[1]
        );
        let mut args = vec![(xs.to_vec(), "f32"), (ws.to_vec(), "f32")];
        let mut inputs = vec![x, w];
        if with_bias {
            args.push((vec![ws[0]], "f32"));
            inputs.push(b);
        }
        let src = one_op("nn.conv2d", &attrs, &args, (so.clone(), "f32"));
        assert_close(&run_src(&src, &inputs)[0], &want, &so);
    }
}

#[test]
fn pooling_with_padding() {
    let xs = [1, 2, 5, 6];
    let x = tensor(&xs, 60);
    let xv = f64s(&x);
    for (kernel, stride, pad) in [
        ([2, 2], [2, 2], [0, 0, 0, 0]),
        ([3, 3], [2, 2], [1, 1, 1, 1]),
        ([3, 2], [1, 2], [2, 0, 1, 1]),
    ] {
        let oh = (xs[2] + pad[0] + pad[2] - kernel[0]) / stride[0] + 1;
        let ow = (xs[3] + pad[1] + pad[3] - kernel[1]) / stride[1] + 1;
        let so = vec![1, 2, oh, ow];
        let mut want_max = vec![0.0; so.iter().product()];
        let mut want_avg = want_max.clone();
        for i in 0..want_max.len() {
            let [n, c, y, xx] = unravel(i, &so)[..] else {
                unreachable!()
            };
            let (mut m, mut s, mut cnt) = (f64::NEG_INFINITY, 0.0, 0);
            for ki in 0..kernel[0] {
                for kj in 0..kernel[1] {
                    let iy = (y * stride[0] + ki) as i64 - pad[0] as i64;
                    let ix = (xx * stride[1] + kj) as i64 - pad[1] as i64;
                    if iy >= 0 && ix >= 0 && iy < xs[2] as i64 && ix < xs[3] as i64 {
                        let v = xv[ravel(&[n, c, iy as usize, ix as usize], &xs)];
                        m = m.max(v);
                        s += v;
                        cnt += 1;
                    }
                }
            }
            want_max[i] = m;
            want_avg[i] = s / cnt as f64;
        }
        let attrs = format!(
            "kernel = array<i64: {}, {}>, strides = array<i64: {}, {}>, padding = array<i64: {}, {}, {}, {}>",
            kernel[0], kernel[1], stride[0], stride[1], pad[0], pad[1], pad[2], pad[3]
        );
        let src = one_op(
            "nn.max_pool2d",
            &attrs,
            &[(xs.to_vec(), "f32")],
            (so.clone(), "f32"),
        );
        assert_close(&run_src(&src, std::slice::from_ref(&x))[0], &want_max, &so);
        let src = one_op(
            "nn.avg_pool2d",
            &attrs,
            &[(xs.to_vec(), "f32")],
            (so.clone(), "f32"),
        );
        assert_close(&run_src(&src, std::slice::from_ref(&x))[0], &want_avg, &so);
    }
}

fn attention_ref(
    q: &[f64],
    k: &[f64],
    v: &[f64],
    bias: Option<(&[f64], &[usize])>,
    batch: usize,
    lq: usize,
    lk: usize,
    d: usize,
    dv: usize,
    scale: f64,
    causal: bool,
    bshape: &[usize],
) -> Vec<f64> {
    let mut out = vec![0.0; batch * lq * dv];
    for b in 0..batch {
        for i in 0..lq {
            let mut s = vec![f64::NEG_INFINITY; lk];
            for (j, sj) in s.iter_mut().enumerate() {
                if causal && j > i + (lk - lq) {
                    continue;
                }
                let mut dot = 0.0;
                for t in 0..d {
                    dot += q[(b * lq + i) * d + t] * k[(b * lk + j) * d + t];
                }
                *sj = dot * scale;
                if let Some((bv, bs)) = bias {
                    let mut idx = unravel(b, &bshape[..bshape.len() - 2]);
                    idx.extend([i, j]);
                    *sj += bv[bcast_index(&idx, bs)];
                }
            }
            let m = s.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let z: f64 = s.iter().map(|x| (x - m).exp()).sum();
            for t in 0..dv {
                out[(b * lq + i) * dv + t] = (0..lk)
                    .map(|j| (s[j] - m).exp() / z * v[(b * lk + j) * dv + t])
                    .sum();
            }
        }
    }
    out
}

#[test]
fn attention_causal_with_lq_different_from_lk() {
    let (bh, lq, lk, d, dv) = ([2usize, 3], 5, 9, 4, 6);
    let batch = bh[0] * bh[1];
    let qs = vec![bh[0], bh[1], lq, d];
    let ks = vec![bh[0], bh[1], lk, d];
    let vs = vec![bh[0], bh[1], lk, dv];
    let so = vec![bh[0], bh[1], lq, dv];
    let (q, k, v) = (tensor(&qs, 70), tensor(&ks, 71), tensor(&vs, 72));
    let scores = vec![bh[0], bh[1], lq, lk];
    for (causal, scale, bias_shape) in [
        (true, None, None),
        (false, Some(0.3), None),
        (true, Some(0.7), Some(vec![1, 3, 1, lk])),
        (false, None, Some(vec![lq, lk])),
    ] {
        let sc = scale.unwrap_or(1.0 / (d as f64).sqrt());
        let mut attrs = format!("causal = {causal}");
        if let Some(s) = scale {
            attrs.push_str(&format!(", scale = {s:?} : f32"));
        }
        let mut args = vec![
            (qs.clone(), "f32"),
            (ks.clone(), "f32"),
            (vs.clone(), "f32"),
        ];
        let mut inputs = vec![q.clone(), k.clone(), v.clone()];
        let bias = bias_shape.as_ref().map(|s| tensor(s, 73));
        if let (Some(s), Some(b)) = (&bias_shape, &bias) {
            args.push((s.clone(), "f32"));
            inputs.push(b.clone());
        }
        let bvals = bias.as_ref().map(f64s);
        let want = attention_ref(
            &f64s(&q),
            &f64s(&k),
            &f64s(&v),
            bvals.as_deref().zip(bias_shape.as_deref()),
            batch,
            lq,
            lk,
            d,
            dv,
            // the kernel scales in f32, like the attribute
            f64::from(sc as f32),
            causal,
            &scores,
        );
        let src = one_op("nn.attention", &attrs, &args, (so.clone(), "f32"));
        assert_close(&run_src(&src, &inputs)[0], &want, &so);
    }
}

/// Sums and maxima over an empty dimension are their identities, as the dialect
/// documents (a mean over one is refused by the verifier).
#[test]
fn reductions_over_nothing_are_their_identities() {
    for (op, want) in [("nn.reduce_sum", 0.0), ("nn.reduce_max", f64::NEG_INFINITY)] {
        let src = format!(
            r#"func.func @main(%x: tensor<3x0xf32>) -> tensor<3xf32> {{
  %s = "{op}"(%x) {{axes = array<i64: 1>}} : (tensor<3x0xf32>) -> tensor<3xf32>
  func.return %s : tensor<3xf32>
}}"#
        );
        let x = runtime::HostTensor::f32(&[3, 0], vec![]);
        let out = run_src(&src, &[x]);
        assert_exact(&out[0], &[want; 3], &[3]);
    }
}
