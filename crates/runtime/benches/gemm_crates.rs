//! matrixmultiply's `sgemm` (what the runtime calls) against the `gemm` crate (faer's)
//! on one thread, on the GEMM shapes of a GPT layer and of chunked attention: the
//! two alternate, ROUNDS rounds of REPS calls each, and the ratio of their medians is
//! taken per round. Run with
//! `cargo bench -p runtime --bench gemm_crates --features gemm-eval`.
use std::time::{Duration, Instant};

const ROUNDS: usize = 7;
const REPS: usize = 5;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(reps: usize, mut f: impl FnMut()) -> Duration {
    f();
    median(
        (0..reps)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    // (m, k, n): row-major A [m, k], B [k, n], C [m, n].
    let shapes = [
        ("qkv projection [2048,256]x[256,768]", 2048, 256, 768),
        ("mlp up [2048,256]x[256,1024]", 2048, 256, 1024),
        ("mlp down [2048,1024]x[1024,256]", 2048, 1024, 256),
        ("scores chunk [256,64]x[64,2048]", 256, 64, 2048),
        ("p.v chunk [256,2048]x[2048,64]", 256, 2048, 64),
        ("spec example [2048,1024]x[1024,4096]", 2048, 1024, 4096),
    ];
    println!("one thread, {ROUNDS} rounds of {REPS} calls; GFLOP/s and gemm / matrixmultiply time");
    println!(
        "{:<40} {:>16} {:>12} {:>26}",
        "shape", "matrixmultiply", "gemm", "time ratio median (range)"
    );
    for (name, m, k, n) in shapes {
        let a: Vec<f32> = (0..m * k)
            .map(|i| ((i * 7 % 13) as f32 - 6.0) * 0.1)
            .collect();
        let b: Vec<f32> = (0..k * n)
            .map(|i| ((i * 5 % 11) as f32 - 5.0) * 0.1)
            .collect();
        let mut c1 = vec![0f32; m * n];
        let mut c2 = vec![0f32; m * n];
        let mut ratios = Vec::new();
        let (mut t_mm, mut t_gemm) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            let mm = time(REPS, || unsafe {
                matrixmultiply::sgemm(
                    m,
                    k,
                    n,
                    1.0,
                    a.as_ptr(),
                    k as isize,
                    1,
                    b.as_ptr(),
                    n as isize,
                    1,
                    0.0,
                    c1.as_mut_ptr(),
                    n as isize,
                    1,
                )
            });
            let gm = time(REPS, || unsafe {
                gemm::gemm(
                    m,
                    n,
                    k,
                    c2.as_mut_ptr(),
                    1,
                    n as isize,
                    false,
                    a.as_ptr(),
                    1,
                    k as isize,
                    b.as_ptr(),
                    1,
                    n as isize,
                    0.0f32,
                    1.0f32,
                    false,
                    false,
                    false,
                    gemm::Parallelism::None,
                )
            });
            ratios.push(gm.as_secs_f64() / mm.as_secs_f64());
            t_mm.push(mm);
            t_gemm.push(gm);
        }
        let err = c1
            .iter()
            .zip(&c2)
            .map(|(x, y)| (x - y).abs() / x.abs().max(1.0))
            .fold(0f32, f32::max);
        assert!(err < 1e-4, "{name}: the two disagree by {err}");
        ratios.sort_by(f64::total_cmp);
        let flops = 2.0 * (m * k * n) as f64;
        let rate = |d: Duration| flops / d.as_secs_f64() / 1e9;
        println!(
            "{name:<40} {:>10.1} GF/s {:>7.1} GF/s {:>12.3} ({:.3}-{:.3})",
            rate(median(t_mm)),
            rate(median(t_gemm)),
            ratios[ratios.len() / 2],
            ratios[0],
            ratios[ratios.len() - 1]
        );
    }
}
