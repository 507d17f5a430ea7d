// Every committed example runs on the reference runtime (random inputs, seed 0):
// the op count, the planned and live-bytes peaks (docs/models.md lists larger sizes),
// and the executor's measured peaks, which equal the plan. The numerics are checked
// against the numpy references by crates/models/tests/reference.rs.

// RUN: chunk-run %S/../../examples/gpt-tiny.mlir --json | FileCheck %s --check-prefix=GPT
// GPT: "live_peak_bytes": 7168,
// GPT: "loop_iterations": 0,
// GPT: "measured_live_peak_bytes": 7168,
// GPT: "measured_peak_bytes": 7168,
// GPT: "ops_executed": 75,
// GPT: "planned_peak_bytes": 7168,

// RUN: chunk-run %S/../../examples/gpt-tiny-fused.mlir --json | FileCheck %s --check-prefix=FUSED
// FUSED: "live_peak_bytes": 7168,
// FUSED: "loop_iterations": 0,
// FUSED: "measured_live_peak_bytes": 7168,
// FUSED: "measured_peak_bytes": 7168,
// FUSED: "ops_executed": 55,
// FUSED: "planned_peak_bytes": 7168,

// RUN: chunk-run %S/../../examples/vit-tiny.mlir --json | FileCheck %s --check-prefix=VIT
// VIT: "live_peak_bytes": 4480,
// VIT: "loop_iterations": 0,
// VIT: "measured_live_peak_bytes": 4480,
// VIT: "measured_peak_bytes": 4480,
// VIT: "ops_executed": 38,
// VIT: "planned_peak_bytes": 4480,

// RUN: chunk-run %S/../../examples/evoformer-tiny.mlir --json | FileCheck %s --check-prefix=EVO
// EVO: "live_peak_bytes": 20480,
// EVO: "loop_iterations": 0,
// EVO: "measured_live_peak_bytes": 20480,
// EVO: "measured_peak_bytes": 20480,
// EVO: "ops_executed": 195,
// EVO: "planned_peak_bytes": 20480,

// RUN: chunk-run %S/../../examples/evoformer-tri-tiny.mlir --json | FileCheck %s --check-prefix=TRI
// TRI: "live_peak_bytes": 36864,
// TRI: "loop_iterations": 0,
// TRI: "measured_live_peak_bytes": 36864,
// TRI: "measured_peak_bytes": 36864,
// TRI: "ops_executed": 37,
// TRI: "planned_peak_bytes": 36864,

// RUN: chunk-run %S/../../examples/unet-tiny.mlir --json | FileCheck %s --check-prefix=UNET
// UNET: "live_peak_bytes": 20608,
// UNET: "loop_iterations": 0,
// UNET: "measured_live_peak_bytes": 20608,
// UNET: "measured_peak_bytes": 20608,
// UNET: "ops_executed": 229,
// UNET: "planned_peak_bytes": 20608,
