//! Shared pieces of the `nn` op definitions: a view of one op that produces located
//! diagnostics, typed attribute getters, axis normalisation, the broadcasting rule,
//! and small constant-folding utilities.
//!
//! Every check returns a `Diagnostic` at the op's location whose message starts with
//! `'nn.xxx' op`, like MLIR's `emitOpError`, so tests can match on substrings.
use ir::{Attribute, DiagResult, Diagnostic, Module, OpId, Type};
use std::fmt;

/// Declares the `verify` and `infer` hooks of a family from one checking function
/// `fn(&OpView) -> DiagResult<Type>`. Sharing the function means the two hooks can
/// never disagree, and `infer` stays safe to call on an unverified op.
macro_rules! hooks {
    ($check:path => $verify:ident, $infer:ident) => {
        fn $verify(m: &ir::Module, op: ir::OpId) -> ir::DiagResult<()> {
            $check(&$crate::helpers::OpView::new(m, op)).map(|_| ())
        }
        fn $infer(m: &ir::Module, op: ir::OpId) -> ir::DiagResult<Vec<ir::Type>> {
            $check(&$crate::helpers::OpView::new(m, op)).map(|t| vec![t])
        }
    };
}
pub(crate) use hooks;

/// Which element types an operand accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Elem {
    /// f32 (required by the spec), f16, bf16.
    Float,
    /// i32, i64.
    Int,
    /// Float or Int.
    Numeric,
    /// i1 only.
    Bool,
    /// Anything the dialect supports: Numeric or i1.
    Any,
}

impl Elem {
    fn accepts(self, t: &Type) -> bool {
        let float = is_float(t);
        let int = matches!(
            t,
            Type::Integer {
                width: 32 | 64,
                signedness: ir::types::Signedness::Signless
            }
        );
        let bool_ = matches!(
            t,
            Type::Integer {
                width: 1,
                signedness: ir::types::Signedness::Signless
            }
        );
        match self {
            Elem::Float => float,
            Elem::Int => int,
            Elem::Numeric => float || int,
            Elem::Bool => bool_,
            Elem::Any => float || int || bool_,
        }
    }
    fn describe(self) -> &'static str {
        match self {
            Elem::Float => "float (f32, f16, bf16)",
            Elem::Int => "integer (i32, i64)",
            Elem::Numeric => "float or integer (f32, f16, bf16, i32, i64)",
            Elem::Bool => "i1",
            Elem::Any => "f32, f16, bf16, i1, i32 or i64",
        }
    }
}

/// True for the float element types the dialect accepts.
pub(crate) fn is_float(t: &Type) -> bool {
    use ir::types::FloatKind;
    matches!(
        t,
        Type::Float(FloatKind::F32 | FloatKind::F16 | FloatKind::BF16)
    )
}

/// A static, ranked tensor operand or result, already checked.
#[derive(Clone, Debug)]
pub(crate) struct Tensor {
    pub ty: Type,
    pub shape: Vec<i64>,
    pub elem: Type,
}

impl Tensor {
    pub fn rank(&self) -> usize {
        self.shape.len()
    }
    pub fn num_elements(&self) -> u64 {
        // Checked when the tensor was built, so this cannot overflow.
        self.shape.iter().map(|&d| d as u64).product()
    }
}

/// Formats an integer list as `[1, 2]` for messages.
pub(crate) struct List<'a>(pub &'a [i64]);
impl fmt::Display for List<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{v}")?;
        }
        write!(f, "]")
    }
}

/// One op seen by a checking function.
pub(crate) struct OpView<'a> {
    pub m: &'a Module,
    pub op: OpId,
}

impl<'a> OpView<'a> {
    pub fn new(m: &'a Module, op: OpId) -> Self {
        OpView { m, op }
    }

    pub fn name(&self) -> &str {
        self.m.name(self.op)
    }

    /// An error at the op: `'nn.xxx' op MESSAGE`.
    pub fn err(&self, msg: impl fmt::Display) -> Diagnostic {
        Diagnostic::error(
            self.m.op(self.op).loc.clone(),
            format!("'{}' op {msg}", self.name()),
        )
    }

    pub fn num_operands(&self) -> usize {
        self.m.op(self.op).operands.len()
    }

    /// Checks the operand count is within `min..=max`.
    pub fn operands(&self, min: usize, max: usize) -> DiagResult<()> {
        let n = self.num_operands();
        if n >= min && n <= max {
            return Ok(());
        }
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        Err(if min == max {
            self.err(format!("expects {min} operand{}, got {n}", plural(min)))
        } else if max == usize::MAX {
            self.err(format!(
                "expects at least {min} operand{}, got {n}",
                plural(min)
            ))
        } else {
            self.err(format!("expects {min} to {max} operands, got {n}"))
        })
    }

    /// Checks the op has exactly one result; every `nn` op has one.
    pub fn one_result(&self) -> DiagResult<()> {
        let n = self.m.op(self.op).results.len();
        if n == 1 {
            Ok(())
        } else {
            Err(self.err(format!("expects 1 result, got {n}")))
        }
    }

    /// Operand `i` as a static ranked tensor of an accepted element type whose byte
    /// size fits in `u64`.
    pub fn tensor(&self, i: usize, elem: Elem) -> DiagResult<Tensor> {
        let v = self.m.op(self.op).operands[i];
        self.check_tensor(&format!("operand #{i}"), self.m.value_type(v), elem)
    }

    /// The (single) result as written, for ops whose result type the user gives.
    pub fn result(&self, elem: Elem) -> DiagResult<Tensor> {
        self.one_result()?;
        let v = self.m.op(self.op).results[0];
        self.check_tensor("result", self.m.value_type(v), elem)
    }

    fn check_tensor(&self, what: &str, ty: &Type, elem: Elem) -> DiagResult<Tensor> {
        let Some(shape) = ty.shape().filter(|_| matches!(ty, Type::Tensor { .. })) else {
            return Err(self.err(format!("{what} must be a ranked tensor, got {ty}")));
        };
        if !ty.is_static_tensor() {
            return Err(self.err(format!("{what} must have a static shape, got {ty}")));
        }
        let element = ty.element().cloned().unwrap_or(Type::None);
        if !Elem::Any.accepts(&element) {
            return Err(self.err(format!(
                "{what} element type {element} is not supported (expected {})",
                Elem::Any.describe()
            )));
        }
        if !elem.accepts(&element) {
            return Err(self.err(format!(
                "{what} must be a tensor of {} values, got {ty}",
                elem.describe()
            )));
        }
        if ty.byte_size().is_none() {
            return Err(self.err(format!(
                "{what} type {ty} has a byte size that overflows u64"
            )));
        }
        Ok(Tensor {
            ty: ty.clone(),
            shape: shape.to_vec(),
            elem: element,
        })
    }

    /// Checks operands `i` and `j` have the same element type.
    pub fn same_elem(&self, i: usize, a: &Tensor, j: usize, b: &Tensor) -> DiagResult<()> {
        if a.elem == b.elem {
            Ok(())
        } else {
            Err(self.err(format!(
                "operands #{i} and #{j} must have the same element type, got {} and {}",
                a.elem, b.elem
            )))
        }
    }

    /// Builds an inferred result type, rejecting one whose byte size overflows `u64`.
    pub fn make_result(&self, shape: Vec<i64>, elem: Type) -> DiagResult<Type> {
        let ty = Type::tensor(&shape, elem);
        if ty.byte_size().is_none() {
            return Err(self.err(format!(
                "inferred result type {ty} has a byte size that overflows u64"
            )));
        }
        Ok(ty)
    }

    // ----- attributes -------------------------------------------------------------

    pub fn attr(&self, name: &str) -> Option<&Attribute> {
        self.m.attr(self.op, name)
    }

    fn missing(&self, name: &str) -> Diagnostic {
        self.err(format!("requires attribute '{name}'"))
    }

    /// An optional integer attribute.
    pub fn int(&self, name: &str) -> DiagResult<Option<i64>> {
        match self.attr(name) {
            None => Ok(None),
            Some(a @ Attribute::Integer { .. }) => a
                .as_int()
                .and_then(|v| i64::try_from(v).ok())
                .map(Some)
                .ok_or_else(|| self.err(format!("attribute '{name}' does not fit in i64"))),
            Some(a) => Err(self.err(format!("attribute '{name}' must be an integer, got {a}"))),
        }
    }
    pub fn req_int(&self, name: &str) -> DiagResult<i64> {
        self.int(name)?.ok_or_else(|| self.missing(name))
    }

    /// An optional integer list (`[1, 2]` or `array<i64: 1, 2>`).
    pub fn ints(&self, name: &str) -> DiagResult<Option<Vec<i64>>> {
        match self.attr(name) {
            None => Ok(None),
            Some(a) => a.as_int_list().map(Some).ok_or_else(|| {
                self.err(format!(
                    "attribute '{name}' must be a list of integers, got {a}"
                ))
            }),
        }
    }
    pub fn req_ints(&self, name: &str) -> DiagResult<Vec<i64>> {
        self.ints(name)?.ok_or_else(|| self.missing(name))
    }
    /// An optional integer list that must have `len` entries.
    pub fn ints_len(&self, name: &str, len: usize) -> DiagResult<Option<Vec<i64>>> {
        let v = self.ints(name)?;
        if let Some(v) = &v {
            if v.len() != len {
                return Err(self.err(format!(
                    "attribute '{name}' must have {len} entries, got {}",
                    v.len()
                )));
            }
        }
        Ok(v)
    }

    /// An optional float attribute (an integer literal is accepted too).
    pub fn float(&self, name: &str) -> DiagResult<Option<f64>> {
        match self.attr(name) {
            None => Ok(None),
            Some(a) => a
                .as_float()
                .map(Some)
                .ok_or_else(|| self.err(format!("attribute '{name}' must be a float, got {a}"))),
        }
    }

    /// An optional boolean attribute.
    pub fn bool(&self, name: &str) -> DiagResult<Option<bool>> {
        match self.attr(name) {
            None => Ok(None),
            Some(a) => a
                .as_bool()
                .map(Some)
                .ok_or_else(|| self.err(format!("attribute '{name}' must be a bool, got {a}"))),
        }
    }

    /// An optional string attribute that must be one of `allowed`.
    pub fn choice(&self, name: &str, allowed: &[&str]) -> DiagResult<Option<String>> {
        let Some(a) = self.attr(name) else {
            return Ok(None);
        };
        let quoted: Vec<String> = allowed.iter().map(|s| format!("\"{s}\"")).collect();
        match a.as_str() {
            Some(s) if allowed.contains(&s) => Ok(Some(s.to_string())),
            _ => Err(self.err(format!(
                "attribute '{name}' must be one of {}, got {a}",
                quoted.join(", ")
            ))),
        }
    }

    /// Normalises a possibly negative axis written in attribute `name` against `rank`.
    pub fn axis(&self, name: &str, axis: i64, rank: usize) -> DiagResult<usize> {
        let r = rank as i64;
        if (-r..r).contains(&axis) {
            Ok(if axis < 0 { axis + r } else { axis } as usize)
        } else if rank == 0 {
            Err(self.err(format!(
                "attribute '{name}' value {axis} is out of range: the tensor has rank 0"
            )))
        } else {
            Err(self.err(format!(
                "attribute '{name}' value {axis} is out of range for rank {rank} (expected a value in [{}, {}])",
                -r,
                r - 1
            )))
        }
    }

    /// Normalises a list of axes, rejecting repeats.
    pub fn axes(&self, name: &str, axes: &[i64], rank: usize) -> DiagResult<Vec<usize>> {
        let mut out = Vec::with_capacity(axes.len());
        for &a in axes {
            let n = self.axis(name, a, rank)?;
            if out.contains(&n) {
                return Err(self.err(format!(
                    "attribute '{name}' {} names dimension {n} more than once",
                    List(axes)
                )));
            }
            out.push(n);
        }
        Ok(out)
    }

    /// A positive integer attribute (sizes, groups, scales).
    pub fn positive(&self, name: &str, value: i64) -> DiagResult<i64> {
        if value > 0 {
            Ok(value)
        } else {
            Err(self.err(format!("attribute '{name}' must be positive, got {value}")))
        }
    }
    /// Every entry of a list attribute must be positive.
    pub fn all_positive(&self, name: &str, values: &[i64]) -> DiagResult<()> {
        if values.iter().all(|&v| v > 0) {
            Ok(())
        } else {
            Err(self.err(format!(
                "attribute '{name}' {} must be all positive",
                List(values)
            )))
        }
    }
    /// Every entry of a list attribute must be non-negative.
    pub fn all_non_negative(&self, name: &str, values: &[i64]) -> DiagResult<()> {
        if values.iter().all(|&v| v >= 0) {
            Ok(())
        } else {
            Err(self.err(format!(
                "attribute '{name}' {} must not be negative",
                List(values)
            )))
        }
    }
}

/// Numpy broadcasting of two shapes, aligned from the right; `None` if incompatible.
pub(crate) fn broadcast_shapes(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let rank = a.len().max(b.len());
    let mut out = vec![0; rank];
    for (i, slot) in out.iter_mut().enumerate() {
        // Dimension `i` counted from the right; a missing dimension acts as 1.
        let from_right = rank - 1 - i;
        let da = if from_right < a.len() {
            a[a.len() - 1 - from_right]
        } else {
            1
        };
        let db = if from_right < b.len() {
            b[b.len() - 1 - from_right]
        } else {
            1
        };
        *slot = match (da, db) {
            (x, y) if x == y => x,
            (1, y) => y,
            (x, 1) => x,
            _ => return None,
        };
    }
    Some(out)
}

/// For each element of `out` (row-major), the index of the element of `input` it reads
/// under numpy broadcasting. `input` must broadcast to `out`.
pub(crate) fn broadcast_index_map(input: &[i64], out: &[i64]) -> Vec<usize> {
    let count: usize = out.iter().map(|&d| d as usize).product();
    let offset = out.len() - input.len();
    // Row-major strides of the input, zero where it is broadcast.
    let mut strides = vec![0usize; out.len()];
    let mut s = 1usize;
    for i in (0..input.len()).rev() {
        strides[offset + i] = if input[i] == 1 { 0 } else { s };
        s *= input[i] as usize;
    }
    (0..count)
        .map(|mut linear| {
            let mut idx = 0;
            for d in (0..out.len()).rev() {
                let n = out[d] as usize;
                idx += (linear % n) * strides[d];
                linear /= n;
            }
            idx
        })
        .collect()
}

/// Largest result, in elements, that constant folding materialises: folding bigger
/// tensors would bloat the IR with literals for little gain.
pub(crate) const FOLD_LIMIT: u64 = 1024;

/// The values of `v` if it is the result of an `nn.constant` with an f32 dense value.
pub(crate) fn constant_f32_values(m: &Module, v: ir::ValueId) -> Option<Vec<f64>> {
    let def = m.defining_op(v)?;
    if m.name(def) != "nn.constant" {
        return None;
    }
    let Some(Attribute::Dense { ty, data }) = m.attr(def, "value") else {
        return None;
    };
    let elem = ty.element()?;
    if *elem != Type::f32() || ty != m.value_type(v) {
        return None;
    }
    let count = usize::try_from(ty.num_elements()?).ok()?;
    if count as u64 > FOLD_LIMIT {
        return None;
    }
    data.values_f64(elem, count)
}

/// Inserts `%c = "nn.constant"() {value = dense<values> : ty}` right before `op` and
/// returns its result. Values are rounded to f32; an all-equal tensor becomes a splat.
pub(crate) fn insert_f32_constant(
    m: &mut Module,
    op: OpId,
    ty: Type,
    values: &[f64],
) -> ir::ValueId {
    let rounded = values
        .iter()
        .map(|&v| ir::Scalar::Float(f64::from(v as f32)))
        .collect();
    crate::constant::insert_constant(m, op, ty, rounded)
}

/// Bytes of a value's type, 0 if unknown; for cost models.
pub(crate) fn bytes_of(m: &Module, v: ir::ValueId) -> u64 {
    m.value_type(v).byte_size().unwrap_or(0)
}

/// Reads and written bytes of an op: all operands and all results.
pub(crate) fn traffic(m: &Module, op: OpId) -> (u64, u64) {
    let d = m.op(op);
    let read = d
        .operands
        .iter()
        .fold(0u64, |a, &v| a.saturating_add(bytes_of(m, v)));
    let written = d
        .results
        .iter()
        .fold(0u64, |a, &v| a.saturating_add(bytes_of(m, v)));
    (read, written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcast_aligns_from_the_right() {
        assert_eq!(broadcast_shapes(&[2, 1, 4], &[3, 1]), Some(vec![2, 3, 4]));
        assert_eq!(broadcast_shapes(&[], &[5]), Some(vec![5]));
        assert_eq!(broadcast_shapes(&[2], &[3]), None);
    }

    #[test]
    fn broadcast_index_map_repeats_rows_and_columns() {
        assert_eq!(broadcast_index_map(&[3], &[2, 3]), vec![0, 1, 2, 0, 1, 2]);
        assert_eq!(
            broadcast_index_map(&[2, 1], &[2, 3]),
            vec![0, 0, 0, 1, 1, 1]
        );
        assert_eq!(broadcast_index_map(&[], &[2]), vec![0, 0]);
    }
}
