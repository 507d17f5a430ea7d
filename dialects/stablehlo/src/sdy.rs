//! The Shardy (`sdy`) ops a sharded `jax.jit` exports: at module level
//! `sdy.mesh @mesh = <["b"=2]> {...}`, the device mesh the arguments'
//! `#sdy.sharding<@mesh, ...>` attributes name, kept verbatim so a chunked program is
//! exported with the mesh it came with; and in bodies
//! `sdy.sharding_constraint %x <@mesh, [{"b"}, {}]> : tensor<...>`
//! (`jax.lax.with_sharding_constraint`), which the import turns into
//! `nn.sharding_constraint` and the export back.
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

struct ConstraintAssembly;

impl CustomAssembly for ConstraintAssembly {
    fn parse(&self, p: &mut dyn ir::asm::AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let x = p
            .parse_optional_operand()?
            .ok_or_else(|| p.error("expected the constrained value"))?;
        let sharding = p
            .parse_optional_angle_body()?
            .ok_or_else(|| p.error("expected the sharding, such as <@mesh, [{\"b\"}, {}]>"))?;
        let mut state =
            OperationState::new(name, loc.clone()).attr("sharding", Attribute::Opaque(sharding));
        for a in p.parse_optional_attr_dict()? {
            state = state.attr(&a.name, a.value);
        }
        p.parse_punct(":")?;
        let ty = p.parse_type()?;
        let x = p.resolve_operands(&loc, &[x], std::slice::from_ref(&ty))?;
        Ok(state.operands(&x).results(&[ty]))
    }

    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let x = m.op(op).operands[0];
        p.write("sdy.sharding_constraint ");
        p.print_value(x);
        p.write(" ");
        if let Some(Attribute::Opaque(sharding)) = m.attr(op, "sharding") {
            p.write(sharding);
        }
        let attrs = m.op(op).attributes.clone();
        p.print_optional_attr_dict(&attrs, &["sharding"]);
        p.write(" : ");
        let ty = m.value_type(x).clone();
        p.print_type(&ty);
        Ok(())
    }
}

fn verify_constraint(m: &ir::Module, op: OpId) -> DiagResult<()> {
    let data = m.op(op);
    let sharded =
        matches!(m.attr(op, "sharding"), Some(Attribute::Opaque(t)) if t.starts_with('<'));
    let same = data.operands.len() == 1
        && data.results.len() == 1
        && m.value_type(data.operands[0]) == m.value_type(data.results[0]);
    if sharded && same {
        Ok(())
    } else {
        Err(ir::Diagnostic::error(
            data.loc.clone(),
            "'sdy.sharding_constraint' takes one value, returns it with the same type, and needs a <@mesh, [...]> sharding",
        ))
    }
}

inventory::submit! {
    OpDef {
        traits: &[ir::OpTrait::Pure],
        verify: Some(verify_constraint),
        assembly: Some(&ConstraintAssembly),
        attributes: &[("sharding", true, "the sharding as written, such as <@mesh, [{\"b\"}, {}]>")],
        ..OpDef::new("sdy.sharding_constraint", "Pin a value's sharding (Shardy)", "The value passes through; the sharding is for the partitioner.")
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
