//! `cse`: common subexpression elimination.
//!
//! Two operations are equivalent when they have the same name, the same operands (for
//! a `Commutative` op, the same operands in any order), equal properties and
//! attributes, and the same result types. Only registered `Pure` operations with no
//! regions and no successors take part.
//!
//! Scoping: a later op is replaced by an earlier equivalent op that dominates it,
//! i.e. one earlier in the same block or earlier in an enclosing block (the op holding
//! the later op's region comes after it). Each block of a region is its own scope;
//! an `IsolatedFromAbove` op (a function, a module) starts from an empty scope, so
//! nothing is merged across functions. The replaced op is erased and its uses go to
//! the earlier op's results.
//!
//! Implementation: one walk with a scoped hash table (an undo log per scope); each op
//! is hashed once, so the pass is linear in the module size.
use ir::{
    Attribute, Context, DiagResult, Module, NamedAttribute, OpId, OpTrait, RegionId, ValueId,
};
use pass::{Pass, PassDef, Statistic};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

pub struct Cse {
    /// Summed over runs, for `--mlir-pass-statistics`.
    erased: u64,
}

impl Pass for Cse {
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()> {
        self.erased += eliminate_common_subexpressions(module, context) as u64;
        Ok(())
    }

    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic::new(
            "num-cse'd",
            "Operations erased as duplicates of an earlier one",
            self.erased,
        )]
    }
}

/// Runs CSE over every top-level op; returns the number of ops erased.
pub fn eliminate_common_subexpressions(module: &mut Module, context: &Context) -> usize {
    let mut cse = State {
        table: HashMap::new(),
        log: Vec::new(),
        erased: 0,
    };
    for top in module.top.clone() {
        cse.visit_op_regions(module, context, top);
    }
    cse.erased
}

struct State {
    /// Hash → candidate ops with that hash, innermost scope last.
    table: HashMap<u64, Vec<OpId>>,
    /// Hashes inserted, in order; a scope remembers the log length at its start.
    log: Vec<u64>,
    erased: usize,
}

impl State {
    fn visit_op_regions(&mut self, module: &mut Module, context: &Context, op: OpId) {
        let regions = module.op(op).regions.clone();
        if regions.is_empty() {
            return;
        }
        let isolated = context.has_trait(module, op, OpTrait::IsolatedFromAbove)
            || context.has_trait(module, op, OpTrait::SymbolTable)
            || module.name(op) == "builtin.module"
            || module.name(op) == "func.func";
        let saved = isolated.then(|| {
            (
                std::mem::take(&mut self.table),
                std::mem::take(&mut self.log),
            )
        });
        for region in regions {
            self.visit_region(module, context, region);
        }
        if let Some((table, log)) = saved {
            self.table = table;
            self.log = log;
        }
    }

    fn visit_region(&mut self, module: &mut Module, context: &Context, region: RegionId) {
        for block in module.region(region).blocks.clone() {
            let mark = self.log.len();
            let mut cur = module.first_op(block);
            while let Some(op) = cur {
                cur = module.next_op(op);
                self.visit_op(module, context, op);
            }
            while self.log.len() > mark {
                let h = self.log.pop().expect("log is longer than the mark");
                if let Some(bucket) = self.table.get_mut(&h) {
                    bucket.pop();
                }
            }
        }
    }

    fn visit_op(&mut self, module: &mut Module, context: &Context, op: OpId) {
        let data = module.op(op);
        if !data.regions.is_empty() {
            self.visit_op_regions(module, context, op);
            return;
        }
        let Some(def) = context.def_of(module, op) else {
            return;
        };
        if !def.has_trait(OpTrait::Pure)
            || def.has_trait(OpTrait::Terminator)
            || !data.successors.is_empty()
            || data.results.is_empty()
        {
            return;
        }
        let commutative = def.has_trait(OpTrait::Commutative);
        let h = op_hash(module, op, commutative);
        if let Some(bucket) = self.table.get(&h) {
            if let Some(&existing) = bucket
                .iter()
                .rev()
                .find(|&&e| equivalent(module, e, op, commutative))
            {
                let values = module.op(existing).results.clone();
                module.replace_op(op, &values);
                self.erased += 1;
                return;
            }
        }
        self.table.entry(h).or_default().push(op);
        self.log.push(h);
    }
}

fn sorted_operands(module: &Module, op: OpId, commutative: bool) -> Vec<ValueId> {
    let mut v = module.op(op).operands.clone();
    if commutative {
        v.sort_unstable();
    }
    v
}

fn op_hash(module: &Module, op: OpId, commutative: bool) -> u64 {
    let data = module.op(op);
    let mut h = DefaultHasher::new();
    data.name.hash(&mut h);
    if commutative {
        sorted_operands(module, op, true).hash(&mut h);
    } else {
        data.operands.hash(&mut h);
    }
    for &r in &data.results {
        module.value_type(r).hash(&mut h);
    }
    hash_named(&data.properties, &mut h);
    0xffu8.hash(&mut h);
    hash_named(&data.attributes, &mut h);
    h.finish()
}

fn equivalent(module: &Module, a: OpId, b: OpId, commutative: bool) -> bool {
    let (da, db) = (module.op(a), module.op(b));
    da.name == db.name
        && da.results.len() == db.results.len()
        && da
            .results
            .iter()
            .zip(&db.results)
            .all(|(&x, &y)| module.value_type(x) == module.value_type(y))
        && da.properties == db.properties
        && da.attributes == db.attributes
        && if commutative {
            sorted_operands(module, a, true) == sorted_operands(module, b, true)
        } else {
            da.operands == db.operands
        }
}

fn hash_named(list: &[NamedAttribute], h: &mut impl Hasher) {
    list.len().hash(h);
    for na in list {
        na.name.hash(h);
        hash_attr(&na.value, h);
    }
}

/// A structural hash of an attribute consistent with its `PartialEq` (floats by bits;
/// `-0.0` and `0.0` compare equal but hash apart, which only costs a missed merge).
pub fn hash_attr(a: &Attribute, h: &mut impl Hasher) {
    std::mem::discriminant(a).hash(h);
    match a {
        Attribute::Unit => {}
        Attribute::Bool(b) => b.hash(h),
        Attribute::Integer { value, ty } => {
            value.hash(h);
            ty.hash(h);
        }
        Attribute::Float { value, ty } => {
            value.to_bits().hash(h);
            ty.hash(h);
        }
        Attribute::String(s) => s.hash(h),
        Attribute::Type(t) => t.hash(h),
        Attribute::Array(items) => {
            items.len().hash(h);
            for i in items {
                hash_attr(i, h);
            }
        }
        Attribute::DenseArray { element, values } => {
            element.hash(h);
            match values {
                ir::attr::DenseArrayValues::Int(v) => v.hash(h),
                ir::attr::DenseArrayValues::Float(v) => v.iter().for_each(|f| f.to_bits().hash(h)),
                ir::attr::DenseArrayValues::Bool(v) => v.hash(h),
            }
        }
        Attribute::Dense { ty, data } => {
            ty.hash(h);
            match data {
                ir::DenseElements::Splat(s) => hash_scalar(s, h),
                ir::DenseElements::Elements(v) => {
                    v.len().hash(h);
                    v.iter().for_each(|s| hash_scalar(s, h));
                }
                ir::DenseElements::Hex(bytes) => bytes.hash(h),
            }
        }
        Attribute::SymbolRef { root, nested } => {
            root.hash(h);
            nested.hash(h);
        }
        Attribute::Dictionary(entries) => hash_named(entries, h),
        Attribute::Opaque(s) => s.hash(h),
    }
}

fn hash_scalar(s: &ir::Scalar, h: &mut impl Hasher) {
    match s {
        ir::Scalar::Int(i) => (0u8, *i).hash(h),
        ir::Scalar::Float(f) => (1u8, f.to_bits()).hash(h),
        ir::Scalar::Bool(b) => (2u8, *b).hash(h),
    }
}

pass::inventory::submit! {
    PassDef {
        name: "cse",
        title: "CSE",
        summary: "Eliminate common sub-expressions",
        description: "Replaces a registered Pure operation (without regions) by an equivalent \
                      earlier one that dominates it: same name, operands (in any order for \
                      Commutative ops), properties, attributes and result types. Nothing is \
                      merged across IsolatedFromAbove ops such as functions.",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(Cse { erased: 0 })),
    }
}
