//! The MLIR CPU backend against the reference runtime: same outputs (max relative
//! error <= 1e-4) on seeded random inputs, for the conversion lit tests, the runtime
//! inputs, the example models that use only lowered ops, and chunk.for loops with
//! partial last chunks, offsets, several results and nesting.
mod common;
use common::{autochunk, max_rel_error, parse, root};
use ir::Context;
use runtime::HostTensor;

fn check(src: &str, file: &str) -> f64 {
    let m = parse(src, file);
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 7).unwrap();
    let (plan, reference) =
        runtime::run(&m, func, &inputs).unwrap_or_else(|e| panic!("{file}: {e}"));
    let compiled = mlir::jit::Compiled::new(&m, 2).unwrap_or_else(|e| panic!("{file}: {e}"));
    // The compiled code's activations are the runtime's arena, allocated once.
    assert_eq!(compiled.arena_bytes(), Some(plan.arena_size), "{file}");
    let outputs = compiled
        .run(&inputs)
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    let err = max_rel_error(&reference.outputs, &outputs);
    assert!(err <= 1e-4, "{file}: max relative error {err:e}");
    err
}

/// The arena is reused across calls (same outputs the second time); without the arena
/// the compiled code still matches.
#[test]
fn arena_is_reused_and_optional() {
    let file = root().join("lit-tests/Runtime/chunk-for.mlir");
    let src = std::fs::read_to_string(&file).unwrap();
    let m = parse(&src, "chunk-for.mlir");
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 3).unwrap();
    let (_, reference) = runtime::run(&m, func, &inputs).unwrap();
    let arena = mlir::jit::Compiled::new(&m, 0).unwrap();
    let first = arena.run(&inputs).unwrap();
    let other = runtime::io::random_inputs(&m, func, 4).unwrap();
    arena.run(&other).unwrap();
    let again = arena.run(&inputs).unwrap();
    assert!(max_rel_error(&reference.outputs, &first) <= 1e-4);
    assert_eq!(first[0].data.to_f64(), again[0].data.to_f64());
    let plain = mlir::jit::Compiled::with_arena(&m, 0, false).unwrap();
    assert_eq!(plain.arena_bytes(), None);
    assert!(max_rel_error(&reference.outputs, &plain.run(&inputs).unwrap()) <= 1e-4);
}

/// In arena mode, models made of elementwise ops, matmuls, embeddings, reshapes and
/// chunk loops allocate nothing: no `malloc` in the LLVM dialect.
#[test]
fn arena_leaves_no_malloc() {
    for f in [
        "lit-tests/Runtime/Inputs/mlp.mlir",
        "lit-tests/Runtime/Inputs/embedding.mlir",
        "lit-tests/Runtime/chunk-for.mlir",
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let m = parse(&src, f);
        let lowering = mlir::Lowering::new();
        let options = mlir::ConvertOptions {
            c_interface: true,
            arena: true,
        };
        let mut module = lowering.convert(&m, &options).unwrap();
        lowering.to_llvm_dialect(&mut module).unwrap();
        let text = module.as_operation().to_string();
        assert!(!text.contains("llvm.call @malloc"), "{f}: {text}");
    }
}

#[test]
fn files_match_the_reference_runtime() {
    let files = [
        "lit-tests/Conversion/chunk-for.mlir",
        "lit-tests/Conversion/elementwise.mlir",
        "lit-tests/Conversion/contraction.mlir",
        "lit-tests/Conversion/reduce-norm.mlir",
        "lit-tests/Conversion/movement.mlir",
        "lit-tests/Conversion/conv-pool.mlir",
        "lit-tests/Conversion/attention-norm.mlir",
        "lit-tests/Runtime/Inputs/mlp.mlir",
        "lit-tests/Runtime/Inputs/embedding.mlir",
        "examples/gpt-tiny.mlir",
        "examples/evoformer-tiny.mlir",
        "examples/evoformer-tri-tiny.mlir",
        "examples/gpt-tiny-fused.mlir",
        "examples/vit-tiny.mlir",
        "examples/unet-tiny.mlir",
    ];
    for f in files {
        let path = root().join(f);
        let src = std::fs::read_to_string(&path).unwrap();
        let err = check(&src, f);
        eprintln!("{f}: max relative error {err:e}");
    }
}

/// A chunk.for whose body reads its offset (a causal mask from iota + offset), yields
/// two results along different dims, and holds a nested loop; steps that do not divide
/// the extent, so the last chunk is the shifted window.
#[test]
fn chunk_for_offsets_several_results_and_nesting() {
    let src = r#"
func.func @main(%x: tensor<10x6xf32>, %w: tensor<6x6xf32>) -> (tensor<10x6xf32>, tensor<6x10xf32>) {
  %r:2 = "chunk.for"(%x, %w) <{extent = 10 : i64, step = 3 : i64, operand_dims = array<i64: 0, -1>, result_dims = array<i64: 0, 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<3x6xf32>, %ww: tensor<6x6xf32>):
    %rows = "nn.iota"() {dimension = 0} : () -> tensor<3x6xi64>
    %cols = "nn.iota"() {dimension = 1} : () -> tensor<3x6xi64>
    %grow = "nn.add"(%rows, %off) : (tensor<3x6xi64>, tensor<i64>) -> tensor<3x6xi64>
    %mask = "nn.compare"(%cols, %grow) {direction = "LE"} : (tensor<3x6xi64>, tensor<3x6xi64>) -> tensor<3x6xi1>
    %m = "nn.matmul"(%xs, %ww) : (tensor<3x6xf32>, tensor<6x6xf32>) -> tensor<3x6xf32>
    %z = "nn.constant"() {value = dense<-1.0e9> : tensor<f32>} : () -> tensor<f32>
    %s = "nn.select"(%mask, %m, %z) : (tensor<3x6xi1>, tensor<3x6xf32>, tensor<f32>) -> tensor<3x6xf32>
    %p = "nn.softmax"(%s) {axis = -1} : (tensor<3x6xf32>) -> tensor<3x6xf32>
    %inner = "chunk.for"(%p) <{extent = 6 : i64, step = 4 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 1>}> ({
    ^bb1(%o2: tensor<i64>, %ps: tensor<3x4xf32>):
      %e = "nn.exp"(%ps) : (tensor<3x4xf32>) -> tensor<3x4xf32>
      "chunk.yield"(%e) : (tensor<3x4xf32>) -> ()
    }) : (tensor<3x6xf32>) -> tensor<3x6xf32>
    %t = "nn.transpose"(%inner) {permutation = [1, 0]} : (tensor<3x6xf32>) -> tensor<6x3xf32>
    "chunk.yield"(%p, %t) : (tensor<3x6xf32>, tensor<6x3xf32>) -> ()
  }) : (tensor<10x6xf32>, tensor<6x6xf32>) -> (tensor<10x6xf32>, tensor<6x10xf32>)
  func.return %r#0, %r#1 : tensor<10x6xf32>, tensor<6x10xf32>
}
"#;
    let err = check(src, "chunk-for.mlir");
    eprintln!("chunk.for with offsets, two results and nesting: max relative error {err:e}");
}

/// Views that take over their operand's arena buffer (a reshape of a value used
/// nowhere else): the lowering reads the operand's bytes under the new shape and
/// materialises nothing for the view.
#[test]
fn views_share_their_operands_arena_buffer() {
    let src = r#"
func.func @main(%x: tensor<2x8x16xf32>, %w: tensor<16x4xf32>) -> tensor<2x8x4xf32> {
  %e = "nn.exp"(%x) : (tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %flat = "nn.reshape"(%e) : (tensor<2x8x16xf32>) -> tensor<16x16xf32>
  %y = "nn.matmul"(%flat, %w) : (tensor<16x16xf32>, tensor<16x4xf32>) -> tensor<16x4xf32>
  %t = "nn.tanh"(%y) : (tensor<16x4xf32>) -> tensor<16x4xf32>
  %back = "nn.reshape"(%t) : (tensor<16x4xf32>) -> tensor<2x8x4xf32>
  func.return %back : tensor<2x8x4xf32>
}
"#;
    let err = check(src, "views.mlir");
    eprintln!("views: max relative error {err:e}");
}

/// A loop over a batch of 4 that reads and writes `[B*L, D]` views (3 rows per unit
/// of the extent): the lowering slices them in blocks at `3·offset`.
#[test]
fn chunk_for_slices_multiples_of_the_extent_in_blocks() {
    let file = "lit-tests/Runtime/chunk-for-blocks.mlir";
    let src = std::fs::read_to_string(root().join(file)).unwrap();
    let err = check(&src, file);
    eprintln!("chunk.for in blocks: max relative error {err:e}");
}

/// Models chunked by autochunk under budgets: the compiled chunk loops give the
/// reference runtime's outputs.
#[test]
fn autochunked_models_match_the_reference_runtime() {
    let _ = autochunk::CRATE;
    let usual: &[&str] = &["0.7", "0.5", "0.3"];
    for (f, budgets) in [
        ("lit-tests/Autochunk/autochunk.mlir", usual),
        ("lit-tests/Autochunk/autochunk-nested.mlir", usual),
        ("examples/evoformer-tri-tiny.mlir", usual),
        ("examples/evoformer-tiny.mlir", usual),
        // Fused attention, and ViT's conv patch embedding: chunkable at 0.8.
        ("examples/gpt-tiny-fused.mlir", &["0.8"]),
        ("examples/vit-tiny.mlir", &["0.8"]),
    ] {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let m = parse(&src, f);
        let mut tested = 0;
        for &budget in budgets {
            let Some(chunked) = autochunk(&m, &format!("budget={budget}")) else {
                eprintln!("{f}: budget {budget} is infeasible");
                continue;
            };
            tested += 1;
            let mut loops = 0;
            for op in chunked.all_ops() {
                loops += usize::from(chunked.name(op) == "chunk.for");
            }
            assert!(loops > 0, "{f} at budget {budget}: no chunk.for");
            let text = ir::print_module(&chunked, &Context::new(), ir::PrintOptions::default());
            let err = check(&text, f);
            eprintln!("{f} at budget {budget}: {loops} loops, max relative error {err:e}");
        }
        assert!(tested > 0, "{f}: no budget was feasible");
    }
}

/// f32 contractions go to the packed GEMM (`mlir::gemm`): non-square, a batch
/// folded into M, equal batches, broadcast batches, an operand sliced with a column
/// stride (a strided subview without the arena), a transposed one, a chunk loop over
/// the columns of B (strided B and C per chunk, a partial last chunk), a
/// `dot_general` with two contracting dims, with and without the arena; an integer
/// matmul keeps its loops.
#[test]
fn contractions_call_the_packed_gemm() {
    let src = r#"
func.func @main(%a: tensor<13x20xf32>, %b: tensor<10x7xf32>, %x: tensor<5x3x10xf32>, %p: tensor<2x3x5x9xf32>, %q: tensor<2x3x9x4xf32>, %t: tensor<7x10xf32>, %w: tensor<10x11xf32>, %i: tensor<3x4xi32>, %j: tensor<4x5xi32>, %r: tensor<1x3x9x4xf32>, %g: tensor<4x6x3xf32>, %h: tensor<3x5x4xf32>) -> (tensor<13x7xf32>, tensor<5x3x7xf32>, tensor<2x3x5x4xf32>, tensor<13x7xf32>, tensor<13x11xf32>, tensor<3x5xi32>, tensor<2x3x5x4xf32>, tensor<6x5xf32>) {
  %as = "nn.slice"(%a) {start_indices = [0, 1], limit_indices = [13, 20], strides = [1, 2]} : (tensor<13x20xf32>) -> tensor<13x10xf32>
  %0 = "nn.matmul"(%as, %b) : (tensor<13x10xf32>, tensor<10x7xf32>) -> tensor<13x7xf32>
  %1 = "nn.matmul"(%x, %b) : (tensor<5x3x10xf32>, tensor<10x7xf32>) -> tensor<5x3x7xf32>
  %2 = "nn.matmul"(%p, %q) : (tensor<2x3x5x9xf32>, tensor<2x3x9x4xf32>) -> tensor<2x3x5x4xf32>
  %tt = "nn.transpose"(%t) {permutation = [1, 0]} : (tensor<7x10xf32>) -> tensor<10x7xf32>
  %3 = "nn.matmul"(%as, %tt) : (tensor<13x10xf32>, tensor<10x7xf32>) -> tensor<13x7xf32>
  %4 = "chunk.for"(%as, %w) <{extent = 11 : i64, step = 4 : i64, operand_dims = array<i64: -1, 1>, result_dims = array<i64: 1>}> ({
  ^bb0(%off: tensor<i64>, %aa: tensor<13x10xf32>, %ws: tensor<10x4xf32>):
    %m = "nn.matmul"(%aa, %ws) : (tensor<13x10xf32>, tensor<10x4xf32>) -> tensor<13x4xf32>
    "chunk.yield"(%m) : (tensor<13x4xf32>) -> ()
  }) : (tensor<13x10xf32>, tensor<10x11xf32>) -> tensor<13x11xf32>
  %5 = "nn.matmul"(%i, %j) : (tensor<3x4xi32>, tensor<4x5xi32>) -> tensor<3x5xi32>
  %6 = "nn.matmul"(%p, %r) : (tensor<2x3x5x9xf32>, tensor<1x3x9x4xf32>) -> tensor<2x3x5x4xf32>
  %7 = "nn.dot_general"(%g, %h) {lhs_contracting_dimensions = [0, 2], rhs_contracting_dimensions = [2, 0]} : (tensor<4x6x3xf32>, tensor<3x5x4xf32>) -> tensor<6x5xf32>
  func.return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<13x7xf32>, tensor<5x3x7xf32>, tensor<2x3x5x4xf32>, tensor<13x7xf32>, tensor<13x11xf32>, tensor<3x5xi32>, tensor<2x3x5x4xf32>, tensor<6x5xf32>
}
"#;
    let m = parse(src, "gemm.mlir");
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 5).unwrap();
    let (_, reference) = runtime::run(&m, func, &inputs).unwrap();
    for arena in [true, false] {
        // Every f32 contraction site (the chunk body's once) calls the GEMM: seven.
        let lowering = mlir::Lowering::new();
        let options = mlir::ConvertOptions {
            c_interface: true,
            arena,
        };
        let mut module = lowering.convert(&m, &options).unwrap();
        let cpu = mlir::CpuOptions {
            external_gemm: true,
        };
        lowering.to_llvm_dialect_with(&mut module, &cpu).unwrap();
        let text = module.as_operation().to_string();
        let calls = text
            .matches(&format!("llvm.call @{}(", mlir::gemm::CONTRACT))
            .count();
        assert_eq!(calls, 7, "arena {arena}:\n{text}");
        let compiled = mlir::jit::Compiled::with_arena(&m, 2, arena).unwrap();
        let outputs = compiled.run(&inputs).unwrap();
        let err = max_rel_error(&reference.outputs, &outputs);
        assert!(err <= 1e-5, "arena {arena}: max relative error {err:e}");
        // Integer matmuls are exact.
        assert_eq!(outputs[5].data.to_f64(), reference.outputs[5].data.to_f64());
        eprintln!(
            "contractions through the packed GEMM, arena {arena}: max relative error {err:e}"
        );
    }
}

/// The `malloc` calls left in the JIT's code (arena mode, GEMMs outlined) of `src`,
/// each with the location of the nn op it came from.
fn mallocs(src: &str, file: &str) -> Vec<String> {
    let m = parse(src, file);
    let lowering = mlir::Lowering::new();
    let options = mlir::ConvertOptions {
        c_interface: true,
        arena: true,
    };
    let mut module = lowering.convert(&m, &options).unwrap();
    let cpu = mlir::CpuOptions {
        external_gemm: true,
    };
    lowering.to_llvm_dialect_with(&mut module, &cpu).unwrap();
    let flags = melior::ir::operation::OperationPrintingFlags::new().enable_debug_info(true, false);
    let text = module.as_operation().to_string_with_flags(flags).unwrap();
    // Locations are printed as aliases (`loc(#loc12)`), defined at the end.
    let aliases: std::collections::HashMap<&str, &str> = text
        .lines()
        .filter_map(|l| l.strip_prefix('#')?.split_once(" = loc("))
        .collect();
    text.lines()
        .filter(|l| l.contains("llvm.call @malloc("))
        .map(|l| {
            let loc = l
                .rsplit_once("loc(#")
                .map_or("", |(_, a)| a.trim_end_matches(')'));
            aliases.get(loc).map_or(l, |d| d).to_string()
        })
        .collect()
}

/// In arena mode the compiled examples call `malloc` only where docs/lowering.md
/// ("What still allocates") says, this many times in the code (not per run).
#[test]
fn arena_mallocs_per_example() {
    let expected: &[(&str, usize)] = &[
        ("examples/gpt-tiny.mlir", 0),
        ("examples/gpt-tiny-fused.mlir", 0),
        ("examples/vit-tiny.mlir", 0),
        ("examples/unet-tiny.mlir", 0),
        ("examples/evoformer-tiny.mlir", 0),
        ("examples/evoformer-tri-tiny.mlir", 0),
        // Padded convolutions and pooling, attention with a bias, group norm.
        ("lit-tests/Conversion/conv-pool.mlir", 0),
        ("lit-tests/Conversion/attention-norm.mlir", 0),
    ];
    let mut report = String::new();
    for &(f, want) in expected {
        let src = std::fs::read_to_string(root().join(f)).unwrap();
        let found = mallocs(&src, f);
        if found.len() != want {
            report.push_str(&format!("{f}: {} mallocs, expected {want}\n", found.len()));
            for l in &found {
                report.push_str(&format!("  {l}\n"));
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// Bytes of a static `memref<AxBxf32>` type written in `line`.
fn memref_bytes(line: &str) -> usize {
    let ty = line.rsplit_once("memref<").map_or("", |(_, t)| t);
    let ty = ty.split('>').next().unwrap_or("");
    let mut parts: Vec<&str> = ty.split('x').collect();
    let elem = parts.pop().unwrap_or("");
    let size = match elem {
        "f32" | "i32" => 4,
        "i64" | "f64" => 8,
        "i1" | "i8" => 1,
        _ => panic!("element type {elem} in {line}"),
    };
    parts
        .iter()
        .map(|d| d.parse::<usize>().unwrap())
        .product::<usize>()
        * size
}

/// The scratch that arena mode puts on the stack (`promote-buffers-to-stack`) is
/// bounded per buffer and allocated once per call, outside any loop (a `memref.alloca`
/// in a chunk loop's body would grow the stack every iteration): every `memref.alloca`
/// of the bufferised code is at the top level of its function, at most
/// `STACK_SCRATCH_BYTES`. For the examples and autochunked ones (chunk loops).
#[test]
fn stack_scratch_is_bounded_and_outside_loops() {
    let _ = autochunk::CRATE;
    let mut programs: Vec<(String, String)> = Vec::new();
    for f in [
        "examples/gpt-tiny.mlir",
        "examples/gpt-tiny-fused.mlir",
        "examples/vit-tiny.mlir",
        "examples/unet-tiny.mlir",
        "examples/evoformer-tiny.mlir",
        "examples/evoformer-tri-tiny.mlir",
    ] {
        programs.push((
            f.to_string(),
            std::fs::read_to_string(root().join(f)).unwrap(),
        ));
    }
    for (f, budgets) in [
        ("examples/evoformer-tiny.mlir", ["0.5", "0.7"]),
        ("examples/evoformer-tri-tiny.mlir", ["0.5", "0.7"]),
        ("examples/gpt-tiny-fused.mlir", ["0.8", "0.8"]),
    ] {
        let m = parse(&std::fs::read_to_string(root().join(f)).unwrap(), f);
        let (budget, chunked) = budgets
            .iter()
            .find_map(|b| Some((b, autochunk(&m, &format!("budget={b}"))?)))
            .expect("a feasible budget");
        let text = ir::print_module(&chunked, &Context::new(), ir::PrintOptions::default());
        assert!(text.contains("chunk.for"), "{f} at {budget}: no loop");
        programs.push((format!("{f} at budget {budget}"), text));
        // The chunked program allocates nothing either.
        assert_eq!(
            mallocs(&programs.last().unwrap().1, f),
            Vec::<String>::new()
        );
    }
    for (name, src) in &programs {
        let m = parse(src, name);
        let lowering = mlir::Lowering::new();
        let options = mlir::ConvertOptions {
            c_interface: true,
            arena: true,
        };
        let mut module = lowering.convert(&m, &options).unwrap();
        let pipeline = mlir::pipeline::cpu_bufferize_pipeline();
        mlir::pipeline::run(&lowering, &mut module, "cpu-bufferize", &pipeline).unwrap();
        let text = module.as_operation().to_string();
        let (mut count, mut total) = (0, 0);
        for line in text.lines().filter(|l| l.contains("memref.alloca()")) {
            // The printer indents a function's top-level ops by four spaces.
            let indent = line.len() - line.trim_start().len();
            assert_eq!(indent, 4, "{name}: an alloca inside a region: {line}");
            let bytes = memref_bytes(line);
            assert!(
                bytes <= mlir::pipeline::STACK_SCRATCH_BYTES,
                "{name}: {line}"
            );
            count += 1;
            total += bytes;
        }
        assert!(!text.contains("memref.alloc()"), "{name}: a heap buffer");
        eprintln!("{name}: {count} stack buffers, {total} bytes");
    }
}

/// Embedding ids that are a function input are checked before the compiled code
/// runs: an id out of range (too large, negative; in a chunk loop's slice too) is
/// the reference runtime's error, same text, at the op. In-range ids run. Ids the
/// program computes are not checked: the compiled code clamps them into the table
/// (the documented difference from the runtime, which reports an error).
#[test]
fn embedding_ids_out_of_range_are_errors() {
    let src = r#"
func.func @main(%t: tensor<4x2xf32>, %i: tensor<6xi64>, %j: tensor<3xi32>) -> (tensor<6x2xf32>, tensor<3x2xf32>) {
  %r = "chunk.for"(%t, %i) <{extent = 6 : i64, step = 4 : i64, operand_dims = array<i64: -1, 0>, result_dims = array<i64: 0>}> ({
  ^bb0(%off: tensor<i64>, %tt: tensor<4x2xf32>, %is: tensor<4xi64>):
    %e = "nn.embedding"(%tt, %is) : (tensor<4x2xf32>, tensor<4xi64>) -> tensor<4x2xf32>
    "chunk.yield"(%e) : (tensor<4x2xf32>) -> ()
  }) : (tensor<4x2xf32>, tensor<6xi64>) -> tensor<6x2xf32>
  %f = "nn.embedding"(%t, %j) : (tensor<4x2xf32>, tensor<3xi32>) -> tensor<3x2xf32>
  func.return %r, %f : tensor<6x2xf32>, tensor<3x2xf32>
}
"#;
    let m = parse(src, "ids.mlir");
    let func = runtime::entry_function(&m).unwrap();
    let table = HostTensor::f32(&[4, 2], (0..8).map(|x| x as f32).collect());
    let ids = |i: Vec<i64>, j: Vec<i32>| {
        vec![
            table.clone(),
            HostTensor::i64(&[6], i),
            HostTensor::new(vec![3], runtime::TensorData::I32(j)),
        ]
    };
    let compiled = mlir::jit::Compiled::new(&m, 0).unwrap();
    // In range: the same rows as the runtime.
    let good = ids(vec![0, 3, 1, 2, 3, 0], vec![2, 0, 3]);
    let (_, reference) = runtime::run(&m, func, &good).unwrap();
    let out = compiled.run(&good).unwrap();
    assert_eq!(max_rel_error(&reference.outputs, &out), 0.0);
    for (bad, position) in [
        (
            ids(vec![0, 3, 1, 2, 3, 4], vec![2, 0, 3]),
            "id 4 at position 5",
        ),
        (
            ids(vec![0, 3, 1, 2, 3, 0], vec![2, -1, 3]),
            "id -1 at position 1",
        ),
    ] {
        let err = compiled.run(&bad).unwrap_err().to_string();
        let want = format!("'nn.embedding' op {position} is out of range for a table of 4 rows");
        assert!(err.contains(&want), "{err}");
        assert!(err.starts_with("ids.mlir:"), "located at the op: {err}");
        let reference = runtime::run(&m, func, &bad).unwrap_err().to_string();
        assert!(
            reference.contains("is out of range for a table of 4 rows"),
            "{reference}"
        );
    }
    // The message and location are the runtime's where positions agree (no loop).
    let bad = ids(vec![0, 3, 1, 2, 3, 0], vec![2, 7, 3]);
    assert_eq!(
        compiled.run(&bad).unwrap_err().to_string(),
        runtime::run(&m, func, &bad).unwrap_err().to_string()
    );

    // Computed ids are clamped, not checked.
    let src = r#"
func.func @main(%t: tensor<4x2xf32>, %i: tensor<2xi64>) -> tensor<2x2xf32> {
  %c = "nn.constant"() {value = dense<3> : tensor<i64>} : () -> tensor<i64>
  %k = "nn.add"(%i, %c) : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  %e = "nn.embedding"(%t, %k) : (tensor<4x2xf32>, tensor<2xi64>) -> tensor<2x2xf32>
  func.return %e : tensor<2x2xf32>
}
"#;
    let m = parse(src, "computed.mlir");
    let func = runtime::entry_function(&m).unwrap();
    let inputs = vec![table.clone(), HostTensor::i64(&[2], vec![0, 2])];
    assert!(runtime::run(&m, func, &inputs).is_err());
    let out = mlir::jit::Compiled::new(&m, 0)
        .unwrap()
        .run(&inputs)
        .unwrap();
    assert_eq!(out[0].data.to_f64(), vec![6.0, 7.0, 6.0, 7.0]);
}

/// A softmax and an attention whose results feed batched matmuls (contraction
/// generics that the elementwise fusion could fuse them into), with and without
/// the arena: the in-place division is only used when the result goes to its arena
/// slot, because LLVM 19's fusion re-runs a producer that reads its init once per
/// iteration of the consumer's extra loops (an earlier version divided `d` times).
#[test]
fn softmax_and_attention_feeding_contractions() {
    let src = r#"
func.func @main(%s: tensor<2x5x7xf32>, %v: tensor<2x7x3xf32>, %q: tensor<2x5x4xf32>, %k: tensor<2x7x4xf32>, %w: tensor<3x6xf32>) -> (tensor<2x5x3xf32>, tensor<2x5x6xf32>) {
  %p = "nn.softmax"(%s) {axis = -1 : i64} : (tensor<2x5x7xf32>) -> tensor<2x5x7xf32>
  %0 = "nn.matmul"(%p, %v) : (tensor<2x5x7xf32>, tensor<2x7x3xf32>) -> tensor<2x5x3xf32>
  %a = "nn.attention"(%q, %k, %v) {causal = true} : (tensor<2x5x4xf32>, tensor<2x7x4xf32>, tensor<2x7x3xf32>) -> tensor<2x5x3xf32>
  %1 = "nn.matmul"(%a, %w) : (tensor<2x5x3xf32>, tensor<3x6xf32>) -> tensor<2x5x6xf32>
  func.return %0, %1 : tensor<2x5x3xf32>, tensor<2x5x6xf32>
}
"#;
    let m = parse(src, "feed.mlir");
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 9).unwrap();
    let (_, reference) = runtime::run(&m, func, &inputs).unwrap();
    for arena in [true, false] {
        let compiled = mlir::jit::Compiled::with_arena(&m, 0, arena).unwrap();
        let err = max_rel_error(&reference.outputs, &compiled.run(&inputs).unwrap());
        assert!(err <= 1e-5, "arena {arena}: max relative error {err:e}");
    }
}

/// An attention whose scores exceed `ATTENTION_SCRATCH_BYTES` runs in blocks of
/// query rows (150 queries, 300 keys, 2 heads: blocks of 109 rows, the last one the
/// window ending at row 150): same outputs as the runtime with a causal mask (rows
/// offset by the block), a bias with a query dim (sliced per block) and one without;
/// in arena mode the only heap buffer is one block's scores (at most the bound).
#[test]
fn attention_in_query_blocks() {
    let (lq, lk) = (150, 300);
    let src = format!(
        r#"
func.func @main(%q: tensor<1x2x{lq}x4xf32>, %k: tensor<1x2x{lk}x4xf32>, %v: tensor<1x2x{lk}x3xf32>, %b: tensor<{lq}x{lk}xf32>, %c: tensor<1x{lk}xf32>) -> (tensor<1x2x{lq}x3xf32>, tensor<1x2x{lq}x3xf32>) {{
  %0 = "nn.attention"(%q, %k, %v, %b) {{causal = true}} : (tensor<1x2x{lq}x4xf32>, tensor<1x2x{lk}x4xf32>, tensor<1x2x{lk}x3xf32>, tensor<{lq}x{lk}xf32>) -> tensor<1x2x{lq}x3xf32>
  %1 = "nn.attention"(%q, %k, %v, %c) {{scale = 0.3 : f32}} : (tensor<1x2x{lq}x4xf32>, tensor<1x2x{lk}x4xf32>, tensor<1x2x{lk}x3xf32>, tensor<1x{lk}xf32>) -> tensor<1x2x{lq}x3xf32>
  func.return %0, %1 : tensor<1x2x{lq}x3xf32>, tensor<1x2x{lq}x3xf32>
}}
"#
    );
    let bytes = 4 * 2 * lq * lk;
    assert!(
        bytes > mlir::emit::ATTENTION_SCRATCH_BYTES,
        "the test needs blocks"
    );
    let m = parse(&src, "blocks.mlir");
    let func = runtime::entry_function(&m).unwrap();
    let inputs = runtime::io::random_inputs(&m, func, 13).unwrap();
    let (_, reference) = runtime::run(&m, func, &inputs).unwrap();
    for arena in [true, false] {
        let compiled = mlir::jit::Compiled::with_arena(&m, 0, arena).unwrap();
        let err = max_rel_error(&reference.outputs, &compiled.run(&inputs).unwrap());
        assert!(err <= 1e-5, "arena {arena}: max relative error {err:e}");
    }
    let text = mlir::convert_module(
        &m,
        &mlir::ConvertOptions {
            c_interface: true,
            arena: true,
        },
    )
    .unwrap();
    assert_eq!(text.matches("scf.for").count(), 2, "one loop per attention");
    // One block's scores per attention on the heap, nothing else.
    let found = mallocs(&src, "blocks.mlir");
    assert_eq!(found.len(), 2, "{found:?}");
}

/// Conversions between every pair of f32, f16, bf16, i32, i64 and i1 (bf16 <-> f16
/// have one width but hold different values: through f32), bitwise equal to the
/// reference runtime's.
#[test]
fn conversions_between_every_element_type_match_the_runtime() {
    let types = ["f32", "f16", "bf16", "i32", "i64", "i1"];
    for from in types {
        let mut body = String::new();
        let mut results = Vec::new();
        for (i, to) in types.iter().enumerate() {
            body.push_str(&format!(
                "  %{i} = \"nn.convert\"(%x) : (tensor<6x{from}>) -> tensor<6x{to}>\n"
            ));
            results.push((format!("%{i}"), format!("tensor<6x{to}>")));
        }
        let names: Vec<&str> = results.iter().map(|r| r.0.as_str()).collect();
        let tys: Vec<&str> = results.iter().map(|r| r.1.as_str()).collect();
        let src = format!(
            "func.func @main(%x: tensor<6x{from}>) -> ({}) {{\n{body}  func.return {} : {}\n}}\n",
            tys.join(", "),
            names.join(", "),
            tys.join(", ")
        );
        let m = parse(&src, "convert.mlir");
        let func = runtime::entry_function(&m).unwrap();
        let inputs = runtime::io::random_inputs(&m, func, 3).unwrap();
        let (_, reference) = runtime::run(&m, func, &inputs).unwrap();
        let compiled = mlir::jit::Compiled::new(&m, 2).unwrap_or_else(|e| panic!("{from}: {e}"));
        let outputs = compiled
            .run(&inputs)
            .unwrap_or_else(|e| panic!("{from}: {e}"));
        assert_eq!(outputs, reference.outputs, "conversions from {from}");
    }
}

/// What a caller of the library can get wrong is an error, not undefined behaviour:
/// an optimisation level LLVM does not have (it aborts on one), input data that does
/// not fill its shape (the compiled code would read past it), MLIR text with a NUL
/// (melior would panic making a C string of it).
#[test]
fn bad_library_calls_are_errors() {
    let file = root().join("lit-tests/Runtime/chunk-for.mlir");
    let src = std::fs::read_to_string(&file).unwrap();
    let m = parse(&src, "chunk-for.mlir");
    let e = mlir::jit::Compiled::new(&m, 4)
        .err()
        .expect("level 4 is refused");
    assert!(e.to_string().contains("optimisation level 4"), "{e}");
    let compiled = mlir::jit::Compiled::new(&m, 0).unwrap();
    let func = runtime::entry_function(&m).unwrap();
    let mut inputs = runtime::io::random_inputs(&m, func, 3).unwrap();
    inputs[0].data = runtime::TensorData::F32(vec![1.0]);
    let e = compiled.run(&inputs).expect_err("short data is refused");
    assert!(e.to_string().contains("input #0"), "{e}");
    let lowering = mlir::Lowering::new();
    let e = lowering
        .parse("module {}\0")
        .map(|_| ())
        .expect_err("a NUL is refused");
    assert!(e.to_string().contains("NUL character at byte 9"), "{e}");
}
