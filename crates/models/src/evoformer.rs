//! AlphaFold 2's Evoformer (supplementary information, Algorithm 6), inference only
//! (no dropout). Per block, with MSA `m [S, R, c_m]` and pair `z [R, R, c_z]`:
//!
//! 1. `m += MSARowAttentionWithPairBias(m, z)` (Alg. 7)
//! 2. `m += MSAColumnAttention(m)` (Alg. 8)
//! 3. `m += MSATransition(m)` (Alg. 9)
//! 4. `z += OuterProductMean(m)` (Alg. 10)
//! 5. `z += TriangleMultiplicationOutgoing(z)` (Alg. 11)
//! 6. `z += TriangleMultiplicationIncoming(z)` (Alg. 12)
//! 7. `z += TriangleAttentionStartingNode(z)` (Alg. 13)
//! 8. `z += TriangleAttentionEndingNode(z)` (Alg. 14)
//! 9. `z += PairTransition(z)` (Alg. 15)
//!
//! [`EvoformerVariant::TriangleAttention`] is the pair block of
//! `shared/bench/pytorch_models.py` (`TriAttn`): triangle attention around the
//! starting node then a transition, over `z [N, N, c_z]` alone, for the GPU benchmark.
//!
//! All attentions here are gated: `out(sigmoid(gate(x)) * MHA(x))`, with a fused
//! bias-free `qkv` projection laid out `[3, heads, c_hidden]` as in `TriAttn`.
use crate::builder::{AttentionMode, Graph, Mha, V};
use crate::{dim, fits, nonzero};
use ir::{Attribute, Module};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EvoformerVariant {
    /// Full Evoformer blocks (Algorithm 6).
    #[default]
    Full,
    /// Triangle attention (starting node) + pair transition only, as in
    /// `pytorch_models.py`'s Evo block.
    TriangleAttention,
}

impl std::str::FromStr for EvoformerVariant {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "full" => Ok(EvoformerVariant::Full),
            "triangle-attention" => Ok(EvoformerVariant::TriangleAttention),
            other => Err(format!(
                "unknown evoformer variant '{other}' (expected 'full' or 'triangle-attention')"
            )),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvoformerConfig {
    pub blocks: usize,
    /// MSA sequences `S` (unused by the triangle-attention variant).
    pub msa_seqs: usize,
    /// Residues `R` (`N` of the pair tensor).
    pub residues: usize,
    pub c_m: usize,
    pub c_z: usize,
    /// Heads of the MSA row and column attention.
    pub heads: usize,
    /// Heads of the triangle attention.
    pub pair_heads: usize,
    /// Channels per head of every attention (AlphaFold: 32).
    pub c_hidden: usize,
    /// Channels of the outer product mean projections (AlphaFold: 32).
    pub c_opm: usize,
    /// Channels of the triangle multiplication (AlphaFold: 128).
    pub c_tri_mul: usize,
    pub variant: EvoformerVariant,
    pub attention: AttentionMode,
}

impl Default for EvoformerConfig {
    fn default() -> Self {
        EvoformerConfig {
            blocks: 1,
            msa_seqs: 4,
            residues: 8,
            c_m: 16,
            c_z: 8,
            heads: 2,
            pair_heads: 2,
            c_hidden: 4,
            c_opm: 4,
            c_tri_mul: 8,
            variant: EvoformerVariant::Full,
            attention: AttentionMode::Spelled,
        }
    }
}

/// Transition widening factor (AlphaFold's n = 4; `TriAttn` uses 4 too).
const TRANSITION: usize = 4;

impl EvoformerConfig {
    pub fn validate(&self) -> Result<(), String> {
        let (r, cz, ph, ch) = (self.residues, self.c_z, self.pair_heads, self.c_hidden);
        for (n, v) in [
            ("blocks", self.blocks),
            ("residues", r),
            ("c-z", cz),
            ("pair-heads", ph),
            ("c-hidden", ch),
        ] {
            nonzero(n, v)?;
        }
        fits("pair", &[r, r, cz])?;
        fits("triangle attention scores", &[r, ph, r, r])?;
        fits("triangle attention qkv", &[r, r, 3, ph, ch])?;
        fits("pair transition", &[r, r, TRANSITION, cz])?;
        if self.variant == EvoformerVariant::TriangleAttention {
            return Ok(());
        }
        let (s, cm, h) = (self.msa_seqs, self.c_m, self.heads);
        for (n, v) in [
            ("msa-seqs", s),
            ("c-m", cm),
            ("heads", h),
            ("c-opm", self.c_opm),
            ("c-tri-mul", self.c_tri_mul),
        ] {
            nonzero(n, v)?;
        }
        fits("msa", &[s, r, cm])?;
        fits("msa transition", &[s, r, TRANSITION, cm])?;
        fits("msa row attention scores", &[s, h, r, r])?;
        fits("msa column attention scores", &[r, h, s, s])?;
        fits("msa attention qkv", &[s, r, 3, h, ch])?;
        fits("outer product", &[r, r, self.c_opm, self.c_opm])?;
        fits("outer product weight", &[self.c_opm, self.c_opm, cz])?;
        fits("triangle multiplication", &[r, r, self.c_tri_mul])?;
        fits("msa weights", &[cm, 3, h, ch])
    }
}

/// Builds the Evoformer module. Full: `@main(msa [S, R, c_m], pair [R, R, c_z],
/// weights...)` returning `msa_out`, `pair_out`. Triangle attention:
/// `@main(pair [R, R, c_z], weights...)` returning `pair_out`.
pub fn evoformer(cfg: &EvoformerConfig) -> Result<Module, String> {
    cfg.validate()?;
    let mut g = Graph::new(cfg.attention);
    let (r, cz) = (dim(cfg.residues), dim(cfg.c_z));
    let e = Evo {
        cfg,
        ph: dim(cfg.pair_heads),
        ch: dim(cfg.c_hidden),
        cz,
    };
    if cfg.variant == EvoformerVariant::TriangleAttention {
        let mut z = g.param("pair", &[r, r, cz]);
        for i in 0..cfg.blocks {
            let p = format!("blocks.{i}");
            let u = e.triangle_attention(&mut g, z, &format!("{p}.tri_attn"), false);
            z = g.add(z, u);
            let u = transition(&mut g, z, &format!("{p}.transition"));
            z = g.add(z, u);
        }
        return g.finish(&[("pair_out", z)]);
    }
    let (s, cm) = (dim(cfg.msa_seqs), dim(cfg.c_m));
    let mut m = g.param("msa", &[s, r, cm]);
    let mut z = g.param("pair", &[r, r, cz]);
    for i in 0..cfg.blocks {
        let p = format!("blocks.{i}");
        let u = e.msa_row_attention(&mut g, m, z, &format!("{p}.msa_row_attn"));
        m = g.add(m, u);
        let u = e.msa_column_attention(&mut g, m, &format!("{p}.msa_col_attn"));
        m = g.add(m, u);
        let u = transition(&mut g, m, &format!("{p}.msa_transition"));
        m = g.add(m, u);
        let u = e.outer_product_mean(&mut g, m, &format!("{p}.outer_product_mean"));
        z = g.add(z, u);
        let u = e.triangle_multiplication(&mut g, z, &format!("{p}.tri_mul_out"), true);
        z = g.add(z, u);
        let u = e.triangle_multiplication(&mut g, z, &format!("{p}.tri_mul_in"), false);
        z = g.add(z, u);
        let u = e.triangle_attention(&mut g, z, &format!("{p}.tri_attn_start"), false);
        z = g.add(z, u);
        let u = e.triangle_attention(&mut g, z, &format!("{p}.tri_attn_end"), true);
        z = g.add(z, u);
        let u = transition(&mut g, z, &format!("{p}.pair_transition"));
        z = g.add(z, u);
    }
    g.finish(&[("msa_out", m), ("pair_out", z)])
}

/// `fc2(relu(fc1(ln(x))))` with a 4x wider hidden layer (Alg. 9 and 15).
fn transition(g: &mut Graph, x: V, p: &str) -> V {
    let c = g.shape(x).last().copied().unwrap_or(0);
    let y = g.layer_norm(x, &format!("{p}.ln"));
    let y = g.linear(y, &format!("{p}.fc1"), dim(TRANSITION) * c, true);
    let y = g.unary("nn.relu", y);
    g.linear(y, &format!("{p}.fc2"), c, true)
}

/// `out(sigmoid(gate(x)) * MHA(x, bias))` over the second-to-last axis of `x`
/// (already normalised), returning `[..., L, out]`.
fn gated_attention(
    g: &mut Graph,
    x: V,
    p: &str,
    heads: i64,
    c: i64,
    bias: Option<V>,
    out: i64,
) -> V {
    let o = g.self_attention(
        x,
        p,
        Mha {
            heads,
            head_dim: c,
            qkv_bias: false,
            causal: false,
        },
        bias,
    );
    let gate = g.linear(x, &format!("{p}.gate"), heads * c, true);
    let gate = g.unary("nn.sigmoid", gate);
    let o = g.mul(gate, o);
    g.linear(o, &format!("{p}.out"), out, true)
}

/// Sizes shared by the sub-blocks.
struct Evo<'a> {
    cfg: &'a EvoformerConfig,
    ph: i64,
    ch: i64,
    cz: i64,
}

impl Evo<'_> {
    /// Alg. 7: attention along each MSA row (over residues), biased by the pair.
    fn msa_row_attention(&self, g: &mut Graph, m: V, z: V, p: &str) -> V {
        let (h, cm) = (dim(self.cfg.heads), dim(self.cfg.c_m));
        let m = g.layer_norm(m, &format!("{p}.ln_m"));
        let zn = g.layer_norm(z, &format!("{p}.ln_z"));
        let bias = g.linear(zn, &format!("{p}.bias"), h, false);
        // [R, R, H] -> [H, R, R], broadcast against the scores [S, H, R, R].
        let bias = g.transpose(bias, &[2, 0, 1]);
        gated_attention(g, m, p, h, self.ch, Some(bias), cm)
    }

    /// Alg. 8: attention along each MSA column (over sequences), done on `m`
    /// transposed to `[R, S, c_m]` and transposed back.
    fn msa_column_attention(&self, g: &mut Graph, m: V, p: &str) -> V {
        let (h, cm) = (dim(self.cfg.heads), dim(self.cfg.c_m));
        let mt = g.transpose(m, &[1, 0, 2]);
        let mt = g.layer_norm(mt, &format!("{p}.ln"));
        let o = gated_attention(g, mt, p, h, self.ch, None, cm);
        g.transpose(o, &[1, 0, 2])
    }

    /// Alg. 10: `out(mean_s(a[s, i] (x) b[s, j]))`, the mean taken before the
    /// projection (so the bias is not scaled).
    fn outer_product_mean(&self, g: &mut Graph, m: V, p: &str) -> V {
        let (s, r, c) = (
            dim(self.cfg.msa_seqs),
            dim(self.cfg.residues),
            dim(self.cfg.c_opm),
        );
        let mn = g.layer_norm(m, &format!("{p}.ln"));
        let a = g.linear(mn, &format!("{p}.a"), c, true);
        let b = g.linear(mn, &format!("{p}.b"), c, true);
        // Contract over s: [R_i, c, R_j, d].
        let o = g.op(
            "nn.dot_general",
            &[a, b],
            vec![
                ("lhs_contracting_dimensions", Attribute::i64_array(&[0])),
                ("rhs_contracting_dimensions", Attribute::i64_array(&[0])),
            ],
        );
        let o = g.transpose(o, &[0, 2, 1, 3]);
        let o = g.reshape(o, &[r, r, c * c]);
        let o = g.scale(o, 1.0 / s as f64);
        g.linear(o, &format!("{p}.out"), self.cz, true)
    }

    /// Alg. 11 (outgoing: `x[i,j] = sum_k a[i,k] * b[j,k]`) and Alg. 12 (incoming:
    /// `x[i,j] = sum_k a[k,i] * b[k,j]`), then `sigmoid(gate(z)) * out(ln_out(x))`.
    fn triangle_multiplication(&self, g: &mut Graph, z: V, p: &str, outgoing: bool) -> V {
        let c = dim(self.cfg.c_tri_mul);
        let zn = g.layer_norm(z, &format!("{p}.ln_in"));
        let gated = |g: &mut Graph, name: &str| {
            let gate = g.linear(zn, &format!("{p}.{name}_gate"), c, true);
            let gate = g.unary("nn.sigmoid", gate);
            let proj = g.linear(zn, &format!("{p}.{name}_proj"), c, true);
            g.mul(gate, proj)
        };
        let a = gated(g, "a");
        let b = gated(g, "b");
        // Batch over channels, contract over k: result [c, i, j].
        let k = if outgoing { 1 } else { 0 };
        let x = g.op(
            "nn.dot_general",
            &[a, b],
            vec![
                ("lhs_batching_dimensions", Attribute::i64_array(&[2])),
                ("rhs_batching_dimensions", Attribute::i64_array(&[2])),
                ("lhs_contracting_dimensions", Attribute::i64_array(&[k])),
                ("rhs_contracting_dimensions", Attribute::i64_array(&[k])),
            ],
        );
        let x = g.transpose(x, &[1, 2, 0]);
        let x = g.layer_norm(x, &format!("{p}.ln_out"));
        let x = g.linear(x, &format!("{p}.out"), self.cz, true);
        let gate = g.linear(zn, &format!("{p}.gate"), self.cz, true);
        let gate = g.unary("nn.sigmoid", gate);
        g.mul(gate, x)
    }

    /// Alg. 13 (around the starting node: row `i` of `z`, position `j` attends to
    /// `k`, biased by `b[j, k]`), or Alg. 14 (ending node: the same on `z`
    /// transposed, transposed back).
    fn triangle_attention(&self, g: &mut Graph, z: V, p: &str, ending: bool) -> V {
        let z = if ending {
            g.transpose(z, &[1, 0, 2])
        } else {
            z
        };
        let zn = g.layer_norm(z, &format!("{p}.ln"));
        let bias = g.linear(zn, &format!("{p}.bias"), self.ph, false);
        // [j, k, H] -> [H, j, k], broadcast against the scores [i, H, j, k].
        let bias = g.transpose(bias, &[2, 0, 1]);
        let o = gated_attention(g, zn, p, self.ph, self.ch, Some(bias), self.cz);
        if ending {
            g.transpose(o, &[1, 0, 2])
        } else {
            o
        }
    }
}
