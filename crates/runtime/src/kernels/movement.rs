//! Data movement and literals: reshape, transpose, broadcast_in_dim, slice, concat,
//! embedding, upsample_nearest2d, constant and iota. These work for every element
//! type by dispatching on matching input and output storage.
use super::{for_rows, Attrs};
use crate::tensor::{strides_of, Data, DataMut, View};
use ir::{Attribute, DenseElements, Diagnostic, Scalar};

/// Runs `$body` with `$s: &[T]` and `$d: &mut [T]` of one matching element type.
macro_rules! same_type {
    ($a:expr, $src:expr, $dst:expr, |$s:ident, $d:ident| $body:expr) => {
        match ($src, $dst) {
            (Data::F32($s), DataMut::F32($d)) => $body,
            (Data::I32($s), DataMut::I32($d)) => $body,
            (Data::I64($s), DataMut::I64($d)) => $body,
            (Data::I1($s), DataMut::I1($d)) => $body,
            _ => return Err($a.err("has an operand whose element type differs from the result's")),
        }
    };
}

/// `out[idx] = x[base + Σ idx[d] * strides[d]]`.
fn gather<T: Copy + Send + Sync>(
    x: &[T],
    base: isize,
    strides: &[isize],
    out: &mut [T],
    so: &[usize],
) {
    for_rows(so, out, [base], [strides], |row, b, inner| {
        let mut i = b[0];
        if inner[0] == 1 {
            row.copy_from_slice(&x[i as usize..i as usize + row.len()]);
        } else {
            for o in row.iter_mut() {
                *o = x[i as usize];
                i += inner[0];
            }
        }
    });
}

pub(crate) fn copy(a: &Attrs, x: View, out: DataMut) -> Result<(), Diagnostic> {
    same_type!(a, x.data, out, |s, d| super::map1(s, d, |v| v));
    Ok(())
}

pub(crate) fn transpose(a: &Attrs, x: View, out: DataMut, so: &[usize]) -> Result<(), Diagnostic> {
    let perm = a.ints("permutation", None)?;
    let sx = strides_of(x.shape);
    let strides: Vec<isize> = perm
        .iter()
        .map(|&p| {
            usize::try_from(p)
                .ok()
                .and_then(|p| sx.get(p))
                .map(|&s| s as isize)
        })
        .collect::<Option<_>>()
        .ok_or_else(|| a.err("has an invalid permutation"))?;
    if strides.len() != so.len() {
        return Err(a.err("has a permutation of the wrong length"));
    }
    same_type!(a, x.data, out, |s, d| gather(s, 0, &strides, d, so));
    Ok(())
}

pub(crate) fn broadcast_in_dim(
    a: &Attrs,
    x: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let dims = a.ints("broadcast_dimensions", None)?;
    let sx = strides_of(x.shape);
    let mut strides = vec![0isize; so.len()];
    if dims.len() != x.rank() {
        return Err(a.err("has broadcast_dimensions of the wrong length"));
    }
    for (i, &d) in dims.iter().enumerate() {
        let d = usize::try_from(d)
            .ok()
            .filter(|&d| d < so.len())
            .ok_or_else(|| a.err("has an invalid broadcast dimension"))?;
        strides[d] = if x.shape[i] == 1 && so[d] != 1 {
            0
        } else {
            sx[i] as isize
        };
    }
    same_type!(a, x.data, out, |s, d| gather(s, 0, &strides, d, so));
    Ok(())
}

pub(crate) fn slice(a: &Attrs, x: View, out: DataMut, so: &[usize]) -> Result<(), Diagnostic> {
    let n = x.rank();
    let start = a.ints("start_indices", None)?;
    let steps = a.ints("strides", Some(vec![1; n]))?;
    if start.len() != n || steps.len() != n {
        return Err(a.err("has slice attributes of the wrong length"));
    }
    let sx = strides_of(x.shape);
    let base: isize = (0..n).map(|d| start[d] as isize * sx[d] as isize).sum();
    let strides: Vec<isize> = (0..n).map(|d| steps[d] as isize * sx[d] as isize).collect();
    same_type!(a, x.data, out, |s, d| gather(s, base, &strides, d, so));
    Ok(())
}

fn concat_typed<T: Copy>(parts: &[(&[T], usize)], out: &mut [T], outer: usize) {
    let mut at = 0;
    for o in 0..outer {
        for &(p, block) in parts {
            out[at..at + block].copy_from_slice(&p[o * block..(o + 1) * block]);
            at += block;
        }
    }
}

pub(crate) fn concat(a: &Attrs, inputs: &[View], out: DataMut) -> Result<(), Diagnostic> {
    let first = inputs[0];
    let dim = a.axis(a.int("dimension", None)?, first.rank())?;
    let outer: usize = first.shape[..dim].iter().product();
    let block = |v: &View| v.shape[dim..].iter().product::<usize>();
    macro_rules! arm {
        ($var:ident, $d:ident) => {{
            let parts: Vec<_> = inputs
                .iter()
                .map(|v| match v.data {
                    Data::$var(s) => Ok((s, block(v))),
                    _ => Err(a.err("has operands of different element types")),
                })
                .collect::<Result<_, _>>()?;
            concat_typed(&parts, $d, outer)
        }};
    }
    match out {
        DataMut::F32(d) => arm!(F32, d),
        DataMut::I32(d) => arm!(I32, d),
        DataMut::I64(d) => arm!(I64, d),
        DataMut::I1(d) => arm!(I1, d),
        DataMut::F16(d) => arm!(F16, d),
        DataMut::BF16(d) => arm!(BF16, d),
    }
    Ok(())
}

pub(crate) fn embedding(a: &Attrs, table: View, ids: View, out: DataMut) -> Result<(), Diagnostic> {
    if table.rank() != 2 {
        return Err(a.err("needs a table of rank 2"));
    }
    let (vocab, width) = (table.shape[0], table.shape[1]);
    let mut rows = Vec::with_capacity(ids.len());
    for i in 0..ids.len() {
        let id = ids
            .data
            .int_at(i)
            .filter(|_| ids.dtype().is_int())
            .ok_or_else(|| a.err("needs integer ids"))?;
        match usize::try_from(id).ok().filter(|&r| r < vocab) {
            Some(r) => rows.push(r),
            None => {
                return Err(a.err(format!(
                    "id {id} at position {i} is out of range for a table of {vocab} rows"
                )))
            }
        }
    }
    same_type!(a, table.data, out, |s, d| {
        for (k, &r) in rows.iter().enumerate() {
            d[k * width..(k + 1) * width].copy_from_slice(&s[r * width..(r + 1) * width]);
        }
    });
    Ok(())
}

pub(crate) fn upsample(a: &Attrs, x: View, out: DataMut, so: &[usize]) -> Result<(), Diagnostic> {
    let s = usize::try_from(a.int("scale", None)?)
        .ok()
        .filter(|&s| s > 0)
        .ok_or_else(|| a.err("needs a positive scale"))?;
    if x.rank() != 4 {
        return Err(a.err("needs a rank-4 input"));
    }
    let (h, w) = (x.shape[2], x.shape[3]);
    let (oh, ow) = (so[2], so[3]);
    fn up<T: Copy>(x: &[T], out: &mut [T], h: usize, w: usize, oh: usize, ow: usize, s: usize) {
        for (r, row) in out.chunks_mut(ow.max(1)).enumerate() {
            let plane = r / oh.max(1);
            let i = (r % oh.max(1)) / s;
            let src = &x[(plane * h + i) * w..(plane * h + i + 1) * w];
            for (j, o) in row.iter_mut().enumerate() {
                *o = src[j / s];
            }
        }
    }
    same_type!(a, x.data, out, |src, d| up(src, d, h, w, oh, ow, s));
    Ok(())
}

fn scalar_i64(s: Scalar) -> i64 {
    match s {
        Scalar::Int(i) => i as i64,
        Scalar::Float(f) => f as i64,
        Scalar::Bool(b) => i64::from(b),
    }
}

pub(crate) fn constant(a: &Attrs, out: DataMut) -> Result<(), Diagnostic> {
    let Some(Attribute::Dense { ty, data }) = a.get("value") else {
        return Err(a.err("requires a dense 'value' attribute"));
    };
    let n = out.len();
    let element = ty.element().cloned().unwrap_or(ir::Type::None);
    let bad = || a.err(format!("attribute 'value' does not hold {n} elements"));
    // Integers are decoded exactly (not through f64) where the literal allows it.
    let ints = || -> Result<Vec<i64>, Diagnostic> {
        match data {
            DenseElements::Splat(s) => Ok(vec![scalar_i64(*s); n]),
            DenseElements::Elements(v) if v.len() == n => {
                Ok(v.iter().map(|&s| scalar_i64(s)).collect())
            }
            DenseElements::Hex(bytes) => {
                let w = element.element_bytes().unwrap_or(1) as usize;
                let vals: Vec<i64> = bytes
                    .chunks_exact(w)
                    .map(|c| {
                        let mut b = [0u8; 8];
                        b[..w].copy_from_slice(c);
                        let raw = i64::from_le_bytes(b);
                        let shift = 64 - 8 * w as u32;
                        if w == 1 {
                            raw & 1
                        } else {
                            (raw << shift) >> shift
                        }
                    })
                    .collect();
                match vals.len() {
                    1 => Ok(vec![vals[0]; n]),
                    k if k == n => Ok(vals),
                    _ => Err(bad()),
                }
            }
            _ => Err(bad()),
        }
    };
    match out {
        DataMut::F32(d) => {
            let v = data.values_f64(&element, n).ok_or_else(bad)?;
            for (o, x) in d.iter_mut().zip(v) {
                *o = x as f32;
            }
        }
        DataMut::I32(d) => {
            for (o, x) in d.iter_mut().zip(ints()?) {
                *o = x as i32;
            }
        }
        DataMut::I64(d) => d.copy_from_slice(&ints()?),
        DataMut::I1(d) => {
            for (o, x) in d.iter_mut().zip(ints()?) {
                *o = u8::from(x != 0);
            }
        }
        // run_op widens half-precision results to f32; these arms keep the match whole.
        DataMut::F16(d) => {
            let v = data.values_f64(&element, n).ok_or_else(bad)?;
            for (o, x) in d.iter_mut().zip(v) {
                *o = crate::tensor::f16::from_f64(x);
            }
        }
        DataMut::BF16(d) => {
            let v = data.values_f64(&element, n).ok_or_else(bad)?;
            for (o, x) in d.iter_mut().zip(v) {
                *o = crate::tensor::bf16::from_f64(x);
            }
        }
    }
    Ok(())
}

/// Fills `out` (row-major) with the index along a dimension: each value holds for
/// `run` consecutive elements (the dimension's stride) and the values cycle through
/// `0..period`. In parallel when large; no division per element.
fn iota_fill<T: Copy + Send>(
    out: &mut [T],
    run: usize,
    period: usize,
    val: impl Fn(usize) -> T + Sync,
) {
    let fill = |base: usize, mut rest: &mut [T]| {
        let mut idx = (base / run) % period;
        let mut left = run - base % run;
        while !rest.is_empty() {
            let n = left.min(rest.len());
            let (head, tail) = rest.split_at_mut(n);
            head.fill(val(idx));
            rest = tail;
            idx += 1;
            if idx == period {
                idx = 0;
            }
            left = run;
        }
    };
    super::par_blocks(out, |base, block| fill(base, block));
}

pub(crate) fn iota(a: &Attrs, out: DataMut, so: &[usize]) -> Result<(), Diagnostic> {
    let dim = a.axis(a.int("dimension", None)?, so.len())?;
    let st = strides_of(so);
    let (run, period) = (st[dim].max(1), so[dim].max(1));
    match out {
        DataMut::F32(d) => iota_fill(d, run, period, |i| i as f32),
        DataMut::I32(d) => iota_fill(d, run, period, |i| i as i32),
        DataMut::I64(d) => iota_fill(d, run, period, |i| i as i64),
        DataMut::I1(d) => iota_fill(d, run, period, |i| u8::from(i != 0)),
        DataMut::F16(d) => iota_fill(d, run, period, |i| crate::tensor::f16::from_f64(i as f64)),
        DataMut::BF16(d) => iota_fill(d, run, period, |i| crate::tensor::bf16::from_f64(i as f64)),
    }
    Ok(())
}
