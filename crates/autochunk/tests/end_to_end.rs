//! Autochunk end to end on the reference runtime: the chunked program computes the
//! unchunked program's outputs, its measured peak meets the budget, and the memory
//! model (`liveness`) predicts exactly the live bytes the runtime's plan measures.
mod common;
use autochunk::liveness::function_profile;
use common::{autochunk, check, context, parse};

const ATTENTION: &str = r#"
func.func @main(%q: tensor<256x16xf32>, %k: tensor<16x256xf32>, %v: tensor<256x16xf32>) -> tensor<256x16xf32> {
  %s = "nn.matmul"(%q, %k) : (tensor<256x16xf32>, tensor<16x256xf32>) -> tensor<256x256xf32>
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<256x256xf32>) -> tensor<256x256xf32>
  %o = "nn.matmul"(%p, %v) : (tensor<256x256xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
  func.return %o : tensor<256x16xf32>
}
"#;

#[test]
fn attention_rows_meet_the_budget_with_the_same_outputs() {
    let m = parse(ATTENTION);
    let chunked = autochunk(&m, "budget=0.3").expect("feasible");
    check(&m, &chunked, 524_288 * 3 / 10);
}

#[test]
fn a_partial_last_chunk_computes_the_same_values() {
    let m = parse(ATTENTION);
    // 256 rows in chunks of 48: the last chunk overlaps the previous one.
    let chunked = autochunk(&m, "budget=0.5 chunk-size=48").expect("feasible");
    check(&m, &chunked, 524_288 / 2);
}

#[test]
fn gpt_layers_with_a_causal_mask_chunk_correctly_at_every_budget() {
    let config = models::GptConfig {
        layers: 2,
        hidden: 32,
        heads: 2,
        ffn: 64,
        seq: 256,
        batch: 1,
        vocab: 64,
        ..Default::default()
    };
    let m = models::gpt(&config).expect("valid config");
    let ctx = context();
    let func = func_dialect::entry_function(&m).expect("entry");
    let peak = function_profile(&m, &ctx, func).expect("profile").peak;
    for fraction in ["0.5", "0.3", "0.2"] {
        let chunked = autochunk(&m, &format!("budget={fraction}")).expect("feasible");
        let budget = (peak as f64 * fraction.parse::<f64>().unwrap()).floor() as u64;
        check(&m, &chunked, budget);
    }
}

/// The triangle-attention block: per row `i`, q, k and v are row-local, so the loop
/// can take the q/k/v projection in and keep only the normalised input and the output
/// whole. A region starting after the projections keeps q, k and v whole through the
/// loop; the quick ranking must count that, or it prefers that region and the budget
/// (30%, which the larger region meets) is refused.
#[test]
fn triangle_attention_chunks_its_projections_in() {
    let config = models::EvoformerConfig {
        residues: 96,
        c_z: 64,
        pair_heads: 4,
        c_hidden: 16,
        variant: models::EvoformerVariant::TriangleAttention,
        ..Default::default()
    };
    let m = models::evoformer(&config).expect("valid config");
    let ctx = context();
    let func = func_dialect::entry_function(&m).expect("entry");
    let peak = function_profile(&m, &ctx, func).expect("profile").peak;
    let chunked = autochunk(&m, "budget=0.3").expect("feasible at 30%");
    check(&m, &chunked, (peak as f64 * 0.3).floor() as u64);
}

#[test]
fn an_infeasible_budget_is_an_error_not_a_wrong_program() {
    let m = parse(ATTENTION);
    let e = autochunk(&m, "budget-bytes=1KiB").expect_err("1 KiB cannot hold the output");
    assert!(
        e.message.contains("cannot meet the budget of 1024 bytes"),
        "{}",
        e.message
    );
    assert!(
        e.message.contains("the smallest peak reachable is"),
        "{}",
        e.message
    );
}

/// Found by the random-graph property: a mask built from iotas at entry, a batch view
/// and a softmax over rows. Inside the loop over columns, a nested loop computes the
/// offset column index; the comparison that reads it is used after that loop and
/// reads nothing sliced, but it may not be hoisted before the loop it reads from.
const ENTRY_MASK_AND_VIEW: &str = r#"
func.func @main(%x: tensor<40x16xf32>) -> tensor<40x16xf32> {
  %ri = "nn.iota"() {dimension = 0 : i64} : () -> tensor<40x16xi32>
  %ci = "nn.iota"() {dimension = 1 : i64} : () -> tensor<40x16xi32>
  %vis = "nn.compare"(%ci, %ri) {direction = "LE"} : (tensor<40x16xi32>, tensor<40x16xi32>) -> tensor<40x16xi1>
  %zero = "nn.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %low = "nn.constant"() {value = dense<-3.0> : tensor<f32>} : () -> tensor<f32>
  %mask = "nn.select"(%vis, %zero, %low) : (tensor<40x16xi1>, tensor<f32>, tensor<f32>) -> tensor<40x16xf32>
  %lr = "nn.iota"() {dimension = 0 : i64} : () -> tensor<48x16xi32>
  %long = "nn.convert"(%lr) : (tensor<48x16xi32>) -> tensor<48x16xf32>
  %tenth = "nn.constant"() {value = dense<0.1> : tensor<f32>} : () -> tensor<f32>
  %table = "nn.mul"(%long, %tenth) : (tensor<48x16xf32>, tensor<f32>) -> tensor<48x16xf32>
  %v = "nn.reshape"(%x) : (tensor<40x16xf32>) -> tensor<2x20x16xf32>
  %t = "nn.tanh"(%v) : (tensor<2x20x16xf32>) -> tensor<2x20x16xf32>
  %b = "nn.reshape"(%t) : (tensor<2x20x16xf32>) -> tensor<40x16xf32>
  %a = "nn.add"(%b, %mask) : (tensor<40x16xf32>, tensor<40x16xf32>) -> tensor<40x16xf32>
  %s = "nn.softmax"(%a) {axis = 0 : i64} : (tensor<40x16xf32>) -> tensor<40x16xf32>
  %u = "nn.tanh"(%s) : (tensor<40x16xf32>) -> tensor<40x16xf32>
  %e = "nn.exp"(%u) : (tensor<40x16xf32>) -> tensor<40x16xf32>
  func.return %e : tensor<40x16xf32>
}
"#;

#[test]
fn an_op_reading_the_loop_is_never_hoisted_before_it() {
    let m = parse(ENTRY_MASK_AND_VIEW);
    let ctx = context();
    let func = func_dialect::entry_function(&m).expect("entry");
    let peak = function_profile(&m, &ctx, func).expect("profile").peak;
    let fraction = 0.38697251770137187;
    let chunked = autochunk(&m, &format!("budget={fraction}")).expect("feasible");
    check(&m, &chunked, (peak as f64 * fraction).floor() as u64);
}

/// A model deeper than the old fixed cap of 64 regions: each of its 72 identical
/// layers needs its own loop, so the search finds one region and applies it to every
/// layer in one step (`select::apply_everywhere`), and the default `max-regions`
/// scales with the program. The outputs and the budget are checked as everywhere.
#[test]
fn a_model_deeper_than_64_layers_gets_a_loop_per_layer() {
    let config = models::GptConfig {
        layers: 72,
        hidden: 16,
        heads: 2,
        ffn: 32,
        seq: 64,
        batch: 1,
        vocab: 32,
        ..Default::default()
    };
    let m = models::gpt(&config).expect("valid config");
    let ctx = context();
    let func = func_dialect::entry_function(&m).expect("entry");
    let peak = function_profile(&m, &ctx, func).expect("profile").peak;
    let chunked = autochunk(&m, "budget=0.5").expect("feasible with the default cap");
    let loops = chunked
        .all_ops()
        .into_iter()
        .filter(|&op| chunked.name(op) == "chunk.for")
        .count();
    assert!(loops >= 72, "{loops} loops for 72 layers");
    check(&m, &chunked, peak / 2);
    // The old cap, asked for explicitly, is still named when it stops the search.
    let Err(e) = autochunk(&m, "budget=0.5 max-regions=8") else {
        panic!("72 loops with max-regions=8");
    };
    assert!(
        e.notes.iter().any(|n| n.message.contains("max-regions=8")),
        "{e:?}"
    );
}
