//! The model zoo: generators for GPT, ViT, AlphaFold 2's Evoformer and a
//! Stable-Diffusion-style UNet, written as `nn` dialect modules.
//!
//! Each family has a config with a small [`Default`] and a function returning the
//! module or a clear error for impossible sizes. The module holds one function,
//! `@main`, whose arguments are the inputs and the weights (f32), each named by an
//! `{nn.name = "..."}` argument attribute (e.g. `layers.0.attn.qkv.weight`) so a
//! safetensors file matches by name; results are named the same way. Linear weights
//! are `[in, out]`, the transpose of `torch.nn.Linear.weight`.
//!
//! Attention is spelled out (`matmul`, scale, mask, `softmax`, `matmul`) by default,
//! so the compiler sees the score tensors it has to chunk; with
//! [`AttentionMode::Fused`] it is one `nn.attention` op.
pub mod builder;
pub mod evoformer;
pub mod exporters;
pub mod gpt;
pub mod unet;
pub mod vit;

pub use builder::AttentionMode;
pub use evoformer::{evoformer, EvoformerConfig, EvoformerVariant};
pub use exporters::{exporter_model, ExporterConfig, ExporterStyle};
pub use gpt::{gpt, GptConfig};
pub use unet::{unet, UnetConfig};
pub use vit::{vit, VitConfig};

/// Checks that a size is not zero.
pub(crate) fn nonzero(what: &str, v: usize) -> Result<(), String> {
    if v == 0 {
        Err(format!("{what} must be at least 1"))
    } else {
        Ok(())
    }
}

/// Checks that `a` is divisible by `b` (both non-zero).
pub(crate) fn divisible(a_what: &str, a: usize, b_what: &str, b: usize) -> Result<(), String> {
    if a % b != 0 {
        Err(format!(
            "{a_what} ({a}) must be divisible by {b_what} ({b})"
        ))
    } else {
        Ok(())
    }
}

/// Checks that an f32 tensor of these dims has a byte size that fits in u64 and dims
/// that fit in i64, naming the tensor in the error. Generators call this for their
/// largest tensors, so every product they compute afterwards is in range.
pub(crate) fn fits(what: &str, dims: &[usize]) -> Result<(), String> {
    let bytes = dims
        .iter()
        .try_fold(4u64, |acc, &d| acc.checked_mul(d as u64));
    match bytes {
        Some(b) if i64::try_from(b).is_ok() => Ok(()),
        _ => Err(format!(
            "sizes too large: the {what} tensor {dims:?} (f32) would need more than 2^63 bytes"
        )),
    }
}

/// A validated size as an IR dimension (validation ensures it fits).
pub(crate) fn dim(v: usize) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}
