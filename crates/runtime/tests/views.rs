//! Views: an `nn.reshape` shares its operand's buffer (the same bytes under a new
//! shape) instead of a copy, which then lives to the last use of either; a view of an
//! argument needs no buffer. The plan, the measured run and the outputs agree.
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

/// The same maths with `%e` also returned: the view still shares its buffer, which
/// stays live to the end.
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
fn a_view_of_an_operand_used_again_shares_its_buffer_too() {
    let m = parse(COPIES);
    let func = runtime::entry_function(&m).expect("entry");
    let plan = runtime::plan(&m, func).expect("plans");
    let v = values_named(&m);
    assert_eq!(plan.buffer_index(v[1]), plan.buffer_index(v[0]));
    assert_eq!(plan.buffer_index(v[3]), plan.buffer_index(v[2]));
    assert!(plan.buffer(v[0]).expect("exp's buffer").pinned);
    assert_eq!(plan.live_peak, 1024 + 256);
    let inputs = [tensor(&[2, 8, 16], 1), tensor(&[16, 4], 2)];
    let out = run(&m, &inputs);
    let e: Vec<f64> = f64s(&inputs[0]).iter().map(|x| x.exp()).collect();
    assert_close(&out[1], &e, &[2, 8, 16]);
}

#[test]
fn a_view_of_an_argument_needs_no_buffer() {
    let src = r#"func.func @main(%x: tensor<4x6xf32>) -> tensor<24xf32> {
  %flat = "nn.reshape"(%x) : (tensor<4x6xf32>) -> tensor<24xf32>
  %e = "nn.exp"(%flat) : (tensor<24xf32>) -> tensor<24xf32>
  func.return %e : tensor<24xf32>
}"#;
    let m = parse(src);
    let func = runtime::entry_function(&m).expect("entry");
    let plan = runtime::plan(&m, func).expect("plans");
    assert_eq!(plan.buffers.len(), 1, "only exp's result is planned");
    assert_eq!(plan.live_peak, 96);
    let x = tensor(&[4, 6], 3);
    let out = run(&m, std::slice::from_ref(&x));
    let e: Vec<f64> = f64s(&x).iter().map(|v| v.exp()).collect();
    assert_close(&out[0], &e, &[24]);
}
