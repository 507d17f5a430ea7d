//! ViT: patch embedding (a conv2d with stride = kernel = patch), a learned class
//! token, learned positions, pre-LN encoder layers (the GPT layer without the causal
//! mask) and a final layer norm.
use crate::builder::{AttentionMode, Graph};
use crate::{dim, divisible, fits, nonzero};
use ir::Module;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VitConfig {
    pub image: usize,
    pub patch: usize,
    pub channels: usize,
    pub hidden: usize,
    pub heads: usize,
    pub layers: usize,
    pub ffn: usize,
    pub batch: usize,
    pub attention: AttentionMode,
}

impl Default for VitConfig {
    fn default() -> Self {
        VitConfig {
            image: 32,
            patch: 8,
            channels: 3,
            hidden: 64,
            heads: 4,
            layers: 2,
            ffn: 256,
            batch: 1,
            attention: AttentionMode::Spelled,
        }
    }
}

impl VitConfig {
    pub fn validate(&self) -> Result<(), String> {
        for (n, v) in [
            ("image", self.image),
            ("patch", self.patch),
            ("channels", self.channels),
            ("hidden", self.hidden),
            ("heads", self.heads),
            ("layers", self.layers),
            ("ffn", self.ffn),
            ("batch", self.batch),
        ] {
            nonzero(n, v)?;
        }
        divisible("image", self.image, "patch", self.patch)?;
        divisible("hidden", self.hidden, "heads", self.heads)?;
        fits(
            "image",
            &[self.batch, self.channels, self.image, self.image],
        )?;
        fits(
            "patch embedding weight",
            &[self.hidden, self.channels, self.patch, self.patch],
        )?;
        let tokens = self.tokens();
        fits(
            "attention scores",
            &[self.batch, self.heads, tokens, tokens],
        )?;
        fits("qkv projection", &[self.batch, tokens, 3, self.hidden])?;
        fits("mlp hidden", &[self.batch, tokens, self.ffn])?;
        fits("mlp weight", &[self.hidden, self.ffn])
    }

    /// Patches plus the class token (call after the image size is known to fit).
    pub fn tokens(&self) -> usize {
        let side = self.image / self.patch.max(1);
        side.saturating_mul(side).saturating_add(1)
    }
}

/// Builds the ViT module: `@main(pixel_values: [batch, channels, image, image], weights...)`
/// returning `last_hidden_state [batch, 1 + patches, hidden]` (class token first).
pub fn vit(cfg: &VitConfig) -> Result<Module, String> {
    cfg.validate()?;
    let (b, d, h, f) = (
        dim(cfg.batch),
        dim(cfg.hidden),
        dim(cfg.heads),
        dim(cfg.ffn),
    );
    let side = dim(cfg.image / cfg.patch);
    let n = side * side;
    let mut g = Graph::new(cfg.attention);
    let pixels = g.param(
        "pixel_values",
        &[b, dim(cfg.channels), dim(cfg.image), dim(cfg.image)],
    );
    let patches = g.conv2d(pixels, "embed.patch", d, dim(cfg.patch), dim(cfg.patch), 0);
    // [B, D, side, side] -> [B, D, N] -> [B, N, D]
    let patches = g.reshape(patches, &[b, d, n]);
    let patches = g.transpose(patches, &[0, 2, 1]);
    let cls = g.param("embed.cls_token", &[1, 1, d]);
    let cls = g.broadcast_in_dim(cls, &[b, 1, d], &[0, 1, 2]);
    let x = g.concat(&[cls, patches], 1);
    let pos = g.param("embed.positions.weight", &[n + 1, d]);
    let mut x = g.add(x, pos);
    for l in 0..cfg.layers {
        x = g.transformer_layer(x, &format!("layers.{l}"), h, f, false);
    }
    let out = g.layer_norm(x, "ln_f");
    g.finish(&[("last_hidden_state", out)])
}
