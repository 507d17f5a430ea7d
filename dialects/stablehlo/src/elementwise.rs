//! Elementwise ops: unary math, binary arithmetic and logic, `convert`, `clamp`,
//! `select`, `compare`, and the leaves `constant` and `iota`; chlo's `erf` and `erfc`.
//!
//! Pretty forms (StableHLO's `SameOperandsAndResultType` printing):
//! `stablehlo.add %a, %b : tensor<4xf32>` when all types agree, else
//! `stablehlo.add %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>`;
//! `stablehlo.compare GT, %a, %b, FLOAT : (...) -> tensor<4xi1>`;
//! `stablehlo.select %p, %a, %b : tensor<4xi1>, tensor<4xf32>`;
//! `stablehlo.constant dense<1.0> : tensor<f32>`; `stablehlo.iota dim = 0 : tensor<4xi32>`;
//! `chlo.erf %x : tensor<4xf32> -> tensor<4xf32>`.
use crate::assembly::{self as asm, Signature};
use crate::attrs::{enum_value, make_enum};
use crate::check::Check;
use ir::asm::AsmParser;
use ir::{
    inventory, AsmPrinter, Attribute, CustomAssembly, DiagResult, Module, NamedAttribute, OpDef,
    OpId, OpTrait, OperationState, Type,
};
use std::fmt;

// ----- assembly ---------------------------------------------------------------------

/// `name %a, %b {attrs} : t` or `: (ts) -> t`.
struct SameType;

impl CustomAssembly for SameType {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let operands = asm::operands(p)?;
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, vec![], attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        p.write(&format!("{} ", p.module.name(op)));
        asm::print_operands(p, op);
        asm::print_other_attrs(p, op, &[]);
        asm::print_signature(p, op);
        Ok(())
    }
}

/// chlo's unary form: `chlo.erf %x : t -> t`.
struct ChloUnary;

impl CustomAssembly for ChloUnary {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        SameType.parse(p, name)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write(&format!("{} ", m.name(op)));
        asm::print_operands(p, op);
        asm::print_other_attrs(p, op, &[]);
        p.write(" : ");
        let (ins, outs) = (m.operand_types(op), m.result_types(op));
        if let ([i], [o]) = (ins.as_slice(), outs.as_slice()) {
            p.print_type(i);
            p.write(" -> ");
            p.print_type(o);
        } else {
            asm::print_function_type(p, op);
        }
        Ok(())
    }
}

/// `stablehlo.select %p, %a, %b : t_pred, t` or the function type.
struct SelectAssembly;

impl CustomAssembly for SelectAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let operands = asm::operands(p)?;
        let attrs = p.parse_optional_attr_dict()?;
        p.parse_punct(":")?;
        let first = p.parse_type()?;
        let sig = match first {
            Type::Function { inputs, results } => Signature { inputs, results },
            pred => {
                p.parse_punct(",")?;
                let t = p.parse_type()?;
                Signature {
                    inputs: vec![pred, t.clone(), t.clone()],
                    results: vec![t],
                }
            }
        };
        asm::state(p, name, loc, &operands, sig, vec![], attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("stablehlo.select ");
        asm::print_operands(p, op);
        asm::print_other_attrs(p, op, &[]);
        p.write(" : ");
        let (ins, outs) = (m.operand_types(op), m.result_types(op));
        if ins.len() == 3 && outs.len() == 1 && ins[1] == outs[0] && ins[2] == outs[0] {
            p.print_type(&ins[0]);
            p.write(", ");
            p.print_type(&outs[0]);
        } else {
            asm::print_function_type(p, op);
        }
        Ok(())
    }
}

/// `stablehlo.compare GT, %a, %b[, FLOAT] : (ta, tb) -> tr`.
struct CompareAssembly;

impl CustomAssembly for CompareAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let direction = asm::identifier(p, "a comparison direction (EQ, NE, LT, LE, GT, GE)")?;
        p.parse_punct(",")?;
        let operands = asm::operands(p)?;
        let mut props = vec![NamedAttribute::new(
            "comparison_direction",
            make_enum("comparison_direction", &direction),
        )];
        if let Some(kind) = p.parse_optional_bare_id() {
            props.push(NamedAttribute::new(
                "compare_type",
                make_enum("comparison_type", &kind),
            ));
        }
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let direction = m
            .attr(op, "comparison_direction")
            .and_then(|a| enum_value(a, "comparison_direction"))
            .unwrap_or("?")
            .to_string();
        p.write(&format!("stablehlo.compare {direction}, "));
        asm::print_operands(p, op);
        if let Some(kind) = m
            .attr(op, "compare_type")
            .and_then(|a| enum_value(a, "comparison_type"))
        {
            p.write(&format!(", {kind}"));
        }
        asm::print_other_attrs(p, op, &["comparison_direction", "compare_type"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

/// `stablehlo.constant {attrs} dense<...> : t`.
/// Shared with `arith.constant`, which torch-mlir mixes in.
pub(crate) struct ConstantAssembly;

impl CustomAssembly for ConstantAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let attrs = p.parse_optional_attr_dict()?;
        let at = p.current_location();
        let value = p.parse_attribute()?;
        let ty = match &value {
            Attribute::Dense { ty, .. } => ty.clone(),
            other => {
                return Err(ir::err!(
                    at,
                    "expected a dense elements attribute with its tensor type, found '{other}'"
                ))
            }
        };
        let mut s = OperationState::new(name, loc)
            .results(&[ty])
            .property("value", value);
        s.attributes = attrs;
        Ok(s)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        p.write(p.module.name(op));
        asm::print_other_attrs(p, op, &["value"]);
        p.write(" ");
        if let Some(v) = p.module.attr(op, "value").cloned() {
            p.print_attribute(&v);
        }
        Ok(())
    }
}

/// `stablehlo.iota dim = 0 : t`.
struct IotaAssembly;

impl CustomAssembly for IotaAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        asm::keyword(p, "dim")?;
        let dim = asm::integer(p)?;
        let attrs = p.parse_optional_attr_dict()?;
        p.parse_punct(":")?;
        let ty = p.parse_type()?;
        let mut s = OperationState::new(name, loc)
            .results(&[ty])
            .property("iota_dimension", Attribute::i64(dim));
        s.attributes = attrs;
        Ok(s)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let dim = crate::attrs::op_int(m, op, "iota_dimension").unwrap_or(0);
        p.write(&format!("stablehlo.iota dim = {dim}"));
        asm::print_other_attrs(p, op, &["iota_dimension"]);
        p.write(" : ");
        p.print_types(&m.result_types(op));
        Ok(())
    }
}

// ----- verification -------------------------------------------------------------------

/// Which element types an elementwise op takes and gives.
#[derive(Clone, Copy)]
enum Elems {
    /// Float in, same out.
    Float,
    /// Integer or float in, same out.
    Numeric,
    /// Integer (including i1) in, same out.
    Logical,
    /// Float in, i1 out.
    Predicate,
}

fn elems_of(name: &str) -> Elems {
    match name {
        "stablehlo.abs"
        | "stablehlo.negate"
        | "stablehlo.sign"
        | "stablehlo.add"
        | "stablehlo.subtract"
        | "stablehlo.multiply"
        | "stablehlo.divide"
        | "stablehlo.maximum"
        | "stablehlo.minimum"
        | "stablehlo.power"
        | "stablehlo.remainder" => Elems::Numeric,
        "stablehlo.and" | "stablehlo.or" | "stablehlo.xor" | "stablehlo.not" => Elems::Logical,
        "stablehlo.is_finite" => Elems::Predicate,
        _ => Elems::Float,
    }
}

/// Unary and binary elementwise ops: every operand and the result have one shape and
/// (except `is_finite`) one element type.
fn verify_elementwise(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    let n = m.op(op).operands.len();
    let arity = if n == 1 { 1 } else { 2 };
    c.counts(arity, arity, 1)?;
    let (elem, shape) = c.operand(0)?;
    for i in 1..n {
        let (e, s) = c.operand(i)?;
        if e != elem || s != shape {
            return Err(c.err(format!(
                "operand #{i} type '{}' must equal operand #0 type '{}'",
                m.operand_types(op)[i],
                m.operand_types(op)[0]
            )));
        }
    }
    let ok = match elems_of(m.name(op)) {
        Elems::Float | Elems::Predicate => elem.is_float(),
        Elems::Numeric => elem.is_float() || elem.is_integer(),
        Elems::Logical => elem.is_integer(),
    };
    if !ok {
        return Err(c.err(format!("does not accept element type '{elem}'")));
    }
    let out_elem = match elems_of(m.name(op)) {
        Elems::Predicate => Type::i1(),
        _ => elem.clone(),
    };
    c.result_is(&Type::tensor(shape, out_elem))
}

fn verify_convert(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 1)?;
    let (_, shape) = c.operand(0)?;
    let (_, rshape) = c.result(0)?;
    if shape != rshape {
        return Err(c.err("result shape must equal the operand shape"));
    }
    Ok(())
}

/// `clamp(min, x, max)`: min and max are scalars or have x's type.
fn verify_clamp(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(3, 3, 1)?;
    let x = &m.operand_types(op)[1];
    c.operand(1)?;
    for i in [0, 2] {
        let (e, s) = c.operand(i)?;
        if Some(e) != x.element() || (!s.is_empty() && Some(s) != x.shape()) {
            return Err(c.err(format!(
                "operand #{i} must be a scalar or have the type of operand #1 ('{x}')"
            )));
        }
    }
    c.result_is(x)
}

/// `select(pred, a, b)`: pred is i1, a scalar or of the result's shape.
fn verify_select(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(3, 3, 1)?;
    let (pe, ps) = c.operand(0)?;
    let (ae, ashape) = c.operand(1)?;
    let (be, bshape) = c.operand(2)?;
    if !pe.is_i1() {
        return Err(c.err(format!("predicate must have element type i1, not '{pe}'")));
    }
    if ae != be || ashape != bshape {
        return Err(c.err("operands #1 and #2 must have the same type"));
    }
    if !ps.is_empty() && ps != ashape {
        return Err(c.err("predicate must be a scalar or have the shape of the operands"));
    }
    c.result_is(&m.operand_types(op)[1])
}

const DIRECTIONS: [&str; 6] = ["EQ", "NE", "LT", "LE", "GT", "GE"];
const COMPARE_TYPES: [&str; 5] = ["FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED", "NOTYPE"];

fn verify_compare(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, 2, 1)?;
    let (ae, ashape) = c.operand(0)?;
    let (be, bshape) = c.operand(1)?;
    if ae != be || ashape != bshape {
        return Err(c.err("both operands must have the same type"));
    }
    let direction = m
        .attr(op, "comparison_direction")
        .and_then(|a| enum_value(a, "comparison_direction"));
    if !direction.is_some_and(|d| DIRECTIONS.contains(&d)) {
        return Err(c.err(format!(
            "requires 'comparison_direction', one of {}",
            DIRECTIONS.join(", ")
        )));
    }
    if let Some(a) = m.attr(op, "compare_type") {
        if !enum_value(a, "comparison_type").is_some_and(|t| COMPARE_TYPES.contains(&t)) {
            return Err(c.err(format!(
                "'compare_type' must be one of {}",
                COMPARE_TYPES.join(", ")
            )));
        }
    }
    c.result_is(&Type::tensor(ashape, Type::i1()))
}

pub(crate) fn verify_constant(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(0, 0, 1)?;
    match m.attr(op, "value") {
        Some(Attribute::Dense { ty, .. }) => c.result_is(&ty.clone()),
        _ => Err(c.err("requires a dense elements attribute 'value'")),
    }
}

fn verify_iota(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(0, 0, 1)?;
    let (_, shape) = c.result(0)?;
    let dim = c.int("iota_dimension")?;
    c.dim("iota_dimension", dim, shape.len())?;
    Ok(())
}

/// `chlo.top_k(%x, k = 2) : t -> (values, indices)`.
struct TopKAssembly;

impl CustomAssembly for TopKAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        p.parse_punct("(")?;
        let operands = asm::operands(p)?;
        asm::keyword(p, "k")?;
        let k = asm::integer(p)?;
        p.parse_punct(")")?;
        let attrs = p.parse_optional_attr_dict()?;
        p.parse_punct(":")?;
        let input = p.parse_type()?;
        p.parse_punct("->")?;
        // `(t1, t2)` here is a result list, not the start of a function type.
        let mut results = Vec::new();
        if p.parse_optional_punct("(") {
            loop {
                results.push(p.parse_type()?);
                if p.parse_optional_punct(")") {
                    break;
                }
                p.parse_punct(",")?;
            }
        } else {
            results.push(p.parse_type()?);
        }
        let sig = Signature {
            inputs: vec![input],
            results,
        };
        let props = vec![NamedAttribute::new("k", Attribute::i64(k))];
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        let k = crate::attrs::op_int(m, op, "k").unwrap_or(0);
        p.write("chlo.top_k(");
        asm::print_operands(p, op);
        p.write(&format!(", k = {k})"));
        asm::print_other_attrs(p, op, &["k"]);
        p.write(" : ");
        p.print_types(&m.operand_types(op));
        p.write(" -> (");
        p.print_types(&m.result_types(op));
        p.write(")");
        Ok(())
    }
}

fn verify_top_k(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(1, 1, 2)?;
    let (_, shape) = c.operand(0)?;
    let k = c.int("k")?;
    match shape.last() {
        Some(&n) if k >= 0 && k <= n => Ok(()),
        _ => Err(c.err(format!("k = {k} must be within the last dimension"))),
    }
}

// ----- registration -------------------------------------------------------------------

const ELEMENTWISE: OpDef = OpDef {
    verify: Some(verify_elementwise),
    assembly: Some(&SameType),
    ..OpDef::new("", "", "")
};
const BINARY_COMMUTATIVE: OpDef = OpDef {
    traits: &[OpTrait::Pure, OpTrait::Commutative],
    ..ELEMENTWISE
};

macro_rules! elementwise {
    ($base:expr; $($name:literal => $summary:literal),* $(,)?) => {
        $(inventory::submit! {
            OpDef {
                name: $name,
                summary: $summary,
                description: "Elementwise; every operand and the result have one shape.",
                ..$base
            }
        })*
    };
}

elementwise!(ELEMENTWISE;
    "stablehlo.abs" => "Absolute value",
    "stablehlo.negate" => "Negation",
    "stablehlo.sign" => "Sign (-1, 0, 1)",
    "stablehlo.exponential" => "e^x",
    "stablehlo.exponential_minus_one" => "e^x - 1",
    "stablehlo.log" => "Natural logarithm",
    "stablehlo.log_plus_one" => "log(1 + x)",
    "stablehlo.sqrt" => "Square root",
    "stablehlo.rsqrt" => "1 / sqrt(x)",
    "stablehlo.cbrt" => "Cube root",
    "stablehlo.tanh" => "Hyperbolic tangent",
    "stablehlo.logistic" => "Logistic sigmoid 1 / (1 + e^-x)",
    "stablehlo.sine" => "Sine",
    "stablehlo.cosine" => "Cosine",
    "stablehlo.floor" => "Round toward -inf",
    "stablehlo.ceil" => "Round toward +inf",
    "stablehlo.round_nearest_even" => "Round to nearest, ties to even",
    "stablehlo.round_nearest_afz" => "Round to nearest, ties away from zero",
    "stablehlo.not" => "Logical or bitwise not",
    "stablehlo.is_finite" => "Whether x is finite (i1 result)",
    "stablehlo.subtract" => "a - b",
    "stablehlo.divide" => "a / b",
    "stablehlo.power" => "a ^ b",
    "stablehlo.remainder" => "Remainder of a / b",
    "stablehlo.atan2" => "atan2(a, b)",
);
const CHLO_UNARY: OpDef = OpDef {
    assembly: Some(&ChloUnary),
    ..ELEMENTWISE
};
elementwise!(CHLO_UNARY;
    "chlo.erf" => "The error function",
    "chlo.erfc" => "The complementary error function 1 - erf(x)",
);
elementwise!(BINARY_COMMUTATIVE;
    "stablehlo.add" => "a + b",
    "stablehlo.multiply" => "a * b",
    "stablehlo.maximum" => "max(a, b)",
    "stablehlo.minimum" => "min(a, b)",
    "stablehlo.and" => "Logical or bitwise and",
    "stablehlo.or" => "Logical or bitwise or",
    "stablehlo.xor" => "Logical or bitwise xor",
);

inventory::submit! {
    OpDef {
        verify: Some(verify_convert),
        assembly: Some(&SameType),
        ..OpDef::new("stablehlo.convert", "Element type conversion", "Same shape, another element type.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_clamp),
        assembly: Some(&SameType),
        ..OpDef::new("stablehlo.clamp", "clamp(min, x, max)", "min and max are scalars or have x's type.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_select),
        assembly: Some(&SelectAssembly),
        ..OpDef::new("stablehlo.select", "pred ? a : b", "pred is i1, a scalar or of the operands' shape.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_compare),
        assembly: Some(&CompareAssembly),
        attributes: &[
            ("comparison_direction", true, "#stablehlo<comparison_direction EQ|NE|LT|LE|GT|GE>"),
            ("compare_type", false, "#stablehlo<comparison_type FLOAT|TOTALORDER|SIGNED|UNSIGNED>"),
        ],
        ..OpDef::new("stablehlo.compare", "Elementwise comparison", "Result: i1 of the operands' shape.")
    }
}
inventory::submit! {
    OpDef {
        traits: &[OpTrait::Pure, OpTrait::ConstantLike],
        verify: Some(verify_constant),
        assembly: Some(&ConstantAssembly),
        attributes: &[("value", true, "dense elements of the result type")],
        ..OpDef::new("stablehlo.constant", "A literal tensor", "The result has the type of `value`.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_iota),
        assembly: Some(&IotaAssembly),
        attributes: &[("iota_dimension", true, "the dimension whose index each element holds")],
        ..OpDef::new("stablehlo.iota", "Indices along a dimension", "Element = its index along `iota_dimension`.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_top_k),
        assembly: Some(&TopKAssembly),
        attributes: &[("k", true, "how many of the largest elements of the last dimension")],
        ..OpDef::new("chlo.top_k", "The k largest elements of the last dimension", "Results: values and their i32 indices.")
    }
}
