mod common;
use common::*;
use transforms::canonicalize::canonicalize;

#[test]
fn applies_fold_hooks_and_erases_what_died() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 1, false);
    let a = m.block(f).args[0];
    let n1 = op(&mut m, f, "test.neg", &[a]);
    let n2 = op(&mut m, f, "test.neg", &[n1]);
    let n3 = op(&mut m, f, "test.neg", &[n2]);
    let n4 = op(&mut m, f, "test.neg", &[n3]);
    let r = op(&mut m, f, "test.effect", &[n4]);
    ret(&mut m, f, &[r]);
    assert!(canonicalize(&mut m, &c, 10));
    verify(&m, &c);
    assert_eq!(names(&m, f), ["test.effect", "func.return"]);
    let e = m.first_op(f).unwrap();
    assert_eq!(m.op(e).operands, [a]);
    // A second run finds nothing to do.
    assert!(!canonicalize(&mut m, &c, 10));
}

#[test]
fn folds_ops_inserted_by_hooks() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 0, 1, false);
    let c1 = constant(&mut m, f, 1);
    let c2 = constant(&mut m, f, 2);
    let c3 = constant(&mut m, f, 3);
    let s = op(&mut m, f, "test.add", &[c1, c2]);
    let s2 = op(&mut m, f, "test.add", &[s, c3]);
    ret(&mut m, f, &[s2]);
    let mut pm = pass::PassManager::new();
    pm.add_pipeline("builtin.module(canonicalize)").unwrap();
    pm.run(&mut m, &c, &mut std::io::sink()).unwrap();
    assert_eq!(names(&m, f), ["test.const", "func.return"]);
    let k = m.first_op(f).unwrap();
    assert_eq!(m.attr(k, "value").unwrap().as_int(), Some(6));
}

#[test]
fn folds_inside_nested_regions() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 1, false);
    let a = m.block(f).args[0];
    let (s, r) = scope(&mut m, f);
    let n1 = op(&mut m, r, "test.neg", &[a]);
    let n2 = op(&mut m, r, "test.neg", &[n1]);
    yield_(&mut m, r, &[n2]);
    let v = m.result(s, 0);
    ret(&mut m, f, &[v]);
    run(&mut m, &c, "canonicalize{max-iterations=2}");
    assert_eq!(names(&m, r), ["test.yield"]);
    assert_eq!(m.op(m.first_op(r).unwrap()).operands, [a]);
}
