//! `inline`: inlines `func.call` operations.
//!
//! A call `%r = func.call @g(%a)` is inlined when `@g` is a `func.func` defined (with a
//! body) in the same symbol table as the call (the nearest enclosing `builtin.module`
//! or other `SymbolTable` op), its body is a single block ending in a `ReturnLike` op
//! (`func.return`), the argument and result counts match, and `@g` is not recursive.
//! Inlining copies the body's operations before the call (deeply: regions nested in
//! them are copied too), with the entry block arguments mapped to the call operands,
//! then replaces the call's results with the returned values and erases the call. The
//! copies get the location `callsite(callee-op-loc at call-loc)`.
//!
//! Each iteration inlines every call present at its start; calls that arrive inside
//! inlined bodies are handled by the next iteration. Iteration stops when no call can
//! be inlined or after `max-iterations` iterations (default 4); calls left then stay.
//!
//! Recursion: a function that can reach itself through calls (a cycle in the call
//! graph) is never inlined; calls to it are left alone, not reported. Calls to external
//! declarations (no body), to multi-block functions and to unknown symbols are left
//! alone too. Callees are not erased even when no call remains: run `symbol-dce`
//! after `inline` to drop private functions that became unused.
use crate::clone::{clone_op_into, IrMapping};
use ir::{Context, DiagResult, Location, Module, OpId, OpTrait};
use pass::{Pass, PassDef, PassOptionDef, Statistic};
use std::collections::{HashMap, HashSet};

pub struct Inline {
    pub max_iterations: usize,
    /// Summed over runs, for `--mlir-pass-statistics`.
    pub inlined: u64,
}

impl Pass for Inline {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        self.inlined += inline_calls(module, context, self.max_iterations) as u64;
        Ok(())
    }

    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic::new(
            "num-inlined-calls",
            "Calls inlined",
            self.inlined,
        )]
    }
}

/// Inlines calls for up to `max_iterations` rounds; returns how many calls were inlined.
pub fn inline_calls(module: &mut Module, context: &Context, max_iterations: usize) -> usize {
    let symbols = SymbolTables::build(module, context);
    let recursive = symbols.recursive_functions(module);
    let mut inlined = 0;
    for _ in 0..max_iterations {
        let calls: Vec<OpId> = module
            .all_ops()
            .into_iter()
            .filter(|&o| module.name(o) == "func.call")
            .collect();
        let mut round = 0;
        for call in calls {
            if module.op(call).erased {
                continue;
            }
            let Some(callee) = symbols.resolve(module, call) else {
                continue;
            };
            if recursive.contains(&callee) || !can_inline(module, context, call, callee) {
                continue;
            }
            inline_call(module, call, callee);
            round += 1;
        }
        inlined += round;
        if round == 0 {
            break;
        }
    }
    inlined
}

/// `sym_name` of an op, if it defines a symbol.
pub(crate) fn symbol_name(module: &Module, op: OpId) -> Option<&str> {
    module.attr(op, "sym_name").and_then(|a| a.as_str())
}

fn is_symbol_table(module: &Module, context: &Context, op: OpId) -> bool {
    module.name(op) == "builtin.module" || context.has_trait(module, op, OpTrait::SymbolTable)
}

/// The symbol tables of the module: for each symbol-table op, its symbols by name.
struct SymbolTables {
    tables: HashMap<OpId, HashMap<String, OpId>>,
}

impl SymbolTables {
    fn build(module: &Module, context: &Context) -> Self {
        let mut tables = HashMap::new();
        for op in module.all_ops() {
            if !is_symbol_table(module, context, op) {
                continue;
            }
            let mut table = HashMap::new();
            for &r in &module.op(op).regions {
                for &b in &module.region(r).blocks {
                    for o in module.block_ops(b) {
                        if let Some(name) = symbol_name(module, o) {
                            table.entry(name.to_string()).or_insert(o);
                        }
                    }
                }
            }
            tables.insert(op, table);
        }
        SymbolTables { tables }
    }

    /// The `func.func` a call refers to, looked up in the nearest enclosing symbol table.
    fn resolve(&self, module: &Module, call: OpId) -> Option<OpId> {
        let callee = module.attr(call, "callee")?.as_symbol()?;
        let mut cur = module.parent_op(call);
        while let Some(p) = cur {
            if let Some(table) = self.tables.get(&p) {
                let f = *table.get(callee)?;
                return (module.name(f) == "func.func").then_some(f);
            }
            cur = module.parent_op(p);
        }
        None
    }

    /// Functions on a cycle of the call graph (Tarjan's SCCs, iterative).
    fn recursive_functions(&self, module: &Module) -> HashSet<OpId> {
        let mut edges: HashMap<OpId, Vec<OpId>> = HashMap::new();
        let mut nodes = Vec::new();
        for table in self.tables.values() {
            for &f in table.values() {
                if module.name(f) != "func.func" {
                    continue;
                }
                nodes.push(f);
                let mut out = Vec::new();
                module.walk(f, &mut |o| {
                    if module.name(o) == "func.call" {
                        if let Some(g) = self.resolve(module, o) {
                            out.push(g);
                        }
                    }
                });
                edges.insert(f, out);
            }
        }
        nodes.sort();
        let mut recursive = HashSet::new();
        let mut index: HashMap<OpId, (usize, usize)> = HashMap::new(); // (index, lowlink)
        let mut on_stack = HashSet::new();
        let mut stack = Vec::new();
        let mut next = 0;
        for &root in &nodes {
            if index.contains_key(&root) {
                continue;
            }
            // (node, next edge to look at)
            let mut call_stack: Vec<(OpId, usize)> = vec![(root, 0)];
            index.insert(root, (next, next));
            next += 1;
            stack.push(root);
            on_stack.insert(root);
            while let Some(&mut (v, ref mut ei)) = call_stack.last_mut() {
                let succ = edges.get(&v).map_or(&[][..], Vec::as_slice);
                if *ei < succ.len() {
                    let w = succ[*ei];
                    *ei += 1;
                    if w == v {
                        recursive.insert(v);
                    }
                    if let Some(&(wi, _)) = index.get(&w) {
                        if on_stack.contains(&w) {
                            let e = index.get_mut(&v).expect("visited");
                            e.1 = e.1.min(wi);
                        }
                    } else {
                        index.insert(w, (next, next));
                        next += 1;
                        stack.push(w);
                        on_stack.insert(w);
                        call_stack.push((w, 0));
                    }
                    continue;
                }
                call_stack.pop();
                let (vi, vl) = index[&v];
                if let Some(&(p, _)) = call_stack.last() {
                    let e = index.get_mut(&p).expect("visited");
                    e.1 = e.1.min(vl);
                }
                if vi == vl {
                    let mut scc = Vec::new();
                    loop {
                        let w = stack.pop().expect("scc member");
                        on_stack.remove(&w);
                        scc.push(w);
                        if w == v {
                            break;
                        }
                    }
                    if scc.len() > 1 {
                        recursive.extend(scc);
                    }
                }
            }
        }
        recursive
    }
}

fn can_inline(module: &Module, context: &Context, call: OpId, callee: OpId) -> bool {
    let Some(&region) = module.op(callee).regions.first() else {
        return false;
    };
    let blocks = &module.region(region).blocks;
    if blocks.len() != 1 {
        return false;
    }
    let body = blocks[0];
    let Some(term) = module.last_op(body) else {
        return false;
    };
    let returns =
        module.name(term) == "func.return" || context.has_trait(module, term, OpTrait::ReturnLike);
    returns
        && module.block(body).args.len() == module.op(call).operands.len()
        && module.op(term).operands.len() == module.op(call).results.len()
}

fn inline_call(module: &mut Module, call: OpId, callee: OpId) {
    let body = module
        .entry_block(callee, 0)
        .expect("checked by can_inline");
    let mut map = IrMapping::new();
    for (&arg, &operand) in module
        .block(body)
        .args
        .clone()
        .iter()
        .zip(&module.op(call).operands.clone())
    {
        map.map_value(arg, operand);
    }
    let call_loc = module.op(call).loc.clone();
    let term = module.last_op(body).expect("checked by can_inline");
    let ops: Vec<OpId> = module.block_ops(body).filter(|&o| o != term).collect();
    for o in ops {
        let copy = clone_op_into(module, o, &mut map);
        let mut nested = Vec::new();
        module.walk(copy, &mut |n| nested.push(n));
        for n in nested {
            let loc = module.op(n).loc.clone();
            module.op_mut(n).loc = callsite(loc, &call_loc);
        }
        module.insert_before(call, copy);
    }
    let returned: Vec<_> = module
        .op(term)
        .operands
        .iter()
        .map(|&v| map.lookup(v))
        .collect();
    module.replace_op(call, &returned);
}

fn callsite(callee: Location, caller: &Location) -> Location {
    if matches!(caller, Location::Unknown) {
        return callee;
    }
    Location::CallSite {
        callee: Box::new(callee),
        caller: Box::new(caller.clone()),
    }
}

pass::inventory::submit! {
    PassDef {
        name: "inline",
        title: "Inliner",
        summary: "Inline func.call operations to functions defined in the module",
        description: "Replaces each func.call to a single-block, non-recursive func.func of the \
                      same module by a copy of its body, repeating for calls exposed by inlining.",
        options: &[PassOptionDef {
            name: "max-iterations",
            summary: "Maximum number of inlining rounds",
            default: "4",
        }],
        module_only: true,
        create: |o| Ok(Box::new(Inline { max_iterations: o.get_usize("max-iterations")?, inlined: 0 })),
    }
}
