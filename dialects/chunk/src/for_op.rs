//! `chunk.for` and `chunk.yield`: definitions, verifiers and accessors.
use ir::{Attribute, DiagResult, Location, Module, OpDef, OpId, OpTrait, Type};

/// Type of the body's first argument, the current chunk's offset: `tensor<i64>`.
pub fn offset_type() -> Type {
    Type::tensor(&[], Type::i64())
}

/// The properties of a `chunk.for`, read and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkFor {
    pub extent: i64,
    pub step: i64,
    /// Per operand: the sliced dimension, or `None` when passed whole.
    pub operand_dims: Vec<Option<usize>>,
    /// Per result: the dimension yielded slices are written along.
    pub result_dims: Vec<usize>,
}

impl ChunkFor {
    /// Reads the properties of `op`; errors name the problem at the op.
    pub fn read(m: &Module, op: OpId) -> DiagResult<ChunkFor> {
        let loc = &m.op(op).loc;
        let int = |name: &str| -> DiagResult<i64> {
            m.attr(op, name)
                .and_then(Attribute::as_int)
                .and_then(|v| i64::try_from(v).ok())
                .ok_or_else(|| ir::err!(loc, "'chunk.for' op requires integer attribute '{name}'"))
        };
        let list = |name: &str| -> DiagResult<Vec<i64>> {
            m.attr(op, name)
                .and_then(Attribute::as_int_list)
                .ok_or_else(|| {
                    ir::err!(
                        loc,
                        "'chunk.for' op requires integer list attribute '{name}'"
                    )
                })
        };
        let extent = int("extent")?;
        let step = int("step")?;
        let operand_dims = list("operand_dims")?
            .into_iter()
            .map(|d| if d < 0 { None } else { Some(d as usize) })
            .collect();
        let result_dims = list("result_dims")?;
        if let Some(d) = result_dims.iter().find(|&&d| d < 0) {
            return Err(ir::err!(
                loc,
                "'chunk.for' op result dimension {d} is negative"
            ));
        }
        let result_dims = result_dims.into_iter().map(|d| d as usize).collect();
        Ok(ChunkFor {
            extent,
            step,
            operand_dims,
            result_dims,
        })
    }

    /// Attributes to build a `chunk.for` with.
    pub fn attributes(&self) -> Vec<(&'static str, Attribute)> {
        let dims: Vec<i64> = self
            .operand_dims
            .iter()
            .map(|d| d.map_or(-1, |d| d as i64))
            .collect();
        let results: Vec<i64> = self.result_dims.iter().map(|&d| d as i64).collect();
        vec![
            ("extent", Attribute::i64(self.extent)),
            ("step", Attribute::i64(self.step)),
            ("operand_dims", Attribute::i64_array(&dims)),
            ("result_dims", Attribute::i64_array(&results)),
        ]
    }

    /// Number of iterations.
    pub fn trip_count(&self) -> i64 {
        (self.extent + self.step - 1) / self.step
    }

    /// Offset of iteration `k` (the last one is shifted back to end at the extent).
    pub fn offset(&self, k: i64) -> i64 {
        (k * self.step).min(self.extent - self.step)
    }
}

/// Rows per unit of the extent of a value chunked along `dim`: its size there is a
/// multiple `k · extent` (1 for the common case), and chunk `[o, o + S)` is rows
/// `[k·o, k·(o + S))`. `None` if the size is not a positive multiple.
pub fn rows_per_unit(ty: &Type, dim: usize, extent: i64) -> Option<i64> {
    let size = *ty.shape()?.get(dim)?;
    (extent > 0 && size > 0 && size % extent == 0).then_some(size / extent)
}

/// `ty` with dimension `dim` set to `size`.
pub fn with_dim(ty: &Type, dim: usize, size: i64) -> Option<Type> {
    let mut shape = ty.shape()?.to_vec();
    *shape.get_mut(dim)? = size;
    Some(Type::tensor(&shape, ty.element()?.clone()))
}

/// Checks a chunked operand or result and returns its rows per unit of the extent.
fn check_chunked(
    loc: &Location,
    what: &str,
    ty: &Type,
    dim: usize,
    extent: i64,
) -> DiagResult<i64> {
    match ty.shape() {
        Some(shape) if dim < shape.len() => rows_per_unit(ty, dim, extent).ok_or_else(|| {
            ir::err!(loc, "'chunk.for' op {what} has size {} along its chunk dimension {dim}, expected a positive multiple of the extent {extent}", shape[dim])
        }),
        Some(shape) => Err(ir::err!(
            loc,
            "'chunk.for' op {what} chunk dimension {dim} is out of range for rank {}",
            shape.len()
        )),
        None => Err(ir::err!(
            loc,
            "'chunk.for' op {what} must be a ranked tensor, found '{ty}'"
        )),
    }
}

fn verify_for(m: &Module, op: OpId) -> DiagResult<()> {
    let data = m.op(op);
    let loc = &data.loc;
    let c = ChunkFor::read(m, op)?;
    if c.extent <= 0 {
        return Err(ir::err!(
            loc,
            "'chunk.for' op extent must be positive, got {}",
            c.extent
        ));
    }
    if c.step <= 0 || c.step > c.extent {
        return Err(ir::err!(
            loc,
            "'chunk.for' op step must be in [1, {}], got {}",
            c.extent,
            c.step
        ));
    }
    if c.operand_dims.len() != data.operands.len() {
        return Err(ir::err!(
            loc,
            "'chunk.for' op has {} operands but {} operand_dims",
            data.operands.len(),
            c.operand_dims.len()
        ));
    }
    if c.result_dims.len() != data.results.len() {
        return Err(ir::err!(
            loc,
            "'chunk.for' op has {} results but {} result_dims",
            data.results.len(),
            c.result_dims.len()
        ));
    }
    if data.regions.len() != 1 || m.region(data.regions[0]).blocks.len() != 1 {
        return Err(ir::err!(
            loc,
            "'chunk.for' op expects one region with one block"
        ));
    }
    let body = m.region(data.regions[0]).blocks[0];
    let args = &m.block(body).args;
    if args.len() != data.operands.len() + 1 {
        return Err(ir::err!(
            loc,
            "'chunk.for' op body takes {} arguments, expected the offset and one per operand ({})",
            args.len(),
            data.operands.len() + 1
        ));
    }
    if *m.value_type(args[0]) != offset_type() {
        return Err(ir::err!(
            loc,
            "'chunk.for' op body's first argument must be the offset, of type tensor<i64>"
        ));
    }
    for (i, (&v, dim)) in data.operands.iter().zip(&c.operand_dims).enumerate() {
        let ty = m.value_type(v);
        let expected = match dim {
            Some(d) => {
                let k = check_chunked(loc, &format!("operand #{i}"), ty, *d, c.extent)?;
                with_dim(ty, *d, c.step * k).expect("checked rank")
            }
            None => ty.clone(),
        };
        let actual = m.value_type(args[i + 1]);
        if *actual != expected {
            return Err(ir::err!(
                loc,
                "'chunk.for' op body argument #{} has type '{actual}', expected '{expected}'",
                i + 1
            ));
        }
    }
    let yield_op = m.last_op(body).filter(|&t| m.name(t) == "chunk.yield");
    let Some(yield_op) = yield_op else {
        return Err(ir::err!(
            loc,
            "'chunk.for' op body must end with 'chunk.yield'"
        ));
    };
    let yielded = m.operand_types(yield_op);
    if yielded.len() != data.results.len() {
        return Err(ir::err!(
            m.op(yield_op).loc,
            "'chunk.yield' op yields {} values, but the loop has {} results",
            yielded.len(),
            data.results.len()
        ));
    }
    for (i, ((&r, &dim), y)) in data
        .results
        .iter()
        .zip(&c.result_dims)
        .zip(&yielded)
        .enumerate()
    {
        let ty = m.value_type(r);
        let k = check_chunked(loc, &format!("result #{i}"), ty, dim, c.extent)?;
        let expected = with_dim(ty, dim, c.step * k).expect("checked rank");
        if *y != expected {
            return Err(ir::err!(m.op(yield_op).loc, "'chunk.yield' op value #{i} has type '{y}', expected '{expected}' (the result's slice)"));
        }
    }
    Ok(())
}

fn verify_yield(m: &Module, op: OpId) -> DiagResult<()> {
    match m.parent_op(op) {
        Some(p) if m.name(p) == "chunk.for" => Ok(()),
        _ => Err(ir::err!(
            m.op(op).loc,
            "'chunk.yield' op expects parent op 'chunk.for'"
        )),
    }
}

ir::inventory::submit! {
    OpDef {
        name: "chunk.for",
        summary: "Computes its body chunk by chunk along one dimension",
        description: "Slices the operands along their chunk dimensions (or passes them whole), runs the body on each chunk with its offset, and writes each yielded slice into the full-size result.",
        // Isolated: every outside value enters as an operand, so what the loop keeps
        // alive is explicit for memory planning and lowering.
        traits: &[OpTrait::Pure, OpTrait::IsolatedFromAbove],
        verify: Some(verify_for),
        infer: None,
        dim_flow: None,
        cost: None,
        fold: None,
        assembly: None,
        attributes: &[
            ("extent", true, "size N of the chunked dimension"),
            ("step", true, "chunk size S, 1 <= S <= N"),
            ("operand_dims", true, "per operand, its chunk dimension or -1 (passed whole)"),
            ("result_dims", true, "per result, the dimension slices are written along"),
        ],
    }
}

ir::inventory::submit! {
    OpDef {
        name: "chunk.yield",
        summary: "Yields the current chunk's result slices",
        description: "Terminates a chunk.for body; value i is written into result i at the current chunk.",
        traits: &[OpTrait::Terminator, OpTrait::ReturnLike, OpTrait::Pure],
        verify: Some(verify_yield),
        infer: Some(|_, _| Ok(vec![])),
        dim_flow: None,
        cost: None,
        fold: None,
        assembly: None,
        attributes: &[],
    }
}
