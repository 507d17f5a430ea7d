//! One exported JAX function per StableHLO op (`tests/frontends/ops`, written by
//! `scripts/export-op-fixtures.py`): each is converted to `nn` and run on the
//! reference runtime against the outputs JAX computed, or, for the ops `nn` cannot
//! express, refused with an error located at the op that names it.
use ir::Context;
use runtime::{HostTensor, TensorData};
use safetensors::{Dtype, SafeTensors};
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/frontends/ops"
    ))
    .to_path_buf()
}

/// Cases `nn` cannot express, with the op the error must name and a word of why.
const REFUSED: [(&str, &str, &str); 9] = [
    ("argmax", "stablehlo.reduce", "2 operands"),
    ("cumsum", "stablehlo.reduce_window", "cumulative sum"),
    ("gather_strided_index", "stablehlo.gather", "row lookups"),
    ("gather_take_along_axis", "stablehlo.gather", "row lookups"),
    ("scatter", "stablehlo.scatter", "has no equivalent"),
    ("sort", "stablehlo.sort", "has no equivalent"),
    ("top_k", "chlo.top_k", "has no equivalent"),
    ("while", "stablehlo.while", "control flow"),
    // Converts; the reference runtime has no bf16 yet (see docs/frontends.md).
    ("convert_bf16", "", ""),
];

fn cases() -> Vec<String> {
    let list = std::fs::read_to_string(dir().join("CASES.txt")).expect("CASES.txt");
    list.lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

fn load(path: &Path) -> Vec<HostTensor> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let st = SafeTensors::deserialize(&bytes).expect("valid safetensors");
    (0..st.len())
        .map(|i| {
            let v = st.tensor(&format!("result{i}")).expect("resultN");
            let b = v.data();
            let data = match v.dtype() {
                Dtype::F32 => TensorData::F32(
                    b.chunks_exact(4)
                        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect(),
                ),
                Dtype::I32 => TensorData::I32(
                    b.chunks_exact(4)
                        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect(),
                ),
                Dtype::BOOL => TensorData::I1(b.to_vec()),
                other => panic!("{path:?}: result{i} has type {other:?}"),
            };
            HostTensor::new(v.shape().to_vec(), data)
        })
        .collect()
}

#[test]
fn every_op_case_matches_jax_or_is_refused_at_the_op() {
    frontends::register();
    let ctx = Context::new();
    let cases = cases();
    assert!(cases.len() >= 50, "CASES.txt lists {} cases", cases.len());
    let mut ran = 0;
    for case in &cases {
        let path = dir().join(format!("{case}.mlir"));
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut m = parse::parse_source(&text, &file, &ctx).unwrap_or_else(|e| panic!("{e}"));
        ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}"));
        let converted = frontends::convert_stablehlo_to_nn(&mut m, &ctx);
        let refusal = REFUSED.iter().find(|r| r.0 == case);
        match (converted, refusal) {
            (Err(e), Some(&(_, op, why))) if !op.is_empty() => {
                let text = e.to_string();
                assert!(
                    text.starts_with(&format!("{file}:")),
                    "{case}: not located: {text}"
                );
                assert!(
                    text.contains(&format!("'{op}' op")),
                    "{case}: must name {op}: {text}"
                );
                assert!(text.contains(why), "{case}: must say why ({why}): {text}");
                continue;
            }
            (Err(e), _) => panic!("{case}: {e}"),
            (Ok(()), Some((_, op, _))) if !op.is_empty() => {
                panic!("{case}: converted, but {op} was expected to be refused")
            }
            (Ok(()), Some(_)) => continue,
            (Ok(()), None) => {}
        }
        ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{case} after conversion: {e}"));
        let func = runtime::entry_function(&m).unwrap();
        let input_path = dir().join(format!("{case}.inputs.safetensors"));
        let bytes = std::fs::read(&input_path).unwrap();
        let inputs = runtime::io::read_inputs(&m, func, &bytes, "inputs").unwrap();
        let plan = runtime::plan(&m, func).unwrap_or_else(|e| panic!("{case}: {e}"));
        let exec = runtime::execute(&m, &plan, &inputs, &runtime::ExecOptions::default())
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        let expected = load(&dir().join(format!("{case}.outputs.safetensors")));
        assert_eq!(exec.outputs.len(), expected.len(), "{case}: result count");
        for (i, (got, want)) in exec.outputs.iter().zip(&expected).enumerate() {
            assert_eq!(got.shape, want.shape, "{case}: result {i} shape");
            match (&got.data, &want.data) {
                (TensorData::F32(_), TensorData::F32(_)) => {
                    let err = runtime::max_relative_error(
                        std::slice::from_ref(got),
                        std::slice::from_ref(want),
                    );
                    assert!(
                        err <= 1e-4,
                        "{case}: result {i}: max relative error {err:e}"
                    );
                }
                (g, w) => assert_eq!(g, w, "{case}: result {i}"),
            }
        }
        ran += 1;
    }
    assert!(ran >= 45, "only {ran} cases ran");
}

/// Every case printed in pretty form with locations reads back to the same text
/// (region reducers with located arguments, while loops, composites, ...).
#[test]
fn every_op_case_prints_and_reads_back_with_locations() {
    frontends::register();
    let ctx = Context::new();
    let options = ir::PrintOptions {
        debug_info: true,
        ..Default::default()
    };
    for case in cases() {
        let text = std::fs::read_to_string(dir().join(format!("{case}.mlir"))).unwrap();
        let m = parse::parse_source(&text, "case.mlir", &ctx).unwrap();
        let first = ir::asm::print_module(&m, &ctx, options);
        let again = parse::parse_source(&first, "printed.mlir", &ctx)
            .unwrap_or_else(|e| panic!("{case}: {e}\n{first}"));
        assert_eq!(
            first,
            ir::asm::print_module(&again, &ctx, options),
            "{case}: not a fixpoint"
        );
    }
}
