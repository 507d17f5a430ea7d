//! `func.func`: a named function. Properties `sym_name`, `function_type`, optional
//! `sym_visibility`, `arg_attrs` and `res_attrs`, as MLIR 19 prints them. The body's
//! entry block arguments are the function arguments; a declaration has no body.
//!
//! Pretty form:
//! `func.func [private] @name(%arg0: type {attrs}, ...) -> (type {attrs}, ...) [attributes {...}] { body }`
//! and for a declaration `func.func private @name(type, ...) -> type`.
use ir::asm::{Argument, AsmParser};
use ir::{
    AsmPrinter, Attribute, CustomAssembly, DiagResult, Diagnostic, Module, NamedAttribute, OpDef,
    OpId, OpTrait, OperationState, Type,
};
use std::fmt;

/// The function's name.
pub fn symbol_name(m: &Module, op: OpId) -> Option<&str> {
    m.attr(op, "sym_name").and_then(Attribute::as_str)
}
/// The function's type: `(inputs) -> results`.
pub fn function_type(m: &Module, op: OpId) -> Option<(&[Type], &[Type])> {
    match m.attr(op, "function_type").and_then(Attribute::as_type) {
        Some(Type::Function { inputs, results }) => Some((inputs, results)),
        _ => None,
    }
}
/// True for an external declaration (no body).
pub fn is_declaration(m: &Module, op: OpId) -> bool {
    m.op(op)
        .regions
        .first()
        .is_none_or(|&r| m.region(r).blocks.is_empty())
}

/// Why a module has no entry function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// No function has a body.
    NoFunction,
    /// Several functions have a body and none is named `@main`.
    NoMain { functions: usize },
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EntryError::NoFunction => write!(f, "the module has no function with a body"),
            EntryError::NoMain { functions } => write!(
                f,
                "the module has {functions} functions and none is named @main"
            ),
        }
    }
}

impl std::error::Error for EntryError {}

impl EntryError {
    /// The error as a diagnostic located at the module (its first top-level op).
    pub fn located(&self, m: &Module) -> Diagnostic {
        let loc = m
            .top
            .first()
            .map_or(ir::Location::Unknown, |&t| m.op(t).loc.clone());
        Diagnostic::error(loc, self.to_string())
    }
}

/// The function a tool runs or transforms: `@main`, else the only function with a
/// body (in the top-level module or at top level). The one definition every tool,
/// pass and runtime uses.
pub fn entry_function(m: &Module) -> Result<OpId, EntryError> {
    let mut funcs = Vec::new();
    for &top in &m.top {
        if m.name(top) == "func.func" {
            funcs.push(top);
        }
        for r in &m.op(top).regions {
            for &b in &m.region(*r).blocks {
                funcs.extend(m.block_ops(b).filter(|&o| m.name(o) == "func.func"));
            }
        }
    }
    let defined: Vec<OpId> = funcs
        .into_iter()
        .filter(|&f| !is_declaration(m, f))
        .collect();
    if let Some(&f) = defined.iter().find(|&&f| symbol_name(m, f) == Some("main")) {
        return Ok(f);
    }
    match defined.as_slice() {
        [only] => Ok(*only),
        [] => Err(EntryError::NoFunction),
        many => Err(EntryError::NoMain {
            functions: many.len(),
        }),
    }
}

struct FuncAssembly;

/// A parsed argument list: names (if written), types, and attribute dictionaries.
type ArgumentList = (Vec<Option<Argument>>, Vec<Type>, Vec<Vec<NamedAttribute>>);

/// Parses `(type {attrs}, ...)` or `(%arg: type {attrs} loc(..), ...)`.
fn parse_arguments(p: &mut dyn AsmParser) -> DiagResult<ArgumentList> {
    let (mut names, mut types, mut attrs) = (vec![], vec![], vec![]);
    p.parse_punct("(")?;
    if p.parse_optional_punct(")") {
        return Ok((names, types, attrs));
    }
    loop {
        let arg = p.parse_optional_argument()?;
        if arg.is_some() {
            p.parse_punct(":")?;
        }
        types.push(p.parse_type()?);
        attrs.push(p.parse_optional_attr_dict()?);
        let loc = p.parse_optional_location()?;
        names.push(arg.map(|mut a| {
            if let Some(l) = loc {
                a.loc = l;
            }
            a
        }));
        if p.parse_optional_punct(")") {
            break;
        }
        p.parse_punct(",")?;
    }
    Ok((names, types, attrs))
}

fn parse_results(p: &mut dyn AsmParser) -> DiagResult<(Vec<Type>, Vec<Vec<NamedAttribute>>)> {
    if !p.parse_optional_punct("->") {
        return Ok((vec![], vec![]));
    }
    if !p.peek_punct("(") {
        return Ok((vec![p.parse_type()?], vec![vec![]]));
    }
    p.parse_punct("(")?;
    let (mut types, mut attrs) = (vec![], vec![]);
    if p.parse_optional_punct(")") {
        return Ok((types, attrs));
    }
    loop {
        types.push(p.parse_type()?);
        attrs.push(p.parse_optional_attr_dict()?);
        if p.parse_optional_punct(")") {
            break;
        }
        p.parse_punct(",")?;
    }
    Ok((types, attrs))
}

fn attr_list(attrs: Vec<Vec<NamedAttribute>>) -> Option<Attribute> {
    attrs
        .iter()
        .any(|a| !a.is_empty())
        .then(|| Attribute::Array(attrs.into_iter().map(Attribute::Dictionary).collect()))
}

impl CustomAssembly for FuncAssembly {
    fn parse(&self, p: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState> {
        let mut state = OperationState::new(name, p.current_location());
        // `public` is the default visibility: it is accepted and not stored, so the
        // printer (which leaves it out) round-trips it.
        p.parse_optional_keyword("public");
        for visibility in ["private", "nested"] {
            if p.parse_optional_keyword(visibility) {
                state = state.property("sym_visibility", Attribute::string(visibility));
            }
        }
        let sym = p
            .parse_optional_symbol_name()?
            .ok_or_else(|| p.error("expected '@name' of the function"))?;
        let args_at = p.current_location();
        let (names, inputs, arg_attrs) = parse_arguments(p)?;
        let named = names.iter().filter(|n| n.is_some()).count();
        if named != 0 && named != names.len() {
            return Err(Diagnostic::error(
                args_at,
                "expected all or none of the arguments to be named",
            ));
        }
        let (results, res_attrs) = parse_results(p)?;
        if p.parse_optional_keyword("attributes") {
            state.attributes = p.parse_optional_attr_dict()?;
        }
        state = state
            .property("sym_name", Attribute::String(sym.into_bytes()))
            .property(
                "function_type",
                Attribute::Type(Type::function(inputs.clone(), results)),
            );
        if let Some(a) = attr_list(arg_attrs) {
            state = state.property("arg_attrs", a);
        }
        if let Some(a) = attr_list(res_attrs) {
            state = state.property("res_attrs", a);
        }
        if p.peek_punct("{") {
            if named != names.len() {
                return Err(p.error("a function with a body must name its arguments"));
            }
            let entry: Vec<(Argument, Type)> = names.into_iter().flatten().zip(inputs).collect();
            let blocks = p.parse_region(&entry)?;
            Ok(state.region(blocks))
        } else {
            Ok(state.region(vec![]))
        }
    }

    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write("func.func ");
        if let Some(v) = m.attr(op, "sym_visibility").and_then(Attribute::as_str) {
            if v != "public" {
                p.write(v);
                p.write(" ");
            }
        }
        p.print_symbol_name(symbol_name(m, op).unwrap_or(""));
        let (inputs, results) = function_type(m, op).unwrap_or((&[], &[]));
        let list = |name: &str, i: usize| -> Vec<NamedAttribute> {
            match m.attr(op, name) {
                Some(Attribute::Array(items)) => items
                    .get(i)
                    .and_then(Attribute::as_dictionary)
                    .map(<[_]>::to_vec)
                    .unwrap_or_default(),
                _ => vec![],
            }
        };
        let entry = m.entry_block(op, 0);
        p.write("(");
        for (i, t) in inputs.iter().enumerate() {
            if i > 0 {
                p.write(", ");
            }
            match entry {
                Some(b) => {
                    let v = m.block(b).args[i];
                    p.print_value(v);
                    p.write(": ");
                    p.print_type(t);
                }
                None => p.print_type(t),
            }
            p.print_optional_attr_dict(&list("arg_attrs", i), &[]);
            if p.options.debug_info {
                if let Some(b) = entry {
                    let l = m.value(m.block(b).args[i]).loc.to_string();
                    p.write(" ");
                    p.write(&l);
                }
            }
        }
        p.write(")");
        let has_res_attrs = (0..results.len()).any(|i| !list("res_attrs", i).is_empty());
        if !results.is_empty() {
            p.write(" -> ");
            if results.len() == 1 && !has_res_attrs && !matches!(results[0], Type::Function { .. })
            {
                p.print_type(&results[0]);
            } else {
                p.write("(");
                for (i, t) in results.iter().enumerate() {
                    if i > 0 {
                        p.write(", ");
                    }
                    p.print_type(t);
                    p.print_optional_attr_dict(&list("res_attrs", i), &[]);
                }
                p.write(")");
            }
        }
        let attrs = m.op(op).attributes.clone();
        if !attrs.is_empty() {
            p.write(" attributes");
            p.print_optional_attr_dict(&attrs, &[]);
        }
        if entry.is_some() {
            p.write(" ");
            p.print_region(m.op(op).regions[0], false)?;
        }
        Ok(())
    }
}

fn verify(m: &Module, op: OpId) -> DiagResult<()> {
    let data = m.op(op);
    let loc = &data.loc;
    if !data.operands.is_empty() || !data.results.is_empty() {
        return Err(ir::err!(
            loc,
            "'func.func' op takes no operands and returns no results"
        ));
    }
    if symbol_name(m, op).is_none() {
        return Err(ir::err!(
            loc,
            "'func.func' op requires string attribute 'sym_name'"
        ));
    }
    let Some((inputs, results)) = function_type(m, op) else {
        return Err(ir::err!(
            loc,
            "'func.func' op requires attribute 'function_type' to be a function type"
        ));
    };
    if let Some(v) = m.attr(op, "sym_visibility") {
        if !matches!(v.as_str(), Some("public" | "private" | "nested")) {
            return Err(ir::err!(
                loc,
                "'func.func' op 'sym_visibility' must be \"public\", \"private\" or \"nested\""
            ));
        }
    }
    for (name, n) in [("arg_attrs", inputs.len()), ("res_attrs", results.len())] {
        if let Some(a) = m.attr(op, name) {
            let ok = matches!(a, Attribute::Array(items) if items.len() == n && items.iter().all(|i| i.as_dictionary().is_some()));
            if !ok {
                return Err(ir::err!(
                    loc,
                    "'func.func' op '{name}' must be an array of {n} dictionaries"
                ));
            }
        }
    }
    if data.regions.len() != 1 {
        return Err(ir::err!(loc, "'func.func' op expects one region"));
    }
    if let Some(entry) = m.entry_block(op, 0) {
        let arg_types: Vec<Type> = m
            .block(entry)
            .args
            .iter()
            .map(|&v| m.value_type(v).clone())
            .collect();
        if arg_types != inputs {
            return Err(ir::err!(
                loc,
                "'func.func' op entry block arguments do not match the function type"
            ));
        }
    } else if m.attr(op, "sym_visibility").and_then(Attribute::as_str) != Some("private") {
        return Err(ir::err!(
            loc,
            "'func.func' op symbol declaration cannot have public visibility"
        ));
    }
    Ok(())
}

ir::inventory::submit! {
    OpDef {
        name: "func.func",
        summary: "A function with a name, a type and a body",
        description: "Entry block arguments are the function's arguments; `func.return` ends the body. A private function without a body is a declaration.",
        traits: &[OpTrait::IsolatedFromAbove, OpTrait::Symbol],
        verify: Some(verify),
        infer: None,
        dim_flow: None,
        cost: None,
        fold: None,
        assembly: Some(&FuncAssembly),
        attributes: &[
            ("sym_name", true, "function name"),
            ("function_type", true, "the function's type"),
            ("sym_visibility", false, "\"public\" (default), \"private\" or \"nested\""),
            ("arg_attrs", false, "one dictionary per argument"),
            ("res_attrs", false, "one dictionary per result"),
        ],
    }
}
