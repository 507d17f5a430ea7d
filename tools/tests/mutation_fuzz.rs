//! A mutation fuzzer over the command-line tools, run by `cargo test` on a fixed seed
//! for a bounded number of cases (`docs/fuzzing.md`).
//!
//! Seeds are the lit tests' modules (each `// -----` piece) and the StableHLO op
//! fixtures; each case mutates one seed (bytes flipped, ranges deleted or repeated,
//! numbers replaced by extreme ones, tokens from a dictionary inserted, the text cut
//! short) and runs a tool on it:
//! - `chunk-opt` with one of several pipelines (parse/verify/print, cleanup,
//!   scheduling and estimation, autochunk, the StableHLO conversion, split input);
//! - `chunk-translate --emit=mlir|llvm|llvm-dialect|stablehlo`;
//! - `chunk-run` on a mutated module (with a memory limit), and on a valid module with
//!   a corrupted safetensors inputs file.
//!
//! A finding is an exit status other than 0 or 1, a death by signal (an abort), a
//! panic message, a run over the time limit, or an error that says neither where in
//! the input (`FILE:LINE:COL: error:`) nor which file (`TOOL: error: ... 'FILE' ...`).
//! Findings are written to `target/mutation-fuzz/` and fail the test.
//!
//! `MUTATION_FUZZ_CASES=N` scales every tool's share to N cases (default: the
//! counts below); `MUTATION_FUZZ_SEED=S` picks another seed.
mod common;

use rand::{RngExt, SeedableRng};
use rand_xorshift::XorShiftRng;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: u64 = 0x5eed_2026_1205;
/// Per process; a debug build of chunk-opt parses and chunks a seed in well under a second.
const TIME_LIMIT: Duration = Duration::from_secs(60);
/// Seeds larger than this are skipped (the lit tests hold a few large models).
const MAX_SEED_BYTES: usize = 6000;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn cases(default: usize) -> usize {
    std::env::var("MUTATION_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn rng(salt: u64) -> XorShiftRng {
    let seed = std::env::var("MUTATION_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(SEED);
    XorShiftRng::seed_from_u64(seed ^ salt)
}

/// Every `// -----` piece of the lit tests and the StableHLO op fixtures that is
/// meant to be valid (not the error tests': a mutation of a valid module reaches
/// further into the tools).
fn seeds() -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for dir in ["lit-tests", "tests/frontends/ops"] {
        collect_mlir(&root().join(dir), &mut files);
    }
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if name.contains("error") || name.contains("invalid") {
            continue;
        }
        let text = std::fs::read_to_string(&f).expect("seed file");
        for piece in text.split("\n// -----\n") {
            let expects_errors =
                piece.contains("expected-error") || piece.contains("expected-warning");
            if !piece.trim().is_empty() && piece.len() <= MAX_SEED_BYTES && !expects_errors {
                out.push(piece.as_bytes().to_vec());
            }
        }
    }
    assert!(out.len() > 100, "the seed corpus is the lit suite");
    out
}

fn collect_mlir(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("seed directory") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "Output") {
                collect_mlir(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "mlir") {
            out.push(p);
        }
    }
}

/// Tokens that reach corners of the parser, the verifiers and the shape arithmetic.
const DICTIONARY: &[&str] = &[
    "tensor<",
    ">",
    "x",
    "?x",
    "0x",
    "-1",
    "0",
    "9223372036854775807",
    "4294967296",
    "99999999999",
    "1e309",
    "nan",
    "}",
    "{",
    "(",
    ")",
    "\"",
    "%",
    "@",
    ":",
    ",",
    "=",
    "loc(",
    "#loc",
    "dense<",
    "array<i64:",
    "i1",
    "bf16",
    "f16",
    "i64",
    "\u{feff}",
    "\0",
    "// -----\n",
    "^bb0(",
    "\"chunk.for\"",
    "\"nn.reshape\"",
    "func.call @main",
];

/// One random mutation of `input`, applied 1 to 4 times.
fn mutate(r: &mut XorShiftRng, input: &[u8], dictionary: &[&str]) -> Vec<u8> {
    let mut v = input.to_vec();
    // Mostly one mutation: the further a case gets, the more of the tools it tries.
    let count = [1, 1, 1, 1, 2, 2, 3, 4][r.random_range(0..8)];
    for _ in 0..count {
        if v.is_empty() {
            v.extend_from_slice(dictionary[r.random_range(0..dictionary.len())].as_bytes());
            continue;
        }
        let at = r.random_range(0..v.len());
        match r.random_range(0..8) {
            0 => v[at] ^= 1 << r.random_range(0..8),
            1 => {
                let end = (at + r.random_range(1..=16)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                let end = (at + r.random_range(1..=64)).min(v.len());
                let copy = v[at..end].to_vec();
                let to = r.random_range(0..=v.len());
                v.splice(to..to, copy);
            }
            3 => {
                let token = dictionary[r.random_range(0..dictionary.len())];
                v.splice(at..at, token.bytes());
            }
            4 => replace_number(r, &mut v, at),
            5 => v.truncate(at),
            6 => v[at] = r.random_range(0..=255),
            // Swap two digits' worth of shape: a dimension one larger or smaller.
            _ => {
                if let Some(i) = (at..v.len()).find(|&i| v[i].is_ascii_digit()) {
                    v[i] = if v[i] == b'9' { b'0' } else { v[i] + 1 };
                }
            }
        }
    }
    v
}

/// Replaces the number at or after `at` by an extreme one (a huge dimension, a
/// negative index, zero).
fn replace_number(r: &mut XorShiftRng, v: &mut Vec<u8>, at: usize) {
    let Some(start) = (at..v.len()).find(|&i| v[i].is_ascii_digit()) else {
        return;
    };
    let end = (start..v.len())
        .find(|&i| !v[i].is_ascii_digit())
        .unwrap_or(v.len());
    const EXTREMES: &[&str] = &[
        "0",
        "1",
        "-1",
        "2147483648",
        "18446744073709551615",
        "99999999999",
        "65536",
    ];
    let with = EXTREMES[r.random_range(0..EXTREMES.len())];
    v.splice(start..end, with.bytes());
}

struct Case {
    tool: &'static str,
    args: Vec<String>,
    /// The mutated file, which errors must name.
    input: PathBuf,
}

/// How a run ended: `Ok(true)` it succeeded, `Ok(false)` it refused the input with a
/// located error, `Err` what it did wrong.
fn problem(case: &Case) -> Result<bool, String> {
    let mut child = Command::new(case.tool)
        .args(&case.args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool starts");
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let err = String::from_utf8_lossy(&reader.join().expect("reader")).into_owned();
    let Some(status) = status else {
        return Err(format!("still running after {TIME_LIMIT:?}"));
    };
    let Some(code) = status.code() else {
        return Err(format!("killed by a signal ({status}): {err}"));
    };
    if err.contains("panicked") || err.contains("RUST_BACKTRACE") {
        return Err(format!("panic: {err}"));
    }
    if code != 0 && code != 1 {
        return Err(format!("exit status {code}: {err}"));
    }
    if code == 1 {
        let input = case.input.to_string_lossy();
        let tool = Path::new(case.tool)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let first = err.lines().find(|l| l.contains("error")).unwrap_or("");
        let located = is_located(first, input_declares_locations(&case.input));
        let names_file =
            first.starts_with(&format!("{tool}: error: ")) && first.contains(&format!("'{input}'"));
        if !(located || names_file) {
            return Err(format!("error without a location: {err}"));
        }
    }
    Ok(code == 0)
}

/// Whether an error line says where: `FILE:LINE:COL: error:` in some file (also the
/// position of a callsite or file location the input gives an op), or the input's own
/// `loc(...)` when the input places ops at such locations (`loc(unknown)`, a bare name).
fn is_located(line: &str, input_declares_locations: bool) -> bool {
    let at_line_col = line.split_once(": error:").is_some_and(|(at, _)| {
        let mut parts = at.rsplitn(3, ':');
        let (Some(col), Some(line), Some(file)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        !file.is_empty() && line.parse::<u32>().is_ok() && col.parse::<u32>().is_ok()
    });
    at_line_col || (line.starts_with("loc(") && input_declares_locations)
}

/// Whether the module text gives its ops locations of its own (`loc(...)`).
fn input_declares_locations(input: &Path) -> bool {
    std::fs::read(input).is_ok_and(|b| b.windows(4).any(|w| w == b"loc("))
}

/// Runs `cases` on two threads; returns how many succeeded and the findings.
fn run_all(cases: Vec<Case>) -> (usize, Vec<(Case, String)>) {
    let mut halves: [Vec<Case>; 2] = [Vec::new(), Vec::new()];
    for (i, c) in cases.into_iter().enumerate() {
        halves[i % 2].push(c);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = halves
            .into_iter()
            .map(|half| {
                s.spawn(move || {
                    let mut succeeded = 0;
                    let mut findings = Vec::new();
                    for c in half {
                        match problem(&c) {
                            Ok(ok) => succeeded += usize::from(ok),
                            Err(p) => findings.push((c, p)),
                        }
                    }
                    (succeeded, findings)
                })
            })
            .collect();
        let mut succeeded = 0;
        let mut findings = Vec::new();
        for h in handles {
            let (n, mut f) = h.join().expect("worker");
            succeeded += n;
            findings.append(&mut f);
        }
        (succeeded, findings)
    })
}

/// Keeps the findings' inputs under `target/mutation-fuzz/` and fails with them.
fn report(what: &str, total: usize, (succeeded, findings): (usize, Vec<(Case, String)>)) {
    eprintln!(
        "mutation fuzz, {what}: {total} cases, {succeeded} ran to the end, {} refused with a located error, {} findings",
        total - succeeded - findings.len(),
        findings.len()
    );
    if findings.is_empty() {
        return;
    }
    let keep = root().join("target/mutation-fuzz");
    std::fs::create_dir_all(&keep).expect("findings directory");
    let mut text = String::new();
    for (i, (case, problem)) in findings.iter().enumerate().take(10) {
        let saved = keep.join(format!(
            "{what}-{i}.{}",
            case.input.extension().unwrap().to_string_lossy()
        ));
        std::fs::copy(&case.input, &saved).expect("save the finding");
        text.push_str(&format!(
            "\n{} {} (input saved as {}):\n  {}\n",
            case.tool,
            case.args.join(" "),
            saved.display(),
            problem.trim_end().replace('\n', "\n  ")
        ));
    }
    panic!("{} findings:{text}", findings.len());
}

fn write_case(dir: &Path, name: String, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write the case");
    p
}

/// `n` cases of `tool` on mutated seeds; `args(i, input)` gives case `i`'s arguments.
fn module_cases(
    what: &str,
    salt: u64,
    default_cases: usize,
    tool: &'static str,
    args: impl Fn(usize, String) -> Vec<String>,
) {
    let seeds = seeds();
    let dir = common::dir(&format!("mutation-{what}"));
    let mut r = rng(salt);
    let n = cases(default_cases);
    let all: Vec<Case> = (0..n)
        .map(|i| {
            let seed = &seeds[r.random_range(0..seeds.len())];
            let mutated = mutate(&mut r, seed, DICTIONARY);
            let input = write_case(&dir, format!("case{i}.mlir"), &mutated);
            let args = args(i, input.to_string_lossy().into_owned());
            Case { tool, args, input }
        })
        .collect();
    report(what, n, run_all(all));
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn chunk_opt_survives_mutated_modules() {
    const PIPELINES: &[&[&str]] = &[
        &[],
        &["--canonicalize", "--cse", "--dce"],
        &["--inline", "--symbol-dce", "--canonicalize"],
        &["--schedule", "--estimate-memory=table=false"],
        &["--autochunk=budget=0.5"],
        &["--autochunk=budget=0.2 max-regions=4", "--cse"],
        &["--convert-stablehlo-to-nn", "--canonicalize", "--cse"],
        &["--split-input-file", "--mlir-print-op-generic"],
        &[
            "--allow-unregistered-dialect",
            "--cse",
            "--mlir-print-debuginfo",
        ],
        &["--pass-pipeline=builtin.module(func.func(cse,autochunk{budget=0.3}))"],
    ];
    module_cases(
        "chunk-opt",
        1,
        1000,
        env!("CARGO_BIN_EXE_chunk-opt"),
        |i, input| {
            let mut args = strings(PIPELINES[i % PIPELINES.len()]);
            args.extend([input, "-o".into(), "/dev/null".into()]);
            args
        },
    );
}

#[test]
fn chunk_translate_survives_mutated_modules() {
    const EMITS: [&str; 4] = [
        "--emit=mlir",
        "--emit=llvm",
        "--emit=llvm-dialect",
        "--emit=stablehlo",
    ];
    module_cases(
        "chunk-translate",
        2,
        200,
        env!("CARGO_BIN_EXE_chunk-translate"),
        |i, input| vec![EMITS[i % 4].into(), input, "-o".into(), "/dev/null".into()],
    );
}

#[test]
fn chunk_run_survives_mutated_modules() {
    module_cases(
        "chunk-run",
        3,
        300,
        env!("CARGO_BIN_EXE_chunk-run"),
        |_, input| {
            let mut args = vec![input];
            args.extend(strings(&[
                "--memory-limit",
                "64MiB",
                "--seed",
                "1",
                "--no-progress",
            ]));
            args
        },
    );
}

/// Tokens of a safetensors header worth putting in a corrupted one.
const SAFETENSORS_DICTIONARY: &[&str] = &[
    "\"dtype\":",
    "\"F64\"",
    "\"I8\"",
    "\"BF16\"",
    "\"BOOL\"",
    "\"shape\":[",
    "]",
    "\"data_offsets\":[",
    "18446744073709551615",
    "-1",
    "0",
    "{",
    "}",
    "\"__metadata__\":{",
    ",",
    "\"",
    "\\u0000",
    "null",
];

#[test]
fn chunk_run_survives_corrupted_safetensors_inputs() {
    let dir = common::dir("mutation-safetensors");
    // Small modules with named and positional arguments of several element types.
    let modules = [
        root().join("lit-tests/Runtime/chunk-for.mlir"),
        root().join("examples/gpt-tiny.mlir"),
    ];
    let mut r = rng(4);
    let n = cases(300);
    let mut all = Vec::new();
    for (m, module) in modules.iter().enumerate() {
        let valid = dir.join(format!("valid{m}.safetensors"));
        let o = common::chunk_run(&[
            module.to_str().unwrap(),
            "--no-progress",
            "--save-inputs",
            valid.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", common::stderr(&o));
        let bytes = std::fs::read(&valid).expect("saved inputs");
        for i in 0..n / modules.len() {
            // The header (after its 8-byte length) is JSON text; mutate there mostly.
            let mutated = if r.random_range(0..4) == 0 {
                mutate(&mut r, &bytes, SAFETENSORS_DICTIONARY)
            } else {
                let header_end = (8 + u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize)
                    .min(bytes.len());
                let header = mutate(&mut r, &bytes[8..header_end], SAFETENSORS_DICTIONARY);
                let mut v = (header.len() as u64).to_le_bytes().to_vec();
                v.extend_from_slice(&header);
                v.extend_from_slice(&bytes[header_end..]);
                v
            };
            let input = write_case(&dir, format!("case{m}-{i}.safetensors"), &mutated);
            let args = vec![
                module.to_string_lossy().into_owned(),
                "--inputs".to_string(),
                input.to_string_lossy().into_owned(),
                "--memory-limit".to_string(),
                "64MiB".to_string(),
                "--no-progress".to_string(),
            ];
            all.push(Case {
                tool: env!("CARGO_BIN_EXE_chunk-run"),
                args,
                input,
            });
        }
    }
    let total = all.len();
    report("chunk-run-safetensors", total, run_all(all));
}

#[test]
fn the_checker_tells_located_errors_from_unlocated_ones() {
    assert!(is_located("/tmp/a.mlir:12:3: error: expected type", false));
    assert!(is_located("example.py:3:35: error: bad op", false));
    assert!(!is_located("error: translation failed", false));
    assert!(!is_located("/tmp/a.mlir: error: bad", false));
    assert!(!is_located(":1:2: error: bad", false));
    assert!(!is_located("a.mlir:x:3: error: bad", false));
    assert!(!is_located("loc(unknown): error: no kernel", false));
    assert!(is_located("loc(unknown): error: no kernel", true));
}

#[test]
fn mutations_change_their_input() {
    // The mutations change the input and stay within a few tokens of it.
    let mut r = rng(5);
    let seed = b"func.func @main(%a: tensor<4xf32>) -> tensor<4xf32>";
    let changed = (0..50)
        .filter(|_| mutate(&mut r, seed, DICTIONARY) != seed.to_vec())
        .count();
    assert!(changed >= 45, "{changed} of 50 mutations changed the input");
}
