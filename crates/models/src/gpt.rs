//! GPT: a decoder-only transformer, structured like the GPT layer of
//! `shared/bench/pytorch_models.py` (pre-LN, fused QKV projection, causal multi-head
//! attention, output projection, GELU MLP, residuals), stacked, with a token
//! embedding plus learned positions in front and a final layer norm behind.
//!
//! Per layer: `x = x + attn.out(MHA(ln1(x)))`, `x = x + mlp.fc2(gelu(mlp.fc1(ln2(x))))`.
use crate::builder::{AttentionMode, Graph};
use crate::{dim, divisible, fits, nonzero};
use ir::{Module, Type};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GptConfig {
    pub layers: usize,
    pub hidden: usize,
    pub heads: usize,
    pub ffn: usize,
    pub seq: usize,
    pub batch: usize,
    pub vocab: usize,
    /// Take `hidden_states [batch, seq, hidden]` instead of `input_ids`.
    pub no_embedding: bool,
    pub attention: AttentionMode,
}

impl Default for GptConfig {
    fn default() -> Self {
        GptConfig {
            layers: 2,
            hidden: 64,
            heads: 4,
            ffn: 256,
            seq: 16,
            batch: 1,
            vocab: 128,
            no_embedding: false,
            attention: AttentionMode::Spelled,
        }
    }
}

impl GptConfig {
    pub fn validate(&self) -> Result<(), String> {
        nonzero("layers", self.layers)?;
        nonzero("hidden", self.hidden)?;
        nonzero("heads", self.heads)?;
        nonzero("ffn", self.ffn)?;
        nonzero("seq", self.seq)?;
        nonzero("batch", self.batch)?;
        if !self.no_embedding {
            nonzero("vocab", self.vocab)?;
            fits("token embedding", &[self.vocab, self.hidden])?;
            // Token ids are i32: the largest id must be representable.
            if self.vocab > i32::MAX as usize + 1 {
                return Err(format!(
                    "vocab ({}) must be at most 2^31 (token ids are i32)",
                    self.vocab
                ));
            }
        }
        divisible("hidden", self.hidden, "heads", self.heads)?;
        fits(
            "attention scores",
            &[self.batch, self.heads, self.seq, self.seq],
        )?;
        fits("qkv projection", &[self.batch, self.seq, 3, self.hidden])?;
        fits("mlp hidden", &[self.batch, self.seq, self.ffn])?;
        fits("mlp weight", &[self.hidden, self.ffn])?;
        if self.seq > i32::MAX as usize {
            return Err(format!(
                "seq ({}) must be at most 2^31 - 1 (the causal mask uses i32 indices)",
                self.seq
            ));
        }
        Ok(())
    }
}

/// Builds the GPT module: `@main(input_ids: [batch, seq] i32, weights...)` (or
/// `hidden_states` with `no_embedding`) returning `last_hidden_state [batch, seq, hidden]`.
pub fn gpt(cfg: &GptConfig) -> Result<Module, String> {
    cfg.validate()?;
    let (b, s, d) = (dim(cfg.batch), dim(cfg.seq), dim(cfg.hidden));
    let (h, f) = (dim(cfg.heads), dim(cfg.ffn));
    let mut g = Graph::new(cfg.attention);
    let mut x = if cfg.no_embedding {
        g.param("hidden_states", &[b, s, d])
    } else {
        let ids = g.arg("input_ids", Type::tensor(&[b, s], Type::i(32)));
        let table = g.param("embed.tokens.weight", &[dim(cfg.vocab), d]);
        let tok = g.op("nn.embedding", &[table, ids], vec![]);
        // Learned positions for exactly `seq` positions: adding the table is the same
        // as gathering rows 0..seq of it.
        let pos = g.param("embed.positions.weight", &[s, d]);
        g.add(tok, pos)
    };
    for l in 0..cfg.layers {
        x = g.transformer_layer(x, &format!("layers.{l}"), h, f, true);
    }
    let out = g.layer_norm(x, "ln_f");
    g.finish(&[("last_hidden_state", out)])
}
