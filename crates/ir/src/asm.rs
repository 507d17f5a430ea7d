//! The textual form: the [`AsmParser`] interface custom op parsers use (implemented by
//! the `parse` crate), and the [`AsmPrinter`] that writes MLIR text.
//!
//! The printer always can write MLIR's generic form
//! (`%0 = "d.op"(%a) <{props}> ({regions}) {attrs} : (types) -> types`); in
//! pretty mode ops with a registered [`CustomAssembly`](crate::registry::CustomAssembly)
//! use it. Values are numbered per function (see `restarts_numbering`): block
//! arguments `%argN`, results `%N`, multi-result ops `%N:k` with uses `%N#i`.
use crate::attr::{write_dictionary, write_symbol_name, Attribute, NamedAttribute};
use crate::diag::{DiagResult, Diagnostic};
use crate::location::Location;
use crate::module::{BlockId, Module, OpId, RegionId, ValueDef, ValueId};
use crate::registry::{Context, OpTrait};
use crate::types::{write_results, Type};
// FxHash: these maps are keyed by small ids and short names on the hot path of
// parsing, verifying and printing; SipHash's DoS resistance is not needed here.
use rustc_hash::FxHashMap as HashMap;
use std::fmt::{self, Write};

/// An SSA use before resolution: `%name` or `%name#index`, where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct UnresolvedOperand {
    pub name: String,
    pub index: u32,
    pub loc: Location,
}

/// A block argument being defined: `%name`, where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    pub name: String,
    pub loc: Location,
}

/// What a custom op parser may ask of the MLIR parser.
pub trait AsmParser {
    fn context(&self) -> &Context;
    /// Location of the next token.
    fn current_location(&self) -> Location;
    /// An error at the next token.
    fn error(&self, message: &str) -> Diagnostic;
    fn parse_optional_keyword(&mut self, keyword: &str) -> bool;
    fn parse_optional_punct(&mut self, punct: &str) -> bool;
    /// The next bare identifier (`GT`, `stablehlo.add`, `b`), consumed, if there is one.
    fn parse_optional_bare_id(&mut self) -> Option<String>;
    /// An integer literal (decimal or `0x` hex, optionally negative), if one is next.
    fn parse_optional_integer(&mut self) -> DiagResult<Option<i64>>;
    /// A string literal, if one is next (it must be UTF-8).
    fn parse_optional_string(&mut self) -> DiagResult<Option<String>>;
    fn parse_punct(&mut self, punct: &str) -> DiagResult<()>;
    fn peek_punct(&mut self, punct: &str) -> bool;
    /// `@name` or `@"name"`.
    fn parse_optional_symbol_name(&mut self) -> DiagResult<Option<String>>;
    /// A `<...>` body (brackets balanced, strings respected), as written, brackets
    /// included, if one is next: for dialect syntax kept verbatim.
    fn parse_optional_angle_body(&mut self) -> DiagResult<Option<String>>;
    /// `%name` being defined (a block argument).
    fn parse_optional_argument(&mut self) -> DiagResult<Option<Argument>>;
    /// `%name` or `%name#3` being used.
    fn parse_optional_operand(&mut self) -> DiagResult<Option<UnresolvedOperand>>;
    fn resolve_operand(&mut self, operand: &UnresolvedOperand, ty: &Type) -> DiagResult<ValueId>;
    /// Resolves operands against their types; the counts must agree (an error at
    /// `loc` otherwise).
    fn resolve_operands(
        &mut self,
        loc: &Location,
        operands: &[UnresolvedOperand],
        types: &[Type],
    ) -> DiagResult<Vec<ValueId>> {
        if operands.len() != types.len() {
            return Err(Diagnostic::error(
                loc.clone(),
                format!(
                    "{} operands present, but expected {}",
                    operands.len(),
                    types.len()
                ),
            ));
        }
        operands
            .iter()
            .zip(types)
            .map(|(o, t)| self.resolve_operand(o, t))
            .collect()
    }
    fn parse_type(&mut self) -> DiagResult<Type>;
    fn parse_attribute(&mut self) -> DiagResult<Attribute>;
    /// `{...}` if present, else empty.
    fn parse_optional_attr_dict(&mut self) -> DiagResult<Vec<NamedAttribute>>;
    /// A trailing `loc(...)`, if present.
    fn parse_optional_location(&mut self) -> DiagResult<Option<Location>>;
    /// A region `{ ... }`; `entry_args` become the entry block's arguments.
    fn parse_region(&mut self, entry_args: &[(Argument, Type)]) -> DiagResult<Vec<BlockId>>;
    fn module(&mut self) -> &mut Module;
}

/// Options of the printer.
#[derive(Clone, Copy, Debug, Default)]
pub struct PrintOptions {
    /// Write every op in the generic form.
    pub generic: bool,
    /// Write `loc(...)` after each op.
    pub debug_info: bool,
    /// Write a `dense<...>` attribute of more elements than this as
    /// `dense_resource<__elided__>` (`--mlir-elide-elementsattrs-if-larger`); the
    /// printout then no longer reads back.
    pub elide_elements_larger_than: Option<usize>,
}

/// `a` with its dense element attributes of more than `limit` elements (also inside
/// arrays and dictionaries) replaced by `dense_resource<__elided__> : TYPE`.
fn elide_large_elements(a: &Attribute, limit: usize) -> Attribute {
    match a {
        Attribute::Dense { ty, data }
            if !matches!(data, crate::attr::DenseElements::Splat(_))
                && ty.num_elements().is_some_and(|n| n > limit as u64) =>
        {
            Attribute::Opaque(format!("dense_resource<__elided__> : {ty}"))
        }
        Attribute::Array(items) => Attribute::Array(
            items
                .iter()
                .map(|i| elide_large_elements(i, limit))
                .collect(),
        ),
        Attribute::Dictionary(entries) => Attribute::Dictionary(
            entries
                .iter()
                .map(|n| NamedAttribute::new(n.name.clone(), elide_large_elements(&n.value, limit)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Writes ops as MLIR text.
pub struct AsmPrinter<'a> {
    pub module: &'a Module,
    pub context: &'a Context,
    pub options: PrintOptions,
    pub out: String,
    indent: usize,
    names: HashMap<ValueId, (String, Option<u32>)>,
    block_names: HashMap<BlockId, String>,
    next_value: u32,
    next_arg: u32,
}

impl<'a> AsmPrinter<'a> {
    pub fn new(module: &'a Module, context: &'a Context, options: PrintOptions) -> Self {
        AsmPrinter {
            module,
            context,
            options,
            out: String::new(),
            indent: 0,
            names: HashMap::default(),
            block_names: HashMap::default(),
            next_value: 0,
            next_arg: 0,
        }
    }

    /// Prints every top-level operation of the module.
    pub fn print_module(mut self) -> String {
        for &op in &self.module.top {
            self.print_operation(op)
                .expect("writing to a String cannot fail");
            self.out.push('\n');
        }
        self.out
    }

    pub fn write(&mut self, s: &str) {
        self.out.push_str(s);
    }
    pub fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    /// Names a value (`%argN` or `%N`) if it has no name yet.
    fn name_value(&mut self, v: ValueId) {
        if self.names.contains_key(&v) {
            return;
        }
        match self.module.value(v).def {
            ValueDef::BlockArg { .. } => {
                self.names
                    .insert(v, (format!("arg{}", self.next_arg), None));
                self.next_arg += 1;
            }
            ValueDef::OpResult { op, .. } => {
                let results = &self.module.op(op).results;
                let base = self.next_value.to_string();
                self.next_value += 1;
                let multi = results.len() > 1;
                for (i, &r) in results.iter().enumerate() {
                    self.names
                        .insert(r, (base.clone(), multi.then_some(i as u32)));
                }
            }
        }
    }

    /// Gives `shadow` the printed name of `like` (MLIR's `shadowRegionArgs`): a
    /// pretty form that declares one set of names for the entry arguments of
    /// several regions (`stablehlo.while`'s cond and body) prints them all so.
    pub fn shadow_value(&mut self, shadow: ValueId, like: ValueId) {
        self.name_value(like);
        let name = self.names[&like].clone();
        self.names.insert(shadow, name);
    }

    pub fn print_value(&mut self, v: ValueId) {
        self.name_value(v);
        let (base, index) = &self.names[&v];
        let _ = write!(self.out, "%{base}");
        if let Some(i) = index {
            let _ = write!(self.out, "#{i}");
        }
    }
    pub fn print_values(&mut self, values: &[ValueId]) {
        for (i, &v) in values.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.print_value(v);
        }
    }
    pub fn print_type(&mut self, t: &Type) {
        let _ = write!(self.out, "{t}");
    }
    pub fn print_types(&mut self, types: &[Type]) {
        for (i, t) in types.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.print_type(t);
        }
    }
    pub fn print_attribute(&mut self, a: &Attribute) {
        let a = self.elided(a);
        let _ = write!(self.out, "{a}");
    }

    /// `a`, with every `dense<...>` of more elements than
    /// [`PrintOptions::elide_elements_larger_than`] written as MLIR elides them.
    fn elided(&self, a: &Attribute) -> Attribute {
        let Some(limit) = self.options.elide_elements_larger_than else {
            return a.clone();
        };
        elide_large_elements(a, limit)
    }

    fn elided_list(&self, list: &[NamedAttribute]) -> Vec<NamedAttribute> {
        list.iter()
            .map(|n| NamedAttribute::new(n.name.clone(), self.elided(&n.value)))
            .collect()
    }
    pub fn print_symbol_name(&mut self, name: &str) {
        let _ = write_symbol_name(&mut self.out, name);
    }
    /// `{a = 1, ...}` without the `elided` names; nothing if none remain.
    pub fn print_optional_attr_dict(&mut self, attrs: &[NamedAttribute], elided: &[&str]) {
        let kept: Vec<NamedAttribute> = attrs
            .iter()
            .filter(|a| !elided.contains(&a.name.as_str()))
            .map(|a| NamedAttribute::new(a.name.clone(), self.elided(&a.value)))
            .collect();
        if !kept.is_empty() {
            self.out.push(' ');
            let _ = write_dictionary(&mut self.out, &kept);
        }
    }
    /// A block argument with its type: `%arg0: tensor<4xf32>`.
    pub fn print_argument(&mut self, v: ValueId) {
        self.print_value(v);
        self.out.push_str(": ");
        let t = self.module.value_type(v).clone();
        self.print_type(&t);
        if self.options.debug_info {
            let loc = self.module.value(v).loc.clone();
            let _ = write!(self.out, " {loc}");
        }
    }

    /// Whether value numbering restarts inside `op`. MLIR restarts it in every
    /// isolated-from-above op; we restart only in isolated ops that sit directly in a
    /// symbol table (functions in a module) or at the top, so that values keep unique
    /// names inside a function: a tool that does not know one of our ops is isolated
    /// (mlir-opt with an unregistered `chunk.for`) still reads our output.
    fn restarts_numbering(&self, op: OpId) -> bool {
        let m = self.module;
        let isolated = self.context.has_trait(m, op, OpTrait::IsolatedFromAbove)
            || m.name(op) == "builtin.module";
        let in_symbol_table = match m.parent_op(op) {
            None => true,
            Some(p) => {
                self.context.has_trait(m, p, OpTrait::SymbolTable) || m.name(p) == "builtin.module"
            }
        };
        isolated && in_symbol_table
    }

    /// Prints one op with its results and location.
    pub fn print_operation(&mut self, op: OpId) -> fmt::Result {
        let data = self.module.op(op);
        if !data.results.is_empty() {
            self.name_value(data.results[0]);
            let (base, _) = self.names[&data.results[0]].clone();
            let _ = write!(self.out, "%{base}");
            if data.results.len() > 1 {
                let _ = write!(self.out, ":{}", data.results.len());
            }
            self.out.push_str(" = ");
        }
        // Results belong to the enclosing scope; what the op holds is numbered afresh.
        let saved = self.restarts_numbering(op).then(|| {
            (
                std::mem::take(&mut self.next_value),
                std::mem::take(&mut self.next_arg),
            )
        });
        let custom = if self.options.generic {
            None
        } else {
            self.context
                .def_of(self.module, op)
                .and_then(|d| d.assembly)
        };
        match custom {
            Some(asm) => asm.print(self, op)?,
            None => self.print_generic(op)?,
        }
        if let Some((v, a)) = saved {
            self.next_value = v;
            self.next_arg = a;
        }
        if self.options.debug_info {
            let _ = write!(self.out, " {}", self.module.op(op).loc);
        }
        Ok(())
    }

    fn print_generic(&mut self, op: OpId) -> fmt::Result {
        let m = self.module;
        let data = m.op(op);
        crate::attr::write_string_literal(&mut self.out, data.name.as_bytes())?;
        self.out.push('(');
        self.print_values(&data.operands);
        self.out.push(')');
        if !data.successors.is_empty() {
            self.out.push_str(" [");
            for (i, &b) in data.successors.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                let name = self.block_name(b);
                self.out.push_str(&name);
            }
            self.out.push(']');
        }
        if !data.properties.is_empty() {
            self.out.push_str(" <");
            let properties = self.elided_list(&data.properties);
            write_dictionary(&mut self.out, &properties)?;
            self.out.push('>');
        }
        if !data.regions.is_empty() {
            self.out.push_str(" (");
            for (i, &r) in data.regions.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.print_region(r, true)?;
            }
            self.out.push(')');
        }
        self.print_optional_attr_dict(&data.attributes, &[]);
        self.out.push_str(" : ");
        let f = Type::function(m.operand_types(op), m.result_types(op));
        let _ = write!(self.out, "{f}");
        Ok(())
    }

    fn block_name(&mut self, b: BlockId) -> String {
        let n = self.block_names.len();
        self.block_names
            .entry(b)
            .or_insert_with(|| format!("^bb{n}"))
            .clone()
    }

    /// Prints `{ ... }`. With `print_entry_args` false the entry block's label and
    /// arguments are left out (the op's pretty form printed them).
    pub fn print_region(&mut self, region: RegionId, print_entry_args: bool) -> fmt::Result {
        let m = self.module;
        let blocks = m.region(region).blocks.clone();
        self.out.push('{');
        self.indent += 1;
        let saved_blocks = std::mem::take(&mut self.block_names);
        for &b in &blocks {
            self.block_name(b);
        }
        for (i, &b) in blocks.iter().enumerate() {
            let args = m.block(b).args.clone();
            let label = i > 0 || (print_entry_args && !args.is_empty());
            if label {
                self.out.push('\n');
                for _ in 0..self.indent - 1 {
                    self.out.push_str("  ");
                }
                let name = self.block_name(b);
                self.out.push_str(&name);
                if !args.is_empty() {
                    self.out.push('(');
                    for (j, &a) in args.iter().enumerate() {
                        if j > 0 {
                            self.out.push_str(", ");
                        }
                        self.print_argument(a);
                    }
                    self.out.push(')');
                }
                self.out.push(':');
            } else {
                for &a in &args {
                    self.name_value(a);
                }
            }
            for o in m.block_ops(b) {
                self.newline();
                self.print_operation(o)?;
            }
        }
        self.block_names = saved_blocks;
        self.indent -= 1;
        self.newline();
        self.out.push('}');
        Ok(())
    }
}

/// Prints a whole module.
pub fn print_module(module: &Module, context: &Context, options: PrintOptions) -> String {
    AsmPrinter::new(module, context, options).print_module()
}

/// Prints one op (and what it holds) in the generic form, for diagnostics.
pub fn print_op_generic(module: &Module, context: &Context, op: OpId) -> String {
    let mut p = AsmPrinter::new(
        module,
        context,
        PrintOptions {
            generic: true,
            debug_info: false,
            ..Default::default()
        },
    );
    let _ = p.print_operation(op);
    p.out
}

/// Prints a function-like signature result list, `-> a` or `-> (a, b)`.
pub fn format_results(results: &[Type]) -> String {
    struct R<'a>(&'a [Type]);
    impl fmt::Display for R<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_results(f, self.0)
        }
    }
    R(results).to_string()
}

/// The pretty form of return-like terminators: `name %a, %b : t1, t2` (or just `name`).
/// Dialect-neutral; `func.return` and `stablehlo.return` use it.
pub struct OperandsAndTypes;

impl crate::registry::CustomAssembly for OperandsAndTypes {
    fn parse(
        &self,
        p: &mut dyn AsmParser,
        name: &str,
    ) -> DiagResult<crate::module::OperationState> {
        let loc = p.current_location();
        let mut operands = Vec::new();
        if let Some(first) = p.parse_optional_operand()? {
            operands.push(first);
            while p.parse_optional_punct(",") {
                operands.push(
                    p.parse_optional_operand()?
                        .ok_or_else(|| p.error("expected SSA operand"))?,
                );
            }
        }
        let mut types = Vec::new();
        if !operands.is_empty() {
            p.parse_punct(":")?;
            types.push(p.parse_type()?);
            while p.parse_optional_punct(",") {
                types.push(p.parse_type()?);
            }
        }
        let values = p.resolve_operands(&loc, &operands, &types)?;
        Ok(crate::module::OperationState::new(name, loc).operands(&values))
    }
    fn print(&self, p: &mut AsmPrinter<'_>, op: OpId) -> fmt::Result {
        let m = p.module;
        p.write(m.name(op));
        let operands = m.op(op).operands.clone();
        if !operands.is_empty() {
            p.write(" ");
            p.print_values(&operands);
            p.write(" : ");
            p.print_types(&m.operand_types(op));
        }
        Ok(())
    }
}
