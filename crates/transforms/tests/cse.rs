mod common;
use common::*;
use transforms::cse::eliminate_common_subexpressions;

#[test]
fn merges_commutative_operands_but_not_ordered_ones() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 2, 4, false);
    let [a, b] = [m.block(f).args[0], m.block(f).args[1]];
    let x = op(&mut m, f, "test.add", &[a, b]);
    let y = op(&mut m, f, "test.add", &[b, a]);
    let s1 = op(&mut m, f, "test.sub", &[a, b]);
    let s2 = op(&mut m, f, "test.sub", &[b, a]);
    ret(&mut m, f, &[x, y, s1, s2]);
    assert_eq!(eliminate_common_subexpressions(&mut m, &c), 1);
    verify(&m, &c);
    assert_eq!(
        names(&m, f),
        ["test.add", "test.sub", "test.sub", "func.return"]
    );
    let r = m.last_op(f).unwrap();
    assert_eq!(m.op(r).operands[0], m.op(r).operands[1]);
}

#[test]
fn respects_attributes_and_side_effects() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 0, false);
    let a = m.block(f).args[0];
    let c1 = constant(&mut m, f, 1);
    let c1b = constant(&mut m, f, 1);
    let c2 = constant(&mut m, f, 2);
    let e1 = op(&mut m, f, "test.effect", &[a]);
    let e2 = op(&mut m, f, "test.effect", &[a]);
    let u = op(&mut m, f, "test.effect", &[c1, c1b, c2, e1, e2]);
    let _ = u;
    ret(&mut m, f, &[]);
    assert_eq!(eliminate_common_subexpressions(&mut m, &c), 1);
    assert_eq!(count(&m, "test.const"), 2);
    assert_eq!(count(&m, "test.effect"), 3);
}

#[test]
fn nested_regions_see_dominating_ops_only() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 3, false);
    let a = m.block(f).args[0];
    let outer = op(&mut m, f, "test.neg", &[a]);
    // Region 1: a copy of `outer` (merged into it) and of a later outer op (not merged).
    let (s1, r1) = scope(&mut m, f);
    let inner = op(&mut m, r1, "test.neg", &[a]);
    let inner_exp = op(&mut m, r1, "test.sub", &[a, a]);
    let sum = op(&mut m, r1, "test.add", &[inner, inner_exp]);
    yield_(&mut m, r1, &[sum]);
    // Region 2: a sibling; must not see region 1's `test.sub`.
    let (s2, r2) = scope(&mut m, f);
    let sib = op(&mut m, r2, "test.sub", &[a, a]);
    yield_(&mut m, r2, &[sib]);
    let later = op(&mut m, f, "test.sub", &[a, a]);
    let v1 = m.result(s1, 0);
    let v2 = m.result(s2, 0);
    let x = op(&mut m, f, "test.add", &[v1, later]);
    ret(&mut m, f, &[x, v2, outer]);
    assert_eq!(eliminate_common_subexpressions(&mut m, &c), 1);
    verify(&m, &c);
    assert_eq!(names(&m, r1), ["test.sub", "test.add", "test.yield"]);
    let add = m.first_op(r1).and_then(|o| m.next_op(o)).unwrap();
    assert_eq!(
        m.op(add).operands.iter().filter(|&&v| v == outer).count(),
        1
    );
    assert_eq!(names(&m, r2), ["test.sub", "test.yield"]);
    assert_eq!(count(&m, "test.sub"), 3);
}

#[test]
fn nothing_merges_across_functions() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 0, 1, false);
    let x = constant(&mut m, f, 7);
    ret(&mut m, f, &[x]);
    let (_, g) = func(&mut m, body, "g", 0, 1, false);
    let y = constant(&mut m, g, 7);
    ret(&mut m, g, &[y]);
    assert_eq!(eliminate_common_subexpressions(&mut m, &c), 0);
    assert_eq!(count(&m, "test.const"), 2);
}
