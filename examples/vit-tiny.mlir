// modelgen vit --image 16 --patch 8 --channels 3 --hidden 32 --heads 2 --layers 1 --ffn 64
module {
  func.func @main(%arg0: tensor<1x3x16x16xf32> {nn.name = "pixel_values"}, %arg1: tensor<32x3x8x8xf32> {nn.name = "embed.patch.weight"}, %arg2: tensor<32xf32> {nn.name = "embed.patch.bias"}, %arg3: tensor<1x1x32xf32> {nn.name = "embed.cls_token"}, %arg4: tensor<5x32xf32> {nn.name = "embed.positions.weight"}, %arg5: tensor<32xf32> {nn.name = "layers.0.ln1.weight"}, %arg6: tensor<32xf32> {nn.name = "layers.0.ln1.bias"}, %arg7: tensor<32x96xf32> {nn.name = "layers.0.attn.qkv.weight"}, %arg8: tensor<96xf32> {nn.name = "layers.0.attn.qkv.bias"}, %arg9: tensor<32x32xf32> {nn.name = "layers.0.attn.out.weight"}, %arg10: tensor<32xf32> {nn.name = "layers.0.attn.out.bias"}, %arg11: tensor<32xf32> {nn.name = "layers.0.ln2.weight"}, %arg12: tensor<32xf32> {nn.name = "layers.0.ln2.bias"}, %arg13: tensor<32x64xf32> {nn.name = "layers.0.mlp.fc1.weight"}, %arg14: tensor<64xf32> {nn.name = "layers.0.mlp.fc1.bias"}, %arg15: tensor<64x32xf32> {nn.name = "layers.0.mlp.fc2.weight"}, %arg16: tensor<32xf32> {nn.name = "layers.0.mlp.fc2.bias"}, %arg17: tensor<32xf32> {nn.name = "ln_f.weight"}, %arg18: tensor<32xf32> {nn.name = "ln_f.bias"}) -> (tensor<1x5x32xf32> {nn.name = "last_hidden_state"}) {
    %0 = "nn.conv2d"(%arg0, %arg1, %arg2) {strides = array<i64: 8, 8>} : (tensor<1x3x16x16xf32>, tensor<32x3x8x8xf32>, tensor<32xf32>) -> tensor<1x32x2x2xf32>
    %1 = "nn.reshape"(%0) : (tensor<1x32x2x2xf32>) -> tensor<1x32x4xf32>
    %2 = "nn.transpose"(%1) {permutation = array<i64: 0, 2, 1>} : (tensor<1x32x4xf32>) -> tensor<1x4x32xf32>
    %3 = "nn.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x32xf32>) -> tensor<1x1x32xf32>
    %4 = "nn.concat"(%3, %2) {dimension = 1 : i64} : (tensor<1x1x32xf32>, tensor<1x4x32xf32>) -> tensor<1x5x32xf32>
    %5 = "nn.add"(%4, %arg4) : (tensor<1x5x32xf32>, tensor<5x32xf32>) -> tensor<1x5x32xf32>
    %6 = "nn.layer_norm"(%5, %arg5, %arg6) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x5x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x5x32xf32>
    %7 = "nn.matmul"(%6, %arg7) : (tensor<1x5x32xf32>, tensor<32x96xf32>) -> tensor<1x5x96xf32>
    %8 = "nn.add"(%7, %arg8) : (tensor<1x5x96xf32>, tensor<96xf32>) -> tensor<1x5x96xf32>
    %9 = "nn.reshape"(%8) : (tensor<1x5x96xf32>) -> tensor<1x5x3x2x16xf32>
    %10 = "nn.slice"(%9) {limit_indices = array<i64: 1, 5, 1, 2, 16>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x5x3x2x16xf32>) -> tensor<1x5x1x2x16xf32>
    %11 = "nn.reshape"(%10) : (tensor<1x5x1x2x16xf32>) -> tensor<1x5x2x16xf32>
    %12 = "nn.transpose"(%11) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %13 = "nn.slice"(%9) {limit_indices = array<i64: 1, 5, 2, 2, 16>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x5x3x2x16xf32>) -> tensor<1x5x1x2x16xf32>
    %14 = "nn.reshape"(%13) : (tensor<1x5x1x2x16xf32>) -> tensor<1x5x2x16xf32>
    %15 = "nn.transpose"(%14) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %16 = "nn.slice"(%9) {limit_indices = array<i64: 1, 5, 3, 2, 16>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x5x3x2x16xf32>) -> tensor<1x5x1x2x16xf32>
    %17 = "nn.reshape"(%16) : (tensor<1x5x1x2x16xf32>) -> tensor<1x5x2x16xf32>
    %18 = "nn.transpose"(%17) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x5x2x16xf32>) -> tensor<1x2x5x16xf32>
    %19 = "nn.transpose"(%15) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x2x5x16xf32>) -> tensor<1x2x16x5xf32>
    %20 = "nn.matmul"(%12, %19) : (tensor<1x2x5x16xf32>, tensor<1x2x16x5xf32>) -> tensor<1x2x5x5xf32>
    %21 = "nn.constant"() {value = dense<2.5e-1> : tensor<f32>} : () -> tensor<f32>
    %22 = "nn.mul"(%20, %21) : (tensor<1x2x5x5xf32>, tensor<f32>) -> tensor<1x2x5x5xf32>
    %23 = "nn.softmax"(%22) {axis = -1 : i64} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
    %24 = "nn.matmul"(%23, %18) : (tensor<1x2x5x5xf32>, tensor<1x2x5x16xf32>) -> tensor<1x2x5x16xf32>
    %25 = "nn.transpose"(%24) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x2x5x16xf32>) -> tensor<1x5x2x16xf32>
    %26 = "nn.reshape"(%25) : (tensor<1x5x2x16xf32>) -> tensor<1x5x32xf32>
    %27 = "nn.matmul"(%26, %arg9) : (tensor<1x5x32xf32>, tensor<32x32xf32>) -> tensor<1x5x32xf32>
    %28 = "nn.add"(%27, %arg10) : (tensor<1x5x32xf32>, tensor<32xf32>) -> tensor<1x5x32xf32>
    %29 = "nn.add"(%5, %28) : (tensor<1x5x32xf32>, tensor<1x5x32xf32>) -> tensor<1x5x32xf32>
    %30 = "nn.layer_norm"(%29, %arg11, %arg12) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x5x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x5x32xf32>
    %31 = "nn.matmul"(%30, %arg13) : (tensor<1x5x32xf32>, tensor<32x64xf32>) -> tensor<1x5x64xf32>
    %32 = "nn.add"(%31, %arg14) : (tensor<1x5x64xf32>, tensor<64xf32>) -> tensor<1x5x64xf32>
    %33 = "nn.gelu"(%32) : (tensor<1x5x64xf32>) -> tensor<1x5x64xf32>
    %34 = "nn.matmul"(%33, %arg15) : (tensor<1x5x64xf32>, tensor<64x32xf32>) -> tensor<1x5x32xf32>
    %35 = "nn.add"(%34, %arg16) : (tensor<1x5x32xf32>, tensor<32xf32>) -> tensor<1x5x32xf32>
    %36 = "nn.add"(%29, %35) : (tensor<1x5x32xf32>, tensor<1x5x32xf32>) -> tensor<1x5x32xf32>
    %37 = "nn.layer_norm"(%36, %arg17, %arg18) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x5x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x5x32xf32>
    func.return %37 : tensor<1x5x32xf32>
  }
}
