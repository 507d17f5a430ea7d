//! Views: an `nn.reshape` whose operand has no other use takes over the operand's
//! buffer (the same bytes under a new shape) instead of a copy; the plan, the
//! measured run and the outputs agree, and an operand used again is still copied.
mod common;
use common::*;

/// torch.export's linear: a view to 2-D, `mm`, a view back.
const VIEWS: &str = r#"func.func @main(%x: tensor<2x8x16xf32>, %w: tensor<16x4xf32>) -> tensor<2x8x4xf32> {
  %e = "nn.exp"(%x) : (tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %flat = "nn.reshape"(%e) : (tensor<2x8x16xf32>) -> tensor<16x16xf32>
  %y = "nn.matmul"(%flat, %w) : (tensor<16x16xf32>, tensor<16x4xf32>) -> tensor<16x4xf32>
  %back = "nn.reshape"(%y) : (tensor<16x4xf32>) -> tensor<2x8x4xf32>
  func.return %back : tensor<2x8x4xf32>
}"#;

/// The same maths with `%e` also returned: its view must be a copy.
const COPIES: &str = r#"func.func @main(%x: tensor<2x8x16xf32>, %w: tensor<16x4xf32>) -> (tensor<2x8x4xf32>, tensor<2x8x16xf32>) {
  %e = "nn.exp"(%x) : (tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %flat = "nn.reshape"(%e) : (tensor<2x8x16xf32>) -> tensor<16x16xf32>
  %y = "nn.matmul"(%flat, %w) : (tensor<16x16xf32>, tensor<16x4xf32>) -> tensor<16x4xf32>
  %back = "nn.reshape"(%y) : (tensor<16x4xf32>) -> tensor<2x8x4xf32>
  func.return %back, %e : tensor<2x8x4xf32>, tensor<2x8x16xf32>
}"#;

fn values_named(m: &ir::Module) -> Vec<ir::ValueId> {
    let func = runtime::entry_function(m).expect("entry");
    let body = m.entry_block(func, 0).expect("body");
    m.block_ops(body)
        .flat_map(|op| m.op(op).results.clone())
        .collect()
}

#[test]
fn a_view_of_a_dying_operand_shares_its_buffer() {
    let m = parse(VIEWS);
    let func = runtime::entry_function(&m).expect("entry");
    let plan = runtime::plan(&m, func).expect("plans");
    let v = values_named(&m); // e, flat, y, back
    assert_eq!(plan.buffer_index(v[1]), plan.buffer_index(v[0]));
    assert_eq!(plan.buffer_index(v[3]), plan.buffer_index(v[2]));
    assert_eq!(plan.buffers.len(), 2, "exp and matmul own the only buffers");
    // While the matmul runs: exp's 1024 bytes (read through the view) and its 256.
    assert_eq!(plan.live_peak, 1024 + 256);

    let inputs = [tensor(&[2, 8, 16], 1), tensor(&[16, 4], 2)];
    let got = run(&m, &inputs); // asserts measured == plan
    let want = run_src(COPIES, &inputs);
    assert_exact(&got[0], &f64s(&want[0]), &[2, 8, 4]);
}

#[test]
fn a_view_of_an_operand_used_again_is_a_copy() {
    let m = parse(COPIES);
    let func = runtime::entry_function(&m).expect("entry");
    let plan = runtime::plan(&m, func).expect("plans");
    let v = values_named(&m);
    assert_ne!(plan.buffer_index(v[1]), plan.buffer_index(v[0]));
    // The view back still shares: the matmul's result has no other use.
    assert_eq!(plan.buffer_index(v[3]), plan.buffer_index(v[2]));
    assert_eq!(plan.live_peak, 1024 + 1024 + 256);
}
