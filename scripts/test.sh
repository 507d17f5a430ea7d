#!/usr/bin/env bash
# Runs every test: unit, snapshot and integration tests, and the lit + FileCheck
# suite (through `cargo test`). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/env.sh
cargo test --workspace --locked "$@"
