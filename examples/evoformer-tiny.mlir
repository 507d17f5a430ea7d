// modelgen evoformer --blocks 1 --msa-seqs 4 --residues 8 --c-m 16 --c-z 8 --heads 2 --pair-heads 2 --c-hidden 4 --c-opm 4 --c-tri-mul 8
module {
  func.func @main(%arg0: tensor<4x8x16xf32> {nn.name = "msa"}, %arg1: tensor<8x8x8xf32> {nn.name = "pair"}, %arg2: tensor<16xf32> {nn.name = "blocks.0.msa_row_attn.ln_m.weight"}, %arg3: tensor<16xf32> {nn.name = "blocks.0.msa_row_attn.ln_m.bias"}, %arg4: tensor<8xf32> {nn.name = "blocks.0.msa_row_attn.ln_z.weight"}, %arg5: tensor<8xf32> {nn.name = "blocks.0.msa_row_attn.ln_z.bias"}, %arg6: tensor<8x2xf32> {nn.name = "blocks.0.msa_row_attn.bias.weight"}, %arg7: tensor<16x24xf32> {nn.name = "blocks.0.msa_row_attn.qkv.weight"}, %arg8: tensor<16x8xf32> {nn.name = "blocks.0.msa_row_attn.gate.weight"}, %arg9: tensor<8xf32> {nn.name = "blocks.0.msa_row_attn.gate.bias"}, %arg10: tensor<8x16xf32> {nn.name = "blocks.0.msa_row_attn.out.weight"}, %arg11: tensor<16xf32> {nn.name = "blocks.0.msa_row_attn.out.bias"}, %arg12: tensor<16xf32> {nn.name = "blocks.0.msa_col_attn.ln.weight"}, %arg13: tensor<16xf32> {nn.name = "blocks.0.msa_col_attn.ln.bias"}, %arg14: tensor<16x24xf32> {nn.name = "blocks.0.msa_col_attn.qkv.weight"}, %arg15: tensor<16x8xf32> {nn.name = "blocks.0.msa_col_attn.gate.weight"}, %arg16: tensor<8xf32> {nn.name = "blocks.0.msa_col_attn.gate.bias"}, %arg17: tensor<8x16xf32> {nn.name = "blocks.0.msa_col_attn.out.weight"}, %arg18: tensor<16xf32> {nn.name = "blocks.0.msa_col_attn.out.bias"}, %arg19: tensor<16xf32> {nn.name = "blocks.0.msa_transition.ln.weight"}, %arg20: tensor<16xf32> {nn.name = "blocks.0.msa_transition.ln.bias"}, %arg21: tensor<16x64xf32> {nn.name = "blocks.0.msa_transition.fc1.weight"}, %arg22: tensor<64xf32> {nn.name = "blocks.0.msa_transition.fc1.bias"}, %arg23: tensor<64x16xf32> {nn.name = "blocks.0.msa_transition.fc2.weight"}, %arg24: tensor<16xf32> {nn.name = "blocks.0.msa_transition.fc2.bias"}, %arg25: tensor<16xf32> {nn.name = "blocks.0.outer_product_mean.ln.weight"}, %arg26: tensor<16xf32> {nn.name = "blocks.0.outer_product_mean.ln.bias"}, %arg27: tensor<16x4xf32> {nn.name = "blocks.0.outer_product_mean.a.weight"}, %arg28: tensor<4xf32> {nn.name = "blocks.0.outer_product_mean.a.bias"}, %arg29: tensor<16x4xf32> {nn.name = "blocks.0.outer_product_mean.b.weight"}, %arg30: tensor<4xf32> {nn.name = "blocks.0.outer_product_mean.b.bias"}, %arg31: tensor<16x8xf32> {nn.name = "blocks.0.outer_product_mean.out.weight"}, %arg32: tensor<8xf32> {nn.name = "blocks.0.outer_product_mean.out.bias"}, %arg33: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.ln_in.weight"}, %arg34: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.ln_in.bias"}, %arg35: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_out.a_gate.weight"}, %arg36: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.a_gate.bias"}, %arg37: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_out.a_proj.weight"}, %arg38: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.a_proj.bias"}, %arg39: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_out.b_gate.weight"}, %arg40: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.b_gate.bias"}, %arg41: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_out.b_proj.weight"}, %arg42: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.b_proj.bias"}, %arg43: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.ln_out.weight"}, %arg44: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.ln_out.bias"}, %arg45: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_out.out.weight"}, %arg46: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.out.bias"}, %arg47: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_out.gate.weight"}, %arg48: tensor<8xf32> {nn.name = "blocks.0.tri_mul_out.gate.bias"}, %arg49: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.ln_in.weight"}, %arg50: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.ln_in.bias"}, %arg51: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_in.a_gate.weight"}, %arg52: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.a_gate.bias"}, %arg53: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_in.a_proj.weight"}, %arg54: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.a_proj.bias"}, %arg55: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_in.b_gate.weight"}, %arg56: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.b_gate.bias"}, %arg57: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_in.b_proj.weight"}, %arg58: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.b_proj.bias"}, %arg59: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.ln_out.weight"}, %arg60: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.ln_out.bias"}, %arg61: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_in.out.weight"}, %arg62: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.out.bias"}, %arg63: tensor<8x8xf32> {nn.name = "blocks.0.tri_mul_in.gate.weight"}, %arg64: tensor<8xf32> {nn.name = "blocks.0.tri_mul_in.gate.bias"}, %arg65: tensor<8xf32> {nn.name = "blocks.0.tri_attn_start.ln.weight"}, %arg66: tensor<8xf32> {nn.name = "blocks.0.tri_attn_start.ln.bias"}, %arg67: tensor<8x2xf32> {nn.name = "blocks.0.tri_attn_start.bias.weight"}, %arg68: tensor<8x24xf32> {nn.name = "blocks.0.tri_attn_start.qkv.weight"}, %arg69: tensor<8x8xf32> {nn.name = "blocks.0.tri_attn_start.gate.weight"}, %arg70: tensor<8xf32> {nn.name = "blocks.0.tri_attn_start.gate.bias"}, %arg71: tensor<8x8xf32> {nn.name = "blocks.0.tri_attn_start.out.weight"}, %arg72: tensor<8xf32> {nn.name = "blocks.0.tri_attn_start.out.bias"}, %arg73: tensor<8xf32> {nn.name = "blocks.0.tri_attn_end.ln.weight"}, %arg74: tensor<8xf32> {nn.name = "blocks.0.tri_attn_end.ln.bias"}, %arg75: tensor<8x2xf32> {nn.name = "blocks.0.tri_attn_end.bias.weight"}, %arg76: tensor<8x24xf32> {nn.name = "blocks.0.tri_attn_end.qkv.weight"}, %arg77: tensor<8x8xf32> {nn.name = "blocks.0.tri_attn_end.gate.weight"}, %arg78: tensor<8xf32> {nn.name = "blocks.0.tri_attn_end.gate.bias"}, %arg79: tensor<8x8xf32> {nn.name = "blocks.0.tri_attn_end.out.weight"}, %arg80: tensor<8xf32> {nn.name = "blocks.0.tri_attn_end.out.bias"}, %arg81: tensor<8xf32> {nn.name = "blocks.0.pair_transition.ln.weight"}, %arg82: tensor<8xf32> {nn.name = "blocks.0.pair_transition.ln.bias"}, %arg83: tensor<8x32xf32> {nn.name = "blocks.0.pair_transition.fc1.weight"}, %arg84: tensor<32xf32> {nn.name = "blocks.0.pair_transition.fc1.bias"}, %arg85: tensor<32x8xf32> {nn.name = "blocks.0.pair_transition.fc2.weight"}, %arg86: tensor<8xf32> {nn.name = "blocks.0.pair_transition.fc2.bias"}) -> (tensor<4x8x16xf32> {nn.name = "msa_out"}, tensor<8x8x8xf32> {nn.name = "pair_out"}) {
    %0 = "nn.layer_norm"(%arg0, %arg2, %arg3) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<4x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x8x16xf32>
    %1 = "nn.layer_norm"(%arg1, %arg4, %arg5) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %2 = "nn.matmul"(%1, %arg6) : (tensor<8x8x8xf32>, tensor<8x2xf32>) -> tensor<8x8x2xf32>
    %3 = "nn.transpose"(%2) {permutation = array<i64: 2, 0, 1>} : (tensor<8x8x2xf32>) -> tensor<2x8x8xf32>
    %4 = "nn.matmul"(%0, %arg7) : (tensor<4x8x16xf32>, tensor<16x24xf32>) -> tensor<4x8x24xf32>
    %5 = "nn.reshape"(%4) : (tensor<4x8x24xf32>) -> tensor<4x8x3x2x4xf32>
    %6 = "nn.slice"(%5) {limit_indices = array<i64: 4, 8, 1, 2, 4>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<4x8x3x2x4xf32>) -> tensor<4x8x1x2x4xf32>
    %7 = "nn.reshape"(%6) : (tensor<4x8x1x2x4xf32>) -> tensor<4x8x2x4xf32>
    %8 = "nn.transpose"(%7) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<4x8x2x4xf32>) -> tensor<4x2x8x4xf32>
    %9 = "nn.slice"(%5) {limit_indices = array<i64: 4, 8, 2, 2, 4>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<4x8x3x2x4xf32>) -> tensor<4x8x1x2x4xf32>
    %10 = "nn.reshape"(%9) : (tensor<4x8x1x2x4xf32>) -> tensor<4x8x2x4xf32>
    %11 = "nn.transpose"(%10) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<4x8x2x4xf32>) -> tensor<4x2x8x4xf32>
    %12 = "nn.slice"(%5) {limit_indices = array<i64: 4, 8, 3, 2, 4>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<4x8x3x2x4xf32>) -> tensor<4x8x1x2x4xf32>
    %13 = "nn.reshape"(%12) : (tensor<4x8x1x2x4xf32>) -> tensor<4x8x2x4xf32>
    %14 = "nn.transpose"(%13) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<4x8x2x4xf32>) -> tensor<4x2x8x4xf32>
    %15 = "nn.transpose"(%11) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<4x2x8x4xf32>) -> tensor<4x2x4x8xf32>
    %16 = "nn.matmul"(%8, %15) : (tensor<4x2x8x4xf32>, tensor<4x2x4x8xf32>) -> tensor<4x2x8x8xf32>
    %17 = "nn.constant"() {value = dense<5.0e-1> : tensor<f32>} : () -> tensor<f32>
    %18 = "nn.mul"(%16, %17) : (tensor<4x2x8x8xf32>, tensor<f32>) -> tensor<4x2x8x8xf32>
    %19 = "nn.add"(%18, %3) : (tensor<4x2x8x8xf32>, tensor<2x8x8xf32>) -> tensor<4x2x8x8xf32>
    %20 = "nn.softmax"(%19) {axis = -1 : i64} : (tensor<4x2x8x8xf32>) -> tensor<4x2x8x8xf32>
    %21 = "nn.matmul"(%20, %14) : (tensor<4x2x8x8xf32>, tensor<4x2x8x4xf32>) -> tensor<4x2x8x4xf32>
    %22 = "nn.transpose"(%21) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<4x2x8x4xf32>) -> tensor<4x8x2x4xf32>
    %23 = "nn.reshape"(%22) : (tensor<4x8x2x4xf32>) -> tensor<4x8x8xf32>
    %24 = "nn.matmul"(%0, %arg8) : (tensor<4x8x16xf32>, tensor<16x8xf32>) -> tensor<4x8x8xf32>
    %25 = "nn.add"(%24, %arg9) : (tensor<4x8x8xf32>, tensor<8xf32>) -> tensor<4x8x8xf32>
    %26 = "nn.sigmoid"(%25) : (tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %27 = "nn.mul"(%26, %23) : (tensor<4x8x8xf32>, tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %28 = "nn.matmul"(%27, %arg10) : (tensor<4x8x8xf32>, tensor<8x16xf32>) -> tensor<4x8x16xf32>
    %29 = "nn.add"(%28, %arg11) : (tensor<4x8x16xf32>, tensor<16xf32>) -> tensor<4x8x16xf32>
    %30 = "nn.add"(%arg0, %29) : (tensor<4x8x16xf32>, tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %31 = "nn.transpose"(%30) {permutation = array<i64: 1, 0, 2>} : (tensor<4x8x16xf32>) -> tensor<8x4x16xf32>
    %32 = "nn.layer_norm"(%31, %arg12, %arg13) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<8x4x16xf32>
    %33 = "nn.matmul"(%32, %arg14) : (tensor<8x4x16xf32>, tensor<16x24xf32>) -> tensor<8x4x24xf32>
    %34 = "nn.reshape"(%33) : (tensor<8x4x24xf32>) -> tensor<8x4x3x2x4xf32>
    %35 = "nn.slice"(%34) {limit_indices = array<i64: 8, 4, 1, 2, 4>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<8x4x3x2x4xf32>) -> tensor<8x4x1x2x4xf32>
    %36 = "nn.reshape"(%35) : (tensor<8x4x1x2x4xf32>) -> tensor<8x4x2x4xf32>
    %37 = "nn.transpose"(%36) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x4x2x4xf32>) -> tensor<8x2x4x4xf32>
    %38 = "nn.slice"(%34) {limit_indices = array<i64: 8, 4, 2, 2, 4>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<8x4x3x2x4xf32>) -> tensor<8x4x1x2x4xf32>
    %39 = "nn.reshape"(%38) : (tensor<8x4x1x2x4xf32>) -> tensor<8x4x2x4xf32>
    %40 = "nn.transpose"(%39) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x4x2x4xf32>) -> tensor<8x2x4x4xf32>
    %41 = "nn.slice"(%34) {limit_indices = array<i64: 8, 4, 3, 2, 4>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<8x4x3x2x4xf32>) -> tensor<8x4x1x2x4xf32>
    %42 = "nn.reshape"(%41) : (tensor<8x4x1x2x4xf32>) -> tensor<8x4x2x4xf32>
    %43 = "nn.transpose"(%42) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x4x2x4xf32>) -> tensor<8x2x4x4xf32>
    %44 = "nn.transpose"(%40) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<8x2x4x4xf32>) -> tensor<8x2x4x4xf32>
    %45 = "nn.matmul"(%37, %44) : (tensor<8x2x4x4xf32>, tensor<8x2x4x4xf32>) -> tensor<8x2x4x4xf32>
    %46 = "nn.constant"() {value = dense<5.0e-1> : tensor<f32>} : () -> tensor<f32>
    %47 = "nn.mul"(%45, %46) : (tensor<8x2x4x4xf32>, tensor<f32>) -> tensor<8x2x4x4xf32>
    %48 = "nn.softmax"(%47) {axis = -1 : i64} : (tensor<8x2x4x4xf32>) -> tensor<8x2x4x4xf32>
    %49 = "nn.matmul"(%48, %43) : (tensor<8x2x4x4xf32>, tensor<8x2x4x4xf32>) -> tensor<8x2x4x4xf32>
    %50 = "nn.transpose"(%49) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x2x4x4xf32>) -> tensor<8x4x2x4xf32>
    %51 = "nn.reshape"(%50) : (tensor<8x4x2x4xf32>) -> tensor<8x4x8xf32>
    %52 = "nn.matmul"(%32, %arg15) : (tensor<8x4x16xf32>, tensor<16x8xf32>) -> tensor<8x4x8xf32>
    %53 = "nn.add"(%52, %arg16) : (tensor<8x4x8xf32>, tensor<8xf32>) -> tensor<8x4x8xf32>
    %54 = "nn.sigmoid"(%53) : (tensor<8x4x8xf32>) -> tensor<8x4x8xf32>
    %55 = "nn.mul"(%54, %51) : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x8xf32>
    %56 = "nn.matmul"(%55, %arg17) : (tensor<8x4x8xf32>, tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %57 = "nn.add"(%56, %arg18) : (tensor<8x4x16xf32>, tensor<16xf32>) -> tensor<8x4x16xf32>
    %58 = "nn.transpose"(%57) {permutation = array<i64: 1, 0, 2>} : (tensor<8x4x16xf32>) -> tensor<4x8x16xf32>
    %59 = "nn.add"(%30, %58) : (tensor<4x8x16xf32>, tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %60 = "nn.layer_norm"(%59, %arg19, %arg20) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<4x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x8x16xf32>
    %61 = "nn.matmul"(%60, %arg21) : (tensor<4x8x16xf32>, tensor<16x64xf32>) -> tensor<4x8x64xf32>
    %62 = "nn.add"(%61, %arg22) : (tensor<4x8x64xf32>, tensor<64xf32>) -> tensor<4x8x64xf32>
    %63 = "nn.relu"(%62) : (tensor<4x8x64xf32>) -> tensor<4x8x64xf32>
    %64 = "nn.matmul"(%63, %arg23) : (tensor<4x8x64xf32>, tensor<64x16xf32>) -> tensor<4x8x16xf32>
    %65 = "nn.add"(%64, %arg24) : (tensor<4x8x16xf32>, tensor<16xf32>) -> tensor<4x8x16xf32>
    %66 = "nn.add"(%59, %65) : (tensor<4x8x16xf32>, tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %67 = "nn.layer_norm"(%66, %arg25, %arg26) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<4x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x8x16xf32>
    %68 = "nn.matmul"(%67, %arg27) : (tensor<4x8x16xf32>, tensor<16x4xf32>) -> tensor<4x8x4xf32>
    %69 = "nn.add"(%68, %arg28) : (tensor<4x8x4xf32>, tensor<4xf32>) -> tensor<4x8x4xf32>
    %70 = "nn.matmul"(%67, %arg29) : (tensor<4x8x16xf32>, tensor<16x4xf32>) -> tensor<4x8x4xf32>
    %71 = "nn.add"(%70, %arg30) : (tensor<4x8x4xf32>, tensor<4xf32>) -> tensor<4x8x4xf32>
    %72 = "nn.dot_general"(%69, %71) {lhs_contracting_dimensions = array<i64: 0>, rhs_contracting_dimensions = array<i64: 0>} : (tensor<4x8x4xf32>, tensor<4x8x4xf32>) -> tensor<8x4x8x4xf32>
    %73 = "nn.transpose"(%72) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x4x8x4xf32>) -> tensor<8x8x4x4xf32>
    %74 = "nn.reshape"(%73) : (tensor<8x8x4x4xf32>) -> tensor<8x8x16xf32>
    %75 = "nn.constant"() {value = dense<2.5e-1> : tensor<f32>} : () -> tensor<f32>
    %76 = "nn.mul"(%74, %75) : (tensor<8x8x16xf32>, tensor<f32>) -> tensor<8x8x16xf32>
    %77 = "nn.matmul"(%76, %arg31) : (tensor<8x8x16xf32>, tensor<16x8xf32>) -> tensor<8x8x8xf32>
    %78 = "nn.add"(%77, %arg32) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %79 = "nn.add"(%arg1, %78) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %80 = "nn.layer_norm"(%79, %arg33, %arg34) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %81 = "nn.matmul"(%80, %arg35) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %82 = "nn.add"(%81, %arg36) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %83 = "nn.sigmoid"(%82) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %84 = "nn.matmul"(%80, %arg37) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %85 = "nn.add"(%84, %arg38) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %86 = "nn.mul"(%83, %85) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %87 = "nn.matmul"(%80, %arg39) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %88 = "nn.add"(%87, %arg40) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %89 = "nn.sigmoid"(%88) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %90 = "nn.matmul"(%80, %arg41) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %91 = "nn.add"(%90, %arg42) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %92 = "nn.mul"(%89, %91) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %93 = "nn.dot_general"(%86, %92) {lhs_batching_dimensions = array<i64: 2>, lhs_contracting_dimensions = array<i64: 1>, rhs_batching_dimensions = array<i64: 2>, rhs_contracting_dimensions = array<i64: 1>} : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %94 = "nn.transpose"(%93) {permutation = array<i64: 1, 2, 0>} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %95 = "nn.layer_norm"(%94, %arg43, %arg44) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %96 = "nn.matmul"(%95, %arg45) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %97 = "nn.add"(%96, %arg46) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %98 = "nn.matmul"(%80, %arg47) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %99 = "nn.add"(%98, %arg48) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %100 = "nn.sigmoid"(%99) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %101 = "nn.mul"(%100, %97) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %102 = "nn.add"(%79, %101) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %103 = "nn.layer_norm"(%102, %arg49, %arg50) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %104 = "nn.matmul"(%103, %arg51) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %105 = "nn.add"(%104, %arg52) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %106 = "nn.sigmoid"(%105) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %107 = "nn.matmul"(%103, %arg53) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %108 = "nn.add"(%107, %arg54) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %109 = "nn.mul"(%106, %108) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %110 = "nn.matmul"(%103, %arg55) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %111 = "nn.add"(%110, %arg56) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %112 = "nn.sigmoid"(%111) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %113 = "nn.matmul"(%103, %arg57) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %114 = "nn.add"(%113, %arg58) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %115 = "nn.mul"(%112, %114) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %116 = "nn.dot_general"(%109, %115) {lhs_batching_dimensions = array<i64: 2>, lhs_contracting_dimensions = array<i64: 0>, rhs_batching_dimensions = array<i64: 2>, rhs_contracting_dimensions = array<i64: 0>} : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %117 = "nn.transpose"(%116) {permutation = array<i64: 1, 2, 0>} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %118 = "nn.layer_norm"(%117, %arg59, %arg60) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %119 = "nn.matmul"(%118, %arg61) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %120 = "nn.add"(%119, %arg62) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %121 = "nn.matmul"(%103, %arg63) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %122 = "nn.add"(%121, %arg64) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %123 = "nn.sigmoid"(%122) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %124 = "nn.mul"(%123, %120) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %125 = "nn.add"(%102, %124) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %126 = "nn.layer_norm"(%125, %arg65, %arg66) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %127 = "nn.matmul"(%126, %arg67) : (tensor<8x8x8xf32>, tensor<8x2xf32>) -> tensor<8x8x2xf32>
    %128 = "nn.transpose"(%127) {permutation = array<i64: 2, 0, 1>} : (tensor<8x8x2xf32>) -> tensor<2x8x8xf32>
    %129 = "nn.matmul"(%126, %arg68) : (tensor<8x8x8xf32>, tensor<8x24xf32>) -> tensor<8x8x24xf32>
    %130 = "nn.reshape"(%129) : (tensor<8x8x24xf32>) -> tensor<8x8x3x2x4xf32>
    %131 = "nn.slice"(%130) {limit_indices = array<i64: 8, 8, 1, 2, 4>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<8x8x3x2x4xf32>) -> tensor<8x8x1x2x4xf32>
    %132 = "nn.reshape"(%131) : (tensor<8x8x1x2x4xf32>) -> tensor<8x8x2x4xf32>
    %133 = "nn.transpose"(%132) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x2x4xf32>) -> tensor<8x2x8x4xf32>
    %134 = "nn.slice"(%130) {limit_indices = array<i64: 8, 8, 2, 2, 4>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<8x8x3x2x4xf32>) -> tensor<8x8x1x2x4xf32>
    %135 = "nn.reshape"(%134) : (tensor<8x8x1x2x4xf32>) -> tensor<8x8x2x4xf32>
    %136 = "nn.transpose"(%135) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x2x4xf32>) -> tensor<8x2x8x4xf32>
    %137 = "nn.slice"(%130) {limit_indices = array<i64: 8, 8, 3, 2, 4>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<8x8x3x2x4xf32>) -> tensor<8x8x1x2x4xf32>
    %138 = "nn.reshape"(%137) : (tensor<8x8x1x2x4xf32>) -> tensor<8x8x2x4xf32>
    %139 = "nn.transpose"(%138) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x2x4xf32>) -> tensor<8x2x8x4xf32>
    %140 = "nn.transpose"(%136) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<8x2x8x4xf32>) -> tensor<8x2x4x8xf32>
    %141 = "nn.matmul"(%133, %140) : (tensor<8x2x8x4xf32>, tensor<8x2x4x8xf32>) -> tensor<8x2x8x8xf32>
    %142 = "nn.constant"() {value = dense<5.0e-1> : tensor<f32>} : () -> tensor<f32>
    %143 = "nn.mul"(%141, %142) : (tensor<8x2x8x8xf32>, tensor<f32>) -> tensor<8x2x8x8xf32>
    %144 = "nn.add"(%143, %128) : (tensor<8x2x8x8xf32>, tensor<2x8x8xf32>) -> tensor<8x2x8x8xf32>
    %145 = "nn.softmax"(%144) {axis = -1 : i64} : (tensor<8x2x8x8xf32>) -> tensor<8x2x8x8xf32>
    %146 = "nn.matmul"(%145, %139) : (tensor<8x2x8x8xf32>, tensor<8x2x8x4xf32>) -> tensor<8x2x8x4xf32>
    %147 = "nn.transpose"(%146) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x2x8x4xf32>) -> tensor<8x8x2x4xf32>
    %148 = "nn.reshape"(%147) : (tensor<8x8x2x4xf32>) -> tensor<8x8x8xf32>
    %149 = "nn.matmul"(%126, %arg69) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %150 = "nn.add"(%149, %arg70) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %151 = "nn.sigmoid"(%150) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %152 = "nn.mul"(%151, %148) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %153 = "nn.matmul"(%152, %arg71) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %154 = "nn.add"(%153, %arg72) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %155 = "nn.add"(%125, %154) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %156 = "nn.transpose"(%155) {permutation = array<i64: 1, 0, 2>} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %157 = "nn.layer_norm"(%156, %arg73, %arg74) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %158 = "nn.matmul"(%157, %arg75) : (tensor<8x8x8xf32>, tensor<8x2xf32>) -> tensor<8x8x2xf32>
    %159 = "nn.transpose"(%158) {permutation = array<i64: 2, 0, 1>} : (tensor<8x8x2xf32>) -> tensor<2x8x8xf32>
    %160 = "nn.matmul"(%157, %arg76) : (tensor<8x8x8xf32>, tensor<8x24xf32>) -> tensor<8x8x24xf32>
    %161 = "nn.reshape"(%160) : (tensor<8x8x24xf32>) -> tensor<8x8x3x2x4xf32>
    %162 = "nn.slice"(%161) {limit_indices = array<i64: 8, 8, 1, 2, 4>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<8x8x3x2x4xf32>) -> tensor<8x8x1x2x4xf32>
    %163 = "nn.reshape"(%162) : (tensor<8x8x1x2x4xf32>) -> tensor<8x8x2x4xf32>
    %164 = "nn.transpose"(%163) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x2x4xf32>) -> tensor<8x2x8x4xf32>
    %165 = "nn.slice"(%161) {limit_indices = array<i64: 8, 8, 2, 2, 4>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<8x8x3x2x4xf32>) -> tensor<8x8x1x2x4xf32>
    %166 = "nn.reshape"(%165) : (tensor<8x8x1x2x4xf32>) -> tensor<8x8x2x4xf32>
    %167 = "nn.transpose"(%166) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x2x4xf32>) -> tensor<8x2x8x4xf32>
    %168 = "nn.slice"(%161) {limit_indices = array<i64: 8, 8, 3, 2, 4>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<8x8x3x2x4xf32>) -> tensor<8x8x1x2x4xf32>
    %169 = "nn.reshape"(%168) : (tensor<8x8x1x2x4xf32>) -> tensor<8x8x2x4xf32>
    %170 = "nn.transpose"(%169) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x8x2x4xf32>) -> tensor<8x2x8x4xf32>
    %171 = "nn.transpose"(%167) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<8x2x8x4xf32>) -> tensor<8x2x4x8xf32>
    %172 = "nn.matmul"(%164, %171) : (tensor<8x2x8x4xf32>, tensor<8x2x4x8xf32>) -> tensor<8x2x8x8xf32>
    %173 = "nn.constant"() {value = dense<5.0e-1> : tensor<f32>} : () -> tensor<f32>
    %174 = "nn.mul"(%172, %173) : (tensor<8x2x8x8xf32>, tensor<f32>) -> tensor<8x2x8x8xf32>
    %175 = "nn.add"(%174, %159) : (tensor<8x2x8x8xf32>, tensor<2x8x8xf32>) -> tensor<8x2x8x8xf32>
    %176 = "nn.softmax"(%175) {axis = -1 : i64} : (tensor<8x2x8x8xf32>) -> tensor<8x2x8x8xf32>
    %177 = "nn.matmul"(%176, %170) : (tensor<8x2x8x8xf32>, tensor<8x2x8x4xf32>) -> tensor<8x2x8x4xf32>
    %178 = "nn.transpose"(%177) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<8x2x8x4xf32>) -> tensor<8x8x2x4xf32>
    %179 = "nn.reshape"(%178) : (tensor<8x8x2x4xf32>) -> tensor<8x8x8xf32>
    %180 = "nn.matmul"(%157, %arg77) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %181 = "nn.add"(%180, %arg78) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %182 = "nn.sigmoid"(%181) : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %183 = "nn.mul"(%182, %179) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %184 = "nn.matmul"(%183, %arg79) : (tensor<8x8x8xf32>, tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %185 = "nn.add"(%184, %arg80) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %186 = "nn.transpose"(%185) {permutation = array<i64: 1, 0, 2>} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %187 = "nn.add"(%155, %186) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %188 = "nn.layer_norm"(%187, %arg81, %arg82) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %189 = "nn.matmul"(%188, %arg83) : (tensor<8x8x8xf32>, tensor<8x32xf32>) -> tensor<8x8x32xf32>
    %190 = "nn.add"(%189, %arg84) : (tensor<8x8x32xf32>, tensor<32xf32>) -> tensor<8x8x32xf32>
    %191 = "nn.relu"(%190) : (tensor<8x8x32xf32>) -> tensor<8x8x32xf32>
    %192 = "nn.matmul"(%191, %arg85) : (tensor<8x8x32xf32>, tensor<32x8xf32>) -> tensor<8x8x8xf32>
    %193 = "nn.add"(%192, %arg86) : (tensor<8x8x8xf32>, tensor<8xf32>) -> tensor<8x8x8xf32>
    %194 = "nn.add"(%187, %193) : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    func.return %66, %194 : tensor<4x8x16xf32>, tensor<8x8x8xf32>
  }
}
