//! `--emit=ptx`: kernels for NVIDIA GPUs and the host plan that launches them.
//!
//! 1. The converted module goes through [`pipeline::gpu_outline_pipeline`]: tensor
//!    clean-up and fusion, bufferisation, linalg → `scf.parallel` → `gpu.launch`
//!    (outer parallel loops mapped to blocks), outlined kernels.
//! 2. The outlined kernels (one `gpu.module` each, every kernel called `<func>_kernel`)
//!    are merged into one `gpu.module @kernels` whose kernels take their old module's
//!    unique name, so one PTX image holds every `.entry`.
//! 3. [`pipeline::gpu_ptx_pipeline`]: `nvvm-attach-target{chip}`, kernels to NVVM,
//!    `gpu-module-to-binary{format=isa}`; the PTX is the `assembly` string of the
//!    resulting `#gpu.object`.
//! 4. The host function (what is left outside the kernels) is read into a [`HostPlan`]:
//!    allocations, launches with grid/block sizes and arguments, chunk loops
//!    (`scf.for`), and any other host op verbatim. Format: `docs/lowering.md`.
use crate::{pipeline, ConvertOptions, Error, Lowering};
use std::collections::HashMap;

/// PTX text and the JSON host plan.
pub struct PtxOutput {
    pub ptx: String,
    pub plan: String,
    /// The kernel names (`.entry`), in launch order of first use.
    pub kernels: Vec<String>,
}

/// Lowers a verified module to PTX for `chip` (e.g. `sm_90`) plus its host plan.
pub fn emit_ptx(m: &ir::Module, chip: &str) -> Result<PtxOutput, Error> {
    let lowering = Lowering::new();
    let mut module = lowering.convert(m, &ConvertOptions::default())?;
    pipeline::run(
        &lowering,
        &mut module,
        "gpu-outline",
        &pipeline::gpu_outline_pipeline(),
    )?;
    let outlined = module.as_operation().to_string();
    let (merged, kernels) = merge_kernels(&outlined);
    let mut module = lowering.parse(&merged)?;
    pipeline::run(
        &lowering,
        &mut module,
        "gpu-ptx",
        &pipeline::gpu_ptx_pipeline(chip),
    )?;
    let text = module.as_operation().to_string();
    let ptx = assembly(&text).ok_or_else(|| Error::Mlir {
        stage: "gpu-module-to-binary produced no PTX assembly".into(),
        messages: vec![],
    })?;
    let plan = host_plan(&text, chip, &kernels);
    Ok(PtxOutput { ptx, plan, kernels })
}

/// Moves every top-level `gpu.module @M { gpu.func @K ... }` into one
/// `gpu.module @kernels` with the kernel renamed `@M`, and rewrites launches of
/// `@M::@K` to `@kernels::@M`. Returns the text and the kernel names.
fn merge_kernels(text: &str) -> (String, Vec<String>) {
    let mut host = Vec::new();
    let mut kernel_lines = Vec::new();
    let mut renames: Vec<(String, String)> = Vec::new();
    let mut kernels = Vec::new();
    let mut current: Option<String> = None;
    let mut renamed = false;
    for line in text.lines() {
        if let Some(name) = &current {
            if line == "  }" {
                current = None;
                continue;
            }
            let mut l = line.to_string();
            if !renamed {
                if let Some(i) = l.find("gpu.func @") {
                    let rest = &l[i + "gpu.func @".len()..];
                    let end = rest.find('(').unwrap_or(rest.len());
                    let old = rest[..end].to_string();
                    renames.push((format!("@{name}::@{old}"), format!("@kernels::@{name}")));
                    l = format!("{}gpu.func @{name}{}", &l[..i], &rest[end..]);
                    renamed = true;
                }
            }
            kernel_lines.push(l);
            continue;
        }
        if let Some(rest) = line.strip_prefix("  gpu.module @") {
            let name = rest.trim_end_matches(" {").to_string();
            kernels.push(name.clone());
            current = Some(name);
            renamed = false;
            continue;
        }
        host.push(line.to_string());
    }
    // The module's closing brace is the last host line.
    let close = host.pop().unwrap_or_default();
    let mut out = String::new();
    for l in host {
        let mut l = l;
        for (from, to) in &renames {
            // `@M::@K` followed by a space or the end: exact symbol references only.
            l = l.replace(&format!("{from} "), &format!("{to} "));
        }
        out.push_str(&l);
        out.push('\n');
    }
    if !kernels.is_empty() {
        out.push_str("  gpu.module @kernels {\n");
        for l in kernel_lines {
            out.push_str(&l);
            out.push('\n');
        }
        out.push_str("  }\n");
    }
    out.push_str(&close);
    out.push('\n');
    (out, kernels)
}

/// The `assembly = "..."` string of the first `#gpu.object`, unescaped (MLIR prints
/// non-printable bytes, `"` and `\` as `\XX` hex).
fn assembly(text: &str) -> Option<String> {
    let start = text.find("assembly = \"")? + "assembly = \"".len();
    let bytes = &text.as_bytes()[start..];
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // The object holds a C string: drop its terminating NUL.
                while out.last() == Some(&0) {
                    out.pop();
                }
                return String::from_utf8(out).ok();
            }
            b'\\' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(bytes[i + 1]);
                        i += 2;
                    }
                }
                continue;
            }
            b => out.push(b),
        }
        i += 1;
    }
    None
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// Bytes of a static `memref<AxBx...xT>`.
fn memref_bytes(ty: &str) -> Option<u64> {
    let inner = ty.strip_prefix("memref<")?.strip_suffix('>')?;
    let parts: Vec<&str> = inner.split('x').collect();
    let (elem, dims) = parts.split_last()?;
    let width: u64 = match *elem {
        "f32" | "i32" => 4,
        "f64" | "i64" | "index" => 8,
        "f16" | "bf16" | "i16" => 2,
        "i1" | "i8" => 1,
        _ => return None,
    };
    dims.iter()
        .try_fold(width, |acc, d| d.parse::<u64>().ok().map(|d| acc * d))
}

/// Reads the host function of the final module into the JSON host plan.
fn host_plan(text: &str, chip: &str, kernels: &[String]) -> String {
    let mut consts: HashMap<String, String> = HashMap::new();
    let mut values: HashMap<String, String> = HashMap::new(); // name -> JSON description
    let mut steps: Vec<String> = Vec::new();
    let mut func = String::new();
    let mut args_json = Vec::new();
    let mut buffers = 0usize;
    let mut in_func = false;
    let mut open_loops = 0usize;
    for raw in text.lines() {
        let line = raw.trim();
        if line.starts_with("func.func @") {
            in_func = true;
            let name_end = line.find('(').unwrap_or(line.len());
            func = line["func.func @".len()..name_end].to_string();
            let sig = &line[name_end + 1..];
            let sig = &sig[..sig.find(')').unwrap_or(sig.len())];
            for (i, a) in sig.split(", ").filter(|s| !s.is_empty()).enumerate() {
                let (n, t) = a.split_once(": ").unwrap_or((a, ""));
                values.insert(n.to_string(), format!("{{\"input\": {i}}}"));
                args_json.push(format!(
                    "{{\"index\": {i}, \"type\": {}, \"bytes\": {}}}",
                    json_str(t),
                    memref_bytes(t).unwrap_or(0)
                ));
            }
            continue;
        }
        if !in_func {
            continue;
        }
        if line.starts_with("gpu.module") || line.starts_with("gpu.binary") {
            in_func = false;
            continue;
        }
        let (lhs, rhs) = match line.split_once(" = ") {
            Some((l, r)) if l.starts_with('%') => (Some(l.to_string()), r),
            _ => (None, line),
        };
        if let Some(c) = rhs.strip_prefix("arith.constant ") {
            let v = c.split(" : ").next().unwrap_or("").to_string();
            if let Some(l) = &lhs {
                consts.insert(l.clone(), v.clone());
                values.insert(l.clone(), format!("{{\"constant\": {}}}", json_str(&v)));
            }
            continue;
        }
        if rhs.starts_with("memref.alloc") {
            let ty = rhs.rsplit(" : ").next().unwrap_or("");
            let id = buffers;
            buffers += 1;
            if let Some(l) = &lhs {
                values.insert(l.clone(), format!("{{\"buffer\": {id}}}"));
            }
            steps.push(format!(
                "{{\"op\": \"alloc\", \"buffer\": {id}, \"type\": {}, \"bytes\": {}}}",
                json_str(ty),
                memref_bytes(ty).unwrap_or(0)
            ));
            continue;
        }
        if let Some(rest) = rhs.strip_prefix("gpu.launch_func") {
            let rest = rest.trim();
            let kernel = rest
                .split_whitespace()
                .next()
                .unwrap_or("")
                .rsplit("::@")
                .next()
                .unwrap_or("")
                .to_string();
            let triple = |key: &str| -> String {
                let Some(i) = rest.find(key) else {
                    return "[]".into();
                };
                let s = &rest[i + key.len()..];
                let s = &s[..s.find(')').unwrap_or(s.len())];
                let v: Vec<String> = s
                    .split(", ")
                    .map(|n| {
                        consts
                            .get(n.trim())
                            .cloned()
                            .unwrap_or_else(|| json_str(n.trim()))
                    })
                    .collect();
                format!("[{}]", v.join(", "))
            };
            let grid = triple("blocks in (");
            let block = triple("threads in (");
            let mut args = Vec::new();
            if let Some(i) = rest.find("args(") {
                let s = &rest[i + 5..rest.rfind(')').unwrap_or(rest.len())];
                for a in s.split(", ") {
                    let (n, t) = a.split_once(" : ").unwrap_or((a, ""));
                    let what = values
                        .get(n.trim())
                        .cloned()
                        .unwrap_or_else(|| format!("{{\"value\": {}}}", json_str(n.trim())));
                    args.push(format!(
                        "{{\"type\": {}, \"is\": {what}}}",
                        json_str(t.trim())
                    ));
                }
            }
            steps.push(format!(
                "{{\"op\": \"launch\", \"kernel\": {}, \"grid\": {grid}, \"block\": {block}, \"args\": [{}]}}",
                json_str(&kernel),
                args.join(", ")
            ));
            continue;
        }
        if let Some(rest) = rhs.strip_prefix("scf.for ") {
            // scf.for %iv = %lo to %hi step %st ...
            let w: Vec<&str> = rest.split_whitespace().collect();
            let val = |i: usize| -> String {
                let n = w.get(i).copied().unwrap_or("");
                consts.get(n).cloned().unwrap_or_else(|| json_str(n))
            };
            steps.push(format!(
                "{{\"op\": \"loop\", \"iv\": {}, \"lower\": {}, \"upper\": {}, \"step\": {}, \"text\": {}}}",
                json_str(w.first().copied().unwrap_or("")),
                val(2),
                val(4),
                val(6),
                json_str(line)
            ));
            open_loops += 1;
            continue;
        }
        if line == "}" && open_loops > 0 {
            open_loops -= 1;
            steps.push("{\"op\": \"end_loop\"}".into());
            continue;
        }
        if rhs.starts_with("return") {
            let vals: Vec<String> = rhs
                .trim_start_matches("return")
                .split(" : ")
                .next()
                .unwrap_or("")
                .split(", ")
                .filter(|s| !s.trim().is_empty())
                .map(|n| {
                    values
                        .get(n.trim())
                        .cloned()
                        .unwrap_or_else(|| json_str(n.trim()))
                })
                .collect();
            steps.push(format!(
                "{{\"op\": \"return\", \"results\": [{}]}}",
                vals.join(", ")
            ));
            in_func = false;
            continue;
        }
        if line == "}" || line.is_empty() {
            continue;
        }
        steps.push(format!(
            "{{\"op\": \"host\", \"text\": {}}}",
            json_str(line)
        ));
    }
    let ks: Vec<String> = kernels.iter().map(|k| json_str(k)).collect();
    format!(
        "{{\n  \"version\": 1,\n  \"chip\": {},\n  \"function\": {},\n  \"kernels\": [{}],\n  \"arguments\": [{}],\n  \"steps\": [\n    {}\n  ]\n}}\n",
        json_str(chip),
        json_str(&func),
        ks.join(", "),
        args_json.join(", "),
        steps.join(",\n    ")
    )
}
