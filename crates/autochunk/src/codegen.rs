//! chunk-codegen: rewrites a legal region into a `chunk.for` loop.
//!
//! 1. The region's loop-invariant ops move before it (in order).
//! 2. A `chunk.for` is built before the first body op: its operands are the region's
//!    inputs (sliced along their chunk dimension, or whole), its results the region's
//!    outputs at full size.
//! 3. Each body op is cloned into the loop body with its chunked result dimensions
//!    set to the step. Attributes that spell out a chunked size follow it (a slice's
//!    limit, a constant's type). Non-splat constants cannot be sliced inside the
//!    loop: they move out and enter as sliced inputs. An op whose values depend on
//!    the absolute position along the chunk dimension (`nn.iota`) gets the chunk's
//!    offset added, so the body computes the same values as the whole program.
//!    Recomputed producers (`recompute`) are cloned the same way, first.
//! 4. The outputs' uses are redirected to the loop's results and the original body
//!    ops are erased, and so are recomputed producers no other op uses any more.
use crate::region::Region;
use chunk_dialect::{offset_type, with_dim, ChunkFor};
use ir::{Attribute, DenseElements, Location, Module, OpId, OperationState, Type, ValueId};
use rustc_hash::FxHashMap as HashMap;

/// Rewrites `region` (found on the current IR) into a loop with chunk size `step`.
/// Returns the loop op, or `None` when nothing but constants would be left to loop.
pub fn rewrite(m: &mut Module, region: &Region, step: i64) -> Option<OpId> {
    let mut region = region.clone();
    // Non-splat constants in the body become sliced inputs.
    let mut body = Vec::new();
    for &op in &region.body {
        if is_dense_constant(m, op) {
            region.invariant.push(op);
            let r = m.op(op).results[0];
            let d = region.dims[&r];
            // The constant is now an input of every body op that uses it.
            let pos = region.inputs.len();
            region.inputs.insert(pos, (r, Some(d)));
            region.outputs.retain(|&(v, _)| v != r);
        } else {
            body.push(op);
        }
    }
    region.body = body;
    let first = *region.body.first()?;
    for &op in &region.invariant {
        m.insert_before(first, op);
    }
    let loc = m.op(first).loc.clone();

    let spec = ChunkFor {
        extent: region.extent,
        step,
        operand_dims: region.inputs.iter().map(|&(_, d)| d).collect(),
        result_dims: region.outputs.iter().map(|&(_, d)| d).collect(),
    };
    let mut arg_types = vec![(offset_type(), loc.clone())];
    for &(v, d) in &region.inputs {
        let ty = m.value_type(v).clone();
        let ty = match d {
            Some(d) => with_dim(&ty, d, step * region.rows(v)).expect("chunked inputs are ranked"),
            None => ty,
        };
        arg_types.push((ty, loc.clone()));
    }
    let block = m.create_block(&arg_types);
    let args = m.block(block).args.clone();
    let offset = args[0];
    let mut map: HashMap<ValueId, ValueId> = region
        .inputs
        .iter()
        .map(|&(v, _)| v)
        .zip(args[1..].iter().copied())
        .collect();

    for &op in region.recomputed.iter().chain(&region.body) {
        let data = m.op(op).clone();
        let mut state = OperationState::new(&data.name, data.loc.clone());
        state.operands = data.operands.iter().map(|v| map[v]).collect();
        state.result_types =
            data.results
                .iter()
                .map(|r| {
                    let ty = m.value_type(*r).clone();
                    match region.dims.get(r) {
                        Some(&d) => with_dim(&ty, d, step * region.rows(*r))
                            .expect("chunked values are ranked"),
                        None => ty,
                    }
                })
                .collect();
        state.properties = data.properties.clone();
        state.attributes = data.attributes.clone();
        let chunk_dim = data
            .results
            .first()
            .and_then(|r| Some((*region.dims.get(r)?, region.rows(*r))));
        if let Some((d, rows)) = chunk_dim {
            adapt_attributes(&mut state, d, step * rows);
        }
        let new_op = m.create_op(state);
        m.append_op(block, new_op);
        let mut results = m.op(new_op).results.clone();
        if region.positional.contains(&op) {
            let shift = region.shifts.get(&op).copied().unwrap_or(0);
            results[0] = add_offset(m, block, results[0], offset, shift, &data.loc);
        }
        for (old, new) in data.results.iter().zip(results) {
            map.insert(*old, new);
        }
    }
    let yielded: Vec<ValueId> = region.outputs.iter().map(|(v, _)| map[v]).collect();
    let y = m.create_op(OperationState::new("chunk.yield", loc.clone()).operands(&yielded));
    m.append_op(block, y);

    let mut state = OperationState::new("chunk.for", loc)
        .operands(&region.inputs.iter().map(|&(v, _)| v).collect::<Vec<_>>())
        .results(
            &region
                .outputs
                .iter()
                .map(|&(v, _)| m.value_type(v).clone())
                .collect::<Vec<_>>(),
        )
        .region(vec![block]);
    for (name, value) in spec.attributes() {
        state = state.property(name, value);
    }
    let loop_op = m.create_op(state);
    m.insert_before(first, loop_op);
    let loop_results = m.op(loop_op).results.clone();
    for (&(v, _), &r) in region.outputs.iter().zip(&loop_results) {
        m.replace_all_uses(v, r);
    }
    for &op in region.body.iter().rev() {
        m.erase_op(op);
    }
    // Recomputed producers whose other users are gone die here.
    for &op in region.recomputed.iter().rev() {
        if m.op(op).results.iter().all(|&r| m.uses(r).is_empty()) {
            m.erase_op(op);
        }
    }
    Some(loop_op)
}

/// A constant whose value is not a splat cannot be recreated at chunk size.
pub(crate) fn is_dense_constant(m: &Module, op: OpId) -> bool {
    m.name(op) == "nn.constant"
        && matches!(m.attr(op, "value"), Some(Attribute::Dense { data, .. }) if !matches!(data, DenseElements::Splat(_)))
}

/// Attributes that spell out the size of the chunked dimension follow the step:
/// a full-range slice's limit, a splat constant's type.
fn adapt_attributes(state: &mut OperationState, dim: usize, step: i64) {
    for list in [&mut state.properties, &mut state.attributes] {
        for a in list.iter_mut() {
            match (state.name.as_str(), a.name.as_str(), &mut a.value) {
                ("nn.slice", "limit_indices", v) => {
                    if let Some(mut limits) = v.as_int_list() {
                        limits[dim] = step;
                        *v = Attribute::i64_array(&limits);
                    }
                }
                // A slice whose operand is recomputed at its start's shift reads
                // the whole chunk (a body slice along the chunk dim starts at 0).
                ("nn.slice", "start_indices", v) => {
                    if let Some(mut starts) = v.as_int_list() {
                        starts[dim] = 0;
                        *v = Attribute::i64_array(&starts);
                    }
                }
                ("nn.constant", "value", Attribute::Dense { ty, .. }) => {
                    if let Some(t) = with_dim(ty, dim, step) {
                        *ty = t;
                    }
                }
                _ => {}
            }
        }
    }
}

/// `value + offset + shift`, the offset converted to the value's element type;
/// `nn.add` broadcasts the rank-0 offset (no full-size `broadcast_in_dim`: one op of
/// the chunk's size less per iteration).
fn add_offset(
    m: &mut Module,
    block: ir::BlockId,
    value: ValueId,
    offset: ValueId,
    shift: i64,
    loc: &Location,
) -> ValueId {
    let ty = m.value_type(value).clone();
    let element = ty.element().cloned().unwrap_or(Type::i64());
    let scalar_ty = Type::tensor(&[], element.clone());
    let mut b = ir::Builder::at_end(m, block);
    b.loc = loc.clone();
    let mut scalar = b.op(
        "nn.convert",
        &[offset],
        &[],
        std::slice::from_ref(&scalar_ty),
    )[0];
    if shift != 0 {
        let literal = if element.is_float() {
            ir::Scalar::Float(shift as f64)
        } else {
            ir::Scalar::Int(i128::from(shift))
        };
        let value = Attribute::Dense {
            ty: scalar_ty.clone(),
            data: DenseElements::Splat(literal),
        };
        let c = b.op(
            "nn.constant",
            &[],
            &[("value", value)],
            std::slice::from_ref(&scalar_ty),
        )[0];
        scalar = b.op("nn.add", &[scalar, c], &[], &[scalar_ty])[0];
    }
    b.op("nn.add", &[value, scalar], &[], &[ty])[0]
}
