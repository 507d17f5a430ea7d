//! Data movement: `broadcast_in_dim`, `reshape`, `transpose`, `concatenate`, `slice`,
//! `dynamic_slice`, `dynamic_update_slice`, `pad`, `gather`.
//!
//! Pretty forms: `stablehlo.broadcast_in_dim %x, dims = [0] : (t) -> r`,
//! `stablehlo.transpose %x, dims = [1, 0] : (t) -> r`, `stablehlo.reshape %x : (t) -> r`,
//! `stablehlo.concatenate %a, %b, dim = 1 : (ta, tb) -> r`,
//! `stablehlo.slice %x [0:8, 2:4:1] : (t) -> r`,
//! `stablehlo.dynamic_slice %x, %i, %j, sizes = [1, 4] : (...) -> r`,
//! `stablehlo.pad %x, %v, low = [0], high = [1], interior = [0] : (t, tv) -> r`.
//! `gather` has no pretty form; JAX prints it generically.
use crate::assembly as asm;
use crate::attrs::{op_ints, GatherDims};
use crate::check::Check;
use ir::asm::AsmParser;
use ir::{
    inventory, AsmPrinter, Attribute, CustomAssembly, DiagResult, Module, NamedAttribute, OpDef,
    OpId, OperationState, Type,
};
use std::fmt;

/// A `keyword = value` field of a pretty form and the attribute it spells.
#[derive(Clone, Copy)]
enum Field {
    /// `keyword = [1, 2]`, stored as `array<i64: ...>`.
    Ints(&'static str, &'static str),
    /// `keyword = 1`, stored as an i64 integer.
    Int(&'static str, &'static str),
}

/// `name %operands, field = value, ... {attrs} : (types) -> type`.
struct Fields(&'static [Field]);

impl CustomAssembly for Fields {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let operands = asm::operands(p)?;
        let mut props = Vec::new();
        for (i, field) in self.0.iter().enumerate() {
            if i > 0 {
                p.parse_punct(",")?;
            }
            match *field {
                Field::Ints(kw, attr) => {
                    asm::keyword(p, kw)?;
                    let v = asm::int_list(p)?;
                    props.push(NamedAttribute::new(attr, Attribute::i64_array(&v)));
                }
                Field::Int(kw, attr) => {
                    asm::keyword(p, kw)?;
                    let v = asm::integer(p)?;
                    props.push(NamedAttribute::new(attr, Attribute::i64(v)));
                }
            }
        }
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write(&format!("{} ", m.name(op)));
        asm::print_operands(p, op);
        let mut elided = Vec::new();
        for field in self.0 {
            match *field {
                Field::Ints(kw, attr) => {
                    p.write(&format!(", {kw} = "));
                    asm::print_list(p, &op_ints(m, op, attr).unwrap_or_default());
                    elided.push(attr);
                }
                Field::Int(kw, attr) => {
                    let v = crate::attrs::op_int(m, op, attr).unwrap_or(0);
                    p.write(&format!(", {kw} = {v}"));
                    elided.push(attr);
                }
            }
        }
        asm::print_other_attrs(p, op, &elided);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

/// `stablehlo.slice %x [0:8, 2:4:2] : (t) -> r`.
struct SliceAssembly;

impl CustomAssembly for SliceAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let operands = asm::operands(p)?;
        let (mut start, mut limit, mut stride) = (vec![], vec![], vec![]);
        p.parse_punct("[")?;
        if !p.parse_optional_punct("]") {
            loop {
                start.push(asm::integer(p)?);
                p.parse_punct(":")?;
                limit.push(asm::integer(p)?);
                stride.push(if p.parse_optional_punct(":") {
                    asm::integer(p)?
                } else {
                    1
                });
                if p.parse_optional_punct("]") {
                    break;
                }
                p.parse_punct(",")?;
            }
        }
        let props = vec![
            NamedAttribute::new("start_indices", Attribute::i64_array(&start)),
            NamedAttribute::new("limit_indices", Attribute::i64_array(&limit)),
            NamedAttribute::new("strides", Attribute::i64_array(&stride)),
        ];
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("stablehlo.slice ");
        asm::print_operands(p, op);
        let start = op_ints(m, op, "start_indices").unwrap_or_default();
        let limit = op_ints(m, op, "limit_indices").unwrap_or_default();
        let stride = op_ints(m, op, "strides").unwrap_or_default();
        let items: Vec<String> = (0..start.len())
            .map(|i| {
                let (s, l) = (start[i], limit.get(i).copied().unwrap_or(0));
                match stride.get(i) {
                    Some(&k) if k != 1 => format!("{s}:{l}:{k}"),
                    _ => format!("{s}:{l}"),
                }
            })
            .collect();
        p.write(&format!(" [{}]", items.join(", ")));
        asm::print_other_attrs(p, op, &["start_indices", "limit_indices", "strides"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

// ----- verification -------------------------------------------------------------------

fn verify_broadcast_in_dim(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 1)?;
    let (xe, xs) = c.operand(0)?;
    let (re, rs) = c.result(0)?;
    let dims = c.ints("broadcast_dimensions")?;
    if dims.len() != xs.len() {
        return Err(c.err(format!(
            "broadcast_dimensions has {} entries, but the operand has rank {}",
            dims.len(),
            xs.len()
        )));
    }
    let dims = c.distinct_dims("broadcast dimension", &dims, rs.len())?;
    for (i, &d) in dims.iter().enumerate() {
        if xs[i] != 1 && xs[i] != rs[d] {
            return Err(c.err(format!(
                "operand dimension {i} has size {}, which is neither 1 nor result dimension {d}'s size {}",
                xs[i], rs[d]
            )));
        }
    }
    if xe != re {
        return Err(c.err("result element type must equal the operand's"));
    }
    Ok(())
}

fn verify_reshape(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 1)?;
    let (xe, xs) = c.operand(0)?;
    let (re, rs) = c.result(0)?;
    if xe != re || xs.iter().product::<i64>() != rs.iter().product::<i64>() {
        return Err(c.err(format!(
            "result type '{}' must have the operand's element type and element count ('{}')",
            m.result_types(op)[0],
            m.operand_types(op)[0]
        )));
    }
    Ok(())
}

fn verify_transpose(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 1)?;
    let (xe, xs) = c.operand(0)?;
    let perm = c.ints("permutation")?;
    if perm.len() != xs.len() {
        return Err(c.err("permutation must have one entry per operand dimension"));
    }
    let perm = c.distinct_dims("permutation entry", &perm, xs.len())?;
    let shape: Vec<i64> = perm.iter().map(|&d| xs[d]).collect();
    c.result_is(&Type::tensor(&shape, xe.clone()))
}

fn verify_concatenate(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, usize::MAX, 1)?;
    let (e0, s0) = c.operand(0)?;
    let dim = c.dim("dimension", c.int("dimension")?, s0.len())?;
    let mut shape = s0.to_vec();
    for i in 1..m.op(op).operands.len() {
        let (e, s) = c.operand(i)?;
        let same_others = s.len() == s0.len() && (0..s.len()).all(|d| d == dim || s[d] == s0[d]);
        if e != e0 || !same_others {
            return Err(c.err(format!(
                "operand #{i} must match operand #0 in element type and in every dimension but {dim}"
            )));
        }
        shape[dim] += s[dim];
    }
    c.result_is(&Type::tensor(&shape, e0.clone()))
}

fn verify_slice(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 1)?;
    let (xe, xs) = c.operand(0)?;
    let start = c.ints("start_indices")?;
    let limit = c.ints("limit_indices")?;
    let strides = c.ints("strides")?;
    if start.len() != xs.len() || limit.len() != xs.len() || strides.len() != xs.len() {
        return Err(c.err("start_indices, limit_indices and strides need one entry per dimension"));
    }
    let mut shape = Vec::with_capacity(xs.len());
    for d in 0..xs.len() {
        if start[d] < 0 || start[d] > limit[d] || limit[d] > xs[d] || strides[d] < 1 {
            return Err(c.err(format!(
                "dimension {d}: slice {}:{}:{} is not within 0..{}",
                start[d], limit[d], strides[d], xs[d]
            )));
        }
        shape.push((limit[d] - start[d] + strides[d] - 1) / strides[d]);
    }
    c.result_is(&Type::tensor(&shape, xe.clone()))
}

fn verify_dynamic_slice(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, usize::MAX, 1)?;
    let (xe, xs) = c.operand(0)?;
    let sizes = c.ints("slice_sizes")?;
    if m.op(op).operands.len() != xs.len() + 1 || sizes.len() != xs.len() {
        return Err(c.err("expects one start index operand and one slice size per dimension"));
    }
    for i in 1..=xs.len() {
        let (e, s) = c.operand(i)?;
        if !s.is_empty() || !e.is_integer() {
            return Err(c.err(format!("start index #{i} must be an integer scalar")));
        }
    }
    if sizes.iter().zip(xs).any(|(&k, &n)| k < 0 || k > n) {
        return Err(c.err("slice_sizes must be within the operand's shape"));
    }
    c.result_is(&Type::tensor(&sizes, xe.clone()))
}

fn verify_dynamic_update_slice(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, usize::MAX, 1)?;
    let (xe, xs) = c.operand(0)?;
    let (ue, us) = c.operand(1)?;
    if m.op(op).operands.len() != xs.len() + 2 || us.len() != xs.len() || ue != xe {
        return Err(c.err(
            "expects an update of the operand's rank and element type, and one start index per dimension",
        ));
    }
    if us.iter().zip(xs).any(|(&u, &n)| u > n) {
        return Err(c.err("the update is larger than the operand"));
    }
    c.result_is(&m.operand_types(op)[0])
}

fn verify_pad(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, 2, 1)?;
    let (xe, xs) = c.operand(0)?;
    let (ve, vs) = c.operand(1)?;
    if ve != xe || !vs.is_empty() {
        return Err(c.err("the padding value must be a scalar of the operand's element type"));
    }
    let low = c.ints("edge_padding_low")?;
    let high = c.ints("edge_padding_high")?;
    let interior = c.ints("interior_padding")?;
    if low.len() != xs.len() || high.len() != xs.len() || interior.len() != xs.len() {
        return Err(c.err("padding lists need one entry per dimension"));
    }
    let mut shape = Vec::new();
    for d in 0..xs.len() {
        if interior[d] < 0 {
            return Err(c.err("interior padding must be non-negative"));
        }
        let n = xs[d] + low[d] + high[d] + (xs[d] - 1).max(0) * interior[d];
        if n < 0 {
            return Err(c.err(format!("dimension {d} would have negative size {n}")));
        }
        shape.push(n);
    }
    c.result_is(&Type::tensor(&shape, xe.clone()))
}

/// `dynamic_iota` (torch-mlir writes it with a constant shape operand): the result
/// type must be static; the shape operand is a rank-1 integer tensor.
fn verify_dynamic_iota(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 1)?;
    let (e, s) = c.operand(0)?;
    let (_, rs) = c.result(0)?;
    if !e.is_integer() || s != [rs.len() as i64] {
        return Err(c.err("the output shape operand must be a rank-1 integer tensor with one entry per result dimension"));
    }
    let dim = c.int("iota_dimension")?;
    c.dim("iota_dimension", dim, rs.len())?;
    Ok(())
}

fn verify_gather(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, 2, 1)?;
    let (_, xs) = c.operand(0)?;
    let (ie, _) = c.operand(1)?;
    c.result(0)?;
    if !ie.is_integer() {
        return Err(c.err("start indices must be integers"));
    }
    let dims = m
        .attr(op, "dimension_numbers")
        .and_then(GatherDims::read)
        .ok_or_else(|| c.err("requires 'dimension_numbers = #stablehlo.gather<...>'"))?;
    let sizes = c.ints("slice_sizes")?;
    if sizes.len() != xs.len() {
        return Err(c.err("slice_sizes needs one entry per operand dimension"));
    }
    c.distinct_dims(
        "collapsed slice dimension",
        &dims.collapsed_slice_dims,
        xs.len(),
    )?;
    c.distinct_dims("start_index_map entry", &dims.start_index_map, xs.len())?;
    Ok(())
}

// ----- registration -------------------------------------------------------------------

inventory::submit! {
    OpDef {
        verify: Some(verify_broadcast_in_dim),
        assembly: Some(&Fields(&[Field::Ints("dims", "broadcast_dimensions")])),
        attributes: &[("broadcast_dimensions", true, "operand dimension i maps to result dimension broadcast_dimensions[i]")],
        ..OpDef::new("stablehlo.broadcast_in_dim", "Broadcast into a larger shape", "Operand dimensions of size 1 expand.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_reshape),
        assembly: Some(&Fields(&[])),
        ..OpDef::new("stablehlo.reshape", "Reshape", "Same elements in row-major order.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_transpose),
        assembly: Some(&Fields(&[Field::Ints("dims", "permutation")])),
        attributes: &[("permutation", true, "result dimension i is operand dimension permutation[i]")],
        ..OpDef::new("stablehlo.transpose", "Permute dimensions", "")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_concatenate),
        assembly: Some(&Fields(&[Field::Int("dim", "dimension")])),
        attributes: &[("dimension", true, "the dimension joined along")],
        ..OpDef::new("stablehlo.concatenate", "Join along a dimension", "")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_slice),
        assembly: Some(&SliceAssembly),
        attributes: &[
            ("start_indices", true, "first index per dimension"),
            ("limit_indices", true, "exclusive end per dimension"),
            ("strides", true, "step per dimension"),
        ],
        ..OpDef::new("stablehlo.slice", "Static strided slice", "")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_dynamic_slice),
        assembly: Some(&Fields(&[Field::Ints("sizes", "slice_sizes")])),
        attributes: &[("slice_sizes", true, "the result shape")],
        ..OpDef::new("stablehlo.dynamic_slice", "Slice at run-time start indices", "Start indices are clamped into range.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_dynamic_update_slice),
        assembly: Some(&Fields(&[])),
        ..OpDef::new("stablehlo.dynamic_update_slice", "Overwrite a slice at run-time start indices", "")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_pad),
        assembly: Some(&Fields(&[
            Field::Ints("low", "edge_padding_low"),
            Field::Ints("high", "edge_padding_high"),
            Field::Ints("interior", "interior_padding"),
        ])),
        attributes: &[
            ("edge_padding_low", true, "elements added before each dimension (negative: removed)"),
            ("edge_padding_high", true, "elements added after each dimension (negative: removed)"),
            ("interior_padding", true, "elements added between neighbours"),
        ],
        ..OpDef::new("stablehlo.pad", "Pad with a scalar value", "")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_gather),
        attributes: &[
            ("dimension_numbers", true, "#stablehlo.gather<offset_dims, collapsed_slice_dims, start_index_map, index_vector_dim, ...>"),
            ("slice_sizes", true, "the size of the slice gathered at each index"),
            ("indices_are_sorted", false, "a promise about the indices"),
        ],
        ..OpDef::new("stablehlo.gather", "Gather slices at run-time indices", "StableHLO gather semantics; start indices are clamped into range.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_dynamic_iota),
        assembly: Some(&Fields(&[Field::Int("dim", "iota_dimension")])),
        attributes: &[("iota_dimension", true, "the dimension whose index each element holds")],
        ..OpDef::new("stablehlo.dynamic_iota", "Indices along a dimension, shape given as an operand", "Only static result types are accepted.")
    }
}
