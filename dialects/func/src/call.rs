//! `func.return` and `func.call`.
//!
//! Pretty forms: `func.return %a, %b : t1, t2` and
//! `%r = func.call @callee(%a, %b) : (t1, t2) -> t3`.
use ir::asm::AsmParser;
use ir::{
    AsmPrinter, Attribute, CustomAssembly, DiagResult, Module, OpDef, OpId, OpTrait,
    OperationState, Type,
};
use std::collections::HashMap;
use std::fmt;

/// `%a, %b` (possibly empty).
fn parse_operand_list(p: &mut dyn AsmParser) -> DiagResult<Vec<ir::asm::UnresolvedOperand>> {
    let mut out = Vec::new();
    if let Some(first) = p.parse_optional_operand()? {
        out.push(first);
        while p.parse_optional_punct(",") {
            out.push(
                p.parse_optional_operand()?
                    .ok_or_else(|| p.error("expected SSA operand"))?,
            );
        }
    }
    Ok(out)
}

/// The enclosing function's result types must match the returned values.
fn verify_return(m: &Module, op: OpId) -> DiagResult<()> {
    let loc = &m.op(op).loc;
    let Some(func) = m.parent_op(op) else {
        return Ok(());
    };
    if m.name(func) != "func.func" {
        return Err(ir::err!(
            loc,
            "'func.return' op expects parent op 'func.func'"
        ));
    }
    let Some((_, results)) = crate::function_type(m, func) else {
        return Ok(());
    };
    let actual = m.operand_types(op);
    if actual.len() != results.len() {
        return Err(ir::err!(
            loc,
            "'func.return' op has {} operands, but enclosing function (@{}) returns {}",
            actual.len(),
            crate::symbol_name(m, func).unwrap_or(""),
            results.len()
        ));
    }
    for (i, (a, r)) in actual.iter().zip(results).enumerate() {
        if a != r {
            return Err(ir::err!(loc, "'func.return' op type of return operand {i} ({a}) doesn't match function result type ({r}) in function @{}", crate::symbol_name(m, func).unwrap_or("")));
        }
    }
    Ok(())
}

ir::inventory::submit! {
    OpDef {
        name: "func.return",
        summary: "Returns values from a function",
        description: "Terminates a function body; operand types equal the function's result types.",
        traits: &[OpTrait::Terminator, OpTrait::ReturnLike, OpTrait::Pure],
        verify: Some(verify_return),
        infer: Some(|_, _| Ok(vec![])),
        dim_flow: None,
        cost: None,
        fold: None,
        assembly: Some(&ir::asm::OperandsAndTypes),
        attributes: &[],
    }
}

struct CallAssembly;

impl CustomAssembly for CallAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let callee = p
            .parse_optional_symbol_name()?
            .ok_or_else(|| p.error("expected '@callee'"))?;
        p.parse_punct("(")?;
        let operands = parse_operand_list(p)?;
        p.parse_punct(")")?;
        let attributes = p.parse_optional_attr_dict()?;
        p.parse_punct(":")?;
        let ty_at = p.current_location();
        let Type::Function { inputs, results } = p.parse_type()? else {
            return Err(ir::Diagnostic::error(ty_at, "expected a function type"));
        };
        let values = p.resolve_operands(&loc, &operands, &inputs)?;
        let mut state = OperationState::new(name, loc)
            .operands(&values)
            .results(&results)
            .property("callee", Attribute::symbol(&callee));
        state.attributes = attributes;
        Ok(state)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("func.call ");
        let callee = m
            .attr(op, "callee")
            .cloned()
            .unwrap_or(Attribute::symbol(""));
        p.print_attribute(&callee);
        p.write("(");
        p.print_values(&m.op(op).operands.clone());
        p.write(")");
        p.print_optional_attr_dict(&m.op(op).attributes.clone(), &[]);
        p.write(" : ");
        let f = Type::function(m.operand_types(op), m.result_types(op));
        p.print_type(&f);
        Ok(())
    }
}

/// The callee must be a function of the enclosing module with a matching type.
fn verify_call(m: &Module, op: OpId) -> DiagResult<()> {
    let loc = &m.op(op).loc;
    let Some(callee) = m.attr(op, "callee").and_then(Attribute::as_symbol) else {
        return Err(ir::err!(
            loc,
            "'func.call' op requires a flat symbol reference attribute 'callee'"
        ));
    };
    // Find the nearest symbol table (module) above.
    let mut cur = m.parent_op(op);
    while let Some(o) = cur {
        if m.name(o) == "builtin.module" {
            break;
        }
        cur = m.parent_op(o);
    }
    let Some(table) = cur else { return Ok(()) };
    let Some(block) = m.entry_block(table, 0) else {
        return Ok(());
    };
    let target = m
        .block_ops(block)
        .find(|&f| m.name(f) == "func.func" && crate::symbol_name(m, f) == Some(callee));
    let Some(target) = target else {
        return Err(ir::err!(
            loc,
            "'func.call' op '@{callee}' does not reference a valid function"
        ));
    };
    let (inputs, results) = crate::function_type(m, target).unwrap_or((&[], &[]));
    if m.operand_types(op) != inputs {
        return Err(ir::err!(
            loc,
            "'func.call' op operand types do not match the signature of '@{callee}' ({})",
            Type::function(inputs.to_vec(), results.to_vec())
        ));
    }
    if m.result_types(op) != results {
        return Err(ir::err!(
            loc,
            "'func.call' op result types do not match the signature of '@{callee}' ({})",
            Type::function(inputs.to_vec(), results.to_vec())
        ));
    }
    if let Some(path) = recursion(m, op, block, target) {
        return Err(ir::err!(
            loc,
            "'func.call' op makes '@{}' recursive ({}): recursive functions are not supported (the inliner cannot remove the call)",
            path.first().map_or("?", String::as_str),
            path.iter().map(|f| format!("@{f}")).collect::<Vec<_>>().join(" -> ")
        ));
    }
    Ok(())
}

/// The chain of functions through which `target` calls back the function holding
/// `call` (its names, from that function round to itself), if it does.
fn recursion(m: &Module, call: OpId, table: ir::BlockId, target: OpId) -> Option<Vec<String>> {
    let mut caller = m.parent_op(call)?;
    while m.name(caller) != "func.func" {
        caller = m.parent_op(caller)?;
    }
    let by_name: HashMap<&str, OpId> = m
        .block_ops(table)
        .filter(|&f| m.name(f) == "func.func")
        .filter_map(|f| Some((crate::symbol_name(m, f)?, f)))
        .collect();
    // Breadth-first over the call graph from the callee, remembering how each
    // function was reached.
    let mut came_from: HashMap<OpId, OpId> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([target]);
    came_from.insert(target, caller);
    while let Some(f) = queue.pop_front() {
        if f == caller {
            let mut path = vec![f];
            let mut cur = came_from[&f];
            while cur != caller {
                path.push(cur);
                cur = came_from[&cur];
            }
            path.push(caller);
            path.reverse();
            return Some(
                path.iter()
                    .map(|&g| crate::symbol_name(m, g).unwrap_or("?").to_string())
                    .collect(),
            );
        }
        let mut callees = Vec::new();
        m.walk(f, &mut |op| {
            if m.name(op) == "func.call" {
                let callee = m.attr(op, "callee").and_then(Attribute::as_symbol);
                callees.extend(callee.and_then(|c| by_name.get(c).copied()));
            }
        });
        for g in callees {
            if let std::collections::hash_map::Entry::Vacant(e) = came_from.entry(g) {
                e.insert(f);
                queue.push_back(g);
            }
        }
    }
    None
}

ir::inventory::submit! {
    OpDef {
        name: "func.call",
        summary: "Calls a function of the module by name",
        description: "Operands are the arguments; results are the callee's results. Removed by the `inline` pass before model-level passes.",
        traits: &[],
        verify: Some(verify_call),
        infer: None,
        dim_flow: None,
        cost: None,
        fold: None,
        assembly: Some(&CallAssembly),
        attributes: &[("callee", true, "the called function, a flat symbol reference")],
    }
}
