//! The GPU route run on the CPU: every kernel of `--emit=ptx` (taken before NVVM,
//! from `mlir::gpu::emit_outlined`) becomes a CPU function that loops over its grid
//! and block, compiled by MLIR's ExecutionEngine; the host plan is executed around
//! them exactly as a GPU runtime would (one arena, scratch, constants, chunk loops
//! with their variables, kernel parameters laid out from the views, GEMM steps as
//! plain loops over their views). The outputs must match the reference runtime
//! (max relative error <= 1e-4). This checks what the static checks of `ptx.rs`
//! cannot: that the views, offsets, GEMM decompositions, folded fills, thread
//! mappings and loop permutations compute the model. Not covered: the PTX itself and
//! the inlined math (`gpu.rs` tests that apart).
mod common;
use common::{autochunk, eval, int, parse, root};
use ir::{Context, Module};
use melior::ExecutionEngine;
use runtime::{HostTensor, TensorData};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// The outlined module's kernels as CPU functions: `gpu.func @K(params) kernel {body
/// gpu.return}` in `gpu.module @M` becomes `func.func @M(params, grid x/y/z, block
/// x/y/z)` whose body runs in six loops (blocks z, y, x, threads z, y, x) that define
/// the `%block_id_*` / `%thread_id_*` values the body reads.
fn cpu_kernels(outlined: &str) -> String {
    let mut out = String::new();
    for l in outlined.lines().take_while(|l| !l.starts_with("module")) {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str("module {\n");
    let mut module: Option<String> = None;
    for line in outlined.lines() {
        if let Some(rest) = line.strip_prefix("  gpu.module @") {
            module = Some(rest.trim_end_matches(" {").to_string());
            continue;
        }
        let Some(name) = &module else { continue };
        let t = line.trim();
        if line == "  }" {
            module = None;
        } else if let Some(rest) = t.strip_prefix("gpu.func @") {
            let params = &rest[rest.find('(').unwrap() + 1..rest.find(") kernel").unwrap()];
            let sep = if params.is_empty() { "" } else { ", " };
            out.push_str(&format!(
                "  func.func @{name}({params}{sep}%emu_gx: index, %emu_gy: index, %emu_gz: index, %emu_bx: index, %emu_by: index, %emu_bz: index) {{\n    %emu_c0 = arith.constant 0 : index\n    %emu_c1 = arith.constant 1 : index\n"
            ));
            for (iv, n) in [
                ("%block_id_z", "%emu_gz"),
                ("%block_id_y", "%emu_gy"),
                ("%block_id_x", "%emu_gx"),
                ("%thread_id_z", "%emu_bz"),
                ("%thread_id_y", "%emu_by"),
                ("%thread_id_x", "%emu_bx"),
            ] {
                out.push_str(&format!(
                    "    scf.for {iv} = %emu_c0 to {n} step %emu_c1 {{\n"
                ));
            }
        } else if t == "gpu.return" {
            out.push_str(&"    }\n".repeat(6));
            out.push_str("    return\n");
        } else if t.contains("= gpu.block_id") || t.contains("= gpu.thread_id") {
            // Defined by the loops.
        } else if let Some((lhs, rhs)) = t.split_once(" = gpu.") {
            let (what, dim) = rhs.split_once("  ").unwrap();
            let src = match what {
                "block_dim" => format!("%emu_b{dim}"),
                "grid_dim" => format!("%emu_g{dim}"),
                other => panic!("kernel op gpu.{other}"),
            };
            out.push_str(&format!("    {lhs} = arith.addi {src}, %emu_c0 : index\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str("}\n");
    out
}

fn bytes_of(t: &HostTensor) -> Vec<u8> {
    match &t.data {
        TensorData::F32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        TensorData::I32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        TensorData::I64(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        TensorData::I1(v) => v.clone(),
    }
}

/// A device buffer: 8-byte aligned bytes.
struct Buffer(Vec<u64>);

impl Buffer {
    fn new(bytes: usize) -> Buffer {
        Buffer(vec![0; bytes.div_ceil(8).max(1)])
    }
    fn ptr(&mut self) -> *mut u8 {
        self.0.as_mut_ptr().cast()
    }
}

struct Emulator<'a> {
    plan: &'a Value,
    engine: &'a ExecutionEngine,
    arena: Buffer,
    scratch: Buffer,
    inputs: Vec<Buffer>,
    constants: Vec<Buffer>,
}

impl Emulator<'_> {
    fn base(&mut self, b: &Value) -> *mut u8 {
        match b {
            Value::String(s) if s == "arena" => self.arena.ptr(),
            Value::String(s) if s == "scratch" => self.scratch.ptr(),
            Value::Object(o) if o.contains_key("input") => {
                self.inputs[int(&o["input"]) as usize].ptr()
            }
            Value::Object(o) if o.contains_key("constant") => {
                self.constants[int(&o["constant"]) as usize].ptr()
            }
            b => panic!("base {b}"),
        }
    }

    /// The address of element `idx` of view `v`.
    fn at(&mut self, v: &Value, vars: &HashMap<i64, i64>, idx: &[i64]) -> *mut u8 {
        let es = match v["dtype"].as_str().unwrap() {
            "f32" | "i32" => 4,
            "f64" | "i64" => 8,
            _ => 1,
        };
        let mut e = eval(&v["offset"], vars);
        for (i, s) in idx.iter().zip(v["strides"].as_array().unwrap()) {
            e += i * int(s);
        }
        let base = self.base(&v["base"]);
        // SAFETY: ptx.rs checks every view in bounds of its base.
        unsafe { base.offset((eval(&v["byte_offset"], vars) + e * es) as isize) }
    }

    fn launch(&mut self, s: &Value, vars: &HashMap<i64, i64>) {
        let mut slots: Vec<[u8; 8]> = Vec::new();
        for a in s["args"].as_array().unwrap() {
            if let Some(v) = a.get("memref") {
                let base = self.base(&v["base"]) as i64;
                slots.push(base.to_le_bytes());
                slots.push((base + eval(&v["byte_offset"], vars)).to_le_bytes());
                slots.push(eval(&v["offset"], vars).to_le_bytes());
                for x in v["shape"].as_array().unwrap() {
                    slots.push(int(x).to_le_bytes());
                }
                for x in v["strides"].as_array().unwrap() {
                    slots.push(int(x).to_le_bytes());
                }
            } else if let Some(e) = a.get("index") {
                slots.push(eval(e, vars).to_le_bytes());
            } else if let Some(x) = a.get("i64") {
                slots.push(int(x).to_le_bytes());
            } else if let Some(x) = a.get("i32") {
                let mut b = [0u8; 8];
                b[..4].copy_from_slice(&(int(x) as i32).to_le_bytes());
                slots.push(b);
            } else if let Some(x) = a.get("f32") {
                let mut b = [0u8; 8];
                b[..4].copy_from_slice(&(x.as_f64().unwrap() as f32).to_le_bytes());
                slots.push(b);
            } else {
                panic!("argument {a}");
            }
        }
        for key in ["grid", "block"] {
            for x in s[key].as_array().unwrap() {
                slots.push(int(x).to_le_bytes());
            }
        }
        let mut ptrs: Vec<*mut ()> = slots.iter_mut().map(|b| b.as_mut_ptr().cast()).collect();
        let kernel = s["kernel"].as_str().unwrap();
        // The engine's packed wrapper of the function itself (melior's invoke_packed
        // calls the `_mlir_ciface_` one, which takes descriptors by pointer).
        let f = self.engine.lookup(&format!("_mlir_{kernel}"));
        assert!(!f.is_null(), "{kernel} was not compiled");
        // SAFETY: `_mlir_<name>` takes an array of pointers to its LLVM parameters, and
        // the slots are laid out as the kernel's expanded parameters.
        unsafe {
            let f: extern "C" fn(*mut *mut ()) = std::mem::transmute(f);
            f(ptrs.as_mut_ptr());
        }
    }

    fn gemm(&mut self, s: &Value, vars: &HashMap<i64, i64>) {
        let (b, m, n, k) = (int(&s["batch"]), int(&s["m"]), int(&s["n"]), int(&s["k"]));
        // Each operand as its element 0 and [batch, row, col] strides in elements.
        let mut mat = |v: &Value| {
            let p = self.at(v, vars, &vec![0; v["strides"].as_array().unwrap().len()]);
            let st: Vec<i64> = v["strides"].as_array().unwrap().iter().map(int).collect();
            let st = if b == 1 {
                [0, st[0], st[1]]
            } else {
                [st[0], st[1], st[2]]
            };
            (p.cast::<f32>(), st)
        };
        let ((pa, sa), (pb, sb), (pc, sc)) = (mat(&s["a"]), mat(&s["b"]), mat(&s["c"]));
        let at = |p: *mut f32, st: [i64; 3], x: i64, y: i64, z: i64| {
            // SAFETY: f32 views in bounds of their bases (checked by ptx.rs).
            unsafe { p.offset((x * st[0] + y * st[1] + z * st[2]) as isize) }
        };
        for p in 0..b {
            for i in 0..m {
                for j in 0..n {
                    let c = at(pc, sc, p, i, j);
                    // SAFETY: as above.
                    unsafe {
                        let mut acc = if s["accumulate"] == true { *c } else { 0.0 };
                        for q in 0..k {
                            acc += *at(pa, sa, p, i, q) * *at(pb, sb, p, q, j);
                        }
                        *c = acc;
                    }
                }
            }
        }
    }

    fn steps(&mut self, steps: &[Value], mut i: usize, vars: &mut HashMap<i64, i64>) -> usize {
        while i < steps.len() {
            let s = &steps[i];
            match s["op"].as_str().unwrap() {
                "loop" => {
                    let (var, extent, step) = (int(&s["var"]), int(&s["extent"]), int(&s["step"]));
                    let mut end = i + 1;
                    for k in 0..(extent + step - 1) / step {
                        vars.insert(var, (k * step).min(extent - step));
                        end = self.steps(steps, i + 1, vars);
                    }
                    vars.remove(&var);
                    i = end;
                    continue;
                }
                "end_loop" => return i + 1,
                "launch" => self.launch(s, vars),
                "gemm" => self.gemm(s, vars),
                op => panic!("step {op}"),
            }
            i += 1;
        }
        i
    }

    /// Output `o` as f64 values, row-major.
    fn output(&mut self, o: &Value) -> Vec<f64> {
        let v = &o["view"];
        let shape: Vec<i64> = v["shape"].as_array().unwrap().iter().map(int).collect();
        let count: i64 = shape.iter().product();
        let none = HashMap::new();
        let mut out = Vec::with_capacity(count as usize);
        for flat in 0..count {
            let mut idx = vec![0; shape.len()];
            let mut r = flat;
            for d in (0..shape.len()).rev() {
                idx[d] = r % shape[d];
                r /= shape[d];
            }
            let p = self.at(v, &none, &idx);
            // SAFETY: in bounds; the dtype says how to read it.
            out.push(unsafe {
                match v["dtype"].as_str().unwrap() {
                    "f32" => f64::from(*p.cast::<f32>()),
                    "i32" => f64::from(*p.cast::<i32>()),
                    "i64" => *p.cast::<i64>() as f64,
                    _ => f64::from(*p),
                }
            });
        }
        out
    }
}

/// Runs `m` through the GPU route on the CPU; the max relative error against the
/// reference runtime (per output: max |a - r| / max |r|).
fn emulate(m: &Module, what: &str) -> f64 {
    let func = runtime::entry_function(m).unwrap();
    let inputs = runtime::io::random_inputs(m, func, 11).unwrap();
    let (_, reference) = runtime::run(m, func, &inputs).unwrap_or_else(|e| panic!("{what}: {e}"));
    let (outlined, plan) =
        mlir::gpu::emit_outlined(m, "sm_90").unwrap_or_else(|e| panic!("{what}: {e}"));
    let plan: Value = serde_json::from_str(&plan).unwrap();
    let lowering = mlir::Lowering::new();
    let text = cpu_kernels(&outlined);
    let mut module = lowering
        .parse(&text)
        .unwrap_or_else(|e| panic!("{what}: {e}\n{text}"));
    mlir::pipeline::run(
        &lowering,
        &mut module,
        "emulation",
        &mlir::pipeline::cpu_to_llvm_pipeline(),
    )
    .unwrap_or_else(|e| panic!("{what}: {e}"));
    let engine = ExecutionEngine::new(&module, 0, &[], false);
    let constants = plan["constants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let hex = c["hex"].as_str().unwrap();
            let mut b = Buffer::new(hex.len() / 2);
            for (i, ch) in hex.as_bytes().chunks(2).enumerate() {
                let byte = u8::from_str_radix(std::str::from_utf8(ch).unwrap(), 16).unwrap();
                // SAFETY: within the buffer's hex.len() / 2 bytes.
                unsafe { *b.ptr().add(i) = byte };
            }
            b
        })
        .collect();
    let input_buffers = inputs
        .iter()
        .map(|t| {
            let bytes = bytes_of(t);
            let mut b = Buffer::new(bytes.len());
            // SAFETY: the buffer holds at least bytes.len() bytes.
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), b.ptr(), bytes.len()) };
            b
        })
        .collect();
    let mut emu = Emulator {
        plan: &plan,
        engine: &engine,
        arena: Buffer::new(int(&plan["arena_bytes"]) as usize),
        scratch: Buffer::new(int(&plan["scratch_bytes"]) as usize),
        inputs: input_buffers,
        constants,
    };
    let steps = emu.plan["steps"].as_array().unwrap().clone();
    emu.steps(&steps, 0, &mut HashMap::new());
    let mut worst = 0f64;
    for (o, r) in plan["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&reference.outputs)
    {
        let got = emu.output(o);
        let want = r.data.to_f64();
        assert_eq!(got.len(), want.len(), "{what}");
        let scale = want
            .iter()
            .fold(0f64, |a, x| a.max(x.abs()))
            .max(f64::MIN_POSITIVE);
        let diff = got.iter().zip(&want).fold(
            0f64,
            |a, (x, y)| if x == y { a } else { a.max((x - y).abs()) },
        );
        worst = worst.max(diff / scale);
    }
    assert!(worst <= 1e-4, "{what}: max relative error {worst:e}");
    eprintln!("{what}: max relative error {worst:e}");
    worst
}

#[test]
fn examples_on_the_emulated_gpu_match_the_reference() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        emulate(&parse(&std::fs::read_to_string(&f).unwrap(), &name), &name);
    }
}

#[test]
fn op_modules_on_the_emulated_gpu_match_the_reference() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("lit-tests/Conversion"))
        .unwrap()
        .chain(std::fs::read_dir(root().join("lit-tests/Runtime/Inputs")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .filter(|p| !p.ends_with("errors.mlir"))
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        emulate(&parse(&std::fs::read_to_string(&f).unwrap(), &name), &name);
    }
}

#[test]
fn chunked_programs_on_the_emulated_gpu_match_the_reference() {
    let lit = std::fs::read_to_string(root().join("lit-tests/Target/ptx.mlir")).unwrap();
    emulate(&parse(&lit, "ptx.mlir"), "lit-tests/Target/ptx.mlir");
    for (f, budget) in [
        ("lit-tests/Autochunk/autochunk.mlir", "0.5"),
        ("examples/evoformer-tri-tiny.mlir", "0.5"),
        ("examples/gpt-tiny-fused.mlir", "0.8"),
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let chunked = autochunk(&parse(&src, f), &format!("budget={budget}")).unwrap();
        let text = ir::print_module(&chunked, &Context::new(), ir::PrintOptions::default());
        emulate(&parse(&text, f), &format!("{f} at budget {budget}"));
    }
}

/// The programs of `tests/programs` (shared with `ptx.rs`): nested chunk loops with
/// the offset read as data, attention in blocks of query rows, reductions over a
/// middle axis and of every dimension, a rank-5 transpose, a lone GEMM.
#[test]
fn test_programs_on_the_emulated_gpu_match_the_reference() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs"));
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    files.sort();
    assert!(files.len() >= 6);
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        emulate(&parse(&std::fs::read_to_string(&f).unwrap(), &name), &name);
    }
}
