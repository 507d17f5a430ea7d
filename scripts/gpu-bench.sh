#!/usr/bin/env bash
# The CUDA backend on a GPU machine, in two halves (docs/cuda.md):
#
#   scripts/gpu-bench.sh prepare   on a build machine (no GPU needed): builds the small
#                                  chunk-run (no MLIR/LLVM) and the GPU test binary, and
#                                  compiles every model to PTX + host plan, all into
#                                  target/gpu (ignored by git; carry that one folder)
#   scripts/gpu-bench.sh test      on the GPU machine: the GPU tests (op suite, zoo,
#                                  hand-written plan) against the reference runtime
#   scripts/gpu-bench.sh run       on the GPU machine: the benchmark, PyTorch on the same
#                                  shapes, one table, the longest GPT sequence that fits
#
# Nothing is built on the GPU machine. There, cuBLAS needs
# LD_LIBRARY_PATH=/usr/local/cuda/lib64 (set below when that folder exists).
#
# Environment (prepare):
#   GPT_LENGTHS   default "2048 8192 16384 32768"   GPT layer d=1024, 16 heads, FFN 4096
#   EVO_SIZES     default "256 512 1024 1536"       triangle attention + transition, c_z 128
#   BUDGETS       default "0.2 0.05 pt"             autochunk budgets: fractions of the unchunked
#                                                   peak, and "pt": PyTorch's smallest hand-chunked
#                                                   peak on that shape (ANCHORS.md, H200) in bytes
#   MAXLEN_LENGTHS default "65536 131072 196608 294912"  GPT lengths tried for the longest fit
#   MAXLEN_BUDGET default "96GiB"                  autochunk budget-bytes for those
#   GPU_REDUCTIONS default "thread"                chunk-translate --gpu-reductions: "row" for
#                                                   block-per-row softmax/norm/reduce kernels
#   GPU_DIR       default target/gpu               where prepare writes and test/run read (a
#                                                   second folder holds the other variant)
# Environment (run):
#   PARTS         default "ours pytorch maxlen"
#   REPEAT        default 5
#   RUN_TIMEOUT   default 240 (seconds per chunk-run)
#   DEADLINE      default 560 (seconds for the whole run: a device command may take 600;
#                 what would start after it is skipped and listed)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
GPU=${GPU_DIR:-$ROOT/target/gpu}
case $GPU in /*) ;; *) GPU=$ROOT/$GPU ;; esac

say() { printf '%s\n' "$*" >&2; }

prepare() {
  # shellcheck source=/dev/null
  source scripts/env.sh
  local start=$SECONDS
  mkdir -p "$GPU/bin" "$GPU/fixtures" "$GPU/bench"
  rm -f "$GPU"/fixtures/* "$GPU"/bench/*
  say "== small binaries (no MLIR), release, stripped, in target/gpu-build"
  export CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true
  CARGO_TARGET_DIR=target/gpu-build cargo build --release --no-default-features -p tools --bin chunk-run || return 1
  cp target/gpu-build/release/chunk-run "$GPU/bin/chunk-run"
  local log
  log=$(CARGO_TARGET_DIR=target/gpu-build cargo test --release -p cuda --test gpu --no-run 2>&1) || { say "$log"; return 1; }
  local test_bin
  test_bin=$(printf '%s\n' "$log" | grep -o 'target/gpu-build/release/deps/gpu-[0-9a-f]*' | tail -1)
  [ -n "$test_bin" ] || { say "cannot find the gpu test binary in: $log"; return 1; }
  cp "$test_bin" "$GPU/bin/gpu-tests"
  unset CARGO_PROFILE_RELEASE_DEBUG CARGO_PROFILE_RELEASE_STRIP
  say "== compilers (with MLIR), debug build"
  cargo build -p tools --bin chunk-translate --bin chunk-opt --bin modelgen || return 1
  local T=$ROOT/target/debug

  # translate NAME.mlir in DIR: NAME.ptx + NAME.plan.json, or a line in DIR/untranslated.txt
  translate() {
    local dir=$1 name=$2 err
    if ! err=$("$T/chunk-translate" "$dir/$name.mlir" --emit=ptx --gpu-reductions="${GPU_REDUCTIONS:-thread}" -o "$dir/$name.ptx" 2>&1); then
      printf '%s: %s\n' "$name" "$(printf '%s' "$err" | tr '\n' ' ' | cut -c1-300)" >>"$dir/untranslated.txt"
      rm -f "$dir/$name.mlir" "$dir/$name.ptx" "$dir/$name.plan.json"
      return 1
    fi
  }
  # autochunk IN to OUT with OPTS, or a line in untranslated.txt
  chunk() {
    local in=$1 out=$2 opts=$3 dir err
    dir=$(dirname "$out")
    if ! err=$("$T/chunk-opt" "$in" --autochunk="$opts" -o "$out" 2>&1); then
      printf '%s: autochunk %s: %s\n' "$(basename "$out" .mlir)" "$opts" "$(printf '%s' "$err" | tr '\n' ' ' | cut -c1-300)" >>"$dir/untranslated.txt"
      rm -f "$out"
      return 1
    fi
  }

  say "== fixtures: op suite, example zoo, small chunked zoo"
  local F=$GPU/fixtures f n
  for f in crates/cuda/tests/ops/*.mlir examples/*.mlir; do
    n=$(basename "$f" .mlir)
    cp "$f" "$F/$n.mlir"
    translate "$F" "$n"
  done
  "$T/modelgen" gpt --layers 1 --hidden 64 --heads 4 --seq 128 -o "$F/zoo-gpt.mlir"
  "$T/modelgen" vit --image 64 -o "$F/zoo-vit.mlir"
  "$T/modelgen" evoformer --only triangle-attention --residues 32 --c-z 16 --pair-heads 2 --c-hidden 8 -o "$F/zoo-evo-tri.mlir"
  "$T/modelgen" evoformer --residues 16 -o "$F/zoo-evoformer.mlir"
  "$T/modelgen" unet -o "$F/zoo-unet.mlir"
  for f in "$F"/zoo-*.mlir; do
    n=$(basename "$f" .mlir)
    chunk "$f" "$F/$n-chunked.mlir" "budget=0.5" && translate "$F" "$n-chunked"
    translate "$F" "$n"
  done

  # PyTorch's smallest hand-chunked peak activation (GiB) per shape, from
  # ../shared/bench/ANCHORS.md (pytorch_anchor.py on an H200: GPT chunk L/16, Evo chunk N/32).
  pt_peak() {
    case $1 in
      gpt-L2048) echo 0.09 ;; gpt-L8192) echo 0.91 ;; gpt-L16384) echo 3.33 ;; gpt-L32768) echo 12.69 ;;
      evo-N256) echo 0.10 ;; evo-N512) echo 0.41 ;; evo-N1024) echo 2.06 ;; evo-N1536) echo 5.77 ;;
    esac
  }
  # autochunk options for budget B of model NAME ("pt": PyTorch's hand-chunked peak)
  budget_opts() {
    if [ "$2" = pt ]; then
      local g
      g=$(pt_peak "$1")
      [ -n "$g" ] || return 1
      awk -v g="$g" 'BEGIN { printf "budget-bytes=%.0f", g * 1073741824 }'
    else
      echo "budget=$2"
    fi
  }

  say "== bench models"
  local B=$GPU/bench L N b
  for L in ${GPT_LENGTHS:-2048 8192 16384 32768}; do
    "$T/modelgen" gpt --layers 1 --hidden 1024 --heads 16 --ffn 4096 --seq "$L" --no-embedding -o "$B/gpt-L$L.mlir"
    for b in ${BUDGETS:-0.2 0.05 pt}; do
      chunk "$B/gpt-L$L.mlir" "$B/gpt-L$L-b$b.mlir" "$(budget_opts "gpt-L$L" "$b")" && translate "$B" "gpt-L$L-b$b"
    done
    translate "$B" "gpt-L$L"
  done
  for N in ${EVO_SIZES:-256 512 1024 1536}; do
    "$T/modelgen" evoformer --only triangle-attention --blocks 1 --residues "$N" --c-z 128 --pair-heads 4 --c-hidden 32 -o "$B/evo-N$N.mlir"
    for b in ${BUDGETS:-0.2 0.05 pt}; do
      chunk "$B/evo-N$N.mlir" "$B/evo-N$N-b$b.mlir" "$(budget_opts "evo-N$N" "$b")" && translate "$B" "evo-N$N-b$b"
    done
    translate "$B" "evo-N$N"
  done
  for L in ${MAXLEN_LENGTHS:-65536 131072 196608 294912}; do
    "$T/modelgen" gpt --layers 1 --hidden 1024 --heads 16 --ffn 4096 --seq "$L" --no-embedding -o "$B/maxlen-L$L-full.mlir"
    chunk "$B/maxlen-L$L-full.mlir" "$B/maxlen-L$L.mlir" "budget-bytes=${MAXLEN_BUDGET:-96GiB}" && translate "$B" "maxlen-L$L"
    rm -f "$B/maxlen-L$L-full.mlir"
  done
  for s in pytorch_anchor.py pytorch_models.py; do
    if [ -f ../shared/bench/$s ]; then cp ../shared/bench/$s "$B/$s"; else say "note: ../shared/bench/$s not found; PyTorch part will be skipped"; fi
  done
  echo "${GPU_REDUCTIONS:-thread}" >"$GPU/reductions.txt"
  say "== prepared in $((SECONDS - start)) s: $(du -sh "$GPU" | cut -f1) in $GPU (reductions: ${GPU_REDUCTIONS:-thread})"
  ls "$F" | grep -c '\.plan\.json$' | xargs printf 'fixtures translated: %s\n' >&2
  ls "$B" | grep -c '\.plan\.json$' | xargs printf 'bench programs translated: %s\n' >&2
  for d in "$F" "$B"; do
    [ -f "$d/untranslated.txt" ] && { say "not prepared ($d/untranslated.txt):"; cat "$d/untranslated.txt" >&2; }
  done
  return 0
}

gpu_env() {
  [ -d /usr/local/cuda/lib64 ] && export LD_LIBRARY_PATH=/usr/local/cuda/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
  [ -x "$GPU/bin/chunk-run" ] || { say "target/gpu/bin/chunk-run missing: run 'scripts/gpu-bench.sh prepare' on a build machine and carry target/gpu"; exit 1; }
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader >&2
  say "kernels prepared with --gpu-reductions=$(cat "$GPU/reductions.txt" 2>/dev/null || echo thread) in $GPU"
}

run_tests() {
  gpu_env
  [ -f "$GPU/fixtures/untranslated.txt" ] && { say "fixtures that did not translate (not tested):"; cat "$GPU/fixtures/untranslated.txt" >&2; }
  AUTOCHUNK_CUDA_FIXTURES=$GPU/fixtures "$GPU/bin/gpu-tests" --nocapture --test-threads=1
}

# seconds left before DEADLINE, capped at RUN_TIMEOUT; 0 when none are left
left() {
  local l=$(( ${DEADLINE:-560} - (SECONDS - RUN_START) ))
  [ "$l" -gt "${RUN_TIMEOUT:-240}" ] && l=${RUN_TIMEOUT:-240}
  [ "$l" -lt 0 ] && l=0
  echo "$l"
}

run_bench() {
  RUN_START=$SECONDS
  gpu_env
  local R=$GPU/results B=$GPU/bench parts=${PARTS:-ours pytorch maxlen}
  mkdir -p "$R"
  rm -f "$R"/*.json "$R"/*.txt
  local start=$SECONDS f n
  date -u +"%Y-%m-%d %H:%M UTC" >"$R/date.txt"
  if [[ $parts == *ours* ]]; then
    for f in "$B"/gpt-*.plan.json "$B"/evo-*.plan.json; do
      [ -e "$f" ] || continue
      n=$(basename "$f" .plan.json)
      [ "$(left)" -gt 10 ] || { say "-- $n: skipped (DEADLINE)"; echo "skipped: DEADLINE" >"$R/$n.err"; : >"$R/$n.json"; continue; }
      say "-- $n"
      if timeout "$(left)" "$GPU/bin/chunk-run" "$B/$n.mlir" --backend=cuda --ptx "$B/$n.ptx" \
          --repeat "${REPEAT:-5}" --json --no-progress >"$R/$n.json" 2>"$R/$n.err"; then
        :
      else
        say "   failed: $(head -c 300 "$R/$n.err")"
      fi
    done
  fi
  if [[ $parts == *pytorch* ]]; then
    local rest=$(( ${DEADLINE:-560} - (SECONDS - RUN_START) ))
    if [ "$rest" -le 10 ]; then
      say "-- PyTorch: skipped (DEADLINE)"
    elif [ -f "$B/pytorch_anchor.py" ] && python3 -c 'import torch' 2>/dev/null; then
      say "-- PyTorch: pytorch_anchor.py"
      # Its lines are flushed as it goes, so a run cut by the deadline keeps what it measured.
      (cd "$B" && OUT=$R PYTHONUNBUFFERED=1 timeout "$rest" \
        python3 pytorch_anchor.py >"$R/anchor.jsonl" 2>"$R/anchor.err") || say "   pytorch_anchor.py failed or was cut: $(tail -c 300 "$R/anchor.err")"
    else
      say "-- PyTorch: skipped (no pytorch_anchor.py prepared, or no torch)"
    fi
  fi
  if [[ $parts == *maxlen* ]]; then
    for f in $(ls "$B"/maxlen-L*.plan.json 2>/dev/null | sort -t L -k2 -n); do
      n=$(basename "$f" .plan.json)
      [ "$(left)" -gt 10 ] || { say "-- $n: skipped (DEADLINE)"; break; }
      say "-- $n"
      if ! timeout "$(left)" "$GPU/bin/chunk-run" "$B/$n.mlir" --backend=cuda --ptx "$B/$n.ptx" \
          --repeat 1 --json --no-progress >"$R/$n.json" 2>"$R/$n.err"; then
        say "   failed: $(head -c 300 "$R/$n.err")"
        break
      fi
    done
  fi
  say "-- done in $((SECONDS - start)) s"
  python3 "$ROOT/scripts/gpu-bench-table.py" "$R" || { say "no python3: raw results in $R"; cat "$R"/*.json; }
}

case "${1:-}" in
  prepare) prepare ;;
  test) run_tests ;;
  run) run_bench ;;
  *) sed -n '2,26p' "$0"; exit 2 ;;
esac
