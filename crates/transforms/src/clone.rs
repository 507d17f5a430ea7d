//! Cloning operations with a value map, like MLIR's `Operation::clone(IRMapping&)`.
//!
//! [`clone_op_into`] copies an op with its properties, attributes, location and, deeply,
//! its regions. Operands found in the map are replaced by their mapped value; others
//! are kept (values defined above the cloned op). Every result, block and block
//! argument of the copy is recorded in the map, so later clones see the new values.
use ir::{BlockId, Module, OpId, OperationState, RegionId, ValueId};
use std::collections::HashMap;

/// Old value → new value and old block → new block.
#[derive(Clone, Debug, Default)]
pub struct IrMapping {
    pub values: HashMap<ValueId, ValueId>,
    pub blocks: HashMap<BlockId, BlockId>,
}

impl IrMapping {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn map_value(&mut self, from: ValueId, to: ValueId) {
        self.values.insert(from, to);
    }
    /// The mapped value, or `v` itself.
    pub fn lookup(&self, v: ValueId) -> ValueId {
        self.values.get(&v).copied().unwrap_or(v)
    }
    pub fn lookup_block(&self, b: BlockId) -> BlockId {
        self.blocks.get(&b).copied().unwrap_or(b)
    }
}

/// Creates a detached deep copy of `op`; insert it with `append_op`/`insert_before`.
pub fn clone_op_into(module: &mut Module, op: OpId, map: &mut IrMapping) -> OpId {
    let data = module.op(op);
    let state = OperationState {
        name: data.name.to_string(),
        operands: data.operands.iter().map(|&v| map.lookup(v)).collect(),
        result_types: data
            .results
            .iter()
            .map(|&r| module.value_type(r).clone())
            .collect(),
        properties: data.properties.clone(),
        attributes: data.attributes.clone(),
        regions: Vec::new(),
        successors: data
            .successors
            .iter()
            .map(|&b| map.lookup_block(b))
            .collect(),
        loc: data.loc.clone(),
    };
    let old_results = data.results.clone();
    let regions = data.regions.clone();
    let new = module.create_op(state);
    for (old, new) in old_results.into_iter().zip(module.op(new).results.clone()) {
        map.map_value(old, new);
    }
    for region in regions {
        let target = module.add_region(new);
        clone_region_into(module, region, target, map);
    }
    new
}

/// Appends copies of the blocks of `from` to region `to`. Blocks are created first so
/// that successors within the region are remapped.
pub fn clone_region_into(module: &mut Module, from: RegionId, to: RegionId, map: &mut IrMapping) {
    let blocks = module.region(from).blocks.clone();
    let mut pairs = Vec::with_capacity(blocks.len());
    for &b in &blocks {
        let args: Vec<_> = module
            .block(b)
            .args
            .iter()
            .map(|&a| (module.value_type(a).clone(), module.value(a).loc.clone()))
            .collect();
        let nb = module.create_block(&args);
        for (old, new) in module
            .block(b)
            .args
            .clone()
            .into_iter()
            .zip(module.block(nb).args.clone())
        {
            map.map_value(old, new);
        }
        map.blocks.insert(b, nb);
        module.append_block(to, nb);
        pairs.push((b, nb));
    }
    for (b, nb) in pairs {
        let ops: Vec<OpId> = module.block_ops(b).collect();
        for o in ops {
            let c = clone_op_into(module, o, map);
            module.append_op(nb, c);
        }
    }
}
