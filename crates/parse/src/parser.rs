//! The recursive-descent grammar over the nom token recognisers.
use crate::lexer;
#[path = "attributes.rs"]
mod attributes;
#[path = "resources.rs"]
mod resources;
#[path = "types.rs"]
mod types;

use attributes::{integer_type, parse_int};
use ir::asm::{Argument, UnresolvedOperand};
use ir::attr::{DenseArrayValues, DenseElements, Scalar};
use ir::registry::OpTrait;
use ir::types::{FloatKind, Signedness, DYNAMIC};
use ir::{
    AsmParser, Attribute, BlockId, Context, DiagResult, Diagnostic, Location, Module,
    NamedAttribute, OpId, OperationState, Type, ValueId,
};
// FxHash: these maps are keyed by small ids and short names on the hot path of
// parsing, verifying and printing; SipHash's DoS resistance is not needed here.
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// Deepest nesting of regions, types and attributes accepted; deeper input is an
/// error rather than a stack overflow.
pub const MAX_NESTING: usize = 200;

/// Parses MLIR text into a module. Top-level ops other than a single
/// `builtin.module` are wrapped in an implicit one, as MLIR does.
pub fn parse_source(text: &str, file: &str, context: &Context) -> DiagResult<Module> {
    parse_source_at(text, file, 0, context)
}

/// Like [`parse_source`], for a piece of a file that starts at line `first_line + 1`.
pub fn parse_source_at(
    text: &str,
    file: &str,
    first_line: usize,
    context: &Context,
) -> DiagResult<Module> {
    // The grammar recurses once per nesting level (bounded by MAX_NESTING); run it on
    // a thread whose stack is sized for that bound, whatever the caller's stack is.
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("mlir-parser".into())
            .stack_size(PARSER_STACK_BYTES)
            .spawn_scoped(scope, || {
                let mut p = Parser::new(text, file, first_line, context);
                p.parse_resource_section()?;
                p.parse_aliases()?;
                p.parse_top_level()?;
                Ok(p.module)
            })
            .map_err(|e| {
                Diagnostic::error(
                    Location::Unknown,
                    format!("cannot start the parser thread: {e}"),
                )
            })?
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Stack for the parser thread: ample for MAX_NESTING levels in debug builds. It is
/// reserved address space; only what the recursion touches is committed.
const PARSER_STACK_BYTES: usize = 256 << 20;

struct Scope {
    names: HashMap<String, Vec<ValueId>>,
    isolated: bool,
}

/// Block labels of the region being parsed.
#[derive(Default)]
struct BlockScope {
    labels: HashMap<String, (BlockId, bool, Location)>,
}

pub(crate) struct Parser<'a> {
    src: &'a str,
    pos: usize,
    file: Arc<str>,
    first_line: usize,
    line_starts: Vec<usize>,
    /// The last location computed: (offset, line index, column).
    last_loc: std::cell::Cell<(usize, usize, usize)>,
    context: &'a Context,
    module: Module,
    scopes: Vec<Scope>,
    block_scopes: Vec<BlockScope>,
    attr_aliases: HashMap<String, Attribute>,
    loc_aliases: HashMap<String, Location>,
    type_aliases: HashMap<String, Type>,
    depth: usize,
    /// Whether the op being parsed is isolated from above (for its regions' scopes).
    isolated_stack: Vec<bool>,
    /// Blobs of the `{-# dialect_resources #-}` section, by key (see `resources`).
    resources: HashMap<String, Vec<u8>>,
    /// Where that section is (start, end offsets), so the op parser steps over it.
    resource_section: Option<(usize, usize)>,
}

type PResult<T> = DiagResult<T>;

impl<'a> Parser<'a> {
    fn new(src: &'a str, file: &str, first_line: usize, context: &'a Context) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Parser {
            src,
            pos: 0,
            file: file.into(),
            first_line,
            line_starts,
            last_loc: std::cell::Cell::new((0, 0, 1)),
            context,
            module: Module::new(),
            scopes: vec![Scope {
                names: HashMap::default(),
                isolated: true,
            }],
            block_scopes: vec![BlockScope::default()],
            attr_aliases: HashMap::default(),
            loc_aliases: HashMap::default(),
            type_aliases: HashMap::default(),
            depth: 0,
            isolated_stack: Vec::new(),
            resources: HashMap::default(),
            resource_section: None,
        }
    }

    // ----- positions and errors -----------------------------------------------------

    fn loc_at(&self, offset: usize) -> Location {
        // The parser asks for locations left to right, many per line: continue from
        // the last answer when it is earlier on the same line, so columns cost the
        // characters since then, not since the start of the line.
        let (last_offset, last_line, last_col) = self.last_loc.get();
        let (line, col) = if offset >= last_offset
            && self
                .line_starts
                .get(last_line + 1)
                .is_none_or(|&next| offset < next)
            && self.line_starts[last_line] <= offset
        {
            (
                last_line,
                last_col + self.src[last_offset..offset].chars().count(),
            )
        } else {
            let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
            (
                line,
                self.src[self.line_starts[line]..offset].chars().count() + 1,
            )
        };
        self.last_loc.set((offset, line, col));
        Location::FileLineCol {
            file: self.file.clone(),
            line: (line + 1 + self.first_line) as u32,
            col: col as u32,
        }
    }
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }
    /// Skips whitespace and comments; returns the remaining input.
    fn skip(&mut self) -> &'a str {
        let rest = lexer::trivia(self.rest());
        self.pos = self.src.len() - rest.len();
        rest
    }
    fn here(&mut self) -> Location {
        self.skip();
        self.loc_at(self.pos)
    }
    fn err_here(&mut self, msg: impl Into<String>) -> Diagnostic {
        let loc = self.here();
        Diagnostic::error(loc, msg)
    }
    fn expected(&mut self, what: &str) -> Diagnostic {
        let rest = self.skip();
        if rest.is_empty() {
            self.err_here(format!("expected {what}, found end of file"))
        } else {
            let tok = lexer::token_preview(rest);
            let hint = lexer::invisible_hint(tok);
            let tok = lexer::visible(tok);
            self.err_here(format!("expected {what}, found '{tok}'{hint}"))
        }
    }
    fn advance(&mut self, n: usize) {
        self.pos += n;
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.err_here(format!("nesting is deeper than {MAX_NESTING} levels")));
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- token helpers ----------------------------------------------------------

    fn peek(&mut self, p: &str) -> bool {
        self.skip().starts_with(p)
    }
    fn eat(&mut self, p: &str) -> bool {
        if self.peek(p) {
            self.advance(p.len());
            true
        } else {
            false
        }
    }
    fn expect(&mut self, p: &str) -> PResult<()> {
        if self.eat(p) {
            Ok(())
        } else {
            Err(self.expected(&format!("'{p}'")))
        }
    }
    /// A bare identifier, or None (nothing consumed).
    fn bare_id(&mut self) -> Option<&'a str> {
        let rest = self.skip();
        let (after, id) = lexer::bare_id(rest).ok()?;
        self.pos = self.src.len() - after.len();
        Some(id)
    }
    fn peek_bare_id(&mut self) -> Option<&'a str> {
        let rest = self.skip();
        lexer::bare_id(rest).ok().map(|(_, id)| id)
    }
    /// Eats `kw` only if it is a whole identifier.
    fn eat_keyword(&mut self, kw: &str) -> bool {
        if self.peek_bare_id() == Some(kw) {
            self.advance(kw.len());
            true
        } else {
            false
        }
    }
    /// The identifier after a sigil (`%`, `^`, `#`, `!`).
    fn sigil_id(&mut self, sigil: char) -> PResult<Option<&'a str>> {
        let rest = self.skip();
        if !rest.starts_with(sigil) {
            return Ok(None);
        }
        match lexer::suffix_id(&rest[1..]) {
            Ok((after, id)) => {
                self.pos = self.src.len() - after.len();
                Ok(Some(id))
            }
            Err(_) => {
                self.advance(1);
                Err(self.err_here(format!("expected an identifier after '{sigil}'")))
            }
        }
    }
    fn string_literal(&mut self) -> PResult<Option<Vec<u8>>> {
        let rest = self.skip();
        if !rest.starts_with('"') {
            return Ok(None);
        }
        let start = self.pos;
        let bytes = rest.as_bytes();
        let mut out = Vec::new();
        let mut i = 1;
        loop {
            match bytes.get(i) {
                None | Some(b'\n') => {
                    return Err(Diagnostic::error(
                        self.loc_at(start),
                        "unterminated string literal",
                    ));
                }
                Some(b'"') => break,
                Some(b'\\') => {
                    let esc_at = start + i;
                    match bytes.get(i + 1) {
                        Some(b'"') => out.push(b'"'),
                        Some(b'\\') => out.push(b'\\'),
                        Some(b'n') => out.push(b'\n'),
                        Some(b't') => out.push(b'\t'),
                        Some(&h)
                            if h.is_ascii_hexdigit()
                                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit) =>
                        {
                            let hex = &rest[i + 1..i + 3];
                            out.push(u8::from_str_radix(hex, 16).expect("checked hex digits"));
                            i += 1;
                        }
                        _ => {
                            return Err(Diagnostic::error(
                                self.loc_at(esc_at),
                                "unknown escape in string literal",
                            ))
                        }
                    }
                    i += 2;
                }
                Some(&b) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        self.advance(i + 1);
        Ok(Some(out))
    }
    fn string_utf8(&mut self, what: &str) -> PResult<String> {
        let at = self.here();
        match self.string_literal()? {
            Some(b) => String::from_utf8(b)
                .map_err(|_| Diagnostic::error(at, format!("{what} is not valid UTF-8"))),
            None => Err(self.expected(what)),
        }
    }
    /// A numeric literal's text, if the next token is one.
    fn number_text(&mut self) -> Option<&'a str> {
        let rest = self.skip();
        let (after, text) = lexer::number(rest).ok()?;
        self.pos = self.src.len() - after.len();
        Some(text)
    }
    fn integer(&mut self, what: &str) -> PResult<i64> {
        let at = self.here();
        match self.number_text() {
            Some(t) => parse_int(t)
                .and_then(|v| i64::try_from(v).ok())
                .ok_or_else(|| Diagnostic::error(at, format!("invalid {what} '{t}'"))),
            None => Err(self.expected(what)),
        }
    }

    // ----- aliases ----------------------------------------------------------------

    /// Reads `#name = attr` and `!name = type` definitions first: MLIR prints
    /// location aliases after the ops that use them.
    fn parse_aliases(&mut self) -> PResult<()> {
        let starts = self.line_starts.clone();
        for start in starts {
            let line = &self.src[start..];
            let sigil = match line.chars().next() {
                Some(c @ ('#' | '!')) => c,
                _ => continue,
            };
            let Ok((after, name)) = lexer::suffix_id(&line[1..]) else {
                continue;
            };
            if !lexer::trivia(after).starts_with('=') {
                continue;
            }
            self.pos = start;
            self.parse_alias_definition(sigil, name)?;
        }
        self.pos = 0;
        Ok(())
    }
    fn parse_alias_definition(&mut self, sigil: char, name: &str) -> PResult<()> {
        self.advance(1 + name.len());
        self.expect("=")?;
        if sigil == '!' {
            let t = self.parse_type()?;
            self.type_aliases.insert(name.to_string(), t);
        } else if self.peek_bare_id() == Some("loc") {
            let l = self.parse_location_body()?;
            self.loc_aliases.insert(name.to_string(), l);
        } else {
            let a = self.parse_attribute()?;
            self.attr_aliases.insert(name.to_string(), a);
        }
        Ok(())
    }

    // ----- top level --------------------------------------------------------------

    fn parse_top_level(&mut self) -> PResult<()> {
        let mut ops = Vec::new();
        loop {
            let rest = self.skip();
            if rest.is_empty() {
                break;
            }
            if let Some((start, end)) = self.resource_section {
                if self.pos == start {
                    self.pos = end;
                    continue;
                }
            }
            if (rest.starts_with('#') || rest.starts_with('!'))
                && lexer::suffix_id(&rest[1..])
                    .is_ok_and(|(after, _)| lexer::trivia(after).starts_with('='))
            {
                // Already read by parse_aliases; step over it.
                let sigil = rest.chars().next().expect("non-empty");
                let (_, name) = lexer::suffix_id(&rest[1..]).expect("checked");
                let name = name.to_string();
                self.parse_alias_definition(sigil, &name)?;
                continue;
            }
            ops.push(self.parse_operation()?);
        }
        let is_single_module = ops.len() == 1 && self.module.name(ops[0]) == "builtin.module";
        if is_single_module {
            self.module.top = ops;
        } else {
            let loc = self.loc_at(0);
            let block = self.module.create_block(&[]);
            for &op in &ops {
                self.module.append_op(block, op);
            }
            let module_op = self
                .module
                .create_op(OperationState::new("builtin.module", loc).region(vec![block]));
            self.module.top = vec![module_op];
        }
        Ok(())
    }

    // ----- SSA scopes -------------------------------------------------------------

    fn lookup(&self, name: &str) -> Option<&Vec<ValueId>> {
        for scope in self.scopes.iter().rev() {
            if let Some(v) = scope.names.get(name) {
                return Some(v);
            }
            if scope.isolated {
                break;
            }
        }
        None
    }
    fn define(&mut self, name: &str, values: Vec<ValueId>, loc: &Location) -> PResult<()> {
        if self.lookup(name).is_some() {
            return Err(Diagnostic::error(
                loc.clone(),
                format!("redefinition of SSA value '%{name}'"),
            ));
        }
        self.scopes
            .last_mut()
            .expect("a scope")
            .names
            .insert(name.to_string(), values);
        Ok(())
    }
    fn resolve(&mut self, operand: &UnresolvedOperand, ty: Option<&Type>) -> PResult<ValueId> {
        let Some(values) = self.lookup(&operand.name) else {
            return Err(Diagnostic::error(
                operand.loc.clone(),
                format!("use of undeclared SSA value name '%{}'", operand.name),
            ));
        };
        let Some(&v) = values.get(operand.index as usize) else {
            return Err(Diagnostic::error(
                operand.loc.clone(),
                format!("'%{}' has no result #{}", operand.name, operand.index),
            ));
        };
        if let Some(ty) = ty {
            let actual = self.module.value_type(v);
            if actual != ty {
                return Err(Diagnostic::error(
                    operand.loc.clone(),
                    format!("use of value '%{}' expects different type than prior uses: '{ty}' vs '{actual}'", operand.name),
                ));
            }
        }
        Ok(v)
    }

    // ----- operations -------------------------------------------------------------

    fn parse_operation(&mut self) -> PResult<OpId> {
        self.enter()?;
        let op_loc = self.here();
        // Results: `%a, %b:2 =`.
        let mut result_names: Vec<(String, u32, Location)> = Vec::new();
        if self.peek("%") {
            loop {
                let loc = self.here();
                let name = self
                    .sigil_id('%')?
                    .ok_or_else(|| self.expected("SSA result name"))?
                    .to_string();
                let count = if self.eat(":") {
                    let n = self.integer("result count")?;
                    if n < 1 {
                        return Err(Diagnostic::error(loc, "expected a positive result count"));
                    }
                    n as u32
                } else {
                    1
                };
                result_names.push((name, count, loc));
                if !self.eat(",") {
                    break;
                }
            }
            self.expect("=")?;
        }
        let total_results: u32 = result_names.iter().map(|r| r.1).sum();
        let name_loc = self.here();
        let mut state = if self.peek("\"") {
            self.parse_generic_op(name_loc.clone())?
        } else if let Some(name) = self.bare_id() {
            self.parse_custom_op(name, name_loc.clone())?
        } else {
            return Err(self.expected("operation name"));
        };
        if state.result_types.len() != total_results as usize {
            return Err(Diagnostic::error(
                op_loc,
                format!(
                    "operation defines {} results but was provided {} to bind",
                    state.result_types.len(),
                    total_results
                ),
            ));
        }
        // Like MLIR, an op is located at its name unless a `loc(...)` follows it.
        state.loc = self.parse_trailing_location()?.unwrap_or(name_loc);
        let op = self.module.create_op(state);
        let results = self.module.op(op).results.clone();
        let mut next = 0;
        for (name, count, loc) in result_names {
            let values = results[next..next + count as usize].to_vec();
            next += count as usize;
            self.define(&name, values, &loc)?;
        }
        self.leave();
        Ok(op)
    }

    fn op_is_isolated(&self, name: &str) -> bool {
        name == "builtin.module"
            || self
                .context
                .op_def(name)
                .is_some_and(|d| d.has_trait(OpTrait::IsolatedFromAbove))
    }

    fn parse_generic_op(&mut self, loc: Location) -> PResult<OperationState> {
        let name = self.string_utf8("operation name")?;
        if name.is_empty() {
            return Err(Diagnostic::error(loc, "empty operation name"));
        }
        if !self.context.allow_unregistered && self.context.op_def(&name).is_none() {
            let dialect = name.split_once('.').map_or(name.as_str(), |(d, _)| d);
            if self.context.dialect(dialect).is_none() {
                return Err(Diagnostic::error(
                    loc,
                    format!("operation '{name}' is from an unregistered dialect ('{dialect}') (chunk-opt --allow-unregistered-dialect reads it; no tool can run it)"),
                ));
            }
            return Err(Diagnostic::error(
                loc,
                format!("unregistered operation '{name}' found in dialect ('{dialect}') that does not allow unknown operations"),
            ));
        }
        let mut state = OperationState::new(&name, loc);
        self.expect("(")?;
        let mut operands = Vec::new();
        if !self.eat(")") {
            loop {
                operands.push(
                    self.parse_optional_operand()?
                        .ok_or_else(|| self.expected("SSA operand"))?,
                );
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        if self.eat("[") {
            loop {
                let b = self.parse_block_reference()?;
                state.successors.push(b);
                if self.eat("]") {
                    break;
                }
                self.expect(",")?;
            }
        }
        if self.peek("<{") {
            self.expect("<")?;
            state.properties = self.parse_dictionary()?;
            self.expect(">")?;
        }
        if self.peek("(") {
            self.advance(1);
            self.isolated_stack.push(self.op_is_isolated(&name));
            loop {
                let blocks = self.parse_region_inner(&[])?;
                state.regions.push(blocks);
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
            self.isolated_stack.pop();
        }
        if self.peek("{") {
            state.attributes = self.parse_dictionary()?;
        }
        self.expect(":")?;
        let type_loc = self.here();
        let fty = self.parse_type()?;
        let Type::Function { inputs, results } = fty else {
            return Err(Diagnostic::error(
                type_loc,
                format!("expected a function type, found '{fty}'"),
            ));
        };
        if inputs.len() != operands.len() {
            return Err(Diagnostic::error(
                type_loc,
                format!(
                    "expected {} operand types but had {}",
                    operands.len(),
                    inputs.len()
                ),
            ));
        }
        for (o, t) in operands.iter().zip(&inputs) {
            let v = self.resolve(o, Some(t))?;
            state.operands.push(v);
        }
        state.result_types = results;
        Ok(state)
    }

    fn parse_custom_op(&mut self, name: &str, loc: Location) -> PResult<OperationState> {
        let Some(def) = self.context.resolve_pretty_name(name) else {
            let dialect = name.split_once('.').map(|(d, _)| d);
            return Err(Diagnostic::error(
                loc,
                match dialect {
                    Some(d) if self.context.dialect(d).is_none() => {
                        format!("Dialect '{d}' not found for custom op '{name}'")
                    }
                    _ => format!("custom op '{name}' is unknown"),
                },
            ));
        };
        let Some(asm) = def.assembly else {
            return Err(Diagnostic::error(
                loc,
                format!(
                    "'{}' has no custom assembly form; write it in the generic form \"{}\"(...)",
                    def.name, def.name
                ),
            ));
        };
        self.isolated_stack
            .push(def.has_trait(OpTrait::IsolatedFromAbove) || def.name == "builtin.module");
        let r = asm.parse(self, def.name);
        self.isolated_stack.pop();
        let mut state = r?;
        state.name = def.name.to_string();
        state.loc = loc;
        Ok(state)
    }

    // ----- regions and blocks -----------------------------------------------------

    fn parse_block_reference(&mut self) -> PResult<BlockId> {
        let loc = self.here();
        let name = self
            .sigil_id('^')?
            .ok_or_else(|| self.expected("block name"))?
            .to_string();
        let scope = self.block_scopes.last_mut().expect("a block scope");
        if let Some(&(b, _, _)) = scope.labels.get(&name) {
            return Ok(b);
        }
        let b = self.module.create_block(&[]);
        self.block_scopes
            .last_mut()
            .expect("a block scope")
            .labels
            .insert(name, (b, false, loc));
        Ok(b)
    }

    /// Parses `{ blocks }`; the entry block gets `entry_args` if given.
    fn parse_region_inner(&mut self, entry_args: &[(Argument, Type)]) -> PResult<Vec<BlockId>> {
        self.enter()?;
        self.expect("{")?;
        let isolated = self.isolated_stack.last().copied().unwrap_or(false);
        self.scopes.push(Scope {
            names: HashMap::default(),
            isolated,
        });
        self.block_scopes.push(BlockScope::default());
        let mut blocks = Vec::new();
        if !entry_args.is_empty() {
            let types: Vec<(Type, Location)> = entry_args
                .iter()
                .map(|(a, t)| (t.clone(), a.loc.clone()))
                .collect();
            let b = self.module.create_block(&types);
            for ((arg, _), &v) in entry_args.iter().zip(&self.module.block(b).args.clone()) {
                self.define(&arg.name, vec![v], &arg.loc)?;
            }
            blocks.push(b);
            if self.peek("^") {
                return Err(self.err_here("invalid block name in region with named arguments"));
            }
        }
        loop {
            if self.eat("}") {
                break;
            }
            if self.skip().is_empty() {
                return Err(self.expected("'}' to close the region"));
            }
            if self.peek("^") {
                blocks.push(self.parse_block_label()?);
                continue;
            }
            let block = match blocks.last() {
                Some(&b) => b,
                None => {
                    let b = self.module.create_block(&[]);
                    blocks.push(b);
                    b
                }
            };
            let op = self.parse_operation()?;
            self.module.append_op(block, op);
        }
        let labels = self.block_scopes.pop().expect("pushed above");
        for (name, (_, defined, loc)) in labels.labels {
            if !defined {
                return Err(Diagnostic::error(
                    loc,
                    format!("reference to an undefined block '^{name}'"),
                ));
            }
        }
        self.scopes.pop();
        self.leave();
        Ok(blocks)
    }

    /// `^bb0(%a: t, %b: t):`; returns the block.
    fn parse_block_label(&mut self) -> PResult<BlockId> {
        let loc = self.here();
        let name = self
            .sigil_id('^')?
            .ok_or_else(|| self.expected("block name"))?
            .to_string();
        let block = match self
            .block_scopes
            .last()
            .expect("a block scope")
            .labels
            .get(&name)
        {
            Some(&(_, true, _)) => {
                return Err(Diagnostic::error(
                    loc,
                    format!("redefinition of block '^{name}'"),
                ))
            }
            Some(&(b, false, _)) => b,
            None => self.module.create_block(&[]),
        };
        self.block_scopes
            .last_mut()
            .expect("a block scope")
            .labels
            .insert(name, (block, true, loc));
        if self.eat("(") && !self.eat(")") {
            loop {
                let arg = self
                    .parse_optional_argument()?
                    .ok_or_else(|| self.expected("block argument"))?;
                self.expect(":")?;
                let ty = self.parse_type()?;
                let aloc = self.parse_trailing_location()?.unwrap_or(arg.loc.clone());
                let v = self.module.add_block_arg(block, ty, aloc);
                self.define(&arg.name, vec![v], &arg.loc)?;
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        self.expect(":")?;
        Ok(block)
    }

    // ----- locations --------------------------------------------------------------

    fn parse_trailing_location(&mut self) -> PResult<Option<Location>> {
        if self.peek_bare_id() == Some("loc") {
            return self.parse_location_body().map(Some);
        }
        Ok(None)
    }

    /// `loc(...)`.
    fn parse_location_body(&mut self) -> PResult<Location> {
        if !self.eat_keyword("loc") {
            return Err(self.expected("'loc'"));
        }
        self.expect("(")?;
        let l = self.parse_location_inner()?;
        self.expect(")")?;
        Ok(l)
    }

    fn parse_location_inner(&mut self) -> PResult<Location> {
        self.enter()?;
        let at = self.here();
        let l = if self.peek("#") {
            let name = self.sigil_id('#')?.unwrap_or_default().to_string();
            self.loc_aliases.get(&name).cloned().ok_or_else(|| {
                Diagnostic::error(at, format!("undefined location alias '#{name}'"))
            })?
        } else if self.eat_keyword("unknown") {
            Location::Unknown
        } else if self.eat_keyword("callsite") {
            self.expect("(")?;
            let callee = self.parse_location_inner()?;
            if !self.eat_keyword("at") {
                return Err(self.expected("'at'"));
            }
            let caller = self.parse_location_inner()?;
            self.expect(")")?;
            Location::CallSite {
                callee: Box::new(callee),
                caller: Box::new(caller),
            }
        } else if self.eat_keyword("fused") {
            let metadata = if self.eat("<") {
                let a = self.parse_attribute()?;
                self.expect(">")?;
                Some(a.to_string().into())
            } else {
                None
            };
            self.expect("[")?;
            let mut locations = Vec::new();
            if !self.eat("]") {
                loop {
                    locations.push(self.parse_location_inner()?);
                    if self.eat("]") {
                        break;
                    }
                    self.expect(",")?;
                }
            }
            Location::Fused {
                metadata,
                locations,
            }
        } else if self.peek("\"") {
            let s = self.string_utf8("location")?;
            if self.eat(":") {
                let line = self.integer("line number")?;
                self.expect(":")?;
                let col = self.integer("column number")?;
                let (Ok(line), Ok(col)) = (u32::try_from(line), u32::try_from(col)) else {
                    return Err(Diagnostic::error(at, "line or column out of range"));
                };
                Location::FileLineCol {
                    file: s.into(),
                    line,
                    col,
                }
            } else if self.eat("(") {
                let child = self.parse_location_inner()?;
                self.expect(")")?;
                Location::Name {
                    name: s.into(),
                    child: Some(Box::new(child)),
                }
            } else {
                Location::Name {
                    name: s.into(),
                    child: None,
                }
            }
        } else {
            return Err(self.expected("location"));
        };
        self.leave();
        Ok(l)
    }

    // ----- types ------------------------------------------------------------------

    pub(crate) fn parse_type(&mut self) -> PResult<Type> {
        self.enter()?;
        let t = self.parse_type_inner();
        self.leave();
        t
    }
}

impl AsmParser for Parser<'_> {
    fn context(&self) -> &Context {
        self.context
    }
    fn current_location(&self) -> Location {
        let rest = lexer::trivia(self.rest());
        self.loc_at(self.src.len() - rest.len())
    }
    fn error(&self, message: &str) -> Diagnostic {
        Diagnostic::error(self.current_location(), message)
    }
    fn parse_optional_keyword(&mut self, keyword: &str) -> bool {
        self.eat_keyword(keyword)
    }
    fn parse_optional_punct(&mut self, punct: &str) -> bool {
        self.eat(punct)
    }
    fn parse_optional_bare_id(&mut self) -> Option<String> {
        self.bare_id().map(str::to_string)
    }
    fn parse_optional_integer(&mut self) -> DiagResult<Option<i64>> {
        let rest = self.skip();
        let starts_number = rest.starts_with(|c: char| c.is_ascii_digit())
            || (rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
        if !starts_number {
            return Ok(None);
        }
        let at = self.here();
        let text = self.number_text().unwrap_or_default();
        let negative = text.starts_with('-');
        let digits = text.trim_start_matches('-');
        let value = if let Some(hex) = digits.strip_prefix("0x") {
            i64::from_str_radix(hex, 16).ok()
        } else {
            digits.parse::<i64>().ok()
        };
        match value {
            Some(v) => Ok(Some(if negative { -v } else { v })),
            None => Err(Diagnostic::error(
                at,
                format!("expected an integer, found '{text}'"),
            )),
        }
    }
    fn parse_optional_string(&mut self) -> DiagResult<Option<String>> {
        if !self.peek("\"") {
            return Ok(None);
        }
        self.string_utf8("string").map(Some)
    }
    fn parse_punct(&mut self, punct: &str) -> DiagResult<()> {
        self.expect(punct)
    }
    fn peek_punct(&mut self, punct: &str) -> bool {
        self.peek(punct)
    }
    fn parse_optional_angle_body(&mut self) -> DiagResult<Option<String>> {
        if !self.peek("<") {
            return Ok(None);
        }
        let start = self.pos;
        self.skip_balanced()?;
        Ok(Some(self.src[start..self.pos].to_string()))
    }
    fn parse_optional_symbol_name(&mut self) -> DiagResult<Option<String>> {
        if !self.peek("@") {
            return Ok(None);
        }
        self.advance(1);
        if self.rest().starts_with('"') {
            return self.string_utf8("symbol name").map(Some);
        }
        match lexer::bare_id(self.rest()) {
            Ok((_, id)) if !self.rest().starts_with(char::is_whitespace) => {
                self.advance(id.len());
                Ok(Some(id.to_string()))
            }
            _ => Err(self.expected("symbol name")),
        }
    }
    fn parse_optional_argument(&mut self) -> DiagResult<Option<Argument>> {
        let loc = self.here();
        Ok(self.sigil_id('%')?.map(|n| Argument {
            name: n.to_string(),
            loc,
        }))
    }
    fn parse_optional_operand(&mut self) -> DiagResult<Option<UnresolvedOperand>> {
        let loc = self.here();
        let Some(name) = self.sigil_id('%')? else {
            return Ok(None);
        };
        let index = if self.rest().starts_with('#') {
            self.advance(1);
            let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
            let text = &self.rest()[..digits];
            let i = text
                .parse::<u32>()
                .map_err(|_| self.err_here("expected a result number after '#'"))?;
            self.advance(digits);
            i
        } else {
            0
        };
        Ok(Some(UnresolvedOperand {
            name: name.to_string(),
            index,
            loc,
        }))
    }
    fn resolve_operand(&mut self, operand: &UnresolvedOperand, ty: &Type) -> DiagResult<ValueId> {
        self.resolve(operand, Some(ty))
    }
    fn parse_type(&mut self) -> DiagResult<Type> {
        Parser::parse_type(self)
    }
    fn parse_attribute(&mut self) -> DiagResult<Attribute> {
        Parser::parse_attribute(self)
    }
    fn parse_optional_attr_dict(&mut self) -> DiagResult<Vec<NamedAttribute>> {
        if self.peek("{") {
            self.parse_dictionary()
        } else {
            Ok(vec![])
        }
    }
    fn parse_optional_location(&mut self) -> DiagResult<Option<Location>> {
        self.parse_trailing_location()
    }
    fn parse_region(&mut self, entry_args: &[(Argument, Type)]) -> DiagResult<Vec<BlockId>> {
        self.parse_region_inner(entry_args)
    }
    fn module(&mut self) -> &mut Module {
        &mut self.module
    }
}
