//! `symbol-dce`: erases private symbols that nothing live refers to.
//!
//! For each symbol table (`builtin.module`, or any op with the `SymbolTable` trait),
//! the symbols are the ops directly in its body that have a `sym_name`. A symbol is
//! private when its `sym_visibility` is `"private"`; every other symbol (public, or
//! `"nested"`) is a root, and so is every non-symbol op of the body. A symbol is live
//! when a root or a live symbol refers to it: by any `SymbolRef` attribute (a
//! `func.call`'s `callee`, or any other attribute or property, also inside arrays and
//! dictionaries) on any op nested in the referring op. For a nested reference
//! `@a::@b`, the root `@a` is what is kept. Private symbols that are not live are
//! erased, with everything they hold.
//!
//! Cost: one walk over every symbol's body; linear in the module size.
use crate::inline::symbol_name;
use ir::{Attribute, Context, DiagResult, Module, OpId, OpTrait};
use pass::{Pass, PassDef, Statistic};
use std::collections::{HashMap, HashSet};

pub struct SymbolDce {
    /// Summed over runs, for `--mlir-pass-statistics`.
    erased: u64,
}

impl Pass for SymbolDce {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        self.erased += erase_dead_symbols(module, context) as u64;
        Ok(())
    }

    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic::new(
            "num-dce'd",
            "Unreachable private symbols erased",
            self.erased,
        )]
    }
}

fn is_private(module: &Module, op: OpId) -> bool {
    module.attr(op, "sym_visibility").and_then(|a| a.as_str()) == Some("private")
}

/// Erases unreachable private symbols in every symbol table; returns how many.
pub fn erase_dead_symbols(module: &mut Module, context: &Context) -> usize {
    let tables: Vec<OpId> = module
        .all_ops()
        .into_iter()
        .filter(|&o| {
            module.name(o) == "builtin.module" || context.has_trait(module, o, OpTrait::SymbolTable)
        })
        .collect();
    let mut erased = 0;
    for table in tables {
        if module.op(table).erased {
            continue;
        }
        erased += dce_table(module, table);
    }
    erased
}

fn dce_table(module: &mut Module, table: OpId) -> usize {
    let mut children = Vec::new();
    for &r in &module.op(table).regions {
        for &b in &module.region(r).blocks {
            children.extend(module.block_ops(b));
        }
    }
    let mut by_name: HashMap<String, OpId> = HashMap::new();
    for &c in &children {
        if let Some(n) = symbol_name(module, c) {
            by_name.entry(n.to_string()).or_insert(c);
        }
    }
    let mut live: HashSet<OpId> = HashSet::new();
    let mut worklist: Vec<OpId> = Vec::new();
    for &c in &children {
        let is_symbol = symbol_name(module, c).is_some();
        if !is_symbol || !is_private(module, c) {
            live.insert(c);
            worklist.push(c);
        }
    }
    let mut refs = Vec::new();
    while let Some(op) = worklist.pop() {
        refs.clear();
        module.walk(op, &mut |o| {
            let data = module.op(o);
            for na in data.properties.iter().chain(&data.attributes) {
                collect_refs(&na.value, &mut refs);
            }
        });
        for name in &refs {
            if let Some(&target) = by_name.get(name.as_str()) {
                if live.insert(target) {
                    worklist.push(target);
                }
            }
        }
    }
    let mut erased = 0;
    for c in children {
        if !live.contains(&c) {
            module.erase_op(c);
            erased += 1;
        }
    }
    erased
}

fn collect_refs(a: &Attribute, out: &mut Vec<String>) {
    match a {
        Attribute::SymbolRef { root, .. } => out.push(root.clone()),
        Attribute::Array(items) => items.iter().for_each(|i| collect_refs(i, out)),
        Attribute::Dictionary(entries) => entries.iter().for_each(|e| collect_refs(&e.value, out)),
        _ => {}
    }
}

pass::inventory::submit! {
    PassDef {
        name: "symbol-dce",
        title: "SymbolDCE",
        summary: "Erase private symbols that are not referenced from public ones",
        description: "Public symbols and non-symbol ops are roots; symbols referenced (by any \
                      symbol reference attribute) from live ops are live; private symbols that \
                      are not live are erased.",
        options: &[],
        module_only: true,
        create: |_| Ok(Box::new(SymbolDce { erased: 0 })),
    }
}
