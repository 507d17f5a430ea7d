//! The recursive-descent grammar over the nom token recognisers.
use crate::lexer;
#[path = "resources.rs"]
mod resources;
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

    fn parse_type_inner(&mut self) -> PResult<Type> {
        let at = self.here();
        if self.peek("(") {
            self.advance(1);
            let inputs = self.parse_type_list_until(")")?;
            self.expect("->")?;
            let results = if self.peek("(") {
                self.advance(1);
                self.parse_type_list_until(")")?
            } else {
                vec![self.parse_type()?]
            };
            return Ok(Type::Function { inputs, results });
        }
        if self.peek("!") {
            let rest = self.rest();
            let name = self.sigil_id('!')?.unwrap_or_default();
            if let Some(t) = self.type_aliases.get(name) {
                return Ok(t.clone());
            }
            // A dialect type's body follows its name directly: `!dialect.type<...>`.
            let has_body = self.rest().starts_with('<');
            if !name.contains('.') && !has_body {
                return Err(Diagnostic::error(
                    at,
                    format!("undefined type alias '!{name}'"),
                ));
            }
            if has_body {
                self.skip_balanced()?;
            }
            let consumed = rest.len() - self.rest().len();
            return Ok(Type::Opaque(rest[1..consumed].to_string()));
        }
        let Some(id) = self.peek_bare_id() else {
            return Err(self.expected("type"));
        };
        let simple = match id {
            "index" => Some(Type::Index),
            "none" => Some(Type::None),
            "f16" => Some(Type::Float(FloatKind::F16)),
            "bf16" => Some(Type::Float(FloatKind::BF16)),
            "f32" => Some(Type::Float(FloatKind::F32)),
            "f64" => Some(Type::Float(FloatKind::F64)),
            _ => integer_type(id),
        };
        if let Some(t) = simple {
            self.advance(id.len());
            if let Type::Integer { width, .. } = t {
                if width == 0 || width > 1 << 24 {
                    return Err(Diagnostic::error(
                        at,
                        format!("invalid integer width in '{id}'"),
                    ));
                }
            }
            return Ok(t);
        }
        self.advance(id.len());
        match id {
            "tensor" => {
                self.expect("<")?;
                if self.eat("*") {
                    self.expect("x")?;
                    let element = Box::new(self.parse_type()?);
                    self.expect(">")?;
                    return Ok(Type::UnrankedTensor { element });
                }
                let (shape, _) = self.parse_dimension_list(false)?;
                let element = self.parse_element_type()?;
                let encoding = if self.eat(",") {
                    Some(self.parse_attribute()?.to_string())
                } else {
                    None
                };
                self.expect(">")?;
                let t = Type::Tensor {
                    shape,
                    element: Box::new(element),
                    encoding,
                };
                // A static tensor whose byte size does not fit in 63 bits cannot exist.
                if t.is_static_tensor() && t.element().and_then(Type::element_bytes).is_some() {
                    match t.byte_size() {
                        Some(b) if b <= i64::MAX as u64 => {}
                        _ => {
                            return Err(Diagnostic::error(
                                at,
                                format!(
                                "tensor type '{t}' is too large: its byte size overflows 64 bits"
                            ),
                            ))
                        }
                    }
                }
                Ok(t)
            }
            "vector" => {
                self.expect("<")?;
                let (shape, scalable) = self.parse_dimension_list(true)?;
                let element = self.parse_element_type()?;
                self.expect(">")?;
                Ok(Type::Vector {
                    shape,
                    scalable,
                    element: Box::new(element),
                })
            }
            "complex" => {
                self.expect("<")?;
                let e = self.parse_type()?;
                self.expect(">")?;
                Ok(Type::Complex(Box::new(e)))
            }
            "tuple" => {
                self.expect("<")?;
                let ts = self.parse_type_list_until(">")?;
                Ok(Type::Tuple(ts))
            }
            _ => Err(Diagnostic::error(at, format!("unknown type '{id}'"))),
        }
    }

    fn parse_element_type(&mut self) -> PResult<Type> {
        let at = self.here();
        let t = self.parse_type()?;
        match t {
            Type::Tensor { .. } | Type::UnrankedTensor { .. } | Type::Function { .. } => Err(
                Diagnostic::error(at, format!("invalid tensor element type '{t}'")),
            ),
            t => Ok(t),
        }
    }

    fn parse_type_list_until(&mut self, close: &str) -> PResult<Vec<Type>> {
        let mut types = Vec::new();
        if self.eat(close) {
            return Ok(types);
        }
        loop {
            types.push(self.parse_type()?);
            if self.eat(close) {
                return Ok(types);
            }
            self.expect(",")?;
        }
    }

    /// `2x?x[4]x` before an element type: digits or `?` (or `[n]` when scalable dims
    /// are allowed), each followed by `x`.
    fn parse_dimension_list(&mut self, allow_scalable: bool) -> PResult<(Vec<i64>, Vec<bool>)> {
        let mut shape = Vec::new();
        let mut scalable = Vec::new();
        loop {
            let rest = self.skip();
            let at = self.pos;
            let (is_scalable, body) = if allow_scalable && rest.starts_with('[') {
                (true, &rest[1..])
            } else {
                (false, rest)
            };
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            let (dim, len) = if body.starts_with('?') {
                (DYNAMIC, 1)
            } else if digits > 0 {
                let text = &body[..digits];
                let v = text.parse::<i64>().map_err(|_| {
                    Diagnostic::error(self.loc_at(at), format!("dimension '{text}' is too large"))
                })?;
                (v, digits)
            } else if body.starts_with('-') {
                return Err(Diagnostic::error(
                    self.loc_at(at),
                    "tensor dimensions must be non-negative",
                ));
            } else {
                break;
            };
            let close = usize::from(is_scalable);
            let after = &body[len..];
            if is_scalable && !after.starts_with(']') {
                return Err(Diagnostic::error(
                    self.loc_at(at),
                    "expected ']' after scalable dimension",
                ));
            }
            if !after[close..].starts_with('x') {
                // A bare number then something else: not a dimension list.
                return Err(Diagnostic::error(
                    self.loc_at(at + usize::from(is_scalable) + len + close),
                    "expected 'x' in dimension list",
                ));
            }
            self.advance(usize::from(is_scalable) + len + close + 1);
            shape.push(dim);
            scalable.push(is_scalable);
        }
        Ok((shape, scalable))
    }

    /// Skips a balanced `<...>` (with nested brackets and strings), for dialect types
    /// and attributes kept as text.
    fn skip_balanced(&mut self) -> PResult<()> {
        let start = self.pos;
        let bytes = self.src.as_bytes();
        let mut stack: Vec<u8> = Vec::new();
        let mut i = self.pos;
        while i < bytes.len() {
            match bytes[i] {
                b'<' | b'(' | b'[' | b'{' => stack.push(bytes[i]),
                b'>' if i > 0 && bytes[i - 1] == b'-' => {}
                b'>' | b')' | b']' | b'}' => {
                    let open = match bytes[i] {
                        b'>' => b'<',
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if stack.pop() != Some(open) {
                        return Err(Diagnostic::error(self.loc_at(i), "unbalanced brackets"));
                    }
                    if stack.is_empty() {
                        self.pos = i + 1;
                        return Ok(());
                    }
                }
                b'"' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                }
                _ => {}
            }
            if stack.len() > MAX_NESTING {
                return Err(Diagnostic::error(
                    self.loc_at(i),
                    format!("nesting is deeper than {MAX_NESTING} levels"),
                ));
            }
            i += 1;
        }
        Err(Diagnostic::error(self.loc_at(start), "unterminated '<'"))
    }

    // ----- attributes -------------------------------------------------------------

    pub(crate) fn parse_attribute(&mut self) -> PResult<Attribute> {
        self.enter()?;
        let a = self.parse_attribute_inner();
        self.leave();
        a
    }

    fn parse_attribute_inner(&mut self) -> PResult<Attribute> {
        let at = self.here();
        let rest = self.rest();
        let first = rest.chars().next();
        match first {
            Some('[') => {
                self.advance(1);
                let mut items = Vec::new();
                if !self.eat("]") {
                    loop {
                        items.push(self.parse_attribute()?);
                        if self.eat("]") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
                return Ok(Attribute::Array(items));
            }
            Some('{') => return Ok(Attribute::Dictionary(self.parse_dictionary()?)),
            Some('"') => {
                let s = self.string_literal()?.expect("starts with a quote");
                if self.peek(":") && !self.peek("::") {
                    // A typed string: keep the whole spelling.
                    self.advance(1);
                    let t = self.parse_type()?;
                    let text = format!("{} : {t}", Attribute::String(s));
                    return Ok(Attribute::Opaque(text));
                }
                return Ok(Attribute::String(s));
            }
            Some('@') => return self.parse_symbol_ref(),
            Some('#') => {
                let name = self.sigil_id('#')?.unwrap_or_default();
                if let Some(a) = self.attr_aliases.get(name) {
                    return Ok(a.clone());
                }
                let has_body = self.rest().starts_with('<');
                if !name.contains('.') && !has_body {
                    return Err(Diagnostic::error(
                        at,
                        format!("undefined attribute alias '#{name}'"),
                    ));
                }
                if has_body {
                    self.skip_balanced()?;
                }
                let consumed = rest.len() - self.rest().len();
                return Ok(Attribute::Opaque(rest[..consumed].to_string()));
            }
            Some(c) if c.is_ascii_digit() || c == '-' || c == '+' => {
                return self.parse_number_attribute()
            }
            _ => {}
        }
        if let Some(id) = self.peek_bare_id() {
            match id {
                "unit" => {
                    self.advance(4);
                    return Ok(Attribute::Unit);
                }
                "true" | "false" => {
                    self.advance(id.len());
                    let b = id == "true";
                    if self.peek(":") && !self.peek("::") {
                        self.advance(1);
                        let t = self.parse_type()?;
                        if !t.is_i1() {
                            return Err(Diagnostic::error(
                                at,
                                format!("boolean literal with type '{t}'"),
                            ));
                        }
                    }
                    return Ok(Attribute::Bool(b));
                }
                "inf" | "nan" => return self.parse_number_attribute(),
                "array" => return self.parse_dense_array(),
                "dense" => return self.parse_dense(),
                "loc" => {
                    let l = self.parse_location_body()?;
                    return Ok(Attribute::Opaque(l.to_string()));
                }
                "dense_resource" => {
                    self.advance(id.len());
                    return self.parse_dense_resource();
                }
                "affine_map" | "affine_set" | "strided" | "sparse" | "opaque" | "distinct" => {
                    self.advance(id.len());
                    if self.peek("[") {
                        self.skip_balanced()?;
                    }
                    self.skip();
                    self.skip_balanced()?;
                    if matches!(id, "sparse" | "opaque") && self.eat(":") {
                        self.parse_type()?;
                    }
                    let consumed = rest.len() - self.rest().len();
                    return Ok(Attribute::Opaque(rest[..consumed].to_string()));
                }
                _ => {}
            }
        }
        // Anything else must be a type.
        let t = self.parse_type().map_err(|e| {
            if e.location == at {
                self.expected("attribute")
            } else {
                e
            }
        })?;
        Ok(Attribute::Type(t))
    }

    fn parse_symbol_ref(&mut self) -> PResult<Attribute> {
        let root = self
            .parse_optional_symbol_name()?
            .ok_or_else(|| self.expected("symbol"))?;
        let mut nested = Vec::new();
        while self.eat("::") {
            nested.push(
                self.parse_optional_symbol_name()?
                    .ok_or_else(|| self.expected("nested symbol"))?,
            );
        }
        Ok(Attribute::SymbolRef { root, nested })
    }

    /// `1`, `-2 : i32`, `1.5 : f32`, `0x7FC00000 : f32`, `inf : f32`.
    fn parse_number_attribute(&mut self) -> PResult<Attribute> {
        let at = self.here();
        let (text, is_float) = if self.eat_keyword("inf") {
            ("inf".to_string(), true)
        } else if self.eat_keyword("nan") {
            ("nan".to_string(), true)
        } else if self.peek("-inf") || self.peek("+inf") {
            let neg = self.peek("-");
            self.advance(1);
            self.eat_keyword("inf");
            (if neg { "-inf" } else { "inf" }.to_string(), true)
        } else {
            let t = self.number_text().ok_or_else(|| self.expected("number"))?;
            (t.to_string(), t.contains('.'))
        };
        let ty = if self.peek(":") && !self.peek("::") {
            self.advance(1);
            Some(self.parse_type()?)
        } else {
            None
        };
        let is_hex = text.trim_start_matches('-').starts_with("0x");
        match ty {
            Some(t @ Type::Float(_)) => {
                let value = if is_hex {
                    float_from_bits(&text, &t).ok_or_else(|| {
                        Diagnostic::error(
                            at.clone(),
                            format!("invalid hexadecimal float literal '{text}'"),
                        )
                    })?
                } else {
                    parse_float(&text).ok_or_else(|| {
                        Diagnostic::error(at.clone(), format!("invalid float literal '{text}'"))
                    })?
                };
                Ok(Attribute::Float { value, ty: t })
            }
            Some(t) if is_float => Err(Diagnostic::error(
                at,
                format!("floating point value not valid for type '{t}'"),
            )),
            None if is_float => {
                let value = parse_float(&text).ok_or_else(|| {
                    Diagnostic::error(at.clone(), format!("invalid float literal '{text}'"))
                })?;
                Ok(Attribute::Float {
                    value,
                    ty: Type::Float(FloatKind::F64),
                })
            }
            ty => {
                let ty = ty.unwrap_or(Type::i64());
                let value = parse_int(&text).ok_or_else(|| {
                    Diagnostic::error(
                        at.clone(),
                        format!("integer literal '{text}' is out of range"),
                    )
                })?;
                match &ty {
                    Type::Integer { width, signedness } => {
                        if !int_fits(value, *width, *signedness) {
                            return Err(Diagnostic::error(
                                at,
                                format!("integer constant {text} out of range for type '{ty}'"),
                            ));
                        }
                    }
                    Type::Index => {}
                    other => {
                        return Err(Diagnostic::error(
                            at,
                            format!("integer literal not valid for type '{other}'"),
                        ))
                    }
                }
                Ok(Attribute::Integer { value, ty })
            }
        }
    }

    /// `array<i64: 1, 2>`.
    fn parse_dense_array(&mut self) -> PResult<Attribute> {
        self.advance("array".len());
        self.expect("<")?;
        let at = self.here();
        let element = self.parse_type()?;
        let mut values = match &element {
            Type::Integer { width: 1, .. } => DenseArrayValues::Bool(vec![]),
            Type::Integer { .. } => DenseArrayValues::Int(vec![]),
            Type::Float(_) => DenseArrayValues::Float(vec![]),
            other => {
                return Err(Diagnostic::error(
                    at,
                    format!("invalid dense array element type '{other}'"),
                ))
            }
        };
        if self.eat(":") {
            loop {
                let vat = self.here();
                match &mut values {
                    DenseArrayValues::Bool(v) => {
                        if self.eat_keyword("true") {
                            v.push(true)
                        } else if self.eat_keyword("false") {
                            v.push(false)
                        } else {
                            return Err(self.expected("'true' or 'false'"));
                        }
                    }
                    DenseArrayValues::Int(v) => {
                        let x = self.integer("integer")?;
                        if let Type::Integer { width, signedness } = element {
                            if !int_fits(i128::from(x), width, signedness) {
                                return Err(Diagnostic::error(
                                    vat,
                                    format!("integer {x} out of range for '{element}'"),
                                ));
                            }
                        }
                        v.push(x);
                    }
                    DenseArrayValues::Float(v) => {
                        let text = self.number_text().ok_or_else(|| self.expected("float"))?;
                        let x = parse_float(text).ok_or_else(|| {
                            Diagnostic::error(vat, format!("invalid float '{text}'"))
                        })?;
                        v.push(x);
                    }
                }
                if !self.eat(",") {
                    break;
                }
            }
        }
        self.expect(">")?;
        Ok(Attribute::DenseArray { element, values })
    }

    /// `dense<...> : type`.
    fn parse_dense(&mut self) -> PResult<Attribute> {
        self.advance("dense".len());
        self.expect("<")?;
        enum Raw {
            Hex(Vec<u8>),
            Nested(Vec<(RawScalar, Location)>, Vec<i64>),
            Empty,
        }
        let raw = if self.peek(">") {
            Raw::Empty
        } else if self.peek("\"") {
            let at = self.here();
            let s = self.string_utf8("hex string")?;
            let hex = s.strip_prefix("0x").ok_or_else(|| {
                Diagnostic::error(at.clone(), "expected a hex string starting with 0x")
            })?;
            if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(Diagnostic::error(
                    at,
                    "invalid hex string in dense attribute",
                ));
            }
            Raw::Hex(
                (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("checked"))
                    .collect(),
            )
        } else {
            let mut values = Vec::new();
            let shape = self.parse_dense_nested(&mut values)?;
            Raw::Nested(values, shape)
        };
        self.expect(">")?;
        self.expect(":")?;
        let tat = self.here();
        let ty = self.parse_type()?;
        let (Some(element), Some(count)) = (ty.element().cloned(), ty.num_elements()) else {
            return Err(Diagnostic::error(
                tat,
                format!("dense attribute needs a statically shaped type, found '{ty}'"),
            ));
        };
        let shape = ty.shape().unwrap_or(&[]).to_vec();
        let data = match raw {
            Raw::Empty => {
                if count != 0 {
                    return Err(Diagnostic::error(
                        tat,
                        format!("empty dense literal for '{ty}' with {count} elements"),
                    ));
                }
                DenseElements::Elements(vec![])
            }
            Raw::Hex(bytes) => {
                let width = element.element_bytes().unwrap_or(1);
                let n = bytes.len() as u64;
                if n != width && Some(n) != count.checked_mul(width) {
                    return Err(Diagnostic::error(
                        tat,
                        format!("hex data of {n} bytes does not fit '{ty}'"),
                    ));
                }
                DenseElements::Hex(bytes)
            }
            Raw::Nested(values, lit_shape) => {
                for (v, loc) in &values {
                    check_scalar(*v, &element, loc)?;
                }
                let values: Vec<Scalar> = values
                    .into_iter()
                    .map(|(v, _)| coerce_scalar(v, &element))
                    .collect();
                if lit_shape.is_empty() {
                    DenseElements::Splat(values[0])
                } else if lit_shape != shape {
                    return Err(Diagnostic::error(
                        tat,
                        format!(
                            "inferred shape of elements literal ([{}]) does not match type ([{}])",
                            join(&lit_shape),
                            join(&shape)
                        ),
                    ));
                } else {
                    DenseElements::Elements(values)
                }
            }
        };
        Ok(Attribute::Dense { ty, data })
    }

    /// A scalar or nested list; returns the literal's shape.
    fn parse_dense_nested(&mut self, out: &mut Vec<(RawScalar, Location)>) -> PResult<Vec<i64>> {
        self.enter()?;
        let at = self.here();
        let shape = if self.eat("[") {
            let mut inner: Option<Vec<i64>> = None;
            let mut n = 0i64;
            if !self.eat("]") {
                loop {
                    let s = self.parse_dense_nested(out)?;
                    match &inner {
                        None => inner = Some(s),
                        Some(prev) if *prev != s => {
                            return Err(Diagnostic::error(
                                at,
                                "tensor literal is ragged: sublists differ in shape",
                            ));
                        }
                        _ => {}
                    }
                    n += 1;
                    if self.eat("]") {
                        break;
                    }
                    self.expect(",")?;
                }
            }
            let mut shape = vec![n];
            shape.extend(inner.unwrap_or_default());
            shape
        } else {
            let is_hex = self.skip().trim_start_matches('-').starts_with("0x");
            let s = if self.eat_keyword("true") {
                Scalar::Bool(true)
            } else if self.eat_keyword("false") {
                Scalar::Bool(false)
            } else {
                match self.parse_number_attribute()? {
                    Attribute::Float { value, .. } => Scalar::Float(value),
                    // A hex literal in a float tensor is a bit pattern; mark it so the
                    // element type can decode it once known.
                    Attribute::Integer { value, .. } if is_hex => {
                        out.push((RawScalar::Bits(value as u64), at));
                        self.leave();
                        return Ok(vec![]);
                    }
                    Attribute::Integer { value, .. } => Scalar::Int(value),
                    _ => return Err(Diagnostic::error(at, "expected an element literal")),
                }
            };
            out.push((RawScalar::Value(s), at));
            vec![]
        };
        self.leave();
        Ok(shape)
    }

    /// `{a = 1, b, "c d" = 2}`.
    fn parse_dictionary(&mut self) -> PResult<Vec<NamedAttribute>> {
        self.enter()?;
        self.expect("{")?;
        let mut entries: Vec<NamedAttribute> = Vec::new();
        if !self.eat("}") {
            loop {
                let at = self.here();
                let name = if self.peek("\"") {
                    self.string_utf8("attribute name")?
                } else {
                    self.bare_id()
                        .ok_or_else(|| self.expected("attribute name"))?
                        .to_string()
                };
                if name.is_empty() {
                    return Err(Diagnostic::error(at, "expected a non-empty attribute name"));
                }
                let value = if self.eat("=") {
                    self.parse_attribute()?
                } else {
                    Attribute::Unit
                };
                if entries.iter().any(|e| e.name == name) {
                    return Err(Diagnostic::error(
                        at,
                        format!("duplicate key '{name}' in dictionary attribute"),
                    ));
                }
                entries.push(NamedAttribute { name, value });
                if self.eat("}") {
                    break;
                }
                self.expect(",")?;
            }
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        self.leave();
        Ok(entries)
    }
}

/// A `dense<...>` element before the element type is known: a hex literal in a
/// float tensor is a bit pattern, elsewhere an integer.
#[derive(Clone, Copy)]
enum RawScalar {
    Value(Scalar),
    Bits(u64),
}

fn join(v: &[i64]) -> String {
    v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

fn integer_type(id: &str) -> Option<Type> {
    let (signedness, digits) = if let Some(d) = id.strip_prefix("si") {
        (Signedness::Signed, d)
    } else if let Some(d) = id.strip_prefix("ui") {
        (Signedness::Unsigned, d)
    } else {
        (Signedness::Signless, id.strip_prefix('i')?)
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    Some(Type::Integer {
        width: digits.parse().ok()?,
        signedness,
    })
}

fn parse_int(text: &str) -> Option<i128> {
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let v = match body.strip_prefix("0x") {
        Some(h) => i128::from_str_radix(h, 16).ok()?,
        None => body.parse::<i128>().ok()?,
    };
    Some(if neg { -v } else { v })
}

fn parse_float(text: &str) -> Option<f64> {
    match text {
        "inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        "nan" => Some(f64::NAN),
        t => t.parse::<f64>().ok(),
    }
}

/// `0x7FC00000 : f32`: the bit pattern of a float of type `ty`.
fn float_from_bits(text: &str, ty: &Type) -> Option<f64> {
    let bits = u64::from_str_radix(text.strip_prefix("0x")?, 16).ok()?;
    Some(match ty {
        Type::Float(FloatKind::F64) => f64::from_bits(bits),
        Type::Float(FloatKind::F32) => f64::from(f32::from_bits(u32::try_from(bits).ok()?)),
        Type::Float(FloatKind::F16) => ir::attr::f16_to_f64(u16::try_from(bits).ok()?),
        Type::Float(FloatKind::BF16) => {
            f64::from(f32::from_bits(u32::from(u16::try_from(bits).ok()?) << 16))
        }
        _ => return None,
    })
}

fn int_fits(v: i128, width: u32, signedness: Signedness) -> bool {
    if width >= 127 {
        return true;
    }
    let w = width;
    match signedness {
        Signedness::Unsigned => v >= 0 && v < (1i128 << w),
        Signedness::Signed => v >= -(1i128 << (w - 1)) && v < (1i128 << (w - 1)),
        // Signless: either interpretation.
        Signedness::Signless => v >= -(1i128 << (w - 1)) && v < (1i128 << w),
    }
}

fn check_scalar(v: RawScalar, element: &Type, loc: &Location) -> PResult<()> {
    let v = match v {
        RawScalar::Bits(b) if element.is_float() => {
            return match float_from_bits(&format!("0x{b:X}"), element) {
                Some(_) => Ok(()),
                None => Err(Diagnostic::error(
                    loc.clone(),
                    format!("hexadecimal float literal too wide for type '{element}'"),
                )),
            };
        }
        RawScalar::Bits(b) => Scalar::Int(i128::from(b)),
        RawScalar::Value(v) => v,
    };
    match (v, element) {
        (Scalar::Float(_), Type::Integer { .. } | Type::Index) => Err(Diagnostic::error(
            loc.clone(),
            format!("floating point value not valid for type '{element}'"),
        )),
        (Scalar::Int(i), Type::Integer { width, signedness })
            if !int_fits(i, *width, *signedness) =>
        {
            Err(Diagnostic::error(
                loc.clone(),
                format!("integer constant {i} out of range for type '{element}'"),
            ))
        }
        (Scalar::Bool(_), t) if !t.is_i1() => Err(Diagnostic::error(
            loc.clone(),
            format!("boolean value not valid for type '{element}'"),
        )),
        _ => Ok(()),
    }
}

/// Integers written in a float tensor are floats (hex ones are bit patterns); 0/1
/// in an i1 tensor are bools.
fn coerce_scalar(v: RawScalar, element: &Type) -> Scalar {
    let v = match (v, element) {
        (RawScalar::Bits(b), Type::Float(_)) => {
            return Scalar::Float(float_from_bits(&format!("0x{b:X}"), element).unwrap_or(f64::NAN))
        }
        (RawScalar::Bits(b), _) => Scalar::Int(i128::from(b)),
        (RawScalar::Value(v), _) => v,
    };
    match (v, element) {
        (Scalar::Int(i), Type::Float(_)) => Scalar::Float(i as f64),
        (Scalar::Int(i), t) if t.is_i1() => Scalar::Bool(i != 0),
        (v, _) => v,
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
