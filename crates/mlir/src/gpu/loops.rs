//! Steps 3 and 5 of the GPU lowering, on text: the parallel loops' dimensions
//! reordered (`reorder_parallel_loops`), libdevice math inlined (`inline_math`), the
//! outlined kernels merged into one `gpu.module` (`merge_kernels`), and the PTX read
//! from the `#gpu.object` (`assembly`).
use super::*;

/// Reorders the dimensions of every `scf.parallel` header: the last (innermost,
/// contiguous in a row-major buffer) dimension comes first, so the tiling's 32-wide
/// tile and `gpu-map-parallel-loops`' first mapping (`x`) go to it; the others follow
/// by decreasing extent (where the bounds are known constants), so the largest get
/// the grid's `y` and `z` and only the smallest are left as loops inside the kernel
/// (a `[1, L, 3, H, D]` split would otherwise loop over `L` in every thread). The loop
/// is parallel, so the order of its dimensions does not change what it computes.
pub(super) fn reorder_parallel_loops(text: &str) -> String {
    // Index constants by name; a name bound to two values (two functions) is unknown.
    let mut consts: HashMap<String, Option<i64>> = HashMap::new();
    for line in text.lines() {
        let (l, _) = strip_locs(line);
        if let Some((name, v)) = l.trim().split_once(" = arith.constant ") {
            if let Some(v) = v
                .strip_suffix(" : index")
                .and_then(|v| v.parse::<i64>().ok())
            {
                let e = consts.entry(name.to_string()).or_insert(Some(v));
                if *e != Some(v) {
                    *e = None;
                }
            }
        }
    }
    let value = |v: &str| -> Option<i64> { *consts.get(v.trim())? };
    let mut out = String::with_capacity(text.len());
    // Dropped single-iteration dimensions: their induction variable is replaced by
    // the lower bound until the loop's region closes (at brace depth `until`).
    let mut subs: Vec<(String, String, i32)> = Vec::new();
    let mut depth = 0i32;
    let mut merged = 0;
    for line in text.lines() {
        let mut l = line.to_string();
        for (iv, lb, _) in &subs {
            l = replace_value(&l, iv, lb);
        }
        if let Some(r) = reorder_header(&l, &value, merged) {
            for (iv, lb) in r.dropped {
                subs.push((iv, lb, depth));
            }
            merged += r.merged;
            l = r.lines.join("\n");
        }
        let (code, _) = strip_locs(&l);
        depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
        subs.retain(|(_, _, until)| depth > *until);
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// `line` with every use of the SSA value `name` (whole names only) replaced by `by`.
pub(super) fn replace_value(line: &str, name: &str, by: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(name) {
        let after = rest[i + name.len()..].chars().next();
        let whole = !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '#');
        out.push_str(&rest[..i]);
        out.push_str(if whole { by } else { name });
        rest = &rest[i + name.len()..];
    }
    out.push_str(rest);
    out
}

/// A rewritten `scf.parallel` header.
pub(super) struct Reordered {
    /// Lines replacing the header: constants before it, the header, and the
    /// induction variables of merged dimensions recomputed at the top of the body.
    pub(super) lines: Vec<String>,
    /// Dimensions dropped (induction variable, lower bound): a dimension of one
    /// iteration would take a whole block or thread dimension (a `[1, 2048]` loop as
    /// 32 x 8 threads with 7 of 8 rows idle).
    dropped: Vec<(String, String)>,
    /// How many merged dimensions were introduced (for fresh names).
    merged: usize,
}

/// Reorders (and drops, and merges) the dimensions of an `scf.parallel` header; see
/// [`reorder_parallel_loops`]. An innermost dimension narrower than the 32-thread
/// tile is merged with the next one (`i = m mod E`, `j = m div E` at the top of the
/// body) while both are known `0 to E step 1`, so a `[N, N, 4]` loop runs 32
/// consecutive elements per warp instead of 4 active lanes of 32.
pub(super) fn reorder_header(
    line: &str,
    value: &dyn Fn(&str) -> Option<i64>,
    fresh: usize,
) -> Option<Reordered> {
    let extent = |lo: &str, hi: &str| Some(value(hi)? - value(lo)?);
    let start = line.find("scf.parallel (")?;
    let (head, rest) = line.split_at(start);
    let rest = rest.strip_prefix("scf.parallel ")?;
    // (ivs) = (lbs) to (ubs) step (steps) tail
    let mut groups = Vec::new();
    let mut r = rest;
    for sep in [" = ", " to ", " step ", ""] {
        let body_end = r.find(')')?;
        let g = r.strip_prefix('(')?[..body_end - 1].to_string();
        groups.push(g);
        r = &r[body_end + 1..];
        if !sep.is_empty() {
            r = r.strip_prefix(sep)?;
        }
    }
    let mut parts: Vec<Vec<String>> = groups.iter().map(|g| split_top(g)).collect();
    let n = parts[0].len();
    if parts.iter().any(|p| p.len() != n) {
        return None;
    }
    let indent = &head[..head.len() - head.trim_start().len()];
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut merged = 0;
    // Merge the innermost non-unit dimension with the next while it is narrower than
    // the tile: both must be `0 to E step 1` with known E.
    let simple = |parts: &Vec<Vec<String>>, d: usize| -> Option<i64> {
        (value(&parts[1][d])? == 0 && value(&parts[3][d])? == 1).then_some(value(&parts[2][d])?)
    };
    loop {
        let live: Vec<usize> = (0..parts[0].len())
            .filter(|&d| extent(&parts[1][d], &parts[2][d]) != Some(1))
            .collect();
        let [.., b, a] = live[..] else { break };
        let (Some(ea), Some(eb)) = (simple(&parts, a), simple(&parts, b)) else {
            break;
        };
        if ea >= i64::from(pipeline::GPU_TILE[0]) {
            break;
        }
        let m = format!("%merged{}", fresh + merged);
        merged += 1;
        pre.push(format!(
            "{indent}{m}_ub = arith.constant {} : index",
            ea * eb
        ));
        post.push(format!("{indent}  {m}_e = arith.constant {ea} : index"));
        post.push(format!(
            "{indent}  {} = arith.remui {m}, {m}_e : index",
            parts[0][a]
        ));
        post.push(format!(
            "{indent}  {} = arith.divui {m}, {m}_e : index",
            parts[0][b]
        ));
        // The merged dimension takes a's place; b is removed.
        parts[0][a] = m.clone();
        parts[2][a] = format!("{m}_ub");
        for p in parts.iter_mut() {
            p.remove(b);
        }
    }
    let n = parts[0].len();
    // Extents of the merged dimensions are known to `value` only through their names.
    let extent = |lo: &str, hi: &str| -> Option<i64> {
        match hi.strip_suffix("_ub").filter(|h| h.starts_with("%merged")) {
            Some(_) => pre
                .iter()
                .find(|l| l.trim_start().starts_with(&format!("{hi} =")))
                .and_then(|l| {
                    l.split("arith.constant ")
                        .nth(1)?
                        .split(' ')
                        .next()?
                        .parse()
                        .ok()
                }),
            None => extent(lo, hi),
        }
    };
    // Innermost first, then the rest by decreasing extent (stable: inner to outer on
    // ties or unknown extents); single-iteration dimensions dropped (one kept if all
    // are).
    let sizes: Vec<i64> = (0..n)
        .map(|d| extent(&parts[1][d], &parts[2][d]).unwrap_or(0))
        .collect();
    let mut order: Vec<usize> = (0..n).rev().filter(|&d| sizes[d] != 1).collect();
    if order.is_empty() {
        order.push(n - 1);
    }
    order[1..].sort_by_key(|&d| std::cmp::Reverse(sizes[d]));
    let dropped: Vec<(String, String)> = (0..n)
        .filter(|d| !order.contains(d))
        .map(|d| (parts[0][d].clone(), parts[1][d].clone()))
        .collect();
    let pick = |p: &Vec<String>| {
        order
            .iter()
            .map(|&d| p[d].as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let header = format!(
        "{head}scf.parallel ({}) = ({}) to ({}) step ({}){r}",
        pick(&parts[0]),
        pick(&parts[1]),
        pick(&parts[2]),
        pick(&parts[3])
    );
    let mut lines = pre;
    lines.push(header);
    lines.extend(post);
    Some(Reordered {
        lines,
        dropped,
        merged,
    })
}

/// Replaces the `math` ops of the kernels that `convert-gpu-to-nvvm` would turn into
/// libdevice calls (`__nv_expf`, ...) by arithmetic and PTX instructions
/// (`llvm.inline_asm`), so the PTX needs no libdevice: `exp` is `ex2.approx` of
/// `x·log2(e)` (relative error ~4e-6 at |x| = 88), `log` is `lg2.approx · ln 2`,
/// `sqrt` is `sqrt.rn`, `rsqrt` is `rsqrt.approx` (~1e-7), `absf` is `abs.f32`,
/// `tanh` is `1 - 2 / (exp(2x) + 1)` (exact limits ±1), `erf` is Abramowitz-Stegun
/// 7.1.26 (absolute error 1.5e-7). Other math ops are left alone; a libdevice call in
/// the PTX is then an error.
pub(super) fn inline_math(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match inline_math_op(line) {
            Some(lines) => {
                for l in lines {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

pub(super) fn inline_math_op(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    let (r, rhs) = trimmed.split_once(" = math.")?;
    let (op, rest) = rhs.split_once(' ')?;
    let x = rest.strip_suffix(" : f32")?;
    if x.contains(',') || x.contains(' ') {
        return None;
    }
    let mut lines = Vec::new();
    let mut n = 0;
    let mut fresh = |lines: &mut Vec<String>, rhs: String| {
        let name = format!("%math{}_{n}", r.trim_start_matches('%'));
        n += 1;
        lines.push(format!("{indent}{name} = {rhs}"));
        name
    };
    let asm = |ins: &str, a: &str| {
        format!("llvm.inline_asm \"{ins} $0, $1;\", \"=f,f\" {a} : (f32) -> f32")
    };
    let cst = |v: f64| format!("arith.constant {v:.9e} : f32");
    let exp = |lines: &mut Vec<String>,
               fresh: &mut dyn FnMut(&mut Vec<String>, String) -> String,
               a: &str| {
        let l2e = fresh(lines, cst(std::f64::consts::LOG2_E));
        let t = fresh(lines, format!("arith.mulf {a}, {l2e} : f32"));
        fresh(lines, asm("ex2.approx.ftz.f32", &t))
    };
    let result = match op {
        "exp" => exp(&mut lines, &mut fresh, x),
        "log" => {
            let l = fresh(&mut lines, asm("lg2.approx.f32", x));
            let ln2 = fresh(&mut lines, cst(std::f64::consts::LN_2));
            fresh(&mut lines, format!("arith.mulf {l}, {ln2} : f32"))
        }
        "sqrt" => fresh(&mut lines, asm("sqrt.rn.f32", x)),
        "rsqrt" => fresh(&mut lines, asm("rsqrt.approx.f32", x)),
        "absf" => fresh(&mut lines, asm("abs.f32", x)),
        "tanh" => {
            let two = fresh(&mut lines, cst(2.0));
            let one = fresh(&mut lines, cst(1.0));
            let x2 = fresh(&mut lines, format!("arith.mulf {x}, {two} : f32"));
            let e = exp(&mut lines, &mut fresh, &x2);
            let d = fresh(&mut lines, format!("arith.addf {e}, {one} : f32"));
            let q = fresh(&mut lines, format!("arith.divf {two}, {d} : f32"));
            fresh(&mut lines, format!("arith.subf {one}, {q} : f32"))
        }
        "erf" => {
            let a = fresh(&mut lines, asm("abs.f32", x));
            let one = fresh(&mut lines, cst(1.0));
            let p = fresh(&mut lines, cst(0.3275911));
            let pa = fresh(&mut lines, format!("arith.mulf {p}, {a} : f32"));
            let den = fresh(&mut lines, format!("arith.addf {one}, {pa} : f32"));
            let t = fresh(&mut lines, format!("arith.divf {one}, {den} : f32"));
            let coeffs = [
                1.061405429,
                -1.453152027,
                1.421413741,
                -0.284496736,
                0.254829592,
            ];
            let mut acc = fresh(&mut lines, cst(coeffs[0]));
            for c in &coeffs[1..] {
                let m = fresh(&mut lines, format!("arith.mulf {acc}, {t} : f32"));
                let k = fresh(&mut lines, cst(*c));
                acc = fresh(&mut lines, format!("arith.addf {m}, {k} : f32"));
            }
            let poly = fresh(&mut lines, format!("arith.mulf {acc}, {t} : f32"));
            let a2 = fresh(&mut lines, format!("arith.mulf {a}, {a} : f32"));
            let na2 = fresh(&mut lines, format!("arith.negf {a2} : f32"));
            let e = exp(&mut lines, &mut fresh, &na2);
            let pe = fresh(&mut lines, format!("arith.mulf {poly}, {e} : f32"));
            let y = fresh(&mut lines, format!("arith.subf {one}, {pe} : f32"));
            let ny = fresh(&mut lines, format!("arith.negf {y} : f32"));
            let zero = fresh(&mut lines, cst(0.0));
            let neg = fresh(&mut lines, format!("arith.cmpf olt, {x}, {zero} : f32"));
            fresh(&mut lines, format!("arith.select {neg}, {ny}, {y} : f32"))
        }
        _ => return None,
    };
    // The last line defines the op's result under its own name.
    let last = lines.pop()?;
    lines.push(last.replacen(&format!("{result} = "), &format!("{r} = "), 1));
    Some(lines)
}

/// Moves every top-level `gpu.module @M { gpu.func @K ... }` into one
/// `gpu.module @kernels` with the kernel renamed `@M`, and rewrites launches of
/// `@M::@K` to `@kernels::@M`. Returns the text and the kernel names.
pub(super) fn merge_kernels(text: &str) -> (String, Vec<String>) {
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
    // Always a kernel module, empty when every op became a host step (a module of
    // GEMMs only): the runtime still gets a PTX image to load.
    out.push_str("  gpu.module @kernels {\n");
    for l in kernel_lines {
        out.push_str(&l);
        out.push('\n');
    }
    out.push_str("  }\n");
    out.push_str(&close);
    out.push('\n');
    (out, kernels)
}

/// The `assembly = "..."` string of the first `#gpu.object`, unescaped (MLIR prints
/// non-printable bytes, `"` and `\` as `\XX` hex).
pub(super) fn assembly(text: &str) -> Option<String> {
    let start = text.find("assembly = \"")? + "assembly = \"".len();
    let bytes = &text.as_bytes()[start..];
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // The object holds a C string: drop its terminating NUL. One inside
                // would cut the PTX short where the driver reads it.
                while out.last() == Some(&0) {
                    out.pop();
                }
                if out.contains(&0) {
                    return None;
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
