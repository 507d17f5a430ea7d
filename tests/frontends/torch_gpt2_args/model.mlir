module {
  func.func @main(%arg0: tensor<100x64xf32>, %arg1: tensor<32x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x192xf32>, %arg5: tensor<192xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<256xf32>, %arg12: tensor<256x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x192xf32>, %arg17: tensor<192xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x256xf32>, %arg23: tensor<256xf32>, %arg24: tensor<256x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<1x16xi64>) -> tensor<1x16x100xf32> {
    %c = stablehlo.constant dense<0> : tensor<16xi64>
    %c_0 = stablehlo.constant dense<1> : tensor<16xi64>
    %c_1 = stablehlo.constant dense<16> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<1x4x16x16xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-3.40282347E+38> : tensor<16x16xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f64>
    %cst_6 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c_7 = stablehlo.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant dense<1> : tensor<1xi64>
    %cst_9 = arith.constant dense<64> : tensor<1xi64>
    %cst_10 = arith.constant dense<1.000000e-05> : tensor<1xf64>
    %cst_11 = arith.constant dense<5.000000e-01> : tensor<1xf64>
    %cst_12 = arith.constant dense<0xFFF0000000000000> : tensor<1xf64>
    %cst_13 = arith.constant dense<3> : tensor<1xi64>
    %cst_14 = arith.constant dense<4.471500e-02> : tensor<1xf64>
    %cst_15 = arith.constant dense<0.79788456080286541> : tensor<1xf64>
    %cst_16 = arith.constant dense<1.000000e+00> : tensor<1xf64>
    %0 = stablehlo.reshape %arg28 : (tensor<1x16xi64>) -> tensor<1x16xi64>
    %1 = stablehlo.convert %c_2 : (tensor<i64>) -> tensor<f64>
    %2 = stablehlo.convert %c_1 : (tensor<i64>) -> tensor<f64>
    %3 = stablehlo.divide %2, %1 : tensor<f64>
    %4 = stablehlo.ceil %3 : tensor<f64>
    %5 = stablehlo.convert %4 : (tensor<f64>) -> tensor<i64>
    %6 = stablehlo.reshape %5 : (tensor<i64>) -> tensor<1xi64>
    %7 = stablehlo.dynamic_iota %6, dim = 0 : (tensor<1xi64>) -> tensor<16xi64>
    %8 = stablehlo.multiply %7, %c_0 : tensor<16xi64>
    %9 = stablehlo.add %8, %c : tensor<16xi64>
    %10 = stablehlo.reshape %9 : (tensor<16xi64>) -> tensor<1x16xi64>
    %11 = "stablehlo.gather"(%arg0, %0) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<100x64xf32>, tensor<1x16xi64>) -> tensor<1x16x64xf32>
    %12 = stablehlo.convert %11 : tensor<1x16x64xf32>
    %13 = "stablehlo.gather"(%arg1, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<32x64xf32>, tensor<1x16xi64>) -> tensor<1x16x64xf32>
    %14 = stablehlo.convert %13 : tensor<1x16x64xf32>
    %15 = stablehlo.add %12, %14 : tensor<1x16x64xf32>
    %16 = stablehlo.add %9, %c_0 : tensor<16xi64>
    %17 = stablehlo.reshape %16 : (tensor<16xi64>) -> tensor<16x1xi64>
    %18 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<16xi64>) -> tensor<16x16xi64>
    %19 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<16x1xi64>) -> tensor<16x16xi64>
    %20 = stablehlo.compare LT, %18, %19, SIGNED : (tensor<16x16xi64>, tensor<16x16xi64>) -> tensor<16x16xi1>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<16x16xi1>) -> tensor<16x16xi1>
    %22 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<16x16xf32>
    %23 = stablehlo.broadcast_in_dim %cst_4, dims = [0, 1] : (tensor<16x16xf32>) -> tensor<16x16xf32>
    %24 = stablehlo.select %21, %22, %23 : tensor<16x16xi1>, tensor<16x16xf32>
    %25 = stablehlo.convert %15 : (tensor<1x16x64xf32>) -> tensor<1x16x64xf64>
    %26 = stablehlo.reduce(%25 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %27 = stablehlo.reshape %26 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %28 = stablehlo.convert %cst_9 : (tensor<1xi64>) -> tensor<1xf64>
    %29 = stablehlo.reshape %28 : (tensor<1xf64>) -> tensor<f64>
    %30 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<f64>) -> tensor<1x16x1xf64>
    %31 = stablehlo.divide %27, %30 : tensor<1x16x1xf64>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1, 2] : (tensor<1x16x1xf64>) -> tensor<1x16x64xf64>
    %33 = stablehlo.subtract %25, %32 : tensor<1x16x64xf64>
    %34 = stablehlo.multiply %33, %33 : tensor<1x16x64xf64>
    %35 = stablehlo.reduce(%34 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %36 = stablehlo.reshape %35 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %37 = stablehlo.divide %36, %30 : tensor<1x16x1xf64>
    %38 = stablehlo.convert %37 : (tensor<1x16x1xf64>) -> tensor<1x16x1xf32>
    %39 = stablehlo.reduce(%15 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %41 = stablehlo.convert %cst_9 : (tensor<1xi64>) -> tensor<1xf32>
    %42 = stablehlo.reshape %41 : (tensor<1xf32>) -> tensor<f32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %44 = stablehlo.divide %40, %43 : tensor<1x16x1xf32>
    %45 = stablehlo.convert %cst_10 : (tensor<1xf64>) -> tensor<1xf32>
    %46 = stablehlo.reshape %45 : (tensor<1xf32>) -> tensor<f32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %48 = stablehlo.add %38, %47 : tensor<1x16x1xf32>
    %49 = stablehlo.rsqrt %48 : tensor<1x16x1xf32>
    %50 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %51 = stablehlo.subtract %15, %50 : tensor<1x16x64xf32>
    %52 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %53 = stablehlo.multiply %51, %52 : tensor<1x16x64xf32>
    %54 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %55 = stablehlo.multiply %53, %54 : tensor<1x16x64xf32>
    %56 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %57 = stablehlo.add %55, %56 : tensor<1x16x64xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %59 = stablehlo.dot_general %58, %arg4, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x192xf32>) -> tensor<16x192xf32>
    %60 = stablehlo.convert %cst_8 : (tensor<1xi64>) -> tensor<1xf32>
    %61 = stablehlo.reshape %60 : (tensor<1xf32>) -> tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<16x192xf32>
    %63 = stablehlo.multiply %59, %62 : tensor<16x192xf32>
    %64 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<192xf32>) -> tensor<16x192xf32>
    %65 = stablehlo.multiply %64, %62 : tensor<16x192xf32>
    %66 = stablehlo.add %63, %65 : tensor<16x192xf32>
    %67 = stablehlo.reshape %66 : (tensor<16x192xf32>) -> tensor<1x16x192xf32>
    %68 = stablehlo.slice %67 [0:1, 0:16, 0:64] : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %69 = stablehlo.slice %67 [0:1, 0:16, 64:128] : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %70 = stablehlo.slice %67 [0:1, 0:16, 128:192] : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %71 = stablehlo.reshape %68 : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %72 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %73 = stablehlo.reshape %69 : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %74 = stablehlo.transpose %73, dims = [0, 2, 1, 3] : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %75 = stablehlo.reshape %70 : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %76 = stablehlo.transpose %75, dims = [0, 2, 1, 3] : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %77 = stablehlo.reshape %24 : (tensor<16x16xf32>) -> tensor<1x16x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %79 = stablehlo.convert %cst_11 : (tensor<1xf64>) -> tensor<1xf32>
    %80 = stablehlo.reshape %79 : (tensor<1xf32>) -> tensor<f32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x4x16x16xf32>
    %82 = stablehlo.multiply %72, %81 : tensor<1x4x16x16xf32>
    %83 = stablehlo.transpose %74, dims = [0, 1, 3, 2] : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %84 = stablehlo.multiply %83, %81 : tensor<1x4x16x16xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %86 = stablehlo.reshape %84 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %88 = stablehlo.dot_general %85, %87, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x16x16xf32>, tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %89 = stablehlo.reshape %88 : (tensor<4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %90 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %91 = stablehlo.add %89, %90 : tensor<1x4x16x16xf32>
    %92 = stablehlo.reduce(%91 init: %cst_6) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<1x4x16x16xf32>
    %96 = stablehlo.exponential %95 : tensor<1x4x16x16xf32>
    %97 = stablehlo.reduce(%96 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %98 = stablehlo.reshape %97 : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %100 = stablehlo.divide %96, %99 : tensor<1x4x16x16xf32>
    %101 = stablehlo.convert %cst_12 : tensor<1xf64>
    %102 = stablehlo.reshape %101 : (tensor<1xf64>) -> tensor<f64>
    %103 = stablehlo.convert %102 : (tensor<f64>) -> tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x4x16x16xf32>
    %105 = stablehlo.compare EQ, %91, %104, FLOAT : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xi1>
    %106 = stablehlo.reduce(%105 init: %c_7) applies stablehlo.and across dimensions = [3] : (tensor<1x4x16x16xi1>, tensor<i1>) -> tensor<1x4x16xi1>
    %107 = stablehlo.reshape %106 : (tensor<1x4x16xi1>) -> tensor<1x4x16x1xi1>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xi1>) -> tensor<1x4x16x16xi1>
    %109 = stablehlo.broadcast_in_dim %cst, dims = [0, 1, 2, 3] : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %110 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %111 = stablehlo.select %108, %109, %110 : tensor<1x4x16x16xi1>, tensor<1x4x16x16xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %113 = stablehlo.reshape %76 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2] : (tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %115 = stablehlo.dot_general %112, %114, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x16x16xf32>, tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %116 = stablehlo.reshape %115 : (tensor<4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %117 = stablehlo.transpose %116, dims = [2, 0, 1, 3] : (tensor<1x4x16x16xf32>) -> tensor<16x1x4x16xf32>
    %118 = stablehlo.transpose %117, dims = [1, 2, 0, 3] : (tensor<16x1x4x16xf32>) -> tensor<1x4x16x16xf32>
    %119 = stablehlo.transpose %118, dims = [0, 2, 1, 3] : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
    %120 = stablehlo.reshape %119 : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %122 = stablehlo.dot_general %121, %arg6, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %123 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<16x64xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<16x64xf32>
    %125 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<16x64xf32>
    %126 = stablehlo.multiply %125, %123 : tensor<16x64xf32>
    %127 = stablehlo.add %124, %126 : tensor<16x64xf32>
    %128 = stablehlo.reshape %127 : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %129 = stablehlo.add %128, %15 : tensor<1x16x64xf32>
    %130 = stablehlo.convert %129 : (tensor<1x16x64xf32>) -> tensor<1x16x64xf64>
    %131 = stablehlo.reduce(%130 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %132 = stablehlo.reshape %131 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %133 = stablehlo.divide %132, %30 : tensor<1x16x1xf64>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2] : (tensor<1x16x1xf64>) -> tensor<1x16x64xf64>
    %135 = stablehlo.subtract %130, %134 : tensor<1x16x64xf64>
    %136 = stablehlo.multiply %135, %135 : tensor<1x16x64xf64>
    %137 = stablehlo.reduce(%136 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %138 = stablehlo.reshape %137 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %139 = stablehlo.divide %138, %30 : tensor<1x16x1xf64>
    %140 = stablehlo.convert %139 : (tensor<1x16x1xf64>) -> tensor<1x16x1xf32>
    %141 = stablehlo.reduce(%129 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %143 = stablehlo.divide %142, %43 : tensor<1x16x1xf32>
    %144 = stablehlo.add %140, %47 : tensor<1x16x1xf32>
    %145 = stablehlo.rsqrt %144 : tensor<1x16x1xf32>
    %146 = stablehlo.broadcast_in_dim %143, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %147 = stablehlo.subtract %129, %146 : tensor<1x16x64xf32>
    %148 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<1x16x64xf32>
    %150 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %151 = stablehlo.multiply %149, %150 : tensor<1x16x64xf32>
    %152 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %153 = stablehlo.add %151, %152 : tensor<1x16x64xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %155 = stablehlo.dot_general %154, %arg10, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x256xf32>) -> tensor<16x256xf32>
    %156 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<16x256xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<16x256xf32>
    %158 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<256xf32>) -> tensor<16x256xf32>
    %159 = stablehlo.multiply %158, %156 : tensor<16x256xf32>
    %160 = stablehlo.add %157, %159 : tensor<16x256xf32>
    %161 = stablehlo.reshape %160 : (tensor<16x256xf32>) -> tensor<1x16x256xf32>
    %162 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x16x256xf32>
    %163 = stablehlo.multiply %161, %162 : tensor<1x16x256xf32>
    %164 = stablehlo.convert %cst_13 : (tensor<1xi64>) -> tensor<1xf32>
    %165 = stablehlo.reshape %164 : (tensor<1xf32>) -> tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<1x16x256xf32>
    %167 = stablehlo.power %161, %166 : tensor<1x16x256xf32>
    %168 = stablehlo.convert %cst_14 : (tensor<1xf64>) -> tensor<1xf32>
    %169 = stablehlo.reshape %168 : (tensor<1xf32>) -> tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x16x256xf32>
    %171 = stablehlo.multiply %167, %170 : tensor<1x16x256xf32>
    %172 = stablehlo.add %161, %171 : tensor<1x16x256xf32>
    %173 = stablehlo.convert %cst_15 : (tensor<1xf64>) -> tensor<1xf32>
    %174 = stablehlo.reshape %173 : (tensor<1xf32>) -> tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<1x16x256xf32>
    %176 = stablehlo.multiply %172, %175 : tensor<1x16x256xf32>
    %177 = stablehlo.tanh %176 : tensor<1x16x256xf32>
    %178 = stablehlo.convert %cst_16 : (tensor<1xf64>) -> tensor<1xf32>
    %179 = stablehlo.reshape %178 : (tensor<1xf32>) -> tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x16x256xf32>
    %181 = stablehlo.add %177, %180 : tensor<1x16x256xf32>
    %182 = stablehlo.multiply %163, %181 : tensor<1x16x256xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x16x256xf32>) -> tensor<16x256xf32>
    %184 = stablehlo.dot_general %183, %arg12, contracting_dims = [1] x [0] : (tensor<16x256xf32>, tensor<256x64xf32>) -> tensor<16x64xf32>
    %185 = stablehlo.multiply %184, %123 : tensor<16x64xf32>
    %186 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<16x64xf32>
    %187 = stablehlo.multiply %186, %123 : tensor<16x64xf32>
    %188 = stablehlo.add %185, %187 : tensor<16x64xf32>
    %189 = stablehlo.reshape %188 : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %190 = stablehlo.add %129, %189 : tensor<1x16x64xf32>
    %191 = stablehlo.convert %190 : (tensor<1x16x64xf32>) -> tensor<1x16x64xf64>
    %192 = stablehlo.reduce(%191 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %193 = stablehlo.reshape %192 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %194 = stablehlo.divide %193, %30 : tensor<1x16x1xf64>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0, 1, 2] : (tensor<1x16x1xf64>) -> tensor<1x16x64xf64>
    %196 = stablehlo.subtract %191, %195 : tensor<1x16x64xf64>
    %197 = stablehlo.multiply %196, %196 : tensor<1x16x64xf64>
    %198 = stablehlo.reduce(%197 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %199 = stablehlo.reshape %198 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %200 = stablehlo.divide %199, %30 : tensor<1x16x1xf64>
    %201 = stablehlo.convert %200 : (tensor<1x16x1xf64>) -> tensor<1x16x1xf32>
    %202 = stablehlo.reduce(%190 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %204 = stablehlo.divide %203, %43 : tensor<1x16x1xf32>
    %205 = stablehlo.add %201, %47 : tensor<1x16x1xf32>
    %206 = stablehlo.rsqrt %205 : tensor<1x16x1xf32>
    %207 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %208 = stablehlo.subtract %190, %207 : tensor<1x16x64xf32>
    %209 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %210 = stablehlo.multiply %208, %209 : tensor<1x16x64xf32>
    %211 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<1x16x64xf32>
    %213 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %214 = stablehlo.add %212, %213 : tensor<1x16x64xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %216 = stablehlo.dot_general %215, %arg16, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x192xf32>) -> tensor<16x192xf32>
    %217 = stablehlo.multiply %216, %62 : tensor<16x192xf32>
    %218 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<192xf32>) -> tensor<16x192xf32>
    %219 = stablehlo.multiply %218, %62 : tensor<16x192xf32>
    %220 = stablehlo.add %217, %219 : tensor<16x192xf32>
    %221 = stablehlo.reshape %220 : (tensor<16x192xf32>) -> tensor<1x16x192xf32>
    %222 = stablehlo.slice %221 [0:1, 0:16, 0:64] : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %223 = stablehlo.slice %221 [0:1, 0:16, 64:128] : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %224 = stablehlo.slice %221 [0:1, 0:16, 128:192] : (tensor<1x16x192xf32>) -> tensor<1x16x64xf32>
    %225 = stablehlo.reshape %222 : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %226 = stablehlo.transpose %225, dims = [0, 2, 1, 3] : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %227 = stablehlo.reshape %223 : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %228 = stablehlo.transpose %227, dims = [0, 2, 1, 3] : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %229 = stablehlo.reshape %224 : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %230 = stablehlo.transpose %229, dims = [0, 2, 1, 3] : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %231 = stablehlo.multiply %226, %81 : tensor<1x4x16x16xf32>
    %232 = stablehlo.transpose %228, dims = [0, 1, 3, 2] : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %233 = stablehlo.multiply %232, %81 : tensor<1x4x16x16xf32>
    %234 = stablehlo.reshape %231 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %235 = stablehlo.reshape %233 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %237 = stablehlo.dot_general %234, %236, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x16x16xf32>, tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %238 = stablehlo.reshape %237 : (tensor<4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %239 = stablehlo.add %238, %90 : tensor<1x4x16x16xf32>
    %240 = stablehlo.reduce(%239 init: %cst_6) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %241 = stablehlo.reshape %240 : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %243 = stablehlo.subtract %239, %242 : tensor<1x4x16x16xf32>
    %244 = stablehlo.exponential %243 : tensor<1x4x16x16xf32>
    %245 = stablehlo.reduce(%244 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %246 = stablehlo.reshape %245 : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %248 = stablehlo.divide %244, %247 : tensor<1x4x16x16xf32>
    %249 = stablehlo.compare EQ, %239, %104, FLOAT : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xi1>
    %250 = stablehlo.reduce(%249 init: %c_7) applies stablehlo.and across dimensions = [3] : (tensor<1x4x16x16xi1>, tensor<i1>) -> tensor<1x4x16xi1>
    %251 = stablehlo.reshape %250 : (tensor<1x4x16xi1>) -> tensor<1x4x16x1xi1>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xi1>) -> tensor<1x4x16x16xi1>
    %253 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2, 3] : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %254 = stablehlo.select %252, %109, %253 : tensor<1x4x16x16xi1>, tensor<1x4x16x16xf32>
    %255 = stablehlo.reshape %254 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %256 = stablehlo.reshape %230 : (tensor<1x4x16x16xf32>) -> tensor<4x16x16xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0, 1, 2] : (tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %258 = stablehlo.dot_general %255, %257, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x16x16xf32>, tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %259 = stablehlo.reshape %258 : (tensor<4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %260 = stablehlo.transpose %259, dims = [2, 0, 1, 3] : (tensor<1x4x16x16xf32>) -> tensor<16x1x4x16xf32>
    %261 = stablehlo.transpose %260, dims = [1, 2, 0, 3] : (tensor<16x1x4x16xf32>) -> tensor<1x4x16x16xf32>
    %262 = stablehlo.transpose %261, dims = [0, 2, 1, 3] : (tensor<1x4x16x16xf32>) -> tensor<1x16x4x16xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x16x4x16xf32>) -> tensor<1x16x64xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %265 = stablehlo.dot_general %264, %arg18, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %266 = stablehlo.multiply %265, %123 : tensor<16x64xf32>
    %267 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<16x64xf32>
    %268 = stablehlo.multiply %267, %123 : tensor<16x64xf32>
    %269 = stablehlo.add %266, %268 : tensor<16x64xf32>
    %270 = stablehlo.reshape %269 : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %271 = stablehlo.add %270, %190 : tensor<1x16x64xf32>
    %272 = stablehlo.convert %271 : (tensor<1x16x64xf32>) -> tensor<1x16x64xf64>
    %273 = stablehlo.reduce(%272 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %274 = stablehlo.reshape %273 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %275 = stablehlo.divide %274, %30 : tensor<1x16x1xf64>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<1x16x1xf64>) -> tensor<1x16x64xf64>
    %277 = stablehlo.subtract %272, %276 : tensor<1x16x64xf64>
    %278 = stablehlo.multiply %277, %277 : tensor<1x16x64xf64>
    %279 = stablehlo.reduce(%278 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %280 = stablehlo.reshape %279 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %281 = stablehlo.divide %280, %30 : tensor<1x16x1xf64>
    %282 = stablehlo.convert %281 : (tensor<1x16x1xf64>) -> tensor<1x16x1xf32>
    %283 = stablehlo.reduce(%271 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %284 = stablehlo.reshape %283 : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %285 = stablehlo.divide %284, %43 : tensor<1x16x1xf32>
    %286 = stablehlo.add %282, %47 : tensor<1x16x1xf32>
    %287 = stablehlo.rsqrt %286 : tensor<1x16x1xf32>
    %288 = stablehlo.broadcast_in_dim %285, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %289 = stablehlo.subtract %271, %288 : tensor<1x16x64xf32>
    %290 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<1x16x64xf32>
    %292 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %293 = stablehlo.multiply %291, %292 : tensor<1x16x64xf32>
    %294 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %295 = stablehlo.add %293, %294 : tensor<1x16x64xf32>
    %296 = stablehlo.reshape %295 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %297 = stablehlo.dot_general %296, %arg22, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x256xf32>) -> tensor<16x256xf32>
    %298 = stablehlo.multiply %297, %156 : tensor<16x256xf32>
    %299 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<256xf32>) -> tensor<16x256xf32>
    %300 = stablehlo.multiply %299, %156 : tensor<16x256xf32>
    %301 = stablehlo.add %298, %300 : tensor<16x256xf32>
    %302 = stablehlo.reshape %301 : (tensor<16x256xf32>) -> tensor<1x16x256xf32>
    %303 = stablehlo.multiply %302, %162 : tensor<1x16x256xf32>
    %304 = stablehlo.power %302, %166 : tensor<1x16x256xf32>
    %305 = stablehlo.multiply %304, %170 : tensor<1x16x256xf32>
    %306 = stablehlo.add %302, %305 : tensor<1x16x256xf32>
    %307 = stablehlo.multiply %306, %175 : tensor<1x16x256xf32>
    %308 = stablehlo.tanh %307 : tensor<1x16x256xf32>
    %309 = stablehlo.add %308, %180 : tensor<1x16x256xf32>
    %310 = stablehlo.multiply %303, %309 : tensor<1x16x256xf32>
    %311 = stablehlo.reshape %310 : (tensor<1x16x256xf32>) -> tensor<16x256xf32>
    %312 = stablehlo.dot_general %311, %arg24, contracting_dims = [1] x [0] : (tensor<16x256xf32>, tensor<256x64xf32>) -> tensor<16x64xf32>
    %313 = stablehlo.multiply %312, %123 : tensor<16x64xf32>
    %314 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<64xf32>) -> tensor<16x64xf32>
    %315 = stablehlo.multiply %314, %123 : tensor<16x64xf32>
    %316 = stablehlo.add %313, %315 : tensor<16x64xf32>
    %317 = stablehlo.reshape %316 : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %318 = stablehlo.add %271, %317 : tensor<1x16x64xf32>
    %319 = stablehlo.convert %318 : (tensor<1x16x64xf32>) -> tensor<1x16x64xf64>
    %320 = stablehlo.reduce(%319 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %321 = stablehlo.reshape %320 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %322 = stablehlo.divide %321, %30 : tensor<1x16x1xf64>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0, 1, 2] : (tensor<1x16x1xf64>) -> tensor<1x16x64xf64>
    %324 = stablehlo.subtract %319, %323 : tensor<1x16x64xf64>
    %325 = stablehlo.multiply %324, %324 : tensor<1x16x64xf64>
    %326 = stablehlo.reduce(%325 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf64>, tensor<f64>) -> tensor<1x16xf64>
    %327 = stablehlo.reshape %326 : (tensor<1x16xf64>) -> tensor<1x16x1xf64>
    %328 = stablehlo.divide %327, %30 : tensor<1x16x1xf64>
    %329 = stablehlo.convert %328 : (tensor<1x16x1xf64>) -> tensor<1x16x1xf32>
    %330 = stablehlo.reduce(%318 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %331 = stablehlo.reshape %330 : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %332 = stablehlo.divide %331, %43 : tensor<1x16x1xf32>
    %333 = stablehlo.add %329, %47 : tensor<1x16x1xf32>
    %334 = stablehlo.rsqrt %333 : tensor<1x16x1xf32>
    %335 = stablehlo.broadcast_in_dim %332, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %336 = stablehlo.subtract %318, %335 : tensor<1x16x64xf32>
    %337 = stablehlo.broadcast_in_dim %334, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %338 = stablehlo.multiply %336, %337 : tensor<1x16x64xf32>
    %339 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %340 = stablehlo.multiply %338, %339 : tensor<1x16x64xf32>
    %341 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %342 = stablehlo.add %340, %341 : tensor<1x16x64xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %344 = stablehlo.transpose %arg0, dims = [1, 0] : (tensor<100x64xf32>) -> tensor<64x100xf32>
    %345 = stablehlo.reshape %343 : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %346 = stablehlo.dot_general %345, %344, contracting_dims = [1] x [0] : (tensor<16x64xf32>, tensor<64x100xf32>) -> tensor<16x100xf32>
    %347 = stablehlo.reshape %346 : (tensor<16x100xf32>) -> tensor<1x16x100xf32>
    return %347 : tensor<1x16x100xf32>
  }
}
