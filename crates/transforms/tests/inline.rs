mod common;
use common::*;
use transforms::inline::inline_calls;

/// main -> mid -> leaf; leaf holds a nested region.
fn chain() -> (ir::Module, ir::BlockId) {
    let (mut m, body) = module();
    let (_, leaf) = func(&mut m, body, "leaf", 1, 1, true);
    let x = m.block(leaf).args[0];
    let (s, r) = scope(&mut m, leaf);
    let n = op(&mut m, r, "test.neg", &[x]);
    yield_(&mut m, r, &[n]);
    let v = m.result(s, 0);
    let y = op(&mut m, leaf, "test.add", &[v, x]);
    ret(&mut m, leaf, &[y]);

    let (_, mid) = func(&mut m, body, "mid", 1, 1, true);
    let x = m.block(mid).args[0];
    let e = op(&mut m, mid, "test.neg", &[x]);
    let c = call(&mut m, mid, "leaf", &[e], 1);
    let r = m.result(c, 0);
    ret(&mut m, mid, &[r]);

    let (_, main) = func(&mut m, body, "main", 1, 1, false);
    let a = m.block(main).args[0];
    let c = call(&mut m, main, "mid", &[a], 1);
    let r = m.result(c, 0);
    ret(&mut m, main, &[r]);
    (m, main)
}

#[test]
fn inlines_a_two_level_call_chain_with_nested_regions() {
    let c = context();
    let (mut m, main) = chain();
    inline_calls(&mut m, &c, 4);
    verify(&m, &c);
    assert_eq!(count(&m, "func.call"), 0);
    assert_eq!(
        names(&m, main),
        ["test.neg", "test.scope", "test.add", "func.return"]
    );
    // The copied region uses the value the call passed in, i.e. the first test.neg.
    let neg = m.first_op(main).unwrap();
    let scope_op = m.next_op(neg).unwrap();
    let inner = m.entry_block(scope_op, 0).unwrap();
    assert_eq!(names(&m, inner), ["test.neg", "test.yield"]);
    assert_eq!(
        m.op(m.first_op(inner).unwrap()).operands,
        [m.result(neg, 0)]
    );
    let ret_op = m.last_op(main).unwrap();
    let add = m.prev_op(ret_op).unwrap();
    assert_eq!(m.op(ret_op).operands, [m.result(add, 0)]);
    assert_eq!(
        m.op(add).operands,
        [m.result(scope_op, 0), m.result(neg, 0)]
    );
    // Callees are kept: that is symbol-dce's job.
    assert_eq!(count(&m, "func.func"), 3);
    run(&mut m, &c, "symbol-dce");
    assert_eq!(count(&m, "func.func"), 1);
}

#[test]
fn max_iterations_bounds_the_rounds() {
    let c = context();
    let (mut m, _) = chain();
    // One round visits calls in module order: `mid`'s call to leaf is inlined first,
    // so main's call to mid then copies a body that has no call left.
    assert_eq!(inline_calls(&mut m, &c, 1), 2);
    assert_eq!(count(&m, "func.call"), 0);
    let (mut m, _) = chain();
    run(&mut m, &c, "inline{max-iterations=0}");
    assert_eq!(count(&m, "func.call"), 2);
}

#[test]
fn calls_exposed_by_inlining_wait_for_the_next_round() {
    let c = context();
    let (mut m, body) = module();
    // Callers before callees: main's call to a exposes a call to b only after round 1.
    let (_, main) = func(&mut m, body, "main", 1, 1, false);
    let x = m.block(main).args[0];
    let k = call(&mut m, main, "a", &[x], 1);
    let r = m.result(k, 0);
    ret(&mut m, main, &[r]);
    let (_, fa) = func(&mut m, body, "a", 1, 1, true);
    let x = m.block(fa).args[0];
    let k = call(&mut m, fa, "b", &[x], 1);
    let r = m.result(k, 0);
    ret(&mut m, fa, &[r]);
    let (_, fb) = func(&mut m, body, "b", 1, 1, true);
    let x = m.block(fb).args[0];
    let n = op(&mut m, fb, "test.neg", &[x]);
    ret(&mut m, fb, &[n]);
    let mut once = m.clone();
    inline_calls(&mut once, &c, 1);
    assert_eq!(names(&once, main), ["func.call", "func.return"]);
    inline_calls(&mut m, &c, 4);
    assert_eq!(names(&m, main), ["test.neg", "func.return"]);
}

#[test]
fn leaves_recursion_declarations_and_unknown_callees_alone() {
    let c = context();
    let (mut m, body) = module();
    let (_, r) = func(&mut m, body, "self_rec", 1, 1, true);
    let x = m.block(r).args[0];
    let k = call(&mut m, r, "self_rec", &[x], 1);
    let v = m.result(k, 0);
    ret(&mut m, r, &[v]);
    let (_, p) = func(&mut m, body, "ping", 1, 1, true);
    let x = m.block(p).args[0];
    let k = call(&mut m, p, "pong", &[x], 1);
    let v = m.result(k, 0);
    ret(&mut m, p, &[v]);
    let (_, q) = func(&mut m, body, "pong", 1, 1, true);
    let x = m.block(q).args[0];
    let k = call(&mut m, q, "ping", &[x], 1);
    let v = m.result(k, 0);
    ret(&mut m, q, &[v]);
    // An external declaration: no blocks.
    let decl = m.create_op(
        ir::OperationState::new("func.func", ir::Location::Unknown)
            .property("sym_name", ir::Attribute::string("ext"))
            .property("sym_visibility", ir::Attribute::string("private")),
    );
    m.add_region(decl);
    m.append_op(body, decl);
    let (_, main) = func(&mut m, body, "main", 1, 1, false);
    let a = m.block(main).args[0];
    let c1 = call(&mut m, main, "self_rec", &[a], 1);
    let v1 = m.result(c1, 0);
    let c2 = call(&mut m, main, "ping", &[v1], 1);
    let v2 = m.result(c2, 0);
    let c3 = call(&mut m, main, "ext", &[v2], 1);
    let v3 = m.result(c3, 0);
    let c4 = call(&mut m, main, "missing", &[v3], 1);
    let v4 = m.result(c4, 0);
    ret(&mut m, main, &[v4]);
    assert_eq!(inline_calls(&mut m, &c, 4), 0);
    assert_eq!(count(&m, "func.call"), 7);
}
