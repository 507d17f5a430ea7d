//! The one Shardy (`sdy`) op JAX writes at module level when it exports a sharded
//! `jax.jit`: `sdy.mesh @mesh = <["b"=2]> {...}`, the device mesh the arguments'
//! `#sdy.sharding<@mesh, ...>` attributes name. It is kept verbatim (the mesh as
//! written) so a chunked program is exported with the mesh it came with; its
//! shardings are read by autochunk's `sharding` analysis.
use ir::{
    inventory, AsmPrinter, Attribute, CustomAssembly, DiagResult, OpDef, OpId, OperationState,
};
use std::fmt;

ir::inventory::submit! {
    ir::DialectDef {
        name: "sdy",
        summary: "Shardy's device mesh, as sharded JAX exports declare it (kept verbatim).",
    }
}

struct MeshAssembly;

impl CustomAssembly for MeshAssembly {
    fn parse(&self, p: &mut dyn ir::asm::AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let symbol = p
            .parse_optional_symbol_name()?
            .ok_or_else(|| p.error("expected the mesh's @name"))?;
        p.parse_punct("=")?;
        let mesh = p
            .parse_optional_angle_body()?
            .ok_or_else(|| p.error("expected the mesh, such as <[\"b\"=2]>"))?;
        let mut state = OperationState::new(name, loc)
            .attr("sym_name", Attribute::string(&symbol))
            .attr("mesh", Attribute::Opaque(mesh));
        for a in p.parse_optional_attr_dict()? {
            state = state.attr(&a.name, a.value);
        }
        Ok(state)
    }

    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("sdy.mesh ");
        if let Some(name) = m.attr(op, "sym_name").and_then(Attribute::as_str) {
            p.print_symbol_name(name);
        }
        p.write(" = ");
        if let Some(Attribute::Opaque(mesh)) = m.attr(op, "mesh") {
            p.write(mesh);
        }
        let attrs = m.op(op).attributes.clone();
        p.print_optional_attr_dict(&attrs, &["sym_name", "mesh"]);
        Ok(())
    }
}

fn verify_mesh(m: &ir::Module, op: OpId) -> DiagResult<()> {
    let named = m.attr(op, "sym_name").and_then(Attribute::as_str).is_some();
    let meshed = matches!(m.attr(op, "mesh"), Some(Attribute::Opaque(t)) if t.starts_with('<'));
    if named && meshed && m.op(op).operands.is_empty() && m.op(op).results.is_empty() {
        Ok(())
    } else {
        Err(ir::Diagnostic::error(
            m.op(op).loc.clone(),
            "'sdy.mesh' needs a @name and a <...> mesh, and has no operands or results",
        ))
    }
}

inventory::submit! {
    OpDef {
        verify: Some(verify_mesh),
        assembly: Some(&MeshAssembly),
        attributes: &[
            ("sym_name", true, "the mesh's symbol name"),
            ("mesh", true, "the mesh as written, such as <[\"b\"=2]>"),
        ],
        ..OpDef::new("sdy.mesh", "A device mesh (Shardy), kept as written", "Read and printed back verbatim; autochunk reads the shardings that name it.")
    }
}
