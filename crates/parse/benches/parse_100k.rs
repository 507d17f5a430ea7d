//! Parse, verify and print a module of 100,000 `nn` ops, in process.
//!
//! Run: `cargo bench -p parse --bench parse_100k` (release profile). The module is
//! one `func.func` holding transformer-like layers (layer norm, matmuls, reshapes and
//! transposes with permutations, a scaled softmax, GELU, residual adds), written in
//! the form `chunk-opt` prints. Each phase is timed 5 times; the table shows the
//! median, the ops per second it amounts to, and parse + verify + print (pretty).
//! `PARSE_BENCH_OPS` overrides the op count.
use ir::verify::verify;
use ir::{print_module, Context, Module, PrintOptions};
use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

// The tools run on mimalloc (see tools/chunk-opt/src/main.rs); measure what they do.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use func_dialect as _;
use nn_dialect as _;

const RUNS: usize = 5;

// Shapes: sequence S, model width D, H heads of width DH, MLP width F.
const S: i64 = 64;
const D: i64 = 128;
const H: i64 = 4;
const DH: i64 = 32;
const F: i64 = 512;

fn t(shape: &[i64]) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    format!("tensor<{dims}f32>")
}

/// Writes ops with fresh `%N` names, counting them.
struct Gen {
    out: String,
    next: usize,
    ops: usize,
}

impl Gen {
    /// `%N = "name"(operands) attrs : (operand types) -> result`; returns `%N`.
    fn op(&mut self, name: &str, operands: &[(&str, &str)], attrs: &str, result: &str) -> String {
        let id = format!("%{}", self.next);
        self.next += 1;
        self.ops += 1;
        let names: Vec<&str> = operands.iter().map(|o| o.0).collect();
        let types: Vec<&str> = operands.iter().map(|o| o.1).collect();
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" {attrs}")
        };
        let _ = writeln!(
            self.out,
            "    {id} = \"{name}\"({}){attrs} : ({}) -> {result}",
            names.join(", "),
            types.join(", ")
        );
        id
    }

    /// One pre-norm transformer layer: 24 ops.
    fn layer(&mut self, x: &str) -> String {
        let (sd, sf, hsd, hds, hss, shd) = (
            t(&[S, D]),
            t(&[S, F]),
            t(&[H, S, DH]),
            t(&[H, DH, S]),
            t(&[H, S, S]),
            t(&[S, H, DH]),
        );
        let (d, dd, df, fd, f, scalar) =
            (t(&[D]), t(&[D, D]), t(&[D, F]), t(&[F, D]), t(&[F]), t(&[]));
        let ln = "{axis = -1 : i64, epsilon = 1.0e-5 : f32}";
        let n1 = self.op(
            "nn.layer_norm",
            &[(x, &sd), ("%arg1", &d), ("%arg2", &d)],
            ln,
            &sd,
        );
        let heads = |g: &mut Gen, w: &str, perm: &str, out: &str| {
            let p = g.op("nn.matmul", &[(&n1, &sd), (w, &dd)], "", &sd);
            let r = g.op("nn.reshape", &[(&p, &sd)], "", &shd);
            g.op(
                "nn.transpose",
                &[(&r, &shd)],
                &format!("{{permutation = array<i64: {perm}>}}"),
                out,
            )
        };
        let q = heads(self, "%arg3", "1, 0, 2", &hsd);
        let k = heads(self, "%arg4", "1, 2, 0", &hds);
        let v = heads(self, "%arg5", "1, 0, 2", &hsd);
        let s = self.op("nn.matmul", &[(&q, &hsd), (&k, &hds)], "", &hss);
        let s = self.op("nn.mul", &[(&s, &hss), ("%arg6", &scalar)], "", &hss);
        let a = self.op("nn.softmax", &[(&s, &hss)], "{axis = -1 : i64}", &hss);
        let o = self.op("nn.matmul", &[(&a, &hss), (&v, &hsd)], "", &hsd);
        let o = self.op(
            "nn.transpose",
            &[(&o, &hsd)],
            "{permutation = array<i64: 1, 0, 2>}",
            &shd,
        );
        let o = self.op("nn.reshape", &[(&o, &shd)], "", &sd);
        let o = self.op("nn.matmul", &[(&o, &sd), ("%arg7", &dd)], "", &sd);
        let x = self.op("nn.add", &[(x, &sd), (&o, &sd)], "", &sd);
        let n2 = self.op(
            "nn.layer_norm",
            &[(&x, &sd), ("%arg1", &d), ("%arg2", &d)],
            ln,
            &sd,
        );
        let m = self.op("nn.matmul", &[(&n2, &sd), ("%arg8", &df)], "", &sf);
        let m = self.op("nn.add", &[(&m, &sf), ("%arg9", &f)], "", &sf);
        let m = self.op("nn.gelu", &[(&m, &sf)], "{approximate = \"tanh\"}", &sf);
        let m = self.op("nn.matmul", &[(&m, &sf), ("%arg10", &fd)], "", &sd);
        self.op("nn.add", &[(&x, &sd), (&m, &sd)], "", &sd)
    }
}

/// A module whose function holds exactly `ops` nn ops.
fn generate(ops: usize) -> String {
    let sd = t(&[S, D]);
    let args = [
        sd.clone(),
        t(&[D]),
        t(&[D]),
        t(&[D, D]),
        t(&[D, D]),
        t(&[D, D]),
        t(&[]),
        t(&[D, D]),
        t(&[D, F]),
        t(&[F]),
        t(&[F, D]),
    ];
    let params: Vec<String> = args
        .iter()
        .enumerate()
        .map(|(i, ty)| format!("%arg{i}: {ty}"))
        .collect();
    let mut g = Gen {
        out: String::with_capacity(ops * 120),
        next: 0,
        ops: 0,
    };
    let _ = writeln!(
        g.out,
        "module {{\n  func.func @model({}) -> {sd} {{",
        params.join(", ")
    );
    let mut x = "%arg0".to_string();
    while g.ops + 24 <= ops {
        x = g.layer(&x);
    }
    while g.ops < ops {
        x = g.op("nn.relu", &[(&x, &sd)], "", &sd);
    }
    let _ = writeln!(g.out, "    func.return {x} : {sd}\n  }}\n}}");
    g.out
}

/// Median of `RUNS` timed calls, and the last result.
fn measure<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let r = black_box(f());
        times.push(start.elapsed());
        last = Some(r);
    }
    times.sort();
    (times[RUNS / 2], last.expect("RUNS > 0"))
}

/// Panics at the first line where `a` and `b` differ (without dumping megabytes).
fn same_text(a: &str, b: &str, what: &str) {
    if a != b {
        let (i, (x, y)) = a
            .lines()
            .zip(b.lines())
            .enumerate()
            .find(|(_, (x, y))| x != y)
            .unwrap_or((0, ("", "")));
        panic!(
            "{what}: line {}: {x:?} vs {y:?} ({} vs {} bytes)",
            i + 1,
            a.len(),
            b.len()
        );
    }
}

fn main() {
    let ops: usize = std::env::var("PARSE_BENCH_OPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    nn_dialect::register();
    assert!(func_dialect::DIALECTS.contains(&"func"));
    let ctx = Context::new();

    let start = Instant::now();
    let text = generate(ops);
    let gen_time = start.elapsed();

    let parse = |text: &str| -> Module {
        parse::parse_source(text, "bench.mlir", &ctx)
            .unwrap_or_else(|d| panic!("generated module does not parse: {d}"))
    };
    let (t_parse, module) = measure(|| parse(&text));
    let total_ops = module.all_ops().len();
    let (t_verify, ()) =
        measure(|| verify(&module, &ctx).unwrap_or_else(|d| panic!("does not verify: {d}")));
    let (t_pretty, pretty) = measure(|| print_module(&module, &ctx, PrintOptions::default()));
    let generic_opts = PrintOptions {
        generic: true,
        debug_info: false,
        ..Default::default()
    };
    let (t_generic, generic) = measure(|| print_module(&module, &ctx, generic_opts));

    // Not timed: both printed forms parse back to the same module text.
    same_text(&pretty, &text, "the generated text is in printed form");
    let reparsed = parse(&generic);
    same_text(
        &print_module(&reparsed, &ctx, PrintOptions::default()),
        &pretty,
        "the generic form round-trips",
    );

    println!(
        "parse_100k: {ops} nn ops ({total_ops} ops with module, function and return), {:.1} MB of text \
         (pretty), {:.1} MB (generic); generated in {:.0} ms; median of {RUNS} runs",
        text.len() as f64 / 1e6,
        generic.len() as f64 / 1e6,
        gen_time.as_secs_f64() * 1e3
    );
    println!("{:<28} {:>10} {:>14}", "phase", "median ms", "ops/s");
    let row = |name: &str, d: Duration| {
        println!(
            "{:<28} {:>10.1} {:>14.0}",
            name,
            d.as_secs_f64() * 1e3,
            total_ops as f64 / d.as_secs_f64()
        );
    };
    row("parse", t_parse);
    row("verify", t_verify);
    row("print (pretty)", t_pretty);
    row("print (generic)", t_generic);
    row("parse + verify + print", t_parse + t_verify + t_pretty);
    println!(
        "parse throughput: {:.1} MB/s",
        text.len() as f64 / 1e6 / t_parse.as_secs_f64()
    );
}
