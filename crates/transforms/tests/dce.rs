mod common;
use common::*;
use transforms::dce::erase_dead_ops;

#[test]
fn erases_dead_chains_to_a_fixpoint() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 1, false);
    let a = m.block(f).args[0];
    // Dead chain a -> n1 -> n2 -> n3 (n3 unused), built so that producers come first.
    let n1 = op(&mut m, f, "test.neg", &[a]);
    let n2 = op(&mut m, f, "test.neg", &[n1]);
    let _n3 = op(&mut m, f, "test.add", &[n2, n1]);
    // A side-effecting user keeps its producer alive.
    let k = op(&mut m, f, "test.neg", &[a]);
    let _e = op(&mut m, f, "test.effect", &[k]);
    // An unregistered op is never erased.
    let mut b = ir::Builder::at_end(&mut m, f);
    b.op("other.thing", &[a], &[], &[t()]);
    ret(&mut m, f, &[a]);
    assert_eq!(erase_dead_ops(&mut m, &c), 3);
    verify(&m, &c);
    assert_eq!(
        names(&m, f),
        ["test.neg", "test.effect", "other.thing", "func.return"]
    );
}

#[test]
fn works_inside_regions_and_keeps_terminators() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 1, false);
    let a = m.block(f).args[0];
    let (_s, r) = scope(&mut m, f);
    let dead = op(&mut m, r, "test.neg", &[a]);
    let _dead2 = op(&mut m, r, "test.neg", &[dead]);
    let live = op(&mut m, r, "test.neg", &[a]);
    yield_(&mut m, r, &[live]);
    // An outer op used only inside a dead scope's region: both go.
    let (_s2, r2) = scope(&mut m, f);
    let feeder = {
        let first = m.first_op(f).unwrap();
        let o = m.create_op(
            ir::OperationState::new("test.neg", ir::Location::Unknown)
                .operands(&[a])
                .results(&[t()]),
        );
        m.insert_before(first, o);
        m.result(o, 0)
    };
    let inside = op(&mut m, r2, "test.neg", &[feeder]);
    yield_(&mut m, r2, &[inside]);
    ret(&mut m, f, &[a]);
    erase_dead_ops(&mut m, &c);
    verify(&m, &c);
    // The first scope is unused too, so it goes with its whole region.
    assert_eq!(names(&m, f), ["func.return"]);
    assert_eq!(count(&m, "test.yield"), 0);
}

#[test]
fn keeps_used_scopes_and_their_terminators() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 1, false);
    let a = m.block(f).args[0];
    let (s, r) = scope(&mut m, f);
    let dead = op(&mut m, r, "test.neg", &[a]);
    let _ = op(&mut m, r, "test.neg", &[dead]);
    yield_(&mut m, r, &[a]);
    let v = m.result(s, 0);
    ret(&mut m, f, &[v]);
    assert_eq!(erase_dead_ops(&mut m, &c), 2);
    assert_eq!(names(&m, r), ["test.yield"]);
}
