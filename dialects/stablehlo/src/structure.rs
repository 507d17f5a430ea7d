//! Ops with regions, calls into other code, or tuples: `while`, `case`, `sort`,
//! `scatter`, `composite`, `custom_call`, `optimization_barrier`.
//!
//! They are read and printed so that a module holding them is understood and its
//! errors are located; `convert-stablehlo-to-nn` lowers `composite` through its
//! decomposition and refuses the rest by name (`nn` has no loops or scatters).
//! Pretty forms: `stablehlo.while(%iterArg = %x) : tensor<i32> cond {...} do {...}`,
//! `stablehlo.composite "name" %a {decomposition = @f, ...} : (...) -> ...`,
//! `stablehlo.custom_call @target(%a) {...} : (...) -> ...`.
use crate::assembly as asm;
use crate::check::Check;
use ir::asm::{Argument, AsmParser};
use ir::{
    inventory, AsmPrinter, Attribute, CustomAssembly, DiagResult, Module, OpDef, OpId, OpTrait,
    OperationState, Type,
};
use std::fmt;

struct WhileAssembly;

impl CustomAssembly for WhileAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        p.parse_punct("(")?;
        let (mut args, mut operands) = (Vec::new(), Vec::new());
        if !p.parse_optional_punct(")") {
            loop {
                let a: Argument = p
                    .parse_optional_argument()?
                    .ok_or_else(|| p.error("expected '%iterArg = %value'"))?;
                p.parse_punct("=")?;
                operands.push(
                    p.parse_optional_operand()?
                        .ok_or_else(|| p.error("expected the initial value"))?,
                );
                args.push(a);
                if p.parse_optional_punct(")") {
                    break;
                }
                p.parse_punct(",")?;
            }
        }
        let mut types = Vec::new();
        if !operands.is_empty() {
            p.parse_punct(":")?;
            loop {
                types.push(p.parse_type()?);
                if !p.parse_optional_punct(",") {
                    break;
                }
            }
        }
        let attrs = p.parse_optional_attr_dict()?;
        let values = p.resolve_operands(&loc, &operands, &types)?;
        let entry: Vec<(Argument, Type)> = args.into_iter().zip(types.iter().cloned()).collect();
        if !p.parse_optional_keyword("cond") {
            return Err(p.error("expected 'cond'"));
        }
        let cond = p.parse_region(&entry)?;
        if !p.parse_optional_keyword("do") {
            return Err(p.error("expected 'do'"));
        }
        let body = p.parse_region(&entry)?;
        let mut s = OperationState::new(name, loc)
            .operands(&values)
            .results(&types)
            .region(cond)
            .region(body);
        s.attributes = attrs;
        Ok(s)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let operands = m.op(op).operands.clone();
        let regions = m.op(op).regions.clone();
        let args = regions
            .first()
            .and_then(|&r| m.region(r).blocks.first())
            .map(|&b| m.block(b).args.clone())
            .unwrap_or_default();
        p.write("stablehlo.while(");
        for (i, (&a, &v)) in args.iter().zip(&operands).enumerate() {
            if i > 0 {
                p.write(", ");
            }
            p.print_value(a);
            p.write(" = ");
            p.print_value(v);
        }
        p.write(")");
        if !operands.is_empty() {
            p.write(" : ");
            p.print_types(&m.operand_types(op));
        }
        asm::print_other_attrs(p, op, &[]);
        for (kw, r) in ["cond", "do"].iter().zip(&regions) {
            // Both regions' arguments carry the names the header declared.
            if let Some(&b) = m.region(*r).blocks.first() {
                for (&shadow, &like) in m.block(b).args.iter().zip(&args) {
                    p.shadow_value(shadow, like);
                }
            }
            p.newline();
            p.write(&format!(" {kw} "));
            p.print_region(*r, false)?;
        }
        Ok(())
    }
}

/// `stablehlo.custom_call @target(%a, %b) {attrs} : (...) -> ...`.
struct CustomCallAssembly;

impl CustomAssembly for CustomCallAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let target = p
            .parse_optional_symbol_name()?
            .ok_or_else(|| p.error("expected '@target'"))?;
        p.parse_punct("(")?;
        let operands = asm::operands(p)?;
        p.parse_punct(")")?;
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        let props = vec![ir::NamedAttribute::new(
            "call_target_name",
            Attribute::string(&target),
        )];
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let target = m
            .attr(op, "call_target_name")
            .and_then(Attribute::as_str)
            .unwrap_or("")
            .to_string();
        p.write("stablehlo.custom_call ");
        p.print_symbol_name(&target);
        p.write("(");
        asm::print_operands(p, op);
        p.write(")");
        asm::print_other_attrs(p, op, &["call_target_name"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

/// `stablehlo.composite "name" %a, %b {attrs} : (...) -> ...`.
struct CompositeAssembly;

impl CustomAssembly for CompositeAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let composite = p
            .parse_optional_string()?
            .ok_or_else(|| p.error("expected the composite's name as a string"))?;
        let operands = asm::operands(p)?;
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        let mut props = vec![ir::NamedAttribute::new(
            "name",
            Attribute::string(&composite),
        )];
        // The dictionary holds the properties in the pretty form.
        props.extend(attrs);
        asm::state(p, name, loc, &operands, sig, props, vec![])
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let composite = m
            .attr(op, "name")
            .and_then(Attribute::as_str)
            .unwrap_or("")
            .to_string();
        p.write("stablehlo.composite ");
        p.print_attribute(&Attribute::string(&composite));
        p.write(" ");
        asm::print_operands(p, op);
        asm::print_other_attrs(p, op, &["name"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

fn verify_composite(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    if m.attr(op, "name").and_then(Attribute::as_str).is_none() {
        return Err(c.err("requires a string attribute 'name'"));
    }
    if m.attr(op, "decomposition")
        .and_then(Attribute::as_symbol)
        .is_none()
    {
        return Err(c.err("requires 'decomposition = @function'"));
    }
    Ok(())
}

fn verify_custom_call(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    if m.attr(op, "call_target_name")
        .and_then(Attribute::as_str)
        .is_none()
    {
        return Err(c.err("requires a string attribute 'call_target_name'"));
    }
    Ok(())
}

fn verify_while(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    let n = m.op(op).operands.len();
    c.counts(n, n, n)?;
    if m.op(op).regions.len() != 2 {
        return Err(c.err("requires a cond and a body region"));
    }
    Ok(())
}

inventory::submit! {
    OpDef {
        traits: &[],
        verify: Some(verify_while),
        assembly: Some(&WhileAssembly),
        ..OpDef::new("stablehlo.while", "Loop while cond holds", "Results: the loop-carried values at exit.")
    }
}
inventory::submit! {
    OpDef {
        traits: &[],
        ..OpDef::new("stablehlo.case", "Run one of several regions by index", "")
    }
}
inventory::submit! {
    OpDef {
        ..OpDef::new("stablehlo.sort", "Sort along a dimension with a comparator region", "")
    }
}
inventory::submit! {
    OpDef {
        ..OpDef::new("stablehlo.scatter", "Scatter updates at run-time indices with a combiner region", "")
    }
}
inventory::submit! {
    OpDef {
        traits: &[],
        ..OpDef::new("stablehlo.optimization_barrier", "Identity that blocks reordering across it", "")
    }
}
inventory::submit! {
    OpDef {
        traits: &[],
        verify: Some(verify_custom_call),
        assembly: Some(&CustomCallAssembly),
        attributes: &[("call_target_name", true, "the function the backend calls")],
        ..OpDef::new("stablehlo.custom_call", "A call into backend-specific code", "")
    }
}
inventory::submit! {
    OpDef {
        traits: &[OpTrait::Pure],
        verify: Some(verify_composite),
        assembly: Some(&CompositeAssembly),
        attributes: &[
            ("name", true, "the composite's name"),
            ("decomposition", true, "the function that computes it"),
            ("composite_attributes", false, "the composite's parameters"),
            ("version", false, "the composite's version"),
        ],
        ..OpDef::new("stablehlo.composite", "A named op with a decomposition function", "")
    }
}
