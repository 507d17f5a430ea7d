//! Pieces of StableHLO's custom assembly shared by many ops: operand lists, the
//! trailing type signature (`: t` when every operand and the result share a type,
//! `: (t1, t2) -> t3` otherwise), `keyword = [1, 2]` fields, and their printing.
use ir::asm::{AsmParser, UnresolvedOperand};
use ir::{
    AsmPrinter, Attribute, DiagResult, Diagnostic, Location, Module, NamedAttribute, OpId,
    OperationState, Type,
};

/// `%a, %b, ...`; stops at the first comma not followed by an operand (that comma
/// is consumed: it separates the operands from the keyword fields after them).
pub fn operands(p: &mut dyn AsmParser) -> DiagResult<Vec<UnresolvedOperand>> {
    let mut out = Vec::new();
    if let Some(first) = p.parse_optional_operand()? {
        out.push(first);
        while p.parse_optional_punct(",") {
            match p.parse_optional_operand()? {
                Some(o) => out.push(o),
                None => break,
            }
        }
    }
    Ok(out)
}

/// The signature after `:`: operand types and result types.
pub struct Signature {
    pub inputs: Vec<Type>,
    pub results: Vec<Type>,
}

/// `: t` (every operand and the one result have type t), `: (ts) -> t`,
/// `: (ts) -> (rs)`, or chlo's `: t -> r`.
pub fn signature(p: &mut dyn AsmParser, operand_count: usize) -> DiagResult<Signature> {
    p.parse_punct(":")?;
    let at = p.current_location();
    let first = p.parse_type()?;
    if let Type::Function { inputs, results } = first {
        return Ok(Signature { inputs, results });
    }
    if p.parse_optional_punct("->") {
        let result = p.parse_type()?;
        if operand_count != 1 {
            return Err(Diagnostic::error(
                at,
                format!("expected a function type for {operand_count} operands"),
            ));
        }
        return Ok(Signature {
            inputs: vec![first],
            results: vec![result],
        });
    }
    Ok(Signature {
        inputs: vec![first.clone(); operand_count],
        results: vec![first],
    })
}

/// An op state with resolved operands, result types and extra attributes.
pub fn state(
    p: &mut dyn AsmParser,
    name: &str,
    loc: Location,
    operands: &[UnresolvedOperand],
    sig: Signature,
    properties: Vec<NamedAttribute>,
    attributes: Vec<NamedAttribute>,
) -> DiagResult<OperationState> {
    let values = p.resolve_operands(&loc, operands, &sig.inputs)?;
    let mut s = OperationState::new(name, loc)
        .operands(&values)
        .results(&sig.results);
    s.properties = properties;
    s.attributes = attributes;
    Ok(s)
}

/// `[1, 2, 3]` (possibly empty).
pub fn int_list(p: &mut dyn AsmParser) -> DiagResult<Vec<i64>> {
    p.parse_punct("[")?;
    let mut out = Vec::new();
    if p.parse_optional_punct("]") {
        return Ok(out);
    }
    loop {
        out.push(integer(p)?);
        if p.parse_optional_punct("]") {
            return Ok(out);
        }
        p.parse_punct(",")?;
    }
}

/// An integer literal.
pub fn integer(p: &mut dyn AsmParser) -> DiagResult<i64> {
    p.parse_optional_integer()?
        .ok_or_else(|| p.error("expected an integer"))
}

/// `keyword =`.
pub fn keyword(p: &mut dyn AsmParser, kw: &str) -> DiagResult<()> {
    if !p.parse_optional_keyword(kw) {
        return Err(p.error(&format!("expected '{kw}'")));
    }
    p.parse_punct("=")
}

/// A bare identifier such as `GT` or `DEFAULT`.
pub fn identifier(p: &mut dyn AsmParser, what: &str) -> DiagResult<String> {
    p.parse_optional_bare_id()
        .ok_or_else(|| p.error(&format!("expected {what}")))
}

/// Prints `: t` when every operand and the single result share one type, else the
/// function type.
pub fn print_signature(p: &mut AsmPrinter<'_>, op: OpId) {
    let m = p.module;
    let (ins, outs) = (m.operand_types(op), m.result_types(op));
    p.write(" : ");
    if outs.len() == 1 && ins.iter().all(|t| *t == outs[0]) && !ins.is_empty() {
        p.print_type(&outs[0]);
    } else {
        print_function_type(p, op);
    }
}

/// Prints `(ts) -> t`.
pub fn print_function_type(p: &mut AsmPrinter<'_>, op: OpId) {
    let m = p.module;
    p.print_type(&Type::function(m.operand_types(op), m.result_types(op)));
}

/// Prints the operands `%a, %b`.
pub fn print_operands(p: &mut AsmPrinter<'_>, op: OpId) {
    let operands = p.module.op(op).operands.clone();
    p.print_values(&operands);
}

/// Prints `[1, 2]`.
pub fn print_list(p: &mut AsmPrinter<'_>, values: &[i64]) {
    p.write(&crate::attrs::format_list(values));
}

/// Prints the attribute dictionary without the attributes the pretty form spells.
pub fn print_other_attrs(p: &mut AsmPrinter<'_>, op: OpId, elided: &[&str]) {
    let m: &Module = p.module;
    let mut all = m.op(op).properties.clone();
    all.extend(m.op(op).attributes.iter().cloned());
    p.print_optional_attr_dict(&all, elided);
}

/// The attribute `name` as an `array<i64: ...>` value.
pub fn i64_array(values: &[i64]) -> Attribute {
    Attribute::i64_array(values)
}
