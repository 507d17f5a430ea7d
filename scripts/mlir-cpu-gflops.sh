#!/bin/bash
# GFLOP/s of the reference runtime and the MLIR CPU JIT (docs/lowering.md, "Performance"):
# one nn.matmul of two NxN f32 arguments (N = 256, 512, 1024; 2·N³ flop) and an
# elementwise chain on 1024x1024 f32 (add, mul, exp: 3 flop per element).
# Each program runs ROUNDS times per backend, alternating backends, each run
# `chunk-run --repeat 10 --json`; the figure is the median over rounds of each run's
# median wall time (compile time is not included).
# Usage: scripts/mlir-cpu-gflops.sh [ROUNDS]   (after cargo build --release -p tools --bin chunk-run)
set -euo pipefail
ROUNDS=${1:-5}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CR="${CHUNK_RUN:-$ROOT/target/release/chunk-run}"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
for n in 256 512 1024; do
  cat > "$DIR/mm$n.mlir" <<MLIR
func.func @main(%a: tensor<${n}x${n}xf32>, %b: tensor<${n}x${n}xf32>) -> tensor<${n}x${n}xf32> {
  %0 = "nn.matmul"(%a, %b) : (tensor<${n}x${n}xf32>, tensor<${n}x${n}xf32>) -> tensor<${n}x${n}xf32>
  func.return %0 : tensor<${n}x${n}xf32>
}
MLIR
done
cat > "$DIR/ew.mlir" <<'MLIR'
func.func @main(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %0 = "nn.add"(%a, %b) : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  %1 = "nn.mul"(%0, %a) : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  %2 = "nn.exp"(%1) : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  func.return %2 : tensor<1024x1024xf32>
}
MLIR
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $ROUNDS rounds"
printf '%-8s %-10s %10s %12s\n' program backend "ms" "GFLOP/s"
for f in mm256 mm512 mm1024 ew; do
  for round in $(seq "$ROUNDS"); do
    for be in reference mlir-cpu; do
      "$CR" "$DIR/$f.mlir" --backend=$be --repeat 10 --json 2>/dev/null |
        python3 -c "import json,sys; print(json.load(sys.stdin)['wall_time_s'])" >> "$DIR/$f.$be"
    done
  done
  for be in reference mlir-cpu; do
    python3 - "$DIR/$f.$be" "$f" "$be" <<'PY'
import statistics, sys
path, f, be = sys.argv[1:]
t = statistics.median(float(x) for x in open(path))
n = {"mm256": 256, "mm512": 512, "mm1024": 1024}.get(f)
flop = 2 * n**3 if n else 3 * 1024 * 1024
print(f"{f:8} {be:10} {t * 1e3:10.2f} {flop / t / 1e9:12.2f}")
PY
  done
done
