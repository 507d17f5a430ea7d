#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build and test autochunk:
# LLVM/MLIR 19 (FileCheck and mlir-opt-19 for the lit suite; the dev packages, Polly
# included because melior's tblgen links every LLVM library, so the
# MLIR lowering builds against the same toolchain), Python's lit and numpy, ptxas
# (from NVIDIA's CUDA compiler wheel), jax (XLA, to run the StableHLO export), IREE,
# and a Rust toolchain.
# Idempotent: it installs only what is missing.
set -euo pipefail

APT_PACKAGES=(
  llvm-19-dev libmlir-19-dev mlir-19-tools llvm-19-tools libclang-19-dev libpolly-19-dev
  libzstd-dev libz3-dev libxml2-dev zlib1g-dev
  python3 python3-pip pkg-config build-essential
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# lit runs the FileCheck suite; numpy runs the models' independent references;
# pytest the Python package's tests.
for module in lit numpy pytest; do
  if ! python3 -c "import $module" >/dev/null 2>&1; then
    echo "install-deps: pip install $module"
    python3 -m pip install --quiet "$module" 2>/dev/null \
      || python3 -m pip install --quiet --break-system-packages "$module"
  fi
done

# ptxas (NVIDIA's PTX assembler, from the CUDA compiler wheel, ~40 MB; no GPU or
# driver needed): the tests assemble every PTX `chunk-translate --emit=ptx` writes for
# sm_90, so PTX a driver would refuse fails here rather than on a GPU machine.
if ! python3 -c "import nvidia.cuda_nvcc" >/dev/null 2>&1; then
  echo "install-deps: pip install nvidia-cuda-nvcc-cu12 (ptxas)"
  # Optional: without it the PTX assembly checks say they are skipped.
  python3 -m pip install --quiet nvidia-cuda-nvcc-cu12 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages nvidia-cuda-nvcc-cu12 \
    || echo "install-deps: could not install ptxas; the PTX assembly checks will be skipped" >&2
fi

# jax (jaxlib's XLA CPU backend, ~100 MB): the tests compile and run what
# `chunk-translate --emit=stablehlo` writes on XLA itself. Optional: without it those
# checks say they are skipped.
if ! python3 -c "import jax" >/dev/null 2>&1; then
  echo "install-deps: pip install jax (XLA on the CPU)"
  python3 -m pip install --quiet jax 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages jax \
    || echo "install-deps: could not install jax; the XLA checks will be skipped" >&2
fi

# IREE's compiler and runtime (~150 MB): the tests compile and run what chunk-translate
# writes with IREE. Optional: without them those checks say they are skipped.
if ! python3 -c "import iree.compiler, iree.runtime" >/dev/null 2>&1; then
  echo "install-deps: pip install iree-base-compiler iree-base-runtime"
  python3 -m pip install --quiet iree-base-compiler iree-base-runtime 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages iree-base-compiler iree-base-runtime \
    || echo "install-deps: could not install IREE; the IREE checks will be skipped" >&2
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "install-deps: cargo not found; install Rust with rustup (https://rustup.rs) and re-run" >&2
    exit 1
  fi
fi
