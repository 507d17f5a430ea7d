// modelgen evoformer --only triangle-attention --blocks 1 --residues 8 --c-z 16 --pair-heads 4 --c-hidden 4
module {
  func.func @main(%arg0: tensor<8x8x16xf32> {nn.name = "pair"}, %arg1: tensor<16xf32> {nn.name = "blocks.0.tri_attn.ln.weight"}, %arg2: tensor<16xf32> {nn.name = "blocks.0.tri_attn.ln.bias"}, %arg3: tensor<16x4xf32> {nn.name = "blocks.0.tri_attn.bias.weight"}, %arg4: tensor<16x48xf32> {nn.name = "blocks.0.tri_attn.qkv.weight"}, %arg5: tensor<16x16xf32> {nn.name = "blocks.0.tri_attn.gate.weight"}, %arg6: tensor<16xf32> {nn.name = "blocks.0.tri_attn.gate.bias"}, %arg7: tensor<16x16xf32> {nn.name = "blocks.0.tri_attn.out.weight"}, %arg8: tensor<16xf32> {nn.name = "blocks.0.tri_attn.out.bias"}, %arg9: tensor<16xf32> {nn.name = "blocks.0.transition.ln.weight"}, %arg10: tensor<16xf32> {nn.name = "blocks.0.transition.ln.bias"}, %arg11: tensor<16x64xf32> {nn.name = "blocks.0.transition.fc1.weight"}, %arg12: tensor<64xf32> {nn.name = "blocks.0.transition.fc1.bias"}, %arg13: tensor<64x16xf32> {nn.name = "blocks.0.transition.fc2.weight"}, %arg14: tensor<16xf32> {nn.name = "blocks.0.transition.fc2.bias"}) -> (tensor<8x8x16xf32> {nn.name = "pair_out"}) {
    %0 = "nn.layer_norm"(%arg0, %arg1, %arg2) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<8x8x16xf32>
    %1 = "nn.matmul"(%0, %arg3) : (tensor<8x8x16xf32>, tensor<16x4xf32>) -> tensor<8x8x4xf32>
    %2 = "nn.transpose"(%1) {permutation = array<i64: 2, 0, 1>} : (tensor<8x8x4xf32>) -> tensor<4x8x8xf32>
    %3 = "nn.matmul"(%0, %arg4) : (tensor<8x8x16xf32>, tensor<16x48xf32>) -> tensor<8x8x48xf32>
    %4 = "nn.reshape"(%3) : (tensor<8x8x48xf32>) -> tensor<8x8x3x4x4xf32>
    %5 = "nn.slice"(%4) {limit_indices = array<i64: 8, 8, 1, 4, 4>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<8x8x3x4x4xf32>) -> tensor<8x8x1x4x4xf32>
    %6 = "nn.reshape"(%5) : (tensor<8x8x1x4x4xf32>) -> tensor<8x8x4x4xf32>
    %7 = "nn.transpose"(%6) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x4x4xf32>) -> tensor<8x4x8x4xf32>
    %8 = "nn.slice"(%4) {limit_indices = array<i64: 8, 8, 2, 4, 4>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<8x8x3x4x4xf32>) -> tensor<8x8x1x4x4xf32>
    %9 = "nn.reshape"(%8) : (tensor<8x8x1x4x4xf32>) -> tensor<8x8x4x4xf32>
    %10 = "nn.transpose"(%9) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x4x4xf32>) -> tensor<8x4x8x4xf32>
    %11 = "nn.slice"(%4) {limit_indices = array<i64: 8, 8, 3, 4, 4>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<8x8x3x4x4xf32>) -> tensor<8x8x1x4x4xf32>
    %12 = "nn.reshape"(%11) : (tensor<8x8x1x4x4xf32>) -> tensor<8x8x4x4xf32>
    %13 = "nn.transpose"(%12) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x4x4xf32>) -> tensor<8x4x8x4xf32>
    %14 = "nn.transpose"(%10) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<8x4x8x4xf32>) -> tensor<8x4x4x8xf32>
    %15 = "nn.matmul"(%7, %14) : (tensor<8x4x8x4xf32>, tensor<8x4x4x8xf32>) -> tensor<8x4x8x8xf32>
    %16 = "nn.constant"() {value = dense<5.0e-1> : tensor<f32>} : () -> tensor<f32>
    %17 = "nn.mul"(%15, %16) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8x8xf32>
    %18 = "nn.add"(%17, %2) : (tensor<8x4x8x8xf32>, tensor<4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %19 = "nn.softmax"(%18) {axis = -1 : i64} : (tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %20 = "nn.matmul"(%19, %13) : (tensor<8x4x8x8xf32>, tensor<8x4x8x4xf32>) -> tensor<8x4x8x4xf32>
    %21 = "nn.transpose"(%20) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x4x8x4xf32>) -> tensor<8x8x4x4xf32>
    %22 = "nn.reshape"(%21) : (tensor<8x8x4x4xf32>) -> tensor<8x8x16xf32>
    %23 = "nn.matmul"(%0, %arg5) : (tensor<8x8x16xf32>, tensor<16x16xf32>) -> tensor<8x8x16xf32>
    %24 = "nn.add"(%23, %arg6) : (tensor<8x8x16xf32>, tensor<16xf32>) -> tensor<8x8x16xf32>
    %25 = "nn.sigmoid"(%24) : (tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %26 = "nn.mul"(%25, %22) : (tensor<8x8x16xf32>, tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %27 = "nn.matmul"(%26, %arg7) : (tensor<8x8x16xf32>, tensor<16x16xf32>) -> tensor<8x8x16xf32>
    %28 = "nn.add"(%27, %arg8) : (tensor<8x8x16xf32>, tensor<16xf32>) -> tensor<8x8x16xf32>
    %29 = "nn.add"(%arg0, %28) : (tensor<8x8x16xf32>, tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %30 = "nn.layer_norm"(%29, %arg9, %arg10) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<8x8x16xf32>
    %31 = "nn.matmul"(%30, %arg11) : (tensor<8x8x16xf32>, tensor<16x64xf32>) -> tensor<8x8x64xf32>
    %32 = "nn.add"(%31, %arg12) : (tensor<8x8x64xf32>, tensor<64xf32>) -> tensor<8x8x64xf32>
    %33 = "nn.relu"(%32) : (tensor<8x8x64xf32>) -> tensor<8x8x64xf32>
    %34 = "nn.matmul"(%33, %arg13) : (tensor<8x8x64xf32>, tensor<64x16xf32>) -> tensor<8x8x16xf32>
    %35 = "nn.add"(%34, %arg14) : (tensor<8x8x16xf32>, tensor<16xf32>) -> tensor<8x8x16xf32>
    %36 = "nn.add"(%29, %35) : (tensor<8x8x16xf32>, tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    func.return %36 : tensor<8x8x16xf32>
  }
}
