//! Keeps `docs/dialects/nn.md` in step with the registry: every registered `nn` op
//! has a `### nn.xxx` section that mentions each of its attributes, and no section
//! describes an op that does not exist.
//!
//! `NN_DOCS_UPDATE=1 cargo test -p nn-dialect --test doc_sync` regenerates the file
//! from the op definitions (summary, description, traits, attributes).
use std::fmt::Write;
use std::path::PathBuf;

fn doc_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/dialects/nn.md")
}

fn nn_ops() -> Vec<&'static ir::OpDef> {
    nn_dialect::register();
    ir::Context::new()
        .op_defs()
        .into_iter()
        .filter(|d| d.dialect() == nn_dialect::DIALECT)
        .collect()
}

const INTRO: &str = "\
# The `nn` dialect

Model-level tensor operations: the input contract that users write and importers
produce (see `shared/spec/nn-dialect.md` for the normative text). Every op has one
result, every tensor has a static shape, and `f32` is accepted everywhere floats are
(`f16` and `bf16` are accepted too); `i1`, `i32` and `i64` where noted.

Conventions used below:

- `B(a, b)` is numpy broadcasting, aligned from the right.
- Axis attributes (`axis`, `axes`, `dimension`, the `dot_general` dimension lists) may
  be negative, counted from the end. `permutation` and `broadcast_dimensions` are
  mappings, not axes, and must be non-negative.
- Integer lists may be written `[1, 2]` or `array<i64: 1, 2>`.
- Ops whose result type is written by the user (`nn.reshape`, `nn.broadcast_in_dim`,
  `nn.constant`, `nn.iota`, `nn.convert`) are checked for consistency; all others have
  their result type inferred, and a written type that differs is an error
  (`result type X does not match the inferred type Y`).
- Any tensor whose byte size overflows `u64` is rejected.

Additions to the contract of `shared/spec/nn-dialect.md` (nothing there changed):
`nn.rms_norm` (RMS normalisation, as Llama and T5 write it; the frontends raise the
spelled-out form to it, `docs/frontends.md`), and `f16`/`bf16` computed end to end on
the reference runtime (two-byte storage, f32 arithmetic).

This file is generated from the op definitions by
`NN_DOCS_UPDATE=1 cargo test -p nn-dialect --test doc_sync`; the test checks it stays
in sync with the registry.

## Operations
";

fn render() -> String {
    let mut out = String::from(INTRO);
    for d in nn_ops() {
        let _ = write!(out, "\n### {}\n\n{}.\n\n", d.name, d.summary);
        let traits: Vec<String> = d.traits.iter().map(|t| format!("{t:?}")).collect();
        let _ = writeln!(out, "{}\n", d.description);
        let _ = writeln!(out, "Traits: {}.\n", traits.join(", "));
        if d.attributes.is_empty() {
            let _ = writeln!(out, "Attributes: none.");
        } else {
            out.push_str("| attribute | required | meaning |\n|---|---|---|\n");
            for (name, required, summary) in d.attributes {
                let req = if *required { "yes" } else { "no" };
                let _ = writeln!(
                    out,
                    "| `{name}` | {req} | {} |",
                    summary.replace('|', "\\|")
                );
            }
        }
    }
    out
}

/// The doc's `### nn.xxx` sections: name and body.
fn sections(doc: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in doc.lines() {
        if let Some(name) = line.strip_prefix("### ") {
            out.push((name.trim().to_string(), String::new()));
        } else if line.starts_with("## ") || line.starts_with("# ") {
            // A higher-level heading ends the current op section.
            out.push((String::new(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out.retain(|(n, _)| !n.is_empty());
    out
}

#[test]
fn doc_has_a_section_per_op_with_its_attributes() {
    if std::env::var_os("NN_DOCS_UPDATE").is_some() {
        std::fs::write(doc_path(), render()).expect("write docs/dialects/nn.md");
    }
    let doc = std::fs::read_to_string(doc_path()).expect("docs/dialects/nn.md exists");
    let sections = sections(&doc);
    let ops = nn_ops();
    let mut problems = Vec::new();
    for d in &ops {
        let matching: Vec<_> = sections.iter().filter(|(n, _)| n == d.name).collect();
        match matching.as_slice() {
            [] => problems.push(format!("{} has no `### {}` section", d.name, d.name)),
            [(_, body)] => {
                for (attr, _, _) in d.attributes {
                    if !body.contains(&format!("`{attr}`")) {
                        problems.push(format!(
                            "section {} does not mention attribute `{attr}`",
                            d.name
                        ));
                    }
                }
            }
            _ => problems.push(format!("{} has {} sections", d.name, matching.len())),
        }
    }
    for (name, _) in &sections {
        if !ops.iter().any(|d| d.name == name) {
            problems.push(format!("section `### {name}` describes no registered op"));
        }
    }
    assert!(
        problems.is_empty(),
        "docs/dialects/nn.md is out of sync:\n{}",
        problems.join("\n")
    );
}
