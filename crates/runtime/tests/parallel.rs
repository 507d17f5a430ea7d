//! The parallel paths of the kernels at the sizes chunked programs run: split GEMMs
//! (by rows, by columns, both), parallel iota, softmax rows with masked entries, and
//! runs started from inside and outside rayon's pool.
mod common;
use common::*;
use runtime::{ExecOptions, HostTensor};

fn matmul_ref(a: &[f64], b: &[f64], m: usize, k: usize, n: usize) -> Vec<f64> {
    let mut c = vec![0.0; m * n];
    for i in 0..m {
        for l in 0..k {
            let x = a[i * k + l];
            for j in 0..n {
                c[i * n + j] += x * b[l * n + j];
            }
        }
    }
    c
}

/// Multiples of 1/8 in [-4, 4): their products and sums are exact in f32 here.
fn eighths(shape: &[usize], seed: u64) -> HostTensor {
    let n = shape.iter().product();
    let v = values(n, seed, 32.0)
        .iter()
        .map(|v| v.floor() / 8.0)
        .collect();
    HostTensor::f32(shape, v)
}

/// Shapes whose GEMMs are split by columns (wide), by rows (tall), both (square),
/// with blocks that do not divide the dimensions: on pools of 1 to 5 threads every
/// element is right (exactly, on exactly representable data) and every pool gives
/// the same bits on random data.
#[test]
fn split_gemms_match_f64_and_each_other() {
    for (m, k, n) in [(48, 96, 1100), (700, 64, 56), (130, 200, 150)] {
        let (sa, sb, so) = (vec![m, k], vec![k, n], vec![m, n]);
        let (a, b) = (eighths(&sa, 11), eighths(&sb, 12));
        let want = matmul_ref(&f64s(&a), &f64s(&b), m, k, n);
        let (ra, rb) = (tensor(&sa, 13), tensor(&sb, 14));
        let src = one_op(
            "nn.matmul",
            "",
            &[(sa.clone(), "f32"), (sb.clone(), "f32")],
            (so.clone(), "f32"),
        );
        let module = parse(&src);
        let mut first: Option<HostTensor> = None;
        for threads in [1, 2, 3, 5] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let out = pool.install(|| run(&module, &[a.clone(), b.clone()]));
            assert_exact(&out[0], &want, &so);
            let out = pool.install(|| run(&module, &[ra.clone(), rb.clone()]));
            match &first {
                None => first = Some(out[0].clone()),
                Some(f) => assert_eq!(f.data, out[0].data, "{m}x{k}x{n} on {threads} threads"),
            }
        }
    }
}

#[test]
fn large_iota_on_every_dimension() {
    let shape = [3usize, 130, 257];
    let n: usize = shape.iter().product();
    for dim in 0..3 {
        for el in ["i32", "i64", "f32"] {
            let src = format!(
                "func.func @main() -> {t} {{\n  %r = \"nn.iota\"() {{dimension = {dim} : i64}} : () -> {t}\n  func.return %r : {t}\n}}\n",
                t = ty(&shape, el)
            );
            let out = run_src(&src, &[]);
            let want: Vec<f64> = (0..n).map(|i| unravel(i, &shape)[dim] as f64).collect();
            assert_exact(&out[0], &want, &shape);
        }
    }
}

/// Causally masked rows (-inf above the diagonal), as chunked attention computes
/// them, and a fully masked row (NaN, as exp(-inf - -inf) is).
#[test]
fn softmax_of_masked_rows() {
    let (rows, cols) = (40, 1000);
    let v = values(rows * cols, 21, 4.0);
    let x: Vec<f32> = (0..rows * cols)
        .map(|i| {
            let (r, c) = (i / cols, i % cols);
            if r == 7 || c > r * 25 {
                f32::NEG_INFINITY
            } else {
                v[i]
            }
        })
        .collect();
    let shape = [rows, cols];
    let want: Vec<f64> = (0..rows)
        .flat_map(|r| {
            let row: Vec<f64> = x[r * cols..(r + 1) * cols]
                .iter()
                .map(|&v| f64::from(v))
                .collect();
            let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let s: f64 = row.iter().map(|v| (v - m).exp()).sum();
            row.into_iter()
                .map(|v| (v - m).exp() / s)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(want[7 * cols..8 * cols].iter().all(|w| w.is_nan()));
    let src = one_op(
        "nn.softmax",
        "",
        &[(shape.to_vec(), "f32")],
        (shape.to_vec(), "f32"),
    );
    let out = run_src(&src, &[HostTensor::f32(&shape, x)]);
    assert_close(&out[0], &want, &shape);
}

/// A run from outside the pool reports progress on the calling thread and ends with
/// the number of kernels run.
#[test]
fn progress_reaches_the_kernel_count_on_the_calling_thread() {
    let src = r#"func.func @main(%a: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %b = "nn.exp"(%a) : (tensor<64x64xf32>) -> tensor<64x64xf32>
  %c = "nn.matmul"(%b, %a) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
  %d = "nn.add"(%c, %b) : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
  func.return %d : tensor<64x64xf32>
}"#;
    let m = parse(src);
    let f = runtime::entry_function(&m).unwrap();
    let plan = runtime::plan(&m, f).unwrap();
    let caller = std::thread::current().id();
    let seen = std::cell::RefCell::new(Vec::new());
    let tick = |n: u64| {
        assert_eq!(std::thread::current().id(), caller);
        seen.borrow_mut().push(n);
    };
    let opts = ExecOptions {
        progress: Some(&tick),
    };
    let exec = runtime::execute(&m, &plan, &[tensor(&[64, 64], 3)], &opts).unwrap();
    assert_measured_equals_plan(&plan, &exec);
    assert_eq!(exec.ops_executed, 3);
    assert_eq!(seen.borrow().last(), Some(&3));
}

/// Runs at the same time in one pool (from an outer parallel loop, from several
/// outside threads, both at once) finish with the results of a run alone: the
/// workers kept busy during one run never wait on another run.
#[test]
fn concurrent_runs_finish_with_the_same_results() {
    let src = r#"func.func @main(%a: tensor<192x256xf32>, %w: tensor<256x256xf32>) -> tensor<192x256xf32> {
  %b = "nn.matmul"(%a, %w) : (tensor<192x256xf32>, tensor<256x256xf32>) -> tensor<192x256xf32>
  %c = "nn.softmax"(%b) {axis = -1 : i64} : (tensor<192x256xf32>) -> tensor<192x256xf32>
  %d = "nn.matmul"(%c, %w) : (tensor<192x256xf32>, tensor<256x256xf32>) -> tensor<192x256xf32>
  %e = "nn.add"(%d, %a) : (tensor<192x256xf32>, tensor<192x256xf32>) -> tensor<192x256xf32>
  %f = "nn.gelu"(%e) : (tensor<192x256xf32>) -> tensor<192x256xf32>
  func.return %f : tensor<192x256xf32>
}"#;
    use rayon::prelude::*;
    let m = parse(src);
    let inputs = [tensor(&[192, 256], 21), tensor(&[256, 256], 22)];
    let want = run(&m, &inputs)[0].clone();
    for threads in [2, 3] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        std::thread::scope(|s| {
            for _ in 0..3 {
                s.spawn(|| {
                    for _ in 0..20 {
                        assert_eq!(run(&m, &inputs)[0].data, want.data);
                    }
                });
                s.spawn(|| {
                    for _ in 0..20 {
                        let out = pool.install(|| run(&m, &inputs));
                        assert_eq!(out[0].data, want.data);
                    }
                });
            }
            let outs: Vec<HostTensor> = pool.install(|| {
                (0..40)
                    .into_par_iter()
                    .map(|_| run(&m, &inputs)[0].clone())
                    .collect()
            });
            for o in outs {
                assert_eq!(o.data, want.data, "{threads} threads");
            }
        });
    }
}
