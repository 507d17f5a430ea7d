//! The host plan, version 2 (`docs/host-plan.md`): what `chunk-translate --emit=ptx`
//! writes next to the PTX, read, checked and resolved into the commands of one run.
//!
//! Everything here is plain CPU work, so it is tested without a GPU:
//!
//! - [`HostPlan::parse`] reads the JSON (serde) and [`HostPlan::validate`] checks it:
//!   the version, the kernel names, loop nesting and variables, every view inside its
//!   base (the arena or the input's bytes) for every loop iteration, launch sizes,
//!   and that every GEMM's views have the shapes and layouts a BLAS call needs.
//! - [`resolve`] unrolls the chunk loops, evaluates every expression at each
//!   iteration's offsets and lays out kernel parameters (a memref argument expands to
//!   the descriptor's `3 + 2·rank` parameters), GEMMs as column-major cuBLAS calls and
//!   copies as 2-D memory copies. The device only adds base pointers.
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;

/// The plan format version this reader understands.
pub const VERSION: u32 = 2;

/// A problem with a plan: where it is (`steps[3] launch 'main_kernel' argument 2`)
/// and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanError {
    pub at: String,
    pub message: String,
}

impl PlanError {
    fn new(at: impl Into<String>, message: impl Into<String>) -> PlanError {
        PlanError {
            at: at.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            write!(f, "host plan: {}", self.message)
        } else {
            write!(f, "host plan: {}: {}", self.at, self.message)
        }
    }
}

impl std::error::Error for PlanError {}

/// An element type of a view or input.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DType {
    F32,
    F16,
    Bf16,
    F64,
    I64,
    I32,
    /// One byte per element.
    I1,
    I8,
}

impl DType {
    pub fn size(self) -> u64 {
        match self {
            DType::F64 | DType::I64 => 8,
            DType::F32 | DType::I32 => 4,
            DType::F16 | DType::Bf16 => 2,
            DType::I1 | DType::I8 => 1,
        }
    }
    /// The reference runtime's type, for the types it has.
    pub fn runtime(self) -> Option<runtime::DType> {
        match self {
            DType::F32 => Some(runtime::DType::F32),
            DType::I32 => Some(runtime::DType::I32),
            DType::I64 => Some(runtime::DType::I64),
            DType::I1 => Some(runtime::DType::I1),
            _ => None,
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DType::F32 => "f32",
            DType::F16 => "f16",
            DType::Bf16 => "bf16",
            DType::F64 => "f64",
            DType::I64 => "i64",
            DType::I32 => "i32",
            DType::I1 => "i1",
            DType::I8 => "i8",
        })
    }
}

/// The buffer a view points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Base {
    Arena,
    Input(usize),
    /// The kernel workspace allocation (`scratch_bytes`).
    Scratch,
    /// The bytes of `constants[i]`.
    Constant(usize),
}

impl fmt::Display for Base {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Base::Arena => f.write_str("the arena"),
            Base::Input(i) => write!(f, "input {i}"),
            Base::Scratch => f.write_str("the scratch buffer"),
            Base::Constant(i) => write!(f, "constant {i}"),
        }
    }
}

impl<'de> Deserialize<'de> for Base {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Base, D::Error> {
        // `"arena"`, `"scratch"`, `{"input": i}` or `{"constant": i}`.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Name(String),
            Input { input: usize },
            Constant { constant: usize },
        }
        match Repr::deserialize(d)? {
            Repr::Name(n) if n == "arena" => Ok(Base::Arena),
            Repr::Name(n) if n == "scratch" => Ok(Base::Scratch),
            Repr::Name(n) => Err(serde::de::Error::custom(format!(
                "unknown base \"{n}\" (expected \"arena\", \"scratch\", {{\"input\": i}} or {{\"constant\": i}})"
            ))),
            Repr::Input { input } => Ok(Base::Input(input)),
            Repr::Constant { constant } => Ok(Base::Constant(constant)),
        }
    }
}

/// One term `coeff * v[var]` of an expression.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub struct Term {
    pub var: u32,
    pub coeff: i64,
}

/// A host index: `konst + Σ coeff · v[var]` over the enclosing loops' offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expr {
    pub konst: i64,
    pub terms: Vec<Term>,
}

impl Expr {
    pub fn constant(c: i64) -> Expr {
        Expr {
            konst: c,
            terms: Vec::new(),
        }
    }
    /// The value with the loop variables `vars` (indexed by variable number).
    fn eval(&self, vars: &Vars) -> Option<i64> {
        let mut v = self.konst;
        for t in &self.terms {
            v = v.checked_add(t.coeff.checked_mul(vars.get(t.var)?)?)?;
        }
        Some(v)
    }
    /// The least and greatest value over every combination of the variables' ranges
    /// (affine, so the extremes are at the ranges' ends, which loops reach).
    fn range(&self, ranges: &Ranges) -> Option<(i64, i64)> {
        let (mut lo, mut hi) = (self.konst, self.konst);
        for t in &self.terms {
            let (a, b) = ranges.get(t.var)?;
            let (x, y) = (t.coeff.checked_mul(a)?, t.coeff.checked_mul(b)?);
            lo = lo.checked_add(x.min(y))?;
            hi = hi.checked_add(x.max(y))?;
        }
        Some((lo, hi))
    }
}

impl<'de> Deserialize<'de> for Expr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Expr, D::Error> {
        // A plain integer, or `{"const": c, "terms": [...]}` (both parts optional).
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Int(i64),
            Affine {
                #[serde(default, rename = "const")]
                konst: i64,
                #[serde(default)]
                terms: Vec<Term>,
            },
        }
        Ok(match Repr::deserialize(d)? {
            Repr::Int(c) => Expr::constant(c),
            Repr::Affine { konst, terms } => Expr { konst, terms },
        })
    }
}

/// A strided view of elements of one type in a base buffer.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct View {
    pub base: Base,
    pub byte_offset: Expr,
    pub dtype: DType,
    pub offset: Expr,
    pub shape: Vec<u64>,
    pub strides: Vec<i64>,
}

impl View {
    /// The number of elements; valid for a view `validate` accepted (which checks
    /// [`View::checked_elements`]).
    pub fn elements(&self) -> u64 {
        self.checked_elements().unwrap_or(u64::MAX)
    }

    /// The number of elements, or `None` where the shape's product overflows (a plan
    /// file can say anything).
    pub fn checked_elements(&self) -> Option<u64> {
        self.shape.iter().try_fold(1u64, |n, &d| n.checked_mul(d))
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Input {
    pub index: usize,
    pub dtype: DType,
    pub shape: Vec<u64>,
    pub bytes: u64,
}

/// A constant buffer the kernels read (a `memref.global`), uploaded once.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Constant {
    pub dtype: DType,
    pub shape: Vec<u64>,
    /// The bytes, little endian, in hex.
    pub hex: String,
}

impl Constant {
    /// The bytes `hex` spells.
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        let h = self.hex.as_bytes();
        if !h.len().is_multiple_of(2) {
            return Err(format!("hex of odd length {}", h.len()));
        }
        h.chunks(2)
            .map(|p| {
                std::str::from_utf8(p)
                    .ok()
                    .and_then(|t| u8::from_str_radix(t, 16).ok())
                    .ok_or_else(|| format!("'{}' is not a hex byte", String::from_utf8_lossy(p)))
            })
            .collect()
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Output {
    pub view: View,
}

/// One kernel parameter of a launch.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum Arg {
    /// One 64-bit integer (MLIR `index`).
    Index(Expr),
    I32(i32),
    I64(i64),
    F32(f32),
    /// The expanded memref descriptor.
    Memref(View),
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Step {
    Loop {
        var: u32,
        extent: u64,
        step: u64,
    },
    EndLoop {
        var: u32,
    },
    Launch {
        kernel: String,
        grid: [u64; 3],
        block: [u64; 3],
        #[serde(default)]
        shared_bytes: u64,
        args: Vec<Arg>,
    },
    Gemm {
        batch: u64,
        m: u64,
        n: u64,
        k: u64,
        a: View,
        b: View,
        c: View,
        #[serde(default)]
        accumulate: bool,
    },
    Copy {
        src: View,
        dst: View,
    },
}

impl Step {
    fn describe(&self, i: usize) -> String {
        match self {
            Step::Loop { var, .. } => format!("steps[{i}] (loop v{var})"),
            Step::EndLoop { var } => format!("steps[{i}] (end_loop v{var})"),
            Step::Launch { kernel, .. } => format!("steps[{i}] (launch '{kernel}')"),
            Step::Gemm { .. } => format!("steps[{i}] (gemm)"),
            Step::Copy { .. } => format!("steps[{i}] (copy)"),
        }
    }
}

/// The whole plan.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct HostPlan {
    pub version: u32,
    #[serde(default)]
    pub chip: String,
    #[serde(default)]
    pub function: String,
    pub arena_bytes: u64,
    /// Kernel workspace outside the runtime's plan (0 when absent).
    #[serde(default)]
    pub scratch_bytes: u64,
    pub kernels: Vec<String>,
    pub inputs: Vec<Input>,
    pub outputs: Vec<Output>,
    #[serde(default)]
    pub constants: Vec<Constant>,
    pub steps: Vec<Step>,
}

/// The values of the loop variables in scope.
#[derive(Default)]
struct Vars(HashMap<u32, i64>);

impl Vars {
    fn get(&self, var: u32) -> Option<i64> {
        self.0.get(&var).copied()
    }
}

/// The range `[first, last]` of every loop variable in scope.
#[derive(Default, Clone)]
struct Ranges(HashMap<u32, (i64, i64)>);

impl Ranges {
    fn get(&self, var: u32) -> Option<(i64, i64)> {
        self.0.get(&var).copied()
    }
}

/// The chunk offsets of a loop: `min(k · step, extent − step)` for
/// `k < ceil(extent / step)` (the last chunk is the step-wide window ending at extent).
pub fn loop_offsets(extent: u64, step: u64) -> impl Iterator<Item = i64> {
    let count = if step == 0 { 0 } else { extent.div_ceil(step) };
    (0..count).map(move |k| (k * step).min(extent - step) as i64)
}

impl HostPlan {
    /// Reads and validates a plan.
    pub fn parse(text: &str) -> Result<HostPlan, PlanError> {
        // The version first, so an older plan gets a message about its version and
        // not about the first field the old format lacks.
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| PlanError::new("", format!("not JSON: {e}")))?;
        match value.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) => {
                return Err(PlanError::new(
                    "version",
                    format!(
                    "version {v}, but this runtime reads version {VERSION} (docs/host-plan.md); \
                         regenerate the plan with this tree's chunk-translate --emit=ptx"
                ),
                ))
            }
            None => return Err(PlanError::new("version", "missing or not an integer")),
        }
        let plan: HostPlan = serde_json::from_value(value)
            .map_err(|e| PlanError::new("", format!("malformed plan: {e}")))?;
        plan.validate()?;
        Ok(plan)
    }

    /// The bytes of a base buffer.
    pub fn base_bytes(&self, base: Base) -> Option<u64> {
        match base {
            Base::Arena => Some(self.arena_bytes),
            Base::Input(i) => self.inputs.get(i).map(|x| x.bytes),
            Base::Scratch => Some(self.scratch_bytes),
            // Checked against the hex in `validate`.
            Base::Constant(i) => self.constants.get(i).map(|c| c.hex.len() as u64 / 2),
        }
    }

    /// Checks everything a run relies on; see the module doc.
    pub fn validate(&self) -> Result<(), PlanError> {
        if self.version != VERSION {
            return Err(PlanError::new(
                "version",
                format!("version {}, expected {VERSION}", self.version),
            ));
        }
        let mut names = HashMap::new();
        for (i, k) in self.kernels.iter().enumerate() {
            if k.is_empty() {
                return Err(PlanError::new(format!("kernels[{i}]"), "empty kernel name"));
            }
            // The driver takes kernel names as C strings.
            if k.contains('\0') {
                return Err(PlanError::new(
                    format!("kernels[{i}]"),
                    "a kernel name holds a NUL character",
                ));
            }
            if let Some(j) = names.insert(k.as_str(), i) {
                return Err(PlanError::new(
                    format!("kernels[{i}]"),
                    format!("'{k}' is listed twice (also kernels[{j}])"),
                ));
            }
        }
        for (i, input) in self.inputs.iter().enumerate() {
            let at = format!("inputs[{i}]");
            if input.index != i {
                return Err(PlanError::new(
                    at,
                    format!("index {} out of order (expected {i})", input.index),
                ));
            }
            let want = input
                .shape
                .iter()
                .try_fold(input.dtype.size(), |a, &d| a.checked_mul(d));
            if want != Some(input.bytes) {
                return Err(PlanError::new(
                    at,
                    format!(
                        "{} bytes, but shape {:?} of {} takes {}",
                        input.bytes,
                        input.shape,
                        input.dtype,
                        want.map_or("more than 2^64".to_string(), |w| w.to_string())
                    ),
                ));
            }
        }
        for (i, c) in self.constants.iter().enumerate() {
            let at = format!("constants[{i}]");
            let bytes = c.bytes().map_err(|e| PlanError::new(&at, e))?;
            let want = c.shape.iter().product::<u64>() * c.dtype.size();
            if bytes.len() as u64 != want {
                return Err(PlanError::new(
                    at,
                    format!(
                        "{} bytes of hex, but shape {:?} of {} takes {want}",
                        bytes.len(),
                        c.shape,
                        c.dtype
                    ),
                ));
            }
        }
        for (i, o) in self.outputs.iter().enumerate() {
            self.check_view(&o.view, &Ranges::default(), &format!("outputs[{i}]"))?;
        }
        // Loops: balanced, distinct variables in a nest, ranges of each variable.
        let mut ranges = Ranges::default();
        let mut open: Vec<(u32, usize)> = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let at = step.describe(i);
            match step {
                Step::Loop { var, extent, step } => {
                    if *step == 0 || *extent == 0 || step > extent {
                        return Err(PlanError::new(
                            at,
                            format!("extent {extent} and step {step}: need 0 < step <= extent"),
                        ));
                    }
                    if ranges.get(*var).is_some() {
                        return Err(PlanError::new(
                            at,
                            format!("variable v{var} is already bound by an enclosing loop"),
                        ));
                    }
                    ranges.0.insert(*var, (0, (extent - step) as i64));
                    open.push((*var, i));
                }
                Step::EndLoop { var } => match open.pop() {
                    Some((v, _)) if v == *var => {
                        ranges.0.remove(var);
                    }
                    Some((v, j)) => {
                        return Err(PlanError::new(
                            at,
                            format!(
                                "closes v{var}, but the innermost open loop is v{v} (steps[{j}])"
                            ),
                        ))
                    }
                    None => return Err(PlanError::new(at, "no loop is open")),
                },
                Step::Launch {
                    kernel,
                    grid,
                    block,
                    shared_bytes,
                    args,
                } => {
                    if !names.contains_key(kernel.as_str()) {
                        return Err(PlanError::new(
                            at,
                            format!("kernel '{kernel}' is not in the plan's kernel list"),
                        ));
                    }
                    for (what, dims) in [("grid", grid), ("block", block)] {
                        if dims.iter().any(|&d| d == 0 || d > u64::from(u32::MAX)) {
                            return Err(PlanError::new(
                                at,
                                format!("{what} {dims:?}: every size must be in 1..2^32"),
                            ));
                        }
                    }
                    // CUDA's limits: grid x < 2^31, y and z <= 65535; block x, y <= 1024,
                    // z <= 64.
                    let (gmax, bmax) = ([(1u64 << 31) - 1, 65535, 65535], [1024u64, 1024, 64]);
                    for (what, dims, max) in [("grid", grid, gmax), ("block", block, bmax)] {
                        if dims.iter().zip(max).any(|(&d, m)| d > m) {
                            return Err(PlanError::new(
                                at,
                                format!("{what} {dims:?} exceeds CUDA's limits {max:?}"),
                            ));
                        }
                    }
                    if block.iter().product::<u64>() > 1024 {
                        return Err(PlanError::new(
                            at,
                            format!("block {block:?} has more than 1024 threads"),
                        ));
                    }
                    if *shared_bytes > u64::from(u32::MAX) {
                        return Err(PlanError::new(at, "shared_bytes above 2^32"));
                    }
                    for (j, arg) in args.iter().enumerate() {
                        let at = format!("{at} argument {j}");
                        match arg {
                            Arg::Index(e) => {
                                e.range(&ranges).ok_or_else(|| unbound(&at, e, &ranges))?;
                            }
                            Arg::Memref(v) => self.check_view(v, &ranges, &at)?,
                            Arg::I32(_) | Arg::I64(_) | Arg::F32(_) => {}
                        }
                    }
                }
                Step::Gemm {
                    batch,
                    m,
                    n,
                    k,
                    a,
                    b,
                    c,
                    ..
                } => {
                    for (name, v) in [("a", a), ("b", b), ("c", c)] {
                        self.check_view(v, &ranges, &format!("{at} {name}"))?;
                    }
                    gemm_layout(*batch, *m, *n, *k, a, b, c).map_err(|e| PlanError::new(at, e))?;
                }
                Step::Copy { src, dst } => {
                    self.check_view(src, &ranges, &format!("{at} src"))?;
                    self.check_view(dst, &ranges, &format!("{at} dst"))?;
                    if src.shape != dst.shape || src.dtype != dst.dtype {
                        return Err(PlanError::new(
                            at,
                            format!(
                                "src is {:?} of {} but dst is {:?} of {}",
                                src.shape, src.dtype, dst.shape, dst.dtype
                            ),
                        ));
                    }
                }
            }
        }
        if let Some((v, j)) = open.pop() {
            return Err(PlanError::new(
                format!("steps[{j}] (loop v{v})"),
                "never closed by an end_loop",
            ));
        }
        Ok(())
    }

    /// A view's rank, alignment and bounds for every value of the loop variables.
    fn check_view(&self, v: &View, ranges: &Ranges, at: &str) -> Result<(), PlanError> {
        if v.shape.len() != v.strides.len() {
            return Err(PlanError::new(
                at,
                format!(
                    "shape {:?} and strides {:?} differ in rank",
                    v.shape, v.strides
                ),
            ));
        }
        let size = v.dtype.size() as i64;
        if v.byte_offset.konst % size != 0
            || v.byte_offset.terms.iter().any(|t| t.coeff % size != 0)
        {
            return Err(PlanError::new(
                at,
                format!(
                    "byte_offset {:?} is not always a multiple of the element size {size}",
                    v.byte_offset
                ),
            ));
        }
        let Some(base_bytes) = self.base_bytes(v.base) else {
            return Err(PlanError::new(
                at,
                format!(
                    "{} does not exist (the plan has {} inputs and {} constants)",
                    v.base,
                    self.inputs.len(),
                    self.constants.len()
                ),
            ));
        };
        let (b_lo, b_hi) = v
            .byte_offset
            .range(ranges)
            .ok_or_else(|| unbound(at, &v.byte_offset, ranges))?;
        let (o_lo, o_hi) = v
            .offset
            .range(ranges)
            .ok_or_else(|| unbound(at, &v.offset, ranges))?;
        let elements = v
            .checked_elements()
            .ok_or_else(|| PlanError::new(at, "the shape's element count overflows"))?;
        if elements == 0 {
            return Ok(());
        }
        // The least and greatest element index the strides reach from the offset
        // (in i128: a plan's strides may add up past i64).
        let (mut s_lo, mut s_hi) = (0i128, 0i128);
        for (&d, &s) in v.shape.iter().zip(&v.strides) {
            let span = i64::try_from(d - 1)
                .ok()
                .and_then(|d| d.checked_mul(s))
                .ok_or_else(|| PlanError::new(at, "shape times stride overflows"))?;
            if span < 0 {
                s_lo += i128::from(span);
            } else {
                s_hi += i128::from(span);
            }
        }
        let lo = b_lo as i128 + size as i128 * (o_lo as i128 + s_lo);
        let hi = b_hi as i128 + size as i128 * (o_hi as i128 + s_hi + 1);
        if lo < 0 || hi > base_bytes as i128 {
            return Err(PlanError::new(
                at,
                format!(
                    "the view (shape {:?}, strides {:?}, offset {:?}, byte_offset {:?}) reaches bytes {lo}..{hi} over {}, outside {} of {base_bytes} bytes",
                    v.shape,
                    v.strides,
                    v.offset,
                    v.byte_offset,
                    describe_ranges(ranges),
                    v.base
                ),
            ));
        }
        Ok(())
    }
}

fn describe_ranges(r: &Ranges) -> String {
    if r.0.is_empty() {
        return "every iteration".to_string();
    }
    let mut vars: Vec<_> = r.0.iter().collect();
    vars.sort();
    vars.iter()
        .map(|(v, (a, b))| format!("v{v} in {a}..={b}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn unbound(at: &str, e: &Expr, ranges: &Ranges) -> PlanError {
    match e.terms.iter().find(|t| ranges.get(t.var).is_none()) {
        Some(t) => PlanError::new(
            at,
            format!("uses variable v{} outside any loop that binds it", t.var),
        ),
        None => PlanError::new(at, format!("expression {e:?} overflows 64 bits")),
    }
}

#[path = "plan_commands.rs"]
mod commands;
pub use commands::*;

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
