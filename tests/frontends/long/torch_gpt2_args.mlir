module {
  func.func @main(%arg0: tensor<100x64xf32>, %arg1: tensor<256x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x192xf32>, %arg5: tensor<192xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<256xf32>, %arg12: tensor<256x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x192xf32>, %arg17: tensor<192xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x256xf32>, %arg23: tensor<256xf32>, %arg24: tensor<256x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<1x256xi64>) -> tensor<1x256x100xf32> {
    %c = stablehlo.constant dense<0> : tensor<256xi64>
    %c_0 = stablehlo.constant dense<1> : tensor<256xi64>
    %c_1 = stablehlo.constant dense<256> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<1x4x256x256xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-3.40282347E+38> : tensor<256x256xf32>
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
    %0 = stablehlo.reshape %arg28 : (tensor<1x256xi64>) -> tensor<1x256xi64>
    %1 = stablehlo.convert %c_2 : (tensor<i64>) -> tensor<f64>
    %2 = stablehlo.convert %c_1 : (tensor<i64>) -> tensor<f64>
    %3 = stablehlo.divide %2, %1 : tensor<f64>
    %4 = stablehlo.ceil %3 : tensor<f64>
    %5 = stablehlo.convert %4 : (tensor<f64>) -> tensor<i64>
    %6 = stablehlo.reshape %5 : (tensor<i64>) -> tensor<1xi64>
    %7 = stablehlo.dynamic_iota %6, dim = 0 : (tensor<1xi64>) -> tensor<256xi64>
    %8 = stablehlo.multiply %7, %c_0 : tensor<256xi64>
    %9 = stablehlo.add %8, %c : tensor<256xi64>
    %10 = stablehlo.reshape %9 : (tensor<256xi64>) -> tensor<1x256xi64>
    %11 = "stablehlo.gather"(%arg0, %0) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<100x64xf32>, tensor<1x256xi64>) -> tensor<1x256x64xf32>
    %12 = stablehlo.convert %11 : tensor<1x256x64xf32>
    %13 = "stablehlo.gather"(%arg1, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<1x256xi64>) -> tensor<1x256x64xf32>
    %14 = stablehlo.convert %13 : tensor<1x256x64xf32>
    %15 = stablehlo.add %12, %14 : tensor<1x256x64xf32>
    %16 = stablehlo.add %9, %c_0 : tensor<256xi64>
    %17 = stablehlo.reshape %16 : (tensor<256xi64>) -> tensor<256x1xi64>
    %18 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<256xi64>) -> tensor<256x256xi64>
    %19 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<256x1xi64>) -> tensor<256x256xi64>
    %20 = stablehlo.compare LT, %18, %19, SIGNED : (tensor<256x256xi64>, tensor<256x256xi64>) -> tensor<256x256xi1>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<256x256xi1>) -> tensor<256x256xi1>
    %22 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<256x256xf32>
    %23 = stablehlo.broadcast_in_dim %cst_4, dims = [0, 1] : (tensor<256x256xf32>) -> tensor<256x256xf32>
    %24 = stablehlo.select %21, %22, %23 : tensor<256x256xi1>, tensor<256x256xf32>
    %25 = stablehlo.convert %15 : (tensor<1x256x64xf32>) -> tensor<1x256x64xf64>
    %26 = stablehlo.reduce(%25 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %27 = stablehlo.reshape %26 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %28 = stablehlo.convert %cst_9 : (tensor<1xi64>) -> tensor<1xf64>
    %29 = stablehlo.reshape %28 : (tensor<1xf64>) -> tensor<f64>
    %30 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<f64>) -> tensor<1x256x1xf64>
    %31 = stablehlo.divide %27, %30 : tensor<1x256x1xf64>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1, 2] : (tensor<1x256x1xf64>) -> tensor<1x256x64xf64>
    %33 = stablehlo.subtract %25, %32 : tensor<1x256x64xf64>
    %34 = stablehlo.multiply %33, %33 : tensor<1x256x64xf64>
    %35 = stablehlo.reduce(%34 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %36 = stablehlo.reshape %35 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %37 = stablehlo.divide %36, %30 : tensor<1x256x1xf64>
    %38 = stablehlo.convert %37 : (tensor<1x256x1xf64>) -> tensor<1x256x1xf32>
    %39 = stablehlo.reduce(%15 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf32>, tensor<f32>) -> tensor<1x256xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %41 = stablehlo.convert %cst_9 : (tensor<1xi64>) -> tensor<1xf32>
    %42 = stablehlo.reshape %41 : (tensor<1xf32>) -> tensor<f32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %44 = stablehlo.divide %40, %43 : tensor<1x256x1xf32>
    %45 = stablehlo.convert %cst_10 : (tensor<1xf64>) -> tensor<1xf32>
    %46 = stablehlo.reshape %45 : (tensor<1xf32>) -> tensor<f32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %48 = stablehlo.add %38, %47 : tensor<1x256x1xf32>
    %49 = stablehlo.rsqrt %48 : tensor<1x256x1xf32>
    %50 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %51 = stablehlo.subtract %15, %50 : tensor<1x256x64xf32>
    %52 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %53 = stablehlo.multiply %51, %52 : tensor<1x256x64xf32>
    %54 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %55 = stablehlo.multiply %53, %54 : tensor<1x256x64xf32>
    %56 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %57 = stablehlo.add %55, %56 : tensor<1x256x64xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %59 = stablehlo.dot_general %58, %arg4, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x192xf32>) -> tensor<256x192xf32>
    %60 = stablehlo.convert %cst_8 : (tensor<1xi64>) -> tensor<1xf32>
    %61 = stablehlo.reshape %60 : (tensor<1xf32>) -> tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<256x192xf32>
    %63 = stablehlo.multiply %59, %62 : tensor<256x192xf32>
    %64 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<192xf32>) -> tensor<256x192xf32>
    %65 = stablehlo.multiply %64, %62 : tensor<256x192xf32>
    %66 = stablehlo.add %63, %65 : tensor<256x192xf32>
    %67 = stablehlo.reshape %66 : (tensor<256x192xf32>) -> tensor<1x256x192xf32>
    %68 = stablehlo.slice %67 [0:1, 0:256, 0:64] : (tensor<1x256x192xf32>) -> tensor<1x256x64xf32>
    %69 = stablehlo.slice %67 [0:1, 0:256, 64:128] : (tensor<1x256x192xf32>) -> tensor<1x256x64xf32>
    %70 = stablehlo.slice %67 [0:1, 0:256, 128:192] : (tensor<1x256x192xf32>) -> tensor<1x256x64xf32>
    %71 = stablehlo.reshape %68 : (tensor<1x256x64xf32>) -> tensor<1x256x4x16xf32>
    %72 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<1x256x4x16xf32>) -> tensor<1x4x256x16xf32>
    %73 = stablehlo.reshape %69 : (tensor<1x256x64xf32>) -> tensor<1x256x4x16xf32>
    %74 = stablehlo.transpose %73, dims = [0, 2, 1, 3] : (tensor<1x256x4x16xf32>) -> tensor<1x4x256x16xf32>
    %75 = stablehlo.reshape %70 : (tensor<1x256x64xf32>) -> tensor<1x256x4x16xf32>
    %76 = stablehlo.transpose %75, dims = [0, 2, 1, 3] : (tensor<1x256x4x16xf32>) -> tensor<1x4x256x16xf32>
    %77 = stablehlo.reshape %24 : (tensor<256x256xf32>) -> tensor<1x256x256xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x256x256xf32>) -> tensor<1x1x256x256xf32>
    %79 = stablehlo.convert %cst_11 : (tensor<1xf64>) -> tensor<1xf32>
    %80 = stablehlo.reshape %79 : (tensor<1xf32>) -> tensor<f32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x4x256x16xf32>
    %82 = stablehlo.multiply %72, %81 : tensor<1x4x256x16xf32>
    %83 = stablehlo.transpose %74, dims = [0, 1, 3, 2] : (tensor<1x4x256x16xf32>) -> tensor<1x4x16x256xf32>
    %84 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x4x16x256xf32>
    %85 = stablehlo.multiply %83, %84 : tensor<1x4x16x256xf32>
    %86 = stablehlo.reshape %82 : (tensor<1x4x256x16xf32>) -> tensor<4x256x16xf32>
    %87 = stablehlo.reshape %85 : (tensor<1x4x16x256xf32>) -> tensor<4x16x256xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<4x16x256xf32>) -> tensor<4x16x256xf32>
    %89 = stablehlo.dot_general %86, %88, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x256x16xf32>, tensor<4x16x256xf32>) -> tensor<4x256x256xf32>
    %90 = stablehlo.reshape %89 : (tensor<4x256x256xf32>) -> tensor<1x4x256x256xf32>
    %91 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x4x256x256xf32>
    %92 = stablehlo.add %90, %91 : tensor<1x4x256x256xf32>
    %93 = stablehlo.reduce(%92 init: %cst_6) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x256x256xf32>, tensor<f32>) -> tensor<1x4x256xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x4x256xf32>) -> tensor<1x4x256x1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2, 3] : (tensor<1x4x256x1xf32>) -> tensor<1x4x256x256xf32>
    %96 = stablehlo.subtract %92, %95 : tensor<1x4x256x256xf32>
    %97 = stablehlo.exponential %96 : tensor<1x4x256x256xf32>
    %98 = stablehlo.reduce(%97 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<1x4x256x256xf32>, tensor<f32>) -> tensor<1x4x256xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x4x256xf32>) -> tensor<1x4x256x1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 2, 3] : (tensor<1x4x256x1xf32>) -> tensor<1x4x256x256xf32>
    %101 = stablehlo.divide %97, %100 : tensor<1x4x256x256xf32>
    %102 = stablehlo.convert %cst_12 : tensor<1xf64>
    %103 = stablehlo.reshape %102 : (tensor<1xf64>) -> tensor<f64>
    %104 = stablehlo.convert %103 : (tensor<f64>) -> tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<1x4x256x256xf32>
    %106 = stablehlo.compare EQ, %92, %105, FLOAT : (tensor<1x4x256x256xf32>, tensor<1x4x256x256xf32>) -> tensor<1x4x256x256xi1>
    %107 = stablehlo.reduce(%106 init: %c_7) applies stablehlo.and across dimensions = [3] : (tensor<1x4x256x256xi1>, tensor<i1>) -> tensor<1x4x256xi1>
    %108 = stablehlo.reshape %107 : (tensor<1x4x256xi1>) -> tensor<1x4x256x1xi1>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x4x256x1xi1>) -> tensor<1x4x256x256xi1>
    %110 = stablehlo.broadcast_in_dim %cst, dims = [0, 1, 2, 3] : (tensor<1x4x256x256xf32>) -> tensor<1x4x256x256xf32>
    %111 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2, 3] : (tensor<1x4x256x256xf32>) -> tensor<1x4x256x256xf32>
    %112 = stablehlo.select %109, %110, %111 : tensor<1x4x256x256xi1>, tensor<1x4x256x256xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x4x256x256xf32>) -> tensor<4x256x256xf32>
    %114 = stablehlo.reshape %76 : (tensor<1x4x256x16xf32>) -> tensor<4x256x16xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2] : (tensor<4x256x16xf32>) -> tensor<4x256x16xf32>
    %116 = stablehlo.dot_general %113, %115, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x256x256xf32>, tensor<4x256x16xf32>) -> tensor<4x256x16xf32>
    %117 = stablehlo.reshape %116 : (tensor<4x256x16xf32>) -> tensor<1x4x256x16xf32>
    %118 = stablehlo.transpose %117, dims = [2, 0, 1, 3] : (tensor<1x4x256x16xf32>) -> tensor<256x1x4x16xf32>
    %119 = stablehlo.transpose %118, dims = [1, 2, 0, 3] : (tensor<256x1x4x16xf32>) -> tensor<1x4x256x16xf32>
    %120 = stablehlo.transpose %119, dims = [0, 2, 1, 3] : (tensor<1x4x256x16xf32>) -> tensor<1x256x4x16xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x256x4x16xf32>) -> tensor<1x256x64xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %123 = stablehlo.dot_general %122, %arg6, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x64xf32>) -> tensor<256x64xf32>
    %124 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<256x64xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<256x64xf32>
    %126 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<256x64xf32>
    %127 = stablehlo.multiply %126, %124 : tensor<256x64xf32>
    %128 = stablehlo.add %125, %127 : tensor<256x64xf32>
    %129 = stablehlo.reshape %128 : (tensor<256x64xf32>) -> tensor<1x256x64xf32>
    %130 = stablehlo.add %129, %15 : tensor<1x256x64xf32>
    %131 = stablehlo.convert %130 : (tensor<1x256x64xf32>) -> tensor<1x256x64xf64>
    %132 = stablehlo.reduce(%131 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %133 = stablehlo.reshape %132 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %134 = stablehlo.divide %133, %30 : tensor<1x256x1xf64>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1, 2] : (tensor<1x256x1xf64>) -> tensor<1x256x64xf64>
    %136 = stablehlo.subtract %131, %135 : tensor<1x256x64xf64>
    %137 = stablehlo.multiply %136, %136 : tensor<1x256x64xf64>
    %138 = stablehlo.reduce(%137 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %139 = stablehlo.reshape %138 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %140 = stablehlo.divide %139, %30 : tensor<1x256x1xf64>
    %141 = stablehlo.convert %140 : (tensor<1x256x1xf64>) -> tensor<1x256x1xf32>
    %142 = stablehlo.reduce(%130 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf32>, tensor<f32>) -> tensor<1x256xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %144 = stablehlo.divide %143, %43 : tensor<1x256x1xf32>
    %145 = stablehlo.add %141, %47 : tensor<1x256x1xf32>
    %146 = stablehlo.rsqrt %145 : tensor<1x256x1xf32>
    %147 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %148 = stablehlo.subtract %130, %147 : tensor<1x256x64xf32>
    %149 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %150 = stablehlo.multiply %148, %149 : tensor<1x256x64xf32>
    %151 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<1x256x64xf32>
    %153 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %154 = stablehlo.add %152, %153 : tensor<1x256x64xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %156 = stablehlo.dot_general %155, %arg10, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x256xf32>) -> tensor<256x256xf32>
    %157 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<256x256xf32>
    %158 = stablehlo.multiply %156, %157 : tensor<256x256xf32>
    %159 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<256xf32>) -> tensor<256x256xf32>
    %160 = stablehlo.multiply %159, %157 : tensor<256x256xf32>
    %161 = stablehlo.add %158, %160 : tensor<256x256xf32>
    %162 = stablehlo.reshape %161 : (tensor<256x256xf32>) -> tensor<1x256x256xf32>
    %163 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x256x256xf32>
    %164 = stablehlo.multiply %162, %163 : tensor<1x256x256xf32>
    %165 = stablehlo.convert %cst_13 : (tensor<1xi64>) -> tensor<1xf32>
    %166 = stablehlo.reshape %165 : (tensor<1xf32>) -> tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x256x256xf32>
    %168 = stablehlo.power %162, %167 : tensor<1x256x256xf32>
    %169 = stablehlo.convert %cst_14 : (tensor<1xf64>) -> tensor<1xf32>
    %170 = stablehlo.reshape %169 : (tensor<1xf32>) -> tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<1x256x256xf32>
    %172 = stablehlo.multiply %168, %171 : tensor<1x256x256xf32>
    %173 = stablehlo.add %162, %172 : tensor<1x256x256xf32>
    %174 = stablehlo.convert %cst_15 : (tensor<1xf64>) -> tensor<1xf32>
    %175 = stablehlo.reshape %174 : (tensor<1xf32>) -> tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x256x256xf32>
    %177 = stablehlo.multiply %173, %176 : tensor<1x256x256xf32>
    %178 = stablehlo.tanh %177 : tensor<1x256x256xf32>
    %179 = stablehlo.convert %cst_16 : (tensor<1xf64>) -> tensor<1xf32>
    %180 = stablehlo.reshape %179 : (tensor<1xf32>) -> tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<1x256x256xf32>
    %182 = stablehlo.add %178, %181 : tensor<1x256x256xf32>
    %183 = stablehlo.multiply %164, %182 : tensor<1x256x256xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x256x256xf32>) -> tensor<256x256xf32>
    %185 = stablehlo.dot_general %184, %arg12, contracting_dims = [1] x [0] : (tensor<256x256xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %186 = stablehlo.multiply %185, %124 : tensor<256x64xf32>
    %187 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<256x64xf32>
    %188 = stablehlo.multiply %187, %124 : tensor<256x64xf32>
    %189 = stablehlo.add %186, %188 : tensor<256x64xf32>
    %190 = stablehlo.reshape %189 : (tensor<256x64xf32>) -> tensor<1x256x64xf32>
    %191 = stablehlo.add %130, %190 : tensor<1x256x64xf32>
    %192 = stablehlo.convert %191 : (tensor<1x256x64xf32>) -> tensor<1x256x64xf64>
    %193 = stablehlo.reduce(%192 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %194 = stablehlo.reshape %193 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %195 = stablehlo.divide %194, %30 : tensor<1x256x1xf64>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x256x1xf64>) -> tensor<1x256x64xf64>
    %197 = stablehlo.subtract %192, %196 : tensor<1x256x64xf64>
    %198 = stablehlo.multiply %197, %197 : tensor<1x256x64xf64>
    %199 = stablehlo.reduce(%198 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %200 = stablehlo.reshape %199 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %201 = stablehlo.divide %200, %30 : tensor<1x256x1xf64>
    %202 = stablehlo.convert %201 : (tensor<1x256x1xf64>) -> tensor<1x256x1xf32>
    %203 = stablehlo.reduce(%191 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf32>, tensor<f32>) -> tensor<1x256xf32>
    %204 = stablehlo.reshape %203 : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %205 = stablehlo.divide %204, %43 : tensor<1x256x1xf32>
    %206 = stablehlo.add %202, %47 : tensor<1x256x1xf32>
    %207 = stablehlo.rsqrt %206 : tensor<1x256x1xf32>
    %208 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %209 = stablehlo.subtract %191, %208 : tensor<1x256x64xf32>
    %210 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %211 = stablehlo.multiply %209, %210 : tensor<1x256x64xf32>
    %212 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<1x256x64xf32>
    %214 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %215 = stablehlo.add %213, %214 : tensor<1x256x64xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %217 = stablehlo.dot_general %216, %arg16, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x192xf32>) -> tensor<256x192xf32>
    %218 = stablehlo.multiply %217, %62 : tensor<256x192xf32>
    %219 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<192xf32>) -> tensor<256x192xf32>
    %220 = stablehlo.multiply %219, %62 : tensor<256x192xf32>
    %221 = stablehlo.add %218, %220 : tensor<256x192xf32>
    %222 = stablehlo.reshape %221 : (tensor<256x192xf32>) -> tensor<1x256x192xf32>
    %223 = stablehlo.slice %222 [0:1, 0:256, 0:64] : (tensor<1x256x192xf32>) -> tensor<1x256x64xf32>
    %224 = stablehlo.slice %222 [0:1, 0:256, 64:128] : (tensor<1x256x192xf32>) -> tensor<1x256x64xf32>
    %225 = stablehlo.slice %222 [0:1, 0:256, 128:192] : (tensor<1x256x192xf32>) -> tensor<1x256x64xf32>
    %226 = stablehlo.reshape %223 : (tensor<1x256x64xf32>) -> tensor<1x256x4x16xf32>
    %227 = stablehlo.transpose %226, dims = [0, 2, 1, 3] : (tensor<1x256x4x16xf32>) -> tensor<1x4x256x16xf32>
    %228 = stablehlo.reshape %224 : (tensor<1x256x64xf32>) -> tensor<1x256x4x16xf32>
    %229 = stablehlo.transpose %228, dims = [0, 2, 1, 3] : (tensor<1x256x4x16xf32>) -> tensor<1x4x256x16xf32>
    %230 = stablehlo.reshape %225 : (tensor<1x256x64xf32>) -> tensor<1x256x4x16xf32>
    %231 = stablehlo.transpose %230, dims = [0, 2, 1, 3] : (tensor<1x256x4x16xf32>) -> tensor<1x4x256x16xf32>
    %232 = stablehlo.multiply %227, %81 : tensor<1x4x256x16xf32>
    %233 = stablehlo.transpose %229, dims = [0, 1, 3, 2] : (tensor<1x4x256x16xf32>) -> tensor<1x4x16x256xf32>
    %234 = stablehlo.multiply %233, %84 : tensor<1x4x16x256xf32>
    %235 = stablehlo.reshape %232 : (tensor<1x4x256x16xf32>) -> tensor<4x256x16xf32>
    %236 = stablehlo.reshape %234 : (tensor<1x4x16x256xf32>) -> tensor<4x16x256xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<4x16x256xf32>) -> tensor<4x16x256xf32>
    %238 = stablehlo.dot_general %235, %237, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x256x16xf32>, tensor<4x16x256xf32>) -> tensor<4x256x256xf32>
    %239 = stablehlo.reshape %238 : (tensor<4x256x256xf32>) -> tensor<1x4x256x256xf32>
    %240 = stablehlo.add %239, %91 : tensor<1x4x256x256xf32>
    %241 = stablehlo.reduce(%240 init: %cst_6) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x256x256xf32>, tensor<f32>) -> tensor<1x4x256xf32>
    %242 = stablehlo.reshape %241 : (tensor<1x4x256xf32>) -> tensor<1x4x256x1xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0, 1, 2, 3] : (tensor<1x4x256x1xf32>) -> tensor<1x4x256x256xf32>
    %244 = stablehlo.subtract %240, %243 : tensor<1x4x256x256xf32>
    %245 = stablehlo.exponential %244 : tensor<1x4x256x256xf32>
    %246 = stablehlo.reduce(%245 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<1x4x256x256xf32>, tensor<f32>) -> tensor<1x4x256xf32>
    %247 = stablehlo.reshape %246 : (tensor<1x4x256xf32>) -> tensor<1x4x256x1xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1, 2, 3] : (tensor<1x4x256x1xf32>) -> tensor<1x4x256x256xf32>
    %249 = stablehlo.divide %245, %248 : tensor<1x4x256x256xf32>
    %250 = stablehlo.compare EQ, %240, %105, FLOAT : (tensor<1x4x256x256xf32>, tensor<1x4x256x256xf32>) -> tensor<1x4x256x256xi1>
    %251 = stablehlo.reduce(%250 init: %c_7) applies stablehlo.and across dimensions = [3] : (tensor<1x4x256x256xi1>, tensor<i1>) -> tensor<1x4x256xi1>
    %252 = stablehlo.reshape %251 : (tensor<1x4x256xi1>) -> tensor<1x4x256x1xi1>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0, 1, 2, 3] : (tensor<1x4x256x1xi1>) -> tensor<1x4x256x256xi1>
    %254 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2, 3] : (tensor<1x4x256x256xf32>) -> tensor<1x4x256x256xf32>
    %255 = stablehlo.select %253, %110, %254 : tensor<1x4x256x256xi1>, tensor<1x4x256x256xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x4x256x256xf32>) -> tensor<4x256x256xf32>
    %257 = stablehlo.reshape %231 : (tensor<1x4x256x16xf32>) -> tensor<4x256x16xf32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [0, 1, 2] : (tensor<4x256x16xf32>) -> tensor<4x256x16xf32>
    %259 = stablehlo.dot_general %256, %258, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x256x256xf32>, tensor<4x256x16xf32>) -> tensor<4x256x16xf32>
    %260 = stablehlo.reshape %259 : (tensor<4x256x16xf32>) -> tensor<1x4x256x16xf32>
    %261 = stablehlo.transpose %260, dims = [2, 0, 1, 3] : (tensor<1x4x256x16xf32>) -> tensor<256x1x4x16xf32>
    %262 = stablehlo.transpose %261, dims = [1, 2, 0, 3] : (tensor<256x1x4x16xf32>) -> tensor<1x4x256x16xf32>
    %263 = stablehlo.transpose %262, dims = [0, 2, 1, 3] : (tensor<1x4x256x16xf32>) -> tensor<1x256x4x16xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x256x4x16xf32>) -> tensor<1x256x64xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %266 = stablehlo.dot_general %265, %arg18, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x64xf32>) -> tensor<256x64xf32>
    %267 = stablehlo.multiply %266, %124 : tensor<256x64xf32>
    %268 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<256x64xf32>
    %269 = stablehlo.multiply %268, %124 : tensor<256x64xf32>
    %270 = stablehlo.add %267, %269 : tensor<256x64xf32>
    %271 = stablehlo.reshape %270 : (tensor<256x64xf32>) -> tensor<1x256x64xf32>
    %272 = stablehlo.add %271, %191 : tensor<1x256x64xf32>
    %273 = stablehlo.convert %272 : (tensor<1x256x64xf32>) -> tensor<1x256x64xf64>
    %274 = stablehlo.reduce(%273 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %275 = stablehlo.reshape %274 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %276 = stablehlo.divide %275, %30 : tensor<1x256x1xf64>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1, 2] : (tensor<1x256x1xf64>) -> tensor<1x256x64xf64>
    %278 = stablehlo.subtract %273, %277 : tensor<1x256x64xf64>
    %279 = stablehlo.multiply %278, %278 : tensor<1x256x64xf64>
    %280 = stablehlo.reduce(%279 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %281 = stablehlo.reshape %280 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %282 = stablehlo.divide %281, %30 : tensor<1x256x1xf64>
    %283 = stablehlo.convert %282 : (tensor<1x256x1xf64>) -> tensor<1x256x1xf32>
    %284 = stablehlo.reduce(%272 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf32>, tensor<f32>) -> tensor<1x256xf32>
    %285 = stablehlo.reshape %284 : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %286 = stablehlo.divide %285, %43 : tensor<1x256x1xf32>
    %287 = stablehlo.add %283, %47 : tensor<1x256x1xf32>
    %288 = stablehlo.rsqrt %287 : tensor<1x256x1xf32>
    %289 = stablehlo.broadcast_in_dim %286, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %290 = stablehlo.subtract %272, %289 : tensor<1x256x64xf32>
    %291 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %292 = stablehlo.multiply %290, %291 : tensor<1x256x64xf32>
    %293 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %294 = stablehlo.multiply %292, %293 : tensor<1x256x64xf32>
    %295 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %296 = stablehlo.add %294, %295 : tensor<1x256x64xf32>
    %297 = stablehlo.reshape %296 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %298 = stablehlo.dot_general %297, %arg22, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x256xf32>) -> tensor<256x256xf32>
    %299 = stablehlo.multiply %298, %157 : tensor<256x256xf32>
    %300 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<256xf32>) -> tensor<256x256xf32>
    %301 = stablehlo.multiply %300, %157 : tensor<256x256xf32>
    %302 = stablehlo.add %299, %301 : tensor<256x256xf32>
    %303 = stablehlo.reshape %302 : (tensor<256x256xf32>) -> tensor<1x256x256xf32>
    %304 = stablehlo.multiply %303, %163 : tensor<1x256x256xf32>
    %305 = stablehlo.power %303, %167 : tensor<1x256x256xf32>
    %306 = stablehlo.multiply %305, %171 : tensor<1x256x256xf32>
    %307 = stablehlo.add %303, %306 : tensor<1x256x256xf32>
    %308 = stablehlo.multiply %307, %176 : tensor<1x256x256xf32>
    %309 = stablehlo.tanh %308 : tensor<1x256x256xf32>
    %310 = stablehlo.add %309, %181 : tensor<1x256x256xf32>
    %311 = stablehlo.multiply %304, %310 : tensor<1x256x256xf32>
    %312 = stablehlo.reshape %311 : (tensor<1x256x256xf32>) -> tensor<256x256xf32>
    %313 = stablehlo.dot_general %312, %arg24, contracting_dims = [1] x [0] : (tensor<256x256xf32>, tensor<256x64xf32>) -> tensor<256x64xf32>
    %314 = stablehlo.multiply %313, %124 : tensor<256x64xf32>
    %315 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<64xf32>) -> tensor<256x64xf32>
    %316 = stablehlo.multiply %315, %124 : tensor<256x64xf32>
    %317 = stablehlo.add %314, %316 : tensor<256x64xf32>
    %318 = stablehlo.reshape %317 : (tensor<256x64xf32>) -> tensor<1x256x64xf32>
    %319 = stablehlo.add %272, %318 : tensor<1x256x64xf32>
    %320 = stablehlo.convert %319 : (tensor<1x256x64xf32>) -> tensor<1x256x64xf64>
    %321 = stablehlo.reduce(%320 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %322 = stablehlo.reshape %321 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %323 = stablehlo.divide %322, %30 : tensor<1x256x1xf64>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0, 1, 2] : (tensor<1x256x1xf64>) -> tensor<1x256x64xf64>
    %325 = stablehlo.subtract %320, %324 : tensor<1x256x64xf64>
    %326 = stablehlo.multiply %325, %325 : tensor<1x256x64xf64>
    %327 = stablehlo.reduce(%326 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf64>, tensor<f64>) -> tensor<1x256xf64>
    %328 = stablehlo.reshape %327 : (tensor<1x256xf64>) -> tensor<1x256x1xf64>
    %329 = stablehlo.divide %328, %30 : tensor<1x256x1xf64>
    %330 = stablehlo.convert %329 : (tensor<1x256x1xf64>) -> tensor<1x256x1xf32>
    %331 = stablehlo.reduce(%319 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<1x256x64xf32>, tensor<f32>) -> tensor<1x256xf32>
    %332 = stablehlo.reshape %331 : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %333 = stablehlo.divide %332, %43 : tensor<1x256x1xf32>
    %334 = stablehlo.add %330, %47 : tensor<1x256x1xf32>
    %335 = stablehlo.rsqrt %334 : tensor<1x256x1xf32>
    %336 = stablehlo.broadcast_in_dim %333, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %337 = stablehlo.subtract %319, %336 : tensor<1x256x64xf32>
    %338 = stablehlo.broadcast_in_dim %335, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x64xf32>
    %339 = stablehlo.multiply %337, %338 : tensor<1x256x64xf32>
    %340 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %341 = stablehlo.multiply %339, %340 : tensor<1x256x64xf32>
    %342 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<64xf32>) -> tensor<1x256x64xf32>
    %343 = stablehlo.add %341, %342 : tensor<1x256x64xf32>
    %344 = stablehlo.reshape %343 : (tensor<1x256x64xf32>) -> tensor<1x256x64xf32>
    %345 = stablehlo.transpose %arg0, dims = [1, 0] : (tensor<100x64xf32>) -> tensor<64x100xf32>
    %346 = stablehlo.reshape %344 : (tensor<1x256x64xf32>) -> tensor<256x64xf32>
    %347 = stablehlo.dot_general %346, %345, contracting_dims = [1] x [0] : (tensor<256x64xf32>, tensor<64x100xf32>) -> tensor<256x100xf32>
    %348 = stablehlo.reshape %347 : (tensor<256x100xf32>) -> tensor<1x256x100xf32>
    return %348 : tensor<1x256x100xf32>
  }
}
