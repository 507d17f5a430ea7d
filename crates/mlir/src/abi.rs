//! The calling convention of a compiled function, read from our IR: what the CPU JIT
//! ([`crate::jit`]) and the ahead-of-time libraries (the `aot` crate) pass and get
//! back.
//!
//! With an arena ([`crate::ConvertOptions::arena`]), every function that
//! [`arena_functions`] names takes the activation arena as its last argument and
//! returns nothing: its results are read from the arena at their planned offsets
//! ([`Source::Arena`]), or are (views of) an input ([`Source::Argument`]).
//! Embedding ids that are function inputs are checked by the caller before the call
//! ([`IdCheck`]): the compiled code clamps ids, it has no way to fail.
use crate::Error;
use ir::{Diagnostic, Module, OpId, Type};
use runtime::{DType, HostTensor};

/// A tensor the function takes or returns: its shape and element type.
pub type TensorSig = (Vec<usize>, DType);

/// Where a result is found after a call in arena mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// At this byte offset of the arena.
    Arena(u64),
    /// The function returns (a view of) its argument: the same elements.
    Argument(usize),
}

/// An `nn.embedding` whose ids are (a chunk loop's slices of) function input
/// `input`: the caller checks that every id is in `[0, rows)` before calling the
/// compiled code, which clamps (it has no way to fail), so an out-of-range id is the
/// reference runtime's error, not a silently clamped row.
#[derive(Clone, Debug)]
pub struct IdCheck {
    pub input: usize,
    pub rows: usize,
    pub loc: ir::Location,
    pub name: String,
}

/// The arena of a function compiled with one.
#[derive(Clone, Debug)]
pub struct ArenaAbi {
    /// Bytes of the arena (`runtime::plan(..).arena_size`).
    pub size: u64,
    /// Where each result is after a call.
    pub results: Vec<Source>,
}

/// The calling convention of one function.
#[derive(Clone, Debug)]
pub struct FunctionAbi {
    pub func: OpId,
    /// The function's symbol name (without `@`).
    pub name: String,
    pub inputs: Vec<TensorSig>,
    pub outputs: Vec<TensorSig>,
    /// The name each input is matched by in a safetensors file (`nn.name`, else
    /// `argI`; `runtime::io::argument_name`).
    pub input_names: Vec<String>,
    /// The name each result is written under (`nn.name`, else `resultI`).
    pub output_names: Vec<String>,
    /// `Some` when the function is compiled with the planned arena.
    pub arena: Option<ArenaAbi>,
    pub id_checks: Vec<IdCheck>,
}

impl FunctionAbi {
    /// The convention of `func` in a verified module, with or without the arena.
    pub fn of(m: &Module, func: OpId, arena: bool) -> Result<FunctionAbi, Error> {
        let name = func_dialect::symbol_name(m, func)
            .unwrap_or("main")
            .to_string();
        let (ins, outs) = func_dialect::function_type(m, func).ok_or_else(|| Error::Mlir {
            stage: format!("the function @{name} has no type"),
            messages: vec![],
        })?;
        let inputs = signature(m, func, ins)?;
        let outputs = signature(m, func, outs)?;
        let arena = if arena {
            if !arena_functions(m).contains(&func) {
                return Err(Error::Conversion(Diagnostic::error(
                    m.op(func).loc.clone(),
                    format!(
                        "@{name} is private or called within the module: it cannot take an arena"
                    ),
                )));
            }
            let plan = runtime::plan(m, func)?;
            Some(ArenaAbi {
                size: plan.arena_size,
                results: result_sources(m, func, &plan)?,
            })
        } else {
            None
        };
        Ok(FunctionAbi {
            func,
            name,
            input_names: (0..inputs.len())
                .map(|i| runtime::io::argument_name(m, func, i))
                .collect(),
            output_names: (0..outputs.len())
                .map(|i| runtime::io::result_name(m, func, i))
                .collect(),
            inputs,
            outputs,
            arena,
            id_checks: id_checks(m, func),
        })
    }
}

impl FunctionAbi {
    /// Whether `inputs` are what the function takes: their number, and each one's
    /// shape and element type, with the data filling the shape (the compiled code reads
    /// the shape's elements; `HostTensor`'s fields are public, so that is not given).
    pub fn check_inputs(&self, inputs: &[HostTensor]) -> Result<(), String> {
        if inputs.len() != self.inputs.len() {
            return Err(format!(
                "the function takes {} inputs, {} given",
                self.inputs.len(),
                inputs.len()
            ));
        }
        for (i, (t, (shape, dtype))) in inputs.iter().zip(&self.inputs).enumerate() {
            let complete = t.data.len() == shape.iter().product::<usize>();
            if &t.shape != shape || t.dtype() != *dtype || !complete {
                return Err(format!(
                    "input #{i} is {} but the function expects {shape:?} {dtype:?}",
                    t.type_string()
                ));
            }
        }
        Ok(())
    }
}

/// The functions compiled with an arena in arena mode: every function with a body
/// that is not private and that no `func.call` of the module calls (a callee keeps
/// the plain convention its callers use).
pub fn arena_functions(m: &Module) -> Vec<OpId> {
    let mut funcs = Vec::new();
    let mut called = Vec::new();
    for &top in &m.top {
        m.walk(top, &mut |op| match m.name(op) {
            "func.func" => funcs.push(op),
            "func.call" => {
                if let Some(c) = m.attr(op, "callee").and_then(ir::Attribute::as_symbol) {
                    called.push(c.to_string());
                }
            }
            _ => {}
        });
    }
    funcs
        .into_iter()
        .filter(|&f| {
            let private =
                m.attr(f, "sym_visibility").and_then(ir::Attribute::as_str) == Some("private");
            let name = func_dialect::symbol_name(m, f).unwrap_or_default();
            !private && !func_dialect::is_declaration(m, f) && !called.iter().any(|c| c == name)
        })
        .collect()
}

fn signature(m: &Module, func: OpId, types: &[Type]) -> Result<Vec<TensorSig>, Error> {
    types
        .iter()
        .map(|t| {
            let d = t.element().and_then(DType::of);
            let s = t.shape().map(|s| s.iter().map(|&x| x as usize).collect());
            match (s, d) {
                (Some(s), Some(d)) => Ok((s, d)),
                _ => Err(Error::Conversion(ir::err!(
                    &m.op(func).loc,
                    "cannot compile type {t} for the CPU: a tensor of static shape and f32, f16, bf16, i64, i32 or i1 is expected"
                ))),
            }
        })
        .collect()
}

/// Where each result of `func` is after a call in arena mode.
fn result_sources(m: &Module, func: OpId, plan: &runtime::Plan) -> Result<Vec<Source>, Error> {
    let body = m.entry_block(func, 0);
    let ret = body
        .and_then(|b| m.last_op(b))
        .filter(|&r| m.name(r) == "func.return")
        .map(|r| m.op(r).operands.clone())
        .unwrap_or_default();
    let args = body.map(|b| m.block(b).args.clone()).unwrap_or_default();
    ret.iter()
        .map(|&v| {
            // A view (a reshape) of an argument has the argument's bytes.
            let mut root = v;
            while let Some(viewed) = m
                .defining_op(root)
                .and_then(|op| runtime::reused_operand(m, op))
            {
                root = viewed;
            }
            match plan.buffer(v) {
                Some(b) => Ok(Source::Arena(b.offset)),
                None => args
                    .iter()
                    .position(|&a| a == root)
                    .map(Source::Argument)
                    .ok_or_else(|| {
                        Error::Conversion(Diagnostic::error(
                            m.value_loc(v).clone(),
                            "this result is neither planned in the arena nor a view of an argument",
                        ))
                    }),
            }
        })
        .collect()
}

/// The embeddings of `func` (at any depth of chunk loops) whose ids are a function
/// input, or a chunk loop's slices of one. Ids computed by the program are not
/// checked (the compiled code clamps them).
pub fn id_checks(m: &Module, func: OpId) -> Vec<IdCheck> {
    let Some(entry) = m.entry_block(func, 0) else {
        return Vec::new();
    };
    let args = &m.block(entry).args;
    // The function input a value is, or is a chunk loop's slice of.
    let input_of = |mut v: ir::ValueId| -> Option<usize> {
        loop {
            if let Some(i) = args.iter().position(|&a| a == v) {
                return Some(i);
            }
            let ir::ValueDef::BlockArg { block, index } = m.value(v).def else {
                return None;
            };
            let owner = m.block_parent_op(block)?;
            // Body argument 0 is the offset; argument k is operand k - 1.
            if m.name(owner) != "chunk.for" || index == 0 {
                return None;
            }
            v = *m.op(owner).operands.get(index as usize - 1)?;
        }
    };
    let mut checks = Vec::new();
    m.walk(func, &mut |op| {
        if m.name(op) != "nn.embedding" {
            return;
        }
        let operands = &m.op(op).operands;
        let rows = operands
            .first()
            .and_then(|&t| m.value_type(t).shape())
            .and_then(|s| s.first().copied())
            .and_then(|r| usize::try_from(r).ok());
        if let (Some(rows), Some(input)) = (rows, operands.get(1).and_then(|&i| input_of(i))) {
            checks.push(IdCheck {
                input,
                rows,
                loc: m.op(op).loc.clone(),
                name: m.name(op).to_string(),
            });
        }
    });
    checks
}
