// Budgets autochunk cannot meet, and bad options, are errors.
// RUN: not chunk-opt %s --autochunk="budget=0.01" 2>&1 | FileCheck %s --check-prefix=INFEASIBLE
// RUN: not chunk-opt %s --autochunk 2>&1 | FileCheck %s --check-prefix=NOBUDGET
// RUN: not chunk-opt %s --autochunk="budget=1.5" 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not chunk-opt %s --autochunk="budget-bytes=12parsecs" 2>&1 | FileCheck %s --check-prefix=UNIT
// RUN: not chunk-opt %s --autochunk="budget=0.5 budget-bytes=1KiB" 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: not chunk-opt %s --autochunk="budget" 2>&1 | FileCheck %s --check-prefix=BARE
// RUN: not chunk-opt %s --autochunk="budget-bytes=" 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: not chunk-opt %s --autochunk="budget=0.3 budget=0.4" 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not chunk-opt %s --autochunk="budget-bytes=18446744073709551616" 2>&1 | FileCheck %s --check-prefix=HUGE

// The softmax computes across the only dimension: nothing around the peak (the
// second exp, where %0 and %1 are both live) can be chunked past it, and the error
// names the smallest peak reached and the op that holds it.
// INFEASIBLE: autochunk-errors.mlir:26:8: error: autochunk: cannot meet the budget of 40 bytes (40 B): the smallest peak reachable is 4096 bytes (4.00 KiB), held by 'nn.exp' at {{.*}}autochunk-errors.mlir:26:8
// NOBUDGET: a budget is required: budget=FRACTION (of the unchunked peak) or budget-bytes=SIZE
// RANGE: budget must be in (0, 1], got 1.5
// UNIT: unknown size unit 'parsecs'
// BOTH: give either budget= or budget-bytes=, not both
// BARE: autochunk: option 'budget' needs a value, such as budget=0.3
// EMPTY: autochunk: option 'budget-bytes' needs a value, such as budget-bytes=2GiB
// TWICE: option 'budget' of pass 'autochunk' is given twice
// HUGE: size '18446744073709551616' is out of range (at most 2^64 - 1 bytes)
func.func @main(%x: tensor<512xf32>) -> tensor<512xf32> {
  %0 = "nn.exp"(%x) : (tensor<512xf32>) -> tensor<512xf32>
  %1 = "nn.exp"(%0) : (tensor<512xf32>) -> tensor<512xf32>
  %2 = "nn.softmax"(%1) {axis = 0 : i64} : (tensor<512xf32>) -> tensor<512xf32>
  func.return %2 : tensor<512xf32>
}
