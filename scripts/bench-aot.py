#!/usr/bin/env python3
"""The ahead-of-time library (chunk-translate --emit=lib, run by chunk-run --backend=aot)
against the MLIR JIT (--backend=mlir-cpu) and the reference runtime, on a GPT at
L = 2048 (2 layers, d = 256, 4 heads) chunked at a budget (default 30%): the three run
in turn, ROUNDS times (default 5), each run the median of 5 calls on the same inputs;
the ratios are taken within a round and reported as their median and range. Then the
object code's size and the AOT library's time at each LLVM opt level. Prints Markdown
tables (docs/benchmarks.md).

  cargo build --release && python3 scripts/bench-aot.py [BUDGET] [ROUNDS]"""
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TOOLS = os.path.join(ROOT, "target", "release")


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)}:\n{done.stderr}")
    return done.stdout


def wall(model, backend, inputs, level=3):
    """Median wall time (s) of 3 calls, and the compile time (s; 0 for the reference)."""
    out = run(f"{TOOLS}/chunk-run", model, f"--backend={backend}", "--inputs", inputs,
              "--repeat", "5", "--json", "--no-progress", "--opt-level", str(level))
    r = json.loads(out)
    return r["wall_time_s"], r.get("compile_time_s", 0.0)


def spread(xs):
    return f"{statistics.median(xs):.3f} ({min(xs):.3f}-{max(xs):.3f})"


def main():
    budget = sys.argv[1] if len(sys.argv) > 1 else "0.3"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as d:
        plain, model = os.path.join(d, "gpt.mlir"), os.path.join(d, "gpt-chunked.mlir")
        inputs = os.path.join(d, "inputs.safetensors")
        run(f"{TOOLS}/modelgen", "gpt", "--layers", "2", "--hidden", "256", "--heads", "4",
            "--seq", "2048", "--vocab", "512", "-o", plain)
        run(f"{TOOLS}/chunk-opt", plain, f"--autochunk=budget={budget}", "-o", model)
        run(f"{TOOLS}/chunk-run", model, "--save-inputs", inputs, "--no-progress")
        times = {"reference": [], "mlir-cpu": [], "aot": []}
        compile_s = {"mlir-cpu": [], "aot": []}
        for _ in range(rounds):
            for backend in times:
                t, c = wall(model, backend, inputs)
                times[backend].append(t)
                if backend in compile_s:
                    compile_s[backend].append(c)
        ratio = lambda a, b: [x / y for x, y in zip(times[a], times[b])]  # noqa: E731
        print(f"GPT L=2048 (2 layers, d=256, 4 heads), autochunked at {budget}; "
              f"{rounds} rounds, each run the median of 5 calls\n")
        print("| backend | wall time, s (median, range) | / reference | / mlir-cpu | compile, s |")
        print("|---|---|---|---|---|")
        for b in times:
            to_ref = spread(ratio(b, "reference"))
            to_jit = spread(ratio(b, "mlir-cpu"))
            comp = spread(compile_s[b]) if b in compile_s else "-"
            print(f"| {b} | {spread(times[b])} | {to_ref} | {to_jit} | {comp} |")

        print("\n| opt level | object size, bytes | library size, bytes | AOT wall time, s (median of 5 calls) |")
        print("|---|---|---|---|")
        for level in range(4):
            obj, lib = os.path.join(d, f"o{level}.o"), os.path.join(d, f"libo{level}.so")
            run(f"{TOOLS}/chunk-translate", model, "--emit=obj", f"--opt-level={level}", "-o", obj)
            run(f"{TOOLS}/chunk-translate", model, "--emit=lib", f"--opt-level={level}", "-o", lib)
            t, _ = wall(model, "aot", inputs, level)
            print(f"| O{level} | {os.path.getsize(obj):,} | {os.path.getsize(lib):,} | {t:.3f} |")


if __name__ == "__main__":
    main()
