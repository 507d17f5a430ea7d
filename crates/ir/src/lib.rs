//! The IR core: operations with operands, results, properties, attributes and
//! regions; blocks with arguments; typed SSA values; locations; diagnostics; a
//! registry that dialects fill by themselves; the printer and the verifier.
//!
//! This crate knows no dialect. Ops are identified by name and described by
//! [`registry::OpDef`]s that dialect crates submit.
pub mod asm;
pub mod attr;
pub mod builder;
pub mod diag;
pub mod interfaces;
pub mod location;
pub mod module;
pub mod registry;
pub mod types;
pub mod verify;

pub use asm::{print_module, AsmParser, AsmPrinter, PrintOptions};
pub use attr::{Attribute, DenseElements, NamedAttribute, Scalar};
pub use builder::{Builder, InsertPoint};
pub use diag::{write_stderr, DiagResult, Diagnostic, Severity};
pub use interfaces::{DimFlow, OpCost};
pub use location::Location;
pub use module::{BlockId, Module, OpId, OperationState, RegionId, Use, ValueDef, ValueId};
pub use registry::{Context, CustomAssembly, DialectDef, OpDef, OpTrait};
pub use types::Type;

/// Re-exported so dialect crates can register ops without naming the crate.
pub use inventory;
