module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<96xbf16>, %arg1: tensor<96x32xbf16>, %arg2: tensor<32xbf16>, %arg3: tensor<32x32xbf16>, %arg4: tensor<32xbf16>, %arg5: tensor<32xbf16>, %arg6: tensor<32xbf16>, %arg7: tensor<32xbf16>, %arg8: tensor<128xbf16>, %arg9: tensor<128x32xbf16>, %arg10: tensor<32xbf16>, %arg11: tensor<32x128xbf16>, %arg12: tensor<96xbf16>, %arg13: tensor<96x32xbf16>, %arg14: tensor<32xbf16>, %arg15: tensor<32x32xbf16>, %arg16: tensor<32xbf16>, %arg17: tensor<32xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<32xbf16>, %arg20: tensor<128xbf16>, %arg21: tensor<128x32xbf16>, %arg22: tensor<32xbf16>, %arg23: tensor<32x128xbf16>, %arg24: tensor<32xbf16>, %arg25: tensor<32xbf16>, %arg26: tensor<32x32xbf16>, %arg27: tensor<100x32xbf16>, %arg28: tensor<1x16xi32>) -> (tensor<1x16x100xbf16> {jax.result_info = ""}) {
    %0 = stablehlo.iota dim = 0 : tensor<16xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<16xi32>) -> tensor<1x16xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %3 = stablehlo.convert %2 : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %4 = call @_take(%arg27, %arg28) : (tensor<100x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x32xbf16>
    %5 = call @_take_0(%arg26, %1) : (tensor<32x32xbf16>, tensor<1x16xi32>) -> tensor<1x16x32xbf16>
    %6 = stablehlo.add %4, %5 : tensor<1x16x32xbf16>
    %7 = stablehlo.convert %6 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %8 = stablehlo.multiply %7, %7 : tensor<1x16x32xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.reduce(%7 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %cst_1 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %11 = stablehlo.divide %9, %10 : tensor<1x16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%8 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %13 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %14 = stablehlo.divide %12, %13 : tensor<1x16xf32>
    %15 = stablehlo.multiply %11, %11 : tensor<1x16xf32>
    %16 = stablehlo.subtract %14, %15 : tensor<1x16xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %18 = stablehlo.maximum %17, %16 : tensor<1x16xf32>
    %19 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %20 = stablehlo.broadcast_in_dim %18, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %21 = stablehlo.convert %6 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %22 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %23 = stablehlo.subtract %21, %22 : tensor<1x16x32xf32>
    %cst_4 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %25 = stablehlo.add %20, %24 : tensor<1x16x1xf32>
    %26 = stablehlo.rsqrt %25 : tensor<1x16x1xf32>
    %27 = stablehlo.reshape %arg5 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %28 = stablehlo.convert %27 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %29 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %30 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %31 = stablehlo.multiply %29, %30 : tensor<1x16x32xf32>
    %32 = stablehlo.multiply %23, %31 : tensor<1x16x32xf32>
    %33 = stablehlo.reshape %arg4 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %34 = stablehlo.convert %33 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %36 = stablehlo.add %32, %35 : tensor<1x16x32xf32>
    %37 = stablehlo.convert %36 : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %38 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x32xi1>
    %39 = stablehlo.iota dim = 0 : tensor<32xi32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [1] : (tensor<32xi32>) -> tensor<1x32xi32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1] : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %42 = stablehlo.broadcast_in_dim %40, dims = [0, 2] : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %43 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %44 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %45 = stablehlo.compare  GE, %43, %44,  SIGNED : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %47 = stablehlo.transpose %arg1, dims = [1, 0] : (tensor<96x32xbf16>) -> tensor<32x96xbf16>
    %48 = stablehlo.dot_general %37, %47, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x96xbf16>) -> tensor<1x16x96xbf16>
    %49 = stablehlo.broadcast_in_dim %arg0, dims = [2] : (tensor<96xbf16>) -> tensor<1x1x96xbf16>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2] : (tensor<1x1x96xbf16>) -> tensor<1x16x96xbf16>
    %51 = stablehlo.add %48, %50 : tensor<1x16x96xbf16>
    %52 = stablehlo.slice %51 [0:1, 0:16, 0:32] : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %53 = stablehlo.slice %51 [0:1, 0:16, 32:64] : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %54 = stablehlo.slice %51 [0:1, 0:16, 64:96] : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %55 = stablehlo.reshape %52 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %56 = stablehlo.reshape %53 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %57 = stablehlo.reshape %54 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %58 = stablehlo.slice %46 [0:1, 0:1, 0:16, 0:16] : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %59 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %61 = stablehlo.convert %58 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %63 = stablehlo.compare  NE, %60, %62,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %64 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %65 = stablehlo.compare  NE, %61, %64,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %66 = stablehlo.and %63, %65 : tensor<1x1x16x16xi1>
    %67 = stablehlo.convert %66 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %68 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %69 = stablehlo.compare  GT, %67, %68,  FLOAT : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %71 = stablehlo.convert %70 : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xbf16>
    %cst_7 = stablehlo.constant dense<-3.389530e+38> : tensor<bf16>
    %72 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1x1x16x16xbf16>
    %73 = stablehlo.select %69, %71, %72 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xbf16>
    %cst_8 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %74 = stablehlo.sqrt %cst_8 : tensor<f32>
    %75 = stablehlo.convert %74 : (tensor<f32>) -> tensor<bf16>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<bf16>) -> tensor<1x16x2x16xbf16>
    %77 = stablehlo.divide %55, %76 : tensor<1x16x2x16xbf16>
    %78 = stablehlo.dot_general %77, %56, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xbf16>, tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %79 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %80 = stablehlo.add %78, %79 : tensor<1x2x16x16xbf16>
    %cst_9 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %81 = stablehlo.reduce(%80 init: %cst_9) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %cst_10 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %82 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %83 = stablehlo.maximum %82, %81 : tensor<1x2x16xbf16>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2] : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %86 = stablehlo.subtract %80, %85 : tensor<1x2x16x16xbf16>
    %87 = stablehlo.exponential %86 : tensor<1x2x16x16xbf16>
    %88 = stablehlo.convert %87 : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %89 = stablehlo.reduce(%88 init: %cst_11) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %91 = stablehlo.convert %90 : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %93 = stablehlo.divide %87, %92 : tensor<1x2x16x16xbf16>
    %94 = stablehlo.dot_general %57, %93, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %95 = stablehlo.transpose %94, dims = [0, 3, 1, 2] : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %96 = stablehlo.reshape %95 : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %97 = stablehlo.transpose %arg3, dims = [1, 0] : (tensor<32x32xbf16>) -> tensor<32x32xbf16>
    %98 = stablehlo.dot_general %96, %97, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %99 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %101 = stablehlo.add %98, %100 : tensor<1x16x32xbf16>
    %102 = stablehlo.add %101, %6 : tensor<1x16x32xbf16>
    %103 = stablehlo.convert %102 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %104 = stablehlo.multiply %103, %103 : tensor<1x16x32xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %106 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %107 = stablehlo.divide %105, %106 : tensor<1x16xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %108 = stablehlo.reduce(%104 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %109 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %110 = stablehlo.divide %108, %109 : tensor<1x16xf32>
    %111 = stablehlo.multiply %107, %107 : tensor<1x16xf32>
    %112 = stablehlo.subtract %110, %111 : tensor<1x16xf32>
    %113 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %114 = stablehlo.maximum %113, %112 : tensor<1x16xf32>
    %115 = stablehlo.broadcast_in_dim %107, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %116 = stablehlo.broadcast_in_dim %114, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %117 = stablehlo.convert %102 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %118 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %119 = stablehlo.subtract %117, %118 : tensor<1x16x32xf32>
    %120 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %121 = stablehlo.add %116, %120 : tensor<1x16x1xf32>
    %122 = stablehlo.rsqrt %121 : tensor<1x16x1xf32>
    %123 = stablehlo.reshape %arg7 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %124 = stablehlo.convert %123 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %125 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %126 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %127 = stablehlo.multiply %125, %126 : tensor<1x16x32xf32>
    %128 = stablehlo.multiply %119, %127 : tensor<1x16x32xf32>
    %129 = stablehlo.reshape %arg6 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %130 = stablehlo.convert %129 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %132 = stablehlo.add %128, %131 : tensor<1x16x32xf32>
    %133 = stablehlo.convert %132 : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %134 = stablehlo.transpose %arg9, dims = [1, 0] : (tensor<128x32xbf16>) -> tensor<32x128xbf16>
    %135 = stablehlo.dot_general %133, %134, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x128xbf16>) -> tensor<1x16x128xbf16>
    %136 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<128xbf16>) -> tensor<1x1x128xbf16>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2] : (tensor<1x1x128xbf16>) -> tensor<1x16x128xbf16>
    %138 = stablehlo.add %135, %137 : tensor<1x16x128xbf16>
    %139 = stablehlo.multiply %138, %138 : tensor<1x16x128xbf16>
    %140 = stablehlo.multiply %139, %138 : tensor<1x16x128xbf16>
    %cst_14 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %141 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %142 = stablehlo.multiply %141, %140 : tensor<1x16x128xbf16>
    %143 = stablehlo.add %138, %142 : tensor<1x16x128xbf16>
    %cst_15 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %144 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %145 = stablehlo.multiply %144, %143 : tensor<1x16x128xbf16>
    %146 = stablehlo.tanh %145 : tensor<1x16x128xbf16>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %147 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %148 = stablehlo.add %147, %146 : tensor<1x16x128xbf16>
    %cst_17 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %149 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %150 = stablehlo.multiply %149, %148 : tensor<1x16x128xbf16>
    %151 = stablehlo.multiply %138, %150 : tensor<1x16x128xbf16>
    %152 = stablehlo.transpose %arg11, dims = [1, 0] : (tensor<32x128xbf16>) -> tensor<128x32xbf16>
    %153 = stablehlo.dot_general %151, %152, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x128xbf16>, tensor<128x32xbf16>) -> tensor<1x16x32xbf16>
    %154 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %156 = stablehlo.add %153, %155 : tensor<1x16x32xbf16>
    %157 = stablehlo.add %102, %156 : tensor<1x16x32xbf16>
    %158 = stablehlo.convert %157 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %159 = stablehlo.multiply %158, %158 : tensor<1x16x32xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %160 = stablehlo.reduce(%158 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %161 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %162 = stablehlo.divide %160, %161 : tensor<1x16xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %163 = stablehlo.reduce(%159 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %164 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %165 = stablehlo.divide %163, %164 : tensor<1x16xf32>
    %166 = stablehlo.multiply %162, %162 : tensor<1x16xf32>
    %167 = stablehlo.subtract %165, %166 : tensor<1x16xf32>
    %168 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %169 = stablehlo.maximum %168, %167 : tensor<1x16xf32>
    %170 = stablehlo.broadcast_in_dim %162, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %171 = stablehlo.broadcast_in_dim %169, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %172 = stablehlo.convert %157 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %173 = stablehlo.broadcast_in_dim %170, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %174 = stablehlo.subtract %172, %173 : tensor<1x16x32xf32>
    %175 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %176 = stablehlo.add %171, %175 : tensor<1x16x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<1x16x1xf32>
    %178 = stablehlo.reshape %arg17 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %179 = stablehlo.convert %178 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %180 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %181 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x16x32xf32>
    %183 = stablehlo.multiply %174, %182 : tensor<1x16x32xf32>
    %184 = stablehlo.reshape %arg16 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %185 = stablehlo.convert %184 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %187 = stablehlo.add %183, %186 : tensor<1x16x32xf32>
    %188 = stablehlo.convert %187 : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %189 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x32xi1>
    %190 = stablehlo.iota dim = 0 : tensor<32xi32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [1] : (tensor<32xi32>) -> tensor<1x32xi32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1] : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %193 = stablehlo.broadcast_in_dim %191, dims = [0, 2] : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %194 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %195 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %196 = stablehlo.compare  GE, %194, %195,  SIGNED : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 2, 3] : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %198 = stablehlo.transpose %arg13, dims = [1, 0] : (tensor<96x32xbf16>) -> tensor<32x96xbf16>
    %199 = stablehlo.dot_general %188, %198, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x96xbf16>) -> tensor<1x16x96xbf16>
    %200 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<96xbf16>) -> tensor<1x1x96xbf16>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1, 2] : (tensor<1x1x96xbf16>) -> tensor<1x16x96xbf16>
    %202 = stablehlo.add %199, %201 : tensor<1x16x96xbf16>
    %203 = stablehlo.slice %202 [0:1, 0:16, 0:32] : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %204 = stablehlo.slice %202 [0:1, 0:16, 32:64] : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %205 = stablehlo.slice %202 [0:1, 0:16, 64:96] : (tensor<1x16x96xbf16>) -> tensor<1x16x32xbf16>
    %206 = stablehlo.reshape %203 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %207 = stablehlo.reshape %204 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %208 = stablehlo.reshape %205 : (tensor<1x16x32xbf16>) -> tensor<1x16x2x16xbf16>
    %209 = stablehlo.slice %197 [0:1, 0:1, 0:16, 0:16] : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %210 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %212 = stablehlo.convert %209 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %213 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %214 = stablehlo.compare  NE, %211, %213,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %215 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %216 = stablehlo.compare  NE, %212, %215,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %217 = stablehlo.and %214, %216 : tensor<1x1x16x16xi1>
    %218 = stablehlo.convert %217 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %219 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %220 = stablehlo.compare  GT, %218, %219,  FLOAT : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %221 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %222 = stablehlo.convert %221 : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xbf16>
    %223 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1x1x16x16xbf16>
    %224 = stablehlo.select %220, %222, %223 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xbf16>
    %225 = stablehlo.sqrt %cst_8 : tensor<f32>
    %226 = stablehlo.convert %225 : (tensor<f32>) -> tensor<bf16>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<bf16>) -> tensor<1x16x2x16xbf16>
    %228 = stablehlo.divide %206, %227 : tensor<1x16x2x16xbf16>
    %229 = stablehlo.dot_general %228, %207, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xbf16>, tensor<1x16x2x16xbf16>) -> tensor<1x2x16x16xbf16>
    %230 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %231 = stablehlo.add %229, %230 : tensor<1x2x16x16xbf16>
    %cst_20 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %232 = stablehlo.reduce(%231 init: %cst_20) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xbf16>, tensor<bf16>) -> tensor<1x2x16xbf16>
    %233 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<bf16>) -> tensor<1x2x16xbf16>
    %234 = stablehlo.maximum %233, %232 : tensor<1x2x16xbf16>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<1x2x16xbf16>) -> tensor<1x2x16x1xbf16>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %237 = stablehlo.subtract %231, %236 : tensor<1x2x16x16xbf16>
    %238 = stablehlo.exponential %237 : tensor<1x2x16x16xbf16>
    %239 = stablehlo.convert %238 : (tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.reduce(%239 init: %cst_21) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %242 = stablehlo.convert %241 : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xbf16>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xbf16>) -> tensor<1x2x16x16xbf16>
    %244 = stablehlo.divide %238, %243 : tensor<1x2x16x16xbf16>
    %245 = stablehlo.dot_general %208, %244, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xbf16>, tensor<1x2x16x16xbf16>) -> tensor<1x2x16x16xbf16>
    %246 = stablehlo.transpose %245, dims = [0, 3, 1, 2] : (tensor<1x2x16x16xbf16>) -> tensor<1x16x2x16xbf16>
    %247 = stablehlo.reshape %246 : (tensor<1x16x2x16xbf16>) -> tensor<1x16x32xbf16>
    %248 = stablehlo.transpose %arg15, dims = [1, 0] : (tensor<32x32xbf16>) -> tensor<32x32xbf16>
    %249 = stablehlo.dot_general %247, %248, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x32xbf16>) -> tensor<1x16x32xbf16>
    %250 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %251 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %252 = stablehlo.add %249, %251 : tensor<1x16x32xbf16>
    %253 = stablehlo.add %252, %157 : tensor<1x16x32xbf16>
    %254 = stablehlo.convert %253 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %255 = stablehlo.multiply %254, %254 : tensor<1x16x32xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %256 = stablehlo.reduce(%254 init: %cst_22) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %257 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %258 = stablehlo.divide %256, %257 : tensor<1x16xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %259 = stablehlo.reduce(%255 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %260 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %261 = stablehlo.divide %259, %260 : tensor<1x16xf32>
    %262 = stablehlo.multiply %258, %258 : tensor<1x16xf32>
    %263 = stablehlo.subtract %261, %262 : tensor<1x16xf32>
    %264 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %265 = stablehlo.maximum %264, %263 : tensor<1x16xf32>
    %266 = stablehlo.broadcast_in_dim %258, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %267 = stablehlo.broadcast_in_dim %265, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %268 = stablehlo.convert %253 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %269 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %270 = stablehlo.subtract %268, %269 : tensor<1x16x32xf32>
    %271 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %272 = stablehlo.add %267, %271 : tensor<1x16x1xf32>
    %273 = stablehlo.rsqrt %272 : tensor<1x16x1xf32>
    %274 = stablehlo.reshape %arg19 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %275 = stablehlo.convert %274 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %276 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %277 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %278 = stablehlo.multiply %276, %277 : tensor<1x16x32xf32>
    %279 = stablehlo.multiply %270, %278 : tensor<1x16x32xf32>
    %280 = stablehlo.reshape %arg18 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %281 = stablehlo.convert %280 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %283 = stablehlo.add %279, %282 : tensor<1x16x32xf32>
    %284 = stablehlo.convert %283 : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %285 = stablehlo.transpose %arg21, dims = [1, 0] : (tensor<128x32xbf16>) -> tensor<32x128xbf16>
    %286 = stablehlo.dot_general %284, %285, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x128xbf16>) -> tensor<1x16x128xbf16>
    %287 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<128xbf16>) -> tensor<1x1x128xbf16>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2] : (tensor<1x1x128xbf16>) -> tensor<1x16x128xbf16>
    %289 = stablehlo.add %286, %288 : tensor<1x16x128xbf16>
    %290 = stablehlo.multiply %289, %289 : tensor<1x16x128xbf16>
    %291 = stablehlo.multiply %290, %289 : tensor<1x16x128xbf16>
    %292 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %293 = stablehlo.multiply %292, %291 : tensor<1x16x128xbf16>
    %294 = stablehlo.add %289, %293 : tensor<1x16x128xbf16>
    %295 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %296 = stablehlo.multiply %295, %294 : tensor<1x16x128xbf16>
    %297 = stablehlo.tanh %296 : tensor<1x16x128xbf16>
    %298 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %299 = stablehlo.add %298, %297 : tensor<1x16x128xbf16>
    %300 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<bf16>) -> tensor<1x16x128xbf16>
    %301 = stablehlo.multiply %300, %299 : tensor<1x16x128xbf16>
    %302 = stablehlo.multiply %289, %301 : tensor<1x16x128xbf16>
    %303 = stablehlo.transpose %arg23, dims = [1, 0] : (tensor<32x128xbf16>) -> tensor<128x32xbf16>
    %304 = stablehlo.dot_general %302, %303, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x128xbf16>, tensor<128x32xbf16>) -> tensor<1x16x32xbf16>
    %305 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %306 = stablehlo.broadcast_in_dim %305, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x16x32xbf16>
    %307 = stablehlo.add %304, %306 : tensor<1x16x32xbf16>
    %308 = stablehlo.add %253, %307 : tensor<1x16x32xbf16>
    %309 = stablehlo.convert %308 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %310 = stablehlo.multiply %309, %309 : tensor<1x16x32xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %311 = stablehlo.reduce(%309 init: %cst_24) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %312 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %313 = stablehlo.divide %311, %312 : tensor<1x16xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %314 = stablehlo.reduce(%310 init: %cst_25) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %315 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %316 = stablehlo.divide %314, %315 : tensor<1x16xf32>
    %317 = stablehlo.multiply %313, %313 : tensor<1x16xf32>
    %318 = stablehlo.subtract %316, %317 : tensor<1x16xf32>
    %319 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %320 = stablehlo.maximum %319, %318 : tensor<1x16xf32>
    %321 = stablehlo.broadcast_in_dim %313, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %322 = stablehlo.broadcast_in_dim %320, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %323 = stablehlo.convert %308 : (tensor<1x16x32xbf16>) -> tensor<1x16x32xf32>
    %324 = stablehlo.broadcast_in_dim %321, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %325 = stablehlo.subtract %323, %324 : tensor<1x16x32xf32>
    %326 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %327 = stablehlo.add %322, %326 : tensor<1x16x1xf32>
    %328 = stablehlo.rsqrt %327 : tensor<1x16x1xf32>
    %329 = stablehlo.reshape %arg25 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %330 = stablehlo.convert %329 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %331 = stablehlo.broadcast_in_dim %328, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %332 = stablehlo.broadcast_in_dim %330, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %333 = stablehlo.multiply %331, %332 : tensor<1x16x32xf32>
    %334 = stablehlo.multiply %325, %333 : tensor<1x16x32xf32>
    %335 = stablehlo.reshape %arg24 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %336 = stablehlo.convert %335 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %338 = stablehlo.add %334, %337 : tensor<1x16x32xf32>
    %339 = stablehlo.convert %338 : (tensor<1x16x32xf32>) -> tensor<1x16x32xbf16>
    %340 = stablehlo.transpose %arg27, dims = [1, 0] : (tensor<100x32xbf16>) -> tensor<32x100xbf16>
    %341 = stablehlo.dot_general %339, %340, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xbf16>, tensor<32x100xbf16>) -> tensor<1x16x100xbf16>
    return %341 : tensor<1x16x100xbf16>
  }
  func.func private @_take(%arg0: tensor<100x32xbf16>, %arg1: tensor<1x16xi32>) -> tensor<1x16x32xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %1 = stablehlo.compare  LT, %arg1, %0,  SIGNED : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %c_0 = stablehlo.constant dense<100> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1x16xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %c_1 = stablehlo.constant dense<99> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x16x1xi32>
    %7 = stablehlo.compare  GE, %5, %6,  SIGNED : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %10 = stablehlo.compare  LE, %5, %9,  SIGNED : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1x16x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<100x32xbf16>, tensor<1x16x1xi32>) -> tensor<1x16x32xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<1x16x32xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x16x32xi1>, tensor<1x16x32xbf16>
    return %16 : tensor<1x16x32xbf16>
  }
  func.func private @_where(%arg0: tensor<1x16xi1>, %arg1: tensor<1x16xi32>, %arg2: tensor<1x16xi32>) -> tensor<1x16xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1x16xi1>, tensor<1x16xi32>
    return %0 : tensor<1x16xi32>
  }
  func.func private @_take_0(%arg0: tensor<32x32xbf16>, %arg1: tensor<1x16xi32>) -> tensor<1x16x32xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %1 = stablehlo.compare  LT, %arg1, %0,  SIGNED : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %c_0 = stablehlo.constant dense<32> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1x16xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %c_1 = stablehlo.constant dense<31> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x16x1xi32>
    %7 = stablehlo.compare  GE, %5, %6,  SIGNED : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %10 = stablehlo.compare  LE, %5, %9,  SIGNED : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1x16x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xbf16>, tensor<1x16x1xi32>) -> tensor<1x16x32xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<1x16x32xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x16x32xi1>, tensor<1x16x32xbf16>
    return %16 : tensor<1x16x32xbf16>
  }
}
