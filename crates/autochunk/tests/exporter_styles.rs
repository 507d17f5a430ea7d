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
    let func = autochunk::entry::entry_function(&m).expect("entry");
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
