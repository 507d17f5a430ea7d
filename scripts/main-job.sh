#!/usr/bin/env bash
# The main job: generate a GPT model, autochunk it under a memory budget, run the
# original and the chunked program on the reference runtime with the same inputs, and
# print peak activation memory and speed before and after. Installs what is missing.
#
# Sizes and budget come from the environment (defaults in parentheses):
#   BUDGET (0.2, a fraction of the unchunked peak), LAYERS (2), HIDDEN (256),
#   HEADS (4), SEQ (1024), REPEAT (5). Outputs go to target/main-job/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/env.sh

BUDGET=${BUDGET:-0.2}
LAYERS=${LAYERS:-2}
HIDDEN=${HIDDEN:-256}
HEADS=${HEADS:-4}
SEQ=${SEQ:-1024}
REPEAT=${REPEAT:-5}

cargo build --release --locked -p tools --bins
bin=target/release
out=target/main-job
mkdir -p "$out"

echo "== 1. modelgen: a GPT with $LAYERS layers, hidden $HIDDEN, $HEADS heads, $SEQ tokens"
"$bin/modelgen" gpt --layers "$LAYERS" --hidden "$HIDDEN" --heads "$HEADS" --ffn $((4 * HIDDEN)) --seq "$SEQ" -o "$out/gpt.mlir"

echo "== 2. chunk-opt --autochunk: budget $BUDGET of the unchunked peak"
"$bin/chunk-opt" "$out/gpt.mlir" --autochunk="budget=$BUDGET report" -o "$out/gpt-chunked.mlir"

echo "== 3. chunk-run: both programs, same inputs, $REPEAT runs each"
"$bin/chunk-run" "$out/gpt-chunked.mlir" --compare "$out/gpt.mlir" --repeat "$REPEAT" --no-progress \
  --memory-profile "$out/memory.svg" --json > "$out/report.json"

python3 - "$out/report.json" "$BUDGET" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); budget = float(sys.argv[2])
c = r["compare"]
mib = lambda b: b / 2**20
print(f"{'':28}{'unchunked':>14}{'autochunk':>14}{'ratio':>9}")
print(f"{'peak activation (MiB)':28}{mib(c['measured_live_peak_bytes']):14.2f}{mib(r['measured_live_peak_bytes']):14.2f}{r['measured_live_peak_bytes'] / c['measured_live_peak_bytes']:9.3f}")
print(f"{'arena, planned (MiB)':28}{mib(c['planned_peak_bytes']):14.2f}{mib(r['planned_peak_bytes']):14.2f}{r['planned_peak_bytes'] / c['planned_peak_bytes']:9.3f}")
print(f"{'wall time, median (ms)':28}{c['wall_time_s'] * 1e3:14.1f}{r['wall_time_s'] * 1e3:14.1f}{r['wall_time_s'] / c['wall_time_s']:9.3f}")
print(f"max relative error {c['max_rel_error']:.1e}; budget {budget:.0%} of the unchunked peak: "
      + ("met" if r["measured_live_peak_bytes"] <= budget * c["measured_live_peak_bytes"] else "NOT met"))
print("memory profile: target/main-job/memory.svg")
PY
