#!/usr/bin/env python3
"""JAX's own long exports (tests/frontends/long: GPT-2, BERT, Llama at 256 tokens)
imported, chunked at a budget (default 20%), exported back to StableHLO and run by XLA
and by IREE, against the original JAX module on XLA: the outputs' max relative error,
XLA's compiled temp memory of both programs and their ratio, and the IREE call's own
peak RSS. Prints a Markdown table (docs/benchmarks.md).

  cargo build --release && python3 scripts/bench-export.py [BUDGET]

Needs jax; the IREE column says "-" without IREE."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from tensor_files import read_safetensors  # noqa: E402

TOOLS = os.path.join(ROOT, "target", "release")


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)}:\n{done.stderr}")
    return done.stdout


def relative_error(a, b):
    import numpy as np
    a, b = a.astype(np.float64), b.astype(np.float64)
    return float(np.abs(a - b).max() / max(np.abs(a).max(), 1e-30))


def main():
    budget = sys.argv[1] if len(sys.argv) > 1 else "0.2"
    try:
        import iree.runtime  # noqa: F401
        iree = True
    except ImportError:
        iree = False
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for model in ["gpt2", "bert", "llama"]:
            original = os.path.join(ROOT, "tests", "frontends", "long", f"{model}.mlir")
            p = lambda ext: os.path.join(d, f"{model}.{ext}")  # noqa: E731
            run(f"{TOOLS}/chunk-opt", original, "--convert-stablehlo-to-nn", "-o", p("nn.mlir"))
            run(f"{TOOLS}/chunk-opt", p("nn.mlir"), f"--autochunk=budget={budget}", "-o", p("chunked.mlir"))
            run(f"{TOOLS}/chunk-translate", p("chunked.mlir"), "--emit=stablehlo", "-o", p("chunked.stablehlo.mlir"))
            run(f"{TOOLS}/chunk-run", p("nn.mlir"), "--seed", "4", "--no-progress", "--save-inputs", p("in.safetensors"))
            xla = os.path.join(ROOT, "scripts", "xla-run.py")
            whole = json.loads(run(sys.executable, xla, original, p("in.safetensors"), p("whole.safetensors")))
            chunked = json.loads(run(sys.executable, xla, p("chunked.stablehlo.mlir"), p("in.safetensors"), p("xla.safetensors")))
            want = read_safetensors(p("whole.safetensors"))[1][0]
            xla_error = relative_error(want, read_safetensors(p("xla.safetensors"))[1][0])
            iree_cell = "-"
            if iree:
                stats = json.loads(run(sys.executable, os.path.join(ROOT, "scripts", "iree-run.py"),
                                       p("chunked.stablehlo.mlir"), p("in.safetensors"), p("iree.safetensors")))
                iree_error = relative_error(want, read_safetensors(p("iree.safetensors"))[1][0])
                own = stats["max_rss_bytes"] - stats["rss_before_run_bytes"]
                iree_cell = f"{own / 2**20:.1f} MiB, error {iree_error:.1e}"
            ratio = chunked["temp_size_in_bytes"] / whole["temp_size_in_bytes"]
            rows.append((model, whole["temp_size_in_bytes"], chunked["temp_size_in_bytes"], ratio, xla_error, iree_cell))
    print(f"| model (256 tokens) | XLA temp, JAX's module | XLA temp, chunked at {float(budget):.0%} | ratio | XLA error | IREE call's RSS, error |")
    print("|---|---|---|---|---|---|")
    for model, whole, chunked, ratio, error, iree_cell in rows:
        print(f"| {model} | {whole:,} | {chunked:,} | {ratio:.1%} | {error:.1e} | {iree_cell} |")


if __name__ == "__main__":
    main()
