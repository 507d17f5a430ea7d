//! Reductions and normalisations: reduce_sum/max/mean, softmax, layer_norm and
//! group_norm, accumulating in f64.
use super::{items, Attrs};
use crate::tensor::{strides_of, Data, DataMut, View};
use ir::Diagnostic;
use rayon::prelude::*;

/// Calls `f(i, base)` for every element of the kept index space, where `base` is the
/// element's offset in the input; parallel when large.
fn over_outputs<O: Send>(kept: &[(usize, usize)], out: &mut [O], f: impl Fn(usize) -> O + Sync) {
    let base = |mut i: usize| -> usize {
        let mut off = 0;
        for &(size, stride) in kept.iter().rev() {
            off += (i % size) * stride;
            i /= size;
        }
        off
    };
    if out.len() >= 4096 {
        out.par_iter_mut()
            .enumerate()
            .for_each(|(i, o)| *o = f(base(i)));
    } else {
        for (i, o) in out.iter_mut().enumerate() {
            *o = f(base(i));
        }
    }
}

/// Visits every offset of the reduced index space from `base`, innermost dim last.
fn visit(red: &[(usize, usize)], base: usize, mut f: impl FnMut(usize)) {
    let Some((&(inner, istride), outer)) = red.split_last() else {
        f(base);
        return;
    };
    let count: usize = outer.iter().map(|d| d.0).product();
    let mut idx = vec![0usize; outer.len()];
    for _ in 0..count {
        let mut off = base;
        for (d, &i) in idx.iter().enumerate() {
            off += i * outer[d].1;
        }
        for j in 0..inner {
            f(off + j * istride);
        }
        for d in (0..outer.len()).rev() {
            idx[d] += 1;
            if idx[d] < outer[d].0 {
                break;
            }
            idx[d] = 0;
        }
    }
}

pub(crate) fn reduce(a: &Attrs, name: &str, x: View, out: DataMut) -> Result<(), Diagnostic> {
    let axes: Vec<usize> = a
        .ints("axes", None)?
        .into_iter()
        .map(|d| a.axis(d, x.rank()))
        .collect::<Result<_, _>>()?;
    let st = strides_of(x.shape);
    let kept: Vec<(usize, usize)> = (0..x.rank())
        .filter(|d| !axes.contains(d))
        .map(|d| (x.shape[d], st[d]))
        .collect();
    let red: Vec<(usize, usize)> = (0..x.rank())
        .filter(|d| axes.contains(d))
        .map(|d| (x.shape[d], st[d]))
        .collect();
    let count: usize = red.iter().map(|d| d.0).product();
    match (x.data, out) {
        (Data::F32(v), DataMut::F32(o)) => match name {
            "nn.reduce_max" => over_outputs(&kept, o, |b| {
                let mut m = f32::NEG_INFINITY;
                visit(&red, b, |i| {
                    let e = v[i];
                    if e > m || e.is_nan() {
                        m = if m.is_nan() { m } else { e };
                    }
                });
                m
            }),
            _ => {
                let mean = name == "nn.reduce_mean";
                over_outputs(&kept, o, |b| {
                    let mut s = 0f64;
                    visit(&red, b, |i| s += f64::from(v[i]));
                    if mean {
                        (s / count as f64) as f32
                    } else {
                        s as f32
                    }
                })
            }
        },
        (Data::I32(v), DataMut::I32(o)) => match name {
            "nn.reduce_max" => over_outputs(&kept, o, |b| {
                let mut m = i32::MIN;
                visit(&red, b, |i| m = m.max(v[i]));
                m
            }),
            "nn.reduce_sum" => over_outputs(&kept, o, |b| {
                let mut s = 0i32;
                visit(&red, b, |i| s = s.wrapping_add(v[i]));
                s
            }),
            _ => return Err(a.err("needs float elements")),
        },
        (Data::I64(v), DataMut::I64(o)) => match name {
            "nn.reduce_max" => over_outputs(&kept, o, |b| {
                let mut m = i64::MIN;
                visit(&red, b, |i| m = m.max(v[i]));
                m
            }),
            "nn.reduce_sum" => over_outputs(&kept, o, |b| {
                let mut s = 0i64;
                visit(&red, b, |i| s = s.wrapping_add(v[i]));
                s
            }),
            _ => return Err(a.err("needs float elements")),
        },
        _ => return Err(a.err("has element types the reduction kernel does not accept")),
    }
    Ok(())
}

/// Splits `len` elements into independent rows of `row` elements and runs `f` on
/// each (input row, output row), in parallel when large: equal groups of rows
/// ([`items`]), each its own rayon job.
fn rows<'a>(
    x: &'a [f32],
    out: &'a mut [f32],
    row: usize,
    f: impl Fn(usize, &[f32], &mut [f32]) + Sync,
) {
    if row == 0 || out.is_empty() {
        return;
    }
    if let Some(per) = items(out.len() / row, row) {
        out.par_chunks_mut(row * per)
            .zip(x.par_chunks(row * per))
            .enumerate()
            .with_max_len(1)
            .for_each(|(g, (o, x))| {
                for (j, (o, x)) in o.chunks_mut(row).zip(x.chunks(row)).enumerate() {
                    f(g * per + j, x, o);
                }
            });
    } else {
        for (i, (o, x)) in out.chunks_mut(row).zip(x.chunks(row)).enumerate() {
            f(i, x, o);
        }
    }
}

pub(crate) fn softmax(a: &Attrs, x: View, out: DataMut) -> Result<(), Diagnostic> {
    let (Data::F32(v), DataMut::F32(o)) = (x.data, out) else {
        return Err(a.err("needs f32 elements"));
    };
    let axis = a.axis(a.int("axis", Some(-1))?, x.rank())?;
    let n = x.shape[axis];
    let inner: usize = x.shape[axis + 1..].iter().product();
    if inner == 1 {
        rows(v, o, n, |_, x, y| super::vector::softmax_row(x, y));
        return Ok(());
    }
    // Along a strided axis, each column is gathered into a row and computed by the
    // same kernel: the result does not depend on the layout (a chunk of size 1 along
    // a trailing dimension makes a strided softmax contiguous).
    rows(v, o, n * inner, |_, x, y| {
        let mut column = vec![0f32; n];
        let mut result = vec![0f32; n];
        for i in 0..inner {
            for (j, c) in column.iter_mut().enumerate() {
                *c = x[j * inner + i];
            }
            super::vector::softmax_row(&column, &mut result);
            for (j, &r) in result.iter().enumerate() {
                y[j * inner + i] = r;
            }
        }
    });
    Ok(())
}

use super::vector::moments;

pub(crate) fn layer_norm(
    a: &Attrs,
    x: View,
    g: View,
    b: View,
    out: DataMut,
) -> Result<(), Diagnostic> {
    let (Data::F32(v), Data::F32(gamma), Data::F32(beta), DataMut::F32(o)) =
        (x.data, g.data, b.data, out)
    else {
        return Err(a.err("needs f32 elements"));
    };
    let axis = a.axis(a.int("axis", Some(-1))?, x.rank())?;
    let eps = a.float("epsilon", 1e-5)?;
    let d: usize = x.shape[axis..].iter().product();
    rows(v, o, d, |_, x, y| {
        super::vector::layer_norm_row(x, &gamma[..x.len()], &beta[..x.len()], eps, y)
    });
    Ok(())
}

pub(crate) fn rms_norm(a: &Attrs, x: View, g: View, out: DataMut) -> Result<(), Diagnostic> {
    let (Data::F32(v), Data::F32(gamma), DataMut::F32(o)) = (x.data, g.data, out) else {
        return Err(a.err("needs f32 elements"));
    };
    let axis = a.axis(a.int("axis", Some(-1))?, x.rank())?;
    let eps = a.float("epsilon", 1e-6)?;
    let d: usize = x.shape[axis..].iter().product();
    rows(v, o, d, |_, x, y| {
        super::vector::rms_norm_row(x, &gamma[..x.len()], eps, y)
    });
    Ok(())
}

pub(crate) fn group_norm(
    a: &Attrs,
    x: View,
    g: View,
    b: View,
    out: DataMut,
) -> Result<(), Diagnostic> {
    let (Data::F32(v), Data::F32(gamma), Data::F32(beta), DataMut::F32(o)) =
        (x.data, g.data, b.data, out)
    else {
        return Err(a.err("needs f32 elements"));
    };
    let groups = a.int("groups", None)?;
    let c = x.shape[1];
    let groups = usize::try_from(groups)
        .ok()
        .filter(|&g| g > 0 && c.is_multiple_of(g))
        .ok_or_else(|| a.err("has an invalid group count"))?;
    let eps = a.float("epsilon", 1e-5)?;
    let spatial: usize = x.shape[2..].iter().product();
    let cg = c / groups;
    rows(v, o, cg * spatial, |i, x, y| {
        let (mean, var) = moments(x);
        let inv = 1.0 / (var + eps).sqrt();
        let c0 = (i % groups) * cg;
        for (j, (y, &x)) in y.iter_mut().zip(x).enumerate() {
            let ch = c0 + j / spatial.max(1);
            *y = ((f64::from(x) - mean) * inv * f64::from(gamma[ch]) + f64::from(beta[ch])) as f32;
        }
    });
    Ok(())
}
