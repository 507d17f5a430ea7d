# Sourced by the scripts: the LLVM 19 environment every build uses (melior and
# inkwell read these when the MLIR lowering is built), and the tool paths.
export MLIR_SYS_190_PREFIX=/usr/lib/llvm-19
export TABLEGEN_190_PREFIX=/usr/lib/llvm-19
export LLVM_SYS_191_PREFIX=/usr/lib/llvm-19
export LLVM_TOOLS_DIR=/usr/lib/llvm-19/bin
export PATH="$HOME/.cargo/bin:$PATH"
# lit from pip may land outside PATH; run it through the interpreter that has it.
if ! command -v lit >/dev/null 2>&1; then
  export LIT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lit"
fi
# ptxas from the CUDA compiler wheel (scripts/install-deps.sh), for the PTX tests;
# a ptxas already on PATH or in PTXAS wins.
if [ -z "${PTXAS:-}" ] && ! command -v ptxas >/dev/null 2>&1; then
  _ptxas="$(python3 -c 'import nvidia.cuda_nvcc as m; print(list(m.__path__)[0] + "/bin/ptxas")' 2>/dev/null || true)"
  if [ -n "$_ptxas" ] && [ -x "$_ptxas" ]; then export PTXAS="$_ptxas"; fi
  unset _ptxas
fi
