//! cse + dce + canonicalize on a 100,000-op chain must stay near-linear: this only
//! checks that they finish (no timing assertion).
mod common;
use common::*;

#[test]
fn cse_dce_canonicalize_on_a_100k_op_chain() {
    let c = context();
    let (mut m, body) = module();
    let (_, f) = func(&mut m, body, "f", 1, 1, false);
    let mut v = m.block(f).args[0];
    // Each step: two identical adds (CSE merges them) and one dead neg (DCE erases it).
    for _ in 0..33_333 {
        let x = op(&mut m, f, "test.add", &[v, v]);
        let y = op(&mut m, f, "test.add", &[v, v]);
        op(&mut m, f, "test.neg", &[x]);
        v = op(&mut m, f, "test.sub", &[x, y]);
    }
    ret(&mut m, f, &[v]);
    assert!(m.block_len(f) > 130_000);
    let mut pm = pass::PassManager::new();
    pm.add_pipeline("builtin.module(cse,dce,canonicalize,inline,symbol-dce)")
        .unwrap();
    pm.run(&mut m, &c, &mut std::io::sink()).unwrap();
    assert_eq!(m.block_len(f), 2 * 33_333 + 1);
}
