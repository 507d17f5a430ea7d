//! The CUDA backend: runs what `chunk-translate --emit=ptx` writes (PTX kernels and
//! the host plan, `docs/host-plan.md`) on an NVIDIA GPU, with every activation in one
//! device arena laid out by the static plan and GEMMs on cuBLAS. See `docs/cuda.md`.
//!
//! - [`plan`]: the host plan's types, validation and resolution into commands
//!   (plain CPU code, tested without a GPU).
//! - [`device`]: the driver side (cudarc, loaded at run time: it builds without
//!   CUDA, and a machine without a driver or device gets [`device::Error::NoDevice`]).
pub mod device;
pub mod plan;

pub use device::{open, DeviceInfo, DeviceMemory, Error, Options, Program};
pub use plan::{HostPlan, PlanError};
