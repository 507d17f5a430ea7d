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
use common::{autochunk, eval, int, modules_in, parse, root};
use ir::{Context, Module};
use melior::ExecutionEngine;
use runtime::HostTensor;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// The outlined module's kernels as CPU functions: `gpu.func @K(params) kernel {body
/// gpu.return}` in `gpu.module @M` becomes `func.func @M(params, grid x/y/z, block
/// x/y/z)` whose body runs in six loops (blocks z, y, x, threads z, y, x) that define
/// the `%block_id_*` / `%thread_id_*` values the body reads. Kernels with warp
/// shuffles or barriers (the row reductions) are run in passes instead
/// ([`replayed_kernel`]). Returns the module and the names of those kernels.
fn cpu_kernels(outlined: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    for l in outlined.lines().take_while(|l| !l.starts_with("module")) {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str("module {\n");
    let mut module: Option<String> = None;
    let mut kernel: Option<(String, Vec<String>)> = None;
    let mut replayed = Vec::new();
    for line in outlined.lines() {
        if let Some(rest) = line.strip_prefix("  gpu.module @") {
            module = Some(rest.trim_end_matches(" {").to_string());
            continue;
        }
        let Some(name) = &module else { continue };
        let t = line.trim();
        if line == "  }" {
            module = None;
        } else if t.starts_with("gpu.func @") {
            kernel = Some((line.to_string(), Vec::new()));
        } else if t == "gpu.return" {
            let (head, body) = kernel.take().unwrap();
            if body
                .iter()
                .any(|l| l.contains("gpu.shuffle") || l.contains("gpu.barrier"))
            {
                out.push_str(&replayed_kernel(name, &head, &body));
                replayed.push(name.clone());
            } else {
                out.push_str(&plain_kernel(name, &head, &body));
            }
        } else if let Some((_, body)) = &mut kernel {
            body.push(line.to_string());
        }
    }
    out.push_str("}\n");
    (out, replayed)
}

/// The parameters of a `gpu.func` line and its workgroup attributions (name, type).
fn kernel_signature(head: &str) -> (String, Vec<(String, String)>) {
    let group = |s: &str| -> (String, usize) {
        let mut depth = 0;
        for (i, c) in s.char_indices() {
            match c {
                '(' | '<' => depth += 1,
                ')' | '>' => {
                    depth -= 1;
                    if depth == 0 {
                        return (s[1..i].to_string(), i + 1);
                    }
                }
                _ => {}
            }
        }
        panic!("unbalanced: {s}")
    };
    let open = head.find('(').unwrap();
    let (params, end) = group(&head[open..]);
    let rest = &head[open + end..];
    let mut workgroup = Vec::new();
    if let Some(w) = rest.trim_start().strip_prefix("workgroup") {
        let (list, _) = group(w);
        for a in list.split("%").skip(1) {
            let (n, t) = a.split_once(" : ").unwrap();
            let t = t.trim().trim_end_matches(',').trim();
            workgroup.push((
                format!("%{n}"),
                t.replace(", #gpu.address_space<workgroup>", ""),
            ));
        }
    }
    (params, workgroup)
}

/// The CPU function's header and the six loops' shared start.
fn kernel_header(name: &str, params: &str) -> String {
    let sep = if params.is_empty() { "" } else { ", " };
    format!(
        "  func.func @{name}({params}{sep}%emu_gx: index, %emu_gy: index, %emu_gz: index, %emu_bx: index, %emu_by: index, %emu_bz: index) {{\n    %emu_c0 = arith.constant 0 : index\n    %emu_c1 = arith.constant 1 : index\n"
    )
}

const BLOCK_LOOPS: [(&str, &str); 3] = [
    ("%block_id_z", "%emu_gz"),
    ("%block_id_y", "%emu_gy"),
    ("%block_id_x", "%emu_gx"),
];
const THREAD_LOOPS: [(&str, &str); 3] = [
    ("%thread_id_z", "%emu_bz"),
    ("%thread_id_y", "%emu_by"),
    ("%thread_id_x", "%emu_bx"),
];

fn loops(out: &mut String, ivs: &[(&str, &str)]) {
    for (iv, n) in ivs {
        out.push_str(&format!(
            "    scf.for {iv} = %emu_c0 to {n} step %emu_c1 {{\n"
        ));
    }
}

/// A body line for the CPU: ids come from the loops, dimensions from the parameters.
fn cpu_line(line: &str) -> Option<String> {
    let t = line.trim();
    if t.contains("= gpu.block_id") || t.contains("= gpu.thread_id") {
        return None; // defined by the loops
    }
    if let Some((lhs, rhs)) = t.split_once(" = gpu.") {
        let (what, dim) = rhs.split_once("  ").unwrap();
        let src = match what {
            "block_dim" => format!("%emu_b{dim}"),
            "grid_dim" => format!("%emu_g{dim}"),
            other => panic!("kernel op gpu.{other}"),
        };
        return Some(format!("    {lhs} = arith.addi {src}, %emu_c0 : index"));
    }
    Some(line.to_string())
}

/// A kernel without collective ops: its body inside the six loops.
fn plain_kernel(name: &str, head: &str, body: &[String]) -> String {
    let (params, workgroup) = kernel_signature(head);
    assert!(
        workgroup.is_empty(),
        "{name}: workgroup memory without a barrier"
    );
    let mut out = kernel_header(name, &params);
    loops(&mut out, &BLOCK_LOOPS);
    loops(&mut out, &THREAD_LOOPS);
    for l in body {
        if let Some(l) = cpu_line(l) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out.push_str(&"    }\n".repeat(6));
    out.push_str("    return\n  }\n");
    out
}

/// A kernel with warp shuffles and barriers (a row reduction of `gpu/rows.rs`), run
/// by replay. Its body is cut at every top-level `gpu.shuffle` and `gpu.barrier` (a
/// shuffle or barrier inside a branch is refused); for each block, pass `k` runs every
/// thread (in order) through the body up to cut `k`: a shuffle cut stores each thread's
/// operand in an array `V`, and after the pass `S[t] = V[t xor offset]` (the xor
/// butterfly of a 32-lane warp, the block a whole number of warps: checked at the
/// launch); shuffles before the cut read their result from their `S`. A barrier cut
/// needs nothing more: every thread has run up to it before any thread runs past it.
/// The last pass runs the whole body. Each pass re-runs the body from its start, so
/// this is exact when everything before the last cut is deterministic and writes only
/// workgroup memory (re-written with the same values); global stores before the last
/// cut are refused. Workgroup memory is one stack buffer for all blocks (every block
/// writes what it reads after the barrier).
fn replayed_kernel(name: &str, head: &str, body: &[String]) -> String {
    let (params, workgroup) = kernel_signature(head);
    let top = body[0].len() - body[0].trim_start().len();
    let is_cut = |l: &str| l.contains("gpu.shuffle") || l.trim() == "gpu.barrier";
    let cuts: Vec<usize> = (0..body.len()).filter(|&i| is_cut(&body[i])).collect();
    for &c in &cuts {
        let indent = body[c].len() - body[c].trim_start().len();
        assert_eq!(
            indent, top,
            "{name}: a collective op in a branch: {}",
            body[c]
        );
    }
    let last = *cuts.last().unwrap();
    for l in &body[..last] {
        assert!(
            !l.contains("memref.store") || l.contains("#gpu.address_space<workgroup>"),
            "{name}: a global store before the last shuffle or barrier: {l}"
        );
    }
    // Shuffle k: `%s, %ok = gpu.shuffle  xor %v, %off, %w : f32` with %off an i32
    // constant of the body.
    let constant = |v: &str| -> i64 {
        let def = format!("{v} = arith.constant ");
        let l = body
            .iter()
            .find_map(|l| l.trim().strip_prefix(&def))
            .unwrap_or_else(|| panic!("{name}: {v} is not a constant"));
        l.split(" : ").next().unwrap().parse().unwrap()
    };
    struct Shuffle {
        result: String,
        valid: String,
        value: String,
        offset: i64,
    }
    let shuffle = |l: &str| -> Option<Shuffle> {
        let (lhs, rhs) = l.trim().split_once(" = gpu.shuffle  ")?;
        let (result, valid) = lhs.split_once(", ").unwrap();
        let args = rhs.strip_prefix("xor ").expect("xor shuffles only");
        let args: Vec<&str> = args.trim_end_matches(" : f32").split(", ").collect();
        assert_eq!(constant(args[2]), 32, "{name}: shuffle width");
        Some(Shuffle {
            result: result.into(),
            valid: valid.into(),
            value: args[0].into(),
            offset: constant(args[1]),
        })
    };
    let mut out = kernel_header(name, &params);
    for (n, t) in &workgroup {
        out.push_str(&format!("    {n} = memref.alloca() : {t}\n"));
    }
    for k in 0..cuts.len() {
        out.push_str(&format!(
            "    %emu_v{k} = memref.alloca() : memref<1024xf32>\n    %emu_s{k} = memref.alloca() : memref<1024xf32>\n"
        ));
    }
    loops(&mut out, &BLOCK_LOOPS);
    for pass in 0..=cuts.len() {
        let end = cuts.get(pass).copied().unwrap_or(body.len());
        loops(&mut out, &THREAD_LOOPS);
        for (i, l) in body[..end].iter().enumerate() {
            let l = l.replace(", #gpu.address_space<workgroup>", "");
            if let Some(k) = cuts.iter().position(|&c| c == i) {
                if let Some(s) = shuffle(&l) {
                    out.push_str(&format!(
                        "    {} = memref.load %emu_s{k}[%thread_id_x] : memref<1024xf32>\n    {} = arith.constant true\n",
                        s.result, s.valid
                    ));
                }
                continue;
            }
            if let Some(l) = cpu_line(&l) {
                out.push_str(&l);
                out.push('\n');
            }
        }
        if let Some(s) = cuts.get(pass).and_then(|&c| shuffle(&body[c])) {
            out.push_str(&format!(
                "    memref.store {}, %emu_v{pass}[%thread_id_x] : memref<1024xf32>\n",
                s.value
            ));
        }
        out.push_str(&"    }\n".repeat(3));
        if let Some(s) = cuts.get(pass).and_then(|&c| shuffle(&body[c])) {
            out.push_str(&format!(
                "    scf.for %emu_t = %emu_c0 to %emu_bx step %emu_c1 {{\n      %emu_off = arith.constant {} : index\n      %emu_p = arith.xori %emu_t, %emu_off : index\n      %emu_x = memref.load %emu_v{pass}[%emu_p] : memref<1024xf32>\n      memref.store %emu_x, %emu_s{pass}[%emu_t] : memref<1024xf32>\n    }}\n",
                s.offset
            ));
        }
    }
    out.push_str(&"    }\n".repeat(3));
    out.push_str("    return\n  }\n");
    out
}

fn bytes_of(t: &HostTensor) -> Vec<u8> {
    t.data.to_le_bytes()
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
    /// Kernels run by replay (warp shuffles): their blocks must be whole warps along x.
    replayed: Vec<String>,
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
        if self.replayed.iter().any(|k| k == kernel) {
            let block: Vec<i64> = s["block"].as_array().unwrap().iter().map(int).collect();
            assert!(
                block[0] % 32 == 0 && block[0] <= 1024 && block[1] == 1 && block[2] == 1,
                "{kernel}: block {block:?} is not whole warps along x"
            );
        }
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
    emulate_with(m, what, &mlir::gpu::GpuOptions::default())
}

/// [`emulate`] with `options`.
fn emulate_with(m: &Module, what: &str, options: &mlir::gpu::GpuOptions) -> f64 {
    let func = runtime::entry_function(m).unwrap();
    let inputs = runtime::io::random_inputs(m, func, 11).unwrap();
    let (_, reference) = runtime::run(m, func, &inputs).unwrap_or_else(|e| panic!("{what}: {e}"));
    let (outlined, plan) = mlir::gpu::emit_outlined_with(m, "sm_90", options)
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let plan: Value = serde_json::from_str(&plan).unwrap();
    let lowering = mlir::Lowering::new();
    let (text, replayed) = cpu_kernels(&outlined);
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
        replayed,
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
    for (name, m) in modules_in(&["examples"]) {
        emulate(&m, &name);
    }
}

#[test]
fn op_modules_on_the_emulated_gpu_match_the_reference() {
    for (name, m) in modules_in(&["lit-tests/Conversion", "lit-tests/Runtime/Inputs"]) {
        emulate(&m, &name);
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

const ROWS: mlir::gpu::GpuOptions = mlir::gpu::GpuOptions {
    row_reductions: true,
};

/// Row reductions (`GpuOptions::row_reductions`: one block per row, warp shuffles,
/// shared memory, a barrier), their kernels run by replay (`replayed_kernel`):
/// softmax, layer norm and `reduce_sum`/`max`/`mean` over rows of 1, 31, 100, 256 and
/// 1000 (one warp, several warps, a partial last warp, rows longer than the block),
/// the examples, the conversion lit modules (group norm among them) and runtime inputs, the test
/// programs (a reduction of every dimension: one block) and chunked programs (views
/// moving with the loop) match the reference runtime.
#[test]
fn row_reductions_on_the_emulated_gpu_match_the_reference() {
    for len in [1i64, 31, 100, 256, 1000] {
        let src = format!(
            r#"func.func @main(%x: tensor<2x3x{len}xf32>, %g: tensor<{len}xf32>, %b: tensor<{len}xf32>) -> (tensor<2x3x{len}xf32>, tensor<2x3x{len}xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x1xf32>) {{
  %0 = "nn.softmax"(%x) {{axis = -1}} : (tensor<2x3x{len}xf32>) -> tensor<2x3x{len}xf32>
  %1 = "nn.layer_norm"(%x, %g, %b) {{epsilon = 1.0e-5 : f32}} : (tensor<2x3x{len}xf32>, tensor<{len}xf32>, tensor<{len}xf32>) -> tensor<2x3x{len}xf32>
  %2 = "nn.reduce_sum"(%x) {{axes = [2]}} : (tensor<2x3x{len}xf32>) -> tensor<2x3xf32>
  %3 = "nn.reduce_max"(%x) {{axes = [-1]}} : (tensor<2x3x{len}xf32>) -> tensor<2x3xf32>
  %4 = "nn.reduce_mean"(%x) {{axes = [2], keepdims = true}} : (tensor<2x3x{len}xf32>) -> tensor<2x3x1xf32>
  func.return %0, %1, %2, %3, %4 : tensor<2x3x{len}xf32>, tensor<2x3x{len}xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3x1xf32>
}}
"#
        );
        emulate_with(
            &parse(&src, "rows.mlir"),
            &format!("row reductions over rows of {len}"),
            &ROWS,
        );
    }
    for (name, m) in modules_in(&[
        "examples",
        "lit-tests/Conversion",
        "lit-tests/Runtime/Inputs",
        "programs",
    ]) {
        emulate_with(&m, &format!("{name} with row reductions"), &ROWS);
    }
    for (f, budget) in [
        ("examples/evoformer-tri-tiny.mlir", "0.5"),
        ("examples/gpt-tiny-fused.mlir", "0.8"),
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let chunked = autochunk(&parse(&src, f), &format!("budget={budget}")).unwrap();
        let text = ir::print_module(&chunked, &Context::new(), ir::PrintOptions::default());
        emulate_with(
            &parse(&text, f),
            &format!("{f} at budget {budget} with row reductions"),
            &ROWS,
        );
    }
}
