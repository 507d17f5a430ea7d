//! Building and rewriting IR through the API alone (no parser): a `builtin.module`
//! holding a `func.func` of `nn` ops is created with `Module`, `OperationState`,
//! `Builder`, `create_block`, `add_region` and `append_op`, verified with
//! `ir::verify::verify`, and printed (snapshots named explicitly). Rewrites are
//! checked through the links they leave behind and through the verifier, including
//! the messages it gives for broken IR.
use ir::verify::verify;
use ir::{
    print_module, Attribute, BlockId, Builder, Context, Location, Module, OpId, OperationState,
    PrintOptions, Type, ValueId,
};

// Registration is by linking: name an item of each dialect crate so it is kept.
use func_dialect as _;
use nn_dialect as _;

fn context() -> Context {
    assert!(func_dialect::DIALECTS.contains(&"func"));
    nn_dialect::register();
    let ctx = Context::new();
    assert!(
        ctx.dialect(nn_dialect::DIALECT).is_some(),
        "nn dialect not linked"
    );
    ctx
}

fn f32t(shape: &[i64]) -> Type {
    Type::tensor(shape, Type::f32())
}

fn loc(line: u32) -> Location {
    Location::file_line_col("mlp.py", line, 5)
}

/// Handles to the pieces of the built module.
struct Mlp {
    module: OpId,
    module_body: BlockId,
    func: OpId,
    body: BlockId,
    matmul: OpId,
    add: OpId,
    relu: OpId,
    transpose: OpId,
    softmax: OpId,
    ret: OpId,
}

/// `builtin.module { func.func @mlp(x, w, b) { softmax(transpose(relu(x @ w + b))) } }`,
/// every op located at its own line of `mlp.py`.
fn build_mlp(m: &mut Module) -> Mlp {
    let (x, w, b, out) = (f32t(&[4, 8]), f32t(&[8, 16]), f32t(&[16]), f32t(&[16, 4]));

    // The module: an op with one region holding one block, attached by hand.
    let module_body = m.create_block(&[]);
    let module = m.create_op(OperationState::new("builtin.module", loc(1)));
    let region = m.add_region(module);
    m.append_block(region, module_body);
    m.top.push(module);

    // The function: its region is given to the state as a detached entry block.
    let body = m.create_block(&[
        (x.clone(), loc(2)),
        (w.clone(), loc(2)),
        (b.clone(), loc(2)),
    ]);
    let func = m.create_op(
        OperationState::new("func.func", loc(2))
            .property("sym_name", Attribute::string("mlp"))
            .property(
                "function_type",
                Attribute::Type(Type::function(vec![x, w, b], vec![out.clone()])),
            )
            .region(vec![body]),
    );
    m.append_op(module_body, func);

    let args = m.block(body).args.clone();
    let mut bld = Builder::at_end(m, body);
    bld.loc = loc(3);
    let h = bld.op("nn.matmul", &[args[0], args[1]], &[], &[f32t(&[4, 16])]);
    bld.loc = loc(4);
    let s = bld.op("nn.add", &[h[0], args[2]], &[], &[f32t(&[4, 16])]);
    bld.loc = loc(5);
    let r = bld.op("nn.relu", &[s[0]], &[], &[f32t(&[4, 16])]);
    bld.loc = loc(6);
    let t = bld.op(
        "nn.transpose",
        &[r[0]],
        &[("permutation", Attribute::i64_array(&[1, 0]))],
        std::slice::from_ref(&out),
    );
    bld.loc = loc(7);
    let p = bld.op(
        "nn.softmax",
        &[t[0]],
        &[("axis", Attribute::i64(1))],
        &[out],
    );
    // `insert` takes a full state: the way to give properties or regions.
    let ret = bld.insert(OperationState::new("func.return", loc(8)).operands(&p));

    let def = |v: ValueId| m.defining_op(v).expect("an op result");
    Mlp {
        module,
        module_body,
        func,
        body,
        matmul: def(h[0]),
        add: def(s[0]),
        relu: def(r[0]),
        transpose: def(t[0]),
        softmax: def(p[0]),
        ret,
    }
}

fn pretty(m: &Module, ctx: &Context) -> String {
    print_module(m, ctx, PrintOptions::default())
}
fn generic(m: &Module, ctx: &Context) -> String {
    print_module(
        m,
        ctx,
        PrintOptions {
            generic: true,
            debug_info: false,
            ..Default::default()
        },
    )
}
fn names(m: &Module, ops: impl IntoIterator<Item = OpId>) -> Vec<String> {
    ops.into_iter().map(|o| m.name(o).to_string()).collect()
}
/// The verifier's error for `m`, rendered `file:line:col: error: message`.
fn verify_error(m: &Module, ctx: &Context) -> String {
    verify(m, ctx)
        .expect_err("the verifier should reject this module")
        .to_string()
}

#[test]
fn builds_verifies_and_prints_an_mlp() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    verify(&m, &ctx).expect("the built module verifies");

    assert_eq!(m.block_len(mlp.body), 6);
    assert_eq!(m.block_len(mlp.module_body), 1);
    assert_eq!(m.parent_op(mlp.func), Some(mlp.module));
    assert_eq!(m.parent_op(mlp.matmul), Some(mlp.func));
    assert_eq!(m.depth(mlp.softmax), 2);
    assert_eq!(
        m.attr(mlp.softmax, "axis").and_then(Attribute::as_int),
        Some(1)
    );
    // Properties are inherent (`<{...}>`), attributes discardable (`{...}`).
    assert!(m
        .op(mlp.func)
        .properties
        .iter()
        .any(|a| a.name == "sym_name"));
    assert!(m.op(mlp.func).attributes.is_empty());
    assert!(m.op(mlp.transpose).properties.is_empty());

    insta::assert_snapshot!("api_built_mlp", pretty(&m, &ctx));
    insta::assert_snapshot!("api_built_mlp_generic", generic(&m, &ctx));
}

#[test]
fn printed_locations_are_the_builder_locations() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let text = print_module(
        &m,
        &ctx,
        PrintOptions {
            generic: false,
            debug_info: true,
            ..Default::default()
        },
    );
    assert!(
        text.contains(
            r#""nn.relu"(%1) : (tensor<4x16xf32>) -> tensor<4x16xf32> loc("mlp.py":5:5)"#
        ),
        "{text}"
    );
    assert_eq!(m.op(mlp.relu).loc, loc(5));
    // Block arguments carry their own location; results use their op's.
    let arg0 = m.block(mlp.body).args[0];
    assert_eq!(m.value_loc(arg0), &loc(2));
    assert_eq!(m.value_loc(m.result(mlp.add, 0)), &loc(4));
}

#[test]
fn replace_all_uses_moves_every_use() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let sum = m.result(mlp.add, 0);
    let relu = m.result(mlp.relu, 0);
    assert_eq!(m.uses(relu).len(), 1);

    // Bypass the relu: its user (the transpose) now reads the sum.
    m.replace_all_uses(relu, sum);
    assert!(!m.has_uses(relu));
    assert_eq!(m.op(mlp.transpose).operands, vec![sum]);
    let users: Vec<OpId> = m.uses(sum).iter().map(|u| u.op).collect();
    assert_eq!(users, vec![mlp.relu, mlp.transpose]);

    // The relu is dead now; erasing it also drops its use of the sum.
    m.erase_op(mlp.relu);
    assert!(m.op(mlp.relu).erased);
    assert_eq!(m.uses(sum).len(), 1);
    assert_eq!(m.uses(sum)[0].op, mlp.transpose);
    assert_eq!(
        names(&m, m.block_ops(mlp.body)),
        [
            "nn.matmul",
            "nn.add",
            "nn.transpose",
            "nn.softmax",
            "func.return"
        ]
    );
    verify(&m, &ctx).expect("still valid");
    insta::assert_snapshot!("api_relu_bypassed", pretty(&m, &ctx));
}

#[test]
fn replace_op_and_set_operand() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let x = m.block(mlp.body).args[0];
    let matmul = m.result(mlp.matmul, 0);
    let sum = m.result(mlp.add, 0);

    // set_operand moves exactly one use.
    m.set_operand(mlp.relu, 0, matmul);
    assert!(!m.has_uses(sum));
    assert_eq!(m.uses(matmul).len(), 2);
    assert_eq!(
        m.uses(matmul)[1],
        ir::Use {
            op: mlp.relu,
            index: 0
        }
    );
    m.erase_op(mlp.add);
    verify(&m, &ctx).expect("valid after set_operand and erase");

    // replace_op: results replaced, op erased, operands released.
    m.replace_op(mlp.relu, &[matmul]);
    assert_eq!(m.op(mlp.transpose).operands, vec![matmul]);
    assert_eq!(m.uses(matmul).len(), 1);
    assert_eq!(m.uses(x).len(), 1);
    verify(&m, &ctx).expect("valid after replace_op");
}

#[test]
fn insert_before_and_after() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let t = f32t(&[4, 16]);
    let sum = m.result(mlp.add, 0);

    // A detached op, then placed before the relu and wired in.
    let neg = m.create_op(
        OperationState::new("nn.neg", loc(9))
            .operands(&[sum])
            .results(std::slice::from_ref(&t)),
    );
    assert_eq!(m.op(neg).parent, None);
    m.insert_before(mlp.relu, neg);
    m.set_operand(mlp.relu, 0, m.result(neg, 0));
    // Another one right after the relu, through a builder placed before the transpose.
    let relu = m.result(mlp.relu, 0);
    let abs = m.create_op(
        OperationState::new("nn.abs", loc(10))
            .operands(&[relu])
            .results(&[t]),
    );
    m.insert_after(mlp.relu, abs);
    m.set_operand(mlp.transpose, 0, m.result(abs, 0));
    // Inserting after the last op appends.
    let extra = m.create_op(
        OperationState::new("nn.relu", loc(11))
            .operands(&[sum])
            .results(&[f32t(&[4, 16])]),
    );
    m.insert_after(mlp.ret, extra);
    assert_eq!(m.last_op(mlp.body), Some(extra));
    m.erase_op(extra);

    assert_eq!(
        names(&m, m.block_ops(mlp.body)),
        [
            "nn.matmul",
            "nn.add",
            "nn.neg",
            "nn.relu",
            "nn.abs",
            "nn.transpose",
            "nn.softmax",
            "func.return"
        ]
    );
    assert_eq!(m.prev_op(mlp.relu), Some(neg));
    assert_eq!(m.next_op(mlp.relu), Some(abs));
    assert_eq!(m.block_len(mlp.body), 8);
    verify(&m, &ctx).expect("valid after insertions");
    insta::assert_snapshot!("api_inserted", pretty(&m, &ctx));

    // A builder placed before an op inserts there.
    let mut b = Builder::before(&mut m, mlp.ret);
    let r = b.op("nn.sigmoid", &[relu], &[], &[f32t(&[4, 16])]);
    let sig = m.defining_op(r[0]).unwrap();
    assert_eq!(m.next_op(sig), Some(mlp.ret));
    assert_eq!(m.prev_op(sig), Some(mlp.softmax));
    verify(&m, &ctx).expect("an unused op is fine");
}

/// Adds `func.func @tail(%a: tensor<4x16xf32>) -> tensor<4x16xf32> { return %a }`.
fn add_tail_func(m: &mut Module, mlp: &Mlp) -> (OpId, BlockId, OpId) {
    let t = f32t(&[4, 16]);
    let body = m.create_block(&[(t.clone(), loc(20))]);
    let func = m.create_op(
        OperationState::new("func.func", loc(20))
            .property("sym_name", Attribute::string("tail"))
            .property(
                "function_type",
                Attribute::Type(Type::function(vec![t.clone()], vec![t])),
            )
            .region(vec![body]),
    );
    m.append_op(mlp.module_body, func);
    let a = m.block(body).args[0];
    let ret = m.create_op(OperationState::new("func.return", loc(21)).operands(&[a]));
    m.append_op(body, ret);
    (func, body, ret)
}

#[test]
fn moves_an_op_between_blocks() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let (tail, tail_body, tail_ret) = add_tail_func(&mut m, &mlp);
    verify(&m, &ctx).expect("two functions verify");

    // Move the relu from @mlp into @tail, rewiring both sides.
    let sum = m.result(mlp.add, 0);
    let relu = m.result(mlp.relu, 0);
    let a = m.block(tail_body).args[0];
    m.replace_all_uses(relu, sum);
    m.insert_before(tail_ret, mlp.relu);
    m.set_operand(mlp.relu, 0, a);
    m.set_operand(tail_ret, 0, relu);

    assert_eq!(m.op(mlp.relu).parent, Some(tail_body));
    assert_eq!(m.parent_op(mlp.relu), Some(tail));
    assert_eq!(m.block_len(mlp.body), 5);
    assert_eq!(m.block_len(tail_body), 2);
    assert_eq!(
        names(&m, m.block_ops(tail_body)),
        ["nn.relu", "func.return"]
    );
    assert_eq!(m.first_op(tail_body), Some(mlp.relu));
    assert_eq!(m.next_op(mlp.add), Some(mlp.transpose));
    assert_eq!(m.prev_op(mlp.transpose), Some(mlp.add));
    verify(&m, &ctx).expect("valid after the move");
    insta::assert_snapshot!("api_moved_between_functions", pretty(&m, &ctx));

    // append_op also moves: the relu goes back to the end of @mlp's body (after the
    // return, which the verifier then rejects).
    m.append_op(mlp.body, mlp.relu);
    assert_eq!(m.block_len(tail_body), 1);
    assert_eq!(m.last_op(mlp.body), Some(mlp.relu));
    assert!(verify(&m, &ctx).is_err());
}

#[test]
fn walk_visits_parents_before_children_in_block_order() {
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let (tail, _, tail_ret) = add_tail_func(&mut m, &mlp);
    let mut seen = Vec::new();
    m.walk(mlp.module, &mut |o| seen.push(o));
    assert_eq!(
        seen,
        [
            mlp.module,
            mlp.func,
            mlp.matmul,
            mlp.add,
            mlp.relu,
            mlp.transpose,
            mlp.softmax,
            mlp.ret,
            tail,
            tail_ret
        ]
    );
    assert_eq!(m.all_ops(), seen);
    // Walking from an inner op covers only what it holds.
    let mut inner = Vec::new();
    m.walk(tail, &mut |o| inner.push(o));
    assert_eq!(inner, [tail, tail_ret]);
    // Erased ops disappear from the walk.
    m.erase_op(tail);
    assert_eq!(m.all_ops().len(), 8);
    assert!(m.op(tail_ret).erased, "erasing an op erases what it holds");
}

#[test]
fn verifier_catches_use_before_def_from_a_bad_move() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    // The add reads the matmul's result; moving it above the matmul breaks dominance.
    m.insert_before(mlp.matmul, mlp.add);
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:4:5: error: operand #0 does not dominate this use"
    );
    // Moving it back repairs the module.
    m.insert_after(mlp.matmul, mlp.add);
    verify(&m, &ctx).expect("valid again");
}

#[test]
fn verifier_rejects_a_value_from_another_function() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let (_, _, tail_ret) = add_tail_func(&mut m, &mlp);
    // The relu moves into @tail but still reads @mlp's sum: functions are isolated.
    m.insert_before(tail_ret, mlp.relu);
    m.set_operand(mlp.transpose, 0, m.result(mlp.add, 0));
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:5:5: error: operand #0 does not dominate this use"
    );
}

#[test]
fn verifier_rejects_unregistered_ops() {
    let mut ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let x = m.block(mlp.body).args[0];

    let bogus = m.create_op(
        OperationState::new("nn.bogus", loc(30))
            .operands(&[x])
            .results(&[f32t(&[4, 8])]),
    );
    m.insert_before(mlp.ret, bogus);
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:30:5: error: unregistered operation 'nn.bogus' found in dialect ('nn') that does not allow unknown operations"
    );
    m.erase_op(bogus);

    let foreign = m.create_op(OperationState::new("foo.bar", loc(31)).operands(&[x]));
    m.insert_before(mlp.ret, foreign);
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:31:5: error: operation 'foo.bar' is from an unregistered dialect ('foo') (chunk-opt --allow-unregistered-dialect reads it; no tool can run it)"
    );
    ctx.allow_unregistered = true;
    verify(&m, &ctx).expect("unregistered ops are accepted when allowed");
}

#[test]
fn verifier_rejects_a_terminator_that_is_not_last() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let sum = m.result(mlp.add, 0);
    let out = m.result(mlp.softmax, 0);

    // A second return after the first: the block ends in a terminator, but the first
    // return is not last.
    let again = m.create_op(OperationState::new("func.return", loc(40)).operands(&[out]));
    m.insert_after(mlp.ret, again);
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:8:5: error: must be the last operation in the parent block"
    );
    m.erase_op(again);

    // An op after the return: the function's region no longer ends in a terminator,
    // which is reported at the function (it is verified before what it holds).
    let late = m.create_op(
        OperationState::new("nn.relu", loc(41))
            .operands(&[sum])
            .results(&[f32t(&[4, 16])]),
    );
    m.insert_after(mlp.ret, late);
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:2:5: error: 'func.func' region must end with a terminator"
    );
    m.erase_op(late);
    verify(&m, &ctx).expect("valid again");
}

#[test]
fn verifier_rejects_a_result_type_that_differs_from_the_inferred_one() {
    let ctx = context();
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    let sum = m.result(mlp.add, 0);
    let wrong = m.create_op(
        OperationState::new("nn.relu", loc(50))
            .operands(&[sum])
            .results(&[f32t(&[16, 4])]),
    );
    m.insert_before(mlp.ret, wrong);
    assert_eq!(
        verify_error(&m, &ctx),
        "mlp.py:50:5: error: result type tensor<16x4xf32> does not match the inferred type tensor<4x16xf32>"
    );
    // Changing the value's type in place fixes it.
    m.set_value_type(m.result(wrong, 0), f32t(&[4, 16]));
    verify(&m, &ctx).expect("valid after retyping");
}

#[test]
fn attributes_and_properties_are_kept_sorted_and_found_by_name() {
    let mut m = Module::new();
    let mlp = build_mlp(&mut m);
    m.set_attr(mlp.softmax, "note", Attribute::string("x"));
    m.set_attr(mlp.softmax, "axis", Attribute::i64(0));
    let names: Vec<&str> = m
        .op(mlp.softmax)
        .attributes
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["axis", "note"]);
    assert_eq!(
        m.attr(mlp.softmax, "axis").and_then(Attribute::as_int),
        Some(0)
    );
    // set_attr updates a property where it lives.
    m.set_attr(mlp.func, "sym_name", Attribute::string("renamed"));
    assert!(m.op(mlp.func).attributes.is_empty());
    assert_eq!(func_dialect::symbol_name(&m, mlp.func), Some("renamed"));
    assert_eq!(
        m.remove_attr(mlp.softmax, "note"),
        Some(Attribute::string("x"))
    );
    assert_eq!(m.remove_attr(mlp.softmax, "note"), None);
}
