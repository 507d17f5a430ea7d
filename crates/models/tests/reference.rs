//! Numerical reference harness. For each family at a small size (spelled and fused
//! attention) it
//! (a) generates the module, (b) writes seeded random weights and inputs, named by the
//! arguments' `nn.name`, to a safetensors file, (c) runs the independent numpy
//! reference in `tests/reference/<family>.py` on it, (d) checks that the reference
//! consumed exactly the declared tensors (the script fails otherwise) and produced
//! finite outputs named and shaped like the function's results, and (e) runs the same
//! module on the same file through the reference runtime (`runtime::run`, what
//! `chunk-run --inputs` does) and requires every output's max relative error
//! (`max|runtime - numpy| / max|numpy|`) to be at most 1e-4 ([`compare_with_chunk_run`]).
//!
//! Needs python3 with numpy (`scripts/install-deps.sh` installs it); without them the
//! test prints SKIPPED and why, and passes.
use ir::{Attribute, Module, Type};
use models::*;
use safetensors::tensor::{Dtype, TensorView};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One model to check: the module and the modelgen flags that describe it (the
/// reference script takes the same flags).
struct Case {
    family: &'static str,
    flags: Vec<String>,
    module: Module,
}

fn case(family: &'static str, flags: &str, module: Result<Module, String>) -> Case {
    let flags = flags.split_whitespace().map(str::to_string).collect();
    Case {
        family,
        flags,
        module: module.expect("the model builds"),
    }
}

fn cases() -> Vec<Case> {
    let gpt_cfg = GptConfig {
        layers: 2,
        hidden: 32,
        heads: 4,
        ffn: 64,
        seq: 8,
        batch: 2,
        vocab: 50,
        ..GptConfig::default()
    };
    let vit_cfg = VitConfig {
        image: 16,
        patch: 4,
        channels: 3,
        hidden: 32,
        heads: 2,
        layers: 2,
        ffn: 64,
        batch: 2,
        ..VitConfig::default()
    };
    let evo_cfg = EvoformerConfig {
        blocks: 2,
        msa_seqs: 3,
        residues: 6,
        c_m: 8,
        c_z: 8,
        heads: 2,
        pair_heads: 2,
        c_hidden: 4,
        c_opm: 3,
        c_tri_mul: 5,
        ..EvoformerConfig::default()
    };
    let tri_cfg = EvoformerConfig {
        residues: 7,
        c_z: 16,
        pair_heads: 4,
        c_hidden: 4,
        variant: EvoformerVariant::TriangleAttention,
        ..evo_cfg.clone()
    };
    let unet_cfg = UnetConfig {
        image: 8,
        in_channels: 3,
        channels: 8,
        levels: 3,
        attention_levels: vec![1, 2],
        res_blocks: 1,
        heads: 2,
        groups: 4,
        batch: 2,
        ..UnetConfig::default()
    };
    let fused = AttentionMode::Fused;
    vec![
        case("gpt", "--layers 2 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 2 --vocab 50", gpt(&gpt_cfg)),
        case(
            "gpt",
            "--layers 2 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 2 --vocab 50 --attention fused",
            gpt(&GptConfig { attention: fused, ..gpt_cfg.clone() }),
        ),
        case("gpt", "--layers 1 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 1 --no-embedding", gpt(&GptConfig { layers: 1, batch: 1, no_embedding: true, ..gpt_cfg })),
        case("vit", "--image 16 --patch 4 --channels 3 --hidden 32 --heads 2 --layers 2 --ffn 64 --batch 2", vit(&vit_cfg)),
        case(
            "vit",
            "--image 16 --patch 4 --channels 3 --hidden 32 --heads 2 --layers 2 --ffn 64 --batch 2 --attention fused",
            vit(&VitConfig { attention: fused, ..vit_cfg }),
        ),
        case(
            "evoformer",
            "--blocks 2 --msa-seqs 3 --residues 6 --c-m 8 --c-z 8 --heads 2 --pair-heads 2 --c-hidden 4 --c-opm 3 --c-tri-mul 5",
            evoformer(&evo_cfg),
        ),
        case(
            "evoformer",
            "--blocks 2 --msa-seqs 3 --residues 6 --c-m 8 --c-z 8 --heads 2 --pair-heads 2 --c-hidden 4 --c-opm 3 --c-tri-mul 5 --attention fused",
            evoformer(&EvoformerConfig { attention: fused, ..evo_cfg }),
        ),
        case("evoformer", "--only triangle-attention --blocks 2 --residues 7 --c-z 16 --pair-heads 4 --c-hidden 4", evoformer(&tri_cfg)),
        case(
            "evoformer",
            "--only triangle-attention --blocks 2 --residues 7 --c-z 16 --pair-heads 4 --c-hidden 4 --attention fused",
            evoformer(&EvoformerConfig { attention: fused, ..tri_cfg }),
        ),
        case(
            "unet",
            "--image 8 --in-channels 3 --channels 8 --levels 3 --attention-levels 1,2 --res-blocks 1 --heads 2 --groups 4 --batch 2",
            unet(&unet_cfg),
        ),
        case(
            "unet",
            "--image 8 --in-channels 3 --channels 8 --levels 3 --attention-levels 1,2 --res-blocks 1 --heads 2 --groups 4 --batch 2 --attention fused",
            unet(&UnetConfig { attention: fused, ..unet_cfg }),
        ),
    ]
}

/// `(nn.name, type)` of each argument or result.
type Named = Vec<(String, Type)>;

/// The named arguments and the named results of `@main`.
fn signature(m: &Module) -> (Named, Named) {
    let func = m
        .all_ops()
        .into_iter()
        .find(|&o| m.name(o) == "func.func")
        .expect("a function");
    let Some(Attribute::Type(Type::Function { inputs, results })) = m.attr(func, "function_type")
    else {
        panic!("function_type")
    };
    let names = |key: &str| -> Vec<String> {
        let Some(Attribute::Array(items)) = m.attr(func, key) else {
            panic!("{key}")
        };
        items
            .iter()
            .map(|d| {
                d.as_dictionary().unwrap()[0]
                    .value
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let zip = |n: Vec<String>, t: &[Type]| n.into_iter().zip(t.iter().cloned()).collect();
    (
        zip(names("arg_attrs"), inputs),
        zip(names("res_attrs"), results),
    )
}

/// xorshift64*: a fixed, dependency-free stream so the files are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [-1, 1).
    fn uniform(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 23) as f32 - 1.0
    }
}

/// Values for one argument, scaled so activations stay O(1) through many layers:
/// norm gains near 1, small biases, matrices and kernels by 1/sqrt(fan-in).
fn values(name: &str, shape: &[usize], rng: &mut Rng) -> Vec<f32> {
    let n: usize = shape.iter().product();
    let (offset, scale) = match shape {
        [_] if name.ends_with(".weight") => (1.0, 0.1), // layer/group norm gain
        [_] => (0.0, 0.1),                              // bias
        [fan_in, _] if name.ends_with(".weight") && !name.starts_with("embed.") => {
            (0.0, 1.0 / (*fan_in as f32).sqrt())
        }
        [_, c, kh, kw] if name.ends_with(".weight") => (0.0, 1.0 / ((c * kh * kw) as f32).sqrt()),
        _ => (0.0, 1.0), // inputs and embeddings
    };
    (0..n).map(|_| offset + scale * rng.uniform()).collect()
}

/// One tensor to serialize: name, dtype, shape, little-endian bytes.
type Buffer = (String, Dtype, Vec<usize>, Vec<u8>);

/// Writes every argument of the module to `path`.
fn write_inputs(case: &Case, path: &Path, vocab: usize) {
    let (args, _) = signature(&case.module);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut buffers: Vec<Buffer> = vec![];
    for (name, ty) in args {
        let shape: Vec<usize> = ty.shape().unwrap().iter().map(|&d| d as usize).collect();
        let n: usize = shape.iter().product();
        if ty.element() == Some(&Type::i(32)) {
            let ids: Vec<u8> = (0..n)
                .flat_map(|_| ((rng.next() % vocab as u64) as i32).to_le_bytes())
                .collect();
            buffers.push((name, Dtype::I32, shape, ids));
        } else {
            let v: Vec<u8> = values(&name, &shape, &mut rng)
                .into_iter()
                .flat_map(f32::to_le_bytes)
                .collect();
            buffers.push((name, Dtype::F32, shape, v));
        }
    }
    let views: Vec<(String, TensorView)> = buffers
        .iter()
        .map(|(n, d, s, b)| {
            (
                n.clone(),
                TensorView::new(*d, s.clone(), b).expect("consistent tensor"),
            )
        })
        .collect();
    safetensors::serialize_to_file(views, &None, path).expect("write the safetensors file");
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Why the reference cannot run here, if it cannot.
fn python_missing() -> Option<String> {
    match Command::new("python3")
        .args(["-c", "import numpy"])
        .output()
    {
        Err(e) => Some(format!("python3 not runnable ({e})")),
        Ok(o) if !o.status.success() => {
            Some("numpy not installed for python3 (pip install numpy)".into())
        }
        Ok(_) => None,
    }
}

/// The largest `|a - b|` over the largest `|b|`: the error relative to the output's
/// scale (elementwise relative error is meaningless for outputs near zero).
fn max_relative_error(actual: &[f32], expected: &[f32]) -> f64 {
    let scale = expected
        .iter()
        .fold(0f64, |m, &x| m.max(f64::from(x).abs()))
        .max(f64::MIN_POSITIVE);
    let diff = actual.iter().zip(expected).fold(0f64, |m, (&a, &b)| {
        m.max((f64::from(a) - f64::from(b)).abs())
    });
    if actual.len() != expected.len() || actual.iter().any(|x| !x.is_finite()) {
        return f64::INFINITY;
    }
    diff / scale
}

/// The largest error this harness accepts between the runtime (f32) and the numpy
/// reference (f64, written as f32), relative to the output's largest magnitude.
const TOLERANCE: f64 = 1e-4;

fn f32_values(t: &TensorView) -> Vec<f32> {
    assert_eq!(t.dtype(), Dtype::F32);
    t.data()
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

/// Runs the module on `weights` with the reference runtime (as `chunk-run FILE.mlir
/// --inputs weights` does: arguments matched by `nn.name`) and compares every result
/// with the tensor of the same name in `reference`. Returns one line per output
/// (`name: error`) and, separately, the outputs whose error exceeds [`TOLERANCE`].
fn compare_with_chunk_run(
    case: &Case,
    weights: &Path,
    reference: &Path,
) -> (Vec<String>, Vec<String>) {
    let what = format!("{} {}", case.family, case.flags.join(" "));
    let m = &case.module;
    let func = runtime::entry_function(m).expect("an entry function");
    let bytes = std::fs::read(weights).unwrap();
    let inputs = runtime::io::read_inputs(m, func, &bytes, &weights.display().to_string())
        .unwrap_or_else(|e| panic!("{what}: the runtime cannot read the inputs: {e}"));
    let (_, exec) = runtime::run(m, func, &inputs)
        .unwrap_or_else(|e| panic!("{what}: the runtime failed: {e}"));
    let ref_bytes = std::fs::read(reference).unwrap();
    let expected = safetensors::SafeTensors::deserialize(&ref_bytes).expect("a safetensors file");
    let (mut report, mut failures) = (vec![], vec![]);
    for (i, out) in exec.outputs.iter().enumerate() {
        let name = runtime::io::result_name(m, func, i);
        let want = expected
            .tensor(&name)
            .unwrap_or_else(|_| panic!("{what}: the reference has no output '{name}'"));
        assert_eq!(out.shape, want.shape(), "{what}: shape of {name}");
        let err = max_relative_error(out.as_f32(), &f32_values(&want));
        report.push(format!("{name}: {err:.2e}"));
        if err.is_nan() || err > TOLERANCE {
            failures.push(format!(
                "{what}: {name}: max relative error {err:.3e} > {TOLERANCE:e}"
            ));
        }
    }
    (report, failures)
}

#[test]
fn relative_error_metric() {
    assert_eq!(max_relative_error(&[1.0, 2.0], &[1.0, 2.0]), 0.0);
    assert!((max_relative_error(&[1.0, 2.0002], &[1.0, 2.0]) - 1e-4).abs() < 1e-6);
    assert_eq!(max_relative_error(&[f32::NAN], &[1.0]), f64::INFINITY);
}

#[test]
fn numpy_references_run_on_generated_weights() {
    if let Some(why) = python_missing() {
        eprintln!("SKIPPED numpy reference check and runtime comparison: {why}; scripts/install-deps.sh installs numpy");
        return;
    }
    let dir = std::env::temp_dir().join(format!("models-reference-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = vec![];
    for (i, case) in cases().iter().enumerate() {
        let weights = dir.join(format!("{i}-{}-in.safetensors", case.family));
        let out = dir.join(format!("{i}-{}-out.safetensors", case.family));
        write_inputs(case, &weights, 50);
        let script = repo_root().join(format!("tests/reference/{}.py", case.family));
        let result = Command::new("python3")
            .arg(&script)
            .args(&case.flags)
            .arg("--weights")
            .arg(&weights)
            .arg("--out")
            .arg(&out)
            .output()
            .expect("python3 runs");
        assert!(
            result.status.success(),
            "{} {}: reference failed:\n{}",
            case.family,
            case.flags.join(" "),
            String::from_utf8_lossy(&result.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        let outputs = safetensors::SafeTensors::deserialize(&bytes).expect("a safetensors file");
        let (_, results) = signature(&case.module);
        let mut got: Vec<String> = outputs.names().into_iter().cloned().collect();
        got.sort();
        let mut want: Vec<String> = results.iter().map(|r| r.0.clone()).collect();
        want.sort();
        assert_eq!(got, want, "{}: output names", case.family);
        for (name, ty) in &results {
            let t = outputs.tensor(name).unwrap();
            let shape: Vec<usize> = ty.shape().unwrap().iter().map(|&d| d as usize).collect();
            assert_eq!(t.shape(), &shape[..], "{}: shape of {name}", case.family);
            let v = f32_values(&t);
            assert!(
                v.iter().all(|x| x.is_finite()),
                "{}: {name} has non-finite values",
                case.family
            );
            // A constant output would hide a wrong graph; random weights give spread.
            let spread = v.iter().fold(f32::MIN, |m, &x| m.max(x))
                - v.iter().fold(f32::MAX, |m, &x| m.min(x));
            assert!(
                spread > 1e-3,
                "{}: {name} is (nearly) constant",
                case.family
            );
        }
        let (report, bad) = compare_with_chunk_run(case, &weights, &out);
        eprintln!(
            "reference[{} {}]: runtime vs numpy, max relative error: {}",
            case.family,
            case.flags.join(" "),
            report.join(", ")
        );
        failures.extend(bad);
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "runtime and numpy reference disagree:\n{}",
        failures.join("\n")
    );
}
