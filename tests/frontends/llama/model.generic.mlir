"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<100x32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<32x64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32x16xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<32x64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32x16xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<1x16xi32>) -> tensor<1x16x32xf32>, res_attrs = [{jax.result_info = ""}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg8: tensor<100x32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<64x32xf32>, %arg11: tensor<32x64xf32>, %arg12: tensor<32x64xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x16xf32>, %arg15: tensor<32x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<32x16xf32>, %arg18: tensor<32xf32>, %arg19: tensor<64x32xf32>, %arg20: tensor<32x64xf32>, %arg21: tensor<32x64xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32x16xf32>, %arg24: tensor<32x32xf32>, %arg25: tensor<32x32xf32>, %arg26: tensor<32x16xf32>, %arg27: tensor<32xf32>, %arg28: tensor<1x16xi32>):
    %33 = "stablehlo.constant"() <{value = dense<"0x00000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803FA56A573F7775CC3D57D6233C6E12833AA56A573F7775CC3D57D6233C6E12833A40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3FB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033B3211D5BEA5E57A3FE5F27F3FDEFF7F3F3211D5BEA5E57A3FE5F27F3FDEFF7F3FC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443B26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3FCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F107C75BF4477F53EF5B64C3DDDD6A33B107C75BF4477F53EF5B64C3DDDD6A33B2B3C913E40A9603F19AE7F3F2EFF7F3F2B3C913E40A9603F19AE7F3F2EFF7F3F8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43BB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3F4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53BBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3F95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033CF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3F3101D33E1D88483F3F12B83D3A74133C3101D33E1D88483F3F12B83D3A74133CD53F69BFD5211F3FC2F67E3F59FD7F3FD53F69BFD5211F3FC2F67E3F59FD7F3FF7440BBFA56A573F7775CC3D57D6233CF7440BBFA56A573F7775CC3D57D6233C64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F5CFF7FBF2A26643F72D3E03D6A38343C5CFF7FBF2A26643F72D3E03D6A38343C7205913BC03DE83EE8737E3F09FC7F3F7205913BC03DE83EE8737E3F09FC7F3FD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443CD006583FF486B93EB5287E3F48FB7F3FD006583FF486B93EB5287E3F48FB7F3F2320D73EBFAB763FD0BE043E6BFC543C2320D73EBFAB763FD0BE043E6BFC543C6F4E683F9DF5883E00D77D3F76FA7F3F6F4E683F9DF5883E00D77D3F76FA7F3F72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653CD8040C3EDF0B2E3ECC7E7D3F94F97F3FD8040C3EDF0B2E3ECC7E7D3F94F97F3F4479263FD55B7F3F5006193E33C0753C4479263FD55B7F3F5006193E33C0753CE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F116893BE0EE47F3F5024233E0111833C116893BE0EE47F3F5024233E0111833C2C2975BFE233EFBCEDBA7C3F9DF77F3F2C2975BFE233EFBCEDBA7C3F9DF77F3F251E76BFBFDD7D3F233E2D3EDE418B3C251E76BFBFDD7D3F233E2D3EDE418B3C36E28CBED3EF03BE494F7C3F88F67F3F36E28CBED3EF03BE494F7C3F88F67F3FB34040BF144E793F8853373EB272933CB34040BF144E793F8853373EB272933C840A293FA7A768BE2EDD7B3F62F57F3F840A293FA7A768BE2EDD7B3F62F57F3F6979193EB940723F3A64413E7DA39B3C6979193EB940723F3A64413E7DA39B3CBF1B7D3F3586A5BEA1647B3F2CF47F3FBF1B7D3F3586A5BEA1647B3F2CF47F3FC8B6693FB7C7683FF96F4B3E3ED4A33CC8B6693FB7C7683FF96F4B3E3ED4A33C22F0D03E3211D5BEA5E57A3FE5F27F3F22F0D03E3211D5BEA5E57A3FE5F27F3F102F563F4BFB5C3F8376553EF404AC3C102F563F4BFB5C3F8376553EF404AC3CFC370CBF973D01BF3C607A3F8DF17F3FFC370CBF973D01BF3C607A3F8DF17F3F150511BC9EF94E3F96775F3E9F35B43C150511BC9EF94E3F96775F3E9F35B43C6FFD7FBF03A816BF6AD4793F24F07F3F6FFD7FBF03A816BF6AD4793F24F07F3FE6A158BF8AE63E3FF172693E3E66BC3CE6A158BF8AE63E3FF172693E3E66BC3CBF6708BF10912ABF3342793FABEE7F3FBF6708BF10912ABF3342793FABEE7F3FFCD367BF27EB2C3F5168733ED196C43CFCD367BF27EB2C3F5168733ED196C43CFE2DD93ED7C53CBF9BA9783F20ED7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3F388707BE7935193F77577D3E57C7CC3C388707BE7935193F77577D3E57C7CC3C78BF7D3FBF174DBFA50A783F85EB7F3F78BF7D3FBF174DBFA50A783F85EB7F3F0737433FE8F7033F10A0833ECFF7D43C0737433FE8F7033F10A0833ECFF7D43C829C253F0F5D5BBF5565773FDAE97F3F829C253F0F5D5BBF5565773FDAE97F3F0ED5743F88D1DA3E0691883E3A28DD3C0ED5743F88D1DA3E0691883E3A28DD3C389395BE467167BFB0B9763F1DE87F3F389395BE467167BFB0B9763F1DE87F3F2AB48A3E9383AB3E7D7E8D3E9658E53C2AB48A3E9383AB3E7D7E8D3E9658E53C576D76BF7B3571BFBB07763F50E67F3F576D76BF7B3571BFBB07763F50E67F3FE9E329BFC0FD743E5468923EE288ED3CE9E329BFC0FD743E5468923EE288ED3CB3803FBFB79078BF794F753F72E47F3FB3803FBFB79078BF794F753F72E47F3FA4EF7CBFC381103E6D4E973E1FB9F53CA4EF7CBFC381103E6D4E973E1FB9F53C18F41D3E26707DBFEF90743F83E27F3F18F41D3E26707DBFEF90743F83E27F3F06DECEBE96502A3DA5309C3E4CE9FD3C06DECEBE96502A3DA5309C3E4CE9FD3C8E2C6A3F52C77FBF22CC733F83E07F3F8E2C6A3F52C77FBF22CC733F83E07F3F"> : tensor<32x1x16xf32>}> : () -> tensor<32x1x16xf32>
    %34 = "stablehlo.constant"() <{value = dense<"0x00000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803FA56A573F7775CC3D57D6233C6E12833AA56A573F7775CC3D57D6233C6E12833A40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3FB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033B3211D5BEA5E57A3FE5F27F3FDEFF7F3F3211D5BEA5E57A3FE5F27F3FDEFF7F3FC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443B26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3FCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F107C75BF4477F53EF5B64C3DDDD6A33B107C75BF4477F53EF5B64C3DDDD6A33B2B3C913E40A9603F19AE7F3F2EFF7F3F2B3C913E40A9603F19AE7F3F2EFF7F3F8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43BB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3F4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53BBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3F95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033CF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3F3101D33E1D88483F3F12B83D3A74133C3101D33E1D88483F3F12B83D3A74133CD53F69BFD5211F3FC2F67E3F59FD7F3FD53F69BFD5211F3FC2F67E3F59FD7F3FF7440BBFA56A573F7775CC3D57D6233CF7440BBFA56A573F7775CC3D57D6233C64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F5CFF7FBF2A26643F72D3E03D6A38343C5CFF7FBF2A26643F72D3E03D6A38343C7205913BC03DE83EE8737E3F09FC7F3F7205913BC03DE83EE8737E3F09FC7F3FD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443CD006583FF486B93EB5287E3F48FB7F3FD006583FF486B93EB5287E3F48FB7F3F2320D73EBFAB763FD0BE043E6BFC543C2320D73EBFAB763FD0BE043E6BFC543C6F4E683F9DF5883E00D77D3F76FA7F3F6F4E683F9DF5883E00D77D3F76FA7F3F72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653CD8040C3EDF0B2E3ECC7E7D3F94F97F3FD8040C3EDF0B2E3ECC7E7D3F94F97F3F4479263FD55B7F3F5006193E33C0753C4479263FD55B7F3F5006193E33C0753CE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F116893BE0EE47F3F5024233E0111833C116893BE0EE47F3F5024233E0111833C2C2975BFE233EFBCEDBA7C3F9DF77F3F2C2975BFE233EFBCEDBA7C3F9DF77F3F251E76BFBFDD7D3F233E2D3EDE418B3C251E76BFBFDD7D3F233E2D3EDE418B3C36E28CBED3EF03BE494F7C3F88F67F3F36E28CBED3EF03BE494F7C3F88F67F3FB34040BF144E793F8853373EB272933CB34040BF144E793F8853373EB272933C840A293FA7A768BE2EDD7B3F62F57F3F840A293FA7A768BE2EDD7B3F62F57F3F6979193EB940723F3A64413E7DA39B3C6979193EB940723F3A64413E7DA39B3CBF1B7D3F3586A5BEA1647B3F2CF47F3FBF1B7D3F3586A5BEA1647B3F2CF47F3FC8B6693FB7C7683FF96F4B3E3ED4A33CC8B6693FB7C7683FF96F4B3E3ED4A33C22F0D03E3211D5BEA5E57A3FE5F27F3F22F0D03E3211D5BEA5E57A3FE5F27F3F102F563F4BFB5C3F8376553EF404AC3C102F563F4BFB5C3F8376553EF404AC3CFC370CBF973D01BF3C607A3F8DF17F3FFC370CBF973D01BF3C607A3F8DF17F3F150511BC9EF94E3F96775F3E9F35B43C150511BC9EF94E3F96775F3E9F35B43C6FFD7FBF03A816BF6AD4793F24F07F3F6FFD7FBF03A816BF6AD4793F24F07F3FE6A158BF8AE63E3FF172693E3E66BC3CE6A158BF8AE63E3FF172693E3E66BC3CBF6708BF10912ABF3342793FABEE7F3FBF6708BF10912ABF3342793FABEE7F3FFCD367BF27EB2C3F5168733ED196C43CFCD367BF27EB2C3F5168733ED196C43CFE2DD93ED7C53CBF9BA9783F20ED7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3F388707BE7935193F77577D3E57C7CC3C388707BE7935193F77577D3E57C7CC3C78BF7D3FBF174DBFA50A783F85EB7F3F78BF7D3FBF174DBFA50A783F85EB7F3F0737433FE8F7033F10A0833ECFF7D43C0737433FE8F7033F10A0833ECFF7D43C829C253F0F5D5BBF5565773FDAE97F3F829C253F0F5D5BBF5565773FDAE97F3F0ED5743F88D1DA3E0691883E3A28DD3C0ED5743F88D1DA3E0691883E3A28DD3C389395BE467167BFB0B9763F1DE87F3F389395BE467167BFB0B9763F1DE87F3F2AB48A3E9383AB3E7D7E8D3E9658E53C2AB48A3E9383AB3E7D7E8D3E9658E53C576D76BF7B3571BFBB07763F50E67F3F576D76BF7B3571BFBB07763F50E67F3FE9E329BFC0FD743E5468923EE288ED3CE9E329BFC0FD743E5468923EE288ED3CB3803FBFB79078BF794F753F72E47F3FB3803FBFB79078BF794F753F72E47F3FA4EF7CBFC381103E6D4E973E1FB9F53CA4EF7CBFC381103E6D4E973E1FB9F53C18F41D3E26707DBFEF90743F83E27F3F18F41D3E26707DBFEF90743F83E27F3F06DECEBE96502A3DA5309C3E4CE9FD3C06DECEBE96502A3DA5309C3E4CE9FD3C8E2C6A3F52C77FBF22CC733F83E07F3F8E2C6A3F52C77FBF22CC733F83E07F3F"> : tensor<32x1x16xf32>}> : () -> tensor<32x1x16xf32>
    %35 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %37 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16xf32>
    %39 = "stablehlo.convert"(%38) : (tensor<1x16xf32>) -> tensor<1x16xi32>
    %40 = "func.call"(%arg8, %arg28) <{callee = @_take}> : (tensor<100x32xf32>, tensor<1x16xi32>) -> tensor<1x16x32xf32>
    %41 = "stablehlo.multiply"(%40, %40) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %42 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.reduce"(%41, %42) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg45: tensor<f32>, %arg46: tensor<f32>):
      %315 = "stablehlo.add"(%arg45, %arg46) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%315) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %45 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %47 = "stablehlo.divide"(%44, %46) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %48 = "stablehlo.constant"() <{value = dense<9.99999997E-7> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %50 = "stablehlo.add"(%47, %49) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %51 = "stablehlo.sqrt"(%50) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %53 = "stablehlo.divide"(%40, %52) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %54 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %56 = "stablehlo.multiply"(%55, %53) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %57 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x32xi1>
    %59 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %60 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %62 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %63 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %64 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %65 = "stablehlo.compare"(%63, %64) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %67 = "stablehlo.dot_general"(%56, %arg16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %68 = "stablehlo.dot_general"(%56, %arg14) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %69 = "stablehlo.dot_general"(%56, %arg17) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %70 = "stablehlo.reshape"(%67) : (tensor<1x16x32xf32>) -> tensor<1x16x4x8xf32>
    %71 = "stablehlo.reshape"(%68) : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %72 = "stablehlo.reshape"(%69) : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %75 = "stablehlo.compare"(%36, %74) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %76 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %78 = "stablehlo.add"(%36, %77) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %79 = "stablehlo.select"(%75, %78, %36) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %81 = "stablehlo.gather"(%33, %80) <{dimension_numbers = #stablehlo.gather<offset_dims = [2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 16>}> : (tensor<32x1x16xf32>, tensor<1x16x1xi32>) -> tensor<1x16x1x16xf32>
    %82 = "stablehlo.slice"(%81) <{limit_indices = array<i64: 1, 16, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %83 = "stablehlo.slice"(%81) <{limit_indices = array<i64: 1, 16, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %85 = "stablehlo.multiply"(%71, %84) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
    %86 = "stablehlo.slice"(%71) <{limit_indices = array<i64: 1, 16, 2, 8>, start_indices = array<i64: 0, 0, 0, 4>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %87 = "stablehlo.negate"(%86) : (tensor<1x16x2x4xf32>) -> tensor<1x16x2x4xf32>
    %88 = "stablehlo.slice"(%71) <{limit_indices = array<i64: 1, 16, 2, 4>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %89 = "stablehlo.concatenate"(%87, %88) <{dimension = 3 : i64}> : (tensor<1x16x2x4xf32>, tensor<1x16x2x4xf32>) -> tensor<1x16x2x8xf32>
    %90 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %91 = "stablehlo.multiply"(%89, %90) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
    %92 = "stablehlo.add"(%85, %91) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
    %93 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %94 = "stablehlo.multiply"(%70, %93) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %95 = "stablehlo.slice"(%70) <{limit_indices = array<i64: 1, 16, 4, 8>, start_indices = array<i64: 0, 0, 0, 4>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %96 = "stablehlo.negate"(%95) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %97 = "stablehlo.slice"(%70) <{limit_indices = array<i64: 1, 16, 4, 4>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %98 = "stablehlo.concatenate"(%96, %97) <{dimension = 3 : i64}> : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x8xf32>
    %99 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %100 = "stablehlo.multiply"(%98, %99) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %101 = "stablehlo.add"(%94, %100) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %102 = "stablehlo.slice"(%66) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %103 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %105 = "stablehlo.convert"(%102) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %106 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %107 = "stablehlo.compare"(%104, %106) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %108 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %109 = "stablehlo.compare"(%105, %108) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %110 = "stablehlo.and"(%107, %109) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %111 = "stablehlo.convert"(%110) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %112 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %113 = "stablehlo.reshape"(%112) : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %114 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %115 = "stablehlo.reshape"(%114) : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %116 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %118 = "stablehlo.compare"(%111, %117) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %119 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %121 = "stablehlo.convert"(%120) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %122 = "stablehlo.constant"() <{value = dense<-3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %124 = "stablehlo.select"(%118, %121, %123) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %125 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %126 = "stablehlo.sqrt"(%125) : (tensor<f32>) -> tensor<f32>
    %127 = "stablehlo.convert"(%126) : (tensor<f32>) -> tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x8xf32>
    %129 = "stablehlo.divide"(%101, %128) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %130 = "stablehlo.dot_general"(%129, %113) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x4x16x16xf32>
    %131 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %132 = "stablehlo.add"(%130, %131) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %133 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %134 = "stablehlo.reduce"(%132, %133) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg43: tensor<f32>, %arg44: tensor<f32>):
      %314 = "stablehlo.maximum"(%arg43, %arg44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%314) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %135 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %137 = "stablehlo.maximum"(%136, %134) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %139 = "stablehlo.broadcast_in_dim"(%138) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %140 = "stablehlo.subtract"(%132, %139) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %141 = "stablehlo.exponential"(%140) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %142 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %143 = "stablehlo.reduce"(%141, %142) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %313 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%313) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %146 = "stablehlo.divide"(%141, %145) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %147 = "stablehlo.dot_general"(%115, %146) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x8xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x8x16xf32>
    %148 = "stablehlo.transpose"(%147) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x8x16xf32>) -> tensor<1x16x4x8xf32>
    %149 = "stablehlo.reshape"(%148) : (tensor<1x16x4x8xf32>) -> tensor<1x16x32xf32>
    %150 = "stablehlo.dot_general"(%149, %arg15) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %151 = "stablehlo.add"(%40, %150) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %152 = "stablehlo.multiply"(%151, %151) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %153 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.reduce"(%152, %153) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg39: tensor<f32>, %arg40: tensor<f32>):
      %312 = "stablehlo.add"(%arg39, %arg40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%312) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %156 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %157 = "stablehlo.divide"(%155, %156) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %158 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %159 = "stablehlo.add"(%157, %158) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %160 = "stablehlo.sqrt"(%159) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %162 = "stablehlo.divide"(%151, %161) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %163 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %164 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %165 = "stablehlo.multiply"(%164, %162) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %166 = "stablehlo.dot_general"(%165, %arg12) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %167 = "stablehlo.dot_general"(%165, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %168 = "func.call"(%167) <{callee = @silu}> : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %169 = "stablehlo.multiply"(%166, %168) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %170 = "stablehlo.dot_general"(%169, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
    %171 = "stablehlo.add"(%151, %170) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %172 = "stablehlo.multiply"(%171, %171) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %173 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %174 = "stablehlo.reduce"(%172, %173) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg37: tensor<f32>, %arg38: tensor<f32>):
      %311 = "stablehlo.add"(%arg37, %arg38) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%311) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %175 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %176 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %177 = "stablehlo.divide"(%175, %176) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %178 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %179 = "stablehlo.add"(%177, %178) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %180 = "stablehlo.sqrt"(%179) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %182 = "stablehlo.divide"(%171, %181) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %183 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %184 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %185 = "stablehlo.multiply"(%184, %182) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %186 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x32xi1>
    %187 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<32xi32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64: 1>}> : (tensor<32xi32>) -> tensor<1x32xi32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x32xi32>) -> tensor<1x32x1xi32>
    %190 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x32xi32>) -> tensor<1x1x32xi32>
    %191 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x32x1xi32>) -> tensor<1x32x32xi32>
    %192 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xi32>) -> tensor<1x32x32xi32>
    %193 = "stablehlo.compare"(%191, %192) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x32x32xi32>, tensor<1x32x32xi32>) -> tensor<1x32x32xi1>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x32x32xi1>) -> tensor<1x1x32x32xi1>
    %195 = "stablehlo.dot_general"(%185, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %196 = "stablehlo.dot_general"(%185, %arg23) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %197 = "stablehlo.dot_general"(%185, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x16xf32>) -> tensor<1x16x16xf32>
    %198 = "stablehlo.reshape"(%195) : (tensor<1x16x32xf32>) -> tensor<1x16x4x8xf32>
    %199 = "stablehlo.reshape"(%196) : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %200 = "stablehlo.reshape"(%197) : (tensor<1x16x16xf32>) -> tensor<1x16x2x8xf32>
    %201 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %202 = "stablehlo.compare"(%36, %201) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %203 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %204 = "stablehlo.add"(%36, %203) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %205 = "stablehlo.select"(%202, %204, %36) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %206 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %207 = "stablehlo.gather"(%34, %206) <{dimension_numbers = #stablehlo.gather<offset_dims = [2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 16>}> : (tensor<32x1x16xf32>, tensor<1x16x1xi32>) -> tensor<1x16x1x16xf32>
    %208 = "stablehlo.slice"(%207) <{limit_indices = array<i64: 1, 16, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %209 = "stablehlo.slice"(%207) <{limit_indices = array<i64: 1, 16, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x1x16xf32>) -> tensor<1x16x1x8xf32>
    %210 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %211 = "stablehlo.multiply"(%199, %210) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
    %212 = "stablehlo.slice"(%199) <{limit_indices = array<i64: 1, 16, 2, 8>, start_indices = array<i64: 0, 0, 0, 4>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %213 = "stablehlo.negate"(%212) : (tensor<1x16x2x4xf32>) -> tensor<1x16x2x4xf32>
    %214 = "stablehlo.slice"(%199) <{limit_indices = array<i64: 1, 16, 2, 4>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x4xf32>
    %215 = "stablehlo.concatenate"(%213, %214) <{dimension = 3 : i64}> : (tensor<1x16x2x4xf32>, tensor<1x16x2x4xf32>) -> tensor<1x16x2x8xf32>
    %216 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x2x8xf32>
    %217 = "stablehlo.multiply"(%215, %216) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
    %218 = "stablehlo.add"(%211, %217) : (tensor<1x16x2x8xf32>, tensor<1x16x2x8xf32>) -> tensor<1x16x2x8xf32>
    %219 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %220 = "stablehlo.multiply"(%198, %219) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %221 = "stablehlo.slice"(%198) <{limit_indices = array<i64: 1, 16, 4, 8>, start_indices = array<i64: 0, 0, 0, 4>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %222 = "stablehlo.negate"(%221) : (tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
    %223 = "stablehlo.slice"(%198) <{limit_indices = array<i64: 1, 16, 4, 4>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x16x4x8xf32>) -> tensor<1x16x4x4xf32>
    %224 = "stablehlo.concatenate"(%222, %223) <{dimension = 3 : i64}> : (tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>) -> tensor<1x16x4x8xf32>
    %225 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x16x1x8xf32>) -> tensor<1x16x4x8xf32>
    %226 = "stablehlo.multiply"(%224, %225) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %227 = "stablehlo.add"(%220, %226) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %228 = "stablehlo.slice"(%194) <{limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>}> : (tensor<1x1x32x32xi1>) -> tensor<1x1x16x16xi1>
    %229 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 0, 3>}> : (tensor<1x16xi32>) -> tensor<1x1x1x16xi32>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x1x16xi32>) -> tensor<1x1x16x16xi32>
    %231 = "stablehlo.convert"(%228) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi32>
    %232 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %233 = "stablehlo.compare"(%230, %232) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %234 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x1x16x16xi32>
    %235 = "stablehlo.compare"(%231, %234) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x1x16x16xi32>, tensor<1x1x16x16xi32>) -> tensor<1x1x16x16xi1>
    %236 = "stablehlo.and"(%233, %235) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xi1>
    %237 = "stablehlo.convert"(%236) : (tensor<1x1x16x16xi1>) -> tensor<1x1x16x16xf32>
    %238 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %239 = "stablehlo.reshape"(%238) : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %240 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0, 1, 2, 4>}> : (tensor<1x16x2x8xf32>) -> tensor<1x16x2x2x8xf32>
    %241 = "stablehlo.reshape"(%240) : (tensor<1x16x2x2x8xf32>) -> tensor<1x16x4x8xf32>
    %242 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %243 = "stablehlo.compare"(%237, %242) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xi1>
    %244 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %245 = "stablehlo.convert"(%244) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %246 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %247 = "stablehlo.select"(%243, %245, %246) : (tensor<1x1x16x16xi1>, tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %248 = "stablehlo.sqrt"(%125) : (tensor<f32>) -> tensor<f32>
    %249 = "stablehlo.convert"(%248) : (tensor<f32>) -> tensor<f32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x4x8xf32>
    %251 = "stablehlo.divide"(%227, %250) : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x16x4x8xf32>
    %252 = "stablehlo.dot_general"(%251, %239) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x8xf32>, tensor<1x16x4x8xf32>) -> tensor<1x4x16x16xf32>
    %253 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %254 = "stablehlo.add"(%252, %253) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %255 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %256 = "stablehlo.reduce"(%254, %255) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg35: tensor<f32>, %arg36: tensor<f32>):
      %310 = "stablehlo.maximum"(%arg35, %arg36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%310) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %257 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x4x16xf32>
    %258 = "stablehlo.maximum"(%257, %256) : (tensor<1x4x16xf32>, tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %260 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %261 = "stablehlo.subtract"(%254, %260) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %262 = "stablehlo.exponential"(%261) : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %263 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %264 = "stablehlo.reduce"(%262, %263) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg33: tensor<f32>, %arg34: tensor<f32>):
      %309 = "stablehlo.add"(%arg33, %arg34) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%309) : (tensor<f32>) -> ()
    }) : (tensor<1x4x16x16xf32>, tensor<f32>) -> tensor<1x4x16xf32>
    %265 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x4x16xf32>) -> tensor<1x4x16x1xf32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x4x16x1xf32>) -> tensor<1x4x16x16xf32>
    %267 = "stablehlo.divide"(%262, %266) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %268 = "stablehlo.dot_general"(%241, %267) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x4x8xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x8x16xf32>
    %269 = "stablehlo.transpose"(%268) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x4x8x16xf32>) -> tensor<1x16x4x8xf32>
    %270 = "stablehlo.reshape"(%269) : (tensor<1x16x4x8xf32>) -> tensor<1x16x32xf32>
    %271 = "stablehlo.dot_general"(%270, %arg24) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x32xf32>) -> tensor<1x16x32xf32>
    %272 = "stablehlo.add"(%171, %271) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %273 = "stablehlo.multiply"(%272, %272) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %274 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.reduce"(%273, %274) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      %308 = "stablehlo.add"(%arg31, %arg32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%308) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %276 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %277 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %278 = "stablehlo.divide"(%276, %277) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %279 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %280 = "stablehlo.add"(%278, %279) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %281 = "stablehlo.sqrt"(%280) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %283 = "stablehlo.divide"(%272, %282) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %284 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %286 = "stablehlo.multiply"(%285, %283) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %287 = "stablehlo.dot_general"(%286, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %288 = "stablehlo.dot_general"(%286, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x32xf32>, tensor<32x64xf32>) -> tensor<1x16x64xf32>
    %289 = "func.call"(%288) <{callee = @silu}> : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %290 = "stablehlo.multiply"(%287, %289) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %291 = "stablehlo.dot_general"(%290, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x16x64xf32>, tensor<64x32xf32>) -> tensor<1x16x32xf32>
    %292 = "stablehlo.add"(%272, %291) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %293 = "stablehlo.multiply"(%292, %292) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %294 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.reduce"(%293, %294) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg29: tensor<f32>, %arg30: tensor<f32>):
      %307 = "stablehlo.add"(%arg29, %arg30) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%307) : (tensor<f32>) -> ()
    }) : (tensor<1x16x32xf32>, tensor<f32>) -> tensor<1x16xf32>
    %296 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %297 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %298 = "stablehlo.divide"(%296, %297) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %299 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x1xf32>
    %300 = "stablehlo.add"(%298, %299) : (tensor<1x16x1xf32>, tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %301 = "stablehlo.sqrt"(%300) : (tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %302 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x16x1xf32>) -> tensor<1x16x32xf32>
    %303 = "stablehlo.divide"(%292, %302) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    %304 = "stablehlo.broadcast_in_dim"(%arg27) <{broadcast_dimensions = array<i64: 2>}> : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x32xf32>) -> tensor<1x16x32xf32>
    %306 = "stablehlo.multiply"(%305, %303) : (tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    "func.return"(%306) : (tensor<1x16x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<100x32xf32>, tensor<1x16xi32>) -> tensor<1x16x32xf32>, res_attrs = [{}], sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<100x32xf32>, %arg5: tensor<1x16xi32>):
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %11 = "stablehlo.compare"(%arg5, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %12 = "stablehlo.constant"() <{value = dense<100> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %14 = "stablehlo.add"(%arg5, %13) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %15 = "func.call"(%11, %14, %arg5) <{callee = @_where}> : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<1x16x1xi32>
    %17 = "stablehlo.constant"() <{value = dense<99> : tensor<1xi32>}> : () -> tensor<1xi32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16x1xi32>
    %20 = "stablehlo.compare"(%16, %19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %21 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>) -> tensor<1x16x1xi32>
    %23 = "stablehlo.compare"(%16, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x1xi1>
    %24 = "stablehlo.and"(%20, %23) : (tensor<1x16x1xi1>, tensor<1x16x1xi1>) -> tensor<1x16x1xi1>
    %25 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %26 = "stablehlo.reduce"(%24, %25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg6: tensor<i1>, %arg7: tensor<i1>):
      %32 = "stablehlo.and"(%arg6, %arg7) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%32) : (tensor<i1>) -> ()
    }) : (tensor<1x16x1xi1>, tensor<i1>) -> tensor<1x16xi1>
    %27 = "stablehlo.gather"(%arg4, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<100x32xf32>, tensor<1x16x1xi32>) -> tensor<1x16x32xf32>
    %28 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi1>) -> tensor<1x16x32xi1>
    %29 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x32xf32>
    %31 = "stablehlo.select"(%28, %27, %30) : (tensor<1x16x32xi1>, tensor<1x16x32xf32>, tensor<1x16x32xf32>) -> tensor<1x16x32xf32>
    "func.return"(%31) : (tensor<1x16x32xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<1x16xi1>, %arg2: tensor<1x16xi32>, %arg3: tensor<1x16xi32>):
    %8 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%8) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>, res_attrs = [{}], sym_name = "silu", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x16x64xf32>):
    %0 = "stablehlo.negate"(%arg0) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %1 = "stablehlo.exponential"(%0) : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %2 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
    %4 = "stablehlo.add"(%3, %1) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %5 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x16x64xf32>
    %6 = "stablehlo.divide"(%5, %4) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %7 = "stablehlo.multiply"(%arg0, %6) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    "func.return"(%7) : (tensor<1x16x64xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
