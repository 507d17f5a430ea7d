"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<16xf32>, tensor<3x3x4x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<2x8xf32>, tensor<16x2x8xf32>, tensor<16xf32>, tensor<2x8x16xf32>, tensor<2x8xf32>, tensor<16x2x8xf32>, tensor<2x8xf32>, tensor<16x2x8xf32>, tensor<1x8x8x4xf32>) -> tensor<1x64x16xf32>, res_attrs = [{jax.result_info = ""}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<16xf32>, %arg1: tensor<3x3x4x16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<2x8xf32>, %arg5: tensor<16x2x8xf32>, %arg6: tensor<16xf32>, %arg7: tensor<2x8x16xf32>, %arg8: tensor<2x8xf32>, %arg9: tensor<16x2x8xf32>, %arg10: tensor<2x8xf32>, %arg11: tensor<16x2x8xf32>, %arg12: tensor<1x8x8x4xf32>):
    %0 = "stablehlo.convolution"(%arg12, %arg1) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<1> : tensor<2x2xi64>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>], rhs_dilation = array<i64: 1, 1>, window_reversal = array<i1: false, false>, window_strides = array<i64: 1, 1>}> : (tensor<1x8x8x4xf32>, tensor<3x3x4x16xf32>) -> tensor<1x8x8x16xf32>
    %1 = "stablehlo.reshape"(%arg0) : (tensor<16xf32>) -> tensor<1x1x1x16xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xf32>) -> tensor<1x8x8x16xf32>
    %3 = "stablehlo.add"(%0, %2) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %4 = "stablehlo.multiply"(%3, %3) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %5 = "stablehlo.multiply"(%4, %3) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %6 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x8x8x16xf32>
    %8 = "stablehlo.multiply"(%7, %5) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %9 = "stablehlo.add"(%3, %8) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %10 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x8x8x16xf32>
    %12 = "stablehlo.multiply"(%11, %9) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %13 = "stablehlo.tanh"(%12) : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %14 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x8x8x16xf32>
    %16 = "stablehlo.add"(%15, %13) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %17 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x8x8x16xf32>
    %19 = "stablehlo.multiply"(%18, %16) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %20 = "stablehlo.multiply"(%3, %19) : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
    %21 = "stablehlo.reshape"(%20) : (tensor<1x8x8x16xf32>) -> tensor<1x64x16xf32>
    %22 = "stablehlo.dot_general"(%21, %arg9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64x16xf32>, tensor<16x2x8xf32>) -> tensor<1x64x2x8xf32>
    %23 = "stablehlo.reshape"(%arg8) : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x8xf32>) -> tensor<1x64x2x8xf32>
    %25 = "stablehlo.add"(%22, %24) : (tensor<1x64x2x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %26 = "stablehlo.dot_general"(%21, %arg5) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64x16xf32>, tensor<16x2x8xf32>) -> tensor<1x64x2x8xf32>
    %27 = "stablehlo.reshape"(%arg4) : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x8xf32>) -> tensor<1x64x2x8xf32>
    %29 = "stablehlo.add"(%26, %28) : (tensor<1x64x2x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %30 = "stablehlo.dot_general"(%21, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64x16xf32>, tensor<16x2x8xf32>) -> tensor<1x64x2x8xf32>
    %31 = "stablehlo.reshape"(%arg10) : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x8xf32>) -> tensor<1x64x2x8xf32>
    %33 = "stablehlo.add"(%30, %32) : (tensor<1x64x2x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %34 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.sqrt"(%34) : (tensor<f32>) -> tensor<f32>
    %36 = "stablehlo.convert"(%35) : (tensor<f32>) -> tensor<f32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x64x2x8xf32>
    %38 = "stablehlo.divide"(%25, %37) : (tensor<1x64x2x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x64x2x8xf32>
    %39 = "stablehlo.dot_general"(%38, %29) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64x2x8xf32>, tensor<1x64x2x8xf32>) -> tensor<1x2x64x64xf32>
    %40 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %41 = "stablehlo.reduce"(%39, %40) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg19: tensor<f32>, %arg20: tensor<f32>):
      %95 = "stablehlo.maximum"(%arg19, %arg20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%95) : (tensor<f32>) -> ()
    }) : (tensor<1x2x64x64xf32>, tensor<f32>) -> tensor<1x2x64xf32>
    %42 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x64xf32>
    %44 = "stablehlo.maximum"(%43, %41) : (tensor<1x2x64xf32>, tensor<1x2x64xf32>) -> tensor<1x2x64xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x64xf32>) -> tensor<1x2x64x1xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x64x1xf32>) -> tensor<1x2x64x64xf32>
    %47 = "stablehlo.subtract"(%39, %46) : (tensor<1x2x64x64xf32>, tensor<1x2x64x64xf32>) -> tensor<1x2x64x64xf32>
    %48 = "stablehlo.exponential"(%47) : (tensor<1x2x64x64xf32>) -> tensor<1x2x64x64xf32>
    %49 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %50 = "stablehlo.reduce"(%48, %49) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<f32>):
      %94 = "stablehlo.add"(%arg17, %arg18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%94) : (tensor<f32>) -> ()
    }) : (tensor<1x2x64x64xf32>, tensor<f32>) -> tensor<1x2x64xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x64xf32>) -> tensor<1x2x64x1xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x64x1xf32>) -> tensor<1x2x64x64xf32>
    %53 = "stablehlo.divide"(%48, %52) : (tensor<1x2x64x64xf32>, tensor<1x2x64x64xf32>) -> tensor<1x2x64x64xf32>
    %54 = "stablehlo.dot_general"(%33, %53) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64x2x8xf32>, tensor<1x2x64x64xf32>) -> tensor<1x2x8x64xf32>
    %55 = "stablehlo.transpose"(%54) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x2x8x64xf32>) -> tensor<1x64x2x8xf32>
    %56 = "stablehlo.dot_general"(%55, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2, 3], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x64x2x8xf32>, tensor<2x8x16xf32>) -> tensor<1x64x16xf32>
    %57 = "stablehlo.reshape"(%arg6) : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %59 = "stablehlo.add"(%56, %58) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %60 = "stablehlo.add"(%21, %59) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %61 = "stablehlo.multiply"(%60, %60) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %62 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.reduce"(%60, %62) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %93 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%93) : (tensor<f32>) -> ()
    }) : (tensor<1x64x16xf32>, tensor<f32>) -> tensor<1x64xf32>
    %64 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x64xf32>
    %66 = "stablehlo.divide"(%63, %65) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %67 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.reduce"(%61, %67) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %92 = "stablehlo.add"(%arg13, %arg14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%92) : (tensor<f32>) -> ()
    }) : (tensor<1x64x16xf32>, tensor<f32>) -> tensor<1x64xf32>
    %69 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x64xf32>
    %70 = "stablehlo.divide"(%68, %69) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %71 = "stablehlo.multiply"(%66, %66) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %72 = "stablehlo.subtract"(%70, %71) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %73 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x64xf32>
    %75 = "stablehlo.maximum"(%74, %72) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %76 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xf32>) -> tensor<1x64x1xf32>
    %77 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x64xf32>) -> tensor<1x64x1xf32>
    %78 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xf32>) -> tensor<1x64x16xf32>
    %79 = "stablehlo.subtract"(%60, %78) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %80 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x64x1xf32>
    %82 = "stablehlo.add"(%77, %81) : (tensor<1x64x1xf32>, tensor<1x64x1xf32>) -> tensor<1x64x1xf32>
    %83 = "stablehlo.rsqrt"(%82) : (tensor<1x64x1xf32>) -> tensor<1x64x1xf32>
    %84 = "stablehlo.reshape"(%arg3) : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %85 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x64x1xf32>) -> tensor<1x64x16xf32>
    %86 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %87 = "stablehlo.multiply"(%85, %86) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %88 = "stablehlo.multiply"(%79, %87) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %89 = "stablehlo.reshape"(%arg2) : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %91 = "stablehlo.add"(%88, %90) : (tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    "func.return"(%91) : (tensor<1x64x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
