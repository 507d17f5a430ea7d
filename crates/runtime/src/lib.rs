//! The reference CPU runtime: runs a verified module in the `nn` and `chunk` dialects
//! with exact numerics and measures its activation memory.
//!
//! - [`plan()`] plans every non-argument tensor of a function into one arena from the
//!   op order (liveness intervals, offsets with reuse). The arena size is the planned
//!   peak; the largest sum of live bytes is the bound no plan can beat. The
//!   autochunk `estimate-memory` pass must agree with it (see `docs/runtime.md`).
//! - [`execute()`] runs the plan: kernels for every `nn` op (f32, and i1/i32/i64 where
//!   the dialect allows them), `chunk.for` with its partial last chunk. Tensors live
//!   only in the arena; the executor tracks what it allocates and frees and returns
//!   the measured profile, which equals the plan.
//! - [`io`] reads and writes safetensors and makes seeded random inputs.
pub mod exec;
pub mod io;
pub mod kernels;
pub mod plan;
pub mod tensor;

pub use exec::{
    check_supported, execute, execute_in, run, Arena, ExecOptions, Execution, Measured,
};
pub use func_dialect::entry_function;
pub use plan::{plan, reused_operand, Buffer, Plan, Step, StepKind, ALIGNMENT};
pub use tensor::{max_relative_error, DType, Data, DataMut, HostTensor, TensorData, View};

use std::fmt;

/// Why a run failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// A problem at an op: `file:line:col: error: ...` (unsupported op or type, an
    /// out-of-range embedding id, integer division by zero).
    Located(ir::Diagnostic),
    /// Inputs that do not fit the function (count, type, shape, names, files).
    Input(String),
    /// A broken invariant of the runtime itself.
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Located(d) => write!(f, "{d}"),
            Error::Input(s) => f.write_str(s),
            Error::Internal(s) => write!(f, "internal error: {s}"),
        }
    }
}

impl std::error::Error for Error {}
