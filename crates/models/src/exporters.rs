//! Exporter-style models: the maths of the zoo written the way real frontends write
//! it, so the compiler is tested on the graphs users bring, not only on the ones
//! `modelgen`'s own builders write.
//!
//! Each family reproduces the shapes of one exporter's output:
//!
//! - `torch-gpt`: torch.export of an HF GPT-2: linears as view-to-2-D, `mm`, view
//!   back; attention as 3-D `bmm` over `[B*H, L, c]`; the additive causal mask built
//!   once at function entry and added in every layer.
//! - `flax-gpt`: Flax: the causal mask built at the maximum length at entry and
//!   sliced to `[L, L]` in each layer; `where(mask, scores, finfo.min)`.
//! - `t5`: a T5 encoder: the relative position bias (bucketed distances, a table
//!   lookup) computed once and shared by every layer; RMS norm; ReLU MLP.
//! - `swin`: a Swin stage: window partition by reshape + transpose, a relative
//!   position bias gathered per window, the shifted block's roll (slices +
//!   concatenation) and its mask.
//! - `pair`: an Evoformer-style pair block whose attention bias is projected from
//!   the same layer norm as q, k and v.
//! - `llama`: Llama layers: RMS norm, RoPE tables built at entry, grouped-query
//!   attention (keys and values repeated by broadcast + reshape), SiLU-gated MLP.
//! - `local`: blocked local attention: each block of queries attends to its own and
//!   the previous block of keys.
//! - `perceiver`: a Perceiver encoder: latents cross-attend to a long input, then
//!   self-attend.
//! - `falcon`: Falcon-style parallel blocks: attention and MLP read the same layer
//!   norm and are added to the residual together; multi-query attention.
//!
//! Every module is `@main(hidden_states, weights...)`: the activations enter as an
//! argument (embeddings are not what these families exercise).
use crate::builder::{AttentionMode, Graph, V};
use crate::{dim, divisible, fits, nonzero};
use ir::{Attribute, Module, Type};

/// Which exporter's style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExporterStyle {
    TorchGpt,
    FlaxGpt,
    T5,
    Swin,
    Pair,
    Llama,
    Local,
    Perceiver,
    Falcon,
}

impl ExporterStyle {
    pub const ALL: [ExporterStyle; 9] = [
        ExporterStyle::TorchGpt,
        ExporterStyle::FlaxGpt,
        ExporterStyle::T5,
        ExporterStyle::Swin,
        ExporterStyle::Pair,
        ExporterStyle::Llama,
        ExporterStyle::Local,
        ExporterStyle::Perceiver,
        ExporterStyle::Falcon,
    ];
    pub fn name(self) -> &'static str {
        match self {
            ExporterStyle::TorchGpt => "torch-gpt",
            ExporterStyle::FlaxGpt => "flax-gpt",
            ExporterStyle::T5 => "t5",
            ExporterStyle::Swin => "swin",
            ExporterStyle::Pair => "pair",
            ExporterStyle::Llama => "llama",
            ExporterStyle::Local => "local",
            ExporterStyle::Perceiver => "perceiver",
            ExporterStyle::Falcon => "falcon",
        }
    }
}

impl std::str::FromStr for ExporterStyle {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        ExporterStyle::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = ExporterStyle::ALL.iter().map(|f| f.name()).collect();
                format!("unknown style '{s}' (expected {})", names.join(", "))
            })
    }
}

/// Sizes of an exporter-style model. `seq` is the sequence length (for `swin`, the
/// side of the square feature map; for `pair`, the number of residues; for
/// `perceiver`, the input length, with `latents` queries).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExporterConfig {
    pub style: ExporterStyle,
    pub layers: usize,
    pub hidden: usize,
    pub heads: usize,
    /// Key/value heads (grouped-query attention in `llama`, multi-query in `falcon`).
    pub kv_heads: usize,
    pub ffn: usize,
    pub seq: usize,
    /// The length the mask is built at (`flax-gpt`), at least `seq`.
    pub max_seq: usize,
    /// Window side (`swin`) or block length (`local`).
    pub window: usize,
    /// Latent queries (`perceiver`).
    pub latents: usize,
    pub batch: usize,
}

impl ExporterConfig {
    /// A small default of each style.
    pub fn small(style: ExporterStyle) -> Self {
        let mut c = ExporterConfig {
            style,
            layers: 2,
            hidden: 64,
            heads: 4,
            kv_heads: 4,
            ffn: 256,
            seq: 64,
            max_seq: 96,
            window: 8,
            latents: 16,
            batch: 1,
        };
        match style {
            ExporterStyle::Llama => c.kv_heads = 2,
            ExporterStyle::Falcon => c.kv_heads = 1,
            ExporterStyle::Swin => {
                c.seq = 16;
                c.window = 4;
                c.hidden = 32;
                c.ffn = 128;
            }
            ExporterStyle::Pair => {
                c.seq = 32;
                c.hidden = 32;
                c.layers = 1;
            }
            _ => {}
        }
        c
    }

    pub fn validate(&self) -> Result<(), String> {
        for (what, v) in [
            ("layers", self.layers),
            ("hidden", self.hidden),
            ("heads", self.heads),
            ("kv-heads", self.kv_heads),
            ("ffn", self.ffn),
            ("seq", self.seq),
            ("window", self.window),
            ("latents", self.latents),
            ("batch", self.batch),
        ] {
            nonzero(what, v)?;
        }
        divisible("hidden", self.hidden, "heads", self.heads)?;
        divisible("heads", self.heads, "kv-heads", self.kv_heads)?;
        if self.max_seq < self.seq {
            return Err(format!(
                "max-seq ({}) must be at least seq ({})",
                self.max_seq, self.seq
            ));
        }
        if matches!(self.style, ExporterStyle::Swin | ExporterStyle::Local) {
            divisible("seq", self.seq, "window", self.window)?;
        }
        if self.style == ExporterStyle::Swin && self.seq / self.window < 2 {
            return Err("swin needs at least two windows per side (seq >= 2 * window)".into());
        }
        let (b, s, h, d) = (self.batch, self.seq, self.heads, self.hidden);
        let square = if self.style == ExporterStyle::Pair {
            vec![s, s, s, h]
        } else {
            vec![b, h, self.max_seq.max(s), self.max_seq.max(s)]
        };
        fits("attention scores", &square)?;
        fits("mlp hidden", &[b, s, s, self.ffn.max(d)])?;
        if self.max_seq > i32::MAX as usize {
            return Err("max-seq must be below 2^31 (positions are i32)".into());
        }
        Ok(())
    }
}

/// Builds the model of `cfg.style`.
pub fn exporter_model(cfg: &ExporterConfig) -> Result<Module, String> {
    cfg.validate()?;
    let mut g = Graph::new(AttentionMode::Spelled);
    let out = match cfg.style {
        ExporterStyle::TorchGpt => torch_gpt(&mut g, cfg),
        ExporterStyle::FlaxGpt => flax_gpt(&mut g, cfg),
        ExporterStyle::T5 => t5(&mut g, cfg),
        ExporterStyle::Swin => swin(&mut g, cfg),
        ExporterStyle::Pair => pair(&mut g, cfg),
        ExporterStyle::Llama => llama(&mut g, cfg),
        ExporterStyle::Local => local(&mut g, cfg),
        ExporterStyle::Perceiver => perceiver(&mut g, cfg),
        ExporterStyle::Falcon => falcon(&mut g, cfg),
    };
    g.finish(&[("last_hidden_state", out)])
}

// ----- shared pieces ---------------------------------------------------------------

/// `(batch, seq, hidden, heads)` as IR dimensions.
fn sizes(cfg: &ExporterConfig) -> (i64, i64, i64, i64) {
    (
        dim(cfg.batch),
        dim(cfg.seq),
        dim(cfg.hidden),
        dim(cfg.heads),
    )
}

/// The second half of a pre-LN layer: `x + fc2(act(fc1(ln_2(x))))` with 2-D views
/// (torch.export) or plain 3-D linears (Flax, JAX).
fn mlp_block(g: &mut Graph, x: V, prefix: &str, ffn: i64, two_d: bool) -> V {
    let y = g.layer_norm(x, &format!("{prefix}.ln_2"));
    let y = if two_d {
        mlp_2d(g, y, &format!("{prefix}.mlp"), ffn, "nn.gelu")
    } else {
        let d = g.shape(x).last().copied().unwrap_or(0);
        let y = g.linear(y, &format!("{prefix}.mlp.fc1"), ffn, true);
        let y = g.gelu(y);
        g.linear(y, &format!("{prefix}.mlp.fc2"), d, true)
    };
    g.add(x, y)
}

/// q, k, v projections of `x` (and `kv` for keys and values) with 2-D views, split
/// into heads `[B, H, L, c]`.
fn qkv_heads(g: &mut Graph, x: V, kv: V, prefix: &str, heads: i64, bias: bool) -> [V; 3] {
    let d = g.shape(x).last().copied().unwrap_or(0);
    let q = linear_2d(g, x, &format!("{prefix}.q"), d, bias);
    let k = linear_2d(g, kv, &format!("{prefix}.k"), d, bias);
    let v = linear_2d(g, kv, &format!("{prefix}.v"), d, bias);
    [
        split_heads(g, q, heads),
        split_heads(g, k, heads),
        split_heads(g, v, heads),
    ]
}

/// torch.export's linear: `x [.., D]` viewed as `[rows, D]`, `mm`, `+ bias`, viewed
/// back.
fn linear_2d(g: &mut Graph, x: V, prefix: &str, out: i64, bias: bool) -> V {
    let shape = g.shape(x);
    let (lead, d) = shape.split_at(shape.len() - 1);
    let rows: i64 = lead.iter().product();
    let flat = g.reshape(x, &[rows, d[0]]);
    let y = g.linear(flat, prefix, out, bias);
    let mut back = lead.to_vec();
    back.push(out);
    g.reshape(y, &back)
}

/// `[B, L, H*c]` -> `[B, H, L, c]`.
fn split_heads(g: &mut Graph, x: V, heads: i64) -> V {
    let s = g.shape(x);
    let (b, l, hc) = (s[0], s[1], s[2]);
    let x = g.reshape(x, &[b, l, heads, hc / heads]);
    g.transpose(x, &[0, 2, 1, 3])
}

/// `[B, H, L, c]` -> `[B, L, H*c]`.
fn merge_heads(g: &mut Graph, x: V) -> V {
    let s = g.shape(x);
    let (b, h, l, c) = (s[0], s[1], s[2], s[3]);
    let x = g.transpose(x, &[0, 2, 1, 3]);
    g.reshape(x, &[b, l, h * c])
}

/// `[L, L]` i1, true where key `j <= i`.
fn causal_i1(g: &mut Graph, l: i64) -> V {
    let ty = Type::tensor(&[l, l], Type::i(32));
    let rows = g.iota(ty.clone(), 0);
    let cols = g.iota(ty, 1);
    g.compare(cols, rows, "LE")
}

/// HF's additive mask built at function entry: `[1, 1, L, L]` f32, 0 where a key is
/// visible and the most negative float where it is not.
fn additive_causal_mask(g: &mut Graph, l: i64) -> V {
    let visible = causal_i1(g, l);
    let zero = g.scalar(0.0);
    let min = g.scalar(f32::MIN as f64);
    let zero = g.broadcast_in_dim(zero, &[l, l], &[]);
    let min = g.broadcast_in_dim(min, &[l, l], &[]);
    let mask = g.op("nn.select", &[visible, zero, min], vec![]);
    g.reshape(mask, &[1, 1, l, l])
}

/// Softmax attention of `q [.., Lq, c]` with `k [.., Lk, c]` and `v` as torch.export
/// writes a 4-D matmul: 3-D `bmm` over the merged leading dims; `bias` (already
/// broadcast to the score shape's rank) is added to the scores.
fn bmm_attention(g: &mut Graph, q: V, k: V, v: V, bias: Option<V>, scale: bool) -> V {
    let qs = g.shape(q);
    let ks = g.shape(k);
    let r = qs.len();
    let lead: Vec<i64> = qs[..r - 2].to_vec();
    let n: i64 = lead.iter().product();
    let (lq, c, lk) = (qs[r - 2], qs[r - 1], ks[r - 2]);
    let q3 = g.reshape(q, &[n, lq, c]);
    let k3 = g.reshape(k, &[n, lk, c]);
    let kt = g.transpose(k3, &[0, 2, 1]);
    let s3 = g.op("nn.matmul", &[q3, kt], vec![]);
    let mut full = lead.clone();
    full.extend([lq, lk]);
    let mut s = g.reshape(s3, &full);
    if scale {
        let root = g.scalar((c as f64).sqrt());
        s = g.op("nn.div", &[s, root], vec![]);
    }
    if let Some(b) = bias {
        s = g.add(s, b);
    }
    let p = g.op("nn.softmax", &[s], vec![("axis", Attribute::i64(-1))]);
    let p3 = g.reshape(p, &[n, lq, lk]);
    let vs = g.shape(v);
    let v3 = g.reshape(v, &[n, lk, vs[r - 1]]);
    let o3 = g.op("nn.matmul", &[p3, v3], vec![]);
    let mut out = lead;
    out.extend([lq, vs[r - 1]]);
    g.reshape(o3, &out)
}

/// Multi-head attention of `[B, H, L, c]` heads, merged and projected by a 2-D
/// linear `{out}`: `out(merge(attention(q, k, v, mask)))`. `mask` (`[1, 1, Lq, Lk]`
/// or any shape broadcastable to the scores) is broadcast to the scores' shape, as
/// torch.export writes `expand`.
fn attend(
    g: &mut Graph,
    [q, k, v]: [V; 3],
    mask: Option<V>,
    scale: bool,
    out: &str,
    bias: bool,
) -> V {
    let qs = g.shape(q);
    let mut scores = qs[..qs.len() - 1].to_vec();
    scores.push(g.shape(k)[qs.len() - 2]);
    let dims: Vec<i64> = (0..scores.len() as i64).collect();
    let mask = mask.map(|m| g.broadcast_in_dim(m, &scores, &dims));
    let o = bmm_attention(g, q, k, v, mask, scale);
    let o = merge_heads(g, o);
    let d = g.shape(o).last().copied().unwrap_or(0);
    linear_2d(g, o, out, d, bias)
}

fn rms_norm(g: &mut Graph, x: V, prefix: &str) -> V {
    let d = g.shape(x).last().copied().unwrap_or(0);
    let w = g.param(&format!("{prefix}.weight"), &[d]);
    g.op(
        "nn.rms_norm",
        &[x, w],
        vec![
            ("axis", Attribute::i64(-1)),
            ("epsilon", Attribute::f32(1e-6)),
        ],
    )
}

fn mlp_2d(g: &mut Graph, x: V, prefix: &str, ffn: i64, act: &str) -> V {
    let d = g.shape(x).last().copied().unwrap_or(0);
    let h = linear_2d(g, x, &format!("{prefix}.fc1"), ffn, true);
    let h = g.unary(act, h);
    linear_2d(g, h, &format!("{prefix}.fc2"), d, true)
}

// ----- the families ----------------------------------------------------------------

fn torch_gpt(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, l, d, h) = sizes(cfg);
    let mut x = g.param("hidden_states", &[b, l, d]);
    let mask = additive_causal_mask(g, l);
    for i in 0..cfg.layers {
        let p = format!("h.{i}");
        let y = g.layer_norm(x, &format!("{p}.ln_1"));
        let qkv = linear_2d(g, y, &format!("{p}.attn.c_attn"), 3 * d, true);
        let mut parts = vec![];
        for j in 0..3 {
            let part = g.slice(qkv, 2, j * d, (j + 1) * d);
            parts.push(split_heads(g, part, h));
        }
        let qkv = [parts[0], parts[1], parts[2]];
        let o = attend(g, qkv, Some(mask), true, &format!("{p}.attn.c_proj"), true);
        x = g.add(x, o);
        x = mlp_block(g, x, &p, dim(cfg.ffn), true);
    }
    g.layer_norm(x, "ln_f")
}

fn flax_gpt(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, l, d, h) = sizes(cfg);
    let c = d / h;
    let mut x = g.param("hidden_states", &[b, l, d]);
    // Built once at the maximum length, as FlaxGPT2Attention's `causal_mask`.
    let lmax = dim(cfg.max_seq);
    let full = causal_i1(g, lmax);
    for i in 0..cfg.layers {
        let p = format!("h.{i}");
        let y = g.layer_norm(x, &format!("{p}.ln_1"));
        let qkv = g.linear(y, &format!("{p}.attn.c_attn"), 3 * d, true);
        let mut parts = vec![];
        for j in 0..3 {
            let part = g.slice(qkv, 2, j * d, (j + 1) * d);
            // Flax keeps [B, L, H, c] and contracts with dot_general.
            parts.push(g.reshape(part, &[b, l, h, c]));
        }
        let scores = g.op(
            "nn.dot_general",
            &[parts[0], parts[1]],
            vec![
                ("lhs_batching_dimensions", Attribute::i64_array(&[0, 2])),
                ("rhs_batching_dimensions", Attribute::i64_array(&[0, 2])),
                ("lhs_contracting_dimensions", Attribute::i64_array(&[3])),
                ("rhs_contracting_dimensions", Attribute::i64_array(&[3])),
            ],
        );
        let scores = g.scale(scores, 1.0 / (c as f64).sqrt());
        // causal_mask[:, :, key_length - query_length : key_length, :key_length]
        let rows = g.slice(full, 0, 0, l);
        let mask = g.slice(rows, 1, 0, l);
        let mask = g.op_typed(
            "nn.broadcast_in_dim",
            &[mask],
            vec![("broadcast_dimensions", Attribute::i64_array(&[2, 3]))],
            Type::tensor(&[b, h, l, l], Type::i(1)),
        );
        let min = g.scalar(f32::MIN as f64);
        let scores = g.op("nn.select", &[mask, scores, min], vec![]);
        let probs = g.op("nn.softmax", &[scores], vec![("axis", Attribute::i64(-1))]);
        // 'bhqk,bkhd->bqhd'
        let o = g.op(
            "nn.dot_general",
            &[probs, parts[2]],
            vec![
                ("lhs_batching_dimensions", Attribute::i64_array(&[0, 1])),
                ("rhs_batching_dimensions", Attribute::i64_array(&[0, 2])),
                ("lhs_contracting_dimensions", Attribute::i64_array(&[3])),
                ("rhs_contracting_dimensions", Attribute::i64_array(&[1])),
            ],
        );
        let o = g.transpose(o, &[0, 2, 1, 3]);
        let o = g.reshape(o, &[b, l, d]);
        let o = g.linear(o, &format!("{p}.attn.c_proj"), d, true);
        x = g.add(x, o);
        x = mlp_block(g, x, &p, dim(cfg.ffn), false);
    }
    g.layer_norm(x, "ln_f")
}

/// T5's bidirectional relative position bucket of `rel = key - query` (i32 `[L, L]`):
/// exact buckets for small distances, logarithmic ones up to `max_distance`.
fn t5_buckets(g: &mut Graph, rel: V, buckets: i64, max_distance: f64) -> V {
    let half = buckets / 2;
    let zero = g.scalar_i32(0);
    let positive = g.compare(rel, zero, "GT");
    let positive = g.convert(positive, Type::i(32));
    let half_c = g.scalar_i32(half);
    let offset = g.mul(positive, half_c);
    let n = g.unary("nn.abs", rel);
    let max_exact = half / 2;
    let exact_c = g.scalar_i32(max_exact);
    let small = g.compare(n, exact_c, "LT");
    let nf = g.convert(n, Type::f32());
    let ratio = g.scale(nf, 1.0 / max_exact as f64);
    let logr = g.unary("nn.log", ratio);
    let scaled = g.scale(
        logr,
        (half - max_exact) as f64 / (max_distance / max_exact as f64).ln(),
    );
    let large = g.convert(scaled, Type::i(32));
    let large = g.add(large, exact_c);
    let top = g.scalar_i32(half - 1);
    let large = g.op("nn.min", &[large, top], vec![]);
    let bucket = g.op("nn.select", &[small, n, large], vec![]);
    g.add(bucket, offset)
}

fn t5(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, l, d, h) = sizes(cfg);
    let mut x = g.param("hidden_states", &[b, l, d]);
    // The position bias of the first layer's attention, reused by all layers.
    let ty = Type::tensor(&[l, l], Type::i(32));
    let query = g.iota(ty.clone(), 0);
    let key = g.iota(ty, 1);
    let rel = g.op("nn.sub", &[key, query], vec![]);
    let bucket = t5_buckets(g, rel, 32, 128.0);
    let table = g.param("relative_attention_bias.weight", &[32, h]);
    let bias = g.op("nn.embedding", &[table, bucket], vec![]);
    let bias = g.transpose(bias, &[2, 0, 1]);
    let bias = g.reshape(bias, &[1, h, l, l]);
    for i in 0..cfg.layers {
        let p = format!("block.{i}");
        let y = rms_norm(g, x, &format!("{p}.layer.0.layer_norm"));
        let [q, k, v] = qkv_heads(g, y, y, &format!("{p}.attn"), h, false);
        // T5 does not scale the scores.
        let o = attend(
            g,
            [q, k, v],
            Some(bias),
            false,
            &format!("{p}.attn.o"),
            false,
        );
        x = g.add(x, o);
        let y = rms_norm(g, x, &format!("{p}.layer.1.layer_norm"));
        let y = mlp_2d(g, y, &format!("{p}.ff"), dim(cfg.ffn), "nn.relu");
        x = g.add(x, y);
    }
    rms_norm(g, x, "final_layer_norm")
}

/// `torch.roll(x, shift, axis)`: the last `shift` rows first.
fn roll(g: &mut Graph, x: V, axis: usize, shift: i64) -> V {
    let n = g.shape(x)[axis];
    let s = shift.rem_euclid(n);
    let tail = g.slice(x, axis, n - s, n);
    let head = g.slice(x, axis, 0, n - s);
    g.concat(&[tail, head], axis as i64)
}

fn swin(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, side, d, h) = sizes(cfg);
    let w = dim(cfg.window);
    let nw = side / w;
    let wins = b * nw * nw;
    let c = d / h;
    let mut x = g.param("hidden_states", &[b, side, side, d]);
    // Relative position index of a window, a constant of the model.
    let idx = g.arg(
        "relative_position_index",
        Type::tensor(&[w * w, w * w], Type::i(32)),
    );
    // The shifted blocks' mask: which pairs of a window came from different regions.
    let shift_mask = g.param("attn_mask", &[nw * nw, w * w, w * w]);
    for i in 0..cfg.layers {
        let p = format!("blocks.{i}");
        let shifted = i % 2 == 1;
        let shortcut = x;
        let mut y = g.layer_norm(x, &format!("{p}.norm1"));
        if shifted {
            y = roll(g, y, 1, -(w / 2));
            y = roll(g, y, 2, -(w / 2));
        }
        // window_partition: view [B, nH, w, nW, w, C], permute, view [B*nH*nW, w*w, C]
        let y = g.reshape(y, &[b, nw, w, nw, w, d]);
        let y = g.transpose(y, &[0, 1, 3, 2, 4, 5]);
        let y = g.reshape(y, &[wins, w * w, d]);
        let qkv = linear_2d(g, y, &format!("{p}.attn.qkv"), 3 * d, true);
        let qkv = g.reshape(qkv, &[wins, w * w, 3, h, c]);
        let qkv = g.transpose(qkv, &[2, 0, 3, 1, 4]);
        let mut parts = vec![];
        for j in 0..3 {
            let part = g.slice(qkv, 0, j, j + 1);
            parts.push(g.reshape(part, &[wins, h, w * w, c]));
        }
        let table = g.param(
            &format!("{p}.attn.relative_position_bias_table"),
            &[(2 * w - 1) * (2 * w - 1), h],
        );
        let rel = g.op("nn.embedding", &[table, idx], vec![]);
        let rel = g.transpose(rel, &[2, 0, 1]);
        let mut bias = g.broadcast_in_dim(rel, &[wins, h, w * w, w * w], &[1, 2, 3]);
        if shifted {
            let m = g.broadcast_in_dim(shift_mask, &[b, nw * nw, h, w * w, w * w], &[1, 3, 4]);
            let m = g.reshape(m, &[wins, h, w * w, w * w]);
            bias = g.add(bias, m);
        }
        let o = bmm_attention(g, parts[0], parts[1], parts[2], Some(bias), true);
        let o = g.transpose(o, &[0, 2, 1, 3]);
        let o = g.reshape(o, &[wins, w * w, d]);
        let o = linear_2d(g, o, &format!("{p}.attn.proj"), d, true);
        // window_reverse
        let o = g.reshape(o, &[b, nw, nw, w, w, d]);
        let o = g.transpose(o, &[0, 1, 3, 2, 4, 5]);
        let mut o = g.reshape(o, &[b, side, side, d]);
        if shifted {
            o = roll(g, o, 1, w / 2);
            o = roll(g, o, 2, w / 2);
        }
        x = g.add(shortcut, o);
        let y = g.layer_norm(x, &format!("{p}.norm2"));
        let y = mlp_2d(g, y, &format!("{p}.mlp"), dim(cfg.ffn), "nn.gelu");
        x = g.add(x, y);
    }
    g.layer_norm(x, "norm")
}

fn pair(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (n, cz, h) = (dim(cfg.seq), dim(cfg.hidden), dim(cfg.heads));
    let c = cz / h;
    let mut z = g.param("pair", &[n, n, cz]);
    for i in 0..cfg.layers {
        let p = format!("pair_stack.{i}");
        let zn = g.layer_norm(z, &format!("{p}.layer_norm"));
        // The bias over (j, k) for every row i, from the same normalised pair.
        let bias = g.linear(zn, &format!("{p}.linear_bias"), h, false);
        let bias = g.transpose(bias, &[2, 0, 1]);
        let bias = g.broadcast_in_dim(bias, &[n, h, n, n], &[1, 2, 3]);
        let mut qkv = vec![];
        for name in ["q", "k", "v"] {
            let t = g.linear(zn, &format!("{p}.linear_{name}"), cz, false);
            let t = g.reshape(t, &[n, n, h, c]);
            qkv.push(g.transpose(t, &[0, 2, 1, 3]));
        }
        let o = bmm_attention(g, qkv[0], qkv[1], qkv[2], Some(bias), true);
        let o = g.transpose(o, &[0, 2, 1, 3]);
        let o = g.reshape(o, &[n, n, cz]);
        let gate = g.linear(zn, &format!("{p}.linear_g"), cz, true);
        let gate = g.unary("nn.sigmoid", gate);
        let o = g.mul(o, gate);
        let o = g.linear(o, &format!("{p}.linear_o"), cz, true);
        z = g.add(z, o);
    }
    z
}

/// HF's `rotate_half`: `concat(-x2, x1)` over the last axis.
fn rotate_half(g: &mut Graph, x: V) -> V {
    let c = *g.shape(x).last().unwrap_or(&0);
    let r = g.shape(x).len() - 1;
    let x1 = g.slice(x, r, 0, c / 2);
    let x2 = g.slice(x, r, c / 2, c);
    let x2 = g.unary("nn.neg", x2);
    g.concat(&[x2, x1], r as i64)
}

/// `x * cos + rotate_half(x) * sin` with tables `[1, 1, L, c]`.
fn rope(g: &mut Graph, x: V, cos: V, sin: V) -> V {
    let shape = g.shape(x);
    let cos = g.broadcast_in_dim(cos, &shape, &[0, 1, 2, 3]);
    let sin = g.broadcast_in_dim(sin, &shape, &[0, 1, 2, 3]);
    let a = g.mul(x, cos);
    let r = rotate_half(g, x);
    let b = g.mul(r, sin);
    g.add(a, b)
}

/// The rotary tables as HF's Llama (4.3x) kept them: `cos_cached`/`sin_cached`
/// buffers `[max_seq, c]`, sliced to the sequence at entry.
fn rope_tables(g: &mut Graph, l: i64, max: i64, c: i64) -> (V, V) {
    let cos = g.param("rotary_emb.cos_cached", &[max, c]);
    let sin = g.param("rotary_emb.sin_cached", &[max, c]);
    (g.slice(cos, 0, 0, l), g.slice(sin, 0, 0, l))
}

/// Keys or values `[B, KV, L, c]` repeated to `[B, H, L, c]` (HF's `repeat_kv`).
fn repeat_kv(g: &mut Graph, x: V, heads: i64) -> V {
    let s = g.shape(x);
    let (b, kv, l, c) = (s[0], s[1], s[2], s[3]);
    if kv == heads {
        return x;
    }
    let e = g.broadcast_in_dim(x, &[b, kv, heads / kv, l, c], &[0, 1, 3, 4]);
    g.reshape(e, &[b, heads, l, c])
}

fn llama(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, l, d, h) = sizes(cfg);
    let kv = dim(cfg.kv_heads);
    let c = d / h;
    let mut x = g.param("hidden_states", &[b, l, d]);
    let (cos, sin) = rope_tables(g, l, dim(cfg.max_seq), c);
    let cos = g.reshape(cos, &[1, 1, l, c]);
    let sin = g.reshape(sin, &[1, 1, l, c]);
    let mask = additive_causal_mask(g, l);
    for i in 0..cfg.layers {
        let p = format!("layers.{i}");
        let y = rms_norm(g, x, &format!("{p}.input_layernorm"));
        let q = linear_2d(g, y, &format!("{p}.self_attn.q_proj"), d, false);
        let k = linear_2d(g, y, &format!("{p}.self_attn.k_proj"), kv * c, false);
        let v = linear_2d(g, y, &format!("{p}.self_attn.v_proj"), kv * c, false);
        let q = split_heads(g, q, h);
        let k = split_heads(g, k, kv);
        let v = split_heads(g, v, kv);
        let q = rope(g, q, cos, sin);
        let k = rope(g, k, cos, sin);
        let k = repeat_kv(g, k, h);
        let v = repeat_kv(g, v, h);
        let o = attend(
            g,
            [q, k, v],
            Some(mask),
            true,
            &format!("{p}.self_attn.o_proj"),
            false,
        );
        x = g.add(x, o);
        let y = rms_norm(g, x, &format!("{p}.post_attention_layernorm"));
        let gate = linear_2d(g, y, &format!("{p}.mlp.gate_proj"), dim(cfg.ffn), false);
        let gate = g.unary("nn.silu", gate);
        let up = linear_2d(g, y, &format!("{p}.mlp.up_proj"), dim(cfg.ffn), false);
        let y = g.mul(gate, up);
        let y = linear_2d(g, y, &format!("{p}.mlp.down_proj"), d, false);
        x = g.add(x, y);
    }
    rms_norm(g, x, "norm")
}

fn local(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, l, d, h) = sizes(cfg);
    let w = dim(cfg.window);
    let nb = l / w;
    let c = d / h;
    let mut x = g.param("hidden_states", &[b, l, d]);
    for i in 0..cfg.layers {
        let p = format!("layers.{i}");
        let y = g.layer_norm(x, &format!("{p}.ln_1"));
        let mut blocks = vec![];
        for name in ["q", "k", "v"] {
            let t = g.linear(y, &format!("{p}.attn.{name}"), d, false);
            let t = g.reshape(t, &[b, nb, w, h, c]);
            blocks.push(g.transpose(t, &[0, 1, 3, 2, 4]));
        }
        // Keys and values of the previous block (zeros before the first): a slice and
        // a concatenation along the block axis, as jax's local attention writes it.
        let mut kv = vec![];
        for t in [blocks[1], blocks[2]] {
            let zero = g.scalar(0.0);
            let pad = g.broadcast_in_dim(zero, &[b, 1, h, w, c], &[]);
            let prev = g.slice(t, 1, 0, nb - 1);
            let prev = g.concat(&[pad, prev], 1);
            kv.push(g.concat(&[prev, t], 3));
        }
        let o = bmm_attention(g, blocks[0], kv[0], kv[1], None, true);
        let o = g.transpose(o, &[0, 1, 3, 2, 4]);
        let o = g.reshape(o, &[b, l, d]);
        let o = g.linear(o, &format!("{p}.attn.out"), d, true);
        x = g.add(x, o);
        x = mlp_block(g, x, &p, dim(cfg.ffn), false);
    }
    g.layer_norm(x, "ln_f")
}

fn perceiver(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, m, d, h) = sizes(cfg);
    let n = dim(cfg.latents);
    let inputs = g.param("inputs", &[b, m, d]);
    let latents = g.param("latents", &[n, d]);
    let mut x = g.broadcast_in_dim(latents, &[b, n, d], &[1, 2]);
    // Cross-attention: the latents query the long input.
    let kv_in = g.layer_norm(inputs, "cross.layernorm_kv");
    let q_in = g.layer_norm(x, "cross.layernorm_q");
    let [q, k, v] = qkv_heads(g, q_in, kv_in, "cross.attn", h, true);
    let o = attend(g, [q, k, v], None, true, "cross.attn.o", true);
    x = g.add(x, o);
    for i in 0..cfg.layers {
        let p = format!("self.{i}");
        let y = g.layer_norm(x, &format!("{p}.ln_1"));
        let qkv = qkv_heads(g, y, y, &format!("{p}.attn"), h, true);
        let o = attend(g, qkv, None, true, &format!("{p}.attn.o"), true);
        x = g.add(x, o);
        x = mlp_block(g, x, &p, dim(cfg.ffn), true);
    }
    x
}

fn falcon(g: &mut Graph, cfg: &ExporterConfig) -> V {
    let (b, l, d, h) = sizes(cfg);
    let kv = dim(cfg.kv_heads);
    let c = d / h;
    let mut x = g.param("hidden_states", &[b, l, d]);
    let mask = additive_causal_mask(g, l);
    for i in 0..cfg.layers {
        let p = format!("h.{i}");
        let y = g.layer_norm(x, &format!("{p}.input_layernorm"));
        // The fused projection: H query heads, then KV key heads and KV value heads.
        let fused = linear_2d(
            g,
            y,
            &format!("{p}.self_attention.query_key_value"),
            (h + 2 * kv) * c,
            false,
        );
        let q = g.slice(fused, 2, 0, h * c);
        let k = g.slice(fused, 2, h * c, (h + kv) * c);
        let v = g.slice(fused, 2, (h + kv) * c, (h + 2 * kv) * c);
        let q = split_heads(g, q, h);
        let k = split_heads(g, k, kv);
        let v = split_heads(g, v, kv);
        let k = repeat_kv(g, k, h);
        let v = repeat_kv(g, v, h);
        let dense = format!("{p}.self_attention.dense");
        let attn = attend(g, [q, k, v], Some(mask), true, &dense, false);
        // The MLP reads the same normalised input: a parallel block.
        let m = mlp_2d(g, y, &format!("{p}.mlp"), dim(cfg.ffn), "nn.gelu");
        let both = g.add(attn, m);
        x = g.add(x, both);
    }
    g.layer_norm(x, "ln_f")
}
