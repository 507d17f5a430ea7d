func.func @main() -> tensor<4xf32> {
  // The blob holds two floats; the type needs four.
  %0 = "nn.constant"() {value = dense_resource<w> : tensor<4xf32>} : () -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F00000040"
    }
  }
#-}
