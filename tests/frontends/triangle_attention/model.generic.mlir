"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<2x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16x2xf32>, tensor<16x2x8xf32>, tensor<16x2x8xf32>, tensor<2x8x16xf32>, tensor<16x2x8xf32>, tensor<16x2x8xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>, res_attrs = [{jax.result_info = ""}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2x8xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<16x2xf32>, %arg5: tensor<16x2x8xf32>, %arg6: tensor<16x2x8xf32>, %arg7: tensor<2x8x16xf32>, %arg8: tensor<16x2x8xf32>, %arg9: tensor<16x2x8xf32>, %arg10: tensor<16x16x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce"(%arg10, %0) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<f32>):
      %74 = "stablehlo.add"(%arg17, %arg18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%74) : (tensor<f32>) -> ()
    }) : (tensor<16x16x16xf32>, tensor<f32>) -> tensor<16x16xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<16x16xf32>) -> tensor<16x16x1xf32>
    %3 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x16x1xf32>
    %5 = "stablehlo.divide"(%2, %4) : (tensor<16x16x1xf32>, tensor<16x16x1xf32>) -> tensor<16x16x1xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<16x16x1xf32>) -> tensor<16x16x16xf32>
    %7 = "stablehlo.subtract"(%arg10, %6) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %8 = "stablehlo.multiply"(%7, %7) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %9 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.reduce"(%8, %9) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %73 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%73) : (tensor<f32>) -> ()
    }) : (tensor<16x16x16xf32>, tensor<f32>) -> tensor<16x16xf32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<16x16xf32>) -> tensor<16x16x1xf32>
    %12 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x16x1xf32>
    %13 = "stablehlo.divide"(%11, %12) : (tensor<16x16x1xf32>, tensor<16x16x1xf32>) -> tensor<16x16x1xf32>
    %14 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<16x16x1xf32>) -> tensor<16x16x16xf32>
    %15 = "stablehlo.subtract"(%arg10, %14) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %16 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x16x1xf32>
    %18 = "stablehlo.add"(%13, %17) : (tensor<16x16x1xf32>, tensor<16x16x1xf32>) -> tensor<16x16x1xf32>
    %19 = "stablehlo.rsqrt"(%18) : (tensor<16x16x1xf32>) -> tensor<16x16x1xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<16x16x1xf32>) -> tensor<16x16x16xf32>
    %21 = "stablehlo.multiply"(%15, %20) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %22 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64: 2>}> : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x16xf32>) -> tensor<16x16x16xf32>
    %24 = "stablehlo.multiply"(%21, %23) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %25 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 2>}> : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x16xf32>) -> tensor<16x16x16xf32>
    %27 = "stablehlo.add"(%24, %26) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %28 = "stablehlo.dot_general"(%27, %arg8) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x16xf32>, tensor<16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %29 = "stablehlo.constant"() <{value = dense<0.353553385> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x16x2x8xf32>
    %31 = "stablehlo.multiply"(%28, %30) : (tensor<16x16x2x8xf32>, tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %32 = "stablehlo.dot_general"(%27, %arg6) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x16xf32>, tensor<16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %33 = "stablehlo.dot_general"(%27, %arg9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x16xf32>, tensor<16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %34 = "stablehlo.dot_general"(%arg4, %27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x2xf32>, tensor<16x16x16xf32>) -> tensor<2x16x16xf32>
    %35 = "stablehlo.dot_general"(%31, %32) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x2x8xf32>, tensor<16x16x2x8xf32>) -> tensor<16x2x16x16xf32>
    %36 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64: 1, 2, 3>}> : (tensor<2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x16xf32>) -> tensor<16x2x16x16xf32>
    %38 = "stablehlo.add"(%35, %37) : (tensor<16x2x16x16xf32>, tensor<16x2x16x16xf32>) -> tensor<16x2x16x16xf32>
    %39 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.reduce"(%38, %39) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %72 = "stablehlo.maximum"(%arg13, %arg14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%72) : (tensor<f32>) -> ()
    }) : (tensor<16x2x16x16xf32>, tensor<f32>) -> tensor<16x2x16xf32>
    %41 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x2x16xf32>
    %43 = "stablehlo.maximum"(%42, %40) : (tensor<16x2x16xf32>, tensor<16x2x16xf32>) -> tensor<16x2x16xf32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<16x2x16xf32>) -> tensor<16x2x16x1xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<16x2x16x1xf32>) -> tensor<16x2x16x16xf32>
    %46 = "stablehlo.subtract"(%38, %45) : (tensor<16x2x16x16xf32>, tensor<16x2x16x16xf32>) -> tensor<16x2x16x16xf32>
    %47 = "stablehlo.exponential"(%46) : (tensor<16x2x16x16xf32>) -> tensor<16x2x16x16xf32>
    %48 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.reduce"(%47, %48) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg11: tensor<f32>, %arg12: tensor<f32>):
      %71 = "stablehlo.add"(%arg11, %arg12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%71) : (tensor<f32>) -> ()
    }) : (tensor<16x2x16x16xf32>, tensor<f32>) -> tensor<16x2x16xf32>
    %50 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<16x2x16xf32>) -> tensor<16x2x16x1xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<16x2x16x1xf32>) -> tensor<16x2x16x16xf32>
    %52 = "stablehlo.divide"(%47, %51) : (tensor<16x2x16x16xf32>, tensor<16x2x16x16xf32>) -> tensor<16x2x16x16xf32>
    %53 = "stablehlo.dot_general"(%33, %52) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x2x8xf32>, tensor<16x2x16x16xf32>) -> tensor<16x2x8x16xf32>
    %54 = "stablehlo.transpose"(%53) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<16x2x8x16xf32>) -> tensor<16x16x2x8xf32>
    %55 = "stablehlo.dot_general"(%27, %arg5) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x16xf32>, tensor<16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %56 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<2x8xf32>) -> tensor<1x1x2x8xf32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x2x8xf32>) -> tensor<16x16x2x8xf32>
    %58 = "stablehlo.add"(%55, %57) : (tensor<16x16x2x8xf32>, tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %59 = "stablehlo.negate"(%58) : (tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %60 = "stablehlo.exponential"(%59) : (tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %61 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x16x2x8xf32>
    %63 = "stablehlo.add"(%62, %60) : (tensor<16x16x2x8xf32>, tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %64 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x16x2x8xf32>
    %65 = "stablehlo.divide"(%64, %63) : (tensor<16x16x2x8xf32>, tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %66 = "stablehlo.multiply"(%65, %54) : (tensor<16x16x2x8xf32>, tensor<16x16x2x8xf32>) -> tensor<16x16x2x8xf32>
    %67 = "stablehlo.dot_general"(%66, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3, 2], rhs_contracting_dimensions = [1, 0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<16x16x2x8xf32>, tensor<2x8x16xf32>) -> tensor<16x16x16xf32>
    %68 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 2>}> : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x16xf32>) -> tensor<16x16x16xf32>
    %70 = "stablehlo.add"(%67, %69) : (tensor<16x16x16xf32>, tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    "func.return"(%70) : (tensor<16x16x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
