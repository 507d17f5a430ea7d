mod common;
use common::*;

fn sym_names(m: &ir::Module, body: ir::BlockId) -> Vec<String> {
    m.block_ops(body)
        .filter_map(|o| m.attr(o, "sym_name")?.as_str().map(String::from))
        .collect()
}

#[test]
fn keeps_public_and_reachable_erases_the_rest() {
    let c = context();
    let (mut m, body) = module();
    // main (public) -> a (private) -> b (private); c (private) -> d (private), unreachable;
    // e is public and unreferenced; f is private and referenced only from an array
    // attribute of a live op.
    for (name, private, callee) in [
        ("a", true, Some("b")),
        ("b", true, None),
        ("c", true, Some("d")),
        ("d", true, None),
        ("e", false, None),
        ("f", true, None),
        ("main", false, Some("a")),
    ] {
        let (fop, entry) = func(&mut m, body, name, 1, 1, private);
        let x = m.block(entry).args[0];
        let v = match callee {
            Some(g) => {
                let k = call(&mut m, entry, g, &[x], 1);
                m.result(k, 0)
            }
            None => x,
        };
        ret(&mut m, entry, &[v]);
        if name == "main" {
            m.set_attr(
                fop,
                "refs",
                ir::Attribute::Array(vec![ir::Attribute::symbol("f")]),
            );
        }
    }
    run(&mut m, &c, "builtin.module(symbol-dce)");
    assert_eq!(sym_names(&m, body), ["a", "b", "e", "f", "main"]);
}
