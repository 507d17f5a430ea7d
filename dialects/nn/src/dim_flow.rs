//! Dimension flow of every `nn` op: how each result dimension relates to operand
//! dimensions, and which operand dimensions the op computes across. The autochunk
//! search follows these rules to find regions that can be computed slice by slice.
//!
//! A result dimension maps to the operand dimensions it is read from one-to-one (the
//! same index along it selects the same slice). A dimension created by the op
//! (broadcast, a new size-1 axis, a split or merge in a reshape) maps to nothing. A
//! dimension the op reads across (reductions, contractions, softmax and norm axes,
//! convolution and pooling windows, gathers, strided slices, concatenation) is in
//! `computes_across`: no chunk may split it.
use ir::{Attribute, DimFlow, Module, OpId};

fn shape(m: &Module, v: ir::ValueId) -> Option<Vec<i64>> {
    m.value_type(v).shape().map(<[i64]>::to_vec)
}
fn operand_shape(m: &Module, op: OpId, i: usize) -> Option<Vec<i64>> {
    shape(m, *m.op(op).operands.get(i)?)
}
fn result_shape(m: &Module, op: OpId) -> Option<Vec<i64>> {
    shape(m, *m.op(op).results.first()?)
}
fn int_attr(m: &Module, op: OpId, name: &str, default: i64) -> i64 {
    m.attr(op, name)
        .and_then(Attribute::as_int)
        .map_or(default, |v| v as i64)
}
fn list_attr(m: &Module, op: OpId, name: &str) -> Vec<i64> {
    m.attr(op, name)
        .and_then(Attribute::as_int_list)
        .unwrap_or_default()
}
fn bool_attr(m: &Module, op: OpId, name: &str) -> bool {
    m.attr(op, name)
        .and_then(Attribute::as_bool)
        .unwrap_or(false)
}
/// A possibly negative axis, normalised against `rank`.
fn axis(a: i64, rank: usize) -> usize {
    if a < 0 {
        (a + rank as i64) as usize
    } else {
        a as usize
    }
}

/// Every result dimension `i` from the same dimension of each operand in `operands`,
/// under numpy broadcasting (a broadcast operand dimension maps to nothing).
fn broadcasting(m: &Module, op: OpId, operands: &[usize]) -> Option<DimFlow> {
    let out = result_shape(m, op)?;
    let mut dims = vec![Vec::new(); out.len()];
    for &i in operands {
        let s = operand_shape(m, op, i)?;
        let lead = out.len().checked_sub(s.len())?;
        for (j, &size) in s.iter().enumerate() {
            // A size-1 operand dimension broadcast to a larger result maps to nothing.
            if size == out[lead + j] {
                dims[lead + j].push((i, j));
            }
        }
    }
    Some(DimFlow {
        results: vec![dims],
        ..Default::default()
    })
}

/// Unary elementwise ops and `nn.convert`.
pub(crate) fn elementwise(m: &Module, op: OpId) -> Option<DimFlow> {
    let n = m.op(op).operands.len();
    broadcasting(m, op, &(0..n).collect::<Vec<_>>())
}

/// `nn.constant`: no operands; nothing to follow.
pub(crate) fn constant(m: &Module, op: OpId) -> Option<DimFlow> {
    let rank = result_shape(m, op)?.len();
    Some(DimFlow {
        results: vec![vec![Vec::new(); rank]],
        ..Default::default()
    })
}

/// `nn.iota`: values depend on the position along `dimension`.
pub(crate) fn iota(m: &Module, op: OpId) -> Option<DimFlow> {
    let rank = result_shape(m, op)?.len();
    let d = axis(int_attr(m, op, "dimension", 0), rank);
    Some(DimFlow {
        results: vec![vec![Vec::new(); rank]],
        positional: vec![(0, d)],
        ..Default::default()
    })
}

/// `nn.matmul`: batch dims broadcast, M from a, N from b; K is contracted.
pub(crate) fn matmul(m: &Module, op: OpId) -> Option<DimFlow> {
    let a = operand_shape(m, op, 0)?;
    let b = operand_shape(m, op, 1)?;
    let out = result_shape(m, op)?;
    let (ra, rb, ro) = (a.len(), b.len(), out.len());
    let mut dims = vec![Vec::new(); ro];
    for (i, s, batch_rank) in [(0, &a, ra - 2), (1, &b, rb - 2)] {
        let lead = (ro - 2) - batch_rank;
        for j in 0..batch_rank {
            if s[j] == out[lead + j] {
                dims[lead + j].push((i, j));
            }
        }
    }
    dims[ro - 2].push((0, ra - 2));
    dims[ro - 1].push((1, rb - 1));
    Some(DimFlow {
        results: vec![dims],
        computes_across: vec![(0, ra - 1), (1, rb - 2)],
        ..Default::default()
    })
}

/// `nn.dot_general`: batch dims from both, then a's free dims, then b's; contracting
/// dims are computed across.
pub(crate) fn dot_general(m: &Module, op: OpId) -> Option<DimFlow> {
    let ra = operand_shape(m, op, 0)?.len();
    let rb = operand_shape(m, op, 1)?.len();
    let norm = |name: &str, r: usize| -> Vec<usize> {
        list_attr(m, op, name)
            .into_iter()
            .map(|a| axis(a, r))
            .collect()
    };
    let (lb, rbatch) = (
        norm("lhs_batching_dimensions", ra),
        norm("rhs_batching_dimensions", rb),
    );
    let (lc, rc) = (
        norm("lhs_contracting_dimensions", ra),
        norm("rhs_contracting_dimensions", rb),
    );
    let mut dims: Vec<Vec<(usize, usize)>> = lb
        .iter()
        .zip(&rbatch)
        .map(|(&l, &r)| vec![(0, l), (1, r)])
        .collect();
    dims.extend(
        (0..ra)
            .filter(|d| !lb.contains(d) && !lc.contains(d))
            .map(|d| vec![(0, d)]),
    );
    dims.extend(
        (0..rb)
            .filter(|d| !rbatch.contains(d) && !rc.contains(d))
            .map(|d| vec![(1, d)]),
    );
    let mut across: Vec<(usize, usize)> = lc.iter().map(|&d| (0, d)).collect();
    across.extend(rc.iter().map(|&d| (1, d)));
    Some(DimFlow {
        results: vec![dims],
        computes_across: across,
        ..Default::default()
    })
}

/// `nn.reduce_*`: kept dims map through; reduced dims are computed across.
pub(crate) fn reduce(m: &Module, op: OpId) -> Option<DimFlow> {
    let rank = operand_shape(m, op, 0)?.len();
    let axes: Vec<usize> = list_attr(m, op, "axes")
        .into_iter()
        .map(|a| axis(a, rank))
        .collect();
    let keep = bool_attr(m, op, "keepdims");
    let mut dims = Vec::new();
    for d in 0..rank {
        if !axes.contains(&d) {
            dims.push(vec![(0, d)]);
        } else if keep {
            dims.push(Vec::new());
        }
    }
    Some(DimFlow {
        results: vec![dims],
        computes_across: axes.iter().map(|&d| (0, d)).collect(),
        ..Default::default()
    })
}

/// `nn.softmax`: same shape; computed across `axis`.
pub(crate) fn softmax(m: &Module, op: OpId) -> Option<DimFlow> {
    let rank = operand_shape(m, op, 0)?.len();
    let a = axis(int_attr(m, op, "axis", -1), rank);
    Some(DimFlow {
        results: vec![(0..rank).map(|d| vec![(0, d)]).collect()],
        computes_across: vec![(0, a)],
        ..Default::default()
    })
}

/// `nn.layer_norm` and `nn.rms_norm`: normalised over `[axis, rank)`; the scale (and
/// shift) operands follow those dims.
pub(crate) fn layer_norm(m: &Module, op: OpId) -> Option<DimFlow> {
    let rank = operand_shape(m, op, 0)?.len();
    let a = axis(int_attr(m, op, "axis", -1), rank);
    let params = 1..m.op(op).operands.len();
    let dims = (0..rank)
        .map(|d| {
            let mut flow = vec![(0, d)];
            if d >= a {
                flow.extend(params.clone().map(|p| (p, d - a)));
            }
            flow
        })
        .collect();
    let mut across: Vec<(usize, usize)> = (a..rank).map(|d| (0, d)).collect();
    across.extend((a..rank).flat_map(|d| params.clone().map(move |p| (p, d - a))));
    Some(DimFlow {
        results: vec![dims],
        computes_across: across,
        ..Default::default()
    })
}

/// `nn.group_norm`: only the batch dim is independent; channels mix within groups
/// and spatial dims are reduced over.
pub(crate) fn group_norm(m: &Module, op: OpId) -> Option<DimFlow> {
    let rank = operand_shape(m, op, 0)?.len();
    let mut dims = vec![vec![(0, 0)]];
    dims.extend((1..rank).map(|_| Vec::new()));
    let mut across: Vec<(usize, usize)> = (1..rank).map(|d| (0, d)).collect();
    across.extend([(1, 0), (2, 0)]);
    Some(DimFlow {
        results: vec![dims],
        computes_across: across,
        result_across: (1..rank).map(|d| (0, d)).collect(),
        ..Default::default()
    })
}

/// `nn.reshape`: a dimension maps when it forms a one-to-one group of the same size
/// in the input and output factorisations; dims inside splits and merges do not, but
/// the outermost factors of a group map in blocks (`DimFlow::scaled`).
pub(crate) fn reshape(m: &Module, op: OpId) -> Option<DimFlow> {
    let input = operand_shape(m, op, 0)?;
    let out = result_shape(m, op)?;
    let mut dims = vec![Vec::new(); out.len()];
    let mut across = Vec::new();
    let mut result_across = Vec::new();
    let mut scaled = Vec::new();
    // Walk both shapes, skipping size-1 dims, grouping runs with equal products.
    let (mut i, mut o) = (0, 0);
    loop {
        while i < input.len() && input[i] == 1 {
            i += 1;
        }
        while o < out.len() && out[o] == 1 {
            o += 1;
        }
        if i >= input.len() || o >= out.len() {
            break;
        }
        let (gi, go) = (i, o);
        let (mut pi, mut po) = (input[i], out[o]);
        i += 1;
        o += 1;
        while pi != po {
            if pi < po {
                pi = pi.checked_mul(*input.get(i)?)?;
                i += 1;
            } else {
                po = po.checked_mul(*out.get(o)?)?;
                o += 1;
            }
        }
        if i - gi == 1 && o - go == 1 {
            dims[go].push((0, gi));
        } else {
            // Splitting or merging: slices of one side are not slices of the other,
            // but blocks of rows of the outermost factors are: a block of input rows
            // of the group's first dim is a block of output rows of its first dim.
            across.extend((gi..i).filter(|&d| input[d] != 1).map(|d| (0, d)));
            result_across.extend((go..o).filter(|&d| out[d] != 1).map(|d| (0, d)));
            let inner_in: i64 = input[gi + 1..i].iter().product();
            let inner_out: i64 = out[go + 1..o].iter().product();
            let g = gcd(inner_in, inner_out).max(1);
            scaled.push((0, go, 0, gi, inner_in / g, inner_out / g));
        }
    }
    Some(DimFlow {
        results: vec![dims],
        computes_across: across,
        result_across,
        scaled,
        ..Default::default()
    })
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// `nn.transpose`: result dim i is operand dim permutation[i].
pub(crate) fn transpose(m: &Module, op: OpId) -> Option<DimFlow> {
    let perm = list_attr(m, op, "permutation");
    Some(DimFlow {
        results: vec![perm.iter().map(|&p| vec![(0, p as usize)]).collect()],
        ..Default::default()
    })
}

/// `nn.broadcast_in_dim`: operand dim i maps to result dim broadcast_dimensions[i]
/// unless it expands from size 1.
pub(crate) fn broadcast_in_dim(m: &Module, op: OpId) -> Option<DimFlow> {
    let input = operand_shape(m, op, 0)?;
    let out = result_shape(m, op)?;
    let bd = list_attr(m, op, "broadcast_dimensions");
    let mut dims = vec![Vec::new(); out.len()];
    for (i, &r) in bd.iter().enumerate() {
        let r = r as usize;
        if input.get(i) == out.get(r) {
            dims[r].push((0, i));
        }
    }
    Some(DimFlow {
        results: vec![dims],
        ..Default::default()
    })
}

/// `nn.slice`: untouched dims map through; sliced dims are computed across, and
/// those with stride 1 are shifted by their start.
pub(crate) fn slice(m: &Module, op: OpId) -> Option<DimFlow> {
    let input = operand_shape(m, op, 0)?;
    let starts = list_attr(m, op, "start_indices");
    let limits = list_attr(m, op, "limit_indices");
    let strides = m
        .attr(op, "strides")
        .and_then(Attribute::as_int_list)
        .unwrap_or_else(|| vec![1; input.len()]);
    let mut dims = Vec::new();
    let mut across = Vec::new();
    let mut shifted = Vec::new();
    for (d, &size) in input.iter().enumerate() {
        let start = starts.get(d).copied().unwrap_or(0);
        let whole = start == 0 && limits.get(d) == Some(&size) && strides.get(d) == Some(&1);
        if whole {
            dims.push(vec![(0, d)]);
        } else {
            dims.push(Vec::new());
            across.push((0, d));
            if strides.get(d) == Some(&1) {
                shifted.push((0, d, 0, d, start));
            }
        }
    }
    Some(DimFlow {
        results: vec![dims],
        result_across: across.clone(),
        computes_across: across,
        shifted,
        ..Default::default()
    })
}

/// `nn.concat`: other dims map from every operand; the joined dim is computed across.
pub(crate) fn concat(m: &Module, op: OpId) -> Option<DimFlow> {
    let n = m.op(op).operands.len();
    let rank = result_shape(m, op)?.len();
    let k = axis(int_attr(m, op, "dimension", 0), rank);
    let dims = (0..rank)
        .map(|d| {
            if d == k {
                Vec::new()
            } else {
                (0..n).map(|i| (i, d)).collect()
            }
        })
        .collect();
    Some(DimFlow {
        results: vec![dims],
        computes_across: (0..n).map(|i| (i, k)).collect(),
        result_across: vec![(0, k)],
        ..Default::default()
    })
}

/// `nn.embedding`: id dims map through, the feature dim comes from the table; rows
/// are gathered across the vocabulary.
pub(crate) fn embedding(m: &Module, op: OpId) -> Option<DimFlow> {
    let ids = operand_shape(m, op, 1)?;
    let mut dims: Vec<Vec<(usize, usize)>> = (0..ids.len()).map(|d| vec![(1, d)]).collect();
    dims.push(vec![(0, 1)]);
    Some(DimFlow {
        results: vec![dims],
        computes_across: vec![(0, 0)],
        ..Default::default()
    })
}

/// `nn.conv2d`: batch maps; output channels come from the weight (and bias) when
/// ungrouped; input channels and the spatial windows are computed across.
pub(crate) fn conv2d(m: &Module, op: OpId) -> Option<DimFlow> {
    let groups = int_attr(m, op, "groups", 1);
    let has_bias = m.op(op).operands.len() > 2;
    let mut cout = Vec::new();
    if groups == 1 {
        cout.push((1, 0));
        if has_bias {
            cout.push((2, 0));
        }
    }
    let dims = vec![vec![(0, 0)], cout, Vec::new(), Vec::new()];
    let mut across = vec![(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (1, 3)];
    let mut result_across = vec![(0, 2), (0, 3)];
    if groups != 1 {
        across.push((1, 0));
        if has_bias {
            across.push((2, 0));
        }
        result_across.push((0, 1));
    }
    Some(DimFlow {
        results: vec![dims],
        computes_across: across,
        result_across,
        ..Default::default()
    })
}

/// Pools and nearest upsampling: batch and channels map; spatial dims are windows
/// (or repeats) of the input.
pub(crate) fn spatial(_m: &Module, _op: OpId) -> Option<DimFlow> {
    Some(DimFlow {
        results: vec![vec![vec![(0, 0)], vec![(0, 1)], Vec::new(), Vec::new()]],
        computes_across: vec![(0, 2), (0, 3)],
        result_across: vec![(0, 2), (0, 3)],
        ..Default::default()
    })
}

/// `nn.attention`: batch dims from q, k, v (and bias), Lq from q (and bias), Dv from
/// v; D and Lk are computed across. With `causal`, which keys a query row sees
/// depends on its absolute position, and the op has no way to be told a chunk's
/// offset, so Lq is computed across too.
pub(crate) fn attention(m: &Module, op: OpId) -> Option<DimFlow> {
    let q = operand_shape(m, op, 0)?;
    let out = result_shape(m, op)?;
    let r = q.len();
    let causal = bool_attr(m, op, "causal");
    let mut dims: Vec<Vec<(usize, usize)>> =
        (0..r - 2).map(|d| vec![(0, d), (1, d), (2, d)]).collect();
    dims.push(if causal { Vec::new() } else { vec![(0, r - 2)] });
    dims.push(vec![(2, r - 1)]);
    let mut across = vec![(0, r - 1), (1, r - 2), (1, r - 1), (2, r - 2)];
    if causal {
        across.push((0, r - 2));
    }
    if let Some(bias) = operand_shape(m, op, 3) {
        // The bias broadcasts against [..., Lq, Lk].
        let lead = r - bias.len();
        for (j, &size) in bias.iter().enumerate() {
            let d = lead + j;
            if d == r - 1 {
                across.push((3, j));
            } else if d < r - 1 && size == out[d] && !(causal && d == r - 2) {
                dims[d].push((3, j));
            } else if causal && d == r - 2 {
                across.push((3, j));
            }
        }
    }
    Some(DimFlow {
        results: vec![dims],
        computes_across: across,
        result_across: if causal { vec![(0, r - 2)] } else { Vec::new() },
        ..Default::default()
    })
}
