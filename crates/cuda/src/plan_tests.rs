//! Plans written by hand, checked against what `docs/host-plan.md` says they mean.
use super::*;
use serde_json::json;

/// A chunked two-step program over a 10x8 f32 input: a loop of 3 chunks (offsets
/// 0, 4, 6) launching a kernel on 4-row windows of the input and of an arena slot,
/// then a GEMM of the slot (10x8) with the second input (8x3) into another slot.
fn mlp() -> serde_json::Value {
    json!({
        "version": 2, "chip": "sm_90", "function": "main",
        "arena_bytes": 10 * 8 * 4 + 10 * 3 * 4,
        "kernels": ["main_kernel", "main_kernel_0"],
        "inputs": [
            {"index": 0, "dtype": "f32", "shape": [10, 8], "bytes": 320},
            {"index": 1, "dtype": "f32", "shape": [8, 3], "bytes": 96}
        ],
        "outputs": [{"view": {"base": "arena", "byte_offset": 320, "dtype": "f32",
                              "offset": 0, "shape": [10, 3], "strides": [3, 1]}}],
        "steps": [
            {"op": "loop", "var": 0, "extent": 10, "step": 4},
            {"op": "launch", "kernel": "main_kernel_0", "grid": [4, 1, 1], "block": [8, 1, 1],
             "shared_bytes": 0,
             "args": [
                {"index": {"const": 0, "terms": [{"var": 0, "coeff": 1}]}},
                {"memref": {"base": {"input": 0}, "byte_offset": 0, "dtype": "f32",
                            "offset": {"terms": [{"var": 0, "coeff": 8}]},
                            "shape": [4, 8], "strides": [8, 1]}},
                {"memref": {"base": "arena", "byte_offset": {"const": 0, "terms": [{"var": 0, "coeff": 32}]},
                            "dtype": "f32", "offset": 0, "shape": [4, 8], "strides": [8, 1]}},
                {"f32": 0.5}, {"i32": 7}, {"i64": -1}
             ]},
            {"op": "end_loop", "var": 0},
            {"op": "gemm", "batch": 1, "m": 10, "n": 3, "k": 8,
             "a": {"base": "arena", "byte_offset": 0, "dtype": "f32", "offset": 0, "shape": [10, 8], "strides": [8, 1]},
             "b": {"base": {"input": 1}, "byte_offset": 0, "dtype": "f32", "offset": 0, "shape": [8, 3], "strides": [3, 1]},
             "c": {"base": "arena", "byte_offset": 320, "dtype": "f32", "offset": 0, "shape": [10, 3], "strides": [3, 1]},
             "accumulate": false}
        ]
    })
}

fn parse(v: &serde_json::Value) -> Result<HostPlan, PlanError> {
    HostPlan::parse(&v.to_string())
}

fn err(v: &serde_json::Value) -> String {
    parse(v)
        .expect_err("the plan should be rejected")
        .to_string()
}

#[test]
fn loop_offsets_end_with_a_full_window() {
    assert_eq!(loop_offsets(10, 4).collect::<Vec<_>>(), vec![0, 4, 6]);
    assert_eq!(loop_offsets(8, 4).collect::<Vec<_>>(), vec![0, 4]);
    assert_eq!(loop_offsets(5, 5).collect::<Vec<_>>(), vec![0]);
}

#[test]
fn parses_every_field_of_the_format() {
    let p = parse(&mlp()).unwrap();
    assert_eq!(p.kernels, ["main_kernel", "main_kernel_0"]);
    assert_eq!(p.inputs[1].shape, [8, 3]);
    assert_eq!(p.outputs[0].view.base, Base::Arena);
    let Step::Launch { args, .. } = &p.steps[1] else {
        panic!("steps[1] is a launch")
    };
    assert_eq!(
        args[0],
        Arg::Index(Expr {
            konst: 0,
            terms: vec![Term { var: 0, coeff: 1 }]
        })
    );
    let Arg::Memref(v) = &args[1] else {
        panic!("argument 1 is a memref")
    };
    assert_eq!(v.base, Base::Input(0));
    assert_eq!(v.offset.terms, vec![Term { var: 0, coeff: 8 }]);
    assert_eq!(args[3], Arg::F32(0.5));
    assert!(matches!(
        p.steps[3],
        Step::Gemm {
            accumulate: false,
            ..
        }
    ));
}

#[test]
fn resolve_unrolls_the_loop_and_lays_out_memref_descriptors() {
    let p = parse(&mlp()).unwrap();
    let cmds = resolve(&p).unwrap();
    assert_eq!(cmds.len(), 4, "three launches and one gemm");
    for (cmd, off) in cmds[..3].iter().zip([0i64, 4, 6]) {
        let Command::Launch {
            kernel,
            grid,
            block,
            params,
            ..
        } = cmd
        else {
            panic!("a launch")
        };
        assert_eq!((*kernel, *grid, *block), (1, [4, 1, 1], [8, 1, 1]));
        // index, memref (3 + 2*2), memref (3 + 2*2), f32, i32, i64
        assert_eq!(params.len(), 1 + 7 + 7 + 3);
        assert_eq!(params[0], Param::I64(off));
        let input = [
            Param::Ptr(Ptr {
                base: Base::Input(0),
                byte: 0,
            }),
            Param::Ptr(Ptr {
                base: Base::Input(0),
                byte: 0,
            }),
            Param::I64(8 * off),
            Param::I64(4),
            Param::I64(8),
            Param::I64(8),
            Param::I64(1),
        ];
        assert_eq!(params[1..8], input);
        let slot = [
            Param::Ptr(Ptr {
                base: Base::Arena,
                byte: 0,
            }),
            Param::Ptr(Ptr {
                base: Base::Arena,
                byte: 32 * off as u64,
            }),
            Param::I64(0),
        ];
        assert_eq!(params[8..11], slot);
        assert_eq!(
            params[15..],
            [Param::F32(0.5), Param::I32(7), Param::I64(-1)]
        );
    }
    assert!(matches!(cmds[3], Command::Gemm(_)));
}

#[test]
fn rejects_other_versions_with_the_version_in_the_message() {
    let mut v = mlp();
    v["version"] = json!(1);
    let e = err(&v);
    assert!(e.contains("version 1") && e.contains("version 2"), "{e}");
}

#[test]
fn rejects_a_view_past_the_arena_at_the_last_iteration() {
    // 4 rows of 8 at v0 * 32 bytes: the last offset is 6, so bytes 192..320 — fine.
    // At 40 bytes per row the last window reaches 240 + 128 = 368 > 320 + 120.
    let mut v = mlp();
    v["steps"][1]["args"][2]["memref"]["byte_offset"] =
        json!({"const": 0, "terms": [{"var": 0, "coeff": 64}]});
    let e = err(&v);
    assert!(
        e.contains("steps[1] (launch 'main_kernel_0') argument 2")
            && e.contains("v0 in 0..=6")
            && e.contains("the arena of 440 bytes"),
        "{e}"
    );
}

#[test]
fn rejects_a_view_past_an_input() {
    let mut v = mlp();
    v["steps"][1]["args"][1]["memref"]["shape"] = json!([5, 8]);
    let e = err(&v);
    assert!(e.contains("input 0 of 320 bytes"), "{e}");
}

#[test]
fn rejects_unknown_kernels_and_bad_launch_sizes() {
    let mut v = mlp();
    v["steps"][1]["kernel"] = json!("nope");
    assert!(err(&v).contains("kernel 'nope' is not in the plan's kernel list"));
    let mut v = mlp();
    v["steps"][1]["block"] = json!([64, 32, 1]);
    assert!(err(&v).contains("more than 1024 threads"));
    let mut v = mlp();
    v["steps"][1]["grid"] = json!([0, 1, 1]);
    assert!(err(&v).contains("grid [0, 1, 1]"));
    let mut v = mlp();
    v["steps"][1]["grid"] = json!([2, 2, 65536]);
    assert!(err(&v).contains("grid [2, 2, 65536] exceeds CUDA's limits [2147483647, 65535, 65535]"));
    let mut v = mlp();
    v["kernels"] = json!(["main_kernel_0", "main_kernel_0"]);
    assert!(err(&v).contains("listed twice"));
}

#[test]
fn rejects_unbalanced_loops_and_unbound_variables() {
    let mut v = mlp();
    v["steps"].as_array_mut().unwrap().remove(2);
    assert!(err(&v).contains("steps[0] (loop v0): never closed"));
    let mut v = mlp();
    v["steps"][2]["var"] = json!(3);
    assert!(err(&v).contains("closes v3, but the innermost open loop is v0"));
    let mut v = mlp();
    v["steps"][1]["args"][0] = json!({"index": {"terms": [{"var": 1, "coeff": 1}]}});
    assert!(err(&v).contains("uses variable v1 outside any loop"));
    let mut v = mlp();
    v["steps"][0]["step"] = json!(11);
    assert!(err(&v).contains("need 0 < step <= extent"));
}

#[test]
fn rejects_inconsistent_inputs_and_malformed_json() {
    let mut v = mlp();
    v["inputs"][0]["bytes"] = json!(300);
    assert!(err(&v).contains("inputs[0]: 300 bytes, but shape [10, 8] of f32 takes 320"));
    let mut v = mlp();
    v["steps"][0]["op"] = json!("while");
    assert!(err(&v).contains("malformed plan: unknown variant `while`"));
    let mut v = mlp();
    v["outputs"][0]["view"]["base"] = json!("heap");
    assert!(err(&v).contains("unknown base \"heap\""));
    assert!(HostPlan::parse("{")
        .unwrap_err()
        .to_string()
        .contains("not JSON"));
}

#[test]
fn rejects_gemm_views_that_do_not_match() {
    let mut v = mlp();
    v["steps"][3]["k"] = json!(7);
    let e = err(&v);
    assert!(
        e.contains("steps[3] (gemm): a has shape [10, 8], expected [10, 7]"),
        "{e}"
    );
    let mut v = mlp();
    v["steps"][3]["b"]["strides"] = json!([6, 2]);
    v["inputs"][1] = json!({"index": 1, "dtype": "f32", "shape": [8, 6], "bytes": 192});
    let e = err(&v);
    assert!(
        e.contains("b (shape [8, 3], strides [6, 2]) is neither row- nor column-contiguous"),
        "{e}"
    );
    let mut v = mlp();
    v["steps"][3]["batch"] = json!(2);
    assert!(err(&v).contains("rank 2 but batch is 2"));
}

#[test]
fn matrix_layouts() {
    assert_eq!(
        matrix_layout(4, 8, 8, 1),
        Some(Layout {
            row_major: true,
            ld: 8
        })
    );
    assert_eq!(
        matrix_layout(4, 8, 16, 1),
        Some(Layout {
            row_major: true,
            ld: 16
        })
    );
    assert_eq!(
        matrix_layout(4, 8, 1, 4),
        Some(Layout {
            row_major: false,
            ld: 4
        })
    );
    // A single row: any row stride, ld is the row length.
    assert_eq!(
        matrix_layout(1, 8, 0, 1),
        Some(Layout {
            row_major: true,
            ld: 8
        })
    );
    // A single column: row-major with its row stride as ld (cols == 1 allows any column stride).
    assert_eq!(
        matrix_layout(4, 1, 5, 99),
        Some(Layout {
            row_major: true,
            ld: 5
        })
    );
    assert_eq!(matrix_layout(4, 8, 4, 1), None, "rows overlap");
    assert_eq!(matrix_layout(4, 8, 16, 2), None);
}

/// Column-major `sgemm_strided_batched` as cuBLAS defines it, on one f32 memory
/// (every base buffer laid end to end: `bases` gives each base's first element).
fn blas_on_host(g: &BlasGemm, mem: &mut [f32], bases: &dyn Fn(Base) -> usize) {
    let at = |p: Ptr| bases(p.base) + p.byte as usize / 4;
    for p in 0..g.batch as i64 {
        let (a0, b0, c0) = (
            at(g.a) as i64 + p * g.stride_a,
            at(g.b) as i64 + p * g.stride_b,
            at(g.c) as i64 + p * g.stride_c,
        );
        for i in 0..g.m as i64 {
            for j in 0..g.n as i64 {
                let mut s = 0f32;
                for l in 0..g.k as i64 {
                    let a = if g.trans_a {
                        a0 + l + i * g.lda as i64
                    } else {
                        a0 + i + l * g.lda as i64
                    };
                    let b = if g.trans_b {
                        b0 + j + l * g.ldb as i64
                    } else {
                        b0 + l + j * g.ldb as i64
                    };
                    s += mem[a as usize] * mem[b as usize];
                }
                let c = (c0 + i + j * g.ldc as i64) as usize;
                mem[c] = s + g.beta * mem[c];
            }
        }
    }
}

/// A view of `[batch, rows, cols]` stored row- or column-major at `byte`.
fn matrix_view(
    byte: u64,
    batch: u64,
    rows: u64,
    cols: u64,
    row_major: bool,
    pad: u64,
) -> serde_json::Value {
    let (ld, strides) = if row_major {
        (cols + pad, [0, cols + pad, 1])
    } else {
        (rows + pad, [0, 1, rows + pad])
    };
    let plane = ld * if row_major { rows } else { cols };
    json!({"base": "arena", "byte_offset": byte, "dtype": "f32", "offset": 0,
           "shape": [batch, rows, cols], "strides": [plane, strides[1], strides[2]]})
}

#[test]
fn gemm_calls_compute_row_and_column_major_products() {
    let (batch, m, n, k) = (2u64, 3u64, 5u64, 4u64);
    for a_row in [true, false] {
        for b_row in [true, false] {
            for c_row in [true, false] {
                for accumulate in [false, true] {
                    // a, b, c one after another with one element of padding per row.
                    let sa = batch * (m.max(k) + 1) * m.max(k);
                    let sb = batch * (k.max(n) + 1) * k.max(n);
                    let sc = batch * (m.max(n) + 1) * m.max(n);
                    let a = matrix_view(0, batch, m, k, a_row, 1);
                    let b = matrix_view(4 * sa, batch, k, n, b_row, 1);
                    let c = matrix_view(4 * (sa + sb), batch, m, n, c_row, 1);
                    let step: Step = serde_json::from_value(json!({
                        "op": "gemm", "batch": batch, "m": m, "n": n, "k": k,
                        "a": a, "b": b, "c": c, "accumulate": accumulate}))
                    .unwrap();
                    let g = gemm_call(&step, &Vars::default(), "test").unwrap();
                    let total = (sa + sb + sc) as usize;
                    let mut mem: Vec<f32> =
                        (0..total).map(|i| ((i * 7 % 13) as f32) - 6.0).collect();
                    let before = mem.clone();
                    blas_on_host(&g, &mut mem, &|_| 0);
                    let Step::Gemm { a, b, c, .. } = &step else {
                        unreachable!()
                    };
                    let el = |v: &View, p: u64, i: u64, j: u64, m: &[f32]| {
                        let o = v.byte_offset.konst as u64 / 4
                            + p * v.strides[0] as u64
                            + i * v.strides[1] as u64
                            + j * v.strides[2] as u64;
                        m[o as usize]
                    };
                    for p in 0..batch {
                        for i in 0..m {
                            for j in 0..n {
                                let mut want: f32 = (0..k)
                                    .map(|l| el(a, p, i, l, &before) * el(b, p, l, j, &before))
                                    .sum();
                                if accumulate {
                                    want += el(c, p, i, j, &before);
                                }
                                let got = el(c, p, i, j, &mem);
                                assert_eq!(got, want, "a_row {a_row} b_row {b_row} c_row {c_row} acc {accumulate} at [{p},{i},{j}]");
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Applies copy commands to a byte memory (all bases at 0).
fn copy_on_host(cs: &[Copy2D], mem: &mut [u8]) {
    for c in cs {
        for r in 0..c.height {
            for x in 0..c.width {
                let s = (c.src.byte + r * c.src_pitch + x) as usize;
                let d = (c.dst.byte + r * c.dst_pitch + x) as usize;
                mem[d] = mem[s];
            }
        }
    }
}

fn strided(byte: u64, shape: &[u64], strides: &[i64]) -> View {
    View {
        base: Base::Arena,
        byte_offset: Expr::constant(byte as i64),
        dtype: DType::F32,
        offset: Expr::constant(0),
        shape: shape.to_vec(),
        strides: strides.to_vec(),
    }
}

#[test]
fn copies_become_2d_copies_that_move_every_element() {
    let cases: Vec<(Vec<u64>, Vec<i64>, Vec<i64>)> = vec![
        (vec![2, 3, 4], vec![12, 4, 1], vec![12, 4, 1]), // dense
        (vec![2, 3, 4], vec![24, 8, 1], vec![12, 4, 1]), // padded rows
        (vec![3, 4], vec![1, 3], vec![4, 1]),            // transpose
        (vec![2, 1, 5], vec![5, 5, 1], vec![10, 10, 2]), // strided destination
    ];
    for (shape, ss, ds) in cases {
        let src = strided(0, &shape, &ss);
        let dst = strided(4096, &shape, &ds);
        let cs = copy_commands(&src, &dst, &Vars::default(), "test").unwrap();
        let mut mem: Vec<u8> = (0..8192).map(|i| (i % 251) as u8).collect();
        mem[4096..].fill(0);
        let before = mem.clone();
        copy_on_host(&cs, &mut mem);
        let n: u64 = shape.iter().product();
        for e in 0..n {
            let (mut rem, mut so, mut dof) = (e, 0i64, 4096i64);
            for d in (0..shape.len()).rev() {
                let i = (rem % shape[d]) as i64;
                rem /= shape[d];
                so += i * ss[d] * 4;
                dof += i * ds[d] * 4;
            }
            assert_eq!(
                mem[dof as usize..dof as usize + 4],
                before[so as usize..so as usize + 4],
                "shape {shape:?} src {ss:?} dst {ds:?} element {e}"
            );
        }
    }
}

#[test]
fn gather_reads_a_strided_output_densely() {
    // A 2x3 row-major matrix read as its 3x2 transpose, 8 bytes into the buffer.
    let v = strided(8, &[3, 2], &[1, 3]);
    let values: Vec<f32> = vec![-1.0, -2.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    let bytes: Vec<u8> = values.iter().flat_map(|x| x.to_le_bytes()).collect();
    let (lo, hi) = view_span(&v);
    assert_eq!((lo, hi), (8, 32));
    let t = gather(&v, &bytes[lo as usize..hi as usize], lo).unwrap();
    assert_eq!(t.shape, [3, 2]);
    assert_eq!(t.as_f32(), [1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
}

#[test]
fn inputs_are_checked_against_the_plan() {
    let p = parse(&mlp()).unwrap();
    let good = vec![
        runtime::HostTensor::f32(&[10, 8], vec![0.0; 80]),
        runtime::HostTensor::f32(&[8, 3], vec![0.0; 24]),
    ];
    assert!(check_inputs(&p, &good).is_ok());
    let e = check_inputs(&p, &good[..1]).unwrap_err();
    assert!(e.contains("takes 2 inputs, 1 were given"), "{e}");
    let bad = vec![
        good[0].clone(),
        runtime::HostTensor::i64(&[8, 3], vec![0; 24]),
    ];
    let e = check_inputs(&p, &bad).unwrap_err();
    assert!(
        e.contains("input 1: the plan wants [8, 3] of f32, given tensor<8x3xi64>"),
        "{e}"
    );
}

#[test]
fn scratch_and_constant_bases() {
    let mut v = mlp();
    v["scratch_bytes"] = json!(64);
    v["constants"] = json!([{"dtype": "f32", "shape": [], "hex": "000080ff"},
                            {"dtype": "i32", "shape": [2], "hex": "0100000002000000"}]);
    v["steps"][1]["args"][5] = json!({"memref": {"base": {"constant": 1}, "byte_offset": 0,
        "dtype": "i32", "offset": 0, "shape": [2], "strides": [1]}});
    v["steps"][1]["args"][4] = json!({"memref": {"base": "scratch", "byte_offset": 0,
        "dtype": "f32", "offset": {"terms": [{"var": 0, "coeff": 1}]}, "shape": [6], "strides": [1]}});
    let p = parse(&v).unwrap();
    assert_eq!(p.constants[0].bytes().unwrap(), [0x00, 0x00, 0x80, 0xff]);
    assert_eq!(p.base_bytes(Base::Constant(1)), Some(8));
    assert_eq!(p.base_bytes(Base::Scratch), Some(64));
    let cmds = resolve(&p).unwrap();
    let Command::Launch { params, .. } = &cmds[2] else {
        panic!("a launch")
    };
    // Third iteration (offset 6): the scratch view's offset is v0.
    assert_eq!(
        params[16..19],
        [
            Param::Ptr(Ptr {
                base: Base::Scratch,
                byte: 0
            }),
            Param::Ptr(Ptr {
                base: Base::Scratch,
                byte: 0
            }),
            Param::I64(6),
        ]
    );
    assert_eq!(
        params[21],
        Param::Ptr(Ptr {
            base: Base::Constant(1),
            byte: 0
        })
    );
    // 6 + 6 elements of scratch at the last offset: 48 bytes, inside 64; with 40 it is not.
    v["scratch_bytes"] = json!(40);
    assert!(err(&v).contains("outside the scratch buffer of 40 bytes"));
    v["scratch_bytes"] = json!(64);
    v["constants"][1]["hex"] = json!("01000000");
    assert!(err(&v).contains("constants[1]: 4 bytes of hex, but shape [2] of i32 takes 8"));
    v["constants"][1]["hex"] = json!("01000000020000zz");
    assert!(err(&v).contains("'zz' is not a hex byte"));
    v["constants"] = json!([]);
    assert!(err(&v).contains("constant 1 does not exist (the plan has 2 inputs and 0 constants)"));
}

const PTX: &str = "
.visible .entry main_kernel(
	.param .u64 main_kernel_param_0,
	.param .u64 main_kernel_param_1
)
{
	ret;
}
.visible .entry main_kernel_0(
	.param .u64 main_kernel_0_param_0,
	.param .u64 main_kernel_0_param_1, .param .u64 main_kernel_0_param_2,
	.param .u64 main_kernel_0_param_3,
	.param .u64 main_kernel_0_param_4,
	.param .u64 main_kernel_0_param_5,
	.param .u64 main_kernel_0_param_6,
	.param .u64 main_kernel_0_param_7,
	.param .u64 main_kernel_0_param_8,
	.param .u64 main_kernel_0_param_9,
	.param .u64 main_kernel_0_param_10,
	.param .u64 main_kernel_0_param_11,
	.param .u64 main_kernel_0_param_12,
	.param .u64 main_kernel_0_param_13,
	.param .u64 main_kernel_0_param_14,
	.param .f32 main_kernel_0_param_15,
	.param .u32 main_kernel_0_param_16,
	.param .u64 main_kernel_0_param_17
)
{
	ret;
}
";

#[test]
fn ptx_entries_and_launch_parameters_are_checked_against_each_other() {
    let entries = ptx_entries(PTX);
    assert_eq!(entries["main_kernel"], ["u64", "u64"]);
    assert_eq!(entries["main_kernel_0"].len(), 18);
    assert_eq!(entries["main_kernel_0"][15], "f32");
    let p = parse(&mlp()).unwrap();
    let cmds = resolve(&p).unwrap();
    check_ptx(&p, &cmds, PTX).unwrap();
    // One parameter fewer in the PTX.
    let short = PTX.replace(",\n\t.param .u64 main_kernel_0_param_17", "");
    let e = check_ptx(&p, &cmds, &short).unwrap_err().to_string();
    assert!(
        e.contains("launch of 'main_kernel_0': the plan passes 18 parameters, the PTX declares 17"),
        "{e}"
    );
    // The f32 where the PTX has an integer.
    let wrong = PTX.replace(
        ".param .f32 main_kernel_0_param_15",
        ".param .u64 main_kernel_0_param_15",
    );
    let e = check_ptx(&p, &cmds, &wrong).unwrap_err().to_string();
    assert!(
        e.contains("parameter 15 is F32(0.5) in the plan but .u64 in the PTX"),
        "{e}"
    );
    let e = check_ptx(&p, &cmds, "").unwrap_err().to_string();
    assert!(
        e.contains("'main_kernel' is not an .entry of the PTX (0 entries)"),
        "{e}"
    );
}

#[test]
fn rejects_views_whose_sizes_overflow() {
    // 2^30 x 2^30 x 16 elements: the product wraps to 0 in u64, which used to pass
    // as an empty view and skip the bounds check.
    let mut v = mlp();
    v["steps"][1]["args"][1]["memref"]["shape"] = json!([1u64 << 30, 1u64 << 30, 16]);
    v["steps"][1]["args"][1]["memref"]["strides"] = json!([0, 0, 1]);
    let e = err(&v);
    assert!(e.contains("the shape's element count overflows"), "{e}");
    // Strides whose spans add up past i64 (each alone fits).
    let mut v = mlp();
    v["steps"][1]["args"][1]["memref"]["shape"] = json!([2, 2]);
    v["steps"][1]["args"][1]["memref"]["strides"] = json!([1i64 << 62, 1i64 << 62]);
    let e = err(&v);
    assert!(e.contains("input 0 of 320 bytes"), "{e}");
}

#[test]
fn every_launch_of_a_kernel_is_checked_and_names_hold_no_nul() {
    // A second launch of the same kernel with one argument fewer.
    let mut v = mlp();
    let mut second = v["steps"][1].clone();
    second["args"].as_array_mut().unwrap().pop();
    v["steps"].as_array_mut().unwrap().insert(2, second);
    let p = parse(&v).unwrap();
    let cmds = resolve(&p).unwrap();
    let e = check_ptx(&p, &cmds, PTX).unwrap_err().to_string();
    assert!(
        e.contains("the plan passes 17 parameters, the PTX declares 18"),
        "{e}"
    );
    let p = parse(&mlp()).unwrap();
    let cmds = resolve(&p).unwrap();
    let e = check_ptx(&p, &cmds, &format!("{PTX}\0"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("the PTX holds a NUL character"), "{e}");
    let mut v = mlp();
    v["kernels"][1] = json!("main_kernel\u{0}_0");
    assert!(err(&v).contains("a kernel name holds a NUL character"));
}

#[test]
fn inputs_whose_data_does_not_fill_their_shape_are_refused() {
    let p = parse(&mlp()).unwrap();
    let mut short = runtime::HostTensor::f32(&[10, 8], vec![0.0; 80]);
    short.data = runtime::TensorData::F32(vec![0.0; 8]);
    let inputs = vec![short, runtime::HostTensor::f32(&[8, 3], vec![0.0; 24])];
    let e = check_inputs(&p, &inputs).unwrap_err();
    assert!(
        e.contains("input 0: 8 elements of data for the shape [10, 8]"),
        "{e}"
    );
}
