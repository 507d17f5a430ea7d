//! `builtin.module` and the `func` dialect: `func.func`, `func.return`, `func.call`,
//! with MLIR's pretty forms.
//!
//! Linking this crate registers the ops (through `inventory`); tools refer to
//! [`DIALECTS`] so that the linker keeps it.
mod call;
mod func_op;
mod module_op;

pub use func_op::{entry_function, function_type, is_declaration, symbol_name, EntryError};

/// The dialects this crate registers. Referencing it keeps the crate linked.
pub const DIALECTS: &[&str] = &["builtin", "func"];

ir::inventory::submit! {
    ir::DialectDef { name: "builtin", summary: "The top-level module op." }
}
ir::inventory::submit! {
    ir::DialectDef { name: "func", summary: "Functions, returns and calls." }
}
