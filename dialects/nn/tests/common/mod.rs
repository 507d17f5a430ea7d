//! Shared test scaffolding: builds one `nn` op over block arguments of the given
//! types and runs its hooks the way the core verifier does.
#![allow(dead_code)]
use ir::{Attribute, BlockId, Context, Location, Module, OpId, OperationState, Type, ValueId};

/// A tensor of f32.
pub fn f(shape: &[i64]) -> Type {
    Type::tensor(shape, Type::f32())
}
/// A tensor of i64.
pub fn i64t(shape: &[i64]) -> Type {
    Type::tensor(shape, Type::i64())
}
/// A tensor of i32.
pub fn i32t(shape: &[i64]) -> Type {
    Type::tensor(shape, Type::i(32))
}
/// A tensor of i1.
pub fn i1t(shape: &[i64]) -> Type {
    Type::tensor(shape, Type::i1())
}
pub fn ints(v: &[i64]) -> Attribute {
    Attribute::i64_array(v)
}
/// The `[1, 2]` spelling of an integer list.
pub fn list(v: &[i64]) -> Attribute {
    Attribute::Array(v.iter().map(|&x| Attribute::i64(x)).collect())
}
pub fn int(v: i64) -> Attribute {
    Attribute::i64(v)
}
pub fn s(v: &str) -> Attribute {
    Attribute::string(v)
}

pub fn loc() -> Location {
    Location::file_line_col("t.mlir", 3, 5)
}

pub fn context() -> Context {
    nn_dialect::register();
    Context::new()
}

/// A module holding one detached block whose arguments have `types`.
pub fn block(types: &[Type]) -> (Module, BlockId, Vec<ValueId>) {
    let mut m = Module::new();
    let args: Vec<_> = types.iter().map(|t| (t.clone(), loc())).collect();
    let b = m.create_block(&args);
    let vals = m.block(b).args.clone();
    (m, b, vals)
}

/// Appends `name(operands) {attrs} : results` to `b`.
pub fn append(
    m: &mut Module,
    b: BlockId,
    name: &str,
    operands: &[ValueId],
    attrs: &[(&str, Attribute)],
    results: &[Type],
) -> OpId {
    let mut st = OperationState::new(name, loc())
        .operands(operands)
        .results(results);
    for (n, a) in attrs {
        st = st.attr(n, a.clone());
    }
    let op = m.create_op(st);
    m.append_op(b, op);
    op
}

/// Runs verify, then infer, then the core's result comparison, on an op built from
/// block arguments; returns the inferred types or the rendered diagnostic.
pub fn check_with(
    name: &str,
    operands: &[Type],
    attrs: &[(&str, Attribute)],
    results: &[Type],
) -> Result<Vec<Type>, String> {
    let ctx = context();
    let def = ctx
        .op_def(name)
        .unwrap_or_else(|| panic!("{name} is not registered"));
    let (mut m, b, args) = block(operands);
    let op = append(&mut m, b, name, &args, attrs, results);
    (def.verify.expect("verify hook"))(&m, op).map_err(|d| d.to_string())?;
    let inferred = (def.infer.expect("infer hook"))(&m, op).map_err(|d| d.to_string())?;
    if inferred != m.result_types(op) {
        return Err(format!(
            "result type {} does not match the inferred type {}",
            ir::asm::format_results(&m.result_types(op)),
            ir::asm::format_results(&inferred)
        ));
    }
    Ok(inferred)
}

/// Infers the single result type of an op whose result is inferred; the written
/// result is a placeholder.
pub fn infer(name: &str, operands: &[Type], attrs: &[(&str, Attribute)]) -> Result<Type, String> {
    let ctx = context();
    let def = ctx
        .op_def(name)
        .unwrap_or_else(|| panic!("{name} is not registered"));
    let (mut m, b, args) = block(operands);
    let op = append(&mut m, b, name, &args, attrs, &[Type::None]);
    (def.verify.expect("verify hook"))(&m, op).map_err(|d| d.to_string())?;
    let mut t = (def.infer.expect("infer hook"))(&m, op).map_err(|d| d.to_string())?;
    assert_eq!(t.len(), 1);
    Ok(t.remove(0))
}

/// The error message of an op that must fail (the inferred-result path).
pub fn infer_err(name: &str, operands: &[Type], attrs: &[(&str, Attribute)]) -> String {
    match infer(name, operands, attrs) {
        Ok(t) => panic!("{name} unexpectedly verified with result {t}"),
        Err(e) => e,
    }
}

/// The error message of an op with a written result type that must fail.
pub fn check_err(
    name: &str,
    operands: &[Type],
    attrs: &[(&str, Attribute)],
    results: &[Type],
) -> String {
    match check_with(name, operands, attrs, results) {
        Ok(t) => panic!("{name} unexpectedly verified with results {t:?}"),
        Err(e) => e,
    }
}
