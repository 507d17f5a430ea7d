#!/usr/bin/env bash
# Runs every test: unit, snapshot and integration tests, and the lit + FileCheck
# suite (through `cargo test`). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/env.sh
cargo test --workspace --locked "$@"

# The Python package (python/, pyo3 + maturin): built and installed with pip, then its
# pytest suite (the chunk_jit tests skip themselves where jax is missing).
if python3 -m pytest --version >/dev/null 2>&1; then
  python3 -m pip install --quiet ./python 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages ./python
  python3 -m pytest -q python/tests
else
  echo "test: pytest is not installed; the Python package's tests are skipped (scripts/install-deps.sh installs it)"
fi
