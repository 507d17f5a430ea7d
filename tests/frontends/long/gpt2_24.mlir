module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<96xf32>, %arg1: tensor<96x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<128xf32>, %arg9: tensor<128x32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32x128xf32>, %arg12: tensor<96xf32>, %arg13: tensor<96x32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32xf32>, %arg20: tensor<128xf32>, %arg21: tensor<128x32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32x128xf32>, %arg24: tensor<96xf32>, %arg25: tensor<96x32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32x32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<32xf32>, %arg32: tensor<128xf32>, %arg33: tensor<128x32xf32>, %arg34: tensor<32xf32>, %arg35: tensor<32x128xf32>, %arg36: tensor<96xf32>, %arg37: tensor<96x32xf32>, %arg38: tensor<32xf32>, %arg39: tensor<32x32xf32>, %arg40: tensor<32xf32>, %arg41: tensor<32xf32>, %arg42: tensor<32xf32>, %arg43: tensor<32xf32>, %arg44: tensor<128xf32>, %arg45: tensor<128x32xf32>, %arg46: tensor<32xf32>, %arg47: tensor<32x128xf32>, %arg48: tensor<96xf32>, %arg49: tensor<96x32xf32>, %arg50: tensor<32xf32>, %arg51: tensor<32x32xf32>, %arg52: tensor<32xf32>, %arg53: tensor<32xf32>, %arg54: tensor<32xf32>, %arg55: tensor<32xf32>, %arg56: tensor<128xf32>, %arg57: tensor<128x32xf32>, %arg58: tensor<32xf32>, %arg59: tensor<32x128xf32>, %arg60: tensor<96xf32>, %arg61: tensor<96x32xf32>, %arg62: tensor<32xf32>, %arg63: tensor<32x32xf32>, %arg64: tensor<32xf32>, %arg65: tensor<32xf32>, %arg66: tensor<32xf32>, %arg67: tensor<32xf32>, %arg68: tensor<128xf32>, %arg69: tensor<128x32xf32>, %arg70: tensor<32xf32>, %arg71: tensor<32x128xf32>, %arg72: tensor<96xf32>, %arg73: tensor<96x32xf32>, %arg74: tensor<32xf32>, %arg75: tensor<32x32xf32>, %arg76: tensor<32xf32>, %arg77: tensor<32xf32>, %arg78: tensor<32xf32>, %arg79: tensor<32xf32>, %arg80: tensor<128xf32>, %arg81: tensor<128x32xf32>, %arg82: tensor<32xf32>, %arg83: tensor<32x128xf32>, %arg84: tensor<96xf32>, %arg85: tensor<96x32xf32>, %arg86: tensor<32xf32>, %arg87: tensor<32x32xf32>, %arg88: tensor<32xf32>, %arg89: tensor<32xf32>, %arg90: tensor<32xf32>, %arg91: tensor<32xf32>, %arg92: tensor<128xf32>, %arg93: tensor<128x32xf32>, %arg94: tensor<32xf32>, %arg95: tensor<32x128xf32>, %arg96: tensor<96xf32>, %arg97: tensor<96x32xf32>, %arg98: tensor<32xf32>, %arg99: tensor<32x32xf32>, %arg100: tensor<32xf32>, %arg101: tensor<32xf32>, %arg102: tensor<32xf32>, %arg103: tensor<32xf32>, %arg104: tensor<128xf32>, %arg105: tensor<128x32xf32>, %arg106: tensor<32xf32>, %arg107: tensor<32x128xf32>, %arg108: tensor<96xf32>, %arg109: tensor<96x32xf32>, %arg110: tensor<32xf32>, %arg111: tensor<32x32xf32>, %arg112: tensor<32xf32>, %arg113: tensor<32xf32>, %arg114: tensor<32xf32>, %arg115: tensor<32xf32>, %arg116: tensor<128xf32>, %arg117: tensor<128x32xf32>, %arg118: tensor<32xf32>, %arg119: tensor<32x128xf32>, %arg120: tensor<96xf32>, %arg121: tensor<96x32xf32>, %arg122: tensor<32xf32>, %arg123: tensor<32x32xf32>, %arg124: tensor<32xf32>, %arg125: tensor<32xf32>, %arg126: tensor<32xf32>, %arg127: tensor<32xf32>, %arg128: tensor<128xf32>, %arg129: tensor<128x32xf32>, %arg130: tensor<32xf32>, %arg131: tensor<32x128xf32>, %arg132: tensor<96xf32>, %arg133: tensor<96x32xf32>, %arg134: tensor<32xf32>, %arg135: tensor<32x32xf32>, %arg136: tensor<32xf32>, %arg137: tensor<32xf32>, %arg138: tensor<32xf32>, %arg139: tensor<32xf32>, %arg140: tensor<128xf32>, %arg141: tensor<128x32xf32>, %arg142: tensor<32xf32>, %arg143: tensor<32x128xf32>, %arg144: tensor<96xf32>, %arg145: tensor<96x32xf32>, %arg146: tensor<32xf32>, %arg147: tensor<32x32xf32>, %arg148: tensor<32xf32>, %arg149: tensor<32xf32>, %arg150: tensor<32xf32>, %arg151: tensor<32xf32>, %arg152: tensor<128xf32>, %arg153: tensor<128x32xf32>, %arg154: tensor<32xf32>, %arg155: tensor<32x128xf32>, %arg156: tensor<96xf32>, %arg157: tensor<96x32xf32>, %arg158: tensor<32xf32>, %arg159: tensor<32x32xf32>, %arg160: tensor<32xf32>, %arg161: tensor<32xf32>, %arg162: tensor<32xf32>, %arg163: tensor<32xf32>, %arg164: tensor<128xf32>, %arg165: tensor<128x32xf32>, %arg166: tensor<32xf32>, %arg167: tensor<32x128xf32>, %arg168: tensor<96xf32>, %arg169: tensor<96x32xf32>, %arg170: tensor<32xf32>, %arg171: tensor<32x32xf32>, %arg172: tensor<32xf32>, %arg173: tensor<32xf32>, %arg174: tensor<32xf32>, %arg175: tensor<32xf32>, %arg176: tensor<128xf32>, %arg177: tensor<128x32xf32>, %arg178: tensor<32xf32>, %arg179: tensor<32x128xf32>, %arg180: tensor<96xf32>, %arg181: tensor<96x32xf32>, %arg182: tensor<32xf32>, %arg183: tensor<32x32xf32>, %arg184: tensor<32xf32>, %arg185: tensor<32xf32>, %arg186: tensor<32xf32>, %arg187: tensor<32xf32>, %arg188: tensor<128xf32>, %arg189: tensor<128x32xf32>, %arg190: tensor<32xf32>, %arg191: tensor<32x128xf32>, %arg192: tensor<96xf32>, %arg193: tensor<96x32xf32>, %arg194: tensor<32xf32>, %arg195: tensor<32x32xf32>, %arg196: tensor<32xf32>, %arg197: tensor<32xf32>, %arg198: tensor<32xf32>, %arg199: tensor<32xf32>, %arg200: tensor<128xf32>, %arg201: tensor<128x32xf32>, %arg202: tensor<32xf32>, %arg203: tensor<32x128xf32>, %arg204: tensor<96xf32>, %arg205: tensor<96x32xf32>, %arg206: tensor<32xf32>, %arg207: tensor<32x32xf32>, %arg208: tensor<32xf32>, %arg209: tensor<32xf32>, %arg210: tensor<32xf32>, %arg211: tensor<32xf32>, %arg212: tensor<128xf32>, %arg213: tensor<128x32xf32>, %arg214: tensor<32xf32>, %arg215: tensor<32x128xf32>, %arg216: tensor<96xf32>, %arg217: tensor<96x32xf32>, %arg218: tensor<32xf32>, %arg219: tensor<32x32xf32>, %arg220: tensor<32xf32>, %arg221: tensor<32xf32>, %arg222: tensor<32xf32>, %arg223: tensor<32xf32>, %arg224: tensor<128xf32>, %arg225: tensor<128x32xf32>, %arg226: tensor<32xf32>, %arg227: tensor<32x128xf32>, %arg228: tensor<96xf32>, %arg229: tensor<96x32xf32>, %arg230: tensor<32xf32>, %arg231: tensor<32x32xf32>, %arg232: tensor<32xf32>, %arg233: tensor<32xf32>, %arg234: tensor<32xf32>, %arg235: tensor<32xf32>, %arg236: tensor<128xf32>, %arg237: tensor<128x32xf32>, %arg238: tensor<32xf32>, %arg239: tensor<32x128xf32>, %arg240: tensor<96xf32>, %arg241: tensor<96x32xf32>, %arg242: tensor<32xf32>, %arg243: tensor<32x32xf32>, %arg244: tensor<32xf32>, %arg245: tensor<32xf32>, %arg246: tensor<32xf32>, %arg247: tensor<32xf32>, %arg248: tensor<128xf32>, %arg249: tensor<128x32xf32>, %arg250: tensor<32xf32>, %arg251: tensor<32x128xf32>, %arg252: tensor<96xf32>, %arg253: tensor<96x32xf32>, %arg254: tensor<32xf32>, %arg255: tensor<32x32xf32>, %arg256: tensor<32xf32>, %arg257: tensor<32xf32>, %arg258: tensor<32xf32>, %arg259: tensor<32xf32>, %arg260: tensor<128xf32>, %arg261: tensor<128x32xf32>, %arg262: tensor<32xf32>, %arg263: tensor<32x128xf32>, %arg264: tensor<96xf32>, %arg265: tensor<96x32xf32>, %arg266: tensor<32xf32>, %arg267: tensor<32x32xf32>, %arg268: tensor<32xf32>, %arg269: tensor<32xf32>, %arg270: tensor<32xf32>, %arg271: tensor<32xf32>, %arg272: tensor<128xf32>, %arg273: tensor<128x32xf32>, %arg274: tensor<32xf32>, %arg275: tensor<32x128xf32>, %arg276: tensor<96xf32>, %arg277: tensor<96x32xf32>, %arg278: tensor<32xf32>, %arg279: tensor<32x32xf32>, %arg280: tensor<32xf32>, %arg281: tensor<32xf32>, %arg282: tensor<32xf32>, %arg283: tensor<32xf32>, %arg284: tensor<128xf32>, %arg285: tensor<128x32xf32>, %arg286: tensor<32xf32>, %arg287: tensor<32x128xf32>, %arg288: tensor<32xf32>, %arg289: tensor<32xf32>, %arg290: tensor<256x32xf32>, %arg291: tensor<100x32xf32>, %arg292: tensor<1x256xi32>) -> (tensor<1x256x100xf32> {jax.result_info = ""}) {
    %0 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3 = stablehlo.convert %2 : (tensor<1x256xf32>) -> tensor<1x256xi32>
    %4 = call @_take(%arg291, %arg292) : (tensor<100x32xf32>, tensor<1x256xi32>) -> tensor<1x256x32xf32>
    %5 = call @_take_0(%arg290, %1) : (tensor<256x32xf32>, tensor<1x256xi32>) -> tensor<1x256x32xf32>
    %6 = stablehlo.add %4, %5 : tensor<1x256x32xf32>
    %7 = stablehlo.multiply %6, %6 : tensor<1x256x32xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.reduce(%6 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %cst_1 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %10 = stablehlo.divide %8, %9 : tensor<1x256xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.reduce(%7 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %12 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %13 = stablehlo.divide %11, %12 : tensor<1x256xf32>
    %14 = stablehlo.multiply %10, %10 : tensor<1x256xf32>
    %15 = stablehlo.subtract %13, %14 : tensor<1x256xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %17 = stablehlo.maximum %16, %15 : tensor<1x256xf32>
    %18 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %19 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %20 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %21 = stablehlo.subtract %6, %20 : tensor<1x256x32xf32>
    %cst_4 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %23 = stablehlo.add %19, %22 : tensor<1x256x1xf32>
    %24 = stablehlo.rsqrt %23 : tensor<1x256x1xf32>
    %25 = stablehlo.reshape %arg5 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %26 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %27 = stablehlo.broadcast_in_dim %25, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %28 = stablehlo.multiply %26, %27 : tensor<1x256x32xf32>
    %29 = stablehlo.multiply %21, %28 : tensor<1x256x32xf32>
    %30 = stablehlo.reshape %arg4 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %32 = stablehlo.add %29, %31 : tensor<1x256x32xf32>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %33 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %34 = stablehlo.iota dim = 0 : tensor<256xi32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %37 = stablehlo.broadcast_in_dim %35, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %38 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %39 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %40 = stablehlo.compare  GE, %38, %39,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %42 = stablehlo.transpose %arg1, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %43 = stablehlo.dot_general %32, %42, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %44 = stablehlo.broadcast_in_dim %arg0, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %46 = stablehlo.add %43, %45 : tensor<1x256x96xf32>
    %47 = stablehlo.slice %46 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %48 = stablehlo.slice %46 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %49 = stablehlo.slice %46 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %51 = stablehlo.reshape %48 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %52 = stablehlo.reshape %49 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %53 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %55 = stablehlo.convert %41 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %57 = stablehlo.compare  NE, %54, %56,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %58 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %59 = stablehlo.compare  NE, %55, %58,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %60 = stablehlo.and %57, %59 : tensor<1x1x256x256xi1>
    %61 = stablehlo.convert %60 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %62 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %63 = stablehlo.compare  GT, %61, %62,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %65 = stablehlo.convert %64 : tensor<1x1x256x256xf32>
    %cst_7 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %67 = stablehlo.select %63, %65, %66 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %cst_8 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %68 = stablehlo.sqrt %cst_8 : tensor<f32>
    %69 = stablehlo.convert %68 : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %71 = stablehlo.divide %50, %70 : tensor<1x256x2x16xf32>
    %72 = stablehlo.dot_general %71, %51, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %73 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %74 = stablehlo.add %72, %73 : tensor<1x2x256x256xf32>
    %cst_9 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %75 = stablehlo.reduce(%74 init: %cst_9) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %cst_10 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %77 = stablehlo.maximum %76, %75 : tensor<1x2x256xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %80 = stablehlo.subtract %74, %79 : tensor<1x2x256x256xf32>
    %81 = stablehlo.exponential %80 : tensor<1x2x256x256xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %82 = stablehlo.reduce(%81 init: %cst_11) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %85 = stablehlo.divide %81, %84 : tensor<1x2x256x256xf32>
    %86 = stablehlo.dot_general %52, %85, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %87 = stablehlo.transpose %86, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %89 = stablehlo.transpose %arg3, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %90 = stablehlo.dot_general %88, %89, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %91 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %93 = stablehlo.add %90, %92 : tensor<1x256x32xf32>
    %94 = stablehlo.add %93, %6 : tensor<1x256x32xf32>
    %95 = stablehlo.multiply %94, %94 : tensor<1x256x32xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %96 = stablehlo.reduce(%94 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %97 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %98 = stablehlo.divide %96, %97 : tensor<1x256xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %99 = stablehlo.reduce(%95 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %100 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %101 = stablehlo.divide %99, %100 : tensor<1x256xf32>
    %102 = stablehlo.multiply %98, %98 : tensor<1x256xf32>
    %103 = stablehlo.subtract %101, %102 : tensor<1x256xf32>
    %104 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %105 = stablehlo.maximum %104, %103 : tensor<1x256xf32>
    %106 = stablehlo.broadcast_in_dim %98, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %107 = stablehlo.broadcast_in_dim %105, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %108 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %109 = stablehlo.subtract %94, %108 : tensor<1x256x32xf32>
    %110 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %111 = stablehlo.add %107, %110 : tensor<1x256x1xf32>
    %112 = stablehlo.rsqrt %111 : tensor<1x256x1xf32>
    %113 = stablehlo.reshape %arg7 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %114 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %115 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x256x32xf32>
    %117 = stablehlo.multiply %109, %116 : tensor<1x256x32xf32>
    %118 = stablehlo.reshape %arg6 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %120 = stablehlo.add %117, %119 : tensor<1x256x32xf32>
    %121 = stablehlo.transpose %arg9, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %122 = stablehlo.dot_general %120, %121, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %123 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %125 = stablehlo.add %122, %124 : tensor<1x256x128xf32>
    %126 = stablehlo.multiply %125, %125 : tensor<1x256x128xf32>
    %127 = stablehlo.multiply %126, %125 : tensor<1x256x128xf32>
    %cst_14 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %129 = stablehlo.multiply %128, %127 : tensor<1x256x128xf32>
    %130 = stablehlo.add %125, %129 : tensor<1x256x128xf32>
    %cst_15 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %132 = stablehlo.multiply %131, %130 : tensor<1x256x128xf32>
    %133 = stablehlo.tanh %132 : tensor<1x256x128xf32>
    %134 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %135 = stablehlo.add %134, %133 : tensor<1x256x128xf32>
    %cst_16 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %137 = stablehlo.multiply %136, %135 : tensor<1x256x128xf32>
    %138 = stablehlo.multiply %125, %137 : tensor<1x256x128xf32>
    %139 = stablehlo.transpose %arg11, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %140 = stablehlo.dot_general %138, %139, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %141 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %143 = stablehlo.add %140, %142 : tensor<1x256x32xf32>
    %144 = stablehlo.add %94, %143 : tensor<1x256x32xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<1x256x32xf32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %146 = stablehlo.reduce(%144 init: %cst_17) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %147 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %148 = stablehlo.divide %146, %147 : tensor<1x256xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %149 = stablehlo.reduce(%145 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %150 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %151 = stablehlo.divide %149, %150 : tensor<1x256xf32>
    %152 = stablehlo.multiply %148, %148 : tensor<1x256xf32>
    %153 = stablehlo.subtract %151, %152 : tensor<1x256xf32>
    %154 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %155 = stablehlo.maximum %154, %153 : tensor<1x256xf32>
    %156 = stablehlo.broadcast_in_dim %148, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %157 = stablehlo.broadcast_in_dim %155, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %158 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %159 = stablehlo.subtract %144, %158 : tensor<1x256x32xf32>
    %160 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %161 = stablehlo.add %157, %160 : tensor<1x256x1xf32>
    %162 = stablehlo.rsqrt %161 : tensor<1x256x1xf32>
    %163 = stablehlo.reshape %arg17 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %164 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %165 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<1x256x32xf32>
    %167 = stablehlo.multiply %159, %166 : tensor<1x256x32xf32>
    %168 = stablehlo.reshape %arg16 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %170 = stablehlo.add %167, %169 : tensor<1x256x32xf32>
    %171 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %172 = stablehlo.iota dim = 0 : tensor<256xi32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %175 = stablehlo.broadcast_in_dim %173, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %176 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %177 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %178 = stablehlo.compare  GE, %176, %177,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %180 = stablehlo.transpose %arg13, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %181 = stablehlo.dot_general %170, %180, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %182 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %184 = stablehlo.add %181, %183 : tensor<1x256x96xf32>
    %185 = stablehlo.slice %184 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %186 = stablehlo.slice %184 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %187 = stablehlo.slice %184 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %188 = stablehlo.reshape %185 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %189 = stablehlo.reshape %186 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %190 = stablehlo.reshape %187 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %191 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %193 = stablehlo.convert %179 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %194 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %195 = stablehlo.compare  NE, %192, %194,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %196 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %197 = stablehlo.compare  NE, %193, %196,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %198 = stablehlo.and %195, %197 : tensor<1x1x256x256xi1>
    %199 = stablehlo.convert %198 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %200 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %201 = stablehlo.compare  GT, %199, %200,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %202 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %203 = stablehlo.convert %202 : tensor<1x1x256x256xf32>
    %204 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %205 = stablehlo.select %201, %203, %204 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %206 = stablehlo.sqrt %cst_8 : tensor<f32>
    %207 = stablehlo.convert %206 : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %209 = stablehlo.divide %188, %208 : tensor<1x256x2x16xf32>
    %210 = stablehlo.dot_general %209, %189, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %211 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %212 = stablehlo.add %210, %211 : tensor<1x2x256x256xf32>
    %cst_19 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %213 = stablehlo.reduce(%212 init: %cst_19) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %214 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %215 = stablehlo.maximum %214, %213 : tensor<1x2x256xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %218 = stablehlo.subtract %212, %217 : tensor<1x2x256x256xf32>
    %219 = stablehlo.exponential %218 : tensor<1x2x256x256xf32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.reduce(%219 init: %cst_20) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %223 = stablehlo.divide %219, %222 : tensor<1x2x256x256xf32>
    %224 = stablehlo.dot_general %190, %223, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %225 = stablehlo.transpose %224, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %226 = stablehlo.reshape %225 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %227 = stablehlo.transpose %arg15, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %228 = stablehlo.dot_general %226, %227, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %229 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %231 = stablehlo.add %228, %230 : tensor<1x256x32xf32>
    %232 = stablehlo.add %231, %144 : tensor<1x256x32xf32>
    %233 = stablehlo.multiply %232, %232 : tensor<1x256x32xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %234 = stablehlo.reduce(%232 init: %cst_21) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %235 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %236 = stablehlo.divide %234, %235 : tensor<1x256xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.reduce(%233 init: %cst_22) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %238 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %239 = stablehlo.divide %237, %238 : tensor<1x256xf32>
    %240 = stablehlo.multiply %236, %236 : tensor<1x256xf32>
    %241 = stablehlo.subtract %239, %240 : tensor<1x256xf32>
    %242 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %243 = stablehlo.maximum %242, %241 : tensor<1x256xf32>
    %244 = stablehlo.broadcast_in_dim %236, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %245 = stablehlo.broadcast_in_dim %243, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %246 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %247 = stablehlo.subtract %232, %246 : tensor<1x256x32xf32>
    %248 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %249 = stablehlo.add %245, %248 : tensor<1x256x1xf32>
    %250 = stablehlo.rsqrt %249 : tensor<1x256x1xf32>
    %251 = stablehlo.reshape %arg19 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %252 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %253 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %254 = stablehlo.multiply %252, %253 : tensor<1x256x32xf32>
    %255 = stablehlo.multiply %247, %254 : tensor<1x256x32xf32>
    %256 = stablehlo.reshape %arg18 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %258 = stablehlo.add %255, %257 : tensor<1x256x32xf32>
    %259 = stablehlo.transpose %arg21, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %260 = stablehlo.dot_general %258, %259, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %261 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %263 = stablehlo.add %260, %262 : tensor<1x256x128xf32>
    %264 = stablehlo.multiply %263, %263 : tensor<1x256x128xf32>
    %265 = stablehlo.multiply %264, %263 : tensor<1x256x128xf32>
    %266 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %267 = stablehlo.multiply %266, %265 : tensor<1x256x128xf32>
    %268 = stablehlo.add %263, %267 : tensor<1x256x128xf32>
    %269 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %270 = stablehlo.multiply %269, %268 : tensor<1x256x128xf32>
    %271 = stablehlo.tanh %270 : tensor<1x256x128xf32>
    %272 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %273 = stablehlo.add %272, %271 : tensor<1x256x128xf32>
    %274 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %275 = stablehlo.multiply %274, %273 : tensor<1x256x128xf32>
    %276 = stablehlo.multiply %263, %275 : tensor<1x256x128xf32>
    %277 = stablehlo.transpose %arg23, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %278 = stablehlo.dot_general %276, %277, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %279 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %281 = stablehlo.add %278, %280 : tensor<1x256x32xf32>
    %282 = stablehlo.add %232, %281 : tensor<1x256x32xf32>
    %283 = stablehlo.multiply %282, %282 : tensor<1x256x32xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %284 = stablehlo.reduce(%282 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %285 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %286 = stablehlo.divide %284, %285 : tensor<1x256xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %287 = stablehlo.reduce(%283 init: %cst_24) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %288 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %289 = stablehlo.divide %287, %288 : tensor<1x256xf32>
    %290 = stablehlo.multiply %286, %286 : tensor<1x256xf32>
    %291 = stablehlo.subtract %289, %290 : tensor<1x256xf32>
    %292 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %293 = stablehlo.maximum %292, %291 : tensor<1x256xf32>
    %294 = stablehlo.broadcast_in_dim %286, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %295 = stablehlo.broadcast_in_dim %293, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %296 = stablehlo.broadcast_in_dim %294, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %297 = stablehlo.subtract %282, %296 : tensor<1x256x32xf32>
    %298 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %299 = stablehlo.add %295, %298 : tensor<1x256x1xf32>
    %300 = stablehlo.rsqrt %299 : tensor<1x256x1xf32>
    %301 = stablehlo.reshape %arg149 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %302 = stablehlo.broadcast_in_dim %300, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %303 = stablehlo.broadcast_in_dim %301, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %304 = stablehlo.multiply %302, %303 : tensor<1x256x32xf32>
    %305 = stablehlo.multiply %297, %304 : tensor<1x256x32xf32>
    %306 = stablehlo.reshape %arg148 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %308 = stablehlo.add %305, %307 : tensor<1x256x32xf32>
    %309 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %310 = stablehlo.iota dim = 0 : tensor<256xi32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %313 = stablehlo.broadcast_in_dim %311, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %314 = stablehlo.broadcast_in_dim %312, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %315 = stablehlo.broadcast_in_dim %313, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %316 = stablehlo.compare  GE, %314, %315,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %318 = stablehlo.transpose %arg145, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %319 = stablehlo.dot_general %308, %318, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %320 = stablehlo.broadcast_in_dim %arg144, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %322 = stablehlo.add %319, %321 : tensor<1x256x96xf32>
    %323 = stablehlo.slice %322 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %324 = stablehlo.slice %322 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %325 = stablehlo.slice %322 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %326 = stablehlo.reshape %323 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %327 = stablehlo.reshape %324 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %328 = stablehlo.reshape %325 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %329 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %331 = stablehlo.convert %317 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %332 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %333 = stablehlo.compare  NE, %330, %332,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %334 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %335 = stablehlo.compare  NE, %331, %334,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %336 = stablehlo.and %333, %335 : tensor<1x1x256x256xi1>
    %337 = stablehlo.convert %336 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %338 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %339 = stablehlo.compare  GT, %337, %338,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %340 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %341 = stablehlo.convert %340 : tensor<1x1x256x256xf32>
    %342 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %343 = stablehlo.select %339, %341, %342 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %344 = stablehlo.sqrt %cst_8 : tensor<f32>
    %345 = stablehlo.convert %344 : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %347 = stablehlo.divide %326, %346 : tensor<1x256x2x16xf32>
    %348 = stablehlo.dot_general %347, %327, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %349 = stablehlo.broadcast_in_dim %343, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %350 = stablehlo.add %348, %349 : tensor<1x2x256x256xf32>
    %cst_25 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %351 = stablehlo.reduce(%350 init: %cst_25) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %352 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %353 = stablehlo.maximum %352, %351 : tensor<1x2x256xf32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %355 = stablehlo.broadcast_in_dim %354, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %356 = stablehlo.subtract %350, %355 : tensor<1x2x256x256xf32>
    %357 = stablehlo.exponential %356 : tensor<1x2x256x256xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %358 = stablehlo.reduce(%357 init: %cst_26) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %361 = stablehlo.divide %357, %360 : tensor<1x2x256x256xf32>
    %362 = stablehlo.dot_general %328, %361, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %363 = stablehlo.transpose %362, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %364 = stablehlo.reshape %363 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %365 = stablehlo.transpose %arg147, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %366 = stablehlo.dot_general %364, %365, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %367 = stablehlo.broadcast_in_dim %arg146, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %369 = stablehlo.add %366, %368 : tensor<1x256x32xf32>
    %370 = stablehlo.add %369, %282 : tensor<1x256x32xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<1x256x32xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %372 = stablehlo.reduce(%370 init: %cst_27) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %373 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %374 = stablehlo.divide %372, %373 : tensor<1x256xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %375 = stablehlo.reduce(%371 init: %cst_28) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %376 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %377 = stablehlo.divide %375, %376 : tensor<1x256xf32>
    %378 = stablehlo.multiply %374, %374 : tensor<1x256xf32>
    %379 = stablehlo.subtract %377, %378 : tensor<1x256xf32>
    %380 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %381 = stablehlo.maximum %380, %379 : tensor<1x256xf32>
    %382 = stablehlo.broadcast_in_dim %374, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %383 = stablehlo.broadcast_in_dim %381, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %384 = stablehlo.broadcast_in_dim %382, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %385 = stablehlo.subtract %370, %384 : tensor<1x256x32xf32>
    %386 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %387 = stablehlo.add %383, %386 : tensor<1x256x1xf32>
    %388 = stablehlo.rsqrt %387 : tensor<1x256x1xf32>
    %389 = stablehlo.reshape %arg151 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %390 = stablehlo.broadcast_in_dim %388, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %391 = stablehlo.broadcast_in_dim %389, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %392 = stablehlo.multiply %390, %391 : tensor<1x256x32xf32>
    %393 = stablehlo.multiply %385, %392 : tensor<1x256x32xf32>
    %394 = stablehlo.reshape %arg150 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %395 = stablehlo.broadcast_in_dim %394, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %396 = stablehlo.add %393, %395 : tensor<1x256x32xf32>
    %397 = stablehlo.transpose %arg153, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %398 = stablehlo.dot_general %396, %397, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %399 = stablehlo.broadcast_in_dim %arg152, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %401 = stablehlo.add %398, %400 : tensor<1x256x128xf32>
    %402 = stablehlo.multiply %401, %401 : tensor<1x256x128xf32>
    %403 = stablehlo.multiply %402, %401 : tensor<1x256x128xf32>
    %404 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %405 = stablehlo.multiply %404, %403 : tensor<1x256x128xf32>
    %406 = stablehlo.add %401, %405 : tensor<1x256x128xf32>
    %407 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %408 = stablehlo.multiply %407, %406 : tensor<1x256x128xf32>
    %409 = stablehlo.tanh %408 : tensor<1x256x128xf32>
    %410 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %411 = stablehlo.add %410, %409 : tensor<1x256x128xf32>
    %412 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %413 = stablehlo.multiply %412, %411 : tensor<1x256x128xf32>
    %414 = stablehlo.multiply %401, %413 : tensor<1x256x128xf32>
    %415 = stablehlo.transpose %arg155, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %416 = stablehlo.dot_general %414, %415, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %417 = stablehlo.broadcast_in_dim %arg154, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %418 = stablehlo.broadcast_in_dim %417, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %419 = stablehlo.add %416, %418 : tensor<1x256x32xf32>
    %420 = stablehlo.add %370, %419 : tensor<1x256x32xf32>
    %421 = stablehlo.multiply %420, %420 : tensor<1x256x32xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %422 = stablehlo.reduce(%420 init: %cst_29) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %423 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %424 = stablehlo.divide %422, %423 : tensor<1x256xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %425 = stablehlo.reduce(%421 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %426 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %427 = stablehlo.divide %425, %426 : tensor<1x256xf32>
    %428 = stablehlo.multiply %424, %424 : tensor<1x256xf32>
    %429 = stablehlo.subtract %427, %428 : tensor<1x256xf32>
    %430 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %431 = stablehlo.maximum %430, %429 : tensor<1x256xf32>
    %432 = stablehlo.broadcast_in_dim %424, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %433 = stablehlo.broadcast_in_dim %431, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %434 = stablehlo.broadcast_in_dim %432, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %435 = stablehlo.subtract %420, %434 : tensor<1x256x32xf32>
    %436 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %437 = stablehlo.add %433, %436 : tensor<1x256x1xf32>
    %438 = stablehlo.rsqrt %437 : tensor<1x256x1xf32>
    %439 = stablehlo.reshape %arg209 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %440 = stablehlo.broadcast_in_dim %438, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %441 = stablehlo.broadcast_in_dim %439, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %442 = stablehlo.multiply %440, %441 : tensor<1x256x32xf32>
    %443 = stablehlo.multiply %435, %442 : tensor<1x256x32xf32>
    %444 = stablehlo.reshape %arg208 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %445 = stablehlo.broadcast_in_dim %444, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %446 = stablehlo.add %443, %445 : tensor<1x256x32xf32>
    %447 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %448 = stablehlo.iota dim = 0 : tensor<256xi32>
    %449 = stablehlo.broadcast_in_dim %448, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %450 = stablehlo.broadcast_in_dim %449, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %451 = stablehlo.broadcast_in_dim %449, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %452 = stablehlo.broadcast_in_dim %450, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %453 = stablehlo.broadcast_in_dim %451, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %454 = stablehlo.compare  GE, %452, %453,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %455 = stablehlo.broadcast_in_dim %454, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %456 = stablehlo.transpose %arg205, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %457 = stablehlo.dot_general %446, %456, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %458 = stablehlo.broadcast_in_dim %arg204, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %460 = stablehlo.add %457, %459 : tensor<1x256x96xf32>
    %461 = stablehlo.slice %460 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %462 = stablehlo.slice %460 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %463 = stablehlo.slice %460 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %464 = stablehlo.reshape %461 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %465 = stablehlo.reshape %462 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %466 = stablehlo.reshape %463 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %467 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %468 = stablehlo.broadcast_in_dim %467, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %469 = stablehlo.convert %455 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %470 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %471 = stablehlo.compare  NE, %468, %470,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %472 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %473 = stablehlo.compare  NE, %469, %472,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %474 = stablehlo.and %471, %473 : tensor<1x1x256x256xi1>
    %475 = stablehlo.convert %474 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %476 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %477 = stablehlo.compare  GT, %475, %476,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %478 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %479 = stablehlo.convert %478 : tensor<1x1x256x256xf32>
    %480 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %481 = stablehlo.select %477, %479, %480 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %482 = stablehlo.sqrt %cst_8 : tensor<f32>
    %483 = stablehlo.convert %482 : tensor<f32>
    %484 = stablehlo.broadcast_in_dim %483, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %485 = stablehlo.divide %464, %484 : tensor<1x256x2x16xf32>
    %486 = stablehlo.dot_general %485, %465, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %487 = stablehlo.broadcast_in_dim %481, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %488 = stablehlo.add %486, %487 : tensor<1x2x256x256xf32>
    %cst_31 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %489 = stablehlo.reduce(%488 init: %cst_31) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %490 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %491 = stablehlo.maximum %490, %489 : tensor<1x2x256xf32>
    %492 = stablehlo.broadcast_in_dim %491, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %493 = stablehlo.broadcast_in_dim %492, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %494 = stablehlo.subtract %488, %493 : tensor<1x2x256x256xf32>
    %495 = stablehlo.exponential %494 : tensor<1x2x256x256xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %496 = stablehlo.reduce(%495 init: %cst_32) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %497 = stablehlo.broadcast_in_dim %496, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %498 = stablehlo.broadcast_in_dim %497, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %499 = stablehlo.divide %495, %498 : tensor<1x2x256x256xf32>
    %500 = stablehlo.dot_general %466, %499, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %501 = stablehlo.transpose %500, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %502 = stablehlo.reshape %501 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %503 = stablehlo.transpose %arg207, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %504 = stablehlo.dot_general %502, %503, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %505 = stablehlo.broadcast_in_dim %arg206, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %506 = stablehlo.broadcast_in_dim %505, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %507 = stablehlo.add %504, %506 : tensor<1x256x32xf32>
    %508 = stablehlo.add %507, %420 : tensor<1x256x32xf32>
    %509 = stablehlo.multiply %508, %508 : tensor<1x256x32xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %510 = stablehlo.reduce(%508 init: %cst_33) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %511 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %512 = stablehlo.divide %510, %511 : tensor<1x256xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %513 = stablehlo.reduce(%509 init: %cst_34) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %514 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %515 = stablehlo.divide %513, %514 : tensor<1x256xf32>
    %516 = stablehlo.multiply %512, %512 : tensor<1x256xf32>
    %517 = stablehlo.subtract %515, %516 : tensor<1x256xf32>
    %518 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %519 = stablehlo.maximum %518, %517 : tensor<1x256xf32>
    %520 = stablehlo.broadcast_in_dim %512, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %521 = stablehlo.broadcast_in_dim %519, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %522 = stablehlo.broadcast_in_dim %520, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %523 = stablehlo.subtract %508, %522 : tensor<1x256x32xf32>
    %524 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %525 = stablehlo.add %521, %524 : tensor<1x256x1xf32>
    %526 = stablehlo.rsqrt %525 : tensor<1x256x1xf32>
    %527 = stablehlo.reshape %arg211 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %528 = stablehlo.broadcast_in_dim %526, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %529 = stablehlo.broadcast_in_dim %527, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %530 = stablehlo.multiply %528, %529 : tensor<1x256x32xf32>
    %531 = stablehlo.multiply %523, %530 : tensor<1x256x32xf32>
    %532 = stablehlo.reshape %arg210 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %533 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %534 = stablehlo.add %531, %533 : tensor<1x256x32xf32>
    %535 = stablehlo.transpose %arg213, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %536 = stablehlo.dot_general %534, %535, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %537 = stablehlo.broadcast_in_dim %arg212, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %538 = stablehlo.broadcast_in_dim %537, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %539 = stablehlo.add %536, %538 : tensor<1x256x128xf32>
    %540 = stablehlo.multiply %539, %539 : tensor<1x256x128xf32>
    %541 = stablehlo.multiply %540, %539 : tensor<1x256x128xf32>
    %542 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %543 = stablehlo.multiply %542, %541 : tensor<1x256x128xf32>
    %544 = stablehlo.add %539, %543 : tensor<1x256x128xf32>
    %545 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %546 = stablehlo.multiply %545, %544 : tensor<1x256x128xf32>
    %547 = stablehlo.tanh %546 : tensor<1x256x128xf32>
    %548 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %549 = stablehlo.add %548, %547 : tensor<1x256x128xf32>
    %550 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %551 = stablehlo.multiply %550, %549 : tensor<1x256x128xf32>
    %552 = stablehlo.multiply %539, %551 : tensor<1x256x128xf32>
    %553 = stablehlo.transpose %arg215, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %554 = stablehlo.dot_general %552, %553, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %555 = stablehlo.broadcast_in_dim %arg214, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %556 = stablehlo.broadcast_in_dim %555, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %557 = stablehlo.add %554, %556 : tensor<1x256x32xf32>
    %558 = stablehlo.add %508, %557 : tensor<1x256x32xf32>
    %559 = stablehlo.multiply %558, %558 : tensor<1x256x32xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %560 = stablehlo.reduce(%558 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %561 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %562 = stablehlo.divide %560, %561 : tensor<1x256xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %563 = stablehlo.reduce(%559 init: %cst_36) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %564 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %565 = stablehlo.divide %563, %564 : tensor<1x256xf32>
    %566 = stablehlo.multiply %562, %562 : tensor<1x256xf32>
    %567 = stablehlo.subtract %565, %566 : tensor<1x256xf32>
    %568 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %569 = stablehlo.maximum %568, %567 : tensor<1x256xf32>
    %570 = stablehlo.broadcast_in_dim %562, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %571 = stablehlo.broadcast_in_dim %569, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %572 = stablehlo.broadcast_in_dim %570, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %573 = stablehlo.subtract %558, %572 : tensor<1x256x32xf32>
    %574 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %575 = stablehlo.add %571, %574 : tensor<1x256x1xf32>
    %576 = stablehlo.rsqrt %575 : tensor<1x256x1xf32>
    %577 = stablehlo.reshape %arg221 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %578 = stablehlo.broadcast_in_dim %576, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %579 = stablehlo.broadcast_in_dim %577, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %580 = stablehlo.multiply %578, %579 : tensor<1x256x32xf32>
    %581 = stablehlo.multiply %573, %580 : tensor<1x256x32xf32>
    %582 = stablehlo.reshape %arg220 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %583 = stablehlo.broadcast_in_dim %582, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %584 = stablehlo.add %581, %583 : tensor<1x256x32xf32>
    %585 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %586 = stablehlo.iota dim = 0 : tensor<256xi32>
    %587 = stablehlo.broadcast_in_dim %586, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %588 = stablehlo.broadcast_in_dim %587, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %589 = stablehlo.broadcast_in_dim %587, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %590 = stablehlo.broadcast_in_dim %588, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %591 = stablehlo.broadcast_in_dim %589, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %592 = stablehlo.compare  GE, %590, %591,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %593 = stablehlo.broadcast_in_dim %592, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %594 = stablehlo.transpose %arg217, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %595 = stablehlo.dot_general %584, %594, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %596 = stablehlo.broadcast_in_dim %arg216, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %597 = stablehlo.broadcast_in_dim %596, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %598 = stablehlo.add %595, %597 : tensor<1x256x96xf32>
    %599 = stablehlo.slice %598 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %600 = stablehlo.slice %598 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %601 = stablehlo.slice %598 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %602 = stablehlo.reshape %599 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %603 = stablehlo.reshape %600 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %604 = stablehlo.reshape %601 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %605 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %606 = stablehlo.broadcast_in_dim %605, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %607 = stablehlo.convert %593 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %608 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %609 = stablehlo.compare  NE, %606, %608,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %610 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %611 = stablehlo.compare  NE, %607, %610,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %612 = stablehlo.and %609, %611 : tensor<1x1x256x256xi1>
    %613 = stablehlo.convert %612 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %614 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %615 = stablehlo.compare  GT, %613, %614,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %616 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %617 = stablehlo.convert %616 : tensor<1x1x256x256xf32>
    %618 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %619 = stablehlo.select %615, %617, %618 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %620 = stablehlo.sqrt %cst_8 : tensor<f32>
    %621 = stablehlo.convert %620 : tensor<f32>
    %622 = stablehlo.broadcast_in_dim %621, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %623 = stablehlo.divide %602, %622 : tensor<1x256x2x16xf32>
    %624 = stablehlo.dot_general %623, %603, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %625 = stablehlo.broadcast_in_dim %619, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %626 = stablehlo.add %624, %625 : tensor<1x2x256x256xf32>
    %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %627 = stablehlo.reduce(%626 init: %cst_37) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %628 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %629 = stablehlo.maximum %628, %627 : tensor<1x2x256xf32>
    %630 = stablehlo.broadcast_in_dim %629, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %631 = stablehlo.broadcast_in_dim %630, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %632 = stablehlo.subtract %626, %631 : tensor<1x2x256x256xf32>
    %633 = stablehlo.exponential %632 : tensor<1x2x256x256xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %634 = stablehlo.reduce(%633 init: %cst_38) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %635 = stablehlo.broadcast_in_dim %634, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %636 = stablehlo.broadcast_in_dim %635, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %637 = stablehlo.divide %633, %636 : tensor<1x2x256x256xf32>
    %638 = stablehlo.dot_general %604, %637, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %639 = stablehlo.transpose %638, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %640 = stablehlo.reshape %639 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %641 = stablehlo.transpose %arg219, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %642 = stablehlo.dot_general %640, %641, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %643 = stablehlo.broadcast_in_dim %arg218, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %644 = stablehlo.broadcast_in_dim %643, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %645 = stablehlo.add %642, %644 : tensor<1x256x32xf32>
    %646 = stablehlo.add %645, %558 : tensor<1x256x32xf32>
    %647 = stablehlo.multiply %646, %646 : tensor<1x256x32xf32>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %648 = stablehlo.reduce(%646 init: %cst_39) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %649 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %650 = stablehlo.divide %648, %649 : tensor<1x256xf32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %651 = stablehlo.reduce(%647 init: %cst_40) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %652 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %653 = stablehlo.divide %651, %652 : tensor<1x256xf32>
    %654 = stablehlo.multiply %650, %650 : tensor<1x256xf32>
    %655 = stablehlo.subtract %653, %654 : tensor<1x256xf32>
    %656 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %657 = stablehlo.maximum %656, %655 : tensor<1x256xf32>
    %658 = stablehlo.broadcast_in_dim %650, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %659 = stablehlo.broadcast_in_dim %657, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %660 = stablehlo.broadcast_in_dim %658, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %661 = stablehlo.subtract %646, %660 : tensor<1x256x32xf32>
    %662 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %663 = stablehlo.add %659, %662 : tensor<1x256x1xf32>
    %664 = stablehlo.rsqrt %663 : tensor<1x256x1xf32>
    %665 = stablehlo.reshape %arg223 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %666 = stablehlo.broadcast_in_dim %664, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %667 = stablehlo.broadcast_in_dim %665, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %668 = stablehlo.multiply %666, %667 : tensor<1x256x32xf32>
    %669 = stablehlo.multiply %661, %668 : tensor<1x256x32xf32>
    %670 = stablehlo.reshape %arg222 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %671 = stablehlo.broadcast_in_dim %670, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %672 = stablehlo.add %669, %671 : tensor<1x256x32xf32>
    %673 = stablehlo.transpose %arg225, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %674 = stablehlo.dot_general %672, %673, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %675 = stablehlo.broadcast_in_dim %arg224, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %676 = stablehlo.broadcast_in_dim %675, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %677 = stablehlo.add %674, %676 : tensor<1x256x128xf32>
    %678 = stablehlo.multiply %677, %677 : tensor<1x256x128xf32>
    %679 = stablehlo.multiply %678, %677 : tensor<1x256x128xf32>
    %680 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %681 = stablehlo.multiply %680, %679 : tensor<1x256x128xf32>
    %682 = stablehlo.add %677, %681 : tensor<1x256x128xf32>
    %683 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %684 = stablehlo.multiply %683, %682 : tensor<1x256x128xf32>
    %685 = stablehlo.tanh %684 : tensor<1x256x128xf32>
    %686 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %687 = stablehlo.add %686, %685 : tensor<1x256x128xf32>
    %688 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %689 = stablehlo.multiply %688, %687 : tensor<1x256x128xf32>
    %690 = stablehlo.multiply %677, %689 : tensor<1x256x128xf32>
    %691 = stablehlo.transpose %arg227, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %692 = stablehlo.dot_general %690, %691, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %693 = stablehlo.broadcast_in_dim %arg226, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %694 = stablehlo.broadcast_in_dim %693, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %695 = stablehlo.add %692, %694 : tensor<1x256x32xf32>
    %696 = stablehlo.add %646, %695 : tensor<1x256x32xf32>
    %697 = stablehlo.multiply %696, %696 : tensor<1x256x32xf32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %698 = stablehlo.reduce(%696 init: %cst_41) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %699 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %700 = stablehlo.divide %698, %699 : tensor<1x256xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %701 = stablehlo.reduce(%697 init: %cst_42) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %702 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %703 = stablehlo.divide %701, %702 : tensor<1x256xf32>
    %704 = stablehlo.multiply %700, %700 : tensor<1x256xf32>
    %705 = stablehlo.subtract %703, %704 : tensor<1x256xf32>
    %706 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %707 = stablehlo.maximum %706, %705 : tensor<1x256xf32>
    %708 = stablehlo.broadcast_in_dim %700, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %709 = stablehlo.broadcast_in_dim %707, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %710 = stablehlo.broadcast_in_dim %708, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %711 = stablehlo.subtract %696, %710 : tensor<1x256x32xf32>
    %712 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %713 = stablehlo.add %709, %712 : tensor<1x256x1xf32>
    %714 = stablehlo.rsqrt %713 : tensor<1x256x1xf32>
    %715 = stablehlo.reshape %arg233 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %716 = stablehlo.broadcast_in_dim %714, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %717 = stablehlo.broadcast_in_dim %715, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %718 = stablehlo.multiply %716, %717 : tensor<1x256x32xf32>
    %719 = stablehlo.multiply %711, %718 : tensor<1x256x32xf32>
    %720 = stablehlo.reshape %arg232 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %721 = stablehlo.broadcast_in_dim %720, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %722 = stablehlo.add %719, %721 : tensor<1x256x32xf32>
    %723 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %724 = stablehlo.iota dim = 0 : tensor<256xi32>
    %725 = stablehlo.broadcast_in_dim %724, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %726 = stablehlo.broadcast_in_dim %725, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %727 = stablehlo.broadcast_in_dim %725, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %728 = stablehlo.broadcast_in_dim %726, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %729 = stablehlo.broadcast_in_dim %727, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %730 = stablehlo.compare  GE, %728, %729,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %731 = stablehlo.broadcast_in_dim %730, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %732 = stablehlo.transpose %arg229, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %733 = stablehlo.dot_general %722, %732, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %734 = stablehlo.broadcast_in_dim %arg228, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %735 = stablehlo.broadcast_in_dim %734, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %736 = stablehlo.add %733, %735 : tensor<1x256x96xf32>
    %737 = stablehlo.slice %736 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %738 = stablehlo.slice %736 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %739 = stablehlo.slice %736 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %740 = stablehlo.reshape %737 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %741 = stablehlo.reshape %738 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %742 = stablehlo.reshape %739 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %743 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %744 = stablehlo.broadcast_in_dim %743, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %745 = stablehlo.convert %731 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %746 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %747 = stablehlo.compare  NE, %744, %746,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %748 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %749 = stablehlo.compare  NE, %745, %748,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %750 = stablehlo.and %747, %749 : tensor<1x1x256x256xi1>
    %751 = stablehlo.convert %750 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %752 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %753 = stablehlo.compare  GT, %751, %752,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %754 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %755 = stablehlo.convert %754 : tensor<1x1x256x256xf32>
    %756 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %757 = stablehlo.select %753, %755, %756 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %758 = stablehlo.sqrt %cst_8 : tensor<f32>
    %759 = stablehlo.convert %758 : tensor<f32>
    %760 = stablehlo.broadcast_in_dim %759, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %761 = stablehlo.divide %740, %760 : tensor<1x256x2x16xf32>
    %762 = stablehlo.dot_general %761, %741, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %763 = stablehlo.broadcast_in_dim %757, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %764 = stablehlo.add %762, %763 : tensor<1x2x256x256xf32>
    %cst_43 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %765 = stablehlo.reduce(%764 init: %cst_43) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %766 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %767 = stablehlo.maximum %766, %765 : tensor<1x2x256xf32>
    %768 = stablehlo.broadcast_in_dim %767, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %769 = stablehlo.broadcast_in_dim %768, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %770 = stablehlo.subtract %764, %769 : tensor<1x2x256x256xf32>
    %771 = stablehlo.exponential %770 : tensor<1x2x256x256xf32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %772 = stablehlo.reduce(%771 init: %cst_44) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %773 = stablehlo.broadcast_in_dim %772, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %774 = stablehlo.broadcast_in_dim %773, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %775 = stablehlo.divide %771, %774 : tensor<1x2x256x256xf32>
    %776 = stablehlo.dot_general %742, %775, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %777 = stablehlo.transpose %776, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %778 = stablehlo.reshape %777 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %779 = stablehlo.transpose %arg231, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %780 = stablehlo.dot_general %778, %779, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %781 = stablehlo.broadcast_in_dim %arg230, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %782 = stablehlo.broadcast_in_dim %781, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %783 = stablehlo.add %780, %782 : tensor<1x256x32xf32>
    %784 = stablehlo.add %783, %696 : tensor<1x256x32xf32>
    %785 = stablehlo.multiply %784, %784 : tensor<1x256x32xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %786 = stablehlo.reduce(%784 init: %cst_45) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %787 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %788 = stablehlo.divide %786, %787 : tensor<1x256xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %789 = stablehlo.reduce(%785 init: %cst_46) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %790 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %791 = stablehlo.divide %789, %790 : tensor<1x256xf32>
    %792 = stablehlo.multiply %788, %788 : tensor<1x256xf32>
    %793 = stablehlo.subtract %791, %792 : tensor<1x256xf32>
    %794 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %795 = stablehlo.maximum %794, %793 : tensor<1x256xf32>
    %796 = stablehlo.broadcast_in_dim %788, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %797 = stablehlo.broadcast_in_dim %795, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %798 = stablehlo.broadcast_in_dim %796, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %799 = stablehlo.subtract %784, %798 : tensor<1x256x32xf32>
    %800 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %801 = stablehlo.add %797, %800 : tensor<1x256x1xf32>
    %802 = stablehlo.rsqrt %801 : tensor<1x256x1xf32>
    %803 = stablehlo.reshape %arg235 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %804 = stablehlo.broadcast_in_dim %802, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %805 = stablehlo.broadcast_in_dim %803, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %806 = stablehlo.multiply %804, %805 : tensor<1x256x32xf32>
    %807 = stablehlo.multiply %799, %806 : tensor<1x256x32xf32>
    %808 = stablehlo.reshape %arg234 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %809 = stablehlo.broadcast_in_dim %808, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %810 = stablehlo.add %807, %809 : tensor<1x256x32xf32>
    %811 = stablehlo.transpose %arg237, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %812 = stablehlo.dot_general %810, %811, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %813 = stablehlo.broadcast_in_dim %arg236, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %814 = stablehlo.broadcast_in_dim %813, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %815 = stablehlo.add %812, %814 : tensor<1x256x128xf32>
    %816 = stablehlo.multiply %815, %815 : tensor<1x256x128xf32>
    %817 = stablehlo.multiply %816, %815 : tensor<1x256x128xf32>
    %818 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %819 = stablehlo.multiply %818, %817 : tensor<1x256x128xf32>
    %820 = stablehlo.add %815, %819 : tensor<1x256x128xf32>
    %821 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %822 = stablehlo.multiply %821, %820 : tensor<1x256x128xf32>
    %823 = stablehlo.tanh %822 : tensor<1x256x128xf32>
    %824 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %825 = stablehlo.add %824, %823 : tensor<1x256x128xf32>
    %826 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %827 = stablehlo.multiply %826, %825 : tensor<1x256x128xf32>
    %828 = stablehlo.multiply %815, %827 : tensor<1x256x128xf32>
    %829 = stablehlo.transpose %arg239, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %830 = stablehlo.dot_general %828, %829, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %831 = stablehlo.broadcast_in_dim %arg238, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %832 = stablehlo.broadcast_in_dim %831, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %833 = stablehlo.add %830, %832 : tensor<1x256x32xf32>
    %834 = stablehlo.add %784, %833 : tensor<1x256x32xf32>
    %835 = stablehlo.multiply %834, %834 : tensor<1x256x32xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %836 = stablehlo.reduce(%834 init: %cst_47) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %837 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %838 = stablehlo.divide %836, %837 : tensor<1x256xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %839 = stablehlo.reduce(%835 init: %cst_48) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %840 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %841 = stablehlo.divide %839, %840 : tensor<1x256xf32>
    %842 = stablehlo.multiply %838, %838 : tensor<1x256xf32>
    %843 = stablehlo.subtract %841, %842 : tensor<1x256xf32>
    %844 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %845 = stablehlo.maximum %844, %843 : tensor<1x256xf32>
    %846 = stablehlo.broadcast_in_dim %838, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %847 = stablehlo.broadcast_in_dim %845, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %848 = stablehlo.broadcast_in_dim %846, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %849 = stablehlo.subtract %834, %848 : tensor<1x256x32xf32>
    %850 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %851 = stablehlo.add %847, %850 : tensor<1x256x1xf32>
    %852 = stablehlo.rsqrt %851 : tensor<1x256x1xf32>
    %853 = stablehlo.reshape %arg245 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %854 = stablehlo.broadcast_in_dim %852, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %855 = stablehlo.broadcast_in_dim %853, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %856 = stablehlo.multiply %854, %855 : tensor<1x256x32xf32>
    %857 = stablehlo.multiply %849, %856 : tensor<1x256x32xf32>
    %858 = stablehlo.reshape %arg244 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %859 = stablehlo.broadcast_in_dim %858, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %860 = stablehlo.add %857, %859 : tensor<1x256x32xf32>
    %861 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %862 = stablehlo.iota dim = 0 : tensor<256xi32>
    %863 = stablehlo.broadcast_in_dim %862, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %864 = stablehlo.broadcast_in_dim %863, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %865 = stablehlo.broadcast_in_dim %863, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %866 = stablehlo.broadcast_in_dim %864, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %867 = stablehlo.broadcast_in_dim %865, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %868 = stablehlo.compare  GE, %866, %867,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %869 = stablehlo.broadcast_in_dim %868, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %870 = stablehlo.transpose %arg241, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %871 = stablehlo.dot_general %860, %870, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %872 = stablehlo.broadcast_in_dim %arg240, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %873 = stablehlo.broadcast_in_dim %872, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %874 = stablehlo.add %871, %873 : tensor<1x256x96xf32>
    %875 = stablehlo.slice %874 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %876 = stablehlo.slice %874 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %877 = stablehlo.slice %874 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %878 = stablehlo.reshape %875 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %879 = stablehlo.reshape %876 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %880 = stablehlo.reshape %877 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %881 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %882 = stablehlo.broadcast_in_dim %881, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %883 = stablehlo.convert %869 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %884 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %885 = stablehlo.compare  NE, %882, %884,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %886 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %887 = stablehlo.compare  NE, %883, %886,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %888 = stablehlo.and %885, %887 : tensor<1x1x256x256xi1>
    %889 = stablehlo.convert %888 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %890 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %891 = stablehlo.compare  GT, %889, %890,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %892 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %893 = stablehlo.convert %892 : tensor<1x1x256x256xf32>
    %894 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %895 = stablehlo.select %891, %893, %894 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %896 = stablehlo.sqrt %cst_8 : tensor<f32>
    %897 = stablehlo.convert %896 : tensor<f32>
    %898 = stablehlo.broadcast_in_dim %897, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %899 = stablehlo.divide %878, %898 : tensor<1x256x2x16xf32>
    %900 = stablehlo.dot_general %899, %879, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %901 = stablehlo.broadcast_in_dim %895, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %902 = stablehlo.add %900, %901 : tensor<1x2x256x256xf32>
    %cst_49 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %903 = stablehlo.reduce(%902 init: %cst_49) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %904 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %905 = stablehlo.maximum %904, %903 : tensor<1x2x256xf32>
    %906 = stablehlo.broadcast_in_dim %905, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %907 = stablehlo.broadcast_in_dim %906, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %908 = stablehlo.subtract %902, %907 : tensor<1x2x256x256xf32>
    %909 = stablehlo.exponential %908 : tensor<1x2x256x256xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %910 = stablehlo.reduce(%909 init: %cst_50) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %911 = stablehlo.broadcast_in_dim %910, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %912 = stablehlo.broadcast_in_dim %911, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %913 = stablehlo.divide %909, %912 : tensor<1x2x256x256xf32>
    %914 = stablehlo.dot_general %880, %913, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %915 = stablehlo.transpose %914, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %916 = stablehlo.reshape %915 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %917 = stablehlo.transpose %arg243, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %918 = stablehlo.dot_general %916, %917, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %919 = stablehlo.broadcast_in_dim %arg242, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %920 = stablehlo.broadcast_in_dim %919, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %921 = stablehlo.add %918, %920 : tensor<1x256x32xf32>
    %922 = stablehlo.add %921, %834 : tensor<1x256x32xf32>
    %923 = stablehlo.multiply %922, %922 : tensor<1x256x32xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %924 = stablehlo.reduce(%922 init: %cst_51) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %925 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %926 = stablehlo.divide %924, %925 : tensor<1x256xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %927 = stablehlo.reduce(%923 init: %cst_52) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %928 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %929 = stablehlo.divide %927, %928 : tensor<1x256xf32>
    %930 = stablehlo.multiply %926, %926 : tensor<1x256xf32>
    %931 = stablehlo.subtract %929, %930 : tensor<1x256xf32>
    %932 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %933 = stablehlo.maximum %932, %931 : tensor<1x256xf32>
    %934 = stablehlo.broadcast_in_dim %926, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %935 = stablehlo.broadcast_in_dim %933, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %936 = stablehlo.broadcast_in_dim %934, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %937 = stablehlo.subtract %922, %936 : tensor<1x256x32xf32>
    %938 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %939 = stablehlo.add %935, %938 : tensor<1x256x1xf32>
    %940 = stablehlo.rsqrt %939 : tensor<1x256x1xf32>
    %941 = stablehlo.reshape %arg247 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %942 = stablehlo.broadcast_in_dim %940, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %943 = stablehlo.broadcast_in_dim %941, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %944 = stablehlo.multiply %942, %943 : tensor<1x256x32xf32>
    %945 = stablehlo.multiply %937, %944 : tensor<1x256x32xf32>
    %946 = stablehlo.reshape %arg246 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %947 = stablehlo.broadcast_in_dim %946, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %948 = stablehlo.add %945, %947 : tensor<1x256x32xf32>
    %949 = stablehlo.transpose %arg249, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %950 = stablehlo.dot_general %948, %949, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %951 = stablehlo.broadcast_in_dim %arg248, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %952 = stablehlo.broadcast_in_dim %951, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %953 = stablehlo.add %950, %952 : tensor<1x256x128xf32>
    %954 = stablehlo.multiply %953, %953 : tensor<1x256x128xf32>
    %955 = stablehlo.multiply %954, %953 : tensor<1x256x128xf32>
    %956 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %957 = stablehlo.multiply %956, %955 : tensor<1x256x128xf32>
    %958 = stablehlo.add %953, %957 : tensor<1x256x128xf32>
    %959 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %960 = stablehlo.multiply %959, %958 : tensor<1x256x128xf32>
    %961 = stablehlo.tanh %960 : tensor<1x256x128xf32>
    %962 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %963 = stablehlo.add %962, %961 : tensor<1x256x128xf32>
    %964 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %965 = stablehlo.multiply %964, %963 : tensor<1x256x128xf32>
    %966 = stablehlo.multiply %953, %965 : tensor<1x256x128xf32>
    %967 = stablehlo.transpose %arg251, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %968 = stablehlo.dot_general %966, %967, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %969 = stablehlo.broadcast_in_dim %arg250, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %970 = stablehlo.broadcast_in_dim %969, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %971 = stablehlo.add %968, %970 : tensor<1x256x32xf32>
    %972 = stablehlo.add %922, %971 : tensor<1x256x32xf32>
    %973 = stablehlo.multiply %972, %972 : tensor<1x256x32xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %974 = stablehlo.reduce(%972 init: %cst_53) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %975 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %976 = stablehlo.divide %974, %975 : tensor<1x256xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %977 = stablehlo.reduce(%973 init: %cst_54) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %978 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %979 = stablehlo.divide %977, %978 : tensor<1x256xf32>
    %980 = stablehlo.multiply %976, %976 : tensor<1x256xf32>
    %981 = stablehlo.subtract %979, %980 : tensor<1x256xf32>
    %982 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %983 = stablehlo.maximum %982, %981 : tensor<1x256xf32>
    %984 = stablehlo.broadcast_in_dim %976, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %985 = stablehlo.broadcast_in_dim %983, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %986 = stablehlo.broadcast_in_dim %984, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %987 = stablehlo.subtract %972, %986 : tensor<1x256x32xf32>
    %988 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %989 = stablehlo.add %985, %988 : tensor<1x256x1xf32>
    %990 = stablehlo.rsqrt %989 : tensor<1x256x1xf32>
    %991 = stablehlo.reshape %arg257 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %992 = stablehlo.broadcast_in_dim %990, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %993 = stablehlo.broadcast_in_dim %991, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %994 = stablehlo.multiply %992, %993 : tensor<1x256x32xf32>
    %995 = stablehlo.multiply %987, %994 : tensor<1x256x32xf32>
    %996 = stablehlo.reshape %arg256 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %997 = stablehlo.broadcast_in_dim %996, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %998 = stablehlo.add %995, %997 : tensor<1x256x32xf32>
    %999 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1000 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1001 = stablehlo.broadcast_in_dim %1000, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1002 = stablehlo.broadcast_in_dim %1001, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1003 = stablehlo.broadcast_in_dim %1001, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1004 = stablehlo.broadcast_in_dim %1002, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1005 = stablehlo.broadcast_in_dim %1003, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1006 = stablehlo.compare  GE, %1004, %1005,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1007 = stablehlo.broadcast_in_dim %1006, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1008 = stablehlo.transpose %arg253, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1009 = stablehlo.dot_general %998, %1008, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1010 = stablehlo.broadcast_in_dim %arg252, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1011 = stablehlo.broadcast_in_dim %1010, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1012 = stablehlo.add %1009, %1011 : tensor<1x256x96xf32>
    %1013 = stablehlo.slice %1012 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1014 = stablehlo.slice %1012 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1015 = stablehlo.slice %1012 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1016 = stablehlo.reshape %1013 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1017 = stablehlo.reshape %1014 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1018 = stablehlo.reshape %1015 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1019 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1020 = stablehlo.broadcast_in_dim %1019, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1021 = stablehlo.convert %1007 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1022 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1023 = stablehlo.compare  NE, %1020, %1022,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1024 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1025 = stablehlo.compare  NE, %1021, %1024,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1026 = stablehlo.and %1023, %1025 : tensor<1x1x256x256xi1>
    %1027 = stablehlo.convert %1026 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1028 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1029 = stablehlo.compare  GT, %1027, %1028,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1030 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1031 = stablehlo.convert %1030 : tensor<1x1x256x256xf32>
    %1032 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1033 = stablehlo.select %1029, %1031, %1032 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1034 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1035 = stablehlo.convert %1034 : tensor<f32>
    %1036 = stablehlo.broadcast_in_dim %1035, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1037 = stablehlo.divide %1016, %1036 : tensor<1x256x2x16xf32>
    %1038 = stablehlo.dot_general %1037, %1017, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1039 = stablehlo.broadcast_in_dim %1033, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1040 = stablehlo.add %1038, %1039 : tensor<1x2x256x256xf32>
    %cst_55 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1041 = stablehlo.reduce(%1040 init: %cst_55) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1042 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1043 = stablehlo.maximum %1042, %1041 : tensor<1x2x256xf32>
    %1044 = stablehlo.broadcast_in_dim %1043, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1045 = stablehlo.broadcast_in_dim %1044, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1046 = stablehlo.subtract %1040, %1045 : tensor<1x2x256x256xf32>
    %1047 = stablehlo.exponential %1046 : tensor<1x2x256x256xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1048 = stablehlo.reduce(%1047 init: %cst_56) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1049 = stablehlo.broadcast_in_dim %1048, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1050 = stablehlo.broadcast_in_dim %1049, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1051 = stablehlo.divide %1047, %1050 : tensor<1x2x256x256xf32>
    %1052 = stablehlo.dot_general %1018, %1051, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1053 = stablehlo.transpose %1052, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1054 = stablehlo.reshape %1053 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1055 = stablehlo.transpose %arg255, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1056 = stablehlo.dot_general %1054, %1055, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1057 = stablehlo.broadcast_in_dim %arg254, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1058 = stablehlo.broadcast_in_dim %1057, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1059 = stablehlo.add %1056, %1058 : tensor<1x256x32xf32>
    %1060 = stablehlo.add %1059, %972 : tensor<1x256x32xf32>
    %1061 = stablehlo.multiply %1060, %1060 : tensor<1x256x32xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1062 = stablehlo.reduce(%1060 init: %cst_57) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1063 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1064 = stablehlo.divide %1062, %1063 : tensor<1x256xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1065 = stablehlo.reduce(%1061 init: %cst_58) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1066 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1067 = stablehlo.divide %1065, %1066 : tensor<1x256xf32>
    %1068 = stablehlo.multiply %1064, %1064 : tensor<1x256xf32>
    %1069 = stablehlo.subtract %1067, %1068 : tensor<1x256xf32>
    %1070 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1071 = stablehlo.maximum %1070, %1069 : tensor<1x256xf32>
    %1072 = stablehlo.broadcast_in_dim %1064, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1073 = stablehlo.broadcast_in_dim %1071, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1074 = stablehlo.broadcast_in_dim %1072, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1075 = stablehlo.subtract %1060, %1074 : tensor<1x256x32xf32>
    %1076 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1077 = stablehlo.add %1073, %1076 : tensor<1x256x1xf32>
    %1078 = stablehlo.rsqrt %1077 : tensor<1x256x1xf32>
    %1079 = stablehlo.reshape %arg259 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1080 = stablehlo.broadcast_in_dim %1078, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1081 = stablehlo.broadcast_in_dim %1079, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1082 = stablehlo.multiply %1080, %1081 : tensor<1x256x32xf32>
    %1083 = stablehlo.multiply %1075, %1082 : tensor<1x256x32xf32>
    %1084 = stablehlo.reshape %arg258 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1085 = stablehlo.broadcast_in_dim %1084, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1086 = stablehlo.add %1083, %1085 : tensor<1x256x32xf32>
    %1087 = stablehlo.transpose %arg261, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1088 = stablehlo.dot_general %1086, %1087, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1089 = stablehlo.broadcast_in_dim %arg260, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1090 = stablehlo.broadcast_in_dim %1089, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1091 = stablehlo.add %1088, %1090 : tensor<1x256x128xf32>
    %1092 = stablehlo.multiply %1091, %1091 : tensor<1x256x128xf32>
    %1093 = stablehlo.multiply %1092, %1091 : tensor<1x256x128xf32>
    %1094 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1095 = stablehlo.multiply %1094, %1093 : tensor<1x256x128xf32>
    %1096 = stablehlo.add %1091, %1095 : tensor<1x256x128xf32>
    %1097 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1098 = stablehlo.multiply %1097, %1096 : tensor<1x256x128xf32>
    %1099 = stablehlo.tanh %1098 : tensor<1x256x128xf32>
    %1100 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1101 = stablehlo.add %1100, %1099 : tensor<1x256x128xf32>
    %1102 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1103 = stablehlo.multiply %1102, %1101 : tensor<1x256x128xf32>
    %1104 = stablehlo.multiply %1091, %1103 : tensor<1x256x128xf32>
    %1105 = stablehlo.transpose %arg263, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1106 = stablehlo.dot_general %1104, %1105, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1107 = stablehlo.broadcast_in_dim %arg262, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1108 = stablehlo.broadcast_in_dim %1107, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1109 = stablehlo.add %1106, %1108 : tensor<1x256x32xf32>
    %1110 = stablehlo.add %1060, %1109 : tensor<1x256x32xf32>
    %1111 = stablehlo.multiply %1110, %1110 : tensor<1x256x32xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1112 = stablehlo.reduce(%1110 init: %cst_59) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1113 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1114 = stablehlo.divide %1112, %1113 : tensor<1x256xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1115 = stablehlo.reduce(%1111 init: %cst_60) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1116 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1117 = stablehlo.divide %1115, %1116 : tensor<1x256xf32>
    %1118 = stablehlo.multiply %1114, %1114 : tensor<1x256xf32>
    %1119 = stablehlo.subtract %1117, %1118 : tensor<1x256xf32>
    %1120 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1121 = stablehlo.maximum %1120, %1119 : tensor<1x256xf32>
    %1122 = stablehlo.broadcast_in_dim %1114, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1123 = stablehlo.broadcast_in_dim %1121, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1124 = stablehlo.broadcast_in_dim %1122, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1125 = stablehlo.subtract %1110, %1124 : tensor<1x256x32xf32>
    %1126 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1127 = stablehlo.add %1123, %1126 : tensor<1x256x1xf32>
    %1128 = stablehlo.rsqrt %1127 : tensor<1x256x1xf32>
    %1129 = stablehlo.reshape %arg269 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1130 = stablehlo.broadcast_in_dim %1128, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1131 = stablehlo.broadcast_in_dim %1129, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1132 = stablehlo.multiply %1130, %1131 : tensor<1x256x32xf32>
    %1133 = stablehlo.multiply %1125, %1132 : tensor<1x256x32xf32>
    %1134 = stablehlo.reshape %arg268 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1135 = stablehlo.broadcast_in_dim %1134, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1136 = stablehlo.add %1133, %1135 : tensor<1x256x32xf32>
    %1137 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1138 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1139 = stablehlo.broadcast_in_dim %1138, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1140 = stablehlo.broadcast_in_dim %1139, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1141 = stablehlo.broadcast_in_dim %1139, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1142 = stablehlo.broadcast_in_dim %1140, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1143 = stablehlo.broadcast_in_dim %1141, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1144 = stablehlo.compare  GE, %1142, %1143,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1145 = stablehlo.broadcast_in_dim %1144, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1146 = stablehlo.transpose %arg265, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1147 = stablehlo.dot_general %1136, %1146, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1148 = stablehlo.broadcast_in_dim %arg264, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1149 = stablehlo.broadcast_in_dim %1148, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1150 = stablehlo.add %1147, %1149 : tensor<1x256x96xf32>
    %1151 = stablehlo.slice %1150 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1152 = stablehlo.slice %1150 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1153 = stablehlo.slice %1150 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1154 = stablehlo.reshape %1151 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1155 = stablehlo.reshape %1152 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1156 = stablehlo.reshape %1153 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1157 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1158 = stablehlo.broadcast_in_dim %1157, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1159 = stablehlo.convert %1145 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1160 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1161 = stablehlo.compare  NE, %1158, %1160,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1162 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1163 = stablehlo.compare  NE, %1159, %1162,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1164 = stablehlo.and %1161, %1163 : tensor<1x1x256x256xi1>
    %1165 = stablehlo.convert %1164 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1166 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1167 = stablehlo.compare  GT, %1165, %1166,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1168 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1169 = stablehlo.convert %1168 : tensor<1x1x256x256xf32>
    %1170 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1171 = stablehlo.select %1167, %1169, %1170 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1172 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1173 = stablehlo.convert %1172 : tensor<f32>
    %1174 = stablehlo.broadcast_in_dim %1173, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1175 = stablehlo.divide %1154, %1174 : tensor<1x256x2x16xf32>
    %1176 = stablehlo.dot_general %1175, %1155, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1177 = stablehlo.broadcast_in_dim %1171, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1178 = stablehlo.add %1176, %1177 : tensor<1x2x256x256xf32>
    %cst_61 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1179 = stablehlo.reduce(%1178 init: %cst_61) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1180 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1181 = stablehlo.maximum %1180, %1179 : tensor<1x2x256xf32>
    %1182 = stablehlo.broadcast_in_dim %1181, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1183 = stablehlo.broadcast_in_dim %1182, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1184 = stablehlo.subtract %1178, %1183 : tensor<1x2x256x256xf32>
    %1185 = stablehlo.exponential %1184 : tensor<1x2x256x256xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1186 = stablehlo.reduce(%1185 init: %cst_62) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1187 = stablehlo.broadcast_in_dim %1186, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1188 = stablehlo.broadcast_in_dim %1187, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1189 = stablehlo.divide %1185, %1188 : tensor<1x2x256x256xf32>
    %1190 = stablehlo.dot_general %1156, %1189, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1191 = stablehlo.transpose %1190, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1192 = stablehlo.reshape %1191 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1193 = stablehlo.transpose %arg267, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1194 = stablehlo.dot_general %1192, %1193, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1195 = stablehlo.broadcast_in_dim %arg266, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1196 = stablehlo.broadcast_in_dim %1195, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1197 = stablehlo.add %1194, %1196 : tensor<1x256x32xf32>
    %1198 = stablehlo.add %1197, %1110 : tensor<1x256x32xf32>
    %1199 = stablehlo.multiply %1198, %1198 : tensor<1x256x32xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1200 = stablehlo.reduce(%1198 init: %cst_63) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1201 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1202 = stablehlo.divide %1200, %1201 : tensor<1x256xf32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1203 = stablehlo.reduce(%1199 init: %cst_64) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1204 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1205 = stablehlo.divide %1203, %1204 : tensor<1x256xf32>
    %1206 = stablehlo.multiply %1202, %1202 : tensor<1x256xf32>
    %1207 = stablehlo.subtract %1205, %1206 : tensor<1x256xf32>
    %1208 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1209 = stablehlo.maximum %1208, %1207 : tensor<1x256xf32>
    %1210 = stablehlo.broadcast_in_dim %1202, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1211 = stablehlo.broadcast_in_dim %1209, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1212 = stablehlo.broadcast_in_dim %1210, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1213 = stablehlo.subtract %1198, %1212 : tensor<1x256x32xf32>
    %1214 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1215 = stablehlo.add %1211, %1214 : tensor<1x256x1xf32>
    %1216 = stablehlo.rsqrt %1215 : tensor<1x256x1xf32>
    %1217 = stablehlo.reshape %arg271 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1218 = stablehlo.broadcast_in_dim %1216, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1219 = stablehlo.broadcast_in_dim %1217, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1220 = stablehlo.multiply %1218, %1219 : tensor<1x256x32xf32>
    %1221 = stablehlo.multiply %1213, %1220 : tensor<1x256x32xf32>
    %1222 = stablehlo.reshape %arg270 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1223 = stablehlo.broadcast_in_dim %1222, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1224 = stablehlo.add %1221, %1223 : tensor<1x256x32xf32>
    %1225 = stablehlo.transpose %arg273, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1226 = stablehlo.dot_general %1224, %1225, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1227 = stablehlo.broadcast_in_dim %arg272, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1228 = stablehlo.broadcast_in_dim %1227, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1229 = stablehlo.add %1226, %1228 : tensor<1x256x128xf32>
    %1230 = stablehlo.multiply %1229, %1229 : tensor<1x256x128xf32>
    %1231 = stablehlo.multiply %1230, %1229 : tensor<1x256x128xf32>
    %1232 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1233 = stablehlo.multiply %1232, %1231 : tensor<1x256x128xf32>
    %1234 = stablehlo.add %1229, %1233 : tensor<1x256x128xf32>
    %1235 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1236 = stablehlo.multiply %1235, %1234 : tensor<1x256x128xf32>
    %1237 = stablehlo.tanh %1236 : tensor<1x256x128xf32>
    %1238 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1239 = stablehlo.add %1238, %1237 : tensor<1x256x128xf32>
    %1240 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1241 = stablehlo.multiply %1240, %1239 : tensor<1x256x128xf32>
    %1242 = stablehlo.multiply %1229, %1241 : tensor<1x256x128xf32>
    %1243 = stablehlo.transpose %arg275, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1244 = stablehlo.dot_general %1242, %1243, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1245 = stablehlo.broadcast_in_dim %arg274, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1246 = stablehlo.broadcast_in_dim %1245, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1247 = stablehlo.add %1244, %1246 : tensor<1x256x32xf32>
    %1248 = stablehlo.add %1198, %1247 : tensor<1x256x32xf32>
    %1249 = stablehlo.multiply %1248, %1248 : tensor<1x256x32xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1250 = stablehlo.reduce(%1248 init: %cst_65) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1251 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1252 = stablehlo.divide %1250, %1251 : tensor<1x256xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1253 = stablehlo.reduce(%1249 init: %cst_66) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1254 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1255 = stablehlo.divide %1253, %1254 : tensor<1x256xf32>
    %1256 = stablehlo.multiply %1252, %1252 : tensor<1x256xf32>
    %1257 = stablehlo.subtract %1255, %1256 : tensor<1x256xf32>
    %1258 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1259 = stablehlo.maximum %1258, %1257 : tensor<1x256xf32>
    %1260 = stablehlo.broadcast_in_dim %1252, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1261 = stablehlo.broadcast_in_dim %1259, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1262 = stablehlo.broadcast_in_dim %1260, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1263 = stablehlo.subtract %1248, %1262 : tensor<1x256x32xf32>
    %1264 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1265 = stablehlo.add %1261, %1264 : tensor<1x256x1xf32>
    %1266 = stablehlo.rsqrt %1265 : tensor<1x256x1xf32>
    %1267 = stablehlo.reshape %arg281 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1268 = stablehlo.broadcast_in_dim %1266, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1269 = stablehlo.broadcast_in_dim %1267, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1270 = stablehlo.multiply %1268, %1269 : tensor<1x256x32xf32>
    %1271 = stablehlo.multiply %1263, %1270 : tensor<1x256x32xf32>
    %1272 = stablehlo.reshape %arg280 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1273 = stablehlo.broadcast_in_dim %1272, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1274 = stablehlo.add %1271, %1273 : tensor<1x256x32xf32>
    %1275 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1276 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1277 = stablehlo.broadcast_in_dim %1276, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1278 = stablehlo.broadcast_in_dim %1277, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1279 = stablehlo.broadcast_in_dim %1277, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1280 = stablehlo.broadcast_in_dim %1278, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1281 = stablehlo.broadcast_in_dim %1279, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1282 = stablehlo.compare  GE, %1280, %1281,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1283 = stablehlo.broadcast_in_dim %1282, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1284 = stablehlo.transpose %arg277, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1285 = stablehlo.dot_general %1274, %1284, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1286 = stablehlo.broadcast_in_dim %arg276, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1287 = stablehlo.broadcast_in_dim %1286, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1288 = stablehlo.add %1285, %1287 : tensor<1x256x96xf32>
    %1289 = stablehlo.slice %1288 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1290 = stablehlo.slice %1288 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1291 = stablehlo.slice %1288 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1292 = stablehlo.reshape %1289 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1293 = stablehlo.reshape %1290 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1294 = stablehlo.reshape %1291 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1295 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1296 = stablehlo.broadcast_in_dim %1295, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1297 = stablehlo.convert %1283 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1298 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1299 = stablehlo.compare  NE, %1296, %1298,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1300 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1301 = stablehlo.compare  NE, %1297, %1300,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1302 = stablehlo.and %1299, %1301 : tensor<1x1x256x256xi1>
    %1303 = stablehlo.convert %1302 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1304 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1305 = stablehlo.compare  GT, %1303, %1304,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1306 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1307 = stablehlo.convert %1306 : tensor<1x1x256x256xf32>
    %1308 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1309 = stablehlo.select %1305, %1307, %1308 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1310 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1311 = stablehlo.convert %1310 : tensor<f32>
    %1312 = stablehlo.broadcast_in_dim %1311, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1313 = stablehlo.divide %1292, %1312 : tensor<1x256x2x16xf32>
    %1314 = stablehlo.dot_general %1313, %1293, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1315 = stablehlo.broadcast_in_dim %1309, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1316 = stablehlo.add %1314, %1315 : tensor<1x2x256x256xf32>
    %cst_67 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1317 = stablehlo.reduce(%1316 init: %cst_67) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1318 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1319 = stablehlo.maximum %1318, %1317 : tensor<1x2x256xf32>
    %1320 = stablehlo.broadcast_in_dim %1319, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1321 = stablehlo.broadcast_in_dim %1320, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1322 = stablehlo.subtract %1316, %1321 : tensor<1x2x256x256xf32>
    %1323 = stablehlo.exponential %1322 : tensor<1x2x256x256xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1324 = stablehlo.reduce(%1323 init: %cst_68) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1325 = stablehlo.broadcast_in_dim %1324, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1326 = stablehlo.broadcast_in_dim %1325, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1327 = stablehlo.divide %1323, %1326 : tensor<1x2x256x256xf32>
    %1328 = stablehlo.dot_general %1294, %1327, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1329 = stablehlo.transpose %1328, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1330 = stablehlo.reshape %1329 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1331 = stablehlo.transpose %arg279, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1332 = stablehlo.dot_general %1330, %1331, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1333 = stablehlo.broadcast_in_dim %arg278, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1334 = stablehlo.broadcast_in_dim %1333, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1335 = stablehlo.add %1332, %1334 : tensor<1x256x32xf32>
    %1336 = stablehlo.add %1335, %1248 : tensor<1x256x32xf32>
    %1337 = stablehlo.multiply %1336, %1336 : tensor<1x256x32xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1338 = stablehlo.reduce(%1336 init: %cst_69) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1339 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1340 = stablehlo.divide %1338, %1339 : tensor<1x256xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1341 = stablehlo.reduce(%1337 init: %cst_70) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1342 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1343 = stablehlo.divide %1341, %1342 : tensor<1x256xf32>
    %1344 = stablehlo.multiply %1340, %1340 : tensor<1x256xf32>
    %1345 = stablehlo.subtract %1343, %1344 : tensor<1x256xf32>
    %1346 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1347 = stablehlo.maximum %1346, %1345 : tensor<1x256xf32>
    %1348 = stablehlo.broadcast_in_dim %1340, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1349 = stablehlo.broadcast_in_dim %1347, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1350 = stablehlo.broadcast_in_dim %1348, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1351 = stablehlo.subtract %1336, %1350 : tensor<1x256x32xf32>
    %1352 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1353 = stablehlo.add %1349, %1352 : tensor<1x256x1xf32>
    %1354 = stablehlo.rsqrt %1353 : tensor<1x256x1xf32>
    %1355 = stablehlo.reshape %arg283 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1356 = stablehlo.broadcast_in_dim %1354, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1357 = stablehlo.broadcast_in_dim %1355, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1358 = stablehlo.multiply %1356, %1357 : tensor<1x256x32xf32>
    %1359 = stablehlo.multiply %1351, %1358 : tensor<1x256x32xf32>
    %1360 = stablehlo.reshape %arg282 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1361 = stablehlo.broadcast_in_dim %1360, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1362 = stablehlo.add %1359, %1361 : tensor<1x256x32xf32>
    %1363 = stablehlo.transpose %arg285, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1364 = stablehlo.dot_general %1362, %1363, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1365 = stablehlo.broadcast_in_dim %arg284, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1366 = stablehlo.broadcast_in_dim %1365, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1367 = stablehlo.add %1364, %1366 : tensor<1x256x128xf32>
    %1368 = stablehlo.multiply %1367, %1367 : tensor<1x256x128xf32>
    %1369 = stablehlo.multiply %1368, %1367 : tensor<1x256x128xf32>
    %1370 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1371 = stablehlo.multiply %1370, %1369 : tensor<1x256x128xf32>
    %1372 = stablehlo.add %1367, %1371 : tensor<1x256x128xf32>
    %1373 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1374 = stablehlo.multiply %1373, %1372 : tensor<1x256x128xf32>
    %1375 = stablehlo.tanh %1374 : tensor<1x256x128xf32>
    %1376 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1377 = stablehlo.add %1376, %1375 : tensor<1x256x128xf32>
    %1378 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1379 = stablehlo.multiply %1378, %1377 : tensor<1x256x128xf32>
    %1380 = stablehlo.multiply %1367, %1379 : tensor<1x256x128xf32>
    %1381 = stablehlo.transpose %arg287, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1382 = stablehlo.dot_general %1380, %1381, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1383 = stablehlo.broadcast_in_dim %arg286, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1384 = stablehlo.broadcast_in_dim %1383, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1385 = stablehlo.add %1382, %1384 : tensor<1x256x32xf32>
    %1386 = stablehlo.add %1336, %1385 : tensor<1x256x32xf32>
    %1387 = stablehlo.multiply %1386, %1386 : tensor<1x256x32xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1388 = stablehlo.reduce(%1386 init: %cst_71) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1389 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1390 = stablehlo.divide %1388, %1389 : tensor<1x256xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1391 = stablehlo.reduce(%1387 init: %cst_72) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1392 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1393 = stablehlo.divide %1391, %1392 : tensor<1x256xf32>
    %1394 = stablehlo.multiply %1390, %1390 : tensor<1x256xf32>
    %1395 = stablehlo.subtract %1393, %1394 : tensor<1x256xf32>
    %1396 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1397 = stablehlo.maximum %1396, %1395 : tensor<1x256xf32>
    %1398 = stablehlo.broadcast_in_dim %1390, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1399 = stablehlo.broadcast_in_dim %1397, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1400 = stablehlo.broadcast_in_dim %1398, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1401 = stablehlo.subtract %1386, %1400 : tensor<1x256x32xf32>
    %1402 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1403 = stablehlo.add %1399, %1402 : tensor<1x256x1xf32>
    %1404 = stablehlo.rsqrt %1403 : tensor<1x256x1xf32>
    %1405 = stablehlo.reshape %arg29 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1406 = stablehlo.broadcast_in_dim %1404, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1407 = stablehlo.broadcast_in_dim %1405, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1408 = stablehlo.multiply %1406, %1407 : tensor<1x256x32xf32>
    %1409 = stablehlo.multiply %1401, %1408 : tensor<1x256x32xf32>
    %1410 = stablehlo.reshape %arg28 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1411 = stablehlo.broadcast_in_dim %1410, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1412 = stablehlo.add %1409, %1411 : tensor<1x256x32xf32>
    %1413 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1414 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1415 = stablehlo.broadcast_in_dim %1414, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1416 = stablehlo.broadcast_in_dim %1415, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1417 = stablehlo.broadcast_in_dim %1415, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1418 = stablehlo.broadcast_in_dim %1416, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1419 = stablehlo.broadcast_in_dim %1417, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1420 = stablehlo.compare  GE, %1418, %1419,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1421 = stablehlo.broadcast_in_dim %1420, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1422 = stablehlo.transpose %arg25, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1423 = stablehlo.dot_general %1412, %1422, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1424 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1425 = stablehlo.broadcast_in_dim %1424, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1426 = stablehlo.add %1423, %1425 : tensor<1x256x96xf32>
    %1427 = stablehlo.slice %1426 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1428 = stablehlo.slice %1426 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1429 = stablehlo.slice %1426 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1430 = stablehlo.reshape %1427 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1431 = stablehlo.reshape %1428 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1432 = stablehlo.reshape %1429 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1433 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1434 = stablehlo.broadcast_in_dim %1433, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1435 = stablehlo.convert %1421 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1436 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1437 = stablehlo.compare  NE, %1434, %1436,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1438 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1439 = stablehlo.compare  NE, %1435, %1438,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1440 = stablehlo.and %1437, %1439 : tensor<1x1x256x256xi1>
    %1441 = stablehlo.convert %1440 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1442 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1443 = stablehlo.compare  GT, %1441, %1442,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1444 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1445 = stablehlo.convert %1444 : tensor<1x1x256x256xf32>
    %1446 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1447 = stablehlo.select %1443, %1445, %1446 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1448 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1449 = stablehlo.convert %1448 : tensor<f32>
    %1450 = stablehlo.broadcast_in_dim %1449, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1451 = stablehlo.divide %1430, %1450 : tensor<1x256x2x16xf32>
    %1452 = stablehlo.dot_general %1451, %1431, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1453 = stablehlo.broadcast_in_dim %1447, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1454 = stablehlo.add %1452, %1453 : tensor<1x2x256x256xf32>
    %cst_73 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1455 = stablehlo.reduce(%1454 init: %cst_73) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1456 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1457 = stablehlo.maximum %1456, %1455 : tensor<1x2x256xf32>
    %1458 = stablehlo.broadcast_in_dim %1457, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1459 = stablehlo.broadcast_in_dim %1458, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1460 = stablehlo.subtract %1454, %1459 : tensor<1x2x256x256xf32>
    %1461 = stablehlo.exponential %1460 : tensor<1x2x256x256xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1462 = stablehlo.reduce(%1461 init: %cst_74) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1463 = stablehlo.broadcast_in_dim %1462, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1464 = stablehlo.broadcast_in_dim %1463, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1465 = stablehlo.divide %1461, %1464 : tensor<1x2x256x256xf32>
    %1466 = stablehlo.dot_general %1432, %1465, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1467 = stablehlo.transpose %1466, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1468 = stablehlo.reshape %1467 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1469 = stablehlo.transpose %arg27, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1470 = stablehlo.dot_general %1468, %1469, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1471 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1472 = stablehlo.broadcast_in_dim %1471, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1473 = stablehlo.add %1470, %1472 : tensor<1x256x32xf32>
    %1474 = stablehlo.add %1473, %1386 : tensor<1x256x32xf32>
    %1475 = stablehlo.multiply %1474, %1474 : tensor<1x256x32xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1476 = stablehlo.reduce(%1474 init: %cst_75) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1477 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1478 = stablehlo.divide %1476, %1477 : tensor<1x256xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1479 = stablehlo.reduce(%1475 init: %cst_76) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1480 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1481 = stablehlo.divide %1479, %1480 : tensor<1x256xf32>
    %1482 = stablehlo.multiply %1478, %1478 : tensor<1x256xf32>
    %1483 = stablehlo.subtract %1481, %1482 : tensor<1x256xf32>
    %1484 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1485 = stablehlo.maximum %1484, %1483 : tensor<1x256xf32>
    %1486 = stablehlo.broadcast_in_dim %1478, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1487 = stablehlo.broadcast_in_dim %1485, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1488 = stablehlo.broadcast_in_dim %1486, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1489 = stablehlo.subtract %1474, %1488 : tensor<1x256x32xf32>
    %1490 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1491 = stablehlo.add %1487, %1490 : tensor<1x256x1xf32>
    %1492 = stablehlo.rsqrt %1491 : tensor<1x256x1xf32>
    %1493 = stablehlo.reshape %arg31 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1494 = stablehlo.broadcast_in_dim %1492, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1495 = stablehlo.broadcast_in_dim %1493, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1496 = stablehlo.multiply %1494, %1495 : tensor<1x256x32xf32>
    %1497 = stablehlo.multiply %1489, %1496 : tensor<1x256x32xf32>
    %1498 = stablehlo.reshape %arg30 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1499 = stablehlo.broadcast_in_dim %1498, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1500 = stablehlo.add %1497, %1499 : tensor<1x256x32xf32>
    %1501 = stablehlo.transpose %arg33, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1502 = stablehlo.dot_general %1500, %1501, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1503 = stablehlo.broadcast_in_dim %arg32, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1504 = stablehlo.broadcast_in_dim %1503, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1505 = stablehlo.add %1502, %1504 : tensor<1x256x128xf32>
    %1506 = stablehlo.multiply %1505, %1505 : tensor<1x256x128xf32>
    %1507 = stablehlo.multiply %1506, %1505 : tensor<1x256x128xf32>
    %1508 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1509 = stablehlo.multiply %1508, %1507 : tensor<1x256x128xf32>
    %1510 = stablehlo.add %1505, %1509 : tensor<1x256x128xf32>
    %1511 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1512 = stablehlo.multiply %1511, %1510 : tensor<1x256x128xf32>
    %1513 = stablehlo.tanh %1512 : tensor<1x256x128xf32>
    %1514 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1515 = stablehlo.add %1514, %1513 : tensor<1x256x128xf32>
    %1516 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1517 = stablehlo.multiply %1516, %1515 : tensor<1x256x128xf32>
    %1518 = stablehlo.multiply %1505, %1517 : tensor<1x256x128xf32>
    %1519 = stablehlo.transpose %arg35, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1520 = stablehlo.dot_general %1518, %1519, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1521 = stablehlo.broadcast_in_dim %arg34, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1522 = stablehlo.broadcast_in_dim %1521, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1523 = stablehlo.add %1520, %1522 : tensor<1x256x32xf32>
    %1524 = stablehlo.add %1474, %1523 : tensor<1x256x32xf32>
    %1525 = stablehlo.multiply %1524, %1524 : tensor<1x256x32xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1526 = stablehlo.reduce(%1524 init: %cst_77) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1527 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1528 = stablehlo.divide %1526, %1527 : tensor<1x256xf32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1529 = stablehlo.reduce(%1525 init: %cst_78) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1530 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1531 = stablehlo.divide %1529, %1530 : tensor<1x256xf32>
    %1532 = stablehlo.multiply %1528, %1528 : tensor<1x256xf32>
    %1533 = stablehlo.subtract %1531, %1532 : tensor<1x256xf32>
    %1534 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1535 = stablehlo.maximum %1534, %1533 : tensor<1x256xf32>
    %1536 = stablehlo.broadcast_in_dim %1528, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1537 = stablehlo.broadcast_in_dim %1535, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1538 = stablehlo.broadcast_in_dim %1536, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1539 = stablehlo.subtract %1524, %1538 : tensor<1x256x32xf32>
    %1540 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1541 = stablehlo.add %1537, %1540 : tensor<1x256x1xf32>
    %1542 = stablehlo.rsqrt %1541 : tensor<1x256x1xf32>
    %1543 = stablehlo.reshape %arg41 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1544 = stablehlo.broadcast_in_dim %1542, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1545 = stablehlo.broadcast_in_dim %1543, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1546 = stablehlo.multiply %1544, %1545 : tensor<1x256x32xf32>
    %1547 = stablehlo.multiply %1539, %1546 : tensor<1x256x32xf32>
    %1548 = stablehlo.reshape %arg40 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1549 = stablehlo.broadcast_in_dim %1548, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1550 = stablehlo.add %1547, %1549 : tensor<1x256x32xf32>
    %1551 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1552 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1553 = stablehlo.broadcast_in_dim %1552, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1554 = stablehlo.broadcast_in_dim %1553, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1555 = stablehlo.broadcast_in_dim %1553, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1556 = stablehlo.broadcast_in_dim %1554, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1557 = stablehlo.broadcast_in_dim %1555, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1558 = stablehlo.compare  GE, %1556, %1557,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1559 = stablehlo.broadcast_in_dim %1558, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1560 = stablehlo.transpose %arg37, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1561 = stablehlo.dot_general %1550, %1560, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1562 = stablehlo.broadcast_in_dim %arg36, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1563 = stablehlo.broadcast_in_dim %1562, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1564 = stablehlo.add %1561, %1563 : tensor<1x256x96xf32>
    %1565 = stablehlo.slice %1564 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1566 = stablehlo.slice %1564 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1567 = stablehlo.slice %1564 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1568 = stablehlo.reshape %1565 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1569 = stablehlo.reshape %1566 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1570 = stablehlo.reshape %1567 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1571 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1572 = stablehlo.broadcast_in_dim %1571, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1573 = stablehlo.convert %1559 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1574 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1575 = stablehlo.compare  NE, %1572, %1574,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1576 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1577 = stablehlo.compare  NE, %1573, %1576,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1578 = stablehlo.and %1575, %1577 : tensor<1x1x256x256xi1>
    %1579 = stablehlo.convert %1578 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1580 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1581 = stablehlo.compare  GT, %1579, %1580,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1582 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1583 = stablehlo.convert %1582 : tensor<1x1x256x256xf32>
    %1584 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1585 = stablehlo.select %1581, %1583, %1584 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1586 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1587 = stablehlo.convert %1586 : tensor<f32>
    %1588 = stablehlo.broadcast_in_dim %1587, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1589 = stablehlo.divide %1568, %1588 : tensor<1x256x2x16xf32>
    %1590 = stablehlo.dot_general %1589, %1569, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1591 = stablehlo.broadcast_in_dim %1585, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1592 = stablehlo.add %1590, %1591 : tensor<1x2x256x256xf32>
    %cst_79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1593 = stablehlo.reduce(%1592 init: %cst_79) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1594 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1595 = stablehlo.maximum %1594, %1593 : tensor<1x2x256xf32>
    %1596 = stablehlo.broadcast_in_dim %1595, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1597 = stablehlo.broadcast_in_dim %1596, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1598 = stablehlo.subtract %1592, %1597 : tensor<1x2x256x256xf32>
    %1599 = stablehlo.exponential %1598 : tensor<1x2x256x256xf32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1600 = stablehlo.reduce(%1599 init: %cst_80) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1601 = stablehlo.broadcast_in_dim %1600, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1602 = stablehlo.broadcast_in_dim %1601, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1603 = stablehlo.divide %1599, %1602 : tensor<1x2x256x256xf32>
    %1604 = stablehlo.dot_general %1570, %1603, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1605 = stablehlo.transpose %1604, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1606 = stablehlo.reshape %1605 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1607 = stablehlo.transpose %arg39, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1608 = stablehlo.dot_general %1606, %1607, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1609 = stablehlo.broadcast_in_dim %arg38, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1610 = stablehlo.broadcast_in_dim %1609, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1611 = stablehlo.add %1608, %1610 : tensor<1x256x32xf32>
    %1612 = stablehlo.add %1611, %1524 : tensor<1x256x32xf32>
    %1613 = stablehlo.multiply %1612, %1612 : tensor<1x256x32xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1614 = stablehlo.reduce(%1612 init: %cst_81) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1615 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1616 = stablehlo.divide %1614, %1615 : tensor<1x256xf32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1617 = stablehlo.reduce(%1613 init: %cst_82) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1618 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1619 = stablehlo.divide %1617, %1618 : tensor<1x256xf32>
    %1620 = stablehlo.multiply %1616, %1616 : tensor<1x256xf32>
    %1621 = stablehlo.subtract %1619, %1620 : tensor<1x256xf32>
    %1622 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1623 = stablehlo.maximum %1622, %1621 : tensor<1x256xf32>
    %1624 = stablehlo.broadcast_in_dim %1616, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1625 = stablehlo.broadcast_in_dim %1623, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1626 = stablehlo.broadcast_in_dim %1624, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1627 = stablehlo.subtract %1612, %1626 : tensor<1x256x32xf32>
    %1628 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1629 = stablehlo.add %1625, %1628 : tensor<1x256x1xf32>
    %1630 = stablehlo.rsqrt %1629 : tensor<1x256x1xf32>
    %1631 = stablehlo.reshape %arg43 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1632 = stablehlo.broadcast_in_dim %1630, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1633 = stablehlo.broadcast_in_dim %1631, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1634 = stablehlo.multiply %1632, %1633 : tensor<1x256x32xf32>
    %1635 = stablehlo.multiply %1627, %1634 : tensor<1x256x32xf32>
    %1636 = stablehlo.reshape %arg42 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1637 = stablehlo.broadcast_in_dim %1636, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1638 = stablehlo.add %1635, %1637 : tensor<1x256x32xf32>
    %1639 = stablehlo.transpose %arg45, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1640 = stablehlo.dot_general %1638, %1639, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1641 = stablehlo.broadcast_in_dim %arg44, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1642 = stablehlo.broadcast_in_dim %1641, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1643 = stablehlo.add %1640, %1642 : tensor<1x256x128xf32>
    %1644 = stablehlo.multiply %1643, %1643 : tensor<1x256x128xf32>
    %1645 = stablehlo.multiply %1644, %1643 : tensor<1x256x128xf32>
    %1646 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1647 = stablehlo.multiply %1646, %1645 : tensor<1x256x128xf32>
    %1648 = stablehlo.add %1643, %1647 : tensor<1x256x128xf32>
    %1649 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1650 = stablehlo.multiply %1649, %1648 : tensor<1x256x128xf32>
    %1651 = stablehlo.tanh %1650 : tensor<1x256x128xf32>
    %1652 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1653 = stablehlo.add %1652, %1651 : tensor<1x256x128xf32>
    %1654 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1655 = stablehlo.multiply %1654, %1653 : tensor<1x256x128xf32>
    %1656 = stablehlo.multiply %1643, %1655 : tensor<1x256x128xf32>
    %1657 = stablehlo.transpose %arg47, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1658 = stablehlo.dot_general %1656, %1657, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1659 = stablehlo.broadcast_in_dim %arg46, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1660 = stablehlo.broadcast_in_dim %1659, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1661 = stablehlo.add %1658, %1660 : tensor<1x256x32xf32>
    %1662 = stablehlo.add %1612, %1661 : tensor<1x256x32xf32>
    %1663 = stablehlo.multiply %1662, %1662 : tensor<1x256x32xf32>
    %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1664 = stablehlo.reduce(%1662 init: %cst_83) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1665 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1666 = stablehlo.divide %1664, %1665 : tensor<1x256xf32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1667 = stablehlo.reduce(%1663 init: %cst_84) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1668 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1669 = stablehlo.divide %1667, %1668 : tensor<1x256xf32>
    %1670 = stablehlo.multiply %1666, %1666 : tensor<1x256xf32>
    %1671 = stablehlo.subtract %1669, %1670 : tensor<1x256xf32>
    %1672 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1673 = stablehlo.maximum %1672, %1671 : tensor<1x256xf32>
    %1674 = stablehlo.broadcast_in_dim %1666, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1675 = stablehlo.broadcast_in_dim %1673, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1676 = stablehlo.broadcast_in_dim %1674, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1677 = stablehlo.subtract %1662, %1676 : tensor<1x256x32xf32>
    %1678 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1679 = stablehlo.add %1675, %1678 : tensor<1x256x1xf32>
    %1680 = stablehlo.rsqrt %1679 : tensor<1x256x1xf32>
    %1681 = stablehlo.reshape %arg53 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1682 = stablehlo.broadcast_in_dim %1680, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1683 = stablehlo.broadcast_in_dim %1681, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1684 = stablehlo.multiply %1682, %1683 : tensor<1x256x32xf32>
    %1685 = stablehlo.multiply %1677, %1684 : tensor<1x256x32xf32>
    %1686 = stablehlo.reshape %arg52 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1687 = stablehlo.broadcast_in_dim %1686, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1688 = stablehlo.add %1685, %1687 : tensor<1x256x32xf32>
    %1689 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1690 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1691 = stablehlo.broadcast_in_dim %1690, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1692 = stablehlo.broadcast_in_dim %1691, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1693 = stablehlo.broadcast_in_dim %1691, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1694 = stablehlo.broadcast_in_dim %1692, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1695 = stablehlo.broadcast_in_dim %1693, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1696 = stablehlo.compare  GE, %1694, %1695,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1697 = stablehlo.broadcast_in_dim %1696, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1698 = stablehlo.transpose %arg49, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1699 = stablehlo.dot_general %1688, %1698, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1700 = stablehlo.broadcast_in_dim %arg48, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1701 = stablehlo.broadcast_in_dim %1700, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1702 = stablehlo.add %1699, %1701 : tensor<1x256x96xf32>
    %1703 = stablehlo.slice %1702 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1704 = stablehlo.slice %1702 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1705 = stablehlo.slice %1702 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1706 = stablehlo.reshape %1703 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1707 = stablehlo.reshape %1704 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1708 = stablehlo.reshape %1705 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1709 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1710 = stablehlo.broadcast_in_dim %1709, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1711 = stablehlo.convert %1697 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1712 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1713 = stablehlo.compare  NE, %1710, %1712,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1714 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1715 = stablehlo.compare  NE, %1711, %1714,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1716 = stablehlo.and %1713, %1715 : tensor<1x1x256x256xi1>
    %1717 = stablehlo.convert %1716 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1718 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1719 = stablehlo.compare  GT, %1717, %1718,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1720 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1721 = stablehlo.convert %1720 : tensor<1x1x256x256xf32>
    %1722 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1723 = stablehlo.select %1719, %1721, %1722 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1724 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1725 = stablehlo.convert %1724 : tensor<f32>
    %1726 = stablehlo.broadcast_in_dim %1725, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1727 = stablehlo.divide %1706, %1726 : tensor<1x256x2x16xf32>
    %1728 = stablehlo.dot_general %1727, %1707, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1729 = stablehlo.broadcast_in_dim %1723, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1730 = stablehlo.add %1728, %1729 : tensor<1x2x256x256xf32>
    %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1731 = stablehlo.reduce(%1730 init: %cst_85) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1732 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1733 = stablehlo.maximum %1732, %1731 : tensor<1x2x256xf32>
    %1734 = stablehlo.broadcast_in_dim %1733, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1735 = stablehlo.broadcast_in_dim %1734, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1736 = stablehlo.subtract %1730, %1735 : tensor<1x2x256x256xf32>
    %1737 = stablehlo.exponential %1736 : tensor<1x2x256x256xf32>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1738 = stablehlo.reduce(%1737 init: %cst_86) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1739 = stablehlo.broadcast_in_dim %1738, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1740 = stablehlo.broadcast_in_dim %1739, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1741 = stablehlo.divide %1737, %1740 : tensor<1x2x256x256xf32>
    %1742 = stablehlo.dot_general %1708, %1741, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1743 = stablehlo.transpose %1742, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1744 = stablehlo.reshape %1743 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1745 = stablehlo.transpose %arg51, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1746 = stablehlo.dot_general %1744, %1745, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1747 = stablehlo.broadcast_in_dim %arg50, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1748 = stablehlo.broadcast_in_dim %1747, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1749 = stablehlo.add %1746, %1748 : tensor<1x256x32xf32>
    %1750 = stablehlo.add %1749, %1662 : tensor<1x256x32xf32>
    %1751 = stablehlo.multiply %1750, %1750 : tensor<1x256x32xf32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1752 = stablehlo.reduce(%1750 init: %cst_87) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1753 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1754 = stablehlo.divide %1752, %1753 : tensor<1x256xf32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1755 = stablehlo.reduce(%1751 init: %cst_88) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1756 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1757 = stablehlo.divide %1755, %1756 : tensor<1x256xf32>
    %1758 = stablehlo.multiply %1754, %1754 : tensor<1x256xf32>
    %1759 = stablehlo.subtract %1757, %1758 : tensor<1x256xf32>
    %1760 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1761 = stablehlo.maximum %1760, %1759 : tensor<1x256xf32>
    %1762 = stablehlo.broadcast_in_dim %1754, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1763 = stablehlo.broadcast_in_dim %1761, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1764 = stablehlo.broadcast_in_dim %1762, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1765 = stablehlo.subtract %1750, %1764 : tensor<1x256x32xf32>
    %1766 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1767 = stablehlo.add %1763, %1766 : tensor<1x256x1xf32>
    %1768 = stablehlo.rsqrt %1767 : tensor<1x256x1xf32>
    %1769 = stablehlo.reshape %arg55 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1770 = stablehlo.broadcast_in_dim %1768, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1771 = stablehlo.broadcast_in_dim %1769, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1772 = stablehlo.multiply %1770, %1771 : tensor<1x256x32xf32>
    %1773 = stablehlo.multiply %1765, %1772 : tensor<1x256x32xf32>
    %1774 = stablehlo.reshape %arg54 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1775 = stablehlo.broadcast_in_dim %1774, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1776 = stablehlo.add %1773, %1775 : tensor<1x256x32xf32>
    %1777 = stablehlo.transpose %arg57, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1778 = stablehlo.dot_general %1776, %1777, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1779 = stablehlo.broadcast_in_dim %arg56, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1780 = stablehlo.broadcast_in_dim %1779, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1781 = stablehlo.add %1778, %1780 : tensor<1x256x128xf32>
    %1782 = stablehlo.multiply %1781, %1781 : tensor<1x256x128xf32>
    %1783 = stablehlo.multiply %1782, %1781 : tensor<1x256x128xf32>
    %1784 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1785 = stablehlo.multiply %1784, %1783 : tensor<1x256x128xf32>
    %1786 = stablehlo.add %1781, %1785 : tensor<1x256x128xf32>
    %1787 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1788 = stablehlo.multiply %1787, %1786 : tensor<1x256x128xf32>
    %1789 = stablehlo.tanh %1788 : tensor<1x256x128xf32>
    %1790 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1791 = stablehlo.add %1790, %1789 : tensor<1x256x128xf32>
    %1792 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1793 = stablehlo.multiply %1792, %1791 : tensor<1x256x128xf32>
    %1794 = stablehlo.multiply %1781, %1793 : tensor<1x256x128xf32>
    %1795 = stablehlo.transpose %arg59, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1796 = stablehlo.dot_general %1794, %1795, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1797 = stablehlo.broadcast_in_dim %arg58, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1798 = stablehlo.broadcast_in_dim %1797, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1799 = stablehlo.add %1796, %1798 : tensor<1x256x32xf32>
    %1800 = stablehlo.add %1750, %1799 : tensor<1x256x32xf32>
    %1801 = stablehlo.multiply %1800, %1800 : tensor<1x256x32xf32>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1802 = stablehlo.reduce(%1800 init: %cst_89) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1803 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1804 = stablehlo.divide %1802, %1803 : tensor<1x256xf32>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1805 = stablehlo.reduce(%1801 init: %cst_90) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1806 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1807 = stablehlo.divide %1805, %1806 : tensor<1x256xf32>
    %1808 = stablehlo.multiply %1804, %1804 : tensor<1x256xf32>
    %1809 = stablehlo.subtract %1807, %1808 : tensor<1x256xf32>
    %1810 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1811 = stablehlo.maximum %1810, %1809 : tensor<1x256xf32>
    %1812 = stablehlo.broadcast_in_dim %1804, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1813 = stablehlo.broadcast_in_dim %1811, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1814 = stablehlo.broadcast_in_dim %1812, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1815 = stablehlo.subtract %1800, %1814 : tensor<1x256x32xf32>
    %1816 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1817 = stablehlo.add %1813, %1816 : tensor<1x256x1xf32>
    %1818 = stablehlo.rsqrt %1817 : tensor<1x256x1xf32>
    %1819 = stablehlo.reshape %arg65 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1820 = stablehlo.broadcast_in_dim %1818, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1821 = stablehlo.broadcast_in_dim %1819, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1822 = stablehlo.multiply %1820, %1821 : tensor<1x256x32xf32>
    %1823 = stablehlo.multiply %1815, %1822 : tensor<1x256x32xf32>
    %1824 = stablehlo.reshape %arg64 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1825 = stablehlo.broadcast_in_dim %1824, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1826 = stablehlo.add %1823, %1825 : tensor<1x256x32xf32>
    %1827 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1828 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1829 = stablehlo.broadcast_in_dim %1828, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1830 = stablehlo.broadcast_in_dim %1829, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1831 = stablehlo.broadcast_in_dim %1829, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1832 = stablehlo.broadcast_in_dim %1830, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1833 = stablehlo.broadcast_in_dim %1831, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1834 = stablehlo.compare  GE, %1832, %1833,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1835 = stablehlo.broadcast_in_dim %1834, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1836 = stablehlo.transpose %arg61, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1837 = stablehlo.dot_general %1826, %1836, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1838 = stablehlo.broadcast_in_dim %arg60, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1839 = stablehlo.broadcast_in_dim %1838, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1840 = stablehlo.add %1837, %1839 : tensor<1x256x96xf32>
    %1841 = stablehlo.slice %1840 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1842 = stablehlo.slice %1840 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1843 = stablehlo.slice %1840 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1844 = stablehlo.reshape %1841 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1845 = stablehlo.reshape %1842 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1846 = stablehlo.reshape %1843 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1847 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1848 = stablehlo.broadcast_in_dim %1847, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1849 = stablehlo.convert %1835 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1850 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1851 = stablehlo.compare  NE, %1848, %1850,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1852 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1853 = stablehlo.compare  NE, %1849, %1852,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1854 = stablehlo.and %1851, %1853 : tensor<1x1x256x256xi1>
    %1855 = stablehlo.convert %1854 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1856 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1857 = stablehlo.compare  GT, %1855, %1856,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1858 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1859 = stablehlo.convert %1858 : tensor<1x1x256x256xf32>
    %1860 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1861 = stablehlo.select %1857, %1859, %1860 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %1862 = stablehlo.sqrt %cst_8 : tensor<f32>
    %1863 = stablehlo.convert %1862 : tensor<f32>
    %1864 = stablehlo.broadcast_in_dim %1863, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %1865 = stablehlo.divide %1844, %1864 : tensor<1x256x2x16xf32>
    %1866 = stablehlo.dot_general %1865, %1845, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %1867 = stablehlo.broadcast_in_dim %1861, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %1868 = stablehlo.add %1866, %1867 : tensor<1x2x256x256xf32>
    %cst_91 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1869 = stablehlo.reduce(%1868 init: %cst_91) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1870 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %1871 = stablehlo.maximum %1870, %1869 : tensor<1x2x256xf32>
    %1872 = stablehlo.broadcast_in_dim %1871, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1873 = stablehlo.broadcast_in_dim %1872, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1874 = stablehlo.subtract %1868, %1873 : tensor<1x2x256x256xf32>
    %1875 = stablehlo.exponential %1874 : tensor<1x2x256x256xf32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1876 = stablehlo.reduce(%1875 init: %cst_92) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %1877 = stablehlo.broadcast_in_dim %1876, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %1878 = stablehlo.broadcast_in_dim %1877, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %1879 = stablehlo.divide %1875, %1878 : tensor<1x2x256x256xf32>
    %1880 = stablehlo.dot_general %1846, %1879, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %1881 = stablehlo.transpose %1880, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %1882 = stablehlo.reshape %1881 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %1883 = stablehlo.transpose %arg63, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1884 = stablehlo.dot_general %1882, %1883, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %1885 = stablehlo.broadcast_in_dim %arg62, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1886 = stablehlo.broadcast_in_dim %1885, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1887 = stablehlo.add %1884, %1886 : tensor<1x256x32xf32>
    %1888 = stablehlo.add %1887, %1800 : tensor<1x256x32xf32>
    %1889 = stablehlo.multiply %1888, %1888 : tensor<1x256x32xf32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1890 = stablehlo.reduce(%1888 init: %cst_93) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1891 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1892 = stablehlo.divide %1890, %1891 : tensor<1x256xf32>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1893 = stablehlo.reduce(%1889 init: %cst_94) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1894 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1895 = stablehlo.divide %1893, %1894 : tensor<1x256xf32>
    %1896 = stablehlo.multiply %1892, %1892 : tensor<1x256xf32>
    %1897 = stablehlo.subtract %1895, %1896 : tensor<1x256xf32>
    %1898 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1899 = stablehlo.maximum %1898, %1897 : tensor<1x256xf32>
    %1900 = stablehlo.broadcast_in_dim %1892, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1901 = stablehlo.broadcast_in_dim %1899, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1902 = stablehlo.broadcast_in_dim %1900, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1903 = stablehlo.subtract %1888, %1902 : tensor<1x256x32xf32>
    %1904 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1905 = stablehlo.add %1901, %1904 : tensor<1x256x1xf32>
    %1906 = stablehlo.rsqrt %1905 : tensor<1x256x1xf32>
    %1907 = stablehlo.reshape %arg67 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1908 = stablehlo.broadcast_in_dim %1906, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1909 = stablehlo.broadcast_in_dim %1907, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1910 = stablehlo.multiply %1908, %1909 : tensor<1x256x32xf32>
    %1911 = stablehlo.multiply %1903, %1910 : tensor<1x256x32xf32>
    %1912 = stablehlo.reshape %arg66 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1913 = stablehlo.broadcast_in_dim %1912, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1914 = stablehlo.add %1911, %1913 : tensor<1x256x32xf32>
    %1915 = stablehlo.transpose %arg69, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %1916 = stablehlo.dot_general %1914, %1915, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %1917 = stablehlo.broadcast_in_dim %arg68, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1918 = stablehlo.broadcast_in_dim %1917, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %1919 = stablehlo.add %1916, %1918 : tensor<1x256x128xf32>
    %1920 = stablehlo.multiply %1919, %1919 : tensor<1x256x128xf32>
    %1921 = stablehlo.multiply %1920, %1919 : tensor<1x256x128xf32>
    %1922 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1923 = stablehlo.multiply %1922, %1921 : tensor<1x256x128xf32>
    %1924 = stablehlo.add %1919, %1923 : tensor<1x256x128xf32>
    %1925 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1926 = stablehlo.multiply %1925, %1924 : tensor<1x256x128xf32>
    %1927 = stablehlo.tanh %1926 : tensor<1x256x128xf32>
    %1928 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1929 = stablehlo.add %1928, %1927 : tensor<1x256x128xf32>
    %1930 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %1931 = stablehlo.multiply %1930, %1929 : tensor<1x256x128xf32>
    %1932 = stablehlo.multiply %1919, %1931 : tensor<1x256x128xf32>
    %1933 = stablehlo.transpose %arg71, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %1934 = stablehlo.dot_general %1932, %1933, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %1935 = stablehlo.broadcast_in_dim %arg70, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1936 = stablehlo.broadcast_in_dim %1935, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1937 = stablehlo.add %1934, %1936 : tensor<1x256x32xf32>
    %1938 = stablehlo.add %1888, %1937 : tensor<1x256x32xf32>
    %1939 = stablehlo.multiply %1938, %1938 : tensor<1x256x32xf32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1940 = stablehlo.reduce(%1938 init: %cst_95) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1941 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1942 = stablehlo.divide %1940, %1941 : tensor<1x256xf32>
    %cst_96 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1943 = stablehlo.reduce(%1939 init: %cst_96) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %1944 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1945 = stablehlo.divide %1943, %1944 : tensor<1x256xf32>
    %1946 = stablehlo.multiply %1942, %1942 : tensor<1x256xf32>
    %1947 = stablehlo.subtract %1945, %1946 : tensor<1x256xf32>
    %1948 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %1949 = stablehlo.maximum %1948, %1947 : tensor<1x256xf32>
    %1950 = stablehlo.broadcast_in_dim %1942, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1951 = stablehlo.broadcast_in_dim %1949, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %1952 = stablehlo.broadcast_in_dim %1950, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1953 = stablehlo.subtract %1938, %1952 : tensor<1x256x32xf32>
    %1954 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %1955 = stablehlo.add %1951, %1954 : tensor<1x256x1xf32>
    %1956 = stablehlo.rsqrt %1955 : tensor<1x256x1xf32>
    %1957 = stablehlo.reshape %arg77 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1958 = stablehlo.broadcast_in_dim %1956, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %1959 = stablehlo.broadcast_in_dim %1957, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1960 = stablehlo.multiply %1958, %1959 : tensor<1x256x32xf32>
    %1961 = stablehlo.multiply %1953, %1960 : tensor<1x256x32xf32>
    %1962 = stablehlo.reshape %arg76 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %1963 = stablehlo.broadcast_in_dim %1962, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %1964 = stablehlo.add %1961, %1963 : tensor<1x256x32xf32>
    %1965 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %1966 = stablehlo.iota dim = 0 : tensor<256xi32>
    %1967 = stablehlo.broadcast_in_dim %1966, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %1968 = stablehlo.broadcast_in_dim %1967, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %1969 = stablehlo.broadcast_in_dim %1967, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %1970 = stablehlo.broadcast_in_dim %1968, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %1971 = stablehlo.broadcast_in_dim %1969, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %1972 = stablehlo.compare  GE, %1970, %1971,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %1973 = stablehlo.broadcast_in_dim %1972, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %1974 = stablehlo.transpose %arg73, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1975 = stablehlo.dot_general %1964, %1974, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %1976 = stablehlo.broadcast_in_dim %arg72, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %1977 = stablehlo.broadcast_in_dim %1976, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %1978 = stablehlo.add %1975, %1977 : tensor<1x256x96xf32>
    %1979 = stablehlo.slice %1978 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1980 = stablehlo.slice %1978 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1981 = stablehlo.slice %1978 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %1982 = stablehlo.reshape %1979 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1983 = stablehlo.reshape %1980 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1984 = stablehlo.reshape %1981 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %1985 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %1986 = stablehlo.broadcast_in_dim %1985, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %1987 = stablehlo.convert %1973 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %1988 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1989 = stablehlo.compare  NE, %1986, %1988,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1990 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %1991 = stablehlo.compare  NE, %1987, %1990,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %1992 = stablehlo.and %1989, %1991 : tensor<1x1x256x256xi1>
    %1993 = stablehlo.convert %1992 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %1994 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1995 = stablehlo.compare  GT, %1993, %1994,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %1996 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1997 = stablehlo.convert %1996 : tensor<1x1x256x256xf32>
    %1998 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %1999 = stablehlo.select %1995, %1997, %1998 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2000 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2001 = stablehlo.convert %2000 : tensor<f32>
    %2002 = stablehlo.broadcast_in_dim %2001, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2003 = stablehlo.divide %1982, %2002 : tensor<1x256x2x16xf32>
    %2004 = stablehlo.dot_general %2003, %1983, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2005 = stablehlo.broadcast_in_dim %1999, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2006 = stablehlo.add %2004, %2005 : tensor<1x2x256x256xf32>
    %cst_97 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2007 = stablehlo.reduce(%2006 init: %cst_97) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2008 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2009 = stablehlo.maximum %2008, %2007 : tensor<1x2x256xf32>
    %2010 = stablehlo.broadcast_in_dim %2009, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2011 = stablehlo.broadcast_in_dim %2010, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2012 = stablehlo.subtract %2006, %2011 : tensor<1x2x256x256xf32>
    %2013 = stablehlo.exponential %2012 : tensor<1x2x256x256xf32>
    %cst_98 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2014 = stablehlo.reduce(%2013 init: %cst_98) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2015 = stablehlo.broadcast_in_dim %2014, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2016 = stablehlo.broadcast_in_dim %2015, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2017 = stablehlo.divide %2013, %2016 : tensor<1x2x256x256xf32>
    %2018 = stablehlo.dot_general %1984, %2017, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2019 = stablehlo.transpose %2018, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2020 = stablehlo.reshape %2019 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2021 = stablehlo.transpose %arg75, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2022 = stablehlo.dot_general %2020, %2021, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2023 = stablehlo.broadcast_in_dim %arg74, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2024 = stablehlo.broadcast_in_dim %2023, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2025 = stablehlo.add %2022, %2024 : tensor<1x256x32xf32>
    %2026 = stablehlo.add %2025, %1938 : tensor<1x256x32xf32>
    %2027 = stablehlo.multiply %2026, %2026 : tensor<1x256x32xf32>
    %cst_99 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2028 = stablehlo.reduce(%2026 init: %cst_99) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2029 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2030 = stablehlo.divide %2028, %2029 : tensor<1x256xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2031 = stablehlo.reduce(%2027 init: %cst_100) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2032 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2033 = stablehlo.divide %2031, %2032 : tensor<1x256xf32>
    %2034 = stablehlo.multiply %2030, %2030 : tensor<1x256xf32>
    %2035 = stablehlo.subtract %2033, %2034 : tensor<1x256xf32>
    %2036 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2037 = stablehlo.maximum %2036, %2035 : tensor<1x256xf32>
    %2038 = stablehlo.broadcast_in_dim %2030, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2039 = stablehlo.broadcast_in_dim %2037, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2040 = stablehlo.broadcast_in_dim %2038, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2041 = stablehlo.subtract %2026, %2040 : tensor<1x256x32xf32>
    %2042 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2043 = stablehlo.add %2039, %2042 : tensor<1x256x1xf32>
    %2044 = stablehlo.rsqrt %2043 : tensor<1x256x1xf32>
    %2045 = stablehlo.reshape %arg79 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2046 = stablehlo.broadcast_in_dim %2044, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2047 = stablehlo.broadcast_in_dim %2045, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2048 = stablehlo.multiply %2046, %2047 : tensor<1x256x32xf32>
    %2049 = stablehlo.multiply %2041, %2048 : tensor<1x256x32xf32>
    %2050 = stablehlo.reshape %arg78 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2051 = stablehlo.broadcast_in_dim %2050, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2052 = stablehlo.add %2049, %2051 : tensor<1x256x32xf32>
    %2053 = stablehlo.transpose %arg81, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2054 = stablehlo.dot_general %2052, %2053, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2055 = stablehlo.broadcast_in_dim %arg80, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2056 = stablehlo.broadcast_in_dim %2055, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2057 = stablehlo.add %2054, %2056 : tensor<1x256x128xf32>
    %2058 = stablehlo.multiply %2057, %2057 : tensor<1x256x128xf32>
    %2059 = stablehlo.multiply %2058, %2057 : tensor<1x256x128xf32>
    %2060 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2061 = stablehlo.multiply %2060, %2059 : tensor<1x256x128xf32>
    %2062 = stablehlo.add %2057, %2061 : tensor<1x256x128xf32>
    %2063 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2064 = stablehlo.multiply %2063, %2062 : tensor<1x256x128xf32>
    %2065 = stablehlo.tanh %2064 : tensor<1x256x128xf32>
    %2066 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2067 = stablehlo.add %2066, %2065 : tensor<1x256x128xf32>
    %2068 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2069 = stablehlo.multiply %2068, %2067 : tensor<1x256x128xf32>
    %2070 = stablehlo.multiply %2057, %2069 : tensor<1x256x128xf32>
    %2071 = stablehlo.transpose %arg83, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2072 = stablehlo.dot_general %2070, %2071, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2073 = stablehlo.broadcast_in_dim %arg82, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2074 = stablehlo.broadcast_in_dim %2073, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2075 = stablehlo.add %2072, %2074 : tensor<1x256x32xf32>
    %2076 = stablehlo.add %2026, %2075 : tensor<1x256x32xf32>
    %2077 = stablehlo.multiply %2076, %2076 : tensor<1x256x32xf32>
    %cst_101 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2078 = stablehlo.reduce(%2076 init: %cst_101) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2079 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2080 = stablehlo.divide %2078, %2079 : tensor<1x256xf32>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2081 = stablehlo.reduce(%2077 init: %cst_102) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2082 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2083 = stablehlo.divide %2081, %2082 : tensor<1x256xf32>
    %2084 = stablehlo.multiply %2080, %2080 : tensor<1x256xf32>
    %2085 = stablehlo.subtract %2083, %2084 : tensor<1x256xf32>
    %2086 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2087 = stablehlo.maximum %2086, %2085 : tensor<1x256xf32>
    %2088 = stablehlo.broadcast_in_dim %2080, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2089 = stablehlo.broadcast_in_dim %2087, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2090 = stablehlo.broadcast_in_dim %2088, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2091 = stablehlo.subtract %2076, %2090 : tensor<1x256x32xf32>
    %2092 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2093 = stablehlo.add %2089, %2092 : tensor<1x256x1xf32>
    %2094 = stablehlo.rsqrt %2093 : tensor<1x256x1xf32>
    %2095 = stablehlo.reshape %arg89 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2096 = stablehlo.broadcast_in_dim %2094, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2097 = stablehlo.broadcast_in_dim %2095, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2098 = stablehlo.multiply %2096, %2097 : tensor<1x256x32xf32>
    %2099 = stablehlo.multiply %2091, %2098 : tensor<1x256x32xf32>
    %2100 = stablehlo.reshape %arg88 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2101 = stablehlo.broadcast_in_dim %2100, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2102 = stablehlo.add %2099, %2101 : tensor<1x256x32xf32>
    %2103 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2104 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2105 = stablehlo.broadcast_in_dim %2104, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2106 = stablehlo.broadcast_in_dim %2105, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2107 = stablehlo.broadcast_in_dim %2105, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2108 = stablehlo.broadcast_in_dim %2106, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2109 = stablehlo.broadcast_in_dim %2107, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2110 = stablehlo.compare  GE, %2108, %2109,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2111 = stablehlo.broadcast_in_dim %2110, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2112 = stablehlo.transpose %arg85, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2113 = stablehlo.dot_general %2102, %2112, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2114 = stablehlo.broadcast_in_dim %arg84, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2115 = stablehlo.broadcast_in_dim %2114, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2116 = stablehlo.add %2113, %2115 : tensor<1x256x96xf32>
    %2117 = stablehlo.slice %2116 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2118 = stablehlo.slice %2116 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2119 = stablehlo.slice %2116 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2120 = stablehlo.reshape %2117 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2121 = stablehlo.reshape %2118 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2122 = stablehlo.reshape %2119 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2123 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2124 = stablehlo.broadcast_in_dim %2123, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2125 = stablehlo.convert %2111 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2126 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2127 = stablehlo.compare  NE, %2124, %2126,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2128 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2129 = stablehlo.compare  NE, %2125, %2128,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2130 = stablehlo.and %2127, %2129 : tensor<1x1x256x256xi1>
    %2131 = stablehlo.convert %2130 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2132 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2133 = stablehlo.compare  GT, %2131, %2132,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2134 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2135 = stablehlo.convert %2134 : tensor<1x1x256x256xf32>
    %2136 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2137 = stablehlo.select %2133, %2135, %2136 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2138 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2139 = stablehlo.convert %2138 : tensor<f32>
    %2140 = stablehlo.broadcast_in_dim %2139, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2141 = stablehlo.divide %2120, %2140 : tensor<1x256x2x16xf32>
    %2142 = stablehlo.dot_general %2141, %2121, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2143 = stablehlo.broadcast_in_dim %2137, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2144 = stablehlo.add %2142, %2143 : tensor<1x2x256x256xf32>
    %cst_103 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2145 = stablehlo.reduce(%2144 init: %cst_103) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2146 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2147 = stablehlo.maximum %2146, %2145 : tensor<1x2x256xf32>
    %2148 = stablehlo.broadcast_in_dim %2147, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2149 = stablehlo.broadcast_in_dim %2148, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2150 = stablehlo.subtract %2144, %2149 : tensor<1x2x256x256xf32>
    %2151 = stablehlo.exponential %2150 : tensor<1x2x256x256xf32>
    %cst_104 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2152 = stablehlo.reduce(%2151 init: %cst_104) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2153 = stablehlo.broadcast_in_dim %2152, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2154 = stablehlo.broadcast_in_dim %2153, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2155 = stablehlo.divide %2151, %2154 : tensor<1x2x256x256xf32>
    %2156 = stablehlo.dot_general %2122, %2155, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2157 = stablehlo.transpose %2156, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2158 = stablehlo.reshape %2157 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2159 = stablehlo.transpose %arg87, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2160 = stablehlo.dot_general %2158, %2159, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2161 = stablehlo.broadcast_in_dim %arg86, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2162 = stablehlo.broadcast_in_dim %2161, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2163 = stablehlo.add %2160, %2162 : tensor<1x256x32xf32>
    %2164 = stablehlo.add %2163, %2076 : tensor<1x256x32xf32>
    %2165 = stablehlo.multiply %2164, %2164 : tensor<1x256x32xf32>
    %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2166 = stablehlo.reduce(%2164 init: %cst_105) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2167 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2168 = stablehlo.divide %2166, %2167 : tensor<1x256xf32>
    %cst_106 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2169 = stablehlo.reduce(%2165 init: %cst_106) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2170 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2171 = stablehlo.divide %2169, %2170 : tensor<1x256xf32>
    %2172 = stablehlo.multiply %2168, %2168 : tensor<1x256xf32>
    %2173 = stablehlo.subtract %2171, %2172 : tensor<1x256xf32>
    %2174 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2175 = stablehlo.maximum %2174, %2173 : tensor<1x256xf32>
    %2176 = stablehlo.broadcast_in_dim %2168, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2177 = stablehlo.broadcast_in_dim %2175, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2178 = stablehlo.broadcast_in_dim %2176, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2179 = stablehlo.subtract %2164, %2178 : tensor<1x256x32xf32>
    %2180 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2181 = stablehlo.add %2177, %2180 : tensor<1x256x1xf32>
    %2182 = stablehlo.rsqrt %2181 : tensor<1x256x1xf32>
    %2183 = stablehlo.reshape %arg91 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2184 = stablehlo.broadcast_in_dim %2182, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2185 = stablehlo.broadcast_in_dim %2183, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2186 = stablehlo.multiply %2184, %2185 : tensor<1x256x32xf32>
    %2187 = stablehlo.multiply %2179, %2186 : tensor<1x256x32xf32>
    %2188 = stablehlo.reshape %arg90 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2189 = stablehlo.broadcast_in_dim %2188, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2190 = stablehlo.add %2187, %2189 : tensor<1x256x32xf32>
    %2191 = stablehlo.transpose %arg93, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2192 = stablehlo.dot_general %2190, %2191, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2193 = stablehlo.broadcast_in_dim %arg92, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2194 = stablehlo.broadcast_in_dim %2193, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2195 = stablehlo.add %2192, %2194 : tensor<1x256x128xf32>
    %2196 = stablehlo.multiply %2195, %2195 : tensor<1x256x128xf32>
    %2197 = stablehlo.multiply %2196, %2195 : tensor<1x256x128xf32>
    %2198 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2199 = stablehlo.multiply %2198, %2197 : tensor<1x256x128xf32>
    %2200 = stablehlo.add %2195, %2199 : tensor<1x256x128xf32>
    %2201 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2202 = stablehlo.multiply %2201, %2200 : tensor<1x256x128xf32>
    %2203 = stablehlo.tanh %2202 : tensor<1x256x128xf32>
    %2204 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2205 = stablehlo.add %2204, %2203 : tensor<1x256x128xf32>
    %2206 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2207 = stablehlo.multiply %2206, %2205 : tensor<1x256x128xf32>
    %2208 = stablehlo.multiply %2195, %2207 : tensor<1x256x128xf32>
    %2209 = stablehlo.transpose %arg95, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2210 = stablehlo.dot_general %2208, %2209, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2211 = stablehlo.broadcast_in_dim %arg94, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2212 = stablehlo.broadcast_in_dim %2211, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2213 = stablehlo.add %2210, %2212 : tensor<1x256x32xf32>
    %2214 = stablehlo.add %2164, %2213 : tensor<1x256x32xf32>
    %2215 = stablehlo.multiply %2214, %2214 : tensor<1x256x32xf32>
    %cst_107 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2216 = stablehlo.reduce(%2214 init: %cst_107) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2217 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2218 = stablehlo.divide %2216, %2217 : tensor<1x256xf32>
    %cst_108 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2219 = stablehlo.reduce(%2215 init: %cst_108) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2220 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2221 = stablehlo.divide %2219, %2220 : tensor<1x256xf32>
    %2222 = stablehlo.multiply %2218, %2218 : tensor<1x256xf32>
    %2223 = stablehlo.subtract %2221, %2222 : tensor<1x256xf32>
    %2224 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2225 = stablehlo.maximum %2224, %2223 : tensor<1x256xf32>
    %2226 = stablehlo.broadcast_in_dim %2218, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2227 = stablehlo.broadcast_in_dim %2225, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2228 = stablehlo.broadcast_in_dim %2226, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2229 = stablehlo.subtract %2214, %2228 : tensor<1x256x32xf32>
    %2230 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2231 = stablehlo.add %2227, %2230 : tensor<1x256x1xf32>
    %2232 = stablehlo.rsqrt %2231 : tensor<1x256x1xf32>
    %2233 = stablehlo.reshape %arg101 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2234 = stablehlo.broadcast_in_dim %2232, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2235 = stablehlo.broadcast_in_dim %2233, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2236 = stablehlo.multiply %2234, %2235 : tensor<1x256x32xf32>
    %2237 = stablehlo.multiply %2229, %2236 : tensor<1x256x32xf32>
    %2238 = stablehlo.reshape %arg100 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2239 = stablehlo.broadcast_in_dim %2238, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2240 = stablehlo.add %2237, %2239 : tensor<1x256x32xf32>
    %2241 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2242 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2243 = stablehlo.broadcast_in_dim %2242, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2244 = stablehlo.broadcast_in_dim %2243, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2245 = stablehlo.broadcast_in_dim %2243, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2246 = stablehlo.broadcast_in_dim %2244, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2247 = stablehlo.broadcast_in_dim %2245, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2248 = stablehlo.compare  GE, %2246, %2247,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2249 = stablehlo.broadcast_in_dim %2248, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2250 = stablehlo.transpose %arg97, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2251 = stablehlo.dot_general %2240, %2250, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2252 = stablehlo.broadcast_in_dim %arg96, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2253 = stablehlo.broadcast_in_dim %2252, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2254 = stablehlo.add %2251, %2253 : tensor<1x256x96xf32>
    %2255 = stablehlo.slice %2254 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2256 = stablehlo.slice %2254 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2257 = stablehlo.slice %2254 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2258 = stablehlo.reshape %2255 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2259 = stablehlo.reshape %2256 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2260 = stablehlo.reshape %2257 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2261 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2262 = stablehlo.broadcast_in_dim %2261, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2263 = stablehlo.convert %2249 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2264 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2265 = stablehlo.compare  NE, %2262, %2264,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2266 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2267 = stablehlo.compare  NE, %2263, %2266,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2268 = stablehlo.and %2265, %2267 : tensor<1x1x256x256xi1>
    %2269 = stablehlo.convert %2268 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2270 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2271 = stablehlo.compare  GT, %2269, %2270,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2272 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2273 = stablehlo.convert %2272 : tensor<1x1x256x256xf32>
    %2274 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2275 = stablehlo.select %2271, %2273, %2274 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2276 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2277 = stablehlo.convert %2276 : tensor<f32>
    %2278 = stablehlo.broadcast_in_dim %2277, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2279 = stablehlo.divide %2258, %2278 : tensor<1x256x2x16xf32>
    %2280 = stablehlo.dot_general %2279, %2259, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2281 = stablehlo.broadcast_in_dim %2275, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2282 = stablehlo.add %2280, %2281 : tensor<1x2x256x256xf32>
    %cst_109 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2283 = stablehlo.reduce(%2282 init: %cst_109) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2284 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2285 = stablehlo.maximum %2284, %2283 : tensor<1x2x256xf32>
    %2286 = stablehlo.broadcast_in_dim %2285, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2287 = stablehlo.broadcast_in_dim %2286, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2288 = stablehlo.subtract %2282, %2287 : tensor<1x2x256x256xf32>
    %2289 = stablehlo.exponential %2288 : tensor<1x2x256x256xf32>
    %cst_110 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2290 = stablehlo.reduce(%2289 init: %cst_110) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2291 = stablehlo.broadcast_in_dim %2290, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2292 = stablehlo.broadcast_in_dim %2291, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2293 = stablehlo.divide %2289, %2292 : tensor<1x2x256x256xf32>
    %2294 = stablehlo.dot_general %2260, %2293, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2295 = stablehlo.transpose %2294, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2296 = stablehlo.reshape %2295 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2297 = stablehlo.transpose %arg99, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2298 = stablehlo.dot_general %2296, %2297, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2299 = stablehlo.broadcast_in_dim %arg98, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2300 = stablehlo.broadcast_in_dim %2299, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2301 = stablehlo.add %2298, %2300 : tensor<1x256x32xf32>
    %2302 = stablehlo.add %2301, %2214 : tensor<1x256x32xf32>
    %2303 = stablehlo.multiply %2302, %2302 : tensor<1x256x32xf32>
    %cst_111 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2304 = stablehlo.reduce(%2302 init: %cst_111) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2305 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2306 = stablehlo.divide %2304, %2305 : tensor<1x256xf32>
    %cst_112 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2307 = stablehlo.reduce(%2303 init: %cst_112) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2308 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2309 = stablehlo.divide %2307, %2308 : tensor<1x256xf32>
    %2310 = stablehlo.multiply %2306, %2306 : tensor<1x256xf32>
    %2311 = stablehlo.subtract %2309, %2310 : tensor<1x256xf32>
    %2312 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2313 = stablehlo.maximum %2312, %2311 : tensor<1x256xf32>
    %2314 = stablehlo.broadcast_in_dim %2306, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2315 = stablehlo.broadcast_in_dim %2313, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2316 = stablehlo.broadcast_in_dim %2314, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2317 = stablehlo.subtract %2302, %2316 : tensor<1x256x32xf32>
    %2318 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2319 = stablehlo.add %2315, %2318 : tensor<1x256x1xf32>
    %2320 = stablehlo.rsqrt %2319 : tensor<1x256x1xf32>
    %2321 = stablehlo.reshape %arg103 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2322 = stablehlo.broadcast_in_dim %2320, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2323 = stablehlo.broadcast_in_dim %2321, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2324 = stablehlo.multiply %2322, %2323 : tensor<1x256x32xf32>
    %2325 = stablehlo.multiply %2317, %2324 : tensor<1x256x32xf32>
    %2326 = stablehlo.reshape %arg102 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2327 = stablehlo.broadcast_in_dim %2326, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2328 = stablehlo.add %2325, %2327 : tensor<1x256x32xf32>
    %2329 = stablehlo.transpose %arg105, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2330 = stablehlo.dot_general %2328, %2329, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2331 = stablehlo.broadcast_in_dim %arg104, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2332 = stablehlo.broadcast_in_dim %2331, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2333 = stablehlo.add %2330, %2332 : tensor<1x256x128xf32>
    %2334 = stablehlo.multiply %2333, %2333 : tensor<1x256x128xf32>
    %2335 = stablehlo.multiply %2334, %2333 : tensor<1x256x128xf32>
    %2336 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2337 = stablehlo.multiply %2336, %2335 : tensor<1x256x128xf32>
    %2338 = stablehlo.add %2333, %2337 : tensor<1x256x128xf32>
    %2339 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2340 = stablehlo.multiply %2339, %2338 : tensor<1x256x128xf32>
    %2341 = stablehlo.tanh %2340 : tensor<1x256x128xf32>
    %2342 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2343 = stablehlo.add %2342, %2341 : tensor<1x256x128xf32>
    %2344 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2345 = stablehlo.multiply %2344, %2343 : tensor<1x256x128xf32>
    %2346 = stablehlo.multiply %2333, %2345 : tensor<1x256x128xf32>
    %2347 = stablehlo.transpose %arg107, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2348 = stablehlo.dot_general %2346, %2347, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2349 = stablehlo.broadcast_in_dim %arg106, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2350 = stablehlo.broadcast_in_dim %2349, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2351 = stablehlo.add %2348, %2350 : tensor<1x256x32xf32>
    %2352 = stablehlo.add %2302, %2351 : tensor<1x256x32xf32>
    %2353 = stablehlo.multiply %2352, %2352 : tensor<1x256x32xf32>
    %cst_113 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2354 = stablehlo.reduce(%2352 init: %cst_113) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2355 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2356 = stablehlo.divide %2354, %2355 : tensor<1x256xf32>
    %cst_114 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2357 = stablehlo.reduce(%2353 init: %cst_114) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2358 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2359 = stablehlo.divide %2357, %2358 : tensor<1x256xf32>
    %2360 = stablehlo.multiply %2356, %2356 : tensor<1x256xf32>
    %2361 = stablehlo.subtract %2359, %2360 : tensor<1x256xf32>
    %2362 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2363 = stablehlo.maximum %2362, %2361 : tensor<1x256xf32>
    %2364 = stablehlo.broadcast_in_dim %2356, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2365 = stablehlo.broadcast_in_dim %2363, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2366 = stablehlo.broadcast_in_dim %2364, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2367 = stablehlo.subtract %2352, %2366 : tensor<1x256x32xf32>
    %2368 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2369 = stablehlo.add %2365, %2368 : tensor<1x256x1xf32>
    %2370 = stablehlo.rsqrt %2369 : tensor<1x256x1xf32>
    %2371 = stablehlo.reshape %arg113 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2372 = stablehlo.broadcast_in_dim %2370, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2373 = stablehlo.broadcast_in_dim %2371, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2374 = stablehlo.multiply %2372, %2373 : tensor<1x256x32xf32>
    %2375 = stablehlo.multiply %2367, %2374 : tensor<1x256x32xf32>
    %2376 = stablehlo.reshape %arg112 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2377 = stablehlo.broadcast_in_dim %2376, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2378 = stablehlo.add %2375, %2377 : tensor<1x256x32xf32>
    %2379 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2380 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2381 = stablehlo.broadcast_in_dim %2380, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2382 = stablehlo.broadcast_in_dim %2381, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2383 = stablehlo.broadcast_in_dim %2381, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2384 = stablehlo.broadcast_in_dim %2382, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2385 = stablehlo.broadcast_in_dim %2383, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2386 = stablehlo.compare  GE, %2384, %2385,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2387 = stablehlo.broadcast_in_dim %2386, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2388 = stablehlo.transpose %arg109, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2389 = stablehlo.dot_general %2378, %2388, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2390 = stablehlo.broadcast_in_dim %arg108, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2391 = stablehlo.broadcast_in_dim %2390, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2392 = stablehlo.add %2389, %2391 : tensor<1x256x96xf32>
    %2393 = stablehlo.slice %2392 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2394 = stablehlo.slice %2392 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2395 = stablehlo.slice %2392 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2396 = stablehlo.reshape %2393 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2397 = stablehlo.reshape %2394 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2398 = stablehlo.reshape %2395 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2399 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2400 = stablehlo.broadcast_in_dim %2399, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2401 = stablehlo.convert %2387 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2402 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2403 = stablehlo.compare  NE, %2400, %2402,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2404 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2405 = stablehlo.compare  NE, %2401, %2404,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2406 = stablehlo.and %2403, %2405 : tensor<1x1x256x256xi1>
    %2407 = stablehlo.convert %2406 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2408 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2409 = stablehlo.compare  GT, %2407, %2408,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2410 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2411 = stablehlo.convert %2410 : tensor<1x1x256x256xf32>
    %2412 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2413 = stablehlo.select %2409, %2411, %2412 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2414 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2415 = stablehlo.convert %2414 : tensor<f32>
    %2416 = stablehlo.broadcast_in_dim %2415, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2417 = stablehlo.divide %2396, %2416 : tensor<1x256x2x16xf32>
    %2418 = stablehlo.dot_general %2417, %2397, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2419 = stablehlo.broadcast_in_dim %2413, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2420 = stablehlo.add %2418, %2419 : tensor<1x2x256x256xf32>
    %cst_115 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2421 = stablehlo.reduce(%2420 init: %cst_115) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2422 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2423 = stablehlo.maximum %2422, %2421 : tensor<1x2x256xf32>
    %2424 = stablehlo.broadcast_in_dim %2423, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2425 = stablehlo.broadcast_in_dim %2424, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2426 = stablehlo.subtract %2420, %2425 : tensor<1x2x256x256xf32>
    %2427 = stablehlo.exponential %2426 : tensor<1x2x256x256xf32>
    %cst_116 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2428 = stablehlo.reduce(%2427 init: %cst_116) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2429 = stablehlo.broadcast_in_dim %2428, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2430 = stablehlo.broadcast_in_dim %2429, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2431 = stablehlo.divide %2427, %2430 : tensor<1x2x256x256xf32>
    %2432 = stablehlo.dot_general %2398, %2431, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2433 = stablehlo.transpose %2432, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2434 = stablehlo.reshape %2433 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2435 = stablehlo.transpose %arg111, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2436 = stablehlo.dot_general %2434, %2435, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2437 = stablehlo.broadcast_in_dim %arg110, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2438 = stablehlo.broadcast_in_dim %2437, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2439 = stablehlo.add %2436, %2438 : tensor<1x256x32xf32>
    %2440 = stablehlo.add %2439, %2352 : tensor<1x256x32xf32>
    %2441 = stablehlo.multiply %2440, %2440 : tensor<1x256x32xf32>
    %cst_117 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2442 = stablehlo.reduce(%2440 init: %cst_117) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2443 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2444 = stablehlo.divide %2442, %2443 : tensor<1x256xf32>
    %cst_118 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2445 = stablehlo.reduce(%2441 init: %cst_118) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2446 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2447 = stablehlo.divide %2445, %2446 : tensor<1x256xf32>
    %2448 = stablehlo.multiply %2444, %2444 : tensor<1x256xf32>
    %2449 = stablehlo.subtract %2447, %2448 : tensor<1x256xf32>
    %2450 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2451 = stablehlo.maximum %2450, %2449 : tensor<1x256xf32>
    %2452 = stablehlo.broadcast_in_dim %2444, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2453 = stablehlo.broadcast_in_dim %2451, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2454 = stablehlo.broadcast_in_dim %2452, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2455 = stablehlo.subtract %2440, %2454 : tensor<1x256x32xf32>
    %2456 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2457 = stablehlo.add %2453, %2456 : tensor<1x256x1xf32>
    %2458 = stablehlo.rsqrt %2457 : tensor<1x256x1xf32>
    %2459 = stablehlo.reshape %arg115 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2460 = stablehlo.broadcast_in_dim %2458, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2461 = stablehlo.broadcast_in_dim %2459, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2462 = stablehlo.multiply %2460, %2461 : tensor<1x256x32xf32>
    %2463 = stablehlo.multiply %2455, %2462 : tensor<1x256x32xf32>
    %2464 = stablehlo.reshape %arg114 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2465 = stablehlo.broadcast_in_dim %2464, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2466 = stablehlo.add %2463, %2465 : tensor<1x256x32xf32>
    %2467 = stablehlo.transpose %arg117, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2468 = stablehlo.dot_general %2466, %2467, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2469 = stablehlo.broadcast_in_dim %arg116, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2470 = stablehlo.broadcast_in_dim %2469, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2471 = stablehlo.add %2468, %2470 : tensor<1x256x128xf32>
    %2472 = stablehlo.multiply %2471, %2471 : tensor<1x256x128xf32>
    %2473 = stablehlo.multiply %2472, %2471 : tensor<1x256x128xf32>
    %2474 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2475 = stablehlo.multiply %2474, %2473 : tensor<1x256x128xf32>
    %2476 = stablehlo.add %2471, %2475 : tensor<1x256x128xf32>
    %2477 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2478 = stablehlo.multiply %2477, %2476 : tensor<1x256x128xf32>
    %2479 = stablehlo.tanh %2478 : tensor<1x256x128xf32>
    %2480 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2481 = stablehlo.add %2480, %2479 : tensor<1x256x128xf32>
    %2482 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2483 = stablehlo.multiply %2482, %2481 : tensor<1x256x128xf32>
    %2484 = stablehlo.multiply %2471, %2483 : tensor<1x256x128xf32>
    %2485 = stablehlo.transpose %arg119, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2486 = stablehlo.dot_general %2484, %2485, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2487 = stablehlo.broadcast_in_dim %arg118, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2488 = stablehlo.broadcast_in_dim %2487, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2489 = stablehlo.add %2486, %2488 : tensor<1x256x32xf32>
    %2490 = stablehlo.add %2440, %2489 : tensor<1x256x32xf32>
    %2491 = stablehlo.multiply %2490, %2490 : tensor<1x256x32xf32>
    %cst_119 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2492 = stablehlo.reduce(%2490 init: %cst_119) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2493 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2494 = stablehlo.divide %2492, %2493 : tensor<1x256xf32>
    %cst_120 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2495 = stablehlo.reduce(%2491 init: %cst_120) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2496 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2497 = stablehlo.divide %2495, %2496 : tensor<1x256xf32>
    %2498 = stablehlo.multiply %2494, %2494 : tensor<1x256xf32>
    %2499 = stablehlo.subtract %2497, %2498 : tensor<1x256xf32>
    %2500 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2501 = stablehlo.maximum %2500, %2499 : tensor<1x256xf32>
    %2502 = stablehlo.broadcast_in_dim %2494, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2503 = stablehlo.broadcast_in_dim %2501, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2504 = stablehlo.broadcast_in_dim %2502, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2505 = stablehlo.subtract %2490, %2504 : tensor<1x256x32xf32>
    %2506 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2507 = stablehlo.add %2503, %2506 : tensor<1x256x1xf32>
    %2508 = stablehlo.rsqrt %2507 : tensor<1x256x1xf32>
    %2509 = stablehlo.reshape %arg125 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2510 = stablehlo.broadcast_in_dim %2508, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2511 = stablehlo.broadcast_in_dim %2509, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2512 = stablehlo.multiply %2510, %2511 : tensor<1x256x32xf32>
    %2513 = stablehlo.multiply %2505, %2512 : tensor<1x256x32xf32>
    %2514 = stablehlo.reshape %arg124 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2515 = stablehlo.broadcast_in_dim %2514, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2516 = stablehlo.add %2513, %2515 : tensor<1x256x32xf32>
    %2517 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2518 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2519 = stablehlo.broadcast_in_dim %2518, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2520 = stablehlo.broadcast_in_dim %2519, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2521 = stablehlo.broadcast_in_dim %2519, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2522 = stablehlo.broadcast_in_dim %2520, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2523 = stablehlo.broadcast_in_dim %2521, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2524 = stablehlo.compare  GE, %2522, %2523,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2525 = stablehlo.broadcast_in_dim %2524, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2526 = stablehlo.transpose %arg121, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2527 = stablehlo.dot_general %2516, %2526, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2528 = stablehlo.broadcast_in_dim %arg120, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2529 = stablehlo.broadcast_in_dim %2528, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2530 = stablehlo.add %2527, %2529 : tensor<1x256x96xf32>
    %2531 = stablehlo.slice %2530 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2532 = stablehlo.slice %2530 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2533 = stablehlo.slice %2530 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2534 = stablehlo.reshape %2531 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2535 = stablehlo.reshape %2532 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2536 = stablehlo.reshape %2533 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2537 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2538 = stablehlo.broadcast_in_dim %2537, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2539 = stablehlo.convert %2525 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2540 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2541 = stablehlo.compare  NE, %2538, %2540,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2542 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2543 = stablehlo.compare  NE, %2539, %2542,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2544 = stablehlo.and %2541, %2543 : tensor<1x1x256x256xi1>
    %2545 = stablehlo.convert %2544 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2546 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2547 = stablehlo.compare  GT, %2545, %2546,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2548 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2549 = stablehlo.convert %2548 : tensor<1x1x256x256xf32>
    %2550 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2551 = stablehlo.select %2547, %2549, %2550 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2552 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2553 = stablehlo.convert %2552 : tensor<f32>
    %2554 = stablehlo.broadcast_in_dim %2553, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2555 = stablehlo.divide %2534, %2554 : tensor<1x256x2x16xf32>
    %2556 = stablehlo.dot_general %2555, %2535, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2557 = stablehlo.broadcast_in_dim %2551, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2558 = stablehlo.add %2556, %2557 : tensor<1x2x256x256xf32>
    %cst_121 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2559 = stablehlo.reduce(%2558 init: %cst_121) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2560 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2561 = stablehlo.maximum %2560, %2559 : tensor<1x2x256xf32>
    %2562 = stablehlo.broadcast_in_dim %2561, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2563 = stablehlo.broadcast_in_dim %2562, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2564 = stablehlo.subtract %2558, %2563 : tensor<1x2x256x256xf32>
    %2565 = stablehlo.exponential %2564 : tensor<1x2x256x256xf32>
    %cst_122 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2566 = stablehlo.reduce(%2565 init: %cst_122) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2567 = stablehlo.broadcast_in_dim %2566, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2568 = stablehlo.broadcast_in_dim %2567, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2569 = stablehlo.divide %2565, %2568 : tensor<1x2x256x256xf32>
    %2570 = stablehlo.dot_general %2536, %2569, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2571 = stablehlo.transpose %2570, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2572 = stablehlo.reshape %2571 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2573 = stablehlo.transpose %arg123, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2574 = stablehlo.dot_general %2572, %2573, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2575 = stablehlo.broadcast_in_dim %arg122, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2576 = stablehlo.broadcast_in_dim %2575, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2577 = stablehlo.add %2574, %2576 : tensor<1x256x32xf32>
    %2578 = stablehlo.add %2577, %2490 : tensor<1x256x32xf32>
    %2579 = stablehlo.multiply %2578, %2578 : tensor<1x256x32xf32>
    %cst_123 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2580 = stablehlo.reduce(%2578 init: %cst_123) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2581 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2582 = stablehlo.divide %2580, %2581 : tensor<1x256xf32>
    %cst_124 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2583 = stablehlo.reduce(%2579 init: %cst_124) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2584 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2585 = stablehlo.divide %2583, %2584 : tensor<1x256xf32>
    %2586 = stablehlo.multiply %2582, %2582 : tensor<1x256xf32>
    %2587 = stablehlo.subtract %2585, %2586 : tensor<1x256xf32>
    %2588 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2589 = stablehlo.maximum %2588, %2587 : tensor<1x256xf32>
    %2590 = stablehlo.broadcast_in_dim %2582, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2591 = stablehlo.broadcast_in_dim %2589, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2592 = stablehlo.broadcast_in_dim %2590, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2593 = stablehlo.subtract %2578, %2592 : tensor<1x256x32xf32>
    %2594 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2595 = stablehlo.add %2591, %2594 : tensor<1x256x1xf32>
    %2596 = stablehlo.rsqrt %2595 : tensor<1x256x1xf32>
    %2597 = stablehlo.reshape %arg127 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2598 = stablehlo.broadcast_in_dim %2596, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2599 = stablehlo.broadcast_in_dim %2597, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2600 = stablehlo.multiply %2598, %2599 : tensor<1x256x32xf32>
    %2601 = stablehlo.multiply %2593, %2600 : tensor<1x256x32xf32>
    %2602 = stablehlo.reshape %arg126 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2603 = stablehlo.broadcast_in_dim %2602, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2604 = stablehlo.add %2601, %2603 : tensor<1x256x32xf32>
    %2605 = stablehlo.transpose %arg129, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2606 = stablehlo.dot_general %2604, %2605, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2607 = stablehlo.broadcast_in_dim %arg128, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2608 = stablehlo.broadcast_in_dim %2607, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2609 = stablehlo.add %2606, %2608 : tensor<1x256x128xf32>
    %2610 = stablehlo.multiply %2609, %2609 : tensor<1x256x128xf32>
    %2611 = stablehlo.multiply %2610, %2609 : tensor<1x256x128xf32>
    %2612 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2613 = stablehlo.multiply %2612, %2611 : tensor<1x256x128xf32>
    %2614 = stablehlo.add %2609, %2613 : tensor<1x256x128xf32>
    %2615 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2616 = stablehlo.multiply %2615, %2614 : tensor<1x256x128xf32>
    %2617 = stablehlo.tanh %2616 : tensor<1x256x128xf32>
    %2618 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2619 = stablehlo.add %2618, %2617 : tensor<1x256x128xf32>
    %2620 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2621 = stablehlo.multiply %2620, %2619 : tensor<1x256x128xf32>
    %2622 = stablehlo.multiply %2609, %2621 : tensor<1x256x128xf32>
    %2623 = stablehlo.transpose %arg131, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2624 = stablehlo.dot_general %2622, %2623, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2625 = stablehlo.broadcast_in_dim %arg130, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2626 = stablehlo.broadcast_in_dim %2625, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2627 = stablehlo.add %2624, %2626 : tensor<1x256x32xf32>
    %2628 = stablehlo.add %2578, %2627 : tensor<1x256x32xf32>
    %2629 = stablehlo.multiply %2628, %2628 : tensor<1x256x32xf32>
    %cst_125 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2630 = stablehlo.reduce(%2628 init: %cst_125) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2631 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2632 = stablehlo.divide %2630, %2631 : tensor<1x256xf32>
    %cst_126 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2633 = stablehlo.reduce(%2629 init: %cst_126) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2634 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2635 = stablehlo.divide %2633, %2634 : tensor<1x256xf32>
    %2636 = stablehlo.multiply %2632, %2632 : tensor<1x256xf32>
    %2637 = stablehlo.subtract %2635, %2636 : tensor<1x256xf32>
    %2638 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2639 = stablehlo.maximum %2638, %2637 : tensor<1x256xf32>
    %2640 = stablehlo.broadcast_in_dim %2632, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2641 = stablehlo.broadcast_in_dim %2639, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2642 = stablehlo.broadcast_in_dim %2640, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2643 = stablehlo.subtract %2628, %2642 : tensor<1x256x32xf32>
    %2644 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2645 = stablehlo.add %2641, %2644 : tensor<1x256x1xf32>
    %2646 = stablehlo.rsqrt %2645 : tensor<1x256x1xf32>
    %2647 = stablehlo.reshape %arg137 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2648 = stablehlo.broadcast_in_dim %2646, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2649 = stablehlo.broadcast_in_dim %2647, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2650 = stablehlo.multiply %2648, %2649 : tensor<1x256x32xf32>
    %2651 = stablehlo.multiply %2643, %2650 : tensor<1x256x32xf32>
    %2652 = stablehlo.reshape %arg136 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2653 = stablehlo.broadcast_in_dim %2652, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2654 = stablehlo.add %2651, %2653 : tensor<1x256x32xf32>
    %2655 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2656 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2657 = stablehlo.broadcast_in_dim %2656, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2658 = stablehlo.broadcast_in_dim %2657, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2659 = stablehlo.broadcast_in_dim %2657, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2660 = stablehlo.broadcast_in_dim %2658, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2661 = stablehlo.broadcast_in_dim %2659, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2662 = stablehlo.compare  GE, %2660, %2661,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2663 = stablehlo.broadcast_in_dim %2662, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2664 = stablehlo.transpose %arg133, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2665 = stablehlo.dot_general %2654, %2664, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2666 = stablehlo.broadcast_in_dim %arg132, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2667 = stablehlo.broadcast_in_dim %2666, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2668 = stablehlo.add %2665, %2667 : tensor<1x256x96xf32>
    %2669 = stablehlo.slice %2668 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2670 = stablehlo.slice %2668 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2671 = stablehlo.slice %2668 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2672 = stablehlo.reshape %2669 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2673 = stablehlo.reshape %2670 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2674 = stablehlo.reshape %2671 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2675 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2676 = stablehlo.broadcast_in_dim %2675, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2677 = stablehlo.convert %2663 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2678 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2679 = stablehlo.compare  NE, %2676, %2678,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2680 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2681 = stablehlo.compare  NE, %2677, %2680,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2682 = stablehlo.and %2679, %2681 : tensor<1x1x256x256xi1>
    %2683 = stablehlo.convert %2682 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2684 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2685 = stablehlo.compare  GT, %2683, %2684,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2686 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2687 = stablehlo.convert %2686 : tensor<1x1x256x256xf32>
    %2688 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2689 = stablehlo.select %2685, %2687, %2688 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2690 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2691 = stablehlo.convert %2690 : tensor<f32>
    %2692 = stablehlo.broadcast_in_dim %2691, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2693 = stablehlo.divide %2672, %2692 : tensor<1x256x2x16xf32>
    %2694 = stablehlo.dot_general %2693, %2673, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2695 = stablehlo.broadcast_in_dim %2689, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2696 = stablehlo.add %2694, %2695 : tensor<1x2x256x256xf32>
    %cst_127 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2697 = stablehlo.reduce(%2696 init: %cst_127) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2698 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2699 = stablehlo.maximum %2698, %2697 : tensor<1x2x256xf32>
    %2700 = stablehlo.broadcast_in_dim %2699, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2701 = stablehlo.broadcast_in_dim %2700, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2702 = stablehlo.subtract %2696, %2701 : tensor<1x2x256x256xf32>
    %2703 = stablehlo.exponential %2702 : tensor<1x2x256x256xf32>
    %cst_128 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2704 = stablehlo.reduce(%2703 init: %cst_128) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2705 = stablehlo.broadcast_in_dim %2704, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2706 = stablehlo.broadcast_in_dim %2705, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2707 = stablehlo.divide %2703, %2706 : tensor<1x2x256x256xf32>
    %2708 = stablehlo.dot_general %2674, %2707, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2709 = stablehlo.transpose %2708, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2710 = stablehlo.reshape %2709 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2711 = stablehlo.transpose %arg135, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2712 = stablehlo.dot_general %2710, %2711, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2713 = stablehlo.broadcast_in_dim %arg134, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2714 = stablehlo.broadcast_in_dim %2713, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2715 = stablehlo.add %2712, %2714 : tensor<1x256x32xf32>
    %2716 = stablehlo.add %2715, %2628 : tensor<1x256x32xf32>
    %2717 = stablehlo.multiply %2716, %2716 : tensor<1x256x32xf32>
    %cst_129 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2718 = stablehlo.reduce(%2716 init: %cst_129) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2719 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2720 = stablehlo.divide %2718, %2719 : tensor<1x256xf32>
    %cst_130 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2721 = stablehlo.reduce(%2717 init: %cst_130) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2722 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2723 = stablehlo.divide %2721, %2722 : tensor<1x256xf32>
    %2724 = stablehlo.multiply %2720, %2720 : tensor<1x256xf32>
    %2725 = stablehlo.subtract %2723, %2724 : tensor<1x256xf32>
    %2726 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2727 = stablehlo.maximum %2726, %2725 : tensor<1x256xf32>
    %2728 = stablehlo.broadcast_in_dim %2720, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2729 = stablehlo.broadcast_in_dim %2727, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2730 = stablehlo.broadcast_in_dim %2728, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2731 = stablehlo.subtract %2716, %2730 : tensor<1x256x32xf32>
    %2732 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2733 = stablehlo.add %2729, %2732 : tensor<1x256x1xf32>
    %2734 = stablehlo.rsqrt %2733 : tensor<1x256x1xf32>
    %2735 = stablehlo.reshape %arg139 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2736 = stablehlo.broadcast_in_dim %2734, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2737 = stablehlo.broadcast_in_dim %2735, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2738 = stablehlo.multiply %2736, %2737 : tensor<1x256x32xf32>
    %2739 = stablehlo.multiply %2731, %2738 : tensor<1x256x32xf32>
    %2740 = stablehlo.reshape %arg138 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2741 = stablehlo.broadcast_in_dim %2740, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2742 = stablehlo.add %2739, %2741 : tensor<1x256x32xf32>
    %2743 = stablehlo.transpose %arg141, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2744 = stablehlo.dot_general %2742, %2743, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2745 = stablehlo.broadcast_in_dim %arg140, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2746 = stablehlo.broadcast_in_dim %2745, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2747 = stablehlo.add %2744, %2746 : tensor<1x256x128xf32>
    %2748 = stablehlo.multiply %2747, %2747 : tensor<1x256x128xf32>
    %2749 = stablehlo.multiply %2748, %2747 : tensor<1x256x128xf32>
    %2750 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2751 = stablehlo.multiply %2750, %2749 : tensor<1x256x128xf32>
    %2752 = stablehlo.add %2747, %2751 : tensor<1x256x128xf32>
    %2753 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2754 = stablehlo.multiply %2753, %2752 : tensor<1x256x128xf32>
    %2755 = stablehlo.tanh %2754 : tensor<1x256x128xf32>
    %2756 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2757 = stablehlo.add %2756, %2755 : tensor<1x256x128xf32>
    %2758 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2759 = stablehlo.multiply %2758, %2757 : tensor<1x256x128xf32>
    %2760 = stablehlo.multiply %2747, %2759 : tensor<1x256x128xf32>
    %2761 = stablehlo.transpose %arg143, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2762 = stablehlo.dot_general %2760, %2761, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2763 = stablehlo.broadcast_in_dim %arg142, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2764 = stablehlo.broadcast_in_dim %2763, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2765 = stablehlo.add %2762, %2764 : tensor<1x256x32xf32>
    %2766 = stablehlo.add %2716, %2765 : tensor<1x256x32xf32>
    %2767 = stablehlo.multiply %2766, %2766 : tensor<1x256x32xf32>
    %cst_131 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2768 = stablehlo.reduce(%2766 init: %cst_131) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2769 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2770 = stablehlo.divide %2768, %2769 : tensor<1x256xf32>
    %cst_132 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2771 = stablehlo.reduce(%2767 init: %cst_132) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2772 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2773 = stablehlo.divide %2771, %2772 : tensor<1x256xf32>
    %2774 = stablehlo.multiply %2770, %2770 : tensor<1x256xf32>
    %2775 = stablehlo.subtract %2773, %2774 : tensor<1x256xf32>
    %2776 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2777 = stablehlo.maximum %2776, %2775 : tensor<1x256xf32>
    %2778 = stablehlo.broadcast_in_dim %2770, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2779 = stablehlo.broadcast_in_dim %2777, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2780 = stablehlo.broadcast_in_dim %2778, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2781 = stablehlo.subtract %2766, %2780 : tensor<1x256x32xf32>
    %2782 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2783 = stablehlo.add %2779, %2782 : tensor<1x256x1xf32>
    %2784 = stablehlo.rsqrt %2783 : tensor<1x256x1xf32>
    %2785 = stablehlo.reshape %arg161 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2786 = stablehlo.broadcast_in_dim %2784, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2787 = stablehlo.broadcast_in_dim %2785, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2788 = stablehlo.multiply %2786, %2787 : tensor<1x256x32xf32>
    %2789 = stablehlo.multiply %2781, %2788 : tensor<1x256x32xf32>
    %2790 = stablehlo.reshape %arg160 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2791 = stablehlo.broadcast_in_dim %2790, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2792 = stablehlo.add %2789, %2791 : tensor<1x256x32xf32>
    %2793 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2794 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2795 = stablehlo.broadcast_in_dim %2794, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2796 = stablehlo.broadcast_in_dim %2795, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2797 = stablehlo.broadcast_in_dim %2795, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2798 = stablehlo.broadcast_in_dim %2796, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2799 = stablehlo.broadcast_in_dim %2797, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2800 = stablehlo.compare  GE, %2798, %2799,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2801 = stablehlo.broadcast_in_dim %2800, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2802 = stablehlo.transpose %arg157, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2803 = stablehlo.dot_general %2792, %2802, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2804 = stablehlo.broadcast_in_dim %arg156, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2805 = stablehlo.broadcast_in_dim %2804, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2806 = stablehlo.add %2803, %2805 : tensor<1x256x96xf32>
    %2807 = stablehlo.slice %2806 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2808 = stablehlo.slice %2806 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2809 = stablehlo.slice %2806 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2810 = stablehlo.reshape %2807 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2811 = stablehlo.reshape %2808 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2812 = stablehlo.reshape %2809 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2813 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2814 = stablehlo.broadcast_in_dim %2813, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2815 = stablehlo.convert %2801 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2816 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2817 = stablehlo.compare  NE, %2814, %2816,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2818 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2819 = stablehlo.compare  NE, %2815, %2818,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2820 = stablehlo.and %2817, %2819 : tensor<1x1x256x256xi1>
    %2821 = stablehlo.convert %2820 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2822 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2823 = stablehlo.compare  GT, %2821, %2822,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2824 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2825 = stablehlo.convert %2824 : tensor<1x1x256x256xf32>
    %2826 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2827 = stablehlo.select %2823, %2825, %2826 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2828 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2829 = stablehlo.convert %2828 : tensor<f32>
    %2830 = stablehlo.broadcast_in_dim %2829, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2831 = stablehlo.divide %2810, %2830 : tensor<1x256x2x16xf32>
    %2832 = stablehlo.dot_general %2831, %2811, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2833 = stablehlo.broadcast_in_dim %2827, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2834 = stablehlo.add %2832, %2833 : tensor<1x2x256x256xf32>
    %cst_133 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2835 = stablehlo.reduce(%2834 init: %cst_133) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2836 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2837 = stablehlo.maximum %2836, %2835 : tensor<1x2x256xf32>
    %2838 = stablehlo.broadcast_in_dim %2837, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2839 = stablehlo.broadcast_in_dim %2838, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2840 = stablehlo.subtract %2834, %2839 : tensor<1x2x256x256xf32>
    %2841 = stablehlo.exponential %2840 : tensor<1x2x256x256xf32>
    %cst_134 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2842 = stablehlo.reduce(%2841 init: %cst_134) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2843 = stablehlo.broadcast_in_dim %2842, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2844 = stablehlo.broadcast_in_dim %2843, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2845 = stablehlo.divide %2841, %2844 : tensor<1x2x256x256xf32>
    %2846 = stablehlo.dot_general %2812, %2845, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2847 = stablehlo.transpose %2846, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2848 = stablehlo.reshape %2847 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2849 = stablehlo.transpose %arg159, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2850 = stablehlo.dot_general %2848, %2849, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2851 = stablehlo.broadcast_in_dim %arg158, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2852 = stablehlo.broadcast_in_dim %2851, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2853 = stablehlo.add %2850, %2852 : tensor<1x256x32xf32>
    %2854 = stablehlo.add %2853, %2766 : tensor<1x256x32xf32>
    %2855 = stablehlo.multiply %2854, %2854 : tensor<1x256x32xf32>
    %cst_135 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2856 = stablehlo.reduce(%2854 init: %cst_135) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2857 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2858 = stablehlo.divide %2856, %2857 : tensor<1x256xf32>
    %cst_136 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2859 = stablehlo.reduce(%2855 init: %cst_136) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2860 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2861 = stablehlo.divide %2859, %2860 : tensor<1x256xf32>
    %2862 = stablehlo.multiply %2858, %2858 : tensor<1x256xf32>
    %2863 = stablehlo.subtract %2861, %2862 : tensor<1x256xf32>
    %2864 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2865 = stablehlo.maximum %2864, %2863 : tensor<1x256xf32>
    %2866 = stablehlo.broadcast_in_dim %2858, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2867 = stablehlo.broadcast_in_dim %2865, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2868 = stablehlo.broadcast_in_dim %2866, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2869 = stablehlo.subtract %2854, %2868 : tensor<1x256x32xf32>
    %2870 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2871 = stablehlo.add %2867, %2870 : tensor<1x256x1xf32>
    %2872 = stablehlo.rsqrt %2871 : tensor<1x256x1xf32>
    %2873 = stablehlo.reshape %arg163 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2874 = stablehlo.broadcast_in_dim %2872, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2875 = stablehlo.broadcast_in_dim %2873, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2876 = stablehlo.multiply %2874, %2875 : tensor<1x256x32xf32>
    %2877 = stablehlo.multiply %2869, %2876 : tensor<1x256x32xf32>
    %2878 = stablehlo.reshape %arg162 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2879 = stablehlo.broadcast_in_dim %2878, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2880 = stablehlo.add %2877, %2879 : tensor<1x256x32xf32>
    %2881 = stablehlo.transpose %arg165, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %2882 = stablehlo.dot_general %2880, %2881, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %2883 = stablehlo.broadcast_in_dim %arg164, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %2884 = stablehlo.broadcast_in_dim %2883, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %2885 = stablehlo.add %2882, %2884 : tensor<1x256x128xf32>
    %2886 = stablehlo.multiply %2885, %2885 : tensor<1x256x128xf32>
    %2887 = stablehlo.multiply %2886, %2885 : tensor<1x256x128xf32>
    %2888 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2889 = stablehlo.multiply %2888, %2887 : tensor<1x256x128xf32>
    %2890 = stablehlo.add %2885, %2889 : tensor<1x256x128xf32>
    %2891 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2892 = stablehlo.multiply %2891, %2890 : tensor<1x256x128xf32>
    %2893 = stablehlo.tanh %2892 : tensor<1x256x128xf32>
    %2894 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2895 = stablehlo.add %2894, %2893 : tensor<1x256x128xf32>
    %2896 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %2897 = stablehlo.multiply %2896, %2895 : tensor<1x256x128xf32>
    %2898 = stablehlo.multiply %2885, %2897 : tensor<1x256x128xf32>
    %2899 = stablehlo.transpose %arg167, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %2900 = stablehlo.dot_general %2898, %2899, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %2901 = stablehlo.broadcast_in_dim %arg166, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2902 = stablehlo.broadcast_in_dim %2901, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2903 = stablehlo.add %2900, %2902 : tensor<1x256x32xf32>
    %2904 = stablehlo.add %2854, %2903 : tensor<1x256x32xf32>
    %2905 = stablehlo.multiply %2904, %2904 : tensor<1x256x32xf32>
    %cst_137 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2906 = stablehlo.reduce(%2904 init: %cst_137) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2907 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2908 = stablehlo.divide %2906, %2907 : tensor<1x256xf32>
    %cst_138 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2909 = stablehlo.reduce(%2905 init: %cst_138) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2910 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2911 = stablehlo.divide %2909, %2910 : tensor<1x256xf32>
    %2912 = stablehlo.multiply %2908, %2908 : tensor<1x256xf32>
    %2913 = stablehlo.subtract %2911, %2912 : tensor<1x256xf32>
    %2914 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2915 = stablehlo.maximum %2914, %2913 : tensor<1x256xf32>
    %2916 = stablehlo.broadcast_in_dim %2908, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2917 = stablehlo.broadcast_in_dim %2915, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %2918 = stablehlo.broadcast_in_dim %2916, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2919 = stablehlo.subtract %2904, %2918 : tensor<1x256x32xf32>
    %2920 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %2921 = stablehlo.add %2917, %2920 : tensor<1x256x1xf32>
    %2922 = stablehlo.rsqrt %2921 : tensor<1x256x1xf32>
    %2923 = stablehlo.reshape %arg173 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2924 = stablehlo.broadcast_in_dim %2922, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %2925 = stablehlo.broadcast_in_dim %2923, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2926 = stablehlo.multiply %2924, %2925 : tensor<1x256x32xf32>
    %2927 = stablehlo.multiply %2919, %2926 : tensor<1x256x32xf32>
    %2928 = stablehlo.reshape %arg172 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2929 = stablehlo.broadcast_in_dim %2928, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2930 = stablehlo.add %2927, %2929 : tensor<1x256x32xf32>
    %2931 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %2932 = stablehlo.iota dim = 0 : tensor<256xi32>
    %2933 = stablehlo.broadcast_in_dim %2932, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %2934 = stablehlo.broadcast_in_dim %2933, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %2935 = stablehlo.broadcast_in_dim %2933, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %2936 = stablehlo.broadcast_in_dim %2934, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %2937 = stablehlo.broadcast_in_dim %2935, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %2938 = stablehlo.compare  GE, %2936, %2937,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %2939 = stablehlo.broadcast_in_dim %2938, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %2940 = stablehlo.transpose %arg169, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2941 = stablehlo.dot_general %2930, %2940, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %2942 = stablehlo.broadcast_in_dim %arg168, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %2943 = stablehlo.broadcast_in_dim %2942, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %2944 = stablehlo.add %2941, %2943 : tensor<1x256x96xf32>
    %2945 = stablehlo.slice %2944 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2946 = stablehlo.slice %2944 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2947 = stablehlo.slice %2944 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %2948 = stablehlo.reshape %2945 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2949 = stablehlo.reshape %2946 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2950 = stablehlo.reshape %2947 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %2951 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %2952 = stablehlo.broadcast_in_dim %2951, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %2953 = stablehlo.convert %2939 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %2954 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2955 = stablehlo.compare  NE, %2952, %2954,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2956 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %2957 = stablehlo.compare  NE, %2953, %2956,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %2958 = stablehlo.and %2955, %2957 : tensor<1x1x256x256xi1>
    %2959 = stablehlo.convert %2958 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %2960 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2961 = stablehlo.compare  GT, %2959, %2960,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %2962 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2963 = stablehlo.convert %2962 : tensor<1x1x256x256xf32>
    %2964 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %2965 = stablehlo.select %2961, %2963, %2964 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %2966 = stablehlo.sqrt %cst_8 : tensor<f32>
    %2967 = stablehlo.convert %2966 : tensor<f32>
    %2968 = stablehlo.broadcast_in_dim %2967, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %2969 = stablehlo.divide %2948, %2968 : tensor<1x256x2x16xf32>
    %2970 = stablehlo.dot_general %2969, %2949, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %2971 = stablehlo.broadcast_in_dim %2965, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %2972 = stablehlo.add %2970, %2971 : tensor<1x2x256x256xf32>
    %cst_139 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2973 = stablehlo.reduce(%2972 init: %cst_139) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2974 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %2975 = stablehlo.maximum %2974, %2973 : tensor<1x2x256xf32>
    %2976 = stablehlo.broadcast_in_dim %2975, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2977 = stablehlo.broadcast_in_dim %2976, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2978 = stablehlo.subtract %2972, %2977 : tensor<1x2x256x256xf32>
    %2979 = stablehlo.exponential %2978 : tensor<1x2x256x256xf32>
    %cst_140 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2980 = stablehlo.reduce(%2979 init: %cst_140) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %2981 = stablehlo.broadcast_in_dim %2980, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %2982 = stablehlo.broadcast_in_dim %2981, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %2983 = stablehlo.divide %2979, %2982 : tensor<1x2x256x256xf32>
    %2984 = stablehlo.dot_general %2950, %2983, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %2985 = stablehlo.transpose %2984, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %2986 = stablehlo.reshape %2985 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %2987 = stablehlo.transpose %arg171, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2988 = stablehlo.dot_general %2986, %2987, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %2989 = stablehlo.broadcast_in_dim %arg170, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %2990 = stablehlo.broadcast_in_dim %2989, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %2991 = stablehlo.add %2988, %2990 : tensor<1x256x32xf32>
    %2992 = stablehlo.add %2991, %2904 : tensor<1x256x32xf32>
    %2993 = stablehlo.multiply %2992, %2992 : tensor<1x256x32xf32>
    %cst_141 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2994 = stablehlo.reduce(%2992 init: %cst_141) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2995 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2996 = stablehlo.divide %2994, %2995 : tensor<1x256xf32>
    %cst_142 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2997 = stablehlo.reduce(%2993 init: %cst_142) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %2998 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %2999 = stablehlo.divide %2997, %2998 : tensor<1x256xf32>
    %3000 = stablehlo.multiply %2996, %2996 : tensor<1x256xf32>
    %3001 = stablehlo.subtract %2999, %3000 : tensor<1x256xf32>
    %3002 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3003 = stablehlo.maximum %3002, %3001 : tensor<1x256xf32>
    %3004 = stablehlo.broadcast_in_dim %2996, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3005 = stablehlo.broadcast_in_dim %3003, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3006 = stablehlo.broadcast_in_dim %3004, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3007 = stablehlo.subtract %2992, %3006 : tensor<1x256x32xf32>
    %3008 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %3009 = stablehlo.add %3005, %3008 : tensor<1x256x1xf32>
    %3010 = stablehlo.rsqrt %3009 : tensor<1x256x1xf32>
    %3011 = stablehlo.reshape %arg175 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3012 = stablehlo.broadcast_in_dim %3010, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3013 = stablehlo.broadcast_in_dim %3011, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3014 = stablehlo.multiply %3012, %3013 : tensor<1x256x32xf32>
    %3015 = stablehlo.multiply %3007, %3014 : tensor<1x256x32xf32>
    %3016 = stablehlo.reshape %arg174 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3017 = stablehlo.broadcast_in_dim %3016, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3018 = stablehlo.add %3015, %3017 : tensor<1x256x32xf32>
    %3019 = stablehlo.transpose %arg177, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %3020 = stablehlo.dot_general %3018, %3019, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %3021 = stablehlo.broadcast_in_dim %arg176, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %3022 = stablehlo.broadcast_in_dim %3021, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %3023 = stablehlo.add %3020, %3022 : tensor<1x256x128xf32>
    %3024 = stablehlo.multiply %3023, %3023 : tensor<1x256x128xf32>
    %3025 = stablehlo.multiply %3024, %3023 : tensor<1x256x128xf32>
    %3026 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3027 = stablehlo.multiply %3026, %3025 : tensor<1x256x128xf32>
    %3028 = stablehlo.add %3023, %3027 : tensor<1x256x128xf32>
    %3029 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3030 = stablehlo.multiply %3029, %3028 : tensor<1x256x128xf32>
    %3031 = stablehlo.tanh %3030 : tensor<1x256x128xf32>
    %3032 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3033 = stablehlo.add %3032, %3031 : tensor<1x256x128xf32>
    %3034 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3035 = stablehlo.multiply %3034, %3033 : tensor<1x256x128xf32>
    %3036 = stablehlo.multiply %3023, %3035 : tensor<1x256x128xf32>
    %3037 = stablehlo.transpose %arg179, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %3038 = stablehlo.dot_general %3036, %3037, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %3039 = stablehlo.broadcast_in_dim %arg178, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3040 = stablehlo.broadcast_in_dim %3039, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3041 = stablehlo.add %3038, %3040 : tensor<1x256x32xf32>
    %3042 = stablehlo.add %2992, %3041 : tensor<1x256x32xf32>
    %3043 = stablehlo.multiply %3042, %3042 : tensor<1x256x32xf32>
    %cst_143 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3044 = stablehlo.reduce(%3042 init: %cst_143) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3045 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3046 = stablehlo.divide %3044, %3045 : tensor<1x256xf32>
    %cst_144 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3047 = stablehlo.reduce(%3043 init: %cst_144) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3048 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3049 = stablehlo.divide %3047, %3048 : tensor<1x256xf32>
    %3050 = stablehlo.multiply %3046, %3046 : tensor<1x256xf32>
    %3051 = stablehlo.subtract %3049, %3050 : tensor<1x256xf32>
    %3052 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3053 = stablehlo.maximum %3052, %3051 : tensor<1x256xf32>
    %3054 = stablehlo.broadcast_in_dim %3046, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3055 = stablehlo.broadcast_in_dim %3053, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3056 = stablehlo.broadcast_in_dim %3054, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3057 = stablehlo.subtract %3042, %3056 : tensor<1x256x32xf32>
    %3058 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %3059 = stablehlo.add %3055, %3058 : tensor<1x256x1xf32>
    %3060 = stablehlo.rsqrt %3059 : tensor<1x256x1xf32>
    %3061 = stablehlo.reshape %arg185 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3062 = stablehlo.broadcast_in_dim %3060, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3063 = stablehlo.broadcast_in_dim %3061, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3064 = stablehlo.multiply %3062, %3063 : tensor<1x256x32xf32>
    %3065 = stablehlo.multiply %3057, %3064 : tensor<1x256x32xf32>
    %3066 = stablehlo.reshape %arg184 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3067 = stablehlo.broadcast_in_dim %3066, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3068 = stablehlo.add %3065, %3067 : tensor<1x256x32xf32>
    %3069 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %3070 = stablehlo.iota dim = 0 : tensor<256xi32>
    %3071 = stablehlo.broadcast_in_dim %3070, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %3072 = stablehlo.broadcast_in_dim %3071, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %3073 = stablehlo.broadcast_in_dim %3071, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %3074 = stablehlo.broadcast_in_dim %3072, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %3075 = stablehlo.broadcast_in_dim %3073, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %3076 = stablehlo.compare  GE, %3074, %3075,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %3077 = stablehlo.broadcast_in_dim %3076, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %3078 = stablehlo.transpose %arg181, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %3079 = stablehlo.dot_general %3068, %3078, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %3080 = stablehlo.broadcast_in_dim %arg180, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %3081 = stablehlo.broadcast_in_dim %3080, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %3082 = stablehlo.add %3079, %3081 : tensor<1x256x96xf32>
    %3083 = stablehlo.slice %3082 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %3084 = stablehlo.slice %3082 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %3085 = stablehlo.slice %3082 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %3086 = stablehlo.reshape %3083 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %3087 = stablehlo.reshape %3084 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %3088 = stablehlo.reshape %3085 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %3089 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %3090 = stablehlo.broadcast_in_dim %3089, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %3091 = stablehlo.convert %3077 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %3092 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %3093 = stablehlo.compare  NE, %3090, %3092,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %3094 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %3095 = stablehlo.compare  NE, %3091, %3094,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %3096 = stablehlo.and %3093, %3095 : tensor<1x1x256x256xi1>
    %3097 = stablehlo.convert %3096 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %3098 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %3099 = stablehlo.compare  GT, %3097, %3098,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %3100 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %3101 = stablehlo.convert %3100 : tensor<1x1x256x256xf32>
    %3102 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %3103 = stablehlo.select %3099, %3101, %3102 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %3104 = stablehlo.sqrt %cst_8 : tensor<f32>
    %3105 = stablehlo.convert %3104 : tensor<f32>
    %3106 = stablehlo.broadcast_in_dim %3105, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %3107 = stablehlo.divide %3086, %3106 : tensor<1x256x2x16xf32>
    %3108 = stablehlo.dot_general %3107, %3087, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %3109 = stablehlo.broadcast_in_dim %3103, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %3110 = stablehlo.add %3108, %3109 : tensor<1x2x256x256xf32>
    %cst_145 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %3111 = stablehlo.reduce(%3110 init: %cst_145) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %3112 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %3113 = stablehlo.maximum %3112, %3111 : tensor<1x2x256xf32>
    %3114 = stablehlo.broadcast_in_dim %3113, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %3115 = stablehlo.broadcast_in_dim %3114, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %3116 = stablehlo.subtract %3110, %3115 : tensor<1x2x256x256xf32>
    %3117 = stablehlo.exponential %3116 : tensor<1x2x256x256xf32>
    %cst_146 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3118 = stablehlo.reduce(%3117 init: %cst_146) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %3119 = stablehlo.broadcast_in_dim %3118, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %3120 = stablehlo.broadcast_in_dim %3119, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %3121 = stablehlo.divide %3117, %3120 : tensor<1x2x256x256xf32>
    %3122 = stablehlo.dot_general %3088, %3121, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %3123 = stablehlo.transpose %3122, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %3124 = stablehlo.reshape %3123 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %3125 = stablehlo.transpose %arg183, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %3126 = stablehlo.dot_general %3124, %3125, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %3127 = stablehlo.broadcast_in_dim %arg182, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3128 = stablehlo.broadcast_in_dim %3127, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3129 = stablehlo.add %3126, %3128 : tensor<1x256x32xf32>
    %3130 = stablehlo.add %3129, %3042 : tensor<1x256x32xf32>
    %3131 = stablehlo.multiply %3130, %3130 : tensor<1x256x32xf32>
    %cst_147 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3132 = stablehlo.reduce(%3130 init: %cst_147) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3133 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3134 = stablehlo.divide %3132, %3133 : tensor<1x256xf32>
    %cst_148 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3135 = stablehlo.reduce(%3131 init: %cst_148) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3136 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3137 = stablehlo.divide %3135, %3136 : tensor<1x256xf32>
    %3138 = stablehlo.multiply %3134, %3134 : tensor<1x256xf32>
    %3139 = stablehlo.subtract %3137, %3138 : tensor<1x256xf32>
    %3140 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3141 = stablehlo.maximum %3140, %3139 : tensor<1x256xf32>
    %3142 = stablehlo.broadcast_in_dim %3134, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3143 = stablehlo.broadcast_in_dim %3141, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3144 = stablehlo.broadcast_in_dim %3142, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3145 = stablehlo.subtract %3130, %3144 : tensor<1x256x32xf32>
    %3146 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %3147 = stablehlo.add %3143, %3146 : tensor<1x256x1xf32>
    %3148 = stablehlo.rsqrt %3147 : tensor<1x256x1xf32>
    %3149 = stablehlo.reshape %arg187 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3150 = stablehlo.broadcast_in_dim %3148, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3151 = stablehlo.broadcast_in_dim %3149, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3152 = stablehlo.multiply %3150, %3151 : tensor<1x256x32xf32>
    %3153 = stablehlo.multiply %3145, %3152 : tensor<1x256x32xf32>
    %3154 = stablehlo.reshape %arg186 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3155 = stablehlo.broadcast_in_dim %3154, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3156 = stablehlo.add %3153, %3155 : tensor<1x256x32xf32>
    %3157 = stablehlo.transpose %arg189, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %3158 = stablehlo.dot_general %3156, %3157, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %3159 = stablehlo.broadcast_in_dim %arg188, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %3160 = stablehlo.broadcast_in_dim %3159, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %3161 = stablehlo.add %3158, %3160 : tensor<1x256x128xf32>
    %3162 = stablehlo.multiply %3161, %3161 : tensor<1x256x128xf32>
    %3163 = stablehlo.multiply %3162, %3161 : tensor<1x256x128xf32>
    %3164 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3165 = stablehlo.multiply %3164, %3163 : tensor<1x256x128xf32>
    %3166 = stablehlo.add %3161, %3165 : tensor<1x256x128xf32>
    %3167 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3168 = stablehlo.multiply %3167, %3166 : tensor<1x256x128xf32>
    %3169 = stablehlo.tanh %3168 : tensor<1x256x128xf32>
    %3170 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3171 = stablehlo.add %3170, %3169 : tensor<1x256x128xf32>
    %3172 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3173 = stablehlo.multiply %3172, %3171 : tensor<1x256x128xf32>
    %3174 = stablehlo.multiply %3161, %3173 : tensor<1x256x128xf32>
    %3175 = stablehlo.transpose %arg191, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %3176 = stablehlo.dot_general %3174, %3175, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %3177 = stablehlo.broadcast_in_dim %arg190, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3178 = stablehlo.broadcast_in_dim %3177, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3179 = stablehlo.add %3176, %3178 : tensor<1x256x32xf32>
    %3180 = stablehlo.add %3130, %3179 : tensor<1x256x32xf32>
    %3181 = stablehlo.multiply %3180, %3180 : tensor<1x256x32xf32>
    %cst_149 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3182 = stablehlo.reduce(%3180 init: %cst_149) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3183 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3184 = stablehlo.divide %3182, %3183 : tensor<1x256xf32>
    %cst_150 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3185 = stablehlo.reduce(%3181 init: %cst_150) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3186 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3187 = stablehlo.divide %3185, %3186 : tensor<1x256xf32>
    %3188 = stablehlo.multiply %3184, %3184 : tensor<1x256xf32>
    %3189 = stablehlo.subtract %3187, %3188 : tensor<1x256xf32>
    %3190 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3191 = stablehlo.maximum %3190, %3189 : tensor<1x256xf32>
    %3192 = stablehlo.broadcast_in_dim %3184, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3193 = stablehlo.broadcast_in_dim %3191, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3194 = stablehlo.broadcast_in_dim %3192, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3195 = stablehlo.subtract %3180, %3194 : tensor<1x256x32xf32>
    %3196 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %3197 = stablehlo.add %3193, %3196 : tensor<1x256x1xf32>
    %3198 = stablehlo.rsqrt %3197 : tensor<1x256x1xf32>
    %3199 = stablehlo.reshape %arg197 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3200 = stablehlo.broadcast_in_dim %3198, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3201 = stablehlo.broadcast_in_dim %3199, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3202 = stablehlo.multiply %3200, %3201 : tensor<1x256x32xf32>
    %3203 = stablehlo.multiply %3195, %3202 : tensor<1x256x32xf32>
    %3204 = stablehlo.reshape %arg196 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3205 = stablehlo.broadcast_in_dim %3204, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3206 = stablehlo.add %3203, %3205 : tensor<1x256x32xf32>
    %3207 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x256xi1>
    %3208 = stablehlo.iota dim = 0 : tensor<256xi32>
    %3209 = stablehlo.broadcast_in_dim %3208, dims = [1] : (tensor<256xi32>) -> tensor<1x256xi32>
    %3210 = stablehlo.broadcast_in_dim %3209, dims = [0, 1] : (tensor<1x256xi32>) -> tensor<1x256x1xi32>
    %3211 = stablehlo.broadcast_in_dim %3209, dims = [0, 2] : (tensor<1x256xi32>) -> tensor<1x1x256xi32>
    %3212 = stablehlo.broadcast_in_dim %3210, dims = [0, 1, 2] : (tensor<1x256x1xi32>) -> tensor<1x256x256xi32>
    %3213 = stablehlo.broadcast_in_dim %3211, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<1x256x256xi32>
    %3214 = stablehlo.compare  GE, %3212, %3213,  SIGNED : (tensor<1x256x256xi32>, tensor<1x256x256xi32>) -> tensor<1x256x256xi1>
    %3215 = stablehlo.broadcast_in_dim %3214, dims = [0, 2, 3] : (tensor<1x256x256xi1>) -> tensor<1x1x256x256xi1>
    %3216 = stablehlo.transpose %arg193, dims = [1, 0] : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %3217 = stablehlo.dot_general %3206, %3216, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x96xf32>) -> tensor<1x256x96xf32>
    %3218 = stablehlo.broadcast_in_dim %arg192, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %3219 = stablehlo.broadcast_in_dim %3218, dims = [0, 1, 2] : (tensor<1x1x96xf32>) -> tensor<1x256x96xf32>
    %3220 = stablehlo.add %3217, %3219 : tensor<1x256x96xf32>
    %3221 = stablehlo.slice %3220 [0:1, 0:256, 0:32] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %3222 = stablehlo.slice %3220 [0:1, 0:256, 32:64] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %3223 = stablehlo.slice %3220 [0:1, 0:256, 64:96] : (tensor<1x256x96xf32>) -> tensor<1x256x32xf32>
    %3224 = stablehlo.reshape %3221 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %3225 = stablehlo.reshape %3222 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %3226 = stablehlo.reshape %3223 : (tensor<1x256x32xf32>) -> tensor<1x256x2x16xf32>
    %3227 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x256xi32>) -> tensor<1x1x1x256xi32>
    %3228 = stablehlo.broadcast_in_dim %3227, dims = [0, 1, 2, 3] : (tensor<1x1x1x256xi32>) -> tensor<1x1x256x256xi32>
    %3229 = stablehlo.convert %3215 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xi32>
    %3230 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %3231 = stablehlo.compare  NE, %3228, %3230,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %3232 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x256x256xi32>
    %3233 = stablehlo.compare  NE, %3229, %3232,  SIGNED : (tensor<1x1x256x256xi32>, tensor<1x1x256x256xi32>) -> tensor<1x1x256x256xi1>
    %3234 = stablehlo.and %3231, %3233 : tensor<1x1x256x256xi1>
    %3235 = stablehlo.convert %3234 : (tensor<1x1x256x256xi1>) -> tensor<1x1x256x256xf32>
    %3236 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %3237 = stablehlo.compare  GT, %3235, %3236,  FLOAT : (tensor<1x1x256x256xf32>, tensor<1x1x256x256xf32>) -> tensor<1x1x256x256xi1>
    %3238 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %3239 = stablehlo.convert %3238 : tensor<1x1x256x256xf32>
    %3240 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x256x256xf32>
    %3241 = stablehlo.select %3237, %3239, %3240 : tensor<1x1x256x256xi1>, tensor<1x1x256x256xf32>
    %3242 = stablehlo.sqrt %cst_8 : tensor<f32>
    %3243 = stablehlo.convert %3242 : tensor<f32>
    %3244 = stablehlo.broadcast_in_dim %3243, dims = [] : (tensor<f32>) -> tensor<1x256x2x16xf32>
    %3245 = stablehlo.divide %3224, %3244 : tensor<1x256x2x16xf32>
    %3246 = stablehlo.dot_general %3245, %3225, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x256x2x16xf32>) -> tensor<1x2x256x256xf32>
    %3247 = stablehlo.broadcast_in_dim %3241, dims = [0, 1, 2, 3] : (tensor<1x1x256x256xf32>) -> tensor<1x2x256x256xf32>
    %3248 = stablehlo.add %3246, %3247 : tensor<1x2x256x256xf32>
    %cst_151 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %3249 = stablehlo.reduce(%3248 init: %cst_151) applies stablehlo.maximum across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %3250 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2x256xf32>
    %3251 = stablehlo.maximum %3250, %3249 : tensor<1x2x256xf32>
    %3252 = stablehlo.broadcast_in_dim %3251, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %3253 = stablehlo.broadcast_in_dim %3252, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %3254 = stablehlo.subtract %3248, %3253 : tensor<1x2x256x256xf32>
    %3255 = stablehlo.exponential %3254 : tensor<1x2x256x256xf32>
    %cst_152 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3256 = stablehlo.reduce(%3255 init: %cst_152) applies stablehlo.add across dimensions = [3] : (tensor<1x2x256x256xf32>, tensor<f32>) -> tensor<1x2x256xf32>
    %3257 = stablehlo.broadcast_in_dim %3256, dims = [0, 1, 2] : (tensor<1x2x256xf32>) -> tensor<1x2x256x1xf32>
    %3258 = stablehlo.broadcast_in_dim %3257, dims = [0, 1, 2, 3] : (tensor<1x2x256x1xf32>) -> tensor<1x2x256x256xf32>
    %3259 = stablehlo.divide %3255, %3258 : tensor<1x2x256x256xf32>
    %3260 = stablehlo.dot_general %3226, %3259, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x256x2x16xf32>, tensor<1x2x256x256xf32>) -> tensor<1x2x16x256xf32>
    %3261 = stablehlo.transpose %3260, dims = [0, 3, 1, 2] : (tensor<1x2x16x256xf32>) -> tensor<1x256x2x16xf32>
    %3262 = stablehlo.reshape %3261 : (tensor<1x256x2x16xf32>) -> tensor<1x256x32xf32>
    %3263 = stablehlo.transpose %arg195, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %3264 = stablehlo.dot_general %3262, %3263, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x32xf32>) -> tensor<1x256x32xf32>
    %3265 = stablehlo.broadcast_in_dim %arg194, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3266 = stablehlo.broadcast_in_dim %3265, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3267 = stablehlo.add %3264, %3266 : tensor<1x256x32xf32>
    %3268 = stablehlo.add %3267, %3180 : tensor<1x256x32xf32>
    %3269 = stablehlo.multiply %3268, %3268 : tensor<1x256x32xf32>
    %cst_153 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3270 = stablehlo.reduce(%3268 init: %cst_153) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3271 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3272 = stablehlo.divide %3270, %3271 : tensor<1x256xf32>
    %cst_154 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3273 = stablehlo.reduce(%3269 init: %cst_154) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3274 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3275 = stablehlo.divide %3273, %3274 : tensor<1x256xf32>
    %3276 = stablehlo.multiply %3272, %3272 : tensor<1x256xf32>
    %3277 = stablehlo.subtract %3275, %3276 : tensor<1x256xf32>
    %3278 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3279 = stablehlo.maximum %3278, %3277 : tensor<1x256xf32>
    %3280 = stablehlo.broadcast_in_dim %3272, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3281 = stablehlo.broadcast_in_dim %3279, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3282 = stablehlo.broadcast_in_dim %3280, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3283 = stablehlo.subtract %3268, %3282 : tensor<1x256x32xf32>
    %3284 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %3285 = stablehlo.add %3281, %3284 : tensor<1x256x1xf32>
    %3286 = stablehlo.rsqrt %3285 : tensor<1x256x1xf32>
    %3287 = stablehlo.reshape %arg199 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3288 = stablehlo.broadcast_in_dim %3286, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3289 = stablehlo.broadcast_in_dim %3287, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3290 = stablehlo.multiply %3288, %3289 : tensor<1x256x32xf32>
    %3291 = stablehlo.multiply %3283, %3290 : tensor<1x256x32xf32>
    %3292 = stablehlo.reshape %arg198 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3293 = stablehlo.broadcast_in_dim %3292, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3294 = stablehlo.add %3291, %3293 : tensor<1x256x32xf32>
    %3295 = stablehlo.transpose %arg201, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %3296 = stablehlo.dot_general %3294, %3295, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x128xf32>) -> tensor<1x256x128xf32>
    %3297 = stablehlo.broadcast_in_dim %arg200, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %3298 = stablehlo.broadcast_in_dim %3297, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<1x256x128xf32>
    %3299 = stablehlo.add %3296, %3298 : tensor<1x256x128xf32>
    %3300 = stablehlo.multiply %3299, %3299 : tensor<1x256x128xf32>
    %3301 = stablehlo.multiply %3300, %3299 : tensor<1x256x128xf32>
    %3302 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3303 = stablehlo.multiply %3302, %3301 : tensor<1x256x128xf32>
    %3304 = stablehlo.add %3299, %3303 : tensor<1x256x128xf32>
    %3305 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3306 = stablehlo.multiply %3305, %3304 : tensor<1x256x128xf32>
    %3307 = stablehlo.tanh %3306 : tensor<1x256x128xf32>
    %3308 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3309 = stablehlo.add %3308, %3307 : tensor<1x256x128xf32>
    %3310 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x256x128xf32>
    %3311 = stablehlo.multiply %3310, %3309 : tensor<1x256x128xf32>
    %3312 = stablehlo.multiply %3299, %3311 : tensor<1x256x128xf32>
    %3313 = stablehlo.transpose %arg203, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %3314 = stablehlo.dot_general %3312, %3313, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x128xf32>, tensor<128x32xf32>) -> tensor<1x256x32xf32>
    %3315 = stablehlo.broadcast_in_dim %arg202, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3316 = stablehlo.broadcast_in_dim %3315, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3317 = stablehlo.add %3314, %3316 : tensor<1x256x32xf32>
    %3318 = stablehlo.add %3268, %3317 : tensor<1x256x32xf32>
    %3319 = stablehlo.multiply %3318, %3318 : tensor<1x256x32xf32>
    %cst_155 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3320 = stablehlo.reduce(%3318 init: %cst_155) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3321 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3322 = stablehlo.divide %3320, %3321 : tensor<1x256xf32>
    %cst_156 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3323 = stablehlo.reduce(%3319 init: %cst_156) applies stablehlo.add across dimensions = [2] : (tensor<1x256x32xf32>, tensor<f32>) -> tensor<1x256xf32>
    %3324 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3325 = stablehlo.divide %3323, %3324 : tensor<1x256xf32>
    %3326 = stablehlo.multiply %3322, %3322 : tensor<1x256xf32>
    %3327 = stablehlo.subtract %3325, %3326 : tensor<1x256xf32>
    %3328 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x256xf32>
    %3329 = stablehlo.maximum %3328, %3327 : tensor<1x256xf32>
    %3330 = stablehlo.broadcast_in_dim %3322, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3331 = stablehlo.broadcast_in_dim %3329, dims = [0, 1] : (tensor<1x256xf32>) -> tensor<1x256x1xf32>
    %3332 = stablehlo.broadcast_in_dim %3330, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3333 = stablehlo.subtract %3318, %3332 : tensor<1x256x32xf32>
    %3334 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x256x1xf32>
    %3335 = stablehlo.add %3331, %3334 : tensor<1x256x1xf32>
    %3336 = stablehlo.rsqrt %3335 : tensor<1x256x1xf32>
    %3337 = stablehlo.reshape %arg289 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3338 = stablehlo.broadcast_in_dim %3336, dims = [0, 1, 2] : (tensor<1x256x1xf32>) -> tensor<1x256x32xf32>
    %3339 = stablehlo.broadcast_in_dim %3337, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3340 = stablehlo.multiply %3338, %3339 : tensor<1x256x32xf32>
    %3341 = stablehlo.multiply %3333, %3340 : tensor<1x256x32xf32>
    %3342 = stablehlo.reshape %arg288 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %3343 = stablehlo.broadcast_in_dim %3342, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x256x32xf32>
    %3344 = stablehlo.add %3341, %3343 : tensor<1x256x32xf32>
    %3345 = stablehlo.transpose %arg291, dims = [1, 0] : (tensor<100x32xf32>) -> tensor<32x100xf32>
    %3346 = stablehlo.dot_general %3344, %3345, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x256x32xf32>, tensor<32x100xf32>) -> tensor<1x256x100xf32>
    return %3346 : tensor<1x256x100xf32>
  }
  func.func private @_take(%arg0: tensor<100x32xf32>, %arg1: tensor<1x256xi32>) -> tensor<1x256x32xf32> {
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
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<100x32xf32>, tensor<1x256x1xi32>) -> tensor<1x256x32xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x256xi1>) -> tensor<1x256x32xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x32xf32>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x256x32xi1>, tensor<1x256x32xf32>
    return %16 : tensor<1x256x32xf32>
  }
  func.func private @_where(%arg0: tensor<1x256xi1>, %arg1: tensor<1x256xi32>, %arg2: tensor<1x256xi32>) -> tensor<1x256xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1x256xi1>, tensor<1x256xi32>
    return %0 : tensor<1x256xi32>
  }
  func.func private @_take_0(%arg0: tensor<256x32xf32>, %arg1: tensor<1x256xi32>) -> tensor<1x256x32xf32> {
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
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<256x32xf32>, tensor<1x256x1xi32>) -> tensor<1x256x32xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x256xi1>) -> tensor<1x256x32xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x256x32xf32>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x256x32xi1>, tensor<1x256x32xf32>
    return %16 : tensor<1x256x32xf32>
  }
}
