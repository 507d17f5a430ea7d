//! Op and dialect registration.
//!
//! Dialects describe each op once, in the file that implements it, with
//! `inventory::submit!`; the [`Context`] collects every submitted definition at
//! start-up. There is no hand-kept central list: linking a dialect crate registers it.
use crate::asm::{AsmParser, AsmPrinter};
use crate::diag::DiagResult;
use crate::interfaces::{DimFlow, OpCost};
use crate::module::{Module, OpId, OperationState};
use crate::types::Type;
// FxHash: op lookups by name happen for every op printed or verified.
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

/// Structural properties the core understands without knowing the op.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OpTrait {
    /// Must be the last operation of its block.
    Terminator,
    /// Regions may not use values defined outside the op.
    IsolatedFromAbove,
    /// No side effects: unused results may be removed, equal ops merged.
    Pure,
    /// Operands may be swapped.
    Commutative,
    /// Produces a compile-time constant from its attributes.
    ConstantLike,
    /// Defines a symbol (`sym_name`).
    Symbol,
    /// Its region holds symbols that are looked up by name.
    SymbolTable,
    /// Its single-block regions need no terminator.
    NoTerminator,
    /// Returns control and values to the parent op.
    ReturnLike,
}

/// Custom (pretty) assembly of an op. The generic printer writes the results
/// (`%0 = `) and the trailing location; these hooks handle the rest.
pub trait CustomAssembly: Sync {
    fn parse(&self, parser: &mut dyn AsmParser, name: &str) -> DiagResult<OperationState>;
    fn print(&self, printer: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result;
}

/// Checks an op's operands, attributes and regions; errors point at the op.
pub type VerifyFn = fn(&Module, OpId) -> DiagResult<()>;
/// Computes result types from operand types and attributes.
pub type InferFn = fn(&Module, OpId) -> DiagResult<Vec<Type>>;
/// Dimension flow of an op (filled in by the autochunk work).
pub type DimFlowFn = fn(&Module, OpId) -> Option<DimFlow>;
/// Folds an op: returns values to replace its results with. It may insert new ops
/// (such as a constant) right before `op`; it must not erase `op` itself.
pub type FoldFn = fn(&mut Module, OpId) -> Option<Vec<crate::module::ValueId>>;
/// Flops and bytes moved by an op.
pub type CostFn = fn(&Module, OpId) -> OpCost;

/// One operation's definition: everything passes and tools may ask about it.
pub struct OpDef {
    /// Full name, `dialect.op`.
    pub name: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub traits: &'static [OpTrait],
    /// Operand and attribute checks; the result type is checked against `infer`.
    pub verify: Option<VerifyFn>,
    /// The result type rule.
    pub infer: Option<InferFn>,
    /// How result dimensions relate to operand dimensions, and which dimensions the
    /// op computes across. `None` means unknown: no chunk region may cross the op.
    pub dim_flow: Option<DimFlowFn>,
    /// Flops and bytes, for cost models.
    pub cost: Option<CostFn>,
    /// Canonicalization: identity removal and constant folding, used by `canonicalize`.
    pub fold: Option<FoldFn>,
    /// Pretty form, if any; the generic form is always accepted.
    pub assembly: Option<&'static dyn CustomAssembly>,
    /// Attribute names, with `(name, required, summary)`, for documentation.
    pub attributes: &'static [(&'static str, bool, &'static str)],
}

impl OpDef {
    /// A pure op with no hooks; dialects fill in what they implement with struct
    /// update syntax (`OpDef { verify: Some(..), ..OpDef::new(name, summary, text) }`).
    /// A `const fn` so it can be used inside `inventory::submit!`.
    pub const fn new(
        name: &'static str,
        summary: &'static str,
        description: &'static str,
    ) -> OpDef {
        OpDef {
            name,
            summary,
            description,
            traits: &[OpTrait::Pure],
            verify: None,
            infer: None,
            dim_flow: None,
            cost: None,
            fold: None,
            assembly: None,
            attributes: &[],
        }
    }
    pub fn has_trait(&self, t: OpTrait) -> bool {
        self.traits.contains(&t)
    }
    pub fn dialect(&self) -> &'static str {
        self.name.split_once('.').map_or("", |(d, _)| d)
    }
}

/// A dialect's description, submitted once per dialect crate.
pub struct DialectDef {
    pub name: &'static str,
    pub summary: &'static str,
}

inventory::collect!(OpDef);
inventory::collect!(DialectDef);

/// The registered dialects and ops, and options that govern parsing and verification.
pub struct Context {
    ops: HashMap<&'static str, &'static OpDef>,
    dialects: HashMap<&'static str, &'static DialectDef>,
    /// Accept ops from dialects that are not registered (`--allow-unregistered-dialect`).
    pub allow_unregistered: bool,
}

impl Default for Context {
    fn default() -> Self {
        Self::new()
    }
}

impl Context {
    /// A context holding every dialect linked into this program.
    pub fn new() -> Self {
        let ops = inventory::iter::<OpDef>
            .into_iter()
            .map(|d| (d.name, d))
            .collect();
        let dialects = inventory::iter::<DialectDef>
            .into_iter()
            .map(|d| (d.name, d))
            .collect();
        Context {
            ops,
            dialects,
            allow_unregistered: false,
        }
    }
    pub fn op_def(&self, name: &str) -> Option<&'static OpDef> {
        self.ops.get(name).copied()
    }
    pub fn dialect(&self, name: &str) -> Option<&'static DialectDef> {
        self.dialects.get(name).copied()
    }
    /// Registered ops, sorted by name.
    pub fn op_defs(&self) -> Vec<&'static OpDef> {
        let mut v: Vec<_> = self.ops.values().copied().collect();
        v.sort_by_key(|d| d.name);
        v
    }
    /// Registered dialects, sorted by name.
    pub fn dialects(&self) -> Vec<&'static DialectDef> {
        let mut v: Vec<_> = self.dialects.values().copied().collect();
        v.sort_by_key(|d| d.name);
        v
    }
    /// The definition of an op in a module.
    pub fn def_of(&self, module: &Module, op: OpId) -> Option<&'static OpDef> {
        self.op_def(module.name(op))
    }
    pub fn has_trait(&self, module: &Module, op: OpId, t: OpTrait) -> bool {
        self.def_of(module, op).is_some_and(|d| d.has_trait(t))
    }
    /// Resolves an op name written in pretty form (`module` means `builtin.module`,
    /// `return` inside a function means `func.return`).
    pub fn resolve_pretty_name(&self, name: &str) -> Option<&'static OpDef> {
        self.op_def(name)
            .or_else(|| self.op_def(&format!("builtin.{name}")))
            .or_else(|| self.op_def(&format!("func.{name}")))
    }
}
