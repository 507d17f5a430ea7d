"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<96xbf16>, tensor<96x32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<128xbf16>, tensor<128x32xbf16>, tensor<32xbf16>, tensor<32x128xbf16>, tensor<96xbf16>, tensor<96x32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<128xbf16>, tensor<128x32xbf16>, tensor<32xbf16>, tensor<32x128xbf16>, tensor<32xbf16>, tensor<32xbf16>, tensor<32x32xbf16>, tensor<100x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x100xbf16>, res_attrs = [{jax.result_info = ""}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg11: tensor<96xbf16>, %arg12: tensor<96x32xbf16>, %arg13: tensor<32xbf16>, %arg14: tensor<32x32xbf16>, %arg15: tensor<32xbf16>, %arg16: tensor<32xbf16>, %arg17: tensor<32xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<128xbf16>, %arg20: tensor<128x32xbf16>, %arg21: tensor<32xbf16>, %arg22: tensor<32x128xbf16>, %arg23: tensor<96xbf16>, %arg24: tensor<96x32xbf16>, %arg25: tensor<32xbf16>, %arg26: tensor<32x32xbf16>, %arg27: tensor<32xbf16>, %arg28: tensor<32xbf16>, %arg29: tensor<32xbf16>, %arg30: tensor<32xbf16>, %arg31: tensor<128xbf16>, %arg32: tensor<128x32xbf16>, %arg33: tensor<32xbf16>, %arg34: tensor<32x128xbf16>, %arg35: tensor<32xbf16>, %arg36: tensor<32xbf16>, %arg37: tensor<32x32xbf16>, %arg38: tensor<100x32xbf16>, %arg39: tensor<1x16xi32>):
    %49 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %50 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %51 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %53 = "stablehlo.convert"(%52) : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %54 = "func.call"(%arg38, %arg39) <{callee = @_take}> : (tensor<100x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x32xbf16>
    %55 = "func.call"(%arg37, %50) <{callee = @_take_0}> : (tensor<32x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x32xbf16>
    %56 = "stablehlo.add"(%54, %55) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %57 = "stablehlo.convert"(%56) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %58 = "stablehlo.multiply"(%57, %57) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %59 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.reduce"(%57, %59) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg66: tensor<f32>, %arg67: tensor<f32>):
      %432 = "stablehlo.add"(%arg66, %arg67) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%432) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %61 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %63 = "stablehlo.divide"(%60, %62) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %64 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %65 = "stablehlo.reduce"(%58, %64) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg64: tensor<f32>, %arg65: tensor<f32>):
      %431 = "stablehlo.add"(%arg64, %arg65) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%431) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %66 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %67 = "stablehlo.divide"(%65, %66) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %68 = "stablehlo.multiply"(%63, %63) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %69 = "stablehlo.subtract"(%67, %68) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %70 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %72 = "stablehlo.maximum"(%71, %69) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %73 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %74 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %75 = "stablehlo.convert"(%56) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %76 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %77 = "stablehlo.subtract"(%75, %76) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %78 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %80 = "stablehlo.add"(%74, %79) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %81 = "stablehlo.rsqrt"(%80) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %82 = "stablehlo.reshape"(%arg16) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %83 = "stablehlo.convert"(%82) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %84 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %85 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %86 = "stablehlo.multiply"(%84, %85) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %87 = "stablehlo.multiply"(%77, %86) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %88 = "stablehlo.reshape"(%arg15) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %89 = "stablehlo.convert"(%88) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %91 = "stablehlo.add"(%87, %90) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %92 = "stablehlo.convert"(%91) : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %93 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x32xi1>
    %95 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %98 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %99 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %100 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %101 = "stablehlo.compare"(%99, %100) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %103 = "stablehlo.transpose"(%arg12) <{permutation = array<i64: 1, 0>}> : (tensor<96x32xbf16>) -> tensor<32x96xbf16>
    %104 = "stablehlo.dot_general"(%92, %103) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x96xbf16>) -> tensor<1x16x96xbf16>
    %105 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 2>}> : (tensor<96xbf16>) -> tensor<1x1x96xbf16>
    %106 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x96xbf16>) -> tensor<1x16x96xbf16>
    %107 = "stablehlo.add"(%104, %106) : (tensor<1x16x96xbf16>, tensor<1x16x96xbf16>) -> tensor<1x16x96xbf16>
    %108 = "stablehlo.slice"(%107) <{limit_indices = array<i64: 1, 16, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %109 = "stablehlo.slice"(%107) <{limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %110 = "stablehlo.slice"(%107) <{limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %111 = "stablehlo.reshape"(%108) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %112 = "stablehlo.reshape"(%109) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %113 = "stablehlo.reshape"(%110) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %114 = "stablehlo.slice"(%102) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %115 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %117 = "stablehlo.convert"(%114) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %118 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %120 = "stablehlo.compare"(%116, %119) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %121 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %122 = "stablehlo.compare"(%117, %121) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %123 = "stablehlo.and"(%120, %122) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %124 = "stablehlo.convert"(%123) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %125 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %126 = "stablehlo.compare"(%124, %125) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %127 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %129 = "stablehlo.convert"(%128) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xbf16>
    %130 = "stablehlo.constant"() <{value = dense<-3.389530e+38> : tensor<bf16>}> : () -> tensor<bf16>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x16x16xbf16>
    %132 = "stablehlo.select"(%126, %129, %131) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xbf16>, tensor<1x1x16x16xbf16>) -> tensor<1x1x16x16xbf16>
    %133 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %134 = "stablehlo.sqrt"(%133) : (tensor<f32>) -> tensor<f32>
    %135 = "stablehlo.convert"(%134) : (tensor<f32>) -> tensor<bf16>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x2x16xbf16>
    %137 = "stablehlo.divide"(%111, %136) : (tensor<1x16x2x16xbf16>, tensor<1x16x2x16xbf16>) -> tensor<1x16x2x16xbf16>
    %138 = "stablehlo.dot_general"(%137, %112) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x2x16xbf16>, tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %139 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %140 = "stablehlo.add"(%138, %139) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %141 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %142 = "stablehlo.reduce"(%140, %141) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg62: tensor<bf16>, %arg63: tensor<bf16>):
      %430 = "stablehlo.maximum"(%arg62, %arg63) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%430) : (tensor<bf16>) -> ()
    }) : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %143 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %145 = "stablehlo.maximum"(%144, %142) : (tensor<1x2x16xbf16>, tensor<1x2x16xbf16>) -> tensor<1x2x16xbf16>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %148 = "stablehlo.subtract"(%140, %147) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %149 = "stablehlo.exponential"(%148) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %150 = "stablehlo.convert"(%149) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %151 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %152 = "stablehlo.reduce"(%150, %151) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg60: tensor<f32>, %arg61: tensor<f32>):
      %429 = "stablehlo.add"(%arg60, %arg61) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%429) : (tensor<f32>) -> ()
    }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %154 = "stablehlo.convert"(%153) : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %156 = "stablehlo.divide"(%149, %155) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %157 = "stablehlo.dot_general"(%113, %156) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x2x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %158 = "stablehlo.transpose"(%157) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %159 = "stablehlo.reshape"(%158) : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %160 = "stablehlo.transpose"(%arg14) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xbf16>) -> tensor<32x32xbf16>
    %161 = "stablehlo.dot_general"(%159, %160) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %162 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %164 = "stablehlo.add"(%161, %163) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %165 = "stablehlo.add"(%164, %56) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %166 = "stablehlo.convert"(%165) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %167 = "stablehlo.multiply"(%166, %166) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %168 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %169 = "stablehlo.reduce"(%166, %168) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg58: tensor<f32>, %arg59: tensor<f32>):
      %428 = "stablehlo.add"(%arg58, %arg59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%428) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %170 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %171 = "stablehlo.divide"(%169, %170) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %172 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.reduce"(%167, %172) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg56: tensor<f32>, %arg57: tensor<f32>):
      %427 = "stablehlo.add"(%arg56, %arg57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %174 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %175 = "stablehlo.divide"(%173, %174) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %176 = "stablehlo.multiply"(%171, %171) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %177 = "stablehlo.subtract"(%175, %176) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %178 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %179 = "stablehlo.maximum"(%178, %177) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %180 = "stablehlo.broadcast_in_dim"(%171) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %181 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %182 = "stablehlo.convert"(%165) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %183 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %184 = "stablehlo.subtract"(%182, %183) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %185 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %186 = "stablehlo.add"(%181, %185) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %187 = "stablehlo.rsqrt"(%186) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %188 = "stablehlo.reshape"(%arg18) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %189 = "stablehlo.convert"(%188) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %190 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %191 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %192 = "stablehlo.multiply"(%190, %191) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %193 = "stablehlo.multiply"(%184, %192) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %194 = "stablehlo.reshape"(%arg17) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %195 = "stablehlo.convert"(%194) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %196 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %197 = "stablehlo.add"(%193, %196) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %198 = "stablehlo.convert"(%197) : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %199 = "stablehlo.transpose"(%arg20) <{permutation = array<i64: 1, 0>}> : (tensor<128x32xbf16>) -> tensor<32x128xbf16>
    %200 = "stablehlo.dot_general"(%198, %199) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x128xbf16>) -> tensor<1x16x128xbf16>
    %201 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xbf16>) -> tensor<1x1x128xbf16>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xbf16>) -> tensor<1x16x128xbf16>
    %203 = "stablehlo.add"(%200, %202) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %204 = "stablehlo.multiply"(%203, %203) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %205 = "stablehlo.multiply"(%204, %203) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %206 = "stablehlo.constant"() <{value = dense<4.467770e-02> : tensor<bf16>}> : () -> tensor<bf16>
    %207 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %208 = "stablehlo.multiply"(%207, %205) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %209 = "stablehlo.add"(%203, %208) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %210 = "stablehlo.constant"() <{value = dense<7.968750e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %212 = "stablehlo.multiply"(%211, %209) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %213 = "stablehlo.tanh"(%212) : (tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %214 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %215 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %216 = "stablehlo.add"(%215, %213) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %217 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<bf16>}> : () -> tensor<bf16>
    %218 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %219 = "stablehlo.multiply"(%218, %216) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %220 = "stablehlo.multiply"(%203, %219) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %221 = "stablehlo.transpose"(%arg22) <{permutation = array<i64: 1, 0>}> : (tensor<32x128xbf16>) -> tensor<128x32xbf16>
    %222 = "stablehlo.dot_general"(%220, %221) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x128xbf16>, tensor<128x32xbf16>) -> tensor<1x16x32xbf16>
    %223 = "stablehlo.broadcast_in_dim"(%arg21) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %225 = "stablehlo.add"(%222, %224) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %226 = "stablehlo.add"(%165, %225) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %227 = "stablehlo.convert"(%226) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %228 = "stablehlo.multiply"(%227, %227) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %229 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %230 = "stablehlo.reduce"(%227, %229) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg54: tensor<f32>, %arg55: tensor<f32>):
      %426 = "stablehlo.add"(%arg54, %arg55) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%426) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %231 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %232 = "stablehlo.divide"(%230, %231) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %233 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.reduce"(%228, %233) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg52: tensor<f32>, %arg53: tensor<f32>):
      %425 = "stablehlo.add"(%arg52, %arg53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%425) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %235 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %236 = "stablehlo.divide"(%234, %235) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %237 = "stablehlo.multiply"(%232, %232) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %238 = "stablehlo.subtract"(%236, %237) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %239 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %240 = "stablehlo.maximum"(%239, %238) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %241 = "stablehlo.broadcast_in_dim"(%232) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %242 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %243 = "stablehlo.convert"(%226) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %244 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %245 = "stablehlo.subtract"(%243, %244) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %246 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %247 = "stablehlo.add"(%242, %246) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %248 = "stablehlo.rsqrt"(%247) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %249 = "stablehlo.reshape"(%arg28) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %250 = "stablehlo.convert"(%249) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %251 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %252 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %253 = "stablehlo.multiply"(%251, %252) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %254 = "stablehlo.multiply"(%245, %253) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %255 = "stablehlo.reshape"(%arg27) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %256 = "stablehlo.convert"(%255) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %258 = "stablehlo.add"(%254, %257) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %259 = "stablehlo.convert"(%258) : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %260 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x32xi1>
    %261 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %263 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %264 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %265 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %266 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %267 = "stablehlo.compare"(%265, %266) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %268 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %269 = "stablehlo.transpose"(%arg24) <{permutation = array<i64: 1, 0>}> : (tensor<96x32xbf16>) -> tensor<32x96xbf16>
    %270 = "stablehlo.dot_general"(%259, %269) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x96xbf16>) -> tensor<1x16x96xbf16>
    %271 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<96xbf16>) -> tensor<1x1x96xbf16>
    %272 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x96xbf16>) -> tensor<1x16x96xbf16>
    %273 = "stablehlo.add"(%270, %272) : (tensor<1x16x96xbf16>, tensor<1x16x96xbf16>) -> tensor<1x16x96xbf16>
    %274 = "stablehlo.slice"(%273) <{limit_indices = array<i64: 1, 16, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %275 = "stablehlo.slice"(%273) <{limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %276 = "stablehlo.slice"(%273) <{limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>}> : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %277 = "stablehlo.reshape"(%274) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %278 = "stablehlo.reshape"(%275) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %279 = "stablehlo.reshape"(%276) : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %280 = "stablehlo.slice"(%268) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %281 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %283 = "stablehlo.convert"(%280) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %284 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %285 = "stablehlo.compare"(%282, %284) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %286 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %287 = "stablehlo.compare"(%283, %286) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %288 = "stablehlo.and"(%285, %287) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %289 = "stablehlo.convert"(%288) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %290 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %291 = "stablehlo.compare"(%289, %290) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %292 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %293 = "stablehlo.convert"(%292) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xbf16>
    %294 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x1x16x16xbf16>
    %295 = "stablehlo.select"(%291, %293, %294) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xbf16>, tensor<1x1x16x16xbf16>) -> tensor<1x1x16x16xbf16>
    %296 = "stablehlo.sqrt"(%133) : (tensor<f32>) -> tensor<f32>
    %297 = "stablehlo.convert"(%296) : (tensor<f32>) -> tensor<bf16>
    %298 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x2x16xbf16>
    %299 = "stablehlo.divide"(%277, %298) : (tensor<1x16x2x16xbf16>, tensor<1x16x2x16xbf16>) -> tensor<1x16x2x16xbf16>
    %300 = "stablehlo.dot_general"(%299, %278) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x2x16xbf16>, tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %301 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %302 = "stablehlo.add"(%300, %301) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %303 = "stablehlo.constant"() <{value = dense<0xFF80> : tensor<bf16>}> : () -> tensor<bf16>
    %304 = "stablehlo.reduce"(%302, %303) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg50: tensor<bf16>, %arg51: tensor<bf16>):
      %424 = "stablehlo.maximum"(%arg50, %arg51) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
      "stablehlo.return"(%424) : (tensor<bf16>) -> ()
    }) : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %305 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %306 = "stablehlo.maximum"(%305, %304) : (tensor<1x2x16xbf16>, tensor<1x2x16xbf16>) -> tensor<1x2x16xbf16>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %308 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %309 = "stablehlo.subtract"(%302, %308) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %310 = "stablehlo.exponential"(%309) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %311 = "stablehlo.convert"(%310) : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %312 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.reduce"(%311, %312) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg48: tensor<f32>, %arg49: tensor<f32>):
      %423 = "stablehlo.add"(%arg48, %arg49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%423) : (tensor<f32>) -> ()
    }) : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %314 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %315 = "stablehlo.convert"(%314) : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %316 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %317 = "stablehlo.divide"(%310, %316) : (tensor<1x2x16x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %318 = "stablehlo.dot_general"(%279, %317) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x2x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %319 = "stablehlo.transpose"(%318) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %320 = "stablehlo.reshape"(%319) : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %321 = "stablehlo.transpose"(%arg26) <{permutation = array<i64: 1, 0>}> : (tensor<32x32xbf16>) -> tensor<32x32xbf16>
    %322 = "stablehlo.dot_general"(%320, %321) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %323 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %324 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %325 = "stablehlo.add"(%322, %324) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %326 = "stablehlo.add"(%325, %226) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %327 = "stablehlo.convert"(%326) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %328 = "stablehlo.multiply"(%327, %327) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %329 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %330 = "stablehlo.reduce"(%327, %329) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg46: tensor<f32>, %arg47: tensor<f32>):
      %422 = "stablehlo.add"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%422) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %331 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %332 = "stablehlo.divide"(%330, %331) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %333 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %334 = "stablehlo.reduce"(%328, %333) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg44: tensor<f32>, %arg45: tensor<f32>):
      %421 = "stablehlo.add"(%arg44, %arg45) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%421) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %335 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %336 = "stablehlo.divide"(%334, %335) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %337 = "stablehlo.multiply"(%332, %332) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %338 = "stablehlo.subtract"(%336, %337) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %339 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %340 = "stablehlo.maximum"(%339, %338) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %341 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %342 = "stablehlo.broadcast_in_dim"(%340) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %343 = "stablehlo.convert"(%326) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %344 = "stablehlo.broadcast_in_dim"(%341) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %345 = "stablehlo.subtract"(%343, %344) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %346 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %347 = "stablehlo.add"(%342, %346) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %348 = "stablehlo.rsqrt"(%347) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %349 = "stablehlo.reshape"(%arg30) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %350 = "stablehlo.convert"(%349) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %351 = "stablehlo.broadcast_in_dim"(%348) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %352 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %353 = "stablehlo.multiply"(%351, %352) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %354 = "stablehlo.multiply"(%345, %353) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %355 = "stablehlo.reshape"(%arg29) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %356 = "stablehlo.convert"(%355) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %357 = "stablehlo.broadcast_in_dim"(%356) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %358 = "stablehlo.add"(%354, %357) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %359 = "stablehlo.convert"(%358) : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %360 = "stablehlo.transpose"(%arg32) <{permutation = array<i64: 1, 0>}> : (tensor<128x32xbf16>) -> tensor<32x128xbf16>
    %361 = "stablehlo.dot_general"(%359, %360) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x128xbf16>) -> tensor<1x16x128xbf16>
    %362 = "stablehlo.broadcast_in_dim"(%arg31) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xbf16>) -> tensor<1x1x128xbf16>
    %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xbf16>) -> tensor<1x16x128xbf16>
    %364 = "stablehlo.add"(%361, %363) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %365 = "stablehlo.multiply"(%364, %364) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %366 = "stablehlo.multiply"(%365, %364) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %367 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %368 = "stablehlo.multiply"(%367, %366) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %369 = "stablehlo.add"(%364, %368) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %370 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %371 = "stablehlo.multiply"(%370, %369) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %372 = "stablehlo.tanh"(%371) : (tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %373 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %374 = "stablehlo.add"(%373, %372) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %375 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %376 = "stablehlo.multiply"(%375, %374) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %377 = "stablehlo.multiply"(%364, %376) : (tensor<1x16x128xbf16>, tensor<1x16x128xbf16>) -> tensor<1x16x128xbf16>
    %378 = "stablehlo.transpose"(%arg34) <{permutation = array<i64: 1, 0>}> : (tensor<32x128xbf16>) -> tensor<128x32xbf16>
    %379 = "stablehlo.dot_general"(%377, %378) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x128xbf16>, tensor<128x32xbf16>) -> tensor<1x16x32xbf16>
    %380 = "stablehlo.broadcast_in_dim"(%arg33) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %381 = "stablehlo.broadcast_in_dim"(%380) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %382 = "stablehlo.add"(%379, %381) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %383 = "stablehlo.add"(%326, %382) : (tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    %384 = "stablehlo.convert"(%383) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %385 = "stablehlo.multiply"(%384, %384) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %386 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %387 = "stablehlo.reduce"(%384, %386) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg42: tensor<f32>, %arg43: tensor<f32>):
      %420 = "stablehlo.add"(%arg42, %arg43) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%420) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %388 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %389 = "stablehlo.divide"(%387, %388) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %390 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %391 = "stablehlo.reduce"(%385, %390) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg40: tensor<f32>, %arg41: tensor<f32>):
      %419 = "stablehlo.add"(%arg40, %arg41) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%419) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %392 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %393 = "stablehlo.divide"(%391, %392) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %394 = "stablehlo.multiply"(%389, %389) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %395 = "stablehlo.subtract"(%393, %394) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %396 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %397 = "stablehlo.maximum"(%396, %395) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %398 = "stablehlo.broadcast_in_dim"(%389) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %399 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %400 = "stablehlo.convert"(%383) : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %401 = "stablehlo.broadcast_in_dim"(%398) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %402 = "stablehlo.subtract"(%400, %401) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %403 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %404 = "stablehlo.add"(%399, %403) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %405 = "stablehlo.rsqrt"(%404) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %406 = "stablehlo.reshape"(%arg36) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %407 = "stablehlo.convert"(%406) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %408 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %409 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %410 = "stablehlo.multiply"(%408, %409) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %411 = "stablehlo.multiply"(%402, %410) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %412 = "stablehlo.reshape"(%arg35) : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %413 = "stablehlo.convert"(%412) : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %414 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %415 = "stablehlo.add"(%411, %414) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %416 = "stablehlo.convert"(%415) : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %417 = "stablehlo.transpose"(%arg38) <{permutation = array<i64: 1, 0>}> : (tensor<100x32xbf16>) -> tensor<32x100xbf16>
    %418 = "stablehlo.dot_general"(%416, %417) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xbf16>, tensor<32x100xbf16>) -> tensor<1x16x100xbf16>
    "func.return"(%418) : (tensor<1x16x100xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<100x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x32xbf16>, res_attrs = [{}], sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<100x32xbf16>, %arg8: tensor<1x16xi32>):
    %25 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %27 = "stablehlo.compare"(%arg8, %26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %28 = "stablehlo.constant"() <{value = dense<100> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %30 = "stablehlo.add"(%arg8, %29) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %31 = "func.call"(%27, %30, %arg8) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %33 = "stablehlo.constant"() <{value = dense<99> : tensor<1xi32>}> : () -> tensor<1xi32>
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %36 = "stablehlo.compare"(%32, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %37 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %39 = "stablehlo.compare"(%32, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %40 = "stablehlo.and"(%36, %39) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %41 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %42 = "stablehlo.reduce"(%40, %41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg9: tensor<i1>, %arg10: tensor<i1>):
      %48 = "stablehlo.and"(%arg9, %arg10) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%48) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %43 = "stablehlo.gather"(%arg7, %32) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<100x32xbf16>, tensor<1x16x1xi32>) -> tensor<1x16x32xbf16>
    %44 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %45 = "stablehlo.constant"() <{value = dense<0x7FC0> : tensor<bf16>}> : () -> tensor<bf16>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x32xbf16>
    %47 = "stablehlo.select"(%44, %43, %46) : (tensor<1x16x32xi1>, tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    "func.return"(%47) : (tensor<1x16x32xbf16>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<1x16xi1>, %arg5: tensor<1x16xi32>, %arg6: tensor<1x16xi32>):
    %24 = "stablehlo.select"(%arg4, %arg5, %arg6) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%24) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<32x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x32xbf16>, res_attrs = [{}], sym_name = "_take_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<32x32xbf16>, %arg1: tensor<1x16xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %2 = "stablehlo.compare"(%arg1, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %3 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %5 = "stablehlo.add"(%arg1, %4) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %6 = "func.call"(%2, %5, %arg1) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %8 = "stablehlo.constant"() <{value = dense<31> : tensor<1xi32>}> : () -> tensor<1xi32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %12 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %14 = "stablehlo.compare"(%7, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %15 = "stablehlo.and"(%11, %14) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %16 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %17 = "stablehlo.reduce"(%15, %16) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg2: tensor<i1>, %arg3: tensor<i1>):
      %23 = "stablehlo.and"(%arg2, %arg3) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%23) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %18 = "stablehlo.gather"(%arg0, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xbf16>, tensor<1x16x1xi32>) -> tensor<1x16x32xbf16>
    %19 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %20 = "stablehlo.constant"() <{value = dense<0x7FC0> : tensor<bf16>}> : () -> tensor<bf16>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<1x16x32xbf16>
    %22 = "stablehlo.select"(%19, %18, %21) : (tensor<1x16x32xi1>, tensor<1x16x32xbf16>, tensor<1x16x32xbf16>) -> tensor<1x16x32xbf16>
    "func.return"(%22) : (tensor<1x16x32xbf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
