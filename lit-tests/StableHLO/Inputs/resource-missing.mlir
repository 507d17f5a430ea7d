func.func @main() -> tensor<4xf32> {
  // A reference to a resource the file does not define.
  %0 = "nn.constant"() {value = dense_resource<weights> : tensor<4xf32>} : () -> tensor<4xf32>
  func.return %0 : tensor<4xf32>
}
{-#
  dialect_resources: {
    builtin: {
      other: "0x04000000"
    }
  }
#-}
