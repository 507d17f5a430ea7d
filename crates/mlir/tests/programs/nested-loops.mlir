func.func @main(%x: tensor<10x6xf32>, %w: tensor<6x6xf32>) -> (tensor<10x6xf32>, tensor<6x10xf32>) {
  %r:2 = "chunk.for"(%x, %w) <{extent = 10 : i64, step = 3 : i64, operand_dims = array<i64: 0, -1>, result_dims = array<i64: 0, 1>}> ({
  ^bb0(%off: tensor<i64>, %xs: tensor<3x6xf32>, %ww: tensor<6x6xf32>):
    %rows = "nn.iota"() {dimension = 0} : () -> tensor<3x6xi64>
    %cols = "nn.iota"() {dimension = 1} : () -> tensor<3x6xi64>
    %grow = "nn.add"(%rows, %off) : (tensor<3x6xi64>, tensor<i64>) -> tensor<3x6xi64>
    %mask = "nn.compare"(%cols, %grow) {direction = "LE"} : (tensor<3x6xi64>, tensor<3x6xi64>) -> tensor<3x6xi1>
    %m = "nn.matmul"(%xs, %ww) : (tensor<3x6xf32>, tensor<6x6xf32>) -> tensor<3x6xf32>
    %z = "nn.constant"() {value = dense<-1.0e9> : tensor<f32>} : () -> tensor<f32>
    %s = "nn.select"(%mask, %m, %z) : (tensor<3x6xi1>, tensor<3x6xf32>, tensor<f32>) -> tensor<3x6xf32>
    %p = "nn.softmax"(%s) {axis = -1} : (tensor<3x6xf32>) -> tensor<3x6xf32>
    %inner = "chunk.for"(%p) <{extent = 6 : i64, step = 4 : i64, operand_dims = array<i64: 1>, result_dims = array<i64: 1>}> ({
    ^bb1(%o2: tensor<i64>, %ps: tensor<3x4xf32>):
      %e = "nn.exp"(%ps) : (tensor<3x4xf32>) -> tensor<3x4xf32>
      "chunk.yield"(%e) : (tensor<3x4xf32>) -> ()
    }) : (tensor<3x6xf32>) -> tensor<3x6xf32>
    %t = "nn.transpose"(%inner) {permutation = [1, 0]} : (tensor<3x6xf32>) -> tensor<6x3xf32>
    "chunk.yield"(%p, %t) : (tensor<3x6xf32>, tensor<6x3xf32>) -> ()
  }) : (tensor<10x6xf32>, tensor<6x6xf32>) -> (tensor<10x6xf32>, tensor<6x10xf32>)
  func.return %r#0, %r#1 : tensor<10x6xf32>, tensor<6x10xf32>
}
