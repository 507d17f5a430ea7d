//! A Stable-Diffusion-style UNet (the denoiser of latent diffusion, without text
//! cross-attention): `conv_in`; per level, residual blocks (group norm, SiLU, conv,
//! time embedding added, group norm, SiLU, conv, skip connection) with self-attention
//! at the chosen (lower-resolution) levels, then a stride-2 conv downsample; a middle
//! of residual, attention, residual; the mirrored up path that concatenates the saved
//! skips on channels, with nearest-neighbour upsampling + conv; and
//! `conv_out(silu(norm_out(x)))`.
//!
//! Channels at level `l` are `channels * min(2^l, 4)` (SD's `[1, 2, 4, 4]`). The time
//! embedding MLP (`linear, silu, linear` to `4 * channels`) is in the graph; its
//! sinusoidal input features (`time_embedding [batch, channels]`) are an input,
//! since the dialect has no sin/cos.
use crate::builder::{AttentionMode, Graph, Mha, V};
use crate::{dim, divisible, fits, nonzero};
use ir::Module;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnetConfig {
    /// Height and width of the (latent) input.
    pub image: usize,
    pub in_channels: usize,
    /// Base channel count (SD: 320).
    pub channels: usize,
    pub levels: usize,
    /// Levels (0 = full resolution) whose residual blocks are followed by self-attention.
    pub attention_levels: Vec<usize>,
    /// Residual blocks per level on the way down (the up path has one more).
    pub res_blocks: usize,
    pub heads: usize,
    pub groups: usize,
    pub batch: usize,
    pub attention: AttentionMode,
}

impl Default for UnetConfig {
    fn default() -> Self {
        UnetConfig {
            image: 16,
            in_channels: 4,
            channels: 32,
            levels: 3,
            attention_levels: vec![1, 2],
            res_blocks: 1,
            heads: 2,
            groups: 8,
            batch: 1,
            attention: AttentionMode::Spelled,
        }
    }
}

impl UnetConfig {
    pub fn validate(&self) -> Result<(), String> {
        for (n, v) in [
            ("image", self.image),
            ("in-channels", self.in_channels),
            ("channels", self.channels),
            ("levels", self.levels),
            ("res-blocks", self.res_blocks),
            ("heads", self.heads),
            ("groups", self.groups),
            ("batch", self.batch),
        ] {
            nonzero(n, v)?;
        }
        if let Some(&l) = self.attention_levels.iter().find(|&&l| l >= self.levels) {
            return Err(format!(
                "attention level {l} does not exist (levels are 0..{})",
                self.levels
            ));
        }
        let factor = 1usize
            .checked_shl(self.levels as u32 - 1)
            .filter(|_| self.levels <= 63)
            .ok_or_else(|| {
                format!(
                    "levels ({}) too many: the image halves at each level",
                    self.levels
                )
            })?;
        if self.image % factor != 0 {
            return Err(format!(
                "image ({}) must be divisible by 2^(levels - 1) = {factor} so each level halves it exactly",
                self.image
            ));
        }
        // Every channel count is a multiple of `channels`, so these cover all levels
        // and the concatenated skips.
        divisible("channels", self.channels, "groups", self.groups)?;
        divisible("channels", self.channels, "heads", self.heads)?;
        let (b, img, ch) = (self.batch, self.image, self.channels);
        fits("widest activation", &[b, 8, ch, img, img])?;
        fits("widest weight", &[4 * 8, ch, 4 * ch, 9])?;
        // The middle block always attends, at the lowest resolution.
        for l in self
            .attention_levels
            .iter()
            .copied()
            .chain([self.levels - 1])
        {
            let t = (img >> l) * (img >> l);
            fits("attention scores", &[b, self.heads, t, t])?;
        }
        Ok(())
    }

    fn level_channels(&self, l: usize) -> i64 {
        dim(self.channels) * (1i64 << l.min(2))
    }
}

/// Builds the UNet module: `@main(sample [batch, in_channels, image, image],
/// time_embedding [batch, channels], weights...)` returning `out`, shaped like `sample`.
pub fn unet(cfg: &UnetConfig) -> Result<Module, String> {
    cfg.validate()?;
    let (b, img, ch) = (dim(cfg.batch), dim(cfg.image), dim(cfg.channels));
    let u = Unet {
        cfg,
        groups: dim(cfg.groups),
        heads: dim(cfg.heads),
    };
    let mut g = Graph::new(cfg.attention);
    let sample = g.param("sample", &[b, dim(cfg.in_channels), img, img]);
    let t = g.param("time_embedding", &[b, ch]);
    let t = g.linear(t, "time_embed.fc1", 4 * ch, true);
    let t = g.unary("nn.silu", t);
    let temb = g.linear(t, "time_embed.fc2", 4 * ch, true);

    let mut x = g.conv2d(sample, "conv_in", ch, 3, 1, 1);
    let mut skips = vec![x];
    for l in 0..cfg.levels {
        let c = cfg.level_channels(l);
        let attend = cfg.attention_levels.contains(&l);
        for r in 0..cfg.res_blocks {
            x = u.res_block(&mut g, x, temb, &format!("down.{l}.res.{r}"), c);
            if attend {
                x = u.attn_block(&mut g, x, &format!("down.{l}.attn.{r}"));
            }
            skips.push(x);
        }
        if l + 1 < cfg.levels {
            x = g.conv2d(x, &format!("down.{l}.downsample"), c, 3, 2, 1);
            skips.push(x);
        }
    }
    let c = cfg.level_channels(cfg.levels - 1);
    x = u.res_block(&mut g, x, temb, "mid.res.0", c);
    x = u.attn_block(&mut g, x, "mid.attn");
    x = u.res_block(&mut g, x, temb, "mid.res.1", c);
    for l in (0..cfg.levels).rev() {
        let c = cfg.level_channels(l);
        let attend = cfg.attention_levels.contains(&l);
        for r in 0..=cfg.res_blocks {
            // Validation makes the skip count match the pops exactly.
            let skip = skips.pop().unwrap_or(x);
            x = g.concat(&[x, skip], 1);
            x = u.res_block(&mut g, x, temb, &format!("up.{l}.res.{r}"), c);
            if attend {
                x = u.attn_block(&mut g, x, &format!("up.{l}.attn.{r}"));
            }
        }
        if l > 0 {
            x = g.op(
                "nn.upsample_nearest2d",
                &[x],
                vec![("scale", ir::Attribute::i64(2))],
            );
            x = g.conv2d(x, &format!("up.{l}.upsample"), c, 3, 1, 1);
        }
    }
    let x = g.group_norm(x, "norm_out", u.groups);
    let x = g.unary("nn.silu", x);
    let out = g.conv2d(x, "conv_out", dim(cfg.in_channels), 3, 1, 1);
    g.finish(&[("out", out)])
}

struct Unet<'a> {
    cfg: &'a UnetConfig,
    groups: i64,
    heads: i64,
}

impl Unet<'_> {
    /// `skip(x) + conv2(silu(norm2(conv1(silu(norm1(x))) + time_proj(silu(temb)))))`,
    /// `skip` a 1x1 conv when the channel count changes.
    fn res_block(&self, g: &mut Graph, x: V, temb: V, p: &str, cout: i64) -> V {
        let xs = g.shape(x);
        let cin = xs.get(1).copied().unwrap_or(0);
        let h = g.group_norm(x, &format!("{p}.norm1"), self.groups);
        let h = g.unary("nn.silu", h);
        let h = g.conv2d(h, &format!("{p}.conv1"), cout, 3, 1, 1);
        let t = g.unary("nn.silu", temb);
        let t = g.linear(t, &format!("{p}.time_proj"), cout, true);
        let t = g.reshape(t, &[dim(self.cfg.batch), cout, 1, 1]);
        let h = g.add(h, t);
        let h = g.group_norm(h, &format!("{p}.norm2"), self.groups);
        let h = g.unary("nn.silu", h);
        let h = g.conv2d(h, &format!("{p}.conv2"), cout, 3, 1, 1);
        let skip = if cin != cout {
            g.conv2d(x, &format!("{p}.skip"), cout, 1, 1, 0)
        } else {
            x
        };
        g.add(skip, h)
    }

    /// `x + out(MHA(norm(x)))` over the `H*W` positions.
    fn attn_block(&self, g: &mut Graph, x: V, p: &str) -> V {
        let s = g.shape(x);
        let [b, c, hh, ww] = s[..] else {
            return x; // an earlier op failed; the graph reports that error
        };
        let hw = hh * ww;
        let h = g.group_norm(x, &format!("{p}.norm"), self.groups);
        let h = g.reshape(h, &[b, c, hw]);
        let h = g.transpose(h, &[0, 2, 1]);
        let a = g.self_attention(
            h,
            p,
            Mha {
                heads: self.heads,
                head_dim: c / self.heads,
                qkv_bias: true,
                causal: false,
            },
            None,
        );
        let a = g.linear(a, &format!("{p}.out"), c, true);
        let a = g.transpose(a, &[0, 2, 1]);
        let a = g.reshape(a, &[b, c, hh, ww]);
        g.add(x, a)
    }
}
