//! NCHW convolution and pooling, computed directly (no im2col buffer): each output
//! plane is built by accumulating shifted, strided input rows, planes in parallel.
use super::Attrs;
use crate::tensor::{Data, DataMut, View};
use ir::Diagnostic;
use rayon::prelude::*;

fn pair(a: &Attrs, name: &str, default: [i64; 2]) -> Result<[usize; 2], Diagnostic> {
    let v = a.ints(name, Some(default.to_vec()))?;
    match v.as_slice() {
        [x, y] if *x > 0 && *y > 0 => Ok([*x as usize, *y as usize]),
        _ => Err(a.err(format!("has an invalid '{name}'"))),
    }
}

fn padding(a: &Attrs) -> Result<[usize; 4], Diagnostic> {
    let v = a.ints("padding", Some(vec![0; 4]))?;
    match v.as_slice() {
        [t, l, b, r] if v.iter().all(|&p| p >= 0) => {
            Ok([*t as usize, *l as usize, *b as usize, *r as usize])
        }
        _ => Err(a.err("has an invalid 'padding'")),
    }
}

/// Output positions `o` in `0..out` whose input index `o*stride + off - pad` lies in
/// `0..size`.
fn valid_range(out: usize, stride: usize, off: usize, pad: usize, size: usize) -> (usize, usize) {
    // o*stride + off >= pad  and  o*stride + off < pad + size
    let lo = if off >= pad {
        0
    } else {
        (pad - off).div_ceil(stride)
    };
    let hi = if pad + size > off {
        ((pad + size - off - 1) / stride + 1).min(out)
    } else {
        0
    };
    (lo.min(hi), hi)
}

pub(crate) fn conv2d(
    a: &Attrs,
    inputs: &[View],
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let (x, w) = (inputs[0], inputs[1]);
    let bias = match inputs.get(2).map(|b| b.data) {
        Some(Data::F32(b)) => Some(b),
        Some(_) => return Err(a.err("needs an f32 bias")),
        None => None,
    };
    let (Data::F32(xv), Data::F32(wv), DataMut::F32(o)) = (x.data, w.data, out) else {
        return Err(a.err("needs f32 operands"));
    };
    let [sh, sw] = pair(a, "strides", [1, 1])?;
    let [dh, dw] = pair(a, "dilations", [1, 1])?;
    let [pt, pl, _, _] = padding(a)?;
    let groups = usize::try_from(a.int("groups", Some(1))?)
        .ok()
        .filter(|&g| g > 0)
        .ok_or_else(|| a.err("has invalid groups"))?;
    let (cin, h, wd) = (x.shape[1], x.shape[2], x.shape[3]);
    let (cout, cin_g, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3]);
    let (oh, ow) = (so[2], so[3]);
    let cout_g = cout / groups;
    let plane = oh * ow;
    if plane == 0 || o.is_empty() {
        return Ok(());
    }
    let f = |p: usize, dst: &mut [f32]| {
        let (n, co) = (p / cout, p % cout);
        let g = co / cout_g;
        dst.fill(bias.map_or(0.0, |b| b[co]));
        for ci in 0..cin_g {
            let c = g * cin_g + ci;
            let src = &xv[(n * cin + c) * h * wd..(n * cin + c + 1) * h * wd];
            for ki in 0..kh {
                let (i0, i1) = valid_range(oh, sh, ki * dh, pt, h);
                for kj in 0..kw {
                    let wt = wv[((co * cin_g + ci) * kh + ki) * kw + kj];
                    let (j0, j1) = valid_range(ow, sw, kj * dw, pl, wd);
                    for i in i0..i1 {
                        let row = &src[(i * sh + ki * dh - pt) * wd..];
                        let out_row = &mut dst[i * ow..(i + 1) * ow];
                        let col0 = kj * dw;
                        if sw == 1 {
                            let start = j0 + col0 - pl;
                            for (o, &v) in out_row[j0..j1]
                                .iter_mut()
                                .zip(&row[start..start + (j1 - j0)])
                            {
                                *o += wt * v;
                            }
                        } else {
                            for j in j0..j1 {
                                out_row[j] += wt * row[j * sw + col0 - pl];
                            }
                        }
                    }
                }
            }
        }
    };
    if o.len() >= super::PAR_MIN || cin_g * kh * kw * o.len() >= 1 << 20 {
        o.par_chunks_mut(plane)
            .enumerate()
            .for_each(|(p, d)| f(p, d));
    } else {
        o.chunks_mut(plane).enumerate().for_each(|(p, d)| f(p, d));
    }
    Ok(())
}

fn pool_typed<T: Copy + Send + Sync + PartialOrd>(
    x: &[T],
    o: &mut [T],
    dims: [usize; 4],
    kernel: [usize; 2],
    strides: [usize; 2],
    pad: [usize; 2],
    reduce: impl Fn(&mut dyn Iterator<Item = T>, usize) -> T + Sync,
) {
    let [h, w, oh, ow] = dims;
    let plane = oh * ow;
    if plane == 0 {
        return;
    }
    o.par_chunks_mut(plane).enumerate().for_each(|(p, dst)| {
        let src = &x[p * h * w..(p + 1) * h * w];
        for i in 0..oh {
            let r0 = (i * strides[0]) as isize - pad[0] as isize;
            let rows =
                (r0.max(0) as usize)..((r0 + kernel[0] as isize).min(h as isize).max(0) as usize);
            for j in 0..ow {
                let c0 = (j * strides[1]) as isize - pad[1] as isize;
                let cols = (c0.max(0) as usize)
                    ..((c0 + kernel[1] as isize).min(w as isize).max(0) as usize);
                let count = rows.len() * cols.len();
                let mut it = rows
                    .clone()
                    .flat_map(|r| cols.clone().map(move |c| src[r * w + c]));
                dst[i * ow + j] = reduce(&mut it, count);
            }
        }
    });
}

pub(crate) fn pool(
    a: &Attrs,
    max: bool,
    x: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let kernel = pair(a, "kernel", [0, 0])?;
    let strides = pair(a, "strides", [kernel[0] as i64, kernel[1] as i64])?;
    let [pt, pl, _, _] = padding(a)?;
    let dims = [x.shape[2], x.shape[3], so[2], so[3]];
    match (x.data, out, max) {
        (Data::F32(v), DataMut::F32(o), true) => {
            pool_typed(v, o, dims, kernel, strides, [pt, pl], |it, _| {
                it.fold(f32::NEG_INFINITY, |m, e| {
                    if e > m || e.is_nan() && !m.is_nan() {
                        e
                    } else {
                        m
                    }
                })
            })
        }
        (Data::F32(v), DataMut::F32(o), false) => {
            pool_typed(v, o, dims, kernel, strides, [pt, pl], |it, n| {
                let s: f64 = it.map(f64::from).sum();
                (s / n.max(1) as f64) as f32
            })
        }
        (Data::I32(v), DataMut::I32(o), true) => {
            pool_typed(v, o, dims, kernel, strides, [pt, pl], |it, _| {
                it.fold(i32::MIN, i32::max)
            })
        }
        (Data::I64(v), DataMut::I64(o), true) => {
            pool_typed(v, o, dims, kernel, strides, [pt, pl], |it, _| {
                it.fold(i64::MIN, i64::max)
            })
        }
        _ => return Err(a.err("has element types the pooling kernel does not accept")),
    }
    Ok(())
}
