"""AutoChunk: fit a model's activation memory under a budget by computing regions of
its graph chunk by chunk.

    import autochunk
    chunked, plan = autochunk.chunk(text, budget=0.2)          # MLIR text in the nn dialect
    peak, where = autochunk.estimate_memory(text)
    out = autochunk.run_pipeline(text, "builtin.module(canonicalize,cse)")

    from autochunk.jax import chunk_jit                          # a JAX function, chunked
    f = chunk_jit(fn, *example_args, budget=0.2)                  # and compiled by XLA
    y = f(*args)

Every error is an AutochunkError whose message starts with its file:line:col (a
pipeline string's error shows the pipeline with a caret); a bad argument combination is
a ValueError. docs/embedding.md in the repository is the guide.
"""
import sys

from . import _autochunk
from ._autochunk import AutochunkError, estimate_memory, run_pipeline

__all__ = ["AutochunkError", "chunk", "estimate_memory", "run_pipeline"]


def chunk(text, *, budget=None, budget_bytes=None, report=False, file="<text>",
          import_stablehlo=False, export_stablehlo=False):
    """Chunks the entry function of `text` (MLIR in the nn dialect; StableHLO with
    import_stablehlo=True) so its peak activation memory fits `budget` (a fraction of
    the unchunked peak) or `budget_bytes`. Returns (chunked_text, plan): the plan is a
    dict (function, unchunked_peak, budget, predicted_peak, peak_at, arena_bytes,
    cost_seconds, baseline_seconds, regions, report). With report=True the plan's
    report (as `chunk-opt --autochunk="... report"` prints it) goes to stderr."""
    out, plan = _autochunk.chunk(
        text, budget=budget, budget_bytes=budget_bytes, file=file,
        import_stablehlo=import_stablehlo, export_stablehlo=export_stablehlo,
    )
    if report:
        print(plan["report"], end="", file=sys.stderr)
    return out, plan
