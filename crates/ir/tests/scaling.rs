//! Rewriting stays near-linear at 10^5 operations.
//!
//! Each test does 10^5 of one kind of mutation on a 10^5-op function. There is no
//! timing assert; the work is arranged so that any mutation costing O(uses) or
//! O(block) instead of O(1) would turn a test into minutes: one value with 10^5 users
//! whose uses are removed in creation order and in reverse order, 10^5
//! replace-all-uses into one value, 10^5 insertions in the middle of a long block.
//! `IR_SCALE_N` overrides the size (to compare growth at two sizes by hand).
use ir::verify::verify;
use ir::{
    Attribute, BlockId, Builder, Context, Location, Module, OpId, OperationState, Type, ValueId,
};
use std::time::Instant;

use func_dialect as _;
use nn_dialect as _;

fn n() -> usize {
    std::env::var("IR_SCALE_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000)
}

fn context() -> Context {
    assert!(func_dialect::DIALECTS.contains(&"func"));
    nn_dialect::register();
    Context::new()
}

fn t() -> Type {
    Type::tensor(&[4], Type::f32())
}

/// A module with `func.func @f(%x) -> t` whose body is empty but for the return
/// of `%x`; returns the body, `%x` and the return.
fn skeleton(m: &mut Module) -> (BlockId, ValueId, OpId) {
    let module_body = m.create_block(&[]);
    let module = m.create_op(
        OperationState::new("builtin.module", Location::Unknown).region(vec![module_body]),
    );
    m.top.push(module);
    let body = m.create_block(&[(t(), Location::Unknown)]);
    let func = m.create_op(
        OperationState::new("func.func", Location::Unknown)
            .property("sym_name", Attribute::string("f"))
            .property(
                "function_type",
                Attribute::Type(Type::function(vec![t()], vec![t()])),
            )
            .region(vec![body]),
    );
    m.append_op(module_body, func);
    let x = m.block(body).args[0];
    let ret = m.create_op(OperationState::new("func.return", Location::Unknown).operands(&[x]));
    m.append_op(body, ret);
    (body, x, ret)
}

/// `%0 = neg(%x); %1 = neg(%0); ...` n ops before the return, which returns the last.
fn chain(m: &mut Module, n: usize) -> (BlockId, ValueId, OpId, Vec<OpId>) {
    let (body, x, ret) = skeleton(m);
    let mut ops = Vec::with_capacity(n);
    let mut cur = x;
    let mut b = Builder::before(m, ret);
    for _ in 0..n {
        cur = b.op("nn.neg", &[cur], &[], &[t()])[0];
        ops.push(b.module.defining_op(cur).unwrap());
    }
    m.set_operand(ret, 0, cur);
    (body, x, ret, ops)
}

/// n ops `neg(%x)` (one value, n users) before the return.
fn fan_out(m: &mut Module, n: usize) -> (BlockId, ValueId, OpId, Vec<OpId>) {
    let (body, x, ret) = skeleton(m);
    let mut b = Builder::before(m, ret);
    let ops = (0..n).map(|_| {
        let r = b.op("nn.neg", &[x], &[], &[t()])[0];
        b.module.defining_op(r).unwrap()
    });
    let ops = ops.collect();
    (body, x, ret, ops)
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let r = f();
    eprintln!("{what}: {:.3} s", start.elapsed().as_secs_f64());
    r
}

#[test]
fn replace_all_uses_on_every_value_then_erase_in_creation_order() {
    let n = n();
    let ctx = context();
    let mut m = Module::new();
    let (body, x, ret, ops) = timed("build chain", || chain(&mut m, n));
    timed("verify", || verify(&m, &ctx)).expect("chain verifies");

    // Every result's uses go to %x: %x gains one use per step (n + 1 in the end:
    // every neg and the return).
    timed("replace_all_uses x n", || {
        for &op in &ops {
            let r = m.result(op, 0);
            m.replace_all_uses(r, x);
        }
    });
    assert_eq!(m.uses(x).len(), n + 1);
    assert!(ops.iter().all(|&o| !m.has_uses(m.result(o, 0))));
    assert_eq!(m.op(ret).operands, vec![x]);
    verify(&m, &ctx).expect("valid after replace_all_uses");

    // Erasing in creation order removes %x's oldest uses first.
    timed("erase x n (creation order)", || {
        for &op in &ops {
            m.erase_op(op);
        }
    });
    assert_eq!(m.uses(x).len(), 1);
    assert_eq!(m.block_len(body), 1);
    verify(&m, &ctx).expect("valid after erasing");
}

#[test]
fn fan_out_erased_in_creation_order() {
    let n = n();
    let mut m = Module::new();
    let (body, x, _, ops) = fan_out(&mut m, n);
    assert_eq!(m.uses(x).len(), n + 1);
    timed("fan-out erase x n (creation order)", || {
        for &op in &ops {
            m.erase_op(op);
        }
    });
    assert_eq!(m.uses(x).len(), 1);
    assert_eq!(m.block_len(body), 1);
}

#[test]
fn fan_out_erased_in_reverse_order() {
    let n = n();
    let mut m = Module::new();
    let (body, x, _, ops) = fan_out(&mut m, n);
    timed("fan-out erase x n (reverse order)", || {
        for &op in ops.iter().rev() {
            m.erase_op(op);
        }
    });
    assert_eq!(m.uses(x).len(), 1);
    assert_eq!(m.block_len(body), 1);
}

#[test]
fn fan_out_rewired_one_operand_at_a_time() {
    let n = n();
    let ctx = context();
    let mut m = Module::new();
    let (_, x, ret, ops) = fan_out(&mut m, n);
    // A second value to move the uses to: the first neg's result.
    let y = m.result(ops[0], 0);
    timed("set_operand x n (creation order)", || {
        for &op in &ops[1..] {
            m.set_operand(op, 0, y);
        }
    });
    assert_eq!(m.uses(x).len(), 2, "the first neg and the return");
    assert_eq!(m.uses(y).len(), n - 1);
    // ...and back again, newest first.
    timed("set_operand x n (reverse order)", || {
        for &op in ops[1..].iter().rev() {
            m.set_operand(op, 0, x);
        }
    });
    assert_eq!(m.uses(x).len(), n + 1);
    assert!(!m.has_uses(y));
    m.set_operand(ret, 0, y);
    verify(&m, &ctx).expect("valid after rewiring");
}

#[test]
fn insert_before_every_op_then_erase_the_originals() {
    let n = n();
    let ctx = context();
    let mut m = Module::new();
    let (body, x, ret, ops) = chain(&mut m, n);

    // Before each neg, a relu of its operand, which the neg then reads: the chain
    // doubles in length, every insertion in the middle of a long block.
    let inserted: Vec<OpId> = timed("insert_before x n", || {
        ops.iter()
            .map(|&op| {
                let input = m.op(op).operands[0];
                let relu = m.create_op(
                    OperationState::new("nn.relu", Location::Unknown)
                        .operands(&[input])
                        .results(&[t()]),
                );
                m.insert_before(op, relu);
                m.set_operand(op, 0, m.result(relu, 0));
                relu
            })
            .collect()
    });
    assert_eq!(m.block_len(body), 2 * n + 1);
    assert_eq!(m.next_op(inserted[7]), Some(ops[7]));
    verify(&m, &ctx).expect("valid after insertions");

    // After each relu, an abs that nothing reads yet.
    timed("insert_after x n", || {
        for &relu in &inserted {
            let r = m.result(relu, 0);
            let abs = m.create_op(
                OperationState::new("nn.abs", Location::Unknown)
                    .operands(&[r])
                    .results(&[t()]),
            );
            m.insert_after(relu, abs);
        }
    });
    assert_eq!(m.block_len(body), 3 * n + 1);

    // Walk: pre-order, block order, every op once.
    let mut count = 0usize;
    let mut last_index = 0usize;
    let mut in_order = true;
    let top = m.top[0];
    let position: std::collections::HashMap<OpId, usize> =
        m.block_ops(body).enumerate().map(|(i, o)| (o, i)).collect();
    timed("walk", || {
        m.walk(top, &mut |o| {
            count += 1;
            if let Some(&i) = position.get(&o) {
                in_order &= i == 0 || i == last_index + 1;
                last_index = i;
            }
        })
    });
    assert_eq!(count, 3 * n + 1 + 2, "module, function and the body");
    assert!(in_order);

    // Erase the original negs (each relu then feeds the next relu directly), then the
    // dead abs ops, newest first.
    timed("erase x n (replace_op, creation order)", || {
        for &op in &ops {
            let input = m.op(op).operands[0];
            m.replace_op(op, &[input]);
        }
    });
    assert_eq!(m.block_len(body), 2 * n + 1);
    assert_eq!(
        m.op(ret).operands,
        vec![m.result(*inserted.last().unwrap(), 0)]
    );
    assert_eq!(m.uses(x).len(), 1);
    verify(&m, &ctx).expect("valid after erasing the originals");
}

#[test]
fn move_every_op_to_another_block() {
    let n = n();
    let ctx = context();
    let mut m = Module::new();
    let (body, _, ret, ops) = chain(&mut m, n);
    // Move the ops out to a detached block, in order, then back before the return.
    let side = m.create_block(&[]);
    timed("append_op (move) x n", || {
        for &op in &ops {
            m.append_op(side, op);
        }
    });
    assert_eq!(m.block_len(body), 1);
    assert_eq!(m.block_len(side), n);
    timed("insert_before (move back) x n", || {
        for &op in &ops {
            m.insert_before(ret, op);
        }
    });
    assert_eq!(m.block_len(side), 0);
    assert_eq!(m.block_len(body), n + 1);
    verify(&m, &ctx).expect("valid after moving back");
}
