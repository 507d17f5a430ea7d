module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<100x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<64x32xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<32x64xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32x16xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32x32xf32>, %arg9: tensor<32x16xf32>, %arg10: tensor<32xf32>, %arg11: tensor<64x32xf32>, %arg12: tensor<32x64xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32x16xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x32xf32>, %arg18: tensor<32x16xf32>, %arg19: tensor<32xf32>, %arg20: tensor<1x16xi32>) -> (tensor<1x16x32xf32> {jax.result_info = ""}) {
    %cst = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803FA56A573F7775CC3D57D6233C6E12833AA56A573F7775CC3D57D6233C6E12833A40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3FB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033B3211D5BEA5E57A3FE5F27F3FDEFF7F3F3211D5BEA5E57A3FE5F27F3FDEFF7F3FC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443B26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3FCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F107C75BF4477F53EF5B64C3DDDD6A33B107C75BF4477F53EF5B64C3DDDD6A33B2B3C913E40A9603F19AE7F3F2EFF7F3F2B3C913E40A9603F19AE7F3F2EFF7F3F8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43BB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3F4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53BBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3F95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033CF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3F3101D33E1D88483F3F12B83D3A74133C3101D33E1D88483F3F12B83D3A74133CD53F69BFD5211F3FC2F67E3F59FD7F3FD53F69BFD5211F3FC2F67E3F59FD7F3FF7440BBFA56A573F7775CC3D57D6233CF7440BBFA56A573F7775CC3D57D6233C64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F5CFF7FBF2A26643F72D3E03D6A38343C5CFF7FBF2A26643F72D3E03D6A38343C7205913BC03DE83EE8737E3F09FC7F3F7205913BC03DE83EE8737E3F09FC7F3FD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443CD006583FF486B93EB5287E3F48FB7F3FD006583FF486B93EB5287E3F48FB7F3F2320D73EBFAB763FD0BE043E6BFC543C2320D73EBFAB763FD0BE043E6BFC543C6F4E683F9DF5883E00D77D3F76FA7F3F6F4E683F9DF5883E00D77D3F76FA7F3F72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653CD8040C3EDF0B2E3ECC7E7D3F94F97F3FD8040C3EDF0B2E3ECC7E7D3F94F97F3F4479263FD55B7F3F5006193E33C0753C4479263FD55B7F3F5006193E33C0753CE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F116893BE0EE47F3F5024233E0111833C116893BE0EE47F3F5024233E0111833C2C2975BFE233EFBCEDBA7C3F9DF77F3F2C2975BFE233EFBCEDBA7C3F9DF77F3F251E76BFBFDD7D3F233E2D3EDE418B3C251E76BFBFDD7D3F233E2D3EDE418B3C36E28CBED3EF03BE494F7C3F88F67F3F36E28CBED3EF03BE494F7C3F88F67F3FB34040BF144E793F8853373EB272933CB34040BF144E793F8853373EB272933C840A293FA7A768BE2EDD7B3F62F57F3F840A293FA7A768BE2EDD7B3F62F57F3F6979193EB940723F3A64413E7DA39B3C6979193EB940723F3A64413E7DA39B3CBF1B7D3F3586A5BEA1647B3F2CF47F3FBF1B7D3F3586A5BEA1647B3F2CF47F3FC8B6693FB7C7683FF96F4B3E3ED4A33CC8B6693FB7C7683FF96F4B3E3ED4A33C22F0D03E3211D5BEA5E57A3FE5F27F3F22F0D03E3211D5BEA5E57A3FE5F27F3F102F563F4BFB5C3F8376553EF404AC3C102F563F4BFB5C3F8376553EF404AC3CFC370CBF973D01BF3C607A3F8DF17F3FFC370CBF973D01BF3C607A3F8DF17F3F150511BC9EF94E3F96775F3E9F35B43C150511BC9EF94E3F96775F3E9F35B43C6FFD7FBF03A816BF6AD4793F24F07F3F6FFD7FBF03A816BF6AD4793F24F07F3FE6A158BF8AE63E3FF172693E3E66BC3CE6A158BF8AE63E3FF172693E3E66BC3CBF6708BF10912ABF3342793FABEE7F3FBF6708BF10912ABF3342793FABEE7F3FFCD367BF27EB2C3F5168733ED196C43CFCD367BF27EB2C3F5168733ED196C43CFE2DD93ED7C53CBF9BA9783F20ED7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3F388707BE7935193F77577D3E57C7CC3C388707BE7935193F77577D3E57C7CC3C78BF7D3FBF174DBFA50A783F85EB7F3F78BF7D3FBF174DBFA50A783F85EB7F3F0737433FE8F7033F10A0833ECFF7D43C0737433FE8F7033F10A0833ECFF7D43C829C253F0F5D5BBF5565773FDAE97F3F829C253F0F5D5BBF5565773FDAE97F3F0ED5743F88D1DA3E0691883E3A28DD3C0ED5743F88D1DA3E0691883E3A28DD3C389395BE467167BFB0B9763F1DE87F3F389395BE467167BFB0B9763F1DE87F3F2AB48A3E9383AB3E7D7E8D3E9658E53C2AB48A3E9383AB3E7D7E8D3E9658E53C576D76BF7B3571BFBB07763F50E67F3F576D76BF7B3571BFBB07763F50E67F3FE9E329BFC0FD743E5468923EE288ED3CE9E329BFC0FD743E5468923EE288ED3CB3803FBFB79078BF794F753F72E47F3FB3803FBFB79078BF794F753F72E47F3FA4EF7CBFC381103E6D4E973E1FB9F53CA4EF7CBFC381103E6D4E973E1FB9F53C18F41D3E26707DBFEF90743F83E27F3F18F41D3E26707DBFEF90743F83E27F3F06DECEBE96502A3DA5309C3E4CE9FD3C06DECEBE96502A3DA5309C3E4CE9FD3C8E2C6A3F52C77FBF22CC733F83E07F3F8E2C6A3F52C77FBF22CC733F83E07F3F"> : tensor<32x1x16xf32>
    %cst_0 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803FA56A573F7775CC3D57D6233C6E12833AA56A573F7775CC3D57D6233C6E12833A40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3FB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033B3211D5BEA5E57A3FE5F27F3FDEFF7F3F3211D5BEA5E57A3FE5F27F3FDEFF7F3FC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443B26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3FCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F107C75BF4477F53EF5B64C3DDDD6A33B107C75BF4477F53EF5B64C3DDDD6A33B2B3C913E40A9603F19AE7F3F2EFF7F3F2B3C913E40A9603F19AE7F3F2EFF7F3F8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43BB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3F4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53BBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3F95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033CF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3F3101D33E1D88483F3F12B83D3A74133C3101D33E1D88483F3F12B83D3A74133CD53F69BFD5211F3FC2F67E3F59FD7F3FD53F69BFD5211F3FC2F67E3F59FD7F3FF7440BBFA56A573F7775CC3D57D6233CF7440BBFA56A573F7775CC3D57D6233C64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F5CFF7FBF2A26643F72D3E03D6A38343C5CFF7FBF2A26643F72D3E03D6A38343C7205913BC03DE83EE8737E3F09FC7F3F7205913BC03DE83EE8737E3F09FC7F3FD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443CD006583FF486B93EB5287E3F48FB7F3FD006583FF486B93EB5287E3F48FB7F3F2320D73EBFAB763FD0BE043E6BFC543C2320D73EBFAB763FD0BE043E6BFC543C6F4E683F9DF5883E00D77D3F76FA7F3F6F4E683F9DF5883E00D77D3F76FA7F3F72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653CD8040C3EDF0B2E3ECC7E7D3F94F97F3FD8040C3EDF0B2E3ECC7E7D3F94F97F3F4479263FD55B7F3F5006193E33C0753C4479263FD55B7F3F5006193E33C0753CE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F116893BE0EE47F3F5024233E0111833C116893BE0EE47F3F5024233E0111833C2C2975BFE233EFBCEDBA7C3F9DF77F3F2C2975BFE233EFBCEDBA7C3F9DF77F3F251E76BFBFDD7D3F233E2D3EDE418B3C251E76BFBFDD7D3F233E2D3EDE418B3C36E28CBED3EF03BE494F7C3F88F67F3F36E28CBED3EF03BE494F7C3F88F67F3FB34040BF144E793F8853373EB272933CB34040BF144E793F8853373EB272933C840A293FA7A768BE2EDD7B3F62F57F3F840A293FA7A768BE2EDD7B3F62F57F3F6979193EB940723F3A64413E7DA39B3C6979193EB940723F3A64413E7DA39B3CBF1B7D3F3586A5BEA1647B3F2CF47F3FBF1B7D3F3586A5BEA1647B3F2CF47F3FC8B6693FB7C7683FF96F4B3E3ED4A33CC8B6693FB7C7683FF96F4B3E3ED4A33C22F0D03E3211D5BEA5E57A3FE5F27F3F22F0D03E3211D5BEA5E57A3FE5F27F3F102F563F4BFB5C3F8376553EF404AC3C102F563F4BFB5C3F8376553EF404AC3CFC370CBF973D01BF3C607A3F8DF17F3FFC370CBF973D01BF3C607A3F8DF17F3F150511BC9EF94E3F96775F3E9F35B43C150511BC9EF94E3F96775F3E9F35B43C6FFD7FBF03A816BF6AD4793F24F07F3F6FFD7FBF03A816BF6AD4793F24F07F3FE6A158BF8AE63E3FF172693E3E66BC3CE6A158BF8AE63E3FF172693E3E66BC3CBF6708BF10912ABF3342793FABEE7F3FBF6708BF10912ABF3342793FABEE7F3FFCD367BF27EB2C3F5168733ED196C43CFCD367BF27EB2C3F5168733ED196C43CFE2DD93ED7C53CBF9BA9783F20ED7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3F388707BE7935193F77577D3E57C7CC3C388707BE7935193F77577D3E57C7CC3C78BF7D3FBF174DBFA50A783F85EB7F3F78BF7D3FBF174DBFA50A783F85EB7F3F0737433FE8F7033F10A0833ECFF7D43C0737433FE8F7033F10A0833ECFF7D43C829C253F0F5D5BBF5565773FDAE97F3F829C253F0F5D5BBF5565773FDAE97F3F0ED5743F88D1DA3E0691883E3A28DD3C0ED5743F88D1DA3E0691883E3A28DD3C389395BE467167BFB0B9763F1DE87F3F389395BE467167BFB0B9763F1DE87F3F2AB48A3E9383AB3E7D7E8D3E9658E53C2AB48A3E9383AB3E7D7E8D3E9658E53C576D76BF7B3571BFBB07763F50E67F3F576D76BF7B3571BFBB07763F50E67F3FE9E329BFC0FD743E5468923EE288ED3CE9E329BFC0FD743E5468923EE288ED3CB3803FBFB79078BF794F753F72E47F3FB3803FBFB79078BF794F753F72E47F3FA4EF7CBFC381103E6D4E973E1FB9F53CA4EF7CBFC381103E6D4E973E1FB9F53C18F41D3E26707DBFEF90743F83E27F3F18F41D3E26707DBFEF90743F83E27F3F06DECEBE96502A3DA5309C3E4CE9FD3C06DECEBE96502A3DA5309C3E4CE9FD3C8E2C6A3F52C77FBF22CC733F83E07F3F8E2C6A3F52C77FBF22CC733F83E07F3F"> : tensor<32x1x16xf32>
    %0 = stablehlo.iota dim = 0 : tensor<16xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<16xi32>) -> tensor<1x16xi32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16xf32>
    %3 = stablehlo.convert %2 : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %4 = call @_take(%arg0, %arg20) : (tensor<100x32xf32>, tensor<1x16xi32>) -> tensor<1x16x32xf32>
    %5 = stablehlo.multiply %4, %4 : tensor<1x16x32xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.reduce(%5 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %cst_3 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %9 = stablehlo.divide %7, %8 : tensor<1x16x1xf32>
    %cst_4 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %11 = stablehlo.add %9, %10 : tensor<1x16x1xf32>
    %12 = stablehlo.sqrt %11 : tensor<1x16x1xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %14 = stablehlo.divide %4, %13 : tensor<1x16x32xf32>
    %15 = stablehlo.broadcast_in_dim %arg1, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %17 = stablehlo.multiply %16, %14 : tensor<1x16x32xf32>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %18 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x32xi1>
    %19 = stablehlo.iota dim = 0 : tensor<32xi32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [1] : (tensor<32xi32>) -> tensor<1x32xi32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %22 = stablehlo.broadcast_in_dim %20, dims = [0, 2] : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %23 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %24 = stablehlo.broadcast_in_dim %22, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %25 = stablehlo.compare  GE, %23, %24,  SIGNED : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 3] : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %27 = stablehlo.dot_general %17, %arg8, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %28 = stablehlo.dot_general %17, %arg6, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %29 = stablehlo.dot_general %17, %arg9, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %30 = stablehlo.reshape %27 : (tensor<1x16x32xf32>) -> tensor<1x16x4x8xf32>
    %31 = stablehlo.reshape %28 : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %32 = stablehlo.reshape %29 : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %34 = stablehlo.compare  LT, %1, %33,  SIGNED : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %c_6 = stablehlo.constant dense<32> : tensor<i32>
    %35 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %36 = stablehlo.add %1, %35 : tensor<1x16xi32>
    %37 = stablehlo.select %34, %36, %1 : tensor<1x16xi1>, tensor<1x16xi32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %39 = "stablehlo.gather"(%cst, %38) <{dimension_numbers = #stablehlo.gather<offset_dims = [2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 16>}> : (tensor<32x1x16xf32>, tensor<1x16x1xi32>) -> tensor<1x16x1x16xf32>
    %40 = stablehlo.slice %39 [0:1, 0:16, 0:1, 0:8] : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %41 = stablehlo.slice %39 [0:1, 0:16, 0:1, 8:16] : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %43 = stablehlo.multiply %31, %42 : tensor<1x16x2x8xf32>
    %44 = stablehlo.slice %31 [0:1, 0:16, 0:2, 4:8] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %45 = stablehlo.negate %44 : tensor<1x16x2x4xf32>
    %46 = stablehlo.slice %31 [0:1, 0:16, 0:2, 0:4] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %47 = stablehlo.concatenate %45, %46, dim = 3 : (tensor<1x16x2x4xf32>, tensor<1x16x2x4xf32>) -> tensor<1x16x2x8xf32>
    %48 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %49 = stablehlo.multiply %47, %48 : tensor<1x16x2x8xf32>
    %50 = stablehlo.add %43, %49 : tensor<1x16x2x8xf32>
    %51 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %52 = stablehlo.multiply %30, %51 : tensor<1x16x4x8xf32>
    %53 = stablehlo.slice %30 [0:1, 0:16, 0:4, 4:8] : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %54 = stablehlo.negate %53 : tensor<1x16x4x4xf32>
    %55 = stablehlo.slice %30 [0:1, 0:16, 0:4, 0:4] : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %56 = stablehlo.concatenate %54, %55, dim = 3 : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x8xf32>
    %57 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<1x16x4x8xf32>
    %59 = stablehlo.add %52, %58 : tensor<1x16x4x8xf32>
    %60 = stablehlo.slice %26 [0:1, 0:1, 0:16, 0:16] : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %61 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %63 = stablehlo.convert %60 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %64 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %65 = stablehlo.compare  NE, %62, %64,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %66 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %67 = stablehlo.compare  NE, %63, %66,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %68 = stablehlo.and %65, %67 : tensor<1x1x16x16xi1>
    %69 = stablehlo.convert %68 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %70 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 4] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %72 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2, 4] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %75 = stablehlo.compare  GT, %69, %74,  FLOAT : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %77 = stablehlo.convert %76 : tensor<1x1x16x16xf32>
    %cst_9 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %79 = stablehlo.select %75, %77, %78 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>
    %cst_10 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %80 = stablehlo.sqrt %cst_10 : tensor<f32>
    %81 = stablehlo.convert %80 : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x16x4x8xf32>
    %83 = stablehlo.divide %59, %82 : tensor<1x16x4x8xf32>
    %84 = stablehlo.dot_general %83, %71, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x4x16x16xf32>
    %85 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %86 = stablehlo.add %84, %85 : tensor<1x4x16x16xf32>
    %cst_11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %87 = stablehlo.reduce(%86 init: %cst_11) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %cst_12 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<1x4x16xf32>
    %89 = stablehlo.maximum %88, %87 : tensor<1x4x16xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %92 = stablehlo.subtract %86, %91 : tensor<1x4x16x16xf32>
    %93 = stablehlo.exponential %92 : tensor<1x4x16x16xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %94 = stablehlo.reduce(%93 init: %cst_13) applies stablehlo.add across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %97 = stablehlo.divide %93, %96 : tensor<1x4x16x16xf32>
    %98 = stablehlo.dot_general %73, %97, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x4x8xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x8x16xf32>
    %99 = stablehlo.transpose %98, dims = [0, 3, 1, 2] : (tensor<1x4x8x16xf32>) -> tensor<1x16x4x8xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x16x4x8xf32>) -> tensor<1x16x32xf32>
    %101 = stablehlo.dot_general %100, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %102 = stablehlo.add %4, %101 : tensor<1x16x32xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<1x16x32xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %104 = stablehlo.reduce(%103 init: %cst_14) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %106 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %107 = stablehlo.divide %105, %106 : tensor<1x16x1xf32>
    %108 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x16x1xf32>
    %110 = stablehlo.sqrt %109 : tensor<1x16x1xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %112 = stablehlo.divide %102, %111 : tensor<1x16x32xf32>
    %113 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %115 = stablehlo.multiply %114, %112 : tensor<1x16x32xf32>
    %116 = stablehlo.dot_general %115, %arg4, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %117 = stablehlo.dot_general %115, %arg3, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %118 = call @silu(%117) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<1x16x64xf32>
    %120 = stablehlo.dot_general %119, %arg2, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
    %121 = stablehlo.add %102, %120 : tensor<1x16x32xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<1x16x32xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %123 = stablehlo.reduce(%122 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %125 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %126 = stablehlo.divide %124, %125 : tensor<1x16x1xf32>
    %127 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x16x1xf32>
    %129 = stablehlo.sqrt %128 : tensor<1x16x1xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %131 = stablehlo.divide %121, %130 : tensor<1x16x32xf32>
    %132 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %134 = stablehlo.multiply %133, %131 : tensor<1x16x32xf32>
    %135 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1x32xi1>
    %136 = stablehlo.iota dim = 0 : tensor<32xi32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [1] : (tensor<32xi32>) -> tensor<1x32xi32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %139 = stablehlo.broadcast_in_dim %137, dims = [0, 2] : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %140 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2] : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %141 = stablehlo.broadcast_in_dim %139, dims = [0, 1, 2] : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %142 = stablehlo.compare  GE, %140, %141,  SIGNED : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 2, 3] : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %144 = stablehlo.dot_general %134, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %145 = stablehlo.dot_general %134, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %146 = stablehlo.dot_general %134, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %147 = stablehlo.reshape %144 : (tensor<1x16x32xf32>) -> tensor<1x16x4x8xf32>
    %148 = stablehlo.reshape %145 : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %149 = stablehlo.reshape %146 : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %150 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %151 = stablehlo.compare  LT, %1, %150,  SIGNED : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %152 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<1x16xi32>
    %153 = stablehlo.add %1, %152 : tensor<1x16xi32>
    %154 = stablehlo.select %151, %153, %1 : tensor<1x16xi1>, tensor<1x16xi32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %156 = "stablehlo.gather"(%cst_0, %155) <{dimension_numbers = #stablehlo.gather<offset_dims = [2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 16>}> : (tensor<32x1x16xf32>, tensor<1x16x1xi32>) -> tensor<1x16x1x16xf32>
    %157 = stablehlo.slice %156 [0:1, 0:16, 0:1, 0:8] : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %158 = stablehlo.slice %156 [0:1, 0:16, 0:1, 8:16] : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %160 = stablehlo.multiply %148, %159 : tensor<1x16x2x8xf32>
    %161 = stablehlo.slice %148 [0:1, 0:16, 0:2, 4:8] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %162 = stablehlo.negate %161 : tensor<1x16x2x4xf32>
    %163 = stablehlo.slice %148 [0:1, 0:16, 0:2, 0:4] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %164 = stablehlo.concatenate %162, %163, dim = 3 : (tensor<1x16x2x4xf32>, tensor<1x16x2x4xf32>) -> tensor<1x16x2x8xf32>
    %165 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<1x16x2x8xf32>
    %167 = stablehlo.add %160, %166 : tensor<1x16x2x8xf32>
    %168 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %169 = stablehlo.multiply %147, %168 : tensor<1x16x4x8xf32>
    %170 = stablehlo.slice %147 [0:1, 0:16, 0:4, 4:8] : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %171 = stablehlo.negate %170 : tensor<1x16x4x4xf32>
    %172 = stablehlo.slice %147 [0:1, 0:16, 0:4, 0:4] : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %173 = stablehlo.concatenate %171, %172, dim = 3 : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x8xf32>
    %174 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2, 3] : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<1x16x4x8xf32>
    %176 = stablehlo.add %169, %175 : tensor<1x16x4x8xf32>
    %177 = stablehlo.slice %143 [0:1, 0:1, 0:16, 0:16] : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %178 = stablehlo.broadcast_in_dim %3, dims = [0, 3] : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2, 3] : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %180 = stablehlo.convert %177 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %181 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %182 = stablehlo.compare  NE, %179, %181,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %183 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %184 = stablehlo.compare  NE, %180, %183,  SIGNED : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %185 = stablehlo.and %182, %184 : tensor<1x1x16x16xi1>
    %186 = stablehlo.convert %185 : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %187 = stablehlo.broadcast_in_dim %167, dims = [0, 1, 2, 4] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %189 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 4] : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %191 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %192 = stablehlo.compare  GT, %186, %191,  FLOAT : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %193 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %194 = stablehlo.convert %193 : tensor<1x1x16x16xf32>
    %195 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %196 = stablehlo.select %192, %194, %195 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>
    %197 = stablehlo.sqrt %cst_10 : tensor<f32>
    %198 = stablehlo.convert %197 : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<1x16x4x8xf32>
    %200 = stablehlo.divide %176, %199 : tensor<1x16x4x8xf32>
    %201 = stablehlo.dot_general %200, %188, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x4x16x16xf32>
    %202 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2, 3] : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %203 = stablehlo.add %201, %202 : tensor<1x4x16x16xf32>
    %cst_16 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %204 = stablehlo.reduce(%203 init: %cst_16) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %205 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<1x4x16xf32>
    %206 = stablehlo.maximum %205, %204 : tensor<1x4x16xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2] : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %209 = stablehlo.subtract %203, %208 : tensor<1x4x16x16xf32>
    %210 = stablehlo.exponential %209 : tensor<1x4x16x16xf32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %211 = stablehlo.reduce(%210 init: %cst_17) applies stablehlo.add across dimensions = [3] : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0, 1, 2] : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2, 3] : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %214 = stablehlo.divide %210, %213 : tensor<1x4x16x16xf32>
    %215 = stablehlo.dot_general %190, %214, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x16x4x8xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x8x16xf32>
    %216 = stablehlo.transpose %215, dims = [0, 3, 1, 2] : (tensor<1x4x8x16xf32>) -> tensor<1x16x4x8xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x16x4x8xf32>) -> tensor<1x16x32xf32>
    %218 = stablehlo.dot_general %217, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %219 = stablehlo.add %121, %218 : tensor<1x16x32xf32>
    %220 = stablehlo.multiply %219, %219 : tensor<1x16x32xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %221 = stablehlo.reduce(%220 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %223 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %224 = stablehlo.divide %222, %223 : tensor<1x16x1xf32>
    %225 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %226 = stablehlo.add %224, %225 : tensor<1x16x1xf32>
    %227 = stablehlo.sqrt %226 : tensor<1x16x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %229 = stablehlo.divide %219, %228 : tensor<1x16x32xf32>
    %230 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %232 = stablehlo.multiply %231, %229 : tensor<1x16x32xf32>
    %233 = stablehlo.dot_general %232, %arg13, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %234 = stablehlo.dot_general %232, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %235 = call @silu(%234) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %236 = stablehlo.multiply %233, %235 : tensor<1x16x64xf32>
    %237 = stablehlo.dot_general %236, %arg11, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
    %238 = stablehlo.add %219, %237 : tensor<1x16x32xf32>
    %239 = stablehlo.multiply %238, %238 : tensor<1x16x32xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.reduce(%239 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %242 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %243 = stablehlo.divide %241, %242 : tensor<1x16x1xf32>
    %244 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1xf32>
    %245 = stablehlo.add %243, %244 : tensor<1x16x1xf32>
    %246 = stablehlo.sqrt %245 : tensor<1x16x1xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %248 = stablehlo.divide %238, %247 : tensor<1x16x32xf32>
    %249 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %251 = stablehlo.multiply %250, %248 : tensor<1x16x32xf32>
    return %251 : tensor<1x16x32xf32>
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
  func.func private @silu(%arg0: tensor<1x16x64xf32>) -> tensor<1x16x64xf32> {
    %0 = stablehlo.negate %arg0 : tensor<1x16x64xf32>
    %1 = stablehlo.exponential %0 : tensor<1x16x64xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
    %3 = stablehlo.add %2, %1 : tensor<1x16x64xf32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x16x64xf32>
    %5 = stablehlo.divide %4, %3 : tensor<1x16x64xf32>
    %6 = stablehlo.multiply %arg0, %5 : tensor<1x16x64xf32>
    return %6 : tensor<1x16x64xf32>
  }
}
