//! Reductions and their terminator: `reduce`, `reduce_window`, `return`.
//!
//! Pretty forms of `reduce`:
//! `stablehlo.reduce(%x init: %c) applies stablehlo.add across dimensions = [1] : (tx, tc) -> r`
//! when the body is one binary op, else the region form
//! `stablehlo.reduce(%x init: %c), (%y init: %d) across dimensions = [1] : (...) -> (...)
//!  reducer(%a: t, %b: t) (%c: u, %d: u) { ... stablehlo.return ... }`,
//! where each parenthesised pair is (accumulator, element) of one operand and the
//! body block's arguments are all accumulators, then all elements.
//! `reduce_window` is printed generically by every frontend.
use crate::assembly as asm;
use crate::check::Check;
use ir::asm::{Argument, AsmParser, UnresolvedOperand};
use ir::{
    inventory, AsmPrinter, Attribute, CustomAssembly, DiagResult, Location, Module, OpDef, OpId,
    OpTrait, OperationState, Type,
};
use std::fmt;

struct ReduceAssembly;

/// `(%x init: %c), (%y init: %d)`.
fn operand_pairs(
    p: &mut dyn AsmParser,
) -> DiagResult<(Vec<UnresolvedOperand>, Vec<UnresolvedOperand>)> {
    let (mut inputs, mut inits) = (vec![], vec![]);
    loop {
        p.parse_punct("(")?;
        inputs.push(
            p.parse_optional_operand()?
                .ok_or_else(|| p.error("expected the operand to reduce"))?,
        );
        if !p.parse_optional_keyword("init") {
            return Err(p.error("expected 'init:'"));
        }
        p.parse_punct(":")?;
        inits.push(
            p.parse_optional_operand()?
                .ok_or_else(|| p.error("expected the initial value"))?,
        );
        p.parse_punct(")")?;
        if !p.parse_optional_punct(",") {
            return Ok((inputs, inits));
        }
    }
}

/// A body that applies `op` to the accumulator and the element: `%r = op %a, %b;
/// return %r`.
fn applies_body(
    p: &mut dyn AsmParser,
    op: &str,
    scalars: &[Type],
    loc: &Location,
) -> Vec<ir::BlockId> {
    let m = p.module();
    let args: Vec<(Type, Location)> = scalars
        .iter()
        .chain(scalars)
        .map(|t| (t.clone(), loc.clone()))
        .collect();
    let block = m.create_block(&args);
    let values = m.block(block).args.clone();
    let n = scalars.len();
    let mut results = Vec::new();
    for i in 0..n {
        let apply = m.create_op(
            OperationState::new(op, loc.clone())
                .operands(&[values[i], values[n + i]])
                .results(&[scalars[i].clone()]),
        );
        m.append_op(block, apply);
        results.push(m.op(apply).results[0]);
    }
    let ret = m.create_op(OperationState::new("stablehlo.return", loc.clone()).operands(&results));
    m.append_op(block, ret);
    vec![block]
}

impl CustomAssembly for ReduceAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let (inputs, inits) = operand_pairs(p)?;
        let applies = if p.parse_optional_keyword("applies") {
            let at = p.current_location();
            let op = asm::identifier(p, "the op the reduction applies")?;
            if p.context().op_def(&op).is_none() {
                return Err(ir::err!(at, "unknown reduction op '{op}'"));
            }
            Some(op)
        } else {
            None
        };
        if !p.parse_optional_keyword("across") {
            return Err(p.error("expected 'across dimensions = [...]'"));
        }
        asm::keyword(p, "dimensions")?;
        let dims = asm::int_list(p)?;
        let attrs = p.parse_optional_attr_dict()?;
        let mut operands = inputs;
        operands.extend(inits);
        let sig = asm::signature(p, operands.len())?;
        let n = operands.len() / 2;
        let scalars: Vec<Type> = sig.inputs[n.min(sig.inputs.len())..]
            .iter()
            .map(|t| {
                t.element()
                    .map_or(t.clone(), |e| Type::tensor(&[], e.clone()))
            })
            .collect();
        let blocks = match applies {
            Some(op) => applies_body(p, &op, &scalars, &loc),
            None => {
                if !p.parse_optional_keyword("reducer") {
                    return Err(p.error("expected 'applies OP' or 'reducer(...) { ... }'"));
                }
                // Pairs (accumulator, element), one per operand.
                let (mut accs, mut elems) = (vec![], vec![]);
                for _ in 0..n {
                    p.parse_punct("(")?;
                    for list in [&mut accs, &mut elems] {
                        let mut a: Argument = p
                            .parse_optional_argument()?
                            .ok_or_else(|| p.error("expected a reducer argument"))?;
                        p.parse_punct(":")?;
                        let t = p.parse_type()?;
                        // With debug info each argument carries its location.
                        if let Some(loc) = p.parse_optional_location()? {
                            a.loc = loc;
                        }
                        list.push((a, t));
                        p.parse_optional_punct(",");
                    }
                    p.parse_punct(")")?;
                }
                accs.extend(elems);
                p.parse_region(&accs)?
            }
        };
        let props = vec![ir::NamedAttribute::new(
            "dimensions",
            Attribute::i64_array(&dims),
        )];
        Ok(asm::state(p, name, loc, &operands, sig, props, attrs)?.region(blocks))
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let operands = m.op(op).operands.clone();
        let n = operands.len() / 2;
        p.write("stablehlo.reduce");
        for i in 0..n {
            if i > 0 {
                p.write(",");
            }
            p.write("(");
            p.print_value(operands[i]);
            p.write(" init: ");
            p.print_value(operands[n + i]);
            p.write(")");
        }
        // Only a registered op can be read back from `applies NAME`.
        let applied = single_applied_op(m, op).filter(|name| p.context.op_def(name).is_some());
        if let Some(name) = applied {
            p.write(&format!(" applies {name}"));
        }
        let dims = crate::attrs::op_ints(m, op, "dimensions").unwrap_or_default();
        p.write(" across dimensions = ");
        asm::print_list(p, &dims);
        asm::print_other_attrs(p, op, &["dimensions"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        if applied.is_none() {
            if let Some(&region) = m.op(op).regions.first() {
                let args = m
                    .region(region)
                    .blocks
                    .first()
                    .map(|&b| m.block(b).args.clone())
                    .unwrap_or_default();
                p.newline();
                p.write(" reducer");
                let half = args.len() / 2;
                for i in 0..half {
                    p.write("(");
                    p.print_argument(args[i]);
                    p.write(", ");
                    p.print_argument(args[half + i]);
                    p.write(") ");
                }
                p.print_region(region, false)?;
            }
        }
        Ok(())
    }
}

/// The op name when the body is `%r = OP %acc, %elem; return %r` for one operand.
pub fn single_applied_op(m: &Module, op: OpId) -> Option<&str> {
    if m.op(op).operands.len() != 2 {
        return None;
    }
    let &region = m.op(op).regions.first()?;
    let &block = m.region(region).blocks.first()?;
    let args = &m.block(block).args;
    let ops: Vec<OpId> = m.block_ops(block).collect();
    let [apply, ret] = ops.as_slice() else {
        return None;
    };
    let a = m.op(*apply);
    let returns_it = m.name(*ret) == "stablehlo.return"
        && m.op(*ret).operands.as_slice() == [a.results.first().copied()?];
    let reads_args = args.len() == 2 && a.operands.as_slice() == [args[0], args[1]];
    // The short form spells only the op's name: nothing else may need printing.
    let plain = a.regions.is_empty() && a.attributes.is_empty() && a.properties.is_empty();
    let scalar = a.results.len() == 1 && m.value_type(a.results[0]).rank() == Some(0);
    (returns_it && reads_args && plain && scalar).then(|| m.name(*apply))
}

/// Reductions take N operands then their N initial values, and give N results.
fn operand_pairs_count(c: &Check) -> DiagResult<usize> {
    let total = c.m.op(c.op).operands.len();
    if total == 0 || !total.is_multiple_of(2) {
        return Err(c.err("expects pairs of operands and initial values"));
    }
    c.counts(total, total, total / 2)?;
    Ok(total / 2)
}

fn verify_reduce(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    let n = operand_pairs_count(&c)?;
    let (_, shape) = c.operand(0)?;
    let dims = c.ints("dimensions")?;
    let dims = c.distinct_dims("reduced dimension", &dims, shape.len())?;
    for i in 0..n {
        let (e, s) = c.operand(i)?;
        let (ie, is) = c.operand(n + i)?;
        if s != shape {
            return Err(c.err("all reduced operands must have the same shape"));
        }
        if !is.is_empty() || ie != e {
            return Err(c.err(format!(
                "initial value #{i} must be a scalar of its operand's element type"
            )));
        }
        let kept: Vec<i64> = (0..shape.len())
            .filter(|d| !dims.contains(d))
            .map(|d| shape[d])
            .collect();
        let want = Type::tensor(&kept, e.clone());
        let got = m.value_type(m.op(op).results[i]);
        if *got != want {
            return Err(c.err(format!("result #{i} must be '{want}', found '{got}'")));
        }
    }
    verify_body(&c, 2 * n, n)
}

/// The body: one block of `args` scalar arguments ending in a return of `results`.
fn verify_body(c: &Check, args: usize, results: usize) -> DiagResult<()> {
    let m = c.m;
    let block = m
        .op(c.op)
        .regions
        .first()
        .and_then(|&r| m.region(r).blocks.first().copied())
        .ok_or_else(|| c.err("requires a body region"))?;
    if m.block(block).args.len() != args {
        return Err(c.err(format!(
            "the body must take {args} arguments, but takes {}",
            m.block(block).args.len()
        )));
    }
    match m.last_op(block) {
        Some(t) if m.name(t) == "stablehlo.return" && m.op(t).operands.len() == results => Ok(()),
        _ => Err(c.err(format!(
            "the body must end in 'stablehlo.return' of {results} values"
        ))),
    }
}

fn verify_reduce_window(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    let n = operand_pairs_count(&c)?;
    let (_, shape) = c.operand(0)?;
    let rank = shape.len();
    let window = c.ints("window_dimensions")?;
    if window.len() != rank || window.iter().any(|&w| w < 1) {
        return Err(c.err("window_dimensions needs one positive entry per dimension"));
    }
    let mut lists = Vec::new();
    for name in ["window_strides", "base_dilations", "window_dilations"] {
        let v = match m.attr(op, name) {
            Some(_) => c.ints(name)?,
            None => vec![1; rank],
        };
        if v.len() != rank || v.iter().any(|&s| s < 1) {
            return Err(c.err(format!("'{name}' needs one positive entry per dimension")));
        }
        lists.push(v);
    }
    let padding = match m.attr(op, "padding") {
        Some(_) => c.ints("padding")?,
        None => vec![0; 2 * rank],
    };
    if padding.len() != 2 * rank {
        return Err(c.err("'padding' needs a [low, high] pair per dimension"));
    }
    let (strides, base, dilation) = (&lists[0], &lists[1], &lists[2]);
    // The result shape StableHLO defines: windows over the dilated, padded operand.
    let expected: Vec<i64> = (0..rank)
        .map(|d| {
            let padded = (shape[d] - 1).max(0) * base[d] + 1 + padding[2 * d] + padding[2 * d + 1];
            let extent = (window[d] - 1) * dilation[d] + 1;
            if shape[d] == 0 || padded < extent {
                0
            } else {
                (padded - extent) / strides[d] + 1
            }
        })
        .collect();
    for i in 0..n {
        let (_, got) = c.result(i)?;
        if got != expected.as_slice() {
            return Err(c.err(format!(
                "result #{i} has shape {got:?}, but the windows give {expected:?}"
            )));
        }
    }
    verify_body(&c, 2 * n, n)
}

inventory::submit! {
    OpDef {
        verify: Some(verify_reduce),
        assembly: Some(&ReduceAssembly),
        attributes: &[("dimensions", true, "the reduced dimensions")],
        ..OpDef::new("stablehlo.reduce", "Reduce dimensions with a body", "Operands: inputs, then their initial values; the body combines (accumulator, element).")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_reduce_window),
        attributes: &[
            ("window_dimensions", true, "window size per dimension"),
            ("window_strides", false, "stride per dimension"),
            ("base_dilations", false, "input dilation"),
            ("window_dilations", false, "window dilation"),
            ("padding", false, "dense<[[low, high], ...]>"),
        ],
        ..OpDef::new("stablehlo.reduce_window", "Reduce sliding windows with a body (pooling)", "")
    }
}
inventory::submit! {
    OpDef {
        traits: &[OpTrait::Terminator, OpTrait::ReturnLike, OpTrait::Pure],
        assembly: Some(&ir::asm::OperandsAndTypes),
        ..OpDef::new("stablehlo.return", "Returns values from a StableHLO body", "")
    }
}
