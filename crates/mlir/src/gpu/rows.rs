//! Row-parallel reductions (`GpuOptions::row_reductions`): a `linalg.generic` that
//! reduces its trailing dimensions (softmax's max and exp-sum, layer and group
//! norm's sums, `reduce_sum`/`max`/`mean` over the last axes) becomes a `gpu.launch`
//! written here, on the bufferised text, with one block per output element (a row):
//!
//! - the block's threads stride over the row (`k = tid, tid + B, ...`, `B` = block
//!   size), so a warp reads 32 consecutive elements of a row-major input (coalesced);
//!   each thread folds its elements into a register with the generic's own body (its
//!   block arguments become loads, its `%out` the loop-carried partial);
//! - the partials are combined in each warp by five `gpu.shuffle xor` steps (16, 8,
//!   4, 2, 1), warp leaders write to a workgroup (shared) array of one float per warp,
//!   `gpu.barrier`, and every warp combines those the same way (all shuffles and the
//!   barrier are at the kernel's top level, in no branch: every lane of every warp
//!   takes part, which the CPU emulation in `tests/ptx_emulate.rs` relies on);
//! - thread 0 writes the row's result: combined with what the output held (the
//!   generic's init), or over it when the output was filled with the reduction's
//!   identity just before (the fill is then dropped: one kernel less).
//!
//! What is matched: f32 block arguments, parallel dimensions first and at least one
//! reduction dimension last, projected-permutation maps with static shapes, every
//! input that uses a reduction dimension has the reduction dimensions as its last
//! indices in loop order (contiguous rows), one output indexed by every parallel
//! dimension, a body of `arith`/`math` ops whose last op is `arith.addf` or
//! `arith.maximumf` of `%out` (used nowhere else) and the rest. Anything else keeps
//! the one-thread-per-output path.
//!
//! The shared array is a static workgroup attribution (`.shared` in the PTX): the
//! launch's dynamic shared memory stays 0.
use super::{split_top, strip_locs, MemrefType};
use std::collections::HashMap;

/// Threads per block at most (8 warps).
pub(crate) const ROW_BLOCK: i64 = 256;

/// A reduction generic matched for a row kernel.
pub(crate) struct RowReduction {
    /// Lines of the generic (head to closing brace).
    pub consumed: usize,
    /// The output buffer and its type.
    pub out: String,
    pub out_type: String,
    /// The input buffers' names (an output that is also an input cannot be
    /// overwritten).
    pub ins: Vec<String>,
    /// `arith.addf` or `arith.maximumf`.
    pub combine: &'static str,
    /// Extents of the parallel (row) and reduction (in-row) dimensions.
    pub rows: Vec<i64>,
    pub reds: Vec<i64>,
    /// Per input: name, type, block argument, loop dims of its indices.
    inputs: Vec<(String, String, String, Vec<usize>)>,
    /// Loop dims of the output's indices.
    out_dims: Vec<usize>,
    /// `%out` (the loop-carried partial in the kernel).
    out_arg: String,
    /// Body lines before `linalg.yield` (raw, with locations), and the yielded value.
    body: Vec<String>,
    yielded: String,
    indent: String,
    loc: String,
}

impl RowReduction {
    /// The identity of the combine, as the f32 constant MLIR prints.
    pub fn identity(&self) -> &'static str {
        if self.combine == "arith.maximumf" {
            "0xFF800000"
        } else {
            "0.000000e+00"
        }
    }

    /// Threads per block: the row length rounded up to whole warps, at most
    /// [`ROW_BLOCK`].
    pub fn block(&self) -> i64 {
        let len: i64 = self.reds.iter().product();
        ((len + 31) / 32 * 32).clamp(32, ROW_BLOCK)
    }

    /// Blocks: one per row.
    pub fn grid(&self) -> i64 {
        self.rows.iter().product()
    }
}

/// Names (SSA values) used in `line`, whole names only.
fn uses(line: &str, name: &str) -> bool {
    let mut rest = line;
    while let Some(i) = rest.find(name) {
        let after = rest[i + name.len()..].chars().next();
        if !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '#') {
            return true;
        }
        rest = &rest[i + name.len()..];
    }
    false
}

/// Matches the generic starting at `lines[0]` (see the module doc).
pub(crate) fn match_reduction(
    lines: &[&str],
    maps: &HashMap<String, String>,
) -> Option<RowReduction> {
    let (head, loc) = strip_locs(lines[0]);
    let indent = head[..head.len() - head.trim_start().len()].to_string();
    let head = head.trim();
    let iters = split_top(head.split_once("iterator_types = [")?.1.split_once(']')?.0);
    let p = iters.iter().take_while(|t| t.contains("parallel")).count();
    if p == iters.len() || iters[p..].iter().any(|t| !t.contains("reduction")) {
        return None;
    }
    let n = iters.len();
    let (names, types) = super::ins_outs(head)?;
    if names.len() < 2 {
        return None;
    }
    let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
    let mut dims_of = Vec::new();
    for m in split_top(list) {
        let def = if m.starts_with('#') {
            maps.get(&m)?.clone()
        } else {
            m.clone()
        };
        let (nd, res) = super::projected_permutation(&def)?;
        if nd != n {
            return None;
        }
        dims_of.push(res);
    }
    if dims_of.len() != names.len() {
        return None;
    }
    let n_in = names.len() - 1;
    // Sizes of the loop dims, from the static shapes.
    let mut sizes: Vec<Option<i64>> = vec![None; n];
    let mut tys = Vec::new();
    for (t, dims) in types.iter().zip(&dims_of) {
        let mt = MemrefType::parse(t)?;
        if mt.elem != "f32" || mt.shape.len() != dims.len() {
            return None;
        }
        for (&d, &s) in dims.iter().zip(&mt.shape) {
            if sizes[d].is_some_and(|x| x != s) {
                return None;
            }
            sizes[d] = Some(s);
        }
        tys.push(mt);
    }
    let sizes: Vec<i64> = sizes.into_iter().collect::<Option<_>>()?;
    if sizes.iter().any(|&s| s < 1) {
        return None;
    }
    // The output: every parallel dim, no reduction dim.
    let out_dims = dims_of[n_in].clone();
    let mut sorted = out_dims.clone();
    sorted.sort_unstable();
    if sorted != (0..p).collect::<Vec<_>>() {
        return None;
    }
    // Inputs: the reduction dims, if used, last and in order (contiguous rows).
    let red_dims: Vec<usize> = (p..n).collect();
    for dims in &dims_of[..n_in] {
        let used = dims.iter().filter(|&&d| d >= p).count();
        if used > 0 && (used != n - p || dims[dims.len() - used..] != red_dims[..]) {
            return None;
        }
    }
    // The region.
    let mut end = None;
    let mut depth = 0i32;
    for (k, raw) in lines.iter().enumerate() {
        let (l, _) = strip_locs(raw);
        depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
        if depth == 0 {
            end = Some(k);
            break;
        }
    }
    let end = end?;
    let body_lines: Vec<String> = lines[1..end].iter().map(|l| l.to_string()).collect();
    let (bb, _) = strip_locs(body_lines.first()?);
    let args: Vec<String> = split_top(bb.trim().strip_prefix("^bb0(")?.strip_suffix("):")?)
        .iter()
        .map(|a| a.strip_suffix(": f32").map(|n| n.trim().to_string()))
        .collect::<Option<_>>()?;
    if args.len() != names.len() || strip_locs(lines[end]).0.trim() != "}" {
        return None;
    }
    let ops = &body_lines[1..];
    let (yl, _) = strip_locs(ops.last()?);
    let yielded = yl
        .trim()
        .strip_prefix("linalg.yield ")?
        .strip_suffix(" : f32")?
        .to_string();
    let ops = &ops[..ops.len() - 1];
    let out_arg = args[n_in].clone();
    let mut combine = None;
    for (k, raw) in ops.iter().enumerate() {
        let (l, _) = strip_locs(raw);
        let (lhs, rhs) = l.trim().split_once(" = ")?;
        let op = rhs.split_whitespace().next()?;
        let pure = (op.starts_with("arith.") || op.starts_with("math.")) && !op.contains("index");
        if !pure || lhs.contains(',') {
            return None;
        }
        if k + 1 == ops.len() {
            // `%s = arith.addf %out, %v : f32` (either order), `%s` yielded.
            let c = match op {
                "arith.addf" => "arith.addf",
                "arith.maximumf" => "arith.maximumf",
                _ => return None,
            };
            let operands = rhs.strip_prefix(op)?.trim().strip_suffix(" : f32")?;
            let (a, b) = operands.split_once(", ")?;
            if lhs != yielded || !(a == out_arg || b == out_arg) || a == b {
                return None;
            }
            combine = Some(c);
        } else if uses(&l, &out_arg) {
            return None;
        }
    }
    let inputs = (0..n_in)
        .map(|k| {
            (
                names[k].clone(),
                types[k].clone(),
                args[k].clone(),
                dims_of[k].clone(),
            )
        })
        .collect();
    Some(RowReduction {
        consumed: end + 1,
        out: names[n_in].clone(),
        out_type: types[n_in].clone(),
        ins: names[..n_in].to_vec(),
        combine: combine?,
        rows: sizes[..p].to_vec(),
        reds: sizes[p..].to_vec(),
        inputs,
        out_dims,
        out_arg,
        body: ops.to_vec(),
        yielded,
        indent,
        loc: loc.map(|l| format!(" loc({l})")).unwrap_or_default(),
    })
}

/// The `gpu.launch` replacing the generic; `id` makes its names unique, `overwrite`
/// writes the row's result over the output instead of combining it with the output's
/// old value.
pub(crate) fn row_kernel(r: &RowReduction, id: usize, overwrite: bool) -> Vec<String> {
    let i0 = &r.indent;
    let i1 = format!("{i0}  ");
    let i2 = format!("{i0}    ");
    let x = format!("%autochunk_row{id}_");
    let block = r.block();
    let warps = block / 32;
    let len: i64 = r.reds.iter().product();
    let loc = &r.loc;
    let mut out = vec![
        format!("{i0}{x}one = arith.constant 1 : index{loc}"),
        format!("{i0}{x}grid = arith.constant {} : index{loc}", r.grid()),
        format!("{i0}{x}block = arith.constant {block} : index{loc}"),
    ];
    let shared = if warps > 1 {
        format!(" workgroup({x}sh : memref<{warps}xf32, #gpu.address_space<workgroup>>)")
    } else {
        String::new()
    };
    out.push(format!(
        "{i0}gpu.launch blocks({x}bx, {x}by, {x}bz) in ({x}gx = {x}grid, {x}gy = {x}one, {x}gz = {x}one) threads({x}tx, {x}ty, {x}tz) in ({x}sx = {x}block, {x}sy = {x}one, {x}sz = {x}one){shared} {{"
    ));
    let cst = |out: &mut Vec<String>, ind: &str, name: String, v: i64| {
        out.push(format!("{ind}{name} = arith.constant {v} : index"));
        name
    };
    let c0 = cst(&mut out, &i1, format!("{x}c0"), 0);
    let c32 = cst(&mut out, &i1, format!("{x}c32"), 32);
    let clen = cst(&mut out, &i1, format!("{x}len"), len);
    out.push(format!("{i1}{x}id = arith.constant {} : f32", r.identity()));
    // Row indices from the block index (row-major over the parallel dims).
    let p = r.rows.len();
    let mut idx: Vec<String> = vec![String::new(); p + r.reds.len()];
    let decompose = |out: &mut Vec<String>,
                     ind: &str,
                     flat: &str,
                     extents: &[i64],
                     first: usize,
                     tag: &str,
                     idx: &mut Vec<String>| {
        let mut q = flat.to_string();
        for (k, &e) in extents.iter().enumerate().rev() {
            let d = first + k;
            if k == 0 {
                idx[d] = q.clone();
                break;
            }
            let ce = format!("{x}{tag}e{d}");
            out.push(format!("{ind}{ce} = arith.constant {e} : index"));
            out.push(format!("{ind}{x}{tag}i{d} = arith.remui {q}, {ce} : index"));
            out.push(format!("{ind}{x}{tag}q{d} = arith.divui {q}, {ce} : index"));
            idx[d] = format!("{x}{tag}i{d}");
            q = format!("{x}{tag}q{d}");
        }
    };
    decompose(&mut out, &i1, &format!("{x}bx"), &r.rows, 0, "r", &mut idx);
    // The strided loop over the row.
    out.push(format!(
        "{i1}{x}acc = scf.for {x}k = {x}tx to {clen} step {x}block iter_args({} = {x}id) -> (f32) {{",
        r.out_arg
    ));
    decompose(&mut out, &i2, &format!("{x}k"), &r.reds, p, "k", &mut idx);
    for (name, ty, arg, dims) in &r.inputs {
        if !r.body.iter().any(|l| uses(&strip_locs(l).0, arg)) {
            continue;
        }
        let ix: Vec<&str> = dims.iter().map(|&d| idx[d].as_str()).collect();
        out.push(format!(
            "{i2}{arg} = memref.load {name}[{}] : {ty}",
            ix.join(", ")
        ));
    }
    out.extend(r.body.iter().cloned());
    out.push(format!("{i2}scf.yield {} : f32", r.yielded));
    out.push(format!("{i1}}}"));
    // Warp: butterfly over the 32 lanes.
    let width = format!("{x}w32");
    out.push(format!("{i1}{width} = arith.constant 32 : i32"));
    let shuffle = |out: &mut Vec<String>, ind: &str, v: &str, tag: &str| -> String {
        let mut v = v.to_string();
        for off in [16, 8, 4, 2, 1] {
            let o = format!("{x}{tag}o{off}");
            out.push(format!("{ind}{o} = arith.constant {off} : i32"));
            let s = format!("{x}{tag}s{off}");
            out.push(format!(
                "{ind}{s}, {x}{tag}ok{off} = gpu.shuffle xor {v}, {o}, {width} : f32"
            ));
            let c = format!("{x}{tag}c{off}");
            out.push(format!("{ind}{c} = {} {v}, {s} : f32", r.combine));
            v = c;
        }
        v
    };
    let warp_total = shuffle(&mut out, &i1, &format!("{x}acc"), "a");
    let out_ix: Vec<&str> = r.out_dims.iter().map(|&d| idx[d].as_str()).collect();
    let out_ix = out_ix.join(", ");
    let write = |out: &mut Vec<String>, ind: &str, total: &str| {
        let mut v = total.to_string();
        if !overwrite {
            out.push(format!(
                "{ind}{x}old = memref.load {}[{out_ix}] : {}",
                r.out, r.out_type
            ));
            out.push(format!("{ind}{x}new = {} {x}old, {total} : f32", r.combine));
            v = format!("{x}new");
        }
        out.push(format!(
            "{ind}memref.store {v}, {}[{out_ix}] : {}",
            r.out, r.out_type
        ));
    };
    out.push(format!("{i1}{x}t0 = arith.cmpi eq, {x}tx, {c0} : index"));
    if warps == 1 {
        out.push(format!("{i1}scf.if {x}t0 {{"));
        write(&mut out, &i2, &warp_total);
        out.push(format!("{i1}}}"));
    } else {
        let sh_ty = format!("memref<{warps}xf32, #gpu.address_space<workgroup>>");
        out.push(format!("{i1}{x}lane = arith.remui {x}tx, {c32} : index"));
        out.push(format!("{i1}{x}warp = arith.divui {x}tx, {c32} : index"));
        out.push(format!(
            "{i1}{x}leader = arith.cmpi eq, {x}lane, {c0} : index"
        ));
        out.push(format!("{i1}scf.if {x}leader {{"));
        out.push(format!(
            "{i2}memref.store {warp_total}, {x}sh[{x}warp] : {sh_ty}"
        ));
        out.push(format!("{i1}}}"));
        out.push(format!("{i1}gpu.barrier"));
        // Every warp combines the warps' partials (the same shuffles in each: they
        // stay at the top level of the kernel, outside any branch); thread 0 writes.
        out.push(format!("{i1}{x}nw = arith.constant {warps} : index"));
        out.push(format!(
            "{i1}{x}has = arith.cmpi ult, {x}lane, {x}nw : index"
        ));
        out.push(format!("{i1}{x}part = scf.if {x}has -> (f32) {{"));
        out.push(format!("{i2}{x}ld = memref.load {x}sh[{x}lane] : {sh_ty}"));
        out.push(format!("{i2}scf.yield {x}ld : f32"));
        out.push(format!("{i1}}} else {{"));
        out.push(format!("{i2}scf.yield {x}id : f32"));
        out.push(format!("{i1}}}"));
        let total = shuffle(&mut out, &i1, &format!("{x}part"), "b");
        out.push(format!("{i1}scf.if {x}t0 {{"));
        write(&mut out, &i2, &total);
        out.push(format!("{i1}}}"));
    }
    out.push(format!("{i1}gpu.terminator"));
    out.push(format!("{i0}}}{loc}"));
    out
}
