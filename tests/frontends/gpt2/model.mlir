module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<96xf32>, %arg1: tensor<96x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<128xf32>, %arg9: tensor<128x32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32x128xf32>, %arg12: tensor<96xf32>, %arg13: tensor<96x32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32xf32>, %arg20: tensor<128xf32>, %arg21: tensor<128x32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32x128xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32x32xf32>, %arg27: tensor<100x32xf32>, %arg28: tensor<1x16xi32>) -> (tensor<1x16x100xf32> {jax.result_info = ""}) {
    %0 = stablehlo.iota dim = 0 : tensor<16xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<16xi32>) -> tensor<1x16xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %3 = stablehlo.convert %2 : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %4 = call @_take(%arg27, %arg28) : (tensor<100x32xf32>, tensor<1x16xi32>) -> tensor<1x16x32xf32>
    %5 = call @_take_0(%arg26, %1) : (tensor<32x32xf32>, tensor<1x16xi32>) -> tensor<1x16x32xf32>
    %6 = stablehlo.add %4, %5 : tensor<1x16x32xf32>
    %7 = stablehlo.multiply %6, %6 : tensor<1x16x32xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.reduce(%6 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %cst_1 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %10 = stablehlo.divide %8, %9 : tensor<1x16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.reduce(%7 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %12 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %13 = stablehlo.divide %11, %12 : tensor<1x16xf32>
    %14 = stablehlo.multiply %10, %10 : tensor<1x16xf32>
    %15 = stablehlo.subtract %13, %14 : tensor<1x16xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %17 = stablehlo.maximum %16, %15 : tensor<1x16xf32>
    %18 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %19 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %20 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %21 = stablehlo.subtract %6, %20 : tensor<1x16x32xf32>
    %cst_4 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %23 = stablehlo.add %19, %22 : tensor<1x16x1xf32>
    %24 = stablehlo.rsqrt %23 : tensor<1x16x1xf32>
    %25 = stablehlo.reshape %arg5 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %26 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %27 = stablehlo.broadcast_in_dim %25, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<1x16x32xf32>
    %29 = stablehlo.multiply %21, %28 : tensor<1x16x32xf32>
    %30 = stablehlo.reshape %arg4 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %32 = stablehlo.add %29, %31 : tensor<1x16x32xf32>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %33 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x32xi1>
    %34 = stablehlo.iota dim = 0 : tensor<32xi32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [1] : (tensor<32xi32>) -> tensor<1x32xi32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [0, 1] : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %37 = stablehlo.broadcast_in_dim %35, dims = [0, 2] : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %38 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %39 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %40 = stablehlo.compare  GE, %38, %39,  SIGNED : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 2, 3] : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %42 = stablehlo.transpose %arg1, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %43 = stablehlo.dot_general %32, %42, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x96xf32>) -> tensor<1x16x96xf32>
    %44 = stablehlo.broadcast_in_dim %arg0, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x16x96xf32>
    %46 = stablehlo.add %43, %45 : tensor<1x16x96xf32>
    %47 = stablehlo.slice %46 [0:1, 0:16, 0:32] : (tensor<1x16x96xf32>) -> tensor<1x16x32xf32>
    %48 = stablehlo.slice %46 [0:1, 0:16, 32:64] : (tensor<1x16x96xf32>) -> tensor<1x16x32xf32>
    %49 = stablehlo.slice %46 [0:1, 0:16, 64:96] : (tensor<1x16x96xf32>) -> tensor<1x16x32xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %51 = stablehlo.reshape %48 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %52 = stablehlo.reshape %49 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %53 = stablehlo.slice %41 [0:1, 0:1, 0:16, 0:16] : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %54 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %56 = stablehlo.convert %53 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %57 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %58 = stablehlo.compare  NE, %55, %57,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %59 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %60 = stablehlo.compare  NE, %56, %59,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %61 = stablehlo.and %58, %60 : tensor<1x1x16x16xi1>
    %62 = stablehlo.convert %61 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %63 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %64 = stablehlo.compare  GT, %62, %63,  FLOAT : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %66 = stablehlo.convert %65 : tensor<1x1x16x16xf32>
    %cst_7 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %68 = stablehlo.select %64, %66, %67 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>
    %cst_8 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %69 = stablehlo.sqrt %cst_8 : tensor<f32>
    %70 = stablehlo.convert %69 : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<f32>) -> tensor<1x16x2x16xf32>
    %72 = stablehlo.divide %50, %71 : tensor<1x16x2x16xf32>
    %73 = stablehlo.dot_general %72, %51, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %74 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %75 = stablehlo.add %73, %74 : tensor<1x2x16x16xf32>
    %cst_9 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %76 = stablehlo.reduce(%75 init: %cst_9) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %cst_10 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x16xf32>
    %78 = stablehlo.maximum %77, %76 : tensor<1x2x16xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
    %81 = stablehlo.subtract %75, %80 : tensor<1x2x16x16xf32>
    %82 = stablehlo.exponential %81 : tensor<1x2x16x16xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %83 = stablehlo.reduce(%82 init: %cst_11) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
    %86 = stablehlo.divide %82, %85 : tensor<1x2x16x16xf32>
    %87 = stablehlo.dot_general %52, %86, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %88 = stablehlo.transpose %87, dims = [0, 3, 1, 2] : (tensor<1x2x16x16xf32>) -> tensor<1x16x2x16xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %90 = stablehlo.transpose %arg3, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %91 = stablehlo.dot_general %89, %90, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %92 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %94 = stablehlo.add %91, %93 : tensor<1x16x32xf32>
    %95 = stablehlo.add %94, %6 : tensor<1x16x32xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<1x16x32xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %98 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %99 = stablehlo.divide %97, %98 : tensor<1x16xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %100 = stablehlo.reduce(%96 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %101 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %102 = stablehlo.divide %100, %101 : tensor<1x16xf32>
    %103 = stablehlo.multiply %99, %99 : tensor<1x16xf32>
    %104 = stablehlo.subtract %102, %103 : tensor<1x16xf32>
    %105 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %106 = stablehlo.maximum %105, %104 : tensor<1x16xf32>
    %107 = stablehlo.broadcast_in_dim %99, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %108 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %109 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %110 = stablehlo.subtract %95, %109 : tensor<1x16x32xf32>
    %111 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %112 = stablehlo.add %108, %111 : tensor<1x16x1xf32>
    %113 = stablehlo.rsqrt %112 : tensor<1x16x1xf32>
    %114 = stablehlo.reshape %arg7 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %115 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %116 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %117 = stablehlo.multiply %115, %116 : tensor<1x16x32xf32>
    %118 = stablehlo.multiply %110, %117 : tensor<1x16x32xf32>
    %119 = stablehlo.reshape %arg6 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %121 = stablehlo.add %118, %120 : tensor<1x16x32xf32>
    %122 = stablehlo.transpose %arg9, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %123 = stablehlo.dot_general %121, %122, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x128xf32>) -> tensor<1x16x128xf32>
    %124 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x16x128xf32>
    %126 = stablehlo.add %123, %125 : tensor<1x16x128xf32>
    %127 = stablehlo.multiply %126, %126 : tensor<1x16x128xf32>
    %128 = stablehlo.multiply %127, %126 : tensor<1x16x128xf32>
    %cst_14 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %130 = stablehlo.multiply %129, %128 : tensor<1x16x128xf32>
    %131 = stablehlo.add %126, %130 : tensor<1x16x128xf32>
    %cst_15 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %133 = stablehlo.multiply %132, %131 : tensor<1x16x128xf32>
    %134 = stablehlo.tanh %133 : tensor<1x16x128xf32>
    %135 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %136 = stablehlo.add %135, %134 : tensor<1x16x128xf32>
    %cst_16 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %138 = stablehlo.multiply %137, %136 : tensor<1x16x128xf32>
    %139 = stablehlo.multiply %126, %138 : tensor<1x16x128xf32>
    %140 = stablehlo.transpose %arg11, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %141 = stablehlo.dot_general %139, %140, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x128xf32>, tensor<128x32xf32>) -> tensor<1x16x32xf32>
    %142 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %144 = stablehlo.add %141, %143 : tensor<1x16x32xf32>
    %145 = stablehlo.add %95, %144 : tensor<1x16x32xf32>
    %146 = stablehlo.multiply %145, %145 : tensor<1x16x32xf32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %cst_17) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %148 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %149 = stablehlo.divide %147, %148 : tensor<1x16xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %150 = stablehlo.reduce(%146 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %151 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %152 = stablehlo.divide %150, %151 : tensor<1x16xf32>
    %153 = stablehlo.multiply %149, %149 : tensor<1x16xf32>
    %154 = stablehlo.subtract %152, %153 : tensor<1x16xf32>
    %155 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %156 = stablehlo.maximum %155, %154 : tensor<1x16xf32>
    %157 = stablehlo.broadcast_in_dim %149, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %158 = stablehlo.broadcast_in_dim %156, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %159 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %160 = stablehlo.subtract %145, %159 : tensor<1x16x32xf32>
    %161 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %162 = stablehlo.add %158, %161 : tensor<1x16x1xf32>
    %163 = stablehlo.rsqrt %162 : tensor<1x16x1xf32>
    %164 = stablehlo.reshape %arg17 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %165 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %166 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %167 = stablehlo.multiply %165, %166 : tensor<1x16x32xf32>
    %168 = stablehlo.multiply %160, %167 : tensor<1x16x32xf32>
    %169 = stablehlo.reshape %arg16 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %171 = stablehlo.add %168, %170 : tensor<1x16x32xf32>
    %172 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x32xi1>
    %173 = stablehlo.iota dim = 0 : tensor<32xi32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [1] : (tensor<32xi32>) -> tensor<1x32xi32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1] : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %176 = stablehlo.broadcast_in_dim %174, dims = [0, 2] : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %177 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2] : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %178 = stablehlo.broadcast_in_dim %176, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %179 = stablehlo.compare  GE, %177, %178,  SIGNED : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 2, 3] : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %181 = stablehlo.transpose %arg13, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %182 = stablehlo.dot_general %171, %181, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x96xf32>) -> tensor<1x16x96xf32>
    %183 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x16x96xf32>
    %185 = stablehlo.add %182, %184 : tensor<1x16x96xf32>
    %186 = stablehlo.slice %185 [0:1, 0:16, 0:32] : (tensor<1x16x96xf32>) -> tensor<1x16x32xf32>
    %187 = stablehlo.slice %185 [0:1, 0:16, 32:64] : (tensor<1x16x96xf32>) -> tensor<1x16x32xf32>
    %188 = stablehlo.slice %185 [0:1, 0:16, 64:96] : (tensor<1x16x96xf32>) -> tensor<1x16x32xf32>
    %189 = stablehlo.reshape %186 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %190 = stablehlo.reshape %187 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %191 = stablehlo.reshape %188 : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %192 = stablehlo.slice %180 [0:1, 0:1, 0:16, 0:16] : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %193 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %195 = stablehlo.convert %192 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %196 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %197 = stablehlo.compare  NE, %194, %196,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %198 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %199 = stablehlo.compare  NE, %195, %198,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %200 = stablehlo.and %197, %199 : tensor<1x1x16x16xi1>
    %201 = stablehlo.convert %200 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %202 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %203 = stablehlo.compare  GT, %201, %202,  FLOAT : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %204 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %205 = stablehlo.convert %204 : tensor<1x1x16x16xf32>
    %206 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %207 = stablehlo.select %203, %205, %206 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>
    %208 = stablehlo.sqrt %cst_8 : tensor<f32>
    %209 = stablehlo.convert %208 : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<1x16x2x16xf32>
    %211 = stablehlo.divide %189, %210 : tensor<1x16x2x16xf32>
    %212 = stablehlo.dot_general %211, %190, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xf32>, tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %213 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %214 = stablehlo.add %212, %213 : tensor<1x2x16x16xf32>
    %cst_19 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %215 = stablehlo.reduce(%214 init: %cst_19) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %216 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x16xf32>
    %217 = stablehlo.maximum %216, %215 : tensor<1x2x16xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
    %220 = stablehlo.subtract %214, %219 : tensor<1x2x16x16xf32>
    %221 = stablehlo.exponential %220 : tensor<1x2x16x16xf32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %222 = stablehlo.reduce(%221 init: %cst_20) applies stablehlo.add across dimensions = [3] : (tensor<1x2x16x16xf32>, tensor<f32>) -> tensor<1x2x16xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2] : (tensor<1x2x16xf32>) -> tensor<1x2x16x1xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1, 2, 3] : (tensor<1x2x16x1xf32>) -> tensor<1x2x16x16xf32>
    %225 = stablehlo.divide %221, %224 : tensor<1x2x16x16xf32>
    %226 = stablehlo.dot_general %191, %225, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x2x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %227 = stablehlo.transpose %226, dims = [0, 3, 1, 2] : (tensor<1x2x16x16xf32>) -> tensor<1x16x2x16xf32>
    %228 = stablehlo.reshape %227 : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %229 = stablehlo.transpose %arg15, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %230 = stablehlo.dot_general %228, %229, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %231 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %233 = stablehlo.add %230, %232 : tensor<1x16x32xf32>
    %234 = stablehlo.add %233, %145 : tensor<1x16x32xf32>
    %235 = stablehlo.multiply %234, %234 : tensor<1x16x32xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %236 = stablehlo.reduce(%234 init: %cst_21) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %237 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %238 = stablehlo.divide %236, %237 : tensor<1x16xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %239 = stablehlo.reduce(%235 init: %cst_22) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %240 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %241 = stablehlo.divide %239, %240 : tensor<1x16xf32>
    %242 = stablehlo.multiply %238, %238 : tensor<1x16xf32>
    %243 = stablehlo.subtract %241, %242 : tensor<1x16xf32>
    %244 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %245 = stablehlo.maximum %244, %243 : tensor<1x16xf32>
    %246 = stablehlo.broadcast_in_dim %238, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %247 = stablehlo.broadcast_in_dim %245, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %248 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %249 = stablehlo.subtract %234, %248 : tensor<1x16x32xf32>
    %250 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %251 = stablehlo.add %247, %250 : tensor<1x16x1xf32>
    %252 = stablehlo.rsqrt %251 : tensor<1x16x1xf32>
    %253 = stablehlo.reshape %arg19 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %254 = stablehlo.broadcast_in_dim %252, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %255 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<1x16x32xf32>
    %257 = stablehlo.multiply %249, %256 : tensor<1x16x32xf32>
    %258 = stablehlo.reshape %arg18 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %260 = stablehlo.add %257, %259 : tensor<1x16x32xf32>
    %261 = stablehlo.transpose %arg21, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %262 = stablehlo.dot_general %260, %261, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x128xf32>) -> tensor<1x16x128xf32>
    %263 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x16x128xf32>
    %265 = stablehlo.add %262, %264 : tensor<1x16x128xf32>
    %266 = stablehlo.multiply %265, %265 : tensor<1x16x128xf32>
    %267 = stablehlo.multiply %266, %265 : tensor<1x16x128xf32>
    %268 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %269 = stablehlo.multiply %268, %267 : tensor<1x16x128xf32>
    %270 = stablehlo.add %265, %269 : tensor<1x16x128xf32>
    %271 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %272 = stablehlo.multiply %271, %270 : tensor<1x16x128xf32>
    %273 = stablehlo.tanh %272 : tensor<1x16x128xf32>
    %274 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %275 = stablehlo.add %274, %273 : tensor<1x16x128xf32>
    %276 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x16x128xf32>
    %277 = stablehlo.multiply %276, %275 : tensor<1x16x128xf32>
    %278 = stablehlo.multiply %265, %277 : tensor<1x16x128xf32>
    %279 = stablehlo.transpose %arg23, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %280 = stablehlo.dot_general %278, %279, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x128xf32>, tensor<128x32xf32>) -> tensor<1x16x32xf32>
    %281 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %283 = stablehlo.add %280, %282 : tensor<1x16x32xf32>
    %284 = stablehlo.add %234, %283 : tensor<1x16x32xf32>
    %285 = stablehlo.multiply %284, %284 : tensor<1x16x32xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %286 = stablehlo.reduce(%284 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %287 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %288 = stablehlo.divide %286, %287 : tensor<1x16xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %289 = stablehlo.reduce(%285 init: %cst_24) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %290 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %291 = stablehlo.divide %289, %290 : tensor<1x16xf32>
    %292 = stablehlo.multiply %288, %288 : tensor<1x16xf32>
    %293 = stablehlo.subtract %291, %292 : tensor<1x16xf32>
    %294 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %295 = stablehlo.maximum %294, %293 : tensor<1x16xf32>
    %296 = stablehlo.broadcast_in_dim %288, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %297 = stablehlo.broadcast_in_dim %295, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %298 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %299 = stablehlo.subtract %284, %298 : tensor<1x16x32xf32>
    %300 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %301 = stablehlo.add %297, %300 : tensor<1x16x1xf32>
    %302 = stablehlo.rsqrt %301 : tensor<1x16x1xf32>
    %303 = stablehlo.reshape %arg25 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %304 = stablehlo.broadcast_in_dim %302, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %305 = stablehlo.broadcast_in_dim %303, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %306 = stablehlo.multiply %304, %305 : tensor<1x16x32xf32>
    %307 = stablehlo.multiply %299, %306 : tensor<1x16x32xf32>
    %308 = stablehlo.reshape %arg24 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %310 = stablehlo.add %307, %309 : tensor<1x16x32xf32>
    %311 = stablehlo.transpose %arg27, dims = [1, 0] : (tensor<100x32xf32>) -> tensor<32x100xf32>
    %312 = stablehlo.dot_general %310, %311, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x100xf32>) -> tensor<1x16x100xf32>
    return %312 : tensor<1x16x100xf32>
  }
  func.func private @_take(%arg0: tensor<100x32xf32>, %arg1: tensor<1x16xi32>) -> tensor<1x16x32xf32> {
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
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<100x32xf32>, tensor<1x16x1xi32>) -> tensor<1x16x32xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16x32xf32>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x16x32xi1>, tensor<1x16x32xf32>
    return %16 : tensor<1x16x32xf32>
  }
  func.func private @_where(%arg0: tensor<1x16xi1>, %arg1: tensor<1x16xi32>, %arg2: tensor<1x16xi32>) -> tensor<1x16xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1x16xi1>, tensor<1x16xi32>
    return %0 : tensor<1x16xi32>
  }
  func.func private @_take_0(%arg0: tensor<32x32xf32>, %arg1: tensor<1x16xi32>) -> tensor<1x16x32xf32> {
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
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<32x32xf32>, tensor<1x16x1xi32>) -> tensor<1x16x32xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16x32xf32>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x16x32xi1>, tensor<1x16x32xf32>
    return %16 : tensor<1x16x32xf32>
  }
}
