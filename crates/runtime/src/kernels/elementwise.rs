//! Elementwise kernels: unary math, binary arithmetic with numpy broadcasting,
//! comparison, selection and element type conversion.
use super::{for_rows, map1, map2, map_slices, vector, Attrs};
use crate::tensor::{broadcast_strides, Data, DataMut, View};
use ir::Diagnostic;

fn mismatch(a: &Attrs, what: &str) -> Diagnostic {
    a.err(format!(
        "has operand or result element types the kernel does not accept ({what})"
    ))
}

// The f32 scalar semantics are the dialect's (`nn_dialect::scalar`), shared with
// constant folding.
use nn_dialect::scalar as s;

pub(crate) fn unary(a: &Attrs, name: &str, x: View, out: DataMut) -> Result<(), Diagnostic> {
    match (x.data, out) {
        (Data::F32(x), DataMut::F32(y)) => {
            match name {
                "nn.neg" => map1(x, y, s::neg),
                "nn.abs" => map1(x, y, s::abs),
                "nn.exp" => map_slices(x, y, vector::exp),
                "nn.log" => map_slices(x, y, vector::log),
                "nn.sqrt" => map1(x, y, s::sqrt),
                "nn.rsqrt" => map_slices(x, y, vector::rsqrt),
                "nn.tanh" => map_slices(x, y, vector::tanh),
                "nn.sigmoid" => map_slices(x, y, vector::sigmoid),
                "nn.relu" => map1(x, y, s::relu),
                "nn.silu" => map_slices(x, y, vector::silu),
                "nn.erf" => map_slices(x, y, vector::erf),
                "nn.gelu" => {
                    if a.string("approximate", "none")? == "tanh" {
                        map_slices(x, y, vector::gelu_tanh)
                    } else {
                        map_slices(x, y, vector::gelu_erf)
                    }
                }
                _ => return Err(mismatch(a, "f32")),
            }
            Ok(())
        }
        (Data::I32(x), DataMut::I32(y)) => int_unary(a, name, x, y),
        (Data::I64(x), DataMut::I64(y)) => int_unary(a, name, x, y),
        _ => Err(mismatch(a, "unary")),
    }
}

trait Int: Copy + Send + Sync + Ord + Default {
    fn wneg(self) -> Self;
    fn wabs(self) -> Self;
    fn wadd(self, o: Self) -> Self;
    fn wsub(self, o: Self) -> Self;
    fn wmul(self, o: Self) -> Self;
    fn cdiv(self, o: Self) -> Option<Self>;
    fn one() -> Self;
    fn is_neg(self) -> bool;
    fn to_u64(self) -> u64;
}

macro_rules! int_impl {
    ($t:ty) => {
        impl Int for $t {
            fn wneg(self) -> Self {
                self.wrapping_neg()
            }
            fn wabs(self) -> Self {
                self.wrapping_abs()
            }
            fn wadd(self, o: Self) -> Self {
                self.wrapping_add(o)
            }
            fn wsub(self, o: Self) -> Self {
                self.wrapping_sub(o)
            }
            fn wmul(self, o: Self) -> Self {
                self.wrapping_mul(o)
            }
            fn cdiv(self, o: Self) -> Option<Self> {
                if o == 0 {
                    None
                } else {
                    Some(self.wrapping_div(o))
                }
            }
            fn one() -> Self {
                1
            }
            fn is_neg(self) -> bool {
                self < 0
            }
            fn to_u64(self) -> u64 {
                self as u64
            }
        }
    };
}
int_impl!(i32);
int_impl!(i64);

fn int_unary<T: Int>(a: &Attrs, name: &str, x: &[T], y: &mut [T]) -> Result<(), Diagnostic> {
    match name {
        "nn.neg" => map1(x, y, T::wneg),
        "nn.abs" => map1(x, y, T::wabs),
        "nn.relu" => map1(x, y, |v| v.max(T::default())),
        _ => return Err(mismatch(a, "integer")),
    }
    Ok(())
}

/// Integer power: wrapping for non-negative exponents; a negative exponent gives the
/// truncated `1 / a^|b|` (0 unless `a` is 1 or -1).
fn int_pow<T: Int>(a: T, b: T) -> T {
    if b.is_neg() {
        return if a == T::one() {
            T::one()
        } else if a == T::one().wneg() {
            if b.to_u64() & 1 == 1 {
                a
            } else {
                T::one()
            }
        } else {
            T::default()
        };
    }
    let (mut base, mut e, mut acc) = (a, b.to_u64(), T::one());
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.wmul(base);
        }
        base = base.wmul(base);
        e >>= 1;
    }
    acc
}

/// `out = f(a, b)` with numpy broadcasting.
fn broadcast2<A: Copy + Sync, B: Copy + Sync, O: Send>(
    a: &[A],
    sa: &[usize],
    b: &[B],
    sb: &[usize],
    out: &mut [O],
    so: &[usize],
    f: impl Fn(A, B) -> O + Sync,
) {
    if sa == so && sb == so {
        return map2(a, b, out, f);
    }
    // One element broadcast against a full operand (a chunk offset added to an
    // iota, a scale): a plain map, no index arithmetic.
    if b.len() == 1 && sa == so {
        let y = b[0];
        return map1(a, out, |x| f(x, y));
    }
    if a.len() == 1 && sb == so {
        let x = a[0];
        return map1(b, out, |y| f(x, y));
    }
    let (ta, tb) = (broadcast_strides(sa, so), broadcast_strides(sb, so));
    for_rows(so, out, [0, 0], [&ta, &tb], |row, base, inner| {
        let (ia, ib) = (base[0] as usize, base[1] as usize);
        let n = row.len();
        // Rows contiguous in both inputs (a bias over the last dim) or constant in one
        // of them: slice iterators the compiler can vectorise.
        match (inner[0], inner[1]) {
            (1, 1) => {
                for ((o, &x), &y) in row.iter_mut().zip(&a[ia..ia + n]).zip(&b[ib..ib + n]) {
                    *o = f(x, y);
                }
            }
            (1, 0) => {
                let y = b[ib];
                for (o, &x) in row.iter_mut().zip(&a[ia..ia + n]) {
                    *o = f(x, y);
                }
            }
            (0, 1) => {
                let x = a[ia];
                for (o, &y) in row.iter_mut().zip(&b[ib..ib + n]) {
                    *o = f(x, y);
                }
            }
            (step_a, step_b) => {
                let (mut ia, mut ib) = (ia as isize, ib as isize);
                for o in row.iter_mut() {
                    *o = f(a[ia as usize], b[ib as usize]);
                    ia += step_a;
                    ib += step_b;
                }
            }
        }
    });
}

fn nan_max(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        f32::NAN
    } else {
        x.max(y)
    }
}
fn nan_min(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        f32::NAN
    } else {
        x.min(y)
    }
}

#[allow(clippy::too_many_arguments)]
fn int_binary<T: Int>(
    a: &Attrs,
    name: &str,
    x: View,
    xs: &[T],
    y: View,
    ys: &[T],
    out: &mut [T],
    so: &[usize],
) -> Result<(), Diagnostic> {
    let (sa, sb) = (x.shape, y.shape);
    match name {
        "nn.add" => broadcast2(xs, sa, ys, sb, out, so, T::wadd),
        "nn.sub" => broadcast2(xs, sa, ys, sb, out, so, T::wsub),
        "nn.mul" => broadcast2(xs, sa, ys, sb, out, so, T::wmul),
        "nn.max" => broadcast2(xs, sa, ys, sb, out, so, Ord::max),
        "nn.min" => broadcast2(xs, sa, ys, sb, out, so, Ord::min),
        "nn.pow" => broadcast2(xs, sa, ys, sb, out, so, int_pow),
        "nn.div" => {
            // Every element of `b` is read when the output is not empty.
            if !out.is_empty() && ys.contains(&T::default()) {
                return Err(a.err("integer division by zero"));
            }
            broadcast2(xs, sa, ys, sb, out, so, |p, q| {
                p.cdiv(q).unwrap_or_default()
            })
        }
        _ => return Err(mismatch(a, "integer")),
    }
    Ok(())
}

pub(crate) fn binary(
    a: &Attrs,
    name: &str,
    x: View,
    y: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let (sa, sb) = (x.shape, y.shape);
    match (x.data, y.data, out) {
        (Data::F32(p), Data::F32(q), DataMut::F32(o)) => {
            match name {
                "nn.add" => broadcast2(p, sa, q, sb, o, so, |u, v| u + v),
                "nn.sub" => broadcast2(p, sa, q, sb, o, so, |u, v| u - v),
                "nn.mul" => broadcast2(p, sa, q, sb, o, so, |u, v| u * v),
                "nn.div" => broadcast2(p, sa, q, sb, o, so, |u, v| u / v),
                "nn.max" => broadcast2(p, sa, q, sb, o, so, nan_max),
                "nn.min" => broadcast2(p, sa, q, sb, o, so, nan_min),
                "nn.pow" => broadcast2(p, sa, q, sb, o, so, |u, v| {
                    f64::from(u).powf(f64::from(v)) as f32
                }),
                _ => return Err(mismatch(a, "f32")),
            }
            Ok(())
        }
        (Data::I32(p), Data::I32(q), DataMut::I32(o)) => int_binary(a, name, x, p, y, q, o, so),
        (Data::I64(p), Data::I64(q), DataMut::I64(o)) => int_binary(a, name, x, p, y, q, o, so),
        _ => Err(mismatch(a, "binary")),
    }
}

fn cmp_with<T: PartialOrd + Copy + Sync>(
    dir: &str,
    p: &[T],
    sa: &[usize],
    q: &[T],
    sb: &[usize],
    o: &mut [u8],
    so: &[usize],
) {
    match dir {
        "EQ" => broadcast2(p, sa, q, sb, o, so, |u, v| u8::from(u == v)),
        "NE" => broadcast2(p, sa, q, sb, o, so, |u, v| u8::from(u != v)),
        "LT" => broadcast2(p, sa, q, sb, o, so, |u, v| u8::from(u < v)),
        "LE" => broadcast2(p, sa, q, sb, o, so, |u, v| u8::from(u <= v)),
        "GT" => broadcast2(p, sa, q, sb, o, so, |u, v| u8::from(u > v)),
        _ => broadcast2(p, sa, q, sb, o, so, |u, v| u8::from(u >= v)),
    }
}

pub(crate) fn compare(
    a: &Attrs,
    x: View,
    y: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let dir = a.string("direction", "")?;
    if !["EQ", "NE", "LT", "LE", "GT", "GE"].contains(&dir.as_str()) {
        return Err(a.err(format!("has an unknown direction '{dir}'")));
    }
    let DataMut::I1(o) = out else {
        return Err(mismatch(a, "compare result"));
    };
    let (sa, sb) = (x.shape, y.shape);
    match (x.data, y.data) {
        (Data::F32(p), Data::F32(q)) => cmp_with(&dir, p, sa, q, sb, o, so),
        (Data::I32(p), Data::I32(q)) => cmp_with(&dir, p, sa, q, sb, o, so),
        (Data::I64(p), Data::I64(q)) => cmp_with(&dir, p, sa, q, sb, o, so),
        (Data::I1(p), Data::I1(q)) => cmp_with(&dir, p, sa, q, sb, o, so),
        _ => return Err(mismatch(a, "compare")),
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn select_typed<T: Copy + Sync + Send>(
    c: &[u8],
    sc: &[usize],
    p: &[T],
    sa: &[usize],
    q: &[T],
    sb: &[usize],
    o: &mut [T],
    so: &[usize],
) {
    let (tc, ta, tb) = (
        broadcast_strides(sc, so),
        broadcast_strides(sa, so),
        broadcast_strides(sb, so),
    );
    for_rows(so, o, [0, 0, 0], [&tc, &ta, &tb], |row, base, inner| {
        let [mut ic, mut ia, mut ib] = base;
        for e in row.iter_mut() {
            *e = if c[ic as usize] != 0 {
                p[ia as usize]
            } else {
                q[ib as usize]
            };
            ic += inner[0];
            ia += inner[1];
            ib += inner[2];
        }
    });
}

pub(crate) fn select(
    a: &Attrs,
    c: View,
    x: View,
    y: View,
    out: DataMut,
    so: &[usize],
) -> Result<(), Diagnostic> {
    let Data::I1(cd) = c.data else {
        return Err(mismatch(a, "select condition"));
    };
    let (sc, sa, sb) = (c.shape, x.shape, y.shape);
    match (x.data, y.data, out) {
        (Data::F32(p), Data::F32(q), DataMut::F32(o)) => select_typed(cd, sc, p, sa, q, sb, o, so),
        (Data::I32(p), Data::I32(q), DataMut::I32(o)) => select_typed(cd, sc, p, sa, q, sb, o, so),
        (Data::I64(p), Data::I64(q), DataMut::I64(o)) => select_typed(cd, sc, p, sa, q, sb, o, so),
        (Data::I1(p), Data::I1(q), DataMut::I1(o)) => select_typed(cd, sc, p, sa, q, sb, o, so),
        _ => return Err(mismatch(a, "select")),
    }
    Ok(())
}

/// Float to integer truncates toward zero (saturating; NaN gives 0); to `i1`, nonzero
/// is true; integers narrow by wrapping.
pub(crate) fn convert(a: &Attrs, x: View, out: DataMut) -> Result<(), Diagnostic> {
    match (x.data, out) {
        (Data::F32(s), DataMut::F32(d)) => map1(s, d, |v| v),
        (Data::F32(s), DataMut::I32(d)) => map1(s, d, |v| v as i32),
        (Data::F32(s), DataMut::I64(d)) => map1(s, d, |v| v as i64),
        (Data::F32(s), DataMut::I1(d)) => map1(s, d, |v| u8::from(v != 0.0)),
        (Data::I32(s), DataMut::F32(d)) => map1(s, d, |v| v as f32),
        (Data::I32(s), DataMut::I32(d)) => map1(s, d, |v| v),
        (Data::I32(s), DataMut::I64(d)) => map1(s, d, i64::from),
        (Data::I32(s), DataMut::I1(d)) => map1(s, d, |v| u8::from(v != 0)),
        (Data::I64(s), DataMut::F32(d)) => map1(s, d, |v| v as f32),
        (Data::I64(s), DataMut::I32(d)) => map1(s, d, |v| v as i32),
        (Data::I64(s), DataMut::I64(d)) => map1(s, d, |v| v),
        (Data::I64(s), DataMut::I1(d)) => map1(s, d, |v| u8::from(v != 0)),
        (Data::I1(s), DataMut::F32(d)) => map1(s, d, f32::from),
        (Data::I1(s), DataMut::I32(d)) => map1(s, d, i32::from),
        (Data::I1(s), DataMut::I64(d)) => map1(s, d, i64::from),
        (Data::I1(s), DataMut::I1(d)) => map1(s, d, |v| v),
        // Half precision never reaches a kernel: run_op widens it to f32.
        (x, out) => {
            return Err(a.err(format!(
                "no kernel converts {} to {}",
                x.dtype(),
                out.dtype()
            )))
        }
    }
    Ok(())
}
