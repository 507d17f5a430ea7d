// modelgen gpt --layers 2 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 1 --vocab 64
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
    %15 = "nn.transpose"(%11) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %16 = "nn.matmul"(%8, %15) : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %17 = "nn.constant"() {value = dense<3.5355338e-1> : tensor<f32>} : () -> tensor<f32>
    %18 = "nn.mul"(%16, %17) : (tensor<1x4x8x8xf32>, tensor<f32>) -> tensor<1x4x8x8xf32>
    %19 = "nn.iota"() {dimension = 0 : i64} : () -> tensor<8x8xi32>
    %20 = "nn.iota"() {dimension = 1 : i64} : () -> tensor<8x8xi32>
    %21 = "nn.compare"(%20, %19) {direction = "LE"} : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %22 = "nn.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %23 = "nn.select"(%21, %18, %22) : (tensor<8x8xi1>, tensor<1x4x8x8xf32>, tensor<f32>) -> tensor<1x4x8x8xf32>
    %24 = "nn.softmax"(%23) {axis = -1 : i64} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %25 = "nn.matmul"(%24, %14) : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %26 = "nn.transpose"(%25) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x4x8x8xf32>) -> tensor<1x8x4x8xf32>
    %27 = "nn.reshape"(%26) : (tensor<1x8x4x8xf32>) -> tensor<1x8x32xf32>
    %28 = "nn.matmul"(%27, %arg7) : (tensor<1x8x32xf32>, tensor<32x32xf32>) -> tensor<1x8x32xf32>
    %29 = "nn.add"(%28, %arg8) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %30 = "nn.add"(%1, %29) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %31 = "nn.layer_norm"(%30, %arg9, %arg10) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %32 = "nn.matmul"(%31, %arg11) : (tensor<1x8x32xf32>, tensor<32x64xf32>) -> tensor<1x8x64xf32>
    %33 = "nn.add"(%32, %arg12) : (tensor<1x8x64xf32>, tensor<64xf32>) -> tensor<1x8x64xf32>
    %34 = "nn.gelu"(%33) : (tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %35 = "nn.matmul"(%34, %arg13) : (tensor<1x8x64xf32>, tensor<64x32xf32>) -> tensor<1x8x32xf32>
    %36 = "nn.add"(%35, %arg14) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %37 = "nn.add"(%30, %36) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %38 = "nn.layer_norm"(%37, %arg15, %arg16) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %39 = "nn.matmul"(%38, %arg17) : (tensor<1x8x32xf32>, tensor<32x96xf32>) -> tensor<1x8x96xf32>
    %40 = "nn.add"(%39, %arg18) : (tensor<1x8x96xf32>, tensor<96xf32>) -> tensor<1x8x96xf32>
    %41 = "nn.reshape"(%40) : (tensor<1x8x96xf32>) -> tensor<1x8x3x4x8xf32>
    %42 = "nn.slice"(%41) {limit_indices = array<i64: 1, 8, 1, 4, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %43 = "nn.reshape"(%42) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %44 = "nn.transpose"(%43) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %45 = "nn.slice"(%41) {limit_indices = array<i64: 1, 8, 2, 4, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %46 = "nn.reshape"(%45) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %47 = "nn.transpose"(%46) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %48 = "nn.slice"(%41) {limit_indices = array<i64: 1, 8, 3, 4, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x8x3x4x8xf32>) -> tensor<1x8x1x4x8xf32>
    %49 = "nn.reshape"(%48) : (tensor<1x8x1x4x8xf32>) -> tensor<1x8x4x8xf32>
    %50 = "nn.transpose"(%49) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x8x4x8xf32>) -> tensor<1x4x8x8xf32>
    %51 = "nn.transpose"(%47) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %52 = "nn.matmul"(%44, %51) : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %53 = "nn.constant"() {value = dense<3.5355338e-1> : tensor<f32>} : () -> tensor<f32>
    %54 = "nn.mul"(%52, %53) : (tensor<1x4x8x8xf32>, tensor<f32>) -> tensor<1x4x8x8xf32>
    %55 = "nn.iota"() {dimension = 0 : i64} : () -> tensor<8x8xi32>
    %56 = "nn.iota"() {dimension = 1 : i64} : () -> tensor<8x8xi32>
    %57 = "nn.compare"(%56, %55) {direction = "LE"} : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %58 = "nn.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %59 = "nn.select"(%57, %54, %58) : (tensor<8x8xi1>, tensor<1x4x8x8xf32>, tensor<f32>) -> tensor<1x4x8x8xf32>
    %60 = "nn.softmax"(%59) {axis = -1 : i64} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %61 = "nn.matmul"(%60, %50) : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %62 = "nn.transpose"(%61) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x4x8x8xf32>) -> tensor<1x8x4x8xf32>
    %63 = "nn.reshape"(%62) : (tensor<1x8x4x8xf32>) -> tensor<1x8x32xf32>
    %64 = "nn.matmul"(%63, %arg19) : (tensor<1x8x32xf32>, tensor<32x32xf32>) -> tensor<1x8x32xf32>
    %65 = "nn.add"(%64, %arg20) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %66 = "nn.add"(%37, %65) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %67 = "nn.layer_norm"(%66, %arg21, %arg22) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %68 = "nn.matmul"(%67, %arg23) : (tensor<1x8x32xf32>, tensor<32x64xf32>) -> tensor<1x8x64xf32>
    %69 = "nn.add"(%68, %arg24) : (tensor<1x8x64xf32>, tensor<64xf32>) -> tensor<1x8x64xf32>
    %70 = "nn.gelu"(%69) : (tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
    %71 = "nn.matmul"(%70, %arg25) : (tensor<1x8x64xf32>, tensor<64x32xf32>) -> tensor<1x8x32xf32>
    %72 = "nn.add"(%71, %arg26) : (tensor<1x8x32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    %73 = "nn.add"(%66, %72) : (tensor<1x8x32xf32>, tensor<1x8x32xf32>) -> tensor<1x8x32xf32>
    %74 = "nn.layer_norm"(%73, %arg27, %arg28) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x8x32xf32>
    func.return %74 : tensor<1x8x32xf32>
  }
}
