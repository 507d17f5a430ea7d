module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<96xbf16>, %arg1: tensor<96x32xbf16>, %arg2: tensor<32xbf16>, %arg3: tensor<32x32xbf16>, %arg4: tensor<32xbf16>, %arg5: tensor<32xbf16>, %arg6: tensor<32xbf16>, %arg7: tensor<32xbf16>, %arg8: tensor<128xbf16>, %arg9: tensor<128x32xbf16>, %arg10: tensor<32xbf16>, %arg11: tensor<32x128xbf16>, %arg12: tensor<96xbf16>, %arg13: tensor<96x32xbf16>, %arg14: tensor<32xbf16>, %arg15: tensor<32x32xbf16>, %arg16: tensor<32xbf16>, %arg17: tensor<32xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<32xbf16>, %arg20: tensor<128xbf16>, %arg21: tensor<128x32xbf16>, %arg22: tensor<32xbf16>, %arg23: tensor<32x128xbf16>, %arg24: tensor<32xbf16>, %arg25: tensor<32xbf16>, %arg26: tensor<256x32xbf16>, %arg27: tensor<100x32xbf16>, %arg28: tensor<1x256xi32>) -> (tensor<1x256x100xbf16> {jax.result_info = ""}) {
    %0 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3 = stablehlo.convert %2 : (tensor<1x256xf32>) -> tensor<1x256xi32>
    %4 = call @_take(%arg27, %arg28) : (tensor<100x32xbf16>, tensor<1x256xi32>) -> tensor<1x256x32xbf16>
    %5 = call @_take_0(%arg26, %1) : (tensor<256x32xbf16>, tensor<1x256xi32>) -> tensor<1x256x32xbf16>
    %6 = stablehlo.add %4, %5 : tensor<1x256x32xbf16>
    %7 = stablehlo.convert %6 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %8 = stablehlo.multiply %7, %7 : tensor<1x256x32xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.reduce(%7 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %cst_1 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %11 = stablehlo.divide %9, %10 : tensor<1x256xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%8 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %13 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %14 = stablehlo.divide %12, %13 : tensor<1x256xf32>
    %15 = stablehlo.multiply %11, %11 : tensor<1x256xf32>
    %16 = stablehlo.subtract %14, %15 : tensor<1x256xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %18 = stablehlo.maximum %17, %16 : tensor<1x256xf32>
    %19 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %20 = stablehlo.broadcast_in_dim %18, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %21 = stablehlo.convert %6 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %22 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %23 = stablehlo.subtract %21, %22 : tensor<1x256x32xf32>
    %cst_4 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %25 = stablehlo.add %20, %24 : tensor<1x256x1xf32>
    %26 = stablehlo.rsqrt %25 : tensor<1x256x1xf32>
    %27 = stablehlo.reshape %arg5 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %28 = stablehlo.convert %27 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %29 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %30 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %31 = stablehlo.multiply %29, %30 : tensor<1x256x32xf32>
    %32 = stablehlo.multiply %23, %31 : tensor<1x256x32xf32>
    %33 = stablehlo.reshape %arg4 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %34 = stablehlo.convert %33 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %36 = stablehlo.add %32, %35 : tensor<1x256x32xf32>
    %37 = stablehlo.convert %36 : (tensor<1x256x32xf32>) -> tensor<1x256x32xbf16>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %38 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %39 = stablehlo.iota dim = 0 : tensor<256xi32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %42 = stablehlo.broadcast_in_dim %40, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %43 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %44 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %45 = stablehlo.compare  GE, %43, %44,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %47 = stablehlo.transpose %arg1, dims = [1, 0] : (tensor<96x32xbf16>) -> tensor<32x96xbf16>
    %48 = stablehlo.dot_general %37, %47, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x96xbf16>) -> tensor<1x256x96xbf16>
    %49 = stablehlo.broadcast_in_dim %arg0, dims = [2] : (tensor<96xbf16>) -> tensor<1x1x96xbf16>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2] : (tensor<1x1x96xbf16>) -> tensor<1x256x96xbf16>
    %51 = stablehlo.add %48, %50 : tensor<1x256x96xbf16>
    %52 = stablehlo.slice %51 [0:1, 0:256, 0:32] : (tensor<1x256x96xbf16>) -> tensor<1x256x32xbf16>
    %53 = stablehlo.slice %51 [0:1, 0:256, 32:64] : (tensor<1x256x96xbf16>) -> tensor<1x256x32xbf16>
    %54 = stablehlo.slice %51 [0:1, 0:256, 64:96] : (tensor<1x256x96xbf16>) -> tensor<1x256x32xbf16>
    %55 = stablehlo.reshape %52 : (tensor<1x256x32xbf16>) -> tensor<1x256x2x16xbf16>
    %56 = stablehlo.reshape %53 : (tensor<1x256x32xbf16>) -> tensor<1x256x2x16xbf16>
    %57 = stablehlo.reshape %54 : (tensor<1x256x32xbf16>) -> tensor<1x256x2x16xbf16>
    %58 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %60 = stablehlo.convert %46 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %62 = stablehlo.compare  NE, %59, %61,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %63 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %64 = stablehlo.compare  NE, %60, %63,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %65 = stablehlo.and %62, %64 : tensor<1x1x256x256xi1>
    %66 = stablehlo.convert %65 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %67 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %68 = stablehlo.compare  GT, %66, %67,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %70 = stablehlo.convert %69 : (tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xbf16>
    %cst_7 = stablehlo.constant dense<-3.389530e+38> : tensor<bf16>
    %71 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1x1x256x256xbf16>
    %72 = stablehlo.select %68, %70, %71 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xbf16>
    %cst_8 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %73 = stablehlo.sqrt %cst_8 : tensor<f32>
    %74 = stablehlo.convert %73 : (tensor<f32>) -> tensor<bf16>
    %75 = stablehlo.broadcast_in_dim %74, dims = [] : (tensor<bf16>) -> tensor<1x256x2x16xbf16>
    %76 = stablehlo.divide %55, %75 : tensor<1x256x2x16xbf16>
    %77 = stablehlo.dot_general %76, %56, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xbf16>, tensor<1x256x2x16xbf16>) -> tensor<1x2x256x256xbf16>
    %78 = stablehlo.broadcast_in_dim %72, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xbf16>) -> tensor<1x2x256x256xbf16>
    %79 = stablehlo.add %77, %78 : tensor<1x2x256x256xbf16>
    %cst_9 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %80 = stablehlo.reduce(%79 init: %cst_9) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xbf16>, tensor<bf16>) -> tensor<1x2x256xbf16>
    %cst_10 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %81 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<bf16>) -> tensor<1x2x256xbf16>
    %82 = stablehlo.maximum %81, %80 : tensor<1x2x256xbf16>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<1x2x256xbf16>) -> tensor<1x2x256x1xbf16>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xbf16>) -> tensor<1x2x256x256xbf16>
    %85 = stablehlo.subtract %79, %84 : tensor<1x2x256x256xbf16>
    %86 = stablehlo.exponential %85 : tensor<1x2x256x256xbf16>
    %87 = stablehlo.convert %86 : (tensor<1x2x256x256xbf16>) -> tensor<1x2x256x256xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %88 = stablehlo.reduce(%87 init: %cst_11) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %90 = stablehlo.convert %89 : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x1xbf16>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xbf16>) -> tensor<1x2x256x256xbf16>
    %92 = stablehlo.divide %86, %91 : tensor<1x2x256x256xbf16>
    %93 = stablehlo.dot_general %57, %92, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xbf16>, tensor<1x2x256x256xbf16>) -> tensor<1x2x16x256xbf16>
    %94 = stablehlo.transpose %93, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xbf16>) -> tensor<1x256x2x16xbf16>
    %95 = stablehlo.reshape %94 : (tensor<1x256x2x16xbf16>) -> tensor<1x256x32xbf16>
    %96 = stablehlo.transpose %arg3, dims = [1, 0] : (tensor<32x32xbf16>) -> tensor<32x32xbf16>
    %97 = stablehlo.dot_general %95, %96, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x32xbf16>) -> tensor<1x256x32xbf16>
    %98 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x256x32xbf16>
    %100 = stablehlo.add %97, %99 : tensor<1x256x32xbf16>
    %101 = stablehlo.add %100, %6 : tensor<1x256x32xbf16>
    %102 = stablehlo.convert %101 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<1x256x32xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %104 = stablehlo.reduce(%102 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %105 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %106 = stablehlo.divide %104, %105 : tensor<1x256xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %107 = stablehlo.reduce(%103 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %108 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %109 = stablehlo.divide %107, %108 : tensor<1x256xf32>
    %110 = stablehlo.multiply %106, %106 : tensor<1x256xf32>
    %111 = stablehlo.subtract %109, %110 : tensor<1x256xf32>
    %112 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %113 = stablehlo.maximum %112, %111 : tensor<1x256xf32>
    %114 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %115 = stablehlo.broadcast_in_dim %113, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %116 = stablehlo.convert %101 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %117 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %118 = stablehlo.subtract %116, %117 : tensor<1x256x32xf32>
    %119 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %120 = stablehlo.add %115, %119 : tensor<1x256x1xf32>
    %121 = stablehlo.rsqrt %120 : tensor<1x256x1xf32>
    %122 = stablehlo.reshape %arg7 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %123 = stablehlo.convert %122 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %124 = stablehlo.broadcast_in_dim %121, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %125 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %126 = stablehlo.multiply %124, %125 : tensor<1x256x32xf32>
    %127 = stablehlo.multiply %118, %126 : tensor<1x256x32xf32>
    %128 = stablehlo.reshape %arg6 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %129 = stablehlo.convert %128 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %131 = stablehlo.add %127, %130 : tensor<1x256x32xf32>
    %132 = stablehlo.convert %131 : (tensor<1x256x32xf32>) -> tensor<1x256x32xbf16>
    %133 = stablehlo.transpose %arg9, dims = [1, 0] : (tensor<128x32xbf16>) -> tensor<32x128xbf16>
    %134 = stablehlo.dot_general %132, %133, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x128xbf16>) -> tensor<1x256x128xbf16>
    %135 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<128xbf16>) -> tensor<1x1x128xbf16>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 2] : (tensor<1x1x128xbf16>) -> tensor<1x256x128xbf16>
    %137 = stablehlo.add %134, %136 : tensor<1x256x128xbf16>
    %138 = stablehlo.multiply %137, %137 : tensor<1x256x128xbf16>
    %139 = stablehlo.multiply %138, %137 : tensor<1x256x128xbf16>
    %cst_14 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %140 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %141 = stablehlo.multiply %140, %139 : tensor<1x256x128xbf16>
    %142 = stablehlo.add %137, %141 : tensor<1x256x128xbf16>
    %cst_15 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %143 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %144 = stablehlo.multiply %143, %142 : tensor<1x256x128xbf16>
    %145 = stablehlo.tanh %144 : tensor<1x256x128xbf16>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %146 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %147 = stablehlo.add %146, %145 : tensor<1x256x128xbf16>
    %cst_17 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %148 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %149 = stablehlo.multiply %148, %147 : tensor<1x256x128xbf16>
    %150 = stablehlo.multiply %137, %149 : tensor<1x256x128xbf16>
    %151 = stablehlo.transpose %arg11, dims = [1, 0] : (tensor<32x128xbf16>) -> tensor<128x32xbf16>
    %152 = stablehlo.dot_general %150, %151, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xbf16>, tensor<128x32xbf16>) -> tensor<1x256x32xbf16>
    %153 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x256x32xbf16>
    %155 = stablehlo.add %152, %154 : tensor<1x256x32xbf16>
    %156 = stablehlo.add %101, %155 : tensor<1x256x32xbf16>
    %157 = stablehlo.convert %156 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<1x256x32xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.reduce(%157 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %160 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %161 = stablehlo.divide %159, %160 : tensor<1x256xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %162 = stablehlo.reduce(%158 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %163 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %164 = stablehlo.divide %162, %163 : tensor<1x256xf32>
    %165 = stablehlo.multiply %161, %161 : tensor<1x256xf32>
    %166 = stablehlo.subtract %164, %165 : tensor<1x256xf32>
    %167 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %168 = stablehlo.maximum %167, %166 : tensor<1x256xf32>
    %169 = stablehlo.broadcast_in_dim %161, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %170 = stablehlo.broadcast_in_dim %168, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %171 = stablehlo.convert %156 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %172 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %173 = stablehlo.subtract %171, %172 : tensor<1x256x32xf32>
    %174 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %175 = stablehlo.add %170, %174 : tensor<1x256x1xf32>
    %176 = stablehlo.rsqrt %175 : tensor<1x256x1xf32>
    %177 = stablehlo.reshape %arg17 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %178 = stablehlo.convert %177 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %179 = stablehlo.broadcast_in_dim %176, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %180 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %181 = stablehlo.multiply %179, %180 : tensor<1x256x32xf32>
    %182 = stablehlo.multiply %173, %181 : tensor<1x256x32xf32>
    %183 = stablehlo.reshape %arg16 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %184 = stablehlo.convert %183 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %186 = stablehlo.add %182, %185 : tensor<1x256x32xf32>
    %187 = stablehlo.convert %186 : (tensor<1x256x32xf32>) -> tensor<1x256x32xbf16>
    %188 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %189 = stablehlo.iota dim = 0 : tensor<256xi32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %192 = stablehlo.broadcast_in_dim %190, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %193 = stablehlo.broadcast_in_dim %191, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %194 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %195 = stablehlo.compare  GE, %193, %194,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %197 = stablehlo.transpose %arg13, dims = [1, 0] : (tensor<96x32xbf16>) -> tensor<32x96xbf16>
    %198 = stablehlo.dot_general %187, %197, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x96xbf16>) -> tensor<1x256x96xbf16>
    %199 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<96xbf16>) -> tensor<1x1x96xbf16>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0, 1, 2] : (tensor<1x1x96xbf16>) -> tensor<1x256x96xbf16>
    %201 = stablehlo.add %198, %200 : tensor<1x256x96xbf16>
    %202 = stablehlo.slice %201 [0:1, 0:256, 0:32] : (tensor<1x256x96xbf16>) -> tensor<1x256x32xbf16>
    %203 = stablehlo.slice %201 [0:1, 0:256, 32:64] : (tensor<1x256x96xbf16>) -> tensor<1x256x32xbf16>
    %204 = stablehlo.slice %201 [0:1, 0:256, 64:96] : (tensor<1x256x96xbf16>) -> tensor<1x256x32xbf16>
    %205 = stablehlo.reshape %202 : (tensor<1x256x32xbf16>) -> tensor<1x256x2x16xbf16>
    %206 = stablehlo.reshape %203 : (tensor<1x256x32xbf16>) -> tensor<1x256x2x16xbf16>
    %207 = stablehlo.reshape %204 : (tensor<1x256x32xbf16>) -> tensor<1x256x2x16xbf16>
    %208 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %210 = stablehlo.convert %196 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %211 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %212 = stablehlo.compare  NE, %209, %211,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %213 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %214 = stablehlo.compare  NE, %210, %213,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %215 = stablehlo.and %212, %214 : tensor<1x1x256x256xi1>
    %216 = stablehlo.convert %215 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %217 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %218 = stablehlo.compare  GT, %216, %217,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %219 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %220 = stablehlo.convert %219 : (tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xbf16>
    %221 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1x1x256x256xbf16>
    %222 = stablehlo.select %218, %220, %221 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xbf16>
    %223 = stablehlo.sqrt %cst_8 : tensor<f32>
    %224 = stablehlo.convert %223 : (tensor<f32>) -> tensor<bf16>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<bf16>) -> tensor<1x256x2x16xbf16>
    %226 = stablehlo.divide %205, %225 : tensor<1x256x2x16xbf16>
    %227 = stablehlo.dot_general %226, %206, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xbf16>, tensor<1x256x2x16xbf16>) -> tensor<1x2x256x256xbf16>
    %228 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xbf16>) -> tensor<1x2x256x256xbf16>
    %229 = stablehlo.add %227, %228 : tensor<1x2x256x256xbf16>
    %cst_20 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %230 = stablehlo.reduce(%229 init: %cst_20) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xbf16>, tensor<bf16>) -> tensor<1x2x256xbf16>
    %231 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<bf16>) -> tensor<1x2x256xbf16>
    %232 = stablehlo.maximum %231, %230 : tensor<1x2x256xbf16>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<1x2x256xbf16>) -> tensor<1x2x256x1xbf16>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xbf16>) -> tensor<1x2x256x256xbf16>
    %235 = stablehlo.subtract %229, %234 : tensor<1x2x256x256xbf16>
    %236 = stablehlo.exponential %235 : tensor<1x2x256x256xbf16>
    %237 = stablehlo.convert %236 : (tensor<1x2x256x256xbf16>) -> tensor<1x2x256x256xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %238 = stablehlo.reduce(%237 init: %cst_21) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %240 = stablehlo.convert %239 : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x1xbf16>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xbf16>) -> tensor<1x2x256x256xbf16>
    %242 = stablehlo.divide %236, %241 : tensor<1x2x256x256xbf16>
    %243 = stablehlo.dot_general %207, %242, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xbf16>, tensor<1x2x256x256xbf16>) -> tensor<1x2x16x256xbf16>
    %244 = stablehlo.transpose %243, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xbf16>) -> tensor<1x256x2x16xbf16>
    %245 = stablehlo.reshape %244 : (tensor<1x256x2x16xbf16>) -> tensor<1x256x32xbf16>
    %246 = stablehlo.transpose %arg15, dims = [1, 0] : (tensor<32x32xbf16>) -> tensor<32x32xbf16>
    %247 = stablehlo.dot_general %245, %246, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x32xbf16>) -> tensor<1x256x32xbf16>
    %248 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x256x32xbf16>
    %250 = stablehlo.add %247, %249 : tensor<1x256x32xbf16>
    %251 = stablehlo.add %250, %156 : tensor<1x256x32xbf16>
    %252 = stablehlo.convert %251 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %253 = stablehlo.multiply %252, %252 : tensor<1x256x32xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %254 = stablehlo.reduce(%252 init: %cst_22) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %255 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %256 = stablehlo.divide %254, %255 : tensor<1x256xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %257 = stablehlo.reduce(%253 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %258 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %259 = stablehlo.divide %257, %258 : tensor<1x256xf32>
    %260 = stablehlo.multiply %256, %256 : tensor<1x256xf32>
    %261 = stablehlo.subtract %259, %260 : tensor<1x256xf32>
    %262 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %263 = stablehlo.maximum %262, %261 : tensor<1x256xf32>
    %264 = stablehlo.broadcast_in_dim %256, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %265 = stablehlo.broadcast_in_dim %263, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %266 = stablehlo.convert %251 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %267 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %268 = stablehlo.subtract %266, %267 : tensor<1x256x32xf32>
    %269 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %270 = stablehlo.add %265, %269 : tensor<1x256x1xf32>
    %271 = stablehlo.rsqrt %270 : tensor<1x256x1xf32>
    %272 = stablehlo.reshape %arg19 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %273 = stablehlo.convert %272 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %274 = stablehlo.broadcast_in_dim %271, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %275 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %276 = stablehlo.multiply %274, %275 : tensor<1x256x32xf32>
    %277 = stablehlo.multiply %268, %276 : tensor<1x256x32xf32>
    %278 = stablehlo.reshape %arg18 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %279 = stablehlo.convert %278 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %281 = stablehlo.add %277, %280 : tensor<1x256x32xf32>
    %282 = stablehlo.convert %281 : (tensor<1x256x32xf32>) -> tensor<1x256x32xbf16>
    %283 = stablehlo.transpose %arg21, dims = [1, 0] : (tensor<128x32xbf16>) -> tensor<32x128xbf16>
    %284 = stablehlo.dot_general %282, %283, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x128xbf16>) -> tensor<1x256x128xbf16>
    %285 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<128xbf16>) -> tensor<1x1x128xbf16>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1, 2] : (tensor<1x1x128xbf16>) -> tensor<1x256x128xbf16>
    %287 = stablehlo.add %284, %286 : tensor<1x256x128xbf16>
    %288 = stablehlo.multiply %287, %287 : tensor<1x256x128xbf16>
    %289 = stablehlo.multiply %288, %287 : tensor<1x256x128xbf16>
    %290 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %291 = stablehlo.multiply %290, %289 : tensor<1x256x128xbf16>
    %292 = stablehlo.add %287, %291 : tensor<1x256x128xbf16>
    %293 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %294 = stablehlo.multiply %293, %292 : tensor<1x256x128xbf16>
    %295 = stablehlo.tanh %294 : tensor<1x256x128xbf16>
    %296 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %297 = stablehlo.add %296, %295 : tensor<1x256x128xbf16>
    %298 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<bf16>) -> tensor<1x256x128xbf16>
    %299 = stablehlo.multiply %298, %297 : tensor<1x256x128xbf16>
    %300 = stablehlo.multiply %287, %299 : tensor<1x256x128xbf16>
    %301 = stablehlo.transpose %arg23, dims = [1, 0] : (tensor<32x128xbf16>) -> tensor<128x32xbf16>
    %302 = stablehlo.dot_general %300, %301, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xbf16>, tensor<128x32xbf16>) -> tensor<1x256x32xbf16>
    %303 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0, 1, 2] : (tensor<1x1x32xbf16>) -> tensor<1x256x32xbf16>
    %305 = stablehlo.add %302, %304 : tensor<1x256x32xbf16>
    %306 = stablehlo.add %251, %305 : tensor<1x256x32xbf16>
    %307 = stablehlo.convert %306 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %308 = stablehlo.multiply %307, %307 : tensor<1x256x32xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %309 = stablehlo.reduce(%307 init: %cst_24) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %310 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %311 = stablehlo.divide %309, %310 : tensor<1x256xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %312 = stablehlo.reduce(%308 init: %cst_25) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %313 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %314 = stablehlo.divide %312, %313 : tensor<1x256xf32>
    %315 = stablehlo.multiply %311, %311 : tensor<1x256xf32>
    %316 = stablehlo.subtract %314, %315 : tensor<1x256xf32>
    %317 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %318 = stablehlo.maximum %317, %316 : tensor<1x256xf32>
    %319 = stablehlo.broadcast_in_dim %311, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %320 = stablehlo.broadcast_in_dim %318, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %321 = stablehlo.convert %306 : (tensor<1x256x32xbf16>) -> tensor<1x256x32xf32>
    %322 = stablehlo.broadcast_in_dim %319, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %323 = stablehlo.subtract %321, %322 : tensor<1x256x32xf32>
    %324 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %325 = stablehlo.add %320, %324 : tensor<1x256x1xf32>
    %326 = stablehlo.rsqrt %325 : tensor<1x256x1xf32>
    %327 = stablehlo.reshape %arg25 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %328 = stablehlo.convert %327 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %329 = stablehlo.broadcast_in_dim %326, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %330 = stablehlo.broadcast_in_dim %328, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %331 = stablehlo.multiply %329, %330 : tensor<1x256x32xf32>
    %332 = stablehlo.multiply %323, %331 : tensor<1x256x32xf32>
    %333 = stablehlo.reshape %arg24 : (tensor<32xbf16>) -> tensor<1x1x32xbf16>
    %334 = stablehlo.convert %333 : (tensor<1x1x32xbf16>) -> tensor<1x1x32xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %336 = stablehlo.add %332, %335 : tensor<1x256x32xf32>
    %337 = stablehlo.convert %336 : (tensor<1x256x32xf32>) -> tensor<1x256x32xbf16>
    %338 = stablehlo.transpose %arg27, dims = [1, 0] : (tensor<100x32xbf16>) -> tensor<32x100xbf16>
    %339 = stablehlo.dot_general %337, %338, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xbf16>, tensor<32x100xbf16>) -> tensor<1x256x100xbf16>
    return %339 : tensor<1x256x100xbf16>
  }
  func.func private @_take(%arg0: tensor<100x32xbf16>, %arg1: tensor<1x256xi32>) -> tensor<1x256x32xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x256xi32>
    %1 = stablehlo.compare  LT, %arg1, %0,  SIGNED : (tensor<1x256xi32>, tensor<1x256xi32>) -> tensor<1x256xi1>
    %c_0 = stablehlo.constant dense<100> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x256xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1x256xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<1x256xi1>, tensor<1x256xi32>, tensor<1x256xi32>) -> tensor<1x256xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %c_1 = stablehlo.constant dense<99> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x256x1xi32>
    %7 = stablehlo.compare  GE, %5, %6,  SIGNED : (tensor<1x256x1xi32>, tensor<1x256x1xi32>) -> tensor<1x256x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<1x256x1xi32>
    %10 = stablehlo.compare  LE, %5, %9,  SIGNED : (tensor<1x256x1xi32>, tensor<1x256x1xi32>) -> tensor<1x256x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1x256x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<1x256x1xi1>, tensor<i1>) -> tensor<1x256xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<100x32xbf16>, tensor<1x256x1xi32>) -> tensor<1x256x32xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x256xi1>) -> tensor<1x256x32xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<1x256x32xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x256x32xi1>, tensor<1x256x32xbf16>
    return %16 : tensor<1x256x32xbf16>
  }
  func.func private @_where(%arg0: tensor<1x256xi1>, %arg1: tensor<1x256xi32>, %arg2: tensor<1x256xi32>) -> tensor<1x256xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1x256xi1>, tensor<1x256xi32>
    return %0 : tensor<1x256xi32>
  }
  func.func private @_take_0(%arg0: tensor<256x32xbf16>, %arg1: tensor<1x256xi32>) -> tensor<1x256x32xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x256xi32>
    %1 = stablehlo.compare  LT, %arg1, %0,  SIGNED : (tensor<1x256xi32>, tensor<1x256xi32>) -> tensor<1x256xi1>
    %c_0 = stablehlo.constant dense<256> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x256xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1x256xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<1x256xi1>, tensor<1x256xi32>, tensor<1x256xi32>) -> tensor<1x256xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %c_1 = stablehlo.constant dense<255> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x256x1xi32>
    %7 = stablehlo.compare  GE, %5, %6,  SIGNED : (tensor<1x256x1xi32>, tensor<1x256x1xi32>) -> tensor<1x256x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<1x256x1xi32>
    %10 = stablehlo.compare  LE, %5, %9,  SIGNED : (tensor<1x256x1xi32>, tensor<1x256x1xi32>) -> tensor<1x256x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1x256x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<1x256x1xi1>, tensor<i1>) -> tensor<1x256xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<256x32xbf16>, tensor<1x256x1xi32>) -> tensor<1x256x32xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x256xi1>) -> tensor<1x256x32xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<1x256x32xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x256x32xi1>, tensor<1x256x32xbf16>
    return %16 : tensor<1x256x32xbf16>
  }
}
