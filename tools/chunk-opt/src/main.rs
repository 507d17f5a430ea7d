//! `chunk-opt`: the opt-style driver, following `mlir-opt`.
//!
//! Reads MLIR text (a path or `-` for stdin), parses and verifies it, runs the
//! passes named by `--pass-pipeline` or by one flag per registered pass (in
//! command-line order), verifies again and prints the result. Exit status 0 on
//! success, 1 on any error; errors are `file:line:col: error: message` on stderr.
mod verify_diagnostics;

// The IR allocates many small objects (types, names, use lists); mimalloc handles
// that pattern several times faster than glibc's malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Arg, ArgAction, ArgMatches, Command};
use ir::{Context, Diagnostic, Module, PrintOptions};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Keeps the dialect and pass crates linked, so their registrations are seen.
fn link_registrations() {
    autochunk_embed::link();
}

fn command() -> Command {
    link_registrations();
    let mut cmd = Command::new("chunk-opt")
        .version(env!("CARGO_PKG_VERSION"))
        .about(
            "Parse, verify, transform and print MLIR in the nn and chunk dialects (like mlir-opt)",
        )
        .arg(
            Arg::new("input")
                .default_value("-")
                .help("Input file, or '-' for stdin"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .value_name("FILE")
                .default_value("-")
                .help("Output file, or '-' for stdout"),
        )
        .arg(
            Arg::new("pass-pipeline")
                .long("pass-pipeline")
                .value_name("PIPELINE")
                .help("A pass pipeline, e.g. 'builtin.module(canonicalize,cse)'"),
        )
        .arg(flag(
            "split-input-file",
            "Split the input at '// -----' lines and process each piece on its own",
        ))
        .arg(flag(
            "verify-diagnostics",
            "Check diagnostics against expected-error/-warning/-remark/-note comments",
        ))
        .arg(
            flag("print-op-generic", "Print every op in the generic form")
                .alias("mlir-print-op-generic"),
        )
        .arg(flag("print-debuginfo", "Print locations").alias("mlir-print-debuginfo"))
        .arg(
            flag(
                "print-ir-before-all",
                "Print the IR to stderr before every pass",
            )
            .alias("mlir-print-ir-before-all"),
        )
        .arg(
            flag(
                "print-ir-after-all",
                "Print the IR to stderr after every pass",
            )
            .alias("mlir-print-ir-after-all"),
        )
        .arg(pass_list_arg(
            "print-ir-before",
            "mlir-print-ir-before",
            "Print the IR to stderr before each run of the named passes (comma-separated)",
        ))
        .arg(pass_list_arg(
            "print-ir-after",
            "mlir-print-ir-after",
            "Print the IR to stderr after each run of the named passes (comma-separated)",
        ))
        .arg(
            flag(
                "print-ir-after-change",
                "Of the IR printed after passes, only where the pass changed it",
            )
            .alias("mlir-print-ir-after-change"),
        )
        .arg(
            flag(
                "print-ir-after-failure",
                "Print the IR to stderr after a pass that fails",
            )
            .alias("mlir-print-ir-after-failure"),
        )
        .arg(
            flag(
                "pass-statistics",
                "Print the passes' counters (regions chunked, ops erased, ...) to stderr",
            )
            .alias("mlir-pass-statistics"),
        )
        .arg(
            Arg::new("elide-elementsattrs-if-larger")
                .long("elide-elementsattrs-if-larger")
                .alias("mlir-elide-elementsattrs-if-larger")
                .value_name("N")
                .value_parser(clap::value_parser!(usize))
                .help(
                    "Print dense attributes of more than N elements as dense_resource<__elided__>",
                ),
        )
        .arg(flag(
            "list-passes",
            "List the registered passes with their options, and exit",
        ))
        .arg(flag(
            "show-dialects",
            "List the registered dialects, and exit",
        ))
        .arg(
            flag(
                "timing",
                "Print a wall-time report of parsing, each pass and printing to stderr",
            )
            .alias("mlir-timing"),
        )
        .arg(flag(
            "allow-unregistered-dialect",
            "Accept ops of dialects that are not registered",
        ))
        .arg(flag(
            "no-verify",
            "Do not verify the IR after parsing and after each pass",
        ))
        .next_help_heading("Passes");
    for def in pass::registered_passes() {
        let mut help = def.summary.to_string();
        if !def.options.is_empty() {
            let opts: Vec<String> = def
                .options
                .iter()
                .map(|o| format!("{}={}", o.name, o.default))
                .collect();
            help.push_str(&format!(" [options: {}]", opts.join(" ")));
        }
        cmd = cmd.arg(
            Arg::new(def.name)
                .long(def.name)
                .value_name("OPTIONS")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("")
                .action(ArgAction::Append)
                .help(help),
        );
    }
    cmd
}

/// `--print-ir-before=cse,dce` (also `--mlir-...`), repeatable.
fn pass_list_arg(name: &'static str, alias: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .alias(alias)
        .value_name("PASS")
        .value_delimiter(',')
        .action(ArgAction::Append)
        .help(help)
}

/// The pass names given to a `--print-ir-before/after=` flag; each must be registered.
fn pass_names(m: &ArgMatches, flag: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = m
        .get_many::<String>(flag)
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    for n in &names {
        if pass::lookup(n).is_none() {
            return Err(format!(
                "--{flag}: unknown pass '{n}' (--list-passes lists them)"
            ));
        }
    }
    Ok(names)
}

/// `--list-passes`: each pass with its summary and options, as `--help` groups them.
fn list_passes() -> String {
    let mut s = String::from("Available passes:\n");
    for def in pass::registered_passes() {
        s.push_str(&format!("  {}: {}\n", def.name, def.summary));
        for o in def.options {
            let default = if o.default.is_empty() {
                String::new()
            } else {
                format!(" (default {})", o.default)
            };
            s.push_str(&format!("      {}: {}{default}\n", o.name, o.summary));
        }
    }
    s
}

/// `--show-dialects`, as mlir-opt prints it.
fn show_dialects() -> String {
    let mut s = String::from("Available Dialects: ");
    let names: Vec<&str> = Context::new().dialects().iter().map(|d| d.name).collect();
    s.push_str(&names.join(", "));
    s.push('\n');
    s
}

fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(help)
}

/// MLIR tools take long options with one dash (`-split-input-file`); accept both.
fn normalise_args(args: impl Iterator<Item = String>) -> Vec<String> {
    args.enumerate()
        .map(|(i, a)| {
            let single_dash_long = i > 0
                && a.starts_with('-')
                && !a.starts_with("--")
                && a.len() > 2
                && a.as_bytes()[1].is_ascii_alphabetic();
            if single_dash_long {
                format!("-{a}")
            } else {
                a
            }
        })
        .collect()
}

/// The pass pipeline: `--pass-pipeline`, or the per-pass flags in command-line order.
fn pipeline_text(m: &ArgMatches) -> Result<String, String> {
    let mut flagged: Vec<(usize, String)> = Vec::new();
    for def in pass::registered_passes() {
        if let (Some(values), Some(indices)) =
            (m.get_many::<String>(def.name), m.indices_of(def.name))
        {
            for (v, i) in values.zip(indices) {
                let entry = if v.is_empty() {
                    def.name.to_string()
                } else {
                    format!("{}{{{}}}", def.name, v)
                };
                flagged.push((i, entry));
            }
        }
    }
    flagged.sort();
    match m.get_one::<String>("pass-pipeline") {
        Some(_) if !flagged.is_empty() => Err(format!(
            "--pass-pipeline cannot be combined with individual pass flags ({})",
            flagged[0].1
        )),
        Some(p) => Ok(p.clone()),
        None if flagged.is_empty() => Ok(String::new()),
        None => Ok(format!(
            "builtin.module({})",
            flagged
                .into_iter()
                .map(|(_, e)| e)
                .collect::<Vec<_>>()
                .join(",")
        )),
    }
}

struct Options {
    pipeline: String,
    print: PrintOptions,
    before_all: bool,
    after_all: bool,
    before: Vec<String>,
    after: Vec<String>,
    after_change: bool,
    after_failure: bool,
    statistics: bool,
    timing: bool,
    verify: bool,
}

#[derive(Default)]
struct Timings {
    parse: Duration,
    verify: Duration,
    print: Duration,
}

/// Parses, verifies, transforms and prints one buffer. Returns the printed module or
/// the diagnostics that stopped it.
fn process(
    text: &str,
    file: &str,
    first_line: usize,
    context: &Context,
    options: &Options,
    timings: &mut Timings,
    reports: &mut Vec<String>,
) -> Result<String, Diagnostic> {
    let start = Instant::now();
    let mut module: Module = parse::parse_source_at(text, file, first_line, context)?;
    timings.parse += start.elapsed();
    if options.verify {
        let start = Instant::now();
        ir::verify::verify(&module, context)?;
        timings.verify += start.elapsed();
    }
    let mut pm = pass_manager(options).expect("the pipeline was checked before the input");
    let mut stderr = std::io::stderr();
    let result = pm.run(&mut module, context, &mut stderr);
    if options.statistics && !pm.is_empty() {
        reports.push(pm.statistics_report());
    }
    result?;
    if options.timing && !pm.is_empty() {
        reports.push(pm.timing_report());
    }
    let start = Instant::now();
    let out = ir::print_module(&module, context, options.print);
    timings.print += start.elapsed();
    Ok(out)
}

/// The pass manager for the options' pipeline, with their dump and timing settings.
fn pass_manager(options: &Options) -> Result<pass::PassManager, String> {
    let mut pm = pass::PassManager::new();
    pm.add_pipeline(&options.pipeline)
        .map_err(|e| e.render(&options.pipeline))?;
    pm.print_ir_before_all = options.before_all;
    pm.print_ir_after_all = options.after_all;
    pm.print_ir_before = options.before.clone();
    pm.print_ir_after = options.after.clone();
    pm.print_ir_after_change = options.after_change;
    pm.print_ir_after_failure = options.after_failure;
    pm.print_op_generic = options.print.generic;
    pm.print_debug_info = options.print.debug_info;
    pm.print_elide_elements_larger_than = options.print.elide_elements_larger_than;
    pm.verify_each = options.verify;
    pm.timing = options.timing;
    Ok(pm)
}

fn main() -> ExitCode {
    let matches = match command().try_get_matches_from(normalise_args(std::env::args())) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(&matches) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // Where even standard error cannot be written, the exit status still says it.
        Err(message) => {
            let _ = ir::write_stderr(&format!("chunk-opt: error: {message}\n"));
            ExitCode::from(1)
        }
    }
}

/// Runs the tool; `Ok(false)` means diagnostics were reported.
fn run(m: &ArgMatches) -> Result<bool, String> {
    let listing = match (m.get_flag("list-passes"), m.get_flag("show-dialects")) {
        (true, true) => Some(format!("{}{}", list_passes(), show_dialects())),
        (true, false) => Some(list_passes()),
        (false, true) => Some(show_dialects()),
        (false, false) => None,
    };
    if let Some(text) = listing {
        std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write output: {e}"))?;
        return Ok(true);
    }
    let input = m.get_one::<String>("input").expect("has a default");
    let output = m.get_one::<String>("output").expect("has a default");
    let (bytes, file) = if input == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        (buf, "<stdin>".to_string())
    } else {
        (
            std::fs::read(input).map_err(|e| format!("cannot read '{input}': {e}"))?,
            input.clone(),
        )
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(_) => {
            let e = parse::parse_bytes(&bytes, &file, &Context::new())
                .expect_err("invalid UTF-8 is an error");
            let _ = ir::write_stderr(&format!("{e}\n"));
            return Ok(false);
        }
    };
    let mut context = Context::new();
    context.allow_unregistered = m.get_flag("allow-unregistered-dialect");
    let options = Options {
        pipeline: pipeline_text(m)?,
        print: PrintOptions {
            generic: m.get_flag("print-op-generic"),
            debug_info: m.get_flag("print-debuginfo"),
            elide_elements_larger_than: m
                .get_one::<usize>("elide-elementsattrs-if-larger")
                .copied(),
        },
        before_all: m.get_flag("print-ir-before-all"),
        after_all: m.get_flag("print-ir-after-all"),
        before: pass_names(m, "print-ir-before")?,
        after: pass_names(m, "print-ir-after")?,
        after_change: m.get_flag("print-ir-after-change"),
        after_failure: m.get_flag("print-ir-after-failure"),
        statistics: m.get_flag("pass-statistics"),
        timing: m.get_flag("timing"),
        verify: !m.get_flag("no-verify"),
    };
    // Build the pipeline once up front so a typo or a bad option value is reported
    // before the input is parsed.
    pass_manager(&options)?;

    let pieces = if m.get_flag("split-input-file") {
        parse::split_input(text)
    } else {
        vec![(0, text)]
    };
    let verify_diags = m.get_flag("verify-diagnostics");
    let mut timings = Timings::default();
    let mut reports = Vec::new();
    let mut outputs = Vec::new();
    let mut ok = true;
    for (first_line, piece) in pieces {
        let result = process(
            piece,
            &file,
            first_line,
            &context,
            &options,
            &mut timings,
            &mut reports,
        );
        if verify_diags {
            let mut expected = verify_diagnostics::collect(piece, first_line)?;
            let produced: Vec<Diagnostic> = result.as_ref().err().cloned().into_iter().collect();
            let problems = verify_diagnostics::check(&file, &produced, &mut expected);
            for p in &problems {
                let _ = ir::write_stderr(&format!("{p}\n"));
            }
            ok &= problems.is_empty();
            if let Ok(out) = result {
                outputs.push(out);
            }
        } else {
            match result {
                Ok(out) => outputs.push(out),
                Err(d) => {
                    let _ = ir::write_stderr(&format!("{d}\n"));
                    ok = false;
                }
            }
        }
    }
    let mut text = String::new();
    if options.timing {
        text = format!(
            "chunk-opt timing: parse {:.4} s, verify {:.4} s, print {:.4} s\n",
            timings.parse.as_secs_f64(),
            timings.verify.as_secs_f64(),
            timings.print.as_secs_f64()
        );
    }
    for r in reports {
        text.push_str(&r);
    }
    if !text.is_empty() {
        ir::write_stderr(&text)
            .map_err(|e| format!("cannot write the reports to standard error: {e}"))?;
    }
    // As mlir-opt does, the pieces that succeeded are printed even when others failed
    // (the exit status still says so); a single input that fails prints nothing.
    if outputs.is_empty() && !ok {
        return Ok(false);
    }
    let text = outputs.join("// -----\n");
    if output == "-" {
        std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write output: {e}"))?;
    } else {
        std::fs::write(output, text).map_err(|e| format!("cannot write '{output}': {e}"))?;
    }
    Ok(ok)
}
