//! A builder that creates operations at an insertion point.
use crate::attr::Attribute;
use crate::location::Location;
use crate::module::{BlockId, Module, OpId, OperationState, ValueId};
use crate::types::Type;

/// Where the builder puts new operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InsertPoint {
    /// At the end of a block.
    End(BlockId),
    /// Right before an operation.
    Before(OpId),
    /// Nowhere: operations stay detached.
    Detached,
}

pub struct Builder<'m> {
    pub module: &'m mut Module,
    pub point: InsertPoint,
    pub loc: Location,
}

impl<'m> Builder<'m> {
    pub fn new(module: &'m mut Module, point: InsertPoint) -> Self {
        Builder {
            module,
            point,
            loc: Location::Unknown,
        }
    }
    pub fn at_end(module: &'m mut Module, block: BlockId) -> Self {
        Self::new(module, InsertPoint::End(block))
    }
    pub fn before(module: &'m mut Module, op: OpId) -> Self {
        Self::new(module, InsertPoint::Before(op))
    }

    /// Creates an op from a state and inserts it at the insertion point.
    pub fn insert(&mut self, state: OperationState) -> OpId {
        let op = self.module.create_op(state);
        match self.point {
            InsertPoint::End(b) => self.module.append_op(b, op),
            InsertPoint::Before(anchor) => self.module.insert_before(anchor, op),
            InsertPoint::Detached => {}
        }
        op
    }

    /// Creates `name(operands) {attrs} : result_types` with the builder's location
    /// and returns its results.
    pub fn op(
        &mut self,
        name: &str,
        operands: &[ValueId],
        attributes: &[(&str, Attribute)],
        result_types: &[Type],
    ) -> Vec<ValueId> {
        let mut state = OperationState::new(name, self.loc.clone())
            .operands(operands)
            .results(result_types);
        for (n, a) in attributes {
            state = state.attr(n, a.clone());
        }
        let op = self.insert(state);
        self.module.op(op).results.clone()
    }
}
