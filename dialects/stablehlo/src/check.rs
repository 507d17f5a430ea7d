//! Located checks shared by the op verifiers. Every message starts with
//! `'stablehlo.xxx' op`, like MLIR's `emitOpError`.
use ir::{DiagResult, Diagnostic, Module, OpId, Type};
use std::fmt;

/// One op under verification.
pub(crate) struct Check<'a> {
    pub m: &'a Module,
    pub op: OpId,
}

impl<'a> Check<'a> {
    pub fn new(m: &'a Module, op: OpId) -> Self {
        Check { m, op }
    }
    pub fn err(&self, msg: impl fmt::Display) -> Diagnostic {
        Diagnostic::error(
            self.m.op(self.op).loc.clone(),
            format!("'{}' op {msg}", self.m.name(self.op)),
        )
    }
    /// Operand count in `min..=max` and exactly `results` results.
    pub fn counts(&self, min: usize, max: usize, results: usize) -> DiagResult<()> {
        let n = self.m.op(self.op).operands.len();
        if n < min || n > max {
            let want = if min == max {
                format!("{min}")
            } else if max == usize::MAX {
                format!("at least {min}")
            } else {
                format!("{min} to {max}")
            };
            return Err(self.err(format!("expects {want} operands, but found {n}")));
        }
        let r = self.m.op(self.op).results.len();
        if r != results {
            return Err(self.err(format!("expects {results} results, but found {r}")));
        }
        Ok(())
    }
    /// The statically shaped tensor type of operand `i`.
    pub fn operand(&self, i: usize) -> DiagResult<(&'a Type, &'a [i64])> {
        let v = self.m.op(self.op).operands[i];
        self.static_tensor(self.m.value_type(v), &format!("operand #{i}"))
    }
    /// The statically shaped tensor type of result `i`.
    pub fn result(&self, i: usize) -> DiagResult<(&'a Type, &'a [i64])> {
        let v = self.m.op(self.op).results[i];
        self.static_tensor(self.m.value_type(v), &format!("result #{i}"))
    }
    fn static_tensor(&self, t: &'a Type, what: &str) -> DiagResult<(&'a Type, &'a [i64])> {
        if !t.is_static_tensor() {
            return Err(self.err(format!(
                "{what} must be a statically shaped tensor, but is '{t}'"
            )));
        }
        Ok((t.element().expect("a tensor"), t.shape().expect("a tensor")))
    }
    /// A required integer-list attribute.
    pub fn ints(&self, name: &str) -> DiagResult<Vec<i64>> {
        match self.m.attr(self.op, name) {
            None => Err(self.err(format!("requires attribute '{name}'"))),
            Some(a) => crate::attrs::int_list(a)
                .ok_or_else(|| self.err(format!("attribute '{name}' must be a list of integers"))),
        }
    }
    /// A required integer attribute.
    pub fn int(&self, name: &str) -> DiagResult<i64> {
        match self.m.attr(self.op, name) {
            None => Err(self.err(format!("requires attribute '{name}'"))),
            Some(a) => a
                .as_int()
                .and_then(|v| i64::try_from(v).ok())
                .ok_or_else(|| self.err(format!("attribute '{name}' must be an integer"))),
        }
    }
    /// `dim` is a dimension of a rank-`rank` tensor.
    pub fn dim(&self, what: &str, dim: i64, rank: usize) -> DiagResult<usize> {
        usize::try_from(dim)
            .ok()
            .filter(|&d| d < rank)
            .ok_or_else(|| self.err(format!("{what} {dim} is out of range for rank {rank}")))
    }
    /// Every value in `dims` is a distinct dimension of a rank-`rank` tensor.
    pub fn distinct_dims(&self, what: &str, dims: &[i64], rank: usize) -> DiagResult<Vec<usize>> {
        let mut seen = vec![false; rank];
        let mut out = Vec::with_capacity(dims.len());
        for &d in dims {
            let u = self.dim(what, d, rank)?;
            if std::mem::replace(&mut seen[u], true) {
                return Err(self.err(format!("{what} {d} appears twice")));
            }
            out.push(u);
        }
        Ok(out)
    }
    /// The result has type `want`.
    pub fn result_is(&self, want: &Type) -> DiagResult<()> {
        let got = self.m.value_type(self.m.op(self.op).results[0]);
        if got != want {
            return Err(self.err(format!(
                "inferred type '{want}' is incompatible with the result type '{got}'"
            )));
        }
        Ok(())
    }
}
