// A refused budget names the smallest peak reached and, as remarks, the largest
// values live there and what keeps each from being sliced further: here the scores
// are chunked by rows, but the softmax computes across the keys, and the output is
// returned whole.
// RUN: not chunk-opt %s --autochunk="budget-bytes=100KiB" -o /dev/null 2>&1 | FileCheck %s

// CHECK: error: autochunk: cannot meet the budget of 102400 bytes (100.00 KiB): the smallest peak reachable is {{[0-9]+}} bytes
// CHECK: remark: the full-size result of the loop starting at {{.*}}refusal-remarks.mlir:{{[0-9]+}}:{{[0-9]+}} (tensor<4x128x128xf32>, 262144 bytes) is live at this peak and no region slices it further: 'func.return' at {{.*}} returns it whole
// CHECK: remark: the result of 'nn.exp' {{.*}} is live at this peak and no region slices it further: 'nn.softmax' at {{.*}}refusal-remarks.mlir:{{[0-9]+}}:{{[0-9]+}} computes across its dimension 2
func.func @main(%s: tensor<4x128x128xf32>) -> tensor<4x128x128xf32> {
  %min = "nn.constant"() {value = dense<-1.0e9> : tensor<f32>} : () -> tensor<f32>
  %e = "nn.exp"(%s) : (tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
  %p = "nn.softmax"(%e) {axis = -1 : i64} : (tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
  func.return %p : tensor<4x128x128xf32>
}
