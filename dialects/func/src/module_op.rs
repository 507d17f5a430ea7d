//! `builtin.module`: the top-level container, a symbol table with one block and no
//! terminator. Pretty form: `module @name attributes {...} { ... }`.
use ir::asm::AsmParser;
use ir::{
    AsmPrinter, Attribute, CustomAssembly, DiagResult, Module, OpDef, OpId, OpTrait, OperationState,
};
use std::fmt;

struct ModuleAssembly;

impl CustomAssembly for ModuleAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let mut state = OperationState::new(name, p.current_location());
        if let Some(sym) = p.parse_optional_symbol_name()? {
            state = state.property("sym_name", Attribute::String(sym.into_bytes()));
        }
        if p.parse_optional_keyword("attributes") {
            state.attributes = p.parse_optional_attr_dict()?;
        }
        let blocks = p.parse_region(&[])?;
        // A module always has exactly one block, even when written `module {}`.
        let blocks = if blocks.is_empty() {
            vec![p.module().create_block(&[])]
        } else {
            blocks
        };
        Ok(state.region(blocks))
    }

    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("module");
        if let Some(name) = m.attr(op, "sym_name").and_then(Attribute::as_str) {
            p.write(" ");
            p.print_symbol_name(name);
        }
        let attrs = m.op(op).attributes.clone();
        if !attrs.is_empty() {
            p.write(" attributes");
            p.print_optional_attr_dict(&attrs, &[]);
        }
        p.write(" ");
        p.print_region(m.op(op).regions[0], false)
    }
}

fn verify(m: &Module, op: OpId) -> DiagResult<()> {
    let data = m.op(op);
    let loc = &data.loc;
    if !data.operands.is_empty() || !data.results.is_empty() {
        return Err(ir::err!(
            loc,
            "'builtin.module' op takes no operands and returns no results"
        ));
    }
    if data.regions.len() != 1 || m.region(data.regions[0]).blocks.len() != 1 {
        return Err(ir::err!(
            loc,
            "'builtin.module' op expects one region with one block"
        ));
    }
    if let Some(a) = m.attr(op, "sym_name") {
        if a.as_str().is_none() {
            return Err(ir::err!(
                loc,
                "'builtin.module' op attribute 'sym_name' must be a string"
            ));
        }
    }
    Ok(())
}

ir::inventory::submit! {
    OpDef {
        name: "builtin.module",
        summary: "A top-level container of symbols",
        description: "Holds functions (and other ops) in one block; no terminator. Printed `module { ... }`.",
        traits: &[OpTrait::IsolatedFromAbove, OpTrait::SymbolTable, OpTrait::NoTerminator],
        verify: Some(verify),
        infer: None,
        dim_flow: None,
        cost: None,
        fold: None,
        assembly: Some(&ModuleAssembly),
        attributes: &[("sym_name", false, "optional module name")],
    }
}
