"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<1x1x32xf32>, tensor<32xf32>, tensor<8x8x3x32xf32>, tensor<1x17x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x3x32x32xf32>) -> tensor<1x17x32xf32>, res_attrs = [{jax.result_info = ""}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<1x1x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<8x8x3x32xf32>, %arg3: tensor<1x17x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32x32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32x32xf32>, %arg12: tensor<64xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<64x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32x32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32x32xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32x32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32x32xf32>, %arg28: tensor<64xf32>, %arg29: tensor<32x64xf32>, %arg30: tensor<32xf32>, %arg31: tensor<32xf32>, %arg32: tensor<32xf32>, %arg33: tensor<32xf32>, %arg34: tensor<32xf32>, %arg35: tensor<64x32xf32>, %arg36: tensor<32xf32>, %arg37: tensor<32xf32>, %arg38: tensor<1x3x32x32xf32>):
    %0 = "stablehlo.transpose"(%arg38) <{permutation = array<i64: 0, 2, 3, 1>}> : (tensor<1x3x32x32xf32>) -> tensor<1x32x32x3xf32>
    %1 = "stablehlo.convolution"(%0, %arg2) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<0> : tensor<2x2xi64>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>], rhs_dilation = array<i64: 1, 1>, window_reversal = array<i1: false, false>, window_strides = array<i64: 8, 8>}> : (tensor<1x32x32x3xf32>, tensor<8x8x3x32xf32>) -> tensor<1x4x4x32xf32>
    %2 = "stablehlo.reshape"(%arg1) : (tensor<32xf32>) -> tensor<1x1x1x32xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x32xf32>) -> tensor<1x4x4x32xf32>
    %4 = "stablehlo.add"(%1, %3) : (tensor<1x4x4x32xf32>, tensor<1x4x4x32xf32>) -> tensor<1x4x4x32xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<1x4x4x32xf32>) -> tensor<1x16x32xf32>
    %6 = "stablehlo.concatenate"(%arg0, %5) <{dimension = 1 : i64}> : (tensor<1x1x32xf32>, tensor<1x16x32xf32>) -> tensor<1x17x32xf32>
    %7 = "stablehlo.add"(%6, %arg3) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %8 = "stablehlo.multiply"(%7, %7) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %9 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.reduce"(%7, %9) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg65: tensor<f32>, %arg66: tensor<f32>):
      %282 = "stablehlo.add"(%arg65, %arg66) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%282) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %11 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %13 = "stablehlo.divide"(%10, %12) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %14 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.reduce"(%8, %14) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg63: tensor<f32>, %arg64: tensor<f32>):
      %281 = "stablehlo.add"(%arg63, %arg64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%281) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %16 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %17 = "stablehlo.divide"(%15, %16) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %18 = "stablehlo.multiply"(%13, %13) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %19 = "stablehlo.subtract"(%17, %18) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %20 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %22 = "stablehlo.maximum"(%21, %19) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %23 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %24 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %25 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %26 = "stablehlo.subtract"(%7, %25) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %27 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x1xf32>
    %29 = "stablehlo.add"(%24, %28) : (tensor<1x17x1xf32>, tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %30 = "stablehlo.rsqrt"(%29) : (tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %31 = "stablehlo.reshape"(%arg17) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %32 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %33 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %34 = "stablehlo.multiply"(%32, %33) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %35 = "stablehlo.multiply"(%26, %34) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %36 = "stablehlo.reshape"(%arg16) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %38 = "stablehlo.add"(%35, %37) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %39 = "stablehlo.dot_general"(%38, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %40 = "stablehlo.reshape"(%arg6) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %42 = "stablehlo.add"(%39, %41) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<1x17x32xf32>) -> tensor<1x17x2x16xf32>
    %44 = "stablehlo.dot_general"(%38, %arg9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %45 = "stablehlo.reshape"(%arg8) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %47 = "stablehlo.add"(%44, %46) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %48 = "stablehlo.reshape"(%47) : (tensor<1x17x32xf32>) -> tensor<1x17x2x16xf32>
    %49 = "stablehlo.dot_general"(%38, %arg5) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %50 = "stablehlo.reshape"(%arg4) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %52 = "stablehlo.add"(%49, %51) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %53 = "stablehlo.reshape"(%52) : (tensor<1x17x32xf32>) -> tensor<1x17x2x16xf32>
    %54 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.sqrt"(%54) : (tensor<f32>) -> tensor<f32>
    %56 = "stablehlo.convert"(%55) : (tensor<f32>) -> tensor<f32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x2x16xf32>
    %58 = "stablehlo.divide"(%43, %57) : (tensor<1x17x2x16xf32>, tensor<1x17x2x16xf32>) -> tensor<1x17x2x16xf32>
    %59 = "stablehlo.dot_general"(%58, %53) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x2x16xf32>, tensor<1x17x2x16xf32>) -> tensor<1x2x17x17xf32>
    %60 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.reduce"(%59, %60) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg61: tensor<f32>, %arg62: tensor<f32>):
      %280 = "stablehlo.maximum"(%arg61, %arg62) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%280) : (tensor<f32>) -> ()
    }) : (tensor<1x2x17x17xf32>, tensor<f32>) -> tensor<1x2x17xf32>
    %62 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x17xf32>
    %64 = "stablehlo.maximum"(%63, %61) : (tensor<1x2x17xf32>, tensor<1x2x17xf32>) -> tensor<1x2x17xf32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x17xf32>) -> tensor<1x2x17x1xf32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x17x1xf32>) -> tensor<1x2x17x17xf32>
    %67 = "stablehlo.subtract"(%59, %66) : (tensor<1x2x17x17xf32>, tensor<1x2x17x17xf32>) -> tensor<1x2x17x17xf32>
    %68 = "stablehlo.exponential"(%67) : (tensor<1x2x17x17xf32>) -> tensor<1x2x17x17xf32>
    %69 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %70 = "stablehlo.reduce"(%68, %69) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg59: tensor<f32>, %arg60: tensor<f32>):
      %279 = "stablehlo.add"(%arg59, %arg60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%279) : (tensor<f32>) -> ()
    }) : (tensor<1x2x17x17xf32>, tensor<f32>) -> tensor<1x2x17xf32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x17xf32>) -> tensor<1x2x17x1xf32>
    %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x17x1xf32>) -> tensor<1x2x17x17xf32>
    %73 = "stablehlo.divide"(%68, %72) : (tensor<1x2x17x17xf32>, tensor<1x2x17x17xf32>) -> tensor<1x2x17x17xf32>
    %74 = "stablehlo.dot_general"(%48, %73) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x2x16xf32>, tensor<1x2x17x17xf32>) -> tensor<1x2x16x17xf32>
    %75 = "stablehlo.transpose"(%74) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x2x16x17xf32>) -> tensor<1x17x2x16xf32>
    %76 = "stablehlo.reshape"(%75) : (tensor<1x17x2x16xf32>) -> tensor<1x17x32xf32>
    %77 = "stablehlo.dot_general"(%76, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %78 = "stablehlo.reshape"(%arg10) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %80 = "stablehlo.add"(%77, %79) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %81 = "stablehlo.add"(%80, %7) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %82 = "stablehlo.multiply"(%81, %81) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %83 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %84 = "stablehlo.reduce"(%81, %83) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg57: tensor<f32>, %arg58: tensor<f32>):
      %278 = "stablehlo.add"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%278) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %85 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %86 = "stablehlo.divide"(%84, %85) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %87 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %88 = "stablehlo.reduce"(%82, %87) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %277 = "stablehlo.add"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%277) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %89 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %90 = "stablehlo.divide"(%88, %89) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %91 = "stablehlo.multiply"(%86, %86) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %92 = "stablehlo.subtract"(%90, %91) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %93 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %94 = "stablehlo.maximum"(%93, %92) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %95 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %96 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %97 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %98 = "stablehlo.subtract"(%81, %97) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %99 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x1xf32>
    %100 = "stablehlo.add"(%96, %99) : (tensor<1x17x1xf32>, tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %101 = "stablehlo.rsqrt"(%100) : (tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %102 = "stablehlo.reshape"(%arg15) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %103 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %104 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %105 = "stablehlo.multiply"(%103, %104) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %106 = "stablehlo.multiply"(%98, %105) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %107 = "stablehlo.reshape"(%arg14) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %108 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %109 = "stablehlo.add"(%106, %108) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %110 = "stablehlo.dot_general"(%109, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x64xf32>) -> tensor<1x17x64xf32>
    %111 = "stablehlo.reshape"(%arg12) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x17x64xf32>
    %113 = "stablehlo.add"(%110, %112) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %114 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x64xf32>
    %116 = "stablehlo.multiply"(%115, %113) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %117 = "stablehlo.negate"(%113) : (tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %118 = "stablehlo.constant"() <{value = dense<0.707106769> : tensor<f32>}> : () -> tensor<f32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x64xf32>
    %120 = "stablehlo.multiply"(%117, %119) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %121 = "chlo.erfc"(%120) : (tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %122 = "stablehlo.multiply"(%116, %121) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %123 = "stablehlo.dot_general"(%122, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x64xf32>, tensor<64x32xf32>) -> tensor<1x17x32xf32>
    %124 = "stablehlo.reshape"(%arg18) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %126 = "stablehlo.add"(%123, %125) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %127 = "stablehlo.add"(%126, %81) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %128 = "stablehlo.multiply"(%127, %127) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %129 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %130 = "stablehlo.reduce"(%127, %129) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg53: tensor<f32>, %arg54: tensor<f32>):
      %276 = "stablehlo.add"(%arg53, %arg54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%276) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %131 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %132 = "stablehlo.divide"(%130, %131) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %133 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %134 = "stablehlo.reduce"(%128, %133) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg51: tensor<f32>, %arg52: tensor<f32>):
      %275 = "stablehlo.add"(%arg51, %arg52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%275) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %135 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %136 = "stablehlo.divide"(%134, %135) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %137 = "stablehlo.multiply"(%132, %132) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %138 = "stablehlo.subtract"(%136, %137) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %139 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %140 = "stablehlo.maximum"(%139, %138) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %141 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %142 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %143 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %144 = "stablehlo.subtract"(%127, %143) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %145 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x1xf32>
    %146 = "stablehlo.add"(%142, %145) : (tensor<1x17x1xf32>, tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %147 = "stablehlo.rsqrt"(%146) : (tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %148 = "stablehlo.reshape"(%arg33) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %149 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %150 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %151 = "stablehlo.multiply"(%149, %150) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %152 = "stablehlo.multiply"(%144, %151) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %153 = "stablehlo.reshape"(%arg32) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %155 = "stablehlo.add"(%152, %154) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %156 = "stablehlo.dot_general"(%155, %arg23) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %157 = "stablehlo.reshape"(%arg22) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %159 = "stablehlo.add"(%156, %158) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<1x17x32xf32>) -> tensor<1x17x2x16xf32>
    %161 = "stablehlo.dot_general"(%155, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %162 = "stablehlo.reshape"(%arg24) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %164 = "stablehlo.add"(%161, %163) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %165 = "stablehlo.reshape"(%164) : (tensor<1x17x32xf32>) -> tensor<1x17x2x16xf32>
    %166 = "stablehlo.dot_general"(%155, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %167 = "stablehlo.reshape"(%arg20) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %169 = "stablehlo.add"(%166, %168) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %170 = "stablehlo.reshape"(%169) : (tensor<1x17x32xf32>) -> tensor<1x17x2x16xf32>
    %171 = "stablehlo.sqrt"(%54) : (tensor<f32>) -> tensor<f32>
    %172 = "stablehlo.convert"(%171) : (tensor<f32>) -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x2x16xf32>
    %174 = "stablehlo.divide"(%160, %173) : (tensor<1x17x2x16xf32>, tensor<1x17x2x16xf32>) -> tensor<1x17x2x16xf32>
    %175 = "stablehlo.dot_general"(%174, %170) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x2x16xf32>, tensor<1x17x2x16xf32>) -> tensor<1x2x17x17xf32>
    %176 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.reduce"(%175, %176) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg49: tensor<f32>, %arg50: tensor<f32>):
      %274 = "stablehlo.maximum"(%arg49, %arg50) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%274) : (tensor<f32>) -> ()
    }) : (tensor<1x2x17x17xf32>, tensor<f32>) -> tensor<1x2x17xf32>
    %178 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x2x17xf32>
    %179 = "stablehlo.maximum"(%178, %177) : (tensor<1x2x17xf32>, tensor<1x2x17xf32>) -> tensor<1x2x17xf32>
    %180 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x17xf32>) -> tensor<1x2x17x1xf32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x17x1xf32>) -> tensor<1x2x17x17xf32>
    %182 = "stablehlo.subtract"(%175, %181) : (tensor<1x2x17x17xf32>, tensor<1x2x17x17xf32>) -> tensor<1x2x17x17xf32>
    %183 = "stablehlo.exponential"(%182) : (tensor<1x2x17x17xf32>) -> tensor<1x2x17x17xf32>
    %184 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %185 = "stablehlo.reduce"(%183, %184) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg47: tensor<f32>, %arg48: tensor<f32>):
      %273 = "stablehlo.add"(%arg47, %arg48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%273) : (tensor<f32>) -> ()
    }) : (tensor<1x2x17x17xf32>, tensor<f32>) -> tensor<1x2x17xf32>
    %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x17xf32>) -> tensor<1x2x17x1xf32>
    %187 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x17x1xf32>) -> tensor<1x2x17x17xf32>
    %188 = "stablehlo.divide"(%183, %187) : (tensor<1x2x17x17xf32>, tensor<1x2x17x17xf32>) -> tensor<1x2x17x17xf32>
    %189 = "stablehlo.dot_general"(%165, %188) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x2x16xf32>, tensor<1x2x17x17xf32>) -> tensor<1x2x16x17xf32>
    %190 = "stablehlo.transpose"(%189) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x2x16x17xf32>) -> tensor<1x17x2x16xf32>
    %191 = "stablehlo.reshape"(%190) : (tensor<1x17x2x16xf32>) -> tensor<1x17x32xf32>
    %192 = "stablehlo.dot_general"(%191, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x32xf32>) -> tensor<1x17x32xf32>
    %193 = "stablehlo.reshape"(%arg26) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %195 = "stablehlo.add"(%192, %194) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %196 = "stablehlo.add"(%195, %127) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %197 = "stablehlo.multiply"(%196, %196) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %198 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.reduce"(%196, %198) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg45: tensor<f32>, %arg46: tensor<f32>):
      %272 = "stablehlo.add"(%arg45, %arg46) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%272) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %200 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %201 = "stablehlo.divide"(%199, %200) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %202 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %203 = "stablehlo.reduce"(%197, %202) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg43: tensor<f32>, %arg44: tensor<f32>):
      %271 = "stablehlo.add"(%arg43, %arg44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%271) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %204 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %205 = "stablehlo.divide"(%203, %204) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %206 = "stablehlo.multiply"(%201, %201) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %207 = "stablehlo.subtract"(%205, %206) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %208 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %209 = "stablehlo.maximum"(%208, %207) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %210 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %211 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %212 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %213 = "stablehlo.subtract"(%196, %212) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %214 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x1xf32>
    %215 = "stablehlo.add"(%211, %214) : (tensor<1x17x1xf32>, tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %216 = "stablehlo.rsqrt"(%215) : (tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %217 = "stablehlo.reshape"(%arg31) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %218 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %219 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %220 = "stablehlo.multiply"(%218, %219) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %221 = "stablehlo.multiply"(%213, %220) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %222 = "stablehlo.reshape"(%arg30) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %223 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %224 = "stablehlo.add"(%221, %223) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %225 = "stablehlo.dot_general"(%224, %arg29) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x32xf32>, tensor<32x64xf32>) -> tensor<1x17x64xf32>
    %226 = "stablehlo.reshape"(%arg28) : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x64xf32>) -> tensor<1x17x64xf32>
    %228 = "stablehlo.add"(%225, %227) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %229 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x64xf32>
    %230 = "stablehlo.multiply"(%229, %228) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %231 = "stablehlo.negate"(%228) : (tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %232 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x64xf32>
    %233 = "stablehlo.multiply"(%231, %232) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %234 = "chlo.erfc"(%233) : (tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %235 = "stablehlo.multiply"(%230, %234) : (tensor<1x17x64xf32>, tensor<1x17x64xf32>) -> tensor<1x17x64xf32>
    %236 = "stablehlo.dot_general"(%235, %arg35) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x17x64xf32>, tensor<64x32xf32>) -> tensor<1x17x32xf32>
    %237 = "stablehlo.reshape"(%arg34) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %239 = "stablehlo.add"(%236, %238) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %240 = "stablehlo.add"(%239, %196) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %241 = "stablehlo.multiply"(%240, %240) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %242 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.reduce"(%240, %242) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %270 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%270) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %244 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %245 = "stablehlo.divide"(%243, %244) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %246 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.reduce"(%241, %246) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg39: tensor<f32>, %arg40: tensor<f32>):
      %269 = "stablehlo.add"(%arg39, %arg40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%269) : (tensor<f32>) -> ()
    }) : (tensor<1x17x32xf32>, tensor<f32>) -> tensor<1x17xf32>
    %248 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %249 = "stablehlo.divide"(%247, %248) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %250 = "stablehlo.multiply"(%245, %245) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %251 = "stablehlo.subtract"(%249, %250) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %252 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17xf32>
    %253 = "stablehlo.maximum"(%252, %251) : (tensor<1x17xf32>, tensor<1x17xf32>) -> tensor<1x17xf32>
    %254 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %255 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x17xf32>) -> tensor<1x17x1xf32>
    %256 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %257 = "stablehlo.subtract"(%240, %256) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %258 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x17x1xf32>
    %259 = "stablehlo.add"(%255, %258) : (tensor<1x17x1xf32>, tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %260 = "stablehlo.rsqrt"(%259) : (tensor<1x17x1xf32>) -> tensor<1x17x1xf32>
    %261 = "stablehlo.reshape"(%arg37) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %262 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x17x1xf32>) -> tensor<1x17x32xf32>
    %263 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %264 = "stablehlo.multiply"(%262, %263) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %265 = "stablehlo.multiply"(%257, %264) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    %266 = "stablehlo.reshape"(%arg36) : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %267 = "stablehlo.broadcast_in_dim"(%266) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x17x32xf32>
    %268 = "stablehlo.add"(%265, %267) : (tensor<1x17x32xf32>, tensor<1x17x32xf32>) -> tensor<1x17x32xf32>
    "func.return"(%268) : (tensor<1x17x32xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
