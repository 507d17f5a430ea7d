//! `chunk-bench`: autochunk on every model family of the zoo, measured on the
//! reference runtime. For each family at a CPU-feasible size and each budget (a
//! fraction of the unchunked peak): the measured peak against the budget, the time
//! relative to the unchunked program (paired runs in alternating order, the median
//! of the per-pair ratios), the largest error
//! against the unchunked outputs, and the time autochunk took (search, select and
//! codegen). Prints one table (or JSON).
//!
//! `--stablehlo a.mlir,b.mlir` measures exported models instead (or as well, with
//! `--family`): each file is converted with `convert-stablehlo-to-nn` and is one row
//! group, named after the file.
use clap::Parser;
use ir::{Context, Module};
use models::{
    AttentionMode, EvoformerConfig, EvoformerVariant, ExporterConfig, ExporterStyle, GptConfig,
    UnetConfig, VitConfig,
};
use runtime::{exec::Arena, ExecOptions, HostTensor};
use std::process::ExitCode;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "chunk-bench",
    version,
    about = "Autochunk each model family under budgets and measure peak memory, time and error on the reference runtime"
)]
struct Args {
    /// Families to run: gpt, vit, evoformer, unet, style:NAME (an exporter-style model:
    /// torch-gpt, flax-gpt, t5, swin, pair, llama, local, perceiver, falcon), styles
    /// (all of those), comma-separated, or all (the zoo; the default, unless
    /// --stablehlo is given).
    #[arg(long)]
    family: Option<String>,
    /// StableHLO exports to measure (comma-separated files), converted to nn first.
    #[arg(long, value_name = "FILES")]
    stablehlo: Option<String>,
    /// Budgets as fractions of the unchunked peak, comma-separated.
    #[arg(long, default_value = "0.5,0.3,0.2,0.1")]
    budgets: String,
    /// Timed runs of each program (paired, alternating order; the time column is the
    /// median of the per-pair ratios).
    #[arg(long, default_value_t = 5)]
    repeat: usize,
    /// Scale the default sizes: `small` for a quick check, `default` for the table.
    #[arg(long, default_value = "default")]
    size: String,
    /// Print one JSON object per row instead of the table.
    #[arg(long)]
    json: bool,
}

struct Family {
    name: String,
    shape: String,
    module: Module,
}

fn families(which: &[String], small: bool) -> Result<Vec<Family>, String> {
    let s = |big: usize, little: usize| if small { little } else { big };
    let mut out = Vec::new();
    for name in which {
        let (shape, module) = match name.as_str() {
            "gpt" => {
                let c = GptConfig {
                    layers: 2,
                    hidden: 256,
                    heads: 4,
                    ffn: 1024,
                    seq: s(2048, 512),
                    batch: 1,
                    vocab: 512,
                    ..Default::default()
                };
                (
                    format!(
                        "{} layers, d={}, {} heads, L={}",
                        c.layers, c.hidden, c.heads, c.seq
                    ),
                    models::gpt(&c)?,
                )
            }
            "vit" => {
                let c = VitConfig {
                    image: s(320, 128),
                    patch: 8,
                    channels: 3,
                    hidden: 192,
                    heads: 3,
                    layers: 2,
                    ffn: 768,
                    batch: 1,
                    attention: AttentionMode::Spelled,
                };
                let tokens = (c.image / c.patch).pow(2) + 1;
                (
                    format!("{} layers, d={}, {} tokens", c.layers, c.hidden, tokens),
                    models::vit(&c)?,
                )
            }
            "evoformer" => {
                let c = EvoformerConfig {
                    blocks: 1,
                    msa_seqs: 16,
                    residues: s(96, 48),
                    c_m: 32,
                    c_z: 32,
                    heads: 4,
                    pair_heads: 4,
                    variant: EvoformerVariant::Full,
                    ..Default::default()
                };
                (
                    format!(
                        "{} block, S={}, R={}, c_m={}, c_z={}",
                        c.blocks, c.msa_seqs, c.residues, c.c_m, c.c_z
                    ),
                    models::evoformer(&c)?,
                )
            }
            "unet" => {
                let c = UnetConfig {
                    image: s(64, 32),
                    in_channels: 4,
                    channels: 32,
                    levels: 3,
                    attention_levels: vec![0, 1],
                    res_blocks: 1,
                    heads: 2,
                    groups: 8,
                    batch: 1,
                    attention: AttentionMode::Spelled,
                };
                (
                    format!(
                        "{}x{}, {} channels, {} levels, attention at 0,1",
                        c.image, c.image, c.channels, c.levels
                    ),
                    models::unet(&c)?,
                )
            }
            other => match other.strip_prefix("style:") {
                Some(style) => exporter_family(style.parse()?, small)?,
                None => {
                    return Err(format!(
                        "unknown family '{other}' (expected gpt, vit, evoformer, unet, \
                         style:NAME, styles or all)"
                    ))
                }
            },
        };
        out.push(Family {
            name: name.clone(),
            shape,
            module,
        });
    }
    Ok(out)
}

/// An exporter-style model (`models::exporters`) at the bench's size: attention
/// scores dominate the peak, as in long-sequence inference.
fn exporter_family(style: ExporterStyle, small: bool) -> Result<(String, Module), String> {
    let mut c = ExporterConfig::small(style);
    c.hidden = 128;
    c.heads = 4;
    c.ffn = 512;
    c.seq = if small { 256 } else { 1024 };
    match style {
        ExporterStyle::Swin => {
            c.hidden = 64;
            c.seq = if small { 32 } else { 64 };
            c.window = 8;
        }
        ExporterStyle::Pair => {
            c.hidden = 32;
            c.seq = if small { 64 } else { 128 };
        }
        ExporterStyle::Perceiver => c.seq *= 4,
        ExporterStyle::Local => c.window = 64,
        ExporterStyle::Llama => c.kv_heads = 2,
        _ => {}
    }
    c.max_seq = c.seq + c.seq / 2;
    let shape = format!(
        "{} ({} layers, d={}, {} heads, L={})",
        style.name(),
        c.layers,
        c.hidden,
        c.heads,
        c.seq
    );
    Ok((shape, models::exporter_model(&c)?))
}

/// Exported models: each file parsed, verified and converted to nn.
fn exported(files: &str, ctx: &Context) -> Result<Vec<Family>, String> {
    let mut out = Vec::new();
    for path in files.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read '{path}': {e}"))?;
        let mut module = parse::parse_source(&text, path, ctx).map_err(|d| d.to_string())?;
        ir::verify::verify(&module, ctx).map_err(|d| d.to_string())?;
        frontends::convert_stablehlo_to_nn(&mut module, ctx).map_err(|d| d.to_string())?;
        ir::verify::verify(&module, ctx).map_err(|d| d.to_string())?;
        let name = std::path::Path::new(path)
            .file_stem()
            .map_or(path.to_string(), |s| s.to_string_lossy().into_owned());
        let func = runtime::entry_function(&module).map_err(|e| e.to_string())?;
        let ops = module.all_ops().len();
        let args = module
            .entry_block(func, 0)
            .map_or(0, |b| module.block(b).args.len());
        out.push(Family {
            name,
            shape: format!("StableHLO export, {args} arguments, {ops} ops after conversion"),
            module,
        });
    }
    Ok(out)
}

fn autochunk(m: &Module, ctx: &Context, fraction: f64) -> Result<Module, String> {
    let def = pass::lookup("autochunk").ok_or("the autochunk pass is not linked")?;
    let options = pass::PassOptions::parse(def, &format!("budget={fraction}"))?;
    let mut p = (def.create)(&options).map_err(|e| e.message)?;
    let mut out = m.clone();
    p.run(&mut out, ctx).map_err(|d| d.message)?;
    Ok(out)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

struct Prepared {
    module: Module,
    plan: runtime::Plan,
    arena: Arena,
}

impl Prepared {
    fn new(module: Module) -> Result<Prepared, String> {
        let func = runtime::entry_function(&module).map_err(|e| e.to_string())?;
        let plan = runtime::plan(&module, func).map_err(|d| d.to_string())?;
        let arena = Arena::new(plan.arena_size).map_err(|e| e.to_string())?;
        Ok(Prepared {
            module,
            plan,
            arena,
        })
    }
    fn run(&mut self, inputs: &[HostTensor]) -> Result<(f64, runtime::Execution), String> {
        let start = Instant::now();
        let e = runtime::execute_in(
            &self.module,
            &self.plan,
            inputs,
            &ExecOptions::default(),
            &mut self.arena,
        )
        .map_err(|e| e.to_string())?;
        Ok((start.elapsed().as_secs_f64(), e))
    }
}

fn mib(b: u64) -> String {
    format!("{:.2}", b as f64 / (1024.0 * 1024.0))
}

fn run(args: &Args) -> Result<bool, String> {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
        autochunk::CRATE,
    );
    frontends::register();
    let ctx = Context::new();
    let family = match (&args.family, &args.stablehlo) {
        (Some(f), _) => f.as_str(),
        (None, Some(_)) => "none",
        (None, None) => "all",
    };
    let which: Vec<String> = match family {
        "all" => ["gpt", "vit", "evoformer", "unet"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        "none" => vec![],
        "styles" => ExporterStyle::ALL
            .iter()
            .map(|s| format!("style:{}", s.name()))
            .collect(),
        list => list.split(',').map(|s| s.trim().to_string()).collect(),
    };
    let budgets: Vec<f64> = args
        .budgets
        .split(',')
        .map(|b| {
            b.trim()
                .parse::<f64>()
                .map_err(|_| format!("invalid budget '{b}'"))
        })
        .collect::<Result<_, _>>()?;
    if let Some(b) = budgets.iter().find(|b| !(**b > 0.0 && **b <= 1.0)) {
        return Err(format!("budget {b} is not in (0, 1]"));
    }
    if args.repeat == 0 {
        return Err("--repeat must be at least 1".into());
    }
    let small = match args.size.as_str() {
        "small" => true,
        "default" => false,
        other => return Err(format!("unknown --size '{other}' (small or default)")),
    };
    if !args.json {
        println!("| family | shape | budget | unchunked peak MiB | budget MiB | measured peak MiB (live / arena) | met | predicted = measured | time vs unchunked | max rel error | autochunk ms |");
        println!("|---|---|---|---|---|---|---|---|---|---|---|");
    }
    let mut all_met = true;
    let mut groups = families(&which, small)?;
    if let Some(files) = &args.stablehlo {
        groups.extend(exported(files, &ctx)?);
    }
    for fam in groups {
        let func = runtime::entry_function(&fam.module).map_err(|e| e.to_string())?;
        let inputs = runtime::io::random_inputs(&fam.module, func, 1).map_err(|e| e.to_string())?;
        let mut base = Prepared::new(fam.module.clone())?;
        let unchunked_peak = base.plan.live_peak;
        for &fraction in &budgets {
            let budget = (unchunked_peak as f64 * fraction).floor() as u64;
            let start = Instant::now();
            let chunked = autochunk(&fam.module, &ctx, fraction);
            let search_ms = start.elapsed().as_secs_f64() * 1e3;
            let chunked = match chunked {
                Ok(m) => m,
                Err(message) => {
                    all_met = false;
                    if args.json {
                        println!(
                            "{}",
                            serde_json::json!({"family": fam.name, "shape": fam.shape, "budget": fraction, "unchunked_peak": unchunked_peak, "budget_bytes": budget, "error": message, "autochunk_ms": search_ms})
                        );
                    } else {
                        println!("| {} | {} | {:.0}% | {} | {} | infeasible: {} | no | | | | {search_ms:.0} |", fam.name, fam.shape, fraction * 100.0, mib(unchunked_peak), mib(budget), message.replace('|', "/"));
                    }
                    continue;
                }
            };
            let cfunc = runtime::entry_function(&chunked).map_err(|e| e.to_string())?;
            let predicted =
                autochunk::liveness::function_profile(&chunked, &ctx, cfunc).map_or(0, |p| p.peak);
            let mut prepared = Prepared::new(chunked)?;
            let (mut t0, mut t1) = (Vec::new(), Vec::new());
            let mut outputs = None;
            let mut measured = None;
            // One untimed run of each first: the arena's pages fault in on first touch.
            base.run(&inputs)?;
            prepared.run(&inputs)?;
            // Paired runs, the order alternating (a run right after another is
            // sometimes slower): the time ratio is the median of the per-pair ratios, so
            // a slow spell on this shared machine shifts both sides of a pair instead of
            // one program's median.
            for i in 0..args.repeat {
                let ((a, e0), (b, e1)) = if i % 2 == 0 {
                    let first = base.run(&inputs)?;
                    (first, prepared.run(&inputs)?)
                } else {
                    let first = prepared.run(&inputs)?;
                    (base.run(&inputs)?, first)
                };
                t0.push(a);
                t1.push(b);
                outputs = Some((e1.outputs, e0.outputs));
                measured = Some(e1.measured);
            }
            let (o1, o0) = outputs.expect("repeat >= 1");
            let measured = measured.expect("repeat >= 1");
            let err = runtime::max_relative_error(&o1, &o0);
            let ratio = median(t1.iter().zip(&t0).map(|(b, a)| b / a).collect());
            // The budget bounds what is allocated: the arena, not only the live bytes.
            let met = measured.live_peak <= budget && measured.arena_peak <= budget;
            all_met &= met;
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({
                        "family": fam.name, "shape": fam.shape, "budget": fraction, "unchunked_peak": unchunked_peak,
                        "budget_bytes": budget, "measured_live_peak": measured.live_peak, "measured_arena_peak": measured.arena_peak,
                        "predicted_peak": predicted, "met": met, "time_ratio": ratio, "max_rel_error": err, "autochunk_ms": search_ms,
                    })
                );
            } else {
                println!(
                    "| {} | {} | {:.0}% | {} | {} | {} / {} | {} | {} | {:.3} | {:.1e} | {:.0} |",
                    fam.name,
                    fam.shape,
                    fraction * 100.0,
                    mib(unchunked_peak),
                    mib(budget),
                    mib(measured.live_peak),
                    mib(measured.arena_peak),
                    if met { "yes" } else { "no" },
                    if predicted == measured.live_peak {
                        "yes"
                    } else {
                        "no"
                    },
                    ratio,
                    err,
                    search_ms
                );
            }
        }
    }
    Ok(all_met)
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chunk-bench: error: {e}");
            ExitCode::from(1)
        }
    }
}
