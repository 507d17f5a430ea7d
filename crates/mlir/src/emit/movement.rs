//! Reshape, transpose, broadcast, slice, concat and embedding of the converter, and
//! the shape helpers (slice specs, reassociation groups) the other parts share.
use super::*;

impl Emitter<'_> {
    /// The same elements in `out`'s shape (collapse to 1-D, expand).
    pub(super) fn reshape_to(&mut self, x: &str, xt: &T, out: &T) -> String {
        if xt.shape == out.shape {
            x.to_string()
        } else if xt.rank() == 0 {
            self.expand(x, xt, out, &[])
        } else if out.rank() == 0 {
            self.collapse(x, xt, &[]).0
        } else {
            let (flat, ft) = self.collapse(x, xt, &[(0..xt.rank()).collect()]);
            self.expand(&flat, &ft, out, &[(0..out.rank()).collect()])
        }
    }

    pub(super) fn reshape(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let n = self.reshape_to(&x, &xt, &out);
        self.bind(op, n);
        Ok(())
    }

    pub(super) fn transpose(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let perm = self.req_ints(op, "permutation")?;
        let e = self.empty(&out);
        let n = self.fresh();
        self.op(&format!(
            "{n} = linalg.transpose ins({x} : {}) outs({e} : {}) permutation = [{}]",
            xt.ty,
            out.ty,
            list(&perm)
        ));
        self.bind(op, n);
        Ok(())
    }

    pub(super) fn broadcast_in_dim(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let bd = self.req_ints(op, "broadcast_dimensions")?;
        let r = out.rank();
        let ex: Vec<String> = bd
            .iter()
            .enumerate()
            .map(|(i, &k)| {
                let k = k as usize;
                if xt.shape[i] == 1 && out.shape[k] != 1 {
                    "0".to_string()
                } else {
                    format!("d{k}")
                }
            })
            .collect();
        let e = self.empty(&out);
        let res = self.generic(
            r,
            &vec!["parallel"; r],
            &[(x, xt, affine(r, &ex))],
            &[(e, out.clone(), identity(r))],
            &mut |_, a| Ok(vec![a[0].clone()]),
        )?;
        self.bind(op, res);
        Ok(())
    }

    pub(super) fn slice(&mut self, op: OpId) -> DiagResult<()> {
        let (x, xt) = self.operand(op, 0)?;
        let out = self.result(op)?;
        let start = self.req_ints(op, "start_indices")?;
        let strides = self
            .ints_attr(op, "strides")
            .unwrap_or_else(|| vec![1; xt.rank()]);
        let n = self.fresh();
        self.op(&format!(
            "{n} = tensor.extract_slice {x}[{}] [{}] [{}] : {} to {}",
            list(&start),
            list(&out.shape),
            list(&strides),
            xt.ty,
            out.ty
        ));
        self.bind(op, n);
        Ok(())
    }

    pub(super) fn concat(&mut self, op: OpId) -> DiagResult<()> {
        let out = self.result(op)?;
        let d = norm_axis(
            self.int_attr(op, "dimension")
                .ok_or_else(|| self.err_at(op, "missing attribute 'dimension'"))?,
            out.rank(),
        );
        let mut acc = self.empty(&out);
        let mut off = 0i64;
        for i in 0..self.m.op(op).operands.len() {
            let (x, xt) = self.operand(op, i)?;
            let mut offs = vec![0i64; out.rank()];
            offs[d] = off;
            let n = self.fresh();
            self.op(&format!(
                "{n} = tensor.insert_slice {x} into {acc}[{}] [{}] [{}] : {} into {}",
                list(&offs),
                list(&xt.shape),
                list(&vec![1; out.rank()]),
                xt.ty,
                out.ty
            ));
            off += xt.shape[d];
            acc = n;
        }
        self.bind(op, acc);
        Ok(())
    }

    pub(super) fn embedding(&mut self, op: OpId) -> DiagResult<()> {
        let (table, tt) = self.operand(op, 0)?;
        let (ids, it) = self.operand(op, 1)?;
        let out = self.result(op)?;
        let r = out.rank();
        let ids_map = affine(r, &(0..r - 1).map(|d| format!("d{d}")).collect::<Vec<_>>());
        let e = self.empty(&out);
        let vmax = tt.shape[0] - 1;
        let ity = it.elem.clone();
        let tty = tt.ty.clone();
        let res = self.generic(
            r,
            &vec!["parallel"; r],
            &[(ids, it, ids_map)],
            &[(e, out.clone(), identity(r))],
            &mut |e, a| {
                // Out-of-range ids are clamped into the table: never a wild read
                // (the JIT checks ids that are function inputs before the call).
                let i = e.fresh();
                e.op(&format!("{i} = arith.index_cast {} : {ity} to index", a[0]));
                let lo = e.index_const(0);
                let hi = e.index_const(vmax);
                let c1 = e.fresh();
                e.op(&format!("{c1} = arith.maxsi {i}, {lo} : index"));
                let c2 = e.fresh();
                e.op(&format!("{c2} = arith.minsi {c1}, {hi} : index"));
                let d = e.fresh();
                e.op(&format!("{d} = linalg.index {} : index", r - 1));
                let v = e.fresh();
                e.op(&format!("{v} = tensor.extract {table}[{c2}, {d}] : {tty}"));
                Ok(vec![v])
            },
        )?;
        self.bind(op, res);
        Ok(())
    }
}

/// Offsets, sizes and strides of a slice of `shape` at `off` along `dim`.
pub(super) fn slice_spec(shape: &[i64], dim: usize, off: &str) -> (String, String, String) {
    let offs: Vec<String> = (0..shape.len())
        .map(|i| {
            if i == dim {
                off.to_string()
            } else {
                "0".to_string()
            }
        })
        .collect();
    (
        offs.join(", "),
        list(shape),
        vec!["1"; shape.len()].join(", "),
    )
}

pub(super) fn reassoc(groups: &[Vec<usize>]) -> String {
    let g: Vec<String> = groups
        .iter()
        .map(|g| {
            format!(
                "[{}]",
                g.iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!("[{}]", g.join(", "))
}

/// Reassociation groups that expand a tensor of the `kept` dims of a rank-`rank`
/// tensor back to rank `rank` (the other dims being size 1): each dim joins the group
/// of the last kept dim at or before it, or the first group.
pub(super) fn keepdims_groups(kept: &[usize], rank: usize) -> Vec<Vec<usize>> {
    if kept.is_empty() {
        return Vec::new();
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); kept.len()];
    for j in 0..rank {
        let g = kept.iter().rposition(|&k| k <= j).unwrap_or(0);
        groups[g].push(j);
    }
    groups
}
