//! Contractions: `dot_general`, `dot` and `convolution`.
//!
//! Pretty forms:
//! `stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1],
//! precision = [DEFAULT, DEFAULT] : (ta, tb) -> r`;
//! `stablehlo.dot %a, %b, precision = [DEFAULT, DEFAULT] : (ta, tb) -> r`;
//! `stablehlo.convolution(%x, %w) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f],
//! window = {stride = [1, 1], pad = [[1, 1], [1, 1]], lhs_dilate = [1, 1],
//! rhs_dilate = [1, 1], reverse = [false, false]} {feature_group_count = 1 : i64, ...}
//! : (tx, tw) -> r`.
use crate::assembly as asm;
use crate::attrs::{enum_value, make_enum, op_ints, ConvDims, DotDims};
use crate::check::Check;
use ir::asm::AsmParser;
use ir::attr::{DenseArrayValues, DenseElements, Scalar};
use ir::{
    inventory, AsmPrinter, Attribute, CustomAssembly, DiagResult, Module, NamedAttribute, OpDef,
    OpId, OperationState, Type,
};
use std::fmt;

/// `precision = [DEFAULT, HIGHEST]` as `precision_config`.
fn parse_precision(p: &mut dyn AsmParser) -> DiagResult<NamedAttribute> {
    p.parse_punct("[")?;
    let mut items = Vec::new();
    if !p.parse_optional_punct("]") {
        loop {
            let v = asm::identifier(p, "a precision (DEFAULT, HIGH, HIGHEST)")?;
            items.push(make_enum("precision", &v));
            if p.parse_optional_punct("]") {
                break;
            }
            p.parse_punct(",")?;
        }
    }
    Ok(NamedAttribute::new(
        "precision_config",
        Attribute::Array(items),
    ))
}

fn print_precision(p: &mut AsmPrinter<'_>, op: OpId) {
    if let Some(Attribute::Array(items)) = p.module.attr(op, "precision_config") {
        let names: Vec<&str> = items
            .iter()
            .map(|a| enum_value(a, "precision").unwrap_or("DEFAULT"))
            .collect();
        let text = format!(", precision = [{}]", names.join(", "));
        p.write(&text);
    }
}

/// `[0, 1] x [0, 2]`.
fn list_pair(p: &mut dyn AsmParser) -> DiagResult<(Vec<i64>, Vec<i64>)> {
    let a = asm::int_list(p)?;
    if !p.parse_optional_keyword("x") {
        return Err(p.error("expected 'x' between the lhs and rhs dimension lists"));
    }
    Ok((a, asm::int_list(p)?))
}

struct DotGeneralAssembly;

impl CustomAssembly for DotGeneralAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let operands = asm::operands(p)?;
        let mut dims = DotDims::default();
        let mut props = Vec::new();
        let mut first = true;
        loop {
            if !first && !p.parse_optional_punct(",") {
                break;
            }
            first = false;
            let at = p.current_location();
            match p.parse_optional_bare_id().as_deref() {
                Some("batching_dims") => {
                    p.parse_punct("=")?;
                    (dims.lhs_batch, dims.rhs_batch) = list_pair(p)?;
                }
                Some("contracting_dims") => {
                    p.parse_punct("=")?;
                    (dims.lhs_contract, dims.rhs_contract) = list_pair(p)?;
                }
                Some("precision") => {
                    p.parse_punct("=")?;
                    props.push(parse_precision(p)?);
                }
                Some(other) => {
                    return Err(ir::err!(
                        at,
                        "unsupported field '{other}' of 'stablehlo.dot_general' (expected batching_dims, contracting_dims or precision)"
                    ))
                }
                None => break,
            }
        }
        props.insert(
            0,
            NamedAttribute::new("dot_dimension_numbers", dims.attribute()),
        );
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("stablehlo.dot_general ");
        asm::print_operands(p, op);
        let dims = m
            .attr(op, "dot_dimension_numbers")
            .and_then(DotDims::read)
            .unwrap_or_default();
        let fmt_list = crate::attrs::format_list;
        if !dims.lhs_batch.is_empty() || !dims.rhs_batch.is_empty() {
            let text = format!(
                ", batching_dims = {} x {}",
                fmt_list(&dims.lhs_batch),
                fmt_list(&dims.rhs_batch)
            );
            p.write(&text);
        }
        let text = format!(
            ", contracting_dims = {} x {}",
            fmt_list(&dims.lhs_contract),
            fmt_list(&dims.rhs_contract)
        );
        p.write(&text);
        print_precision(p, op);
        asm::print_other_attrs(p, op, &["dot_dimension_numbers", "precision_config"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

struct DotAssembly;

impl CustomAssembly for DotAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        let operands = asm::operands(p)?;
        let mut props = Vec::new();
        if p.parse_optional_keyword("precision") {
            p.parse_punct("=")?;
            props.push(parse_precision(p)?);
        }
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        p.write("stablehlo.dot ");
        asm::print_operands(p, op);
        print_precision(p, op);
        asm::print_other_attrs(p, op, &["precision_config"]);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

/// The dot_general dimension rule: the result shape, or why there is none.
pub fn dot_general_shape(dims: &DotDims, a: &[i64], b: &[i64]) -> Result<Vec<i64>, String> {
    let check = |list: &[i64], rank: usize, what: &str| -> Result<Vec<usize>, String> {
        let mut seen = vec![false; rank];
        list.iter()
            .map(|&d| {
                let u = usize::try_from(d).ok().filter(|&u| u < rank);
                match u {
                    Some(u) if !std::mem::replace(&mut seen[u], true) => Ok(u),
                    _ => Err(format!("{what} dimension {d} is out of range or repeated")),
                }
            })
            .collect()
    };
    let lb = check(&dims.lhs_batch, a.len(), "lhs batching")?;
    let rb = check(&dims.rhs_batch, b.len(), "rhs batching")?;
    let lc = check(&dims.lhs_contract, a.len(), "lhs contracting")?;
    let rc = check(&dims.rhs_contract, b.len(), "rhs contracting")?;
    if lb.len() != rb.len() || lc.len() != rc.len() {
        return Err("lhs and rhs need as many batching and contracting dimensions".into());
    }
    for (&x, &y) in lb.iter().zip(&rb).chain(lc.iter().zip(&rc)) {
        if a[x] != b[y] {
            return Err(format!(
                "lhs dimension {x} (size {}) and rhs dimension {y} (size {}) must agree",
                a[x], b[y]
            ));
        }
    }
    if lb.iter().any(|d| lc.contains(d)) || rb.iter().any(|d| rc.contains(d)) {
        return Err("a dimension cannot be both batching and contracting".into());
    }
    let mut shape: Vec<i64> = lb.iter().map(|&d| a[d]).collect();
    shape.extend(
        (0..a.len())
            .filter(|d| !lb.contains(d) && !lc.contains(d))
            .map(|d| a[d]),
    );
    shape.extend(
        (0..b.len())
            .filter(|d| !rb.contains(d) && !rc.contains(d))
            .map(|d| b[d]),
    );
    Ok(shape)
}

fn verify_dot_general(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, 2, 1)?;
    let (ae, a) = c.operand(0)?;
    let (be, b) = c.operand(1)?;
    let (re, _) = c.result(0)?;
    let dims = m
        .attr(op, "dot_dimension_numbers")
        .and_then(DotDims::read)
        .ok_or_else(|| c.err("requires 'dot_dimension_numbers = #stablehlo.dot<...>'"))?;
    if ae != be && !(ae.is_float() && be.is_float()) {
        return Err(c.err("operands must have the same element type"));
    }
    let shape = dot_general_shape(&dims, a, b).map_err(|e| c.err(e))?;
    c.result_is(&Type::tensor(&shape, re.clone()))
}

fn verify_dot(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, 2, 1)?;
    let (_, a) = c.operand(0)?;
    let (_, b) = c.operand(1)?;
    let (re, _) = c.result(0)?;
    let shape = match (a, b) {
        ([k], [k2]) if k == k2 => vec![],
        ([m_, k], [k2]) if k == k2 => vec![*m_],
        ([k], [k2, n]) if k == k2 => vec![*n],
        ([m_, k], [k2, n]) if k == k2 => vec![*m_, *n],
        _ => return Err(c.err("operands must be vectors or matrices with matching inner sizes")),
    };
    c.result_is(&Type::tensor(&shape, re.clone()))
}

// ----- convolution ----------------------------------------------------------------------

/// `[b, 0, 1, f]`: the items as written.
fn layout_items(p: &mut dyn AsmParser) -> DiagResult<Vec<String>> {
    p.parse_punct("[")?;
    let mut items = Vec::new();
    loop {
        if let Some(i) = p.parse_optional_integer()? {
            items.push(i.to_string());
        } else {
            items.push(asm::identifier(
                p,
                "a dimension label (b, f, i, o or a number)",
            )?);
        }
        if p.parse_optional_punct("]") {
            return Ok(items);
        }
        p.parse_punct(",")?;
    }
}

/// `[[1, 1], [0, 2]]`.
fn pad_pairs(p: &mut dyn AsmParser) -> DiagResult<Vec<i64>> {
    p.parse_punct("[")?;
    let mut out = Vec::new();
    if p.parse_optional_punct("]") {
        return Ok(out);
    }
    loop {
        let pair = asm::int_list(p)?;
        if pair.len() != 2 {
            return Err(p.error("expected [low, high] padding pairs"));
        }
        out.extend(pair);
        if p.parse_optional_punct("]") {
            return Ok(out);
        }
        p.parse_punct(",")?;
    }
}

/// `[false, true]` (or 0/1).
fn bool_list(p: &mut dyn AsmParser) -> DiagResult<Vec<bool>> {
    p.parse_punct("[")?;
    let mut out = Vec::new();
    if p.parse_optional_punct("]") {
        return Ok(out);
    }
    loop {
        let b = match p.parse_optional_bare_id().as_deref() {
            Some("true") => true,
            Some("false") => false,
            _ => asm::integer(p)? != 0,
        };
        out.push(b);
        if p.parse_optional_punct("]") {
            return Ok(out);
        }
        p.parse_punct(",")?;
    }
}

fn padding_attr(flat: &[i64]) -> Attribute {
    Attribute::Dense {
        ty: Type::tensor(&[flat.len() as i64 / 2, 2], Type::i64()),
        data: DenseElements::Elements(flat.iter().map(|&v| Scalar::Int(i128::from(v))).collect()),
    }
}

struct ConvolutionAssembly;

impl CustomAssembly for ConvolutionAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let loc = p.current_location();
        p.parse_punct("(")?;
        let operands = asm::operands(p)?;
        p.parse_punct(")")?;
        asm::keyword(p, "dim_numbers")?;
        let at = p.current_location();
        let input = layout_items(p)?;
        if !p.parse_optional_keyword("x") {
            return Err(p.error("expected 'x' between the input and kernel layouts"));
        }
        let kernel = layout_items(p)?;
        p.parse_punct("->")?;
        let output = layout_items(p)?;
        let compact = format!(
            "[{}]x[{}]->[{}]",
            input.join(", "),
            kernel.join(", "),
            output.join(", ")
        );
        let dims = ConvDims::parse_compact(&compact)
            .ok_or_else(|| ir::err!(at, "invalid convolution dimension numbers '{compact}'"))?;
        let mut props = vec![NamedAttribute::new("dimension_numbers", dims.attribute())];
        if p.parse_optional_punct(",") {
            asm::keyword(p, "window")?;
            p.parse_punct("{")?;
            if !p.parse_optional_punct("}") {
                loop {
                    let at = p.current_location();
                    let key = asm::identifier(p, "a window field")?;
                    p.parse_punct("=")?;
                    let (attr, value) = match key.as_str() {
                        "stride" => ("window_strides", Attribute::i64_array(&asm::int_list(p)?)),
                        "pad" => ("padding", padding_attr(&pad_pairs(p)?)),
                        "lhs_dilate" => ("lhs_dilation", Attribute::i64_array(&asm::int_list(p)?)),
                        "rhs_dilate" => ("rhs_dilation", Attribute::i64_array(&asm::int_list(p)?)),
                        "reverse" => (
                            "window_reversal",
                            Attribute::DenseArray {
                                element: Type::i1(),
                                values: DenseArrayValues::Bool(bool_list(p)?),
                            },
                        ),
                        other => {
                            return Err(ir::err!(at, "unknown convolution window field '{other}'"))
                        }
                    };
                    props.push(NamedAttribute::new(attr, value));
                    if p.parse_optional_punct("}") {
                        break;
                    }
                    p.parse_punct(",")?;
                }
            }
        }
        let attrs = p.parse_optional_attr_dict()?;
        let sig = asm::signature(p, operands.len())?;
        asm::state(p, name, loc, &operands, sig, props, attrs)
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("stablehlo.convolution(");
        asm::print_operands(p, op);
        p.write(") dim_numbers = ");
        let compact = m
            .attr(op, "dimension_numbers")
            .and_then(ConvDims::read)
            .map(|d| d.compact())
            .unwrap_or_default();
        p.write(&compact);
        let mut window = Vec::new();
        let lists = [
            ("window_strides", "stride"),
            ("lhs_dilation", "lhs_dilate"),
            ("rhs_dilation", "rhs_dilate"),
        ];
        if let Some(v) = op_ints(m, op, "window_strides") {
            window.push(format!("stride = {}", crate::attrs::format_list(&v)));
        }
        if let Some(v) = op_ints(m, op, "padding") {
            let pairs: Vec<String> = v.chunks(2).map(crate::attrs::format_list).collect();
            window.push(format!("pad = [{}]", pairs.join(", ")));
        }
        for (attr, kw) in &lists[1..] {
            if let Some(v) = op_ints(m, op, attr) {
                window.push(format!("{kw} = {}", crate::attrs::format_list(&v)));
            }
        }
        if let Some(Attribute::DenseArray {
            values: DenseArrayValues::Bool(v),
            ..
        }) = m.attr(op, "window_reversal")
        {
            let items: Vec<&str> = v
                .iter()
                .map(|&b| if b { "true" } else { "false" })
                .collect();
            window.push(format!("reverse = [{}]", items.join(", ")));
        }
        if !window.is_empty() {
            p.write(&format!(", window = {{{}}}", window.join(", ")));
        }
        let elided = [
            "dimension_numbers",
            "window_strides",
            "padding",
            "lhs_dilation",
            "rhs_dilation",
            "window_reversal",
        ];
        asm::print_other_attrs(p, op, &elided);
        p.write(" : ");
        asm::print_function_type(p, op);
        Ok(())
    }
}

fn verify_convolution(m: &Module, op: OpId) -> DiagResult<()> {
    let c = Check::new(m, op);
    c.counts(2, 2, 1)?;
    let (_, x) = c.operand(0)?;
    let (_, w) = c.operand(1)?;
    let (_, r) = c.result(0)?;
    let dims = m
        .attr(op, "dimension_numbers")
        .and_then(ConvDims::read)
        .ok_or_else(|| c.err("requires 'dimension_numbers = #stablehlo.conv<...>'"))?;
    let spatial = dims.input.spatial.len();
    for (what, rank, layout) in [
        ("input", x.len(), &dims.input),
        ("kernel", w.len(), &dims.kernel),
        ("result", r.len(), &dims.output),
    ] {
        if rank != spatial + 2 || layout.spatial.len() != spatial {
            return Err(c.err(format!(
                "the {what} has rank {rank}, but the dimension numbers describe {} dimensions",
                layout.spatial.len() + 2
            )));
        }
    }
    for name in ["window_strides", "lhs_dilation", "rhs_dilation"] {
        if let Some(v) = op_ints(m, op, name) {
            if v.len() != spatial || v.iter().any(|&s| s < 1) {
                return Err(c.err(format!("'{name}' needs {spatial} positive entries")));
            }
        }
    }
    for name in ["feature_group_count", "batch_group_count"] {
        if m.attr(op, name).is_some() && c.int(name)? < 1 {
            return Err(c.err(format!("'{name}' must be positive")));
        }
    }
    Ok(())
}

// ----- registration -------------------------------------------------------------------

inventory::submit! {
    OpDef {
        verify: Some(verify_dot_general),
        assembly: Some(&DotGeneralAssembly),
        attributes: &[
            ("dot_dimension_numbers", true, "#stablehlo.dot<lhs/rhs batching and contracting dimensions>"),
            ("precision_config", false, "[#stablehlo<precision DEFAULT>, ...]"),
        ],
        ..OpDef::new("stablehlo.dot_general", "General tensor contraction", "Result: batch dims, then lhs free dims, then rhs free dims.")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_dot),
        assembly: Some(&DotAssembly),
        attributes: &[("precision_config", false, "[#stablehlo<precision DEFAULT>, ...]")],
        ..OpDef::new("stablehlo.dot", "Vector/matrix product", "")
    }
}
inventory::submit! {
    OpDef {
        verify: Some(verify_convolution),
        assembly: Some(&ConvolutionAssembly),
        attributes: &[
            ("dimension_numbers", true, "#stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>"),
            ("window_strides", false, "stride per spatial dimension"),
            ("padding", false, "dense<[[low, high], ...]> per spatial dimension"),
            ("lhs_dilation", false, "input dilation"),
            ("rhs_dilation", false, "kernel dilation"),
            ("feature_group_count", false, "grouped convolution"),
            ("batch_group_count", false, "batch grouping"),
        ],
        ..OpDef::new("stablehlo.convolution", "N-d convolution", "StableHLO semantics.")
    }
}
