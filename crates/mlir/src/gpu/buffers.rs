//! Step 2 of the GPU lowering, on the bufferised module's text: memref types,
//! the recognition of contractions a BLAS call can do (`Gemm`), and
//! `rewrite_buffers` with its helpers (copies as kernels, rank-0 ops made rank 1,
//! loops permuted so every op becomes an `scf.parallel`).
use super::*;

/// Splits at commas outside `<>`, `[]`, `()`, `{}`.
pub(crate) fn split_top(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '<' | '[' | '(' | '{' => depth += 1,
            '>' | ']' | ')' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        parts.push(cur.trim().to_string());
    }
    parts
}

/// A static memref type: `memref<2x4xf32>`, `memref<2x4xf32, strided<[8, 1], offset: ?>>`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MemrefType {
    pub shape: Vec<i64>,
    pub elem: String,
    /// `None` for the identity layout; `None` entries are `?`.
    pub strides: Option<Vec<Option<i64>>>,
    pub offset: Option<i64>,
}

impl MemrefType {
    pub fn parse(ty: &str) -> Option<MemrefType> {
        let inner = ty.trim().strip_prefix("memref<")?.strip_suffix('>')?;
        let parts = split_top(inner);
        let (dims, layout) = (parts.first()?, parts.get(1));
        let pieces: Vec<&str> = dims.split('x').collect();
        let (elem, sizes) = pieces.split_last()?;
        let shape = sizes
            .iter()
            .map(|d| d.parse::<i64>().ok())
            .collect::<Option<Vec<_>>>()?;
        let mut t = MemrefType {
            shape,
            elem: elem.to_string(),
            strides: None,
            offset: Some(0),
        };
        if let Some(l) = layout {
            let l = l.strip_prefix("strided<[")?;
            let (strides, rest) = l.split_once(']')?;
            t.strides = Some(
                split_top(strides)
                    .iter()
                    .map(|s| s.parse::<i64>().ok())
                    .collect(),
            );
            t.offset = match rest.trim_start_matches(',').trim().strip_prefix("offset:") {
                Some(o) => o.trim().trim_end_matches('>').trim().parse::<i64>().ok(),
                None => Some(0),
            };
        }
        Some(t)
    }

    /// Row-major strides of the shape.
    pub fn identity_strides(shape: &[i64]) -> Vec<i64> {
        let mut s = vec![1i64; shape.len()];
        for i in (0..shape.len().saturating_sub(1)).rev() {
            s[i] = s[i + 1] * shape[i + 1];
        }
        s
    }

    /// The strides the type fixes (`None` where dynamic).
    pub fn static_strides(&self) -> Vec<Option<i64>> {
        match &self.strides {
            Some(s) => s.clone(),
            None => Self::identity_strides(&self.shape)
                .into_iter()
                .map(Some)
                .collect(),
        }
    }
}

/// An affine map that is a projected permutation: `(d0, d1, d2) -> (d0, d2)`; the
/// number of dims and the dim of each result. `None` for anything else (constants,
/// symbols, expressions).
pub(super) fn projected_permutation(map: &str) -> Option<(usize, Vec<usize>)> {
    let inner = map.trim().strip_prefix("affine_map<")?.strip_suffix('>')?;
    let (dims, results) = inner.split_once("->")?;
    let dims = dims.trim().strip_prefix('(')?.strip_suffix(')')?;
    let n = split_top(dims).len();
    let results = results.trim().strip_prefix('(')?.strip_suffix(')')?;
    let mut out = Vec::new();
    for r in split_top(results) {
        let d = r.strip_prefix('d')?.parse::<usize>().ok()?;
        if d >= n || out.contains(&d) {
            return None;
        }
        out.push(d);
    }
    Some((n, out))
}

/// One matrix of a GEMM, relative to the memref passed to `@autochunk_gemm_<i>`:
/// `[batch, rows, cols]` sizes and element strides (same aligned pointer and offset).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Matrix {
    pub shape: [i64; 3],
    pub strides: [i64; 3],
}

/// A contraction turned into `@autochunk_gemm_<index>(A, B, C)`:
/// `C[p] (+)= A[p] · B[p]` for `p < batch`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Gemm {
    pub batch: i64,
    pub m: i64,
    pub n: i64,
    pub k: i64,
    pub a: Matrix,
    pub b: Matrix,
    pub c: Matrix,
    /// `C += A · B`; false when the zero fill of C before it was folded in.
    pub accumulate: bool,
}

/// Makes a BLAS matrix of `rows x cols` with strides `(rs, cs)`: the stride of a
/// size-1 dimension is free, set so the matrix is row- or column-major; `None` when
/// neither inner stride is 1 with a leading dimension covering the other extent.
pub(super) fn blas_strides(rows: i64, cols: i64, rs: i64, cs: i64) -> Option<(i64, i64)> {
    let (mut rs, mut cs) = (rs, cs);
    if rows == 1 {
        rs = if cs == 1 { cols.max(1) } else { 1 };
    }
    if cols == 1 {
        cs = if rs == 1 { rows.max(1) } else { 1 };
    }
    if rows == 1 && cols == 1 {
        return Some((1, 1));
    }
    let row_major = cs == 1 && rs >= cols;
    let col_major = rs == 1 && cs >= rows;
    (row_major || col_major).then_some((rs, cs))
}

/// Collapses the dims `group` (outer to inner) into one: `Some((size, stride per
/// view))` when every view addresses them as one strided dimension.
pub(super) fn collapse(
    group: &[usize],
    size: &[i64],
    strides: &[&[i64]],
) -> Option<(i64, Vec<i64>)> {
    for w in group.windows(2) {
        let (o, i) = (w[0], w[1]);
        if strides.iter().any(|s| s[o] != s[i] * size[i]) {
            return None;
        }
    }
    let total = group.iter().map(|&d| size[d]).product();
    let inner = group.last();
    Some((
        total,
        strides.iter().map(|s| inner.map_or(0, |&d| s[d])).collect(),
    ))
}

/// A GEMM for a contraction over loop dims with `sizes`, operand maps (dim of each
/// operand dimension) and operand strides; `None` when no (strided-batched) BLAS call
/// computes it.
pub(super) fn gemm_of(sizes: &[i64], maps: [&[usize]; 3], types: [&MemrefType; 3]) -> Option<Gemm> {
    let n = sizes.len();
    // Strides of every loop dim in A, B, C (0 where the operand does not use it).
    let mut st = [vec![0i64; n], vec![0i64; n], vec![0i64; n]];
    let mut present = [vec![false; n], vec![false; n], vec![false; n]];
    for x in 0..3 {
        let strides = types[x].static_strides();
        if types[x].shape.len() != maps[x].len() {
            return None;
        }
        for (pos, &d) in maps[x].iter().enumerate() {
            if types[x].shape[pos] != sizes[d] {
                return None;
            }
            st[x][d] = strides[pos]?;
            present[x][d] = true;
        }
    }
    let (mut batch, mut ms, mut ns, mut ks) = (vec![], vec![], vec![], vec![]);
    for d in 0..n {
        if sizes[d] == 1 {
            continue;
        }
        match (present[0][d], present[1][d], present[2][d]) {
            (true, true, true) => batch.push(d),
            (true, false, true) => ms.push(d),
            (false, true, true) => ns.push(d),
            (true, true, false) => ks.push(d),
            _ => return None,
        }
    }
    let (a, b, c) = (&st[0][..], &st[1][..], &st[2][..]);
    // Outer to inner: by decreasing stride in C (in A for the contracted dims).
    ms.sort_by_key(|&d| std::cmp::Reverse(c[d]));
    ns.sort_by_key(|&d| std::cmp::Reverse(c[d]));
    ks.sort_by_key(|&d| std::cmp::Reverse(a[d]));
    // The innermost dims of M (N) that collapse in A and C (B and C); the others join
    // the batch.
    let mut split = |group: &mut Vec<usize>, views: [&[i64]; 2]| {
        let mut first = 0;
        while first < group.len() && collapse(&group[first..], sizes, &views).is_none() {
            first += 1;
        }
        let outer: Vec<usize> = group.drain(..first).collect();
        batch.extend(outer);
    };
    split(&mut ms, [a, c]);
    split(&mut ns, [b, c]);
    batch.sort_by_key(|&d| std::cmp::Reverse(c[d]));
    let (m, sm) = collapse(&ms, sizes, &[a, c])?;
    let (nn, sn) = collapse(&ns, sizes, &[b, c])?;
    let (k, sk) = collapse(&ks, sizes, &[a, b])?;
    let (bt, sb) = collapse(&batch, sizes, &[a, b, c])?;
    if bt > 1 && sb[2] == 0 {
        return None;
    }
    let (am, ak) = blas_strides(m, k, sm[0], sk[0])?;
    let (bk, bn) = blas_strides(k, nn, sk[1], sn[0])?;
    let (cm, cn) = blas_strides(m, nn, sm[1], sn[1])?;
    Some(Gemm {
        batch: bt,
        m,
        n: nn,
        k,
        a: Matrix {
            shape: [bt, m, k],
            strides: [sb[0], am, ak],
        },
        b: Matrix {
            shape: [bt, k, nn],
            strides: [sb[1], bk, bn],
        },
        c: Matrix {
            shape: [bt, m, nn],
            strides: [sb[2], cm, cn],
        },
        accumulate: true,
    })
}

/// `ins(%a, %b : TA, TB) outs(%c : TC)` of a linalg op line: names and types.
pub(super) fn ins_outs(line: &str) -> Option<(Vec<String>, Vec<String>)> {
    let grab = |key: &str| -> Option<(Vec<String>, Vec<String>)> {
        let i = line.find(key)? + key.len();
        let mut depth = 1;
        let mut end = i;
        for (j, ch) in line[i..].char_indices() {
            match ch {
                '(' | '<' | '[' => depth += 1,
                ')' | '>' | ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let body = &line[i..end];
        let colon = body.find(" : ")?;
        let names = split_top(&body[..colon]);
        let types = split_top(&body[colon + 3..]);
        (names.len() == types.len()).then_some((names, types))
    };
    let (mut names, mut types) = grab("ins(")?;
    let (n2, t2) = grab("outs(")?;
    names.extend(n2);
    types.extend(t2);
    Some((names, types))
}

/// The bufferised module with its GEMMs and copies rewritten (see the module doc);
/// returns the text and the GEMMs by call index.
pub(super) fn rewrite_buffers(text: &str, gpu: &GpuOptions) -> Result<(String, Vec<Gemm>), Error> {
    let lines: Vec<&str> = text.lines().collect();
    let mut maps: HashMap<String, String> = HashMap::new();
    for l in &lines {
        if let Some((name, def)) = l.split_once(" = affine_map<") {
            if name.starts_with('#') {
                maps.insert(name.to_string(), format!("affine_map<{def}"));
            }
        }
    }
    // f32 constants by name (`None` when a name is defined twice with different
    // values): to recognise zero fills.
    let mut floats: HashMap<String, Option<String>> = HashMap::new();
    for l in &lines {
        let (l, _) = strip_locs(l);
        if let Some((name, v)) = l.trim().split_once(" = arith.constant ") {
            if let Some(v) = v.strip_suffix(" : f32") {
                let e = floats
                    .entry(name.to_string())
                    .or_insert(Some(v.to_string()));
                if e.as_deref() != Some(v) {
                    *e = None;
                }
            }
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut gemms = Vec::new();
    let mut decls = Vec::new();
    let mut row_kernels = 0;
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let (line, _) = strip_locs(raw);
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // memref.copy %a, %b : TA to TB  ->  linalg.copy (a kernel after lowering)
        if let Some(rest) = trimmed.strip_prefix("memref.copy ") {
            let (_, loc) = strip_locs(raw);
            if let Some((vals, tys)) = rest.split_once(" : ") {
                if let (Some((a, b)), Some((ta, tb))) =
                    (vals.split_once(", "), tys.split_once(" to "))
                {
                    let loc = loc.map(|l| format!(" loc({l})")).unwrap_or_default();
                    let (mut a, mut b) = (a.to_string(), b.to_string());
                    let (mut ta, mut tb) = (ta.to_string(), tb.to_string());
                    // A rank-0 copy would lower to no loop at all (a load and a store
                    // on the host): copy it as one element of rank 1.
                    for (v, t) in [(&mut a, &mut ta), (&mut b, &mut tb)] {
                        (*v, *t) = rank1(&mut out, indent, v, t, &loc);
                    }
                    out.push(format!(
                        "{indent}linalg.copy ins({a} : {ta}) outs({b} : {tb}){loc}"
                    ));
                    i += 1;
                    continue;
                }
            }
        }
        // A rank-0 store (the chunk offset written into its slot) or fill: as a
        // one-element fill of rank 1, a kernel (with the value as its argument).
        let store = trimmed
            .strip_prefix("memref.store ")
            .and_then(|r| r.split_once(", "))
            .and_then(|(v, r)| r.split_once("[] : ").map(|(m, t)| (v, m, t)));
        let fill = trimmed
            .strip_prefix("linalg.fill ins(")
            .and_then(|r| r.split_once(" : "))
            .and_then(|(v, r)| r.split_once(") outs(").map(|(_, r)| (v, r)))
            .and_then(|(v, r)| {
                r.strip_suffix(')')?
                    .split_once(" : ")
                    .map(|(m, t)| (v, m, t))
            });
        if let Some((v, m, t)) = store.or(fill) {
            if let Some(elem) = rank0_elem(t) {
                let (_, loc) = strip_locs(raw);
                let loc = loc.map(|l| format!(" loc({l})")).unwrap_or_default();
                let (n, t1) = rank1(&mut out, indent, m, t, &loc);
                out.push(format!(
                    "{indent}linalg.fill ins({v} : {elem}) outs({n} : {t1}){loc}"
                ));
                i += 1;
                continue;
            }
        }
        let named = trimmed.starts_with("linalg.matmul ins(")
            || trimmed.starts_with("linalg.batch_matmul ins(");
        let generic = trimmed.starts_with("linalg.generic {indexing_maps = [");
        if named || generic {
            if let Some((consumed, call)) = contraction(&lines[i..], &maps, named) {
                let (mut g, args, tys) = call;
                // C = 0 just before (only views and index arithmetic in between):
                // the GEMM overwrites C instead.
                if let Some(fill) = zero_fill_before(&out, &args, &tys[2], &floats) {
                    out.drain(fill.clone());
                    g.accumulate = false;
                }
                decls.push(format!(
                    "  func.func private @autochunk_gemm_{}({})",
                    gemms.len(),
                    tys.join(", ")
                ));
                let (_, loc) = strip_locs(lines[i + consumed - 1]);
                out.push(format!(
                    "{indent}func.call @autochunk_gemm_{}({}) : ({}) -> (){}",
                    gemms.len(),
                    args.join(", "),
                    tys.join(", "),
                    loc.map(|l| format!(" loc({l})")).unwrap_or_default()
                ));
                gemms.push(g);
                i += consumed;
                continue;
            }
        }
        if generic && gpu.row_reductions {
            if let Some(r) = rows::match_reduction(&lines[i..], &maps) {
                // The output filled with the reduction's identity just before (or
                // a copy of such a fill): the kernel overwrites it and the fill (the
                // copy) goes.
                let fill = (!r.ins.contains(&r.out))
                    .then(|| identity_fill_before(&out, &r.out, &r.out_type, r.identity(), &floats))
                    .flatten();
                if let Some(f) = fill {
                    out.remove(f);
                }
                out.extend(rows::row_kernel(&r, row_kernels, fill.is_some()));
                row_kernels += 1;
                i += r.consumed;
                continue;
            }
        }
        if generic {
            if let Some((consumed, region)) = reductions_last(&lines[i..], &maps) {
                out.extend(region);
                i += consumed;
                continue;
            }
            if let Some(head) = with_parallel_dim(trimmed, &maps, &mut out, indent) {
                out.push(format!("{indent}{head}"));
                i += 1;
                continue;
            }
        }
        out.push(raw.to_string());
        i += 1;
    }
    // Declarations go right after the `module` line.
    let mut text = String::new();
    let mut placed = decls.is_empty();
    for l in out {
        text.push_str(&l);
        text.push('\n');
        if !placed && l.starts_with("module") {
            for d in &decls {
                text.push_str(d);
                text.push('\n');
            }
            placed = true;
        }
    }
    if !placed {
        return Err(Error::Mlir {
            stage: "gpu: no module line to declare the GEMM calls in".into(),
            messages: vec![],
        });
    }
    Ok((text, gemms))
}

type GemmCall = (Gemm, Vec<String>, Vec<String>);

/// A `linalg.generic` header without any parallel dimension (a reduction of every
/// dimension into a rank-0 result, a rank-0 elementwise op) would lower to loops
/// without an `scf.parallel`, left on the host. Rewritten with a leading parallel
/// dimension of size 1 (old `dK` become `dK+1`; rank-0 outputs become one-element
/// rank-1 memrefs indexed by it), it is a one-thread kernel. `None` for other headers.
pub(super) fn with_parallel_dim(
    head: &str,
    maps: &HashMap<String, String>,
    out: &mut Vec<String>,
    indent: &str,
) -> Option<String> {
    let iters = head.split_once("iterator_types = [")?.1.split_once(']')?.0;
    if iters.contains("parallel") {
        return None;
    }
    let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
    let outs_at = head.find(" outs(")?;
    let outs_body = head[outs_at + " outs(".len()..].strip_suffix(") {")?;
    let (names, types) = outs_body.split_once(" : ")?;
    let (names, types) = (split_top(names), split_top(types));
    if names.len() != types.len() || types.iter().any(|t| rank0_elem(t).is_none()) {
        return None;
    }
    let defs: Vec<String> = split_top(list)
        .iter()
        .map(|m| {
            if m.starts_with('#') {
                maps.get(m).cloned()
            } else {
                Some(m.clone())
            }
        })
        .collect::<Option<_>>()?;
    let n_ins = defs.len().checked_sub(names.len())?;
    let mut new_maps = Vec::new();
    for (k, def) in defs.iter().enumerate() {
        let inner = def.strip_prefix("affine_map<")?.strip_suffix('>')?;
        let (dims, results) = inner.split_once(" -> ")?;
        if dims.contains('[') || results.contains('[') || results.contains('s') {
            return None; // symbols
        }
        let n = split_top(dims.trim_matches(|c| c == '(' || c == ')')).len();
        let new_dims: Vec<String> = (0..=n).map(|d| format!("d{d}")).collect();
        let results = if k >= n_ins {
            "(d0)".to_string()
        } else {
            shift_dims(results)
        };
        new_maps.push(format!(
            "affine_map<({}) -> {results}>",
            new_dims.join(", ")
        ));
    }
    let mut iters: Vec<String> = split_top(iters);
    iters.insert(0, "\"parallel\"".into());
    let (mut new_names, mut new_types) = (Vec::new(), Vec::new());
    for (v, t) in names.iter().zip(&types) {
        let (n, t1) = rank1(out, indent, v, t, "");
        new_names.push(n);
        new_types.push(t1);
    }
    let ins = head[..outs_at]
        .find(" ins(")
        .map(|i| &head[i..outs_at])
        .unwrap_or("");
    Some(format!(
        "linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}{ins} outs({} : {}) {{",
        new_maps.join(", "),
        iters.join(", "),
        new_names.join(", "),
        new_types.join(", ")
    ))
}

/// A `linalg.generic` (starting at `lines[0]`) with a reduction dimension before a
/// parallel one (a sum over the middle axis) would lower to an `scf.parallel` over the
/// outer parallel dimensions only, with the inner ones serial in each thread. The
/// loop dimensions are permuted so that the parallel ones come first (in their order)
/// and the reductions last: the indexing maps and the body's `linalg.index` follow the
/// permutation, what the op computes does not change. The number of lines of the op
/// and the rewritten lines; `None` when nothing is to permute.
pub(super) fn reductions_last(
    lines: &[&str],
    maps: &HashMap<String, String>,
) -> Option<(usize, Vec<String>)> {
    let (head, _) = strip_locs(lines[0]);
    let iters_text = head.split_once("iterator_types = [")?.1.split_once(']')?.0;
    let iters = split_top(iters_text);
    let parallel: Vec<bool> = iters.iter().map(|t| t.contains("parallel")).collect();
    let first_reduction = parallel.iter().position(|p| !p)?;
    if !parallel[first_reduction..].iter().any(|&p| p) {
        return None;
    }
    // New position of every old dim: parallel dims first, then reductions.
    let order: Vec<usize> = (0..iters.len())
        .filter(|&k| parallel[k])
        .chain((0..iters.len()).filter(|&k| !parallel[k]))
        .collect();
    let mut newpos = vec![0; iters.len()];
    for (new, &old) in order.iter().enumerate() {
        newpos[old] = new;
    }
    let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
    let mut new_maps = Vec::new();
    for m in split_top(list) {
        let def = if m.starts_with('#') {
            maps.get(&m)?.clone()
        } else {
            m.clone()
        };
        let inner = def.strip_prefix("affine_map<")?.strip_suffix('>')?;
        let (dims, results) = inner.split_once(" -> ")?;
        if dims.contains('[') || results.contains('s') {
            return None; // symbols
        }
        new_maps.push(format!(
            "affine_map<{dims} -> {}>",
            map_dims(results, |k| newpos[k])
        ));
    }
    let new_iters: Vec<&str> = order.iter().map(|&k| iters[k].as_str()).collect();
    let attrs_end = head.find("]}")? + 2;
    let mut out = vec![format!(
        "{}linalg.generic {{indexing_maps = [{}], iterator_types = [{}]}}{}",
        &head[..head.len() - head.trim_start().len()],
        new_maps.join(", "),
        new_iters.join(", "),
        &head[attrs_end..]
    )];
    // The region, to its closing brace: `linalg.index K` renumbered.
    let mut depth = 1i32;
    for (n, raw) in lines.iter().enumerate().skip(1) {
        let (l, _) = strip_locs(raw);
        let mut line = raw.to_string();
        if let Some((lhs, rest)) = l.split_once(" = linalg.index ") {
            let k: usize = rest.split_whitespace().next()?.parse().ok()?;
            let (_, loc) = strip_locs(raw);
            line = format!(
                "{lhs} = linalg.index {} : index{}",
                newpos.get(k)?,
                loc.map(|l| format!(" loc({l})")).unwrap_or_default()
            );
        }
        depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
        out.push(line);
        if depth == 0 {
            return Some((n + 1, out));
        }
    }
    None
}

/// `dK` -> `dK+1` in an affine expression list.
pub(super) fn shift_dims(results: &str) -> String {
    map_dims(results, |k| k + 1)
}

/// `dK` -> `d{f(K)}` in an affine expression list.
pub(super) fn map_dims(results: &str, f: impl Fn(usize) -> usize) -> String {
    let mut out = String::new();
    let chars: Vec<char> = results.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i] == 'd'
            && (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        if starts {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let k: usize = chars[i + 1..j]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(0);
            out.push_str(&format!("d{}", f(k)));
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The element type of a rank-0 memref type with the identity layout.
pub(super) fn rank0_elem(t: &str) -> Option<&str> {
    let elem = t.strip_prefix("memref<")?.strip_suffix('>')?;
    (!elem.contains(['x', ',', '<'])).then_some(elem)
}

/// `v : t` as a rank-1 memref of one element when `t` is rank 0 (an
/// `memref.expand_shape` pushed to `out`), else unchanged.
pub(super) fn rank1(
    out: &mut Vec<String>,
    indent: &str,
    v: &str,
    t: &str,
    loc: &str,
) -> (String, String) {
    let Some(elem) = rank0_elem(t) else {
        return (v.to_string(), t.to_string());
    };
    let n = format!("%autochunk_rank1_{}", out.len());
    let t1 = format!("memref<1x{elem}>");
    out.push(format!(
        "{indent}{n} = memref.expand_shape {v} [] output_shape [1] : {t} into {t1}{loc}"
    ));
    (n, t1)
}

/// The end of `out` without its trailing pure view and index ops (`arith`, memref
/// views): where the last op with effects ends.
pub(super) fn before_views(out: &[String]) -> usize {
    let mut end = out.len();
    // Skip pure view and index ops.
    while end > 0 {
        let (l, _) = strip_locs(&out[end - 1]);
        let op = l
            .trim()
            .split_once(" = ")
            .map(|(_, r)| r.split_whitespace().next().unwrap_or(""))
            .unwrap_or("");
        let pure = op.starts_with("arith.")
            || matches!(
                op,
                "memref.view"
                    | "memref.subview"
                    | "memref.collapse_shape"
                    | "memref.expand_shape"
                    | "memref.cast"
                    | "memref.reinterpret_cast"
            );
        if !pure {
            break;
        }
        end -= 1;
    }
    end
}

/// The line of `out` (at its end, views in between excepted) that makes `buf` (of
/// type `ty`) hold the f32 constant printed as `identity` everywhere, and nothing
/// else needs: `linalg.fill ins(%v : f32) outs(%buf : T)`, or a copy `linalg.copy
/// ins(%a : T) outs(%buf : T)` right after (allocations and views between) `%a` was
/// so filled (a fill shared by `cse` and copied by bufferisation; only the copy goes,
/// `%a` may have other readers).
pub(super) fn identity_fill_before(
    out: &[String],
    buf: &str,
    ty: &str,
    identity: &str,
    floats: &HashMap<String, Option<String>>,
) -> Option<usize> {
    let filled = |l: &str, target: &str| -> bool {
        let Some(rest) = l.trim().strip_prefix("linalg.fill ins(") else {
            return false;
        };
        rest.split_once(" : f32) ").is_some_and(|(v, rest)| {
            rest == format!("outs({target} : {ty})")
                && floats.get(v).and_then(|x| x.as_deref()) == Some(identity)
        })
    };
    let end = before_views(out);
    let l = strip_locs(out.get(end.checked_sub(1)?)?).0;
    if filled(&l, buf) {
        return Some(end - 1);
    }
    let src = l
        .trim()
        .strip_prefix("linalg.copy ins(")?
        .strip_suffix(&format!(" : {ty}) outs({buf} : {ty})"))?;
    let mut k = end - 1;
    loop {
        k = before_views(&out[..k]);
        let prev = strip_locs(out.get(k.checked_sub(1)?)?).0;
        if prev.contains(" = memref.alloc() ") {
            k -= 1;
            continue;
        }
        return filled(&prev, src).then_some(end - 1);
    }
}

/// The lines of `out` (a range at its end, views in between excepted) that fill the
/// GEMM's C (`args[2]` of type `c_type`) with zeros, if the last thing written to it
/// before the GEMM is such a fill: `linalg.fill ins(%zero : f32) outs(%c : T)` or a
/// one-operand `linalg.generic` that yields `%zero`.
pub(super) fn zero_fill_before(
    out: &[String],
    args: &[String],
    c_type: &str,
    floats: &HashMap<String, Option<String>>,
) -> Option<std::ops::Range<usize>> {
    let c = &args[2];
    if args[0] == *c || args[1] == *c {
        return None;
    }
    let is_zero = |name: &str| {
        floats
            .get(name)
            .and_then(|v| v.as_deref())
            .and_then(|v| v.parse::<f32>().ok())
            == Some(0.0)
    };
    let end = before_views(out);
    let line = |i: usize| strip_locs(&out[i]).0.trim().to_string();
    let outs = format!("outs({c} : {c_type})");
    if end >= 1 {
        let l = line(end - 1);
        if let Some(rest) = l.strip_prefix("linalg.fill ins(") {
            let (v, _) = rest.split_once(" : f32) ")?;
            if is_zero(v) && rest.ends_with(&outs) {
                return Some(end - 1..end);
            }
        }
    }
    if end >= 4 {
        let head = line(end - 4);
        let yields = line(end - 2);
        let zero = yields
            .strip_prefix("linalg.yield ")
            .and_then(|y| y.strip_suffix(" : f32"))
            .is_some_and(is_zero);
        if head.starts_with("linalg.generic {indexing_maps = [")
            && !head.contains(" ins(")
            && head.ends_with(&format!("{outs} {{"))
            && line(end - 3).starts_with("^bb0(")
            && zero
            && line(end - 1) == "}"
        {
            return Some(end - 4..end);
        }
    }
    None
}

/// If `lines[0]` starts an f32 contraction a BLAS call can compute, the number of
/// lines it spans and the GEMM with its operands.
pub(super) fn contraction(
    lines: &[&str],
    maps: &HashMap<String, String>,
    named: bool,
) -> Option<(usize, GemmCall)> {
    let (head, _) = strip_locs(lines[0]);
    let head = head.trim();
    let (names, tys) = ins_outs(head)?;
    if names.len() != 3 {
        return None;
    }
    let types: Vec<MemrefType> = tys
        .iter()
        .map(|t| MemrefType::parse(t))
        .collect::<Option<_>>()?;
    if types.iter().any(|t| t.elem != "f32") {
        return None;
    }
    let (consumed, op_maps): (usize, Vec<Vec<usize>>) = if named {
        if head.contains('{') {
            return None; // attributes (casts, ...): not a plain matmul
        }
        let maps = if head.starts_with("linalg.matmul") {
            vec![vec![0, 2], vec![2, 1], vec![0, 1]]
        } else {
            vec![vec![0, 1, 3], vec![0, 3, 2], vec![0, 1, 2]]
        };
        (1, maps)
    } else {
        // linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = [...]} ins(..) outs(..) {
        // ^bb0(%in: f32, %in_1: f32, %out: f32):
        //   %p = arith.mulf %in, %in_1 : f32
        //   %s = arith.addf %out, %p : f32
        //   linalg.yield %s : f32
        // }
        let list = head.split_once("indexing_maps = [")?.1.split_once(']')?.0;
        let mut op_maps = Vec::new();
        let mut dims = None;
        for name in split_top(list) {
            let def = if name.starts_with('#') {
                maps.get(&name)?.clone()
            } else {
                name.clone()
            };
            let (n, res) = projected_permutation(&def)?;
            if dims.is_some_and(|d| d != n) {
                return None;
            }
            dims = Some(n);
            op_maps.push(res);
        }
        let body: Vec<String> = lines
            .get(1..6)?
            .iter()
            .map(|l| strip_locs(l).0.trim().to_string())
            .collect();
        let args = body[0].strip_prefix("^bb0(")?.strip_suffix("):")?;
        let args: Vec<String> = split_top(args)
            .iter()
            .map(|a| {
                a.strip_suffix(": f32")
                    .map(|n| n.trim().to_string())
                    .unwrap_or_default()
            })
            .collect();
        if args.len() != 3 || args.iter().any(|a| a.is_empty()) {
            return None;
        }
        let (p, mul) = body[1].split_once(" = arith.mulf ")?;
        let mul = mul.strip_suffix(" : f32")?;
        let ok_mul = mul == format!("{}, {}", args[0], args[1])
            || mul == format!("{}, {}", args[1], args[0]);
        let (s, add) = body[2].split_once(" = arith.addf ")?;
        let add = add.strip_suffix(" : f32")?;
        let ok_add = add == format!("{}, {p}", args[2]) || add == format!("{p}, {}", args[2]);
        if !ok_mul || !ok_add || body[3] != format!("linalg.yield {s} : f32") || body[4] != "}" {
            return None;
        }
        (6, op_maps)
    };
    if op_maps.len() != 3 {
        return None;
    }
    let ndims = op_maps.iter().flatten().max().map_or(0, |d| d + 1);
    let mut sizes = vec![0i64; ndims];
    for (x, map) in op_maps.iter().enumerate() {
        if map.len() != types[x].shape.len() {
            return None;
        }
        for (pos, &d) in map.iter().enumerate() {
            sizes[d] = types[x].shape[pos];
        }
    }
    let g = gemm_of(
        &sizes,
        [&op_maps[0], &op_maps[1], &op_maps[2]],
        [&types[0], &types[1], &types[2]],
    )?;
    Some((consumed, (g, names, tys)))
}
