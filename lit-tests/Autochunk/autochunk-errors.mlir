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
// RUN: not chunk-opt %s --pass-pipeline='builtin.module(cse, autochunk{max-regions=4 budget=abc})' 2>&1 | FileCheck %s --check-prefix=COLUMN --match-full-lines
// RUN: not chunk-opt %s --autochunk="budget=120%%" 2>&1 | FileCheck %s --check-prefix=PERCENT

// The softmax computes across the only dimension: nothing around the peak (the
// second exp, where %0 and %1 are both live) can be chunked past it, and the error
// names the smallest peak reached and the op that holds it.
// INFEASIBLE: autochunk-errors.mlir:34:8: error: autochunk: cannot meet the budget of 40 bytes (40 B): the smallest peak reachable is 4096 bytes (4.00 KiB), held by 'nn.exp' at {{.*}}autochunk-errors.mlir:34:8
// Every pipeline error has one format: the column, then the option, its value and why.
// NOBUDGET: chunk-opt: error: invalid pass pipeline at column 16: pass 'autochunk' needs a budget: budget=FRACTION (of the unchunked peak, or a percentage such as 30%) or budget-bytes=SIZE
// RANGE: chunk-opt: error: invalid pass pipeline at column 26: invalid value '1.5' for option 'budget' of pass 'autochunk': the budget must be more than 0 and at most 1 (100%) of the peak
// UNIT: at column 26: invalid value '12parsecs' for option 'budget-bytes' of pass 'autochunk': unknown size unit 'parsecs'
// BOTH: at column 37: invalid value '1KiB' for option 'budget-bytes' of pass 'autochunk': give either budget= or budget-bytes=, not both
// BARE: at column 26: invalid value 'true' for option 'budget' of pass 'autochunk': the option needs a value, such as budget=0.3
// EMPTY: at column 26: invalid value '' for option 'budget-bytes' of pass 'autochunk': the option needs a value, such as budget-bytes=2GiB
// TWICE: option 'budget' of pass 'autochunk' is given twice
// HUGE: invalid value '18446744073709551616' for option 'budget-bytes' of pass 'autochunk': size '18446744073709551616' is out of range (at most 2^64 - 1 bytes)
// The pipeline is shown with a caret under the bad option.
// COLUMN:      chunk-opt: error: invalid pass pipeline at column 45: invalid value 'abc' for option 'budget' of pass 'autochunk': expected a fraction such as 0.3 or a percentage such as 30%
// COLUMN-NEXT:   builtin.module(cse, autochunk{max-regions=4 budget=abc})
// COLUMN-NEXT:                                              ^
// PERCENT: invalid value '120%' for option 'budget' of pass 'autochunk': the budget must be more than 0 and at most 1 (100%) of the peak
func.func @main(%x: tensor<512xf32>) -> tensor<512xf32> {
  %0 = "nn.exp"(%x) : (tensor<512xf32>) -> tensor<512xf32>
  %1 = "nn.exp"(%0) : (tensor<512xf32>) -> tensor<512xf32>
  %2 = "nn.softmax"(%1) {axis = 0 : i64} : (tensor<512xf32>) -> tensor<512xf32>
  func.return %2 : tensor<512xf32>
}
