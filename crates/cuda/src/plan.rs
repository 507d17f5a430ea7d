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

/// How a matrix `[rows, cols]` lies in memory, as BLAS sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Rows are contiguous (row-major); else columns are (column-major).
    pub row_major: bool,
    /// Elements between consecutive rows (row-major) or columns (column-major).
    pub ld: u64,
}

/// The layout of a `[rows, cols]` matrix with strides `[sr, sc]`: row-major when
/// `sc == 1` and `sr >= cols`, column-major when `sr == 1` and `sc >= rows`. A
/// dimension of size 1 has no meaningful stride, so it never rules a layout out.
pub fn matrix_layout(rows: u64, cols: u64, sr: i64, sc: i64) -> Option<Layout> {
    let fits = |s: i64, need: u64| s >= 0 && s as u64 >= need;
    if (sc == 1 || cols == 1) && (rows == 1 || fits(sr, cols)) {
        let ld = if rows == 1 { cols.max(1) } else { sr as u64 };
        return Some(Layout {
            row_major: true,
            ld,
        });
    }
    if (sr == 1 || rows == 1) && (cols == 1 || fits(sc, rows)) {
        let ld = if cols == 1 { rows.max(1) } else { sc as u64 };
        return Some(Layout {
            row_major: false,
            ld,
        });
    }
    None
}

/// One operand of a GEMM step: its layout and its batch stride in elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    pub layout: Layout,
    pub batch_stride: i64,
}

/// Checks a GEMM step's views against `batch, m, n, k` and returns the three
/// operands' layouts.
pub fn gemm_layout(
    batch: u64,
    m: u64,
    n: u64,
    k: u64,
    a: &View,
    b: &View,
    c: &View,
) -> Result<[Operand; 3], String> {
    if batch == 0 {
        return Err("batch 0".into());
    }
    let mut out = Vec::with_capacity(3);
    for (name, v, rows, cols) in [("a", a, m, k), ("b", b, k, n), ("c", c, m, n)] {
        if v.dtype != DType::F32 {
            return Err(format!(
                "{name} is {}, only f32 GEMMs are supported",
                v.dtype
            ));
        }
        let (want, batch_stride) = match v.shape.len() {
            2 if batch == 1 => (vec![rows, cols], 0),
            2 => {
                return Err(format!(
                    "{name} has rank 2 but batch is {batch} (rank-2 views need batch 1)"
                ))
            }
            3 => (vec![batch, rows, cols], v.strides[0]),
            r => return Err(format!("{name} has rank {r}, expected 2 or 3")),
        };
        if v.shape != want {
            return Err(format!(
                "{name} has shape {:?}, expected {want:?} for batch {batch}, m {m}, n {n}, k {k}",
                v.shape
            ));
        }
        let r = v.shape.len();
        let layout =
            matrix_layout(rows, cols, v.strides[r - 2], v.strides[r - 1]).ok_or_else(|| {
                format!(
                    "{name} (shape {:?}, strides {:?}) is neither row- nor column-contiguous",
                    v.shape, v.strides
                )
            })?;
        out.push(Operand {
            layout,
            batch_stride,
        });
    }
    if batch > 1 && out[2].batch_stride == 0 {
        return Err("c has batch stride 0: every batch would write the same matrix".into());
    }
    Ok([out[0], out[1], out[2]])
}

/// A device address: a base buffer and a byte offset into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ptr {
    pub base: Base,
    pub byte: u64,
}

/// One kernel parameter, laid out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Param {
    /// A pointer (the memref descriptor's allocated and aligned pointers).
    Ptr(Ptr),
    I64(i64),
    I32(i32),
    F32(f32),
}

/// `C = op(A) · op(B)` (+ `beta · C`) in cuBLAS's column-major terms, batched with
/// strides, f32. For a row-major result the plan's A and B are swapped
/// (`Cᵀ = Bᵀ · Aᵀ`): see [`gemm_call`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlasGemm {
    pub trans_a: bool,
    pub trans_b: bool,
    pub m: u64,
    pub n: u64,
    pub k: u64,
    pub a: Ptr,
    pub lda: u64,
    pub stride_a: i64,
    pub b: Ptr,
    pub ldb: u64,
    pub stride_b: i64,
    pub c: Ptr,
    pub ldc: u64,
    pub stride_c: i64,
    pub batch: u64,
    pub beta: f32,
}

/// A 2-D memory copy: `height` rows of `width` bytes, rows `pitch` bytes apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Copy2D {
    pub src: Ptr,
    pub src_pitch: u64,
    pub dst: Ptr,
    pub dst_pitch: u64,
    pub width: u64,
    pub height: u64,
}

/// One device command of a run.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Launch {
        /// Index into the plan's `kernels`.
        kernel: usize,
        grid: [u32; 3],
        block: [u32; 3],
        shared_bytes: u32,
        params: Vec<Param>,
    },
    Gemm(BlasGemm),
    Copy(Copy2D),
}

/// The byte address of a view's element 0 (its aligned pointer plus its offset).
fn element0(v: &View, vars: &Vars, at: &str) -> Result<Ptr, PlanError> {
    let bo = eval(&v.byte_offset, vars, at)?;
    let off = eval(&v.offset, vars, at)?;
    let byte = bo + v.dtype.size() as i64 * off;
    u64::try_from(byte)
        .map(|byte| Ptr { base: v.base, byte })
        .map_err(|_| PlanError::new(at, format!("element 0 at byte {byte}, before its base")))
}

fn eval(e: &Expr, vars: &Vars, at: &str) -> Result<i64, PlanError> {
    e.eval(vars)
        .ok_or_else(|| PlanError::new(at, format!("cannot evaluate {e:?} (unbound or overflow)")))
}

/// The parameters of a memref argument: allocated pointer (the base), aligned pointer
/// (base + byte_offset), offset, sizes, strides (`3 + 2·rank`).
fn memref_params(v: &View, vars: &Vars, at: &str) -> Result<Vec<Param>, PlanError> {
    let bo = eval(&v.byte_offset, vars, at)?;
    let aligned =
        u64::try_from(bo).map_err(|_| PlanError::new(at, format!("negative byte_offset {bo}")))?;
    let mut p = vec![
        Param::Ptr(Ptr {
            base: v.base,
            byte: 0,
        }),
        Param::Ptr(Ptr {
            base: v.base,
            byte: aligned,
        }),
        Param::I64(eval(&v.offset, vars, at)?),
    ];
    p.extend(v.shape.iter().map(|&d| Param::I64(d as i64)));
    p.extend(v.strides.iter().map(|&s| Param::I64(s)));
    Ok(p)
}

/// The cuBLAS call of a GEMM step at the current loop offsets.
///
/// cuBLAS is column-major. A row-major `C` (`[m, n]`, rows `ldc` apart) is the
/// column-major `Cᵀ` (`n × m`), so the call computes `Cᵀ = Bᵀ · Aᵀ`: cuBLAS's A is the
/// plan's B and its B the plan's A. A row-major operand read as column-major is
/// already transposed, so it needs no transpose flag in that call, and a
/// column-major one needs `T`. A column-major `C` takes the direct call `C = A · B`.
fn gemm_call(step: &Step, vars: &Vars, at: &str) -> Result<BlasGemm, PlanError> {
    let Step::Gemm {
        batch,
        m,
        n,
        k,
        a,
        b,
        c,
        accumulate,
    } = step
    else {
        return Err(PlanError::new(at, "not a gemm step"));
    };
    let [oa, ob, oc] =
        gemm_layout(*batch, *m, *n, *k, a, b, c).map_err(|e| PlanError::new(at, e))?;
    let (pa, pb, pc) = (
        element0(a, vars, at)?,
        element0(b, vars, at)?,
        element0(c, vars, at)?,
    );
    let beta = if *accumulate { 1.0 } else { 0.0 };
    Ok(if oc.layout.row_major {
        BlasGemm {
            trans_a: !ob.layout.row_major,
            trans_b: !oa.layout.row_major,
            m: *n,
            n: *m,
            k: *k,
            a: pb,
            lda: ob.layout.ld,
            stride_a: ob.batch_stride,
            b: pa,
            ldb: oa.layout.ld,
            stride_b: oa.batch_stride,
            c: pc,
            ldc: oc.layout.ld,
            stride_c: oc.batch_stride,
            batch: *batch,
            beta,
        }
    } else {
        BlasGemm {
            trans_a: oa.layout.row_major,
            trans_b: ob.layout.row_major,
            m: *m,
            n: *n,
            k: *k,
            a: pa,
            lda: oa.layout.ld,
            stride_a: oa.batch_stride,
            b: pb,
            ldb: ob.layout.ld,
            stride_b: ob.batch_stride,
            c: pc,
            ldc: oc.layout.ld,
            stride_c: oc.batch_stride,
            batch: *batch,
            beta,
        }
    })
}

/// A copy step as 2-D copies: the innermost dimension is one row of contiguous
/// bytes when both views have stride 1 there (else one element per row), the next
/// dimension out is the rows (pitch = its stride), and the dimensions outside those
/// are looped over here. Rows whose pitch is below their width (overlapping or
/// broadcast rows, which a 2-D copy refuses) become single-row copies.
fn copy_commands(src: &View, dst: &View, vars: &Vars, at: &str) -> Result<Vec<Copy2D>, PlanError> {
    let size = src.dtype.size();
    let s0 = element0(src, vars, at)?;
    let d0 = element0(dst, vars, at)?;
    if src.elements() == 0 {
        return Ok(Vec::new());
    }
    // Dimensions of size 1 add nothing; drop them.
    let dims: Vec<(u64, i64, i64)> = src
        .shape
        .iter()
        .zip(src.strides.iter().zip(&dst.strides))
        .filter(|(&d, _)| d != 1)
        .map(|(&d, (&a, &b))| (d, a, b))
        .collect();
    let mut dims = dims;
    let width = match dims.last() {
        Some(&(d, 1, 1)) => {
            dims.pop();
            d * size
        }
        _ => size,
    };
    // Rows: the innermost remaining dimension (or one row).
    let (height, sp, dp) = match dims.pop() {
        Some((d, a, b)) => (d, a, b),
        None => (1, 0, 0),
    };
    let outer = dims;
    let mut out = Vec::new();
    let mut idx = vec![0u64; outer.len()];
    loop {
        let (mut so, mut dof) = (s0.byte as i64, d0.byte as i64);
        for (i, &(_, a, b)) in idx.iter().zip(&outer) {
            so += *i as i64 * a * size as i64;
            dof += *i as i64 * b * size as i64;
        }
        let (spb, dpb) = (sp * size as i64, dp * size as i64);
        if height == 1 || (spb >= width as i64 && dpb >= width as i64) {
            out.push(Copy2D {
                src: Ptr {
                    base: src.base,
                    byte: so as u64,
                },
                src_pitch: if height == 1 { width } else { spb as u64 },
                dst: Ptr {
                    base: dst.base,
                    byte: dof as u64,
                },
                dst_pitch: if height == 1 { width } else { dpb as u64 },
                width,
                height,
            });
        } else {
            for r in 0..height as i64 {
                out.push(Copy2D {
                    src: Ptr {
                        base: src.base,
                        byte: (so + r * spb) as u64,
                    },
                    src_pitch: width,
                    dst: Ptr {
                        base: dst.base,
                        byte: (dof + r * dpb) as u64,
                    },
                    dst_pitch: width,
                    width,
                    height: 1,
                });
            }
        }
        // Next outer index (row-major order).
        let mut d = outer.len();
        loop {
            if d == 0 {
                return Ok(out);
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < outer[d].0 {
                break;
            }
            idx[d] = 0;
        }
    }
}

/// The commands of one run: loops unrolled in order, expressions evaluated at every
/// iteration's offsets. The plan must be valid ([`HostPlan::validate`]).
pub fn resolve(plan: &HostPlan) -> Result<Vec<Command>, PlanError> {
    let kernels: HashMap<&str, usize> = plan
        .kernels
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    // The end_loop of every loop.
    let mut ends = HashMap::new();
    let mut open = Vec::new();
    for (i, s) in plan.steps.iter().enumerate() {
        match s {
            Step::Loop { .. } => open.push(i),
            Step::EndLoop { .. } => {
                let start = open
                    .pop()
                    .ok_or_else(|| PlanError::new(s.describe(i), "no loop is open"))?;
                ends.insert(start, i);
            }
            _ => {}
        }
    }
    if let Some(&i) = open.last() {
        return Err(PlanError::new(
            plan.steps[i].describe(i),
            "never closed by an end_loop",
        ));
    }
    let mut out = Vec::new();
    let mut vars = Vars::default();
    let ctx = Resolve {
        plan,
        kernels: &kernels,
        ends: &ends,
    };
    ctx.steps(0, plan.steps.len(), &mut vars, &mut out)?;
    Ok(out)
}

struct Resolve<'a> {
    plan: &'a HostPlan,
    kernels: &'a HashMap<&'a str, usize>,
    ends: &'a HashMap<usize, usize>,
}

impl Resolve<'_> {
    fn steps(
        &self,
        from: usize,
        to: usize,
        vars: &mut Vars,
        out: &mut Vec<Command>,
    ) -> Result<(), PlanError> {
        let mut i = from;
        while i < to {
            let step = &self.plan.steps[i];
            let at = step.describe(i);
            match step {
                Step::Loop { var, extent, step } => {
                    let end = self.ends[&i];
                    for o in loop_offsets(*extent, *step) {
                        vars.0.insert(*var, o);
                        self.steps(i + 1, end, vars, out)?;
                    }
                    vars.0.remove(var);
                    i = end + 1;
                    continue;
                }
                Step::EndLoop { .. } => {}
                Step::Launch {
                    kernel,
                    grid,
                    block,
                    shared_bytes,
                    args,
                } => {
                    let mut params = Vec::new();
                    for (j, a) in args.iter().enumerate() {
                        let at = format!("{at} argument {j}");
                        match a {
                            Arg::Index(e) => params.push(Param::I64(eval(e, vars, &at)?)),
                            Arg::I32(x) => params.push(Param::I32(*x)),
                            Arg::I64(x) => params.push(Param::I64(*x)),
                            Arg::F32(x) => params.push(Param::F32(*x)),
                            Arg::Memref(v) => params.extend(memref_params(v, vars, &at)?),
                        }
                    }
                    let kernel = *self.kernels.get(kernel.as_str()).ok_or_else(|| {
                        PlanError::new(&at, format!("kernel '{kernel}' is not in the kernel list"))
                    })?;
                    out.push(Command::Launch {
                        kernel,
                        grid: grid.map(|d| d as u32),
                        block: block.map(|d| d as u32),
                        shared_bytes: *shared_bytes as u32,
                        params,
                    });
                }
                Step::Gemm { .. } => out.push(Command::Gemm(gemm_call(step, vars, &at)?)),
                Step::Copy { src, dst } => out.extend(
                    copy_commands(src, dst, vars, &at)?
                        .into_iter()
                        .map(Command::Copy),
                ),
            }
            i += 1;
        }
        Ok(())
    }
}

/// The parameter types (`u64`, `f32`, `b32`, ...) of every `.entry` in a PTX text.
pub fn ptx_entries(ptx: &str) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::new();
    let mut lines = ptx.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.trim().strip_prefix(".visible .entry ") else {
            continue;
        };
        let name = rest.split('(').next().unwrap_or("").trim().to_string();
        let mut params = Vec::new();
        // Parameters follow, one per line, until the closing parenthesis.
        let mut text = rest.split_once('(').map_or("", |(_, t)| t).to_string();
        while !text.contains(')') {
            match lines.next() {
                Some(l) => {
                    text.push(' ');
                    text.push_str(l);
                }
                None => break,
            }
        }
        let text = text.split(')').next().unwrap_or("");
        for decl in text.split(',') {
            let ty = decl
                .split_whitespace()
                .skip_while(|t| *t != ".param")
                .nth(1);
            if let Some(ty) = ty {
                params.push(ty.trim_start_matches('.').to_string());
            }
        }
        out.insert(name, params);
    }
    out
}

/// The PTX type class a parameter needs: 64-bit integer, 32-bit integer, f32.
fn param_fits(p: &Param, ptx_type: &str) -> bool {
    let (class, bits) = ptx_type.split_at(1.min(ptx_type.len()));
    match p {
        Param::Ptr(_) | Param::I64(_) => matches!(class, "u" | "s" | "b") && bits == "64",
        Param::I32(_) => matches!(class, "u" | "s" | "b") && bits == "32",
        Param::F32(_) => (class == "f" || class == "b") && bits == "32",
    }
}

/// Checks that every kernel of the plan is an `.entry` of the PTX and that every launch
/// passes as many parameters as it declares, each of a fitting type (a mismatch would
/// make the driver read garbage, so it is caught here, without a device).
pub fn check_ptx(plan: &HostPlan, commands: &[Command], ptx: &str) -> Result<(), PlanError> {
    // The driver takes the PTX as a C string: a NUL would cut it short.
    if let Some(at) = ptx.find('\0') {
        return Err(PlanError::new(
            "ptx",
            format!("the PTX holds a NUL character at byte {at}"),
        ));
    }
    let entries = ptx_entries(ptx);
    for k in &plan.kernels {
        if !entries.contains_key(k) {
            return Err(PlanError::new(
                "kernels",
                format!(
                    "'{k}' is not an .entry of the PTX ({} entries)",
                    entries.len()
                ),
            ));
        }
    }
    // Every launch: two launches of one kernel may pass different parameters, and
    // cuLaunchKernel reads as many as the PTX declares.
    for c in commands {
        let Command::Launch { kernel, params, .. } = c else {
            continue;
        };
        let name = &plan.kernels[*kernel];
        let declared = &entries[name];
        if declared.len() != params.len() {
            return Err(PlanError::new(
                format!("launch of '{name}'"),
                format!(
                    "the plan passes {} parameters, the PTX declares {}",
                    params.len(),
                    declared.len()
                ),
            ));
        }
        for (i, (p, t)) in params.iter().zip(declared).enumerate() {
            if !param_fits(p, t) {
                return Err(PlanError::new(
                    format!("launch of '{name}'"),
                    format!("parameter {i} is {p:?} in the plan but .{t} in the PTX"),
                ));
            }
        }
    }
    Ok(())
}

/// Gathers the elements of `view` (strided, in a buffer whose byte `first` is
/// `bytes[0]`) into a dense row-major host tensor.
pub fn gather(view: &View, bytes: &[u8], first: u64) -> Result<runtime::HostTensor, String> {
    let dtype = view
        .dtype
        .runtime()
        .ok_or_else(|| format!("outputs of type {} are not supported", view.dtype))?;
    let size = view.dtype.size() as usize;
    let n = view.elements() as usize;
    let e0 = view.byte_offset.konst + view.dtype.size() as i64 * view.offset.konst;
    let mut dense = vec![0u8; n * size];
    let rank = view.shape.len();
    let mut idx = vec![0u64; rank];
    for e in 0..n {
        let mut at = e0;
        for (i, s) in idx.iter().zip(&view.strides) {
            at += *i as i64 * s * size as i64;
        }
        let local = (at - first as i64) as usize;
        let src = bytes
            .get(local..local + size)
            .ok_or_else(|| format!("element {e} at byte {at} is outside the downloaded range"))?;
        dense[e * size..(e + 1) * size].copy_from_slice(src);
        for d in (0..rank).rev() {
            idx[d] += 1;
            if idx[d] < view.shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
    let shape: Vec<usize> = view.shape.iter().map(|&d| d as usize).collect();
    Ok(runtime::HostTensor::new(
        shape,
        runtime::TensorData::from_le_bytes(dtype, &dense),
    ))
}

/// The bytes `[lo, hi)` a top-level view (no loop variables) covers.
pub fn view_span(view: &View) -> (u64, u64) {
    let size = view.dtype.size() as i64;
    let e0 = view.byte_offset.konst + size * view.offset.konst;
    if view.elements() == 0 {
        return (e0.max(0) as u64, e0.max(0) as u64);
    }
    let (mut lo, mut hi) = (e0, e0 + size);
    for (&d, &s) in view.shape.iter().zip(&view.strides) {
        let span = (d as i64 - 1) * s * size;
        if span < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    (lo as u64, hi as u64)
}

/// Checks that host tensors fit the plan's inputs (count, type, shape).
pub fn check_inputs(plan: &HostPlan, inputs: &[runtime::HostTensor]) -> Result<(), String> {
    if inputs.len() != plan.inputs.len() {
        return Err(format!(
            "the plan takes {} inputs, {} were given",
            plan.inputs.len(),
            inputs.len()
        ));
    }
    for (i, (p, t)) in plan.inputs.iter().zip(inputs).enumerate() {
        let shape: Vec<u64> = t.shape.iter().map(|&d| d as u64).collect();
        // `HostTensor`'s fields are public: its data may not hold its shape's elements,
        // and the upload copies the data's bytes into a buffer of the plan's size.
        if t.data.len() != t.shape.iter().product::<usize>() {
            return Err(format!(
                "input {i}: {} elements of data for the shape {:?}",
                t.data.len(),
                t.shape
            ));
        }
        if p.dtype.runtime() != Some(t.dtype()) || p.shape != shape {
            return Err(format!(
                "input {i}: the plan wants {:?} of {}, given {}",
                p.shape,
                p.dtype,
                t.type_string()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
