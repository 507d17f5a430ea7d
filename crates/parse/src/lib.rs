//! Parser for MLIR text.
//!
//! It reads what MLIR's own printer writes: the generic op form with operands,
//! successors, `<{properties}>`, regions with blocks and block arguments, attribute
//! dictionaries and function types; builtin types and attributes; `loc(...)`
//! locations with `#loc` aliases; attribute and type alias definitions; and the pretty
//! form of any op whose definition registers one (`module`, `func.func`, ...).
//!
//! Tokens are recognised with nom combinators (`lexer`); the grammar is recursive
//! descent over them, as in MLIR's own parser, because SSA names need scoped state.
//! Every error is a [`Diagnostic`] at `file:line:col` of the offending token.
mod lexer;
mod parser;

pub use parser::{parse_source, parse_source_at, MAX_NESTING};

use ir::{Context, DiagResult, Diagnostic, Location, Module};

/// Parses a whole file given as bytes (which must be UTF-8).
pub fn parse_bytes(bytes: &[u8], file: &str, context: &Context) -> DiagResult<Module> {
    if bytes.starts_with(MLIR_BYTECODE_MAGIC) {
        return Err(Diagnostic::error(
            Location::file_line_col(file, 1, 1),
            "this is MLIR bytecode, which is not read here; print it as text first \
             (`mlir-opt FILE.mlirbc -o FILE.mlir`)",
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_source(text, file, context),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let col = valid.iter().rev().take_while(|&&b| b != b'\n').count() as u32 + 1;
            Err(Diagnostic::error(
                Location::file_line_col(file, line, col),
                "invalid UTF-8 in input",
            ))
        }
    }
}

/// The first bytes of an MLIR bytecode file (`ML\xefR`).
pub const MLIR_BYTECODE_MAGIC: &[u8] = b"ML\xefR";

/// Splits a file at lines `// -----` (for `--split-input-file`). Returns each
/// chunk with the line number (0-based) it starts at, so locations stay true.
pub fn split_input(text: &str) -> Vec<(usize, &str)> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut start_line = 0;
    let mut offset = 0;
    for (line_no, line) in text.split_inclusive('\n').enumerate() {
        if line.trim_end() == "// -----" {
            chunks.push((start_line, &text[start..offset]));
            start = offset + line.len();
            start_line = line_no + 1;
        }
        offset += line.len();
    }
    chunks.push((start_line, &text[start..]));
    chunks
}
