//! Test-only ops (`test.*`) and helpers to build modules with `builtin.module`,
//! `func.func`, `func.call` and `func.return` by name (those stay unregistered here, so
//! contexts allow unregistered ops).
#![allow(dead_code)]
// Link the crate so its passes register themselves.
use ir::{
    Attribute, BlockId, Builder, Context, Location, Module, OpDef, OpId, OpTrait, OperationState,
    Type, ValueId,
};
use transforms as _;

macro_rules! test_op {
    ($name:literal, [$($t:ident),*], $fold:expr) => {
        ir::inventory::submit! {
            OpDef {
                name: $name,
                summary: "test op",
                description: "",
                traits: &[$(OpTrait::$t),*],
                verify: None, infer: None, dim_flow: None, cost: None, fold: $fold, assembly: None,
                attributes: &[],
            }
        }
    };
}

test_op!("test.add", [Pure, Commutative], Some(fold_add));
test_op!("test.sub", [Pure], None);
test_op!("test.const", [Pure, ConstantLike], None);
test_op!("test.neg", [Pure], Some(fold_neg));
test_op!("test.effect", [], None);
test_op!("test.scope", [Pure], None);
test_op!("test.yield", [Pure, Terminator, ReturnLike], None);

/// `neg(neg(x))` folds to `x`.
fn fold_neg(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let inner = m.defining_op(m.op(op).operands[0])?;
    (m.name(inner) == "test.neg").then(|| vec![m.op(inner).operands[0]])
}

/// `add(const a, const b)` folds to a new `const (a + b)` inserted before it.
fn fold_add(m: &mut Module, op: OpId) -> Option<Vec<ValueId>> {
    let value = |v: ValueId| -> Option<i64> {
        let d = m.defining_op(v)?;
        (m.name(d) == "test.const").then(|| m.attr(d, "value")?.as_int().map(|x| x as i64))?
    };
    let (a, b) = (value(m.op(op).operands[0])?, value(m.op(op).operands[1])?);
    let ty = m.value_type(m.result(op, 0)).clone();
    let c = m.create_op(
        OperationState::new("test.const", Location::Unknown)
            .results(&[ty])
            .attr("value", Attribute::i64(a + b)),
    );
    m.insert_before(op, c);
    Some(vec![m.result(c, 0)])
}

pub fn context() -> Context {
    let mut c = Context::new();
    c.allow_unregistered = true;
    c
}

pub fn t() -> Type {
    Type::tensor(&[4], Type::f32())
}

/// A `builtin.module` and its body block.
pub fn module() -> (Module, BlockId) {
    let mut m = Module::new();
    let body = m.create_block(&[]);
    let top =
        m.create_op(OperationState::new("builtin.module", Location::Unknown).region(vec![body]));
    m.top.push(top);
    (m, body)
}

/// A `func.func @name` with `nargs` tensor arguments and `nres` tensor results; returns
/// the function and its entry block (empty: add a `func.return`).
pub fn func(
    m: &mut Module,
    body: BlockId,
    name: &str,
    nargs: usize,
    nres: usize,
    private: bool,
) -> (OpId, BlockId) {
    let entry = m.create_block(&vec![(t(), Location::Unknown); nargs]);
    let mut state = OperationState::new("func.func", Location::Unknown)
        .property("sym_name", Attribute::string(name))
        .property(
            "function_type",
            Attribute::Type(Type::function(vec![t(); nargs], vec![t(); nres])),
        )
        .region(vec![entry]);
    if private {
        state = state.property("sym_visibility", Attribute::string("private"));
    }
    let f = m.create_op(state);
    m.append_op(body, f);
    (f, entry)
}

pub fn ret(m: &mut Module, block: BlockId, values: &[ValueId]) -> OpId {
    let op = m.create_op(OperationState::new("func.return", Location::Unknown).operands(values));
    m.append_op(block, op);
    op
}

pub fn call(m: &mut Module, block: BlockId, callee: &str, args: &[ValueId], nres: usize) -> OpId {
    let op = m.create_op(
        OperationState::new("func.call", Location::Unknown)
            .operands(args)
            .results(&vec![t(); nres])
            .property("callee", Attribute::symbol(callee)),
    );
    m.append_op(block, op);
    op
}

pub fn op(m: &mut Module, block: BlockId, name: &str, operands: &[ValueId]) -> ValueId {
    Builder::at_end(m, block).op(name, operands, &[], &[t()])[0]
}

pub fn constant(m: &mut Module, block: BlockId, value: i64) -> ValueId {
    Builder::at_end(m, block).op(
        "test.const",
        &[],
        &[("value", Attribute::i64(value))],
        &[t()],
    )[0]
}

/// A `test.scope` op (one result) whose single-block region is returned.
pub fn scope(m: &mut Module, block: BlockId) -> (OpId, BlockId) {
    let inner = m.create_block(&[]);
    let op = m.create_op(
        OperationState::new("test.scope", Location::Unknown)
            .results(&[t()])
            .region(vec![inner]),
    );
    m.append_op(block, op);
    (op, inner)
}

pub fn yield_(m: &mut Module, block: BlockId, values: &[ValueId]) {
    let op = m.create_op(OperationState::new("test.yield", Location::Unknown).operands(values));
    m.append_op(block, op);
}

/// Names of the live ops in a block, in order.
pub fn names(m: &Module, block: BlockId) -> Vec<String> {
    m.block_ops(block).map(|o| m.name(o).to_string()).collect()
}

pub fn count(m: &Module, name: &str) -> usize {
    m.all_ops()
        .into_iter()
        .filter(|&o| m.name(o) == name)
        .count()
}

pub fn verify(m: &Module, c: &Context) {
    if let Err(e) = ir::verify::verify(m, c) {
        panic!(
            "{e}\n{}",
            ir::print_module(
                m,
                c,
                ir::PrintOptions {
                    generic: true,
                    debug_info: false,
                    ..Default::default()
                }
            )
        );
    }
}

/// Runs a pipeline with verification after each pass.
pub fn run(m: &mut Module, c: &Context, pipeline: &str) {
    let mut pm = pass::PassManager::new();
    pm.add_pipeline(pipeline).unwrap();
    pm.run(m, c, &mut std::io::sink()).unwrap();
}
