//! Autochunk on models written the way real exporters write them
//! (`models::exporters`: torch.export's 2-D matmuls and entry masks, Flax's sliced
//! mask, T5's shared position bias, Swin's windows, a pair block, Llama, local
//! attention, a Perceiver, Falcon's parallel blocks): at each budget the family
//! reaches, the chunked program computes the unchunked program's outputs, its
//! measured peak meets the budget and equals the prediction.
mod common;
use autochunk::liveness::function_profile;
use common::{autochunk, check, context};
use models::{exporter_model, ExporterConfig, ExporterStyle};

/// Chunks `style` at each fraction of its unchunked peak and checks the result.
fn reaches(style: ExporterStyle, fractions: &[f64], adjust: impl Fn(&mut ExporterConfig)) {
    let mut cfg = ExporterConfig::small(style);
    cfg.seq *= 4;
    cfg.max_seq = cfg.seq + cfg.seq / 2;
    adjust(&mut cfg);
    cfg.max_seq = cfg.max_seq.max(cfg.seq);
    let m = exporter_model(&cfg).expect("valid config");
    let ctx = context();
    let func = func_dialect::entry_function(&m).expect("entry");
    let peak = function_profile(&m, &ctx, func).expect("profile").peak;
    for &fraction in fractions {
        let chunked = autochunk(&m, &format!("budget={fraction}"))
            .unwrap_or_else(|e| panic!("{}: budget {fraction}: {}", style.name(), e.message));
        check(&m, &chunked, (peak as f64 * fraction).floor() as u64);
    }
}

#[test]
fn torch_export_gpt_with_the_mask_built_at_entry() {
    reaches(ExporterStyle::TorchGpt, &[0.5, 0.2, 0.1], |_| {});
}

#[test]
fn t5_encoder_with_one_position_bias_for_all_layers() {
    reaches(ExporterStyle::T5, &[0.5, 0.2, 0.1], |_| {});
}

#[test]
fn llama_layers_with_gqa_rope_tables_and_an_entry_mask() {
    reaches(ExporterStyle::Llama, &[0.5, 0.2, 0.1], |_| {});
}

#[test]
fn falcon_parallel_blocks_with_multi_query_attention() {
    reaches(ExporterStyle::Falcon, &[0.5, 0.2, 0.1], |_| {});
}

#[test]
fn flax_gpt_with_the_mask_sliced_from_the_maximum_length() {
    reaches(ExporterStyle::FlaxGpt, &[0.5, 0.2], |_| {});
}

#[test]
fn perceiver_cross_attention_chunks_heads_with_their_projections() {
    reaches(ExporterStyle::Perceiver, &[0.5], |c| c.seq = 1024);
}

#[test]
fn pair_block_chunks_rows_through_torch_bmm_views() {
    // q, k, v are viewed [N, H, N, c] -> [N*H, N, c] for bmm: the loop over rows i
    // reads them in blocks of H rows of the merged dimension.
    reaches(ExporterStyle::Pair, &[0.5, 0.2, 0.1], |c| c.seq = 64);
}

/// Aiming at 50% directly, the first loops take the largest chunks that fit and leave
/// a peak no region brings down; the pass then aims lower (the plan it finds meets
/// 50% too).
#[test]
fn swin_stage_chunks_window_rows_through_the_partition() {
    reaches(ExporterStyle::Swin, &[0.5, 0.2], |c| {
        c.seq = 32;
        c.window = 8;
    });
}

/// The entry mask is copied next to each layer before the search, so no layer's loop
/// is sized while the other layers' mask is still live: the loops of the two layers
/// take steps of the same order (the first was once 20 times finer than the last).
#[test]
fn layers_reading_one_entry_mask_get_similar_chunks() {
    let mut cfg = ExporterConfig::small(ExporterStyle::TorchGpt);
    cfg.seq = 512;
    cfg.max_seq = 768;
    let m = exporter_model(&cfg).expect("valid config");
    let chunked = autochunk(&m, "budget=0.1").expect("feasible");
    let func = func_dialect::entry_function(&chunked).expect("entry");
    let body = chunked.entry_block(func, 0).expect("body");
    let steps: Vec<i64> = chunked
        .block_ops(body)
        .filter(|&op| chunked.name(op) == "chunk.for")
        .filter_map(|op| chunk_dialect::ChunkFor::read(&chunked, op).ok())
        .filter(|c| c.extent == 512)
        .map(|c| c.step)
        .collect();
    assert!(steps.len() >= 2, "a loop per layer: {steps:?}");
    let (lo, hi) = (steps.iter().min().unwrap(), steps.iter().max().unwrap());
    assert!(hi / lo <= 2, "steps of the layers' loops: {steps:?}");
}
