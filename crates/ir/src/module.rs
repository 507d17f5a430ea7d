//! IR storage: operations, blocks, regions and values in one arena per module.
//!
//! Entities are addressed by small copyable ids. Each block keeps its operations in
//! a doubly-linked list and each value keeps its uses, so insertion, erasure, moves
//! and replace-all-uses cost O(1) or O(uses), never O(module): rewriting stays
//! near-linear on modules of 10^5 operations.
use crate::attr::{Attribute, NamedAttribute};
use crate::location::Location;
use crate::types::Type;
use std::sync::Arc;

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}
id_type!(
    /// An operation.
    OpId
);
id_type!(
    /// A block: arguments and a list of operations.
    BlockId
);
id_type!(
    /// A region: a list of blocks owned by an operation.
    RegionId
);
id_type!(
    /// An SSA value: an operation result or a block argument.
    ValueId
);

/// Where a value is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueDef {
    OpResult { op: OpId, index: u32 },
    BlockArg { block: BlockId, index: u32 },
}

/// One use of a value: operand `index` of `op`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Use {
    pub op: OpId,
    pub index: u32,
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub ty: Type,
    pub def: ValueDef,
    pub uses: Vec<Use>,
    /// Location of a block argument (results use their op's location).
    pub loc: Location,
}

#[derive(Clone, Debug)]
pub struct OpData {
    pub name: Arc<str>,
    pub operands: Vec<ValueId>,
    pub results: Vec<ValueId>,
    /// Inherent attributes, printed as `<{...}>`.
    pub properties: Vec<NamedAttribute>,
    /// Discardable attributes, printed as `{...}`.
    pub attributes: Vec<NamedAttribute>,
    pub regions: Vec<RegionId>,
    pub successors: Vec<BlockId>,
    pub loc: Location,
    pub parent: Option<BlockId>,
    prev: Option<OpId>,
    next: Option<OpId>,
    /// For each operand, where its [`Use`] sits in the operand value's use list, so
    /// that removing a use is O(1) instead of a search through the list.
    use_slots: Vec<u32>,
    pub erased: bool,
}

#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub args: Vec<ValueId>,
    pub parent: Option<RegionId>,
    first: Option<OpId>,
    last: Option<OpId>,
    len: usize,
}

#[derive(Clone, Debug)]
pub struct RegionData {
    pub blocks: Vec<BlockId>,
    pub parent: OpId,
}

/// Everything needed to create an operation.
#[derive(Clone, Debug, Default)]
pub struct OperationState {
    pub name: String,
    pub operands: Vec<ValueId>,
    pub result_types: Vec<Type>,
    pub properties: Vec<NamedAttribute>,
    pub attributes: Vec<NamedAttribute>,
    /// Regions given as detached lists of blocks; they are adopted by the new op.
    pub regions: Vec<Vec<BlockId>>,
    pub successors: Vec<BlockId>,
    pub loc: Location,
}

impl OperationState {
    pub fn new(name: &str, loc: Location) -> Self {
        OperationState {
            name: name.to_string(),
            loc,
            ..Default::default()
        }
    }
    pub fn operands(mut self, operands: &[ValueId]) -> Self {
        self.operands.extend_from_slice(operands);
        self
    }
    pub fn results(mut self, types: &[Type]) -> Self {
        self.result_types.extend_from_slice(types);
        self
    }
    pub fn attr(mut self, name: &str, value: Attribute) -> Self {
        set_named(&mut self.attributes, name, value);
        self
    }
    pub fn property(mut self, name: &str, value: Attribute) -> Self {
        set_named(&mut self.properties, name, value);
        self
    }
    pub fn region(mut self, blocks: Vec<BlockId>) -> Self {
        self.regions.push(blocks);
        self
    }
}

/// Sets `name` in a name-sorted attribute list (MLIR dictionaries are sorted).
pub fn set_named(list: &mut Vec<NamedAttribute>, name: &str, value: Attribute) {
    match list.binary_search_by(|e| e.name.as_str().cmp(name)) {
        Ok(i) => list[i].value = value,
        Err(i) => list.insert(i, NamedAttribute::new(name, value)),
    }
}

/// Looks `name` up in a name-sorted attribute list.
pub fn find_named<'a>(list: &'a [NamedAttribute], name: &str) -> Option<&'a Attribute> {
    list.binary_search_by(|e| e.name.as_str().cmp(name))
        .ok()
        .map(|i| &list[i].value)
}

/// A top-level operation (normally `builtin.module`) and the arena of everything under it.
#[derive(Clone, Debug, Default)]
pub struct Module {
    ops: Vec<OpData>,
    blocks: Vec<BlockData>,
    regions: Vec<RegionData>,
    values: Vec<ValueData>,
    /// Top-level operations, in order; a parsed file has exactly one, the module.
    pub top: Vec<OpId>,
}

impl Module {
    pub fn new() -> Self {
        Self::default()
    }

    // ----- access -----------------------------------------------------------------

    pub fn op(&self, op: OpId) -> &OpData {
        &self.ops[op.index()]
    }
    pub fn op_mut(&mut self, op: OpId) -> &mut OpData {
        &mut self.ops[op.index()]
    }
    pub fn block(&self, block: BlockId) -> &BlockData {
        &self.blocks[block.index()]
    }
    pub fn region(&self, region: RegionId) -> &RegionData {
        &self.regions[region.index()]
    }
    pub fn value(&self, value: ValueId) -> &ValueData {
        &self.values[value.index()]
    }
    pub fn name(&self, op: OpId) -> &str {
        &self.ops[op.index()].name
    }
    pub fn value_type(&self, value: ValueId) -> &Type {
        &self.values[value.index()].ty
    }
    pub fn set_value_type(&mut self, value: ValueId, ty: Type) {
        self.values[value.index()].ty = ty;
    }
    pub fn operand_types(&self, op: OpId) -> Vec<Type> {
        self.op(op)
            .operands
            .iter()
            .map(|&v| self.value_type(v).clone())
            .collect()
    }
    pub fn result_types(&self, op: OpId) -> Vec<Type> {
        self.op(op)
            .results
            .iter()
            .map(|&v| self.value_type(v).clone())
            .collect()
    }
    pub fn result(&self, op: OpId, index: usize) -> ValueId {
        self.op(op).results[index]
    }
    /// The operation defining `value`, if it is an op result.
    pub fn defining_op(&self, value: ValueId) -> Option<OpId> {
        match self.value(value).def {
            ValueDef::OpResult { op, .. } => Some(op),
            ValueDef::BlockArg { .. } => None,
        }
    }
    pub fn uses(&self, value: ValueId) -> &[Use] {
        &self.values[value.index()].uses
    }
    pub fn has_uses(&self, value: ValueId) -> bool {
        !self.values[value.index()].uses.is_empty()
    }
    /// Location of a value: its op's, or the block argument's.
    pub fn value_loc(&self, value: ValueId) -> &Location {
        match self.value(value).def {
            ValueDef::OpResult { op, .. } => &self.op(op).loc,
            ValueDef::BlockArg { .. } => &self.value(value).loc,
        }
    }

    /// An attribute by name, from the properties first, then the attribute dictionary.
    pub fn attr(&self, op: OpId, name: &str) -> Option<&Attribute> {
        let data = self.op(op);
        find_named(&data.properties, name).or_else(|| find_named(&data.attributes, name))
    }
    /// Sets an attribute where it already lives, else in the attribute dictionary.
    pub fn set_attr(&mut self, op: OpId, name: &str, value: Attribute) {
        let data = self.op_mut(op);
        if data.properties.iter().any(|e| e.name == name) {
            set_named(&mut data.properties, name, value);
        } else {
            set_named(&mut data.attributes, name, value);
        }
    }
    pub fn remove_attr(&mut self, op: OpId, name: &str) -> Option<Attribute> {
        let data = self.op_mut(op);
        for list in [&mut data.properties, &mut data.attributes] {
            if let Some(i) = list.iter().position(|e| e.name == name) {
                return Some(list.remove(i).value);
            }
        }
        None
    }

    /// Operations of a block, in order.
    pub fn block_ops(&self, block: BlockId) -> BlockOps<'_> {
        BlockOps {
            module: self,
            next: self.block(block).first,
        }
    }
    pub fn block_len(&self, block: BlockId) -> usize {
        self.block(block).len
    }
    pub fn first_op(&self, block: BlockId) -> Option<OpId> {
        self.block(block).first
    }
    pub fn last_op(&self, block: BlockId) -> Option<OpId> {
        self.block(block).last
    }
    pub fn next_op(&self, op: OpId) -> Option<OpId> {
        self.op(op).next
    }
    pub fn prev_op(&self, op: OpId) -> Option<OpId> {
        self.op(op).prev
    }
    /// The operation whose region contains `block`.
    pub fn block_parent_op(&self, block: BlockId) -> Option<OpId> {
        self.block(block).parent.map(|r| self.region(r).parent)
    }
    /// The operation enclosing `op`.
    pub fn parent_op(&self, op: OpId) -> Option<OpId> {
        self.op(op).parent.and_then(|b| self.block_parent_op(b))
    }
    /// The entry block of region `index` of `op`.
    pub fn entry_block(&self, op: OpId, index: usize) -> Option<BlockId> {
        self.op(op)
            .regions
            .get(index)
            .and_then(|&r| self.region(r).blocks.first().copied())
    }
    pub fn num_ops_allocated(&self) -> usize {
        self.ops.len()
    }

    // ----- creation ---------------------------------------------------------------

    /// A new block with arguments of the given types, not yet in any region.
    pub fn create_block(&mut self, arg_types: &[(Type, Location)]) -> BlockId {
        let block = BlockId(self.blocks.len() as u32);
        self.blocks.push(BlockData::default());
        for (i, (ty, loc)) in arg_types.iter().enumerate() {
            let v = self.new_value(
                ty.clone(),
                ValueDef::BlockArg {
                    block,
                    index: i as u32,
                },
            );
            self.values[v.index()].loc = loc.clone();
            self.blocks[block.index()].args.push(v);
        }
        block
    }
    /// Appends an argument to a block.
    pub fn add_block_arg(&mut self, block: BlockId, ty: Type, loc: Location) -> ValueId {
        let index = self.blocks[block.index()].args.len() as u32;
        let v = self.new_value(ty, ValueDef::BlockArg { block, index });
        self.values[v.index()].loc = loc;
        self.blocks[block.index()].args.push(v);
        v
    }

    fn new_value(&mut self, ty: Type, def: ValueDef) -> ValueId {
        let id = ValueId(self.values.len() as u32);
        self.values.push(ValueData {
            ty,
            def,
            uses: Vec::new(),
            loc: Location::Unknown,
        });
        id
    }

    /// Creates a detached operation from a state; insert it with `append_op` or `insert_before`.
    pub fn create_op(&mut self, state: OperationState) -> OpId {
        let op = OpId(self.ops.len() as u32);
        let results = state
            .result_types
            .into_iter()
            .enumerate()
            .map(|(i, ty)| {
                self.new_value(
                    ty,
                    ValueDef::OpResult {
                        op,
                        index: i as u32,
                    },
                )
            })
            .collect();
        let mut properties = state.properties;
        properties.sort_by(|a, b| a.name.cmp(&b.name));
        let mut attributes = state.attributes;
        attributes.sort_by(|a, b| a.name.cmp(&b.name));
        self.ops.push(OpData {
            name: state.name.as_str().into(),
            operands: Vec::new(),
            results,
            properties,
            attributes,
            regions: Vec::new(),
            successors: state.successors,
            loc: state.loc,
            parent: None,
            prev: None,
            next: None,
            use_slots: vec![0; state.operands.len()],
            erased: false,
        });
        for (i, &v) in state.operands.iter().enumerate() {
            self.add_use(
                v,
                Use {
                    op,
                    index: i as u32,
                },
            );
        }
        self.ops[op.index()].operands = state.operands;
        for blocks in state.regions {
            let region = self.add_region(op);
            for b in blocks {
                self.append_block(region, b);
            }
        }
        op
    }

    /// Adds an empty region to `op`.
    pub fn add_region(&mut self, op: OpId) -> RegionId {
        let region = RegionId(self.regions.len() as u32);
        self.regions.push(RegionData {
            blocks: Vec::new(),
            parent: op,
        });
        self.ops[op.index()].regions.push(region);
        region
    }
    pub fn append_block(&mut self, region: RegionId, block: BlockId) {
        self.blocks[block.index()].parent = Some(region);
        self.regions[region.index()].blocks.push(block);
    }

    // ----- list surgery -----------------------------------------------------------

    /// Takes `op` out of its block without erasing it (its operands, results and
    /// regions stay); `insert_before`/`append_op` put it back.
    pub fn detach_op(&mut self, op: OpId) {
        self.unlink(op);
    }

    fn unlink(&mut self, op: OpId) {
        let (parent, prev, next) = {
            let d = &self.ops[op.index()];
            (d.parent, d.prev, d.next)
        };
        let Some(block) = parent else { return };
        match prev {
            Some(p) => self.ops[p.index()].next = next,
            None => self.blocks[block.index()].first = next,
        }
        match next {
            Some(n) => self.ops[n.index()].prev = prev,
            None => self.blocks[block.index()].last = prev,
        }
        self.blocks[block.index()].len -= 1;
        let d = &mut self.ops[op.index()];
        d.parent = None;
        d.prev = None;
        d.next = None;
    }

    /// Appends a detached op at the end of `block`.
    pub fn append_op(&mut self, block: BlockId, op: OpId) {
        self.unlink(op);
        let last = self.blocks[block.index()].last;
        {
            let d = &mut self.ops[op.index()];
            d.parent = Some(block);
            d.prev = last;
            d.next = None;
        }
        match last {
            Some(l) => self.ops[l.index()].next = Some(op),
            None => self.blocks[block.index()].first = Some(op),
        }
        let b = &mut self.blocks[block.index()];
        b.last = Some(op);
        b.len += 1;
    }

    /// Inserts (or moves) `op` right before `anchor`.
    pub fn insert_before(&mut self, anchor: OpId, op: OpId) {
        assert_ne!(anchor, op, "cannot insert an operation before itself");
        self.unlink(op);
        let block = self.ops[anchor.index()]
            .parent
            .expect("anchor is not in a block");
        let prev = self.ops[anchor.index()].prev;
        {
            let d = &mut self.ops[op.index()];
            d.parent = Some(block);
            d.prev = prev;
            d.next = Some(anchor);
        }
        self.ops[anchor.index()].prev = Some(op);
        match prev {
            Some(p) => self.ops[p.index()].next = Some(op),
            None => self.blocks[block.index()].first = Some(op),
        }
        self.blocks[block.index()].len += 1;
    }

    /// Inserts (or moves) `op` right after `anchor`.
    pub fn insert_after(&mut self, anchor: OpId, op: OpId) {
        assert_ne!(anchor, op, "cannot insert an operation after itself");
        match self.ops[anchor.index()].next {
            Some(next) => self.insert_before(next, op),
            None => {
                let block = self.ops[anchor.index()]
                    .parent
                    .expect("anchor is not in a block");
                self.append_op(block, op);
            }
        }
    }

    // ----- use-list maintenance ---------------------------------------------------

    /// Appends `u` to the use list of `value` and records its slot.
    fn add_use(&mut self, value: ValueId, u: Use) {
        let uses = &mut self.values[value.index()].uses;
        let slots = &mut self.ops[u.op.index()].use_slots;
        if slots.len() <= u.index as usize {
            slots.resize(u.index as usize + 1, 0);
        }
        slots[u.index as usize] = uses.len() as u32;
        uses.push(u);
    }

    /// Removes `u` from the use list of `value` in O(1): the recorded slot is
    /// swap-removed and the use moved into it gets its slot updated.
    fn remove_use(&mut self, value: ValueId, u: Use) {
        let uses = &mut self.values[value.index()].uses;
        let recorded = self.ops[u.op.index()]
            .use_slots
            .get(u.index as usize)
            .map(|&s| s as usize);
        // The slot is exact unless someone edited `operands` directly; then search.
        let slot = match recorded {
            Some(s) if uses.get(s) == Some(&u) => Some(s),
            _ => uses.iter().rposition(|x| *x == u),
        };
        let Some(slot) = slot else { return };
        uses.swap_remove(slot);
        if let Some(&moved) = uses.get(slot) {
            if let Some(s) = self.ops[moved.op.index()]
                .use_slots
                .get_mut(moved.index as usize)
            {
                *s = slot as u32;
            }
        }
    }

    /// Sets operand `index` of `op` to `value`.
    pub fn set_operand(&mut self, op: OpId, index: usize, value: ValueId) {
        let old = self.ops[op.index()].operands[index];
        let u = Use {
            op,
            index: index as u32,
        };
        self.remove_use(old, u);
        self.ops[op.index()].operands[index] = value;
        self.add_use(value, u);
    }

    /// Replaces every use of `from` with `to`.
    pub fn replace_all_uses(&mut self, from: ValueId, to: ValueId) {
        if from == to {
            return;
        }
        let uses = std::mem::take(&mut self.values[from.index()].uses);
        for u in uses {
            self.ops[u.op.index()].operands[u.index as usize] = to;
            self.add_use(to, u);
        }
    }

    /// Replaces each result of `op` with the matching value, then erases `op`.
    pub fn replace_op(&mut self, op: OpId, values: &[ValueId]) {
        let results = self.ops[op.index()].results.clone();
        assert_eq!(
            results.len(),
            values.len(),
            "replace_op: result count mismatch"
        );
        for (r, v) in results.into_iter().zip(values) {
            self.replace_all_uses(r, *v);
        }
        self.erase_op(op);
    }

    /// Erases `op` and everything nested in it. Its results must have no uses left
    /// outside the erased ops.
    pub fn erase_op(&mut self, op: OpId) {
        self.unlink(op);
        self.drop_op(op);
    }

    fn drop_op(&mut self, op: OpId) {
        let operands = std::mem::take(&mut self.ops[op.index()].operands);
        for (i, v) in operands.into_iter().enumerate() {
            self.remove_use(
                v,
                Use {
                    op,
                    index: i as u32,
                },
            );
        }
        self.ops[op.index()].use_slots.clear();
        let regions = std::mem::take(&mut self.ops[op.index()].regions);
        for r in regions {
            for b in std::mem::take(&mut self.regions[r.index()].blocks) {
                let mut cur = self.blocks[b.index()].first;
                while let Some(o) = cur {
                    cur = self.ops[o.index()].next;
                    self.drop_op(o);
                }
                self.blocks[b.index()] = BlockData::default();
            }
        }
        let d = &mut self.ops[op.index()];
        d.erased = true;
        d.parent = None;
        d.prev = None;
        d.next = None;
    }

    // ----- walking ----------------------------------------------------------------

    /// Visits `op` and every operation nested in it, parents before children.
    pub fn walk(&self, op: OpId, f: &mut impl FnMut(OpId)) {
        // An explicit stack: pathological nesting must not overflow the call stack.
        let mut stack = vec![op];
        while let Some(o) = stack.pop() {
            f(o);
            let data = self.op(o);
            let mut children = Vec::new();
            for &r in &data.regions {
                for &b in &self.region(r).blocks {
                    children.extend(self.block_ops(b));
                }
            }
            stack.extend(children.into_iter().rev());
        }
    }
    /// All operations at and under the top-level ops, pre-order.
    pub fn all_ops(&self) -> Vec<OpId> {
        let mut out = Vec::new();
        for &t in &self.top {
            self.walk(t, &mut |o| out.push(o));
        }
        out
    }
    /// Nesting depth of `op` (top-level ops are at depth 0).
    pub fn depth(&self, op: OpId) -> usize {
        let mut depth = 0;
        let mut cur = op;
        while let Some(p) = self.parent_op(cur) {
            depth += 1;
            cur = p;
        }
        depth
    }
}

/// Iterator over the operations of a block.
pub struct BlockOps<'a> {
    module: &'a Module,
    next: Option<OpId>,
}

impl Iterator for BlockOps<'_> {
    type Item = OpId;
    fn next(&mut self) -> Option<OpId> {
        let cur = self.next?;
        self.next = self.module.op(cur).next;
        Some(cur)
    }
}
