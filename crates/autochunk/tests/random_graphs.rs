//! Property: on random nn graphs (elementwise chains, matmuls, softmax, reductions,
//! reshapes, transposes, broadcasts, and the exporters' shapes: a mask built at
//! function entry and added later, a window sliced from a longer iota-built table, a
//! `[rows, w] -> [2, rows/2, w]` view and back) at random budgets, autochunk either
//! produces a program that computes the same outputs with its measured peak and its
//! arena under the budget, or fails with a clean infeasibility error. Never a wrong
//! result.
use ir::{Attribute, Context, Location, Module, OperationState, Type, ValueId};
use proptest::prelude::*;

fn context() -> Context {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    Context::new()
}

/// One step of a random graph.
#[derive(Clone, Debug)]
enum Step {
    Unary(u8),
    AddEarlier(usize),
    AddRowVector,
    Matmul(i64),
    Softmax(bool),
    NormaliseBySum(bool),
    TransposeTwice,
    ReshapeSplit,
    /// `+ mask`, a mask built from `nn.iota` at function entry (HF style).
    AddEntryMask,
    /// `+ table[4 : 4 + rows]`, a window of a longer table built at entry (Flax style).
    AddShiftedWindow,
    /// A `[2, rows/2, w]` view, an elementwise op on it, and the view back
    /// (torch.export's batch views).
    BatchView,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0u8..3).prop_map(Step::Unary),
        (0usize..8).prop_map(Step::AddEarlier),
        Just(Step::AddRowVector),
        prop::sample::select(vec![8i64, 16, 24]).prop_map(Step::Matmul),
        any::<bool>().prop_map(Step::Softmax),
        any::<bool>().prop_map(Step::NormaliseBySum),
        Just(Step::TransposeTwice),
        Just(Step::ReshapeSplit),
        Just(Step::AddEntryMask),
        Just(Step::AddShiftedWindow),
        Just(Step::BatchView),
    ]
}

/// Builds `name(operands)` with its result type from the op's own rule.
fn op(
    m: &mut Module,
    ctx: &Context,
    block: ir::BlockId,
    name: &str,
    operands: &[ValueId],
    attrs: &[(&str, Attribute)],
    result: Option<Type>,
) -> ValueId {
    let mut st = OperationState::new(name, Location::Unknown)
        .operands(operands)
        .results(&[result.clone().unwrap_or(Type::None)]);
    for (n, a) in attrs {
        st = st.attr(n, a.clone());
    }
    let o = m.create_op(st);
    m.append_op(block, o);
    let r = m.op(o).results[0];
    if result.is_none() {
        let infer = ctx
            .op_def(name)
            .and_then(|d| d.infer)
            .expect("an inferred op");
        let t = infer(m, o).expect("valid op").remove(0);
        m.set_value_type(r, t);
    }
    r
}

/// `tanh` of `x` viewed as `shape`, viewed back.
fn tanh_through_view(
    m: &mut Module,
    ctx: &Context,
    block: ir::BlockId,
    x: ValueId,
    shape: &[i64],
) -> ValueId {
    let back = m.value_type(x).clone();
    let view = op(
        m,
        ctx,
        block,
        "nn.reshape",
        &[x],
        &[],
        Some(Type::tensor(shape, Type::f32())),
    );
    let t = op(m, ctx, block, "nn.tanh", &[view], &[], None);
    op(m, ctx, block, "nn.reshape", &[t], &[], Some(back))
}

/// A module with `@main(x: [rows, 16], weights...)` computing the steps.
fn build(rows: i64, steps: &[Step]) -> Module {
    let ctx = context();
    let mut m = Module::new();
    let mut args: Vec<Type> = vec![Type::tensor(&[rows, 16], Type::f32())];
    // Weights for every possible matmul and row vector, added as needed below.
    let entry = m.create_block(&[(args[0].clone(), Location::Unknown)]);
    let x = m.block(entry).args[0];
    let mut values: Vec<ValueId> = vec![x];
    // Built at entry, as exporters do, whether or not a step uses them: an additive
    // causal mask over [rows, 16], and a [rows + 8, 16] table whose rows 4.. are read.
    let i32_ty = |r: i64| Type::tensor(&[r, 16], Type::i(32));
    let iota = |m: &mut Module, r: i64, d: i64| {
        op(
            m,
            &ctx,
            entry,
            "nn.iota",
            &[],
            &[("dimension", Attribute::i64(d))],
            Some(i32_ty(r)),
        )
    };
    let (ri, ci) = (iota(&mut m, rows, 0), iota(&mut m, rows, 1));
    let visible = op(
        &mut m,
        &ctx,
        entry,
        "nn.compare",
        &[ci, ri],
        &[("direction", Attribute::string("LE"))],
        None,
    );
    let scalar = |m: &mut Module, v: f64| {
        let ty = Type::tensor(&[], Type::f32());
        let value = Attribute::Dense {
            ty: ty.clone(),
            data: ir::DenseElements::Splat(ir::Scalar::Float(v)),
        };
        op(
            m,
            &ctx,
            entry,
            "nn.constant",
            &[],
            &[("value", value)],
            Some(ty),
        )
    };
    let (zero, low) = (scalar(&mut m, 0.0), scalar(&mut m, -3.0));
    let entry_mask = op(
        &mut m,
        &ctx,
        entry,
        "nn.select",
        &[visible, zero, low],
        &[],
        None,
    );
    let long_rows = iota(&mut m, rows + 8, 0);
    let long = op(
        &mut m,
        &ctx,
        entry,
        "nn.convert",
        &[long_rows],
        &[],
        Some(Type::tensor(&[rows + 8, 16], Type::f32())),
    );
    let tenth = scalar(&mut m, 0.1);
    let table = op(&mut m, &ctx, entry, "nn.mul", &[long, tenth], &[], None);
    let mut cur = x;
    for s in steps {
        let width = m.value_type(cur).shape().expect("ranked")[1];
        cur = match *s {
            Step::Unary(k) => {
                let name = ["nn.exp", "nn.tanh", "nn.neg"][k as usize];
                // exp of large values overflows; squash first.
                let v = if name == "nn.exp" {
                    op(&mut m, &ctx, entry, "nn.tanh", &[cur], &[], None)
                } else {
                    cur
                };
                op(&mut m, &ctx, entry, name, &[v], &[], None)
            }
            Step::AddEarlier(i) => {
                let t = m.value_type(cur).clone();
                match values
                    .iter()
                    .rev()
                    .skip(i % values.len())
                    .find(|&&v| *m.value_type(v) == t)
                {
                    Some(&other) => op(&mut m, &ctx, entry, "nn.add", &[cur, other], &[], None),
                    None => cur,
                }
            }
            Step::AddRowVector => {
                let ty = Type::tensor(&[width], Type::f32());
                args.push(ty.clone());
                let w = m.add_block_arg(entry, ty, Location::Unknown);
                op(&mut m, &ctx, entry, "nn.add", &[cur, w], &[], None)
            }
            Step::Matmul(n) => {
                let ty = Type::tensor(&[width, n], Type::f32());
                args.push(ty.clone());
                let w = m.add_block_arg(entry, ty, Location::Unknown);
                op(&mut m, &ctx, entry, "nn.matmul", &[cur, w], &[], None)
            }
            Step::Softmax(rows_axis) => op(
                &mut m,
                &ctx,
                entry,
                "nn.softmax",
                &[cur],
                &[("axis", Attribute::i64(if rows_axis { 0 } else { -1 }))],
                None,
            ),
            Step::NormaliseBySum(rows_axis) => {
                let sq = op(&mut m, &ctx, entry, "nn.mul", &[cur, cur], &[], None);
                let sum = op(
                    &mut m,
                    &ctx,
                    entry,
                    "nn.reduce_sum",
                    &[sq],
                    &[
                        (
                            "axes",
                            Attribute::i64_array(&[if rows_axis { 0 } else { 1 }]),
                        ),
                        ("keepdims", Attribute::Bool(true)),
                    ],
                    None,
                );
                let one = op(
                    &mut m,
                    &ctx,
                    entry,
                    "nn.constant",
                    &[],
                    &[(
                        "value",
                        Attribute::Dense {
                            ty: Type::tensor(&[], Type::f32()),
                            data: ir::DenseElements::Splat(ir::Scalar::Float(1.0)),
                        },
                    )],
                    Some(Type::tensor(&[], Type::f32())),
                );
                let den = op(&mut m, &ctx, entry, "nn.add", &[sum, one], &[], None);
                op(&mut m, &ctx, entry, "nn.div", &[cur, den], &[], None)
            }
            Step::TransposeTwice => {
                let t = op(
                    &mut m,
                    &ctx,
                    entry,
                    "nn.transpose",
                    &[cur],
                    &[("permutation", Attribute::i64_array(&[1, 0]))],
                    None,
                );
                let e = op(&mut m, &ctx, entry, "nn.exp", &[t], &[], None);
                op(
                    &mut m,
                    &ctx,
                    entry,
                    "nn.transpose",
                    &[e],
                    &[("permutation", Attribute::i64_array(&[1, 0]))],
                    None,
                )
            }
            Step::AddEntryMask if width == 16 => {
                op(&mut m, &ctx, entry, "nn.add", &[cur, entry_mask], &[], None)
            }
            Step::AddShiftedWindow if width == 16 => {
                let window = op(
                    &mut m,
                    &ctx,
                    entry,
                    "nn.slice",
                    &[table],
                    &[
                        ("start_indices", Attribute::i64_array(&[4, 0])),
                        ("limit_indices", Attribute::i64_array(&[4 + rows, 16])),
                    ],
                    None,
                );
                op(&mut m, &ctx, entry, "nn.add", &[cur, window], &[], None)
            }
            Step::AddEntryMask | Step::AddShiftedWindow => cur,
            Step::BatchView => tanh_through_view(&mut m, &ctx, entry, cur, &[2, rows / 2, width]),
            Step::ReshapeSplit if width % 2 == 0 => {
                tanh_through_view(&mut m, &ctx, entry, cur, &[rows, 2, width / 2])
            }
            Step::ReshapeSplit => cur,
        };
        values.push(cur);
    }
    let ret = m.create_op(OperationState::new("func.return", Location::Unknown).operands(&[cur]));
    m.append_op(entry, ret);
    let result = m.value_type(cur).clone();
    let func_type = Type::function(args, vec![result]);
    let func = m.create_op(
        OperationState::new("func.func", Location::Unknown)
            .property("sym_name", Attribute::string("main"))
            .property("function_type", Attribute::Type(func_type))
            .region(vec![entry]),
    );
    let body = m.create_block(&[]);
    m.append_op(body, func);
    let module =
        m.create_op(OperationState::new("builtin.module", Location::Unknown).region(vec![body]));
    m.top = vec![module];
    ir::verify::verify(&m, &ctx).expect("the random graph verifies");
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn autochunk_is_exact_under_budget_or_cleanly_infeasible(
        rows in prop::sample::select(vec![24i64, 32, 40, 64]),
        steps in prop::collection::vec(step(), 1..8),
        fraction in 0.1f64..1.0,
    ) {
        let ctx = context();
        let m = build(rows, &steps);
        let func = runtime::entry_function(&m).expect("entry");
        let unchunked_peak = autochunk::liveness::function_profile(&m, &ctx, func).expect("profile").peak;
        let budget = (unchunked_peak as f64 * fraction).floor() as u64;
        let def = pass::lookup("autochunk").expect("registered");
        let options = pass::PassOptions::parse(def, &format!("budget={fraction}")).expect("options");
        let mut p = (def.create)(&options).expect("options");
        let mut chunked = m.clone();
        match p.run(&mut chunked, &ctx) {
            Err(d) => {
                if std::env::var_os("RANDOM_GRAPHS_STATS").is_some() { eprintln!("infeasible"); }
                prop_assert!(d.message.contains("cannot meet the budget"), "unexpected error: {}", d.message);
            }
            Ok(()) => {
                ir::verify::verify(&chunked, &ctx).map_err(|d| TestCaseError::fail(format!("chunked program does not verify: {d}")))?;
                let inputs = runtime::io::random_inputs(&m, func, 3).expect("inputs");
                let (_, run0) = runtime::run(&m, func, &inputs).expect("unchunked runs");
                let f1 = runtime::entry_function(&chunked).expect("entry");
                let (plan1, run1) = runtime::run(&chunked, f1, &inputs).expect("chunked runs");
                let err = runtime::max_relative_error(&run1.outputs, &run0.outputs);
                prop_assert!(err <= 1e-5, "outputs differ by {err}");
                prop_assert!(run1.measured.live_peak <= budget, "measured peak {} over budget {budget}", run1.measured.live_peak);
                prop_assert!(plan1.arena_size <= budget, "arena {} over budget {budget}", plan1.arena_size);
                let predicted = autochunk::liveness::function_profile(&chunked, &ctx, f1).expect("profile").peak;
                prop_assert_eq!(predicted, plan1.live_peak);
                if std::env::var_os("RANDOM_GRAPHS_STATS").is_some() {
                    let loops = chunked.all_ops().into_iter().filter(|&o| chunked.name(o) == "chunk.for").count();
                    eprintln!("feasible with {loops} loops");
                }
            }
        }
    }
}
