//! `nn.rms_norm` against a direct f64 evaluation of `x * rsqrt(mean(x²) + eps) * g`,
//! over the last dimension and over trailing dimensions, and in bf16 (storage rounded,
//! arithmetic in f32).
use runtime::{HostTensor, TensorData};

fn context() -> ir::Context {
    let _ = (func_dialect::DIALECTS, nn_dialect::DIALECT);
    ir::Context::new()
}

fn run(src: &str, inputs: &[HostTensor]) -> HostTensor {
    let ctx = context();
    let m = parse::parse_source(src, "rms.mlir", &ctx).unwrap_or_else(|e| panic!("{e}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}"));
    let func = runtime::entry_function(&m).unwrap();
    let (_, exec) = runtime::run(&m, func, inputs).unwrap_or_else(|e| panic!("{e}"));
    exec.outputs[0].clone()
}

fn reference(x: &[f32], g: &[f32], row: usize, eps: f64) -> Vec<f64> {
    x.chunks(row)
        .flat_map(|r| {
            let ms = r.iter().map(|&v| f64::from(v) * f64::from(v)).sum::<f64>() / row as f64;
            let inv = 1.0 / (ms + eps).sqrt();
            r.iter()
                .zip(g)
                .map(move |(&v, &w)| f64::from(v) * inv * f64::from(w))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn values(n: usize, seed: u32) -> Vec<f32> {
    (0..n)
        .map(|i| ((i as u32).wrapping_mul(2_654_435_761) ^ seed) % 1000)
        .map(|v| v as f32 / 250.0 - 2.0)
        .collect()
}

#[test]
fn rms_norm_matches_its_definition() {
    for (axis, eps, eps_text, pshape) in [
        (-1i64, 1e-6, "1.0e-6", vec![4usize]),
        (1, 1e-3, "1.0e-3", vec![3, 4]),
    ] {
        let x = values(24, 7);
        let g = values(pshape.iter().product(), 11);
        let gty: String = pshape.iter().map(|d| format!("{d}x")).collect();
        let src = format!(
            "func.func @main(%x: tensor<2x3x4xf32>, %g: tensor<{gty}f32>) -> tensor<2x3x4xf32> {{\n  \
             %0 = \"nn.rms_norm\"(%x, %g) {{axis = {axis} : i64, epsilon = {eps_text} : f32}} : (tensor<2x3x4xf32>, tensor<{gty}f32>) -> tensor<2x3x4xf32>\n  \
             func.return %0 : tensor<2x3x4xf32>\n}}\n"
        );
        let inputs = [
            HostTensor::f32(&[2, 3, 4], x.clone()),
            HostTensor::f32(&pshape, g.clone()),
        ];
        let got = run(&src, &inputs);
        let row: usize = pshape.iter().product();
        let gfull: Vec<f32> = g.iter().copied().cycle().take(row).collect();
        let want = reference(&x, &gfull, row, eps);
        for (a, b) in got.as_f32().iter().zip(&want) {
            assert!(
                (f64::from(*a) - b).abs() <= 1e-5 * b.abs().max(1.0),
                "{a} vs {b}"
            );
        }
    }
}

#[test]
fn bf16_rms_norm_is_the_f32_result_rounded() {
    use runtime::tensor::bf16;
    let x: Vec<bf16> = values(8, 3).into_iter().map(bf16::from_f32).collect();
    let g: Vec<bf16> = values(4, 5).into_iter().map(bf16::from_f32).collect();
    let src = "func.func @main(%x: tensor<2x4xbf16>, %g: tensor<4xbf16>) -> tensor<2x4xbf16> {\n  \
               %0 = \"nn.rms_norm\"(%x, %g) : (tensor<2x4xbf16>, tensor<4xbf16>) -> tensor<2x4xbf16>\n  \
               func.return %0 : tensor<2x4xbf16>\n}\n";
    let got = run(
        src,
        &[
            HostTensor::new(vec![2, 4], TensorData::BF16(x.clone())),
            HostTensor::new(vec![4], TensorData::BF16(g.clone())),
        ],
    );
    let xf: Vec<f32> = x.iter().map(|v| v.to_f32()).collect();
    let gf: Vec<f32> = g.iter().map(|v| v.to_f32()).collect();
    let want = reference(&xf, &gf, 4, 1e-6);
    let TensorData::BF16(got) = got.data else {
        panic!("the result is stored in bf16");
    };
    for (a, b) in got.iter().zip(&want) {
        assert_eq!(*a, bf16::from_f32(*b as f32), "{a} vs {b}");
    }
}
