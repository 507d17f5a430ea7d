//! Pass infrastructure.
//!
//! - [`Pass`]: one transformation of a [`Module`].
//! - [`PassDef`]: a pass's declaration (name, title, summary, description, options and
//!   a constructor). Each pass submits its definition with `inventory::submit!` in its
//!   own file; [`registered_passes`] and [`lookup`] see every pass linked into the
//!   program. There is no central list to edit.
//! - [`PassOptions`]: `key=value` options checked against the pass's declared options.
//! - [`parse_pipeline`]: mlir-opt style pipeline strings,
//!   `builtin.module(canonicalize,cse,inline{max-iterations=3},func.func(cse))`.
//! - [`PassManager`]: runs passes in order, optionally verifying after each pass,
//!   dumping the IR before/after each pass with MLIR's headers, and timing each pass.
use ir::{Context, DiagResult, Module};

mod manager;
mod options;
mod pipeline;

pub use manager::PassManager;
pub use options::{OptionError, PassOptions};
pub use pipeline::{parse_pipeline, PipelineEntry, PipelineError};

/// Re-exported so pass files can register with `pass::inventory::submit!`.
pub use inventory;

/// One transformation of a module.
pub trait Pass {
    /// Transforms `module` in place. An error aborts the pipeline.
    fn run(&mut self, module: &mut Module, context: &Context) -> DiagResult<()>;

    /// The pass's counters so far (summed over every run of this instance), for
    /// `--mlir-pass-statistics`. Most passes count nothing.
    fn statistics(&self) -> Vec<Statistic> {
        Vec::new()
    }
}

/// One counter a pass reports: `(S) 3 regions-found - Chunk regions the search found`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statistic {
    pub name: &'static str,
    pub description: &'static str,
    pub value: u64,
}

impl Statistic {
    pub fn new(name: &'static str, description: &'static str, value: u64) -> Self {
        Statistic {
            name,
            description,
            value,
        }
    }
}

/// One option a pass accepts, with its default value written as it would be on the
/// command line.
#[derive(Debug)]
pub struct PassOptionDef {
    pub name: &'static str,
    pub summary: &'static str,
    pub default: &'static str,
}

/// A pass's declaration, submitted once with `inventory::submit!` next to the pass.
pub struct PassDef {
    /// Command-line and pipeline name, e.g. `cse` (`--cse`, `builtin.module(cse)`).
    pub name: &'static str,
    /// Display name used in IR dump headers and timing reports, e.g. `CSE`.
    pub title: &'static str,
    /// One line for `--help`.
    pub summary: &'static str,
    /// Longer description for the documentation.
    pub description: &'static str,
    pub options: &'static [PassOptionDef],
    /// The pass needs the whole module (it follows calls or erases symbols), so it
    /// cannot be nested under `func.func(...)`, where it would see one function.
    pub module_only: bool,
    /// Builds the pass from checked options; an `Err` says which option is bad and why.
    pub create: fn(&PassOptions) -> Result<Box<dyn Pass>, OptionError>,
}

impl PassDef {
    /// The declared option called `name`.
    pub fn option(&self, name: &str) -> Option<&'static PassOptionDef> {
        self.options.iter().find(|o| o.name == name)
    }
}

impl std::fmt::Debug for PassDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassDef")
            .field("name", &self.name)
            .field("options", &self.options)
            .finish()
    }
}

inventory::collect!(PassDef);

/// Every pass linked into this program, sorted by name.
pub fn registered_passes() -> Vec<&'static PassDef> {
    let mut v: Vec<&'static PassDef> = inventory::iter::<PassDef>.into_iter().collect();
    v.sort_by_key(|d| d.name);
    v
}

/// The registered pass called `name`.
pub fn lookup(name: &str) -> Option<&'static PassDef> {
    inventory::iter::<PassDef>
        .into_iter()
        .find(|d| d.name == name)
}
