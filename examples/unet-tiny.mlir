// modelgen unet --image 8 --in-channels 4 --channels 8 --levels 2 --attention-levels 1 --heads 2 --groups 4
module {
  func.func @main(%arg0: tensor<1x4x8x8xf32> {nn.name = "sample"}, %arg1: tensor<1x8xf32> {nn.name = "time_embedding"}, %arg2: tensor<8x32xf32> {nn.name = "time_embed.fc1.weight"}, %arg3: tensor<32xf32> {nn.name = "time_embed.fc1.bias"}, %arg4: tensor<32x32xf32> {nn.name = "time_embed.fc2.weight"}, %arg5: tensor<32xf32> {nn.name = "time_embed.fc2.bias"}, %arg6: tensor<8x4x3x3xf32> {nn.name = "conv_in.weight"}, %arg7: tensor<8xf32> {nn.name = "conv_in.bias"}, %arg8: tensor<8xf32> {nn.name = "down.0.res.0.norm1.weight"}, %arg9: tensor<8xf32> {nn.name = "down.0.res.0.norm1.bias"}, %arg10: tensor<8x8x3x3xf32> {nn.name = "down.0.res.0.conv1.weight"}, %arg11: tensor<8xf32> {nn.name = "down.0.res.0.conv1.bias"}, %arg12: tensor<32x8xf32> {nn.name = "down.0.res.0.time_proj.weight"}, %arg13: tensor<8xf32> {nn.name = "down.0.res.0.time_proj.bias"}, %arg14: tensor<8xf32> {nn.name = "down.0.res.0.norm2.weight"}, %arg15: tensor<8xf32> {nn.name = "down.0.res.0.norm2.bias"}, %arg16: tensor<8x8x3x3xf32> {nn.name = "down.0.res.0.conv2.weight"}, %arg17: tensor<8xf32> {nn.name = "down.0.res.0.conv2.bias"}, %arg18: tensor<8x8x3x3xf32> {nn.name = "down.0.downsample.weight"}, %arg19: tensor<8xf32> {nn.name = "down.0.downsample.bias"}, %arg20: tensor<8xf32> {nn.name = "down.1.res.0.norm1.weight"}, %arg21: tensor<8xf32> {nn.name = "down.1.res.0.norm1.bias"}, %arg22: tensor<16x8x3x3xf32> {nn.name = "down.1.res.0.conv1.weight"}, %arg23: tensor<16xf32> {nn.name = "down.1.res.0.conv1.bias"}, %arg24: tensor<32x16xf32> {nn.name = "down.1.res.0.time_proj.weight"}, %arg25: tensor<16xf32> {nn.name = "down.1.res.0.time_proj.bias"}, %arg26: tensor<16xf32> {nn.name = "down.1.res.0.norm2.weight"}, %arg27: tensor<16xf32> {nn.name = "down.1.res.0.norm2.bias"}, %arg28: tensor<16x16x3x3xf32> {nn.name = "down.1.res.0.conv2.weight"}, %arg29: tensor<16xf32> {nn.name = "down.1.res.0.conv2.bias"}, %arg30: tensor<16x8x1x1xf32> {nn.name = "down.1.res.0.skip.weight"}, %arg31: tensor<16xf32> {nn.name = "down.1.res.0.skip.bias"}, %arg32: tensor<16xf32> {nn.name = "down.1.attn.0.norm.weight"}, %arg33: tensor<16xf32> {nn.name = "down.1.attn.0.norm.bias"}, %arg34: tensor<16x48xf32> {nn.name = "down.1.attn.0.qkv.weight"}, %arg35: tensor<48xf32> {nn.name = "down.1.attn.0.qkv.bias"}, %arg36: tensor<16x16xf32> {nn.name = "down.1.attn.0.out.weight"}, %arg37: tensor<16xf32> {nn.name = "down.1.attn.0.out.bias"}, %arg38: tensor<16xf32> {nn.name = "mid.res.0.norm1.weight"}, %arg39: tensor<16xf32> {nn.name = "mid.res.0.norm1.bias"}, %arg40: tensor<16x16x3x3xf32> {nn.name = "mid.res.0.conv1.weight"}, %arg41: tensor<16xf32> {nn.name = "mid.res.0.conv1.bias"}, %arg42: tensor<32x16xf32> {nn.name = "mid.res.0.time_proj.weight"}, %arg43: tensor<16xf32> {nn.name = "mid.res.0.time_proj.bias"}, %arg44: tensor<16xf32> {nn.name = "mid.res.0.norm2.weight"}, %arg45: tensor<16xf32> {nn.name = "mid.res.0.norm2.bias"}, %arg46: tensor<16x16x3x3xf32> {nn.name = "mid.res.0.conv2.weight"}, %arg47: tensor<16xf32> {nn.name = "mid.res.0.conv2.bias"}, %arg48: tensor<16xf32> {nn.name = "mid.attn.norm.weight"}, %arg49: tensor<16xf32> {nn.name = "mid.attn.norm.bias"}, %arg50: tensor<16x48xf32> {nn.name = "mid.attn.qkv.weight"}, %arg51: tensor<48xf32> {nn.name = "mid.attn.qkv.bias"}, %arg52: tensor<16x16xf32> {nn.name = "mid.attn.out.weight"}, %arg53: tensor<16xf32> {nn.name = "mid.attn.out.bias"}, %arg54: tensor<16xf32> {nn.name = "mid.res.1.norm1.weight"}, %arg55: tensor<16xf32> {nn.name = "mid.res.1.norm1.bias"}, %arg56: tensor<16x16x3x3xf32> {nn.name = "mid.res.1.conv1.weight"}, %arg57: tensor<16xf32> {nn.name = "mid.res.1.conv1.bias"}, %arg58: tensor<32x16xf32> {nn.name = "mid.res.1.time_proj.weight"}, %arg59: tensor<16xf32> {nn.name = "mid.res.1.time_proj.bias"}, %arg60: tensor<16xf32> {nn.name = "mid.res.1.norm2.weight"}, %arg61: tensor<16xf32> {nn.name = "mid.res.1.norm2.bias"}, %arg62: tensor<16x16x3x3xf32> {nn.name = "mid.res.1.conv2.weight"}, %arg63: tensor<16xf32> {nn.name = "mid.res.1.conv2.bias"}, %arg64: tensor<32xf32> {nn.name = "up.1.res.0.norm1.weight"}, %arg65: tensor<32xf32> {nn.name = "up.1.res.0.norm1.bias"}, %arg66: tensor<16x32x3x3xf32> {nn.name = "up.1.res.0.conv1.weight"}, %arg67: tensor<16xf32> {nn.name = "up.1.res.0.conv1.bias"}, %arg68: tensor<32x16xf32> {nn.name = "up.1.res.0.time_proj.weight"}, %arg69: tensor<16xf32> {nn.name = "up.1.res.0.time_proj.bias"}, %arg70: tensor<16xf32> {nn.name = "up.1.res.0.norm2.weight"}, %arg71: tensor<16xf32> {nn.name = "up.1.res.0.norm2.bias"}, %arg72: tensor<16x16x3x3xf32> {nn.name = "up.1.res.0.conv2.weight"}, %arg73: tensor<16xf32> {nn.name = "up.1.res.0.conv2.bias"}, %arg74: tensor<16x32x1x1xf32> {nn.name = "up.1.res.0.skip.weight"}, %arg75: tensor<16xf32> {nn.name = "up.1.res.0.skip.bias"}, %arg76: tensor<16xf32> {nn.name = "up.1.attn.0.norm.weight"}, %arg77: tensor<16xf32> {nn.name = "up.1.attn.0.norm.bias"}, %arg78: tensor<16x48xf32> {nn.name = "up.1.attn.0.qkv.weight"}, %arg79: tensor<48xf32> {nn.name = "up.1.attn.0.qkv.bias"}, %arg80: tensor<16x16xf32> {nn.name = "up.1.attn.0.out.weight"}, %arg81: tensor<16xf32> {nn.name = "up.1.attn.0.out.bias"}, %arg82: tensor<24xf32> {nn.name = "up.1.res.1.norm1.weight"}, %arg83: tensor<24xf32> {nn.name = "up.1.res.1.norm1.bias"}, %arg84: tensor<16x24x3x3xf32> {nn.name = "up.1.res.1.conv1.weight"}, %arg85: tensor<16xf32> {nn.name = "up.1.res.1.conv1.bias"}, %arg86: tensor<32x16xf32> {nn.name = "up.1.res.1.time_proj.weight"}, %arg87: tensor<16xf32> {nn.name = "up.1.res.1.time_proj.bias"}, %arg88: tensor<16xf32> {nn.name = "up.1.res.1.norm2.weight"}, %arg89: tensor<16xf32> {nn.name = "up.1.res.1.norm2.bias"}, %arg90: tensor<16x16x3x3xf32> {nn.name = "up.1.res.1.conv2.weight"}, %arg91: tensor<16xf32> {nn.name = "up.1.res.1.conv2.bias"}, %arg92: tensor<16x24x1x1xf32> {nn.name = "up.1.res.1.skip.weight"}, %arg93: tensor<16xf32> {nn.name = "up.1.res.1.skip.bias"}, %arg94: tensor<16xf32> {nn.name = "up.1.attn.1.norm.weight"}, %arg95: tensor<16xf32> {nn.name = "up.1.attn.1.norm.bias"}, %arg96: tensor<16x48xf32> {nn.name = "up.1.attn.1.qkv.weight"}, %arg97: tensor<48xf32> {nn.name = "up.1.attn.1.qkv.bias"}, %arg98: tensor<16x16xf32> {nn.name = "up.1.attn.1.out.weight"}, %arg99: tensor<16xf32> {nn.name = "up.1.attn.1.out.bias"}, %arg100: tensor<16x16x3x3xf32> {nn.name = "up.1.upsample.weight"}, %arg101: tensor<16xf32> {nn.name = "up.1.upsample.bias"}, %arg102: tensor<24xf32> {nn.name = "up.0.res.0.norm1.weight"}, %arg103: tensor<24xf32> {nn.name = "up.0.res.0.norm1.bias"}, %arg104: tensor<8x24x3x3xf32> {nn.name = "up.0.res.0.conv1.weight"}, %arg105: tensor<8xf32> {nn.name = "up.0.res.0.conv1.bias"}, %arg106: tensor<32x8xf32> {nn.name = "up.0.res.0.time_proj.weight"}, %arg107: tensor<8xf32> {nn.name = "up.0.res.0.time_proj.bias"}, %arg108: tensor<8xf32> {nn.name = "up.0.res.0.norm2.weight"}, %arg109: tensor<8xf32> {nn.name = "up.0.res.0.norm2.bias"}, %arg110: tensor<8x8x3x3xf32> {nn.name = "up.0.res.0.conv2.weight"}, %arg111: tensor<8xf32> {nn.name = "up.0.res.0.conv2.bias"}, %arg112: tensor<8x24x1x1xf32> {nn.name = "up.0.res.0.skip.weight"}, %arg113: tensor<8xf32> {nn.name = "up.0.res.0.skip.bias"}, %arg114: tensor<16xf32> {nn.name = "up.0.res.1.norm1.weight"}, %arg115: tensor<16xf32> {nn.name = "up.0.res.1.norm1.bias"}, %arg116: tensor<8x16x3x3xf32> {nn.name = "up.0.res.1.conv1.weight"}, %arg117: tensor<8xf32> {nn.name = "up.0.res.1.conv1.bias"}, %arg118: tensor<32x8xf32> {nn.name = "up.0.res.1.time_proj.weight"}, %arg119: tensor<8xf32> {nn.name = "up.0.res.1.time_proj.bias"}, %arg120: tensor<8xf32> {nn.name = "up.0.res.1.norm2.weight"}, %arg121: tensor<8xf32> {nn.name = "up.0.res.1.norm2.bias"}, %arg122: tensor<8x8x3x3xf32> {nn.name = "up.0.res.1.conv2.weight"}, %arg123: tensor<8xf32> {nn.name = "up.0.res.1.conv2.bias"}, %arg124: tensor<8x16x1x1xf32> {nn.name = "up.0.res.1.skip.weight"}, %arg125: tensor<8xf32> {nn.name = "up.0.res.1.skip.bias"}, %arg126: tensor<8xf32> {nn.name = "norm_out.weight"}, %arg127: tensor<8xf32> {nn.name = "norm_out.bias"}, %arg128: tensor<4x8x3x3xf32> {nn.name = "conv_out.weight"}, %arg129: tensor<4xf32> {nn.name = "conv_out.bias"}) -> (tensor<1x4x8x8xf32> {nn.name = "out"}) {
    %0 = "nn.matmul"(%arg1, %arg2) : (tensor<1x8xf32>, tensor<8x32xf32>) -> tensor<1x32xf32>
    %1 = "nn.add"(%0, %arg3) : (tensor<1x32xf32>, tensor<32xf32>) -> tensor<1x32xf32>
    %2 = "nn.silu"(%1) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %3 = "nn.matmul"(%2, %arg4) : (tensor<1x32xf32>, tensor<32x32xf32>) -> tensor<1x32xf32>
    %4 = "nn.add"(%3, %arg5) : (tensor<1x32xf32>, tensor<32xf32>) -> tensor<1x32xf32>
    %5 = "nn.conv2d"(%arg0, %arg6, %arg7) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %6 = "nn.group_norm"(%5, %arg8, %arg9) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %7 = "nn.silu"(%6) : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %8 = "nn.conv2d"(%7, %arg10, %arg11) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %9 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %10 = "nn.matmul"(%9, %arg12) : (tensor<1x32xf32>, tensor<32x8xf32>) -> tensor<1x8xf32>
    %11 = "nn.add"(%10, %arg13) : (tensor<1x8xf32>, tensor<8xf32>) -> tensor<1x8xf32>
    %12 = "nn.reshape"(%11) : (tensor<1x8xf32>) -> tensor<1x8x1x1xf32>
    %13 = "nn.add"(%8, %12) : (tensor<1x8x8x8xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x8x8xf32>
    %14 = "nn.group_norm"(%13, %arg14, %arg15) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %15 = "nn.silu"(%14) : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %16 = "nn.conv2d"(%15, %arg16, %arg17) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %17 = "nn.add"(%5, %16) : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %18 = "nn.conv2d"(%17, %arg18, %arg19) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
    %19 = "nn.group_norm"(%18, %arg20, %arg21) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
    %20 = "nn.silu"(%19) : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %21 = "nn.conv2d"(%20, %arg22, %arg23) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x4xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %22 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %23 = "nn.matmul"(%22, %arg24) : (tensor<1x32xf32>, tensor<32x16xf32>) -> tensor<1x16xf32>
    %24 = "nn.add"(%23, %arg25) : (tensor<1x16xf32>, tensor<16xf32>) -> tensor<1x16xf32>
    %25 = "nn.reshape"(%24) : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %26 = "nn.add"(%21, %25) : (tensor<1x16x4x4xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x4x4xf32>
    %27 = "nn.group_norm"(%26, %arg26, %arg27) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %28 = "nn.silu"(%27) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %29 = "nn.conv2d"(%28, %arg28, %arg29) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %30 = "nn.conv2d"(%18, %arg30, %arg31) : (tensor<1x8x4x4xf32>, tensor<16x8x1x1xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %31 = "nn.add"(%30, %29) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %32 = "nn.group_norm"(%31, %arg32, %arg33) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %33 = "nn.reshape"(%32) : (tensor<1x16x4x4xf32>) -> tensor<1x16x16xf32>
    %34 = "nn.transpose"(%33) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %35 = "nn.matmul"(%34, %arg34) : (tensor<1x16x16xf32>, tensor<16x48xf32>) -> tensor<1x16x48xf32>
    %36 = "nn.add"(%35, %arg35) : (tensor<1x16x48xf32>, tensor<48xf32>) -> tensor<1x16x48xf32>
    %37 = "nn.reshape"(%36) : (tensor<1x16x48xf32>) -> tensor<1x16x3x2x8xf32>
    %38 = "nn.slice"(%37) {limit_indices = array<i64: 1, 16, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %39 = "nn.reshape"(%38) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %40 = "nn.transpose"(%39) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %41 = "nn.slice"(%37) {limit_indices = array<i64: 1, 16, 2, 2, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %42 = "nn.reshape"(%41) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %43 = "nn.transpose"(%42) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %44 = "nn.slice"(%37) {limit_indices = array<i64: 1, 16, 3, 2, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %45 = "nn.reshape"(%44) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %46 = "nn.transpose"(%45) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %47 = "nn.transpose"(%43) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x2x16x8xf32>) -> tensor<1x2x8x16xf32>
    %48 = "nn.matmul"(%40, %47) : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
    %49 = "nn.constant"() {value = dense<3.5355338e-1> : tensor<f32>} : () -> tensor<f32>
    %50 = "nn.mul"(%48, %49) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
    %51 = "nn.softmax"(%50) {axis = -1 : i64} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %52 = "nn.matmul"(%51, %46) : (tensor<1x2x16x16xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %53 = "nn.transpose"(%52) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x2x16x8xf32>) -> tensor<1x16x2x8xf32>
    %54 = "nn.reshape"(%53) : (tensor<1x16x2x8xf32>) -> tensor<1x16x16xf32>
    %55 = "nn.matmul"(%54, %arg36) : (tensor<1x16x16xf32>, tensor<16x16xf32>) -> tensor<1x16x16xf32>
    %56 = "nn.add"(%55, %arg37) : (tensor<1x16x16xf32>, tensor<16xf32>) -> tensor<1x16x16xf32>
    %57 = "nn.transpose"(%56) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %58 = "nn.reshape"(%57) : (tensor<1x16x16xf32>) -> tensor<1x16x4x4xf32>
    %59 = "nn.add"(%31, %58) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %60 = "nn.group_norm"(%59, %arg38, %arg39) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %61 = "nn.silu"(%60) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %62 = "nn.conv2d"(%61, %arg40, %arg41) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %63 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %64 = "nn.matmul"(%63, %arg42) : (tensor<1x32xf32>, tensor<32x16xf32>) -> tensor<1x16xf32>
    %65 = "nn.add"(%64, %arg43) : (tensor<1x16xf32>, tensor<16xf32>) -> tensor<1x16xf32>
    %66 = "nn.reshape"(%65) : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %67 = "nn.add"(%62, %66) : (tensor<1x16x4x4xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x4x4xf32>
    %68 = "nn.group_norm"(%67, %arg44, %arg45) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %69 = "nn.silu"(%68) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %70 = "nn.conv2d"(%69, %arg46, %arg47) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %71 = "nn.add"(%59, %70) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %72 = "nn.group_norm"(%71, %arg48, %arg49) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %73 = "nn.reshape"(%72) : (tensor<1x16x4x4xf32>) -> tensor<1x16x16xf32>
    %74 = "nn.transpose"(%73) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %75 = "nn.matmul"(%74, %arg50) : (tensor<1x16x16xf32>, tensor<16x48xf32>) -> tensor<1x16x48xf32>
    %76 = "nn.add"(%75, %arg51) : (tensor<1x16x48xf32>, tensor<48xf32>) -> tensor<1x16x48xf32>
    %77 = "nn.reshape"(%76) : (tensor<1x16x48xf32>) -> tensor<1x16x3x2x8xf32>
    %78 = "nn.slice"(%77) {limit_indices = array<i64: 1, 16, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %79 = "nn.reshape"(%78) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %80 = "nn.transpose"(%79) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %81 = "nn.slice"(%77) {limit_indices = array<i64: 1, 16, 2, 2, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %82 = "nn.reshape"(%81) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %83 = "nn.transpose"(%82) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %84 = "nn.slice"(%77) {limit_indices = array<i64: 1, 16, 3, 2, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %85 = "nn.reshape"(%84) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %86 = "nn.transpose"(%85) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %87 = "nn.transpose"(%83) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x2x16x8xf32>) -> tensor<1x2x8x16xf32>
    %88 = "nn.matmul"(%80, %87) : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
    %89 = "nn.constant"() {value = dense<3.5355338e-1> : tensor<f32>} : () -> tensor<f32>
    %90 = "nn.mul"(%88, %89) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
    %91 = "nn.softmax"(%90) {axis = -1 : i64} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %92 = "nn.matmul"(%91, %86) : (tensor<1x2x16x16xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %93 = "nn.transpose"(%92) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x2x16x8xf32>) -> tensor<1x16x2x8xf32>
    %94 = "nn.reshape"(%93) : (tensor<1x16x2x8xf32>) -> tensor<1x16x16xf32>
    %95 = "nn.matmul"(%94, %arg52) : (tensor<1x16x16xf32>, tensor<16x16xf32>) -> tensor<1x16x16xf32>
    %96 = "nn.add"(%95, %arg53) : (tensor<1x16x16xf32>, tensor<16xf32>) -> tensor<1x16x16xf32>
    %97 = "nn.transpose"(%96) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %98 = "nn.reshape"(%97) : (tensor<1x16x16xf32>) -> tensor<1x16x4x4xf32>
    %99 = "nn.add"(%71, %98) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %100 = "nn.group_norm"(%99, %arg54, %arg55) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %101 = "nn.silu"(%100) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %102 = "nn.conv2d"(%101, %arg56, %arg57) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %103 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %104 = "nn.matmul"(%103, %arg58) : (tensor<1x32xf32>, tensor<32x16xf32>) -> tensor<1x16xf32>
    %105 = "nn.add"(%104, %arg59) : (tensor<1x16xf32>, tensor<16xf32>) -> tensor<1x16xf32>
    %106 = "nn.reshape"(%105) : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %107 = "nn.add"(%102, %106) : (tensor<1x16x4x4xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x4x4xf32>
    %108 = "nn.group_norm"(%107, %arg60, %arg61) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %109 = "nn.silu"(%108) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %110 = "nn.conv2d"(%109, %arg62, %arg63) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %111 = "nn.add"(%99, %110) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %112 = "nn.concat"(%111, %59) {dimension = 1 : i64} : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x32x4x4xf32>
    %113 = "nn.group_norm"(%112, %arg64, %arg65) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x32x4x4xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x32x4x4xf32>
    %114 = "nn.silu"(%113) : (tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %115 = "nn.conv2d"(%114, %arg66, %arg67) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x32x4x4xf32>, tensor<16x32x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %116 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %117 = "nn.matmul"(%116, %arg68) : (tensor<1x32xf32>, tensor<32x16xf32>) -> tensor<1x16xf32>
    %118 = "nn.add"(%117, %arg69) : (tensor<1x16xf32>, tensor<16xf32>) -> tensor<1x16xf32>
    %119 = "nn.reshape"(%118) : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %120 = "nn.add"(%115, %119) : (tensor<1x16x4x4xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x4x4xf32>
    %121 = "nn.group_norm"(%120, %arg70, %arg71) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %122 = "nn.silu"(%121) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %123 = "nn.conv2d"(%122, %arg72, %arg73) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %124 = "nn.conv2d"(%112, %arg74, %arg75) : (tensor<1x32x4x4xf32>, tensor<16x32x1x1xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %125 = "nn.add"(%124, %123) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %126 = "nn.group_norm"(%125, %arg76, %arg77) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %127 = "nn.reshape"(%126) : (tensor<1x16x4x4xf32>) -> tensor<1x16x16xf32>
    %128 = "nn.transpose"(%127) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %129 = "nn.matmul"(%128, %arg78) : (tensor<1x16x16xf32>, tensor<16x48xf32>) -> tensor<1x16x48xf32>
    %130 = "nn.add"(%129, %arg79) : (tensor<1x16x48xf32>, tensor<48xf32>) -> tensor<1x16x48xf32>
    %131 = "nn.reshape"(%130) : (tensor<1x16x48xf32>) -> tensor<1x16x3x2x8xf32>
    %132 = "nn.slice"(%131) {limit_indices = array<i64: 1, 16, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %133 = "nn.reshape"(%132) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %134 = "nn.transpose"(%133) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %135 = "nn.slice"(%131) {limit_indices = array<i64: 1, 16, 2, 2, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %136 = "nn.reshape"(%135) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %137 = "nn.transpose"(%136) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %138 = "nn.slice"(%131) {limit_indices = array<i64: 1, 16, 3, 2, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %139 = "nn.reshape"(%138) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %140 = "nn.transpose"(%139) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %141 = "nn.transpose"(%137) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x2x16x8xf32>) -> tensor<1x2x8x16xf32>
    %142 = "nn.matmul"(%134, %141) : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
    %143 = "nn.constant"() {value = dense<3.5355338e-1> : tensor<f32>} : () -> tensor<f32>
    %144 = "nn.mul"(%142, %143) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
    %145 = "nn.softmax"(%144) {axis = -1 : i64} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %146 = "nn.matmul"(%145, %140) : (tensor<1x2x16x16xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %147 = "nn.transpose"(%146) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x2x16x8xf32>) -> tensor<1x16x2x8xf32>
    %148 = "nn.reshape"(%147) : (tensor<1x16x2x8xf32>) -> tensor<1x16x16xf32>
    %149 = "nn.matmul"(%148, %arg80) : (tensor<1x16x16xf32>, tensor<16x16xf32>) -> tensor<1x16x16xf32>
    %150 = "nn.add"(%149, %arg81) : (tensor<1x16x16xf32>, tensor<16xf32>) -> tensor<1x16x16xf32>
    %151 = "nn.transpose"(%150) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %152 = "nn.reshape"(%151) : (tensor<1x16x16xf32>) -> tensor<1x16x4x4xf32>
    %153 = "nn.add"(%125, %152) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %154 = "nn.concat"(%153, %18) {dimension = 1 : i64} : (tensor<1x16x4x4xf32>, tensor<1x8x4x4xf32>) -> tensor<1x24x4x4xf32>
    %155 = "nn.group_norm"(%154, %arg82, %arg83) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x24x4x4xf32>, tensor<24xf32>, tensor<24xf32>) -> tensor<1x24x4x4xf32>
    %156 = "nn.silu"(%155) : (tensor<1x24x4x4xf32>) -> tensor<1x24x4x4xf32>
    %157 = "nn.conv2d"(%156, %arg84, %arg85) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x24x4x4xf32>, tensor<16x24x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %158 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %159 = "nn.matmul"(%158, %arg86) : (tensor<1x32xf32>, tensor<32x16xf32>) -> tensor<1x16xf32>
    %160 = "nn.add"(%159, %arg87) : (tensor<1x16xf32>, tensor<16xf32>) -> tensor<1x16xf32>
    %161 = "nn.reshape"(%160) : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %162 = "nn.add"(%157, %161) : (tensor<1x16x4x4xf32>, tensor<1x16x1x1xf32>) -> tensor<1x16x4x4xf32>
    %163 = "nn.group_norm"(%162, %arg88, %arg89) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %164 = "nn.silu"(%163) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %165 = "nn.conv2d"(%164, %arg90, %arg91) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %166 = "nn.conv2d"(%154, %arg92, %arg93) : (tensor<1x24x4x4xf32>, tensor<16x24x1x1xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %167 = "nn.add"(%166, %165) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %168 = "nn.group_norm"(%167, %arg94, %arg95) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x4x4xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x4x4xf32>
    %169 = "nn.reshape"(%168) : (tensor<1x16x4x4xf32>) -> tensor<1x16x16xf32>
    %170 = "nn.transpose"(%169) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %171 = "nn.matmul"(%170, %arg96) : (tensor<1x16x16xf32>, tensor<16x48xf32>) -> tensor<1x16x48xf32>
    %172 = "nn.add"(%171, %arg97) : (tensor<1x16x48xf32>, tensor<48xf32>) -> tensor<1x16x48xf32>
    %173 = "nn.reshape"(%172) : (tensor<1x16x48xf32>) -> tensor<1x16x3x2x8xf32>
    %174 = "nn.slice"(%173) {limit_indices = array<i64: 1, 16, 1, 2, 8>, start_indices = array<i64: 0, 0, 0, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %175 = "nn.reshape"(%174) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %176 = "nn.transpose"(%175) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %177 = "nn.slice"(%173) {limit_indices = array<i64: 1, 16, 2, 2, 8>, start_indices = array<i64: 0, 0, 1, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %178 = "nn.reshape"(%177) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %179 = "nn.transpose"(%178) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %180 = "nn.slice"(%173) {limit_indices = array<i64: 1, 16, 3, 2, 8>, start_indices = array<i64: 0, 0, 2, 0, 0>} : (tensor<1x16x3x2x8xf32>) -> tensor<1x16x1x2x8xf32>
    %181 = "nn.reshape"(%180) : (tensor<1x16x1x2x8xf32>) -> tensor<1x16x2x8xf32>
    %182 = "nn.transpose"(%181) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x8xf32>) -> tensor<1x2x16x8xf32>
    %183 = "nn.transpose"(%179) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x2x16x8xf32>) -> tensor<1x2x8x16xf32>
    %184 = "nn.matmul"(%176, %183) : (tensor<1x2x16x8xf32>, tensor<1x2x8x16xf32>) -> tensor<1x2x16x16xf32>
    %185 = "nn.constant"() {value = dense<3.5355338e-1> : tensor<f32>} : () -> tensor<f32>
    %186 = "nn.mul"(%184, %185) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16x16xf32>
    %187 = "nn.softmax"(%186) {axis = -1 : i64} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %188 = "nn.matmul"(%187, %182) : (tensor<1x2x16x16xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %189 = "nn.transpose"(%188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x2x16x8xf32>) -> tensor<1x16x2x8xf32>
    %190 = "nn.reshape"(%189) : (tensor<1x16x2x8xf32>) -> tensor<1x16x16xf32>
    %191 = "nn.matmul"(%190, %arg98) : (tensor<1x16x16xf32>, tensor<16x16xf32>) -> tensor<1x16x16xf32>
    %192 = "nn.add"(%191, %arg99) : (tensor<1x16x16xf32>, tensor<16xf32>) -> tensor<1x16x16xf32>
    %193 = "nn.transpose"(%192) {permutation = array<i64: 0, 2, 1>} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %194 = "nn.reshape"(%193) : (tensor<1x16x16xf32>) -> tensor<1x16x4x4xf32>
    %195 = "nn.add"(%167, %194) : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %196 = "nn.upsample_nearest2d"(%195) {scale = 2 : i64} : (tensor<1x16x4x4xf32>) -> tensor<1x16x8x8xf32>
    %197 = "nn.conv2d"(%196, %arg100, %arg101) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x8x8xf32>, tensor<16x16x3x3xf32>, tensor<16xf32>) -> tensor<1x16x8x8xf32>
    %198 = "nn.concat"(%197, %17) {dimension = 1 : i64} : (tensor<1x16x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x24x8x8xf32>
    %199 = "nn.group_norm"(%198, %arg102, %arg103) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x24x8x8xf32>, tensor<24xf32>, tensor<24xf32>) -> tensor<1x24x8x8xf32>
    %200 = "nn.silu"(%199) : (tensor<1x24x8x8xf32>) -> tensor<1x24x8x8xf32>
    %201 = "nn.conv2d"(%200, %arg104, %arg105) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x24x8x8xf32>, tensor<8x24x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %202 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %203 = "nn.matmul"(%202, %arg106) : (tensor<1x32xf32>, tensor<32x8xf32>) -> tensor<1x8xf32>
    %204 = "nn.add"(%203, %arg107) : (tensor<1x8xf32>, tensor<8xf32>) -> tensor<1x8xf32>
    %205 = "nn.reshape"(%204) : (tensor<1x8xf32>) -> tensor<1x8x1x1xf32>
    %206 = "nn.add"(%201, %205) : (tensor<1x8x8x8xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x8x8xf32>
    %207 = "nn.group_norm"(%206, %arg108, %arg109) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %208 = "nn.silu"(%207) : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %209 = "nn.conv2d"(%208, %arg110, %arg111) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %210 = "nn.conv2d"(%198, %arg112, %arg113) : (tensor<1x24x8x8xf32>, tensor<8x24x1x1xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %211 = "nn.add"(%210, %209) : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %212 = "nn.concat"(%211, %5) {dimension = 1 : i64} : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x16x8x8xf32>
    %213 = "nn.group_norm"(%212, %arg114, %arg115) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x8x8xf32>
    %214 = "nn.silu"(%213) : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %215 = "nn.conv2d"(%214, %arg116, %arg117) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x16x8x8xf32>, tensor<8x16x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %216 = "nn.silu"(%4) : (tensor<1x32xf32>) -> tensor<1x32xf32>
    %217 = "nn.matmul"(%216, %arg118) : (tensor<1x32xf32>, tensor<32x8xf32>) -> tensor<1x8xf32>
    %218 = "nn.add"(%217, %arg119) : (tensor<1x8xf32>, tensor<8xf32>) -> tensor<1x8xf32>
    %219 = "nn.reshape"(%218) : (tensor<1x8xf32>) -> tensor<1x8x1x1xf32>
    %220 = "nn.add"(%215, %219) : (tensor<1x8x8x8xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x8x8xf32>
    %221 = "nn.group_norm"(%220, %arg120, %arg121) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %222 = "nn.silu"(%221) : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %223 = "nn.conv2d"(%222, %arg122, %arg123) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %224 = "nn.conv2d"(%212, %arg124, %arg125) : (tensor<1x16x8x8xf32>, tensor<8x16x1x1xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %225 = "nn.add"(%224, %223) : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %226 = "nn.group_norm"(%225, %arg126, %arg127) {epsilon = 1.0e-5 : f32, groups = 4 : i64} : (tensor<1x8x8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
    %227 = "nn.silu"(%226) : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %228 = "nn.conv2d"(%227, %arg128, %arg129) {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x8xf32>, tensor<4x8x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
    func.return %228 : tensor<1x4x8x8xf32>
  }
}
