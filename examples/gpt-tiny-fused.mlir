// modelgen gpt --layers 2 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 1 --vocab 64 --attention fused
module {
  func.func @main(%arg0: tensor<1x8xi32> {nn.name = "input_ids"}, %arg1: tensor<64x32xf32> {nn.name = "embed.tokens.weight"}, %arg2: tensor<8x32xf32> {nn.name = "embed.positions.weight"}, %arg3: tensor<32xf32> {nn.name = "layers.0.ln1.weight"}, %arg4: tensor<32xf32> {nn.name = "layers.0.ln1.bias"}, %arg5: tensor<32x96xf32> {nn.name = "layers.0.attn.qkv.weight"}, %arg6: tensor<96xf32> {nn.name = "layers.0.attn.qkv.bias"}, %arg7: tensor<32x32xf32> {nn.name = "layers.0.attn.out.weight"}, %arg8: tensor<32xf32> {nn.name = "layers.0.attn.out.bias"}, %arg9: tensor<32xf32> {nn.name = "layers.0.ln2.weight"}, %arg10: tensor<32xf32> {nn.name = "layers.0.ln2.bias"}, %arg11: tensor<32x64xf32> {nn.name = "layers.0.mlp.fc1.weight"}, %arg12: tensor<64xf32> {nn.name = "layers.0.mlp.fc1.bias"}, %arg13: tensor<64x32xf32> {nn.name = "layers.0.mlp.fc2.weight"}, %arg14: tensor<32xf32> {nn.name = "layers.0.mlp.fc2.bias"}, %arg15: tensor<32xf32> {nn.name = "layers.1.ln1.weight"}, %arg16: tensor<32xf32> {nn.name = "layers.1.ln1.bias"}, %arg17: tensor<32x96xf32> {nn.name = "layers.1.attn.qkv.weight"}, %arg18: tensor<96xf32> {nn.name = "layers.1.attn.qkv.bias"}, %arg19: tensor<32x32xf32> {nn.name = "layers.1.attn.out.weight"}, %arg20: tensor<32xf32> {nn.name = "layers.1.attn.out.bias"}, %arg21: tensor<32xf32> {nn.name = "layers.1.ln2.weight"}, %arg22: tensor<32xf32> {nn.name = "layers.1.ln2.bias"}, %arg23: tensor<32x64xf32> {nn.name = "layers.1.mlp.fc1.weight"}, %arg24: tensor<64xf32> {nn.name = "layers.1.mlp.fc1.bias"}, %arg25: tensor<64x32xf32> {nn.name = "layers.1.mlp.fc2.weight"}, %arg26: tensor<32xf32> {nn.name = "layers.1.mlp.fc2.bias"}, %arg27: tensor<32xf32> {nn.name = "ln_f.weight"}, %arg28: tensor<32xf32> {nn.name = "ln_f.bias"}) -> (tensor<1x8x32xf32> {nn.name = "last_hidden_state"}) {
    %0 = "nn.embedding"(%arg1, %arg0) : (tensor<64x32xf32>, tensor<1x8xi32>) -> tensor<1x8x32xf32>
    %1 = "nn.add"(%0, %arg2) : (tensor<1x8x32xf32>, tensor<8x32xf32>) -> tensor<1x8x32xf32>
    %2 = "nn.layer_norm"(%1, %arg3, %arg4) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %3 = "nn.matmul"(%2, %arg5) : (tensor<1x8x32xf32>, tensor<32x96xf32>) -> tensor<1x8x96xf32>
    %4 = "nn.add"(%3, %arg6) : (tensor<1x8x96xf32>, tensor<96xf32>) -> tensor<1x8x96xf32>
    %5 = "nn.reshape"(%4) : (tensor<1x8x96xf32>) -> tensor<1x8x3x4x8xf32>
    %6 = "nn.slice"(%5) {limit_indices = array<i64: 1, 8, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %7 = "nn.reshape"(%6) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %8 = "nn.transpose"(%7) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %9 = "nn.slice"(%5) {limit_indices = array<i64: 1, 8, 2, 4, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %10 = "nn.reshape"(%9) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %11 = "nn.transpose"(%10) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %12 = "nn.slice"(%5) {limit_indices = array<i64: 1, 8, 3, 4, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %13 = "nn.reshape"(%12) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %14 = "nn.transpose"(%13) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %15 = "nn.attention"(%8, %11, %14) {causal = true} : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %16 = "nn.transpose"(%15) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x4x8x8xf32>) -> tensor<1x8x4x8xf32>
    %17 = "nn.reshape"(%16) : (tensor<1x8x4x8xf32>) -> tensor<1x8x32xf32>
    %18 = "nn.matmul"(%17, %arg7) : (tensor<1x8x32xf32>, tensor<32x32xf32>) -> tensor<1x8x32xf32>
    %19 = "nn.add"(%18, %arg8) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %20 = "nn.add"(%1, %19) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %21 = "nn.layer_norm"(%20, %arg9, %arg10) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %22 = "nn.matmul"(%21, %arg11) : (tensor<1x8x32xf32>, tensor<32x64xf32>) -> tensor<1x8x64xf32>
    %23 = "nn.add"(%22, %arg12) : (tensor<1x8x64xf32>, tensor<64xf32>) -> tensor<1x8x64xf32>
    %24 = "nn.gelu"(%23) : (tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %25 = "nn.matmul"(%24, %arg13) : (tensor<1x8x64xf32>, tensor<64x32xf32>) -> tensor<1x8x32xf32>
    %26 = "nn.add"(%25, %arg14) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %27 = "nn.add"(%20, %26) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %28 = "nn.layer_norm"(%27, %arg15, %arg16) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %29 = "nn.matmul"(%28, %arg17) : (tensor<1x8x32xf32>, tensor<32x96xf32>) -> tensor<1x8x96xf32>
    %30 = "nn.add"(%29, %arg18) : (tensor<1x8x96xf32>, tensor<96xf32>) -> tensor<1x8x96xf32>
    %31 = "nn.reshape"(%30) : (tensor<1x8x96xf32>) -> tensor<1x8x3x4x8xf32>
    %32 = "nn.slice"(%31) {limit_indices = array<i64: 1, 8, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %33 = "nn.reshape"(%32) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %34 = "nn.transpose"(%33) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %35 = "nn.slice"(%31) {limit_indices = array<i64: 1, 8, 2, 4, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %36 = "nn.reshape"(%35) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %37 = "nn.transpose"(%36) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %38 = "nn.slice"(%31) {limit_indices = array<i64: 1, 8, 3, 4, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %39 = "nn.reshape"(%38) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %40 = "nn.transpose"(%39) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %41 = "nn.attention"(%34, %37, %40) {causal = true} : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %42 = "nn.transpose"(%41) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x4x8x8xf32>) -> tensor<1x8x4x8xf32>
    %43 = "nn.reshape"(%42) : (tensor<1x8x4x8xf32>) -> tensor<1x8x32xf32>
    %44 = "nn.matmul"(%43, %arg19) : (tensor<1x8x32xf32>, tensor<32x32xf32>) -> tensor<1x8x32xf32>
    %45 = "nn.add"(%44, %arg20) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %46 = "nn.add"(%27, %45) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %47 = "nn.layer_norm"(%46, %arg21, %arg22) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %48 = "nn.matmul"(%47, %arg23) : (tensor<1x8x32xf32>, tensor<32x64xf32>) -> tensor<1x8x64xf32>
    %49 = "nn.add"(%48, %arg24) : (tensor<1x8x64xf32>, tensor<64xf32>) -> tensor<1x8x64xf32>
    %50 = "nn.gelu"(%49) : (tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %51 = "nn.matmul"(%50, %arg25) : (tensor<1x8x64xf32>, tensor<64x32xf32>) -> tensor<1x8x32xf32>
    %52 = "nn.add"(%51, %arg26) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %53 = "nn.add"(%46, %52) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %54 = "nn.layer_norm"(%53, %arg27, %arg28) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    func.return %54 : tensor<1x8x32xf32>
  }
}
