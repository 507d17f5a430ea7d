//! `modelgen`: writes a model of the zoo (GPT, ViT, Evoformer, UNet) as `nn` dialect
//! MLIR. One subcommand per family, sizes as flags (defaults are small), output to
//! stdout or `-o FILE`. Errors go to stderr with exit status 1, and no output file is
//! written then.
//!
//! The first line of the output is a comment naming the command that produced it, so
//! a committed example says how to regenerate it (and a lit test checks it does).
use clap::{Args, Parser, Subcommand};
use ir::{Context, PrintOptions};
use models::{
    AttentionMode, EvoformerConfig, EvoformerVariant, ExporterConfig, ExporterStyle, GptConfig,
    UnetConfig, VitConfig,
};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "modelgen",
    version,
    about = "Generate nn-dialect models: GPT, ViT, Evoformer, UNet"
)]
struct Cli {
    #[command(subcommand)]
    family: Family,
}

#[derive(Args, Clone)]
struct Common {
    /// How attention is written: spelled out (matmul, scale, mask, softmax, matmul) or
    /// one fused nn.attention op
    #[arg(long, default_value = "spelled", value_parser = ["spelled", "fused"])]
    attention: String,
    /// Output file ('-' for stdout)
    #[arg(short = 'o', long = "output", value_name = "FILE", default_value = "-")]
    output: String,
    /// Print every op in the generic form
    #[arg(long = "print-op-generic", alias = "mlir-print-op-generic")]
    print_op_generic: bool,
}

#[derive(Subcommand)]
enum Family {
    /// Decoder-only transformer: embeddings, pre-LN causal layers, final norm
    Gpt {
        #[arg(long, default_value_t = GptConfig::default().layers)]
        layers: usize,
        #[arg(long, default_value_t = GptConfig::default().hidden)]
        hidden: usize,
        #[arg(long, default_value_t = GptConfig::default().heads)]
        heads: usize,
        /// MLP hidden width (default: 4 x hidden)
        #[arg(long)]
        ffn: Option<usize>,
        #[arg(long, default_value_t = GptConfig::default().seq)]
        seq: usize,
        #[arg(long, default_value_t = GptConfig::default().batch)]
        batch: usize,
        #[arg(long, default_value_t = GptConfig::default().vocab)]
        vocab: usize,
        /// Take hidden_states [batch, seq, hidden] instead of token ids
        #[arg(long)]
        no_embedding: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Vision transformer: conv patch embedding, class token, positions, encoder layers
    Vit {
        #[arg(long, default_value_t = VitConfig::default().image)]
        image: usize,
        #[arg(long, default_value_t = VitConfig::default().patch)]
        patch: usize,
        #[arg(long, default_value_t = VitConfig::default().channels)]
        channels: usize,
        #[arg(long, default_value_t = VitConfig::default().hidden)]
        hidden: usize,
        #[arg(long, default_value_t = VitConfig::default().heads)]
        heads: usize,
        #[arg(long, default_value_t = VitConfig::default().layers)]
        layers: usize,
        /// MLP hidden width (default: 4 x hidden)
        #[arg(long)]
        ffn: Option<usize>,
        #[arg(long, default_value_t = VitConfig::default().batch)]
        batch: usize,
        #[command(flatten)]
        common: Common,
    },
    /// AlphaFold 2 Evoformer blocks (or only triangle attention + transition)
    Evoformer {
        #[arg(long, default_value_t = EvoformerConfig::default().blocks)]
        blocks: usize,
        #[arg(long, default_value_t = EvoformerConfig::default().msa_seqs)]
        msa_seqs: usize,
        #[arg(long, default_value_t = EvoformerConfig::default().residues)]
        residues: usize,
        #[arg(long, default_value_t = EvoformerConfig::default().c_m)]
        c_m: usize,
        #[arg(long, default_value_t = EvoformerConfig::default().c_z)]
        c_z: usize,
        /// Heads of the MSA row and column attention
        #[arg(long, default_value_t = EvoformerConfig::default().heads)]
        heads: usize,
        /// Heads of the triangle attention
        #[arg(long, default_value_t = EvoformerConfig::default().pair_heads)]
        pair_heads: usize,
        /// Channels per attention head
        #[arg(long, default_value_t = EvoformerConfig::default().c_hidden)]
        c_hidden: usize,
        /// Channels of the outer product mean
        #[arg(long, default_value_t = EvoformerConfig::default().c_opm)]
        c_opm: usize,
        /// Channels of the triangle multiplication
        #[arg(long, default_value_t = EvoformerConfig::default().c_tri_mul)]
        c_tri_mul: usize,
        /// 'full' Evoformer blocks, or 'triangle-attention': triangle attention + pair
        /// transition over the pair tensor only (the GPU benchmark's Evo block)
        #[arg(long, default_value = "full", value_parser = ["full", "triangle-attention"])]
        only: String,
        #[command(flatten)]
        common: Common,
    },
    /// The zoo's maths written as real exporters write it (torch.export, Flax, HF):
    /// torch-gpt, flax-gpt, t5, swin, pair, llama, local, perceiver, falcon
    Style {
        /// Which exporter style (see `models::exporters`)
        style: String,
        /// Layers (blocks); default per style
        #[arg(long)]
        layers: Option<usize>,
        #[arg(long)]
        hidden: Option<usize>,
        #[arg(long)]
        heads: Option<usize>,
        /// Key/value heads (grouped- or multi-query attention)
        #[arg(long)]
        kv_heads: Option<usize>,
        /// MLP hidden width
        #[arg(long)]
        ffn: Option<usize>,
        /// Sequence length (swin: feature-map side; pair: residues; perceiver: input length)
        #[arg(long)]
        seq: Option<usize>,
        /// Length the tables and masks are built at (flax-gpt, llama)
        #[arg(long)]
        max_seq: Option<usize>,
        /// Window side (swin) or block length (local)
        #[arg(long)]
        window: Option<usize>,
        /// Latent queries (perceiver)
        #[arg(long)]
        latents: Option<usize>,
        #[arg(long)]
        batch: Option<usize>,
        #[command(flatten)]
        common: Common,
    },
    /// Stable-Diffusion-style UNet: residual blocks with time embedding, attention, skips
    Unet {
        #[arg(long, default_value_t = UnetConfig::default().image)]
        image: usize,
        #[arg(long, default_value_t = UnetConfig::default().in_channels)]
        in_channels: usize,
        /// Base channel count
        #[arg(long, default_value_t = UnetConfig::default().channels)]
        channels: usize,
        #[arg(long, default_value_t = UnetConfig::default().levels)]
        levels: usize,
        /// Comma-separated levels with self-attention (0 = full resolution; '' for none)
        #[arg(long, default_value = "1,2")]
        attention_levels: String,
        #[arg(long, default_value_t = UnetConfig::default().res_blocks)]
        res_blocks: usize,
        #[arg(long, default_value_t = UnetConfig::default().heads)]
        heads: usize,
        #[arg(long, default_value_t = UnetConfig::default().groups)]
        groups: usize,
        #[arg(long, default_value_t = UnetConfig::default().batch)]
        batch: usize,
        #[command(flatten)]
        common: Common,
    },
}

fn parse_levels(s: &str) -> Result<Vec<usize>, String> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse()
                .map_err(|_| format!("--attention-levels: '{p}' is not a level number"))
        })
        .collect()
}

fn generate(family: Family) -> Result<(ir::Module, Common), String> {
    let mode = |c: &Common| c.attention.parse::<AttentionMode>();
    Ok(match family {
        Family::Gpt {
            layers,
            hidden,
            heads,
            ffn,
            seq,
            batch,
            vocab,
            no_embedding,
            common,
        } => {
            let ffn = ffn.unwrap_or(hidden.saturating_mul(4));
            let attention = mode(&common)?;
            let cfg = GptConfig {
                layers,
                hidden,
                heads,
                ffn,
                seq,
                batch,
                vocab,
                no_embedding,
                attention,
            };
            (models::gpt(&cfg)?, common)
        }
        Family::Vit {
            image,
            patch,
            channels,
            hidden,
            heads,
            layers,
            ffn,
            batch,
            common,
        } => {
            let ffn = ffn.unwrap_or(hidden.saturating_mul(4));
            let attention = mode(&common)?;
            let cfg = VitConfig {
                image,
                patch,
                channels,
                hidden,
                heads,
                layers,
                ffn,
                batch,
                attention,
            };
            (models::vit(&cfg)?, common)
        }
        Family::Evoformer {
            blocks,
            msa_seqs,
            residues,
            c_m,
            c_z,
            heads,
            pair_heads,
            c_hidden,
            c_opm,
            c_tri_mul,
            only,
            common,
        } => {
            let variant: EvoformerVariant = only.parse()?;
            let attention = mode(&common)?;
            let cfg = EvoformerConfig {
                blocks,
                msa_seqs,
                residues,
                c_m,
                c_z,
                heads,
                pair_heads,
                c_hidden,
                c_opm,
                c_tri_mul,
                variant,
                attention,
            };
            (models::evoformer(&cfg)?, common)
        }
        Family::Unet {
            image,
            in_channels,
            channels,
            levels,
            attention_levels,
            res_blocks,
            heads,
            groups,
            batch,
            common,
        } => {
            let attention_levels = parse_levels(&attention_levels)?;
            let attention = mode(&common)?;
            let cfg = UnetConfig {
                image,
                in_channels,
                channels,
                levels,
                attention_levels,
                res_blocks,
                heads,
                groups,
                batch,
                attention,
            };
            (models::unet(&cfg)?, common)
        }
        Family::Style {
            style,
            layers,
            hidden,
            heads,
            kv_heads,
            ffn,
            seq,
            max_seq,
            window,
            latents,
            batch,
            common,
        } => {
            let mut cfg = ExporterConfig::small(style.parse::<ExporterStyle>()?);
            let set = |field: &mut usize, v: Option<usize>| *field = v.unwrap_or(*field);
            set(&mut cfg.layers, layers);
            set(&mut cfg.hidden, hidden);
            set(&mut cfg.heads, heads);
            set(&mut cfg.kv_heads, kv_heads);
            set(&mut cfg.ffn, ffn);
            set(&mut cfg.seq, seq);
            set(&mut cfg.window, window);
            set(&mut cfg.latents, latents);
            set(&mut cfg.batch, batch);
            // Unless given, the mask and tables are built half as long again.
            cfg.max_seq = max_seq.unwrap_or(cfg.seq + cfg.seq / 2);
            if kv_heads.is_none() && !cfg.heads.is_multiple_of(cfg.kv_heads) {
                cfg.kv_heads = cfg.heads;
            }
            (models::exporter_model(&cfg)?, common)
        }
    })
}

/// The command line without the program path and the output option, for the header.
fn command_line(args: &[String]) -> String {
    let mut out = vec!["modelgen".to_string()];
    let mut skip = false;
    for a in args.iter().skip(1) {
        if std::mem::take(&mut skip) {
            continue;
        }
        if a == "-o" || a == "--output" {
            skip = true;
        } else if !(a.starts_with("--output=") || (a.starts_with("-o") && a.len() > 2)) {
            out.push(a.clone());
        }
    }
    out.join(" ")
}

fn run(args: Vec<String>) -> Result<(), String> {
    let cli = Cli::try_parse_from(&args).map_err(|e| {
        // Help and version are not errors: print them and succeed.
        if !e.use_stderr() {
            let _ = e.print();
            std::process::exit(0);
        }
        e.render().to_string().trim_end().to_string()
    })?;
    let (module, common) = generate(cli.family)?;
    let ctx = Context::new();
    // Generated modules are valid by construction; verifying is cheap and keeps a
    // generator bug from ever reaching a file.
    ir::verify::verify(&module, &ctx)
        .map_err(|d| format!("internal error: generated module does not verify: {d}"))?;
    let options = PrintOptions {
        generic: common.print_op_generic,
        debug_info: false,
        ..Default::default()
    };
    let text = format!(
        "// {}\n{}",
        command_line(&args),
        ir::print_module(&module, &ctx, options)
    );
    if common.output == "-" {
        std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write to stdout: {e}"))
    } else {
        std::fs::write(&common.output, text)
            .map_err(|e| format!("cannot write '{}': {e}", common.output))
    }
}

fn main() -> ExitCode {
    match run(std::env::args().collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let e = e.strip_prefix("error: ").unwrap_or(&e);
            eprintln!("modelgen: error: {e}");
            ExitCode::FAILURE
        }
    }
}
